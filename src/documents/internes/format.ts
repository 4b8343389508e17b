/**
 * Internal: French formatting for generated documents — amounts ("1 234,56 €"), calendar dates
 * ("1er décembre 2026"), rates ("12,15 %") — and HTML escaping. The rules live in src/socle (the money format
 * is the public `formaterEurosFr`; dates, rates and escaping are in socle/formatFr.ts, shared with the relevé
 * de compte); this module keeps the letters' names for them.
 */
import type { Euros } from '../../socle/euros.js';
import { formaterEurosFr } from '../../socle/formaterEurosFr.js';
import { dateFr } from '../../socle/formatFr.js';

export { ESPACE_INSECABLE, ESPACE_MILLIERS } from '../../socle/formaterEurosFr.js';
export { dateFr, echapperHtml, semestreFr, tauxFr } from '../../socle/formatFr.js';

/** "1234.56" → "1 234,56 €": the library's one money format, {@link formaterEurosFr} (src/socle). */
export function montantFr(montant: Euros | number | bigint): string {
  return formaterEurosFr(montant);
}

/**
 * "du 1er juin 2025 au 30 juin 2025" with no-break spaces inside each half: a narrow table column wraps it
 * only before "au", never inside a date (the text letters keep their 78 columns).
 */
export function periodeFr(du: string, au: string): string {
  const insecable = (t: string): string => t.replace(/ /g, '\u00a0');
  return `${insecable(`du ${dateFr(du)}`)} ${insecable(`au ${dateFr(au)}`)}`;
}
