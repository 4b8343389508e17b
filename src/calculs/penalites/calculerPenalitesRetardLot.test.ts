import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, arbMontant, erreur, geler } from '../../../test/outils.js';
import { baremesParDefaut } from '../../baremes/donnees.js';
import type { Baremes } from '../../baremes/types.js';
import { RecouvrementError } from '../../socle/erreurs.js';
import type { BaseAnnuelle } from '../moteur/cumul.js';
import { penalitesOracle as oracle } from '../../../test/oracle/penalites.js';
import { calculerPenalitesRetard, type ParamsPenalites } from './calculerPenalitesRetard.js';
import { calculerPenalitesRetardLot } from './calculerPenalitesRetardLot.js';

/**
 * What a single computation says for each row: a total, or the first error (with the row index prefixed).
 * It is the oracle of `test/oracle/penalites.ts` (the former general route: its own reading, timelines and
 * accrual, nothing imported from `src/calculs/`; it shares the socle parsers and the compiled tables with the
 * engine). `calculerPenalitesRetard` itself runs on the same engine as the batch, so it would be no
 * independent check.
 */
function attendu(lignes: readonly unknown[], options: { baseAnnuelle: BaseAnnuelle; baremes?: Baremes }): string[] | { code: string; path: PropertyKey[]; message: string } {
  const r: string[] = [];
  for (let i = 0; i < lignes.length; i++) {
    try {
      r.push(oracle(lignes[i], options).montant);
    } catch (e) {
      if (!(e instanceof RecouvrementError)) throw e;
      const issue = e.issues[0];
      return { code: e.code, path: issue ? [i, ...issue.path] : [], message: issue ? issue.message : e.message };
    }
  }
  return r;
}

function obtenu(lignes: readonly unknown[], options: { baseAnnuelle: BaseAnnuelle; baremes?: Baremes }): string[] | { code: string; path: PropertyKey[]; message: string } {
  try {
    return calculerPenalitesRetardLot(lignes as ParamsPenalites[], options);
  } catch (e) {
    if (!(e instanceof RecouvrementError)) throw e;
    const issue = e.issues[0];
    return { code: e.code, path: issue ? [...issue.path] : [], message: issue ? issue.message : e.message };
  }
}

// Amounts in every accepted spelling (and a few refused ones, rarely).
const arbMontantEntree: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: arbMontant },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.constantFrom('0', '0.0', '007.5', '1e3', '12,50', '-5.00', '-0', '1.234', '', ' 1', '99999999999999', '10000000000000.00', '10000000000000.01') },
);

const arbTaux: fc.Arbitrary<ParamsPenalites['taux'] | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant({ mode: 'bce+10' as const }) },
  { weight: 2, arbitrary: fc.constantFrom('0', '5', '7.86', '12.15', '9.999', '15', '3.123456', '999.999999').map((t) => ({ mode: 'contractuel' as const, tauxAnnuel: t })) },
  // The other reading of a rate below the floor (L441-10 II: the clause is ineffective, ECB + 10 applies).
  { weight: 1, arbitrary: fc.constantFrom('0', '5', '9.999').map((t) => ({ mode: 'contractuel' as const, tauxAnnuel: t, sousPlancher: 'bce+10' as const })) },
  { weight: 1, arbitrary: fc.constant({ mode: 'commande-publique' as const }) },
);

/** A public contract's day, around the 16 March 2013 change of regime (L2192-13, R2192-31). */
const arbContrat = fc.option(arbDate('2008-05-01', '2020-12-31'), { nil: undefined, freq: 2 });

// Due dates from 2008 (before the tables: BAREME_MANQUANT) to the end of 2026 (after the last ECB entry).
const arbLigne: fc.Arbitrary<ParamsPenalites> = fc
  .record({
    montant: arbMontantEntree,
    dateEcheance: arbDate('2008-10-01', '2026-12-31'),
    delai: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer({ min: 0, max: 2000 })),
    paiements: fc.option(
      fc.array(fc.record({ decalage: fc.integer({ min: -40, max: 900 }), montant: arbMontantEntree }), { minLength: 0, maxLength: 4 }),
      { nil: undefined, freq: 2 },
    ),
    taux: arbTaux,
    dateContrat: arbContrat,
  })
  .map(({ montant, dateEcheance, delai, paiements, taux, dateContrat }) => {
    const echeance = Date.UTC(Number(dateEcheance.slice(0, 4)), Number(dateEcheance.slice(5, 7)) - 1, Number(dateEcheance.slice(8, 10)));
    const jour = (d: number) => new Date(echeance + d * 86_400_000).toISOString().slice(0, 10);
    const l: Record<string, unknown> = { montant, dateEcheance, dateCalcul: jour(delai) };
    if (paiements) l.paiements = paiements.map((p) => ({ date: jour(p.decalage), montant: p.montant }));
    if (taux) l.taux = taux;
    if (dateContrat !== undefined) l.dateContrat = dateContrat;
    return l as unknown as ParamsPenalites;
  });

/** Valid rows only, in the tables' range, most with plain amounts (the fast path). */
const arbLigneValide: fc.Arbitrary<ParamsPenalites> = fc
  .record({
    montant: arbMontant,
    dateEcheance: arbDate('2009-01-01', '2026-06-30'),
    delai: fc.integer({ min: 0, max: 1500 }),
    paiements: fc.option(fc.array(fc.record({ decalage: fc.integer({ min: -40, max: 900 }), montant: fc.integer({ min: 1, max: 500_000_000 }).map((c) => (c / 100).toString()) }), { maxLength: 3 }), { nil: undefined }),
    taux: arbTaux,
    dateContrat: arbContrat,
  })
  .map(({ montant, dateEcheance, delai, paiements, taux, dateContrat }) => {
    const echeance = Date.UTC(Number(dateEcheance.slice(0, 4)), Number(dateEcheance.slice(5, 7)) - 1, Number(dateEcheance.slice(8, 10)));
    const jour = (d: number) => new Date(Math.min(echeance + d * 86_400_000, Date.UTC(2026, 11, 31))).toISOString().slice(0, 10);
    const l: { -readonly [K in keyof ParamsPenalites]: ParamsPenalites[K] } = { montant, dateEcheance, dateCalcul: jour(delai) };
    if (paiements) l.paiements = paiements.map((p) => ({ date: jour(p.decalage), montant: p.montant }));
    if (taux) l.taux = taux;
    if (dateContrat !== undefined) l.dateContrat = dateContrat;
    return l;
  });

describe('calculerPenalitesRetardLot — worked examples', () => {
  it('legal reference §1.4 in a batch: 257.87 € (two half-years, L441-10 II), and nothing before the due date', () => {
    expect(
      calculerPenalitesRetardLot([
        { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
        { montant: 500, dateEcheance: '2025-05-31', dateCalcul: '2025-05-31' },
      ]),
    ).toEqual(['257.87', '0.00']);
  });

  it('2009–2012: the rate of the most recent ECB operation, day by day (L441-6, loi LME), same as per call', () => {
    // 25 000 € from 2011-04-01 to 2011-12-31 over five ECB operations (MRO + 10 points):
    // 12 d at 11 % = 90.41; 91 d at 11.25 % = 701.20; 119 d at 11.50 % = 937.33; 35 d at 11.25 % = 269.69;
    // 18 d at 11 % = 135.62 → 2134.25 €.
    const l = { montant: '25000.00', dateEcheance: '2011-03-31', dateCalcul: '2011-12-31' };
    expect(calculerPenalitesRetardLot([l])).toEqual(['2134.25']);
    expect(calculerPenalitesRetardLot([l])).toEqual([calculerPenalitesRetard(l).montant]);
  });

  it('a contractual rate below 3 × taux légal is raised to the floor (SH-1: 36.39 €), as per call', () => {
    expect(calculerPenalitesRetardLot([{ montant: 3000, dateEcheance: '2024-07-31', dateCalcul: '2024-08-30', taux: { mode: 'contractuel', tauxAnnuel: '10' } }])).toEqual(['36.39']);
  });

  it('accepts any iterable (a generator), and an empty batch', () => {
    function* lignes(): Generator<ParamsPenalites> {
      yield { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' };
      yield { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', paiements: [{ date: '2025-07-01', montant: '10000' }] };
    }
    expect(calculerPenalitesRetardLot(lignes())).toEqual(['257.87', calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-07-01' }).montant]);
    expect(calculerPenalitesRetardLot([])).toEqual([]);
  });

  it('a generator takes the same per-row routes as an array: rows the fast path does not read (amounts as numbers with decimals, 65 payments) give the per-call totals', () => {
    const paiements = Array.from({ length: 65 }, (_, k) => ({ date: `2025-0${6 + (k % 3)}-${String(1 + (k % 28)).padStart(2, '0')}`, montant: '1.00' }));
    const lignes: ParamsPenalites[] = [
      { montant: 10_000.5, dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
      { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', paiements },
      { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
    ];
    function* generateur(): Generator<ParamsPenalites> {
      yield* lignes;
    }
    const parLigne = lignes.map((l) => oracle(l).montant);
    // 10 000.50 €: 30 d at 13.15 % = 108.09 (108.0888…) + 45 d at 12.15 % = 149.80 (149.7983…).
    expect(parLigne[0]).toBe('257.89');
    expect(parLigne[2]).toBe('257.87');
    expect(calculerPenalitesRetardLot(generateur())).toEqual(parLigne);
    expect(calculerPenalitesRetardLot(lignes)).toEqual(parLigne);
  });

  it('a bad row read from a generator carries its own index in the path (here 2)', () => {
    function* generateur(): Generator<unknown> {
      yield { montant: '1.00', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' };
      yield { montant: 2.5, dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' };
      yield { montant: '1.00', dateEcheance: '2025-02-30', dateCalcul: '2025-03-01' };
    }
    const e = erreur(() => calculerPenalitesRetardLot(generateur() as Iterable<ParamsPenalites>));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual([2, 'dateEcheance']);
  });

  it('nothing is owed, and no table is read, for a zero amount or an invoice paid in full by its due date: even for a public buyer (R2192-31) before 2009, where the tables have no ECB rate', () => {
    const commandePublique = { mode: 'commande-publique' as const };
    const lignes: ParamsPenalites[] = [
      { montant: '0.00', dateEcheance: '2005-01-31', dateCalcul: '2005-06-30', taux: commandePublique },
      { montant: '100.00', dateEcheance: '2005-03-31', dateCalcul: '2005-06-30', paiements: [{ date: '2005-03-31', montant: '100.00' }], taux: commandePublique },
      { montant: '100.00', dateEcheance: '2005-03-31', dateCalcul: '2005-06-30', paiements: [{ date: '2005-02-01', montant: '60' }, { date: '2005-03-01', montant: '40' }] },
    ];
    expect(lignes.map((l) => oracle(l).montant)).toEqual(['0.00', '0.00', '0.00']);
    expect(calculerPenalitesRetardLot(lignes)).toEqual(['0.00', '0.00', '0.00']);
    // The same public-buyer invoice, not paid: the ECB rate of 2005 is needed, and missing.
    expect(erreur(() => calculerPenalitesRetardLot([{ ...lignes[1]!, paiements: [] }])).code).toBe('BAREME_MANQUANT');
  });

  it('custom tables whose ECB history starts after the first L441-10 rule (no batch timeline can be laid out): every row takes the per-call path, same totals', () => {
    const tardive: Baremes = { ...baremesParDefaut, bce: { ...baremesParDefaut.bce, changements: baremesParDefaut.bce.changements.filter((c) => c.du >= '2015-01-01') } };
    const lignes: ParamsPenalites[] = [
      { montant: '1000.00', dateEcheance: '2024-12-31', dateCalcul: '2025-03-31' },
      { montant: '1000.00', dateEcheance: '2024-12-31', dateCalcul: '2025-03-31', taux: { mode: 'contractuel', tauxAnnuel: '20' } },
    ];
    const parLigne = lignes.map((l) => oracle(l, { baremes: tardive }).montant);
    expect(parLigne[0]).toBe('32.42');
    expect(calculerPenalitesRetardLot(lignes, { baremes: tardive })).toEqual(parLigne);
  });

  it('a day outside the tables throws BAREME_MANQUANT, as for a single invoice (never extrapolated)', () => {
    const lignes = [
      { montant: '100', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' },
      { montant: '100', dateEcheance: '2008-06-30', dateCalcul: '2009-03-01' },
    ];
    const e = erreur(() => calculerPenalitesRetardLot(lignes));
    expect(e.code).toBe('BAREME_MANQUANT');
    expect(e.message).toBe(erreur(() => calculerPenalitesRetard(lignes[1]!)).message);
  });
});

describe('calculerPenalitesRetardLot — bad rows', () => {
  const bonne = { montant: '100.00', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' };
  const cas: [string, unknown, PropertyKey[]][] = [
    ['an impossible date', { ...bonne, dateEcheance: '2025-02-30' }, ['dateEcheance']],
    ['a comma in an amount', { ...bonne, montant: '12,50' }, ['montant']],
    ['a zero payment', { ...bonne, paiements: [{ date: '2025-02-10', montant: '0.00' }] }, ['paiements', 0, 'montant']],
    ['a payment date with a time', { ...bonne, paiements: [{ date: '2025-02-10T00:00', montant: '1' }] }, ['paiements', 0, 'date']],
    ['an unknown rate mode', { ...bonne, taux: { mode: 'bce+7' } }, ['taux', 'mode']],
    ['a malformed contractual rate', { ...bonne, taux: { mode: 'contractuel', tauxAnnuel: '12,5' } }, ['taux', 'tauxAnnuel']],
    ['a row that is not an object', null, []],
    ['a row that is an array', [], []],
  ];
  for (const [nom, ligne, path] of cas) {
    it(`${nom}: ENTREE_INVALIDE with the row index first in the path`, () => {
      const e = erreur(() => calculerPenalitesRetardLot([bonne, bonne, ligne as ParamsPenalites, bonne]));
      expect(e.code).toBe('ENTREE_INVALIDE');
      expect(e.issues[0]?.path).toEqual([2, ...path]);
    });
  }

  it('a total beyond 2^53 cents (not exact as a number) is refused with the row index as its path, as per call', () => {
    const enorme = { montant: '10000000000000.00', dateEcheance: '2008-12-31', dateCalcul: '2009-11-25', taux: { mode: 'contractuel' as const, tauxAnnuel: '999.999999' } };
    const e = erreur(() => calculerPenalitesRetardLot([bonne, enorme]));
    const seul = erreur(() => calculerPenalitesRetard(enorme));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.code).toBe('too_big');
    expect(e.issues[0]?.path).toEqual([1, ...seul.issues[0]!.path]);
  });

  it('the limit itself: a total of exactly 2^53 − 1 cents is exact and returned; one cent more of amount (hence of total) is refused, as per call', () => {
    // One period of 365 days at a contractual 900.719953 % (far above the floor), base 365:
    // 999 999 969 440 112 c × 900.719953 % = 9 007 199 254 740 991 c after half-up rounding.
    const limite = { montant: '9999999694401.12', dateEcheance: '2023-12-31', dateCalcul: '2024-12-30', taux: { mode: 'contractuel' as const, tauxAnnuel: '900.719953' } };
    expect(oracle(limite).montant).toBe('90071992547409.91');
    expect(calculerPenalitesRetardLot([bonne, limite])).toEqual([oracle(bonne).montant, '90071992547409.91']);
    const e = erreur(() => calculerPenalitesRetardLot([bonne, { ...limite, montant: '9999999694401.13' }]));
    expect(e.issues[0]?.code).toBe('too_big');
    expect(e.issues[0]?.path).toEqual([1]);
  });

  it('property: one bad row anywhere → ENTREE_INVALIDE at [its index, …the per-call path]', () => {
    fc.assert(
      fc.property(
        fc.array(arbLigneValide, { maxLength: 20 }),
        fc.nat(),
        fc.constantFrom<[string, unknown]>(['montant', 'abc'], ['montant', -1], ['dateCalcul', '2025-13-01'], ['dateEcheance', 20250101], ['paiements', 'x'], ['taux', 'bce+10']),
        (lignes, k, [champ, valeur]) => {
          const i = lignes.length === 0 ? 0 : k % (lignes.length + 1);
          const mauvaise = { ...(lignes[i] ?? { montant: '1', dateEcheance: '2025-01-01', dateCalcul: '2025-02-01' }), [champ]: valeur };
          const lot = [...lignes.slice(0, i), mauvaise, ...lignes.slice(i)];
          const e = erreur(() => calculerPenalitesRetardLot(lot as ParamsPenalites[]));
          const seul = erreur(() => calculerPenalitesRetard(mauvaise as ParamsPenalites));
          expect(e.code).toBe('ENTREE_INVALIDE');
          expect(e.issues[0]?.path).toEqual([i, ...seul.issues[0]!.path]);
          expect(e.issues[0]?.message).toBe(seul.issues[0]!.message);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('calculerPenalitesRetardLot — agrees exactly with calculerPenalitesRetard', () => {
  for (const baseAnnuelle of [365, 'exacte'] as const) {
    it(`property (baseAnnuelle ${baseAnnuelle}): valid batches, all modes, payments → the same totals`, () => {
      fc.assert(
        fc.property(fc.array(arbLigneValide, { maxLength: 25 }), (lignes) => {
          expect(obtenu(lignes, { baseAnnuelle })).toEqual(attendu(lignes, { baseAnnuelle }));
        }),
        { numRuns: runs(400) },
      );
    });

    it(`property (baseAnnuelle ${baseAnnuelle}): any batch, valid or not, in or out of the tables → same totals or the same first error`, () => {
      fc.assert(
        fc.property(fc.array(arbLigne, { maxLength: 12 }), (lignes) => {
          expect(obtenu(lignes, { baseAnnuelle })).toEqual(attendu(lignes, { baseAnnuelle }));
        }),
        { numRuns: runs(400) },
      );
    });
  }

  it('property: long delays (up to 17 years) across the 2013 change of rule and leap years', () => {
    fc.assert(
      fc.property(arbDate('2009-01-01', '2012-12-31'), arbDate('2013-01-01', '2026-12-31'), arbMontant, fc.constantFrom<BaseAnnuelle>(365, 'exacte'), (e, c, montant, baseAnnuelle) => {
        const l = [{ montant, dateEcheance: e, dateCalcul: c }, { montant, dateEcheance: e, dateCalcul: c, taux: { mode: 'contractuel' as const, tauxAnnuel: '4' } }];
        expect(obtenu(l, { baseAnnuelle })).toEqual(attendu(l, { baseAnnuelle }));
      }),
      { numRuns: runs(300) },
    );
  });

  it('many payments (more than the fast path sorts in place), unsorted and on the same day', () => {
    const paiements = Array.from({ length: 80 }, (_, k) => ({ date: `2024-${String(12 - (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`, montant: '10.00' }));
    const l = [{ montant: '1000.00', dateEcheance: '2023-12-31', dateCalcul: '2025-01-31', paiements }, { montant: '1000.00', dateEcheance: '2023-12-31', dateCalcul: '2025-01-31', paiements: paiements.slice(0, 30) }];
    expect(obtenu(l, { baseAnnuelle: 365 })).toEqual(attendu(l, { baseAnnuelle: 365 }));
  });

  it('property: custom tables (an extra ECB decision, a later rule, a shorter ECB history) → same totals or errors', () => {
    const plusTard: Baremes = {
      ...baremesParDefaut,
      bce: { changements: [...baremesParDefaut.bce.changements, { du: '2026-09-10', taux: '2.65', source: 'test', confirme: true }], connuJusquau: '2027-03-01' },
      regleL441_10: [...baremesParDefaut.regleL441_10, { du: '2026-10-01', points: '12.5', ancrage: 'operation-la-plus-recente', facteurPlancher: 4, source: 'test', confirme: false }],
    };
    const court: Baremes = { ...baremesParDefaut, bce: { ...baremesParDefaut.bce, connuJusquau: '2024-03-15' } };
    fc.assert(
      fc.property(fc.array(arbLigne, { maxLength: 8 }), fc.constantFrom(plusTard, court), fc.constantFrom<BaseAnnuelle>(365, 'exacte'), (lignes, baremes, baseAnnuelle) => {
        expect(obtenu(lignes, { baremes, baseAnnuelle })).toEqual(attendu(lignes, { baremes, baseAnnuelle }));
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input (deep-frozen rows and options)', () => {
    const lignes = geler([
      { montant: '1000.00', dateEcheance: '2024-12-31', dateCalcul: '2025-09-30', paiements: [{ date: '2025-06-01', montant: '100' }, { date: '2025-02-01', montant: '100' }] },
      { montant: 50, dateEcheance: '2024-12-31', dateCalcul: '2025-09-30', taux: { mode: 'contractuel' as const, tauxAnnuel: '1' } },
    ]);
    const options = geler({ baseAnnuelle: 'exacte' as const });
    expect(() => calculerPenalitesRetardLot(lignes, options)).not.toThrow();
    expect(obtenu(lignes, options)).toEqual(attendu(lignes, options));
  });
});

describe("calculerPenalitesRetardLot — sortie: 'centimes' (a Float64Array of integer cents)", () => {
  /** The cents of an `Euros` string, as a number (exact below 2^53). */
  const enCentimes = (e: string): number => Number(e.replace('.', ''));

  function centimes(lignes: readonly unknown[], options: { baseAnnuelle: BaseAnnuelle; baremes?: Baremes }): number[] | { code: string; path: PropertyKey[]; message: string } {
    try {
      const r = calculerPenalitesRetardLot(lignes as ParamsPenalites[], { ...options, sortie: 'centimes' });
      expect(r).toBeInstanceOf(Float64Array);
      return Array.from(r);
    } catch (e) {
      if (!(e instanceof RecouvrementError)) throw e;
      const issue = e.issues[0];
      return { code: e.code, path: issue ? [...issue.path] : [], message: issue ? issue.message : e.message };
    }
  }

  it('worked example (legal reference §1.4): 25 787 cents, then 0', () => {
    const lignes: ParamsPenalites[] = [
      { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
      { montant: 500, dateEcheance: '2025-05-31', dateCalcul: '2025-05-31' },
    ];
    const r: Float64Array = calculerPenalitesRetardLot(lignes, { sortie: 'centimes' });
    expect(Array.from(r)).toEqual([25_787, 0]);
    // The default, and `sortie: 'euros'`, stay `Euros[]` (the return type follows the option).
    const e: string[] = calculerPenalitesRetardLot(lignes, { sortie: 'euros' });
    expect(e).toEqual(calculerPenalitesRetardLot(lignes));
  });

  for (const baseAnnuelle of [365, 'exacte'] as const) {
    it(`property (baseAnnuelle ${baseAnnuelle}): any batch → the cents of the Euros output, row for row, or the same first error`, () => {
      fc.assert(
        fc.property(fc.array(arbLigne, { maxLength: 12 }), (lignes) => {
          const texte = obtenu(lignes, { baseAnnuelle });
          const c = centimes(lignes, { baseAnnuelle });
          expect(c).toEqual(Array.isArray(texte) ? texte.map(enCentimes) : texte);
        }),
        { numRuns: runs(400) },
      );
    });
  }

  it('property: valid batches → one exact integer per row, in order, equal to the oracle’s total', () => {
    fc.assert(
      fc.property(fc.array(arbLigneValide, { maxLength: 25 }), fc.constantFrom<BaseAnnuelle>(365, 'exacte'), (lignes, baseAnnuelle) => {
        const c = centimes(lignes, { baseAnnuelle });
        expect(Array.isArray(c)).toBe(true);
        const attendus = attendu(lignes, { baseAnnuelle });
        expect(c).toEqual((attendus as string[]).map(enCentimes));
        for (const x of c as number[]) expect(Number.isSafeInteger(x) && x >= 0).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it('from a generator (a result array that grows), and an empty batch', () => {
    const l = { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' };
    function* lignes(n: number): Generator<ParamsPenalites> {
      for (let i = 0; i < n; i++) yield i % 2 === 0 ? l : { ...l, montant: String(i) };
    }
    const r = calculerPenalitesRetardLot(lignes(3000), { sortie: 'centimes' });
    expect(r.length).toBe(3000);
    expect(Array.from(r)).toEqual(calculerPenalitesRetardLot([...lignes(3000)]).map(enCentimes));
    expect(calculerPenalitesRetardLot(lignes(0), { sortie: 'centimes' })).toEqual(new Float64Array(0));
  });

  it('the limit: a total of exactly 2^53 − 1 cents is returned exactly; one cent more of amount is refused with the row index', () => {
    const limite = { montant: '9999999694401.12', dateEcheance: '2023-12-31', dateCalcul: '2024-12-30', taux: { mode: 'contractuel' as const, tauxAnnuel: '900.719953' } };
    expect(Array.from(calculerPenalitesRetardLot([limite], { sortie: 'centimes' }))).toEqual([Number.MAX_SAFE_INTEGER]);
    const e = erreur(() => calculerPenalitesRetardLot([limite, { ...limite, montant: '9999999694401.13' }], { sortie: 'centimes' }));
    expect([e.code, e.issues[0]?.code, e.issues[0]?.path]).toEqual(['ENTREE_INVALIDE', 'too_big', [1]]);
  });

  it('an unknown sortie is ENTREE_INVALIDE at options.sortie', () => {
    const e = erreur(() => calculerPenalitesRetardLot([], { sortie: 'francs' } as unknown as { sortie: 'euros' }));
    expect([e.code, e.issues[0]?.path]).toEqual(['ENTREE_INVALIDE', ['options', 'sortie']]);
  });
});

describe('issue 15, item 6: calculerPenalitesRetardLot(lignes, { avertissements: true }) — each row’s warnings', () => {
  const lignes: ParamsPenalites[] = [
    { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
    { montant: '100', dateEcheance: '2026-06-30', dateCalcul: '2026-07-31' },
    { montant: '1000', dateEcheance: '2024-12-31', dateCalcul: '2025-03-31', taux: { mode: 'contractuel', tauxAnnuel: '5' } },
  ];

  it('worked example: the totals as without the option, and per row the warnings calculerPenalitesRetard gives (the UNCONFIRMED 2026 S2 ECB rate, the L441-10 floor)', () => {
    const r = calculerPenalitesRetardLot(lignes, { avertissements: true });
    expect(r.montants).toEqual(calculerPenalitesRetardLot(lignes));
    expect(r.avertissements).toEqual(lignes.map((l) => calculerPenalitesRetard(l).avertissements));
    expect(r.avertissements[0]).toEqual([]);
    expect(r.avertissements[1]?.[0]).toMatch(/^Valeur NON CONFIRMÉE/);
    expect(r.avertissements[2]?.[0]).toMatch(/^Taux contractuel 5.00 % inférieur au plancher légal/);
    const c = calculerPenalitesRetardLot(lignes, { avertissements: true, sortie: 'centimes' });
    expect(c.montants).toEqual(calculerPenalitesRetardLot(lignes, { sortie: 'centimes' }));
    expect(c.avertissements).toEqual(r.avertissements);
  });

  it('from a generator, and `avertissements: false` is the plain result; a non-boolean is ENTREE_INVALIDE at options.avertissements', () => {
    function* gen() {
      yield* lignes;
    }
    expect(calculerPenalitesRetardLot(gen(), { avertissements: true })).toEqual(calculerPenalitesRetardLot(lignes, { avertissements: true }));
    expect(calculerPenalitesRetardLot(lignes, { avertissements: false })).toEqual(calculerPenalitesRetardLot(lignes));
    const e = erreur(() => calculerPenalitesRetardLot(lignes, { avertissements: 'oui' } as never));
    expect([e.code, e.issues[0]?.path]).toEqual(['ENTREE_INVALIDE', ['options', 'avertissements']]);
  });

  it('property: per row, the same warnings and total as calculerPenalitesRetard (the oracle), or the same first error', () => {
    fc.assert(
      fc.property(fc.array(arbLigneValide, { maxLength: 10 }), (l) => {
        const r = calculerPenalitesRetardLot(l, { avertissements: true });
        expect(r.avertissements).toEqual(l.map((x) => oracle(x).avertissements));
        expect(r.montants).toEqual(l.map((x) => oracle(x).montant));
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('issue 15, item 1: a batch refuses an unknown key of a row or of the options, with the row index', () => {
  it('`paiement` in row 1 → ENTREE_INVALIDE at [1, "paiement"] naming « paiements »; `baseAnnuele` in the options', () => {
    const lignes = [
      { montant: '10', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
      { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', paiement: [{ date: '2025-06-01', montant: '9000' }] },
    ];
    const e = erreur(() => calculerPenalitesRetardLot(lignes as ParamsPenalites[]));
    expect([e.code, e.issues[0]?.path, e.issues[0]?.message]).toEqual(['ENTREE_INVALIDE', [1, 'paiement'], 'clé inconnue « paiement » (vouliez-vous dire « paiements » ?)']);
    const o = erreur(() => calculerPenalitesRetardLot([], { baseAnnuele: 'exacte' } as never));
    expect(o.issues[0]?.path).toEqual(['options', 'baseAnnuele']);
    expect(erreur(() => calculerPenalitesRetardLot([], { sorti: 'centimes' } as never)).issues[0]?.message).toBe('clé inconnue « sorti » (vouliez-vous dire « sortie » ?)');
  });

  it('property: a row with one extra key (misspelled or foreign) is refused at [index, key], in both outputs', () => {
    fc.assert(
      fc.property(
        fc.array(arbLigneValide, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom('paiement', 'Paiements', 'taux_', 'dateContract', 'montantTTC', '__proto__x', 'x'),
        (l, k, cle) => {
          const i = k % l.length;
          const lignes = l.map((x, j) => (j === i ? { ...x, [cle]: 1 } : x));
          for (const sortie of ['euros', 'centimes'] as const) {
            const e = erreur(() => calculerPenalitesRetardLot(lignes, { sortie }));
            expect(e.code).toBe('ENTREE_INVALIDE');
            expect(e.issues[0]?.path).toEqual([i, cle]);
          }
        },
      ),
      { numRuns: runs(100) },
    );
  });
});
