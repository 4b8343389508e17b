import { describe, expect, it } from 'vitest';
import { RecouvrementError } from './erreurs.js';
import { ajouterTaux, comparerTaux, formaterTaux, lireTaux, multiplierTaux } from './taux.js';

describe('rates', () => {
  it('parses, adds, multiplies and formats exactly', () => {
    expect(lireTaux('12.15')).toEqual({ valeur: 1215n, decimales: 2 });
    expect(formaterTaux(ajouterTaux(lireTaux('2.15'), lireTaux('10')))).toBe('12.15');
    expect(formaterTaux(multiplierTaux(lireTaux('4.92'), 3))).toBe('14.76');
    expect(formaterTaux(lireTaux('12.345000'))).toBe('12.345');
    expect(formaterTaux(lireTaux('0'))).toBe('0.00');
    expect(comparerTaux(lireTaux('7.86'), lireTaux('7.860'))).toBe(0);
    expect(comparerTaux(lireTaux('15.21'), lireTaux('14.5'))).toBe(1);
  });
  it.each(['-1', '12,15', '1e2', '', '1000', '1.1234567', 'abc'])('rejects %j', (s) => {
    expect(() => lireTaux(s, ['taux'])).toThrow(RecouvrementError);
  });
  it('rejects numbers (rates are decimal strings)', () => {
    expect(() => lireTaux(12.15)).toThrow(RecouvrementError);
  });
});
