import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Chooses and prints the fast-check seed once per run (fixed unless RECOUVREMENT_FC_SEED says otherwise).
    globalSetup: ['test/graine.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
