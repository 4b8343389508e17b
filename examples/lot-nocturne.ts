// An ERP's nightly batch over 100 000 invoices: penalties, aged balance and the actions due today.
//   npx tsx examples/lot-nocturne.ts [AAAA-MM-JJ]
// The ledger (examples/out/grand-livre-100000.csv) is generated on first run by the seeded generator of
// scripts/generer-grand-livre.ts, then streamed line by line: nothing holds the whole file in memory but
// the claims the machine has to look at.
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createActor } from 'xstate';
import {
  balanceAgee,
  calculerPenalitesRetardLot,
  formaterDate,
  formaterEuros,
  lireDate,
  lireEuros,
  type ParamsPenalites,
} from 'recouvrement';
import { machineRecouvrement, prochainesActions } from 'recouvrement/machine';

/** "Tonight": a parameter, never the clock. */
const AUJOURDHUI = process.argv[2] ?? '2026-01-31';
const FICHIER = 'examples/out/grand-livre-100000.csv';
const NOMBRE = 100_000;

if (!existsSync(FICHIER)) {
  mkdirSync('examples/out', { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generer-grand-livre.ts', String(NOMBRE), FICHIER], { stdio: 'inherit' });
}

/** A progress bar on the terminal (stderr); a plain line every 25 % when not a terminal. */
function progression(fait: number, total: number, quoi: string): void {
  const part = fait / total;
  if (process.stderr.isTTY) {
    const plein = Math.round(part * 30);
    process.stderr.write(`\r${quoi} [${'#'.repeat(plein)}${'.'.repeat(30 - plein)}] ${String(Math.round(part * 100)).padStart(3)} %`);
    if (fait === total) process.stderr.write('\n');
  } else if (fait === total || Math.floor((4 * fait) / total) !== Math.floor((4 * (fait - 1)) / total)) {
    process.stderr.write(`${quoi} : ${Math.min(100, Math.round(part * 100))} %\n`);
  }
}

interface Ligne {
  numero: string;
  tiers: string;
  dateFacture: string;
  dateEcheance: string;
  montantTTC: string;
  datePaiement: string;
  montantPaye: string;
  litige: boolean;
}

async function* lignes(): AsyncGenerator<Ligne> {
  const flux = createInterface({ input: createReadStream(FICHIER, 'utf8'), crlfDelay: Infinity });
  let entete = true;
  for await (const texte of flux) {
    if (entete) {
      entete = false;
      continue;
    }
    const [numero, sens, tiers, dateFacture, dateEcheance, montantTTC, datePaiement, montantPaye, litige] = texte.split(',');
    if (sens !== 'emise') continue; // customer invoices only: what we are owed
    yield { numero: numero!, tiers: tiers!, dateFacture: dateFacture!, dateEcheance: dateEcheance!, montantTTC: montantTTC!, datePaiement: datePaiement!, montantPaye: montantPaye!, litige: litige === '1' };
  }
}

const debut = process.hrtime.bigint();
const penalites: ParamsPenalites[] = [];
const agees: { montantDu: string; dateEcheance: string }[] = [];
const aRelancer: Ligne[] = [];
let lues = 0;
for await (const l of lignes()) {
  lues += 1;
  if (lues % 5000 === 0) progression(lues, 75_000, 'Lecture (factures clients)');
  const paye = l.montantPaye ? lireEuros(l.montantPaye) : 0;
  const du = lireEuros(l.montantTTC) - paye;
  const payeLeJour = l.datePaiement && l.datePaiement <= AUJOURDHUI ? l.datePaiement : null;
  // Penalties run up to the payment (paid late) or up to tonight (still open).
  if (l.dateEcheance < AUJOURDHUI && (payeLeJour === null || payeLeJour > l.dateEcheance)) {
    penalites.push({
      montant: l.montantTTC,
      dateEcheance: l.dateEcheance,
      dateCalcul: payeLeJour && du === 0 ? payeLeJour : AUJOURDHUI,
      paiements: payeLeJour ? [{ date: payeLeJour, montant: l.montantPaye }] : [],
    });
  }
  if (du > 0 && l.dateFacture <= AUJOURDHUI) {
    agees.push({ montantDu: formaterEuros(du), dateEcheance: l.dateEcheance });
    if (l.dateEcheance < AUJOURDHUI && !l.litige) aRelancer.push(l);
  }
}

const montants = calculerPenalitesRetardLot(penalites);
const totalPenalites = montants.reduce((s, m) => s + BigInt(m.replace('.', '')), 0n);
const balance = balanceAgee(agees, { date: AUJOURDHUI });

// The actions due tonight, from the lifecycle machine (a real ERP would load each claim's stored snapshot).
const parType = new Map<string, number>();
let k = 0;
for (const l of aRelancer) {
  const acteur = createActor(machineRecouvrement, {
    input: {
      creance: { id: l.numero, numeroFacture: l.numero, montantTTC: l.montantTTC, dateFacture: l.dateFacture, dateEcheance: l.dateEcheance,
        paiements: l.montantPaye ? [{ date: l.datePaiement, montant: l.montantPaye }] : [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
      debiteur: { id: l.tiers, type: 'professionnel', denomination: `Client ${l.tiers}`, commercant: true },
      date: l.dateFacture,
    },
  }).start();
  // Replay what the host did on previous nights: each reminder or notice sent on the day it fell due.
  acteur.send({ type: 'JOUR', date: formaterDate(lireDate(l.dateEcheance) + 1) });
  for (let n = 0; n < 20; n++) {
    const dues = prochainesActions(acteur.getPersistedSnapshot() as never, AUJOURDHUI).filter((a) => a.statut === 'a-faire' && a.echeance < AUJOURDHUI);
    const a = dues.find((x) => ['rappel', 'relance', 'appel', 'mise-en-demeure'].includes(x.type));
    if (!a) break;
    acteur.send({ type: 'JOUR', date: a.echeance });
    if (a.type === 'mise-en-demeure') acteur.send({ type: 'MISE_EN_DEMEURE_ENVOYEE', date: a.echeance });
    else acteur.send({ type: 'RELANCE_ENVOYEE', date: a.echeance, canal: a.canal ?? 'email', ...(a.etape ? { etape: a.etape } : {}) } as never);
  }
  acteur.send({ type: 'JOUR', date: AUJOURDHUI });
  for (const a of prochainesActions(acteur.getPersistedSnapshot() as never, AUJOURDHUI)) {
    if (a.statut === 'a-faire') parType.set(a.type, (parType.get(a.type) ?? 0) + 1);
  }
  acteur.stop();
  k += 1;
  if (k % 500 === 0 || k === aRelancer.length) progression(k, aRelancer.length, 'Actions du jour');
}
const duree = Number(process.hrtime.bigint() - debut) / 1e9;

const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const f = (m: string) => eur.format(m as unknown as number);
console.log(`Lot nocturne du ${AUJOURDHUI} — ${lues} factures clients traitées en ${duree.toFixed(1)} s`);
console.log(`Pénalités de retard (C. com. L441-10) : ${penalites.length} factures, ${f(formaterEuros(totalPenalites))}`);
console.log('Balance âgée :');
for (const t of balance) {
  const libelle = t.de === null ? 'non échu' : t.a === null ? `> ${t.de} j` : `${t.de + 1}–${t.a} j`;
  console.log(`  ${libelle.padEnd(10)} ${String(t.nombre).padStart(6)} factures ${f(t.montant).padStart(18)}`);
}
console.log(`Actions à mener ce soir sur ${aRelancer.length} créances échues non contestées :`);
for (const [type, n] of [...parType].sort((a, b) => b[1] - a[1])) console.log(`  ${type.padEnd(24)} ${n}`);
if (parType.size === 0) throw new Error('the machine found no action due: something is wrong');
