import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { indiceEfficaciteRecouvrement } from './indiceEfficaciteRecouvrement.js';
import { cheminErreur, euros, geler } from '../../test/outils.js';

describe('indiceEfficaciteRecouvrement (CEI)', () => {
  it('worked example: (100 000 + 300 000 − 120 000) / (100 000 + 300 000 − 80 000) = 280 000 / 320 000 = 0.875', () => {
    expect(indiceEfficaciteRecouvrement({ encoursDebut: '100000.00', ventesTTC: '300000.00', encoursFin: '120000.00', encoursFinNonEchu: '80000.00' })).toBe(0.875);
  });

  it('1 when all that was due was collected (ending receivables all current); 0 when nothing was collected', () => {
    expect(indiceEfficaciteRecouvrement({ encoursDebut: 100, ventesTTC: 300, encoursFin: 150, encoursFinNonEchu: 150 })).toBe(1);
    expect(indiceEfficaciteRecouvrement({ encoursDebut: 100, ventesTTC: 300, encoursFin: 400, encoursFinNonEchu: 0 })).toBe(0);
  });

  it('rejects inconsistent balances', () => {
    expect(cheminErreur(() => indiceEfficaciteRecouvrement({ encoursDebut: 1, ventesTTC: 1, encoursFin: 1, encoursFinNonEchu: 2 }))).toEqual(['encoursFinNonEchu']);
    expect(cheminErreur(() => indiceEfficaciteRecouvrement({ encoursDebut: 1, ventesTTC: 1, encoursFin: 3, encoursFinNonEchu: 0 }))).toEqual(['encoursFin']);
    expect(cheminErreur(() => indiceEfficaciteRecouvrement({ encoursDebut: 0, ventesTTC: 5, encoursFin: 5, encoursFinNonEchu: 5 }))).toEqual(['encoursDebut']);
  });

  it('property: within [0, 1] for any consistent balances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (debut, ventes, a, b) => {
          const fin = Math.floor(a * (debut + ventes));
          const nonEchu = Math.floor(b * fin);
          fc.pre(debut + ventes - nonEchu > 0);
          const cei = indiceEfficaciteRecouvrement({ encoursDebut: euros(debut), ventesTTC: euros(ventes), encoursFin: euros(fin), encoursFinNonEchu: euros(nonEchu) });
          expect(cei).toBeGreaterThanOrEqual(0);
          expect(cei).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    expect(indiceEfficaciteRecouvrement(geler({ encoursDebut: 100, ventesTTC: 300, encoursFin: 120, encoursFinNonEchu: 80 }))).toBe(0.875);
  });
});
