import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, cents, geler } from '../../../test/outils.js';
import { runs } from '../../../test/proprietes.js';
import { indemniteForfaitaire } from './indemniteForfaitaire.js';

describe('indemniteForfaitaire (C. com. L441-10 II, D441-5)', () => {
  it('40 € per late invoice between professionals, with the justified excess claimable on top', () => {
    const r = indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', fraisJustifies: '75.50' });
    expect([r.montant, r.complementaire]).toEqual(['40.00', '35.50']);
    expect(r.references).toEqual(['C. com. art. L441-10 II', 'C. com. art. D441-5']);
    expect(r.avertissements).toEqual([]);
    expect(indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', fraisJustifies: 30 }).complementaire).toBe('0.00');
  });

  it('décret n° 2012-1115: keyed on the start of the payment period (invoice date), not the due date — boundary 2013-01-01', () => {
    // Invoiced in December 2012, due in January 2013: the period started before 2013, no indemnity.
    const avant = indemniteForfaitaire({ regime: 'b2b', dateFacture: '2012-12-31', dateEcheance: '2013-01-30' });
    expect(avant.montant).toBe('0.00');
    expect(avant.motif).toContain('2012-12-31');
    expect(avant.references).toContain('Décret n° 2012-1115 du 2 octobre 2012');
    expect(indemniteForfaitaire({ regime: 'b2b', dateFacture: '2013-01-01', dateEcheance: '2013-01-31' }).montant).toBe('40.00');
    expect(indemniteForfaitaire({ regime: 'b2b', dateFacture: '2013-01-02', dateEcheance: '2013-01-31' }).montant).toBe('40.00');
  });

  it('without the invoice date, the due date stands in, with an avertissement', () => {
    const r = indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2013-01-01' });
    expect(r.montant).toBe('40.00');
    expect(r.avertissements.join(' ')).toContain('Début du délai de paiement inconnu');
    expect(indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2012-12-31' }).montant).toBe('0.00');
  });

  it('D441-5 "dès le premier jour de retard": at a date of assessment on or before the due date, nothing is owed', () => {
    const aEchoir = indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', dateCalcul: '2025-03-31' });
    expect(aEchoir.montant).toBe('0.00');
    expect(aEchoir.motif).toContain('Pas encore de retard');
    expect(aEchoir.motif).not.toContain('payée en retard');
    const enRetard = indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', dateCalcul: '2025-04-01' });
    expect(enRetard.montant).toBe('40.00');
    expect(enRetard.motif).not.toContain('payée en retard');
  });

  it('never for consumers (CPCE L111-8), whatever the costs', () => {
    const r = indemniteForfaitaire({ regime: 'b2c', dateEcheance: '2025-03-31', fraisJustifies: 500 });
    expect([r.montant, r.complementaire]).toEqual(['0.00', '0.00']);
    expect(r.references).toContain('CPCE art. L111-8');
  });

  it('L441-10 II last sentence: excluded only for a claim falling due on or after the opening judgment (boundary: the judgment day)', () => {
    const base = { regime: 'b2b' as const, dateFacture: '2025-02-01', procedureCollective: true, dateJugement: '2025-03-15', fraisJustifies: 100 };
    const avant = indemniteForfaitaire({ ...base, dateEcheance: '2025-03-14' });
    expect([avant.montant, avant.complementaire]).toEqual(['40.00', '60.00']);
    const jourMeme = indemniteForfaitaire({ ...base, dateEcheance: '2025-03-15' });
    expect([jourMeme.montant, jourMeme.complementaire]).toEqual(['0.00', '0.00']);
    expect(jourMeme.motif).toContain('dernière phrase');
    expect(jourMeme.avertissements).toEqual([]);
    // Without the judgment's date, `procedureCollective: true` states that the judgment forbids payment at the due date.
    expect(indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-02-01', dateEcheance: '2025-03-31', procedureCollective: true }).montant).toBe('0.00');
  });

  it('public buyers: C. commande publique L2192-13 and D2192-35, contracts from 2013-03-16 (boundary), invoice date by default', () => {
    const r = indemniteForfaitaire({ regime: 'public', dateContrat: '2013-03-16', dateFacture: '2025-03-01', dateEcheance: '2025-03-31' });
    expect(r.montant).toBe('40.00');
    expect(r.references).toEqual(['C. commande publique art. L2192-13', 'C. commande publique art. D2192-35']);
    expect(r.motif).toContain('D2192-35');
    const avant = indemniteForfaitaire({ regime: 'public', dateContrat: '2013-03-15', dateFacture: '2025-03-01', dateEcheance: '2025-03-31' });
    expect(avant.montant).toBe('0.00');
    expect(avant.motif).toContain('avant le 16 mars 2013');
    // No contract date: the invoice date stands in, and the result says so.
    const defaut = indemniteForfaitaire({ regime: 'public', dateFacture: '2013-03-15', dateEcheance: '2013-04-14' });
    expect(defaut.montant).toBe('0.00');
    expect(defaut.avertissements[0]).toContain('Date du contrat inconnue');
  });

  it('rejects bad input, with the path', () => {
    expect(() => indemniteForfaitaire({ regime: 'b2x' as 'b2b', dateEcheance: '2025-03-31' })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
    expect(() => indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', fraisJustifies: -1 })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
    expect(() => indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', dateCalcul: '2025-02-30' })).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['dateCalcul'] })] }),
    );
    expect(() => indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-04-01', dateEcheance: '2025-03-31' })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });

  it('does not mutate its input', () => {
    const p = geler({ regime: 'b2b' as const, dateFacture: '2025-03-01', dateEcheance: '2025-03-31', dateCalcul: '2025-05-01' });
    expect(indemniteForfaitaire(p).montant).toBe('40.00');
  });

  it('is a flat amount: never more than 40 € plus the justified excess, never per day (property)', () => {
    fc.assert(
      fc.property(arbDate('2009-01-01', '2030-12-31'), fc.constantFrom<'b2b' | 'b2c' | 'public'>('b2b', 'b2c', 'public'), fc.boolean(), fc.integer({ min: 0, max: 10_000_00 }), (d, regime, pc, frais) => {
        const p = geler({ regime, dateFacture: d, dateEcheance: d, procedureCollective: pc, fraisJustifies: frais / 100 });
        const r = indemniteForfaitaire(p);
        const m = cents(r.montant);
        expect(m === 0n || m === 4000n).toBe(true);
        if (m === 0n) expect(r.complementaire).toBe('0.00');
        else expect(cents(r.complementaire)).toBe(BigInt(Math.max(0, frais - 4000)));
        if (regime === 'b2c' || pc) expect(m).toBe(0n);
      }),
      { numRuns: runs(100) },
    );
  });
});
