/**
 * Procédure simplifiée de recouvrement des petites créances — CPCE art. L125-1 and R125-1 (C. civ.
 * art. 1244-4 until 30 September 2016).
 *
 * A commissaire de justice may, at the creditor's request, recover a claim with a contractual or statutory
 * cause whose amount (principal + interest) does not exceed a threshold set by decree: 4 000 € from
 * 1 June 2016 (décret n° 2016-285), 5 000 € from 1 January 2020 (décret du 11 décembre 2019). The procedure
 * does not exist before 1 June 2016. The commissaire checks that the claim is liquide and exigible. The
 * debtor must agree within one month; all costs stay with the creditor.
 *
 * A claim whose principal is paid but whose accessories are due (`accessoiresSeuls`, see `verifierCreance`)
 * is checked as a claim of its own: the amount compared with the threshold is then everything it owes — the
 * penalties or interest and the 40 € indemnity, which is here part of the sum claimed, not an accessory of a
 * principal. The library's reading (the texts speak of principal and interest only): UNCONFIRMED, stated in
 * `avertissements`; it can only make the amount compared larger.
 */
import { MESSAGES } from '../socle/messages.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { baremesParDefaut } from '../baremes/donnees.js';
import { compilerBaremes, indexEnVigueur } from '../baremes/compiler.js';
import type { Baremes } from '../baremes/types.js';
import type { Debiteur } from '../entites/debiteur.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { baremeManquant, entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import {
  condition,
  conditionCause,
  conditionExigible,
  conditionJugeJudiciaire,
  conditionMontant,
  conditionProcedureCollective,
  debiteurPresume,
  estPersonnePublique,
  AVERTISSEMENT_CONTRAT_PRIVE,
  iso,
  etatCreance,
  eur,
  lireCreance,
  lireDebiteur,
  lireImputation,
  lireJour,
  verdict,
  avertissementAEchoir,
} from './internes.js';
import type { RegleImputation } from '../situation/types.js';
import type { CreanceEligibilite, DebiteurEligibilite, VerdictEligibilite } from './types.js';

/** Options of {@link eligibiliteProcedureSimplifiee}. */
export interface OptionsProcedureSimplifiee {
  /** Legal tables (default `baremesParDefaut`): the thresholds come from `baremes.procedureSimplifiee`. */
  readonly baremes?: Baremes;
  /**
   * Interest or penalties accrued at `date`, when the caller computed them (e.g. legal interest running
   * from a mise en demeure). Replaces the library's default (see {@link eligibiliteProcedureSimplifiee}).
   */
  readonly interets?: EntreeEuros;
  /**
   * The debtor: its type decides which accessories accrue (as in `situationCreance`), collective proceedings
   * forbid the action (C. com. L622-21), and a public buyer is refused (C. commande publique L6). Absent: a
   * debtor presumed from the claim's nature (`commerciale` → professional, otherwise a consumer or
   * non-professional, who owes legal interest only from a mise en demeure).
   */
  readonly debiteur?: DebiteurEligibilite;
  /** The day of an earlier mise en demeure: legal interest runs from it for a consumer or non-professional debtor (C. civ. 1231-6, 1344-1). */
  readonly dateMiseEnDemeure?: DateISO;
  /** How payments are imputed (default `'legale'`, C. civ. 1343-1), as `situationCreance` takes it. */
  readonly imputation?: RegleImputation;
}

/** Result of {@link eligibiliteProcedureSimplifiee}. */
export interface ResultatProcedureSimplifiee extends VerdictEligibilite {
  /** The threshold in force at `date`; `null` before 2016-06-01 (the procedure did not exist). */
  readonly plafond: Euros | null;
  /**
   * Outstanding principal at `date` (credit notes deducted, payments imputed by C. civ. 1343-1: `situationCreance`);
   * for an invoice in instalments, that of the instalments due only (C. civ. 1305-2, see `verifierCreance`).
   */
  readonly principal: Euros;
  /** Penalties or interest still due at `date` counted in the comparison (`situationCreance`; the 40 € is not interest). */
  readonly interets: Euros;
  /**
   * The amount compared with `plafond`: `principal + interets`; for a claim of accessories alone
   * (`accessoiresSeuls`), `interets` plus the 40 € (and any other accessory due).
   */
  readonly montantCompare: Euros;
  /** The principal is paid and accessories are due: the claim checked is its accessories alone. */
  readonly accessoiresSeuls: boolean;
}

const L125_1 = 'CPCE art. L125-1';
const C_CIV_1244_4 = 'C. civ. art. 1244-4 (procédure simplifiée, jusqu’au 30 septembre 2016)';
/** 2016-10-01: the procedure moved from C. civ. 1244-4 to CPCE L125-1. */
const JOUR_L125_1 = 17_075;

/**
 * Says whether a claim may go through the procédure simplifiée de recouvrement des petites créances on a
 * given day (the day the commissaire de justice is asked to start it).
 *
 * Conditions, in order: the procedure exists at `date` (from 2016-06-01); contractual or statutory cause;
 * a determined amount still owed; exigible (from the due date, inclusive); outstanding principal + accrued
 * penalties or interest ≤ the threshold in force at `date` (4 000.00 € from 2016-06-01, 5 000.00 € from
 * 2020-01-01; exactly at the threshold is eligible); with `options.debiteur`, no collective proceedings
 * forbidding the action.
 *
 * The amounts compared are the claim's statement by `situationCreance` at `date` — the library's one answer
 * to what is owed: the outstanding principal (credit notes deducted, payments imputed on the accessories
 * first, C. civ. 1343-1) plus the penalties or interest still due (`options.interets` replaces them when
 * given). Which accessories accrue follows the debtor (`options.debiteur`, else presumed from the claim's
 * nature): a professional owes the L441-10 II penalties (the claim's `tauxPenalites`, default ECB + 10); a
 * consumer or non-professional legal interest from `options.dateMiseEnDemeure` only (C. civ. 1231-6,
 * 1344-1) — none without it, with an avertissement. The 40 € indemnité forfaitaire is not interest and is not
 * counted — except for a claim of accessories alone, where it is part of the sum claimed. A public buyer is refused: the public contract is administrative (C. commande publique L6), the
 * procedure is one of the civil enforcement code.
 *
 * @param creance - the claim (validated with `creanceSchema`)
 * @param date - the day the procedure would start; it fixes the threshold (the legal rule that decides which
 *   day fixes it is UNCONFIRMED, legal reference §12.1)
 * @param options - `baremes`, `interets`, `debiteur`, `dateMiseEnDemeure`, `imputation` (default C. civ. 1343-1)
 * @returns the verdict, the threshold (`null` before 2016-06-01) and the amounts compared
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (with the path), `BAREME_MANQUANT` when the penalties must
 *   be computed for a day outside the tables and the principal alone is within the threshold (pass
 *   `options.interets` to avoid it)
 * @example
 * ```ts
 * import { eligibiliteProcedureSimplifiee, type CreanceEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2025-001', montantTTC: '4990.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'civile', cause: 'contractuelle', contestee: false };
 * const r = eligibiliteProcedureSimplifiee(creance, '2025-03-01');
 * [r.eligible, r.plafond, r.montantCompare]; //=> [true, '5000.00', '4990.00']
 * eligibiliteProcedureSimplifiee(creance, '2016-05-31').plafond; //=> null
 * ```
 */
export function eligibiliteProcedureSimplifiee(creance: CreanceEligibilite, date: DateISO, options?: OptionsProcedureSimplifiee): ResultatProcedureSimplifiee {
  const c = lireCreance(creance);
  const jour = lireJour(date);
  if (options !== undefined && (typeof options !== 'object' || options === null)) entreeInvalide(['options'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(options, ['baremes', 'interets', 'debiteur', 'dateMiseEnDemeure', 'imputation'], ['options']);
  const imputation = lireImputation(options?.imputation);
  const interetsFournis = options?.interets === undefined ? null : lireEuros(options.interets, ['options', 'interets']);
  const debiteur: Debiteur | undefined = options?.debiteur === undefined ? undefined : lireDebiteur(options.debiteur, 'debiteur');
  if (options?.dateMiseEnDemeure !== undefined) lireDate(options.dateMiseEnDemeure, ['options', 'dateMiseEnDemeure']);
  const tables = options?.baremes ?? baremesParDefaut;
  const b = compilerBaremes(tables);
  const d = debiteur ?? debiteurPresume(c);
  const e = etatCreance(c, jour, d, { baremes: options?.baremes, dateMiseEnDemeure: options?.dateMiseEnDemeure, imputation });

  const avertissements: string[] = [];
  const references: string[] = [];
  const article = jour < JOUR_L125_1 ? C_CIV_1244_4 : L125_1;

  const i = indexEnVigueur(b.procedureSimplifiee, jour);
  const seuil = i >= 0 ? b.procedureSimplifiee[i]! : undefined;
  const premier = b.procedureSimplifiee[0];
  const existe = seuil
    ? condition('procedure-existante', true, `La procédure simplifiée existe au ${iso(jour)} (plafond ${eur(seuil.centimes)}).`, article)
    : condition(
        'procedure-existante',
        false,
        `La procédure simplifiée n’existe pas au ${iso(jour)} : elle s’applique à compter du ${premier ? iso(premier.du) : '2016-06-01'}.`,
        'Loi n° 2015-990 du 6 août 2015, art. 208',
      );
  // Compiled entries keep the order of the raw table (compilerBaremes refuses unsorted tables).
  const refPlafond = (seuil && tables.procedureSimplifiee[i]?.source) || 'CPCE art. R125-1';
  if (seuil) {
    if (!seuil.confirme) avertissements.push(`Plafond NON CONFIRMÉ : ${seuil.libelle}. Vérifiez-le avant de vous en prévaloir.`);
  }

  const cause = conditionCause(c, article);
  const montant = conditionMontant(e);
  const exigible = conditionExigible(e);

  let interets = 0;
  const s = e.situation;
  if (interetsFournis !== null) {
    interets = interetsFournis;
  } else if (seuil && (e.accessoiresSeuls || (e.resteExigible > 0 && e.resteExigible <= seuil.centimes)) && jour > e.echeance) {
    if (!s.accessoiresConnus) {
      const raison = s.avertissements.find((a) => a.startsWith('Accessoires inconnus'));
      baremeManquant(raison === undefined ? 'Barèmes incomplets : intérêts inconnus à la date de la demande.' : raison.replace(/^Accessoires inconnus : /, ''));
    }
    interets = e.interets;
    for (const r of [...s.penalites.references, ...s.interets.references]) references.push(r);
    avertissements.push(...s.avertissements);
    if ((d.type === 'consommateur' || d.type === 'non-professionnel') && options?.dateMiseEnDemeure === undefined) {
      avertissements.push(
        'Intérêts non comptés : pour une créance civile ou de consommation, l’intérêt au taux légal ne court qu’à compter d’une mise en demeure (C. civ. 1231-6, 1344-1). Passez sa date dans options.dateMiseEnDemeure, ou les intérêts échus dans options.interets.',
      );
    }
  }
  // Accessories alone: the claim is every accessory due (the 40 € included), see the module comment.
  const autres = e.accessoiresSeuls ? e.accessoires - e.interets : 0;
  // Instalments not yet due are not exigible (C. civ. 1305-2): the procedure recovers, and compares, the rest.
  const compare = e.resteExigible + interets + autres;
  if (e.aEchoir > 0) avertissements.push(avertissementAEchoir(e));
  if (e.accessoiresSeuls) {
    avertissements.push(
      `Créance d’accessoires seuls (principal payé) : le montant comparé au plafond est tout ce qu’elle réclame, pénalités ou intérêts (${eur(interets)}) et indemnité forfaitaire (${eur(autres)}) — lecture de la bibliothèque, les textes visant le principal et les intérêts (NON CONFIRMÉ).`,
    );
  }
  const detail = e.accessoiresSeuls
    ? `Créance d’accessoires seuls : pénalités ou intérêts ${eur(interets)} + indemnité forfaitaire ${eur(autres)}`
    : `Principal ${e.aEchoir > 0 ? 'exigible' : 'restant'} ${eur(e.resteExigible)} + intérêts ${eur(interets)}`;
  const plafond = seuil
    ? compare <= seuil.centimes
      ? condition('plafond', true, `${detail} = ${eur(compare)} ≤ plafond de ${eur(seuil.centimes)}.`, refPlafond)
      : condition('plafond', false, `${detail} = ${eur(compare)} > plafond de ${eur(seuil.centimes)}.`, refPlafond)
    : condition('plafond', false, 'Aucun plafond en vigueur : la procédure n’existe pas encore.', null);

  if (seuil) {
    // Which day fixes the threshold is UNCONFIRMED: say so when another candidate day (the due date) would
    // give another threshold and another answer.
    const j = indexEnVigueur(b.procedureSimplifiee, e.echeance);
    const autre = j >= 0 ? b.procedureSimplifiee[j]! : undefined;
    if (autre && autre.centimes !== seuil.centimes && compare <= autre.centimes !== compare <= seuil.centimes) {
      avertissements.push(
        `Le plafond retenu est celui en vigueur au ${iso(jour)} (${eur(seuil.centimes)}) ; celui en vigueur à l’échéance (${eur(autre.centimes)}) donnerait une autre réponse. La date qui fixe le plafond n’est pas confirmée (NON CONFIRMÉ).`,
      );
    }
  }

  const conditions = [existe, cause, montant, exigible, plafond];
  if (debiteur) conditions.push(conditionProcedureCollective(c, debiteur, jour, avertissements));
  if (estPersonnePublique(debiteur)) {
    conditions.push(conditionJugeJudiciaire(debiteur, 'procédure simplifiée de recouvrement par commissaire de justice'));
    avertissements.push(AVERTISSEMENT_CONTRAT_PRIVE);
  }
  avertissements.push(
    'La procédure suppose l’accord du débiteur dans le mois de l’invitation du commissaire de justice ; les frais sont à la charge exclusive du créancier (CPCE L125-1).',
  );
  const v = verdict(conditions, references, avertissements);
  return {
    ...v,
    plafond: seuil ? formaterEuros(seuil.centimes) : null,
    principal: formaterEuros(e.resteExigible),
    interets: formaterEuros(interets),
    montantCompare: formaterEuros(compare),
    accessoiresSeuls: e.accessoiresSeuls,
  };
}
