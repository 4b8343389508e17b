/**
 * Internal: validation at the boundary of the situation functions — entities through their zod schemas
 * (paths prefixed with the argument's name), dates and options by hand. Every failure is a
 * `RecouvrementError` `ENTREE_INVALIDE` whose issue path points at the bad field.
 */
import { MESSAGES } from '../../socle/messages.js';
import { creanceSchema, type Creance } from '../../entites/creance.js';
import { debiteurSchema, type Debiteur } from '../../entites/debiteur.js';
import { analyser } from '../../entites/messages.js';
import { estDateISO, type DateISO } from '../../socle/date-iso.js';
import { depuisZod, entreeInvalide } from '../../socle/erreurs.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import type { OptionsSituation } from '../types.js';

export function lireCreance(valeur: unknown, path: readonly PropertyKey[] = ['creance']): Creance {
  const r = analyser(creanceSchema, valeur);
  if (!r.success) throw depuisZod(r.error, 'Créance invalide', path);
  return r.data;
}

export function lireDebiteur(valeur: unknown, path: readonly PropertyKey[] = ['debiteur']): Debiteur {
  const r = analyser(debiteurSchema, valeur);
  if (!r.success) throw depuisZod(r.error, 'Débiteur invalide', path);
  return r.data;
}

export function lireDateIso(valeur: unknown, path: readonly PropertyKey[]): DateISO {
  if (typeof valeur !== 'string' || !estDateISO(valeur)) entreeInvalide(path, MESSAGES.dateAttendue);
  return valeur;
}

function booleen(o: Record<string, unknown>, k: string, path: readonly PropertyKey[]): void {
  if (o[k] !== undefined && typeof o[k] !== 'boolean') entreeInvalide([...path, k], MESSAGES.booleenAttendu, 'invalid_type');
}

/** The keys of {@link OptionsSituation}. */
export const CLES_OPTIONS_SITUATION: readonly string[] = [
  'baremes', 'baseAnnuelle', 'imputation', 'dateMiseEnDemeure', 'creancierParticulier', 'dateDecisionExecutoire',
  'accessoires', 'dateAbandonAccessoires', 'siBaremeManquant', 'periodesSansAccessoires',
];

/**
 * Checks the options of `situationCreance` (the tables are checked by the calculators themselves). Unknown
 * keys are refused (`autres`: the keys a caller adds, such as `releveDeCompte`'s `creancier`).
 */
export function lireOptionsSituation(options: unknown, path: readonly PropertyKey[] = ['options'], autres: readonly string[] = []): OptionsSituation {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return entreeInvalide(path, MESSAGES.optionsAttendues, 'invalid_type');
  refuserClesInconnues(options, autres.length ? [...CLES_OPTIONS_SITUATION, ...autres] : CLES_OPTIONS_SITUATION, path);
  const o = options as Record<string, unknown>;
  if (o.imputation !== undefined && o.imputation !== 'legale' && o.imputation !== 'principal-d-abord') entreeInvalide([...path, 'imputation'], "'legale' ou 'principal-d-abord' attendu");
  if (o.baseAnnuelle !== undefined && o.baseAnnuelle !== 365 && o.baseAnnuelle !== 'exacte') entreeInvalide([...path, 'baseAnnuelle'], "365 ou 'exacte' attendu");
  for (const k of ['dateMiseEnDemeure', 'dateDecisionExecutoire', 'dateAbandonAccessoires']) if (o[k] !== undefined) lireDateIso(o[k], [...path, k]);
  booleen(o, 'creancierParticulier', path);
  if (o.siBaremeManquant !== undefined && o.siBaremeManquant !== 'erreur' && o.siBaremeManquant !== 'minimum') entreeInvalide([...path, 'siBaremeManquant'], "'erreur' ou 'minimum' attendu");
  if (o.accessoires !== undefined) {
    if (typeof o.accessoires !== 'object' || o.accessoires === null) entreeInvalide([...path, 'accessoires'], 'objet { penalites?, interets?, indemnite?, clausePenale? } attendu', 'invalid_type');
    refuserClesInconnues(o.accessoires, ['penalites', 'interets', 'indemnite', 'clausePenale'], [...path, 'accessoires']);
    for (const k of ['penalites', 'interets', 'indemnite', 'clausePenale']) booleen(o.accessoires as Record<string, unknown>, k, [...path, 'accessoires']);
  }
  if (o.baremes !== undefined && (typeof o.baremes !== 'object' || o.baremes === null)) entreeInvalide([...path, 'baremes'], 'barèmes attendus (baremesParDefaut, etendreBaremes)', 'invalid_type');
  if (o.periodesSansAccessoires !== undefined) lirePeriodesSansAccessoires(o.periodesSansAccessoires, [...path, 'periodesSansAccessoires']);
  return o as OptionsSituation;
}

/** Checks `periodesSansAccessoires`: at most 10 000 `{ du, au }` (dates, `du <= au`), no other key. */
function lirePeriodesSansAccessoires(v: unknown, path: readonly PropertyKey[]): void {
  if (!Array.isArray(v)) return entreeInvalide(path, 'tableau de périodes { du, au } attendu', 'invalid_type');
  if (v.length > 10_000) entreeInvalide(path, 'au plus 10 000 périodes', 'too_big');
  v.forEach((p: unknown, i) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return entreeInvalide([...path, i], 'période { du, au } attendue', 'invalid_type');
    refuserClesInconnues(p, ['du', 'au'], [...path, i]);
    const { du, au } = p as Record<string, unknown>;
    lireDateIso(du, [...path, i, 'du']);
    lireDateIso(au, [...path, i, 'au']);
    if ((au as string) < (du as string)) entreeInvalide([...path, i, 'au'], 'la fin de la période précède son début', 'too_small');
  });
}
