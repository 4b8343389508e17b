// The letters of one sample claim, from the friendly reminder to the déclaration de créance, written as HTML
// and text files in examples/out/lettres/ — and as PDF when a converter (weasyprint, wkhtmltopdf, or a
// headless Chromium / Chrome) is on the PATH; silently skipped otherwise.
//   npx tsx examples/lettres.ts                (letters dated 2025-08-14)
//   npx tsx examples/lettres.ts 2025-09-01     (another date)
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { genererLettre, RecouvrementError, type DonneesLettre, type ModeleLettre } from 'recouvrement';

process.on('uncaughtException', (e) => {
  console.error(e instanceof RecouvrementError ? `${e.code}: ${e.message}` : e);
  process.exit(1);
});

/** The date of the letters: a parameter, never the clock. */
const DATE_LETTRE = process.argv[2] ?? '2025-08-14';

const creancier = {
  denomination: 'Atelier Dupont SARL',
  adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' },
  siren: '732829320',
  mentionLegale: 'SARL au capital de 20 000 € — RCS Lyon',
  email: 'compta@atelier-dupont.example',
};
const creance = {
  id: 'F-2025-001',
  numeroFacture: '2025-001',
  montantTTC: '10000.00',
  dateFacture: '2025-05-01',
  dateEcheance: '2025-05-31',
  paiements: [],
  nature: 'commerciale' as const,
  cause: 'contractuelle' as const,
  contestee: false,
};
const commun = {
  creancier,
  creances: [creance],
  dateLettre: DATE_LETTRE,
  lieu: 'Lyon',
  reference: 'DUP-2025-001',
  signataire: { nom: 'Claire Dupont', qualite: 'Gérante' },
  modesPaiement: ['virement sur le compte IBAN FR76 3000 4000 0500 0012 3456 789 (BIC BNPAFRPP), en rappelant la référence'],
};
const professionnel = {
  id: 'D-MARTIN',
  type: 'professionnel' as const,
  denomination: 'Bâtiment Martin SAS',
  siren: '552100554',
  adresse: { lignes: ['Service comptabilité fournisseurs', '4 avenue Foch'], codePostal: '75016', ville: 'Paris' },
  commercant: true,
};

const lettres: ReadonlyArray<[ModeleLettre, DonneesLettre]> = [
  ['relance-amiable', { ...commun, debiteur: professionnel, envoi: 'email' }],
  ['relance-ferme', { ...commun, debiteur: professionnel }],
  ['mise-en-demeure', { ...commun, debiteur: professionnel }],
  [
    'mise-en-demeure-consommateur',
    {
      ...commun,
      debiteur: { id: 'C-LEROY', type: 'consommateur', denomination: 'Mme Julie Leroy', adresse: { lignes: ['8 rue Verte'], codePostal: '69007', ville: 'Lyon' } },
      creances: [{ ...creance, id: 'F-2025-014', numeroFacture: '2025-014', montantTTC: '1250.00', nature: 'consommation' }],
    },
  ],
  [
    'lettre-agence-recouvrement',
    {
      ...commun,
      debiteur: professionnel,
      agence: { denomination: 'Recouvre Conseil SAS', adresse: { lignes: ['1 place Bellecour'], codePostal: '69002', ville: 'Lyon' }, telephone: '04 00 00 00 00' },
      reference: 'RC-2025-7781',
      signataire: { nom: 'Marc Blanc', qualite: 'Chargé de recouvrement' },
    },
  ],
  [
    'declaration-de-creance',
    {
      ...commun,
      debiteur: { ...professionnel, procedureCollective: { type: 'redressement', dateJugement: '2025-07-15', dateBodacc: '2025-07-25' } },
      mandataire: { denomination: 'SELARL MJ Conseil, Me Anne Leroy', adresse: { lignes: ['3 rue de la République'], codePostal: '69001', ville: 'Lyon' } },
      tribunal: 'tribunal de commerce de Paris',
    },
  ],
];

/** The first PDF converter found on the PATH, as a function (html file, pdf file) → success. */
function convertisseur(): ((html: string, pdf: string) => boolean) | null {
  const chemin = (nom: string): string | null => {
    for (const d of (process.env.PATH ?? '').split(delimiter)) if (d && existsSync(join(d, nom))) return join(d, nom);
    return null;
  };
  const lancer = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
  const weasy = chemin('weasyprint');
  if (weasy) return (h, p) => lancer(weasy, [h, p]);
  const wk = chemin('wkhtmltopdf');
  if (wk) return (h, p) => lancer(wk, ['--quiet', '--encoding', 'utf-8', h, p]);
  for (const nom of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const c = chemin(nom);
    if (c) return (h, p) => lancer(c, ['--headless', '--disable-gpu', '--no-sandbox', `--print-to-pdf=${p}`, `file://${h}`]);
  }
  return null;
}

const sortie = join(dirname(fileURLToPath(import.meta.url)), 'out', 'lettres');
mkdirSync(sortie, { recursive: true });
const pdf = convertisseur();

for (const [modele, donnees] of lettres) {
  const l = genererLettre(modele, donnees);
  const base = join(sortie, modele);
  writeFileSync(`${base}.html`, l.html);
  writeFileSync(`${base}.txt`, l.texte);
  const enPdf = pdf !== null && pdf(`${base}.html`, `${base}.pdf`);
  console.log(`${modele.padEnd(30)} total ${l.montants.total.padStart(9)} €  → ${modele}.html, .txt${enPdf ? ', .pdf' : ''}`);
  for (const a of l.avertissements) console.log(`    ! ${a}`);
  // Guard rails for `npm test`: the consumer letter carries no indemnity, and every letter is escaped HTML.
  if (modele === 'mise-en-demeure-consommateur' && (l.montants.indemnite !== '0.00' || /indemnité forfaitaire/i.test(l.texte))) {
    throw new Error('consumer letter with an indemnity');
  }
}
console.log(`\n→ ${join('examples', 'out', 'lettres')}/${pdf ? '' : ' (no PDF converter on the PATH: PDF skipped)'}`);
