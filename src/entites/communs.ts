/**
 * Building blocks shared by the entity schemas: amounts, dates, rates and French company identifiers.
 */
import { MESSAGES } from '../socle/messages.js';
import * as z from 'zod/mini';
import { estDateISO } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { normaliserEuros } from '../socle/euros.js';

/**
 * An amount in euros: a decimal string or a number with at most two decimals, normalised to `"1234.56"`.
 *
 * @example
 * ```ts
 * import { eurosSchema } from 'recouvrement';
 * eurosSchema.parse(12.5); //=> '12.50'
 * ```
 */
export const eurosSchema = /*@__PURE__*/ (() =>
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v: string | number, ctx): string => {
      try {
        return normaliserEuros(v);
      } catch (e) {
        ctx.issues.push({ code: 'custom', input: v, message: e instanceof RecouvrementError ? (e.issues[0]?.message ?? e.message) : 'montant invalide' });
        return z.NEVER;
      }
    }),
  ))();

/**
 * A calendar date `"YYYY-MM-DD"` that exists (`"2025-02-30"` is refused).
 *
 * @example
 * ```ts
 * import { dateIsoSchema } from 'recouvrement';
 * dateIsoSchema.parse('2024-02-29'); //=> '2024-02-29'
 * ```
 */
export const dateIsoSchema = /*@__PURE__*/ (() =>
  z.string().check(z.refine(estDateISO, { message: MESSAGES.dateAttendue })))();

/**
 * A percent rate as a decimal string ("12.15").
 *
 * @example
 * ```ts
 * import { tauxSchema } from 'recouvrement';
 * tauxSchema.parse('12.15'); //=> '12.15'
 * ```
 */
export const tauxSchema = /*@__PURE__*/ (() =>
  z.string().check(z.regex(/^\d{1,3}(\.\d{1,6})?$/, 'taux invalide : pourcentage décimal (ex. "12.15")')))();

/**
 * Luhn checksum over a string of digits (used by SIREN and SIRET).
 *
 * @example
 * ```ts
 * import { cleLuhnValide } from 'recouvrement';
 * cleLuhnValide('732829320'); //=> true
 * ```
 */
export function cleLuhnValide(chiffres: string): boolean {
  if (typeof chiffres !== 'string') return false;
  if (!/^\d+$/.test(chiffres)) return false;
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let c = chiffres.charCodeAt(chiffres.length - 1 - i) - 48;
    if (i % 2 === 1) {
      c *= 2;
      if (c > 9) c -= 9;
    }
    somme += c;
  }
  return somme % 10 === 0;
}

/**
 * Whether a SIREN (9 digits, INSEE) is valid: nine digits with a correct Luhn key, not all zeros (which
 * passes the key but designates no company; nor then does an all-zero SIRET or `FR12000000000`).
 *
 * @example
 * ```ts
 * import { sirenValide } from 'recouvrement';
 * sirenValide('732829320'); //=> true
 * sirenValide('732829321'); //=> false
 * ```
 */
export function sirenValide(siren: string): boolean {
  if (typeof siren !== 'string') return false;
  // "000000000" passes the Luhn key but designates no company (issue 15, item 6).
  return /^\d{9}$/.test(siren) && siren !== '000000000' && cleLuhnValide(siren);
}

/** La Poste's SIREN: its establishments' SIRETs follow a digit-sum rule instead of Luhn. */
const SIREN_LA_POSTE = '356000000';

/**
 * Whether a SIRET (14 digits: SIREN + NIC) is valid: a valid SIREN and a Luhn key over the 14 digits; for
 * La Poste (SIREN 356 000 000), whose establishments outnumber what a Luhn NIC allows, INSEE's rule is
 * instead that the sum of the 14 digits is a multiple of 5.
 *
 * @example
 * ```ts
 * import { siretValide } from 'recouvrement';
 * siretValide('73282932000074'); //=> true
 * siretValide('35600000000015'); //=> true (La Poste: digit sum 20)
 * ```
 */
export function siretValide(siret: string): boolean {
  if (typeof siret !== 'string') return false;
  if (!/^\d{14}$/.test(siret)) return false;
  if (sirenValide(siret.slice(0, 9)) && cleLuhnValide(siret)) return true;
  if (siret.startsWith(SIREN_LA_POSTE)) {
    let somme = 0;
    for (const c of siret) somme += c.charCodeAt(0) - 48;
    return somme % 5 === 0;
  }
  return false;
}

/**
 * Whether a French intra-community VAT number is valid: `FR` + 2-digit key + SIREN, with
 * key = (12 + 3 × (SIREN mod 97)) mod 97.
 *
 * @example
 * ```ts
 * import { tvaIntracommunautaireValide } from 'recouvrement';
 * tvaIntracommunautaireValide('FR44732829320'); //=> true
 * ```
 */
export function tvaIntracommunautaireValide(numero: string): boolean {
  if (typeof numero !== 'string') return false;
  const m = /^FR(\d{2})(\d{9})$/.exec(numero);
  if (!m) return false;
  const siren = m[2]!;
  if (!sirenValide(siren)) return false;
  const cle = (12 + 3 * (Number(siren) % 97)) % 97;
  return Number(m[1]) === cle;
}
