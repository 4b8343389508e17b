/**
 * Règlement européen des petits litiges — Règlement (CE) n° 861/2007, amended by Règlement (UE) 2015/2421
 * (CPC art. 1382 to 1391 in France).
 *
 * Applicable since 1 January 2009 to cross-border civil and commercial claims up to a threshold: 2 000 €,
 * raised to 5 000 € from 14 July 2017 (Reg. 2015/2421). Whether the threshold excludes interest and costs
 * is UNCONFIRMED in the project's sources; the library compares the outstanding principal and says so.
 */
import { baremesParDefaut } from '../baremes/donnees.js';
import { compilerBaremes, indexEnVigueur } from '../baremes/compiler.js';
import type { Baremes } from '../baremes/types.js';
import type { DateISO } from '../socle/date-iso.js';
import { formaterEuros, type Euros } from '../socle/euros.js';
import {
  condition,
  conditionExigible,
  conditionMontant,
  conditionProcedureCollective,
  conditionTransfrontaliere,
  eur,
  iso,
  lireDemande,
  lireOptions,
  lirePays,
  verdict,
} from './internes.js';
import type { CreanceEligibilite, DebiteurEligibilite, VerdictEligibilite } from './types.js';

/** Options of {@link eligibiliteReglementPetitsLitigesEuropeen}. */
export interface OptionsPetitsLitigesEuropeens {
  /** Legal tables (default `baremesParDefaut`): the thresholds come from `baremes.petitsLitigesEuropeens`. */
  readonly baremes?: Baremes;
  /** The creditor's country, ISO 3166 alpha-2 (default `'FR'`). */
  readonly paysCreancier?: string;
}

/** Result of {@link eligibiliteReglementPetitsLitigesEuropeen}. */
export interface ResultatPetitsLitigesEuropeens extends VerdictEligibilite {
  /** The threshold in force at `date`; `null` before the regulation applied (2009-01-01). */
  readonly plafond: Euros | null;
  /** The amount compared: the outstanding principal at `date` (for an invoice in instalments, of the instalments due: C. civ. 1305-2). */
  readonly montantCompare: Euros;
}

const REG_861_2007 = 'Règlement (CE) n° 861/2007';

/**
 * Says whether a claim fits the European small claims procedure on a given day.
 *
 * Conditions, in order: the regulation applies at `date` (from 2009-01-01); a cross-border case (creditor
 * and debtor in two different member states, neither Denmark — UNCONFIRMED for this regulation in the
 * project's sources); a sum still owed; exigible (from the due date, inclusive); outstanding principal ≤ the
 * threshold in force at `date` (2 000.00 € before 2017-07-14, 5 000.00 € from that day; exactly at the
 * threshold is eligible); no French collective proceedings forbidding the action.
 *
 * @param creance - the claim (validated with `creanceSchema`)
 * @param debiteur - the debtor (validated with `debiteurSchema`)
 * @param date - the day the claim form is lodged
 * @param options - `baremes`, `paysCreancier`
 * @returns the verdict, the threshold and the amount compared
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path
 * @example
 * ```ts
 * import { eligibiliteReglementPetitsLitigesEuropeen, type CreanceEligibilite, type DebiteurEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2017-001', montantTTC: '4000.00', dateFacture: '2017-05-01',
 *   dateEcheance: '2017-06-01', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };
 * const debiteur: DebiteurEligibilite = { id: 'D1', type: 'professionnel', denomination: 'SA', pays: 'BE' };
 * eligibiliteReglementPetitsLitigesEuropeen(creance, debiteur, '2017-07-13').plafond; //=> '2000.00'
 * eligibiliteReglementPetitsLitigesEuropeen(creance, debiteur, '2017-07-14').eligible; //=> true
 * ```
 */
export function eligibiliteReglementPetitsLitigesEuropeen(
  creance: CreanceEligibilite,
  debiteur: DebiteurEligibilite,
  date: DateISO,
  options?: OptionsPetitsLitigesEuropeens,
): ResultatPetitsLitigesEuropeens {
  const { c, d, jour, e } = lireDemande(creance, debiteur, date);
  lireOptions(options, ['baremes', 'paysCreancier']);
  const paysCreancier = lirePays(options?.paysCreancier, 'paysCreancier');
  const tables = options?.baremes ?? baremesParDefaut;
  const b = compilerBaremes(tables);
  const avertissements: string[] = [
    'Le plafond est comparé au principal restant dû : que les intérêts et frais en soient exclus est NON CONFIRMÉ dans les sources du projet.',
  ];

  const i = indexEnVigueur(b.petitsLitigesEuropeens, jour);
  const seuil = i >= 0 ? b.petitsLitigesEuropeens[i]! : undefined;
  const source = (seuil && tables.petitsLitigesEuropeens[i]?.source) || REG_861_2007;
  if (seuil && !seuil.confirme) avertissements.push(`Plafond NON CONFIRMÉ : ${seuil.libelle}.`);
  if (etatDanois(paysCreancier, d.pays)) avertissements.push('Exclusion du Danemark du règlement n° 861/2007 NON CONFIRMÉE dans les sources du projet.');
  const premier = b.petitsLitigesEuropeens[0];

  const conditions = [
    seuil
      ? condition('procedure-existante', true, `Le règlement européen des petits litiges est applicable au ${iso(jour)}.`, REG_861_2007)
      : condition('procedure-existante', false, `Le règlement européen des petits litiges n’est applicable qu’à compter du ${premier ? iso(premier.du) : '2009-01-01'}.`, REG_861_2007),
    conditionTransfrontaliere(paysCreancier, d.pays, REG_861_2007),
    conditionMontant(e),
    conditionExigible(e),
    seuil
      ? e.resteExigible <= seuil.centimes
        ? condition('plafond', true, `Principal restant ${eur(e.resteExigible)} ≤ plafond de ${eur(seuil.centimes)}.`, source)
        : condition('plafond', false, `Principal restant ${eur(e.resteExigible)} > plafond de ${eur(seuil.centimes)}.`, source)
      : condition('plafond', false, 'Aucun plafond en vigueur : le règlement ne s’applique pas encore.', null),
    conditionProcedureCollective(c, d, jour, avertissements),
  ];
  const v = verdict(conditions, ['CPC art. 1382'], avertissements);
  return { ...v, plafond: seuil ? formaterEuros(seuil.centimes) : null, montantCompare: formaterEuros(e.resteExigible) };
}

function etatDanois(a: string, b: string): boolean {
  return a === 'DK' || b === 'DK';
}
