/** Timing and reporting helpers for `npm run bench`. */
import { cpus, totalmem, availableParallelism, platform, arch } from 'node:os';

declare const gc: (() => void) | undefined;

/** Collects garbage when node runs with --expose-gc (as `npm run bench` does). */
export function ramasser(): void {
  if (typeof gc === 'function') gc();
}

/** One line describing the machine: CPU model, cores, memory, Node, platform. */
export function machine(): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? 'CPU inconnu'} · ${c.length} cœurs (parallélisme ${availableParallelism()}) · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · ${platform()}-${arch()}`;
}

export function mediane(xs: readonly number[]): number {
  const t = [...xs].sort((a, b) => a - b);
  const m = t.length >> 1;
  return t.length % 2 ? t[m]! : (t[m - 1]! + t[m]!) / 2;
}

export interface Mesure {
  /** Median nanoseconds per item (wall clock). */
  readonly ns: number;
  /** Every run, in ns per item. */
  readonly runs: readonly number[];
  /** Median process CPU time per item (user + system, all threads), in ns. */
  readonly cpu: number;
}

/** One timed run: wall-clock and process CPU nanoseconds per item, after a GC. */
function chronometrer(n: number, f: () => unknown): { ns: number; cpu: number; resultat: unknown } {
  ramasser();
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const resultat = f();
  const ns = Number(process.hrtime.bigint() - t) / n;
  const d = process.cpuUsage(c);
  return { ns, cpu: ((d.user + d.system) * 1000) / n, resultat };
}

/**
 * Runs `f` once to warm up, then `repetitions` times after a GC, and returns the median time per item
 * (`n` items per run).
 */
export function mesurer(n: number, repetitions: number, f: () => unknown): Mesure {
  let puits: unknown = f();
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const m = chronometrer(n, f);
    puits = m.resultat;
    runs.push(m.ns);
    cpu.push(m.cpu);
  }
  if (puits === Symbol.for('jamais')) console.log(''); // keep the result alive
  return { ns: mediane(runs), runs, cpu: mediane(cpu) };
}

/** Two variants timed in alternation, and their ratio. */
export interface Comparaison {
  readonly a: Mesure;
  readonly b: Mesure;
  /** Median over the rounds of (a's time / b's time in the same round), wall clock. */
  readonly ratio: number;
  /** The same on process CPU time. */
  readonly ratioCpu: number;
}

/**
 * Times `a` (over `na` items) and `b` (over `nb` items) in alternation, `repetitions` rounds of a-b-a-b…
 * after one warm-up of each, and takes the ratio of each round. On a shared machine whose load changes
 * from second to second this is much steadier than two medians taken minutes apart: both sides of a round
 * see about the same load.
 */
export function comparer(na: number, nb: number, repetitions: number, a: () => unknown, b: () => unknown): Comparaison {
  let puits: unknown = [a(), b()];
  const ra: number[] = [];
  const rb: number[] = [];
  const ca: number[] = [];
  const cb: number[] = [];
  const ratios: number[] = [];
  const ratiosCpu: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    // Alternate which side goes first, so that neither always follows the other's garbage.
    let x;
    let y;
    if (r % 2 === 0) {
      x = chronometrer(na, a);
      y = chronometrer(nb, b);
    } else {
      y = chronometrer(nb, b);
      x = chronometrer(na, a);
    }
    puits = [x.resultat, y.resultat];
    ra.push(x.ns);
    rb.push(y.ns);
    ca.push(x.cpu);
    cb.push(y.cpu);
    ratios.push(x.ns / y.ns);
    ratiosCpu.push(x.cpu / y.cpu);
  }
  if (puits === Symbol.for('jamais')) console.log('');
  return {
    a: { ns: mediane(ra), runs: ra, cpu: mediane(ca) },
    b: { ns: mediane(rb), runs: rb, cpu: mediane(cb) },
    ratio: mediane(ratios),
    ratioCpu: mediane(ratiosCpu),
  };
}

/** "123 ns", "4.56 µs", "7.89 ms". */
export function duree(ns: number): string {
  if (ns < 1_000) return `${ns.toFixed(0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(2)} µs`;
  if (ns < 1_000_000_000) return `${(ns / 1_000_000).toFixed(1)} ms`;
  return `${(ns / 1_000_000_000).toFixed(2)} s`;
}

export function octets(n: number): string {
  if (n < 1024) return `${n} o`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} Kio`;
  return `${(n / 1024 ** 2).toFixed(0)} Mio`;
}

/** Prints an aligned table. */
export function tableau(lignes: readonly (readonly string[])[]): void {
  const largeurs = lignes[0]!.map((_, c) => Math.max(...lignes.map((l) => (l[c] ?? '').length)));
  for (const [i, l] of lignes.entries()) {
    console.log(l.map((x, c) => (c === 0 ? x.padEnd(largeurs[c]!) : x.padStart(largeurs[c]!))).join('  '));
    if (i === 0) console.log(largeurs.map((w) => '─'.repeat(w)).join('  '));
  }
}

/** A target check, for the summary. */
export interface Cible {
  readonly nom: string;
  readonly mesure: string;
  readonly cible: string;
  /** true = met, false = missed, null = not measured. */
  readonly tenue: boolean | null;
}

export const cibles: Cible[] = [];

/**
 * The dossier bench's eight nights after a claim's due date (day offsets and the events delivered that night):
 * two reminders, a mise en demeure, the payment in full. One mix for `bench/machine.ts` and
 * `bench/versions-machine.ts`, so both measure the same work.
 */
export function nuitsDossier(d: (k: number) => string, montant: string): [number, unknown[]][] {
  return [
    [1, []],
    [2, [{ type: 'RELANCE_ENVOYEE', date: d(2), canal: 'email' }]],
    [15, []],
    [16, [{ type: 'RELANCE_ENVOYEE', date: d(16), canal: 'lrar' }]],
    [30, []],
    [31, [{ type: 'MISE_EN_DEMEURE_ENVOYEE', date: d(31), delaiJours: 8 }]],
    [40, []],
    [45, [{ type: 'PAIEMENT_RECU', date: d(45), montant }]],
  ];
}
