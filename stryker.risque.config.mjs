// `npm run mutation:risque`: the mutation run of where the risk now is (issue 15 item 8), without the
// calculators — the legal deadlines of the machine (src/machine/delais.ts), its bridge to the eligibility
// rules and prescription that its guards call (src/machine/regles.ts), and what a letter claims
// (src/documents/genererLettre.ts: totals, disputed part, declaration date, invoices not yet due;
// internes/montants.ts: each invoice's figures from situationCreance; internes/clausePenale.ts). Everything
// else is stryker.config.json's, which `npm run mutation` uses and which mutates these files too.
// Since session 5 (docs/qualite.md, "Session 5"), also the machine's guards: in src/machine/machineRecouvrement.ts,
// the guard definitions of `creerMachineRecouvrement` (`guards: gardesTotales({ … })`) and the helpers they
// call in that file (`lire`, `lireType`, `max`, `gardesTotales`, `apres`, `atteint`, the event boundary
// `evenementImplausible` and `versLaMachine`, the `verdict` closure) — not its actions or states. Their line
// ranges are found in the source when this file loads (`rangesGardesMachine`, stryker.machine.config.mjs);
// stryker.config.json, a JSON file, names the same ranges as fixed line numbers, to update when they move.
// Incremental: only mutants whose code or covering tests changed since the last run are run again.
import { readFileSync } from 'node:fs';
import { rangesGardesMachine } from './stryker.machine.config.mjs';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));

export default {
  ...base,
  mutate: [
    'src/machine/delais.ts',
    'src/machine/regles.ts',
    'src/documents/genererLettre.ts',
    'src/documents/internes/montants.ts',
    'src/documents/internes/clausePenale.ts',
    ...rangesGardesMachine(),
  ],
  vitest: { configFile: 'stryker.risque.vitest.config.ts' },
  tempDirName: '.stryker-tmp/risque',
  incremental: true,
  incrementalFile: 'reports/mutation/risque-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/risque.html' },
  jsonReporter: { fileName: 'reports/mutation/risque.json' },
};
