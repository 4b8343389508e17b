import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tauxImpayes } from './tauxImpayes.js';
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

describe('tauxImpayes (impayés échus / montant facturé)', () => {
  it('worked examples: 3 000 unpaid of 120 000 invoiced → 0.025; none → 0; all → 1', () => {
    expect(tauxImpayes({ impayes: '3000.00', total: '120000.00' })).toBe(0.025);
    expect(tauxImpayes({ impayes: 0, total: 10 })).toBe(0);
    expect(tauxImpayes({ impayes: '10.00', total: 10 })).toBe(1);
  });

  it('is the nearest double to the exact ratio of the cents (1/3)', () => {
    expect(tauxImpayes({ impayes: '0.01', total: '0.03' })).toBe(1 / 3);
  });

  it('rejects a zero total and more unpaid than invoiced', () => {
    expect(chemin(() => tauxImpayes({ impayes: 0, total: 0 }))).toEqual(['total']);
    expect(chemin(() => tauxImpayes({ impayes: '10.01', total: 10 }))).toEqual(['impayes']);
    expect(chemin(() => tauxImpayes({ impayes: 'NaN', total: 10 }))).toEqual(['impayes']);
  });

  it('property: within [0, 1] and monotone in the unpaid amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (total, a, b) => {
        const lo = Math.floor(Math.min(a, b) * total);
        const hi = Math.floor(Math.max(a, b) * total);
        const tlo = tauxImpayes({ impayes: euros(lo), total: euros(total) });
        const thi = tauxImpayes({ impayes: euros(hi), total: euros(total) });
        expect(tlo).toBeGreaterThanOrEqual(0);
        expect(thi).toBeLessThanOrEqual(1);
        expect(tlo).toBeLessThanOrEqual(thi);
      }),
      { numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    expect(tauxImpayes(geler({ impayes: '1.00', total: '4.00' }))).toBe(0.25);
  });
});
