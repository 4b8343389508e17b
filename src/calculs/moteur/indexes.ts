/**
 * Internal: indexed contractual rates (issue 17) — the rate a clause gives on a day, read from the legal
 * tables, before the floor of C. com. L441-10 II is applied to it (by the one contractual piece of
 * `chronologie.ts`, as for a fixed contractual rate):
 *
 * - `multiple-taux-legal`: `multiple` × the taux de l'intérêt légal of the day's period (C. mon. fin. L313-2:
 *   fixed per half-year since 2015, per year before), of the clause's category;
 * - `taux-legal+points`: that rate + `points`;
 * - `bce+points`: the ECB main refinancing rate + `points`, anchored as L441-10 II anchors its default rate on
 *   that day (since 2013 the rate in force on 1 January / 1 July; 2009–2012 the most recent operation) —
 *   the library's reading of a clause "taux BCE + n points"; a clause may fix another anchoring, not
 *   modelled. With the law's own points (10 since 2009) the clause is the statutory default rate, not a
 *   "disposition contraire": it is not checked against the floor (the default applies even below
 *   3 × taux légal), so it gives exactly what the `bce+10` mode gives.
 */
import { bceEnVigueur, enVigueur, indexEnVigueur, periodeLegale, type BaremesCompiles, type EntreeCompilee, type RegleCompilee, type TauxCompile } from '../../baremes/compiler.js';
import { semestreDe } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { lireTaux, ajouterTaux, comparerTaux, type TauxExact } from '../../socle/taux.js';

/** Penalty regimes of indexed clauses (after `MODE_BCE`, `MODE_CONTRACTUEL`, `MODE_COMMANDE_PUBLIQUE`). */
export const MODE_MULTIPLE_LEGAL = 3;
export const MODE_LEGAL_PLUS = 4;
export const MODE_BCE_PLUS = 5;

/** Taux légal categories of a clause (CMF L313-2). */
export const CATEGORIE_AUTRES_CAS = 0;
export const CATEGORIE_PARTICULIER = 1;

/** The keys of each indexed mode. */
export const MODES_INDEXES: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  'multiple-taux-legal': Object.freeze(['mode', 'multiple', 'categorie', 'sousPlancher']),
  'taux-legal+points': Object.freeze(['mode', 'points', 'categorie', 'sousPlancher']),
  'bce+points': Object.freeze(['mode', 'points', 'sousPlancher']),
});

/** What the reader keeps of an indexed clause. */
export interface ClauseLue {
  mode: number;
  /** The multiple or the points, as given. */
  tauxTexte: string;
  /** `sousPlancher: 'bce+10'`. */
  bce10: boolean;
  categorie: number;
}

/**
 * Reads an indexed `taux` (its mode one of {@link MODES_INDEXES}, its keys already checked), or
 * throws `ENTREE_INVALIDE` with the path of the bad field.
 */
export function lireClauseIndexee(t: Record<string, unknown>, path: readonly PropertyKey[]): ClauseLue {
  const champ = t.mode === 'multiple-taux-legal' ? 'multiple' : 'points';
  lireTaux(t[champ], [...path, champ]);
  if (t.sousPlancher !== undefined && t.sousPlancher !== 'plancher' && t.sousPlancher !== 'bce+10') {
    entreeInvalide([...path, 'sousPlancher'], "'plancher' ou 'bce+10' attendu");
  }
  if (t.categorie !== undefined && t.categorie !== 'autres-cas' && t.categorie !== 'creancier-particulier') {
    entreeInvalide([...path, 'categorie'], "'autres-cas' ou 'creancier-particulier' attendu");
  }
  return {
    mode: t.mode === 'multiple-taux-legal' ? MODE_MULTIPLE_LEGAL : t.mode === 'taux-legal+points' ? MODE_LEGAL_PLUS : MODE_BCE_PLUS,
    tauxTexte: t[champ] as string,
    bce10: t.sousPlancher === 'bce+10',
    categorie: t.categorie === 'creancier-particulier' ? CATEGORIE_PARTICULIER : CATEGORIE_AUTRES_CAS,
  };
}

/**
 * The ECB rate L441-10 II reads on day `j` under the rule `regle` and the last day it holds: since 2013
 * (`'semestre'`) the rate in force on the first day of the half-year, to its end; 2009–2012 the most recent
 * operation's, to the day before the next one (and at most the last day the table covers).
 */
export function bceAncree(b: BaremesCompiles, regle: RegleCompilee, j: number): { bce: TauxCompile; fin: number } {
  if (regle.ancrage === 'semestre') {
    const s = semestreDe(j);
    return { bce: bceEnVigueur(b, s.debut), fin: s.fin };
  }
  const suivant = b.bce[indexEnVigueur(b.bce, j) + 1];
  return { bce: bceEnVigueur(b, j), fin: Math.min(suivant ? suivant.du - 1 : Number.POSITIVE_INFINITY, b.bceFin) };
}

/** The rate of a clause over a run of days from `j`. */
export interface TauxClause {
  readonly taux: TauxExact;
  /** Last day of the run (≤ the `fin` asked). */
  readonly fin: number;
  /** The clause is the statutory default rate itself (not checked against the floor). */
  readonly statutaire: boolean;
  /** Entries read (to journal if unconfirmed): `[entry, first day only]`. */
  readonly lues: readonly (readonly [EntreeCompilee, boolean])[];
}

/** `a × k` exactly (a rate times a decimal multiple). */
function produit(a: TauxExact, k: TauxExact): TauxExact {
  return { valeur: a.valeur * k.valeur, decimales: a.decimales + k.decimales };
}

/**
 * The rate function of an indexed clause: for day `j`, the clause's rate and how far it holds (at most to
 * `fin`). Throws `BAREME_MANQUANT` (before anything is noted) when a table does not cover `j`.
 */
export function clauseIndexee(b: BaremesCompiles, mode: number, valeur: TauxExact, categorie: number): (j: number, fin: number) => TauxClause {
  if (mode === MODE_BCE_PLUS) {
    return (j, fin) => {
      const regle = enVigueur(b.regleL441_10, j, 'Taux de pénalités L441-10');
      const a = bceAncree(b, regle, j);
      return {
        taux: ajouterTaux(a.bce.taux, valeur),
        fin: Math.min(a.fin, fin),
        statutaire: comparerTaux(valeur, regle.points) === 0,
        lues: [[regle, true], [a.bce, false]],
      };
    };
  }
  const cle = categorie === CATEGORIE_PARTICULIER ? 'particulier' : 'autresCas';
  const multiple = mode === MODE_MULTIPLE_LEGAL;
  // The taux légal period is the one the floor check reads and journals: nothing more to journal here.
  return (j, fin) => {
    const periode = periodeLegale(b, j);
    const base = periode[cle];
    return { taux: multiple ? produit(base, valeur) : ajouterTaux(base, valeur), fin: Math.min(periode.au, fin), statutaire: false, lues: [] };
  };
}

/** An indexed clause in words, for warnings: "3 × taux de l'intérêt légal", "taux BCE + 7 points"… */
export function libelleClause(mode: number, texte: string, categorie: number): string {
  const legal = `taux de l'intérêt légal${categorie === CATEGORIE_PARTICULIER ? ' (créancier personne physique)' : ''}`;
  const n = texte.replace('.', ',');
  if (mode === MODE_MULTIPLE_LEGAL) return `${n} × ${legal}`;
  if (mode === MODE_LEGAL_PLUS) return `${legal} + ${n} points`;
  return `taux BCE + ${n} points`;
}
