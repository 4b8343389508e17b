// The nightly dunning run per debtor: one action per customer over all its invoices, as a credit team sends
// them — not one per invoice. Each invoice has its dossier (creerDossier / avancerDossier);
// prochainesActionsDebiteur merges their reminders at the level of the most advanced invoice, keeps the legal
// deadlines per invoice, lists the invoices not yet due "à échoir", and leaves alone a debtor who owes less
// than the minimum.
//   npx tsx examples/relances-par-debiteur.ts              (tonight = 2025-04-01)
//   npx tsx examples/relances-par-debiteur.ts 2025-04-20   (another night)
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { formaterEurosFr, genererLettre, RecouvrementError } from 'recouvrement';
import { avancerDossier, creerDossier, prochainesActionsDebiteur, type ActionDebiteur, type Dossier, type EntreeMachine, type EvenementRecouvrementEntree } from 'recouvrement/machine';

process.on('uncaughtException', (e) => {
  console.error(e instanceof RecouvrementError ? `${e.code}: ${e.message}` : e);
  process.exit(1);
});

/** Tonight: a parameter, never the clock. */
const AUJOURDHUI = process.argv[2] ?? '2025-04-01';
/** Below this total a debtor gets no reminder (a few cents left after a bank fee). */
const SEUIL_MINIMAL = '5.00';

const creancier = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' }, siren: '732829320', villeRcs: 'Lyon' };

type Debiteur = EntreeMachine['debiteur'];
const martin: Debiteur = { id: 'CLI-001', type: 'professionnel', denomination: 'Bâtiment Martin SAS', siren: '552100554', commercant: true };
// Two customer accounts of one company: the SIREN makes them one debtor.
const leroy: Debiteur = { id: 'CLI-002', type: 'professionnel', denomination: 'Garage Leroy SARL', siren: '443061841', commercant: true };
const leroyAtelier: Debiteur = { ...leroy, id: 'CLI-002-ATELIER', denomination: 'Garage Leroy SARL (atelier)' };
const petit: Debiteur = { id: 'CLI-003', type: 'consommateur', denomination: 'Mme Jeanne Petit' };
const roux: Debiteur = { id: 'CLI-004', type: 'professionnel', denomination: 'Imprimerie Roux', commercant: true };

function facture(numero: string, montantTTC: string, dateFacture: string, dateEcheance: string, nature: 'commerciale' | 'consommation' = 'commerciale'): EntreeMachine['creance'] {
  return { id: numero, numeroFacture: numero, montantTTC, dateFacture, dateEcheance, paiements: [], nature, cause: 'contractuelle', contestee: false };
}

/** The portfolio: each invoice with the events the ERP recorded since it was issued. */
const portefeuille: { creance: EntreeMachine['creance']; debiteur: Debiteur; evenements: EvenementRecouvrementEntree[] }[] = [
  {
    creance: facture('2025-101', '4200.00', '2024-12-16', '2025-01-15'),
    debiteur: martin,
    evenements: [
      { type: 'RELANCE_ENVOYEE', date: '2025-01-16', canal: 'email' },
      { type: 'RELANCE_ENVOYEE', date: '2025-01-25', canal: 'telephone' },
      { type: 'RELANCE_ENVOYEE', date: '2025-02-04', canal: 'courrier' },
    ],
  },
  { creance: facture('2025-134', '1850.00', '2025-02-12', '2025-03-14'), debiteur: martin, evenements: [] },
  { creance: facture('2025-171', '960.00', '2025-03-31', '2025-04-30'), debiteur: martin, evenements: [] },
  { creance: facture('2025-118', '730.00', '2025-01-29', '2025-02-28'), debiteur: leroy, evenements: [{ type: 'RELANCE_ENVOYEE', date: '2025-03-01', canal: 'email' }] },
  { creance: facture('2025-140', '2400.00', '2025-02-20', '2025-03-20'), debiteur: leroyAtelier, evenements: [{ type: 'PAIEMENT_RECU', date: '2025-03-25', montant: '1000.00' }] },
  { creance: facture('2025-122', '389.90', '2025-02-10', '2025-03-12', 'consommation'), debiteur: petit, evenements: [{ type: 'PAIEMENT_RECU', date: '2025-03-12', montant: '389.80' }] },
  { creance: facture('2025-166', '1520.00', '2025-03-20', '2025-04-19'), debiteur: roux, evenements: [] },
];
// The dossier invoices were issued before tonight.
const dossiers: Dossier[] = portefeuille
  .filter((p) => p.creance.dateFacture <= AUJOURDHUI)
  .map((p) => avancerDossier(creerDossier({ creance: p.creance, debiteur: p.debiteur }), p.evenements.filter((e) => e.date <= AUJOURDHUI), { aujourdhui: AUJOURDHUI }).dossier);

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** "1er avril 2025", "14 mai 2025". */
function dateFr(iso: string): string {
  const [a, m, j] = iso.split('-').map(Number) as [number, number, number];
  return `${j === 1 ? '1er' : j} ${MOIS[m - 1]} ${a}`;
}
const QUOI: Record<string, string> = { rappel: 'rappel avant échéance', relance: 'relance écrite', appel: 'appel téléphonique', 'mise-en-demeure': 'mise en demeure' };
const CANAL: Record<string, string> = { email: 'courriel', courrier: 'courrier', lrar: 'lettre recommandée AR', telephone: 'téléphone', sms: 'SMS' };

console.log(`Relances par débiteur, nuit du ${dateFr(AUJOURDHUI)} — seuil minimal ${formaterEurosFr(SEUIL_MINIMAL)}\n`);
const debiteurs = prochainesActionsDebiteur(dossiers, AUJOURDHUI, { seuilMinimal: SEUIL_MINIMAL });
let relances = 0;
for (const d of debiteurs) {
  console.log(`${d.debiteur.denomination} (${d.cle.startsWith('siren:') ? `SIREN ${d.cle.slice(6).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}` : `compte ${d.debiteur.id}`}) — ${d.dossiers.length} facture${d.dossiers.length > 1 ? 's' : ''}, dû ${formaterEurosFr(d.totalDu)}`);
  // The one reminder due tonight for this debtor (a pre-due rappel is not a reminder of a late invoice).
  const action: ActionDebiteur | undefined = d.actions.find((a) => a.portee === 'debiteur' && a.statut === 'a-faire' && a.type !== 'rappel');
  if (action !== undefined) {
    relances++;
    const factures = action.creances.map((c) => `n° ${c.numeroFacture} (${formaterEurosFr(c.montantDu)}, échéance ${dateFr(c.dateEcheance)})`);
    const canal = action.type === 'appel' ? '' : ` par ${CANAL[action.canal ?? ''] ?? action.canal}`;
    console.log(`  → ${QUOI[action.type]}${canal} pour ${factures.length > 1 ? `${factures.length} factures` : 'la facture'} : ${factures.join(', ')}`);
    if (action.aEchoir.length > 0) console.log(`    à échoir, non réclamé : ${action.aEchoir.map((c) => `n° ${c.numeroFacture} (${formaterEurosFr(c.montantDu)}, le ${dateFr(c.dateEcheance)})`).join(', ')}`);
    if (action.modele !== null && action.lettre !== null) {
      // The action carries what the letter needs but the creditor and its date.
      const lettre = genererLettre(action.modele, { creancier, dateLettre: AUJOURDHUI, ...action.lettre.donnees }, action.lettre.options);
      console.log(`    lettre « ${lettre.objet} » : ${formaterEurosFr(lettre.montants.total)} réclamés, à payer avant le ${dateFr(lettre.dateLimitePaiement!)}`);
      if (lettre.montants.aEchoir.length !== action.aEchoir.length) throw new Error('la lettre doit lister les factures à échoir de l’action');
    }
  } else if (d.ecartees.length > 0) {
    console.log(`  → pas de relance : ${formaterEurosFr(d.totalDu)} dus, sous le seuil de ${formaterEurosFr(SEUIL_MINIMAL)}`);
  } else {
    const prochaine = d.actions.find((a) => a.portee === 'debiteur');
    console.log(`  → rien à relancer ce soir${prochaine ? ` ; prochaine action : ${QUOI[prochaine.type]} le ${dateFr(prochaine.echeance)}` : ''}`);
  }
  // Legal deadlines stay per invoice: the nearest one.
  const legale = d.actions.filter((a) => a.nature === 'echeance-legale' || a.nature === 'date-limite').sort((a, b) => (a.echeance < b.echeance ? -1 : 1))[0];
  if (legale !== undefined) console.log(`    délai légal le plus proche : ${legale.libelle.toLowerCase()} le ${dateFr(legale.echeance)} (facture n° ${legale.creances[0]!.numeroFacture})`);
}
console.log(`\n${debiteurs.length} débiteurs, ${dossiers.length} factures : ${relances} relance${relances > 1 ? 's' : ''} ce soir.`);

if (process.env.RECOUVREMENT_EXEMPLE_TEST === '1' && AUJOURDHUI === '2025-04-01') {
  // npm test: the run above is the documented one.
  const parCle = new Map(debiteurs.map((d) => [d.debiteur.denomination, d]));
  const attendu = (nom: string): ActionDebiteur | undefined => parCle.get(nom)?.actions.find((a) => a.portee === 'debiteur' && a.statut === 'a-faire' && a.type !== 'rappel');
  const verifier = (ok: boolean, quoi: string): void => {
    if (!ok) throw new Error(`exemple : ${quoi}`);
  };
  verifier(debiteurs.length === 4, 'quatre débiteurs (les deux comptes Leroy n’en font qu’un)');
  verifier(attendu('Bâtiment Martin SAS')?.type === 'mise-en-demeure' && attendu('Bâtiment Martin SAS')?.aEchoir.length === 1, 'Martin : une mise en demeure, une facture à échoir');
  verifier(attendu('Garage Leroy SARL')?.creances.length === 2, 'Leroy : une action pour ses deux comptes');
  verifier(attendu('Mme Jeanne Petit') === undefined && parCle.get('Mme Jeanne Petit')!.ecartees.length === 1, 'Petit : sous le seuil');
  verifier(relances === 2, 'deux relances');
}
