/**
 * The column accrual of `cumulLot.ts` (the batch total `totalLot`, and `periodesLot` of the per-call fast
 * route) against the general route (`resultatGeneral`, on the engine of `moteur/`), on what the random
 * properties of the callers rarely reach: the reused row buffer, and `baseAnnuelle: 'exacte'` across the
 * Gregorian century rule (2000 is a leap year, 2100 is not), with custom tables that reach those years.
 */
import { describe, expect, it } from 'vitest';
import { baremesParDefaut } from '../../baremes/donnees.js';
import type { Baremes } from '../../baremes/types.js';
import type { BaseAnnuelle } from '../moteur/cumul.js';
import { calculerPenalitesRetard, resultatGeneral, type ParamsPenalites } from '../penalites/calculerPenalitesRetard.js';
import { calculerPenalitesRetardLot } from '../penalites/calculerPenalitesRetardLot.js';

describe('cumulLot — the row buffer is reused from row to row', () => {
  // Row A leaves payments of 2025-03-01 and 2025-05-01 in the buffer; row B has one payment only, on
  // 2025-05-01 too: B's base must drop by B's payment only (L441-10 II: the amount still unpaid).
  const a: ParamsPenalites = {
    montant: '5000.00',
    dateEcheance: '2025-01-31',
    dateCalcul: '2025-09-30',
    paiements: [{ date: '2025-03-01', montant: '1000' }, { date: '2025-05-01', montant: '700' }],
  };
  const b: ParamsPenalites = { montant: '3000.00', dateEcheance: '2025-01-31', dateCalcul: '2025-09-30', paiements: [{ date: '2025-05-01', montant: '500' }] };

  it('in a batch: a row with fewer payments than the previous one is not affected by the previous row’s payments', () => {
    const attendu = [a, b, a].map((l) => resultatGeneral(l).montant);
    expect(calculerPenalitesRetardLot([a, b, a])).toEqual(attendu);
    expect(calculerPenalitesRetardLot([a, b, a], { baseAnnuelle: 'exacte' })).toEqual([a, b, a].map((l) => resultatGeneral(l, { baseAnnuelle: 'exacte' }).montant));
  });

  it('per call, one invoice after another: the same periods as the general route', () => {
    for (const l of [a, b, a, b]) expect(calculerPenalitesRetard(l)).toEqual(resultatGeneral(l));
  });
});

describe("cumulLot — baseAnnuelle 'exacte' across the century rule (custom tables)", () => {
  const ecb = (du: string, taux: string) => ({ du, taux, source: 'test', confirme: true });
  // The ECB history extended (the last known rate kept) up to 2101, and a rule from 1999 with its own ECB
  // history from 1999 (test data, not legal facts: the shipped tables start in 2009).
  const jusqua2101: Baremes = { ...baremesParDefaut, bce: { changements: [...baremesParDefaut.bce.changements, ecb('2099-07-01', '2.5')], connuJusquau: '2101-12-31' } };
  const depuis1999: Baremes = {
    ...baremesParDefaut,
    bce: { changements: [ecb('1999-01-01', '3'), ecb('2000-02-04', '3.25'), ecb('2000-06-28', '4.25'), ...baremesParDefaut.bce.changements], connuJusquau: baremesParDefaut.bce.connuJusquau },
    regleL441_10: [{ du: '1999-01-01', points: '7', ancrage: 'operation-la-plus-recente', facteurPlancher: 3, source: 'test', confirme: true }, ...baremesParDefaut.regleL441_10],
  };
  const cas: [string, Baremes, ParamsPenalites][] = [
    ['2099 → 2101 (2100 has 365 days)', jusqua2101, { montant: '100000.00', dateEcheance: '2099-11-30', dateCalcul: '2101-02-28' }],
    ['2099 → 2101, with a payment in 2100', jusqua2101, { montant: '100000.00', dateEcheance: '2099-11-30', dateCalcul: '2101-02-28', paiements: [{ date: '2100-03-01', montant: '40000' }] }],
    ['1999 → 2001 (2000 has 366 days)', depuis1999, { montant: '100000.00', dateEcheance: '1999-11-30', dateCalcul: '2001-02-28' }],
    ['1999 → 2001, with a payment in 2000', depuis1999, { montant: '100000.00', dateEcheance: '1999-11-30', dateCalcul: '2001-02-28', paiements: [{ date: '2000-01-03', montant: '40000' }] }],
  ];
  for (const [nom, baremes, l] of cas) {
    it(`${nom}: the batch and the fast route give the general route’s result`, () => {
      for (const baseAnnuelle of [365, 'exacte'] as BaseAnnuelle[]) {
        const options = { baremes, baseAnnuelle };
        const general = resultatGeneral(l, options);
        expect(calculerPenalitesRetardLot([l], options)).toEqual([general.montant]);
        expect(calculerPenalitesRetard(l, options)).toEqual(general);
      }
    });
  }

  it('the divisor follows the calendar: 366 for the days of 2000; 2099, 2100 and 2101 all have 365, so their days form one period', () => {
    const bases = (baremes: Baremes, l: ParamsPenalites) => [resultatGeneral(l, { baremes, baseAnnuelle: 'exacte' }), calculerPenalitesRetard(l, { baremes, baseAnnuelle: 'exacte' })].map((r) => r.periodes.map((p) => [p.du, p.au, p.baseAnnuelle]));
    for (const periodes of bases(jusqua2101, cas[0]![2])) expect(periodes).toEqual([['2099-12-01', '2101-02-28', 365]]);
    for (const periodes of bases(depuis1999, cas[2]![2])) {
      // Cut at the year ends and at the ECB operations of 2000-02-04 and 2000-06-28 (rule of the most recent operation).
      expect(periodes.map(([du, au, base]) => [du, au, base])).toEqual([
        ['1999-12-01', '1999-12-31', 365],
        ['2000-01-01', '2000-02-03', 366],
        ['2000-02-04', '2000-06-27', 366],
        ['2000-06-28', '2000-12-31', 366],
        ['2001-01-01', '2001-02-28', 365],
      ]);
    }
  });
});
