/**
 * Internal: rate timelines — the one builder. A timeline is the list of maximal runs of days at one annual
 * rate over an interval of epoch days, for one legal regime, laid out as columns for the walk of
 * `cumul.ts`. Each regime is written once, as a *piece* function (the rate of a run of days starting at
 * `j` and how far it goes); the builder walks pieces in one of two modes:
 *
 * - `strict`: over the days of one computation; a day no table covers throws `BAREME_MANQUANT` (the
 *   message comes from the tables' lookups in `baremes/compiler.ts`);
 * - up to the first uncovered day: the range the tables cover, laid out once and cached per compiled
 *   tables (a day's rate depends only on the day and the regime, and segments are maximal runs of equal
 *   rates, so the timeline of any interval inside the range is this one cut to it).
 *
 * While a timeline is laid out, each use of an UNCONFIRMED table entry is journaled with the piece of days
 * it covers, and the floors applied are kept: {@link constatsDe} replays them for any interval.
 */
import {
  bceEnVigueur,
  enVigueur,
  indexEnVigueur,
  periodeLegale,
  type BaremesCompiles,
  type EntreeCompilee,
} from '../../baremes/compiler.js';
import { semestreDe } from '../../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../../socle/erreurs.js';
import { ajouterTaux, comparerTaux, formaterTaux, multiplierTaux, type TauxExact } from '../../socle/taux.js';
import { bceAncree, clauseIndexee, MODE_MULTIPLE_LEGAL, type TauxClause } from './indexes.js';

/**
 * One use of an unconfirmed entry, as the walk noted it: days `[du, au]` of the piece `[du, finPiece]`.
 * `au === du < finPiece` marks a note on the piece's first day only (the L441-10 rule of a piece);
 * otherwise `au === finPiece`.
 */
export interface NoteNonConfirmee {
  readonly entree: EntreeCompilee;
  readonly du: number;
  readonly au: number;
  readonly finPiece: number;
}

/** A floor applied to a contractual rate over `[du, au]`. */
export interface Plancher {
  du: number;
  au: number;
  readonly plancher: TauxExact;
}

/** What a computation over an interval noticed: unconfirmed entries used (by label), floors applied. */
export interface Constats {
  readonly nonConfirmes: Map<string, [number, number]>;
  readonly planchers: Plancher[];
}

/** A timeline as columns. Segment `s` ends on `au[s]` (inclusive); its rate is `num[s] / den[s]` per cent. */
export interface Chronologie {
  /** First and last day covered (inclusive; `fin` may be +∞ for a single-rate timeline). */
  readonly debut: number;
  readonly fin: number;
  /** Day − `debut` → segment index; null: the walk scans from segment 0. */
  readonly index: Int32Array | null;
  readonly au: Float64Array;
  /** Rate numerator as a number, and `100 × 10^decimales`. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** Whether `num` and `den × 366` are safe integers (else every amount goes through BigInt). */
  readonly sur: Uint8Array;
  readonly taux: readonly TauxExact[];
  /** `formaterTaux(taux[s])`, formatted once. */
  readonly textes: readonly string[];
  /** The notes of unconfirmed entries over the range, in order (see {@link constatsDe}). */
  readonly notes: readonly NoteNonConfirmee[];
  /** The floors applied over the range, merged. */
  readonly planchers: readonly Plancher[];
}

// ---------------------------------------------------------------------------------------------------------
// Building: pieces, walked strictly or up to the first uncovered day.

interface Pose {
  readonly segments: { du: number; au: number; taux: TauxExact }[];
  readonly notes: NoteNonConfirmee[];
  readonly planchers: Plancher[];
}

/**
 * Lays out the piece starting on day `j` (at most up to `au`) into `p`, and returns its last day. Throws
 * `BAREME_MANQUANT` when no table covers day `j` (before noting anything).
 */
type Piece = (j: number, au: number, p: Pose) => number;

function noter(p: Pose, e: EntreeCompilee, du: number, au: number, finPiece = au): void {
  if (!e.confirme) p.notes.push({ entree: e, du, au, finPiece });
}

function pousser(p: Pose, du: number, au: number, taux: TauxExact): void {
  const dernier = p.segments[p.segments.length - 1];
  if (dernier && dernier.au === du - 1 && comparerTaux(dernier.taux, taux) === 0) dernier.au = au;
  else p.segments.push({ du, au, taux });
}

function prochainDebut(entrees: readonly { du: number }[], jour: number): number {
  const suivant = entrees[indexEnVigueur(entrees, jour) + 1];
  return suivant ? suivant.du : Number.POSITIVE_INFINITY;
}

const tauxMajores = /* @__PURE__ */ new WeakMap<object, WeakMap<object, TauxExact>>();

/** `ajouterTaux(bce.taux, points)` memoised per pair of (immutable, compiled) table entries. */
function majore(bce: { readonly taux: TauxExact }, regle: { readonly points: TauxExact }): TauxExact {
  let parRegle = tauxMajores.get(bce);
  if (!parRegle) {
    parRegle = new WeakMap();
    tauxMajores.set(bce, parRegle);
  }
  let t = parRegle.get(regle);
  if (!t) {
    t = ajouterTaux(bce.taux, regle.points);
    parRegle.set(regle, t);
  }
  return t;
}

/** Longest range laid out in one timeline (about 2 700 years); beyond it a computation lays out its own. */
const JOURS_MAX = 1_000_000;

/**
 * Walks the pieces from `du` to `au`. `strict`: a missing table throws; otherwise the walk stops before the
 * first uncovered day (then `fin` < `au`, or `fin` < `du`: nothing covered).
 */
function poser(du: number, au: number, piece: Piece, strict: boolean): { pose: Pose; fin: number } {
  const pose: Pose = { segments: [], notes: [], planchers: [] };
  let j = du;
  while (j <= au) {
    let fin: number;
    try {
      fin = piece(j, au, pose);
    } catch (e) {
      if (!strict && e instanceof RecouvrementError && e.code === CODES_ERREUR.BAREME_MANQUANT) break;
      throw e;
    }
    if (fin >= au) return { pose, fin: au }; // (`au` may be +∞: an open-ended single piece)
    j = fin + 1;
  }
  return { pose, fin: j - 1 };
}

function colonnes(pose: Pose, debut: number, fin: number, indexer: boolean): Chronologie {
  const segments = pose.segments;
  const n = segments.length;
  const au = new Float64Array(n);
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const sur = new Uint8Array(n);
  const taux: TauxExact[] = [];
  const textes: string[] = [];
  const index = indexer ? new Int32Array(fin - debut + 1) : null;
  for (let s = 0; s < n; s++) {
    const seg = segments[s]!;
    au[s] = seg.au;
    const v = Number(seg.taux.valeur);
    const d = 100 * 10 ** seg.taux.decimales;
    num[s] = v;
    den[s] = d;
    sur[s] = Number.isSafeInteger(v) && Number.isSafeInteger(d * 366) ? 1 : 0;
    taux.push(seg.taux);
    textes.push(formaterTaux(seg.taux));
    if (index) index.fill(s, seg.du - debut, seg.au - debut + 1);
  }
  return { debut, fin, index, au, num, den, sur, taux, textes, notes: pose.notes, planchers: pose.planchers };
}

/** The timeline of exactly `[du, au]`; a day outside the tables throws `BAREME_MANQUANT`. */
function strict(du: number, au: number, piece: Piece): Chronologie {
  return colonnes(poser(du, au, piece, true).pose, du, au, false);
}

/** The timeline from `debut` up to the first uncovered day (at most {@link JOURS_MAX} days), or null. */
function couverte(debut: number, piece: Piece): Chronologie | null {
  if (!Number.isFinite(debut)) return null;
  const { pose, fin } = poser(debut, debut + JOURS_MAX - 1, piece, false);
  return fin < debut ? null : colonnes(pose, debut, fin, true);
}

// ---------------------------------------------------------------------------------------------------------
// The regimes, each written once.

/**
 * C. com. L441-10 II, default rate: ECB + points, each day by the rule version in force that day. From
 * 2013 (anchoring `'semestre'`), the ECB rate in force on the first day of the day's half-year; from 2009
 * to 2012 (`'operation-la-plus-recente'`), the rate of the most recent operation, day by day.
 */
function pieceBcePlus10(b: BaremesCompiles): Piece {
  return (j, au, p) => {
    const regle = enVigueur(b.regleL441_10, j, 'Taux de pénalités L441-10');
    const finRegle = prochainDebut(b.regleL441_10, j) - 1;
    const ancree = bceAncree(b, regle, j);
    const bce = ancree.bce;
    const fin = Math.min(ancree.fin, finRegle, au);
    // The rule is read on the piece's first day (an unconfirmed rule is reported for that day).
    noter(p, regle, j, j, fin);
    noter(p, bce, j, fin);
    pousser(p, j, fin, majore(bce, regle));
    return fin;
  };
}

/**
 * A contractual rate (C. com. L441-10 II: "ne peut être inférieur à trois fois le taux d'intérêt légal"),
 * compared with the floor (facteur × taux légal "autres cas") of each taux légal period (a half-year since
 * 2015). Where it is below, two readings exist (legal reference, Errata 11; no case law either way):
 * `bce10 === false`, the rate is raised to the floor (the default); `bce10 === true`, the clause is
 * ineffective and the default rate applies over those days — laid out by the one L441-10 piece
 * ({@link pieceBcePlus10}), never a second copy of its rule. With `clause` (an indexed clause, `indexes.ts`:
 * k × taux légal, taux légal + n, ECB + n), the contractual rate is the clause's rate of each run of days
 * instead of `tauxFixe`, checked the same way; a clause that is the statutory rate itself (ECB + the rule's
 * points) is laid out as it is, without the floor.
 */
function pieceContractuelle(b: BaremesCompiles, tauxFixe: TauxExact, bce10: boolean, clause: ((j: number, fin: number) => TauxClause) | null = null): Piece {
  const defaut = bce10 ? pieceBcePlus10(b) : null;
  return (j, au, p) => {
    const regle = enVigueur(b.regleL441_10, j, 'Plancher du taux contractuel (L441-10)');
    // An indexed clause (`indexes.ts`): its rate on the run of days from `j`; a clause that is the statutory
    // default rate itself is not a "disposition contraire" and is not checked against the floor.
    const c = clause === null ? null : clause(j, Math.min(prochainDebut(b.regleL441_10, j) - 1, au));
    if (c !== null && c.statutaire) {
      for (const [e, premier] of c.lues) noter(p, e, j, premier ? j : c.fin, c.fin);
      pousser(p, j, c.fin, c.taux);
      return c.fin;
    }
    const periode = periodeLegale(b, j);
    const fin = Math.min(periode.au, prochainDebut(b.regleL441_10, j) - 1, au, c === null ? au : c.fin);
    if (c !== null) for (const [e, premier] of c.lues) noter(p, e, j, premier ? j : fin, fin);
    const taux = c === null ? tauxFixe : c.taux;
    // The taux légal "autres cas" whatever the clause's category: L441-10 II sets one floor.
    const plancher = multiplierTaux(periode.autresCas, regle.facteurPlancher);
    // The comparison with the floor reads the taux légal: the result depends on it even when the contractual
    // rate wins (an UNCONFIRMED taux légal could hide a floor above the contractual rate).
    noter(p, periode, j, fin);
    if (comparerTaux(taux, plancher) < 0) {
      noter(p, regle, j, fin);
      const dernier = p.planchers[p.planchers.length - 1];
      if (dernier && dernier.au === j - 1 && comparerTaux(dernier.plancher, plancher) === 0) dernier.au = fin;
      else p.planchers.push({ du: j, au: fin, plancher });
      if (defaut === null) pousser(p, j, fin, plancher);
      else for (let k = j; k <= fin; ) k = defaut(k, fin, p) + 1;
    } else {
      pousser(p, j, fin, taux);
    }
    return fin;
  };
}

/**
 * Public buyers' intérêts moratoires: the ECB rate in force on the first day of the half-year in which
 * interest starts to run, plus the points of the regime of the contract, for the whole period (one piece).
 * `regle`: the `commandePublique` entry in force on the day the contract was concluded — from 16 March 2013
 * C. commande publique L2192-13 and R2192-31 (ECB + 8 points; loi n° 2013-100, décret n° 2013-269), before
 * it décret n° 2002-232 art. 5 as amended by décret n° 2008-407 (ECB + 7 points, from 1 May 2008; PARTIAL).
 */
function pieceCommandePublique(b: BaremesCompiles, regle: EntreeCompilee & { readonly points: TauxExact }): Piece {
  return (du, au, p) => {
    const bce = bceEnVigueur(b, semestreDe(du).debut);
    noter(p, regle, du, au);
    noter(p, bce, du, au);
    pousser(p, du, au, majore(bce, regle));
    return au;
  };
}

const CINQ_POINTS: TauxExact = { valeur: 5n, decimales: 0 };

/** Taux de l'intérêt légal of each day's period and category; +5 points (CMF L313-3) from `debutMajoration`. */
function pieceInteretLegal(b: BaremesCompiles, categorie: 'particulier' | 'autresCas', debutMajoration: number): Piece {
  return (j, au, p) => {
    const periode = periodeLegale(b, j);
    const majoration = j >= debutMajoration;
    const fin = Math.min(periode.au, au, majoration ? Number.POSITIVE_INFINITY : debutMajoration - 1);
    noter(p, periode, j, fin);
    const base = periode[categorie];
    pousser(p, j, fin, majoration ? ajouterTaux(base, CINQ_POINTS) : base);
    return fin;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Timelines of a computation, and the caches per compiled tables.

/** Penalty regimes, as read by `lecture.ts`. */
export const MODE_BCE = 0;
export const MODE_CONTRACTUEL = 1;
export const MODE_COMMANDE_PUBLIQUE = 2;

/** Contractual-rate timelines kept per tables (distinct rate strings), public buyers' per first day. */
const CONTRACTUELS_MAX = 10_000;
const COMMANDE_PUBLIQUE_MAX = 20_000;

/** The timelines laid out for one compiled tables object. */
export interface Chronologies {
  readonly b: BaremesCompiles;
  /** The L441-10 default timeline over the covered range (undefined: not laid out yet). */
  bce: Chronologie | null | undefined;
  readonly contractuelles: Map<string, Chronologie | null>;
  /** The same, for contractual rates whose clause is ineffective below the floor (`sousPlancher: 'bce+10'`). */
  readonly contractuellesBce10: Map<string, Chronologie | null>;
  /** Per `commandePublique` entry (the contract's regime), per first accruing day. */
  readonly commandePublique: Map<object, Map<number, Chronologie>>;
  /** The taux légal of each category without majoration, over the covered range. */
  readonly interetLegal: { particulier: Chronologie | null | undefined; autresCas: Chronologie | null | undefined };
}

const parBaremes = /* @__PURE__ */ new WeakMap<BaremesCompiles, Chronologies>();
/** The last tables asked for (almost always the same: one lookup saved per call). */
let derniere: Chronologies | null = null;

/** The timelines of `b` (laid out lazily, cached per compiled tables). */
export function chronologiesDe(b: BaremesCompiles): Chronologies {
  if (derniere !== null && derniere.b === b) return derniere;
  let t = parBaremes.get(b);
  if (t === undefined) {
    t = {
      b,
      bce: undefined,
      contractuelles: new Map(),
      contractuellesBce10: new Map(),
      commandePublique: new Map(),
      interetLegal: { particulier: undefined, autresCas: undefined },
    };
    parBaremes.set(b, t);
  }
  return (derniere = t);
}

function contient(c: Chronologie | null | undefined, du: number, au: number): c is Chronologie {
  return c != null && du >= c.debut && au <= c.fin;
}

/** The piece of a contractual rate (`MODE_CONTRACTUEL`) or of an indexed clause. */
function pieceClause(b: BaremesCompiles, mode: number, taux: TauxExact, bce10: boolean, categorie: number): Piece {
  return pieceContractuelle(b, taux, bce10, mode === MODE_CONTRACTUEL ? null : clauseIndexee(b, mode, taux, categorie));
}

/**
 * The penalty timeline covering `[du, au]` for a regime (`mode`; `cle`, `taux` and `bce10`: the contractual
 * rate as given, parsed, and whether its clause is ineffective below the floor — for an indexed clause, its
 * multiple or points, and `categorie` its taux légal category; `contrat`: the day the contract was
 * concluded, for public buyers): the cached one when it covers these days, else one laid out strictly for
 * them (which throws `BAREME_MANQUANT` for a day no table covers).
 */
export function chronologiePenalites(
  t: Chronologies,
  mode: number,
  cle: string,
  taux: TauxExact | null,
  bce10: boolean,
  contrat: number,
  du: number,
  au: number,
  categorie = 0,
): Chronologie {
  const b = t.b;
  if (mode === MODE_BCE) {
    let c = t.bce;
    if (c === undefined) c = t.bce = couverte(b.regleL441_10[0]?.du ?? Number.NaN, pieceBcePlus10(b));
    return contient(c, du, au) ? c : strict(du, au, pieceBcePlus10(b));
  }
  if (mode === MODE_CONTRACTUEL || mode >= MODE_MULTIPLE_LEGAL) {
    const cache = bce10 ? t.contractuellesBce10 : t.contractuelles;
    // Indexed clauses share the cache under a key no rate string can take.
    const k = mode === MODE_CONTRACTUEL ? cle : `${mode}:${categorie}:${cle}`;
    let c = cache.get(k);
    if (c === undefined && cache.size < CONTRACTUELS_MAX) {
      // From the first day both the rule and the taux légal (and, read below the floor, the ECB table) cover.
      const debut = Math.max(b.regleL441_10[0]?.du ?? Number.NaN, b.tauxLegal[0]?.du ?? Number.NaN);
      c = couverte(debut, pieceClause(b, mode, taux!, bce10, categorie));
      cache.set(k, c);
    }
    return contient(c, du, au) ? c : strict(du, au, pieceClause(b, mode, taux!, bce10, categorie));
  }
  // Public buyers: the regime of the contract's day; one rate from the first accruing day on, laid out once
  // per (regime, first day), open-ended.
  const regle = enVigueur(b.commandePublique, contrat, 'Intérêts moratoires de la commande publique (date du contrat)');
  let parJour = t.commandePublique.get(regle);
  if (parJour === undefined) t.commandePublique.set(regle, (parJour = new Map()));
  let c = parJour.get(du);
  if (c === undefined) {
    c = strict(du, Number.POSITIVE_INFINITY, pieceCommandePublique(b, regle));
    if (parJour.size < COMMANDE_PUBLIQUE_MAX) parJour.set(du, c);
  }
  return c;
}

/**
 * The legal-interest timeline covering `[du, au]`: without a majoration (`debutMajoration` +∞), the one of
 * the category laid out once per tables; with one (it depends on the call), laid out for these days.
 * Throws `BAREME_MANQUANT` for a day no table covers.
 */
export function chronologieInteretLegal(b: BaremesCompiles, categorie: 'particulier' | 'autresCas', du: number, au: number, debutMajoration: number): Chronologie {
  if (debutMajoration === Number.POSITIVE_INFINITY) {
    const t = chronologiesDe(b);
    let c = t.interetLegal[categorie];
    if (c === undefined) c = t.interetLegal[categorie] = couverte(b.tauxLegal[0]?.du ?? Number.NaN, pieceInteretLegal(b, categorie, debutMajoration));
    if (contient(c, du, au)) return c;
  }
  return strict(du, au, pieceInteretLegal(b, categorie, debutMajoration));
}

// ---------------------------------------------------------------------------------------------------------
// Constats of an interval.

/** First index of a list sorted by nondecreasing `cle(x)` whose key is ≥ `jour` (the length if none). */
function premierDepuis<T>(xs: readonly T[], jour: number, cle: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cle(xs[mid]!) < jour) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const finPiece = (n: NoteNonConfirmee): number => n.finPiece;
const finPlancher = (x: Plancher): number => x.au;

/**
 * The constats (unconfirmed entries used, floors applied) of a computation over `[du, au]`, replayed from
 * the notes of the timeline `c` (laid out over a range containing `[du, au]`): the pieces have natural
 * bounds (half-years, ECB operations, rule versions, taux légal periods), so the pieces over `[du, au]`
 * are the range's pieces cut to `[du, au]`, noted in the same order. `null` when there is nothing to report.
 */
export function constatsDe(c: Chronologie, du: number, au: number): Constats | null {
  const { notes, planchers } = c;
  // Nothing noted before `au` (the common case: unconfirmed entries are the latest ones): nothing to say.
  if ((notes.length === 0 || notes[0]!.du > au) && (planchers.length === 0 || planchers[0]!.du > au)) return null;
  let k = premierDepuis(notes, du, finPiece);
  let p = premierDepuis(planchers, du, finPlancher);
  if ((k >= notes.length || notes[k]!.du > au) && (p >= planchers.length || planchers[p]!.du > au)) return null;
  const r: Constats = { nonConfirmes: new Map(), planchers: [] };
  for (; k < notes.length && notes[k]!.du <= au; k++) {
    const n = notes[k]!;
    const d = n.du > du ? n.du : du;
    // A note of the piece's first day stays on the (cut) piece's first day; a note of the piece is cut.
    const f = n.au === n.finPiece ? (n.au < au ? n.au : au) : d;
    const vu = r.nonConfirmes.get(n.entree.libelle);
    r.nonConfirmes.set(n.entree.libelle, vu ? [Math.min(vu[0], d), Math.max(vu[1], f)] : [d, f]);
  }
  for (; p < planchers.length && planchers[p]!.du <= au; p++) {
    const x = planchers[p]!;
    r.planchers.push({ du: x.du > du ? x.du : du, au: x.au < au ? x.au : au, plancher: x.plancher });
  }
  return r;
}
