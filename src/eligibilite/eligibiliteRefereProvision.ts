/**
 * Référé-provision — CPC art. 835 al. 2 (président du tribunal judiciaire) and 873 al. 2 (président du
 * tribunal de commerce); against a public buyer, CJA art. R541-1 (juge des référés du tribunal
 * administratif: a public contract is administrative, C. commande publique L6).
 *
 * "Dans les cas où l'existence de l'obligation n'est pas sérieusement contestable", the president sitting in
 * référé may grant the creditor a provision, up to the amount that is not seriously contestable. No urgency
 * is required, and any cause of claim qualifies. The order is provisionally enforceable. A demande en
 * justice, even in référé, interrupts prescription (C. civ. 2241).
 */
import type { DateISO } from '../socle/date-iso.js';
import { formaterEuros, type Euros } from '../socle/euros.js';
import {
  condition,
  conditionExigible,
  conditionMontant,
  conditionNonContestee,
  conditionProcedureCollective,
  enFrance,
  estPersonnePublique,
  AVERTISSEMENT_CONTRAT_PRIVE,
  CJA_R541_1,
  LOI_80_539,
  juridictionNationale,
  lireDemande,
  verdict,
  avertissementAEchoir,
  type JuridictionNationale,
} from './internes.js';
import type { CreanceEligibilite, DebiteurEligibilite, VerdictEligibilite } from './types.js';

/** Result of {@link eligibiliteRefereProvision}. */
export interface ResultatRefereProvision extends VerdictEligibilite {
  /**
   * Who hears the référé, when eligible: the president of a civil court (debtor in France), or, against a
   * public buyer, the juge des référés of the tribunal administratif (CJA R541-1); `null` otherwise.
   */
  readonly juridiction: JuridictionNationale | 'tribunal-administratif' | null;
  /**
   * The most the provision can reach: everything still due at `date` (principal and the accessories owed de
   * plein droit, as `situationCreance` states them) when eligible, else "0.00". For an invoice in instalments,
   * the exigible part only: the instalments due and the accessories (C. civ. 1305-2, see `verifierCreance`).
   */
  readonly provisionMaximale: Euros;
}

const CPC_835 = 'CPC art. 835 al. 2';
const CPC_873 = 'CPC art. 873 al. 2';

/**
 * Says whether the creditor may ask for a référé-provision on a given day.
 *
 * Conditions, in order: a determined amount still owed; exigible (from the due date, inclusive); the
 * obligation is not seriously contestable — a claim the debtor disputes is treated as contestable (the
 * judge decides whether the dispute is serious; the defendant bears that proof); no collective
 * proceedings forbidding the action (C. com. L622-21). No cause restriction, no urgency required. Against a
 * public buyer (`personne-publique`), the same conditions before the tribunal administratif (CJA R541-1:
 * "lorsque l'existence de l'obligation n'est pas sérieusement contestable"); the order is executed by
 * mandatement d'office (loi n° 80-539), never by seizure.
 *
 * @param creance - the claim (validated with `creanceSchema`)
 * @param debiteur - the debtor (validated with `debiteurSchema`)
 * @param date - the day of the assignation en référé
 * @returns the verdict, the court whose president hears it and the maximum provision
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field
 * @example
 * ```ts
 * import { eligibiliteRefereProvision, type CreanceEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [{ date: '2025-02-20', montant: '200.00' }],
 *   nature: 'civile', cause: 'autre', contestee: false };
 * const r = eligibiliteRefereProvision(creance, { id: 'D1', type: 'consommateur', denomination: 'M. Martin' }, '2025-03-01');
 * [r.eligible, r.juridiction, r.provisionMaximale]; //=> [true, 'tribunal-judiciaire', '1000.00']
 * ```
 */
export function eligibiliteRefereProvision(creance: CreanceEligibilite, debiteur: DebiteurEligibilite, date: DateISO): ResultatRefereProvision {
  const { c, d, jour, e } = lireDemande(creance, debiteur, date);
  const avertissements: string[] = [
    'Aucune urgence n’est requise ; la provision est limitée au montant non sérieusement contestable, et c’est au défendeur de prouver la contestation sérieuse.',
  ];
  const conditions = [
    conditionMontant(e),
    conditionExigible(e),
    conditionNonContestee(c, estPersonnePublique(d) ? CJA_R541_1 : CPC_835, 'l’obligation risque d’être jugée sérieusement contestable, ce qui exclut la provision'),
    conditionProcedureCollective(c, d, jour, avertissements),
  ];
  const eligible = conditions.every((x) => x.remplie);
  let juridiction: ResultatRefereProvision['juridiction'] = null;
  const refs: string[] = [];
  if (eligible && estPersonnePublique(d)) {
    juridiction = 'tribunal-administratif';
    refs.push(CJA_R541_1, LOI_80_539);
    conditions.push(
      condition(
        'juridiction',
        true,
        'Juge des référés du tribunal administratif : le marché public est un contrat administratif (C. commande publique L6) ; provision lorsque l’existence de l’obligation n’est pas sérieusement contestable (CJA R541-1). L’ordonnance s’exécute par mandatement ou ordonnancement d’office (loi n° 80-539 du 16 juillet 1980), jamais par saisie (CGPPP L2311-1).',
        CJA_R541_1,
      ),
    );
    avertissements.push(AVERTISSEMENT_CONTRAT_PRIVE);
  } else if (eligible && enFrance(d.pays)) {
    const j = juridictionNationale(c, d, jour, avertissements);
    juridiction = j.juridiction;
    refs.push(j.juridiction === 'tribunal-de-commerce' ? CPC_873 : CPC_835);
    conditions.push(condition('juridiction', true, `Président ${j.juridiction === 'tribunal-de-commerce' ? 'du tribunal de commerce' : 'du tribunal judiciaire'} statuant en référé. ${j.motif}`, j.juridiction === 'tribunal-de-commerce' ? CPC_873 : CPC_835));
  } else if (eligible) {
    avertissements.push(`Débiteur établi hors de France (${d.pays}) : la compétence internationale du juge des référés français n’est pas modélisée.`);
  }
  if (e.aEchoir > 0) avertissements.push(avertissementAEchoir(e));
  const v = verdict(conditions, refs, avertissements);
  return { ...v, juridiction, provisionMaximale: formaterEuros(v.eligible ? e.duExigible : 0) };
}
