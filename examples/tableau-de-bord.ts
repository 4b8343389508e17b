// A recovery dashboard over a CSV ledger: DSO (simple and count-back), best possible DSO, average days
// delinquent, recovery and unpaid rates, CEI, aged balance, payment delays, the D441-6 table of the
// management report, payment profiles and the reminders to send first. Writes an HTML report with the aging
// chart (inline SVG) and the D441-6 table to examples/out/tableau-de-bord.html.
//   npx tsx examples/tableau-de-bord.ts                                   (sample ledger, closing 2025-12-31)
//   npx tsx examples/tableau-de-bord.ts 2025-09-30 path/to/ledger.csv    (another date, another ledger)
// The ledger is read as a stream, once per indicator (sync chunks of 64 KB: the library takes any
// Iterable, so a sync generator over the file feeds it without loading the file in memory).
// CSV columns: numero,sens,tiers,dateFacture,dateEcheance,montantTTC,datePaiement,montantPaye,litige
// (see scripts/generer-grand-livre.ts, which generated the sample).
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import {
  balanceAgee,
  delaiMoyenDePaiement,
  dso,
  dsoParEpuisement,
  formaterDate,
  formaterEuros,
  indiceEfficaciteRecouvrement,
  lireDate,
  lireEuros,
  meilleurDsoPossible,
  prioriserRelances,
  profilPaiement,
  RecouvrementError,
  rendreTableauDelaisPaiement,
  retardMoyen,
  tableauDelaisPaiement,
  tauxDeRecouvrement,
  tauxImpayes,
  finDeMois,
  ajouterMois,
  type Euros,
  type ProfilPaiement,
  type TrancheAgee,
} from 'recouvrement';

process.on('uncaughtException', (e) => {
  console.error(e instanceof RecouvrementError ? `${e.code}: ${e.message} ${JSON.stringify(e.issues[0]?.path ?? [])}` : e);
  process.exit(1);
});

/** "Today" (the closing date) is a parameter, never the clock. */
const DATE = process.argv[2] ?? '2025-12-31';
const FICHIER = process.argv[3] ?? 'examples/data/grand-livre-2025.csv';
const EN_TEST = process.env.RECOUVREMENT_EXEMPLE_TEST === '1';
const jour = lireDate(DATE);

// ---------------------------------------------------------------------------------------------------------
// Streaming CSV reader with a progress line on stderr (redrawn in place on a terminal, silent otherwise).

interface Ligne {
  readonly numero: string;
  readonly sens: 'emise' | 'recue';
  readonly tiers: string;
  readonly dateFacture: string;
  readonly dateEcheance: string;
  readonly montantTTC: string;
  readonly datePaiement: string;
  readonly montantPaye: string;
  readonly litige: boolean;
}

function* lire(libelle: string): Generator<Ligne> {
  const fd = openSync(FICHIER, 'r');
  const taille = fstatSync(fd).size;
  const tampon = Buffer.alloc(1 << 16);
  let lu = 0;
  let reste = '';
  let numeroLigne = 0;
  let dernierPourcent = -1;
  const progres = (fini: boolean): void => {
    if (!process.stderr.isTTY) return;
    const pourcent = taille === 0 ? 100 : Math.floor((lu / taille) * 100);
    if (pourcent === dernierPourcent && !fini) return;
    dernierPourcent = pourcent;
    process.stderr.write(`\r${libelle.padEnd(34)} ${String(pourcent).padStart(3)} % (${numeroLigne} lignes)${fini ? '\n' : ''}`);
  };
  try {
    for (;;) {
      const n = readSync(fd, tampon, 0, tampon.length, null);
      if (n === 0) break;
      lu += n;
      const texte = reste + tampon.toString('utf8', 0, n);
      const morceaux = texte.split('\n');
      reste = morceaux.pop() ?? '';
      for (const l of morceaux) {
        numeroLigne++;
        if (numeroLigne === 1 || l === '') continue; // header
        const c = l.split(',');
        if (c.length !== 9) throw new Error(`${FICHIER}:${numeroLigne}: 9 colonnes attendues`);
        yield {
          numero: c[0]!, sens: c[1] as Ligne['sens'], tiers: c[2]!, dateFacture: c[3]!, dateEcheance: c[4]!,
          montantTTC: c[5]!, datePaiement: c[6]!, montantPaye: c[7]!, litige: c[8] === '1',
        };
      }
      progres(false);
    }
    if (reste !== '') throw new Error(`${FICHIER}: la dernière ligne n'est pas terminée`);
    progres(true);
  } finally {
    closeSync(fd);
  }
}

/** Invoices known at day `j` (issued on or before it), with the payment only if received by then. */
function* connuesLe(lignes: Iterable<Ligne>, j: number): Generator<Ligne & { readonly paye: boolean }> {
  for (const l of lignes) {
    if (lireDate(l.dateFacture) > j) continue;
    yield { ...l, paye: l.datePaiement !== '' && lireDate(l.datePaiement) <= j };
  }
}
const du = (l: Ligne & { paye: boolean }): Euros => (l.paye ? formaterEuros(lireEuros(l.montantTTC) - lireEuros(l.montantPaye)) : l.montantTTC);

/** Open customer invoices at day `j` (something still due), as aging rows. */
function* ouvertesClients(j: number, libelle: string) {
  for (const l of connuesLe(lire(libelle), j)) {
    const montantDu = du(l);
    if (l.sens === 'emise' && montantDu !== '0.00') yield { montantDu, dateEcheance: l.dateEcheance };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Totals of the year and monthly sales (one pass).

const ventesParMois = new Map<string, bigint>();
let ventes = 0n;
let achats = 0n;
let encaisse = 0n;
let ventesT4 = 0n;
const debutT4 = lireDate('2025-10-01');
const debutExercice = ajouterMois(jour, -12) + 1;
for (const l of connuesLe(lire('Totaux'), jour)) {
  if (lireDate(l.dateFacture) < debutExercice) continue;
  const m = BigInt(lireEuros(l.montantTTC));
  if (l.sens === 'recue') {
    achats += m;
    continue;
  }
  ventes += m;
  if (lireDate(l.dateFacture) >= debutT4) ventesT4 += m;
  if (l.paye) encaisse += BigInt(lireEuros(l.montantPaye));
  const mois = l.dateFacture.slice(0, 7);
  ventesParMois.set(mois, (ventesParMois.get(mois) ?? 0n) + m);
}

// ---------------------------------------------------------------------------------------------------------
// Indicators.

const balance = balanceAgee(ouvertesClients(jour, 'Balance âgée clients'), { date: DATE });
const encours = balance.reduce((s, t) => s + BigInt(lireEuros(t.montant)), 0n);
const nonEchu = BigInt(lireEuros(balance[0]!.montant));
const joursExercice = jour - debutExercice + 1;
const ca = formaterEuros(ventes);
const kpi = {
  dso: dso({ encours: formaterEuros(encours), chiffreAffairesTTC: ca, jours: joursExercice }),
  dsoParEpuisement: dsoParEpuisement({
    encours: formaterEuros(encours),
    ventes: [...ventesParMois.entries()]
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([mois, montant]) => ({ debut: `${mois}-01`, fin: formaterDate(finDeMois(lireDate(`${mois}-01`))), montantTTC: formaterEuros(montant) })),
  }),
  meilleurDso: meilleurDsoPossible({ encoursNonEchu: formaterEuros(nonEchu), chiffreAffairesTTC: ca, jours: joursExercice }),
  retardMoyen: retardMoyen({ encours: formaterEuros(encours), encoursNonEchu: formaterEuros(nonEchu), chiffreAffairesTTC: ca, jours: joursExercice }),
  tauxDeRecouvrement: tauxDeRecouvrement({ recouvre: formaterEuros(encaisse), total: ca }),
  tauxImpayes: tauxImpayes({ impayes: formaterEuros(encours - nonEchu), total: ca }),
};
// CEI over the last quarter: receivables at 30 September, Q4 sales, receivables at closing.
const debutT4Veille = debutT4 - 1;
const encoursSeptembre = balanceAgee(ouvertesClients(debutT4Veille, 'Balance âgée au 30/09'), { date: formaterDate(debutT4Veille) });
const cei = indiceEfficaciteRecouvrement({
  encoursDebut: formaterEuros(encoursSeptembre.reduce((s, t) => s + BigInt(lireEuros(t.montant)), 0n)),
  ventesTTC: formaterEuros(ventesT4),
  encoursFin: formaterEuros(encours),
  encoursFinNonEchu: formaterEuros(nonEchu),
});

function* payeesClients() {
  for (const l of connuesLe(lire('Délai de paiement'), jour)) {
    if (l.sens !== 'emise' || !l.paye || lireDate(l.datePaiement) < debutExercice) continue;
    yield { dateFacture: l.dateFacture, dateEcheance: l.dateEcheance, paiements: [{ date: l.datePaiement, montant: l.montantPaye }] };
  }
}
const delai = delaiMoyenDePaiement(payeesClients());
const retardPaiement = delaiMoyenDePaiement(payeesClients(), { depuis: 'echeance' });

function* lignesD441() {
  for (const l of connuesLe(lire('Tableau D441-6'), jour)) yield { sens: l.sens, montantDu: du(l), dateEcheance: l.dateEcheance, litigieuse: l.litige };
}
const d441 = tableauDelaisPaiement(lignesD441(), {
  dateCloture: DATE,
  chiffreAffaires: ca, // TTC here: the basis (HT or TTC) is UNCONFIRMED, see the table's warnings
  achats: formaterEuros(achats),
  delaisReference: { emises: 'Délais contractuels : 30, 45 ou 60 jours date de facture', recues: 'Délais contractuels : 30 ou 60 jours date de facture' },
});

// Profiles by customer (one filtered pass per customer) and the reminders to send first.
const clients = new Set<string>();
for (const l of lire('Clients')) if (l.sens === 'emise') clients.add(l.tiers);
const profils: Record<string, ProfilPaiement> = {};
for (const c of [...clients].sort()) {
  function* historique() {
    for (const l of connuesLe(lire(`Profil ${c}`), jour)) {
      if (l.sens === 'emise' && l.tiers === c) {
        yield { montantTTC: l.montantTTC, dateEcheance: l.dateEcheance, paiements: l.paye ? [{ date: l.datePaiement, montant: l.montantPaye }] : [] };
      }
    }
  }
  profils[c] = profilPaiement(historique(), { date: DATE, periodes: 6 });
}
function* aRelancer() {
  for (const l of connuesLe(lire('Priorités de relance'), jour)) {
    if (l.sens === 'emise') yield { id: l.numero, debiteurId: l.tiers, montantDu: du(l), dateEcheance: l.dateEcheance, contestee: l.litige };
  }
}
const priorites = prioriserRelances(aRelancer(), DATE, { profils, limite: 10 });

// ---------------------------------------------------------------------------------------------------------
// Output.

const eur = (m: Euros): string => `${m.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f').replace('.', ',')} €`;
const pct = (r: number): string => `${(Math.round(r * 1000) / 10).toString().replace('.', ',')} %`;
const libelle = (t: TrancheAgee): string => (t.de === null ? 'non échu' : t.a === null ? `> ${t.de} j` : `${t.de + 1}–${t.a} j`);

const sortie: string[] = [
  `Tableau de bord du recouvrement au ${DATE} (${FICHIER})`,
  '',
  `Chiffre d'affaires TTC (12 mois)    ${eur(ca)}`,
  `Encours clients                     ${eur(formaterEuros(encours))}`,
  `DSO simple                          ${kpi.dso} j`,
  `DSO par épuisement                  ${kpi.dsoParEpuisement} j`,
  `Meilleur DSO possible               ${kpi.meilleurDso} j`,
  `Retard moyen (DSO − meilleur DSO)   ${kpi.retardMoyen} j`,
  `Délai moyen de paiement constaté    ${delai.jours} j après facture (${retardPaiement.jours} j après échéance)`,
  `Taux de recouvrement (12 mois)      ${pct(kpi.tauxDeRecouvrement)}`,
  `Taux d'impayés échus                ${pct(kpi.tauxImpayes)}`,
  `Indice d'efficacité (CEI, T4)       ${pct(cei)}`,
  '',
  'Balance âgée clients',
  ...balance.map((t) => `  ${libelle(t).padEnd(10)} ${String(t.nombre).padStart(6)} factures  ${eur(t.montant).padStart(18)}`),
  '',
  'Relances prioritaires',
  ...priorites.map((p) => `  ${String(p.rang).padStart(2)}. ${p.id} ${p.debiteurId} ${eur(p.montantDu).padStart(14)} ${String(p.joursDeRetard).padStart(4)} j  score ${p.score}  [${p.facteurs.map((f) => `${f.facteur} ${f.points}`).join(', ')}]`),
  '',
  rendreTableauDelaisPaiement(d441, { format: 'markdown' }),
];

// The aging chart: one bar per bucket, heights proportional to the amounts (exact cents → display only).
function graphique(tranches: readonly TrancheAgee[]): string {
  const l = 120;
  const h = 220;
  const max = tranches.reduce((m, t) => (lireEuros(t.montant) > m ? lireEuros(t.montant) : m), 1);
  const barres = tranches.map((t, k) => {
    const hauteur = Math.round((lireEuros(t.montant) / max) * h);
    const x = 40 + k * (l + 20);
    return [
      `<rect x="${x}" y="${20 + h - hauteur}" width="${l}" height="${hauteur}" fill="${k === 0 ? '#4c9a2a' : k >= tranches.length - 1 ? '#c0392b' : '#e67e22'}"/>`,
      `<text x="${x + l / 2}" y="${h + 40}" text-anchor="middle">${libelle(t)}</text>`,
      `<text x="${x + l / 2}" y="${15 + h - hauteur}" text-anchor="middle" font-size="12">${eur(t.montant)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Balance âgée" width="${60 + tranches.length * (l + 20)}" height="${h + 60}" font-family="sans-serif" font-size="13">${barres.join('')}</svg>`;
}
const echapper = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Tableau de bord du recouvrement au ${DATE}</title>
<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th[scope=row],caption{text-align:left}.avertissements{color:#8a4b00;font-size:90%}</style>
</head><body>
<h1>Tableau de bord du recouvrement au ${DATE}</h1>
<table><tbody>
<tr><th scope="row">DSO simple / par épuisement</th><td>${kpi.dso} j / ${kpi.dsoParEpuisement} j</td></tr>
<tr><th scope="row">Meilleur DSO possible / retard moyen</th><td>${kpi.meilleurDso} j / ${kpi.retardMoyen} j</td></tr>
<tr><th scope="row">Délai moyen de paiement constaté</th><td>${delai.jours} j</td></tr>
<tr><th scope="row">Taux de recouvrement / d'impayés / CEI (T4)</th><td>${pct(kpi.tauxDeRecouvrement)} / ${pct(kpi.tauxImpayes)} / ${pct(cei)}</td></tr>
</tbody></table>
<h2>Balance âgée clients</h2>
${graphique(balance)}
<h2>Délais de paiement (C. com. art. D441-6)</h2>
${rendreTableauDelaisPaiement(d441, { format: 'html' })}
<h2>Relances prioritaires</h2>
<table><thead><tr><th>Rang</th><th>Facture</th><th>Client</th><th>Dû</th><th>Retard</th><th>Score</th><th>Facteurs</th></tr></thead><tbody>
${priorites.map((p) => `<tr><td>${p.rang}</td><td>${echapper(p.id)}</td><td>${echapper(p.debiteurId ?? '')}</td><td>${eur(p.montantDu)}</td><td>${p.joursDeRetard} j</td><td>${p.score}</td><td>${echapper(p.facteurs.map((f) => `${f.facteur} ${f.points}/${f.poids}`).join(', '))}</td></tr>`).join('\n')}
</tbody></table>
</body></html>
`;
mkdirSync('examples/out', { recursive: true });
writeFileSync('examples/out/tableau-de-bord.html', html);
sortie.push('Rapport HTML : examples/out/tableau-de-bord.html');
process.stdout.write(sortie.join('\n') + '\n');

if (EN_TEST) {
  // Self-checks when run by `npm test`: the aging partitions the open receivables, the D441-6 issued total
  // (plus the disputed ones) equals the overdue customer receivables.
  let ouvert = 0n;
  let nombre = 0;
  for (const l of ouvertesClients(jour, 'Contrôle')) {
    ouvert += BigInt(lireEuros(l.montantDu));
    nombre += 1;
  }
  const echu = encours - nonEchu;
  const d441Total = BigInt(lireEuros(d441.emises.total.montant)) + BigInt(lireEuros(d441.emises.exclues.montant));
  const ok = ouvert === encours && nombre === balance.reduce((s, t) => s + t.nombre, 0) && d441Total === echu && priorites.length > 0;
  if (!ok) {
    console.error('Contrôles du tableau de bord en échec');
    process.exit(1);
  }
}
