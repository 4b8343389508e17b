/**
 * Test oracle: the general route of `calculerPenalitesRetard` as it was before the one accrual engine
 * (release 0.1's per-call engine: `resultatGeneral`, its strict parameter reading, its object timelines
 * walked piece by piece and its object accrual), frozen here so that the engine of `src/calculs/moteur/`
 * can be checked against it on what the day-by-day reference of `test/reference/` does not cover (custom
 * tables, UNCONFIRMED entries and their avertissements, errors and their paths).
 *
 * What it shares with the code it checks, and what it does not: it imports nothing from `src/calculs/`
 * (its own parameter reading, rate timelines, accrual, per-period rounding call and result formatting are
 * below); it uses `src/socle/` (parsing of amounts, dates and rates, the exact half-up division, the error
 * class) and `src/baremes/` (the compiled tables and their lookups, which raise the `BAREME_MANQUANT`
 * messages), as the engine does. A bug in those shared layers would not be caught by this oracle; the
 * day-by-day reference (`test/reference/`, which imports nothing from `src/` for its computation) and the
 * socle's own tests cover them.
 */
import {
  bceEnVigueur,
  compilerBaremes,
  enVigueur,
  indexEnVigueur,
  periodeLegale,
  type BaremesCompiles,
  type EntreeCompilee,
} from '../../src/baremes/compiler.js';
import { baremesParDefaut } from '../../src/baremes/donnees.js';
import type { Baremes } from '../../src/baremes/types.js';
import { arrondiDemiSuperieur, diviserDemiSuperieurEntier } from '../../src/socle/arrondi.js';
import { civilDepuisJour, estBissextile, formaterDate, jourDepuisCivil, lireDate, semestreDe } from '../../src/socle/date-iso.js';
import { refuserClesInconnues } from '../../src/socle/cles.js';
import { entreeInvalide } from '../../src/socle/erreurs.js';
import { formaterEuros, lireEuros } from '../../src/socle/euros.js';
import { ajouterTaux, comparerTaux, formaterTaux, lireTaux, multiplierTaux, type TauxExact } from '../../src/socle/taux.js';

type BaseAnnuelle = 365 | 'exacte';

interface SegmentTaux {
  du: number;
  au: number;
  taux: TauxExact;
}

interface Constats {
  readonly nonConfirmes: Map<string, [number, number]>;
  readonly planchers: { du: number; au: number; plancher: TauxExact }[];
}

function nouveauxConstats(): Constats {
  return { nonConfirmes: new Map(), planchers: [] };
}

interface PaiementInterne {
  readonly jour: number;
  readonly centimes: number;
}

interface PeriodeInterne {
  readonly du: number;
  readonly au: number;
  readonly jours: number;
  readonly assiette: number;
  readonly taux: TauxExact;
  readonly diviseur: number;
  readonly montant: number;
}

/** The result shape of the public calculator (written here, not imported). */
export interface ResultatOracle {
  readonly montant: string;
  readonly joursDeRetard: number;
  readonly periodes: readonly {
    readonly du: string;
    readonly au: string;
    readonly jours: number;
    readonly assiette: string;
    readonly tauxAnnuel: string;
    readonly baseAnnuelle: number;
    readonly montant: string;
  }[];
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------
// Rate timelines, piece by piece (objects).

function noter(c: Constats, e: EntreeCompilee, du: number, au: number): void {
  if (e.confirme) return;
  const vu = c.nonConfirmes.get(e.libelle);
  c.nonConfirmes.set(e.libelle, vu ? [Math.min(vu[0], du), Math.max(vu[1], au)] : [du, au]);
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
function chronologieBcePlus10(b: BaremesCompiles, du: number, au: number, c: Constats): SegmentTaux[] {
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
    noter(c, regle, j, j);
    noter(c, bce, j, fin);
    pousser(segments, j, fin, majore(bce, regle));
    j = fin + 1;
  }
  return segments;
}

/**
 * A contractual rate, where below the floor (facteur × taux légal "autres cas" of each period) raised to it,
 * or with `bce10` replaced by the default ECB + 10 rate over those days (L441-10 II, the two readings).
 */
function chronologieContractuelle(b: BaremesCompiles, taux: TauxExact, du: number, au: number, c: Constats, bce10 = false): SegmentTaux[] {
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
      if (bce10) for (const s of chronologieBcePlus10(b, j, fin, c)) pousser(segments, s.du, s.au, s.taux);
      else pousser(segments, j, fin, plancher);
    } else {
      pousser(segments, j, fin, taux);
    }
    j = fin + 1;
  }
  return segments;
}

/**
 * Public buyers: ECB rate in force on the first day of the half-year in which interest starts to run, plus
 * the points of the regime in force on the contract's day (C. commande publique L2192-13, R2192-31 from
 * 16 March 2013; décret n° 2002-232 as amended before), for the whole period.
 */
function chronologieCommandePublique(b: BaremesCompiles, contrat: number, du: number, au: number, c: Constats): SegmentTaux[] {
  const regle = enVigueur(b.commandePublique, contrat, 'Intérêts moratoires de la commande publique (date du contrat)');
  const bce = bceEnVigueur(b, semestreDe(du).debut);
  noter(c, regle, du, au);
  noter(c, bce, du, au);
  return [{ du, au, taux: majore(bce, regle) }];
}


// ---------------------------------------------------------------------------------------------------------
// The accrual (objects).

const PUISSANCES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * Exact amount in cents of `assiette` cents at `taux` % per year for `jours` days on a `diviseur`-day year,
 * rounded half-up. Uses safe-integer arithmetic when it cannot overflow, BigInt otherwise.
 */
function montantPeriode(assiette: number, taux: TauxExact, jours: number, diviseur: number): number {
  const num = Number(taux.valeur);
  const den = 100 * (PUISSANCES[taux.decimales] ?? 10 ** taux.decimales) * diviseur;
  const produit = assiette * num * jours;
  if (Number.isSafeInteger(2 * produit + den) && Number.isSafeInteger(num)) return diviserDemiSuperieurEntier(produit, den);
  return Number(arrondiDemiSuperieur(BigInt(assiette) * taux.valeur * BigInt(jours), BigInt(den)));
}

/**
 * Sorted change points of the base: the base on day d is `montant − Σ payments dated < d`, so a payment on
 * day p lowers the base from p + 1. Returns the base in force from each point.
 */
function pointsAssiette(montant: number, paiements: readonly PaiementInterne[], debut: number): { jour: number; assiette: number }[] {
  let assiette = montant;
  let i = 0;
  while (i < paiements.length && paiements[i]!.jour + 1 <= debut) assiette -= paiements[i++]!.centimes;
  const points = [{ jour: debut, assiette: Math.max(0, assiette) }];
  while (i < paiements.length) {
    const jour = paiements[i]!.jour + 1;
    while (i < paiements.length && paiements[i]!.jour + 1 === jour) assiette -= paiements[i++]!.centimes;
    points.push({ jour, assiette: Math.max(0, assiette) });
  }
  return points;
}

/** Year length used as divisor for day `j`. */
function diviseurDu(j: number, base: BaseAnnuelle): number {
  return base === 365 ? 365 : estBissextile(civilDepuisJour(j).annee) ? 366 : 365;
}

/**
 * Periods over the timeline, dropping days whose base is zero. Consecutive days with the same base, rate
 * and divisor form one period.
 */
function cumuler(
  segments: readonly SegmentTaux[],
  montant: number,
  paiements: readonly PaiementInterne[],
  base: BaseAnnuelle,
): PeriodeInterne[] {
  const periodes: PeriodeInterne[] = [];
  if (segments.length === 0) return periodes;
  const points = pointsAssiette(montant, paiements, segments[0]!.du);
  let p = 0;
  for (const s of segments) {
    let j = s.du;
    while (j <= s.au) {
      while (p + 1 < points.length && points[p + 1]!.jour <= j) p++;
      const assiette = points[p]!.assiette;
      const finAssiette = p + 1 < points.length ? points[p + 1]!.jour - 1 : Number.POSITIVE_INFINITY;
      let fin = Math.min(s.au, finAssiette);
      if (base === 'exacte') fin = Math.min(fin, jourDepuisCivil(civilDepuisJour(j).annee, 12, 31));
      if (assiette === 0) return periodes; // the base only decreases: nothing accrues from here on
      const diviseur = diviseurDu(j, base);
      const jours = fin - j + 1;
      const prec = periodes[periodes.length - 1];
      if (prec && prec.au === j - 1 && prec.assiette === assiette && prec.diviseur === diviseur && prec.taux === s.taux) {
        // Only a calendar-year cut between two years of the same length: one period.
        const total = prec.jours + jours;
        periodes[periodes.length - 1] = { ...prec, au: fin, jours: total, montant: montantPeriode(assiette, s.taux, total, diviseur) };
      } else {
        periodes.push({ du: j, au: fin, jours, assiette, taux: s.taux, diviseur, montant: montantPeriode(assiette, s.taux, jours, diviseur) });
      }
      j = fin + 1;
    }
  }
  return periodes;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the parameters (strict), the result.

function objet(valeur: unknown, path: readonly PropertyKey[]): Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) {
    return entreeInvalide(path, 'objet attendu', 'invalid_type');
  }
  return valeur as Record<string, unknown>;
}

function lirePaiements(valeur: unknown, path: readonly PropertyKey[]): PaiementInterne[] {
  if (valeur === undefined) return [];
  if (!Array.isArray(valeur)) return entreeInvalide(path, 'tableau de paiements attendu', 'invalid_type');
  if (valeur.length > 100_000) entreeInvalide(path, 'au plus 100 000 paiements', 'too_big');
  const r: PaiementInterne[] = [];
  for (let i = 0; i < valeur.length; i++) {
    const p = objet(valeur[i], [...path, i]);
    refuserClesInconnues(p, ['date', 'montant', 'reference'], [...path, i]);
    if (p.reference !== undefined && typeof p.reference !== 'string') entreeInvalide([...path, i, 'reference'], 'texte attendu', 'invalid_type');
    const jour = lireDate(p.date, [...path, i, 'date']);
    const centimes = lireEuros(p.montant, [...path, i, 'montant']);
    if (centimes === 0) entreeInvalide([...path, i, 'montant'], 'un paiement est strictement positif', 'too_small');
    r.push({ jour, centimes });
  }
  return r.sort((a, b) => a.jour - b.jour); // stable
}

function lireOptions(options: unknown): { readonly baremes: BaremesCompiles; readonly base: BaseAnnuelle } {
  if (options === undefined) return { baremes: compilerBaremes(baremesParDefaut), base: 365 };
  const o = objet(options, ['options']);
  refuserClesInconnues(o, ['baremes', 'baseAnnuelle'], ['options']);
  const base = o.baseAnnuelle === undefined ? 365 : o.baseAnnuelle;
  if (base !== 365 && base !== 'exacte') entreeInvalide(['options', 'baseAnnuelle'], "365 ou 'exacte' attendu");
  return { baremes: compilerBaremes((o.baremes as Baremes | undefined) ?? baremesParDefaut), base };
}

interface PenalitesInternes {
  readonly montant: number;
  readonly echeance: number;
  readonly calcul: number;
  readonly paiements: readonly PaiementInterne[];
  readonly mode: 'bce+10' | 'contractuel' | 'commande-publique';
  readonly tauxContractuel: TauxExact | null;
  readonly bce10: boolean;
  /** Epoch days of `dateContrat` and `dateFacture`, or null. */
  readonly contrat: number | null;
  readonly facture: number | null;
}

/** The strict reading of penalty parameters; errors carry `path` first. */
export function lireParamsOracle(params: unknown, path: readonly PropertyKey[] = []): PenalitesInternes {
  const p = objet(params, path);
  refuserClesInconnues(p, ['montant', 'dateEcheance', 'dateCalcul', 'paiements', 'taux', 'dateContrat', 'dateFacture'], path);
  const montant = lireEuros(p.montant, [...path, 'montant']);
  const echeance = lireDate(p.dateEcheance, [...path, 'dateEcheance']);
  const calcul = lireDate(p.dateCalcul, [...path, 'dateCalcul']);
  const paiements = p.paiements === undefined ? [] : lirePaiements(p.paiements, [...path, 'paiements']);
  let mode: PenalitesInternes['mode'] = 'bce+10';
  let tauxContractuel = null;
  let bce10 = false;
  if (p.taux !== undefined) {
    const t = objet(p.taux, [...path, 'taux']);
    if (t.mode === 'contractuel') refuserClesInconnues(t, ['mode', 'tauxAnnuel', 'sousPlancher'], [...path, 'taux']);
    else if (t.mode === 'commande-publique' || t.mode === 'bce+10') refuserClesInconnues(t, ['mode'], [...path, 'taux']);
    if (t.mode === 'contractuel') {
      mode = 'contractuel';
      tauxContractuel = lireTaux(t.tauxAnnuel, [...path, 'taux', 'tauxAnnuel']);
      if (t.sousPlancher !== undefined && t.sousPlancher !== 'plancher' && t.sousPlancher !== 'bce+10') {
        entreeInvalide([...path, 'taux', 'sousPlancher'], "'plancher' ou 'bce+10' attendu");
      }
      bce10 = t.sousPlancher === 'bce+10';
    } else if (t.mode === 'commande-publique' || t.mode === 'bce+10') {
      mode = t.mode;
    } else {
      // (The indexed modes of issue 17 are not part of this oracle; its message names every mode the engine reads.)
      entreeInvalide([...path, 'taux', 'mode'], "'bce+10', 'contractuel', 'commande-publique', 'multiple-taux-legal', 'taux-legal+points' ou 'bce+points' attendu");
    }
  }
  const contrat = p.dateContrat === undefined ? null : lireDate(p.dateContrat, [...path, 'dateContrat']);
  const facture = p.dateFacture === undefined ? null : lireDate(p.dateFacture, [...path, 'dateFacture']);
  return { montant, echeance, calcul, paiements, mode, tauxContractuel, bce10, contrat, facture };
}

const L441_10 = 'C. com. art. L441-10 II';
const L441_6 = 'C. com. art. L441-6 (rédaction antérieure au 26 avril 2019)';
const L2192_13 = 'C. commande publique art. L2192-13';
const R2192_31 = 'C. commande publique art. R2192-31';
const DECRET_2002_232 = 'Décret n° 2002-232 du 21 février 2002, art. 5 (modifié par le décret n° 2008-407 du 28 avril 2008)';
/** 2013-03-16 (loi n° 2013-100, décret n° 2013-269). */
const JOUR_2013_PUBLIC = 15_780;
/** 2019-04-26, the day L441-10 (ordonnance n° 2019-359) replaced L441-6. */
const JOUR_L441_10 = 18_012;

function periodesPenalites(b: BaremesCompiles, e: PenalitesInternes, base: BaseAnnuelle, c: Constats): PeriodeInterne[] {
  if (e.calcul <= e.echeance || e.montant === 0) return [];
  const du = e.echeance + 1;
  let au = e.calcul;
  let reste = e.montant;
  for (const p of e.paiements) {
    reste -= p.centimes;
    if (reste <= 0) {
      au = Math.min(au, p.jour);
      break;
    }
  }
  if (au < du) return [];
  const segments =
    e.mode === 'contractuel'
      ? chronologieContractuelle(b, e.tauxContractuel!, du, au, c, e.bce10)
      : e.mode === 'commande-publique'
        ? chronologieCommandePublique(b, e.contrat ?? e.facture ?? e.echeance, du, au, c)
        : chronologieBcePlus10(b, du, au, c);
  return cumuler(segments, e.montant, e.paiements, base);
}

/** The general route: the full result of `calculerPenalitesRetard`, or its error. */
export function penalitesOracle(params: unknown, options?: unknown): ResultatOracle {
  const e = lireParamsOracle(params);
  const { baremes, base } = lireOptions(options);
  const contrat = e.contrat ?? e.facture ?? e.echeance;
  const references =
    e.mode === 'commande-publique'
      ? contrat < JOUR_2013_PUBLIC
        ? [DECRET_2002_232]
        : [L2192_13, R2192_31]
      : e.echeance + 1 < JOUR_L441_10
        ? [L441_10, L441_6]
        : [L441_10];
  const avertissements: string[] = [];
  const totalPaye = e.paiements.reduce((s, p) => s + p.centimes, 0);
  if (totalPaye > e.montant) {
    avertissements.push(`Les paiements (${formaterEuros(totalPaye)} €) dépassent le montant dû (${formaterEuros(e.montant)} €) : le trop-perçu est ignoré.`);
  }
  if (e.mode === 'commande-publique' && e.contrat === null) {
    const regimes = baremes.commandePublique;
    let i = -1;
    while (i + 1 < regimes.length && regimes[i + 1]!.du <= contrat) i++;
    if (i > 0) {
      avertissements.push(
        `Date du contrat inconnue : la date ${e.facture === null ? "d'échéance" : 'de la facture'} (${formaterDate(contrat)}) est retenue pour choisir le régime des intérêts moratoires ; ` +
          `un contrat conclu avant le ${formaterDate(regimes[i]!.du)} relève du régime antérieur (taux BCE + 7 points, décret n° 2002-232 modifié, au lieu de BCE + 8 points, ${R2192_31}). Indiquez la date du contrat.`,
      );
    }
  }
  const c = nouveauxConstats();
  const periodes = periodesPenalites(baremes, e, base, c);
  if (periodes.length === 0) return { montant: '0.00', joursDeRetard: 0, periodes: [], avertissements, references };
  let total = 0;
  let jours = 0;
  const publiques = periodes.map((p) => {
    total += p.montant;
    jours += p.jours;
    if (!Number.isSafeInteger(p.montant) || !Number.isSafeInteger(total)) {
      entreeInvalide([], 'montant du résultat hors limites (plus de 2^53 centimes) : réduisez le montant, le taux ou la durée', 'too_big');
    }
    return {
      du: formaterDate(p.du),
      au: formaterDate(p.au),
      jours: p.jours,
      assiette: formaterEuros(p.assiette),
      tauxAnnuel: formaterTaux(p.taux),
      baseAnnuelle: p.diviseur,
      montant: formaterEuros(p.montant),
    };
  });
  const texte = e.tauxContractuel === null ? '' : formaterTaux(e.tauxContractuel);
  for (const p of c.planchers) {
    avertissements.push(
      `Taux contractuel ${texte} % inférieur au plancher légal de ${formaterTaux(p.plancher)} % ` +
        `(3 × taux de l'intérêt légal) du ${formaterDate(p.du)} au ${formaterDate(p.au)} : ` +
        (e.bce10
          ? `clause tenue pour inefficace, le taux supplétif (taux BCE + 10 points) s'applique (${L441_10} ; lecture retenue sur option, l'autre relève le taux au plancher).`
          : `relevé au plancher (${L441_10}).`),
    );
  }
  for (const [libelle, [du, au]] of c.nonConfirmes) {
    avertissements.push(`Valeur NON CONFIRMÉE utilisée du ${formaterDate(du)} au ${formaterDate(au)} : ${libelle}. Vérifiez-la avant de vous en prévaloir.`);
  }
  return { montant: formaterEuros(total), joursDeRetard: jours, periodes: publiques, avertissements, references };
}
