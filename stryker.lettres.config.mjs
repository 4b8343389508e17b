// Session 5 of issue 15 item 8: the mutation run of what a letter claims, by line range — the input checks
// and refusals of src/documents/genererLettre.ts before any figure (lines 1–190), the survivors session 4 left
// unanalysed, then the whole of genererLettre.ts and internes/montants.ts. The range is given on the command
// line with `--mutate` when a run covers only part of this list.
// Usage: nice -n 10 npx stryker run stryker.lettres.config.mjs --concurrency 1 [--mutate <file:lines>] [--force]
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));

export default {
  ...base,
  mutate: ['src/documents/genererLettre.ts', 'src/documents/internes/montants.ts'],
  vitest: { configFile: 'stryker.lettres.vitest.config.ts' },
  tempDirName: '.stryker-tmp/lettres',
  incremental: false,
  htmlReporter: { fileName: 'reports/mutation/lettres.html' },
  jsonReporter: { fileName: 'reports/mutation/lettres.json' },
};
