/**
 * Créance certaine, liquide et exigible — CPCE art. L111-2 and L111-6; definitions in doctrine and case law
 * (legal reference §10.1).
 *
 * - Certaine: its existence is current and not seriously disputable. A claim the debtor disputes is not
 *   certaine, unless a titre exécutoire dated on or before the day establishes it.
 * - Liquide: its amount is determined, "évaluée en argent" (CPCE L111-6). A claim paid in full on the day
 *   owes nothing and is reported as not liquide (nothing left to value).
 * - Exigible: the term has fallen due — from the due date inclusive.
 */
import { lireDate } from '../socle/date-iso.js';
import { formaterEuros, type Euros } from '../socle/euros.js';
import type { DateISO } from '../socle/date-iso.js';
import { condition, conditionExigible, conditionMontant, etatCreance, lireCreance, lireJour, verdict } from './internes.js';
import type { ConditionEligibilite, CreanceEligibilite } from './types.js';

/** Result of {@link verifierCreance}. */
export interface ResultatVerificationCreance {
  readonly certaine: boolean;
  readonly liquide: boolean;
  readonly exigible: boolean;
  /** True when the claim is certaine, liquide and exigible: it can ground a forced execution once titled. */
  readonly certaineLiquideExigible: boolean;
  /** One line per quality, in the order certaine, liquide, exigible: "✓ …" when met, "✗ …" when not. */
  readonly motifs: readonly string[];
  readonly conditions: readonly ConditionEligibilite[];
  /** Outstanding principal on the day (payments dated after the day are ignored). */
  readonly resteDu: Euros;
  readonly references: readonly string[];
}

/**
 * Says whether a claim is certaine, liquide and exigible on a given day.
 *
 * @param creance - the claim (a parsed `Creance` or its JSON form; validated with `creanceSchema`)
 * @param date - the day of the assessment; payments dated after it are ignored
 * @returns the three qualities, one motif per quality, the outstanding principal and the articles
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field (`['creance', 'dateEcheance']`, `['date']`…)
 * @example
 * ```ts
 * const creance = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };
 * verifierCreance(creance, '2025-02-14').exigible; //=> true (from the due date, inclusive)
 * verifierCreance(creance, '2025-02-13').motifs[2]; //=> '✗ Non exigible au 2025-02-13 : l’échéance du 2025-02-14 n’est pas atteinte.'
 * ```
 */
export function verifierCreance(creance: CreanceEligibilite, date: DateISO): ResultatVerificationCreance {
  const c = lireCreance(creance);
  const jour = lireJour(date);
  const e = etatCreance(c, jour);

  const titre = c.titreExecutoire && lireDate(c.titreExecutoire.date) <= jour ? c.titreExecutoire : undefined;
  const certaine = !c.contestee
    ? condition('certaine', true, 'Certaine : son existence n’est pas contestée.', null)
    : titre
      ? condition('certaine', true, `Certaine : contestée, mais établie par un titre exécutoire (${titre.nature}) du ${titre.date}.`, 'CPCE art. L111-2')
      : condition('certaine', false, 'Non certaine : le débiteur conteste la créance et aucun titre exécutoire ne l’établit.', null);
  const montant = conditionMontant(e);
  const liquide = condition('liquide', montant.remplie, montant.remplie ? `Liquide : ${lowerFirst(montant.motif)}` : `Non liquide : ${lowerFirst(montant.motif)}`, montant.reference);
  const ex = conditionExigible(e);
  const exigible = condition('exigible', ex.remplie && e.reste > 0, e.reste === 0 && ex.remplie ? 'Non exigible : plus rien n’est dû.' : ex.motif, ex.reference);

  const v = verdict([certaine, liquide, exigible], ['CPCE art. L111-2'], []);
  return {
    certaine: certaine.remplie,
    liquide: liquide.remplie,
    exigible: exigible.remplie,
    certaineLiquideExigible: v.eligible,
    motifs: v.motifs,
    conditions: v.conditions,
    resteDu: formaterEuros(e.reste),
    references: v.references,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
