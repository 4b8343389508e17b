import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { delaiMoyenDePaiement } from './delaiMoyenDePaiement.js';
import { arbDate, arbMontant, cents, cheminErreur, geler } from '../../test/outils.js';
import { lireDate } from '../socle/date-iso.js';

describe('delaiMoyenDePaiement (amount-weighted days from invoice to payment)', () => {
  const factures = [
    { dateFacture: '2025-01-01', dateEcheance: '2025-01-31', paiements: [{ date: '2025-01-31', montant: '300.00' }] }, // 30 days, on time
    { dateFacture: '2025-01-01', dateEcheance: '2025-01-31', paiements: [{ date: '2025-03-02', montant: '100.00' }] }, // 60 days, 30 late
  ];

  it('worked example: (300 × 30 + 100 × 60) / 400 = 37.5 days from the invoice date', () => {
    const r = delaiMoyenDePaiement(factures);
    expect(r.jours).toBe(37.5);
    expect(r.montant).toBe('400.00');
    expect(r.nombrePaiements).toBe(2);
    expect(r.nombreFactures).toBe(2);
    expect(r.distribution).toEqual([
      { de: null, a: 30, montant: '300.00', nombre: 1 },
      { de: 30, a: 45, montant: '0.00', nombre: 0 },
      { de: 45, a: 60, montant: '100.00', nombre: 1 },
      { de: 60, a: 90, montant: '0.00', nombre: 0 },
      { de: 90, a: null, montant: '0.00', nombre: 0 },
    ]);
  });

  it("from the due date: (300 × 0 + 100 × 30) / 400 = 7.5 days late; an early payment counts negative", () => {
    expect(delaiMoyenDePaiement(factures, { depuis: 'echeance' }).jours).toBe(7.5);
    expect(delaiMoyenDePaiement([{ dateFacture: '2025-01-01', dateEcheance: '2025-01-31', paiements: [{ date: '2025-01-21', montant: 1 }] }], { depuis: 'echeance' }).jours).toBe(-10);
  });

  it('partial payments weigh by their own amount; a window (du, au) filters payments by date', () => {
    const f = [{ dateFacture: '2025-01-01', paiements: [{ date: '2025-01-11', montant: 50 }, { date: '2025-02-20', montant: 150 }] }];
    expect(delaiMoyenDePaiement(f).jours).toBe(40); // (50 × 10 + 150 × 50) / 200
    expect(delaiMoyenDePaiement(f, { au: '2025-01-31' }).jours).toBe(10);
    expect(delaiMoyenDePaiement(f, { du: '2025-03-01' })).toMatchObject({ jours: null, montant: '0.00', nombreFactures: 0 });
  });

  it('no payment → jours null', () => {
    expect(delaiMoyenDePaiement([{ dateFacture: '2025-01-01', paiements: [] }]).jours).toBeNull();
  });

  it('errors carry the row index and the payment index', () => {
    expect(cheminErreur(() => delaiMoyenDePaiement([...factures, { dateFacture: '2025-01-01', paiements: [{ date: '2025-1-5', montant: 1 }] }]))).toEqual([2, 'paiements', 0, 'date']);
    expect(cheminErreur(() => delaiMoyenDePaiement([{ dateFacture: '2025-01-01', paiements: [{ date: '2025-01-05', montant: 0 }] }]))).toEqual([0, 'paiements', 0, 'montant']);
    expect(cheminErreur(() => delaiMoyenDePaiement([{ dateFacture: '2025-01-01', paiements: [] }], { depuis: 'echeance' }))).toEqual([0, 'dateEcheance']);
    expect(cheminErreur(() => delaiMoyenDePaiement([{ dateFacture: '2025-01-01' } as never]))).toEqual([0, 'paiements']);
  });

  it('property: matches a naive recount (exact weighted mean, distribution partitions the payments)', () => {
    const arbFacture = fc.record({
      dateFacture: arbDate('2024-01-01', '2024-12-31'),
      paiements: fc.array(fc.record({ date: arbDate('2024-01-01', '2025-12-31'), montant: arbMontant.filter((m) => m !== '0.00') }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbFacture, { maxLength: 40 }), (fs) => {
        const r = delaiMoyenDePaiement(fs);
        let somme = 0n;
        let pondere = 0n;
        let n = 0;
        for (const f of fs) {
          for (const p of f.paiements) {
            somme += cents(p.montant);
            pondere += cents(p.montant) * BigInt(lireDate(p.date) - lireDate(f.dateFacture));
            n++;
          }
        }
        expect(r.nombrePaiements).toBe(n);
        expect(r.distribution.reduce((s, t) => s + cents(t.montant), 0n)).toBe(somme);
        expect(r.distribution.reduce((s, t) => s + t.nombre, 0)).toBe(n);
        if (somme === 0n) expect(r.jours).toBeNull();
        else {
          // r.jours is the weighted mean rounded to a tenth: within half a tenth of the exact value.
          const exact = Number(pondere) / Number(somme);
          expect(Math.abs((r.jours ?? NaN) - exact)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    expect(delaiMoyenDePaiement(geler(factures.map((f) => ({ ...f, paiements: [...f.paiements] }))), geler({ tranches: [30] })).jours).toBe(37.5);
  });
});
