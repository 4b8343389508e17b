// Vitest configuration of the mutation run of the machine's guards (stryker.machine.config.mjs): every test
// file of src/machine (the chart's guards are reached through the machine, from any of them), with the same
// exclusions as stryker.vitest.config.ts (the model-based test `machineRecouvrement.modele.test.ts` is out).
// `isolate: false`, as stryker.risque.vitest.config.ts: Stryker re-runs the test files for each mutant, and
// re-importing the library in each file was half of that time.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/machine/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'src/machine/machineRecouvrement.modele.test.ts'],
    isolate: false,
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
