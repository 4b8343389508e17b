import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { erreur, geler } from '../../../test/outils.js';
import { formaterDate, lireDate } from '../../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { imputerPaiements, type Composante, type DetteAImputer, type OptionsImputation } from './imputerPaiements.js';

const COMPOSANTES: readonly Composante[] = ['interets', 'penalites', 'indemnite', 'frais', 'principal'];
const c = (s: string): number => lireEuros(s);

describe('imputerPaiements — within one debt (C. civ. art. 1343-1)', () => {
  it('documented example: a partial payment goes to interest and the indemnity before the principal', () => {
    const r = imputerPaiements({
      dettes: [{ id: 'F1', dateEcheance: '2025-01-31', principal: '1000.00', interets: '25.00', indemnite: '40.00' }],
      paiements: [{ date: '2025-03-01', montant: '500.00' }],
    });
    expect(r.dettes[0]).toEqual({
      id: 'F1',
      impute: { interets: '25.00', penalites: '0.00', indemnite: '40.00', frais: '0.00', principal: '435.00', total: '500.00' },
      restantDu: { interets: '0.00', penalites: '0.00', indemnite: '0.00', frais: '0.00', principal: '565.00', total: '565.00' },
      soldee: false,
    });
    expect(r.references).toContain('C. civ. art. 1343-1');
    expect(r.avertissements.join(' ')).toMatch(/NON CONFIRMÉ/);
  });

  it('1343-1: a payment smaller than the interest leaves the principal untouched', () => {
    const r = imputerPaiements({ dettes: [{ id: 'A', dateEcheance: '2025-01-01', principal: 1000, interets: 30, penalites: 20 }], paiements: [{ date: '2025-02-01', montant: 40 }] });
    expect(r.dettes[0]?.impute).toMatchObject({ interets: '30.00', penalites: '10.00', principal: '0.00' });
    expect(r.avertissements.join(' ')).toMatch(/intérêts moratoires/);
  });

  it('interest only: no warning about accessories', () => {
    const r = imputerPaiements({ dettes: [{ id: 'A', dateEcheance: '2025-01-01', principal: 1000, interets: 30 }], paiements: [{ date: '2025-02-01', montant: 40 }] });
    expect(r.dettes[0]?.impute).toMatchObject({ interets: '30.00', principal: '10.00' });
    expect(r.avertissements).toEqual([]);
  });

  it('an agreed order (or a judge under 1343-5) can put the principal first, with a warning', () => {
    const r = imputerPaiements(
      { dettes: [{ id: 'A', dateEcheance: '2025-01-01', principal: 100, interets: 30 }], paiements: [{ date: '2025-02-01', montant: 110 }] },
      { ordreComposantes: ['principal', 'interets', 'penalites', 'indemnite', 'frais'] },
    );
    expect(r.dettes[0]?.impute).toMatchObject({ principal: '100.00', interets: '10.00' });
    expect(r.references).toContain('C. civ. art. 1343-5');
    expect(r.avertissements.join(' ')).toMatch(/déroge/);
  });
});

describe('imputerPaiements — several debts (C. civ. art. 1342-10)', () => {
  const dettes: DetteAImputer[] = [
    { id: 'ancienne', dateEcheance: '2025-01-31', principal: 300 },
    { id: 'recente', dateEcheance: '2025-02-28', principal: 300 },
    { id: 'future', dateEcheance: '2025-06-30', principal: 300 },
  ];

  it("al. 1: the debtor's designation prevails, even on a debt not yet due", () => {
    const r = imputerPaiements({ dettes, paiements: [{ date: '2025-03-15', montant: 200, designation: ['future'] }] });
    expect(r.paiements[0]?.dettes).toEqual([{ id: 'future', interets: '0.00', penalites: '0.00', indemnite: '0.00', frais: '0.00', principal: '200.00', total: '200.00' }]);
    expect(r.paiements[0]?.motifs[0]).toMatch(/désignée par le débiteur/);
  });

  it('al. 1: what exceeds the designated debt follows the legal order', () => {
    const r = imputerPaiements({ dettes, paiements: [{ date: '2025-03-15', montant: 400, designation: ['recente'] }] });
    expect(r.paiements[0]?.dettes.map((d) => [d.id, d.total])).toEqual([['recente', '300.00'], ['ancienne', '100.00']]);
  });

  it('due debts first: a debt due on the payment day is due (échue)', () => {
    const r = imputerPaiements({
      dettes: [{ id: 'future', dateEcheance: '2025-02-01', principal: 100, interetDebiteur: 5 }, { id: 'echue', dateEcheance: '2024-12-31', principal: 100 }],
      paiements: [{ date: '2025-01-31', montant: 50 }],
    });
    expect(r.paiements[0]?.dettes.map((d) => d.id)).toEqual(['echue']);
    const leJour = imputerPaiements({ dettes: [{ id: 'X', dateEcheance: '2025-01-31', principal: 10 }, { id: 'Y', dateEcheance: '2025-02-01', principal: 10 }], paiements: [{ date: '2025-01-31', montant: 5 }] });
    expect(leJour.paiements[0]?.dettes.map((d) => d.id)).toEqual(['X']);
  });

  it("among due debts, the debtor's interest (caller's rank) before age", () => {
    const r = imputerPaiements({
      dettes: [{ id: 'ancienne', dateEcheance: '2025-01-31', principal: 300 }, { id: 'interessante', dateEcheance: '2025-02-28', principal: 300, interetDebiteur: 1 }],
      paiements: [{ date: '2025-03-15', montant: 100 }],
    });
    expect(r.paiements[0]?.dettes.map((d) => d.id)).toEqual(['interessante']);
  });

  it('at equal interest, the oldest; then the not-yet-due debts', () => {
    const r = imputerPaiements({ dettes, paiements: [{ date: '2025-03-15', montant: 700 }] });
    expect(r.paiements[0]?.dettes.map((d) => [d.id, d.total])).toEqual([['ancienne', '300.00'], ['recente', '300.00'], ['future', '100.00']]);
  });

  it('option: keep what exceeds the due debts unallocated', () => {
    const r = imputerPaiements({ dettes, paiements: [{ date: '2025-03-15', montant: 700 }] }, { imputerDettesNonEchues: false });
    expect(r.nonImpute).toBe('100.00');
    expect(r.dettes[2]?.impute.total).toBe('0.00');
  });

  it('option: age by date of origin instead of due date', () => {
    const d = [
      { id: 'A', dateEcheance: '2025-01-31', dateOrigine: '2024-12-01', principal: 100 },
      { id: 'B', dateEcheance: '2025-02-28', dateOrigine: '2024-11-01', principal: 100 },
    ];
    expect(imputerPaiements({ dettes: d, paiements: [{ date: '2025-03-01', montant: 50 }] }).paiements[0]?.dettes[0]?.id).toBe('A');
    expect(imputerPaiements({ dettes: d, paiements: [{ date: '2025-03-01', montant: 50 }] }, { anciennete: 'dateOrigine' }).paiements[0]?.dettes[0]?.id).toBe('B');
  });

  it('all things being equal, pro rata of the sums owed, cent-exact (largest remainder, ties to the first listed)', () => {
    const r = imputerPaiements({
      dettes: [
        { id: 'A', dateEcheance: '2025-01-31', principal: '100.00' },
        { id: 'B', dateEcheance: '2025-01-31', principal: '200.00' },
        { id: 'C', dateEcheance: '2025-01-31', principal: '100.00' },
      ],
      paiements: [{ date: '2025-02-15', montant: '100.01' }],
    });
    // exact shares 25.0025, 50.005, 25.0025: floors 25.00, 50.00, 25.00 and the leftover cent to B (largest remainder).
    expect(r.paiements[0]?.dettes.map((d) => [d.id, d.total])).toEqual([['A', '25.00'], ['B', '50.01'], ['C', '25.00']]);
    expect(r.paiements[0]?.motifs[0]).toMatch(/proportionnelle/);
    const egal = imputerPaiements({
      dettes: [{ id: 'A', dateEcheance: '2025-01-31', principal: 1 }, { id: 'B', dateEcheance: '2025-01-31', principal: 1 }],
      paiements: [{ date: '2025-02-15', montant: '0.01' }],
    });
    expect(egal.paiements[0]?.dettes.map((d) => [d.id, d.total])).toEqual([['A', '0.01']]);
  });

  it('takes payments in date order, each seeing the balances left by the previous ones, and reports an overpayment', () => {
    const r = imputerPaiements({
      dettes: [{ id: 'A', dateEcheance: '2025-01-31', principal: 100 }],
      paiements: [{ date: '2025-03-01', montant: 80, reference: 'vir-2' }, { date: '2025-02-01', montant: 50 }],
    });
    expect(r.paiements.map((p) => [p.index, p.date, p.nonImpute])).toEqual([[1, '2025-02-01', '0.00'], [0, '2025-03-01', '30.00']]);
    expect(r.paiements[1]?.reference).toBe('vir-2');
    expect(r).toMatchObject({ totalPaye: '130.00', totalImpute: '100.00', nonImpute: '30.00' });
    expect(r.dettes[0]?.soldee).toBe(true);
  });

  it('rejects bad input with the failing path', () => {
    const ok = { id: 'A', dateEcheance: '2025-01-31', principal: 100 };
    expect(erreur(() => imputerPaiements({ dettes: [ok, ok], paiements: [] })).issues[0]?.path).toEqual(['dettes', 1, 'id']);
    expect(erreur(() => imputerPaiements({ dettes: [{ ...ok, interets: '-1' }], paiements: [] })).issues[0]?.path).toEqual(['dettes', 0, 'interets']);
    expect(erreur(() => imputerPaiements({ dettes: [{ ...ok, dateEcheance: '2025-02-30' }], paiements: [] })).issues[0]?.path).toEqual(['dettes', 0, 'dateEcheance']);
    expect(erreur(() => imputerPaiements({ dettes: [ok], paiements: [{ date: '2025-01-01', montant: 0 }] })).issues[0]?.path).toEqual(['paiements', 0, 'montant']);
    expect(erreur(() => imputerPaiements({ dettes: [ok], paiements: [{ date: '2025-01-01', montant: 1, designation: ['Z'] }] })).issues[0]?.path).toEqual(['paiements', 0, 'designation', 0]);
    expect(erreur(() => imputerPaiements({ dettes: [ok], paiements: [] }, { anciennete: 'dateOrigine' })).issues[0]?.path).toEqual(['dettes', 0, 'dateOrigine']);
    const mauvais = { ordreComposantes: ['principal', 'principal', 'interets', 'frais', 'indemnite'] } as unknown as OptionsImputation;
    expect(erreur(() => imputerPaiements({ dettes: [ok], paiements: [] }, mauvais)).issues[0]?.path).toEqual(['options', 'ordreComposantes']);
  });

  it('does not mutate its input and returns JSON-safe data', () => {
    const params = geler({ dettes: [{ id: 'A', dateEcheance: '2025-01-31', principal: '100', interets: '5' }], paiements: [{ date: '2025-02-01', montant: '50', designation: ['A'] }] });
    const copie = JSON.parse(JSON.stringify(params)) as unknown;
    const r = imputerPaiements(params, geler({ ordreComposantes: ['interets', 'penalites', 'indemnite', 'frais', 'principal'] as Composante[] }));
    expect(params).toEqual(copie);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('imputerPaiements — properties', () => {
  const arbMontant = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1_000_000_00 }));
  const arbDette = fc.record({
    echeance: fc.integer({ min: 0, max: 400 }),
    interetDebiteur: fc.integer({ min: 0, max: 2 }),
    principal: arbMontant,
    interets: arbMontant,
    penalites: arbMontant,
    indemnite: fc.constantFrom(0, 4000),
    frais: arbMontant,
  });
  const arbPaiement = fc.record({ jour: fc.integer({ min: 0, max: 500 }), centimes: fc.integer({ min: 1, max: 2_000_000_00 }), designe: fc.option(fc.nat({ max: 9 }), { nil: undefined }) });
  const j0 = lireDate('2025-01-01');

  it('property: never more than paid, never more than owed per component, paid = imputed + unimputed, interest before principal', () => {
    fc.assert(
      fc.property(fc.array(arbDette, { minLength: 1, maxLength: 8 }), fc.array(arbPaiement, { maxLength: 6 }), fc.boolean(), (ds, ps, designations) => {
        const dettes = ds.map((d, i) => ({
          id: `D${i}`,
          dateEcheance: formaterDate(j0 + d.echeance),
          interetDebiteur: d.interetDebiteur,
          principal: formaterEuros(d.principal),
          interets: formaterEuros(d.interets),
          penalites: formaterEuros(d.penalites),
          indemnite: formaterEuros(d.indemnite),
          frais: formaterEuros(d.frais),
        }));
        const paiements = ps.map((p) => ({
          date: formaterDate(j0 + p.jour),
          montant: formaterEuros(p.centimes),
          ...(designations && p.designe !== undefined && p.designe < ds.length ? { designation: [`D${p.designe}`] } : {}),
        }));
        const r = imputerPaiements({ dettes, paiements });
        const totalPaye = ps.reduce((s, p) => s + p.centimes, 0);
        expect(c(r.totalPaye)).toBe(totalPaye);
        expect(c(r.totalImpute) + c(r.nonImpute)).toBe(totalPaye);
        let impute = 0;
        r.dettes.forEach((d, i) => {
          const du = ds[i]!;
          for (const k of COMPOSANTES) {
            expect(c(d.impute[k])).toBeGreaterThanOrEqual(0);
            expect(c(d.impute[k]) + c(d.restantDu[k])).toBe(du[k]);
          }
          // 1343-1: principal is touched only once interest is fully paid.
          if (c(d.impute.principal) > 0) expect(c(d.restantDu.interets)).toBe(0);
          impute += c(d.impute.total);
        });
        expect(impute).toBe(c(r.totalImpute));
        // Per payment: the parts sum to the payment.
        for (const p of r.paiements) {
          expect(p.dettes.reduce((s, d) => s + c(d.total), 0) + c(p.nonImpute)).toBe(c(p.montant));
        }
        // Something is left unimputed only when nothing is owed any more.
        if (c(r.nonImpute) > 0) expect(r.dettes.every((d) => d.soldee)).toBe(true);
      }),
      { numRuns: runs(400) },
    );
  });

  it('property: a pro-rata split sums exactly and stays within one cent of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000_00 }), { minLength: 2, maxLength: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), (dus, f) => {
        const total = dus.reduce((a, b) => a + b, 0);
        const paye = Math.max(1, Math.floor(total * f));
        fc.pre(paye < total);
        const r = imputerPaiements({
          dettes: dus.map((d, i) => ({ id: `D${i}`, dateEcheance: '2025-01-31', principal: formaterEuros(d) })),
          paiements: [{ date: '2025-02-01', montant: formaterEuros(paye) }],
        });
        expect(r.paiements[0]?.nonImpute).toBe('0.00');
        r.dettes.forEach((d, i) => {
          const exact = (BigInt(paye) * BigInt(dus[i]!) * 1000n) / BigInt(total);
          expect(Math.abs(Number(BigInt(c(d.impute.total)) * 1000n - exact))).toBeLessThanOrEqual(1000);
        });
      }),
      { numRuns: runs(300) },
    );
  });
});
