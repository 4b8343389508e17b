/**
 * Internal helpers of the eligibility functions: parsing at the boundary, the state of a claim at a date,
 * verdict assembly, and the rules several procedures share (collective proceedings, competent court,
 * countries).
 */
import { MESSAGES } from '../socle/messages.js';
import { analyser } from '../entites/messages.js';
import { creanceSchema, type Creance } from '../entites/creance.js';
import { debiteurSchema, type Debiteur } from '../entites/debiteur.js';
import type { Baremes } from '../baremes/types.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { RegleImputation, SituationCreance } from '../situation/types.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, depuisZod, entreeInvalide } from '../socle/erreurs.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import type { ConditionEligibilite, VerdictEligibilite } from './types.js';

interface IssueZod {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
type ResultatZod<T> = { success: true; data: T } | { success: false; error: { issues: readonly IssueZod[] } };

/** Unwraps a zod result, prefixing the issue paths with the argument's name. */
function lire<T>(r: ResultatZod<T>, nom: string, libelle: string): T {
  if (r.success) return r.data;
  throw depuisZod(r.error, `${libelle} invalide`, [nom]);
}

export function lireCreance(valeur: unknown, nom = 'creance'): Creance {
  return lire(analyser(creanceSchema, valeur), nom, 'Créance');
}

export function lireDebiteur(valeur: unknown, nom = 'debiteur'): Debiteur {
  return lire(analyser(debiteurSchema, valeur), nom, 'Débiteur');
}

export function lireJour(valeur: unknown, nom = 'date'): number {
  return lireDate(valeur, [nom]);
}

/**
 * The claim seen on a day, as `situationCreance` states it (the library's one statement of what is owed:
 * credit notes deducted, payments imputed on the accessories first, C. civ. 1343-1). Amounts in cents,
 * dates in epoch days. Payments after the day are ignored.
 */
export interface EtatCreance {
  /** `montantTTC` as invoiced. */
  readonly montant: number;
  /** Payments dated on or before the day. */
  readonly paye: number;
  /** Outstanding principal on the day (credit notes deducted, after imputation; never negative). */
  readonly reste: number;
  /** Accessories still due on the day (penalties or interest, the 40 €): 0 when unknown. */
  readonly accessoires: number;
  /** Penalties and interest still due (the 40 € left out: it is not interest). */
  readonly interets: number;
  /** Everything still due: `reste + accessoires`. */
  readonly du: number;
  /**
   * The principal is paid but accessories are still due: the claim is then its accessories alone (see
   * {@link conditionMontant}).
   */
  readonly accessoiresSeuls: boolean;
  /** The 40 € still due (or the public buyers' D2192-35 indemnity). */
  readonly indemnite: number;
  /**
   * The first due date (epoch day): `dateEcheance`, or for an invoice in instalments (`echeances`) the first
   * instalment's — from it the claim is exigible, in whole or in part.
   */
  readonly echeance: number;
  /**
   * From the first due date on: the principal still due on the instalments not yet due on the day — not
   * exigible (see {@link conditionExigible}). 0 before the first due date (nothing is exigible then) and
   * without instalments.
   */
  readonly aEchoir: number;
  /** The principal exigible on the day: `reste − aEchoir` (the instalments due, C. civ. 1305-2). */
  readonly resteExigible: number;
  /** Everything exigible on the day: `du − aEchoir` (the instalments due and every accessory). */
  readonly duExigible: number;
  readonly jour: number;
  /** The statement itself (references, warnings, whether the accessories are known). */
  readonly situation: SituationCreance;
}

/**
 * The debtor presumed from the claim's nature when the caller gives none: `commerciale` → a professional
 * (L441-10 penalties and the 40 €), `consommation` → a consumer, `civile` → a non-professional (legal
 * interest from a mise en demeure only).
 */
export function debiteurPresume(c: Creance): Debiteur {
  const type = c.nature === 'commerciale' ? 'professionnel' : c.nature === 'consommation' ? 'consommateur' : 'non-professionnel';
  return { id: 'debiteur-presume', type, denomination: 'Débiteur', pays: 'FR' };
}

/** Options passed through to `situationCreance`. */
export interface OptionsEtat {
  readonly baremes?: Baremes | undefined;
  readonly dateMiseEnDemeure?: DateISO | undefined;
  readonly imputation?: RegleImputation | undefined;
}

/** Reads the `imputation` option of an eligibility function (`situationCreance`'s). */
export function lireImputation(valeur: unknown): RegleImputation | undefined {
  if (valeur === undefined) return undefined;
  if (valeur !== 'legale' && valeur !== 'principal-d-abord') entreeInvalide(['options', 'imputation'], "'legale' ou 'principal-d-abord' attendu");
  return valeur;
}

export function etatCreance(c: Creance, jour: number, d: Debiteur = debiteurPresume(c), options: OptionsEtat = {}): EtatCreance {
  const s = situationCreance(c, d, formaterDate(jour), {
    ...(options.baremes !== undefined ? { baremes: options.baremes } : {}),
    ...(options.dateMiseEnDemeure !== undefined ? { dateMiseEnDemeure: options.dateMiseEnDemeure } : {}),
    ...(options.imputation !== undefined ? { imputation: options.imputation } : {}),
  });
  const reste = lireEuros(s.principalDu);
  const interets = lireEuros(s.penalites.du) + lireEuros(s.interets.du);
  const indemnite = lireEuros(s.indemnite.du);
  // Every accessory the statement counts (`accessoiresDus`: penalties or interest, the 40 €, and any other it adds).
  const accessoires = Math.max(lireEuros(s.accessoiresDus), interets + indemnite);
  // Instalments (C. civ. 1305, 1305-2): from the first due date, those not yet due are not exigible. The
  // accessories run only on instalments due (C. com. L441-10 II), so they are all exigible.
  const premiere = lireDate(s.echeances[0]?.date ?? c.dateEcheance);
  const aEchoir = jour < premiere ? 0 : s.echeances.reduce((t, x) => (x.echue ? t : t + lireEuros(x.principalDu)), 0);
  return {
    montant: lireEuros(c.montantTTC),
    paye: lireEuros(s.paye),
    reste,
    accessoires,
    interets,
    indemnite,
    du: reste + accessoires,
    accessoiresSeuls: reste === 0 && accessoires > 0,
    echeance: premiere,
    aEchoir,
    resteExigible: reste - aEchoir,
    duExigible: reste + accessoires - aEchoir,
    jour,
    situation: s,
  };
}

/** What every procedure reads first: the claim, the debtor and the day. */
export interface Demande {
  readonly c: Creance;
  readonly d: Debiteur;
  readonly jour: number;
  /** The claim as it stands on `jour`. */
  readonly e: EtatCreance;
}

/**
 * Reads a procedure's three common arguments in the order their errors are reported (claim, debtor, day),
 * then the claim's state on that day.
 */
export function lireDemande(creance: unknown, debiteur: unknown, date: unknown, options: OptionsEtat = {}): Demande {
  const c = lireCreance(creance);
  const d = lireDebiteur(debiteur);
  const jour = lireJour(date);
  return { c, d, jour, e: etatCreance(c, jour, d, options) };
}

/** Assembles a verdict from its conditions: `eligible` and `motifs` are derived, never set by hand. */
export function verdict(conditions: readonly ConditionEligibilite[], references: readonly string[], avertissements: readonly string[]): VerdictEligibilite {
  const refs: string[] = [];
  for (const r of [...conditions.map((c) => c.reference), ...references]) if (r !== null && !refs.includes(r)) refs.push(r);
  return {
    eligible: conditions.every((c) => c.remplie),
    motifs: conditions.map((c) => `${c.remplie ? '✓' : '✗'} ${c.motif}`),
    conditions,
    references: refs,
    avertissements: [...new Set(avertissements)],
  };
}

export function condition(code: string, remplie: boolean, motif: string, reference: string | null): ConditionEligibilite {
  return { code, remplie, motif, reference };
}

export const eur = (centimes: number): string => `${formaterEuros(centimes)} €`;
export const iso = (jour: number): string => formaterDate(jour);

// --- Claim qualities (shared by verifierCreance and the procedures) ---------------------------------------

const L111_6 = 'CPCE art. L111-6';

/**
 * Liquide: the claim is valued in money (CPCE L111-6) and something remains to pay on the day — principal
 * or accessories, as `situationCreance` states them.
 *
 * A claim whose principal is paid but whose accessories are due (an invoice paid late, its payments imputed
 * on the principal first) is a claim of its own: the accessories. It is liquide — CPCE L111-6: a claim is
 * liquide "lorsqu'elle est évaluée en argent ou lorsque le titre contient tous les éléments permettant son
 * évaluation" — because each accessory is a sum fixed by a legal formula from elements the claim holds: the
 * penalties, the rate of C. com. L441-10 II (or the contract's) × the sum × the days late; the 40 €, fixed
 * by D441-5 (L441-10 II); legal interest, the taux légal from the mise en demeure (C. civ. 1231-6, 1344-1).
 * Its amount is what `situationCreance` says is due on them.
 */
export function conditionMontant(e: EtatCreance): ConditionEligibilite {
  if (e.montant === 0) return condition('liquide', false, 'Montant nul : la créance n’est pas évaluée en argent.', L111_6);
  if (e.du === 0) {
    return condition('liquide', false, `Créance entièrement payée au ${iso(e.jour)} (${eur(e.paye)} reçus) : plus rien n’est dû.`, 'C. civ. art. 1342');
  }
  if (e.accessoiresSeuls) {
    return condition(
      'liquide',
      true,
      `Montant déterminé : créance d’accessoires seuls, le principal étant payé ; ${detailAccessoires(e)} restent dus au ${iso(e.jour)}, soit ${eur(e.accessoires)}, chacun fixé par une formule légale à partir des éléments de la créance (CPCE L111-6).`,
      L111_6,
    );
  }
  const accessoires = e.accessoires > 0 ? `, plus ${eur(e.accessoires)} d’accessoires (pénalités, intérêts, indemnité)` : '';
  const aEchoir = e.aEchoir > 0 ? ` (dont ${eur(e.aEchoir)} d’échéances à échoir)` : '';
  return condition('liquide', true, `Montant déterminé : ${eur(e.reste)} de principal restant dus au ${iso(e.jour)}${aEchoir} sur ${eur(e.montant)}${accessoires}.`, L111_6);
}

/**
 * The avertissement of a verdict on an invoice in instalments with some not yet due: they are left out of the
 * amount (C. civ. 1305-2, the library's reading), and the request can be extended when they fall due.
 */
export function avertissementAEchoir(e: EtatCreance): string {
  const n = e.situation.echeances.filter((x) => !x.echue && x.principalDu !== '0.00');
  return `Facture payable en plusieurs échéances : ${n.length === 1 ? 'l’échéance' : `les ${n.length} échéances`} à échoir (${n.map((x) => `${x.principalDu} € le ${x.date}`).join(', ')}, soit ${eur(e.aEchoir)}) ${n.length === 1 ? 'n’est pas exigible et n’est pas comptée' : 'ne sont pas exigibles et ne sont pas comptées'} : ce qui n’est dû qu’à terme ne peut être exigé avant l’échéance (C. civ. 1305-2 — lecture de la bibliothèque, NON CONFIRMÉ ; une clause de déchéance du terme, non modélisée, pourrait les rendre exigibles).`;
}

/**
 * The accessories due, each with its article, as `situationCreance` states them: "12.34 € de pénalités de
 * retard (C. com. art. L441-10 II), 40.00 € d’indemnité forfaitaire (C. com. art. D441-5)".
 */
export function detailAccessoires(e: EtatCreance): string {
  const s = e.situation;
  const articles = (refs: readonly string[]): string => (refs.length > 0 ? ` (${refs.join(', ')})` : '');
  const parts: string[] = [];
  if (s.penalites.du !== '0.00') parts.push(`${s.penalites.du} € ${s.penalites.mode === 'commande-publique' ? 'd’intérêts moratoires' : 'de pénalités de retard'}${articles(s.penalites.references)}`);
  if (s.interets.du !== '0.00') parts.push(`${s.interets.du} € d’intérêts au taux légal${articles(s.interets.references)}`);
  if (s.indemnite.du !== '0.00') parts.push(`${s.indemnite.du} € d’indemnité forfaitaire pour frais de recouvrement${articles(s.indemnite.references)}`);
  const autres = e.accessoires - e.interets - e.indemnite;
  if (autres > 0) parts.push(`${formaterEuros(autres)} € d’autres accessoires (voir la situation de la créance)`);
  return parts.join(', ');
}

/** C. civ. 1305-2 (the library's reading: the legal reference covers exigibility, not this article). */
const C_CIV_1305_2 = 'C. civ. art. 1305-2';

/**
 * Exigible from the due date, inclusive. An invoice in instalments (`echeances`) is exigible from its first
 * due date **for the instalments due** only: a term suspends exigibility — "ce qui n'est dû qu'à terme ne peut
 * être exigé avant l'échéance" (C. civ. 1305, 1305-2). The legal reference states the rule (a claim is
 * exigible once "the term has fallen due", CONFIRMED) but not these articles: citing them is the library's
 * reading (NON CONFIRMÉ in the motif). With the instalments due paid and others still to fall due, nothing is
 * exigible.
 */
export function conditionExigible(e: EtatCreance): ConditionEligibilite {
  if (e.aEchoir > 0 && e.jour >= e.echeance) {
    const prochaine = e.situation.echeances.find((x) => !x.echue && x.principalDu !== '0.00')?.date ?? iso(e.jour);
    if (e.duExigible === 0) {
      return condition(
        'exigible',
        false,
        `Non exigible au ${iso(e.jour)} : les échéances échues sont réglées ; ${eur(e.aEchoir)} restent à échoir, exigibles à leur terme (prochaine échéance le ${prochaine}) — C. civ. 1305-2, lecture de la bibliothèque (NON CONFIRMÉ).`,
        C_CIV_1305_2,
      );
    }
    return condition(
      'exigible',
      true,
      `Exigible en partie depuis l’échéance du ${iso(e.echeance)} (incluse) : ${eur(e.duExigible)} sur les échéances échues et les accessoires ; ${eur(e.aEchoir)} à échoir ne sont pas exigibles avant leur terme (prochaine échéance le ${prochaine}) — C. civ. 1305-2, lecture de la bibliothèque (NON CONFIRMÉ).`,
      C_CIV_1305_2,
    );
  }
  if (e.accessoiresSeuls && e.jour >= e.echeance) {
    const b2b = e.situation.penalites.du !== '0.00' || e.situation.indemnite.du !== '0.00';
    return b2b
      ? condition('exigible', true, `Exigible : les pénalités de retard et l’indemnité forfaitaire sont exigibles dès le lendemain de l’échéance du ${iso(e.echeance)}, sans qu’un rappel soit nécessaire (C. com. L441-10 II).`, 'C. com. art. L441-10 II')
      : condition('exigible', true, `Exigible : les intérêts au taux légal courent depuis la mise en demeure (C. civ. 1344-1), après l’échéance du ${iso(e.echeance)}.`, 'C. civ. art. 1344-1');
  }
  return e.jour >= e.echeance
    ? condition('exigible', true, `Exigible depuis l’échéance du ${iso(e.echeance)} (incluse).`, null)
    : condition('exigible', false, `Non exigible au ${iso(e.jour)} : l’échéance du ${iso(e.echeance)} n’est pas atteinte.`, null);
}

/** Contractual or statutory cause (CPC 1405 1°, CPCE L125-1). */
export function conditionCause(c: Creance, reference: string): ConditionEligibilite {
  return c.cause === 'autre'
    ? condition('cause', false, 'La créance n’a ni cause contractuelle ni cause statutaire.', reference)
    : condition('cause', true, `Cause ${c.cause === 'contractuelle' ? 'contractuelle' : 'statutaire'}.`, reference);
}

export function conditionNonContestee(c: Creance, reference: string, quoi: string): ConditionEligibilite {
  return c.contestee
    ? condition('non-contestee', false, `Le débiteur conteste la créance : ${quoi}.`, reference)
    : condition('non-contestee', true, 'La créance n’est pas contestée.', reference);
}

// --- Collective proceedings (C. com. L622-21) ----------------------------------------------------------

const L622_21 = 'C. com. art. L622-21';

/** The day the claim was born: delivery / end of the service, else the invoice date. */
function naissance(c: Creance): number {
  return lireDate(c.dateExecution ?? c.dateFacture);
}

/**
 * Actions for payment of a claim born before the opening judgment are forbidden (L622-21 I), and so is
 * enforcement (L622-21 II); the creditor declares the claim instead (L622-24).
 */
export function conditionProcedureCollective(c: Creance, d: Debiteur | undefined, jour: number, avertissements: string[]): ConditionEligibilite {
  const pc = d?.procedureCollective;
  if (!pc || lireDate(pc.dateJugement) > jour) return condition('procedure-collective', true, 'Aucune procédure collective ouverte contre le débiteur.', null);
  const jugement = lireDate(pc.dateJugement);
  if (naissance(c) < jugement) {
    return condition(
      'procedure-collective',
      false,
      `Procédure collective (${pc.type}) ouverte le ${pc.dateJugement} : les poursuites pour une créance antérieure sont interdites ; déclarez la créance au mandataire judiciaire (C. com. L622-24, deux mois après la publication au BODACC).`,
      L622_21,
    );
  }
  avertissements.push(
    `Créance née après le jugement d’ouverture du ${pc.dateJugement} : elle échappe à l’interdiction des poursuites seulement si elle remplit les conditions de C. com. L622-17 (à vérifier).`,
  );
  return condition('procedure-collective', true, `Créance postérieure au jugement d’ouverture du ${pc.dateJugement}.`, 'C. com. art. L622-17');
}

// --- Countries ------------------------------------------------------------------------------------------

/** France and its overseas departments and regions (ISO 3166 codes of their own). */
const FRANCE = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT']);
/** The 27 member states of the European Union (2026), ISO 3166 alpha-2 (Greece is GR). */
export const UE = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']);

/** Normalises a country to its member state: the DROM count as France. */
function etat(pays: string): string {
  return FRANCE.has(pays) ? 'FR' : pays;
}

export function enFrance(pays: string): boolean {
  return FRANCE.has(pays);
}

// --- Public buyers (C. commande publique L6; CJA R541-1; CGPPP L2311-1; loi n° 80-539) -----------------

export const L6_COMMANDE_PUBLIQUE = 'C. commande publique art. L6';
export const CJA_R541_1 = 'CJA art. R541-1';
export const CGPPP_L2311_1 = 'CGPPP art. L2311-1';
export const LOI_80_539 = 'Loi n° 80-539 du 16 juillet 1980';

/** The debtor is a public person: its contracts under the public procurement code are administrative. */
export function estPersonnePublique(d: Debiteur | undefined): boolean {
  return d?.type === 'personne-publique';
}

/**
 * A procedure of the civil courts against a public buyer: refused. A contract of the public procurement code
 * concluded by a public person is an administrative contract (C. commande publique L6): the administrative
 * judge alone is competent; the route is the référé-provision before the tribunal administratif (CJA R541-1),
 * and a judgment is executed by mandatement or ordonnancement d'office (loi n° 80-539), never by seizure.
 */
export function conditionJugeJudiciaire(d: Debiteur | undefined, procedure: string): ConditionEligibilite {
  if (!estPersonnePublique(d)) return condition('juge-judiciaire', true, 'Débiteur de droit privé : les juridictions judiciaires sont compétentes.', null);
  return condition(
    'juge-judiciaire',
    false,
    `Débiteur personne publique : le marché public est un contrat administratif (C. commande publique L6), le juge administratif est seul compétent — pas de ${procedure}. Voie ouverte : le référé-provision devant le tribunal administratif (CJA R541-1) ; le jugement obtenu s’exécute par mandatement ou ordonnancement d’office (loi n° 80-539 du 16 juillet 1980).`,
    L6_COMMANDE_PUBLIQUE,
  );
}

/** Public property cannot be seized (CGPPP L2311-1): no saisie, no mesure conservatoire, no commissaire de justice enforcement. */
export function conditionSaisissable(d: Debiteur | undefined): ConditionEligibilite {
  if (!estPersonnePublique(d)) return condition('biens-saisissables', true, 'Débiteur de droit privé : ses biens sont saisissables.', null);
  return condition(
    'biens-saisissables',
    false,
    'Débiteur personne publique : ses biens sont insaisissables (CGPPP L2311-1) — aucune saisie ni mesure conservatoire ; une condamnation s’exécute par mandatement ou ordonnancement d’office (loi n° 80-539 du 16 juillet 1980).',
    CGPPP_L2311_1,
  );
}

/** The avertissement every public-buyer verdict carries: a public person's private-law contract is the exception. */
export const AVERTISSEMENT_CONTRAT_PRIVE =
  'Débiteur personne publique : la créance est lue comme née d’un contrat de la commande publique (contrat administratif, C. commande publique L6). Un contrat de droit privé d’une personne publique (rare) relèverait du juge judiciaire ; ses biens resteraient insaisissables (CGPPP L2311-1).';

// --- Competent court for a French order or référé (CPC 1406; C. com. L721-3) -------------------------------

/** The French court competent for an injonction de payer or a référé (CPC 1406; C. com. L721-3). */
export type JuridictionNationale = 'tribunal-de-commerce' | 'tribunal-judiciaire';

/** Start of the experimental tribunaux des activités économiques (loi n° 2023-1059 art. 26). */
const JOUR_TAE = 20_089; // 2025-01-01
/** End of the 4-year experiment. */
const JOUR_FIN_TAE = 21_550; // 2029-01-01
/** 2022-01-01: the tribunal de commerce hears disputes between artisans, and between artisans and commerçants (C. com. L721-3 1°, loi n° 2021-1729). */
export const JOUR_L721_3_ARTISANS = 18_993;

/** The creditor's quality, for the tribunal de commerce's competence between artisans (L721-3 1°). */
export interface QualiteCreancier {
  readonly commercant?: boolean;
  readonly artisan?: boolean;
}

/**
 * The competent French court (C. com. L721-3; CPC 1406): the tribunal de commerce for a commercial claim
 * against a commerçant, and from 1 January 2022 between artisans and between artisans and commerçants
 * (L721-3 1°); the tribunal judiciaire otherwise.
 */
export function juridictionNationale(
  c: Creance,
  d: Debiteur,
  jour: number,
  avertissements: string[],
  creancier: QualiteCreancier = {},
): { juridiction: JuridictionNationale; motif: string; reference: string | null } {
  const commercant = d.commercant ?? (d.artisan === true ? false : d.type === 'professionnel' ? null : false);
  const tae = (): void => {
    if (jour >= JOUR_TAE && jour < JOUR_FIN_TAE) {
      avertissements.push(
        'Depuis le 1er janvier 2025, à Avignon, Auxerre, Le Havre, Le Mans, Limoges, Lyon, Marseille, Nancy, Nanterre, Paris, Saint-Brieuc et Versailles, le tribunal de commerce est le tribunal des activités économiques (expérimentation de 4 ans, loi n° 2023-1059 art. 26).',
      );
    }
  };
  if (c.nature === 'commerciale' && commercant !== false) {
    if (commercant === null) {
      avertissements.push(
        'Le débiteur est un professionnel dont la qualité de commerçant n’est pas renseignée (champ `commercant`) : il est supposé commerçant. Une profession libérale ou civile relève du tribunal judiciaire ; un artisan (champ `artisan`), du tribunal de commerce seulement depuis le 1er janvier 2022 et face à un commerçant ou un artisan.',
      );
    }
    tae();
    return { juridiction: 'tribunal-de-commerce', motif: 'Créance commerciale contre un commerçant : tribunal de commerce (C. com. L721-3).', reference: 'C. com. art. L721-3' };
  }
  if (d.artisan === true && c.nature !== 'consommation') {
    if (jour >= JOUR_L721_3_ARTISANS) {
      const qualite = creancier.commercant === true || creancier.artisan === true;
      // Creditor's quality unknown: presumed for a commercial claim only (a trader's or an artisan's invoice).
      const presumee = creancier.commercant === undefined && creancier.artisan === undefined && c.nature === 'commerciale';
      if (presumee) {
        avertissements.push(
          'Débiteur artisan : la qualité du créancier (commerçant ou artisan) n’est pas renseignée ; elle est supposée, ce qui donne compétence au tribunal de commerce (C. com. L721-3 1°). Un créancier ni commerçant ni artisan saisit le tribunal judiciaire.',
        );
      }
      if (qualite || presumee) {
        tae();
        return {
          juridiction: 'tribunal-de-commerce',
          motif: 'Litige entre artisans, ou entre un artisan et un commerçant, depuis le 1er janvier 2022 : tribunal de commerce (C. com. L721-3 1°, loi n° 2021-1729).',
          reference: 'C. com. art. L721-3 1°',
        };
      }
    } else {
      return {
        juridiction: 'tribunal-judiciaire',
        motif: 'Débiteur artisan avant le 1er janvier 2022 : les artisans relevaient du tribunal judiciaire (C. com. L721-3 1° ne vise les artisans que depuis la loi n° 2021-1729, en vigueur le 1er janvier 2022).',
        reference: 'C. com. art. L721-3 1°',
      };
    }
  }
  return {
    juridiction: 'tribunal-judiciaire',
    motif: 'Créance civile, ou débiteur non commerçant : tribunal judiciaire (son président, ou le juge des contentieux de la protection selon la matière).',
    reference: null,
  };
}

// --- Cross-border EU procedures (Reg. 1896/2006, 861/2007) ----------------------------------------------

/**
 * A cross-border case between two member states bound by the EU civil-justice regulations (Denmark is not):
 * creditor and debtor in two different member states.
 */
export function conditionTransfrontaliere(paysCreancier: string, paysDebiteur: string, reglement: string): ConditionEligibilite {
  const c = etat(paysCreancier);
  const d = etat(paysDebiteur);
  const lie = (p: string): boolean => UE.has(p) && p !== 'DK';
  if (!lie(c) || !lie(d)) {
    const hors = [c, d].filter((p) => !lie(p));
    return condition(
      'transfrontalier',
      false,
      `${hors.join(' et ')} : ${hors.includes('DK') ? 'le Danemark n’est pas lié par le règlement' : 'hors de l’Union européenne'} ; le règlement ne s’applique pas.`,
      reglement,
    );
  }
  if (c === d) return condition('transfrontalier', false, `Créancier et débiteur dans le même État membre (${c}) : litige interne, pas transfrontalier.`, reglement);
  return condition('transfrontalier', true, `Litige transfrontalier : créancier en ${c}, débiteur en ${d}.`, reglement);
}

/** Checks an optional options object: an object (not an array) whose keys are all in `cles`. */
export function lireOptions(options: unknown, cles: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) entreeInvalide(['options'], MESSAGES.objetAttendu, 'invalid_type');
  refuserClesInconnues(options, cles, ['options']);
}

export function lirePays(valeur: unknown, nom: string): string {
  if (valeur === undefined) return 'FR';
  if (typeof valeur !== 'string' || !/^[A-Z]{2}$/.test(valeur)) {
    throw new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `Entrée invalide à options.${nom} : code pays ISO 3166 alpha-2 attendu`, [
      { code: 'invalid_format', path: ['options', nom], message: 'code pays ISO 3166 alpha-2 attendu' },
    ]);
  }
  return valeur;
}
