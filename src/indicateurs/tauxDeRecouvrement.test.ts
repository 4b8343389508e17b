import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tauxDeRecouvrement } from './tauxDeRecouvrement.js';
import { geler } from '../../test/outils.js';

const euros = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const chemin = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return (e as { issues: { path: unknown }[] }).issues[0]?.path;
  }
  throw new Error('no error');
};

describe('tauxDeRecouvrement (recouvré / total)', () => {
  it('worked examples: 75 000 of 100 000 → 0.75; nothing → 0; everything → 1', () => {
    expect(tauxDeRecouvrement({ recouvre: '75000.00', total: '100000.00' })).toBe(0.75);
    expect(tauxDeRecouvrement({ recouvre: 0, total: 10 })).toBe(0);
    expect(tauxDeRecouvrement({ recouvre: '10.00', total: 10 })).toBe(1);
  });

  it('is the nearest double to the exact ratio of the cents (1/3)', () => {
    expect(tauxDeRecouvrement({ recouvre: '0.01', total: '0.03' })).toBe(1 / 3);
  });

  it('rejects a zero total and more recovered than due', () => {
    expect(chemin(() => tauxDeRecouvrement({ recouvre: 0, total: 0 }))).toEqual(['total']);
    expect(chemin(() => tauxDeRecouvrement({ recouvre: '10.01', total: 10 }))).toEqual(['recouvre']);
    expect(chemin(() => tauxDeRecouvrement({ recouvre: 'NaN', total: 10 }))).toEqual(['recouvre']);
  });

  it('property: within [0, 1] and monotone in the amount recovered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (total, a, b) => {
        const lo = Math.floor(Math.min(a, b) * total);
        const hi = Math.floor(Math.max(a, b) * total);
        const tlo = tauxDeRecouvrement({ recouvre: euros(lo), total: euros(total) });
        const thi = tauxDeRecouvrement({ recouvre: euros(hi), total: euros(total) });
        expect(tlo).toBeGreaterThanOrEqual(0);
        expect(thi).toBeLessThanOrEqual(1);
        expect(tlo).toBeLessThanOrEqual(thi);
      }),
      { numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    expect(tauxDeRecouvrement(geler({ recouvre: '1.00', total: '4.00' }))).toBe(0.25);
  });
});
