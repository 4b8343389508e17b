import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { cleLuhnValide, dateIsoSchema, eurosSchema, sirenValide, siretValide, tauxSchema, tvaIntracommunautaireValide } from './communs.js';

/** Appends the Luhn key digit to a string of digits. */
function avecCle(chiffres: string): string {
  for (let k = 0; k <= 9; k++) if (cleLuhnValide(chiffres + k)) return chiffres + k;
  throw new Error('unreachable');
}
const chiffres = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const cleTva = (siren: string): string => String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');

describe('SIREN (INSEE, Luhn key)', () => {
  it('accepts nine digits with a correct Luhn key', () => {
    expect(sirenValide('732829320')).toBe(true);
    expect(sirenValide('356000000')).toBe(true); // La Poste
  });
  it('refuses a wrong key, a wrong length, spaces or letters', () => {
    expect(sirenValide('732829321')).toBe(false);
    expect(sirenValide('73282932')).toBe(false);
    expect(sirenValide('7328293200')).toBe(false);
    expect(sirenValide('732 829 320')).toBe(false);
    expect(sirenValide('73282932A')).toBe(false);
  });
  it('every 8 digits have exactly one key digit, and any single-digit error is detected (property)', () => {
    fc.assert(
      fc.property(chiffres(8), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (base, pos, delta) => {
        const siren = avecCle(base);
        expect(sirenValide(siren)).toBe(true);
        const faux = siren.slice(0, pos) + String((Number(siren[pos]) + delta) % 10) + siren.slice(pos + 1);
        expect(sirenValide(faux)).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('SIRET (SIREN + NIC, Luhn over 14 digits; La Poste: digit sum multiple of 5)', () => {
  it('accepts a SIRET whose 14 digits pass Luhn and whose SIREN is valid', () => {
    expect(siretValide('73282932000074')).toBe(true);
    expect(siretValide('73282932000075')).toBe(false);
  });
  it('La Poste (SIREN 356 000 000): the digit sum must be a multiple of 5, though Luhn fails', () => {
    expect(cleLuhnValide('35600000049837')).toBe(false);
    expect(siretValide('35600000049837')).toBe(true); // digit sum 45
    expect(siretValide('35600000000015')).toBe(true); // digit sum 20
    expect(cleLuhnValide('35600000000016')).toBe(false);
    expect(siretValide('35600000000016')).toBe(false); // digit sum 21
  });
  it('the digit-sum rule is La Poste’s only: another SIREN with a multiple-of-5 sum and a bad Luhn key fails', () => {
    expect(cleLuhnValide('73282932000040')).toBe(false);
    expect(siretValide('73282932000040')).toBe(false); // digit sum 40
  });
  it('refuses a SIRET built on an invalid SIREN even with a 14-digit Luhn key (property)', () => {
    fc.assert(
      fc.property(chiffres(8), chiffres(4), (base, nic) => {
        const siren = avecCle(base);
        const siret = avecCle(siren + nic);
        expect(siretValide(siret)).toBe(true);
        const sirenFaux = siren.slice(0, 8) + String((Number(siren[8]) + 1) % 10);
        if (!sirenFaux.startsWith('356000000')) expect(siretValide(avecCle(sirenFaux + nic))).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('French VAT number (FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97)', () => {
  it('accepts the right key and refuses a wrong one', () => {
    expect(tvaIntracommunautaireValide('FR44732829320')).toBe(true);
    expect(tvaIntracommunautaireValide('FR45732829320')).toBe(false);
    expect(tvaIntracommunautaireValide('fr44732829320')).toBe(false);
    expect(tvaIntracommunautaireValide('DE44732829320')).toBe(false);
    expect(tvaIntracommunautaireValide('FR44732829321')).toBe(false); // invalid SIREN
  });
  it('exactly one key of 00–96 fits each valid SIREN (property)', () => {
    fc.assert(
      fc.property(chiffres(8), fc.integer({ min: 1, max: 96 }), (base, d) => {
        const siren = avecCle(base);
        const cle = cleTva(siren);
        expect(tvaIntracommunautaireValide(`FR${cle}${siren}`)).toBe(true);
        const autre = String((Number(cle) + d) % 97).padStart(2, '0');
        expect(tvaIntracommunautaireValide(`FR${autre}${siren}`)).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('amounts, dates, rates', () => {
  it('eurosSchema normalises to two decimals and refuses floats beyond the cent, NaN and text', () => {
    expect(eurosSchema.parse(12.5)).toBe('12.50');
    expect(eurosSchema.parse('1200')).toBe('1200.00');
    expect(eurosSchema.safeParse(1.005).success).toBe(false);
    expect(eurosSchema.safeParse(Number.NaN).success).toBe(false);
    expect(eurosSchema.safeParse('12,50').success).toBe(false);
  });
  it('dateIsoSchema refuses impossible dates (30 February, 29 February of a common year, month 13)', () => {
    expect(dateIsoSchema.safeParse('2024-02-29').success).toBe(true);
    expect(dateIsoSchema.safeParse('2025-02-29').success).toBe(false);
    expect(dateIsoSchema.safeParse('2025-02-30').success).toBe(false);
    expect(dateIsoSchema.safeParse('2025-13-01').success).toBe(false);
    expect(dateIsoSchema.safeParse('2025-1-01').success).toBe(false);
  });
  it('tauxSchema takes a percent as a decimal string', () => {
    expect(tauxSchema.safeParse('12.15').success).toBe(true);
    expect(tauxSchema.safeParse('-1').success).toBe(false);
    expect(tauxSchema.safeParse(12.15).success).toBe(false);
  });
});
