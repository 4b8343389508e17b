/**
 * Injonction de payer européenne — Règlement (CE) n° 1896/2006 (CPC art. 1424-1 to 1424-15 in France).
 *
 * For cross-border pecuniary claims in civil and commercial matters that are due and quantified, with no
 * amount cap. Denmark is not bound. The debtor has 30 days from service to oppose (form F); without
 * opposition the court declares the order enforceable (form G), with no exequatur in other member states.
 * In France the tribunal judiciaire handles civil claims and the president of the tribunal de commerce
 * commercial ones. Applicable since 12 December 2008 (date UNCONFIRMED in the project's sources).
 */
import type { DateISO } from '../socle/date-iso.js';
import {
  condition,
  conditionExigible,
  conditionMontant,
  conditionProcedureCollective,
  conditionTransfrontaliere,
  lireDemande,
  lireOptions,
  lirePays,
  verdict,
  type JuridictionNationale,
} from './internes.js';
import type { CreanceEligibilite, DebiteurEligibilite, VerdictEligibilite } from './types.js';

/** Options of {@link eligibiliteInjonctionDePayerEuropeenne}. */
export interface OptionsProcedureEuropeenne {
  /** The creditor's country, ISO 3166 alpha-2 (default `'FR'`). */
  readonly paysCreancier?: string;
}

/** Result of {@link eligibiliteInjonctionDePayerEuropeenne}. */
export interface ResultatInjonctionDePayerEuropeenne extends VerdictEligibilite {
  /** Which French court would hear it if a French court is competent (EU jurisdiction rules, not modelled); `null` when not eligible. */
  readonly juridictionSiFrance: JuridictionNationale | null;
}

const REG_1896_2006 = 'Règlement (CE) n° 1896/2006';
/** 2008-12-12 (UNCONFIRMED). */
const JOUR_1896 = 14_225;

/**
 * Says whether the creditor may use the European order for payment on a given day.
 *
 * Conditions, in order: the regulation applies at `date` (from 2008-12-12, UNCONFIRMED); a cross-border
 * case — creditor (`options.paysCreancier`, default FR) and debtor in two different member states, neither
 * Denmark (the French overseas departments count as France); a quantified sum still owed; exigible (from
 * the due date, inclusive); no French collective proceedings forbidding the action (C. com. L622-21).
 * No amount cap. A disputed claim stays eligible, with a warning that an opposition ends the procedure.
 *
 * @param creance - the claim (validated with `creanceSchema`)
 * @param debiteur - the debtor (validated with `debiteurSchema`)
 * @param date - the day of the application
 * @param options - `paysCreancier`
 * @returns the verdict and, when eligible, the French court that would hear it
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path
 * @example
 * ```ts
 * import { eligibiliteInjonctionDePayerEuropeenne, type CreanceEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2025-001', montantTTC: '25000.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };
 * eligibiliteInjonctionDePayerEuropeenne(creance, { id: 'D1', type: 'professionnel', denomination: 'GmbH', pays: 'DE' }, '2025-03-01').eligible;
 * //=> true
 * ```
 */
export function eligibiliteInjonctionDePayerEuropeenne(
  creance: CreanceEligibilite,
  debiteur: DebiteurEligibilite,
  date: DateISO,
  options?: OptionsProcedureEuropeenne,
): ResultatInjonctionDePayerEuropeenne {
  const { c, d, jour, e } = lireDemande(creance, debiteur, date);
  lireOptions(options, ['paysCreancier']);
  const paysCreancier = lirePays(options?.paysCreancier, 'paysCreancier');
  const avertissements: string[] = [];

  const existe =
    jour >= JOUR_1896
      ? condition('procedure-existante', true, 'Le règlement (CE) n° 1896/2006 est applicable (depuis le 12 décembre 2008).', REG_1896_2006)
      : condition('procedure-existante', false, 'Le règlement (CE) n° 1896/2006 n’est applicable qu’à compter du 12 décembre 2008.', REG_1896_2006);
  if (jour < JOUR_1896 + 366) avertissements.push('Date d’application du règlement (CE) n° 1896/2006 (12 décembre 2008) NON CONFIRMÉE dans les sources du projet.');

  const conditions = [
    existe,
    conditionTransfrontaliere(paysCreancier, d.pays, REG_1896_2006),
    conditionMontant(e),
    conditionExigible(e),
    conditionProcedureCollective(c, d, jour, avertissements),
  ];
  if (c.contestee) {
    avertissements.push('Créance contestée : une opposition du débiteur (formulaire F, dans les 30 jours de la signification) empêche que l’injonction soit déclarée exécutoire (formulaire G).');
  }
  const eligible = conditions.every((x) => x.remplie);
  let juridictionSiFrance: JuridictionNationale | null = null;
  if (eligible) {
    juridictionSiFrance = c.nature === 'commerciale' && d.commercant !== false && d.type === 'professionnel' ? 'tribunal-de-commerce' : 'tribunal-judiciaire';
    avertissements.push(
      'La juridiction compétente se détermine selon les règles européennes de compétence (non modélisé) ; en France : tribunal judiciaire en matière civile, président du tribunal de commerce en matière commerciale.',
    );
  }
  return { ...verdict(conditions, ['CPC art. 1424-1'], avertissements), juridictionSiFrance };
}
