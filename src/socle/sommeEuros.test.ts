import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { codeEtChemin, euros } from '../../test/outils.js';
import { sommeEuros } from './sommeEuros.js';

describe('sommeEuros — exact addition of Euros', () => {
  it('adds exactly, negative amounts allowed', () => {
    expect(sommeEuros('0.10', '0.20')).toBe('0.30');
    expect(sommeEuros('1200.00', 12.97, '-600.00')).toBe('612.97');
    expect(sommeEuros()).toBe('0.00');
  });
  it('is the sum of the cents (commutative, identity 0)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { maxLength: 20 }), (l) => {
        const s = sommeEuros(...l.map(euros));
        expect(s).toBe(euros(l.reduce((a, b) => a + b, 0)));
        expect(sommeEuros(...[...l].reverse().map(euros), '0.00')).toBe(s);
      }),
      { numRuns: runs(200) },
    );
  });
  it('refuses a bad amount, with its index', () => {
    expect(codeEtChemin(() => sommeEuros('1.00', '1,5'))).toEqual(['ENTREE_INVALIDE', [1]]);
  });
});
