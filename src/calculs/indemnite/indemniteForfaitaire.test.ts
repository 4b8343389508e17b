import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, cents, geler } from '../../../test/outils.js';
import { indemniteForfaitaire } from './indemniteForfaitaire.js';

describe('indemniteForfaitaire (C. com. L441-10 II, D441-5)', () => {
  it('40 € per late invoice between professionals, due dates from 2013-01-01', () => {
    const r = indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2013-01-01' });
    expect(r.montant).toBe('40.00');
    expect(r.complementaire).toBe('0.00');
    expect(r.references).toEqual(['C. com. art. L441-10 II', 'C. com. art. D441-5']);
    expect(indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2012-12-31' }).montant).toBe('0.00');
  });
  it('justified costs above 40 € are claimable as supplementary compensation', () => {
    expect(indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', fraisJustifies: '75.50' }).complementaire).toBe('35.50');
    expect(indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', fraisJustifies: 30 }).complementaire).toBe('0.00');
  });
  it('never for consumers (CPCE L111-8), whatever the costs', () => {
    const r = indemniteForfaitaire({ regime: 'b2c', dateEcheance: '2025-03-31', fraisJustifies: 500 });
    expect([r.montant, r.complementaire]).toEqual(['0.00', '0.00']);
    expect(r.references).toContain('CPCE art. L111-8');
  });
  it('not when a collective procedure forbids payment at the due date (statutory wording flagged UNCONFIRMED)', () => {
    const r = indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', procedureCollective: true, fraisJustifies: 100 });
    expect([r.montant, r.complementaire]).toEqual(['0.00', '0.00']);
    expect(r.avertissements[0]).toContain('NON CONFIRMÉ');
  });
  it('public buyers owe it too, with the unconfirmed article flagged', () => {
    const r = indemniteForfaitaire({ regime: 'public', dateEcheance: '2025-03-31' });
    expect(r.montant).toBe('40.00');
    expect(r.avertissements.length).toBe(1);
  });
  it('rejects bad input', () => {
    expect(() => indemniteForfaitaire({ regime: 'b2x' as 'b2b', dateEcheance: '2025-03-31' })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
    expect(() => indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', fraisJustifies: -1 })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });
  it('is a flat amount: never more than 40 € plus the justified excess, never per day (property)', () => {
    fc.assert(
      fc.property(arbDate('2009-01-01', '2030-12-31'), fc.constantFrom<'b2b' | 'b2c' | 'public'>('b2b', 'b2c', 'public'), fc.boolean(), fc.integer({ min: 0, max: 10_000_00 }), (d, regime, pc, frais) => {
        const p = geler({ regime, dateEcheance: d, procedureCollective: pc, fraisJustifies: frais / 100 });
        const r = indemniteForfaitaire(p);
        const m = cents(r.montant);
        expect(m === 0n || m === 4000n).toBe(true);
        if (m === 0n) expect(r.complementaire).toBe('0.00');
        else expect(cents(r.complementaire)).toBe(BigInt(Math.max(0, frais - 4000)));
        if (regime === 'b2c' || pc) expect(m).toBe(0n);
      }),
    );
  });
});
