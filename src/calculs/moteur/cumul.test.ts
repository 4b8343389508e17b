/**
 * The one walk (`cumuler`, for a single call and for the batch alike) against the oracle of
 * `test/oracle/penalites.ts` (the former general route, its own object accrual), on what the random
 * properties of the callers rarely reach: the reused row buffer, and `baseAnnuelle: 'exacte'` across the
 * Gregorian century rule (2000 is a leap year, 2100 is not), with custom tables that reach those years.
 * Then the timeline builder (`chronologie.ts`): the range laid out once per tables ends exactly where the
 * strict builder starts to throw `BAREME_MANQUANT`, with the tables' message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/proprietes.js';
import { baremesParDefaut } from '../../baremes/donnees.js';
import type { Baremes } from '../../baremes/types.js';
import { penalitesOracle as resultatGeneral } from '../../../test/oracle/penalites.js';
import { compilerBaremes } from '../../baremes/compiler.js';
import { lireTaux } from '../../socle/taux.js';
import { formaterDate, lireDate } from '../../socle/date-iso.js';
import { RecouvrementError } from '../../socle/erreurs.js';
import { calculerInteretsLegaux } from '../interets/calculerInteretsLegaux.js';
import { calculerPenalitesRetard, type ParamsPenalites } from '../penalites/calculerPenalitesRetard.js';
import { calculerPenalitesRetardLot } from '../penalites/calculerPenalitesRetardLot.js';
import { chronologiePenalites, chronologiesDe, MODE_BCE, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL } from './chronologie.js';
import { fusionnerPauses, type BaseAnnuelle } from './cumul.js';

describe('cumuler — the row buffer is reused from row to row', () => {
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

  it('per call, one invoice after another: the same periods as the oracle', () => {
    for (const l of [a, b, a, b]) expect(calculerPenalitesRetard(l)).toEqual(resultatGeneral(l));
  });
});

describe("cumuler — baseAnnuelle 'exacte' across the century rule (custom tables)", () => {
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
    it(`${nom}: the batch and the single call give the oracle’s result`, () => {
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

describe('chronologie — the range laid out once per tables comes from the builder itself', () => {
  /** The message of the BAREME_MANQUANT error `f` throws (fails if it throws anything else, or nothing). */
  function manque(f: () => unknown): string {
    try {
      f();
    } catch (e) {
      if (e instanceof RecouvrementError && e.code === 'BAREME_MANQUANT') return e.message;
      throw e;
    }
    throw new Error('BAREME_MANQUANT attendu');
  }
  const court: Baremes = { ...baremesParDefaut, bce: { ...baremesParDefaut.bce, connuJusquau: '2024-03-15' } };
  const t = chronologiesDe(compilerBaremes(court));
  const jour = (d: string) => lireDate(d);

  it('ECB + 10 (semester rule from 2013): the cached range runs from the first rule to the end of the last half-year whose 1 January or 1 July the ECB history covers', () => {
    const c = chronologiePenalites(t, MODE_BCE, '', null, false, Number.NaN, jour('2024-01-01'), jour('2024-06-30'));
    expect([formaterDate(c.debut), formaterDate(c.fin)]).toEqual(['2009-01-01', '2024-06-30']);
    // The day after: the strict builder throws, with the tables' message (the anchor day 2024-07-01 is unknown).
    expect(manque(() => chronologiePenalites(t, MODE_BCE, '', null, false, Number.NaN, jour('2024-06-30'), jour('2024-07-01')))).toMatch(/^Taux BCE inconnu au 2024-07-01/);
    expect(manque(() => chronologiePenalites(t, MODE_BCE, '', null, false, Number.NaN, jour('2008-12-31'), jour('2009-01-05')))).toMatch(/^Taux de pénalités L441-10 : aucune valeur en vigueur au 2008-12-31/);
  });

  it('a contractual rate: the cached range is the taux légal periods’ range (the ECB history does not matter); then the strict builder throws', () => {
    const c = chronologiePenalites(t, MODE_CONTRACTUEL, '8', lireTaux('8'), false, Number.NaN, jour('2025-01-01'), jour('2025-02-01'));
    const dernier = baremesParDefaut.tauxLegal.at(-1)!;
    expect([formaterDate(c.debut), formaterDate(c.fin)]).toEqual(['2009-01-01', dernier.au]);
    const lendemain = formaterDate(jour(dernier.au) + 1);
    expect(manque(() => chronologiePenalites(t, MODE_CONTRACTUEL, '8', lireTaux('8'), false, Number.NaN, jour(dernier.au), jour(lendemain)))).toBe(
      `Taux de l'intérêt légal inconnu au ${lendemain}. Ajoutez l'arrêté correspondant avec etendreBaremes().`,
    );
  });

  it('public buyers (R2192-31): one rate from the first day on, open-ended; a first day whose half-year start the ECB history misses throws', () => {
    const c = chronologiePenalites(t, MODE_COMMANDE_PUBLIQUE, '', null, false, jour('2024-01-01'), jour('2024-02-01'), jour('2030-01-01'));
    expect([formaterDate(c.debut), c.fin, c.textes]).toEqual(['2024-02-01', Number.POSITIVE_INFINITY, ['12.50']]);
    expect(manque(() => chronologiePenalites(t, MODE_COMMANDE_PUBLIQUE, '', null, false, jour('2024-01-01'), jour('2024-07-02'), jour('2024-08-01')))).toMatch(/^Taux BCE inconnu au 2024-07-01/);
  });
});

describe('legal interest — the timeline of a category laid out once per tables gives each call its own avertissements', () => {
  const inconfirmees: Baremes = {
    ...baremesParDefaut,
    tauxLegal: baremesParDefaut.tauxLegal.map((t) => (/^(2016|2019|2024)/.test(t.du) ? { ...t, confirme: false } : t)),
  };
  const periodes = compilerBaremes(inconfirmees).tauxLegal;

  it('property: the UNCONFIRMED taux légal periods met by [dateDebut, last accruing day], each cut to those days, in order (with or without the +5 points of L313-3)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: lireDate('2015-01-01'), max: lireDate('2025-12-31') }),
        fc.integer({ min: 0, max: 1500 }),
        fc.option(fc.integer({ min: -200, max: 1500 }), { nil: undefined }),
        fc.constantFrom('creancier-particulier' as const, 'autres-cas' as const),
        (debut, duree, decision, categorie) => {
          const fin = Math.min(debut + duree, periodes.at(-1)!.au);
          const p = {
            montant: '1000.00',
            dateDebut: formaterDate(debut),
            dateFin: formaterDate(fin),
            categorie,
            ...(decision === undefined ? {} : { dateDecisionExecutoire: formaterDate(debut + decision) }),
          };
          const attendus = periodes
            .filter((x) => !x.confirme && x.du <= fin && x.au >= debut)
            .map((x) => `Valeur NON CONFIRMÉE utilisée du ${formaterDate(Math.max(x.du, debut))} au ${formaterDate(Math.min(x.au, fin))} : ${x.libelle}. Vérifiez-la avant de vous en prévaloir.`);
          expect(calculerInteretsLegaux(p, { baremes: inconfirmees }).avertissements).toEqual(attendus);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('fusionnerPauses / cumulerHorsPauses — days without accrual', () => {
  it('merges overlapping and adjacent ranges, drops inverted ones', () => {
    expect(fusionnerPauses([{ du: 10, au: 12 }, { du: 1, au: 3 }, { du: 4, au: 5 }, { du: 11, au: 20 }, { du: 30, au: 29 }])).toEqual([1, 5, 10, 20]);
    expect(fusionnerPauses([])).toEqual([]);
  });
});
