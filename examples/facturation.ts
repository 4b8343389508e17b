// A payment arrives late: compute the penalties (C. com. L441-10 II) and the 40 € indemnity (D441-5) owed on
// one B2B invoice, and produce the lines of the penalty invoice, with its own L441-9 mentions.
//   npx tsx examples/facturation.ts                       (the sample below)
//   npx tsx examples/facturation.ts 2025-09-30            (another payment date)
// Writes examples/out/facture-penalites.json (the lines, as an ERP would import them).
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  calculerPenalitesRetard,
  indemniteForfaitaire,
  mentionsObligatoires,
  normaliserEuros,
  RecouvrementError,
  type Euros,
} from 'recouvrement';

process.on('uncaughtException', (e) => {
  console.error(e instanceof RecouvrementError ? `${e.code}: ${e.message}` : e);
  process.exit(1);
});

/** The payment date is a parameter (the day the funds reached the creditor, L441-9 I), never the clock. */
const DATE_PAIEMENT = process.argv[2] ?? '2025-08-14';
/** The penalty invoice is issued the day after, payable at 30 days. */
const DATE_FACTURE_PENALITES = '2025-08-15';
const ECHEANCE_FACTURE_PENALITES = '2025-09-14';

// The late invoice: 12 000 € TTC due 31 May 2025, 2 000 € paid on 30 June, the rest on DATE_PAIEMENT.
const facture = {
  numero: 'F-2025-0417',
  montantTTC: '12000.00',
  dateEcheance: '2025-05-31',
  paiements: [
    { date: '2025-06-30', montant: '2000.00' },
    { date: DATE_PAIEMENT, montant: '10000.00' },
  ],
} as const;

const penalites = calculerPenalitesRetard({
  montant: facture.montantTTC,
  dateEcheance: facture.dateEcheance,
  dateCalcul: DATE_PAIEMENT,
  paiements: facture.paiements,
});
const indemnite = indemniteForfaitaire({ regime: 'b2b', dateEcheance: facture.dateEcheance });

/** Exact sum of Euros strings (integer cents). */
const somme = (...m: Euros[]): Euros => {
  const c = m.reduce((s, x) => s + BigInt(x.replace('.', '')), 0n);
  return normaliserEuros(`${c / 100n}.${String(c % 100n).padStart(2, '0')}`);
};
const fr = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const eur = (m: Euros): string => fr.format(m as unknown as number); // Intl accepts decimal strings: no float

// The penalty invoice: one line per accrual period, then the indemnity. Penalties and the indemnity are outside
// the scope of VAT (CGI 256: they compensate a loss, they pay for no supply).
const lignes = [
  ...penalites.periodes.map((p) => ({
    libelle: `Pénalités de retard, facture ${facture.numero} : du ${p.du} au ${p.au}, ${p.jours} j × ${p.assiette} € × ${p.tauxAnnuel} % / ${p.baseAnnuelle}`,
    montantHT: p.montant,
    tva: 'hors champ (CGI art. 256)',
  })),
  ...(indemnite.montant !== '0.00'
    ? [{ libelle: `Indemnité forfaitaire pour frais de recouvrement, facture ${facture.numero} (C. com. art. D441-5)`, montantHT: indemnite.montant, tva: 'hors champ (CGI art. 256)' }]
    : []),
];
const total = somme(...lignes.map((l) => l.montantHT));
const mentions = mentionsObligatoires({ dateEcheance: ECHEANCE_FACTURE_PENALITES });

console.log(`Facture ${facture.numero} : ${eur(facture.montantTTC)} TTC, échue le ${facture.dateEcheance}, soldée le ${DATE_PAIEMENT}.`);
console.log(`${penalites.joursDeRetard} jours de retard. ${penalites.references.join(', ')}.`);
console.log('');
console.log(`Facture de pénalités du ${DATE_FACTURE_PENALITES} :`);
for (const l of lignes) console.log(`  ${l.libelle.padEnd(104)} ${eur(l.montantHT).padStart(12)}`);
console.log(`  ${'Total (TVA non applicable)'.padEnd(104)} ${eur(total).padStart(12)}`);
console.log('');
console.log(mentions.texte);
for (const a of [...penalites.avertissements, ...indemnite.avertissements]) console.log(`! ${a}`);

// Guard rails for `npm test`: the lines add up to the calculators' totals.
if (total !== somme(penalites.montant, indemnite.montant)) throw new Error(`total ${total} ≠ ${penalites.montant} + ${indemnite.montant}`);

const sortie = join(dirname(fileURLToPath(import.meta.url)), 'out');
mkdirSync(sortie, { recursive: true });
writeFileSync(
  join(sortie, 'facture-penalites.json'),
  JSON.stringify({ facture: facture.numero, date: DATE_FACTURE_PENALITES, echeance: ECHEANCE_FACTURE_PENALITES, lignes, total, mentions: mentions.mentions, notes: mentions.notes }, null, 2) + '\n',
);
console.log(`\n→ ${join('examples', 'out', 'facture-penalites.json')}`);
