import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { codeErreur } from '../../test/outils.js';
import { ESPACE_INSECABLE, ESPACE_MILLIERS, formaterEurosFr } from './formaterEurosFr.js';
import { montantFr } from '../documents/internes/format.js';

describe('formaterEurosFr — the one French money format', () => {
  it('"1234.5" → "1 234,50 €" with U+202F between thousands and U+00A0 before €', () => {
    expect(formaterEurosFr('1234.5')).toBe('1\u202f234,50\u00a0€');
    expect(ESPACE_MILLIERS).toBe('\u202f');
    expect(ESPACE_INSECABLE).toBe('\u00a0');
    expect(formaterEurosFr(0)).toBe('0,00\u00a0€');
    expect(formaterEurosFr('-52.97')).toBe('-52,97\u00a0€');
    expect(formaterEurosFr(123456789n)).toBe('1\u202f234\u202f567,89\u00a0€');
  });
  it('is Intl.NumberFormat fr-FR’s output, from integer cents', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (c) => {
        expect(formaterEurosFr(BigInt(c))).toBe(intl.format(c / 100));
      }),
      { numRuns: runs(300) },
    );
  });
  it('the letters use it (one place for the rule)', () => {
    expect(montantFr('9876543.21')).toBe(formaterEurosFr('9876543.21'));
  });
  it('refuses what is not an amount', () => {
    expect(codeErreur(() => formaterEurosFr('12,50'))).toBe('ENTREE_INVALIDE');
  });
});
