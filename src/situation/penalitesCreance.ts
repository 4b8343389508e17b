/**
 * Entity-level call: the late-payment accessory of one claim — L441-10 penalties (professional debtor),
 * R2192-31 intérêts moratoires (public buyer) or legal interest (consumer, non-professional, from the mise
 * en demeure) — read from its statement, without mapping a field by hand.
 */
import type { Creance, CreanceEntree } from '../entites/creance.js';
import type { Debiteur, DebiteurEntree } from '../entites/debiteur.js';
import type { PeriodeAccrual } from '../calculs/moteur/resultat.js';
import type { DateISO } from '../socle/date-iso.js';
import type { Euros } from '../socle/euros.js';
import { situationCreance } from './situationCreance.js';
import type { OptionsSituation } from './types.js';

/** Result of {@link penalitesCreance}: the calculators' shape, plus what payments covered and what is due. */
export interface PenalitesCreance {
  /** `penalites` (L441-10 II or R2192-31) or `interets` (C. civ. 1231-6, 1344-1), by debtor type. */
  readonly nature: 'penalites' | 'interets';
  /** Accrued at the date (the calculators' `montant`). */
  readonly montant: Euros;
  /** Part of the payments imputed on it (C. civ. 1343-1 by default). */
  readonly impute: Euros;
  /** Still due. */
  readonly du: Euros;
  readonly joursDeRetard: number;
  readonly periodes: readonly PeriodeAccrual[];
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

/**
 * The penalties (or legal interest) of `creance` on `debiteur` at `date`: `situationCreance(...).penalites`
 * for a professional or a public buyer, `.interets` for a consumer or a non-professional. The claim's
 * `montantTTC`, `tauxPenalites`, `paiements` and `avoirs`, and the debtor's `type` and
 * `procedureCollective` are read for you.
 *
 * @param creance - the claim
 * @param debiteur - its debtor
 * @param date - the last day that accrues, `YYYY-MM-DD`
 * @param options - `situationCreance`'s options (e.g. `dateMiseEnDemeure` for a consumer)
 * @returns the accrued amount with its periods, what payments covered and what is still due
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field; `BAREME_MANQUANT` with
 * `options.siBaremeManquant: 'erreur'` (default `'minimum'`, as `situationCreance`)
 * @example
 * ```ts
 * import { penalitesCreance } from 'recouvrement';
 *
 * const p = penalitesCreance(
 *   { id: 'F1', numeroFacture: '2025-001', montantTTC: '10000.00', dateFacture: '2025-05-01', dateEcheance: '2025-05-31',
 *     paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   '2025-08-14',
 * );
 * console.log(p.nature, p.montant, p.periodes.map((x) => x.tauxAnnuel).join(' / '));
 * //=> 'penalites' '257.87' '13.15 / 12.15'
 * ```
 */
export function penalitesCreance(creance: Creance | CreanceEntree, debiteur: Debiteur | DebiteurEntree, date: DateISO, options?: OptionsSituation): PenalitesCreance {
  const s = situationCreance(creance, debiteur, date, options);
  const interets = s.interets.reclame || s.penalites.mode === null;
  const a = interets ? s.interets : s.penalites;
  return {
    nature: interets ? 'interets' : 'penalites',
    montant: a.couru,
    impute: a.impute,
    du: a.du,
    joursDeRetard: a.joursDeRetard,
    periodes: a.periodes,
    avertissements: s.avertissements,
    references: a.references,
  };
}
