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
 *
 * A claim whose principal is paid but whose accessories are due (`accessoiresSeuls`, see `verifierCreance`)
 * is checked as a claim of its own: its amount, the accessories due, is determined (1405 1°) because the law
 * fixes each of them from the claim's elements (C. com. L441-10 II, D441-5; C. civ. 1231-6); the request must
 * break it down (CPC 1407). The injonction de payer has no ceiling.
 */
import { MESSAGES } from '../socle/messages.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { formaterEuros, type Euros } from '../socle/euros.js';
import type { RegleImputation } from '../situation/types.js';
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
  detailAccessoires,
  enFrance,
  eur,
  lireImputation,
  estPersonnePublique,
  AVERTISSEMENT_CONTRAT_PRIVE,
  juridictionNationale,
  lireDemande,
  verdict,
  avertissementAEchoir,
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
  /** How payments are imputed (default `'legale'`, C. civ. 1343-1), as `situationCreance` takes it. */
  readonly imputation?: RegleImputation;
  /** The day of a mise en demeure: legal interest runs from it for a consumer or non-professional (C. civ. 1231-6, 1344-1). */
  readonly dateMiseEnDemeure?: DateISO;
}

/** Result of {@link eligibiliteInjonctionDePayer}. */
export interface ResultatInjonctionDePayer extends VerdictEligibilite {
  /** The competent court when eligible, `null` otherwise. */
  readonly juridiction: JuridictionNationale | null;
  /** The procedure to use instead, when one clearly applies (a debtor in another EU member state). */
  readonly alternative: 'injonction-de-payer-europeenne' | null;
  /**
   * What the request would claim on the day: everything due (`situationCreance(...).totalDu`) — for an invoice
   * in instalments, the exigible part only: the instalments due and the accessories (C. civ. 1305-2, see
   * `verifierCreance`).
   */
  readonly montant: Euros;
  /** The principal is paid and accessories are due: the request is for the accessories alone (`montant`). */
  readonly accessoiresSeuls: boolean;
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
 * @param options - the creditor's quality (`creancier: { commercant?, artisan? }`), the imputation of payments
 * (`imputation`, default C. civ. 1343-1) and the day of a mise en demeure (`dateMiseEnDemeure`)
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
  if (options !== undefined && (typeof options !== 'object' || options === null)) entreeInvalide(['options'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(options, ['creancier', 'imputation', 'dateMiseEnDemeure'], ['options']);
  const imputation = lireImputation(options?.imputation);
  if (options?.dateMiseEnDemeure !== undefined) lireDate(options.dateMiseEnDemeure, ['options', 'dateMiseEnDemeure']);
  const { c, d, jour, e } = lireDemande(creance, debiteur, date, { imputation, dateMiseEnDemeure: options?.dateMiseEnDemeure });
  const avertissements: string[] = [];
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
  if (e.accessoiresSeuls) {
    avertissements.push(
      `Créance d’accessoires seuls (principal payé) : la requête réclame ${eur(e.accessoires)} — ${detailAccessoires(e)} ; elle doit en détailler le calcul (taux, périodes, assiette) et joindre les pièces (CPC 1407).`,
    );
  }
  if (e.aEchoir > 0) avertissements.push(avertissementAEchoir(e));
  const v = verdict(conditions, refs, avertissements);
  return { ...v, juridiction, alternative: europeen ? 'injonction-de-payer-europeenne' : null, montant: formaterEuros(e.duExigible), accessoiresSeuls: e.accessoiresSeuls };
}
