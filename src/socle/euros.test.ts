import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CENTIMES_MAX, formaterEuros, lireEuros, normaliserEuros } from './euros.js';
import { cheminErreur, codeErreur } from '../../test/outils.js';

describe('lireEuros', () => {
  it('parses decimal strings and numbers with at most two decimals into cents', () => {
    expect(lireEuros('1234.56')).toBe(123456);
    expect(lireEuros('1234.5')).toBe(123450);
    expect(lireEuros('0')).toBe(0);
    expect(lireEuros(0.1)).toBe(10);
    expect(lireEuros(19.99)).toBe(1999);
    expect(lireEuros(1e15 / 100)).toBe(1e15);
  });

  it.each([['12,50'], ['1e5'], ['1.234'], [''], [' 12'], ['+5'], ['.5'], ['5.'], ['0x10'], ['12.5€']])('rejects the string %j', (s) => {
    expect(codeErreur(() => lireEuros(s, ['montant']))).toBe('ENTREE_INVALIDE');
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [1.005], [1e21], [0.000001]])('rejects the number %s', (n) => {
    expect(codeErreur(() => lireEuros(n))).toBe('ENTREE_INVALIDE');
  });

  it('rejects negative amounts unless allowed, and gives the path', () => {
    expect(cheminErreur(() => lireEuros('-5', ['paiements', 2, 'montant']))).toEqual(['paiements', 2, 'montant']);
    expect(lireEuros('-5.10', [], { negatifAutorise: true })).toBe(-510);
    expect(lireEuros('-0.00')).toBe(0);
  });

  it('rejects amounts above CENTIMES_MAX and non-amounts', () => {
    expect(codeErreur(() => lireEuros('10000000000000.01'))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => lireEuros(null))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => lireEuros({}))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => lireEuros(10n))).toBe('ENTREE_INVALIDE');
  });

  it('round-trips: formaterEuros ∘ lireEuros is the identity on cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -CENTIMES_MAX, max: CENTIMES_MAX }), (c) => {
        expect(lireEuros(formaterEuros(c), [], { negatifAutorise: true })).toBe(c);
      }),
    );
  });

  it('a number and its decimal string give the same cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (c) => {
        const n = c / 100;
        expect(lireEuros(n)).toBe(c);
      }),
    );
  });
});

describe('formaterEuros / normaliserEuros', () => {
  it('always gives two decimals', () => {
    expect(formaterEuros(0)).toBe('0.00');
    expect(formaterEuros(5)).toBe('0.05');
    expect(formaterEuros(-5)).toBe('-0.05');
    expect(formaterEuros(123450)).toBe('1234.50');
    expect(formaterEuros(10n ** 17n)).toBe('1000000000000000.00');
    expect(normaliserEuros(12.5)).toBe('12.50');
  });
});
