import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { prioriserRelances } from './prioriserRelances.js';
import { profilPaiement } from './profilPaiement.js';
import { arbDate, arbMontant, cheminErreur, geler } from '../../test/outils.js';

describe('prioriserRelances (transparent score: montant 40, retard 30, profil 20, prescription 10)', () => {
  const date = '2025-06-30';

  it('worked example: each factor with its points; the score is their sum; highest first', () => {
    const r = prioriserRelances(
      [
        { id: 'F2', montantDu: '500.00', dateEcheance: '2025-06-15', dateLimitePrescription: '2025-09-30' },
        { id: 'F1', montantDu: '12000.00', dateEcheance: '2025-03-31' },
      ],
      date,
    );
    expect(r.map((x) => [x.rang, x.id, x.score])).toEqual([[1, 'F1', 70], [2, 'F2', 14.5]]);
    // F2: 40 × 500 / 10 000 = 2; 30 × 15 / 90 = 5; no profile 0; 10 × (1 − 92 / 365) = 7.479… → 7.5.
    expect(r[1]?.facteurs.map((f) => [f.facteur, f.points, f.mesure])).toEqual([
      ['montant', 2, '500.00'],
      ['retard', 5, 15],
      ['profil', 0, null],
      ['prescription', 7.5, 92],
    ]);
    expect(r[1]?.facteurs[3]?.explication).toBe('10 × max(0, 1 − 92 jours restants / 365)');
  });

  it('the debtor profile factor: 20 × (late share + min(1, average lateness / 90)) / 2', () => {
    const profil = profilPaiement(
      [
        { montantTTC: 100, dateEcheance: '2025-01-31', paiements: [{ date: '2025-03-17', montant: 100 }] }, // 45 days late
        { montantTTC: 100, dateEcheance: '2025-02-28', paiements: [{ date: '2025-04-14', montant: 100 }] }, // 45 days late
      ],
      { date },
    );
    const [x] = prioriserRelances([{ id: 'A', debiteurId: 'D1', montantDu: 0.01, dateEcheance: '2025-06-29' }], date, { profils: { D1: profil } });
    // 20 × (2/2 + 45/90) / 2 = 15
    expect(x?.facteurs[2]).toMatchObject({ facteur: 'profil', points: 15 });
  });

  it('amount due from montantTTC and payments (Creance objects); paid and not-yet-due claims are left out by default', () => {
    const r = prioriserRelances(
      [
        { id: 'payee', montantTTC: '100.00', paiements: [{ date: '2025-05-01', montant: '100.00' }], dateEcheance: '2025-04-30' },
        { id: 'partielle', montantTTC: '100.00', paiements: [{ date: '2025-05-01', montant: '60.00' }, { date: '2025-07-01', montant: '40.00' }], dateEcheance: '2025-04-30' },
        { id: 'future', montantDu: '100.00', dateEcheance: '2025-07-30' },
      ],
      date,
    );
    expect(r.map((x) => [x.id, x.montantDu])).toEqual([['partielle', '40.00']]);
    expect(prioriserRelances([{ id: 'future', montantDu: '100.00', dateEcheance: '2025-07-30' }], date, { inclureNonEchues: true })[0]?.joursDeRetard).toBe(-30);
  });

  it('disputed and time-barred claims are listed after the others, not to chase, with the reason', () => {
    const r = prioriserRelances(
      [
        { id: 'contestee', montantDu: '50000.00', dateEcheance: '2025-01-31', contestee: true },
        { id: 'prescrite', montantDu: '50000.00', dateEcheance: '2019-01-31', dateLimitePrescription: '2024-01-31' },
        { id: 'petite', montantDu: '1.00', dateEcheance: '2025-06-29' },
      ],
      date,
    );
    // Same score (70) for the two set aside: the older one (more days late) comes first.
    expect(r.map((x) => [x.id, x.aRelancer])).toEqual([['petite', true], ['prescrite', false], ['contestee', false]]);
    expect(r[1]?.motifs[0]).toMatch(/prescrite depuis le 2024-02-01/);
    expect(r[2]?.motifs[0]).toMatch(/contestée/);
  });

  it('weights, references and a limit are options; bad rows fail with their index', () => {
    const r = prioriserRelances([{ id: 'A', montantDu: '500.00', dateEcheance: '2025-06-20' }], date, { poids: { montant: 100, retard: 0 }, montantReference: 1000, limite: 1 });
    expect(r[0]?.score).toBe(50);
    expect(cheminErreur(() => prioriserRelances([{ id: 'A', montantDu: 1, dateEcheance: '2025-01-01' }, { id: '', montantDu: 1, dateEcheance: '2025-01-01' }], date))).toEqual([1, 'id']);
  });

  it('property: score = sum of points, each factor within [0, poids], the list sorted by score among claims to chase', () => {
    const arbCreance = fc.record({
      id: fc.string({ minLength: 1, maxLength: 5 }),
      montantDu: arbMontant,
      dateEcheance: arbDate('2024-01-01', '2025-12-31'),
      dateLimitePrescription: arbDate('2025-01-01', '2027-12-31'),
    });
    fc.assert(
      fc.property(fc.array(arbCreance, { maxLength: 30 }), (cs) => {
        const r = prioriserRelances(cs, date);
        for (const x of r) {
          expect(Math.round(x.score * 10)).toBe(x.facteurs.reduce((s, f) => s + Math.round(f.points * 10), 0));
          for (const f of x.facteurs) {
            expect(f.points).toBeGreaterThanOrEqual(0);
            expect(f.points).toBeLessThanOrEqual(f.poids);
          }
        }
        for (let k = 1; k < r.length; k++) {
          if (r[k - 1]!.aRelancer === r[k]!.aRelancer) expect(r[k - 1]!.score).toBeGreaterThanOrEqual(r[k]!.score);
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('does not mutate its input', () => {
    const cs = geler([{ id: 'A', montantTTC: '10.00', paiements: [{ date: '2025-01-01', montant: '1.00' }], dateEcheance: '2025-01-01' }]);
    expect(prioriserRelances(cs, date, geler({ poids: { profil: 0 } }))[0]?.montantDu).toBe('9.00');
  });
});
