/**
 * Seeded synthetic invoices, as an ERP holds them: ISO date strings and decimal amount strings.
 * The same seed gives the same data on every machine, so runs compare.
 */
import { formaterDate, lireDate } from '../src/socle/date-iso.js';
import { mulberry32 } from '../scripts/mulberry32.js';
import type { ParamsPenalites } from '../src/calculs/penalites/calculerPenalitesRetard.js';

/** mulberry32 (seeded, uniform in [0, 1)): the same generator as the sample ledger's. */
export const aleatoire = mulberry32;

const DEBUT = lireDate('2019-01-01');
const FIN_ECHEANCES = lireDate('2025-12-31');
/** Last computation day: inside the shipped tables (ECB known until 2026-07-01, H1 2026 confirmed). */
const FIN_CALCUL = lireDate('2026-06-30');

/** Same cents as `lireEuros`, formatted as "1234.56". */
function euros(centimes: number): string {
  const e = Math.floor(centimes / 100);
  const c = centimes - e * 100;
  return `${e}.${c < 10 ? '0' : ''}${c}`;
}

/**
 * A fresh string per call, as rows parsed from CSV or JSON have (sharing one string object per day would
 * flatter any cache keyed on identity).
 */
function date(j: number): string {
  return (' ' + formaterDate(j)).slice(1);
}

export interface OptionsGeneration {
  /** Share of invoices with one or two partial payments (default 0.15). */
  readonly partPaiements?: number;
  /** Mix of rate modes: only 'bce+10' (default, what the float floor computes) or a realistic mix. */
  readonly modes?: 'bce+10' | 'mixte';
}

/**
 * `n` invoices due between 2019 and 2025, computed 0–730 days after their due date (capped at
 * 2026-06-30), amounts 10 € – 100 000 €; some with partial payments.
 */
export function* factures(n: number, graine = 42, o: OptionsGeneration = {}): Generator<ParamsPenalites> {
  const r = aleatoire(graine);
  const part = o.partPaiements ?? 0.15;
  for (let i = 0; i < n; i++) {
    const echeance = DEBUT + Math.floor(r() * (FIN_ECHEANCES - DEBUT + 1));
    const calcul = Math.min(FIN_CALCUL, echeance + Math.floor(r() * 731));
    const centimes = 1000 + Math.floor(r() * 9_999_000);
    const ligne: { -readonly [K in keyof ParamsPenalites]: ParamsPenalites[K] } = {
      montant: euros(centimes),
      dateEcheance: date(echeance),
      dateCalcul: date(calcul),
    };
    if (r() < part) {
      const k = r() < 0.7 ? 1 : 2;
      const paiements = [];
      for (let p = 0; p < k; p++) {
        const jour = echeance - 30 + Math.floor(r() * (calcul - echeance + 31));
        paiements.push({ date: date(jour), montant: euros(1 + Math.floor(r() * (centimes / k))) });
      }
      ligne.paiements = paiements;
    }
    if (o.modes === 'mixte') {
      const m = r();
      if (m < 0.12) ligne.taux = { mode: 'contractuel', tauxAnnuel: (['12.00', '15', '5.50', '9.25'] as const)[Math.floor(r() * 4)]! };
      else if (m < 0.17) ligne.taux = { mode: 'commande-publique' };
      else if (m < 0.2) ligne.taux = { mode: 'bce+10' };
    }
    yield ligne;
  }
}

/** The invoices as an array. */
export function tableauFactures(n: number, graine = 42, o: OptionsGeneration = {}): ParamsPenalites[] {
  return [...factures(n, graine, o)];
}
