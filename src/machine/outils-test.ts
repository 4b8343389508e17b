// Test helpers for the machine (not exported by the package).
import { expect } from 'vitest';
import { createActor, initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import type { EntreeMachine } from './contexte.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { machineRecouvrement } from './machineRecouvrement.js';

/** A snapshot of the machine. */
export type Instantane = SnapshotFrom<typeof machineRecouvrement>;

/** A B2B claim: 1 200 € due 2025-02-14, contractual, uncontested, delivered 2025-01-15. */
export const creanceB2B: CreanceEntree = {
  id: 'F-2025-001',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateExecution: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};

/** A trader debtor in France. */
export const debiteurPro: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', siren: '732829320', commercant: true };

/** A consumer debtor. */
export const debiteurConso: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };

/** A consumer claim: 300 € due 2025-02-14. */
export const creanceConso: CreanceEntree = { ...creanceB2B, id: 'F-2025-002', numeroFacture: '2025-002', montantTTC: '300.00', nature: 'consommation' };

/** The initial snapshot for an input. */
export function depart(input: Partial<EntreeMachine> = {}): Instantane {
  return initialTransition(machineRecouvrement, { creance: creanceB2B, debiteur: debiteurPro, ...input })[0];
}

/** Plays events with the pure `transition()`. */
export function jouer(s: Instantane, ...evenements: EvenementRecouvrementEntree[]): Instantane {
  let r = s;
  for (const e of evenements) r = transition(machineRecouvrement, r, e)[0];
  return r;
}

/** The persisted form of a snapshot, through JSON. */
export function persister(s: Instantane): unknown {
  return JSON.parse(JSON.stringify(machineRecouvrement.getPersistedSnapshot(s)));
}

/** A snapshot restored from its persisted form (as a host reloading it from its database). */
export function restaurer(persiste: unknown): Instantane {
  return createActor(machineRecouvrement, { snapshot: persiste as Instantane }).getSnapshot();
}

/**
 * Checks that an event is refused: same state, same context but for one more dossier entry
 * `evenement-non-applique` (a refused fact is recorded, never silently dropped). Returns that entry.
 */
export function refuse(s: Instantane, e: unknown): { date: string; type: string; donnees: Record<string, unknown> } {
  const r = transition(machineRecouvrement, s, e as EvenementRecouvrementEntree)[0];
  expect(r.value).toEqual(s.value);
  const { dossier, ...reste } = r.context;
  const { dossier: avant, ...resteAvant } = s.context;
  expect(reste).toEqual(resteAvant);
  expect(dossier.slice(0, -1)).toEqual(avant);
  const derniere = dossier.at(-1)!;
  expect(derniere.type).toBe('evenement-non-applique');
  return derniere as { date: string; type: string; donnees: Record<string, unknown> };
}
