// Child process of machine.fuzz.test.ts (issue 12): drives creerDossier / avancerDossier / lireDossier and
// the raw XState machine with hostile values. XState rethrows an actor's error asynchronously, where no
// try/catch reaches it: only a separate process can show that nothing does. Prints one JSON line
// `{ appels, erreurs }` and exits 0 when the process survived, every failure was a RecouvrementError with a
// known code, and no actor reached status 'error'; any other exit is a failure.
import fc from 'fast-check';
import { createActor } from 'xstate';
import { CODES_ERREUR, RecouvrementError } from '../../src/index.js';
import { avancerDossier, creerDossier, lireDossier, machineRecouvrement, prochainesActions, type EntreeMachine } from '../../src/machine/index.js';
import { hostile } from './hostile.js';
import { runs } from '../proprietes.js';

const graine = Number(process.env.RECOUVREMENT_FC_SEED ?? 20261205);
const CODES = new Set<string>(Object.values(CODES_ERREUR));
const entree: EntreeMachine = {
  creance: { id: 'F1', numeroFacture: 'F-1', montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
  debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
};
const valide = creerDossier(entree);
const avance = avancerDossier(valide, [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }, { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-01' }], { aujourdhui: '2025-03-20' }).dossier;
let appels = 0;
let erreurs = 0;

function appeler(f: () => unknown): void {
  appels++;
  const debut = Date.now();
  try {
    f();
  } catch (e) {
    if (!(e instanceof RecouvrementError) || !CODES.has(e.code)) throw new Error(`exception étrangère : ${String(e)}`, { cause: e });
    erreurs++;
  } finally {
    // A call that takes long is a denial of service on a nightly batch: report it (the test fails on stderr).
    if (Date.now() - debut > 5000) console.error('LENT', Date.now() - debut, 'ms', f.toString().slice(0, 120));
  }
}

/** A valid event with one field replaced by a hostile value. */
const evenementCorrompu = fc.tuple(
  fc.constantFrom<Record<string, unknown>>(
    { type: 'PAIEMENT_RECU', date: '2025-03-05', montant: '100.00' },
    { type: 'RELANCE_ENVOYEE', date: '2025-03-05', canal: 'email' },
    { type: 'PROCEDURE_ENGAGEE', date: '2025-03-05', procedure: 'injonction-de-payer' },
    { type: 'PAIEMENT_ANNULE', date: '2025-03-05', reference: 'VIR-1' },
    { type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-03-05', dateBodacc: '2025-03-04' },
    { type: 'ECHEANCIER_ACCEPTE', date: '2025-03-05', echeances: [{ date: '2025-04-01', montant: '600.00' }] },
    { type: 'JOUR', date: '2025-03-06' },
  ),
  fc.constantFrom('type', 'date', 'montant', 'canal', 'procedure', 'dateBodacc', 'echeances', 'reference', '__proto__'),
  hostile,
).map(([e, k, v]) => ({ ...e, [k]: v }));
const evenement = fc.oneof(hostile, evenementCorrompu);
/** A dossier with one context field, or a top-level field, replaced by a hostile value. */
const dossierCorrompu = fc.tuple(fc.constantFrom(valide, avance), fc.boolean(), fc.string({ maxLength: 12 }), fc.constantFrom('value', 'status', 'version', 'format', 'context', 'historyValue', 'children', 'paiements', 'dateCourante', 'dossier', 'scenario', 'creance', 'imputation', 'procedure'), hostile).map(
  ([d, racine, _s, k, v]) => (racine || ['value', 'status', 'version', 'format', 'historyValue', 'children'].includes(k) ? { ...d, [k]: v } : { ...d, context: { ...d.context, [k]: v } }),
);

const actifs: { getSnapshot(): { status: string } }[] = [];
fc.assert(
  fc.property(hostile, dossierCorrompu, fc.array(evenement, { maxLength: 5 }), hostile, (h, d, evenements, jour) => {
    appeler(() => creerDossier(h as never));
    appeler(() => creerDossier({ ...entree, creance: { ...entree.creance, montantTTC: h } } as never));
    appeler(() => lireDossier(h));
    appeler(() => lireDossier(d));
    appeler(() => lireDossier(JSON.stringify(d, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))));
    appeler(() => avancerDossier(d as never, evenements, { aujourdhui: '2025-04-01' }));
    appeler(() => avancerDossier(avance, evenements, { aujourdhui: jour as never }));
    appeler(() => avancerDossier(avance, evenements, { aujourdhui: '2025-04-01' }));
    appeler(() => creerDossier(entree, { baremes: h } as never));
    appeler(() => creerDossier(entree, h as never));
    appeler(() => avancerDossier(avance, [], { aujourdhui: '2025-04-01', baremes: h } as never));
    appeler(() => avancerDossier(avance, h as never, { aujourdhui: '2025-04-01' }));
    appeler(() => avancerDossier(avance, [], h as never));
    appeler(() => prochainesActions(d as never, '2025-04-01'));
    // The raw machine: hostile input, hostile events, hostile restored snapshots.
    const debutBrut = Date.now();
    for (const options of [{ input: h }, { input: { ...entree, creance: { ...entree.creance, dateEcheance: h } } }, { snapshot: d }]) {
      appels++;
      const a = createActor(machineRecouvrement, options as never);
      a.start();
      // XState's own `send` reads `event.type` before the machine sees it: a non-object there is a synchronous
      // TypeError at the caller's line (TypeScript refuses it); objects, however hostile, reach the machine.
      if (a.getSnapshot().status === 'active') for (const e of evenements) if (typeof e === 'object' && e !== null) a.send(e as never);
      actifs.push(a);
      if (a.getSnapshot().status === 'error') throw new Error(`acteur en erreur : ${String((a.getSnapshot() as { error?: unknown }).error)}`);
    }
    if (Date.now() - debutBrut > 5000) console.error('LENT (machine brute)', Date.now() - debutBrut, 'ms');
  }),
  { numRuns: runs(Number(process.env.FUZZ_MACHINE_RUNS ?? 150)), seed: graine },
);

// XState reports an actor's error on a timer: wait for it before declaring victory.
setTimeout(() => {
  const enErreur = actifs.filter((a) => a.getSnapshot().status === 'error').length;
  if (enErreur > 0) throw new Error(`${enErreur} acteurs en erreur`);
  console.log(JSON.stringify({ appels, erreurs }));
}, 50);
