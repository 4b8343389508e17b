/**
 * Internal helpers of the eligibility functions: parsing at the boundary, the state of a claim at a date,
 * verdict assembly, and the rules several procedures share (collective proceedings, competent court,
 * countries).
 */
import { analyser } from '../entites/messages.js';
import { creanceSchema, type Creance } from '../entites/creance.js';
import { debiteurSchema, type Debiteur } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
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
  const issues = r.error.issues.map((i) => ({ code: String(i.code), path: [nom, ...i.path], message: i.message }));
  const p = issues[0];
  throw new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `${libelle} invalide${p ? ` (${p.path.map(String).join('.')} : ${p.message})` : ''}`, issues);
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

/** The claim seen on a day: amounts in cents, dates in epoch days. Payments after the day are ignored. */
export interface EtatCreance {
  readonly montant: number;
  readonly paye: number;
  /** Outstanding principal on the day (never negative). */
  readonly reste: number;
  readonly echeance: number;
  readonly jour: number;
  /** Payments dated on or before the day. */
  readonly paiements: readonly { readonly date: string; readonly montant: string }[];
}

export function etatCreance(c: Creance, jour: number): EtatCreance {
  const montant = lireEuros(c.montantTTC);
  let paye = 0;
  const paiements: { date: string; montant: string }[] = [];
  for (const p of c.paiements) {
    if (lireDate(p.date) <= jour) {
      paye += lireEuros(p.montant);
      paiements.push({ date: p.date, montant: p.montant });
    }
  }
  return { montant, paye, reste: Math.max(0, montant - paye), echeance: lireDate(c.dateEcheance), jour, paiements };
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
  return { c, d, jour, e: etatCreance(c, jour) };
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

export const L111_6 = 'CPCE art. L111-6';

/** Liquide: the claim is valued in money (CPCE L111-6) and something remains to pay on the day. */
export function conditionMontant(e: EtatCreance): ConditionEligibilite {
  if (e.montant === 0) return condition('liquide', false, 'Montant nul : la créance n’est pas évaluée en argent.', L111_6);
  if (e.reste === 0) {
    return condition('liquide', false, `Créance entièrement payée au ${iso(e.jour)} (${eur(e.paye)} reçus) : plus rien n’est dû.`, 'C. civ. art. 1342');
  }
  return condition('liquide', true, `Montant déterminé : ${eur(e.reste)} restant dus au ${iso(e.jour)} sur ${eur(e.montant)}.`, L111_6);
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

export const L622_21 = 'C. com. art. L622-21';

/** The day the claim was born: delivery / end of the service, else the invoice date. */
export function naissance(c: Creance): number {
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
export function etat(pays: string): string {
  return FRANCE.has(pays) ? 'FR' : pays;
}

export function enFrance(pays: string): boolean {
  return FRANCE.has(pays);
}

// --- Competent court for a French order or référé (CPC 1406; C. com. L721-3) -------------------------------

/** The French court competent for an injonction de payer or a référé (CPC 1406; C. com. L721-3). */
export type JuridictionNationale = 'tribunal-de-commerce' | 'tribunal-judiciaire';

/** Start of the experimental tribunaux des activités économiques (loi n° 2023-1059 art. 26). */
const JOUR_TAE = 20_089; // 2025-01-01
/** End of the 4-year experiment. */
const JOUR_FIN_TAE = 21_550; // 2029-01-01

export function juridictionNationale(c: Creance, d: Debiteur, jour: number, avertissements: string[]): { juridiction: JuridictionNationale; motif: string } {
  const commercant = d.commercant ?? (d.type === 'professionnel' ? null : false);
  if (c.nature === 'commerciale' && commercant !== false) {
    if (commercant === null) {
      avertissements.push(
        'Le débiteur est un professionnel dont la qualité de commerçant n’est pas renseignée (champ `commercant`) : il est supposé commerçant. Une profession libérale ou civile relève du tribunal judiciaire.',
      );
    }
    if (jour >= JOUR_TAE && jour < JOUR_FIN_TAE) {
      avertissements.push(
        'Depuis le 1er janvier 2025, à Avignon, Auxerre, Le Havre, Le Mans, Limoges, Lyon, Marseille, Nancy, Nanterre, Paris, Saint-Brieuc et Versailles, le tribunal de commerce est le tribunal des activités économiques (expérimentation de 4 ans, loi n° 2023-1059 art. 26).',
      );
    }
    return { juridiction: 'tribunal-de-commerce', motif: 'Créance commerciale contre un commerçant : tribunal de commerce (C. com. L721-3).' };
  }
  return {
    juridiction: 'tribunal-judiciaire',
    motif: 'Créance civile, ou débiteur non commerçant : tribunal judiciaire (son président, ou le juge des contentieux de la protection selon la matière).',
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

export function lirePays(valeur: unknown, nom: string): string {
  if (valeur === undefined) return 'FR';
  if (typeof valeur !== 'string' || !/^[A-Z]{2}$/.test(valeur)) {
    throw new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `Entrée invalide à options.${nom} : code pays ISO 3166 alpha-2 attendu`, [
      { code: 'invalid_format', path: ['options', nom], message: 'code pays ISO 3166 alpha-2 attendu' },
    ]);
  }
  return valeur;
}
