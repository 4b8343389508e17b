// `npm run explorer`: the property tests with a random fast-check seed and ten times the runs, to look for
// counterexamples that `npm test` (fixed seed) cannot find. Any failure found here is a bug or a gap: turn
// its counterexample into a named regression test (docs/qualite.md, "Explorer").
//
//   npm run explorer                                   every file that imports fast-check
//   npm run explorer -- src/calculs test/reference     only these paths (vitest filters)
//   RECOUVREMENT_FC_SEED=123 npm run explorer -- …     replay a seed
//   RECOUVREMENT_FC_FACTEUR=50 npm run explorer        more runs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const FACTEUR = process.env.RECOUVREMENT_FC_FACTEUR || '10';
const GRAINE = process.env.RECOUVREMENT_FC_SEED || 'aleatoire';
const RAPPORT = 'reports/explorer.json';

/** The test files that use fast-check (the property tests). */
function fichiersProprietes(dossier, out = []) {
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const p = path.join(dossier, e.name);
    if (e.isDirectory()) fichiersProprietes(p, out);
    else if (e.name.endsWith('.test.ts') && /from 'fast-check'/.test(readFileSync(p, 'utf8'))) out.push(p);
  }
  return out;
}

/** A test name as a `-t` pattern (a regular expression), quoted for a POSIX shell. */
function motifShell(nom) {
  return `'${nom.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'\\''")}'`;
}

const filtres = process.argv.slice(2);
const cibles = filtres.length > 0 ? filtres : [...fichiersProprietes('src'), ...fichiersProprietes('test')].sort();
mkdirSync('reports', { recursive: true });
rmSync(RAPPORT, { force: true });
process.stdout.write(`explorer: ${cibles.length} path(s), runs ×${FACTEUR}, seed ${GRAINE === 'aleatoire' ? 'random' : GRAINE}\n`);
const r = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RAPPORT}`, `--testTimeout=${60_000 * Number(FACTEUR)}`, ...cibles],
  { stdio: 'inherit', env: { ...process.env, RECOUVREMENT_FC_FACTEUR: FACTEUR, RECOUVREMENT_FC_SEED: GRAINE } },
);

if (!existsSync(RAPPORT)) {
  process.stdout.write('explorer: vitest wrote no report\n');
  process.exit(r.status ?? 1);
}
const rapport = JSON.parse(readFileSync(RAPPORT, 'utf8'));
const echecs = rapport.testResults.flatMap((s) =>
  s.assertionResults.filter((a) => a.status === 'failed').map((a) => ({ fichier: path.relative(process.cwd(), s.name), test: a.fullName, message: a.failureMessages.join('\n') })),
);
if (echecs.length === 0 && r.status === 0) {
  process.stdout.write(`\nexplorer: no counterexample (${rapport.numPassedTests} tests passed)\n`);
  process.exit(0);
}
process.stdout.write(`\nexplorer: ${echecs.length} failing test(s)\n`);
for (const e of echecs) {
  // fast-check's report: "Property failed after N tests\n{ seed: S, path: "P", endOnFailure: true }\nCounterexample: …"
  const reglage = /\{ seed: (-?\d+), path: "([^"]*)"/.exec(e.message);
  const contre = /Counterexample: (.*)/.exec(e.message);
  process.stdout.write(`\n✗ ${e.fichier} › ${e.test}\n`);
  if (reglage) {
    process.stdout.write(`  seed ${reglage[1]}, path "${reglage[2]}"\n`);
    if (contre) process.stdout.write(`  counterexample: ${contre[1].length > 500 ? `${contre[1].slice(0, 500)}…` : contre[1]}\n`);
    process.stdout.write(
      `  replay: RECOUVREMENT_FC_SEED=${reglage[1]} RECOUVREMENT_FC_FACTEUR=${FACTEUR} npx vitest run ${e.fichier} -t ${motifShell(e.test)}\n` +
        `     or: fc.assert(property, { seed: ${reglage[1]}, path: "${reglage[2]}", endOnFailure: true })\n`,
    );
  } else process.stdout.write(`  (not a fast-check failure)\n  ${e.message.split('\n')[0]}\n`);
}
process.stdout.write(
  '\nAdd each counterexample as a named regression test (an example test with the literal values and a name that\n' +
    'says what it catches) before fixing the code: the explorer\'s random seed will not find it again. See docs/qualite.md, "Explorer".\n',
);
process.exit(1);
