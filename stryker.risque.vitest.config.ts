// Vitest configuration of `npm run mutation:risque` (stryker.risque.config.mjs): only the suites that can
// see a mutant of the machine's deadlines and guards bridge or of a letter's figures, so that Stryker's
// initial run (every test, once) stays short. Same exclusions as stryker.vitest.config.ts. `isolate: false`:
// Stryker re-runs the covering test files for each mutant, and re-importing the library in each file was
// half of that time (these suites mock nothing — one spy, restored by its test — and the modules they load are pure).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/machine/**/*.test.ts', 'src/documents/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'src/machine/machineRecouvrement.modele.test.ts'],
    isolate: false,
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
