/**
 * Internal: shared parsing of calculator inputs (amounts, dates, payments, options) into cents and epoch
 * days, with `ENTREE_INVALIDE` errors that carry the path of the bad field.
 */
import type { Baremes } from '../../baremes/types.js';
import { baremesParDefaut } from '../../baremes/donnees.js';
import { compilerBaremes, type BaremesCompiles } from '../../baremes/compiler.js';
import { lireDate } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { lireEuros } from '../../socle/euros.js';
import { eurosRapide, jourRapide } from '../../socle/lecture-rapide.js';
import type { BaseAnnuelle, PaiementInterne } from './cumul.js';

export function objet(valeur: unknown, path: readonly PropertyKey[]): Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) {
    return entreeInvalide(path, 'objet attendu', 'invalid_type');
  }
  return valeur as Record<string, unknown>;
}

/** Parses and sorts payments (stable by date). Each must be strictly positive. */
export function lirePaiements(valeur: unknown, path: readonly PropertyKey[]): PaiementInterne[] {
  if (valeur === undefined) return [];
  if (!Array.isArray(valeur)) return entreeInvalide(path, 'tableau de paiements attendu', 'invalid_type');
  if (valeur.length > 100_000) entreeInvalide(path, 'au plus 100 000 paiements', 'too_big');
  const r: PaiementInterne[] = [];
  let trie = true;
  for (let i = 0; i < valeur.length; i++) {
    const v: unknown = valeur[i];
    const p = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : objet(v, [...path, i]);
    // Paths are built only for a value the fast parsers do not read (then the strict parser decides).
    const vd = p.date;
    let jour = jourRapide(vd);
    if (jour !== jour) jour = lireDate(vd, [...path, i, 'date']);
    const vm = p.montant;
    let centimes = eurosRapide(vm);
    if (centimes < 0) centimes = lireEuros(vm, [...path, i, 'montant']);
    if (centimes === 0) entreeInvalide([...path, i, 'montant'], 'un paiement est strictement positif', 'too_small');
    if (r.length && r[r.length - 1]!.jour > jour) trie = false;
    r.push({ jour, centimes });
  }
  if (!trie) r.sort((a, b) => a.jour - b.jour);
  return r;
}

/** Options shared by the calculators. */
export interface OptionsCalcul {
  /** Legal tables (default {@link baremesParDefaut}). */
  readonly baremes?: Baremes;
  /** Day-count basis: `365` (default, ACT/365 fixed) or `'exacte'` (days of a leap year count /366). */
  readonly baseAnnuelle?: BaseAnnuelle;
}

/** The options of a call without options (the default tables compiled once; read-only). */
let optionsParDefaut: { readonly baremes: BaremesCompiles; readonly base: BaseAnnuelle } | null = null;

export function lireOptions(options: unknown): { readonly baremes: BaremesCompiles; readonly base: BaseAnnuelle } {
  if (options === undefined) return (optionsParDefaut ??= { baremes: compilerBaremes(baremesParDefaut), base: 365 });
  const o = objet(options, ['options']);
  const base = o.baseAnnuelle === undefined ? 365 : o.baseAnnuelle;
  if (base !== 365 && base !== 'exacte') entreeInvalide(['options', 'baseAnnuelle'], "365 ou 'exacte' attendu");
  return { baremes: compilerBaremes((o.baremes as Baremes | undefined) ?? baremesParDefaut), base };
}
