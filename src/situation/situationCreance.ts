/**
 * The statement of one claim at a date (situation de la créance): the one computation of what a debtor owes
 * — principal, penalties (C. com. L441-10 II; C. commande publique R2192-31), legal interest (C. civ. 1231-6,
 * 1344-1; CMF L313-3), the 40 € (D441-5) — and of how every payment was imputed (C. civ. 1343-1). The
 * machine's `situationFinanciere`, every letter and `releveDeCompte` are computed by it. Rules:
 * docs/situation.md.
 */
import type { Creance, CreanceEntree } from '../entites/creance.js';
import type { Debiteur, DebiteurEntree } from '../entites/debiteur.js';
import type { DateISO } from '../socle/date-iso.js';
import { calculerSituation } from './internes/calcul.js';
import { lireCreance, lireDateIso, lireDebiteur, lireOptionsSituation } from './internes/lecture.js';
import type { OptionsSituation, SituationCreance } from './types.js';

/**
 * What `debiteur` owes on `creance` at `date` (inclusive), component by component, with the imputation of
 * every payment dated on or before `date`.
 *
 * - Principal: `montantTTC` minus the credit notes (`avoirs`) dated on or before `date` — a credit note
 *   corrects the invoice from the start (a reading: docs/situation.md).
 * - Accessories by `debiteur.type`: a professional owes L441-10 penalties (the claim's `tauxPenalites`,
 *   default ECB + 10) and the 40 €; a public buyer intérêts moratoires (ECB + 8, R2192-31) and the 40 €; a
 *   consumer or a non-professional legal interest from `options.dateMiseEnDemeure` only, never the 40 €.
 * - The 40 € is owed iff at least one day of delay ran on a positive balance after the due date.
 * - `creance.echeances` (an invoice in instalments): penalties and interest per instalment from its own due
 *   date; payments on the invoice's accessories, then on the instalments in due-date order (C. civ.
 *   1342-10); the 40 € once per invoice (D441-5); `echeances` in the result shows each instalment.
 * - `creance.paiements[].annulation` (the library's reading, UNCONFIRMED, stated in `avertissements`): a
 *   rejected direct debit or a bounced cheque is read as never made; a refund counts until its day.
 * - `options.periodesSansAccessoires`: days on which penalties and interest do not accrue (the 40 € stays).
 * - `creance.clausePenale` (C. civ. 1231-5): a separate block `clausePenale` — `max(pourcentage × base,
 *   minimum)` on what was due at `exigibleA` — beside `totalDu`, never in it nor imputed (the judge may
 *   moderate it); flagged for a consumer (abusive clauses, UNCONFIRMED). See docs/situation.md.
 * - `debiteur.procedureCollective`: penalties and interest stop the day before the opening judgment
 *   (C. com. L622-28); the 40 € is excluded for a claim falling due on or after it (L441-10 II).
 * - Payments: C. civ. 1343-1 by default (accessories accrued at the payment's date first, then principal);
 *   `options.imputation: 'principal-d-abord'` is the common commercial practice, a stated choice.
 * - A day the legal tables do not cover (`options.siBaremeManquant`): by default (`'minimum'`) penalties and
 *   interest up to the last covered day (`calculeJusquau`), the 40 € kept, `accessoiresConnus: false` and an
 *   avertissement saying the total is a minimum — never a smaller total than on an earlier date; a payment
 *   on such a day is imputed on the accessories known at its date (C. civ. 1343-1), then on the principal.
 *   `'erreur'` throws `BAREME_MANQUANT` instead (what the letters and `releveDeCompte` do).
 *
 * @param creance - the claim (validated with `creanceSchema`; amounts may be numbers)
 * @param debiteur - its debtor (validated with `debiteurSchema`)
 * @param date - the statement's date, `YYYY-MM-DD`
 * @param options - tables, day-count basis, imputation rule, mise en demeure, decision, accessories claimed,
 * waiver, what to do when the tables end (`siBaremeManquant`)
 * @returns the statement: `principalDu`, `penalites`, `interets`, `indemnite` (each accrued / imputed / due,
 * with periods and articles), the imputation of each payment, `totalDu`, `accessoiresConnus`,
 * `calculeJusquau`, `avertissements`, `references` — JSON-safe
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field (`['creance', 'paiements', 0,
 * 'date']`, `['date']`, `['options', 'imputation']`…); `BAREME_MANQUANT` when the tables do not cover a day
 * of the accrual and `options.siBaremeManquant` is `'erreur'`
 * @example
 * ```ts
 * import { situationCreance } from 'recouvrement';
 *
 * // 1 200 € due 14 February 2025, 1 200 € paid on 16 March 2025. On that day 12.97 € of penalties and the
 * // 40 € had accrued: the payment pays them first (C. civ. 1343-1); 52.97 € of principal keep bearing
 * // penalties until 30 June.
 * const s = situationCreance(
 *   { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [{ date: '2025-03-16', montant: '1200.00' }],
 *     nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   '2025-06-30',
 * );
 * console.log(s.principalDu, s.penalites.couru, s.indemnite.du, s.totalDu);
 * //=> '52.97' '14.99' '0.00' '54.99'
 * console.log(s.imputation.paiements[0]?.penalites, s.imputation.paiements[0]?.indemnite, s.imputation.paiements[0]?.principal);
 * //=> '12.97' '40.00' '1147.03'
 *
 * // After the last day the tables cover (31 December 2026 for ECB + 10): a stated minimum, or with
 * // { siBaremeManquant: 'erreur' } a BAREME_MANQUANT error.
 * const impayee = { id: 'F2', numeroFacture: '2026-042', montantTTC: '10000.00', dateFacture: '2026-05-31',
 *   dateEcheance: '2026-06-30', paiements: [], nature: 'commerciale' as const, cause: 'contractuelle' as const, contestee: false };
 * const m = situationCreance(impayee, { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' }, '2027-01-10');
 * console.log(m.accessoiresConnus, m.calculeJusquau, m.indemnite.du);
 * //=> false '2026-12-31' '40.00'
 * ```
 */
export function situationCreance(
  creance: Creance | CreanceEntree,
  debiteur: Debiteur | DebiteurEntree,
  date: DateISO,
  options?: OptionsSituation,
): SituationCreance {
  const c = lireCreance(creance);
  const d = lireDebiteur(debiteur);
  const jour = lireDateIso(date, ['date']);
  return calculerSituation(c, d, jour, lireOptionsSituation(options));
}
