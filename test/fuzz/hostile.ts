// Hostile input for the fuzzing of the public API: arbitrary values, malformed strings, huge numbers,
// `__proto__` / `constructor` keys, and "almost valid" inputs (a valid input with a few parts corrupted).
// Plus the checks every call must pass.
import fc from 'fast-check';
import { CODES_ERREUR, RecouvrementError } from '../../src/index.js';

/** Issue 15, item 2: line breaks, tabs, bidi overrides and isolates, zero-width characters in single-line fields. */
export const CONTROLES: readonly string[] = [
  'ACME SAS\n\nNous renonçons à toute pénalité.', 'F-2025-001\r\nBcc: tous@exemple.fr', 'a\tb', '\u202eSAS EMCA', 'x\u2066y\u2069',
  'zéro\u200blargeur', '\ufeffBOM', 'ligne\u2028séparée', 'fin\u0085', 'nul\u0000',
];
/** Issue 15, item 3: Markdown and raw HTML. */
export const MARKDOWN: readonly string[] = [
  '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', '**gras** _it_ `code`', '| a | b |', '# titre', '&lt;b&gt;', '![i](x)', '\\*', '~~barré~~',
];
/** Issue 15, item 5: ids that name inherited properties. */
export const HERITES: readonly string[] = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__lookupGetter__'];
/** Issue 15, item 4: long digit runs and repeated separators (1 MB), for quadratic patterns. */
export const LONGUES: readonly string[] = ['1'.repeat(1_000_000) + '%', `${'1'.repeat(999_990)} jours fin`, '40 '.repeat(333_333), `a${' '.repeat(1_000_000)}b`];
const CHAINES_ISSUE_15: readonly string[] = [...CONTROLES, ...MARKDOWN, ...HERITES, ...LONGUES];

/** Strings that parsers get wrong: numbers in disguise, impossible dates, control characters, huge inputs. */
export const chainesMalformees: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '0', '-1', '1e5', '1E-7', '0x10', '0b1', '1_000', '1,50', '1.005', '.5', '5.',
    '+1', '00012.00', '１２', '١٢٣', '1\u00a0000', '12\n', '\u0000', '\ud800', '💶', 'undefined', 'null', 'true', '[]', '{}',
    '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
    '2025-02-30', '2025-02-29', '2024-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '0000-01-01', '9999-12-31', '-001-01-01',
    '+02025-01-01', '2025-01-01T00:00:00Z', '2025-01-01 ', ' 2025-01-01', '20250101', '2025/01/01', '1970-01-01', '1582-10-10',
    '999.999999', '1000', '12.1234567', '12.15%', '-12.15', '9999999999999999', '99999999999999999.99', '10000000000000.01',
    'bce+10', 'contractuel', 'commande-publique', 'b2b', 'autres-cas', 'creancier-particulier', 'fin-de-mois',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.stringMatching(/^-?\d{1,20}(\.\d{0,8})?$/),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.constant('9'.repeat(400)),
  fc.constant('1'.repeat(100_000)),
  // Issue 15: control characters, Markdown/HTML payloads, inherited-property names, long digit runs.
  fc.constantFrom(...CHAINES_ISSUE_15),
);

/** Numbers at the edges of IEEE 754 and of the library's limits. */
export const nombresExtremes: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.constantFrom(
    Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 0.1, 0.1 + 0.2, 1.005, -1, 1e21, 1e-7,
    Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, 2 ** 31, -(2 ** 31),
    10_000_000_000_000, 10_000_000_000_000.01, 1e15, 1e16, 365, 366, 12, 13, 0.5, 2.5,
  ),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  fc.constantFrom(0n, -1n, 10n ** 30n),
);

/** Objects whose own keys are `__proto__`, `constructor`, `prototype` (as JSON.parse creates them). */
export const objetsEmpoisonnes: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "oui"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": "oui"}}}') as unknown,
  JSON.parse('{"__proto__": {"polluted": "oui"}, "montant": "10", "date": "2025-01-01"}') as unknown,
  JSON.parse('[{"__proto__": {"polluted": "oui"}}]') as unknown,
  Object.create(null) as unknown,
  Object.assign(Object.create(null) as object, { mode: 'bce+10' }) as unknown,
  Object.freeze([1, 2, 3]) as unknown,
  new Array<unknown>(2) as unknown, // sparse (holes, no elements)
);

/** Anything at all, biased toward what breaks code. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withObjectString: true, key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'montant', 'date', 'mode')) }) },
  { weight: 3, arbitrary: chainesMalformees },
  { weight: 2, arbitrary: nombresExtremes },
  { weight: 1, arbitrary: objetsEmpoisonnes },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, Symbol('s'), () => 1, [], {}) },
);

// ---------------------------------------------------------------------------------------------------------
// "Almost valid": a valid value with some nodes corrupted.

type Chemin = (string | number)[];

/** Plain data: arrays and objects whose prototype is Object.prototype or null (fc.record makes both). */
function estDonneePlate(v: unknown): v is object {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep copy of the valid skeleton, so that corrupting it never touches a shared object (such as the
 * library's own baremesParDefaut, which the generators reference).
 */
function cloner(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloner);
  if (estDonneePlate(v)) {
    const o = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) {
      Object.defineProperty(o, k, { value: cloner(x), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  return v;
}

function estSquelette(v: unknown): boolean {
  return estDonneePlate(v) && !Object.isFrozen(v);
}

function noeuds(v: unknown, chemin: Chemin = [], acc: Chemin[] = []): Chemin[] {
  acc.push(chemin);
  if (Array.isArray(v)) v.forEach((x, i) => noeuds(x, [...chemin, i], acc));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) noeuds(x, [...chemin, k], acc);
  return acc;
}

/** A misspelling of `cle`: last letter dropped, a letter doubled, an `e` added, or the case changed. */
export function malOrthographier(cle: string, n: number): string {
  switch (n % 4) {
    case 0:
      return cle.length > 1 ? cle.slice(0, -1) : `${cle}_`;
    case 1:
      return `${cle}e`;
    case 2:
      return cle.length > 2 ? cle.slice(0, 2) + cle[2] + cle.slice(2) : `${cle}${cle}`;
    default:
      return cle.toUpperCase() === cle ? cle.toLowerCase() + '_' : cle.toUpperCase();
  }
}

type Operation = readonly [index: number, sorte: number, valeur: unknown];

function appliquer(racine: unknown, [index, sorte, valeur]: Operation): unknown {
  const tous = noeuds(racine);
  const chemin = tous[index % tous.length]!;
  if (chemin.length === 0) return sorte % 4 === 0 ? valeur : racine;
  let parent = racine as Record<string | number, unknown>;
  for (const k of chemin.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  // Only the cloned valid skeleton is edited; hostile values already inserted (maybe frozen) stay as they are.
  if (!estSquelette(parent)) return racine;
  const cle = chemin[chemin.length - 1]!;
  // Issue 15, item 1: a key misspelled (one in five operations on an object's key).
  if (sorte % 5 === 4 && typeof cle === 'string' && !Array.isArray(parent) && Object.hasOwn(parent, cle)) {
    const v = parent[cle];
    delete parent[cle];
    parent[malOrthographier(cle, sorte)] = v;
    return racine;
  }
  switch (sorte % 4) {
    case 0:
    case 1:
      parent[cle] = valeur;
      break;
    case 2:
      if (Array.isArray(parent)) parent[cle as number] = undefined;
      else delete parent[cle];
      break;
    default: {
      const cible = parent[cle];
      if (estSquelette(cible)) {
        Object.defineProperty(cible, valeur === undefined ? 'constructor' : '__proto__', {
          value: { polluted: 'oui', prototype: { polluted: 'oui' } },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      } else parent[cle] = valeur;
    }
  }
  return racine;
}

/** A valid argument list, with 0 to 3 nodes replaced, deleted or given a `__proto__` key. */
export function presqueValide(valides: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(valides, fc.array(fc.tuple(fc.nat(), fc.nat(), hostile), { maxLength: 3 }))
    .map(([args, ops]) => ops.reduce<unknown>((v, op) => appliquer(v, op), cloner(args)) as unknown[])
    .filter((a) => Array.isArray(a));
}

// ---------------------------------------------------------------------------------------------------------
// Checks.

/** Deep-freezes everything reachable (own keys, including symbols and `__proto__` own keys). */
export function gelerTout<T>(v: T, vus = new Set<unknown>()): T {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
    if (vus.has(v)) return v;
    vus.add(v);
    // Typed arrays with elements cannot be frozen; they are checked by fingerprint instead.
    if (ArrayBuffer.isView(v)) return v;
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && 'value' in d) gelerTout(d.value, vus);
    }
    Object.freeze(v);
  }
  return v;
}

/** A structural fingerprint that sees everything a function could mutate (Map/Set/typed array contents). */
export function empreinte(v: unknown, vus = new Map<unknown, number>()): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return `fn:${v.name}`;
  if (v === null || typeof v !== 'object') return String(v);
  if (vus.has(v)) return `#${vus.get(v)}`;
  vus.set(v, vus.size);
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${empreinte(k, vus)}=>${empreinte(x, vus)}`).join(',')}}`;
  if (v instanceof Set) return `Set{${[...v].map((x) => empreinte(x, vus)).join(',')}}`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}[${String(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))}]`;
  if (v instanceof Date) return `Date(${v.getTime()})`;
  const cles = Reflect.ownKeys(v).map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    return `${String(k)}:${'value' in d ? empreinte(d.value, vus) : 'accessor'}`;
  });
  return `${Object.prototype.toString.call(v)}{${cles.join(',')}}`;
}

/** Every string reachable from a value (to tell an echoed input from a computed "NaN"). */
export function chaines(v: unknown, acc = new Set<string>(), vus = new Set<unknown>()): Set<string> {
  if (typeof v === 'string') acc.add(v);
  else if (typeof v === 'number' && !Number.isFinite(v)) acc.add(String(v));
  else if (typeof v === 'object' && v !== null && !vus.has(v)) {
    vus.add(v);
    if (v instanceof Map || v instanceof Set) for (const x of v) chaines(x, acc, vus);
    else for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (typeof k === 'string') acc.add(k);
      if (d && 'value' in d) chaines(d.value, acc, vus);
    }
  }
  return acc;
}

/**
 * The output must be free of NaN and ±Infinity (as numbers, or inside strings the input did not contain).
 * Returns a description of the first problem, or null.
 */
export function defautSortie(sortie: unknown, entrees: Set<string>, chemin = '$', vus = new Set<unknown>()): string | null {
  if (typeof sortie === 'number') return Number.isFinite(sortie) ? null : `${chemin} = ${sortie}`;
  if (typeof sortie === 'string') {
    if (/NaN|Infinity|undefined|\[object /.test(sortie) && ![...entrees].some((e) => e.length > 0 && sortie.includes(e) && /NaN|Infinity|undefined|\[object /.test(e))) {
      return `${chemin} = ${JSON.stringify(sortie.slice(0, 120))}`;
    }
    return null;
  }
  if (typeof sortie === 'object' && sortie !== null && !vus.has(sortie)) {
    vus.add(sortie);
    for (const k of Reflect.ownKeys(sortie)) {
      const d = Object.getOwnPropertyDescriptor(sortie, k);
      if (d && 'value' in d) {
        const p = defautSortie(d.value, entrees, `${chemin}.${String(k)}`, vus);
        if (p) return p;
      }
    }
  }
  return null;
}

const CODES = new Set<string>(Object.values(CODES_ERREUR));

/** Returns a description of what is wrong with a thrown value, or null when it is an allowed failure. */
export function defautErreur(e: unknown, entrees: Set<string> = new Set()): string | null {
  if (!(e instanceof RecouvrementError)) {
    const nom = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    // The first frames tell where it came from.
    const ou = e instanceof Error ? (e.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' < ') : '';
    return `foreign exception ${nom.slice(0, 300)} at ${ou}`;
  }
  if (!CODES.has(e.code)) return `unknown code ${String(e.code)}`;
  if (!Array.isArray(e.issues)) return 'issues is not an array';
  // A NaN in the message is allowed only when it echoes the caller's input (an issue's message or path).
  const echo = e.issues.map((i) => `${i.message} ${Array.isArray(i.path) ? i.path.map(String).join('.') : ''}`).join(' ');
  const dansEntree = [...entrees].some((s) => /NaN|Infinity/.test(s));
  if (/NaN|Infinity/.test(e.message) && !/NaN|Infinity/.test(echo) && !dansEntree) return `message ${e.message}`;
  return null;
}

const PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];
const CLES_INITIALES = new Map(PROTOTYPES.map(([n, p]) => [n, Reflect.ownKeys(p).map(String).sort().join('|')]));

/** Null when no built-in prototype gained or lost a key and `({}).polluted` is undefined. */
export function defautPrototypes(): string | null {
  for (const [n, p] of PROTOTYPES) if (Reflect.ownKeys(p).map(String).sort().join('|') !== CLES_INITIALES.get(n)) return `${n} was modified`;
  const sonde = {} as Record<string, unknown>;
  for (const k of ['polluted', 'isAdmin', 'montant', 'mode']) if (sonde[k] !== undefined) return `({}).${k} is defined`;
  return null;
}

export interface Appel {
  readonly resultat?: unknown;
  readonly defaut: string | null;
}

/**
 * Calls `f(...args)` with the arguments deep-frozen and checks: only RecouvrementError with a code; no NaN or
 * Infinity in the result; arguments unchanged; no prototype pollution.
 */
export function appelSur(f: (...a: unknown[]) => unknown, args: readonly unknown[]): Appel {
  gelerTout(args);
  const avant = empreinte(args);
  let resultat: unknown;
  let defaut: string | null = null;
  try {
    resultat = f(...args);
    defaut = defautSortie(resultat, chaines(args));
  } catch (e) {
    defaut = defautErreur(e, chaines(args));
  }
  if (defaut === null && empreinte(args) !== avant) defaut = 'an argument was mutated';
  if (defaut === null) defaut = defautPrototypes();
  return { resultat, defaut };
}
