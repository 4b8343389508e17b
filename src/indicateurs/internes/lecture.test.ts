import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { arrondiDixieme, centimesLigne, jourLigne, ratio, Somme } from './lecture.js';
import { lireDate } from '../../socle/date-iso.js';
import { lireEuros } from '../../socle/euros.js';

describe('indicateurs/internes/lecture', () => {
  it('Somme is exact past 2^53 (spills into BigInt)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), { maxLength: 50 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 10 ** 15 }), fc.integer({ min: -100_000, max: 100_000 })), { maxLength: 20 }), (xs, ps) => {
        const s = new Somme();
        let attendu = 0n;
        for (const x of xs) {
          s.ajouter(x);
          attendu += BigInt(x);
        }
        for (const [a, b] of ps) {
          s.ajouterProduit(a, b);
          attendu += BigInt(a) * BigInt(b);
        }
        expect(s.valeur()).toBe(attendu);
      }),
      { numRuns: runs(300) },
    );
  });

  it('arrondiDixieme rounds half-up (ties toward +∞) on the exact rational', () => {
    expect(arrondiDixieme(1n, 20n)).toBe(0.1);
    expect(arrondiDixieme(-1n, 20n)).toBe(0);
    expect(arrondiDixieme(-3n, 20n)).toBe(-0.1);
    expect(arrondiDixieme(413n, 10n)).toBe(41.3);
  });

  it('ratio is the correctly rounded quotient for safe integers, and close for huge ones', () => {
    expect(ratio(1n, 3n)).toBe(1 / 3);
    expect(ratio(10n ** 20n, 3n * 10n ** 20n)).toBeCloseTo(1 / 3, 15);
  });

  it('the row parsers agree with lireDate / lireEuros and put the row index in the path', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 3_000_000 }), (j) => {
        const texte = new Date(j * 86_400_000).toISOString().slice(0, 10);
        if (!/^\d{4}-/.test(texte)) return;
        expect(jourLigne(texte, 0, 'd')).toBe(lireDate(texte));
      }),
      { numRuns: runs(300) },
    );
    for (const v of ['0', '12.5', '12.50', 12.5, 7, '0.1', '999999999999.99']) expect(centimesLigne(v, 0, 'm')).toBe(lireEuros(v));
    expect(() => jourLigne('2025-02-29', 7, 'dateEcheance')).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: [7, 'dateEcheance'] })] }));
    expect(() => centimesLigne('1e3', 3, 'montantDu')).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: [3, 'montantDu'] })] }));
  });
});
