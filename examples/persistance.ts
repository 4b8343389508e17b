// One snapshot per claim in a real SQLite database (sql.js, pure WebAssembly): load, send the day's events,
// store, and print the actions due. Runs non-interactively:
//   npx tsx examples/persistance.ts
// The database is written to examples/out/recouvrement.sqlite (gitignored) at the end.
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { mkdirSync, writeFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { createActor } from 'xstate';
import { formaterDate, lireDate, type CreanceEntree, type DebiteurEntree } from 'recouvrement';
import {
  evenementDepuisStatutFacture,
  machineRecouvrement,
  prochainesActions,
  situationFinanciere,
  type ContexteRecouvrement,
  type EvenementRecouvrementEntree,
} from 'recouvrement/machine';

const SQL = await initSqlJs();
const db = new SQL.Database();
db.run('CREATE TABLE creance (id TEXT PRIMARY KEY, etat TEXT NOT NULL, snapshot TEXT NOT NULL)');

const base = { paiements: [], cause: 'contractuelle' as const, contestee: false, dateFacture: '2025-01-15', dateExecution: '2025-01-15' };
const dossiers: { creance: CreanceEntree; debiteur: DebiteurEntree }[] = [
  {
    creance: { ...base, id: 'F-2025-001', numeroFacture: '2025-001', montantTTC: '1200.00', dateEcheance: '2025-02-14', nature: 'commerciale' },
    debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', siren: '732829320', commercant: true },
  },
  {
    creance: { ...base, id: 'F-2025-002', numeroFacture: '2025-002', montantTTC: '300.00', dateEcheance: '2025-02-14', nature: 'consommation' },
    debiteur: { id: 'D2', type: 'consommateur', denomination: 'M. Martin' },
  },
  {
    creance: { ...base, id: 'F-2025-003', numeroFacture: '2025-003', montantTTC: '4800.00', dateEcheance: '2025-03-01', nature: 'commerciale' },
    debiteur: { id: 'D3', type: 'professionnel', denomination: 'Bâti Ouest SARL', commercant: true },
  },
];

/** Stores a snapshot (the host's "save"). */
function enregistrer(id: string, snapshot: ReturnType<typeof machineRecouvrement.getPersistedSnapshot>, etat: unknown): void {
  db.run('INSERT OR REPLACE INTO creance (id, etat, snapshot) VALUES (?, ?, ?)', [id, JSON.stringify(etat), JSON.stringify(snapshot)]);
}

/** Loads a claim's actor from the database, sends events, stores it back. */
function traiter(id: string, evenements: readonly EvenementRecouvrementEntree[]): void {
  const ligne = db.exec('SELECT snapshot FROM creance WHERE id = ?', [id])[0]?.values[0]?.[0];
  if (typeof ligne !== 'string') throw new Error(`unknown claim ${id}`);
  const acteur = createActor(machineRecouvrement, { snapshot: JSON.parse(ligne) }).start();
  for (const e of evenements) acteur.send(e);
  enregistrer(id, acteur.getPersistedSnapshot(), acteur.getSnapshot().value);
  acteur.stop();
}

for (const d of dossiers) {
  const acteur = createActor(machineRecouvrement, { input: { ...d, date: '2025-01-15' } }).start();
  enregistrer(d.creance.id, acteur.getPersistedSnapshot(), acteur.getSnapshot().value);
  acteur.stop();
}

// What the outside world does, by day (payments, disputes, court…), possibly depending on the claim's state.
// Reminders are sent by the "host" below whenever prochainesActions says one is due.
type Fait = EvenementRecouvrementEntree[] | ((contexte: ContexteRecouvrement) => EvenementRecouvrementEntree[]);
const faits: Record<string, Record<string, Fait>> = {
  '2025-03-17': { 'F-2025-001': [evenementDepuisStatutFacture({ code: 212, date: '2025-03-17', montant: '1200.00' })] },
  '2025-04-14': { 'F-2025-003': [{ type: 'PROCEDURE_ENGAGEE', date: '2025-04-14', procedure: 'procedure-simplifiee' }] },
  '2025-04-28': { 'F-2025-003': [{ type: 'ACCORD_DEBITEUR', date: '2025-04-28' }] },
  // The 1 200 € of 17 March first paid the penalties and the 40 € (C. civ. 1343-1): the debtor now pays the
  // balance claimed at that date.
  '2025-05-05': { 'F-2025-001': (c) => [{ type: 'PAIEMENT_RECU', date: '2025-05-05', montant: situationFinanciere(c, '2025-05-05').totalDu }] },
  '2025-05-12': { 'F-2025-002': [{ type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-05-12', dateBodacc: '2025-05-20' }] },
};

const lire = (id: string) => {
  const ligne = db.exec('SELECT snapshot FROM creance WHERE id = ?', [id])[0]?.values[0]?.[0];
  return JSON.parse(String(ligne)) as ReturnType<typeof machineRecouvrement.getPersistedSnapshot> & { value: never; context: never };
};

for (let j = lireDate('2025-02-01'); j <= lireDate('2025-06-30'); j += 7) {
  const jour = formaterDate(j);
  const semaine = [...Array(7).keys()].map((k) => formaterDate(j + k));
  console.log(`\n=== Semaine du ${jour}`);
  for (const d of dossiers) {
    const id = d.creance.id;
    const evenements: EvenementRecouvrementEntree[] = [{ type: 'JOUR', date: jour }];
    for (const x of semaine) {
      const f = faits[x]?.[id] ?? [];
      evenements.push(...(typeof f === 'function' ? f(lire(id).context) : f));
    }
    traiter(id, evenements);
    // The host sends the reminders and letters that are due (in a real system: e-mails, LRAR, calls).
    const snapshot = lire(id);
    const dues = prochainesActions(snapshot, jour).filter((a) => a.statut === 'a-faire');
    for (const a of dues) {
      if (a.type === 'relance' || a.type === 'appel' || a.type === 'rappel') traiter(id, [{ type: 'RELANCE_ENVOYEE', date: jour, canal: a.canal ?? 'email', etape: a.etape ?? undefined } as EvenementRecouvrementEntree]);
      if (a.type === 'mise-en-demeure') traiter(id, [{ type: 'MISE_EN_DEMEURE_ENVOYEE', date: jour }]);
      if (a.type === 'declaration-de-creance') traiter(id, [{ type: 'DECLARATION_CREANCE_ENVOYEE', date: jour }]);
    }
    const apres = lire(id);
    const etat = db.exec('SELECT etat FROM creance WHERE id = ?', [id])[0]?.values[0]?.[0];
    const liste = prochainesActions(apres, jour)
      .filter((a) => a.statut !== 'a-venir' || a.type !== 'prescription')
      .slice(0, 3)
      .map((a) => `${a.type} ${a.echeance}${a.montant ? ` (${a.montant} €)` : ''} [${a.statut}]`);
    console.log(`${id} ${etat} — dû ${situationFinanciere(apres.context).totalDu} € — ${dues.map((a) => a.type).join(', ') || 'rien à envoyer'}${liste.length ? ` ; ensuite : ${liste.join(' ; ')}` : ''}`);
  }
}

const final = db.exec('SELECT id, etat FROM creance ORDER BY id')[0]?.values ?? [];
console.log('\nÉtats finaux :', final.map(([id, etat]) => `${String(id)}=${String(etat)}`).join(', '));
const attendus: Record<string, string> = { 'F-2025-001': '"soldee"', 'F-2025-003': '{"execution":"titre"}', 'F-2025-002': '{"procedureCollective":"declaree"}' };
for (const [id, etat] of final) {
  if (attendus[String(id)] !== String(etat)) throw new Error(`unexpected state for ${String(id)}: ${String(etat)}`);
}
mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
writeFileSync(new URL('./out/recouvrement.sqlite', import.meta.url), db.export());
db.close();
