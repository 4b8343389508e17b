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
import type { SituationCreance } from '../situation/types.js';
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
  readonly echeance: number;
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
}

export function etatCreance(c: Creance, jour: number, d: Debiteur = debiteurPresume(c), options: OptionsEtat = {}): EtatCreance {
  const s = situationCreance(c, d, formaterDate(jour), {
    ...(options.baremes !== undefined ? { baremes: options.baremes } : {}),
    ...(options.dateMiseEnDemeure !== undefined ? { dateMiseEnDemeure: options.dateMiseEnDemeure } : {}),
  });
  const reste = lireEuros(s.principalDu);
  const interets = lireEuros(s.penalites.du) + lireEuros(s.interets.du);
  const accessoires = interets + lireEuros(s.indemnite.du);
  return { montant: lireEuros(c.montantTTC), paye: lireEuros(s.paye), reste, accessoires, interets, du: reste + accessoires, echeance: lireDate(c.dateEcheance), jour, situation: s };
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
export function lireDemande(creance: unknown, debiteur: unknown, date: unknown): Demande {
  const c = lireCreance(creance);
  const d = lireDebiteur(debiteur);
  const jour = lireJour(date);
  return { c, d, jour, e: etatCreance(c, jour, d) };
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
 */
export function conditionMontant(e: EtatCreance): ConditionEligibilite {
  if (e.montant === 0) return condition('liquide', false, 'Montant nul : la créance n’est pas évaluée en argent.', L111_6);
  if (e.du === 0) {
    return condition('liquide', false, `Créance entièrement payée au ${iso(e.jour)} (${eur(e.paye)} reçus) : plus rien n’est dû.`, 'C. civ. art. 1342');
  }
  const accessoires = e.accessoires > 0 ? `, plus ${eur(e.accessoires)} d’accessoires (pénalités, intérêts, indemnité)` : '';
  return condition('liquide', true, `Montant déterminé : ${eur(e.reste)} de principal restant dus au ${iso(e.jour)} sur ${eur(e.montant)}${accessoires}.`, L111_6);
}

/** Exigible from the due date, inclusive. */
export function conditionExigible(e: EtatCreance): ConditionEligibilite {
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
