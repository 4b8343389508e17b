// Generates the sample ledger of examples/tableau-de-bord.ts: examples/data/grand-livre-2025.csv.
//   npx tsx scripts/generer-grand-livre.ts            (rewrites the committed file, byte for byte)
//   npx tsx scripts/generer-grand-livre.ts 100000 out.csv   (another size, same seed)
// Deterministic: a seeded PRNG (mulberry32), no Math.random, no clock. Invoices issued and received during
// 2025 by a fictitious company; each counterparty has its own payment habits (average lateness, spread,
// share of partial payments, disputes), so aging, payment delays and profiles show something to read.
// Columns: numero, sens ('emise' customer invoice | 'recue' supplier invoice), tiers, dateFacture,
// dateEcheance, montantTTC, datePaiement (empty: unpaid), montantPaye (empty: unpaid), litige (0/1).
import { writeFileSync } from 'node:fs';
import { formaterDate, lireDate } from '../src/socle/date-iso.js';
import { mulberry32 } from './mulberry32.js';

const GRAINE = 20_251_231;
const nombre = Number(process.argv[2] ?? 10_000);
const sortie = process.argv[3] ?? 'examples/data/grand-livre-2025.csv';

const alea = mulberry32(GRAINE);
const entre = (min: number, max: number): number => min + Math.floor(alea() * (max - min + 1));
/** Roughly normal (sum of three uniforms), mean 0, spread ±1.5. */
const normal = (): number => alea() + alea() + alea() - 1.5;

interface Tiers {
  readonly code: string;
  readonly sens: 'emise' | 'recue';
  readonly poids: number;
  readonly termes: number; // days after the invoice date
  readonly retardMoyen: number;
  readonly dispersion: number;
  readonly partiel: number;
  readonly litige: number;
}
const tiers: Tiers[] = [];
for (let k = 1; k <= 40; k++) {
  const mauvais = k % 7 === 0; // a few slow payers
  tiers.push({
    code: `C${String(k).padStart(3, '0')}`,
    sens: 'emise',
    poids: entre(1, 10),
    termes: [30, 45, 60][entre(0, 2)]!,
    retardMoyen: mauvais ? entre(40, 120) : entre(-5, 25),
    dispersion: entre(3, mauvais ? 60 : 20),
    partiel: mauvais ? 0.15 : 0.03,
    litige: mauvais ? 0.05 : 0.01,
  });
}
for (let k = 1; k <= 15; k++) {
  tiers.push({
    code: `F${String(k).padStart(3, '0')}`,
    sens: 'recue',
    poids: entre(2, 8),
    termes: [30, 60][entre(0, 1)]!,
    retardMoyen: entre(-3, 15),
    dispersion: entre(2, 15),
    partiel: 0.02,
    litige: 0.01,
  });
}
const totalPoids = tiers.reduce((s, t) => s + t.poids, 0);
function tirerTiers(): Tiers {
  let r = alea() * totalPoids;
  for (const t of tiers) {
    r -= t.poids;
    if (r < 0) return t;
  }
  return tiers[tiers.length - 1]!;
}

const debut = lireDate('2025-01-01');
const fin = lireDate('2025-12-31');
/** Issue dates, sorted, with a seasonal bump in the last quarter. */
const jours: number[] = [];
while (jours.length < nombre) {
  const j = entre(debut, fin);
  if (j >= lireDate('2025-10-01') || alea() < 0.75) jours.push(j);
}
jours.sort((a, b) => a - b);

const lignes = ['numero,sens,tiers,dateFacture,dateEcheance,montantTTC,datePaiement,montantPaye,litige'];
jours.forEach((jour, i) => {
  const t = tirerTiers();
  // Amounts: log-uniform from 50 € to 50 000 €, in cents.
  const centimes = Math.round(5000 * Math.pow(1000, alea()));
  const echeance = jour + t.termes;
  const retard = Math.round(t.retardMoyen + normal() * t.dispersion);
  const paiement = echeance + retard;
  const litige = alea() < t.litige;
  const paye = litige ? 0 : alea() < t.partiel ? Math.round(centimes * (0.2 + 0.6 * alea())) : centimes;
  const euros = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
  const payee = paye > 0 && paiement <= fin + 60; // payments up to two months after closing are in the file
  lignes.push(
    [
      `${t.sens === 'emise' ? 'FA' : 'FR'}2025-${String(i + 1).padStart(5, '0')}`,
      t.sens,
      t.code,
      formaterDate(jour),
      formaterDate(echeance),
      euros(centimes),
      payee ? formaterDate(Math.max(jour, paiement)) : '',
      payee ? euros(paye) : '',
      litige ? '1' : '0',
    ].join(','),
  );
});
writeFileSync(sortie, lignes.join('\n') + '\n');
process.stdout.write(`${nombre} factures écrites dans ${sortie}\n`);
