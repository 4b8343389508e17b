/**
 * What a reminder claims on a claim at a date — the library's one rule, read by the machine's actions
 * (`prochainesActions`: a reminder's or a mise en demeure's `montant`), the debtor's view
 * (`prochainesActionsDebiteur`: `CreanceCouverte.montantReclame`) and the letters (`genererLettre`:
 * `montants.total` of an invoice), so that an action and the letter it proposes state one amount.
 */
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import type { EcheanceSituation, SituationCreance } from './types.js';

/** Result of {@link montantReclame}: what a reminder claims, and what it leaves out. */
export interface MontantReclame {
  /** `totalDu − horsReclamation − conteste`, floored at 0. */
  readonly reclame: Euros;
  /** The instalments not yet late whose principal is still due, listed "à échoir" (the statement's own objects, in order). */
  readonly echeancesAEchoir: readonly EcheanceSituation[];
  /** The sum of their principal due, left out of the claim. */
  readonly horsReclamation: Euros;
  /** The disputed part left out (`'0.00'` without a partial dispute). */
  readonly conteste: Euros;
  /** `true` when the claim is not the whole `totalDu`: instalments left out, or a disputed part given. */
  readonly partiel: boolean;
}

/**
 * What a reminder (relance, mise en demeure) claims on a claim, from its statement at the date:
 * - what the claim owes: the statement's `totalDu` (`situationCreance`, never computed again here);
 * - for an invoice in instalments (`Creance.echeances`) once a due date has passed (`enRetard`), less the
 *   principal still due of the instalments not yet late: a term suspends exigibility, so they are not claimed
 *   but listed "à échoir" (C. civ. 1305, 1305-2 — the library's reading, UNCONFIRMED: the legal reference states
 *   the rule, "exigible: the term has fallen due", not the articles). Their accessories are nil: none accrue
 *   before their due date. Before the first due date nothing is left out (a pre-due reminder recalls the whole);
 * - less `conteste`, the disputed part of an open partial dispute (the machine's `LITIGE_OUVERT` with
 *   `montantConteste`): only the disputed part is suspended, the rest is claimed (a design choice of this
 *   library, not a rule of law). Floored at 0.
 *
 * With one instalment (no `echeances`) and no dispute: `totalDu`, unchanged.
 *
 * @param situation - the claim's statement at the date (`situationCreance`)
 * @param conteste - the disputed amount of an open partial dispute (default: none)
 * @returns the amount claimed, the instalments left out and their principal
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `situation` is not a statement or `conteste` not an amount >= 0
 * @example
 * ```ts
 * import { montantReclame, situationCreance } from 'recouvrement';
 * // 1 200 € in three instalments of 400 €; on 20 February 2025 the first one is late.
 * const s = situationCreance(
 *   { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-04-14',
 *     echeances: [{ date: '2025-02-14', montant: '400.00' }, { date: '2025-03-14', montant: '400.00' }, { date: '2025-04-14', montant: '400.00' }],
 *     paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   '2025-02-20',
 * );
 * s.totalDu; //=> '1240.86'
 * const r = montantReclame(s);
 * r.reclame; //=> '440.86' (instalment 1, 0.86 € of penalties, the 40 €)
 * r.echeancesAEchoir.map((e) => e.date); //=> ['2025-03-14', '2025-04-14']
 * montantReclame(s, '100.00').reclame; //=> '340.86' (100 € disputed)
 * ```
 */
export function montantReclame(situation: Pick<SituationCreance, 'totalDu' | 'enRetard' | 'echeances'>, conteste: EntreeEuros | null = null): MontantReclame {
  if (typeof situation !== 'object' || situation === null) entreeInvalide(['situation'], 'relevé de situationCreance attendu', 'invalid_type');
  const total = lireEuros(situation.totalDu, ['situation', 'totalDu']);
  if (typeof situation.enRetard !== 'boolean') entreeInvalide(['situation', 'enRetard'], 'booléen attendu', 'invalid_type');
  if (!Array.isArray(situation.echeances)) entreeInvalide(['situation', 'echeances'], 'tableau attendu', 'invalid_type');
  const echeancesAEchoir = situation.enRetard ? situation.echeances.filter((e) => !e.enRetard && e.principalDu !== '0.00') : [];
  const hors = echeancesAEchoir.reduce((t, e) => t + lireEuros(e.principalDu, ['situation', 'echeances', situation.echeances.indexOf(e), 'principalDu']), 0);
  const c = conteste === null ? 0 : lireEuros(conteste, ['conteste']);
  return {
    reclame: formaterEuros(Math.max(0, total - hors - c)),
    echeancesAEchoir,
    horsReclamation: formaterEuros(hors),
    conteste: formaterEuros(c),
    partiel: echeancesAEchoir.length > 0 || conteste !== null,
  };
}
