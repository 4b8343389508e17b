// Vitest configuration of stryker.lettres.config.mjs: only the suites that write letters — every test of
// src/documents and the machine's letter of a file (src/machine/lettreDossier.test.ts) — so that a mutant
// costs little. Fewer tests can only lower the score. `isolate: false` and the setup file as in
// stryker.risque.vitest.config.ts.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/documents/**/*.test.ts', 'src/machine/lettreDossier.test.ts'],
    exclude: [...configDefaults.exclude],
    isolate: false,
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
