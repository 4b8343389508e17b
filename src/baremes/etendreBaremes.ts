/**
 * Extending the legal tables without a new release.
 */
import type { DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
import { compilerBaremes } from './compiler.js';
import type { Baremes, ChangementTauxBce, MontantDate, PeriodeTauxLegal, RegleL441_10 } from './types.js';

/** What {@link etendreBaremes} adds. Every list is optional. */
export interface AjoutsBaremes {
  readonly bce?: { readonly changements?: readonly ChangementTauxBce[]; readonly connuJusquau?: DateISO };
  readonly tauxLegal?: readonly PeriodeTauxLegal[];
  readonly regleL441_10?: readonly RegleL441_10[];
  readonly commandePublique?: Baremes['commandePublique'];
  readonly indemniteForfaitaire?: readonly MontantDate[];
  readonly procedureSimplifiee?: readonly MontantDate[];
  readonly petitsLitigesEuropeens?: readonly MontantDate[];
}

function fusionner<T extends { readonly du: DateISO }>(base: readonly T[], ajouts: readonly T[] | undefined, nom: string): readonly T[] {
  if (ajouts === undefined) return base;
  // Shape only (arrays of objects); compilerBaremes validates the values of the merged tables.
  if (!Array.isArray(ajouts)) ajoutInvalide([nom], 'tableau attendu');
  for (let i = 0; i < ajouts.length; i++) {
    const e: unknown = ajouts[i]; // an index loop also sees the holes of a sparse array
    if (typeof e !== 'object' || e === null || Array.isArray(e)) ajoutInvalide([nom, i], 'objet attendu');
  }
  if (ajouts.length === 0) return base;
  const parDate = new Map<DateISO, T>();
  for (const e of base) parDate.set(e.du, e);
  for (const e of ajouts) parDate.set(e.du, { ...e });
  return [...parDate.values()].sort((a, b) => (a.du < b.du ? -1 : a.du > b.du ? 1 : 0));
}

function ajoutInvalide(chemin: readonly PropertyKey[], message: string): never {
  throw new RecouvrementError(CODES_ERREUR.BAREME_INVALIDE, `Ajout de barème invalide à ${chemin.map(String).join('.')} : ${message}`, [
    { code: 'invalid_value', path: [...chemin], message },
  ]);
}

/**
 * Returns new tables with extra or newer entries: a new half-year of taux légal, a new ECB decision, a
 * confirmation of an unconfirmed entry (an entry with the same `du` replaces the shipped one). The input is
 * not modified; the result is validated (`BAREME_INVALIDE` on overlaps or malformed values).
 *
 * The ECB table's `connuJusquau` becomes the latest of: the current one, the one given, and the newest
 * change added.
 *
 * @throws {RecouvrementError} `BAREME_INVALIDE`
 * @example
 * ```ts
 * const baremes = etendreBaremes(baremesParDefaut, {
 *   bce: { changements: [], connuJusquau: '2027-01-01' }, // no ECB change up to 1 January 2027
 *   tauxLegal: [{ du: '2027-01-01', au: '2027-06-30', particulier: '6.50', autresCas: '2.50',
 *                 source: 'arrêté du … décembre 2026', confirme: true }],
 * });
 * calculerPenalitesRetard({ montant: '1000', dateEcheance: '2026-12-15', dateCalcul: '2027-02-01' }, { baremes });
 * ```
 */
export function etendreBaremes(baremes: Baremes, ajouts: AjoutsBaremes): Baremes {
  compilerBaremes(baremes);
  if (typeof ajouts !== 'object' || ajouts === null || Array.isArray(ajouts)) ajoutInvalide([], 'objet AjoutsBaremes attendu');
  if (ajouts.bce !== undefined && (typeof ajouts.bce !== 'object' || ajouts.bce === null)) ajoutInvalide(['bce'], 'objet attendu');
  const changements = fusionner(baremes.bce.changements, ajouts.bce?.changements, 'bce.changements');
  const candidats = [baremes.bce.connuJusquau, ajouts.bce?.connuJusquau, changements.at(-1)?.du].filter((d): d is string => typeof d === 'string');
  const connuJusquau = candidats.reduce((a, b) => (b > a ? b : a));
  const r: Baremes = {
    bce: { changements, connuJusquau },
    tauxLegal: fusionner(baremes.tauxLegal, ajouts.tauxLegal, 'tauxLegal'),
    regleL441_10: fusionner(baremes.regleL441_10, ajouts.regleL441_10, 'regleL441_10'),
    commandePublique: fusionner(baremes.commandePublique, ajouts.commandePublique, 'commandePublique'),
    indemniteForfaitaire: fusionner(baremes.indemniteForfaitaire, ajouts.indemniteForfaitaire, 'indemniteForfaitaire'),
    procedureSimplifiee: fusionner(baremes.procedureSimplifiee, ajouts.procedureSimplifiee, 'procedureSimplifiee'),
    petitsLitigesEuropeens: fusionner(baremes.petitsLitigesEuropeens, ajouts.petitsLitigesEuropeens, 'petitsLitigesEuropeens'),
  };
  compilerBaremes(r);
  return r;
}
