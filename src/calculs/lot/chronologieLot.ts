/**
 * Internal: rate timelines computed once per batch (per compiled tables) over the whole range the tables
 * cover, with an O(1) day → segment lookup. They are built by the per-call timeline functions of
 * `moteur/chronologie.ts` themselves, over the widest interval on which those cannot throw: each day's
 * rate depends only on the day, and the segments are maximal runs of equal rates, so the timeline of an
 * invoice is exactly this one cut to its days. An invoice whose days leave the range takes the per-call
 * path (which raises `BAREME_MANQUANT` as it would alone).
 */
import { indexEnVigueur, type BaremesCompiles } from '../../baremes/compiler.js';
import { semestreDe } from '../../socle/date-iso.js';
import { formaterTaux, lireTaux, type TauxExact } from '../../socle/taux.js';
import {
  chronologieBcePlus10,
  chronologieCommandePublique,
  chronologieContractuelle,
  nouveauxConstats,
  type Constats,
  type NoteNonConfirmee,
  type SegmentTaux,
} from '../moteur/chronologie.js';

/** Longest range indexed day by day (about 2 700 years); beyond it invoices take the per-call path. */
const JOURS_MAX = 1_000_000;

/** A timeline as columns. Segment `s` covers `[du[s], au[s]]`; its rate is `num[s] / den[s]` per cent. */
export interface ChronologieLot {
  /** First and last day covered (inclusive). */
  readonly debut: number;
  readonly fin: number;
  /** Day − `debut` → segment index (null: a single segment). */
  readonly index: Int32Array | null;
  readonly au: Float64Array;
  /** Rate numerator as a number, and `100 × 10^decimales`. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** Whether `num` is a safe integer (else every amount goes through BigInt). */
  readonly sur: Uint8Array;
  readonly taux: readonly TauxExact[];
  /** `formaterTaux(taux[s])`, formatted once (the per-call path writes it into every period). */
  readonly textes: readonly string[];
  /** The notes of unconfirmed entries of the walk over the whole range, in order (see {@link constatsLot}). */
  readonly notes: readonly NoteNonConfirmee[];
  /** The floors applied over the whole range (contractual rates), merged as the walk merges them. */
  readonly planchers: Constats['planchers'];
}

function colonnes(segments: readonly SegmentTaux[], debut: number, fin: number, indexer: boolean, constats: Constats): ChronologieLot {
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
    const n = Number(seg.taux.valeur);
    const d = 100 * 10 ** seg.taux.decimales;
    num[s] = n;
    den[s] = d;
    sur[s] = Number.isSafeInteger(n) && Number.isSafeInteger(d * 366) ? 1 : 0;
    taux.push(seg.taux);
    textes.push(formaterTaux(seg.taux));
    if (index) index.fill(s, seg.du - debut, seg.au - debut + 1);
  }
  return { debut, fin, index, au, num, den, sur, taux, textes, notes: constats.journal ?? [], planchers: constats.planchers };
}

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

/**
 * The constats (unconfirmed entries used, floors applied) the per-call walk over `[du, au]` would collect,
 * replayed from the notes of the walk over the whole range: the walk's pieces have natural bounds
 * (half-years, ECB operations, rule versions, taux légal periods), so the pieces over `[du, au]` are the
 * whole-range pieces cut to `[du, au]`, noted in the same order. `null` when there is nothing to report.
 */
export function constatsLot(c: ChronologieLot, du: number, au: number): Constats | null {
  const { notes, planchers } = c;
  if (notes.length === 0 && planchers.length === 0) return null;
  let k = premierDepuis(notes, du, (n) => n.finPiece);
  let p = premierDepuis(planchers, du, (x) => x.au);
  if ((k >= notes.length || notes[k]!.du > au) && (p >= planchers.length || planchers[p]!.du > au)) return null;
  const r = nouveauxConstats();
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

/** Whether the L441-10 default-rate timeline is defined on day `j` (mirrors `chronologieBcePlus10`). */
function jourBceValide(b: BaremesCompiles, j: number): boolean {
  const r = indexEnVigueur(b.regleL441_10, j);
  if (r < 0) return false;
  const ancre = b.regleL441_10[r]!.ancrage === 'semestre' ? semestreDe(j).debut : j;
  return ancre <= b.bceFin && indexEnVigueur(b.bce, ancre) >= 0;
}

/** End of the run of days starting at a valid `j` over which validity cannot change. */
function finBlocBce(b: BaremesCompiles, j: number): number {
  const r = indexEnVigueur(b.regleL441_10, j);
  const suivante = b.regleL441_10[r + 1];
  const finRegle = suivante ? suivante.du - 1 : Number.POSITIVE_INFINITY;
  if (b.regleL441_10[r]!.ancrage === 'semestre') return Math.min(semestreDe(j).fin, finRegle);
  return Math.min(b.bceFin, finRegle);
}

function construire(
  debut: number,
  valide: (j: number) => boolean,
  finBloc: (j: number) => number,
  segments: (du: number, au: number, c: Constats) => SegmentTaux[],
): ChronologieLot | null {
  if (!Number.isFinite(debut) || !valide(debut)) return null;
  let j = debut;
  while (j - debut < JOURS_MAX && valide(j)) j = finBloc(j) + 1;
  const fin = Math.min(j - 1, debut + JOURS_MAX - 1);
  try {
    const constats = nouveauxConstats(true);
    return colonnes(segments(debut, fin, constats), debut, fin, true, constats);
  } catch {
    return null; // defensive: then every invoice takes the per-call path
  }
}

/** Contractual-rate timelines kept per tables (distinct rate strings). */
const CONTRACTUELS_MAX = 10_000;

const bcePlus10 = /* @__PURE__ */ new WeakMap<BaremesCompiles, ChronologieLot | null>();
const contractuelles = /* @__PURE__ */ new WeakMap<BaremesCompiles, Map<string, ChronologieLot | null>>();

/** The ECB + points timeline (C. com. L441-10 II) over the tables' range, cached per tables. */
export function chronologieLotBce(b: BaremesCompiles): ChronologieLot | null {
  let c = bcePlus10.get(b);
  if (c === undefined) {
    const debut = b.regleL441_10[0]?.du ?? Number.NaN;
    c = construire(
      debut,
      (j) => jourBceValide(b, j),
      (j) => finBlocBce(b, j),
      (du, au, constats) => chronologieBcePlus10(b, du, au, constats),
    );
    bcePlus10.set(b, c);
  }
  return c;
}

/**
 * A contractual rate's timeline (raised to 3 × taux légal where below it), cached per tables and per rate
 * string (`cle`). A malformed rate throws `ENTREE_INVALIDE` at `[ligne, 'taux', 'tauxAnnuel']` (without
 * `ligne` when undefined), exactly as the per-call path. With `siCachePlein` false, returns `undefined`
 * instead of laying out a timeline that the full cache could not keep (the caller then computes alone).
 */
export function chronologieLotContractuelle(b: BaremesCompiles, cle: string, ligne?: number, siCachePlein = true): ChronologieLot | null | undefined {
  let parTaux = contractuelles.get(b);
  if (!parTaux) {
    parTaux = new Map();
    contractuelles.set(b, parTaux);
  }
  let c = parTaux.get(cle);
  if (c === undefined) {
    if (!siCachePlein && parTaux.size >= CONTRACTUELS_MAX) return undefined;
    // Rejects a malformed rate with the row's path, exactly as the per-call path.
    const taux = lireTaux(cle, ligne === undefined ? ['taux', 'tauxAnnuel'] : [ligne, 'taux', 'tauxAnnuel']);
    const premiereRegle = b.regleL441_10[0]?.du ?? Number.NaN;
    const premierePeriode = b.tauxLegal[0]?.du ?? Number.NaN;
    const valide = (j: number): boolean => {
      if (indexEnVigueur(b.regleL441_10, j) < 0) return false;
      const i = indexEnVigueur(b.tauxLegal, j);
      return i >= 0 && j <= b.tauxLegal[i]!.au;
    };
    c = construire(
      Math.max(premiereRegle, premierePeriode),
      valide,
      (j) => b.tauxLegal[indexEnVigueur(b.tauxLegal, j)]!.au,
      (du, au, constats) => chronologieContractuelle(b, taux, du, au, constats),
    );
    if (parTaux.size < CONTRACTUELS_MAX) parTaux.set(cle, c);
  }
  return c;
}

/**
 * Public buyers (C. commande publique R2192-31): one rate for the whole delay, fixed by the first day.
 * Throws `BAREME_MANQUANT` exactly as the per-call path does (it calls the same function).
 */
export function chronologieLotCommandePublique(b: BaremesCompiles, du: number, cache: Map<number, ChronologieLot>): ChronologieLot {
  let c = cache.get(du);
  if (c === undefined) {
    const constats = nouveauxConstats();
    c = colonnes(chronologieCommandePublique(b, du, du, constats), du, Number.POSITIVE_INFINITY, false, constats);
    (c.au as Float64Array)[0] = Number.POSITIVE_INFINITY;
    cache.set(du, c);
  }
  return c;
}
