import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate } from '../../test/outils.js';
import { estJourOuvre } from '../calendrier/estJourOuvre.js';
import { finDeDelai } from '../calendrier/finDeDelai.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import {
  dateLimiteDeclarationCreance,
  dateLimiteOpposition,
  dateLimiteProcedureSimplifiee,
  dateLimiteReleveForclusion,
  dateLimiteSignificationInjonction,
  dateLimiteTitreExecutoire,
  dernierJourDelai,
  finDeDelaiPrudente,
} from './delais.js';

describe('legal deadlines', () => {
  it('R622-24: two months from the BODACC publication, four outside metropolitan France', () => {
    expect(dateLimiteDeclarationCreance('2025-03-12', false)).toBe('2025-05-12');
    expect(dateLimiteDeclarationCreance('2025-03-12', true)).toBe('2025-07-12');
    expect(dateLimiteDeclarationCreance('2024-12-31', false)).toBe('2025-02-28'); // end-of-month rule
  });

  it('L622-26: six months for the relevé de forclusion', () => {
    expect(dateLimiteReleveForclusion('2025-08-31')).toBe('2026-02-28');
    expect(dateLimiteReleveForclusion('2023-08-29')).toBe('2024-02-29');
  });

  it('CPC 1411: six months to serve; CPC 1416: one month to oppose', () => {
    expect(dateLimiteSignificationInjonction('2025-01-31')).toBe('2025-07-31');
    expect(dateLimiteSignificationInjonction('2025-08-31')).toBe('2026-02-28');
    expect(dateLimiteOpposition('2025-01-31')).toBe('2025-02-28');
    expect(dateLimiteOpposition('2024-01-31')).toBe('2024-02-29');
  });

  it('CPCE L125-1: one month for the procédure simplifiée; L111-4: ten years for a title', () => {
    expect(dateLimiteProcedureSimplifiee('2025-03-31')).toBe('2025-04-30');
    expect(dateLimiteTitreExecutoire('2024-02-29')).toBe('2034-02-28');
    expect(dateLimiteTitreExecutoire('2025-06-02')).toBe('2035-06-02');
  });

  it('finDeDelaiPrudente: the next day, or the day after the next working day (CPC 642 al. 2)', () => {
    expect(finDeDelaiPrudente('2025-02-28')).toBe('2025-03-01');
    expect(finDeDelaiPrudente('2025-03-01')).toBe('2025-03-04');
    expect(finDeDelaiPrudente('2025-03-02')).toBe('2025-03-04');
    expect(finDeDelaiPrudente('2025-11-11')).toBe('2025-11-13'); // 11 November
    expect(finDeDelaiPrudente('2026-04-06')).toBe('2026-04-08'); // Easter Monday
    expect(finDeDelaiPrudente('2025-06-07')).toBe('2025-06-11'); // Saturday, Sunday, Whit Monday
    expect(finDeDelaiPrudente('2025-12-25')).toBe('2025-12-27');
    expect(finDeDelaiPrudente('2025-12-25', { alsaceMoselle: true })).toBe('2025-12-30');
    expect(finDeDelaiPrudente('2026-04-03', { alsaceMoselle: true })).toBe('2026-04-08'); // Good Friday … Easter Monday
  });

  it('dernierJourDelai: finDeDelai in the holiday calendar, weekends only before 1 May 2008 (never throws on a valid date)', () => {
    expect(dernierJourDelai('2025-11-11')).toBe(finDeDelai('2025-11-11'));
    expect(dernierJourDelai('2025-12-26', { alsaceMoselle: true })).toBe('2025-12-29');
    expect(dernierJourDelai('2008-05-01')).toBe('2008-05-02');
    expect(dernierJourDelai('2008-04-26')).toBe('2008-04-28'); // a Saturday, outside the calendar
    expect(dernierJourDelai('2007-12-25')).toBe('2007-12-25'); // a holiday, but outside the calendar
    expect(dernierJourDelai('2100-01-02')).toBe('2100-01-04'); // a Saturday, after the calendar
    expect(() => dernierJourDelai('2025-02-30')).toThrow(RecouvrementError);
  });

  it('rejects invalid dates', () => {
    expect(() => dateLimiteOpposition('2025-02-30')).toThrow(RecouvrementError);
    expect(() => dateLimiteDeclarationCreance('x', false)).toThrow(RecouvrementError);
  });

  it('properties: deadlines are after their start; the prudent end follows the first working day', () => {
    fc.assert(
      fc.property(arbDate('2010-01-01', '2040-12-31'), (d) => {
        const j = lireDate(d);
        expect(lireDate(dateLimiteOpposition(d))).toBeGreaterThan(j);
        expect(lireDate(dateLimiteDeclarationCreance(d, true))).toBeGreaterThan(lireDate(dateLimiteDeclarationCreance(d, false)));
        expect(lireDate(dateLimiteReleveForclusion(d))).toBeGreaterThan(lireDate(dateLimiteDeclarationCreance(d, true)));
        for (const alsaceMoselle of [false, true]) {
          const f = lireDate(finDeDelaiPrudente(d, { alsaceMoselle }));
          expect(f - j).toBeGreaterThanOrEqual(1);
          expect(f - j).toBeLessThanOrEqual(alsaceMoselle ? 5 : 4);
          // The day before the prudent end (the last day of the window) is a working day; so was none in between.
          expect(estJourOuvre(formaterDate(f - 1), { alsaceMoselle })).toBe(true);
          for (let k = j; k < f - 1; k++) expect(estJourOuvre(formaterDate(k), { alsaceMoselle })).toBe(false);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
