// fast-check settings of a test run, read from the environment (the same in the main process and in the
// workers). `npm test` runs every property with a fixed seed, so a clean clone passes or fails the same way
// every time; `npm run explorer` (scripts/explorer.mjs) draws a random seed and multiplies the runs.
//
//   RECOUVREMENT_FC_SEED     an integer seed, or `aleatoire` for a random one (default: GRAINE_FIXE)
//   RECOUVREMENT_FC_FACTEUR  multiplies every property's number of runs (default 1; the explorer uses 10)

/** The seed of `npm test` (any 32-bit integer would do; this one is the day it was fixed). */
export const GRAINE_FIXE = 20261205;

/** The runs of a property that does not set `numRuns` (fast-check's own default). */
export const RUNS_PAR_DEFAUT = 100;

function facteur(): number {
  const brut = process.env.RECOUVREMENT_FC_FACTEUR;
  if (brut === undefined || brut === '') return 1;
  const f = Number(brut);
  if (!Number.isInteger(f) || f < 1) throw new Error(`RECOUVREMENT_FC_FACTEUR must be a positive integer, not ${JSON.stringify(brut)}`);
  return f;
}

/**
 * The number of runs for a property: `n` in `npm test`, `n` × the explorer's factor in `npm run explorer`.
 * A per-test `{ numRuns }` overrides the global configuration, so every property that sets one writes
 * `{ numRuns: runs(300) }`.
 */
export function runs(n: number): number {
  return n * facteur();
}

/**
 * The seed the environment asks for: a 32-bit integer, `null` for a random one (`aleatoire`), the fixed
 * seed when unset.
 */
export function graineDemandee(): number | null {
  const brut = process.env.RECOUVREMENT_FC_SEED;
  if (brut === undefined || brut === '') return GRAINE_FIXE;
  if (brut === 'aleatoire' || brut === 'random') return null;
  const g = Number(brut);
  if (!Number.isInteger(g) || g < -(2 ** 31) || g >= 2 ** 32) throw new Error(`RECOUVREMENT_FC_SEED must be a 32-bit integer or "aleatoire", not ${JSON.stringify(brut)}`);
  return g | 0;
}

/** A random 32-bit seed (fast-check's own default draws one the same way). */
export function graineAleatoire(): number {
  return (Math.random() * 2 ** 32) | 0;
}
