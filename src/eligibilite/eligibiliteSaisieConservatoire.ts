/**
 * Saisie conservatoire — CPCE art. L511-1 (conditions), L511-2 (no prior authorisation), R511-2 (competent
 * judge), R511-7 (one month to obtain a title).
 *
 * "Toute personne dont la créance paraît fondée en son principe peut solliciter du juge l'autorisation de
 * pratiquer une mesure conservatoire sur les biens de son débiteur, sans commandement préalable, si elle
 * justifie de circonstances susceptibles d'en menacer le recouvrement." The claim need not be certaine,
 * liquide or exigible. No authorisation is needed with a titre exécutoire (or a decision not yet
 * enforceable), an unpaid accepted lettre de change, billet à ordre or cheque, unpaid rent under a written
 * lease, or copropriété provisions. Without a titre exécutoire, the creditor must start proceedings to obtain
 * one within one month of the measure, à peine de caducité.
 *
 * Public property cannot be seized (CGPPP L2311-1): no conservatory measure against a public person
 * (`personne-publique`); a judgment against it is executed by mandatement or ordonnancement d'office
 * (loi n° 80-539 du 16 juillet 1980). The amount secured is what `situationCreance` says is still due.
 */
import { MESSAGES } from '../socle/messages.js';
import { refuserClesInconnues } from '../socle/cles.js';
import type { DateISO } from '../socle/date-iso.js';
import { lireDate } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, type Euros } from '../socle/euros.js';
import { condition, conditionProcedureCollective, conditionSaisissable, eur, lireDemande, verdict } from './internes.js';
import type { CreanceEligibilite, DebiteurEligibilite, VerdictEligibilite } from './types.js';

/** Bases on which a creditor without a titre exécutoire needs no authorisation (CPCE L511-2). */
export type FondementSansAutorisation = 'effet-de-commerce' | 'cheque' | 'loyer-bail-ecrit' | 'charges-copropriete' | 'decision-non-executoire';

/** Circumstances of {@link eligibiliteSaisieConservatoire}. */
export interface CirconstancesSaisieConservatoire {
  /** The creditor can show circumstances that threaten recovery (insolvency signs, assets being moved…). */
  readonly menaceRecouvrement: boolean;
  /** A basis that dispenses from authorisation (L511-2); a titre exécutoire is read from the claim. */
  readonly fondement?: FondementSansAutorisation;
}

/** Result of {@link eligibiliteSaisieConservatoire}. */
export interface ResultatSaisieConservatoire extends VerdictEligibilite {
  /** A judge's authorisation is needed (no titre exécutoire and no L511-2 basis). */
  readonly autorisationRequise: boolean;
  /** The judge to ask when an authorisation is needed (the juge de l'exécution of the debtor's domicile, R511-2), else `null`. */
  readonly juridiction: 'juge-de-l-execution' | null;
  /** Months to start proceedings to obtain a title after the measure (R511-7), `null` with a titre exécutoire. */
  readonly delaiTitreMois: 1 | null;
  /** The amount the measure may secure: everything still due at `date` (`situationCreance`'s `totalDu`). */
  readonly montantGaranti: Euros;
}

const L511_1 = 'CPCE art. L511-1';
const L511_2 = 'CPCE art. L511-2';
const FONDEMENTS: readonly FondementSansAutorisation[] = ['effet-de-commerce', 'cheque', 'loyer-bail-ecrit', 'charges-copropriete', 'decision-non-executoire'];

/**
 * Says whether the creditor may take a saisie conservatoire on a given day, and whether a judge must
 * authorise it.
 *
 * Conditions, in order: the claim appears founded in its principle (a sum still owed; a disputed claim
 * stays possible, with a warning — the judge weighs the dispute); circumstances threatening recovery
 * (`circonstances.menaceRecouvrement`, the creditor's burden); no collective proceedings (C. com. L622-21
 * stops enforcement; its extension to mesures conservatoires is not in the project's reference and is
 * flagged UNCONFIRMED); the debtor's property can be seized — never a public person's (CGPPP L2311-1).
 *
 * @param creance - the claim (validated with `creanceSchema`; its `titreExecutoire` dated on or before `date` dispenses from authorisation)
 * @param debiteur - the debtor (validated with `debiteurSchema`)
 * @param date - the day of the request or measure
 * @param circonstances - the threat to recovery, and an L511-2 basis if any
 * @returns the verdict, whether authorisation is needed, before whom, and the delay to obtain a title
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path
 * @example
 * ```ts
 * import { eligibiliteSaisieConservatoire, type CreanceEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2025-001', montantTTC: '8000.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'civile', cause: 'contractuelle', contestee: false };
 * const r = eligibiliteSaisieConservatoire(creance, { id: 'D1', type: 'consommateur', denomination: 'M. X' }, '2025-03-01',
 *   { menaceRecouvrement: true });
 * [r.eligible, r.autorisationRequise, r.juridiction, r.delaiTitreMois]; //=> [true, true, 'juge-de-l-execution', 1]
 * ```
 */
export function eligibiliteSaisieConservatoire(
  creance: CreanceEligibilite,
  debiteur: DebiteurEligibilite,
  date: DateISO,
  circonstances: CirconstancesSaisieConservatoire,
): ResultatSaisieConservatoire {
  const { c, d, jour, e } = lireDemande(creance, debiteur, date);
  if (typeof circonstances !== 'object' || circonstances === null) entreeInvalide(['circonstances'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(circonstances, ['menaceRecouvrement', 'fondement'], ['circonstances']);
  if (typeof circonstances.menaceRecouvrement !== 'boolean') entreeInvalide(['circonstances', 'menaceRecouvrement'], MESSAGES.booleenAttendu, 'invalid_type');
  if (circonstances.fondement !== undefined && !FONDEMENTS.includes(circonstances.fondement)) {
    entreeInvalide(['circonstances', 'fondement'], `une valeur parmi ${FONDEMENTS.join(', ')} attendue`);
  }
  const avertissements: string[] = [];

  const fondee =
    e.du > 0
      ? condition('fondee-en-son-principe', true, `Créance paraissant fondée en son principe : ${eur(e.du)} restant dus (elle n’a pas à être certaine, liquide ni exigible).`, L511_1)
      : condition('fondee-en-son-principe', false, e.montant === 0 ? 'Montant nul : aucune créance à garantir.' : 'Créance entièrement payée : rien à garantir.', L511_1);
  if (c.contestee) avertissements.push('Créance contestée : le juge apprécie si elle paraît néanmoins fondée en son principe ; il peut lever la mesure si les conditions ne sont pas réunies (CPCE L512-1).');
  const menace = circonstances.menaceRecouvrement
    ? condition('menace-recouvrement', true, 'Circonstances susceptibles de menacer le recouvrement justifiées.', L511_1)
    : condition('menace-recouvrement', false, 'Aucune circonstance susceptible de menacer le recouvrement n’est justifiée.', L511_1);
  const collective = conditionProcedureCollective(c, d, jour, avertissements);
  if (!collective.remplie) avertissements.push('L’interdiction des mesures conservatoires pendant la procédure collective n’est pas détaillée dans la référence juridique du projet (NON CONFIRMÉ) : C. com. L622-21 II arrête les procédures d’exécution.');

  const titre = c.titreExecutoire && lireDate(c.titreExecutoire.date) <= jour ? c.titreExecutoire : undefined;
  const conditions = [fondee, menace, collective, conditionSaisissable(d)];
  const eligible = conditions.every((x) => x.remplie);
  const references: string[] = [];
  let autorisationRequise = true;
  if (titre) {
    autorisationRequise = false;
    conditions.push(condition('autorisation', true, `Titre exécutoire (${titre.nature}) du ${titre.date} : pas d’autorisation préalable du juge.`, L511_2));
  } else if (circonstances.fondement) {
    autorisationRequise = false;
    conditions.push(condition('autorisation', true, `Fondement dispensant d’autorisation (${circonstances.fondement}) : pas d’autorisation préalable du juge.`, L511_2));
  } else {
    references.push('CPCE art. R511-2', 'CPCE art. R511-7');
    avertissements.push(
      'Sans titre exécutoire, il faut, dans le mois de la mesure, engager une procédure ou accomplir les formalités pour obtenir un titre, à peine de caducité (CPCE R511-7).',
    );
    if (c.nature === 'commerciale') avertissements.push('Le président du tribunal de commerce peut aussi autoriser une mesure pour une créance commerciale (CPCE L511-3, texte NON CONFIRMÉ).');
  }
  if (titre === undefined && circonstances.fondement) {
    references.push('CPCE art. R511-7');
    avertissements.push('Sans titre exécutoire, il faut, dans le mois de la mesure, engager une procédure pour obtenir un titre, à peine de caducité (CPCE R511-7).');
  }
  const v = verdict(conditions, references, avertissements);
  return {
    ...v,
    autorisationRequise: eligible && autorisationRequise,
    juridiction: eligible && autorisationRequise ? 'juge-de-l-execution' : null,
    delaiTitreMois: eligible && !titre ? 1 : null,
    montantGaranti: formaterEuros(eligible ? e.du : 0),
  };
}
