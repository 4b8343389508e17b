/**
 * Injonction de payer — CPC art. 1405 (conditions), 1406 (competent court), 1409 (the judge rejects a
 * seriously contestable claim).
 *
 * The order for payment is open to a claim with a contractual cause or arising from a statutory obligation,
 * for a determined amount (1405 1°). The request goes to the court of the place where the debtor lives
 * (1406, ordre public): the president of the tribunal de commerce for a commercial claim against a trader
 * (C. com. L721-3), otherwise the tribunal judiciaire (its president, or the juge des contentieux de la
 * protection). A debtor living outside France cannot be summoned this way: the European order for payment
 * (Reg. (CE) n° 1896/2006) is the route within the EU.
 */
import { MESSAGES } from '../socle/messages.js';
import { refuserClesInconnues } from '../socle/cles.js';
import type { DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import {
  UE,
  condition,
  conditionCause,
  conditionExigible,
  conditionMontant,
  conditionNonContestee,
  conditionJugeJudiciaire,
  conditionProcedureCollective,
  enFrance,
  estPersonnePublique,
  AVERTISSEMENT_CONTRAT_PRIVE,
  juridictionNationale,
  lireDemande,
  verdict,
  type JuridictionNationale,
  type QualiteCreancier,
} from './internes.js';
import type { CreanceEligibilite, DebiteurEligibilite, VerdictEligibilite } from './types.js';

/** Options of {@link eligibiliteInjonctionDePayer}. */
export interface OptionsInjonctionDePayer {
  /**
   * The creditor's quality: with an artisan debtor, the tribunal de commerce is competent from 1 January 2022
   * when the creditor is a commerçant or an artisan (C. com. L721-3 1°). Absent: presumed, with an avertissement.
   */
  readonly creancier?: QualiteCreancier;
}

/** Result of {@link eligibiliteInjonctionDePayer}. */
export interface ResultatInjonctionDePayer extends VerdictEligibilite {
  /** The competent court when eligible, `null` otherwise. */
  readonly juridiction: JuridictionNationale | null;
  /** The procedure to use instead, when one clearly applies (a debtor in another EU member state). */
  readonly alternative: 'injonction-de-payer-europeenne' | null;
}

const CPC_1405 = 'CPC art. 1405';
const CPC_1406 = 'CPC art. 1406';
const CPC_1409 = 'CPC art. 1409';

/**
 * Says whether the creditor may ask for an injonction de payer on a given day, and before which court.
 *
 * Conditions, in order: contractual or statutory cause (1405 1°); a determined amount still owed; exigible
 * (from the due date, inclusive); not contested (1409: a seriously contestable claim is rejected, and a
 * disputed claim is treated as such); the debtor lives in France — metropolitan France or a DROM (1406,
 * territorial jurisdiction is ordre public); no collective proceedings forbidding the action (C. com.
 * L622-21); the debtor is not a public buyer — a public contract is an administrative contract
 * (C. commande publique L6): no civil injonction de payer, the route is the référé-provision before the
 * tribunal administratif (CJA R541-1). Effets de commerce (1405 2°) are not modelled.
 *
 * Court: the tribunal de commerce for a commercial claim against a commerçant, and from 1 January 2022 for an
 * artisan debtor facing a commerçant or artisan creditor (C. com. L721-3 1°); the tribunal judiciaire otherwise.
 * "Owed" is the claim's statement by `situationCreance` (credit notes, C. civ. 1343-1).
 *
 * @param creance - the claim (validated with `creanceSchema`)
 * @param debiteur - the debtor (validated with `debiteurSchema`)
 * @param date - the day of the request
 * @param options - the creditor's quality (`creancier: { commercant?, artisan? }`)
 * @returns the verdict, the competent court (`null` when not eligible) and an alternative procedure
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path (`['debiteur', 'siren']`…)
 * @example
 * ```ts
 * import { eligibiliteInjonctionDePayer, type CreanceEligibilite, type DebiteurEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };
 * const debiteur: DebiteurEligibilite = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', commercant: true };
 * eligibiliteInjonctionDePayer(creance, debiteur, '2025-03-01').juridiction; //=> 'tribunal-de-commerce'
 * eligibiliteInjonctionDePayer(creance, { ...debiteur, pays: 'DE' }, '2025-03-01').alternative;
 * //=> 'injonction-de-payer-europeenne'
 * ```
 */
export function eligibiliteInjonctionDePayer(
  creance: CreanceEligibilite,
  debiteur: DebiteurEligibilite,
  date: DateISO,
  options?: OptionsInjonctionDePayer,
): ResultatInjonctionDePayer {
  const { c, d, jour, e } = lireDemande(creance, debiteur, date);
  const avertissements: string[] = [];
  if (options !== undefined && (typeof options !== 'object' || options === null)) entreeInvalide(['options'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(options, ['creancier'], ['options']);
  if (options?.creancier !== undefined) {
    const q: unknown = options.creancier;
    if (typeof q !== 'object' || q === null) entreeInvalide(['options', 'creancier'], 'objet { commercant?, artisan? } attendu', 'invalid_type');
    refuserClesInconnues(q, ['commercant', 'artisan'], ['options', 'creancier']);
    for (const k of ['commercant', 'artisan'] as const) {
      const v: unknown = (q as QualiteCreancier)[k];
      if (v !== undefined && typeof v !== 'boolean') entreeInvalide(['options', 'creancier', k], MESSAGES.booleenAttendu, 'invalid_type');
    }
  }

  const france = enFrance(d.pays);
  const europeen = !france && UE.has(d.pays) && d.pays !== 'DK';
  const lieu = france
    ? condition('debiteur-en-france', true, 'Le débiteur demeure en France : la juridiction de son domicile est compétente.', CPC_1406)
    : condition(
        'debiteur-en-france',
        false,
        europeen
          ? `Le débiteur demeure hors de France (${d.pays}) : utilisez l’injonction de payer européenne (règlement (CE) n° 1896/2006).`
          : `Le débiteur demeure hors de France (${d.pays}) : la juridiction française du domicile du débiteur n’existe pas ; procédure à engager selon le droit du pays (non modélisé).`,
        CPC_1406,
      );

  const conditions = [
    conditionCause(c, CPC_1405),
    conditionMontant(e),
    conditionExigible(e),
    conditionNonContestee(c, CPC_1409, 'le juge rejette la requête si la créance paraît sérieusement contestable'),
    lieu,
    conditionProcedureCollective(c, d, jour, avertissements),
    conditionJugeJudiciaire(d, 'injonction de payer devant le juge judiciaire'),
  ];
  const refs: string[] = [];
  let juridiction: JuridictionNationale | null = null;
  if (conditions.every((x) => x.remplie)) {
    const j = juridictionNationale(c, d, jour, avertissements, options?.creancier);
    juridiction = j.juridiction;
    conditions.push(condition('juridiction', true, j.motif, CPC_1406));
    if (j.reference !== null) refs.push(j.reference);
  }
  if (estPersonnePublique(d)) avertissements.push(AVERTISSEMENT_CONTRAT_PRIVE);
  const v = verdict(conditions, refs, avertissements);
  return { ...v, juridiction, alternative: europeen ? 'injonction-de-payer-europeenne' : null };
}
