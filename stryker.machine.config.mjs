// The mutation run of the machine's guards (issue 15 item 8, session 5): the guard definitions of
// `creerMachineRecouvrement` (the object passed to `guards: gardesTotales({ … })`) and the helpers they call in
// the same file — `lire`, `lireType`, `max`, `gardesTotales`, `apres`, `atteint`, the event boundary
// (`evenementImplausible`, `versLaMachine`) and the `verdict` closure. Not the actions, the states or the
// rest of the file. The line ranges are found in the source when the configuration loads (the file is being
// edited: fixed numbers would drift); `rangesGardesMachine()` is also used by stryker.risque.config.mjs.
// Run: `nice -n 10 npx stryker run stryker.machine.config.mjs --concurrency 1`.
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));

const FICHIER = 'src/machine/machineRecouvrement.ts';

/** The `file:first-last` ranges of the guards and of their helpers in machineRecouvrement.ts (1-based, inclusive). */
export function rangesGardesMachine() {
  const lignes = readFileSync(new URL(`./${FICHIER}`, import.meta.url), 'utf8').split('\n');
  const ligne = (debut) => {
    const i = lignes.findIndex((l) => l.startsWith(debut));
    if (i < 0) throw new Error(`stryker.machine.config.mjs: « ${debut} » introuvable dans ${FICHIER}`);
    return i;
  };
  const jusqua = (i, fin) => {
    const j = lignes.findIndex((l, k) => k > i && l.startsWith(fin));
    if (j < 0) throw new Error(`stryker.machine.config.mjs: fin « ${fin} » introuvable après la ligne ${i + 1}`);
    return j;
  };
  const bloc = (debut, fin = '}') => {
    const i = ligne(debut);
    return `${FICHIER}:${i + 1}-${jusqua(i, fin) + 1}`;
  };
  const une = (debut) => {
    const i = ligne(debut);
    return `${FICHIER}:${i + 1}-${i + 1}`;
  };
  return [
    bloc('function lire('),
    bloc('function lireType<'),
    une('const max = '),
    bloc('function gardesTotales<'),
    une('const apres = '),
    une('const atteint = '),
    bloc('export function evenementImplausible('),
    bloc('function versLaMachine('),
    bloc('  const verdict = ', '  };'),
    bloc('    guards: gardesTotales({', '    }),'),
  ];
}

export default {
  ...base,
  mutate: rangesGardesMachine(),
  vitest: { configFile: 'stryker.machine.vitest.config.ts' },
  tempDirName: '.stryker-tmp/machine',
  incremental: false,
  htmlReporter: { fileName: 'reports/mutation/machine.html' },
  jsonReporter: { fileName: 'reports/mutation/machine.json' },
};
