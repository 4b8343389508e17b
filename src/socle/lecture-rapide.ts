/**
 * Internal: allocation-free parsers and formatter for hot loops (the batch path, and the fast path of
 * `lireDate`, `lireEuros`, `formaterEuros`). Each parser accepts a subset of what the strict parser accepts
 * and returns the same value; anything else returns `-1` (`NaN` for `jourRapide`, whose days may be
 * negative), and the caller falls back to the strict parser,
 * which either accepts the value (same result) or builds the error with its path. Property-tested against
 * the strict code in `lecture-rapide.test.ts`.
 */
/** Same value as `CENTIMES_MAX` in euros.ts (no import: euros.ts imports this file; a test pins it). */
const CENTIMES_MAX = 1_000_000_000_000_000;

/** `jourDepuisCivil` (H. Hinnant's days_from_civil) for years ≥ 1, with integer truncations. */
function jour(annee: number, mois: number, j: number): number {
  const y = mois <= 2 ? annee - 1 : annee;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = mois > 2 ? mois - 3 : mois + 9;
  const doy = ((153 * mp + 2) / 5 | 0) + j - 1;
  return era * 146097 + yoe * 365 + (yoe >> 2) - ((yoe / 100) | 0) + doy - 719468;
}

const LONGUEURS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Years of the month table of {@link jourRapide}: 1900 to 2099. */
const AN0 = 1900;
const ANS = 200;

/**
 * `(year − 1900) × 16 + month` → `premier × 32 + longueur`: the epoch day of the month's first day and the
 * month's length packed in one int32 (one load per date; days of 1900–2099 fit in 21 bits with the sign).
 * About 13 KB, built at import (about 2 400 entries).
 */
const MOIS = /* @__PURE__ */ (() => {
  const t = new Int32Array(ANS * 16);
  for (let a = 0; a < ANS; a++) {
    const annee = AN0 + a;
    const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
    for (let m = 1; m <= 12; m++) t[a * 16 + m] = jour(annee, m, 1) * 32 + (m === 2 && bissextile ? 29 : LONGUEURS[m]!);
  }
  return t;
})();

/**
 * Epoch day of a `"YYYY-MM-DD"` string (years 1000–9999, real calendar days: exactly what `lireDate`
 * accepts), or `NaN` for anything else (then `lireDate` decides, and throws). Years 1900–2099 are read from
 * a month table (built at import), others by the formula.
 */
export function jourRapide(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 10) return Number.NaN;
  const a0 = v.charCodeAt(0) - 48;
  const a1 = v.charCodeAt(1) - 48;
  const a2 = v.charCodeAt(2) - 48;
  const a3 = v.charCodeAt(3) - 48;
  const m0 = v.charCodeAt(5) - 48;
  const m1 = v.charCodeAt(6) - 48;
  const j0 = v.charCodeAt(8) - 48;
  const j1 = v.charCodeAt(9) - 48;
  // Unsigned comparison: every char code − 48 must be a digit 0..9.
  if (
    (a0 >>> 0) > 9 || (a1 >>> 0) > 9 || (a2 >>> 0) > 9 || (a3 >>> 0) > 9 ||
    (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (j0 >>> 0) > 9 || (j1 >>> 0) > 9 ||
    v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45
  ) {
    return Number.NaN;
  }
  const annee = a0 * 1000 + a1 * 100 + a2 * 10 + a3;
  const mois = m0 * 10 + m1;
  const j = j0 * 10 + j1;
  if (mois < 1 || mois > 12 || j < 1) return Number.NaN;
  const a = annee - AN0;
  if (a >= 0 && a < ANS) {
    const m = MOIS[a * 16 + mois]!;
    return j <= (m & 31) ? (m >> 5) + j - 1 : Number.NaN;
  }
  return horsTable(annee, mois, j);
}

/** {@link jourRapide} outside 1900–2099, kept apart so that the common path stays short. */
function horsTable(annee: number, mois: number, j: number): number {
  if (annee < 1000) return Number.NaN;
  const max = mois === 2 && ((annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0) ? 29 : LONGUEURS[mois]!;
  return j > max ? Number.NaN : jour(annee, mois, j);
}

/**
 * Epoch day of a `"YYYY-MM-DD"` string from 1970 (a non-negative day), or -1 for anything else (then
 * `lireDate` decides): {@link jourRapide} with -1 as the sentinel, for callers that keep days ≥ 0.
 */
export function dateRapide(v: unknown): number {
  const j = jourRapide(v);
  return j >= 0 ? j : -1;
}

/**
 * Cents of a non-negative amount, or -1 for anything `lireEuros` might reject or read differently
 * (negative signs, numbers with decimals: those take the strict path).
 */
export function eurosRapide(v: unknown): number {
  if (typeof v === 'string') {
    const n = v.length;
    if (n === 0 || n > 19) return -1;
    let entier = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = v.charCodeAt(i) - 48;
      if ((c >>> 0) > 9) break;
      entier = entier * 10 + c;
    }
    // 1 to 15 integer digits keep `entier * 100 + decimales` exact; longer ones take the strict path.
    if (i === 0 || i > 15) return -1;
    let decimales = 0;
    if (i < n) {
      if (v.charCodeAt(i) !== 46) return -1;
      const reste = n - i - 1;
      if (reste === 1) {
        const d = v.charCodeAt(i + 1) - 48;
        if ((d >>> 0) > 9) return -1;
        decimales = d * 10;
      } else if (reste === 2) {
        const d = v.charCodeAt(i + 1) - 48;
        const e = v.charCodeAt(i + 2) - 48;
        if ((d >>> 0) > 9 || (e >>> 0) > 9) return -1;
        decimales = d * 10 + e;
      } else {
        return -1;
      }
    }
    const centimes = entier * 100 + decimales;
    return centimes > CENTIMES_MAX ? -1 : centimes;
  }
  if (typeof v === 'number') {
    // Whole euros only (String(v) is then plain digits); -0 reads as 0 like `lireEuros`.
    if (Number.isInteger(v) && v >= 0 && v <= CENTIMES_MAX / 100) return v * 100 + 0;
  }
  return -1;
}

const CENTIMES = /* @__PURE__ */ Array.from({ length: 100 }, (_, c) => (c < 10 ? '.0' : '.') + String(c));

const car = String.fromCharCode;

/**
 * Formats non-negative safe-integer cents exactly like `formaterEuros` (which goes through BigInt).
 * Below 10 million euros the string is built in one allocation from its char codes (a batch keeps a
 * million of them alive: the temporary `String(e)` of a concatenation doubled the garbage).
 */
export function eurosTexte(centimes: number): string {
  // The most common total of a nightly run (invoices not yet late): one shared string, nothing allocated.
  if (centimes === 0) return '0.00';
  if (centimes >= 1_000_000_000) {
    const e = Math.floor(centimes / 100);
    return String(e) + CENTIMES[centimes - e * 100]!;
  }
  // Below 10 million euros the cents fit an int32: `| 0` keeps every division by a constant an integer one
  // (a multiplication), where a float division costs several times more.
  const c = centimes | 0;
  const e = (c / 100) | 0;
  const r = c - 100 * e;
  const d = (r / 10) | 0;
  const c1 = 48 + d;
  const c2 = 48 + r - 10 * d;
  if (e < 10) return car(48 + e, 46, c1, c2);
  // Digits of e, least significant first.
  const e1 = (e / 10) | 0;
  const u0 = 48 + e - 10 * e1;
  if (e < 100) return car(48 + e1, u0, 46, c1, c2);
  const e2 = (e1 / 10) | 0;
  const u1 = 48 + e1 - 10 * e2;
  if (e < 1000) return car(48 + e2, u1, u0, 46, c1, c2);
  const e3 = (e2 / 10) | 0;
  const u2 = 48 + e2 - 10 * e3;
  if (e < 10_000) return car(48 + e3, u2, u1, u0, 46, c1, c2);
  const e4 = (e3 / 10) | 0;
  const u3 = 48 + e3 - 10 * e4;
  if (e < 100_000) return car(48 + e4, u3, u2, u1, u0, 46, c1, c2);
  const e5 = (e4 / 10) | 0;
  const u4 = 48 + e4 - 10 * e5;
  if (e < 1_000_000) return car(48 + e5, u4, u3, u2, u1, u0, 46, c1, c2);
  const e6 = (e5 / 10) | 0;
  return car(48 + e6, 48 + e5 - 10 * e6, u4, u3, u2, u1, u0, 46, c1, c2);
}
