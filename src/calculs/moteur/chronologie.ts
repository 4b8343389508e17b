/**
 * Internal: rate timelines. A timeline is the list of maximal runs of days with the same annual rate over
 * an interval of epoch days, for one legal regime. The accrual step then cuts it by the base (payments).
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
import { ajouterTaux, comparerTaux, formaterTaux, multiplierTaux, type TauxExact } from '../../socle/taux.js';

/** A run of days [du, au] (inclusive) at one rate. */
export interface SegmentTaux {
  du: number;
  au: number;
  taux: TauxExact;
}

/**
 * One use of an unconfirmed entry, as the timeline walk noted it: days `[du, au]` of the piece
 * `[du, finPiece]` (a piece is a run of days the walk handles in one step). `au === du < finPiece` marks a
 * note on the piece's first day only (the L441-10 rule of a piece); otherwise `au === finPiece`.
 */
export interface NoteNonConfirmee {
  readonly entree: EntreeCompilee;
  readonly du: number;
  readonly au: number;
  readonly finPiece: number;
}

/** What building a timeline noticed: unconfirmed entries used, floors applied. */
export interface Constats {
  readonly nonConfirmes: Map<string, [number, number]>;
  readonly planchers: { du: number; au: number; plancher: TauxExact }[];
  /**
   * When present, every note of an unconfirmed entry, in order: the batch timelines keep it so that the
   * constats of any sub-interval can be replayed exactly (see `lot/chronologieLot.ts`).
   */
  readonly journal?: NoteNonConfirmee[];
}

export function nouveauxConstats(journal = false): Constats {
  return journal ? { nonConfirmes: new Map(), planchers: [], journal: [] } : { nonConfirmes: new Map(), planchers: [] };
}

/** Notes that the unconfirmed entry `e` was used on `[du, au]` (inside the piece ending on `finPiece`). */
function noter(c: Constats, e: EntreeCompilee, du: number, au: number, finPiece = au): void {
  if (e.confirme) return;
  const vu = c.nonConfirmes.get(e.libelle);
  c.nonConfirmes.set(e.libelle, vu ? [Math.min(vu[0], du), Math.max(vu[1], au)] : [du, au]);
  c.journal?.push({ entree: e, du, au, finPiece });
}

function pousser(segments: SegmentTaux[], du: number, au: number, taux: TauxExact): void {
  const dernier = segments[segments.length - 1];
  if (dernier && dernier.au === du - 1 && comparerTaux(dernier.taux, taux) === 0) dernier.au = au;
  else segments.push({ du, au, taux });
}

function prochainDebut(entrees: readonly { du: number }[], jour: number): number {
  const i = indexEnVigueur(entrees, jour);
  const suivant = entrees[i + 1];
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

/**
 * L441-10 default rate (ECB + points), each day by the rule version in force that day:
 * semester anchoring from 2013, the most recent operation's rate for 2009–2012.
 */
export function chronologieBcePlus10(b: BaremesCompiles, du: number, au: number, c: Constats): SegmentTaux[] {
  const segments: SegmentTaux[] = [];
  let j = du;
  while (j <= au) {
    const regle = enVigueur(b.regleL441_10, j, 'Taux de pénalités L441-10');
    const finRegle = prochainDebut(b.regleL441_10, j) - 1;
    let fin: number;
    let bce;
    if (regle.ancrage === 'semestre') {
      const s = semestreDe(j);
      bce = bceEnVigueur(b, s.debut);
      fin = Math.min(s.fin, finRegle, au);
    } else {
      bce = bceEnVigueur(b, j);
      fin = Math.min(prochainDebut(b.bce, j) - 1, finRegle, au, b.bceFin);
    }
    // The rule is read on the piece's first day (an unconfirmed rule is reported for that day).
    noter(c, regle, j, j, fin);
    noter(c, bce, j, fin);
    pousser(segments, j, fin, majore(bce, regle));
    j = fin + 1;
  }
  return segments;
}

/**
 * A contractual rate, raised to the floor (facteur × taux légal "autres cas" of each period) where below it.
 */
export function chronologieContractuelle(b: BaremesCompiles, taux: TauxExact, du: number, au: number, c: Constats): SegmentTaux[] {
  const segments: SegmentTaux[] = [];
  let j = du;
  while (j <= au) {
    const regle = enVigueur(b.regleL441_10, j, 'Plancher du taux contractuel (L441-10)');
    const periode = periodeLegale(b, j);
    const fin = Math.min(periode.au, prochainDebut(b.regleL441_10, j) - 1, au);
    const plancher = multiplierTaux(periode.autresCas, regle.facteurPlancher);
    // The comparison with the floor reads the taux légal: the result depends on it even when the contractual
    // rate wins (an UNCONFIRMED taux légal could hide a floor above the contractual rate).
    noter(c, periode, j, fin);
    if (comparerTaux(taux, plancher) < 0) {
      noter(c, regle, j, fin);
      const p = c.planchers[c.planchers.length - 1];
      if (p && p.au === j - 1 && comparerTaux(p.plancher, plancher) === 0) p.au = fin;
      else c.planchers.push({ du: j, au: fin, plancher });
      pousser(segments, j, fin, plancher);
    } else {
      pousser(segments, j, fin, taux);
    }
    j = fin + 1;
  }
  return segments;
}

/**
 * Public buyers (C. commande publique R2192-31): ECB rate in force on the first day of the half-year in
 * which interest starts to run, plus the points, for the whole period.
 */
export function chronologieCommandePublique(b: BaremesCompiles, du: number, au: number, c: Constats): SegmentTaux[] {
  const regle = enVigueur(b.commandePublique, du, 'Intérêts moratoires de la commande publique');
  const bce = bceEnVigueur(b, semestreDe(du).debut);
  noter(c, regle, du, au);
  noter(c, bce, du, au);
  return [{ du, au, taux: majore(bce, regle) }];
}

/**
 * Taux de l'intérêt légal of each day's period and category; +5 points (CMF L313-3) from `debutMajoration`.
 */
export function chronologieInteretLegal(
  b: BaremesCompiles,
  categorie: 'particulier' | 'autresCas',
  du: number,
  au: number,
  debutMajoration: number,
  c: Constats,
): SegmentTaux[] {
  const segments: SegmentTaux[] = [];
  const cinq: TauxExact = { valeur: 5n, decimales: 0 };
  let j = du;
  while (j <= au) {
    const periode = periodeLegale(b, j);
    const majore = j >= debutMajoration;
    const fin = Math.min(periode.au, au, majore ? Number.POSITIVE_INFINITY : debutMajoration - 1);
    noter(c, periode, j, fin);
    const base = periode[categorie];
    pousser(segments, j, fin, majore ? ajouterTaux(base, cinq) : base);
    j = fin + 1;
  }
  return segments;
}

export { formaterTaux };
