// An independent, deliberately naive reference for calculerPenalitesRetard and calculerInteretsLegaux.
//
// Written from the law and the public API contract (/work/shared/design/API.md "Calculators") and the rate
// tables of rates.md (its own copy in ./tables.ts), WITHOUT reading or importing src/: its own calendar
// (string dates stepped one day at a time), its own decimal parsing, BigInt arithmetic only, one loop
// iteration per calendar day. It is slow on purpose; clarity over speed, so that it can be checked by eye.
//
// Rules it implements (each day d is considered on its own):
// - Penalties (C. com. L441-10 II): d accrues when dateEcheance < d <= dateCalcul.
//   * 'bce+10': from 2013-01-01, ECB rate in force on 1 January (days of January–June) or 1 July (July–
//     December) of d's year + 10 points (loi n° 2012-387 du 22 mars 2012); 2009-01-01 to 2012-12-31, ECB rate of
//     the most recent operation on d + 10 points (loi LME n° 2008-776); before 2009: no table (BAREME_MANQUANT).
//   * 'contractuel': the contractual rate, raised to 3 × the taux de l'intérêt légal "autres cas" of d's
//     half-year (of d's year before 2015) when below it (L441-10 II; the floor is 3× since 1 January 2009).
//   * 'commande-publique': ECB rate in force on the first day of the half-year containing the first accruing
//     day (dateEcheance + 1), for every day, + 8 points for a contract concluded from 2013-03-16 (C. commande
//     publique L2192-13, R2192-31), + 7 points for one concluded from 2008-05-01 to 2013-03-15 (décret
//     n° 2002-232 as amended by décret n° 2008-407, an UNCONFIRMED table value); the contract's day is
//     dateContrat, or dateEcheance without it; before 2008-05-01, no table.
// - Legal interest (CMF L313-2, D313-1-A; L313-3 for the majoration): d accrues when dateDebut <= d <= dateFin;
//   the rate of d's half-year (year before 2015) and category; + 5 points when d is after the end of the
//   two-month delay from dateDecisionExecutoire (same-numbered day two months later, or that month's last
//   day, CPC 641).
// - Base on day d: montant minus the payments dated strictly before d, never below zero. Days with a zero
//   base accrue nothing and belong to no period.
// - Periods: maximal runs of consecutive accruing days with the same base and rate (and, with 'exacte', the
//   same year length: a run does not mix 365- and 366-day years, so that every period reads
//   base × rate/100 × jours / Y). Amount of a period: base × rate/100 × jours / Y, Y = 365 (default) or the
//   number of days of the year ('exacte'), rounded half-up to the cent once per period. Total = sum of the
//   periods' amounts.

import { BCE, BCE_CONNU_JUSQUAU, LEGAL_ANNUEL, LEGAL_SEMESTRIEL, SEMESTRES_NON_CONFIRMES } from './tables.js';

// ---------------------------------------------------------------------------------------------------------
// A naive calendar on "YYYY-MM-DD" strings (lexicographic order = chronological order).

function bissextile(a: number): boolean {
  return (a % 4 === 0 && a % 100 !== 0) || a % 400 === 0;
}

function longueurMois(a: number, m: number): number {
  return [31, bissextile(a) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function decouper(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function ecrire(a: number, m: number, j: number): string {
  return `${String(a).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`;
}

/** The next calendar day. */
export function lendemain(date: string): string {
  const [a, m, j] = decouper(date);
  if (j < longueurMois(a, m)) return ecrire(a, m, j + 1);
  if (m < 12) return ecrire(a, m + 1, 1);
  return ecrire(a + 1, 1, 1);
}

/** The same-numbered day `n` months later, or that month's last day (CPC 641 / C. civ. 2229 style). */
export function plusMois(date: string, n: number): string {
  const [a, m, j] = decouper(date);
  const index = a * 12 + (m - 1) + n;
  const a2 = Math.floor(index / 12);
  const m2 = (index % 12) + 1;
  return ecrire(a2, m2, Math.min(j, longueurMois(a2, m2)));
}

// ---------------------------------------------------------------------------------------------------------
// Exact decimals: amounts in cents, rates in millionths of a percent.

const MICRO = 1_000_000n;

function centimes(montant: string | number): bigint {
  const s = String(montant);
  const [e, d = ''] = s.split('.');
  return BigInt(e!) * 100n + BigInt((d + '00').slice(0, 2));
}

function formaterCentimes(c: bigint): string {
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
}

function microTaux(taux: string): bigint {
  const [e, d = ''] = taux.split('.');
  return BigInt(e!) * MICRO + BigInt((d + '000000').slice(0, 6));
}

/** At least two decimals, no trailing zero beyond them ("10.00", "12.15", "12.125"). */
function formaterTaux(micro: bigint): string {
  let dec = String(micro % MICRO).padStart(6, '0');
  while (dec.length > 2 && dec.endsWith('0')) dec = dec.slice(0, -1);
  return `${micro / MICRO}.${dec}`;
}

// ---------------------------------------------------------------------------------------------------------
// Rates.

/** Thrown (as a value) when no table covers a day. */
export class HorsBareme extends Error {}

function bceEnVigueur(jour: string): bigint {
  if (jour > BCE_CONNU_JUSQUAU) throw new HorsBareme(`BCE inconnu le ${jour}`);
  let taux: string | undefined;
  for (const [du, t] of BCE) if (du <= jour) taux = t;
  if (taux === undefined) throw new HorsBareme(`BCE inconnu le ${jour}`);
  return microTaux(taux);
}

function cleSemestre(jour: string): string {
  return `${jour.slice(0, 4)}-${Number(jour.slice(5, 7)) <= 6 ? 1 : 2}`;
}

function premierJourDuSemestre(jour: string): string {
  return `${jour.slice(0, 4)}-${Number(jour.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
}

/** Taux de l'intérêt légal of the day, in micro-percent. */
function tauxLegal(jour: string, categorie: 'creancier-particulier' | 'autres-cas'): bigint {
  const annee = Number(jour.slice(0, 4));
  if (annee < 2015) {
    const t = LEGAL_ANNUEL[annee];
    if (t === undefined) throw new HorsBareme(`taux légal inconnu le ${jour}`);
    return microTaux(t);
  }
  const paire = LEGAL_SEMESTRIEL[cleSemestre(jour)];
  if (paire === undefined) throw new HorsBareme(`taux légal inconnu le ${jour}`);
  return microTaux(categorie === 'creancier-particulier' ? paire[0] : paire[1]);
}

// ---------------------------------------------------------------------------------------------------------
// The day-by-day accrual.

export interface PeriodeReference {
  du: string;
  au: string;
  jours: number;
  assiette: string;
  tauxAnnuel: string;
  montant: string;
}

export interface ResultatReference {
  montant: string;
  joursDeRetard: number;
  periodes: PeriodeReference[];
  /** A contractual rate was raised to the floor on at least one day. */
  plancherApplique: boolean;
  /** At least one day used an UNCONFIRMED table value. */
  nonConfirme: boolean;
}

export interface PaiementReference {
  date: string;
  montant: string | number;
}

interface Jour {
  jour: string;
  assiette: bigint;
  taux: bigint;
}

function assietteDuJour(montant: bigint, paiements: readonly PaiementReference[], jour: string): bigint {
  let reste = montant;
  for (const p of paiements) if (p.date < jour) reste -= centimes(p.montant);
  return reste > 0n ? reste : 0n;
}

/** The divisor of a day: 365, or with 'exacte' the number of days of its year. */
function longueurAnnee(jour: string, baseAnnuelle: 365 | 'exacte'): bigint {
  return baseAnnuelle === 'exacte' && bissextile(Number(jour.slice(0, 4))) ? 366n : 365n;
}

function regrouper(jours: readonly Jour[], baseAnnuelle: 365 | 'exacte'): Omit<ResultatReference, 'plancherApplique' | 'nonConfirme'> {
  const periodes: PeriodeReference[] = [];
  let total = 0n;
  let i = 0;
  while (i < jours.length) {
    const premier = jours[i]!;
    // Σ 1/Y_d over the run, as a numerator over 365 × 366.
    let fraction = 0n;
    let k = i;
    let dernier = premier;
    while (
      k < jours.length &&
      jours[k]!.assiette === premier.assiette &&
      jours[k]!.taux === premier.taux &&
      longueurAnnee(jours[k]!.jour, baseAnnuelle) === longueurAnnee(premier.jour, baseAnnuelle)
    ) {
      dernier = jours[k]!;
      fraction += (365n * 366n) / longueurAnnee(dernier.jour, baseAnnuelle);
      k += 1;
    }
    const numerateur = premier.assiette * premier.taux * fraction;
    const denominateur = 100n * MICRO * 365n * 366n;
    const cents = (2n * numerateur + denominateur) / (2n * denominateur); // half-up, non-negative
    total += cents;
    periodes.push({
      du: premier.jour,
      au: dernier.jour,
      jours: k - i,
      assiette: formaterCentimes(premier.assiette),
      tauxAnnuel: formaterTaux(premier.taux),
      montant: formaterCentimes(cents),
    });
    i = k;
  }
  return { montant: formaterCentimes(total), joursDeRetard: jours.length, periodes };
}

export interface ParamsPenalitesReference {
  montant: string | number;
  dateEcheance: string;
  dateCalcul: string;
  paiements?: readonly PaiementReference[];
  taux?: { mode: 'bce+10' } | { mode: 'contractuel'; tauxAnnuel: string } | { mode: 'commande-publique' };
  dateContrat?: string;
}

/**
 * Late-payment penalties, day by day. Throws {@link HorsBareme} when a day is outside the tables.
 */
export function penalitesReference(p: ParamsPenalitesReference, baseAnnuelle: 365 | 'exacte' = 365): ResultatReference {
  const montant = centimes(p.montant);
  const paiements = p.paiements ?? [];
  const mode = p.taux ?? { mode: 'bce+10' as const };
  const jours: Jour[] = [];
  let plancherApplique = false;
  let nonConfirme = false;
  const premierJour = lendemain(p.dateEcheance);
  for (let d = premierJour; d <= p.dateCalcul; d = lendemain(d)) {
    const assiette = assietteDuJour(montant, paiements, d);
    if (assiette === 0n) continue;
    let taux: bigint;
    if (mode.mode === 'bce+10') {
      if (d < '2009-01-01') throw new HorsBareme(`pas de règle L441-10 le ${d}`);
      if (d < '2013-01-01') taux = bceEnVigueur(d) + 10n * MICRO;
      else {
        const ancre = premierJourDuSemestre(d);
        taux = bceEnVigueur(ancre) + 10n * MICRO;
        if (ancre === '2026-07-01') nonConfirme = true;
      }
    } else if (mode.mode === 'contractuel') {
      if (d < '2009-01-01') throw new HorsBareme(`pas de règle L441-10 le ${d}`);
      const plancher = 3n * tauxLegal(d, 'autres-cas');
      const contractuel = microTaux(mode.tauxAnnuel);
      taux = contractuel >= plancher ? contractuel : plancher;
      if (contractuel < plancher) plancherApplique = true;
      if (SEMESTRES_NON_CONFIRMES.has(cleSemestre(d))) nonConfirme = true;
    } else {
      const contrat = p.dateContrat ?? p.dateEcheance;
      if (contrat < '2008-05-01') throw new HorsBareme(`pas de régime des intérêts moratoires pour un contrat du ${contrat}`);
      const ancre = premierJourDuSemestre(premierJour);
      taux = bceEnVigueur(ancre) + (contrat >= '2013-03-16' ? 8n : 7n) * MICRO;
      if (ancre === '2026-07-01' || contrat < '2013-03-16') nonConfirme = true;
    }
    jours.push({ jour: d, assiette, taux });
  }
  return { ...regrouper(jours, baseAnnuelle), plancherApplique, nonConfirme };
}

export interface ParamsInteretsReference {
  montant: string | number;
  dateDebut: string;
  dateFin: string;
  categorie: 'creancier-particulier' | 'autres-cas';
  dateDecisionExecutoire?: string;
  paiements?: readonly PaiementReference[];
}

/**
 * Legal interest, day by day. Throws {@link HorsBareme} when a day is outside the tables.
 */
export function interetsReference(p: ParamsInteretsReference, baseAnnuelle: 365 | 'exacte' = 365): ResultatReference {
  const montant = centimes(p.montant);
  const paiements = p.paiements ?? [];
  // The delay of CMF L313-3 ends on this day; the majoration applies from the next day.
  const finDuDelai = p.dateDecisionExecutoire === undefined ? undefined : plusMois(p.dateDecisionExecutoire, 2);
  const jours: Jour[] = [];
  let nonConfirme = false;
  for (let d = p.dateDebut; d <= p.dateFin; d = lendemain(d)) {
    const assiette = assietteDuJour(montant, paiements, d);
    if (assiette === 0n) continue;
    let taux = tauxLegal(d, p.categorie);
    if (finDuDelai !== undefined && d > finDuDelai) taux += 5n * MICRO;
    if (SEMESTRES_NON_CONFIRMES.has(cleSemestre(d))) nonConfirme = true;
    jours.push({ jour: d, assiette, taux });
  }
  return { ...regrouper(jours, baseAnnuelle), plancherApplique: false, nonConfirme };
}
