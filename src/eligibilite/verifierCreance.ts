/**
 * Créance certaine, liquide et exigible — CPCE art. L111-2 and L111-6; definitions in doctrine and case law
 * (legal reference §10.1).
 *
 * - Certaine: its existence is current and not seriously disputable. A claim the debtor disputes is not
 *   certaine, unless a titre exécutoire dated on or before the day establishes it.
 * - Liquide: its amount is determined, "évaluée en argent" (CPCE L111-6). A claim paid in full on the day
 *   owes nothing and is reported as not liquide (nothing left to value).
 * - Exigible: the term has fallen due — from the due date inclusive. An invoice in instalments (`echeances`)
 *   is exigible from its first due date for the instalments due only (`totalExigible`); those not yet due
 *   (`aEchoir`) are not: "ce qui n'est dû qu'à terme ne peut être exigé avant l'échéance" (C. civ. 1305-2; the
 *   legal reference states the rule, "the term has fallen due", not the article: the library's reading).
 *
 * A claim whose principal is paid but whose accessories are still due (an invoice paid late whose payments
 * went to the principal first, `imputation: 'principal-d-abord'`) is assessed as a claim of its own, its
 * accessories (`accessoiresSeuls`): liquide, each accessory being a sum the law fixes from the claim's own
 * elements (CPCE L111-6; penalties C. com. L441-10 II, the 40 € D441-5, legal interest C. civ. 1231-6), and
 * exigible without any reminder (L441-10 II: "sans qu'un rappel soit nécessaire"; legal interest from the mise
 * en demeure, C. civ. 1344-1). Under the legal imputation (C. civ. 1343-1, the default) a payment goes to the
 * accessories first, so a principal paid leaves nothing else due.
 */
import { MESSAGES } from '../socle/messages.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { lireDate } from '../socle/date-iso.js';
import { formaterEuros, type Euros } from '../socle/euros.js';
import type { DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import type { Baremes } from '../baremes/types.js';
import type { RegleImputation } from '../situation/types.js';
import { condition, conditionExigible, conditionMontant, etatCreance, lireCreance, lireDebiteur, lireImputation, lireJour, verdict } from './internes.js';
import type { ConditionEligibilite, CreanceEligibilite, DebiteurEligibilite } from './types.js';

/** Options of {@link verifierCreance}. */
export interface OptionsVerificationCreance {
  /** The debtor: which accessories accrue (default: presumed from the claim's nature, as `situationCreance` would read it). */
  readonly debiteur?: DebiteurEligibilite;
  /** Legal tables (default `baremesParDefaut`). */
  readonly baremes?: Baremes;
  /** How payments are imputed (default `'legale'`, C. civ. 1343-1), as `situationCreance` takes it. */
  readonly imputation?: RegleImputation;
  /** The day of a mise en demeure: legal interest runs from it for a consumer or non-professional (C. civ. 1231-6, 1344-1). */
  readonly dateMiseEnDemeure?: DateISO;
}

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
  /**
   * Outstanding principal on the day, as `situationCreance` states it: credit notes deducted, payments
   * imputed on the accessories first (C. civ. 1343-1); payments dated after the day are ignored.
   */
  readonly resteDu: Euros;
  /** Everything still due on the day: principal and accessories (`situationCreance(...).totalDu`). */
  readonly totalDu: Euros;
  /** Accessories still due on the day (`situationCreance(...).accessoiresDus`). */
  readonly accessoiresDus: Euros;
  /** The principal is paid and accessories are due: the claim is its accessories alone (`totalDu = accessoiresDus`). */
  readonly accessoiresSeuls: boolean;
  /**
   * An invoice in instalments (`echeances`), from its first due date: the principal of the instalments not yet
   * due, not exigible (C. civ. 1305-2, the library's reading). `'0.00'` otherwise.
   */
  readonly aEchoir: Euros;
  /** What is exigible on the day: `totalDu − aEchoir` (the instalments due and every accessory). */
  readonly totalExigible: Euros;
  readonly references: readonly string[];
}

/**
 * Says whether a claim is certaine, liquide and exigible on a given day.
 *
 * @param creance - the claim (a parsed `Creance` or its JSON form; validated with `creanceSchema`)
 * @param date - the day of the assessment; payments dated after it are ignored
 * @param options - the debtor (default: presumed from the claim's nature) and the legal tables
 * @returns the three qualities, one motif per quality, the outstanding principal and the articles
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field (`['creance', 'dateEcheance']`, `['date']`…)
 * @example
 * ```ts
 * import { verifierCreance, type CreanceEligibilite } from 'recouvrement';
 * const creance: CreanceEligibilite = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };
 * verifierCreance(creance, '2025-02-14').exigible; //=> true (from the due date, inclusive)
 * verifierCreance(creance, '2025-02-13').motifs[2]; //=> '✗ Non exigible au 2025-02-13 : l’échéance du 2025-02-14 n’est pas atteinte.'
 * // Paid in full on 16 March, a month late, the payment going to the principal first: the accessories remain, a claim of their own.
 * const payee = { ...creance, paiements: [{ date: '2025-03-16', montant: '1200.00' }] };
 * const r = verifierCreance(payee, '2025-04-01', { imputation: 'principal-d-abord' });
 * [r.accessoiresSeuls, r.liquide, r.exigible, r.resteDu, r.totalDu]; //=> [true, true, true, '0.00', '52.97']
 * // In three instalments of 400 € (14 February, 14 March, 14 April): on 1 March the first only is exigible (C. civ. 1305-2).
 * const enTroisFois = { ...creance, dateEcheance: '2025-04-14', echeances: [{ date: '2025-02-14', montant: '400.00' },
 *   { date: '2025-03-14', montant: '400.00' }, { date: '2025-04-14', montant: '400.00' }] };
 * const t = verifierCreance(enTroisFois, '2025-03-01');
 * [t.exigible, t.totalDu, t.aEchoir, t.totalExigible]; //=> [true, '1242.16', '800.00', '442.16']
 * ```
 */
export function verifierCreance(creance: CreanceEligibilite, date: DateISO, options?: OptionsVerificationCreance): ResultatVerificationCreance {
  const c = lireCreance(creance);
  const jour = lireJour(date);
  if (options !== undefined && (typeof options !== 'object' || options === null)) entreeInvalide(['options'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(options, ['debiteur', 'baremes', 'imputation', 'dateMiseEnDemeure'], ['options']);
  const d = options?.debiteur === undefined ? undefined : lireDebiteur(options.debiteur, 'debiteur');
  const imputation = lireImputation(options?.imputation);
  if (options?.dateMiseEnDemeure !== undefined) lireDate(options.dateMiseEnDemeure, ['options', 'dateMiseEnDemeure']);
  const e = etatCreance(c, jour, d, { baremes: options?.baremes, imputation, dateMiseEnDemeure: options?.dateMiseEnDemeure });

  const titre = c.titreExecutoire && lireDate(c.titreExecutoire.date) <= jour ? c.titreExecutoire : undefined;
  const certaine = !c.contestee
    ? condition('certaine', true, 'Certaine : son existence n’est pas contestée.', null)
    : titre
      ? condition('certaine', true, `Certaine : contestée, mais établie par un titre exécutoire (${titre.nature}) du ${titre.date}.`, 'CPCE art. L111-2')
      : condition('certaine', false, 'Non certaine : le débiteur conteste la créance et aucun titre exécutoire ne l’établit.', null);
  const montant = conditionMontant(e);
  const liquide = condition('liquide', montant.remplie, montant.remplie ? `Liquide : ${lowerFirst(montant.motif)}` : `Non liquide : ${lowerFirst(montant.motif)}`, montant.reference);
  const ex = conditionExigible(e);
  const exigible = condition('exigible', ex.remplie && e.du > 0, e.du === 0 && ex.remplie ? 'Non exigible : plus rien n’est dû.' : ex.motif, ex.reference);

  const v = verdict([certaine, liquide, exigible], ['CPCE art. L111-2'], []);
  return {
    certaine: certaine.remplie,
    liquide: liquide.remplie,
    exigible: exigible.remplie,
    certaineLiquideExigible: v.eligible,
    motifs: v.motifs,
    conditions: v.conditions,
    resteDu: formaterEuros(e.reste),
    totalDu: formaterEuros(e.du),
    accessoiresDus: formaterEuros(e.accessoires),
    accessoiresSeuls: e.accessoiresSeuls,
    aEchoir: formaterEuros(e.aEchoir),
    totalExigible: formaterEuros(e.duExigible),
    references: v.references,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
