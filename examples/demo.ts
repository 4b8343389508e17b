// The reference example: late-payment penalties and indemnities on a built-in sample portfolio, as a
// report in French (amounts and dates in French formats, each rule with its article).
//   npm run demo                 (builds the package, then computes at the fixed date below)
//   npm run demo -- 2026-06-30   (computed at another date)
// It imports the package by its name, like your project would: `npm run demo` builds dist/ first.
import {
  formaterEurosFr,
  parseCreance,
  parseDebiteur,
  RecouvrementError,
  situationCreance,
  sommeEuros,
  type Debiteur,
  type Euros,
} from 'recouvrement';
import { creancier, debiteurs, portefeuille } from './donnees/portefeuille.js';

process.on('uncaughtException', (e) => {
  console.error(e instanceof RecouvrementError ? `Erreur ${e.code} : ${e.message}` : e);
  process.exit(1);
});

/** "Today" is a parameter, never the clock. */
const DATE_DE_CALCUL = process.argv[2] ?? '2026-11-23';

const dates = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
/** 1 234,50 € (the library's French money format, the one its letters use). */
const eur = (m: Euros) => formaterEurosFr(m);
/** 31 décembre 2025, and 1er for the first day of a month, as French writes it. */
const date = (iso: string) =>
  dates.format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).replace(/^1 /, '1er ');
/** 12,15 % (a no-break space before the sign). */
const pct = (t: string) => `${t.replace('.', ',')}\u00a0%`;
const TYPES: Record<Debiteur['type'], string> = {
  professionnel: 'professionnel',
  consommateur: 'consommateur',
  'non-professionnel': 'non-professionnel',
  'personne-publique': 'personne publique',
};

const parId = new Map<string, Debiteur>(debiteurs.map((d) => [d.id, parseDebiteur(d)]));
const totaux = { principal: [] as Euros[], accessoires: [] as Euros[], total: [] as Euros[] };
const avertissements = new Set<string>();

console.log(`${creancier.denomination} — ce que doit chaque débiteur au ${date(DATE_DE_CALCUL)}`);
console.log('='.repeat(78));

for (const ligne of portefeuille) {
  const creance = parseCreance(ligne.creance);
  const debiteur = parId.get(creance.debiteurId ?? '')!;
  // The one statement of what is owed: principal, penalties (C. com. L441-10 II, or R2192-31 for a public
  // buyer) or legal interest (a consumer, from the mise en demeure), the 40 €, each payment imputed on the
  // accessories first (C. civ. 1343-1), collective proceedings (C. com. L622-28) — all decided by the library.
  const s = situationCreance(creance, debiteur, DATE_DE_CALCUL, ligne.dateMiseEnDemeure ? { dateMiseEnDemeure: ligne.dateMiseEnDemeure } : {});
  console.log(`\nFacture ${creance.numeroFacture} — ${debiteur.denomination} (${TYPES[debiteur.type]})`);
  console.log(`  ${ligne.note}`);
  console.log(`  Montant TTC ${eur(creance.montantTTC)}, échéance le ${date(creance.dateEcheance)}, réglé ${eur(s.paye)}`);
  const accessoire = s.interets.reclame && s.interets.couru !== '0.00' ? s.interets : s.penalites;
  console.log(`  Jours de retard : ${accessoire.joursDeRetard.toLocaleString('fr-FR')}`);
  for (const p of accessoire.periodes) {
    console.log(`    du ${date(p.du).padEnd(17)} au ${date(p.au).padEnd(17)} : ${String(p.jours).padStart(3)} j × ${pct(p.tauxAnnuel).padStart(7)} sur ${eur(p.assiette).padStart(12)} = ${eur(p.montant).padStart(10)}`);
  }
  console.log(`  ${accessoire === s.interets ? 'Intérêts au taux légal' : 'Pénalités'} : ${eur(accessoire.couru)} ; indemnité forfaitaire : ${eur(s.indemnite.couru)}`);
  for (const p of s.imputation.paiements) {
    const surAccessoires = sommeEuros(p.interets, p.penalites, p.indemnite);
    if (surAccessoires !== '0.00') console.log(`  Paiement du ${date(p.date)} (${eur(p.montant)}) : ${eur(surAccessoires)} imputés d'abord sur les accessoires (C. civ. art. 1343-1)`);
  }
  console.log(`  Principal dû ${eur(s.principalDu)}, accessoires dus ${eur(s.accessoiresDus)}, total dû ${eur(s.totalDu)}`);
  if (s.references.length) console.log(`  Fondement : ${s.references.join(', ')}`);
  for (const a of s.avertissements) avertissements.add(a);
  totaux.principal.push(s.principalDu);
  totaux.accessoires.push(s.accessoiresDus);
  totaux.total.push(s.totalDu);
}

console.log('\n' + '='.repeat(78));
console.log(`Principal restant dû        ${eur(sommeEuros(...totaux.principal)).padStart(16)}`);
console.log(`Accessoires dus             ${eur(sommeEuros(...totaux.accessoires)).padStart(16)}`);
console.log(`Total réclamable            ${eur(sommeEuros(...totaux.total)).padStart(16)}`);
if (avertissements.size) {
  console.log('\nAvertissements :');
  for (const a of avertissements) console.log(`  - ${a}`);
}
