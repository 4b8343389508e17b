/**
 * Pénalités de retard between professionals — C. com. art. L441-10 II (art. L441-6 before 26 April 2019).
 *
 * Penalties are due from the day after the due date, without any reminder, on the amount incl. VAT still
 * unpaid. The default rate is the ECB main refinancing rate plus 10 points: since 1 January 2013 the ECB rate
 * in force on 1 January (for days of January–June) or 1 July (July–December); from 2009 to 2012 the rate of
 * the most recent operation, day by day. A contractual rate may not be below three times the taux de
 * l'intérêt légal ("autres cas" category). Public buyers owe intérêts moratoires at the ECB rate + 8 points
 * (C. commande publique R2192-31).
 */
import { lireDate, formaterDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros } from '../../socle/euros.js';
import { eurosRapide, eurosTexte, jourRapide } from '../../socle/lecture-rapide.js';
import { formaterTaux, lireTaux, type Taux, type TauxExact } from '../../socle/taux.js';
import type { BaremesCompiles } from '../../baremes/compiler.js';
import {
  chronologieBcePlus10,
  chronologieCommandePublique,
  chronologieContractuelle,
  nouveauxConstats,
  type Constats,
  type SegmentTaux,
} from '../moteur/chronologie.js';
import { cumuler, type BaseAnnuelle, type PaiementInterne, type PeriodeInterne } from '../moteur/cumul.js';
import { lireOptions, lirePaiements, objet, type OptionsCalcul } from '../moteur/entrees.js';
import { avertissementsNonConfirmes, periodesPubliques, resultatVide, type PeriodeAccrual, type ResultatAccrual } from '../moteur/resultat.js';
import { chronologieLotBce, chronologieLotContractuelle, constatsLot, type ChronologieLot } from '../lot/chronologieLot.js';
import { periodesLot, type SommePeriodes } from '../lot/cumulLot.js';
import { dernierJour, lireLigne, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL, nouvelleLigne, type LigneLue } from '../lot/lectureLigne.js';

/** How the rate is set. */
export type ModeTauxPenalites =
  | { readonly mode: 'bce+10' }
  | { readonly mode: 'contractuel'; readonly tauxAnnuel: Taux }
  | { readonly mode: 'commande-publique' };

/** Parameters of {@link calculerPenalitesRetard}. */
export interface ParamsPenalites {
  /** Sum due, incl. VAT (TTC). */
  readonly montant: EntreeEuros;
  /** Due date; penalties run from the next day. */
  readonly dateEcheance: DateISO;
  /** Penalties run up to and including this day. */
  readonly dateCalcul: DateISO;
  /** Partial payments (date the funds were made available, L441-9 I). A payment on day p still accrues on p. */
  readonly paiements?: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
  /** Default `{ mode: 'bce+10' }`. */
  readonly taux?: ModeTauxPenalites;
}

/** Options of {@link calculerPenalitesRetard}. */
export type OptionsPenalites = OptionsCalcul;

/** Parsed, validated parameters (internal, shared with the batch path). */
export interface PenalitesInternes {
  readonly montant: number;
  readonly echeance: number;
  readonly calcul: number;
  readonly paiements: readonly PaiementInterne[];
  readonly mode: 'bce+10' | 'contractuel' | 'commande-publique';
  readonly tauxContractuel: ReturnType<typeof lireTaux> | null;
}

export const L441_10 = 'C. com. art. L441-10 II';
export const L441_6 = 'C. com. art. L441-6 (rédaction antérieure au 26 avril 2019)';
export const R2192_31 = 'C. commande publique art. R2192-31';
/** 2019-04-26, the day L441-10 (ordonnance n° 2019-359) replaced L441-6. */
const JOUR_L441_10 = 18_012;

/**
 * Parses and validates penalty parameters. Paths for errors are built only when a value is rejected (the
 * fast parsers read well-formed values; anything else goes through the strict parser with its path).
 */
export function lireParamsPenalites(params: unknown, path: readonly PropertyKey[] = []): PenalitesInternes {
  const p = objet(params, path);
  const vm = p.montant;
  let montant = eurosRapide(vm);
  if (montant < 0) montant = lireEuros(vm, [...path, 'montant']);
  const ve = p.dateEcheance;
  let echeance = jourRapide(ve);
  if (echeance !== echeance) echeance = lireDate(ve, [...path, 'dateEcheance']); // NaN: the strict parser decides
  const vc = p.dateCalcul;
  let calcul = jourRapide(vc);
  if (calcul !== calcul) calcul = lireDate(vc, [...path, 'dateCalcul']);
  const vp = p.paiements;
  const paiements = vp === undefined ? [] : lirePaiements(vp, [...path, 'paiements']);
  let mode: PenalitesInternes['mode'] = 'bce+10';
  let tauxContractuel = null;
  if (p.taux !== undefined) {
    const t = objet(p.taux, [...path, 'taux']);
    if (t.mode === 'contractuel') {
      mode = 'contractuel';
      tauxContractuel = lireTaux(t.tauxAnnuel, [...path, 'taux', 'tauxAnnuel']);
    } else if (t.mode === 'commande-publique' || t.mode === 'bce+10') {
      mode = t.mode;
    } else {
      entreeInvalide([...path, 'taux', 'mode'], "'bce+10', 'contractuel' ou 'commande-publique' attendu");
    }
  }
  return { montant, echeance, calcul, paiements, mode, tauxContractuel };
}

/** The rate timeline of the accruing days for the chosen mode. */
export function chronologiePenalites(b: BaremesCompiles, e: PenalitesInternes, du: number, au: number, c: Constats): SegmentTaux[] {
  if (e.mode === 'contractuel') return chronologieContractuelle(b, e.tauxContractuel!, du, au, c);
  if (e.mode === 'commande-publique') return chronologieCommandePublique(b, du, au, c);
  return chronologieBcePlus10(b, du, au, c);
}

/** Last day with a positive base, or `au` (days after a full payment do not accrue). */
export function dernierJourDu(e: PenalitesInternes, au: number): number {
  let reste = e.montant;
  for (const p of e.paiements) {
    reste -= p.centimes;
    if (reste <= 0) return Math.min(au, p.jour);
  }
  return au;
}

/** Internal: the computation on parsed input, returning the raw periods. */
export function periodesPenalites(b: BaremesCompiles, e: PenalitesInternes, base: BaseAnnuelle, c: Constats): PeriodeInterne[] {
  if (e.calcul <= e.echeance || e.montant === 0) return [];
  const du = e.echeance + 1;
  const au = dernierJourDu(e, e.calcul);
  if (au < du) return [];
  return cumuler(chronologiePenalites(b, e, du, au, c), e.montant, e.paiements, base);
}

/**
 * Computes late-payment penalties (pénalités de retard) on a B2B invoice, per C. com. L441-10 II.
 *
 * - Day `d` accrues when `dateEcheance < d <= dateCalcul`; its base is `montant` minus the payments dated
 *   strictly before `d`.
 * - Each day takes the rate of its regime: by default ECB + 10 points with the half-year rule (from 2013) or
 *   the most recent operation's rate (2009–2012); a contractual rate raised to 3 × taux légal where below it
 *   (with an avertissement); or, for public buyers, ECB + 8 points fixed at the start of the half-year in
 *   which interest starts to run.
 * - `periodes` are the maximal runs of days with the same base and rate; each is
 *   `assiette × tauxAnnuel/100 × jours / 365` rounded half-up to the cent (`baseAnnuelle: 'exacte'` divides
 *   the days of a leap year by 366, and then cuts periods where the year length changes); `montant` is
 *   their sum.
 *
 * @param params - amount, due date, computation date, partial payments, rate mode
 * @param options - `baremes` (default {@link baremesParDefaut}), `baseAnnuelle`
 * @returns the total, the periods, warnings and the articles applied
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (with the path of the bad field), `BAREME_MANQUANT` when a
 * day is outside the tables (before 2009, or after the last known ECB decision)
 * @example
 * ```ts
 * // 10 000 € due 31 May 2025, paid 14 August 2025 (legal reference §1.4):
 * const r = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' });
 * r.montant; //=> '257.87'
 * r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel, p.montant]);
 * //=> [['2025-06-01', '2025-06-30', '13.15', '108.08'], ['2025-07-01', '2025-08-14', '12.15', '149.79']]
 * ```
 */
export function calculerPenalitesRetard(params: ParamsPenalites, options?: OptionsPenalites): ResultatAccrual {
  return resultatRapide(params, options) ?? resultatGeneral(params, options);
}

function references(mode: PenalitesInternes['mode'], echeance: number): string[] {
  return mode === 'commande-publique' ? [R2192_31] : echeance + 1 < JOUR_L441_10 ? [L441_10, L441_6] : [L441_10];
}

function avertissementTropPaye(totalPaye: number, montant: number): string {
  return `Les paiements (${formaterEuros(totalPaye)} €) dépassent le montant dû (${formaterEuros(montant)} €) : le trop-perçu est ignoré.`;
}

function avertissementPlancher(taux: Taux, p: Constats['planchers'][number]): string {
  return (
    `Taux contractuel ${taux} % inférieur au plancher légal de ${formaterTaux(p.plancher)} % ` +
    `(3 × taux de l'intérêt légal) du ${formaterDate(p.du)} au ${formaterDate(p.au)} : relevé au plancher (${L441_10}).`
  );
}

/**
 * Internal: the general route, on the per-call engine (`moteur/`): any valid input, every error. The
 * reference the fast route is tested against.
 */
export function resultatGeneral(params: unknown, options?: unknown): ResultatAccrual {
  const e = lireParamsPenalites(params);
  const { baremes, base } = lireOptions(options);
  const refs = references(e.mode, e.echeance);
  const avertissements: string[] = [];
  const totalPaye = e.paiements.reduce((s, p) => s + p.centimes, 0);
  if (totalPaye > e.montant) avertissements.push(avertissementTropPaye(totalPaye, e.montant));
  const c = nouveauxConstats();
  const periodes = periodesPenalites(baremes, e, base, c);
  if (periodes.length === 0) return resultatVide(refs, avertissements);
  const { total, jours, publiques } = periodesPubliques(periodes);
  for (const p of c.planchers) avertissements.push(avertissementPlancher(formaterTaux(e.tauxContractuel!), p));
  avertissements.push(...avertissementsNonConfirmes(c));
  return { montant: formaterEuros(total), joursDeRetard: jours, periodes: publiques, avertissements, references: refs };
}

/** The row buffer of the fast route (taken while in use, so that a re-entrant call gets its own). */
let tampon: LigneLue | null = null;

/** Contractual rates already parsed: the rate and its formatted form (bounded). */
const tauxLus = new Map<string, { readonly taux: TauxExact; readonly texte: Taux }>();

function tauxContractuel(texte: string): { readonly taux: TauxExact; readonly texte: Taux } {
  let t = tauxLus.get(texte);
  if (t === undefined) {
    const taux = lireTaux(texte, ['taux', 'tauxAnnuel']);
    t = { taux, texte: formaterTaux(taux) };
    if (tauxLus.size < 10_000) tauxLus.set(texte, t);
  }
  return t;
}

const somme: SommePeriodes = { total: 0, jours: 0 };

/**
 * Internal: the fast route for the common case (default or contractual rate, plain values, days inside the
 * tables' batch timelines): the same reading as {@link lireParamsPenalites} without allocation, the rate
 * timeline laid out once per tables (`lot/chronologieLot.ts`, whose constats are replayed for the
 * invoice's days), periods written directly in their public form. `null` when it does not apply: then
 * {@link resultatGeneral} computes the result (or throws the error). Identical results (property-tested).
 */
export function resultatRapide(params: unknown, options: unknown): ResultatAccrual | null {
  const l = tampon ?? nouvelleLigne();
  tampon = null;
  try {
    if (!lireLigne(params, l) || l.mode === MODE_COMMANDE_PUBLIQUE) return null;
    // Validated before the options, in the general route's order (a bad rate is reported first).
    const contractuel = l.mode === MODE_CONTRACTUEL ? tauxContractuel(l.tauxAnnuel) : null;
    const { baremes, base } = lireOptions(options);
    const du = l.echeance + 1;
    const au = dernierJour(l);
    let c: ChronologieLot | null | undefined = null;
    if (l.calcul > l.echeance && l.montant !== 0 && au >= du) {
      c = contractuel === null ? chronologieLotBce(baremes) : chronologieLotContractuelle(baremes, l.tauxAnnuel, undefined, false);
      if (c == null || du < c.debut || au > c.fin) return null;
    }
    const refs = references(contractuel === null ? 'bce+10' : 'contractuel', l.echeance);
    const avertissements: string[] = [];
    let totalPaye = 0;
    for (let k = 0; k < l.n; k++) totalPaye += l.centimes[k]!;
    if (totalPaye > l.montant) avertissements.push(avertissementTropPaye(totalPaye, l.montant));
    if (c === null) return resultatVide(refs, avertissements);
    const periodes: PeriodeAccrual[] = [];
    periodesLot(c, du, au, l.montant, l.jours, l.centimes, l.n, base, periodes, somme);
    if (periodes.length === 0) return resultatVide(refs, avertissements);
    const constats = constatsLot(c, du, au);
    if (constats !== null) {
      for (const p of constats.planchers) avertissements.push(avertissementPlancher(contractuel!.texte, p));
      for (const a of avertissementsNonConfirmes(constats)) avertissements.push(a);
    }
    return { montant: eurosTexte(somme.total), joursDeRetard: somme.jours, periodes, avertissements, references: refs };
  } finally {
    tampon = l;
  }
}
