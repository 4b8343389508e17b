/**
 * The floor: what a hand-written float loop costs when everything is already parsed. Amounts in euros as
 * float64, days as Int32, one float rate per half-year, `Math.round` per period. It is NOT exact (binary
 * floats, half-up on the float product), and it only knows the post-2013 half-year rule: it is the speed
 * limit, not a reference. Invoices are the same as the library's (parsed once, outside the timing).
 */
import { baremesParDefaut } from '../src/baremes/donnees.js';
import { lireDate, semestreDe } from '../src/socle/date-iso.js';
import { lireEuros } from '../src/socle/euros.js';
import type { ParamsPenalites } from '../src/calculs/penalites/calculerPenalitesRetard.js';

/** Pre-parsed columns (CSR layout for payments). */
export interface Colonnes {
  readonly n: number;
  readonly montant: Float64Array;
  readonly echeance: Int32Array;
  readonly calcul: Int32Array;
  readonly debutPaiements: Int32Array;
  readonly jourPaiement: Int32Array;
  readonly montantPaiement: Float64Array;
}

/** Parses invoices into columns (not timed). Payments are sorted by day. */
export function colonnes(factures: readonly ParamsPenalites[]): Colonnes {
  const n = factures.length;
  const montant = new Float64Array(n);
  const echeance = new Int32Array(n);
  const calcul = new Int32Array(n);
  const debutPaiements = new Int32Array(n + 1);
  const jours: number[] = [];
  const montants: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = factures[i]!;
    montant[i] = lireEuros(f.montant) / 100;
    echeance[i] = lireDate(f.dateEcheance);
    calcul[i] = lireDate(f.dateCalcul);
    debutPaiements[i] = jours.length;
    const ps = [...(f.paiements ?? [])].map((p) => ({ j: lireDate(p.date), m: lireEuros(p.montant) / 100 })).sort((a, b) => a.j - b.j);
    for (const p of ps) {
      jours.push(p.j);
      montants.push(p.m);
    }
  }
  debutPaiements[n] = jours.length;
  return { n, montant, echeance, calcul, debutPaiements, jourPaiement: Int32Array.from(jours), montantPaiement: Float64Array.from(montants) };
}

/** Half-year tables over [debut, fin]: day → half-year index, its last day, its rate (ECB on 1/1 or 1/7 + 10). */
export interface Semestres {
  readonly debut: number;
  readonly indice: Int32Array;
  readonly fin: Int32Array;
  readonly taux: Float64Array;
}

export function semestres(du: string, au: string): Semestres {
  const debut = lireDate(du);
  const derniere = lireDate(au);
  const indice = new Int32Array(derniere - debut + 1);
  const fin: number[] = [];
  const taux: number[] = [];
  const bce = baremesParDefaut.bce.changements.map((c) => ({ du: lireDate(c.du), taux: Number(c.taux) }));
  for (let j = debut; j <= derniere; ) {
    const s = semestreDe(j);
    let t = 0;
    for (const c of bce) if (c.du <= s.debut) t = c.taux;
    indice.fill(fin.length, j - debut, Math.min(s.fin, derniere) - debut + 1);
    fin.push(s.fin);
    taux.push((t + 10) / 100);
    j = s.fin + 1;
  }
  return { debut, indice, fin: Int32Array.from(fin), taux: Float64Array.from(taux) };
}

/** The float loop; writes each total (euros, float) into `sortie`. */
export function plancher(c: Colonnes, s: Semestres, sortie: Float64Array): void {
  const { montant, echeance, calcul, debutPaiements, jourPaiement, montantPaiement } = c;
  for (let i = 0; i < c.n; i++) {
    let total = 0;
    const du = echeance[i]! + 1;
    const au = calcul[i]!;
    let base = montant[i]!;
    let k = debutPaiements[i]!;
    const kFin = debutPaiements[i + 1]!;
    while (k < kFin && jourPaiement[k]! < du) base -= montantPaiement[k++]!;
    let j = du;
    let h = s.indice[du - s.debut]!;
    while (j <= au && base > 0) {
      let fin = s.fin[h]!;
      if (fin > au) fin = au;
      const p = k < kFin ? jourPaiement[k]! : 0x7fffffff;
      if (p < fin) fin = p;
      total += Math.round(base * s.taux[h]! * (fin - j + 1) * (100 / 365)) / 100;
      if (fin === p) base -= montantPaiement[k++]!;
      if (fin === s.fin[h]) h++;
      j = fin + 1;
    }
    sortie[i] = total;
  }
}
