import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ajouterAnnees,
  ajouterMois,
  civilDepuisJour,
  estDateISO,
  finDeMois,
  formaterDate,
  jourDeSemaine,
  jourDepuisCivil,
  lireDate,
  semestreDe,
} from './date-iso.js';
import { RecouvrementError } from './erreurs.js';

const d = (s: string) => lireDate(s);

describe('lireDate / formaterDate', () => {
  it('parses calendar dates into epoch days', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('2024-01-01')).toBe(19723);
    expect(d('2024-02-29') - d('2024-02-28')).toBe(1);
    expect(d('2025-03-01') - d('2025-02-28')).toBe(1);
  });
  it.each(['2025-02-30', '2025-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2025-2-3', '2025-02-03T00:00', '20250203', '', '0999-01-01'])(
    'rejects %j with ENTREE_INVALIDE',
    (s) => {
      expect(() => lireDate(s, ['date'])).toThrow(RecouvrementError);
      expect(estDateISO(s)).toBe(false);
    },
  );
  it('rejects non-strings', () => {
    expect(() => lireDate(20250101)).toThrow(RecouvrementError);
    expect(() => lireDate(new Date(0))).toThrow(RecouvrementError);
  });
  it('agrees with the proleptic Gregorian calendar of Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: jourDepuisCivil(1000, 1, 1), max: jourDepuisCivil(9999, 12, 31) }), (j) => {
        const iso = formaterDate(j);
        expect(lireDate(iso)).toBe(j);
        const utc = new Date(j * 86_400_000);
        expect(iso).toBe(`${String(utc.getUTCFullYear()).padStart(4, '0')}-${String(utc.getUTCMonth() + 1).padStart(2, '0')}-${String(utc.getUTCDate()).padStart(2, '0')}`);
        expect(estDateISO(iso)).toBe(true);
      }),
    );
  });
});

describe('month arithmetic (end-of-month rule)', () => {
  it('keeps the day number or clamps to the last day of the month', () => {
    expect(formaterDate(ajouterMois(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formaterDate(ajouterMois(d('2025-01-31'), 1))).toBe('2025-02-28');
    expect(formaterDate(ajouterMois(d('2025-08-31'), 1))).toBe('2025-09-30');
    expect(formaterDate(ajouterMois(d('2025-03-15'), 2))).toBe('2025-05-15');
    expect(formaterDate(ajouterMois(d('2025-01-15'), -1))).toBe('2024-12-15');
    expect(formaterDate(ajouterAnnees(d('2024-02-29'), 5))).toBe('2029-02-28');
    expect(formaterDate(ajouterAnnees(d('2024-02-29'), 4))).toBe('2028-02-29');
  });
  it('finDeMois', () => {
    expect(formaterDate(finDeMois(d('2024-02-10')))).toBe('2024-02-29');
    expect(formaterDate(finDeMois(d('2025-12-01')))).toBe('2025-12-31');
  });
  it('adding months never changes the day number unless the target month is shorter (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: d('1900-01-01'), max: d('2200-12-31') }), fc.integer({ min: -240, max: 240 }), (j, n) => {
        const a = civilDepuisJour(j);
        const b = civilDepuisJour(ajouterMois(j, n));
        expect(b.jour <= a.jour).toBe(true);
        if (b.jour < a.jour) expect(formaterDate(finDeMois(ajouterMois(j, n)))).toBe(formaterDate(ajouterMois(j, n)));
        expect((b.annee * 12 + b.mois) - (a.annee * 12 + a.mois)).toBe(n);
      }),
    );
  });
});

describe('semestreDe and jourDeSemaine', () => {
  it('30 June is in H1, 1 July in H2', () => {
    expect(semestreDe(d('2025-06-30')).numero).toBe(1);
    expect(semestreDe(d('2025-07-01')).numero).toBe(2);
    expect(formaterDate(semestreDe(d('2025-12-31')).debut)).toBe('2025-07-01');
    expect(formaterDate(semestreDe(d('2024-02-29')).fin)).toBe('2024-06-30');
  });
  it('knows the weekday', () => {
    expect(jourDeSemaine(d('2026-11-23'))).toBe(1);
    expect(jourDeSemaine(d('1970-01-01'))).toBe(4);
    expect(jourDeSemaine(d('2024-12-29'))).toBe(7);
  });
});
