/**
 * KPIs over N rows vs a raw loop: `balanceAgee` (aged balance) and `dsoParEpuisement` (count-back DSO).
 *
 * HOOK: these functions are specified in docs/design (API.md, "KPIs") and implemented in src/indicateurs/.
 * While they are not exported by the build, this section prints "non mesuré" and the targets stay open.
 */
import { aleatoire } from './donnees.js';
import { cibles, comparer, duree, tableau } from './outils.js';
import { formaterDate, lireDate } from '../src/socle/date-iso.js';

type Fn = (...args: never[]) => unknown;

/** Hand-written "YYYY-MM-DD" → epoch day, no validation (days_from_civil inlined). */
function jourBrut(d: string): number {
  const a = d.charCodeAt(0) * 1000 + d.charCodeAt(1) * 100 + d.charCodeAt(2) * 10 + d.charCodeAt(3) - 53328;
  const m = d.charCodeAt(5) * 10 + d.charCodeAt(6) - 528;
  const j = d.charCodeAt(8) * 10 + d.charCodeAt(9) - 528;
  const y = m <= 2 ? a - 1 : a;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + j - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Hand-written "1234.5" → cents, no validation. */
function centimesBruts(s: string): number {
  let e = 0;
  let i = 0;
  for (; i < s.length && s.charCodeAt(i) !== 46; i++) e = e * 10 + s.charCodeAt(i) - 48;
  const d1 = i + 1 < s.length ? s.charCodeAt(i + 1) - 48 : 0;
  const d2 = i + 2 < s.length ? s.charCodeAt(i + 2) - 48 : 0;
  return e * 100 + d1 * 10 + d2;
}

/** Raw loop: hand-written parsing (no validation), integer cents, fixed buckets [0, 30, 60, 90]. */
function balanceBrute(lignes: readonly { montantDu: string; dateEcheance: string }[], date: number): number[] {
  const sommes = [0, 0, 0, 0, 0];
  const nombres = [0, 0, 0, 0, 0];
  for (const l of lignes) {
    const retard = date - jourBrut(l.dateEcheance);
    const t = retard <= 0 ? 0 : retard <= 30 ? 1 : retard <= 60 ? 2 : retard <= 90 ? 3 : 4;
    sommes[t]! += centimesBruts(l.montantDu);
    nombres[t]!++;
  }
  return [...sommes, ...nombres];
}

/** Raw loop: walk back the sales (newest first) until the receivables are exhausted. */
function dsoBrut(encours: number, ventes: readonly { debut: string; fin: string; montantTTC: string }[]): number {
  let reste = encours;
  let jours = 0;
  for (const v of ventes) {
    const duree = jourBrut(v.fin) - jourBrut(v.debut) + 1;
    const m = centimesBruts(v.montantTTC);
    if (reste >= m) {
      jours += duree;
      reste -= m;
    } else {
      jours += (duree * reste) / m;
      break;
    }
  }
  return Math.round(jours * 10) / 10;
}

export async function benchIndicateurs(charger: () => Promise<Record<string, unknown>>, n: number, repetitions: number): Promise<void> {
  console.log(`\n## Indicateurs — ${n.toLocaleString('fr-FR')} lignes`);
  let lib: Record<string, unknown>;
  try {
    lib = await charger();
  } catch (e) {
    console.log(`non mesuré : ${(e as Error).message}`);
    return;
  }
  const balanceAgee = lib.balanceAgee as Fn | undefined;
  const dsoParEpuisement = lib.dsoParEpuisement as Fn | undefined;
  const r = aleatoire(1);
  const date = lireDate('2026-06-30');
  const lignes = Array.from({ length: n }, () => ({
    montantDu: `${Math.floor(r() * 100_000)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`,
    dateEcheance: formaterDate(date - 200 + Math.floor(r() * 400)),
  }));
  // Each function is timed in alternation with its raw loop (`comparer`): ratio = median of the per-round ratios.
  const resultats: string[][] = [['mesure', 'bibliothèque', 'boucle brute', 'ratio', 'ratio (CPU)']];

  if (typeof balanceAgee === 'function') {
    const cmp = comparer(n, n, repetitions + 2, () => (balanceAgee as (f: unknown, p: unknown) => unknown)(lignes, { date: formaterDate(date) }), () => balanceBrute(lignes, date));
    resultats.push(['balanceAgee (par ligne)', duree(cmp.a.ns), duree(cmp.b.ns), `${cmp.ratio.toFixed(2)}×`, `${cmp.ratioCpu.toFixed(2)}×`]);
    cibles.push({ nom: 'balanceAgee ≤ 2× boucle brute', mesure: `${cmp.ratio.toFixed(2)}×`, cible: '≤ 2×', tenue: cmp.ratio <= 2 });
  } else {
    console.log('balanceAgee : pas encore exportée par la bibliothèque (crochet en attente : src/indicateurs/).');
    cibles.push({ nom: 'balanceAgee ≤ 2× boucle brute', mesure: 'non mesuré', cible: '≤ 2×', tenue: null });
  }

  if (typeof dsoParEpuisement === 'function') {
    // `ventes` is capped at 1 000 periods per call: N rows = N / 1 000 calls of 1 000 monthly periods,
    // newest first and contiguous (back to 1943); the receivables cover all of them, so both sides walk
    // every row.
    const parAppel = 1000;
    const ventes = Array.from({ length: parAppel }, (_, k) => {
      const mois = k;
      const a = 2026 - Math.floor(mois / 12);
      const m = 12 - (mois % 12);
      const debut = `${a}-${String(m).padStart(2, '0')}-01`;
      return { debut, fin: formaterDate(lireDate(m === 12 ? `${a + 1}-01-01` : `${a}-${String(m + 1).padStart(2, '0')}-01`) - 1), montantTTC: '1000.00' };
    });
    const encours = `${parAppel * 1000 - 500}.00`;
    const appels = Math.max(1, Math.round(n / parAppel));
    try {
      const cmp = comparer(
        appels * parAppel,
        appels * parAppel,
        repetitions + 2,
        () => {
          let x = 0;
          for (let k = 0; k < appels; k++) x += (dsoParEpuisement as (p: unknown) => number)({ encours, ventes });
          return x;
        },
        () => {
          let x = 0;
          for (let k = 0; k < appels; k++) x += dsoBrut(parAppel * 100_000 - 50_000, ventes);
          return x;
        },
      );
      resultats.push([`dsoParEpuisement (par vente ; ${appels} appels × ${parAppel})`, duree(cmp.a.ns), duree(cmp.b.ns), `${cmp.ratio.toFixed(2)}×`, `${cmp.ratioCpu.toFixed(2)}×`]);
      cibles.push({ nom: 'dsoParEpuisement ≤ 2× boucle brute', mesure: `${cmp.ratio.toFixed(2)}×`, cible: '≤ 2×', tenue: cmp.ratio <= 2 });
    } catch (e) {
      console.log(`dsoParEpuisement : non mesuré (${(e as Error).message})`);
      cibles.push({ nom: 'dsoParEpuisement ≤ 2× boucle brute', mesure: 'erreur', cible: '≤ 2×', tenue: null });
    }
  } else {
    console.log('dsoParEpuisement : pas encore exportée par la bibliothèque (crochet en attente : src/indicateurs/).');
    cibles.push({ nom: 'dsoParEpuisement ≤ 2× boucle brute', mesure: 'non mesuré', cible: '≤ 2×', tenue: null });
  }
  if (resultats.length > 1) tableau(resultats);
}
