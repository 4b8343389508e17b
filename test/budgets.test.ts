/**
 * The size budgets of issue #7 (`.size-limit.cjs`, enforced by `npm test`) apply to what an application
 * ships: size-limit leaves peer dependencies out of every bundle, so each budgeted check must put zod back in.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Verification {
  name: string;
  path: string;
  import: string;
  limit?: string;
  modifyEsbuildConfig?: (c: { external: string[] }) => { external: string[] };
}

const verifications = createRequire(import.meta.url)('../.size-limit.cjs') as Verification[];
/** What size-limit hands to esbuild: every peer dependency external. */
const configPeers = { external: ['zod', 'xstate'] };

describe('size budgets (.size-limit.cjs)', () => {
  it('has the four budgets: 20 kB per penalty path (issue #7), 98 kB main entry, 38 kB machine (raised in sessions 3 and 4)', () => {
    const budgets = verifications.filter((v) => v.limit !== undefined).map((v) => [v.path, v.import, v.limit]);
    expect(budgets).toEqual([
      ['dist/index.js', '{ calculerPenalitesRetard }', '20 KB'],
      ['dist/index.js', '{ calculerPenalitesRetardLot }', '20 KB'],
      ['dist/index.js', '*', '98 KB'],
      ['dist/machine.js', '*', '38 KB'],
    ]);
  });

  it('counts zod in every bundle (size-limit alone would leave the peer out), and xstate in none of the machine ones', () => {
    for (const v of verifications) {
      const externes = v.modifyEsbuildConfig?.(configPeers).external ?? configPeers.external;
      expect(externes, v.name).not.toContain('zod');
      if (v.path === 'dist/machine.js') expect(externes, v.name).toContain('xstate');
    }
  });
});
