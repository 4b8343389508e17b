import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { tableauDelaisPaiement, tableauDelaisPaiementExercice, BANDES_D441_6 } from './tableauDelaisPaiement.js';
import { arbDate, arbMontant, cents, cheminErreur, euros, geler } from '../../test/outils.js';
import { lireDate } from '../socle/date-iso.js';

describe('tableauDelaisPaiement (C. com. D441-6 model table — details UNCONFIRMED in our legal reference)', () => {
  const cloture = '2025-12-31';
  const lignes = [
    { sens: 'emise', montantDu: '1200.00', dateEcheance: '2025-12-01' }, // 30 days past due → 1–30
    { sens: 'emise', montantDu: '800.00', dateEcheance: '2025-11-30' }, // 31 → 31–60
    { sens: 'emise', montantDu: '600.00', dateEcheance: '2025-09-30' }, // 92 → 91+
    { sens: 'emise', montantDu: '50.00', dateEcheance: '2025-10-02' }, // 90 → 61–90
    { sens: 'emise', montantDu: '999.00', dateEcheance: '2025-12-31' }, // 0: term not expired, not counted
    { sens: 'emise', montantDu: '0.00', dateEcheance: '2025-01-31' }, // paid: not counted
    { sens: 'emise', montantDu: '70.00', dateEcheance: '2025-06-30', litigieuse: true }, // excluded
    { sens: 'recue', montantDu: '300.00', dateEcheance: '2025-12-30' }, // 1 → 1–30
  ] as const;

  it('worked example: bands 1–30 / 31–60 / 61–90 / 91+ by days past due at closing, percentages of turnover and purchases', () => {
    const t = tableauDelaisPaiement(lignes, { dateCloture: cloture, chiffreAffaires: '100000.00', achats: '60000.00' });
    expect(t.emises.tranches).toEqual([
      { de: 1, a: 30, nombre: 1, montant: '1200.00', pourcentage: 1.2 },
      { de: 31, a: 60, nombre: 1, montant: '800.00', pourcentage: 0.8 },
      { de: 61, a: 90, nombre: 1, montant: '50.00', pourcentage: 0.05 },
      { de: 91, a: null, nombre: 1, montant: '600.00', pourcentage: 0.6 },
    ]);
    expect(t.emises.total).toEqual({ nombre: 4, montant: '2650.00', pourcentage: 2.65 });
    expect(t.emises.exclues).toEqual({ nombre: 1, montant: '70.00' });
    expect(t.emises.base).toBe('100000.00');
    expect(t.recues.tranches[0]).toEqual({ de: 1, a: 30, nombre: 1, montant: '300.00', pourcentage: 0.5 });
    expect(t.recues.total.pourcentage).toBe(0.5);
    expect(t.references).toContain('C. com. art. D441-6');
    expect(t.avertissements.filter((a) => !a.startsWith('NON CONFIRMÉ'))).toEqual([expect.stringContaining('Base des pourcentages non précisée')]);
    expect([t.baseMontants, t.baseChiffreAffaires]).toEqual(['TTC', null]);
  });

  it('D441-6: the basis (HT or TTC) is a parameter, printed as given; a bad value is refused with its path', () => {
    const t = tableauDelaisPaiement(lignes, { dateCloture: cloture, chiffreAffaires: '100000.00', baseMontants: 'HT', baseChiffreAffaires: 'HT' });
    expect([t.baseMontants, t.baseChiffreAffaires]).toEqual(['HT', 'HT']);
    expect(t.avertissements.every((a) => a.startsWith('NON CONFIRMÉ'))).toBe(true);
    expect(cheminErreur(() => tableauDelaisPaiement([], { dateCloture: cloture, baseChiffreAffaires: 'HTVA' as never }))).toEqual(['baseChiffreAffaires']);
  });

  it('D441-6 derogatory variant: invoices paid late during the year, by days late at payment — boundaries 30/31 days and the year’s edges', () => {
    const v = tableauDelaisPaiementExercice(
      [
        { sens: 'emise', montant: '100.00', dateFacture: '2025-01-01', dateEcheance: '2025-01-31', datePaiement: '2025-03-02' }, // 30 days late → 1–30
        { sens: 'emise', montant: '200.00', dateFacture: '2025-01-01', dateEcheance: '2025-01-31', datePaiement: '2025-03-03' }, // 31 → 31–60
        { sens: 'emise', montant: '300.00', dateFacture: '2025-06-01', dateEcheance: '2025-06-30', datePaiement: '2025-06-30' }, // on time
        { sens: 'emise', montant: '400.00', dateFacture: '2024-11-01', dateEcheance: '2024-11-30', datePaiement: '2025-01-01' }, // invoiced last year, paid late this year: counted, not in the year's invoices
        { sens: 'emise', montant: '500.00', dateFacture: '2025-11-01', dateEcheance: '2025-11-30', datePaiement: '2026-01-01' }, // paid after closing: not counted
        { sens: 'emise', montant: '600.00', dateFacture: '2025-12-01', dateEcheance: '2025-12-31' }, // unpaid: the main table's
      ],
      { dateDebutExercice: '2025-01-01', dateCloture: '2025-12-31', baseMontants: 'HT' },
    );
    expect(v.emises.tranches.map((b) => [b.nombre, b.montant])).toEqual([[1, '100.00'], [2, '600.00'], [0, '0.00'], [0, '0.00']]);
    expect(v.emises.factures).toEqual({ nombre: 5, montant: '1700.00' }); // invoiced within the year (not the 2024 one)
    expect(v.emises.total).toEqual({ nombre: 3, montant: '700.00', pourcentageNombre: 60, pourcentageMontant: 41.18 });
    expect(v.recues.total.pourcentageMontant).toBeNull();
    expect(v.baseMontants).toBe('HT');
    expect(v.avertissements.join(' ')).toContain('variante dérogatoire');
    expect(cheminErreur(() => tableauDelaisPaiementExercice([{ sens: 'emise', montant: '1', dateFacture: '2025-01-01', dateEcheance: '2025-01-31', datePaiement: 'x' }], { dateDebutExercice: '2025-01-01', dateCloture: '2025-12-31' }))).toEqual([0, 'datePaiement']);
  });

  it('percentages are rounded half-up on the exact ratio; without a base they are null; the reference terms are printed as given', () => {
    const t = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1.00', dateEcheance: '2025-12-01' }], {
      dateCloture: cloture,
      chiffreAffaires: '8000.00', // 1 / 8000 × 100 = 0.0125 % → 0.01
      delaisReference: { emises: 'Délais contractuels : 45 jours fin de mois' },
    });
    expect(t.emises.tranches[0]?.pourcentage).toBe(0.01);
    expect(t.emises.delaisReference).toBe('Délais contractuels : 45 jours fin de mois');
    expect(t.recues.delaisReference).toBe('Délais légaux : C. com. art. L441-10 I');
    expect(t.recues.total.pourcentage).toBeNull();
    const u = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1.00', dateEcheance: '2025-12-01' }], { dateCloture: cloture, chiffreAffaires: '200.00' });
    expect(u.emises.total.pourcentage).toBe(0.5); // exactly 0.5 %
    const v = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1.00', dateEcheance: '2025-12-01' }], { dateCloture: cloture, chiffreAffaires: '20000.00' });
    expect(v.emises.total.pourcentage).toBe(0.01); // exactly 0.005 %: a tie, rounded up
  });

  it('rejects bad rows with their index', () => {
    expect(cheminErreur(() => tableauDelaisPaiement([...lignes, { sens: 'autre' } as never], { dateCloture: cloture }))).toEqual([8, 'sens']);
    expect(cheminErreur(() => tableauDelaisPaiement([{ sens: 'emise', montantDu: '1', dateEcheance: 'x' }], { dateCloture: cloture }))).toEqual([0, 'dateEcheance']);
    expect(cheminErreur(() => tableauDelaisPaiement([{ sens: 'emise', montantDu: '1', dateEcheance: '2025-01-01', litigieuse: 'oui' as never }], { dateCloture: cloture }))).toEqual([0, 'litigieuse']);
    expect(cheminErreur(() => tableauDelaisPaiement([], { dateCloture: cloture, delaisReference: { emises: '' } }))).toEqual(['delaisReference', 'emises']);
  });

  it('property: the bands match a naive recount (count, exact amount) and partition the past-due, undisputed, unpaid rows', () => {
    const arbLigne = fc.record(
      { sens: fc.constantFrom('emise' as const, 'recue' as const), montantDu: arbMontant, dateEcheance: arbDate('2024-06-01', '2026-06-30'), litigieuse: fc.boolean() },
      { requiredKeys: ['sens', 'montantDu', 'dateEcheance'] },
    );
    fc.assert(
      fc.property(fc.array(arbLigne, { maxLength: 60 }), arbDate('2025-01-01', '2025-12-31'), (ls, d) => {
        const t = tableauDelaisPaiement(ls, { dateCloture: d, chiffreAffaires: '1000000.00', achats: '1000000.00' });
        for (const sens of ['emise', 'recue'] as const) {
          const section = sens === 'emise' ? t.emises : t.recues;
          const retenues = ls.filter((l) => l.sens === sens && cents(l.montantDu) > 0n && lireDate(d) - lireDate(l.dateEcheance) >= 1);
          BANDES_D441_6.forEach((b, k) => {
            const dans = retenues.filter((l) => {
              const r = lireDate(d) - lireDate(l.dateEcheance);
              return l.litigieuse !== true && r >= b.de && (b.a === null || r <= b.a);
            });
            expect(section.tranches[k]?.nombre).toBe(dans.length);
            expect(section.tranches[k]?.montant).toBe(euros(dans.reduce((s, l) => s + cents(l.montantDu), 0n)));
          });
          const exclues = retenues.filter((l) => l.litigieuse === true);
          expect(section.exclues.nombre).toBe(exclues.length);
          expect(section.total.nombre + section.exclues.nombre).toBe(retenues.length);
          expect(cents(section.total.montant) + cents(section.exclues.montant)).toBe(retenues.reduce((s, l) => s + cents(l.montantDu), 0n));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    const t = tableauDelaisPaiement(geler(lignes.map((l) => ({ ...l }))), geler({ dateCloture: cloture, delaisReference: { recues: 'x' } }));
    expect(t.emises.total.nombre).toBe(4);
  });
});
