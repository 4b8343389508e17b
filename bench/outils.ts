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
  /** Median nanoseconds per item. */
  readonly ns: number;
  /** Every run, in ns per item. */
  readonly runs: readonly number[];
}

/**
 * Runs `f` once to warm up, then `repetitions` times after a GC, and returns the median time per item
 * (`n` items per run).
 */
export function mesurer(n: number, repetitions: number, f: () => unknown): Mesure {
  let puits: unknown = f();
  const runs: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    ramasser();
    const t = process.hrtime.bigint();
    puits = f();
    runs.push(Number(process.hrtime.bigint() - t) / n);
  }
  if (puits === Symbol.for('jamais')) console.log(''); // keep the result alive
  return { ns: mediane(runs), runs };
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
