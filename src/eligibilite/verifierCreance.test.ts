import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { verifierCreance } from './verifierCreance.js';

const base: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};

describe('verifierCreance (certaine, liquide, exigible — CPCE L111-2, L111-6)', () => {
  it('is exigible from the due date inclusive, not the day before', () => {
    const veille = verifierCreance(base, '2025-02-13');
    expect([veille.certaine, veille.liquide, veille.exigible]).toEqual([true, true, false]);
    expect(veille.motifs[2]).toBe('✗ Non exigible au 2025-02-13 : l’échéance du 2025-02-14 n’est pas atteinte.');
    const jour = verifierCreance(base, '2025-02-14');
    expect([jour.certaine, jour.liquide, jour.exigible, jour.certaineLiquideExigible]).toEqual([true, true, true, true]);
    expect(jour.references).toEqual(['CPCE art. L111-6', 'CPCE art. L111-2']);
  });
  it('a disputed claim is not certaine, unless a titre exécutoire dated on or before the day establishes it', () => {
    expect(verifierCreance({ ...base, contestee: true }, '2025-03-01').certaine).toBe(false);
    const titre = { ...base, contestee: true, titreExecutoire: { date: '2025-06-01', nature: 'jugement' } };
    expect(verifierCreance(titre, '2025-05-31').certaine).toBe(false);
    const r = verifierCreance(titre, '2025-06-01');
    expect(r.certaine).toBe(true);
    expect(r.motifs[0]).toContain('titre exécutoire');
  });
  it('a claim paid in full by its due date owes nothing: neither liquide nor exigible; later payments are ignored', () => {
    const payee = { ...base, paiements: [{ date: '2025-02-01', montant: '1000.00' }, { date: '2025-02-14', montant: '200.00' }] };
    const r = verifierCreance(payee, '2025-03-10');
    expect([r.liquide, r.exigible, r.resteDu, r.totalDu]).toEqual([false, false, '0.00', '0.00']);
    expect(r.references).toContain('C. civ. art. 1342');
    const avant = verifierCreance(payee, '2025-02-13');
    expect([avant.liquide, avant.exigible, avant.resteDu]).toEqual([true, false, '200.00']);
  });
  it('C. civ. 1343-1 through situationCreance: paying the invoiced amount late first pays the penalties and the 40 €', () => {
    // 1 200 € due 2025-02-14, paid on 2025-03-10: 24 days of penalties at 13.15 % and the 40 € were due first.
    const payee = { ...base, paiements: [{ date: '2025-03-10', montant: '1200.00' }] };
    const r = verifierCreance(payee, '2025-03-10');
    expect([r.liquide, r.exigible, r.resteDu]).toEqual([true, true, '50.38']);
    expect(r.totalDu).toBe('50.38');
    // A credit note corrects the invoice from the start: it is not a payment but the sum owed shrinks.
    const avoir = verifierCreance({ ...base, avoirs: [{ date: '2025-02-01', montant: '1200.00' }] }, '2025-03-10');
    expect([avoir.liquide, avoir.resteDu]).toEqual([false, '0.00']);
    // A consumer debtor owes no penalties: the same payment settles everything.
    const conso = verifierCreance(payee, '2025-03-10', { debiteur: { id: 'D', type: 'consommateur', denomination: 'M. X' } });
    expect([conso.liquide, conso.resteDu]).toEqual([false, '0.00']);
  });
  it('a claim of 0 € is not liquide', () => {
    expect(verifierCreance({ ...base, montantTTC: 0 }, '2025-03-01').liquide).toBe(false);
  });
  it('rejects bad input with the failing path', () => {
    expect(() => verifierCreance({ ...base, dateEcheance: '2025-02-30' }, '2025-03-01')).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['creance', 'dateEcheance'] })] }),
    );
    expect(() => verifierCreance({ ...base, montantTTC: '-5.00' }, '2025-03-01')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['creance', 'montantTTC'] })] }),
    );
    expect(() => verifierCreance(base, '2025-13-01')).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['date'] })] }));
  });
  it('its flags agree with its motifs, and payments after the day change nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        arbDate('2020-01-01', '2030-12-31'),
        fc.integer({ min: 0, max: 120 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 0, max: 400 })), { maxLength: 4 }),
        fc.boolean(),
        arbDate('2019-06-01', '2031-12-31'),
        (montant, facture, delai, paiements, contestee, jour) => {
          const echeance = addDays(facture, delai);
          const c = geler({
            ...base,
            montantTTC: montant / 100,
            dateFacture: facture,
            dateEcheance: echeance,
            contestee,
            paiements: paiements.map(([m, j]) => ({ montant: m / 100, date: addDays(facture, j) })),
          });
          const r = verifierCreance(c, jour);
          const flags = [r.certaine, r.liquide, r.exigible];
          expect(r.motifs.map((m) => m.startsWith('✓'))).toEqual(flags);
          expect(r.conditions.map((x) => x.remplie)).toEqual(flags);
          expect(r.certaineLiquideExigible).toBe(flags.every(Boolean));
          expect(r.certaine).toBe(!contestee);
          if (jour < echeance) expect(r.exigible).toBe(false);
          const sansFutur = { ...c, paiements: c.paiements.filter((p) => p.date <= jour) };
          expect(verifierCreance(sansFutur, jour)).toEqual(r);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

function addDays(d: string, n: number): string {
  return formaterDate(lireDate(d) + n);
}
