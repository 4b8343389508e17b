/**
 * Extending the legal tables without a new release.
 */
import type { DateISO } from '../socle/date-iso.js';
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

function fusionner<T extends { readonly du: DateISO }>(base: readonly T[], ajouts: readonly T[] | undefined): readonly T[] {
  if (!ajouts || ajouts.length === 0) return base;
  const parDate = new Map<DateISO, T>();
  for (const e of base) parDate.set(e.du, e);
  for (const e of ajouts) parDate.set(e.du, { ...e });
  return [...parDate.values()].sort((a, b) => (a.du < b.du ? -1 : a.du > b.du ? 1 : 0));
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
  const changements = fusionner(baremes.bce.changements, ajouts.bce?.changements);
  const candidats = [baremes.bce.connuJusquau, ajouts.bce?.connuJusquau, changements.at(-1)?.du].filter((d): d is string => typeof d === 'string');
  const connuJusquau = candidats.reduce((a, b) => (b > a ? b : a));
  const r: Baremes = {
    bce: { changements, connuJusquau },
    tauxLegal: fusionner(baremes.tauxLegal, ajouts.tauxLegal),
    regleL441_10: fusionner(baremes.regleL441_10, ajouts.regleL441_10),
    commandePublique: fusionner(baremes.commandePublique, ajouts.commandePublique),
    indemniteForfaitaire: fusionner(baremes.indemniteForfaitaire, ajouts.indemniteForfaitaire),
    procedureSimplifiee: fusionner(baremes.procedureSimplifiee, ajouts.procedureSimplifiee),
    petitsLitigesEuropeens: fusionner(baremes.petitsLitigesEuropeens, ajouts.petitsLitigesEuropeens),
  };
  compilerBaremes(r);
  return r;
}
