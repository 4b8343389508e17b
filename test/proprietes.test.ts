// The fast-check settings of a run (test/proprietes.ts, test/graine.ts, test/setup.ts): one seed for every
// property, fixed in `npm test`, and runs scaled by the explorer's factor.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { GRAINE_FIXE, runs, RUNS_PAR_DEFAUT } from './proprietes.js';

describe('fast-check settings of the run', () => {
  it('every property uses the seed chosen once for the run (printed by the global setup)', () => {
    expect(fc.readConfigureGlobal().seed).toBe(inject('graineFastCheck'));
  });

  it.runIf((process.env.RECOUVREMENT_FC_SEED ?? '') === '')('without RECOUVREMENT_FC_SEED (npm test), the seed is the fixed one', () => {
    expect(inject('graineFastCheck')).toBe(GRAINE_FIXE);
  });

  it('a property without numRuns gets the default runs scaled like runs(n)', () => {
    expect(fc.readConfigureGlobal().numRuns).toBe(runs(RUNS_PAR_DEFAUT));
    expect(runs(300)).toBe(300 * runs(1));
  });

  it('no property sets a bare numRuns (it would ignore the explorer factor): they write runs(n)', () => {
    const racine = fileURLToPath(new URL('../', import.meta.url));
    const fichiers = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fichiers(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []));
    const nus = ['src', 'test']
      .flatMap((d) => fichiers(path.join(racine, d)))
      .filter((f) => /numRuns:\s*\d/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(racine, f));
    expect(nus).toEqual([]);
  });
});
