/**
 * Internal: shared parsing of calculator inputs (amounts, dates, payments, options) into cents and epoch
 * days, with `ENTREE_INVALIDE` errors that carry the path of the bad field.
 */
import type { Baremes } from '../../baremes/types.js';
import { baremesParDefaut } from '../../baremes/donnees.js';
import { compilerBaremes, type BaremesCompiles } from '../../baremes/compiler.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { lireDate } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { MESSAGES } from '../../socle/messages.js';
import { lireEuros } from '../../socle/euros.js';
import { eurosRapide, jourRapide } from '../../socle/lecture-rapide.js';
import type { Assiettes, BaseAnnuelle } from './cumul.js';

/** A payment as (epoch day, cents). */
export interface PaiementInterne {
  readonly jour: number;
  readonly centimes: number;
}

/** The keys of a payment (those of the `Paiement` entity, so that a claim's payments can be passed as they are). */
export const CLES_PAIEMENT: readonly string[] = ['date', 'montant', 'reference'];

/** The keys of {@link OptionsCalcul}. */
export const CLES_OPTIONS: readonly string[] = ['baremes', 'baseAnnuelle'];

export function objet(valeur: unknown, path: readonly PropertyKey[]): Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) {
    return entreeInvalide(path, MESSAGES.objetAttendu, 'invalid_type');
  }
  return valeur as Record<string, unknown>;
}

/** Parses and sorts payments (stable by date). Each must be strictly positive. */
export function lirePaiements(valeur: unknown, path: readonly PropertyKey[]): PaiementInterne[] {
  if (valeur === undefined) return [];
  if (!Array.isArray(valeur)) return entreeInvalide(path, MESSAGES.tableauPaiementsAttendu, 'invalid_type');
  if (valeur.length > 100_000) entreeInvalide(path, MESSAGES.paiementsAuPlus, 'too_big');
  const r: PaiementInterne[] = [];
  let trie = true;
  for (let i = 0; i < valeur.length; i++) {
    const v: unknown = valeur[i];
    const p = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : objet(v, [...path, i]);
    refuserClesInconnues(p, CLES_PAIEMENT, [...path, i]);
    if (p.reference !== undefined && typeof p.reference !== 'string') entreeInvalide([...path, i, 'reference'], MESSAGES.texteAttendu, 'invalid_type');
    // Paths are built only for a value the fast parsers do not read (then the strict parser decides).
    const vd = p.date;
    let jour = jourRapide(vd);
    if (jour !== jour) jour = lireDate(vd, [...path, i, 'date']);
    const vm = p.montant;
    let centimes = eurosRapide(vm);
    if (centimes < 0) centimes = lireEuros(vm, [...path, i, 'montant']);
    if (centimes === 0) entreeInvalide([...path, i, 'montant'], MESSAGES.paiementStrictementPositif, 'too_small');
    if (r.length && r[r.length - 1]!.jour > jour) trie = false;
    r.push({ jour, centimes });
  }
  if (!trie) r.sort((a, b) => a.jour - b.jour);
  return r;
}

/** An amount and its payments (sorted by day) as the accrual reads them. */
export function assiettes(montant: number, paiements: readonly PaiementInterne[]): Assiettes {
  const n = paiements.length;
  const a: Assiettes = { montant, n, jours: new Int32Array(n), centimes: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    a.jours[k] = paiements[k]!.jour;
    a.centimes[k] = paiements[k]!.centimes;
  }
  return a;
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

/**
 * Reads the options shared by the calculators; `autres`: the other keys the calling function knows (any
 * other key is refused, issue 15 item 1).
 */
export function lireOptions(options: unknown, autres: readonly string[] = []): { readonly baremes: BaremesCompiles; readonly base: BaseAnnuelle } {
  if (options === undefined) return (optionsParDefaut ??= { baremes: compilerBaremes(baremesParDefaut), base: 365 });
  const o = objet(options, ['options']);
  refuserClesInconnues(o, autres.length === 0 ? CLES_OPTIONS : [...CLES_OPTIONS, ...autres], ['options']);
  const base = o.baseAnnuelle === undefined ? 365 : o.baseAnnuelle;
  if (base !== 365 && base !== 'exacte') entreeInvalide(['options', 'baseAnnuelle'], "365 ou 'exacte' attendu");
  return { baremes: compilerBaremes((o.baremes as Baremes | undefined) ?? baremesParDefaut), base };
}
