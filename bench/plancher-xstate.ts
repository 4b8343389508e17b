/**
 * XState's own floor on this machine (issue 12, item 6): how many events per second XState itself processes
 * when the machine around it costs nothing, next to the library's machine on the same events — so that a
 * target in events per second can be compared with what any XState chart can do here.
 *
 * Three machines receive the same eight events per claim (`JOUR`, reminder by e-mail, `JOUR`, reminder by
 * LRAR, `JOUR`, mise en demeure, `JOUR`, payment: the mix of `bench/machine.ts`), timed in alternation
 * (`comparer`: both sides of a round see the same load):
 *
 * - **plancher 1**: XState alone — one atomic state, the library's own initial context for the claim (same
 *   keys, same size, taken from `machineRecouvrement`'s initial snapshot), one `assign` per event doing the
 *   least the library's machine does for every accepted event: move the date and append the event to the
 *   dossier de preuve (`enregistrer`). No validation, no law.
 * - **plancher 2**: the same plus one eventless transition whose guard reads the context (the library's
 *   machine has such checks after every event: claim settled, prescription, deadlines), never taken.
 * - **la machine**: `machineRecouvrement` itself.
 *
 * Actors are created and started before the timing (untimed), so the figures are per event, transitions
 * only. No library code runs in the two floors: they are what XState costs here, not what the library could
 * reach.
 */
import { assign, createActor, setup, type AnyStateMachine } from 'xstate';
import { cibles, comparer, duree } from './outils.js';
import { formaterDate, lireDate } from '../src/socle/date-iso.js';

interface Acteur {
  start(): Acteur;
  send(e: Record<string, unknown>): void;
  getSnapshot(): { context: unknown };
  stop(): void;
}
type Evenement = Record<string, unknown> & { type: string; date: string };
interface ContexteMinimal {
  dateCourante: string;
  dossier: { date: string; type: string; donnees: Record<string, unknown> }[];
  paiements: unknown[];
}

/** The floor machines: XState, the library's context shape, one recording `assign` per event (and one eventless check). */
function planchers(contexte: ContexteMinimal): { plancher1: AnyStateMachine; plancher2: AnyStateMachine } {
  const base = setup({
    types: { context: {} as ContexteMinimal, events: {} as Evenement },
    actions: {
      enregistrer: assign(({ context, event }) => ({
        dateCourante: context.dateCourante > event.date ? context.dateCourante : event.date,
        dossier: [...context.dossier, { date: event.date, type: event.type, donnees: {} }],
      })),
    },
    guards: { solde: ({ context }) => context.paiements.length > 1_000 },
  });
  const sur = { JOUR: { actions: 'enregistrer' }, RELANCE_ENVOYEE: { actions: 'enregistrer' }, MISE_EN_DEMEURE_ENVOYEE: { actions: 'enregistrer' }, PAIEMENT_RECU: { actions: 'enregistrer' } } as const;
  return {
    plancher1: base.createMachine({ context: () => ({ ...contexte }), initial: 'suivi', states: { suivi: { on: sur } } }) as unknown as AnyStateMachine,
    plancher2: base.createMachine({
      context: () => ({ ...contexte }),
      initial: 'suivi',
      states: { suivi: { always: [{ guard: 'solde', target: 'soldee' }], on: sur }, soldee: { type: 'final' } },
    }) as unknown as AnyStateMachine,
  };
}

/**
 * Times the floors against the library's machine (`machine`, from the build) on `n` claims, `tours` rounds,
 * and prints events per second and the machine's share of each floor.
 */
export function benchPlancherXState(machine: unknown, n: number, tours: number): void {
  const debiteur = { id: 'D1', type: 'professionnel', denomination: 'Débiteur SAS', pays: 'FR' };
  const base = lireDate('2025-01-15');
  const claims = Array.from({ length: n }, (_, i) => {
    const facture = base + (i % 300);
    const echeance = facture + 30;
    const montant = `${1000 + (i % 5000)}.00`;
    const d = (k: number) => formaterDate(echeance + k);
    const creance = { id: `C${i}`, numeroFacture: `F-${i}`, montantTTC: montant, dateFacture: formaterDate(facture), dateEcheance: formaterDate(echeance), paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };
    const evenements: Evenement[] = [
      { type: 'JOUR', date: d(1) },
      { type: 'RELANCE_ENVOYEE', date: d(2), canal: 'email' },
      { type: 'JOUR', date: d(15) },
      { type: 'RELANCE_ENVOYEE', date: d(16), canal: 'lrar' },
      { type: 'JOUR', date: d(30) },
      { type: 'MISE_EN_DEMEURE_ENVOYEE', date: d(31), delaiJours: 8 },
      { type: 'JOUR', date: d(40) },
      { type: 'PAIEMENT_RECU', date: d(45), montant },
    ];
    return { input: { creance, debiteur }, evenements };
  });
  const creer = (m: unknown, input?: unknown): Acteur => (createActor as unknown as (m: unknown, o: unknown) => Acteur)(m, input === undefined ? {} : { input }).start();
  // The library's own initial context (same keys and size) for the floors.
  const contexte = creer(machine, claims[0]!.input).getSnapshot().context as ContexteMinimal;
  const { plancher1, plancher2 } = planchers(contexte);
  const evenements = n * 8;

  /** One round on `m`: actors created untimed, then only the sends are timed (returned by `comparer`'s closure). */
  const tour = (m: unknown, avecEntree: boolean) => {
    const acteurs = claims.map((c) => creer(m, avecEntree ? c.input : undefined));
    return () => {
      for (const [i, c] of claims.entries()) for (const e of c.evenements) acteurs[i]!.send(e);
      return acteurs.length;
    };
  };
  // Fresh actors each round: a round sends each claim's events once. `comparer` calls each side once to warm
  // up and then `tours` times: each call gets its own actors, prepared here untimed.
  const prepare = (m: unknown, avecEntree: boolean) => {
    const lots = Array.from({ length: tours + 1 }, () => tour(m, avecEntree));
    let k = 0;
    return () => lots[k++]!();
  };
  const c1 = comparer(evenements, evenements, tours, prepare(machine, true), prepare(plancher1, false));
  const c2 = comparer(evenements, evenements, tours, prepare(machine, true), prepare(plancher2, false));
  const parS = (ns: number) => Math.round(1e9 / ns);
  const f = (x: number) => x.toLocaleString('fr-FR');
  console.log(
    `plancher XState (transitions seules, ${f(n)} créances × 8 événements, ${tours} tours alternés) : ` +
      `plancher 1 (un état, le contexte de la bibliothèque, un assign par événement) ${f(parS(c1.b.ns))}/s (${duree(c1.b.ns)} par événement) ; ` +
      `plancher 2 (+ une transition sans événement gardée) ${f(parS(c2.b.ns))}/s (${duree(c2.b.ns)}) ; ` +
      `la machine ${f(parS(c1.a.ns))}/s et ${f(parS(c2.a.ns))}/s dans les mêmes tours, soit ${c1.ratio.toFixed(2)} × et ${c2.ratio.toFixed(2)} × le temps du plancher 1 et 2 (médiane des rapports par tour)`,
  );
  cibles.push({
    nom: 'plancher XState (un assign + une garde sans événement)',
    mesure: `${f(parS(c2.b.ns))}/s`,
    cible: 'repère : plafond de toute machine XState ici',
    tenue: null,
  });
}
