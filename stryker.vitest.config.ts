// Vitest configuration used by StrykerJS only (stryker.config.json, stryker.risque.config.mjs): the tests that
// judge the mutated code (src/calculs, src/socle, src/baremes, src/eligibilite; the machine's legal deadlines
// and eligibility bridge, src/machine/delais.ts and regles.ts; what a letter claims, src/documents) plus the
// independent reference. Left out: the slow whole-API fuzzing (test/fuzz), the documentation and examples
// checks (they need dist/), the other areas' suites, and the machine's model-based exploration
// (machineRecouvrement.modele.test.ts: 1 500 random event sequences, about 20 s per mutant; `npm test` runs it).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/calculs/**/*.test.ts',
      'src/socle/**/*.test.ts',
      'src/baremes/**/*.test.ts',
      'src/eligibilite/**/*.test.ts',
      'src/machine/**/*.test.ts',
      'src/documents/**/*.test.ts',
      'test/reference/**/*.test.ts',
    ],
    exclude: [...configDefaults.exclude, 'src/machine/machineRecouvrement.modele.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
