import { describe, expect, it } from 'vitest';
import { tauxImpayes } from './tauxImpayes.js';
import { cheminErreur, geler, proprieteRatioBorneMonotone } from '../../test/outils.js';

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
    expect(cheminErreur(() => tauxImpayes({ impayes: 0, total: 0 }))).toEqual(['total']);
    expect(cheminErreur(() => tauxImpayes({ impayes: '10.01', total: 10 }))).toEqual(['impayes']);
    expect(cheminErreur(() => tauxImpayes({ impayes: 'NaN', total: 10 }))).toEqual(['impayes']);
  });

  it('property: within [0, 1] and monotone in the unpaid amount', () => {
    proprieteRatioBorneMonotone((part, total) => tauxImpayes({ impayes: part, total }));
  });

  it('does not mutate its input', () => {
    expect(tauxImpayes(geler({ impayes: '1.00', total: '4.00' }))).toBe(0.25);
  });
});
