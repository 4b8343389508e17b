import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { balanceAgee } from './balanceAgee.js';
import { situationCreance } from '../situation/situationCreance.js';
import { arbDate, arbMontant, cents, codeEtChemin, erreur, euros, geler } from '../../test/outils.js';
import { lireDate } from '../socle/date-iso.js';
import { lireEuros } from '../socle/euros.js';

describe('balanceAgee (retard = date − dateEcheance)', () => {
  const date = '2025-06-30';

  it('worked example, default bounds [0, 30, 60, 90]: boundaries fall in the lower bucket (retard ≤ bound)', () => {
    const r = balanceAgee(
      [
        { montantDu: '1000.00', dateEcheance: '2025-07-15' }, // −15: not yet due
        { montantDu: '250.50', dateEcheance: '2025-06-30' }, // 0: due today, not overdue
        { montantDu: 400, dateEcheance: '2025-05-31' }, // 30
        { montantDu: '0.01', dateEcheance: '2025-05-30' }, // 31
        { montantDu: '99.99', dateEcheance: '2025-01-31' }, // 150
      ],
      { date },
    );
    expect(r).toEqual([
      { de: null, a: 0, montant: '1250.50', nombre: 2 },
      { de: 0, a: 30, montant: '400.00', nombre: 1 },
      { de: 30, a: 60, montant: '0.01', nombre: 1 },
      { de: 60, a: 90, montant: '0.00', nombre: 0 },
      { de: 90, a: null, montant: '99.99', nombre: 1 },
    ]);
  });

  it('an empty ledger gives every bucket with "0.00" and 0', () => {
    expect(balanceAgee([], { date, tranches: [15] })).toEqual([
      { de: null, a: 15, montant: '0.00', nombre: 0 },
      { de: 15, a: null, montant: '0.00', nombre: 0 },
    ]);
  });

  it('custom bounds, including negative ones (due within the next 7 days)', () => {
    const r = balanceAgee([{ montantDu: 10, dateEcheance: '2025-07-03' }, { montantDu: 20, dateEcheance: '2025-07-10' }], { date, tranches: [-7, 0] });
    expect(r.map((t) => [t.de, t.a, t.montant])).toEqual([[null, -7, '20.00'], [-7, 0, '10.00'], [0, null, '0.00']]);
  });

  it('reads any iterable (a generator) and gives the same result as for an array', () => {
    const lignes = [{ montantDu: '5.00', dateEcheance: '2025-01-01' }, { montantDu: '7.25', dateEcheance: '2025-06-01' }];
    function* gen() {
      yield* lignes;
    }
    expect(balanceAgee(gen(), { date })).toEqual(balanceAgee(lignes, { date }));
  });

  it('values outside the fast parsers (numbers with decimals, years before 1970) give the strict parsers’ result', () => {
    const r = balanceAgee([{ montantDu: 12.5, dateEcheance: '1969-12-31' }, { montantDu: '0.1', dateEcheance: '2025-06-30' }], { date });
    expect(r[0]).toEqual({ de: null, a: 0, montant: '0.10', nombre: 1 });
    expect(r[4]).toEqual({ de: 90, a: null, montant: '12.50', nombre: 1 });
  });

  it('a bad row throws ENTREE_INVALIDE with its index first in the path, and no partial result', () => {
    const lignes = [
      { montantDu: '1.00', dateEcheance: '2025-01-01' },
      { montantDu: '1.00', dateEcheance: '2025-01-01' },
      { montantDu: '1.00', dateEcheance: '2025-02-30' },
    ];
    const e = erreur(() => balanceAgee(lignes, { date }));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual([2, 'dateEcheance']);
    expect(erreur(() => balanceAgee([{ montantDu: '1,00', dateEcheance: '2025-01-01' }], { date })).issues[0]?.path).toEqual([0, 'montantDu']);
    expect(erreur(() => balanceAgee([{ montantDu: '-1.00', dateEcheance: '2025-01-01' }], { date })).issues[0]?.path).toEqual([0, 'montantDu']);
    expect(erreur(() => balanceAgee([null as never], { date })).issues[0]?.path).toEqual([0]);
    expect(erreur(() => balanceAgee(42 as never, { date })).code).toBe('ENTREE_INVALIDE');
    expect(erreur(() => balanceAgee([], { date: '2025-13-01' })).issues[0]?.path).toEqual(['date']);
    expect(erreur(() => balanceAgee([], { date, tranches: [30, 30] })).issues[0]?.path).toEqual(['tranches', 1]);
    expect(erreur(() => balanceAgee([], { date, tranches: [] })).issues[0]?.path).toEqual(['tranches']);
  });

  it('credit notes (negative amounts) only with negatifsAutorises', () => {
    const r = balanceAgee([{ montantDu: '-100.00', dateEcheance: '2025-01-01' }, { montantDu: '40.00', dateEcheance: '2025-01-01' }], { date, negatifsAutorises: true });
    expect(r[4]).toEqual({ de: 90, a: null, montant: '-60.00', nombre: 2 });
  });

  it('sums stay exact beyond 2^53 cents (BigInt spill)', () => {
    const lignes = Array.from({ length: 20 }, () => ({ montantDu: '9999999999999.99', dateEcheance: '2025-01-01' }));
    expect(balanceAgee(lignes, { date })[4]?.montant).toBe('199999999999999.80');
  });

  const arbLigne = fc.record({ montantDu: arbMontant, dateEcheance: arbDate('2023-01-01', '2026-12-31') });
  const arbBornes = fc.uniqueArray(fc.integer({ min: -100, max: 400 }), { minLength: 1, maxLength: 8 }).map((b) => [...b].sort((x, y) => x - y));

  it('property: the buckets partition the ledger (sums equal the total, counts equal the row count) and match a naive recount', () => {
    fc.assert(
      fc.property(fc.array(arbLigne, { maxLength: 60 }), arbDate('2024-01-01', '2025-12-31'), arbBornes, (lignes, d, tranches) => {
        const r = balanceAgee(lignes, { date: d, tranches });
        expect(r).toHaveLength(tranches.length + 1);
        expect(r.reduce((s, t) => s + cents(t.montant), 0n)).toBe(lignes.reduce((s, l) => s + cents(l.montantDu), 0n));
        expect(r.reduce((s, t) => s + t.nombre, 0)).toBe(lignes.length);
        // Naive recount: each bucket filters the rows by its own bounds.
        for (const t of r) {
          const dans = lignes.filter((l) => {
            const retard = lireDate(d) - lireDate(l.dateEcheance);
            return (t.de === null || retard > t.de) && (t.a === null || retard <= t.a);
          });
          expect(t.nombre).toBe(dans.length);
          expect(t.montant).toBe(euros(dans.reduce((s, l) => s + BigInt(lireEuros(l.montantDu)), 0n)));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    const lignes = geler([{ montantDu: '10.00', dateEcheance: '2025-01-01' }]);
    const params = geler({ date, tranches: [0, 30] });
    expect(balanceAgee(lignes, params)[2]).toEqual({ de: 30, a: null, montant: '10.00', nombre: 1 });
  });
});

describe('balanceAgee — an invoice in instalments, aged by instalment (parEcheance)', () => {
  it('each instalment in the bucket of its own due date; one not yet due is not overdue', () => {
    const parts = [
      { montantDu: '400.00', dateEcheance: '2025-04-30' },
      { montantDu: '400.00', dateEcheance: '2025-05-31' },
      { montantDu: '400.00', dateEcheance: '2025-07-31' },
    ];
    const r = balanceAgee([{ montantDu: '1200.00', dateEcheance: '2025-07-31', parEcheance: parts }], { date: '2025-06-30' });
    expect(r.map((t) => [t.montant, t.nombre])).toEqual([['400.00', 1], ['400.00', 1], ['0.00', 0], ['400.00', 1], ['0.00', 0]]);
  });

  it('from a statement: situationCreance(...).echeances', () => {
    const creance = {
      id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-04-14',
      echeances: [{ date: '2025-02-14', montant: '400.00' }, { date: '2025-03-14', montant: '400.00' }, { date: '2025-04-14', montant: '400.00' }],
      paiements: [{ date: '2025-02-14', montant: '400.00' }], nature: 'commerciale' as const, cause: 'contractuelle' as const, contestee: false,
    };
    const s = situationCreance(creance, { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' }, '2025-03-31');
    const parEcheance = s.echeances.map((e) => ({ montantDu: e.principalDu, dateEcheance: e.date }));
    const r = balanceAgee([{ montantDu: s.principalDu, dateEcheance: s.dateEcheance, parEcheance }], { date: '2025-03-31' });
    expect(r.map((t) => t.montant)).toEqual(['400.00', '400.00', '0.00', '0.00', '0.00']);
  });

  it('a bad part throws with its path', () => {
    expect(codeEtChemin(() => balanceAgee([{ montantDu: '1', dateEcheance: '2025-01-01', parEcheance: [{ montantDu: '1', dateEcheance: 'x' }] }], { date: '2025-03-31' })))
      .toEqual(['ENTREE_INVALIDE', [0, 'parEcheance', 0, 'dateEcheance']]);
  });
});
