/**
 * Follow-up of a payment plan at a date: payments are imputed to the instalments in date order (each one
 * is paid off before the next — within a single debt split into instalments, this is the "dettes échues
 * d'abord, puis la plus ancienne" order of C. civ. art. 1342-10), which instalments are paid, late or still
 * to come, the amount overdue, and whether the plan is in default under its forfeiture clause (clause de
 * déchéance du terme). The clause is a contractual term, not a rule of law: the caller describes it in
 * `options.defaillanceApres` (how many instalments left unpaid, after how many days of tolerance).
 */
import { formaterDate, lireDate, type DateISO, type JourEpoch } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { entierEntre } from '../../socle/messages.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../../socle/euros.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { lirePaiements, objet } from '../moteur/entrees.js';
import { ECHEANCES_MAX } from './creerEcheancier.js';

/** A plan to check: the output of {@link creerEcheancier}, or any list of `{ date, montant }` lines. */
export interface PlanAVerifier {
  readonly echeances: readonly {
    readonly date: DateISO;
    readonly montant: EntreeEuros;
    /** Default: the line's position in the list, from 1. */
    readonly numero?: number;
    readonly type?: 'apport' | 'echeance';
  }[];
}

/** A payment received for the plan (the day the funds were available to the creditor). */
export interface PaiementEcheancier {
  readonly date: DateISO;
  readonly montant: EntreeEuros;
}

/**
 * The plan's forfeiture clause (clause de déchéance du terme), as the contract or the decision words it: the
 * plan is in default once `echeancesImpayees` instalments are each still unpaid more than `delaiGraceJours`
 * days after their date. Since payments are imputed in date order, unpaid instalments are always
 * consecutive.
 */
export interface ClauseDefaillance {
  /** How many instalments must be unpaid (at least 1). */
  readonly echeancesImpayees: number;
  /** Days of tolerance after each instalment's date before it counts as unpaid (default 0). */
  readonly delaiGraceJours?: number;
}

/** Options of {@link verifierEcheancier}. */
export interface OptionsVerifierEcheancier {
  /** The forfeiture clause; without it, `defaillance` is `null`. */
  readonly defaillanceApres?: ClauseDefaillance;
}

/** Where one instalment stands at the date of the check. */
export interface EtatEcheance {
  readonly numero: number;
  readonly type: 'apport' | 'echeance';
  readonly date: DateISO;
  readonly montant: Euros;
  /** What the payments up to the date of the check cover of this instalment. */
  readonly montantPaye: Euros;
  readonly resteDu: Euros;
  /**
   * `payee` (fully covered), `en-retard` (its date is past and it is not fully paid), `a-echoir` (its date
   * is the date of the check or later: paying on the due date is on time).
   */
  readonly statut: 'payee' | 'en-retard' | 'a-echoir';
  /** The date of the payment that completed it (`null` if not fully paid, or of zero amount). */
  readonly datePaiement: DateISO | null;
  /** Days late: paid late → days between its date and `datePaiement`; still late → days up to the check. */
  readonly retardJours: number;
}

/** Default under the forfeiture clause. */
export interface Defaillance {
  readonly clause: { readonly echeancesImpayees: number; readonly delaiGraceJours: number };
  /** The condition of the clause was met on some day up to the date of the check. */
  readonly acquise: boolean;
  /** The first day it was met (`null` if never). */
  readonly date: DateISO | null;
  /** The condition is still met on the date of the check (later payments may have cured the arrears). */
  readonly enCours: boolean;
  /** Instalments unpaid beyond the tolerance on the date of the check. */
  readonly echeancesImpayees: number;
  readonly motif: string;
}

/** Result of {@link verifierEcheancier}. */
export interface ResultatVerificationEcheancier {
  readonly date: DateISO;
  /** The lines in date order. */
  readonly echeances: readonly EtatEcheance[];
  readonly montantTotal: Euros;
  /** Payments up to the date imputed to the plan (at most `montantTotal`). */
  readonly montantPaye: Euros;
  /** What remains to pay on the whole plan. */
  readonly resteDu: Euros;
  /** Sum of what remains on late instalments. */
  readonly montantEnRetard: Euros;
  readonly echeancesEnRetard: number;
  /**
   * What the creditor may claim now: the whole `resteDu` once the forfeiture clause has been triggered
   * (`defaillance.acquise`), otherwise what remains on the instalments due on or before the date.
   */
  readonly montantExigible: Euros;
  /** Payments beyond the plan's total (trop-perçu). */
  readonly tropPercu: Euros;
  /** `null` when no clause was given. */
  readonly defaillance: Defaillance | null;
  readonly motifs: readonly string[];
  readonly avertissements: readonly string[];
}

interface Ligne {
  numero: number;
  type: 'apport' | 'echeance';
  jour: JourEpoch;
  centimes: number;
  position: number;
}

/**
 * The keys a plan may carry: `echeances` (the only one read) and the other fields of an {@link Echeancier},
 * so that the result of `creerEcheancier` can be passed as it is.
 */
const CLES_PLAN: readonly string[] = [
  'echeances', 'nature', 'montantTotal', 'apport', 'nombreEcheances', 'dateDebut', 'dateFin', 'dureeMois', 'motifs', 'references', 'avertissements',
];

function lireEntier(v: unknown, path: readonly PropertyKey[], min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return entreeInvalide(path, entierEntre(min, max), typeof v === 'number' ? 'invalid_value' : 'invalid_type');
  }
  return v;
}

/**
 * Checks a payment plan at a date: imputes the payments received up to that date to the instalments in
 * date order, says which instalments are paid, late or to come, the amount overdue, and whether the plan is
 * in default under its forfeiture clause. Payments dated after `date` are ignored.
 *
 * @param echeancier - the plan ({@link creerEcheancier}'s output or `{ echeances: [{ date, montant }] }`)
 * @param paiements - the payments received for the plan
 * @param date - the day of the check ("today", always a parameter)
 * @param options - the forfeiture clause `defaillanceApres`
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the failing path
 * @example
 * ```ts
 * import { creerEcheancier, verifierEcheancier } from 'recouvrement';
 * const plan = creerEcheancier({ montantTotal: 300, nombreEcheances: 3, premiereEcheance: '2025-01-31' });
 * const r = verifierEcheancier(plan, [{ date: '2025-01-31', montant: 100 }], '2025-03-10',
 *   { defaillanceApres: { echeancesImpayees: 1, delaiGraceJours: 8 } });
 * r.echeances.map((e) => e.statut); //=> ['payee', 'en-retard', 'a-echoir']
 * r.montantEnRetard; //=> '100.00'
 * r.defaillance?.date; //=> '2025-03-09'
 * r.montantExigible; //=> '200.00'
 * ```
 */
export function verifierEcheancier(
  echeancier: PlanAVerifier,
  paiements: readonly PaiementEcheancier[],
  date: DateISO,
  options?: OptionsVerifierEcheancier,
): ResultatVerificationEcheancier {
  const plan = objet(echeancier, ['echeancier']);
  refuserClesInconnues(plan, CLES_PLAN, ['echeancier']);
  if (!Array.isArray(plan.echeances)) return entreeInvalide(['echeancier', 'echeances'], 'tableau d’échéances attendu', 'invalid_type');
  const brutes: readonly unknown[] = plan.echeances;
  if (brutes.length === 0) entreeInvalide(['echeancier', 'echeances'], 'au moins une échéance attendue', 'too_small');
  if (brutes.length > ECHEANCES_MAX + 1) entreeInvalide(['echeancier', 'echeances'], `au plus ${ECHEANCES_MAX + 1} lignes`, 'too_big');
  const lignes: Ligne[] = Array.from(brutes, (b, i) => {
    const path = ['echeancier', 'echeances', i];
    const e = objet(b, path);
    refuserClesInconnues(e, ['numero', 'type', 'date', 'montant'], path);
    const type = e.type === undefined ? 'echeance' : e.type;
    if (type !== 'apport' && type !== 'echeance') entreeInvalide([...path, 'type'], "'apport' ou 'echeance' attendu");
    return {
      numero: e.numero === undefined ? i + 1 : lireEntier(e.numero, [...path, 'numero'], 0, ECHEANCES_MAX + 1),
      type,
      jour: lireDate(e.date, [...path, 'date']),
      centimes: lireEuros(e.montant, [...path, 'montant']),
      position: i,
    };
  });
  lignes.sort((a, b) => a.jour - b.jour || a.position - b.position);
  const jour = lireDate(date, ['date']);
  const tous = lirePaiements(paiements, ['paiements']);
  const recus = tous.filter((p) => p.jour <= jour);

  let clause: { echeancesImpayees: number; delaiGraceJours: number } | null = null;
  if (options !== undefined) {
    const o = objet(options, ['options']);
    refuserClesInconnues(o, ['defaillanceApres'], ['options']);
    if (o.defaillanceApres !== undefined) {
      const c = objet(o.defaillanceApres, ['options', 'defaillanceApres']);
      refuserClesInconnues(c, ['echeancesImpayees', 'delaiGraceJours'], ['options', 'defaillanceApres']);
      clause = {
        echeancesImpayees: lireEntier(c.echeancesImpayees, ['options', 'defaillanceApres', 'echeancesImpayees'], 1, ECHEANCES_MAX + 1),
        delaiGraceJours: c.delaiGraceJours === undefined ? 0 : lireEntier(c.delaiGraceJours, ['options', 'defaillanceApres', 'delaiGraceJours'], 0, 3660),
      };
    }
  }

  // Waterfall: line i is covered on the day cumulated payments reach the cumulated amounts up to i.
  const n = lignes.length;
  const couverture: number[] = new Array<number>(n); // epoch day, -Infinity (nothing to pay) or +Infinity
  let totalPlan = 0;
  let k = 0;
  let cumulPaye = 0;
  for (let i = 0; i < n; i++) {
    totalPlan += lignes[i]!.centimes;
    if (totalPlan === 0) {
      couverture[i] = Number.NEGATIVE_INFINITY;
      continue;
    }
    while (cumulPaye < totalPlan && k < recus.length) cumulPaye += recus[k++]!.centimes;
    couverture[i] = cumulPaye >= totalPlan ? recus[k - 1]!.jour : Number.POSITIVE_INFINITY;
  }
  const totalRecu = recus.reduce((s, p) => s + p.centimes, 0);

  const etats: EtatEcheance[] = [];
  let avant = 0;
  let enRetard = 0;
  let nbEnRetard = 0;
  let exigibleSansDecheance = 0;
  for (let i = 0; i < n; i++) {
    const l = lignes[i]!;
    const paye = Math.min(l.centimes, Math.max(0, totalRecu - avant));
    avant += l.centimes;
    const reste = l.centimes - paye;
    const c = couverture[i]!;
    let statut: EtatEcheance['statut'];
    let retard = 0;
    if (reste === 0) {
      statut = 'payee';
      if (Number.isFinite(c)) retard = Math.max(0, c - l.jour);
    } else if (l.jour < jour) {
      statut = 'en-retard';
      retard = jour - l.jour;
      enRetard += reste;
      nbEnRetard++;
    } else {
      statut = 'a-echoir';
    }
    if (l.jour <= jour) exigibleSansDecheance += reste;
    etats.push({
      numero: l.numero,
      type: l.type,
      date: formaterDate(l.jour),
      montant: formaterEuros(l.centimes),
      montantPaye: formaterEuros(paye),
      resteDu: formaterEuros(reste),
      statut,
      datePaiement: reste === 0 && Number.isFinite(c) ? formaterDate(c) : null,
      retardJours: retard,
    });
  }
  const paye = Math.min(totalRecu, totalPlan);
  const resteDu = totalPlan - paye;

  const motifs: string[] = [
    'Paiements imputés sur les échéances dans l’ordre de leurs dates : les échéances échues d’abord, puis la plus ancienne (C. civ. art. 1342-10).',
  ];
  const avertissements: string[] = [];
  if (recus.length < tous.length) motifs.push(`${tous.length - recus.length} paiement(s) postérieur(s) au ${formaterDate(jour)} ignoré(s).`);
  if (totalRecu > totalPlan) avertissements.push(`Trop-perçu de ${formaterEuros(totalRecu - totalPlan)} € au-delà du total de l’échéancier.`);

  let defaillance: Defaillance | null = null;
  if (clause !== null) {
    const d = clause.delaiGraceJours;
    // Unpaid beyond tolerance on day t: lines with jour + d < t, minus lines covered by t (both are prefixes
    // of the date order, since coverage follows it). The count only rises on days jour + d + 1.
    const impayeesAu = (t: number): number => {
      let dues = 0;
      let couvertes = 0;
      for (let i = 0; i < n; i++) {
        if (lignes[i]!.jour + d < t) dues++;
        if (couverture[i]! <= t) couvertes++;
      }
      return Math.max(0, dues - couvertes);
    };
    let premier: number | null = null;
    // Candidate days in increasing order; counts are computed incrementally with two pointers.
    let dues = 0;
    let couvertes = 0;
    for (let i = 0; i < n && premier === null; i++) {
      const t = lignes[i]!.jour + d + 1;
      if (t > jour) break;
      while (dues < n && lignes[dues]!.jour + d < t) dues++;
      while (couvertes < n && couverture[couvertes]! <= t) couvertes++;
      if (dues - couvertes >= clause.echeancesImpayees) premier = t;
    }
    const auJour = impayeesAu(jour);
    const enCours = auJour >= clause.echeancesImpayees;
    const libelleClause = `${clause.echeancesImpayees} échéance(s) impayée(s)${d > 0 ? ` plus de ${d} jour(s) après leur date` : ''}`;
    defaillance = {
      clause,
      acquise: premier !== null,
      date: premier === null ? null : formaterDate(premier),
      enCours,
      echeancesImpayees: auJour,
      motif:
        premier === null
          ? `Clause de déchéance du terme (${libelleClause}) non mise en jeu au ${formaterDate(jour)}.`
          : `Clause de déchéance du terme (${libelleClause}) : condition remplie le ${formaterDate(premier)}` +
            (enCours ? ' et toujours remplie.' : ', arriéré régularisé depuis.') +
            ' Le solde de l’échéancier devient exigible selon les termes de la clause.',
    };
    if (premier !== null) {
      avertissements.push(
        'La clause de déchéance du terme est contractuelle (ou fixée par la décision) : ses conditions de mise en œuvre (mise en demeure préalable, renonciation du créancier après régularisation) ne sont pas vérifiées ici.',
      );
    }
  }

  return {
    date: formaterDate(jour),
    echeances: etats,
    montantTotal: formaterEuros(totalPlan),
    montantPaye: formaterEuros(paye),
    resteDu: formaterEuros(resteDu),
    montantEnRetard: formaterEuros(enRetard),
    echeancesEnRetard: nbEnRetard,
    montantExigible: formaterEuros(defaillance?.acquise === true ? resteDu : exigibleSansDecheance),
    tropPercu: formaterEuros(Math.max(0, totalRecu - totalPlan)),
    defaillance,
    motifs,
    avertissements,
  };
}
