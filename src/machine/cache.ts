/**
 * Internal (issue 12, item 6): the statement of a claim computed once per transition, and once per
 * `avancerDossier` call — never a second computation of what is owed: the one `situationCreance` result is
 * reused for the exact same inputs.
 *
 * The memo lives only inside a *portée* (scope): one call of the machine's `transition` (the guards and
 * actions of one event and its eventless steps), or one `avancerDossier` call (the events, the actions due
 * and the situation returned). Inside it nothing outside the library runs, so a context object cannot change:
 * the key is the context object itself (the machine never mutates one: every change makes a new object),
 * the date, and the tables passed. Outside a scope nothing is remembered, so a host that edits a context it
 * holds between two calls is never given a stale statement. Not exported by the entry.
 */
import type { Baremes } from '../baremes/types.js';
import type { DateISO } from '../socle/date-iso.js';
import type { SituationCreance } from '../situation/types.js';

/**
 * The current scope: the statements computed in it (per context object, per date, per tables passed, `null`
 * for none), and the dossiers the call built itself from checked data (see {@link construitDansLaPortee}).
 */
let portee: { situations: WeakMap<object, Map<string, { baremes: Baremes | null; s: SituationCreance }[]>>; construits: WeakSet<object> } | null = null;

/** Runs `f` inside a scope (the current one when already in one): the statements computed in it are shared. */
export function dansUnePortee<T>(f: () => T): T {
  if (portee !== null) return f();
  portee = { situations: new WeakMap(), construits: new WeakSet() };
  try {
    return f();
  } finally {
    portee = null;
  }
}

/** `calculer()` (the statement of `ctx` at `date` with `baremes`), computed once per scope. */
export function situationUneFois(ctx: object, date: DateISO, baremes: Baremes | undefined, calculer: () => SituationCreance): SituationCreance {
  if (portee === null) return calculer();
  let parDate = portee.situations.get(ctx);
  if (parDate === undefined) {
    parDate = new Map();
    portee.situations.set(ctx, parDate);
  }
  let entrees = parDate.get(date);
  if (entrees === undefined) {
    entrees = [];
    parDate.set(date, entrees);
  }
  const b = baremes ?? null;
  const connue = entrees.find((x) => x.baremes === b);
  if (connue !== undefined) return connue.s;
  // A computation that throws is not remembered (it throws again, the same way, next time).
  const s = calculer();
  entrees.push({ baremes: b, s });
  return s;
}

/**
 * Records a snapshot the current call built itself from checked data (`avancerDossier`'s new dossier): until
 * the call returns, `prochainesActions` does not check it again. Outside a scope, nothing is recorded.
 */
export function construitDansLaPortee(snapshot: object): void {
  portee?.construits.add(snapshot);
}

/** Whether the current call built `snapshot` itself (see {@link construitDansLaPortee}). */
export function construitParCetAppel(snapshot: unknown): boolean {
  return portee !== null && typeof snapshot === 'object' && snapshot !== null && portee.construits.has(snapshot);
}

/**
 * A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, `null`; a property set to
 * `undefined` stays so): what `structuredClone` gives for such data, about eight times cheaper for a
 * scenario — each new dossier copies its scenario (issue 12, item 4).
 */
export function copieJson<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copieJson) as T;
  const r: Record<string, unknown> = {};
  for (const k of Object.keys(v)) r[k] = copieJson((v as Record<string, unknown>)[k]);
  return r as T;
}
