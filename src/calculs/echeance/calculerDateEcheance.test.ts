import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../../test/outils.js';
import { lireDate } from '../../socle/date-iso.js';
import { calculerDateEcheance } from './calculerDateEcheance.js';

const fdm = (dateFacture: string, methode: 'fin-de-mois-puis-jours' | 'jours-puis-fin-de-mois') =>
  calculerDateEcheance({ dateFacture, conditions: { type: 'fin-de-mois', jours: 45, methode } });

describe('calculerDateEcheance (C. com. L441-10 I)', () => {
  it.each([
    ['2026-01-15', '2026-03-31', '2026-03-17'],
    ['2026-01-31', '2026-03-31', '2026-03-17'],
    ['2025-12-20', '2026-02-28', '2026-02-14'],
    ['2024-01-15', '2024-02-29', '2024-03-16'],
  ])('legal reference §3.2 table: invoice %s → method A %s, method B %s', (facture, a, b) => {
    expect(fdm(facture, 'jours-puis-fin-de-mois').dateEcheance).toBe(a);
    expect(fdm(facture, 'fin-de-mois-puis-jours').dateEcheance).toBe(b);
  });
  it('45 days fin de mois is a lawful derogation with both methods, even past 60 days', () => {
    const r = fdm('2026-01-15', 'jours-puis-fin-de-mois');
    expect(r.conforme).toBe(true);
    expect(r.motifs.join(' ')).toContain('dérogation');
  });
  it('default: 30 days after execution', () => {
    const r = calculerDateEcheance({ dateFacture: '2025-03-10', dateExecution: '2025-03-05', conditions: { type: 'defaut' } });
    expect(r.dateEcheance).toBe('2025-04-04');
    expect(r.conforme).toBe(true);
  });
  it('N days from the invoice date, capped at 60 days', () => {
    expect(calculerDateEcheance({ dateFacture: '2026-01-15', conditions: { type: 'jours', jours: 60 } })).toMatchObject({ dateEcheance: '2026-03-16', conforme: true });
    const r61 = calculerDateEcheance({ dateFacture: '2026-01-15', conditions: { type: 'jours', jours: 61 } });
    expect(r61.conforme).toBe(false);
    // C. com. L441-10 I: the limit of a 61-day term is 60 days from the invoice (2026-03-16), not "45 jours fin de
    // mois" — which 2026-03-17 does not even exceed (2026-03-31) and which only an agreed end-of-month term may use.
    expect(r61.motifs).toEqual([
      "Délai excessif : l'échéance 2026-03-17 dépasse la limite de 60 jours à compter de la date d'émission de la facture (2026-03-16) ; seul un délai convenu de 45 jours fin de mois peut aller au-delà.",
    ]);
    const fdm60 = calculerDateEcheance({ dateFacture: '2026-01-15', conditions: { type: 'fin-de-mois', jours: 60, methode: 'fin-de-mois-puis-jours' } });
    expect(fdm60.conforme).toBe(false);
    expect(fdm60.motifs[0]).toContain('un délai de 60 jours fin de mois excède les 45 jours fin de mois');
  });
  it('a periodic invoice is capped at 45 days from its date', () => {
    expect(calculerDateEcheance({ dateFacture: '2026-01-15', factureRecapitulative: true, conditions: { type: 'jours', jours: 45 } }).conforme).toBe(true);
    expect(calculerDateEcheance({ dateFacture: '2026-01-15', factureRecapitulative: true, conditions: { type: 'jours', jours: 46 } }).conforme).toBe(false);
  });
  it('rejects bad conditions', () => {
    expect(() => calculerDateEcheance({ dateFacture: '2026-01-15', conditions: { type: 'jours', jours: 1.5 } })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
    expect(() => calculerDateEcheance({ dateFacture: '2026-01-15', conditions: { type: 'mensuel' } as never })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });
  it('properties: method A is never before method B minus 14 days; N-day terms are conforme iff N ≤ 60; no mutation', () => {
    fc.assert(
      fc.property(arbDate('2015-01-01', '2035-12-31'), fc.integer({ min: 0, max: 120 }), (d, n) => {
        const p = geler({ dateFacture: d, conditions: { type: 'jours' as const, jours: n } });
        const r = calculerDateEcheance(p);
        expect(lireDate(r.dateEcheance) - lireDate(d)).toBe(n);
        expect(r.conforme).toBe(n <= 60);
        expect(lireDate(r.dateLimiteLegale) >= lireDate(d) + 60).toBe(true);
        const a = lireDate(fdm(d, 'jours-puis-fin-de-mois').dateEcheance);
        const b = lireDate(fdm(d, 'fin-de-mois-puis-jours').dateEcheance);
        expect(Math.abs(a - b)).toBeLessThanOrEqual(31);
      }),
    );
  });
});
