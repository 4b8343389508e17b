import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { arbDate, geler } from '../../test/outils.js';
import { FERIES_2020_2030, FERIES_ALSACE_MOSELLE_2020_2030 } from '../../test/reference/jours-feries-2020-2030.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { estJourFerie } from './estJourFerie.js';
import { estJourOuvre } from './estJourOuvre.js';
import { finDeDelai } from './finDeDelai.js';

/** The oracle's working day: not a Saturday or Sunday (2020-01-04 was a Saturday), not in the hand-written list. */
function ouvreOracle(d: string, am: boolean): boolean {
  const r = (((lireDate(d) - lireDate('2020-01-04')) % 7) + 7) % 7;
  return r !== 0 && r !== 1 && !(am ? FERIES_ALSACE_MOSELLE_2020_2030 : FERIES_2020_2030).has(d);
}

/** The oracle's answer: the first working day on or after `d`. */
function finOracle(d: string, am: boolean): string {
  let j = lireDate(d);
  while (!ouvreOracle(formaterDate(j), am)) j++;
  return formaterDate(j);
}

describe('finDeDelai — CPC 642 al. 2, named examples', () => {
  it('the cases of issue 12', () => {
    expect(finDeDelai('2025-11-11')).toBe('2025-11-12'); // 11 November, a Tuesday
    expect(finDeDelai('2026-04-06')).toBe('2026-04-07'); // Easter Monday
    expect(finDeDelai('2025-12-25', { alsaceMoselle: true })).toBe('2025-12-29'); // 25, 26 December, weekend
  });

  it('a working day is its own end; Saturday and Sunday run to Monday', () => {
    expect(finDeDelai('2025-11-12')).toBe('2025-11-12');
    expect(finDeDelai('2025-05-30')).toBe('2025-05-30'); // the Friday after Ascension: a working day
    expect(finDeDelai('2025-05-31')).toBe('2025-06-02');
    expect(finDeDelai('2025-06-01')).toBe('2025-06-02');
  });

  it('a weekend followed by a holiday Monday runs to Tuesday (Whit Monday, Easter Monday)', () => {
    expect(finDeDelai('2025-06-07')).toBe('2025-06-10');
    expect(finDeDelai('2026-04-04')).toBe('2026-04-07');
  });

  it('L3133-1 holidays on a weekday; a Sunday holiday runs to Monday', () => {
    expect(finDeDelai('2026-05-14')).toBe('2026-05-15'); // Ascension
    expect(finDeDelai('2025-05-01')).toBe('2025-05-02'); // 1 May, a Thursday
    expect(finDeDelai('2025-05-08')).toBe('2025-05-09');
    expect(finDeDelai('2027-08-15')).toBe('2027-08-16'); // Assomption, a Sunday
    expect(finDeDelai('2026-12-31')).toBe('2026-12-31');
    expect(finDeDelai('2027-01-01')).toBe('2027-01-04'); // a Friday, then the weekend
  });

  it('L3134-13: Good Friday and 26 December only with { alsaceMoselle: true }', () => {
    expect(finDeDelai('2026-04-03')).toBe('2026-04-03');
    expect(finDeDelai('2026-04-03', { alsaceMoselle: true })).toBe('2026-04-07'); // Friday, weekend, Easter Monday
    expect(finDeDelai('2024-12-25')).toBe('2024-12-26');
    expect(finDeDelai('2024-12-25', { alsaceMoselle: true })).toBe('2024-12-27');
  });

  it('the bounds of the range', () => {
    expect(finDeDelai('2008-05-01')).toBe('2008-05-02');
    expect(finDeDelai('2099-12-31')).toBe('2099-12-31'); // a Thursday: no extension can leave the range
    expect(finDeDelai('2099-12-25', { alsaceMoselle: true })).toBe('2099-12-28');
    for (const d of ['2008-04-30', '2100-01-01']) {
      try {
        finDeDelai(d);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(RecouvrementError);
        expect((e as RecouvrementError).code).toBe('ENTREE_INVALIDE');
        expect((e as RecouvrementError).issues[0]?.path).toEqual(['date']);
      }
    }
    expect(() => finDeDelai('2025-02-29')).toThrow(RecouvrementError);
    expect(() => finDeDelai('2025-03-03', { alsaceMoselle: 'true' } as never)).toThrow(RecouvrementError);
  });

  it('does not mutate its input', () => {
    const o = geler({ alsaceMoselle: true });
    expect(finDeDelai('2025-12-25', o)).toBe('2025-12-29');
    expect(o).toEqual({ alsaceMoselle: true });
  });
});

describe('finDeDelai — properties', () => {
  it('against the hand-written oracle, every day of 2020–2030 (both calendars)', () => {
    const ecarts: string[] = [];
    for (let j = lireDate('2020-01-01'); j <= lireDate('2030-12-20'); j++) {
      const d = formaterDate(j);
      for (const am of [false, true]) if (finDeDelai(d, { alsaceMoselle: am }) !== finOracle(d, am)) ecarts.push(`${d} ${am}`);
    }
    expect(ecarts).toEqual([]);
  });

  it('CPC 642 al. 2, C. trav. L3133-1 (explorer seed 1041284265): Ascension on Thursday 7 May 2065, 8 May on the Friday, then the weekend: a delay ending on 7 May 2065 runs to Monday 11 May', () => {
    // Easter 2065 is 29 March, so Ascension (Easter + 39 days) is Thursday 7 May and 8 May is a Friday.
    expect(estJourFerie('2065-05-07')).toBe(true);
    expect(estJourFerie('2065-05-08')).toBe(true);
    expect(finDeDelai('2065-05-07')).toBe('2065-05-11');
    expect(finDeDelai('2065-05-07', { alsaceMoselle: true })).toBe('2065-05-11');
  });

  it('over the whole range: ≥ d, a working day, idempotent, every day in between non-working, at most 4 days', () => {
    fc.assert(
      fc.property(arbDate('2008-05-01', '2099-12-31'), fc.boolean(), (d, am) => {
        const o = { alsaceMoselle: am };
        const f = finDeDelai(d, o);
        const ecart = lireDate(f) - lireDate(d);
        expect(ecart).toBeGreaterThanOrEqual(0);
        // Four days at most, for both calendars: a holiday Thursday followed by a holiday Friday and the weekend
        // (Ascension on 7 May, then 8 May; or, in Alsace-Moselle, 25 and 26 December) — explorer seed 1041284265.
        expect(ecart).toBeLessThanOrEqual(4);
        expect(estJourOuvre(f, o)).toBe(true);
        expect(finDeDelai(f, o)).toBe(f);
        for (let j = lireDate(d); j < lireDate(f); j++) expect(estJourOuvre(formaterDate(j), o)).toBe(false);
        // Alsace-Moselle only adds holidays: its end is never earlier.
        expect(finDeDelai(d, { alsaceMoselle: true }) >= finDeDelai(d)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });
});
