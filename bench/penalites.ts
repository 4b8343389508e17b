/**
 * Penalties on N synthetic invoices, in one process, on the same data: the library per call, the batch
 * path, the float floor and the naive decimal.js + date-fns version (on a sample, scaled).
 */
import { tableauFactures } from './donnees.js';
import { penaliteNaive } from './naif.js';
import { cibles, comparer, duree, mediane, mesurer, ramasser, tableau } from './outils.js';
import { colonnes, plancher, semestres } from './plancher.js';
import type * as Bibliotheque from '../src/index.js';

export interface OptionsPenalitesBench {
  readonly n: number;
  readonly echantillonNaif: number;
  readonly repetitions: number;
}

export function benchPenalites(lib: typeof Bibliotheque, o: OptionsPenalitesBench): void {
  console.log(`\n## Pénalités de retard (L441-10) — ${o.n.toLocaleString('fr-FR')} factures synthétiques (graine 42, 15 % avec acomptes, BCE + 10)`);
  const factures = tableauFactures(o.n);
  const c = colonnes(factures);
  const s = semestres('2019-01-01', '2026-12-31');
  const sortie = new Float64Array(c.n);
  ramasser();

  // Each library variant is timed in alternation with the floor (see `comparer`): the ratio of each round,
  // then the median of the ratios. The floor's figure is the median of all its runs.
  const parAppelF = (): number => {
    let x = 0;
    for (const f of factures) x += lib.calculerPenalitesRetard(f).periodes.length;
    return x;
  };
  const lotVsPlancher = comparer(o.n, o.n, o.repetitions + 2, () => lib.calculerPenalitesRetardLot(factures), () => plancher(c, s, sortie));
  const centimesVsPlancher = comparer(o.n, o.n, o.repetitions + 2, () => lib.calculerPenalitesRetardLot(factures, { sortie: 'centimes' }), () => plancher(c, s, sortie));
  const appelVsPlancher = comparer(o.n, o.n, o.repetitions, parAppelF, () => plancher(c, s, sortie));
  const lot = lotVsPlancher.a;
  const parAppel = appelVsPlancher.a;
  const lotCentimes = centimesVsPlancher.a;
  const runsPlancher = [...lotVsPlancher.b.runs, ...centimesVsPlancher.b.runs, ...appelVsPlancher.b.runs];
  const floor = { ns: mediane(runsPlancher), runs: runsPlancher, cpu: mediane([lotVsPlancher.b.cpu, centimesVsPlancher.b.cpu, appelVsPlancher.b.cpu]) };
  const echantillon = factures.slice(0, o.echantillonNaif);
  const naif = mesurer(echantillon.length, Math.max(3, o.repetitions - 2), () => echantillon.map(penaliteNaive));

  // Agreement, on the same data.
  const totaux = lib.calculerPenalitesRetardLot(factures);
  const enCentimes = lib.calculerPenalitesRetardLot(factures, { sortie: 'centimes' });
  let desaccordsAppel = 0;
  let desaccordsCentimes = 0;
  for (let i = 0; i < factures.length; i++) {
    if (lib.calculerPenalitesRetard(factures[i]!).montant !== totaux[i]) desaccordsAppel++;
    if (enCentimes[i] !== Number(totaux[i]!.replace('.', ''))) desaccordsCentimes++;
  }
  const naifs = echantillon.map(penaliteNaive);
  let desaccordsNaif = 0;
  for (let i = 0; i < naifs.length; i++) if (naifs[i] !== totaux[i]) desaccordsNaif++;
  plancher(c, s, sortie);
  let desaccordsFlottant = 0;
  for (let i = 0; i < c.n; i++) if (Math.round(sortie[i]! * 100) !== Math.round(Number(totaux[i]) * 100)) desaccordsFlottant++;

  const r = (m: { ns: number }) => `${(m.ns / floor.ns).toFixed(1)}×`;
  const ratio = (x: number) => `${x.toFixed(2)}×`;
  tableau([
    ['variante', 'par facture', `total (${o.n.toLocaleString('fr-FR')})`, 'ratio au plancher', 'résultats ≠ lot'],
    ['plancher flottant (colonnes pré-analysées)', duree(floor.ns), duree(floor.ns * o.n), '1.0×', `${desaccordsFlottant} (${((100 * desaccordsFlottant) / c.n).toFixed(1)} %, flottants)`],
    ['calculerPenalitesRetardLot (chaînes ISO)', duree(lot.ns), duree(lot.ns * o.n), ratio(lotVsPlancher.ratio), '—'],
    ["calculerPenalitesRetardLot, sortie: 'centimes'", duree(lotCentimes.ns), duree(lotCentimes.ns * o.n), ratio(centimesVsPlancher.ratio), String(desaccordsCentimes)],
    ['calculerPenalitesRetard, par appel', duree(parAppel.ns), duree(parAppel.ns * o.n), ratio(appelVsPlancher.ratio), String(desaccordsAppel)],
    [`naïf decimal.js + date-fns (${echantillon.length.toLocaleString('fr-FR')}, extrapolé)`, duree(naif.ns), duree(naif.ns * o.n), r(naif), `${desaccordsNaif} / ${naifs.length}`],
  ]);
  console.log('ratios : médiane des ratios de tours alternés (variante, plancher), horloge murale ; naïf : rapport des médianes');
  console.log(
    `en temps CPU du processus : plancher ${duree(floor.cpu)}, lot ${duree(lot.cpu)} (${ratio(lotVsPlancher.ratioCpu)}), ` +
      `lot en centimes ${duree(lotCentimes.cpu)} (${ratio(centimesVsPlancher.ratioCpu)}), ` +
      `par appel ${duree(parAppel.cpu)} (${ratio(appelVsPlancher.ratioCpu)})`,
  );
  console.log(`runs (ns/facture) — plancher ${fmt(floor.runs)} · lot ${fmt(lot.runs)} · lot en centimes ${fmt(lotCentimes.runs)} · par appel ${fmt(parAppel.runs)} · naïf ${fmt(naif.runs)}`);
  console.log(`lot ${(naif.ns / lot.ns).toFixed(0)}× plus rapide que le naïf ; par appel ${(naif.ns / parAppel.ns).toFixed(0)}×`);

  cibles.push(
    { nom: 'lot ≤ 3× plancher', mesure: ratio(lotVsPlancher.ratio), cible: '≤ 3×', tenue: lotVsPlancher.ratio <= 3 },
    { nom: "lot en centimes ≤ 2× plancher", mesure: ratio(centimesVsPlancher.ratio), cible: '≤ 2×', tenue: centimesVsPlancher.ratio <= 2 },
    { nom: 'lot en centimes = lot en euros', mesure: `${desaccordsCentimes} écart(s) / ${o.n}`, cible: '0', tenue: desaccordsCentimes === 0 },
    { nom: 'par appel ≤ 10× plancher', mesure: ratio(appelVsPlancher.ratio), cible: '≤ 10×', tenue: appelVsPlancher.ratio <= 10 },
    { nom: 'lot ≥ 20× plus rapide que le naïf', mesure: `${(naif.ns / lot.ns).toFixed(0)}×`, cible: '≥ 20×', tenue: naif.ns >= 20 * lot.ns },
    { nom: 'lot = par appel (mêmes totaux)', mesure: `${desaccordsAppel} écart(s) / ${o.n}`, cible: '0', tenue: desaccordsAppel === 0 },
    { nom: 'naïf = lot (même contrat)', mesure: `${desaccordsNaif} écart(s) / ${naifs.length}`, cible: '0', tenue: desaccordsNaif === 0 },
  );

  // A realistic mix of modes (contractual rates raised to the floor, public buyers) and 'exacte' basis.
  const mixte = tableauFactures(Math.min(o.n, 200_000), 7, { modes: 'mixte', partPaiements: 0.3 });
  const lotMixte = mesurer(mixte.length, o.repetitions, () => lib.calculerPenalitesRetardLot(mixte));
  const lotExacte = mesurer(mixte.length, o.repetitions, () => lib.calculerPenalitesRetardLot(mixte, { baseAnnuelle: 'exacte' }));
  const appelMixte = mesurer(mixte.length, Math.max(3, o.repetitions - 2), () => mixte.map((f) => lib.calculerPenalitesRetard(f).montant));
  console.log(
    `mix de modes (${mixte.length.toLocaleString('fr-FR')} : 80 % BCE+10, 12 % contractuel, 5 % commande publique, 30 % avec acomptes) — ` +
      `lot ${duree(lotMixte.ns)}, lot baseAnnuelle 'exacte' ${duree(lotExacte.ns)}, par appel ${duree(appelMixte.ns)} par facture`,
  );
}

function fmt(xs: readonly number[]): string {
  return xs.map((x) => x.toFixed(0)).join('/');
}
