/**
 * `calculerPenalitesRetard` (on the one engine of `moteur/`: columns laid out once per tables, the
 * allocation-free reader, the one walk) against the oracle of `test/oracle/penalites.ts`, the general route
 * of release 0.1 kept as a test oracle: its own strict reading, object timelines walked piece by piece and
 * object accrual, none of it imported from `src/calculs/`. The same full result (periods, warnings,
 * references) or the same error, on every mode, both day-count bases, payments, custom tables with
 * UNCONFIRMED entries (whose avertissements the engine replays from its cached timeline) and contractual
 * rates raised to the floor (C. com. L441-10 II).
 */
import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, arbMontant, geler } from '../../../test/outils.js';
import { baremesParDefaut } from '../../baremes/donnees.js';
import type { Baremes } from '../../baremes/types.js';
import { RecouvrementError } from '../../socle/erreurs.js';
import type { BaseAnnuelle } from '../moteur/cumul.js';
import { penalitesOracle as oracle } from '../../../test/oracle/penalites.js';
import { calculerPenalitesRetard, type ParamsPenalites } from './calculerPenalitesRetard.js';

/** The result, or the error's code, issues and message. */
function issue(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof RecouvrementError)) throw e;
    return { code: e.code, message: e.message, issues: e.issues };
  }
}

// Tables where the batch timeline carries UNCONFIRMED notes: a rule starting mid-half-year (its notes sit on
// each piece's first day), unconfirmed ECB decisions in 2011 and 2022–2023, unconfirmed taux légal periods.
const inconfirmees: Baremes = {
  ...baremesParDefaut,
  bce: {
    ...baremesParDefaut.bce,
    changements: baremesParDefaut.bce.changements.map((c) => (/^(2011|2022|2023)/.test(c.du) ? { ...c, confirme: false } : c)),
  },
  regleL441_10: [
    ...baremesParDefaut.regleL441_10,
    { du: '2020-03-15', points: '10.5', ancrage: 'semestre' as const, facteurPlancher: 3, source: 'test', confirme: false },
    { du: '2021-01-01', points: '10', ancrage: 'semestre' as const, facteurPlancher: 3, source: 'test', confirme: true },
  ].sort((a, b) => (a.du < b.du ? -1 : 1)),
  tauxLegal: baremesParDefaut.tauxLegal.map((t) => (/^(2016|2019|2024)/.test(t.du) ? { ...t, confirme: false } : t)),
};
const plusTard: Baremes = {
  ...baremesParDefaut,
  bce: { changements: [...baremesParDefaut.bce.changements, { du: '2026-09-10', taux: '2.65', source: 'test', confirme: true }], connuJusquau: '2027-03-01' },
  regleL441_10: [...baremesParDefaut.regleL441_10, { du: '2026-10-01', points: '12.5', ancrage: 'operation-la-plus-recente', facteurPlancher: 4, source: 'test', confirme: false }],
};

const arbMontantEntree: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: arbMontant },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.constantFrom('0', '1e3', '-5.00', '99999999999999', '10000000000000.00') },
);

const arbParams: fc.Arbitrary<ParamsPenalites> = fc
  .record({
    montant: arbMontantEntree,
    dateEcheance: arbDate('2008-11-01', '2026-12-31'),
    delai: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.integer({ min: 0, max: 5000 })),
    paiements: fc.option(fc.array(fc.record({ decalage: fc.integer({ min: -40, max: 900 }), montant: arbMontantEntree }), { maxLength: 4 }), { nil: undefined, freq: 2 }),
    taux: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant({ mode: 'bce+10' as const }) },
      { weight: 3, arbitrary: fc.constantFrom('0', '3', '7.86', '9.999', '12.15', '15', '3.123456', '999.999999', '1,5').map((t) => ({ mode: 'contractuel' as const, tauxAnnuel: t })) },
      // A contractual rate below the floor read as an ineffective clause (L441-10 II, the other reading).
      { weight: 1, arbitrary: fc.constantFrom('0', '3', '7.86', '12.15').map((t) => ({ mode: 'contractuel' as const, tauxAnnuel: t, sousPlancher: 'bce+10' as const })) },
      { weight: 1, arbitrary: fc.constant({ mode: 'commande-publique' as const }) },
    ),
    // The contract's day (public buyers' regime, L2192-13 / R2192-31 from 2013-03-16): before 2008-05-01 too.
    dateContrat: fc.option(arbDate('2008-01-01', '2026-12-31'), { nil: undefined, freq: 2 }),
    dateFacture: fc.option(arbDate('2008-01-01', '2026-12-31'), { nil: undefined, freq: 2 }),
  })
  .map(({ montant, dateEcheance, delai, paiements, taux, dateContrat, dateFacture }) => {
    const echeance = Date.UTC(Number(dateEcheance.slice(0, 4)), Number(dateEcheance.slice(5, 7)) - 1, Number(dateEcheance.slice(8, 10)));
    const jour = (d: number) => new Date(Math.min(echeance + d * 86_400_000, Date.UTC(2027, 2, 31))).toISOString().slice(0, 10);
    const l: Record<string, unknown> = { montant, dateEcheance, dateCalcul: jour(delai) };
    if (paiements) l.paiements = paiements.map((p) => ({ date: jour(p.decalage), montant: p.montant }));
    if (taux) l.taux = taux;
    if (dateContrat !== undefined) l.dateContrat = dateContrat;
    if (dateFacture !== undefined) l.dateFacture = dateFacture;
    return l as unknown as ParamsPenalites;
  });

describe('calculerPenalitesRetard — agrees with the oracle (the former general route)', () => {
  it('worked example (legal reference §1.4, L441-10 II): the oracle’s result', () => {
    const p = { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' };
    const r = calculerPenalitesRetard(p);
    expect(r).toEqual(oracle(p));
    expect(r.montant).toBe('257.87');
  });

  it('worked example: an UNCONFIRMED ECB decision (2026 S2) and a contractual floor carry the same avertissements', () => {
    const p = { montant: '3000', dateEcheance: '2024-07-31', dateCalcul: '2026-08-30', taux: { mode: 'contractuel' as const, tauxAnnuel: '10' } };
    const q = { montant: '3000', dateEcheance: '2024-07-31', dateCalcul: '2026-08-30' };
    for (const x of [p, q]) {
      const r = calculerPenalitesRetard(x);
      expect(r.avertissements.length).toBeGreaterThan(0);
      expect(r).toEqual(oracle(x));
    }
  });

  for (const baseAnnuelle of [365, 'exacte'] as const) {
    for (const [nom, baremes] of [['default tables', undefined], ['tables with unconfirmed entries', inconfirmees], ['tables extended past 2026', plusTard]] as const) {
      it(`property (${nom}, baseAnnuelle ${baseAnnuelle}): the same full result, or the same error`, () => {
        const options = baremes === undefined ? { baseAnnuelle } : { baremes, baseAnnuelle };
        fc.assert(
          fc.property(arbParams, (p) => {
            expect(issue(() => calculerPenalitesRetard(p, options))).toEqual(issue(() => oracle(p, options)));
          }),
          { numRuns: runs(300) },
        );
      });
    }
  }

  it('property: long delays (up to 17 years) from the 2009–2012 rule to 2026, with a contractual rate', () => {
    fc.assert(
      fc.property(
        arbDate('2009-01-01', '2012-12-31'),
        arbDate('2013-01-01', '2026-12-31'),
        arbMontant,
        fc.constantFrom<BaseAnnuelle>(365, 'exacte'),
        fc.constantFrom(undefined, inconfirmees),
        (e, c, montant, baseAnnuelle, baremes) => {
          const options = baremes === undefined ? { baseAnnuelle } : { baremes, baseAnnuelle };
          for (const p of [{ montant, dateEcheance: e, dateCalcul: c }, { montant, dateEcheance: e, dateCalcul: c, taux: { mode: 'contractuel' as const, tauxAnnuel: '4' } }]) {
            expect(issue(() => calculerPenalitesRetard(p, options))).toEqual(issue(() => oracle(p, options)));
          }
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('a re-entrant call (from a getter of the input) does not disturb the outer one', () => {
    const interieur = { montant: '500.00', dateEcheance: '2024-01-31', dateCalcul: '2024-12-31', paiements: [{ date: '2024-06-01', montant: '100' }] };
    let vu: unknown;
    const p = {
      dateEcheance: '2025-01-31',
      dateCalcul: '2025-09-30',
      paiements: [{ date: '2025-03-01', montant: '10' }],
      get montant() {
        vu = calculerPenalitesRetard(interieur);
        return '1000.00';
      },
    };
    expect(calculerPenalitesRetard(p)).toEqual(oracle({ ...p, montant: '1000.00' }));
    expect(vu).toEqual(oracle(interieur));
  });

  it('does not mutate its input (deep-frozen)', () => {
    const p = geler({ montant: '1000.00', dateEcheance: '2024-12-31', dateCalcul: '2025-09-30', paiements: [{ date: '2025-06-01', montant: '100' }, { date: '2025-02-01', montant: '100' }] });
    expect(calculerPenalitesRetard(p)).toEqual(oracle(p));
  });
});
