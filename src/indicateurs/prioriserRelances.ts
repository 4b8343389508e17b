/**
 * Ranking the open claims to chase (prioriser les relances) by a transparent score out of 100 by default:
 * the sum of four factors, each returned with its weight, its measure, its points and a sentence saying how
 * they were computed — no black box. A management tool, not a legal rule; the prescription factor only uses
 * the limit date you give (compute it with the prescription rules: C. com. L110-4, C. civ. 2224, C. conso.
 * L218-2), the library never guesses it.
 *
 * Factors (default weights 40 / 30 / 20 / 10):
 * - `montant`: `poids × min(1, montantDu / montantReference)` (default reference 10 000 €);
 * - `retard`: `poids × min(1, joursDeRetard / retardReference)` (default 90 days);
 * - `profil`: `poids × (partPayeesEnRetard + min(1, retardMoyen / retardReference)) / 2` from the debtor's
 *   {@link profilPaiement}; 0 when the profile is unknown or has no paid invoice;
 * - `prescription`: `poids × max(0, 1 − joursRestants / horizonPrescription)` (default 365 days) when
 *   `dateLimitePrescription` is given; 0 otherwise.
 * Each factor's points are rounded half-up to one decimal on the exact value; the score is their sum.
 */
import { MESSAGES } from '../socle/messages.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import { arrondiDemiSuperieur } from '../socle/arrondi.js';
import type { ProfilPaiement } from './profilPaiement.js';
import { centimes, centimesLigne, entier, iterable, jourLigne, ligne, objet, paiementLigne, jourPaiement, centimesPaiement, annuleAu } from './internes/lecture.js';

/** An open claim to rank (`Creance` objects fit: `montantTTC` and `paiements` give the amount due). */
export interface CreanceARelancer {
  readonly id: string;
  readonly debiteurId?: string;
  /** Amount still due incl. VAT; if absent, `montantTTC` minus the `paiements` dated on or before `date`. */
  readonly montantDu?: EntreeEuros;
  readonly montantTTC?: EntreeEuros;
  readonly paiements?: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
  readonly dateEcheance: DateISO;
  /** Disputed by the debtor: not to chase with reminders (handle the dispute first). */
  readonly contestee?: boolean;
  /** The last day the creditor can still act (see `calculerPrescription`). */
  readonly dateLimitePrescription?: DateISO;
}

/** The weights of the four factors (non-negative integers; the maximum score is their sum). */
export interface PoidsPriorite {
  readonly montant: number;
  readonly retard: number;
  readonly profil: number;
  readonly prescription: number;
}

/** Options of {@link prioriserRelances}. */
export interface OptionsPrioriserRelances {
  /** Payment profiles by `debiteurId` (from {@link profilPaiement}). */
  readonly profils?: Readonly<Record<string, ProfilPaiement>>;
  /** Default `{ montant: 40, retard: 30, profil: 20, prescription: 10 }`. */
  readonly poids?: Partial<PoidsPriorite>;
  /** The amount that earns the full `montant` points. Default `'10000.00'`. */
  readonly montantReference?: EntreeEuros;
  /** Days late that earn the full `retard` points (and full lateness in the profile). Default 90. */
  readonly retardReference?: number;
  /** Days before the prescription limit from which the `prescription` points grow. Default 365. */
  readonly horizonPrescription?: number;
  /** Also rank open claims not yet due (0 points for lateness). Default `false`. */
  readonly inclureNonEchues?: boolean;
  /** Keep only the first N of the ranking. */
  readonly limite?: number;
}

/** One factor of a score. */
export interface FacteurPriorite {
  readonly facteur: 'montant' | 'retard' | 'profil' | 'prescription';
  readonly poids: number;
  /** The measure the points come from (amount due, days late, profile figures, days left), or `null`. */
  readonly mesure: string | number | null;
  /** Points earned, one decimal, between 0 and `poids`. */
  readonly points: number;
  readonly explication: string;
}

/** One ranked claim. */
export interface PrioriteRelance {
  /** 1-based position in the ranking. */
  readonly rang: number;
  readonly id: string;
  readonly debiteurId: string | null;
  readonly montantDu: Euros;
  readonly dateEcheance: DateISO;
  /** `date − dateEcheance`, in days (≤ 0 when not yet due). */
  readonly joursDeRetard: number;
  /** Sum of the factors' points, one decimal. */
  readonly score: number;
  readonly facteurs: readonly FacteurPriorite[];
  /** `false` for a disputed or time-barred claim (listed after the others, with the reason in `motifs`). */
  readonly aRelancer: boolean;
  readonly motifs: readonly string[];
}

const POIDS_DEFAUT: PoidsPriorite = { montant: 40, retard: 30, profil: 20, prescription: 10 };

/** `poids × num / den` in tenths, half-up, capped to `poids`. */
function dixiemes(poids: number, num: bigint, den: bigint): number {
  if (num <= 0n) return 0;
  if (num >= den) return poids * 10;
  return Number(arrondiDemiSuperieur(BigInt(poids) * 10n * num, den));
}

interface Interne extends Omit<PrioriteRelance, 'rang'> {
  readonly cents: number;
  readonly index: number;
}

/**
 * Ranks the open claims at `date` by a documented score; every factor is returned with its computation.
 * Order: claims to chase first, then score (highest first), then amount due, days late, input order.
 *
 * @param creances - any iterable of claims (only those with an amount due are ranked; not-yet-due ones
 *   only with `inclureNonEchues`)
 * @param date - the date of the ranking ("today", a parameter)
 * @param options - profiles, weights, references, `limite`
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, with the row index first in the path; for an unknown option or a
 *   malformed profile, with its path (`['options', 'profils', id, 'retardMoyen']`)
 * @example
 * ```ts
 * import { prioriserRelances } from 'recouvrement';
 * const [premier] = prioriserRelances(
 *   [
 *     { id: 'F1', montantDu: '12000.00', dateEcheance: '2025-03-31' },
 *     { id: 'F2', montantDu: '500.00', dateEcheance: '2025-06-15', dateLimitePrescription: '2025-09-30' },
 *   ],
 *   '2025-06-30',
 * );
 * premier?.id; //=> 'F1'
 * premier?.score; //=> 70 (40 for the amount ≥ 10 000 €, 30 for 91 days late ≥ 90)
 * premier?.facteurs.map((f) => f.points); //=> [40, 30, 0, 0]
 * ```
 */
export function prioriserRelances(creances: Iterable<CreanceARelancer>, date: DateISO, options: OptionsPrioriserRelances = {}): PrioriteRelance[] {
  const jour = lireDate(date, ['date']);
  const o = objet(options, ['options'], ['profils', 'poids', 'montantReference', 'retardReference', 'horizonPrescription', 'inclureNonEchues', 'limite']);
  const poids = { ...POIDS_DEFAUT };
  if (o.poids !== undefined) {
    const op = objet(o.poids, ['options', 'poids'], ['montant', 'retard', 'profil', 'prescription']);
    for (const cle of ['montant', 'retard', 'profil', 'prescription'] as const) {
      if (op[cle] !== undefined) poids[cle] = entier(op[cle], ['options', 'poids', cle], 0);
    }
  }
  const reference = o.montantReference === undefined ? 1_000_000 : centimes(o.montantReference, ['options', 'montantReference']);
  if (reference === 0) entreeInvalide(['options', 'montantReference'], 'montant de référence strictement positif attendu', 'too_small');
  const retardRef = o.retardReference === undefined ? 90 : entier(o.retardReference, ['options', 'retardReference'], 1);
  const horizon = o.horizonPrescription === undefined ? 365 : entier(o.horizonPrescription, ['options', 'horizonPrescription'], 1);
  const inclureNonEchues = o.inclureNonEchues === undefined ? false : o.inclureNonEchues;
  if (typeof inclureNonEchues !== 'boolean') entreeInvalide(['options', 'inclureNonEchues'], MESSAGES.booleenAttendu, 'invalid_type');
  const limite = o.limite === undefined ? Infinity : entier(o.limite, ['options', 'limite'], 0);
  const profils = lireProfils(o.profils);
  const lignes = iterable(creances);

  const liste: Interne[] = [];
  let i = 0;
  for (const c of lignes) {
    const r = ligne(c, i);
    const id = r.id;
    if (typeof id !== 'string' || id.length === 0) entreeInvalide([i, 'id'], 'identifiant (chaîne non vide) attendu', 'invalid_type');
    const debiteurId = r.debiteurId;
    if (debiteurId !== undefined && typeof debiteurId !== 'string') entreeInvalide([i, 'debiteurId'], MESSAGES.chaineAttendue, 'invalid_type');
    const echeance = jourLigne(r.dateEcheance, i, 'dateEcheance');
    const du = montantDu(r, i, jour);
    const contestee = r.contestee;
    if (contestee !== undefined && typeof contestee !== 'boolean') entreeInvalide([i, 'contestee'], MESSAGES.booleenAttendu, 'invalid_type');
    const limitePrescription = r.dateLimitePrescription === undefined ? null : jourLigne(r.dateLimitePrescription, i, 'dateLimitePrescription');
    const index = i++;
    const retard = jour - echeance;
    if (du === 0 || (retard <= 0 && !inclureNonEchues)) continue;

    const facteurs: FacteurPriorite[] = [];
    const motifs: string[] = [];
    const montantTexte = formaterEuros(du);
    const pm = dixiemes(poids.montant, BigInt(du), BigInt(reference));
    facteurs.push({
      facteur: 'montant', poids: poids.montant, mesure: montantTexte, points: pm / 10,
      explication: `${poids.montant} × min(1, ${montantTexte} / ${formaterEuros(reference)})`,
    });
    const pr = dixiemes(poids.retard, BigInt(Math.max(0, retard)), BigInt(retardRef));
    facteurs.push({
      facteur: 'retard', poids: poids.retard, mesure: retard, points: pr / 10,
      explication: retard > 0 ? `${poids.retard} × min(1, ${retard} jours / ${retardRef})` : 'pas encore échue : 0',
    });
    const profil = debiteurId === undefined ? undefined : profils.get(debiteurId);
    let pp = 0;
    if (profil === undefined || profil.nombrePayees === 0 || profil.retardMoyen === null) {
      facteurs.push({ facteur: 'profil', poids: poids.profil, mesure: null, points: 0, explication: 'profil de paiement inconnu ou sans facture soldée : 0' });
    } else {
      // (payées en retard / payées + min(1, retard moyen / référence)) / 2, on exact integers.
      const a = BigInt(profil.nombrePayeesEnRetard);
      const b = BigInt(profil.nombrePayees);
      const rm = BigInt(Math.round(profil.retardMoyen * 10));
      const ref = BigInt(retardRef) * 10n;
      const partRetard = rm >= ref ? 1n : 0n;
      const num = partRetard === 1n ? a * ref + b * ref : a * ref + b * rm;
      pp = dixiemes(poids.profil, num, 2n * b * ref);
      facteurs.push({
        facteur: 'profil', poids: poids.profil, mesure: `${profil.nombrePayeesEnRetard}/${profil.nombrePayees} payées en retard, retard moyen ${profil.retardMoyen} j`,
        points: pp / 10,
        explication: `${poids.profil} × (${profil.nombrePayeesEnRetard}/${profil.nombrePayees} + min(1, ${profil.retardMoyen} / ${retardRef})) / 2`,
      });
    }
    let ps = 0;
    let aRelancer = true;
    if (limitePrescription === null) {
      facteurs.push({ facteur: 'prescription', poids: poids.prescription, mesure: null, points: 0, explication: 'date limite de prescription non fournie : 0' });
    } else {
      const restants = limitePrescription - jour;
      if (restants < 0) {
        aRelancer = false;
        motifs.push(`prescrite depuis le ${formaterDate(limitePrescription + 1)} : plus d'action possible en justice (le débiteur peut encore payer volontairement)`);
      }
      ps = restants < 0 ? 0 : dixiemes(poids.prescription, BigInt(horizon - restants), BigInt(horizon));
      facteurs.push({
        facteur: 'prescription', poids: poids.prescription, mesure: restants, points: ps / 10,
        explication: restants < 0 ? 'prescrite : 0' : `${poids.prescription} × max(0, 1 − ${restants} jours restants / ${horizon})`,
      });
    }
    if (contestee === true) {
      aRelancer = false;
      motifs.push('contestée : traiter la contestation avant toute relance');
    }
    liste.push({
      id, debiteurId: debiteurId ?? null, montantDu: montantTexte, dateEcheance: formaterDate(echeance), joursDeRetard: retard,
      score: (pm + pr + pp + ps) / 10, facteurs, aRelancer, motifs, cents: du, index,
    });
  }
  liste.sort((x, y) =>
    Number(y.aRelancer) - Number(x.aRelancer) || y.score - x.score || y.cents - x.cents || y.joursDeRetard - x.joursDeRetard || x.index - y.index,
  );
  const n = Math.min(limite, liste.length);
  const resultat: PrioriteRelance[] = [];
  for (let k = 0; k < n; k++) {
    const { cents: _c, index: _i, ...reste } = liste[k]!;
    resultat.push({ rang: k + 1, ...reste });
  }
  return resultat;
}

/** The part of a payment profile the score reads. */
type ProfilLu = Pick<ProfilPaiement, 'nombrePayees' | 'nombrePayeesEnRetard' | 'retardMoyen'>;

/**
 * `options.profils`, checked (issue 15, item 5): an object whose own keys are debtor ids (a `Map`, so that
 * an id such as `constructor` never reaches an inherited property), each profile with `nombrePayees` and
 * `nombrePayeesEnRetard` integers (0 ≤ en retard ≤ payées) and `retardMoyen` a finite number of days or
 * `null` (what {@link profilPaiement} returns).
 */
function lireProfils(valeur: unknown): Map<string, ProfilLu> {
  const profils = new Map<string, ProfilLu>();
  if (valeur === undefined) return profils;
  const o = objet(valeur, ['options', 'profils']);
  for (const id of Object.keys(o)) {
    const chemin = ['options', 'profils', id];
    const p = objet(o[id], chemin);
    const compte = (v: unknown, cle: string): number =>
      typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : entreeInvalide([...chemin, cle], MESSAGES.entierPositifAttendu, 'invalid_type');
    const payees = compte(p.nombrePayees, 'nombrePayees');
    const enRetard = compte(p.nombrePayeesEnRetard, 'nombrePayeesEnRetard');
    if (enRetard > payees) entreeInvalide([...chemin, 'nombrePayeesEnRetard'], 'au plus nombrePayees', 'too_big');
    const rm: unknown = p.retardMoyen;
    if (rm !== null && (typeof rm !== 'number' || !Number.isFinite(rm) || Math.abs(rm) > 1_000_000)) {
      entreeInvalide([...chemin, 'retardMoyen'], 'nombre de jours fini (ou null) attendu', 'invalid_type');
    }
    profils.set(id, { nombrePayees: payees, nombrePayeesEnRetard: enRetard, retardMoyen: rm });
  }
  return profils;
}

/** The amount due of a row: `montantDu`, or `montantTTC` minus the payments dated on or before `jour`. */
function montantDu(r: Record<string, unknown>, i: number, jour: number): number {
  if (r.montantDu !== undefined) return centimesLigne(r.montantDu, i, 'montantDu');
  if (r.montantTTC === undefined) return entreeInvalide([i, 'montantDu'], 'montantDu ou montantTTC attendu', 'invalid_type');
  const total = centimesLigne(r.montantTTC, i, 'montantTTC');
  const paiements: unknown = r.paiements ?? [];
  if (!Array.isArray(paiements)) return entreeInvalide([i, 'paiements'], 'tableau de paiements attendu', 'invalid_type');
  let paye = 0;
  for (let k = 0; k < paiements.length; k++) {
    const q = paiementLigne(paiements[k], i, k);
    const j = jourPaiement(q, i, k);
    const c = centimesPaiement(q, i, k);
    if (j <= jour && !annuleAu(q, i, k, jour)) paye += c;
  }
  return total > paye ? total - paye : 0;
}
