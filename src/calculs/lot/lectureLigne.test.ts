/**
 * `lireLigne` is the allocation-free reading of one penalty row shared by the batch loop and the per-call
 * fast route. When it accepts a row, the fast paths compute from what it read without ever calling the
 * strict parser: so it must read exactly what `lireParamsPenalites` reads (C. com. L441-10 II inputs), and
 * refuse every row the strict parser rejects (except for the contractual rate string, which it hands
 * over as is). `dernierJour` is the last accruing day (days after a full
 * payment do not accrue).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../../test/outils.js';
import { lireDate } from '../../socle/date-iso.js';
import { lireParamsPenalites, type PenalitesInternes } from '../penalites/calculerPenalitesRetard.js';
import { dernierJour, lireLigne, MODE_BCE, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL, nouvelleLigne, PAIEMENTS_MAX, type LigneLue } from './lectureLigne.js';

/** The strict reading, or 'rejet'. */
function strict(ligne: unknown): PenalitesInternes | 'rejet' {
  try {
    return lireParamsPenalites(ligne);
  } catch {
    return 'rejet';
  }
}

/** What `lireLigne` read, in the strict reading's shape. */
function lu(l: LigneLue): Omit<PenalitesInternes, 'tauxContractuel'> {
  const paiements = [];
  for (let k = 0; k < l.n; k++) paiements.push({ jour: l.jours[k]!, centimes: l.centimes[k]! });
  const mode = l.mode === MODE_CONTRACTUEL ? 'contractuel' : l.mode === MODE_COMMANDE_PUBLIQUE ? 'commande-publique' : 'bce+10';
  return { montant: l.montant, echeance: l.echeance, calcul: l.calcul, paiements, mode };
}

const arbMontantPlain = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.integer({ min: 0, max: 10_000_000 }),
);
const arbMontantQuelconque: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: arbMontantPlain },
  { weight: 1, arbitrary: fc.constantFrom('0', '0.00', '1.5', '12,50', '-5.00', '-0', '1.234', '', ' 1', '1e3', 2.5, -1, null, undefined, {}) },
);
const arbDateQuelconque: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: arbDate('2009-01-01', '2026-12-31') },
  { weight: 1, arbitrary: fc.constantFrom('1969-12-31', '1970-01-01', '2025-02-30', '2025-1-01', '2025-01-01T00:00', 20250101, null, undefined) },
);
const arbTaux: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant({ mode: 'bce+10' }) },
  { weight: 2, arbitrary: fc.constantFrom('0', '7.86', '12.15', '3.123456').map((t) => ({ mode: 'contractuel', tauxAnnuel: t })) },
  { weight: 1, arbitrary: fc.constant({ mode: 'commande-publique' }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({ mode: 'bce+7' }, {}, { mode: 'contractuel' }, { mode: 'contractuel', tauxAnnuel: 7 }, { mode: 'contractuel', tauxAnnuel: '12,5' }, 'bce+10', [], null) },
);
const arbPaiement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ date: arbDateQuelconque, montant: arbMontantQuelconque }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, [], 'x', 5) },
);
const arbLigne: fc.Arbitrary<unknown> = fc
  .record(
    {
      montant: arbMontantQuelconque,
      dateEcheance: arbDateQuelconque,
      dateCalcul: arbDateQuelconque,
      paiements: fc.oneof(
        { weight: 6, arbitrary: fc.array(arbPaiement, { maxLength: 6 }) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>('x', {}, null) },
      ),
      taux: arbTaux,
    },
    { requiredKeys: ['montant', 'dateEcheance', 'dateCalcul'] },
  )
  .map((r) => {
    const l: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) l[k] = v;
    return l;
  });

/** Plain rows: string or whole-number amounts, dates from 1970, positive payments, a known mode. */
const arbLignePlain = fc
  .record({
    montant: arbMontantPlain,
    dateEcheance: arbDate('1970-01-01', '2099-12-31'),
    dateCalcul: arbDate('1970-01-01', '2099-12-31'),
    paiements: fc.option(fc.array(fc.record({ date: arbDate('1970-01-01', '2099-12-31'), montant: fc.integer({ min: 1, max: 1_000_000_000 }).map((c) => (c / 100).toFixed(2)) }), { maxLength: PAIEMENTS_MAX }), { nil: undefined }),
    taux: fc.option(fc.constantFrom({ mode: 'bce+10' }, { mode: 'contractuel', tauxAnnuel: '7.86' }, { mode: 'commande-publique' }), { nil: undefined }),
  })
  .map((r) => {
    const l: Record<string, unknown> = { montant: r.montant, dateEcheance: r.dateEcheance, dateCalcul: r.dateCalcul };
    if (r.paiements) l.paiements = r.paiements;
    if (r.taux) l.taux = r.taux;
    return l;
  });

describe('lireLigne — reads what lireParamsPenalites reads, or declines', () => {
  it('property: an accepted row is read exactly as the strict parser reads it (payments sorted stably by day), and a row the strict parser rejects is never accepted (the rate string aside)', () => {
    const l = nouvelleLigne();
    fc.assert(
      fc.property(arbLigne, (ligne) => {
        if (!lireLigne(ligne, l)) return;
        // The contractual rate string is handed over as is (the caller parses it): judge the rest of the row
        // with a valid rate in its place.
        const r = ligne as { taux?: { mode: string; tauxAnnuel: string } };
        const contractuel = r.taux?.mode === 'contractuel';
        const verdict = strict(contractuel ? { ...r, taux: { mode: 'contractuel', tauxAnnuel: '1' } } : ligne);
        expect(verdict).not.toBe('rejet');
        const e = verdict as PenalitesInternes;
        expect(lu(l)).toEqual({ montant: e.montant, echeance: e.echeance, calcul: e.calcul, paiements: e.paiements, mode: e.mode });
        if (contractuel) expect(l.tauxAnnuel).toBe(r.taux!.tauxAnnuel);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: plain rows (amounts as strings of up to two decimals or whole numbers, dates from 1970, at most 64 positive payments, a known mode) are all taken by the fast path', () => {
    const l = nouvelleLigne();
    fc.assert(
      fc.property(arbLignePlain, (ligne) => {
        expect(lireLigne(ligne, l)).toBe(true);
        const e = lireParamsPenalites(ligne);
        expect(lu(l)).toEqual({ montant: e.montant, echeance: e.echeance, calcul: e.calcul, paiements: e.paiements, mode: e.mode });
      }),
      { numRuns: 300 },
    );
  });

  it('the lowest values are taken too: a zero amount, and 1970-01-01 (day 0) as due date, computation date and payment date', () => {
    const l = nouvelleLigne();
    expect(lireLigne({ montant: '0.00', dateEcheance: '1970-01-01', dateCalcul: '1970-01-01', paiements: [{ date: '1970-01-01', montant: '0.01' }] }, l)).toBe(true);
    expect(lu(l)).toEqual({ montant: 0, echeance: 0, calcul: 0, paiements: [{ jour: 0, centimes: 1 }], mode: 'bce+10' });
  });

  it('worked example: payments given out of order are sorted by day, same-day payments keep their input order', () => {
    const l = nouvelleLigne();
    const ligne = {
      montant: '1000.00',
      dateEcheance: '2025-01-31',
      dateCalcul: '2025-06-30',
      paiements: [
        { date: '2025-04-01', montant: '30' },
        { date: '2025-03-01', montant: '10.50' },
        { date: '2025-04-01', montant: '20' },
        { date: '2025-02-15', montant: '5' },
      ],
      taux: { mode: 'contractuel', tauxAnnuel: '12.5' },
    };
    expect(lireLigne(ligne, l)).toBe(true);
    expect(lu(l)).toEqual({
      montant: 100_000,
      echeance: lireDate('2025-01-31'),
      calcul: lireDate('2025-06-30'),
      paiements: [
        { jour: lireDate('2025-02-15'), centimes: 500 },
        { jour: lireDate('2025-03-01'), centimes: 1050 },
        { jour: lireDate('2025-04-01'), centimes: 3000 },
        { jour: lireDate('2025-04-01'), centimes: 2000 },
      ],
      mode: 'contractuel',
    });
    expect(l.tauxAnnuel).toBe('12.5');
  });

  it('the mode of a row without taux is the default (bce+10), even after a contractual row in the same buffer', () => {
    const l = nouvelleLigne();
    expect(lireLigne({ montant: '1', dateEcheance: '2025-01-31', dateCalcul: '2025-02-28', taux: { mode: 'contractuel', tauxAnnuel: '9' } }, l)).toBe(true);
    expect(l.mode).toBe(MODE_CONTRACTUEL);
    expect(lireLigne({ montant: '1', dateEcheance: '2025-01-31', dateCalcul: '2025-02-28' }, l)).toBe(true);
    expect(l.mode).toBe(MODE_BCE);
    expect(l.n).toBe(0);
  });

  it('declines what it does not read: a zero payment (the strict parser rejects it), more than 64 payments, non-object rows, payments or taux (functions included), an unknown mode even with a rate', () => {
    const l = nouvelleLigne();
    const bonne = { montant: '100.00', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' };
    const paiement = { date: '2025-02-10', montant: '1' };
    // Functions carrying the right properties: `objet` rejects them ('objet attendu'), so must lireLigne.
    const fonction = <T extends object>(props: T): T => Object.assign(() => undefined, props);
    for (const ligne of [
      null,
      [],
      'x',
      fonction(bonne),
      { ...bonne, paiements: [fonction(paiement)] },
      { ...bonne, taux: fonction({ mode: 'bce+10' }) },
      { ...bonne, taux: { mode: 'bce+8', tauxAnnuel: '5' } },
      { ...bonne, paiements: [{ date: '2025-02-10', montant: '0.00' }] },
      { ...bonne, paiements: [{ date: '2025-02-10', montant: 0 }] },
      { ...bonne, paiements: [paiement, null] },
      { ...bonne, paiements: [[]] },
      { ...bonne, paiements: {} },
      { ...bonne, taux: [] },
      { ...bonne, taux: null },
      { ...bonne, taux: { mode: 'contractuel', tauxAnnuel: 12 } },
      { ...bonne, taux: { mode: 'bce+8' } },
    ]) {
      expect(strict(ligne)).toBe('rejet');
      expect(lireLigne(ligne, l)).toBe(false);
    }
    // Valid, but more payments than the fast path sorts in place: the strict path reads it.
    const longue = { ...bonne, paiements: Array.from({ length: PAIEMENTS_MAX + 1 }, () => paiement) };
    expect(strict(longue)).not.toBe('rejet');
    expect(lireLigne(longue, l)).toBe(false);
    expect(lireLigne({ ...bonne, paiements: Array.from({ length: PAIEMENTS_MAX }, () => paiement) }, l)).toBe(true);
    expect(l.n).toBe(PAIEMENTS_MAX);
  });

  it('does not mutate its input (deep-frozen)', () => {
    const ligne = geler({ montant: '100.00', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01', paiements: [{ date: '2025-02-20', montant: '1' }, { date: '2025-02-10', montant: '2' }] });
    expect(lireLigne(ligne, nouvelleLigne())).toBe(true);
  });
});

describe('dernierJour — the last accruing day (days after a full payment do not accrue)', () => {
  function ligne(montant: string, calcul: string, paiements: { date: string; montant: string }[]): LigneLue {
    const l = nouvelleLigne();
    expect(lireLigne({ montant, dateEcheance: '2025-01-31', dateCalcul: calcul, paiements }, l)).toBe(true);
    return l;
  }

  it('without a payment, or with partial payments only: the computation date', () => {
    expect(dernierJour(ligne('100.00', '2025-06-30', []))).toBe(lireDate('2025-06-30'));
    expect(dernierJour(ligne('100.00', '2025-06-30', [{ date: '2025-03-01', montant: '99.99' }]))).toBe(lireDate('2025-06-30'));
  });

  it('payments that settle the amount exactly on 2025-04-01: that day (it still accrues), not the computation date', () => {
    const l = ligne('100.00', '2025-06-30', [{ date: '2025-04-01', montant: '40' }, { date: '2025-03-01', montant: '60' }]);
    expect(dernierJour(l)).toBe(lireDate('2025-04-01'));
  });

  it('an overpayment settles on the day the running total first reaches the amount; later payments change nothing', () => {
    const l = ligne('100.00', '2025-06-30', [{ date: '2025-03-01', montant: '150' }, { date: '2025-02-01', montant: '1' }, { date: '2025-05-01', montant: '10' }]);
    expect(dernierJour(l)).toBe(lireDate('2025-03-01'));
  });

  it('a settling payment after the computation date: the computation date', () => {
    expect(dernierJour(ligne('100.00', '2025-06-30', [{ date: '2025-07-15', montant: '100' }]))).toBe(lireDate('2025-06-30'));
  });
});
