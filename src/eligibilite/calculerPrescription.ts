/**
 * Prescription extinctive of a claim — C. civ. art. 2219 ff.
 *
 * - Durations: 5 years for commercial obligations (C. com. L110-4) and personal actions (C. civ. 2224);
 *   2 years for a professional's action against a consumer — a natural person (C. conso. L218-2, L137-2
 *   before 1 July 2016); 10 years to enforce a titre exécutoire (CPCE L111-4).
 * - Start: the day the creditor could act — delivery of the goods or end of the service, not the invoice
 *   date (Cass. com. 26 févr. 2020, n° 18-25.036; Cass. 1re civ. 19 mai 2021, n° 20-12.520). The delay is
 *   counted in days; it expires at the end of the same-numbered day N years later (C. civ. 2228, 2229),
 *   29 February → 28 February.
 * - Interruption (a new delay of the same length starts, C. civ. 2231): acknowledgement by the debtor, a
 *   partial payment included (2240); a demande en justice, even in référé (2241); a mesure conservatoire or
 *   an acte d'exécution forcée (2244). The list is limitative: a mise en demeure, even by registered letter,
 *   interrupts nothing (Cass. com. 18 mai 2022, n° 20-23.204).
 * - Suspension (C. civ. 2238): mediation or conciliation agreed after a dispute arose pauses the delay; it
 *   starts again at their end for what remained, and never for less than six months.
 * - Long-stop (C. civ. 2232 al. 1): suspension and interruption cannot carry the delay beyond 20 years from
 *   the birth of the right. Al. 2: it does not apply to the interruption by a demande en justice (2241 al. 1)
 *   nor by a mesure conservatoire or an acte d'exécution forcée (2244) — the new delay they open runs in
 *   full — nor in the cases of 2226, 2226-1, 2227, 2233 and 2236 (bodily injury, environment, property,
 *   claims under a condition or a term, spouses: not modelled, see docs/prescription.md). It does not apply
 *   to judgment titles (CPCE L111-4).
 */
import { analyser } from '../entites/messages.js';
import * as z from 'zod/mini';
import { dateIsoSchema } from '../entites/communs.js';
import { ajouterAnnees, ajouterMois, formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { depuisZod, entreeInvalide } from '../socle/erreurs.js';

/**
 * Events that act on prescription.
 *
 * @example
 * ```ts
 * import { TYPES_EVENEMENT_PRESCRIPTION } from 'recouvrement';
 * TYPES_EVENEMENT_PRESCRIPTION.includes('reconnaissance'); //=> true
 * ```
 */
export const TYPES_EVENEMENT_PRESCRIPTION = /* @__PURE__ */ Object.freeze([
  'reconnaissance',
  'paiement-partiel',
  'action-en-justice',
  'mesure-execution',
  'mediation-debut',
  'mediation-fin',
  'conciliation-debut',
  'conciliation-fin',
  'mise-en-demeure',
] as const);
/**
 * An event type. The API contract's five (`reconnaissance`, `action-en-justice`, `mesure-execution`,
 * `mediation-debut`, `mediation-fin`), plus `paiement-partiel` (an acknowledgement, 2240),
 * `conciliation-debut` / `conciliation-fin` (suspension like mediation, 2238) and `mise-en-demeure`
 * (recorded in the timeline with no effect).
 */
export type TypeEvenementPrescription = (typeof TYPES_EVENEMENT_PRESCRIPTION)[number];

/** The nature of the claim, which sets the duration. */
export type NaturePrescription = 'commerciale' | 'civile' | 'consommation' | 'titre-executoire';

/** Parameters of {@link calculerPrescription}. */
export interface ParamsPrescription {
  readonly nature: NaturePrescription;
  /** Delivery / end of the service (not the invoice date); for a titre exécutoire, the day it became enforceable (signification). */
  readonly dateDepart: DateISO;
  readonly evenements?: ReadonlyArray<{ readonly type: TypeEvenementPrescription; readonly date: DateISO }>;
  /**
   * The debtor's type. With `nature: 'consommation'`, only a `consommateur` (natural person) gets the
   * 2-year rule; a `non-professionnel` legal person (association, SCI) keeps 5 years (Cass. 3e civ.
   * 17 févr. 2022, n° 21-19.829).
   */
  readonly typeDebiteur?: 'professionnel' | 'consommateur' | 'non-professionnel' | 'personne-publique';
  /** Birth of the right, from which the 20-year long-stop runs (default `dateDepart`). */
  readonly dateNaissanceDroit?: DateISO;
  /** "Today": when given, the result says whether the claim is time-barred on that day (`prescrite`). */
  readonly dateCalcul?: DateISO;
}

/** What a step of the timeline did. */
export type EffetPrescription = 'depart' | 'interruption' | 'suspension' | 'reprise' | 'sans-effet' | 'expiration';

/** One step of the timeline that led to the deadline. */
export interface EtapePrescription {
  readonly date: DateISO;
  readonly evenement: TypeEvenementPrescription | 'depart' | 'expiration';
  readonly effet: EffetPrescription;
  /** The deadline after this step; `null` while the delay is suspended. */
  readonly dateLimite: DateISO | null;
  /** The step explained, in French. */
  readonly motif: string;
  readonly reference: string;
}

/** Result of {@link calculerPrescription}. */
export interface ResultatPrescription {
  /** The last day on which the creditor can still act. While a suspension is open, a minimum (see `suspendue`). */
  readonly dateLimite: DateISO;
  readonly dureeAnnees: number;
  readonly references: readonly string[];
  /** The events in date order, each with its effect and the deadline after it, ending with the expiry. */
  readonly chronologie: readonly EtapePrescription[];
  /** 20 years after the birth of the right (C. civ. 2232); `null` for a titre exécutoire. */
  readonly dateButoir: DateISO | null;
  /** True when the long-stop cut the deadline short. */
  readonly butoirAtteint: boolean;
  /** True when a mediation or conciliation is still open at the last event: `dateLimite` is then a minimum. */
  readonly suspendue: boolean;
  /** With `dateCalcul`: true when `dateCalcul` is after `dateLimite`. */
  readonly prescrite?: boolean;
  readonly avertissements: readonly string[];
}

const schema = /*@__PURE__*/ (() =>
  z.strictObject({
  nature: z.enum(['commerciale', 'civile', 'consommation', 'titre-executoire']),
  dateDepart: dateIsoSchema,
  evenements: z.optional(z.array(z.strictObject({ type: z.enum(TYPES_EVENEMENT_PRESCRIPTION), date: dateIsoSchema })).check(z.maxLength(10_000))),
  typeDebiteur: z.optional(z.enum(['professionnel', 'consommateur', 'non-professionnel', 'personne-publique'])),
  dateNaissanceDroit: z.optional(dateIsoSchema),
  dateCalcul: z.optional(dateIsoSchema),
}))();

const C2231 = 'C. civ. art. 2231';
const C2238 = 'C. civ. art. 2238';
const C2232 = 'C. civ. art. 2232';
const C2232_AL2 = 'C. civ. art. 2232 al. 2';
const C2229 = 'C. civ. art. 2228 et 2229';
const MED = 'Cass. com., 18 mai 2022, n° 20-23.204';
/** 2008-06-19: loi n° 2008-561 (5-year, 2-year and 10-year delays) in force. */
const JOUR_LOI_2008 = 14_049;
/** 2016-07-01: C. conso. L137-2 renumbered L218-2. */
const JOUR_L218_2 = 16_983;

const REFERENCE_EVENEMENT: Record<TypeEvenementPrescription, string> = {
  reconnaissance: 'C. civ. art. 2240',
  'paiement-partiel': 'C. civ. art. 2240',
  'action-en-justice': 'C. civ. art. 2241',
  'mesure-execution': 'C. civ. art. 2244',
  'mediation-debut': C2238,
  'mediation-fin': C2238,
  'conciliation-debut': C2238,
  'conciliation-fin': C2238,
  'mise-en-demeure': MED,
};

const LIBELLE: Record<TypeEvenementPrescription, string> = {
  reconnaissance: 'Reconnaissance du droit du créancier par le débiteur',
  'paiement-partiel': 'Paiement partiel (reconnaissance implicite du droit du créancier)',
  'action-en-justice': 'Demande en justice',
  'mesure-execution': 'Mesure conservatoire ou acte d’exécution forcée',
  'mediation-debut': 'Début de la médiation',
  'mediation-fin': 'Fin de la médiation',
  'conciliation-debut': 'Début de la conciliation',
  'conciliation-fin': 'Fin de la conciliation',
  'mise-en-demeure': 'Mise en demeure',
};

/**
 * Computes the last day on which a creditor can act before the claim is time-barred, with the timeline of
 * events that led to it.
 *
 * Rules and conventions:
 * - `dateLimite` = `dateDepart` + N years (same day number, 29 February → 28 February), then each event in
 *   date order (ties in the given order): an interruption starts a new N-year delay from its date — and
 *   never shortens the deadline; a suspension start freezes the days left; its end restarts them, pushing
 *   the deadline by the days the mediation lasted (end − start), and to at least 6 months after the end
 *   (end + 6 months, same day number); a mise en demeure is recorded with no effect.
 * - An event after the deadline (or after the long-stop while suspended) has no effect: the prescription is
 *   already acquired. An event before `dateDepart` interrupts nothing; a mediation started before it
 *   freezes the whole delay.
 * - The deadline never goes past `dateButoir` (20 years after `dateNaissanceDroit`, C. civ. 2232 al. 1),
 *   except for a titre exécutoire and for the delay opened by a demande en justice (2241 al. 1) or a mesure
 *   conservatoire / d'exécution (2244), which 2232 al. 2 excludes from the cap: that delay runs in full (and
 *   so does the remainder of such a delay after a mediation). Such an interruption must itself come before
 *   the prescription is acquired.
 * - A mediation still open at the end: `suspendue: true`, and `dateLimite` is computed as if it ended on
 *   `dateCalcul` (or on its start day without `dateCalcul`) — a minimum.
 *
 * @param params - nature, start, events; optional debtor type, birth of the right, "today"
 * @returns the deadline, the duration, the articles, the timeline and the long-stop
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path (`['evenements', 2, 'date']`, or the type of a
 *   mediation end with no start)
 * @example
 * ```ts
 * import { calculerPrescription } from 'recouvrement';
 * const r = calculerPrescription({ nature: 'commerciale', dateDepart: '2020-02-29',
 *   evenements: [{ type: 'mise-en-demeure', date: '2021-01-10' }, { type: 'paiement-partiel', date: '2022-03-15' }] });
 * r.dateLimite; //=> '2027-03-15' (the payment restarted 5 years; the mise en demeure did nothing)
 * r.chronologie.map((e) => e.effet); //=> ['depart', 'sans-effet', 'interruption', 'expiration']
 * calculerPrescription({ nature: 'consommation', dateDepart: '2024-02-29' }).dateLimite; //=> '2026-02-28'
 * ```
 */
export function calculerPrescription(params: ParamsPrescription): ResultatPrescription {
  const r = analyser(schema, params);
  if (!r.success) throw depuisZod(r.error, 'Paramètres de prescription invalides');
  const p = r.data;
  const depart = lireDate(p.dateDepart);
  const avertissements: string[] = [];
  const references: string[] = [];
  const ref = (x: string): string => {
    if (!references.includes(x)) references.push(x);
    return x;
  };

  // Duration and its articles.
  let duree: number;
  let baseRef: string;
  let nature = p.nature;
  if (nature === 'consommation' && p.typeDebiteur !== undefined && p.typeDebiteur !== 'consommateur') {
    avertissements.push(
      `Débiteur ${p.typeDebiteur} : la prescription biennale de C. conso. L218-2 ne protège que les consommateurs personnes physiques (Cass. 3e civ., 17 févr. 2022, n° 21-19.829) ; délai de droit commun de 5 ans appliqué.`,
    );
    nature = 'civile';
  }
  switch (nature) {
    case 'commerciale':
      duree = 5;
      ref('C. com. art. L110-4');
      baseRef = ref('C. civ. art. 2224');
      break;
    case 'civile':
      duree = 5;
      baseRef = ref('C. civ. art. 2224');
      break;
    case 'consommation':
      duree = 2;
      baseRef = ref('C. conso. art. L218-2');
      if (depart < JOUR_L218_2) ref('C. conso. art. L137-2 (avant le 1er juillet 2016)');
      break;
    default:
      duree = 10;
      baseRef = ref('CPCE art. L111-4');
  }
  ref(C2229);
  if (depart < JOUR_LOI_2008) {
    avertissements.push(
      'Point de départ antérieur au 19 juin 2008 : les délais d’avant la loi n° 2008-561 (10 ans en matière commerciale, 30 ans en matière civile) et ses dispositions transitoires ne sont pas modélisés ; résultat NON CONFIRMÉ.',
    );
  }

  const avecButoir = nature !== 'titre-executoire';
  const naissanceDroit = p.dateNaissanceDroit === undefined ? depart : lireDate(p.dateNaissanceDroit);
  if (naissanceDroit > depart) entreeInvalide(['dateNaissanceDroit'], 'la naissance du droit ne peut suivre le point de départ');
  const butoir = avecButoir ? ajouterAnnees(naissanceDroit, 20) : Number.POSITIVE_INFINITY;
  if (avecButoir) ref(C2232);
  const plafonne = (j: number): number => Math.min(j, butoir);

  // Events in date order (stable: ties keep the given order).
  const evenements = (p.evenements ?? []).map((e, i) => ({ ...e, jour: lireDate(e.date), i })).sort((a, b) => a.jour - b.jour || a.i - b.i);

  let limite = ajouterAnnees(depart, duree);
  /** Days left when suspended (limit − start of the suspension), or null when running. */
  let restant: number | null = null;
  let debutSuspension = 0;
  /** Mediations / conciliations opened and not yet closed (they may overlap). */
  let ouvertes = 0;
  /** The furthest deadline opened by an interruption the long-stop does not bound (2232 al. 2: 2241 al. 1, 2244). */
  let libre = Number.NEGATIVE_INFINITY;
  /** The days left while suspended come from such an interruption. */
  let restantLibre = false;
  /** The deadline in force: capped by the long-stop, except what 2232 al. 2 excludes from it. */
  const effective = (j: number): number => Math.max(plafonne(j), libre);
  const chronologie: EtapePrescription[] = [
    {
      date: formaterDate(depart),
      evenement: 'depart',
      effet: 'depart',
      dateLimite: formaterDate(plafonne(limite)),
      motif: `Point de départ (livraison ou fin de la prestation) : délai de ${duree} ans, jusqu’au ${formaterDate(limite)} inclus.`,
      reference: baseRef,
    },
  ];
  const etape = (e: { type: TypeEvenementPrescription; jour: number }, effet: EffetPrescription, motif: string, reference = REFERENCE_EVENEMENT[e.type]): void => {
    chronologie.push({ date: formaterDate(e.jour), evenement: e.type, effet, dateLimite: restant === null ? formaterDate(effective(limite)) : null, motif, reference });
  };

  for (const e of evenements) {
    const libelle = `${LIBELLE[e.type]} le ${formaterDate(e.jour)}`;
    const acquise = restant === null ? e.jour > effective(limite) : e.jour > butoir && !restantLibre;
    switch (e.type) {
      case 'mise-en-demeure':
        etape(e, 'sans-effet', `${libelle} : n’interrompt pas la prescription, même par lettre recommandée avec avis de réception.`, ref(MED));
        break;
      case 'reconnaissance':
      case 'paiement-partiel':
      case 'action-en-justice':
      case 'mesure-execution': {
        if (acquise) {
          etape(e, 'sans-effet', `${libelle} : sans effet, la prescription était acquise (une reconnaissance postérieure peut valoir renonciation à la prescription acquise, non modélisé).`);
          break;
        }
        if (e.jour < depart) {
          etape(e, 'sans-effet', `${libelle} : antérieur au point de départ, n’interrompt rien.`);
          break;
        }
        ref(REFERENCE_EVENEMENT[e.type]);
        ref(C2231);
        const nouveau = ajouterAnnees(e.jour, duree);
        const horsButoir = avecButoir && (e.type === 'action-en-justice' || e.type === 'mesure-execution');
        if (horsButoir) ref(C2232_AL2);
        if (restant === null) {
          limite = Math.max(limite, nouveau);
          if (horsButoir) libre = Math.max(libre, nouveau);
          etape(
            e,
            'interruption',
            `${libelle} : interrompt la prescription, un nouveau délai de ${duree} ans court jusqu’au ${formaterDate(effective(limite))}${horsButoir && nouveau > butoir ? ' (le délai butoir de 20 ans ne s’applique pas à cette interruption, C. civ. 2232 al. 2)' : ''}.`,
          );
        } else {
          if (horsButoir && nouveau - e.jour >= restant) restantLibre = true;
          restant = Math.max(restant, nouveau - e.jour);
          debutSuspension = e.jour;
          etape(e, 'interruption', `${libelle} : interrompt la prescription ; le nouveau délai de ${duree} ans reste suspendu jusqu’à la fin de la médiation ou conciliation.`);
        }
        if (e.type === 'action-en-justice') {
          avertissements.push(
            'Demande en justice : l’effet interruptif dure jusqu’à l’extinction de l’instance (C. civ. 2242) — la date calculée fait courir le nouveau délai dès la demande, c’est un minimum ; il est non avenu en cas de désistement, de péremption ou de rejet définitif (2243). Pour une injonction de payer, c’est la signification de l’ordonnance qui interrompt, pas la requête.',
          );
        }
        break;
      }
      case 'mediation-debut':
      case 'conciliation-debut': {
        ouvertes++;
        if (acquise) {
          etape(e, 'sans-effet', `${libelle} : sans effet, la prescription était acquise.`);
        } else if (restant !== null) {
          etape(e, 'sans-effet', `${libelle} : la prescription est déjà suspendue.`);
        } else {
          ref(C2238);
          debutSuspension = Math.max(e.jour, depart);
          restant = limite - debutSuspension;
          etape(e, 'suspension', `${libelle} : la prescription est suspendue ; il restait ${restant} jours.`);
        }
        break;
      }
      case 'mediation-fin':
      case 'conciliation-fin': {
        if (ouvertes === 0) entreeInvalide(['evenements', e.i, 'type'], `${e.type} sans début de médiation ou de conciliation qui le précède`);
        ouvertes--;
        if (restant === null) {
          etape(e, 'sans-effet', `${libelle} : la prescription n’était pas suspendue.`);
          break;
        }
        if (ouvertes > 0) {
          etape(e, 'sans-effet', `${libelle} : une autre médiation ou conciliation reste ouverte, la suspension continue.`);
          break;
        }
        const reprise = reprendre(Math.max(e.jour, debutSuspension), restant);
        const avantButoir = e.jour <= butoir || restantLibre;
        limite = reprise.limite;
        if (restantLibre) libre = Math.max(libre, reprise.limite);
        restant = null;
        restantLibre = false;
        etape(
          e,
          avantButoir ? 'reprise' : 'sans-effet',
          avantButoir
            ? `${libelle} : le délai recommence à courir pour ${reprise.sixMois ? 'au moins six mois' : 'ce qui restait'}, jusqu’au ${formaterDate(limite)}.`
            : `${libelle} : le délai butoir de 20 ans a été atteint pendant la suspension.`,
        );
        break;
      }
    }
  }

  let suspendue = false;
  if (restant !== null) {
    suspendue = true;
    const finProvisoire = p.dateCalcul === undefined ? debutSuspension : Math.max(lireDate(p.dateCalcul), debutSuspension);
    limite = reprendre(finProvisoire, restant).limite;
    if (restantLibre) libre = Math.max(libre, limite);
    avertissements.push(
      `Médiation ou conciliation en cours : la prescription est suspendue ; la date limite indiquée est un minimum (fin supposée au ${formaterDate(finProvisoire)}). Recalculez avec la date de fin (C. civ. 2238).`,
    );
  }
  const dateLimite = effective(limite);
  const butoirAtteint = avecButoir && limite > butoir && dateLimite === butoir;
  chronologie.push({
    date: formaterDate(dateLimite),
    evenement: 'expiration',
    effet: 'expiration',
    dateLimite: formaterDate(dateLimite),
    motif: butoirAtteint
      ? `Délai butoir : 20 ans après la naissance du droit (${formaterDate(naissanceDroit)}), la prescription est acquise à la fin du ${formaterDate(dateLimite)}.`
      : `Dernier jour pour agir ; la prescription est acquise à la fin du ${formaterDate(dateLimite)}${suspendue ? ' au plus tôt' : ''}.`,
    reference: butoirAtteint ? C2232 : C2229,
  });

  const resultat: ResultatPrescription = {
    dateLimite: formaterDate(dateLimite),
    dureeAnnees: duree,
    references,
    chronologie,
    dateButoir: avecButoir ? formaterDate(butoir) : null,
    butoirAtteint,
    suspendue,
    avertissements: [...new Set(avertissements)],
  };
  return p.dateCalcul === undefined ? resultat : { ...resultat, prescrite: lireDate(p.dateCalcul) > dateLimite };
}

/** C. civ. 2238 al. 1 in fine: the delay restarts for what remained, and for no less than six months. */
function reprendre(fin: number, restant: number): { limite: number; sixMois: boolean } {
  const sixMois = ajouterMois(fin, 6);
  return fin + restant >= sixMois ? { limite: fin + restant, sixMois: false } : { limite: sixMois, sixMois: true };
}
