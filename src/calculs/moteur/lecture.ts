/**
 * Internal: the one reader of penalty parameters (`ParamsPenalites`), for a single call and for each row of
 * a batch. It reads into a reused buffer ({@link Ligne}) without allocating: amounts and dates through the
 * fast parsers of `socle/lecture-rapide` (which accept a subset of what the strict parsers accept and read
 * the same value), payments into typed arrays that grow as needed, sorted stably by day. Anything it does
 * not read that way (an amount given as a number with decimals, a malformed value…) goes to the strict
 * reading, which reads it into the same buffer with the same values or throws `ENTREE_INVALIDE` with the
 * path of the bad field (the row's index first, in a batch). A contractual rate is parsed once per
 * distinct string.
 */
import { refuserClesInconnues } from '../../socle/cles.js';
import { lireDate } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { lireEuros } from '../../socle/euros.js';
import { eurosRapide, jourRapide } from '../../socle/lecture-rapide.js';
import { lireTaux, type TauxExact } from '../../socle/taux.js';
import { MODE_BCE, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL } from './chronologie.js';
import { lireClauseIndexee, MODES_INDEXES } from './indexes.js';
import type { Assiettes } from './cumul.js';
import { lirePaiements, objet } from './entrees.js';

/** At most this many payments per row (as `lirePaiements`, which rejects more). */
const PAIEMENTS_MAX = 100_000;

/** The keys of `ParamsPenalites` (issue 15, item 1: any other key is refused). */
export const CLES_PARAMS_PENALITES: readonly string[] = ['montant', 'dateEcheance', 'dateCalcul', 'paiements', 'taux', 'dateContrat', 'dateFacture'];
/** The keys of each `taux` mode. */
const CLES_TAUX: Readonly<Record<string, readonly string[]>> = {
  'bce+10': ['mode'],
  contractuel: ['mode', 'tauxAnnuel', 'sousPlancher'],
  'commande-publique': ['mode'],
  ...MODES_INDEXES,
};

/** `sousPlancher` of a contractual rate: raised to the floor (0, the default) or the default ECB + 10 rate (1). */
export const SOUS_PLANCHER_PLANCHER = 0;
export const SOUS_PLANCHER_BCE10 = 1;

/**
 * The number of own enumerable string keys of `o` (inherited enumerable ones counted too: such an object
 * then leaves the fast reading, and the strict one decides on its own keys). A `for…in` over an object with
 * fast properties allocates nothing, unlike `Object.keys`.
 */
function nombreDeCles(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** A penalty row read as numbers (reused from row to row). */
export interface Ligne extends Assiettes {
  /** Epoch days. */
  echeance: number;
  calcul: number;
  /** `MODE_BCE`, `MODE_CONTRACTUEL`, `MODE_COMMANDE_PUBLIQUE` (see `chronologie.ts`) or an indexed clause's (`indexes.ts`). */
  mode: number;
  /** The contractual rate (or an indexed clause's multiple or points) as given, and parsed; `''` and null otherwise. */
  tauxTexte: string;
  taux: TauxExact | null;
  /** A contractual rate below the floor: `SOUS_PLANCHER_PLANCHER` or `SOUS_PLANCHER_BCE10`. */
  sousPlancher: number;
  /** An indexed clause (`indexes.ts`): the taux légal category, `CATEGORIE_AUTRES_CAS` or `CATEGORIE_PARTICULIER`. */
  categorie: number;
  /** `dateContrat` and `dateFacture` in epoch days, NaN when absent. */
  contrat: number;
  facture: number;
}

export function nouvelleLigne(capacite = 8): Ligne {
  return {
    montant: 0,
    echeance: 0,
    calcul: 0,
    n: 0,
    jours: new Int32Array(capacite),
    centimes: new Float64Array(capacite),
    mode: MODE_BCE,
    tauxTexte: '',
    taux: null,
    sousPlancher: SOUS_PLANCHER_PLANCHER,
    categorie: 0,
    contrat: Number.NaN,
    facture: Number.NaN,
  };
}

/** Room for `n` payments. */
function reserver(l: Ligne, n: number): void {
  if (n <= l.jours.length) return;
  const capacite = Math.max(n, 2 * l.jours.length);
  l.jours = new Int32Array(capacite);
  l.centimes = new Float64Array(capacite);
}

/**
 * Reads `params` into `l`, or throws `ENTREE_INVALIDE` with the path of the bad field (prefixed by `ligne`
 * when it is a row index, ≥ 0).
 */
export function lirePenalites(params: unknown, l: Ligne, ligne: number): void {
  if (!lireRapide(params, l)) lireStrict(params, l, ligne < 0 ? [] : [ligne]);
  // An indexed clause's multiple or points are parsed (and cached) as a contractual rate is.
  l.taux = l.mode === MODE_CONTRACTUEL || l.mode > MODE_COMMANDE_PUBLIQUE ? tauxContractuel(l.tauxTexte, ligne) : null;
}

/** The fast reading: `false` when it does not read the row as is (then `l` is garbage). */
function lireRapide(params: unknown, l: Ligne): boolean {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  const r = params as Record<string, unknown>;
  const montant = eurosRapide(r.montant);
  if (montant < 0) return false;
  const echeance = jourRapide(r.dateEcheance);
  if (echeance !== echeance) return false; // NaN
  const calcul = jourRapide(r.dateCalcul);
  if (calcul !== calcul) return false;
  l.montant = montant;
  l.echeance = echeance;
  l.calcul = calcul;
  l.contrat = Number.NaN;
  l.facture = Number.NaN;
  l.mode = MODE_BCE;
  // Unknown keys (issue 15, item 1): the keys read here, counted as they are found, must be all the keys
  // the object has (one `for…in` count, no allocation); otherwise the strict reading names the unknown one.
  // (`paiements` and `taux` are read even when the count says there are none: a getter inherited from a
  // class is read as the strict reading reads it.)
  const total = nombreDeCles(r);
  let cles = 3;
  const paiements = r.paiements;
  let n = 0;
  if (paiements !== undefined) {
    cles++;
    if (!Array.isArray(paiements) || paiements.length > PAIEMENTS_MAX) return false;
    n = paiements.length;
    reserver(l, n);
    const jours = l.jours;
    const centimes = l.centimes;
    let trie = true;
    for (let k = 0; k < n; k++) {
      const p: unknown = paiements[k];
      if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
      const jour = jourRapide((p as Record<string, unknown>).date);
      const c = eurosRapide((p as Record<string, unknown>).montant);
      if (jour !== jour || c <= 0) return false;
      const reference = (p as Record<string, unknown>).reference;
      if (nombreDeCles(p) !== (reference === undefined ? 2 : typeof reference === 'string' ? 3 : -1)) return false;
      if (k > 0 && jours[k - 1]! > jour) trie = false;
      jours[k] = jour;
      centimes[k] = c;
    }
    if (!trie) trier(l, n);
  }
  l.n = n;
  const taux = r.taux;
  if (taux !== undefined) {
    cles++;
    if (typeof taux !== 'object' || taux === null || Array.isArray(taux)) return false;
    const t = taux as Record<string, unknown>;
    const mode = t.mode;
    let clesTaux = 1;
    if (mode === 'contractuel') {
      const texte = t.tauxAnnuel;
      if (typeof texte !== 'string') return false;
      l.mode = MODE_CONTRACTUEL;
      l.tauxTexte = texte;
      clesTaux++;
      const sous = t.sousPlancher;
      l.sousPlancher = SOUS_PLANCHER_PLANCHER;
      if (sous !== undefined) {
        if (sous === 'bce+10') l.sousPlancher = SOUS_PLANCHER_BCE10;
        else if (sous !== 'plancher') return false;
        clesTaux++;
      }
    } else if (mode === 'commande-publique') l.mode = MODE_COMMANDE_PUBLIQUE;
    else if (mode !== 'bce+10') return false;
    if (nombreDeCles(t) !== clesTaux) return false;
  }
  // The contract's and the invoice's days are read for public buyers only (the only regime they choose),
  // and whenever the count says keys remain (then they are validated, as the strict reading does).
  if (cles === total && l.mode !== MODE_COMMANDE_PUBLIQUE) return true;
  const contrat = r.dateContrat;
  if (contrat !== undefined) {
    const j = jourRapide(contrat);
    if (j !== j) return false;
    l.contrat = j;
    cles++;
  }
  const facture = r.dateFacture;
  if (facture !== undefined) {
    const j = jourRapide(facture);
    if (j !== j) return false;
    l.facture = j;
    cles++;
  }
  return total === cles;
}

/** Sorts the first `n` payments of `l` by day, stably (insertion for short lists). */
function trier(l: Ligne, n: number): void {
  const jours = l.jours;
  const centimes = l.centimes;
  if (n <= 64) {
    for (let k = 1; k < n; k++) {
      const jour = jours[k]!;
      const c = centimes[k]!;
      let m = k;
      while (m > 0 && jours[m - 1]! > jour) {
        jours[m] = jours[m - 1]!;
        centimes[m] = centimes[m - 1]!;
        m--;
      }
      jours[m] = jour;
      centimes[m] = c;
    }
    return;
  }
  const ordre = Array.from({ length: n }, (_, k) => k).sort((a, b) => jours[a]! - jours[b]! || a - b);
  const j = ordre.map((k) => jours[k]!);
  const c = ordre.map((k) => centimes[k]!);
  jours.set(j);
  centimes.set(c);
}

/** The strict reading: the same values, or the error with its path. */
function lireStrict(params: unknown, l: Ligne, path: readonly PropertyKey[]): void {
  const p = objet(params, path);
  refuserClesInconnues(p, CLES_PARAMS_PENALITES, path);
  l.montant = lireEuros(p.montant, [...path, 'montant']);
  l.echeance = lireDate(p.dateEcheance, [...path, 'dateEcheance']);
  l.calcul = lireDate(p.dateCalcul, [...path, 'dateCalcul']);
  const paiements = p.paiements === undefined ? [] : lirePaiements(p.paiements, [...path, 'paiements']);
  reserver(l, paiements.length);
  for (let k = 0; k < paiements.length; k++) {
    l.jours[k] = paiements[k]!.jour;
    l.centimes[k] = paiements[k]!.centimes;
  }
  l.n = paiements.length;
  l.mode = MODE_BCE;
  l.sousPlancher = SOUS_PLANCHER_PLANCHER;
  if (p.taux !== undefined) {
    const t = objet(p.taux, [...path, 'taux']);
    const cles = typeof t.mode === 'string' && Object.hasOwn(CLES_TAUX, t.mode) ? CLES_TAUX[t.mode]! : null;
    if (cles === null) {
      entreeInvalide([...path, 'taux', 'mode'], "'bce+10', 'contractuel', 'commande-publique', 'multiple-taux-legal', 'taux-legal+points' ou 'bce+points' attendu");
    }
    refuserClesInconnues(t, cles, [...path, 'taux']);
    if (t.mode === 'contractuel') {
      lireTaux(t.tauxAnnuel, [...path, 'taux', 'tauxAnnuel']);
      l.mode = MODE_CONTRACTUEL;
      l.tauxTexte = t.tauxAnnuel as string;
      if (t.sousPlancher === 'bce+10') l.sousPlancher = SOUS_PLANCHER_BCE10;
      else if (t.sousPlancher !== undefined && t.sousPlancher !== 'plancher') {
        entreeInvalide([...path, 'taux', 'sousPlancher'], "'plancher' ou 'bce+10' attendu");
      }
    } else if (t.mode === 'commande-publique') l.mode = MODE_COMMANDE_PUBLIQUE;
    else if (t.mode !== 'bce+10') {
      const c = lireClauseIndexee(t, [...path, 'taux']);
      l.mode = c.mode;
      l.tauxTexte = c.tauxTexte;
      l.categorie = c.categorie;
      if (c.bce10) l.sousPlancher = SOUS_PLANCHER_BCE10;
    }
  }
  // Read for public buyers (the regime they choose), validated whenever given.
  const publique = l.mode === MODE_COMMANDE_PUBLIQUE;
  l.contrat = p.dateContrat === undefined || !(publique || Object.hasOwn(p, 'dateContrat')) ? Number.NaN : lireDate(p.dateContrat, [...path, 'dateContrat']);
  l.facture = p.dateFacture === undefined || !(publique || Object.hasOwn(p, 'dateFacture')) ? Number.NaN : lireDate(p.dateFacture, [...path, 'dateFacture']);
}

/** Contractual rates already parsed (bounded). */
const TAUX_MAX = 10_000;
const tauxLus = /* @__PURE__ */ new Map<string, TauxExact>();

function tauxContractuel(texte: string, ligne: number): TauxExact {
  let t = tauxLus.get(texte);
  if (t === undefined) {
    t = lireTaux(texte, ligne < 0 ? ['taux', 'tauxAnnuel'] : [ligne, 'taux', 'tauxAnnuel']);
    if (tauxLus.size < TAUX_MAX) tauxLus.set(texte, t);
  }
  return t;
}

let libre: Ligne | null = null;

/**
 * A buffer for one computation, to give back with {@link rendreLigne} (a re-entrant call — e.g. from a
 * getter of the input — gets a fresh one while the first is in use).
 */
export function emprunterLigne(): Ligne {
  const l = libre ?? nouvelleLigne();
  libre = null;
  return l;
}

export function rendreLigne(l: Ligne): void {
  libre = l;
}
