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
import { formaterTaux, lireTaux, type Taux } from '../../socle/taux.js';
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
import { avertissementsNonConfirmes, periodesPubliques, resultatVide, type ResultatAccrual } from '../moteur/resultat.js';

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

export function lireParamsPenalites(params: unknown, path: readonly PropertyKey[] = []): PenalitesInternes {
  const p = objet(params, path);
  const montant = lireEuros(p.montant, [...path, 'montant']);
  const echeance = lireDate(p.dateEcheance, [...path, 'dateEcheance']);
  const calcul = lireDate(p.dateCalcul, [...path, 'dateCalcul']);
  const paiements = lirePaiements(p.paiements, [...path, 'paiements']);
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
  const e = lireParamsPenalites(params);
  const { baremes, base } = lireOptions(options);
  const references = e.mode === 'commande-publique' ? [R2192_31] : e.echeance + 1 < JOUR_L441_10 ? [L441_10, L441_6] : [L441_10];
  const avertissements: string[] = [];
  const totalPaye = e.paiements.reduce((s, p) => s + p.centimes, 0);
  if (totalPaye > e.montant) {
    avertissements.push(`Les paiements (${formaterEuros(totalPaye)} €) dépassent le montant dû (${formaterEuros(e.montant)} €) : le trop-perçu est ignoré.`);
  }
  const c = nouveauxConstats();
  const periodes = periodesPenalites(baremes, e, base, c);
  if (periodes.length === 0) return resultatVide(references, avertissements);
  const { total, jours, publiques } = periodesPubliques(periodes);
  for (const p of c.planchers) {
    avertissements.push(
      `Taux contractuel ${formaterTaux(e.tauxContractuel!)} % inférieur au plancher légal de ${formaterTaux(p.plancher)} % ` +
        `(3 × taux de l'intérêt légal) du ${formaterDate(p.du)} au ${formaterDate(p.au)} : relevé au plancher (${L441_10}).`,
    );
  }
  avertissements.push(...avertissementsNonConfirmes(c));
  return { montant: formaterEuros(total), joursDeRetard: jours, periodes: publiques, avertissements, references };
}
