/* global module */
/**
 * Size budgets (issue #7), checked by `npm test`. size-limit always leaves the peer dependencies out of a
 * bundle; an integrator's bundler does not, so every check below puts zod back in (`avecZod`): these are the
 * sizes an application pays when it imports the library and nothing else. xstate stays out of the machine's
 * (the budget is "without xstate itself").
 *
 * Session 3 raised the whole-entry budgets (60 → 90 kB, machine 25 → 32 kB) for what the main entry gained:
 * the statement of what is owed, the relevé, the tables' readers and file format, the e-invoicing statuses and
 * CDAR reader, French holidays, strict input checks (docs/performance.md, "Size budgets", has the breakdown).
 * Session 4 raised them again (90 → 98 kB, machine 32 → 38 kB) for invoices in instalments, reversed payments,
 * indexed rates and the clause pénale, accessories-only claims, letters with sums "à échoir", holds and
 * promises, dunning per debtor and letters built from dossiers (docs/performance.md, "Bundle size").
 * The penalty paths keep their 20 kB budget: an application that imports only a calculator pays only for it.
 */
/** Bundles zod (a peer) like an application bundler would; keeps `garder` external. */
const avecZod =
  (...garder) =>
  (config) => ({ ...config, external: garder });

module.exports = [
  {
    name: "import { calculerPenalitesRetard } from 'recouvrement' (with all its dependencies, zod included if used)",
    path: 'dist/index.js',
    import: '{ calculerPenalitesRetard }',
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: avecZod(),
  },
  {
    name: "import { calculerPenalitesRetardLot } from 'recouvrement' (with all its dependencies, zod included if used)",
    path: 'dist/index.js',
    import: '{ calculerPenalitesRetardLot }',
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: avecZod(),
  },
  {
    name: "the whole main entry 'recouvrement', zod included",
    path: 'dist/index.js',
    import: '*',
    limit: '98 KB',
    gzip: true,
    modifyEsbuildConfig: avecZod(),
  },
  {
    name: "'recouvrement/machine': its own code and the zod it uses; without xstate, and without the core it imports from 'recouvrement' (the main entry above)",
    path: 'dist/machine.js',
    import: '*',
    limit: '38 KB',
    gzip: true,
    modifyEsbuildConfig: avecZod('xstate', 'recouvrement'),
  },
  {
    name: "'recouvrement/machine' with the core it uses and zod, without xstate (informational: no budget)",
    path: 'dist/machine.js',
    import: '*',
    gzip: true,
    modifyEsbuildConfig: avecZod('xstate'),
  },
];
