import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The real-server tests run once, in their own step (vitest.postgres.config.ts).
    exclude: [...configDefaults.exclude, 'test/postgres/**'],
    setupFiles: ['test/setup.ts'],
    // Chooses and prints the fast-check seed once per run (fixed unless RECOUVREMENT_FC_SEED says otherwise).
    globalSetup: ['test/graine.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
