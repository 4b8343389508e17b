import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { dateFr, echapperHtml, montantFr, semestreFr, tauxFr } from './format.js';
import { arbDate } from '../../../test/outils.js';

describe('montantFr', () => {
  it('formats cents in fr-FR: narrow no-break space for thousands, comma, no-break space before €', () => {
    expect(montantFr('1234.56')).toBe('1\u202f234,56\u00a0€');
    expect(montantFr('0.05')).toBe('0,05\u00a0€');
    expect(montantFr('40.00')).toBe('40,00\u00a0€');
    expect(montantFr('1000000.00')).toBe('1\u202f000\u202f000,00\u00a0€');
    expect(montantFr(-123456n)).toBe('-1\u202f234,56\u00a0€');
  });
  it('agrees with Intl.NumberFormat fr-FR on BigInt (no float anywhere)', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (c) => {
        // Intl on a BigInt number of cents, then shift the comma: exact.
        const euros = intl.format(c / 100n).replace(/,00/, '');
        const attendu = euros.replace('\u00a0€', `,${String(c % 100n).padStart(2, '0')}\u00a0€`);
        expect(montantFr(c)).toBe(attendu);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('dateFr', () => {
  it('writes French dates, "1er" for the first of the month', () => {
    expect(dateFr('2026-11-23')).toBe('23 novembre 2026');
    expect(dateFr('2026-12-01')).toBe('1er décembre 2026');
    expect(dateFr('2024-02-29')).toBe('29 février 2024');
    expect(dateFr('2025-08-14')).toBe('14 août 2025');
  });
  it('agrees with Intl in UTC on a UTC-constructed date, whatever the process time zone', () => {
    const intl = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(arbDate('2009-01-01', '2030-12-31'), (d) => {
        const [a, m, j] = d.split('-').map(Number) as [number, number, number];
        const attendu = intl.format(new Date(Date.UTC(a, m - 1, j))).replace(/^1 /, '1er ');
        expect(dateFr(d)).toBe(attendu);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('tauxFr, semestreFr, echapperHtml', () => {
  it('formats rates and half-years', () => {
    expect(tauxFr('12.15')).toBe('12,15\u00a0%');
    expect(semestreFr('2025-06-30')).toBe('premier semestre 2025');
    expect(semestreFr('2025-07-01')).toBe('second semestre 2025');
  });
  it('escapes the five HTML characters and nothing else', () => {
    expect(echapperHtml(`<script>alert("x")</script> & l'été`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;été');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = echapperHtml(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toBe(s);
      }),
      { numRuns: runs(300) },
    );
  });
});
