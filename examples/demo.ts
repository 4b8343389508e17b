// The reference example: late-payment penalties and indemnities on a built-in sample portfolio, as a
// report in French (amounts and dates in French formats, each rule with its article).
//   npm run demo                 (builds the package, then computes at the fixed date below)
//   npm run demo -- 2026-06-30   (computed at another date)
// It imports the package by its name, like your project would: `npm run demo` builds dist/ first.
import {
  calculerInteretsLegaux,
  calculerPenalitesRetard,
  indemniteForfaitaire,
  parseCreance,
  parseDebiteur,
  RecouvrementError,
  type Debiteur,
  type Euros,
  type ResultatAccrual,
} from 'recouvrement';
import { creancier, debiteurs, portefeuille } from './donnees/portefeuille.js';

process.on('uncaughtException', (e) => {
  console.error(e instanceof RecouvrementError ? `Erreur ${e.code} : ${e.message}` : e);
  process.exit(1);
});

/** "Today" is a parameter, never the clock. */
const DATE_DE_CALCUL = process.argv[2] ?? '2026-11-23';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const dates = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
/** Formats an exact decimal string (Intl accepts strings: no float involved): 1 234,50 €. */
const eur = (m: Euros) => euros.format(m as unknown as number);
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
const cents = (m: Euros) => BigInt(m.replace('.', ''));
const enEuros = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}` as Euros;

const parId = new Map<string, Debiteur>(debiteurs.map((d) => [d.id, parseDebiteur(d)]));
let totalPenalites = 0n;
let totalIndemnites = 0n;
let totalPrincipal = 0n;
const avertissements = new Set<string>();

console.log(`${creancier.denomination} — pénalités de retard au ${date(DATE_DE_CALCUL)}`);
console.log('='.repeat(78));

for (const ligne of portefeuille) {
  const creance = parseCreance(ligne.creance);
  const debiteur = parId.get(creance.debiteurId ?? '')!;
  const paye = creance.paiements.reduce((s, p) => s + cents(p.montant), 0n);
  const reste = cents(creance.montantTTC) - paye;
  totalPrincipal += reste;
  console.log(`\nFacture ${creance.numeroFacture} — ${debiteur.denomination} (${TYPES[debiteur.type]})`);
  console.log(`  ${ligne.note}`);
  console.log(`  Montant TTC ${eur(creance.montantTTC)}, échéance le ${date(creance.dateEcheance)}, reste dû ${eur(enEuros(reste))}`);

  let r: ResultatAccrual;
  let indemnite: Euros = '0.00';
  if (debiteur.type === 'consommateur') {
    // No L441-10 penalties against a consumer: legal-rate interest from the mise en demeure.
    r = ligne.dateMiseEnDemeure
      ? calculerInteretsLegaux({ montant: creance.montantTTC, dateDebut: ligne.dateMiseEnDemeure, dateFin: DATE_DE_CALCUL, categorie: 'autres-cas', paiements: creance.paiements })
      : { montant: '0.00', joursDeRetard: 0, periodes: [], avertissements: [], references: [] };
    console.log('  Intérêts au taux légal depuis la mise en demeure du ' + date(ligne.dateMiseEnDemeure ?? DATE_DE_CALCUL));
  } else {
    // Collective proceedings stop the accrual at the opening judgment (C. com. L622-28).
    const arret = debiteur.procedureCollective?.dateJugement;
    const fin = arret && arret < DATE_DE_CALCUL ? arret : DATE_DE_CALCUL;
    r = calculerPenalitesRetard({
      montant: creance.montantTTC,
      dateEcheance: creance.dateEcheance,
      dateCalcul: fin,
      paiements: creance.paiements,
      ...(creance.tauxPenalites ? { taux: creance.tauxPenalites } : {}),
    });
    if (r.joursDeRetard > 0) {
      indemnite = indemniteForfaitaire({
        regime: debiteur.type === 'personne-publique' ? 'public' : 'b2b',
        dateEcheance: creance.dateEcheance,
        procedureCollective: debiteur.procedureCollective !== undefined,
      }).montant;
    }
  }
  console.log(`  Jours de retard : ${r.joursDeRetard.toLocaleString('fr-FR')}`);
  for (const p of r.periodes) {
    console.log(`    du ${date(p.du).padEnd(17)} au ${date(p.au).padEnd(17)} : ${String(p.jours).padStart(3)} j × ${pct(p.tauxAnnuel).padStart(7)} sur ${eur(p.assiette).padStart(12)} = ${eur(p.montant).padStart(10)}`);
  }
  console.log(`  Pénalités / intérêts : ${eur(r.montant)} ; indemnité forfaitaire : ${eur(indemnite)}`);
  if (r.references.length) console.log(`  Fondement : ${r.references.join(', ')}`);
  for (const a of r.avertissements) avertissements.add(a);
  totalPenalites += cents(r.montant);
  totalIndemnites += cents(indemnite);
}

console.log('\n' + '='.repeat(78));
console.log(`Principal restant dû        ${eur(enEuros(totalPrincipal)).padStart(16)}`);
console.log(`Pénalités et intérêts       ${eur(enEuros(totalPenalites)).padStart(16)}`);
console.log(`Indemnités forfaitaires     ${eur(enEuros(totalIndemnites)).padStart(16)}`);
console.log(`Total réclamable            ${eur(enEuros(totalPrincipal + totalPenalites + totalIndemnites)).padStart(16)}`);
if (avertissements.size) {
  console.log('\nAvertissements :');
  for (const a of avertissements) console.log(`  - ${a}`);
}
