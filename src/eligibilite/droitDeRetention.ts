/**
 * Droit de rétention — C. civ. art. 2286.
 *
 * A creditor who holds a thing of the debtor may withhold it, as a blocking power with no preference and no
 * droit de suite, when: 1° the thing was handed to him until payment of his claim; 2° his unpaid claim
 * arises from the contract that obliges him to deliver it; 3° his unpaid claim arose on the occasion of
 * holding the thing; 4° he benefits from a gage sans dépossession (added by loi n° 2008-776, in force
 * 6 August 2008). The right is lost by voluntary dispossession. Whether 2286 is still the live number after
 * the sûretés reform (ordonnance n° 2021-1192) is UNCONFIRMED.
 */
import { MESSAGES } from '../socle/messages.js';
import { refuserClesInconnues } from '../socle/cles.js';
import type { DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { condition, conditionMontant, etatCreance, lireCreance, lireJour, verdict } from './internes.js';
import type { CreanceEligibilite, VerdictEligibilite } from './types.js';

/** The creditor's situation toward the thing. */
export interface SituationRetention {
  /** The creditor holds a thing belonging to the debtor. */
  readonly detientChose: boolean;
  /** 1° the thing was handed over until payment of the claim. */
  readonly remiseJusquAuPaiement?: boolean;
  /** 2° the claim arises from the contract that obliges the creditor to deliver the thing. */
  readonly creanceNeeDuContratDeLivraison?: boolean;
  /** 3° the claim arose on the occasion of holding the thing (e.g. repair, storage costs). */
  readonly creanceNeeDeLaDetention?: boolean;
  /** 4° the creditor benefits from a gage sans dépossession. */
  readonly gageSansDepossession?: boolean;
  /** The creditor voluntarily let go of the thing: the right is lost. */
  readonly dessaisissementVolontaire?: boolean;
}

/** Result of {@link droitDeRetention}. */
export interface ResultatRetention extends VerdictEligibilite {
  /** The items of 2286 that apply (`'1°'` … `'4°'`). */
  readonly fondements: readonly ('1°' | '2°' | '3°' | '4°')[];
}

const C2286 = 'C. civ. art. 2286';
/** 2008-08-06: 2286 4° (loi LME n° 2008-776) in force. */
const JOUR_4 = 14_097;
const CHAMPS = ['detientChose', 'remiseJusquAuPaiement', 'creanceNeeDuContratDeLivraison', 'creanceNeeDeLaDetention', 'gageSansDepossession', 'dessaisissementVolontaire'] as const;

/**
 * Says whether the creditor may withhold the debtor's thing it holds, on a given day.
 *
 * Conditions, in order: a sum still owed; the creditor holds the thing; at least one basis of 2286 (4° only
 * from 2008-08-06); no voluntary dispossession.
 *
 * @param creance - the claim (validated with `creanceSchema`)
 * @param situation - the creditor's situation toward the thing
 * @param date - the day of the assessment
 * @returns the verdict and the applicable items of 2286
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path (`['situation', 'detientChose']`…)
 * @example
 * ```ts
 * import { droitDeRetention, type CreanceEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: 'R-12', montantTTC: '850.00', dateFacture: '2025-03-01',
 *   dateEcheance: '2025-03-01', paiements: [], nature: 'consommation', cause: 'contractuelle', contestee: false };
 * // a garage holding the repaired car
 * droitDeRetention(creance, { detientChose: true, creanceNeeDeLaDetention: true }, '2025-03-05').fondements; //=> ['3°']
 * ```
 */
export function droitDeRetention(creance: CreanceEligibilite, situation: SituationRetention, date: DateISO): ResultatRetention {
  const c = lireCreance(creance);
  const jour = lireJour(date);
  if (typeof situation !== 'object' || situation === null) entreeInvalide(['situation'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(situation, CHAMPS, ['situation']);
  for (const k of CHAMPS) {
    const v = situation[k];
    if (v !== undefined && typeof v !== 'boolean') entreeInvalide(['situation', k], MESSAGES.booleenAttendu, 'invalid_type');
  }
  if (typeof situation.detientChose !== 'boolean') entreeInvalide(['situation', 'detientChose'], MESSAGES.booleenAttendu, 'invalid_type');
  const e = etatCreance(c, jour);

  const fondements: ('1°' | '2°' | '3°' | '4°')[] = [];
  if (situation.remiseJusquAuPaiement) fondements.push('1°');
  if (situation.creanceNeeDuContratDeLivraison) fondements.push('2°');
  if (situation.creanceNeeDeLaDetention) fondements.push('3°');
  const avertissements = [
    'Pouvoir de blocage seulement : le droit de rétention ne confère ni préférence ni droit de suite.',
    'Numérotation de l’article 2286 après la réforme des sûretés (ordonnance n° 2021-1192) NON CONFIRMÉE : vérifiez sur Légifrance.',
  ];
  if (situation.gageSansDepossession) {
    if (jour >= JOUR_4) fondements.push('4°');
    else avertissements.push('Gage sans dépossession : le 4° de l’article 2286 ne s’applique qu’à compter du 6 août 2008 (loi n° 2008-776).');
  }

  const montant = conditionMontant(e);
  const conditions = [
    condition('creance-impayee', montant.remplie, montant.remplie ? `Créance impayée : ${montant.motif.charAt(0).toLowerCase()}${montant.motif.slice(1)}` : montant.motif, montant.reference),
    situation.detientChose
      ? condition('detention', true, 'Le créancier détient la chose.', C2286)
      : condition('detention', false, 'Le créancier ne détient aucune chose du débiteur.', C2286),
    fondements.length
      ? condition('fondement', true, `Fondement : article 2286 ${fondements.join(', ')}.`, C2286)
      : condition('fondement', false, 'Aucun des cas de l’article 2286 (remise jusqu’au paiement, contrat de livraison, créance née de la détention, gage sans dépossession).', C2286),
    situation.dessaisissementVolontaire
      ? condition('dessaisissement', false, 'Le créancier s’est volontairement dessaisi de la chose : le droit de rétention est perdu.', C2286)
      : condition('dessaisissement', true, 'Pas de dessaisissement volontaire.', C2286),
  ];
  return { ...verdict(conditions, [], avertissements), fondements };
}
