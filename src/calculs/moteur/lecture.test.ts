/**
 * `lirePenalites` is the one reader of penalty parameters (C. com. L441-10 II inputs), for a single call and
 * for each row of a batch: it must read exactly what the strict reading of the oracle (`test/oracle/`, the
 * former general route) reads — amounts in cents, dates as epoch days, payments sorted stably by day — or
 * throw the same error, with the same path (prefixed by the row index in a batch). It reuses its buffer
 * from row to row and grows it for any number of payments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireParamsOracle } from '../../../test/oracle/penalites.js';
import { arbDate, geler } from '../../../test/outils.js';
import { runs } from '../../../test/proprietes.js';
import { lireDate } from '../../socle/date-iso.js';
import { RecouvrementError } from '../../socle/erreurs.js';
import { lireTaux } from '../../socle/taux.js';
import { MODE_BCE, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL } from './chronologie.js';
import { dernierJour } from './cumul.js';
import { lirePenalites, nouvelleLigne, SOUS_PLANCHER_BCE10, type Ligne } from './lecture.js';

/** What a reading gives, in one comparable shape: the values read, or the error. */
function issue(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof RecouvrementError)) throw e;
    return { code: e.code, message: e.message, issues: e.issues };
  }
}

function lu(l: Ligne): unknown {
  const paiements = [];
  for (let k = 0; k < l.n; k++) paiements.push({ jour: l.jours[k]!, centimes: l.centimes[k]! });
  const mode = l.mode === MODE_CONTRACTUEL ? 'contractuel' : l.mode === MODE_COMMANDE_PUBLIQUE ? 'commande-publique' : 'bce+10';
  const r: Record<string, unknown> = { montant: l.montant, echeance: l.echeance, calcul: l.calcul, paiements, mode, tauxContractuel: l.taux };
  // Issue 14: the other reading below the floor, and the public contract's day (shown only when given).
  if (l.mode === MODE_CONTRACTUEL && l.sousPlancher === SOUS_PLANCHER_BCE10) r.bce10 = true;
  if (l.contrat === l.contrat) r.contrat = l.contrat;
  if (l.facture === l.facture) r.facture = l.facture;
  return r;
}

function lecture(ligne: unknown, l: Ligne, i = -1): unknown {
  return issue(() => {
    lirePenalites(ligne, l, i);
    return lu(l);
  });
}

function strict(ligne: unknown, path: PropertyKey[] = []): unknown {
  return issue(() => {
    const { bce10, contrat, facture, ...r } = lireParamsOracle(ligne, path);
    return { ...r, ...(bce10 ? { bce10 } : {}), ...(contrat !== null ? { contrat } : {}), ...(facture !== null ? { facture } : {}) };
  });
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
  { weight: 1, arbitrary: fc.constantFrom('0', '12.15').map((t) => ({ mode: 'contractuel', tauxAnnuel: t, sousPlancher: 'bce+10' })) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({ mode: 'bce+7' }, {}, { mode: 'contractuel' }, { mode: 'contractuel', tauxAnnuel: 7 }, { mode: 'contractuel', tauxAnnuel: '12,5' }, 'bce+10', [], null) },
  // Issue 15, item 1: unknown or misplaced keys, a bad sousPlancher.
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      { mode: 'bce+10', tauxAnnuel: '5' },
      { mode: 'contractuel', tauxAnnuel: '5', sousPlanche: 'bce+10' },
      { mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'plancher' },
      { mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'zero' },
      { mode: 'commande-publique', dateContrat: '2013-01-01' },
    ),
  },
);
const arbPaiement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ date: arbDateQuelconque, montant: arbMontantQuelconque }) },
  { weight: 1, arbitrary: fc.record({ date: arbDateQuelconque, montant: arbMontantQuelconque, reference: fc.constantFrom<unknown>('VIR-1', 5) }) },
  { weight: 1, arbitrary: fc.record({ date: arbDateQuelconque, montant: arbMontantQuelconque, montnat: fc.constant('1') }) },
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
      dateContrat: fc.constantFrom<unknown>('2013-03-16', '2012-01-01', '2025-02-30', 5),
      dateFacture: fc.constantFrom<unknown>('2013-03-01', '2025-13-01'),
      paiement: fc.constant([]),
      baseAnnuelle: fc.constant('exacte'),
    },
    { requiredKeys: ['montant', 'dateEcheance', 'dateCalcul'] },
  )
  .map((r) => {
    const l: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) l[k] = v;
    return l;
  });

describe('lirePenalites — reads what the strict reading reads, or throws its error', () => {
  it('property: any row, valid or not → the same values, or the same error (code, message, path)', () => {
    const l = nouvelleLigne(2);
    fc.assert(
      fc.property(arbLigne, (ligne) => {
        expect(lecture(ligne, l)).toEqual(strict(ligne));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('property: in a batch, the error path starts with the row index', () => {
    const l = nouvelleLigne();
    fc.assert(
      fc.property(arbLigne, fc.nat({ max: 1_000_000 }), (ligne, i) => {
        expect(lecture(ligne, l, i)).toEqual(strict(ligne, [i]));
      }),
      { numRuns: runs(300) },
    );
  });

  it('the lowest values are read too: a zero amount, and 1970-01-01 (day 0) and dates before it', () => {
    const l = nouvelleLigne();
    expect(lecture({ montant: '0.00', dateEcheance: '1970-01-01', dateCalcul: '1969-12-31', paiements: [{ date: '1000-01-01', montant: '0.01' }] }, l)).toEqual({
      montant: 0,
      echeance: 0,
      calcul: -1,
      paiements: [{ jour: lireDate('1000-01-01'), centimes: 1 }],
      mode: 'bce+10',
      tauxContractuel: null,
    });
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
    expect(lecture(ligne, l)).toEqual({
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
      tauxContractuel: lireTaux('12.5'),
    });
    expect(l.tauxTexte).toBe('12.5');
  });

  it('any number of payments: the buffer grows (here from 2 to 5 000), and a long list is sorted stably too', () => {
    const l = nouvelleLigne(2);
    const paiements = Array.from({ length: 5000 }, (_, k) => ({ date: `2025-${String(12 - (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`, montant: String(1 + k) }));
    const ligne = { montant: '1000000.00', dateEcheance: '2024-12-31', dateCalcul: '2026-01-31', paiements };
    expect(lecture(ligne, l)).toEqual(strict(ligne));
    expect(l.n).toBe(5000);
    // More than the strict reading accepts (100 000): the same too_big error.
    const trop = { ...ligne, paiements: Array.from({ length: 100_001 }, () => paiements[0]!) };
    expect(lecture(trop, l)).toEqual(strict(trop));
  });

  it('the buffer is reused: a row with fewer payments, or none, or another mode, after a longer one reads only its own', () => {
    const l = nouvelleLigne();
    const a = { montant: '5000.00', dateEcheance: '2025-01-31', dateCalcul: '2025-09-30', paiements: [{ date: '2025-03-01', montant: '1000' }, { date: '2025-05-01', montant: '700' }], taux: { mode: 'contractuel', tauxAnnuel: '9' } };
    const b = { montant: '3000.00', dateEcheance: '2025-01-31', dateCalcul: '2025-09-30', paiements: [{ date: '2025-05-01', montant: '500' }] };
    const c = { montant: '3000.00', dateEcheance: '2025-01-31', dateCalcul: '2025-09-30' };
    for (const ligne of [a, b, c, a, c]) expect(lecture(ligne, l)).toEqual(strict(ligne));
    expect(l.mode).toBe(MODE_BCE);
    expect(l.n).toBe(0);
  });

  it('refuses what the strict reading refuses, functions carrying the right properties included', () => {
    const l = nouvelleLigne();
    const bonne = { montant: '100.00', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' };
    const paiement = { date: '2025-02-10', montant: '1' };
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
      { ...bonne, paiements: {} },
      { ...bonne, taux: null },
      { ...bonne, taux: { mode: 'contractuel', tauxAnnuel: 12 } },
      { ...bonne, taux: { mode: 'contractuel', tauxAnnuel: '12,5' } },
    ]) {
      const attendu = strict(ligne);
      expect(attendu).toHaveProperty('code', 'ENTREE_INVALIDE');
      expect(lecture(ligne, l)).toEqual(attendu);
    }
  });

  it('does not mutate its input (deep-frozen)', () => {
    const ligne = geler({ montant: '100.00', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01', paiements: [{ date: '2025-02-20', montant: '1' }, { date: '2025-02-10', montant: '2' }] });
    expect(lecture(ligne, nouvelleLigne())).toEqual(strict(ligne));
  });
});

describe('dernierJour — the last accruing day (days after a full payment do not accrue)', () => {
  function ligne(montant: string, paiements: { date: string; montant: string }[]): Ligne {
    const l = nouvelleLigne();
    lirePenalites({ montant, dateEcheance: '2025-01-31', dateCalcul: '2025-06-30', paiements }, l, -1);
    return l;
  }
  const calcul = lireDate('2025-06-30');
  it('without a payment, or with partial payments only: the last day asked', () => {
    expect(dernierJour(ligne('100.00', []), calcul)).toBe(calcul);
    expect(dernierJour(ligne('100.00', [{ date: '2025-03-01', montant: '99.99' }]), calcul)).toBe(calcul);
  });
  it('payments that settle the amount exactly on 2025-04-01: that day (it still accrues)', () => {
    expect(dernierJour(ligne('100.00', [{ date: '2025-04-01', montant: '40' }, { date: '2025-03-01', montant: '60' }]), calcul)).toBe(lireDate('2025-04-01'));
  });
  it('an overpayment settles on the day the running total first reaches the amount; later payments change nothing', () => {
    expect(dernierJour(ligne('100.00', [{ date: '2025-03-01', montant: '150' }, { date: '2025-02-01', montant: '1' }, { date: '2025-05-01', montant: '10' }]), calcul)).toBe(lireDate('2025-03-01'));
  });
  it('a settling payment after the last day asked: that day', () => {
    expect(dernierJour(ligne('100.00', [{ date: '2025-07-15', montant: '100' }]), calcul)).toBe(calcul);
  });
});

describe('lirePenalites — issue 15, item 1: the fast reading counts the keys, the strict one names the unknown key', () => {
  it('an extra own key sends the row to the strict reading, which refuses it at its path (the row index first in a batch)', () => {
    const l = nouvelleLigne();
    const ligne = { montant: '10', dateEcheance: '2025-01-31', dateCalcul: '2025-06-30', paiement: [] };
    expect(lecture(ligne, l, 7)).toEqual(strict(ligne, [7]));
    expect(lecture(ligne, l, 7)).toMatchObject({ code: 'ENTREE_INVALIDE', issues: [{ path: [7, 'paiement'], code: 'unrecognized_keys' }] });
  });

  it('a class instance whose payments are a getter of its prototype (not an own key) is read as the strict reading reads it', () => {
    class Ligne {
      montant = '1000.00';
      dateEcheance = '2025-01-31';
      dateCalcul = '2025-06-30';
      get paiements() {
        return [{ date: '2025-03-01', montant: '100' }];
      }
    }
    const l = nouvelleLigne();
    const r = lecture(new Ligne(), l);
    expect(r).toEqual(strict(new Ligne()));
    expect(r).toMatchObject({ paiements: [{ jour: lireDate('2025-03-01'), centimes: 10_000 }] });
  });
});
