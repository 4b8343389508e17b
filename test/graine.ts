// Vitest global setup: chooses the fast-check seed once per run (vitest.config.ts `globalSetup`), prints it,
// and hands it to every worker (`inject('graineFastCheck')` in test/setup.ts). Printed here, in the main
// process, because the console is forbidden inside tests.
import type { TestProject } from 'vitest/node';
import { GRAINE_FIXE, graineAleatoire, graineDemandee, runs, RUNS_PAR_DEFAUT } from './proprietes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fast-check seed of this run. */
    graineFastCheck: number;
  }
}

export default function graine(projet: TestProject): void {
  const demandee = graineDemandee();
  const g = demandee ?? graineAleatoire();
  const origine = demandee === null ? 'random' : demandee === GRAINE_FIXE ? 'fixed' : 'from RECOUVREMENT_FC_SEED';
  const echelle = runs(1) === 1 ? '' : `, runs ×${runs(1)} (default ${runs(RUNS_PAR_DEFAUT)})`;
  process.stdout.write(`fast-check seed ${g} (${origine}${echelle}); replay with RECOUVREMENT_FC_SEED=${g}\n`);
  projet.provide('graineFastCheck', g);
}
