/**
 * Internal: French formatting of calendar dates ("1er décembre 2026"), rates ("12,15 %") and half-years, and
 * HTML escaping — shared by the letters (src/documents) and the relevé de compte (src/situation). Pure string
 * and integer arithmetic: no floats, no `Date`, so the output is the same in every time zone. Money has its
 * own public rule, {@link formaterEurosFr}.
 */
import { lireDate, civilDepuisJour, type DateISO } from './date-iso.js';
import { ESPACE_INSECABLE } from './formaterEurosFr.js';

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

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
