// Global test setup: a time-zone guard and a console guard.
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';

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
