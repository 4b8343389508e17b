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
import { lireTaux, type TauxExact } from '../../socle/taux.js';
import {
  chronologieBcePlus10,
  chronologieCommandePublique,
  chronologieContractuelle,
  nouveauxConstats,
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
}

function colonnes(segments: readonly SegmentTaux[], debut: number, fin: number, indexer: boolean): ChronologieLot {
  const n = segments.length;
  const au = new Float64Array(n);
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const sur = new Uint8Array(n);
  const taux: TauxExact[] = [];
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
    if (index) index.fill(s, seg.du - debut, seg.au - debut + 1);
  }
  return { debut, fin, index, au, num, den, sur, taux };
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

function construire(debut: number, valide: (j: number) => boolean, finBloc: (j: number) => number, segments: (du: number, au: number) => SegmentTaux[]): ChronologieLot | null {
  if (!Number.isFinite(debut) || !valide(debut)) return null;
  let j = debut;
  while (j - debut < JOURS_MAX && valide(j)) j = finBloc(j) + 1;
  const fin = Math.min(j - 1, debut + JOURS_MAX - 1);
  try {
    return colonnes(segments(debut, fin), debut, fin, true);
  } catch {
    return null; // defensive: then every invoice takes the per-call path
  }
}

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
      (du, au) => chronologieBcePlus10(b, du, au, nouveauxConstats()),
    );
    bcePlus10.set(b, c);
  }
  return c;
}

/**
 * A contractual rate's timeline (raised to 3 × taux légal where below it), cached per tables and per rate
 * string (`cle`).
 */
export function chronologieLotContractuelle(b: BaremesCompiles, cle: string, path: readonly PropertyKey[]): ChronologieLot | null {
  let parTaux = contractuelles.get(b);
  if (!parTaux) {
    parTaux = new Map();
    contractuelles.set(b, parTaux);
  }
  let c = parTaux.get(cle);
  if (c === undefined) {
    // Rejects a malformed rate with the row's path, exactly as the per-call path.
    const taux = lireTaux(cle, path);
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
      (du, au) => chronologieContractuelle(b, taux, du, au, nouveauxConstats()),
    );
    if (parTaux.size < 10_000) parTaux.set(cle, c);
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
    c = colonnes(chronologieCommandePublique(b, du, du, nouveauxConstats()), du, Number.POSITIVE_INFINITY, false);
    (c.au as Float64Array)[0] = Number.POSITIVE_INFINITY;
    cache.set(du, c);
  }
  return c;
}
