/**
 * DSO by count-back (méthode par épuisement du chiffre d'affaires): starting from the most recent period,
 * subtract each period's sales incl. VAT from the receivables while they cover it, adding that period's
 * days; the last, partly covered period adds `reste / ventes × jours`. Unlike the simple DSO it follows
 * seasonal sales. A management ratio, not a legal rule.
 */
import { MESSAGES } from '../socle/messages.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { lireEuros, type EntreeEuros } from '../socle/euros.js';
import { eurosRapide, jourRapide } from '../socle/lecture-rapide.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { arrondiDixieme, centimes, objet } from './internes/lecture.js';

/** One sales period (usually a calendar month), bounds inclusive. */
export interface PeriodeVentes {
  readonly debut: DateISO;
  readonly fin: DateISO;
  /** Sales incl. VAT of the period. */
  readonly montantTTC: EntreeEuros;
}

/** Parameters of {@link dsoParEpuisement}. */
export interface ParamsDsoParEpuisement {
  /** Trade receivables incl. VAT at the end of the most recent period. */
  readonly encours: EntreeEuros;
  /**
   * Sales periods, newest first, contiguous (each period ends the day before the previous one starts), at
   * most 1 000. They must cover the receivables (the sum of their sales ≥ `encours`).
   */
  readonly ventes: ReadonlyArray<PeriodeVentes>;
}

/**
 * Count-back DSO in days. The exact value `jours entièrement couverts + reste × jours / ventes` is computed
 * on integers and rounded half-up to one decimal. A period's days are `fin − debut + 1`; a period with no
 * sales is fully covered (its days count). Equal to {@link dso} when sales are uniform over the periods.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` — periods not newest first and contiguous, or receivables
 *   exceeding all the sales given (the history is too short to count back)
 * @example
 * ```ts
 * import { dsoParEpuisement } from 'recouvrement';
 * dsoParEpuisement({
 *   encours: '150000.00',
 *   ventes: [
 *     { debut: '2025-12-01', fin: '2025-12-31', montantTTC: '100000.00' },
 *     { debut: '2025-11-01', fin: '2025-11-30', montantTTC: '80000.00' },
 *   ],
 * }); //=> 49.8 (31 days for December, then 50 000 / 80 000 × 30 = 18.75 days of November)
 * ```
 */
export function dsoParEpuisement(params: ParamsDsoParEpuisement): number {
  const p = objet(params, [], ['encours', 'ventes']);
  const encours = centimes(p.encours, ['encours']);
  const ventes: unknown = p.ventes;
  if (!Array.isArray(ventes)) return entreeInvalide(['ventes'], 'tableau de périodes attendu (la plus récente en premier)', 'invalid_type');
  if (ventes.length > 1000) entreeInvalide(['ventes'], 'au plus 1 000 périodes', 'too_big');
  // One pass: every period is validated (never a result from a partly read input) while the count-back
  // runs; values go through the allocation-free parsers, paths are built only for an error.
  let debutPrecedent = 0;
  let reste = encours;
  let joursEntiers = 0;
  let partiel: { num: bigint; den: bigint } | null = null;
  for (let i = 0; i < ventes.length; i++) {
    const v = ventes[i] as unknown;
    if (typeof v !== 'object' || v === null) entreeInvalide(['ventes', i], MESSAGES.objetAttendu, 'invalid_type');
    const { debut: vd, fin: vf, montantTTC: vm } = v as Record<string, unknown>;
    let debut = jourRapide(vd);
    if (debut !== debut) debut = lireDate(vd, ['ventes', i, 'debut']); // NaN: not a plain date, the strict parser decides
    let fin = jourRapide(vf);
    if (fin !== fin) fin = lireDate(vf, ['ventes', i, 'fin']);
    let montant = eurosRapide(vm);
    if (montant < 0) montant = lireEuros(vm, ['ventes', i, 'montantTTC']);
    if (fin < debut) entreeInvalide(['ventes', i, 'fin'], 'la fin de la période précède son début');
    if (i > 0 && fin + 1 !== debutPrecedent) {
      entreeInvalide(['ventes', i, 'fin'], `périodes attendues de la plus récente à la plus ancienne, contiguës : cette période devrait finir le ${formaterDate(debutPrecedent - 1)}`);
    }
    debutPrecedent = debut;
    if (reste === 0 || partiel !== null) continue;
    const jours = fin - debut + 1;
    if (reste >= montant) {
      reste -= montant;
      joursEntiers += jours;
    } else {
      // Partly covered: jours entiers + reste × jours / montant, one exact rational.
      partiel = { num: BigInt(joursEntiers) * BigInt(montant) + BigInt(reste) * BigInt(jours), den: BigInt(montant) };
    }
  }
  // Every period fully consumed and something left: the receivables exceed all the sales.
  if (reste > 0 && partiel === null) {
    entreeInvalide(['ventes'], "historique de ventes trop court : l'encours dépasse les ventes de toutes les périodes fournies", 'too_small');
  }
  return partiel === null ? joursEntiers : arrondiDixieme(partiel.num, partiel.den);
}
