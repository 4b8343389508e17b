// Hostile input on every public function (issue 8, item 1). Every function exported by src/index.ts is
// called with arbitrary values (fc.anything(), malformed strings, extreme numbers, `__proto__` keys), and
// those listed in ./cibles.ts also with almost-valid inputs. For every call, with the arguments deep-frozen:
// - the only failure allowed is a RecouvrementError with a known code;
// - the result holds no NaN or ±Infinity (numbers, or strings the input did not contain);
// - the arguments are unchanged; no built-in prototype is polluted.
// New exports are picked up automatically; add an entry to ./cibles.ts to reach deeper code.
import fc from 'fast-check';
import { runs } from '../proprietes.js';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { VALIDES } from './cibles.js';
import { appelSur, chaines, defautPrototypes, defautSortie, gelerTout, hostile, presqueValide } from './hostile.js';

type Fonction = (...a: unknown[]) => unknown;

/** The shipped tables as they were before any fuzzing: no call may change them. */
const TABLES_AVANT = JSON.stringify(api.baremesParDefaut);

const EXPORTS = Object.entries(api as Record<string, unknown>);
/** Functions, except the error class (a constructor, tested by its own suite). */
const FONCTIONS = EXPORTS.filter(([nom, v]) => typeof v === 'function' && nom !== 'RecouvrementError') as [string, Fonction][];
/** zod schemas (anything with `safeParse`). */
const SCHEMAS = EXPORTS.filter(([, v]) => typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse === 'function') as [
  string,
  { safeParse: (x: unknown) => { success: boolean; data?: unknown } },
][];

function verifier(nom: string, f: Fonction, args: unknown[]): void {
  const { defaut } = appelSur(f, args);
  if (defaut !== null) {
    let montre: string;
    try {
      montre = JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)).slice(0, Number(process.env.FUZZ_TRACE_LONGUEUR ?? 400));
    } catch {
      montre = String(args);
    }
    expect.fail(`${nom}: ${defaut} — arguments ${montre}`);
  }
}

describe('the harness sees the public API', () => {
  it('finds the calculators, parsers and schemas among the exports', () => {
    const noms = FONCTIONS.map(([n]) => n);
    for (const n of ['calculerPenalitesRetard', 'calculerInteretsLegaux', 'etendreBaremes', 'lireEuros', 'parseCreance']) expect(noms).toContain(n);
    expect(SCHEMAS.map(([n]) => n)).toContain('creanceSchema');
  });

  it('every almost-valid generator names a real exported function', () => {
    const noms = new Set(FONCTIONS.map(([n]) => n));
    for (const n of Object.keys(VALIDES)) expect(noms.has(n), n).toBe(true);
  });

  it('detects what it must detect (so that the fuzzing below can fail)', () => {
    expect(appelSur(() => Number.NaN, []).defaut).toMatch(/NaN/);
    expect(appelSur(() => ({ montant: 'NaN.00' }), []).defaut).toMatch(/NaN/);
    expect(appelSur(() => { throw new TypeError('x'); }, []).defaut).toMatch(/foreign/);
    expect(appelSur((o) => { (o as { a: number }).a = 2; }, [{ a: 1 }]).defaut).toMatch(/foreign|mutated/);
    expect(appelSur((m) => { (m as Map<number, number>).set(1, 1); }, [new Map()]).defaut).toMatch(/mutated/);
    const avant = defautPrototypes();
    (Object.prototype as Record<string, unknown>).polluted = 'oui';
    try {
      expect(defautPrototypes()).toMatch(/polluted|modified/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(avant).toBeNull();
    expect(defautSortie({ texte: 'NaN' }, chaines(['NaN']))).toBeNull(); // an echoed input is not a computed NaN
  });
});

describe('every exported function survives arbitrary values', () => {
  it.each(FONCTIONS)('%s', (nom, f) => {
    const arite = Math.max(f.length, 1);
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 0, maxLength: arite + 1 }), (args) => verifier(nom, f, args)),
      { numRuns: runs(150) },
    );
  });

  it.each(FONCTIONS)('%s with `__proto__` / `constructor` keys in every argument', (nom, f) => {
    const poison = () => JSON.parse('{"__proto__": {"polluted": "oui"}, "constructor": {"prototype": {"polluted": "oui"}}}') as unknown;
    verifier(nom, f, [poison(), poison(), poison()]);
  });
});

describe('functions with a known input shape survive almost-valid input', () => {
  it.each(Object.entries(VALIDES))('%s', (nom, valides) => {
    const f = (api as Record<string, unknown>)[nom] as Fonction;
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: valides }, { weight: 3, arbitrary: presqueValide(valides) }), (args) => verifier(nom, f, args)),
      { numRuns: runs(250) },
    );
  });
});

describe('zod schemas never throw from safeParse and never yield NaN', () => {
  it.each(SCHEMAS)('%s', (nom, schema) => {
    fc.assert(
      fc.property(hostile, (x) => {
        gelerTout(x);
        let r: { success: boolean; data?: unknown } | undefined;
        try {
          r = schema.safeParse(x);
        } catch (e) {
          expect.fail(`${nom}.safeParse threw ${String(e)}`);
        }
        if (r.success) expect(defautSortie(r.data, chaines(x))).toBeNull();
        expect(defautPrototypes()).toBeNull();
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('after the fuzzing', () => {
  it('the shipped tables (baremesParDefaut) are unchanged', () => {
    const apres = JSON.stringify(api.baremesParDefaut);
    let i = 0;
    while (i < apres.length && apres[i] === TABLES_AVANT[i]) i++;
    expect(apres.slice(Math.max(0, i - 200), i + 200), 'first difference').toBe(TABLES_AVANT.slice(Math.max(0, i - 200), i + 200));
    expect(apres).toBe(TABLES_AVANT);
  });
});
