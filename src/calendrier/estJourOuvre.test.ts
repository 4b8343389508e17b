import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { arbDate, geler } from '../../test/outils.js';
import { FERIES_2020_2030, FERIES_ALSACE_MOSELLE_2020_2030 } from '../../test/reference/jours-feries-2020-2030.js';
import { lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { estJourOuvre } from './estJourOuvre.js';

/** The oracle's weekend test: 2020-01-04 was a Saturday, 2020-01-05 a Sunday. */
const weekEnd = (d: string): boolean => {
  const r = (((lireDate(d) - lireDate('2020-01-04')) % 7) + 7) % 7;
  return r === 0 || r === 1;
};

describe('estJourOuvre (CPC 642 al. 2: neither Saturday, Sunday nor holiday)', () => {
  it('named examples', () => {
    expect(estJourOuvre('2025-11-12')).toBe(true);
    expect(estJourOuvre('2025-11-11')).toBe(false); // 11 November, a Tuesday
    expect(estJourOuvre('2025-11-15')).toBe(false); // Saturday
    expect(estJourOuvre('2025-11-16')).toBe(false); // Sunday
    expect(estJourOuvre('2026-04-03')).toBe(true); // Good Friday, outside Alsace-Moselle
    expect(estJourOuvre('2026-04-03', { alsaceMoselle: true })).toBe(false);
  });

  it('property: agrees with the 2020–2030 oracle', () => {
    fc.assert(
      fc.property(arbDate('2020-01-01', '2030-12-31'), fc.boolean(), (d, am) => {
        const feries = am ? FERIES_ALSACE_MOSELLE_2020_2030 : FERIES_2020_2030;
        expect(estJourOuvre(d, { alsaceMoselle: am })).toBe(!weekEnd(d) && !feries.has(d));
      }),
      { numRuns: runs(500) },
    );
  });

  it('refuses what estJourFerie refuses; does not mutate its input', () => {
    expect(() => estJourOuvre('2008-04-30')).toThrow(RecouvrementError);
    expect(() => estJourOuvre('2025-02-29')).toThrow(RecouvrementError);
    expect(() => estJourOuvre('2025-03-03', { alsaceMoselle: 1 } as never)).toThrow(RecouvrementError);
    const o = geler({ alsaceMoselle: false });
    expect(estJourOuvre('2025-12-26', o)).toBe(true);
    expect(o).toEqual({ alsaceMoselle: false });
  });
});
