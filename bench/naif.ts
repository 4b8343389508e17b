/**
 * The "naive" version: what an integrator writes by hand with decimal.js and date-fns over the ISO strings
 * (Date objects, a walk over half-years with date-fns, Decimal arithmetic, a linear scan of the ECB table).
 * It follows the same contract as the library (same periods, rounded half-up to the cent each), so its
 * results can be compared one by one. Post-2013 half-year rule only (the benchmark data starts in 2019).
 */
import { Decimal } from 'decimal.js';
import { addDays, addMonths, differenceInCalendarDays, isAfter, parseISO } from 'date-fns';
import { baremesParDefaut } from '../src/baremes/donnees.js';
import type { ParamsPenalites } from '../src/calculs/penalites/calculerPenalitesRetard.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const BCE = baremesParDefaut.bce.changements.map((c) => ({ du: parseISO(c.du), taux: new D(c.taux) }));

/** ECB rate in force on `jour` + 10 points (linear scan, as written by hand). */
function taux(jour: Date): Decimal {
  let t = new D(0);
  for (const c of BCE) if (!isAfter(c.du, jour)) t = c.taux;
  return t.plus(10);
}

export function penaliteNaive(f: ParamsPenalites): string {
  const echeance = parseISO(f.dateEcheance);
  const calcul = parseISO(f.dateCalcul);
  const paiements = (f.paiements ?? [])
    .map((p) => ({ date: parseISO(p.date), montant: new D(p.montant) }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  let base = new D(f.montant);
  let debut = addDays(echeance, 1);
  let k = 0;
  while (k < paiements.length && paiements[k]!.date < debut) base = base.minus(paiements[k++]!.montant);
  let total = new D(0);
  // The period being built: same base and same rate.
  let periode: { base: Decimal; taux: Decimal; jours: number } | null = null;
  const clore = () => {
    if (periode) total = total.plus(periode.base.times(periode.taux).div(100).times(periode.jours).div(365).toDecimalPlaces(2));
  };
  while (debut <= calcul && base.greaterThan(0)) {
    const semestre = new Date(debut.getFullYear(), debut.getMonth() < 6 ? 0 : 6, 1);
    let fin = addDays(addMonths(semestre, 6), -1);
    if (fin > calcul) fin = calcul;
    const p = paiements[k];
    if (p && p.date < fin) fin = p.date;
    const t = taux(semestre);
    const jours = differenceInCalendarDays(fin, debut) + 1;
    if (periode && periode.taux.equals(t) && periode.base.equals(base)) periode.jours += jours;
    else {
      clore();
      periode = { base, taux: t, jours };
    }
    while (k < paiements.length && paiements[k]!.date.getTime() === fin.getTime()) base = base.minus(paiements[k++]!.montant);
    debut = addDays(fin, 1);
  }
  clore();
  return total.toFixed(2);
}
