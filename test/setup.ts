// Global test setup: a fixed fast-check seed, a time-zone guard and a console guard.
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, inject, vi } from 'vitest';
import { graineAleatoire, graineDemandee, runs, RUNS_PAR_DEFAUT } from './proprietes.js';

// Every property of the run uses the seed chosen once by test/graine.ts (vitest's globalSetup, which prints
// it). Without that global setup (Stryker's config), the seed comes from the environment: fixed by default.
// A property's own `{ numRuns: runs(n) }` overrides `numRuns`, never the seed.
fc.configureGlobal({ seed: inject('graineFastCheck') ?? graineDemandee() ?? graineAleatoire(), numRuns: runs(RUNS_PAR_DEFAUT) });

beforeAll(() => {
  const attendu = process.env.EXPECTED_TZ;
  if (attendu !== undefined) {
    const reel = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (reel !== attendu) throw new Error(`This run expects TZ=${attendu} but the process runs in ${reel}`);
  }
});

const METHODES = ['log', 'info', 'warn', 'error', 'debug'] as const;
beforeEach(() => {
  for (const m of METHODES) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${m} called during a test: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});
