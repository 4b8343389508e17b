/**
 * French wording for the command line: dates in words ("1er juillet 2026"), rates with a decimal comma
 * ("12,15 %"), half-years ("second semestre 2026"). Amounts use the library's formaterEurosFr.
 */
import { formaterEurosFr } from '../index.js';

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `'2025-12-31'` → `'31 décembre 2025'`, `'2026-07-01'` → `'1er juillet 2026'`. */
export function dateFr(iso: string): string {
  const [a, m, j] = iso.split('-').map(Number) as [number, number, number];
  return `${j === 1 ? '1er' : String(j)} ${MOIS[m - 1] ?? '?'} ${a}`;
}

/** `'12.15'` → `'12,15 %'` (no-break space before %). */
export function tauxFr(taux: string): string {
  return `${taux.replace('.', ',')}\u00a0%`;
}

/** `'1234.5'` → `'1 234,50 €'` (the library's characters: U+202F between thousands, U+00A0 before €). */
export function eurosFr(montant: string): string {
  return formaterEurosFr(montant);
}

/** The half-year of a period's first day: `'2026-07-01'` → `'second semestre 2026'`. */
export function semestreFr(du: string, au: string): string {
  const annee = du.slice(0, 4);
  if (du.endsWith('-01-01') && au === `${annee}-12-31`) return `année ${annee}`;
  if (du.endsWith('-01-01') && au === `${annee}-06-30`) return `premier semestre ${annee}`;
  if (du.endsWith('-07-01') && au === `${annee}-12-31`) return `second semestre ${annee}`;
  return `période du ${dateFr(du)} au ${dateFr(au)}`;
}
