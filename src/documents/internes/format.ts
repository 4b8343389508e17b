/**
 * Internal: French formatting for generated documents — amounts ("1 234,56 €"), calendar dates
 * ("1er décembre 2026"), rates ("12,15 %") — and HTML escaping. Pure string and integer arithmetic: no
 * floats, no `Date`, so the output is the same in every time zone.
 */
import { lireDate, civilDepuisJour, type DateISO } from '../../socle/date-iso.js';
import { lireEuros, type Euros } from '../../socle/euros.js';

/** U+202F NARROW NO-BREAK SPACE: the thousands separator of fr-FR (what `Intl.NumberFormat('fr-FR')` uses). */
export const ESPACE_MILLIERS = '\u202f';
/** U+00A0 NO-BREAK SPACE: before "€" and "%". */
export const ESPACE_INSECABLE = '\u00a0';

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** Groups the digits of a non-negative integer string by three with {@link ESPACE_MILLIERS}. */
function grouper(chiffres: string): string {
  let r = '';
  for (let i = 0; i < chiffres.length; i++) {
    if (i > 0 && (chiffres.length - i) % 3 === 0) r += ESPACE_MILLIERS;
    r += chiffres[i];
  }
  return r;
}

/** "1234.56" → "1 234,56 €" (fr-FR, same characters as `Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })`). */
export function montantFr(montant: Euros | number | bigint): string {
  const centimes = typeof montant === 'bigint' ? montant : BigInt(lireEuros(montant, [], { negatifAutorise: true }));
  const negatif = centimes < 0n;
  const a = negatif ? -centimes : centimes;
  const cts = String(a % 100n).padStart(2, '0');
  return `${negatif ? '-' : ''}${grouper(String(a / 100n))},${cts}${ESPACE_INSECABLE}€`;
}

/** "2026-12-01" → "1er décembre 2026" (the first day of a month is written "1er" in French). */
export function dateFr(date: DateISO): string {
  const { annee, mois, jour } = civilDepuisJour(lireDate(date));
  return `${jour === 1 ? '1er' : String(jour)} ${MOIS[mois - 1]!} ${annee}`;
}

/** "12.15" → "12,15 %"; trailing zeros beyond two decimals are already removed by the calculators. */
export function tauxFr(taux: string): string {
  return `${taux.replace('.', ',')}${ESPACE_INSECABLE}%`;
}

/** A half-year in words: "premier semestre 2025". */
export function semestreFr(date: DateISO): string {
  const { annee, mois } = civilDepuisJour(lireDate(date));
  return `${mois <= 6 ? 'premier' : 'second'} semestre ${annee}`;
}

/** Escapes the five HTML-significant characters (text and attribute contexts). */
export function echapperHtml(texte: string): string {
  return texte.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}
