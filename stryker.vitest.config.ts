// Vitest configuration used by StrykerJS only (stryker.config.json): the tests that judge the mutated code
// (src/calculs, src/socle, src/baremes, src/eligibilite) plus the independent reference, without the slow
// whole-API fuzzing and the other areas' suites.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/calculs/**/*.test.ts',
      'src/socle/**/*.test.ts',
      'src/baremes/**/*.test.ts',
      'src/eligibilite/**/*.test.ts',
      'test/reference/**/*.test.ts',
    ],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
