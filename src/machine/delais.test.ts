import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate } from '../../test/outils.js';
import { jourDeSemaine, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import {
  dateLimiteDeclarationCreance,
  dateLimiteOpposition,
  dateLimiteProcedureSimplifiee,
  dateLimiteReleveForclusion,
  dateLimiteSignificationInjonction,
  dateLimiteTitreExecutoire,
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

  it('finDeDelaiPrudente: the next day, or the Tuesday after a window ending on a weekend', () => {
    expect(finDeDelaiPrudente('2025-02-28')).toBe('2025-03-01');
    expect(finDeDelaiPrudente('2025-03-01')).toBe('2025-03-04');
    expect(finDeDelaiPrudente('2025-03-02')).toBe('2025-03-04');
  });

  it('rejects invalid dates', () => {
    expect(() => dateLimiteOpposition('2025-02-30')).toThrow(RecouvrementError);
    expect(() => dateLimiteDeclarationCreance('x', false)).toThrow(RecouvrementError);
  });

  it('properties: deadlines are after their start, never on a weekend day for the prudent end', () => {
    fc.assert(
      fc.property(arbDate('2010-01-01', '2040-12-31'), (d) => {
        const j = lireDate(d);
        expect(lireDate(dateLimiteOpposition(d))).toBeGreaterThan(j);
        expect(lireDate(dateLimiteDeclarationCreance(d, true))).toBeGreaterThan(lireDate(dateLimiteDeclarationCreance(d, false)));
        expect(lireDate(dateLimiteReleveForclusion(d))).toBeGreaterThan(lireDate(dateLimiteDeclarationCreance(d, true)));
        const f = lireDate(finDeDelaiPrudente(d));
        expect(f - j).toBeGreaterThanOrEqual(1);
        expect(f - j).toBeLessThanOrEqual(3);
        // The day before the prudent end (the last day of the window) is a working day (Mon–Fri).
        expect(jourDeSemaine(f - 1)).toBeLessThanOrEqual(5);
      }),
      { numRuns: 500 },
    );
  });
});
