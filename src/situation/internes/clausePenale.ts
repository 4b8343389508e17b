/**
 * Internal: the clause pénale of a claim (C. civ. 1231-5) — the one computation of its amount, a separate
 * contractual accessory shown beside the statement of `situationCreance`, never inside it.
 *
 * - Amount: `max(pourcentage × base, minimum)`, rounded half-up to the cent, where the base is what was due
 *   at `exigibleA` — the principal still due (`base: 'principal'`, default) or the total due (`'total'`) as
 *   the one statement computes it at that day — and 0 when nothing was due then (a clause on a debt paid in
 *   time is not incurred) or before `exigibleA`.
 * - It is **not** added to `totalDu` and payments are never imputed on it: the judge may moderate it, even
 *   of his own motion (1231-5; PARTIAL, the legal reference carries a summary of the article only), so its
 *   amount is the contract's, not a sum the library can state as owed; C. civ. 1343-1 imputes on interest
 *   and principal, and penalties and principal are computed exactly as without the clause. A payment
 *   beyond `totalDu` shows as `tropPercu`, as without the clause.
 * - Against a consumer or a non-professional, an abusive clause cannot be enforced (C. consom. R212-1,
 *   R212-2 cited by the issue; UNCONFIRMED: the legal reference does not carry those texts): flagged.
 */
import type { Creance } from '../../entites/creance.js';
import type { Debiteur } from '../../entites/debiteur.js';
import { formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { dateFr } from '../../socle/formatFr.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { lireTaux } from '../../socle/taux.js';
import type { ClausePenaleSituation, OptionsSituation, SituationCreance } from '../types.js';

export const C1231_5 = 'C. civ. art. 1231-5';
const CONSOMMATION = 'C. consom. art. R212-1 et R212-2 (NON CONFIRMÉ)';

/** The warning every clause pénale carries. */
export const AVERTISSEMENT_CLAUSE_PENALE =
  'Clause pénale (C. civ. 1231-5) : indemnité contractuelle distincte des pénalités de retard, présentée à part et non comprise dans le total dû ; ' +
  'le juge peut la modérer, même d’office, si elle est manifestement excessive (PARTIEL : texte de l’article non reproduit par la référence juridique de la bibliothèque).';
/** The warning of a clause pénale against a consumer or a non-professional. */
export const AVERTISSEMENT_CLAUSE_PENALE_CONSOMMATEUR =
  'Débiteur consommateur ou non-professionnel : une clause pénale abusive ne peut pas lui être réclamée (C. consom. R212-1 et R212-2 ; ' +
  'NON CONFIRMÉ : la référence juridique de la bibliothèque ne reproduit pas ces textes). Vérifiez la clause avant de la réclamer.';

/** `centimes × pourcentage / 100`, rounded half-up to the cent (exact, in BigInt). */
function pourcentageDe(centimes: number, pourcentage: string): number {
  const t = lireTaux(pourcentage);
  const den = 100n * 10n ** BigInt(t.decimales);
  const num = BigInt(centimes) * t.valeur;
  return Number((2n * num + den) / (2n * den));
}

/**
 * The `clausePenale` block of the statement of `creance` at `date` (the claim has a clause).
 *
 * @param totalDu - the statement's `totalDu` at `date`, in cents
 * @param situationA - the one statement, called at `exigibleA` for the base (on the claim without its clause)
 */
export function clausePenaleDe(
  creance: Creance,
  debiteur: Debiteur,
  date: number,
  totalDu: number,
  options: OptionsSituation,
  situationA: (creance: Creance, debiteur: Debiteur, date: DateISO, options: OptionsSituation) => SituationCreance,
): ClausePenaleSituation {
  const clause = creance.clausePenale!;
  const base = clause.base ?? 'principal';
  const exigibleA = lireDate(clause.exigibleA);
  const exigible = date >= exigibleA;
  const avertissements = [AVERTISSEMENT_CLAUSE_PENALE];
  const references = [C1231_5];
  const consommateur = debiteur.type === 'consommateur' || debiteur.type === 'non-professionnel' || creance.nature === 'consommation';
  if (consommateur) {
    avertissements.push(AVERTISSEMENT_CLAUSE_PENALE_CONSOMMATEUR);
    references.push(CONSOMMATION);
  }
  let assiette = 0;
  let montant = 0;
  if (exigible) {
    const { clausePenale: _, ...sans } = creance;
    const s = situationA(sans, debiteur, clause.exigibleA, options);
    assiette = lireEuros(base === 'principal' ? s.principalDu : s.totalDu);
    if (assiette > 0) {
      const pct = clause.pourcentage === undefined ? 0 : pourcentageDe(assiette, clause.pourcentage);
      montant = Math.max(pct, clause.minimum === undefined ? 0 : lireEuros(clause.minimum));
    } else {
      avertissements.push(`Rien n’était dû le ${dateFr(clause.exigibleA)}, jour où la clause pénale devenait applicable : elle n’est pas encourue.`);
    }
  } else {
    avertissements.push(`Clause pénale applicable à partir du ${dateFr(clause.exigibleA)} seulement : rien n’est encouru au ${dateFr(formaterDate(date))}.`);
  }
  const abandon = options.dateAbandonAccessoires === undefined ? null : lireDate(options.dateAbandonAccessoires);
  const reclamee = options.accessoires?.clausePenale !== false && !(abandon !== null && abandon <= date);
  const du = reclamee ? montant : 0;
  return {
    exigibleA: clause.exigibleA,
    exigible,
    base,
    assiette: formaterEuros(assiette),
    pourcentage: clause.pourcentage ?? null,
    minimum: clause.minimum ?? null,
    montant: formaterEuros(montant),
    reclamee,
    du: formaterEuros(du),
    totalAvecClause: formaterEuros(totalDu + du),
    references,
    avertissements,
  };
}
