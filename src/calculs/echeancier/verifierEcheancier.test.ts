import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, erreur, geler } from '../../../test/outils.js';
import { formaterDate, lireDate } from '../../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { creerEcheancier } from './creerEcheancier.js';
import { verifierEcheancier } from './verifierEcheancier.js';

const plan = creerEcheancier({ montantTotal: 300, nombreEcheances: 3, premiereEcheance: '2025-01-31' });
// 2025-01-31, 2025-02-28, 2025-03-31 — 100.00 each.

describe('verifierEcheancier — statuses at a date', () => {
  it('documented example: one instalment paid, the second late, forfeiture after 8 days of tolerance', () => {
    const r = verifierEcheancier(plan, [{ date: '2025-01-31', montant: 100 }], '2025-03-10', { defaillanceApres: { echeancesImpayees: 1, delaiGraceJours: 8 } });
    expect(r.echeances.map((e) => e.statut)).toEqual(['payee', 'en-retard', 'a-echoir']);
    expect(r.echeances[1]).toMatchObject({ montantPaye: '0.00', resteDu: '100.00', retardJours: 10, datePaiement: null });
    expect(r).toMatchObject({ montantPaye: '100.00', resteDu: '200.00', montantEnRetard: '100.00', echeancesEnRetard: 1, montantExigible: '200.00', tropPercu: '0.00' });
    expect(r.defaillance).toMatchObject({ acquise: true, date: '2025-03-09', enCours: true, echeancesImpayees: 1 });
  });

  it('an instalment paid on its due date is on time; it is late from the next day', () => {
    expect(verifierEcheancier(plan, [], '2025-01-31').echeances[0]?.statut).toBe('a-echoir');
    expect(verifierEcheancier(plan, [], '2025-01-31').montantExigible).toBe('100.00');
    expect(verifierEcheancier(plan, [], '2025-02-01').echeances[0]).toMatchObject({ statut: 'en-retard', retardJours: 1 });
    expect(verifierEcheancier(plan, [{ date: '2025-01-31', montant: 100 }], '2025-02-01').echeances[0]).toMatchObject({ statut: 'payee', retardJours: 0, datePaiement: '2025-01-31' });
  });

  it('imputes in date order: a partial payment fills the oldest instalment, the excess the next one', () => {
    const r = verifierEcheancier(plan, [{ date: '2025-02-05', montant: '150.00' }], '2025-03-05');
    expect(r.echeances.map((e) => [e.montantPaye, e.statut, e.retardJours])).toEqual([
      ['100.00', 'payee', 5],
      ['50.00', 'en-retard', 5],
      ['0.00', 'a-echoir', 0],
    ]);
  });

  it('ignores payments after the date of the check, and reports an overpayment', () => {
    const r = verifierEcheancier(plan, [{ date: '2025-04-01', montant: 300 }], '2025-03-01');
    expect(r.montantPaye).toBe('0.00');
    expect(r.motifs.join(' ')).toMatch(/ignoré/);
    const trop = verifierEcheancier(plan, [{ date: '2025-01-01', montant: '300.50' }], '2025-04-01');
    expect(trop).toMatchObject({ tropPercu: '0.50', resteDu: '0.00', montantPaye: '300.00' });
  });

  it('accepts a bare list of { date, montant } lines (the ECHEANCIER_ACCEPTE event shape), in any order', () => {
    const r = verifierEcheancier({ echeances: [{ date: '2025-02-10', montant: '20' }, { date: '2025-01-10', montant: 10 }] }, [{ date: '2025-01-10', montant: 10 }], '2025-02-11');
    expect(r.echeances.map((e) => [e.numero, e.date, e.statut])).toEqual([
      [2, '2025-01-10', 'payee'],
      [1, '2025-02-10', 'en-retard'],
    ]);
  });
});

describe('verifierEcheancier — forfeiture clause (contractual)', () => {
  const clause = (echeancesImpayees: number, delaiGraceJours = 0) => ({ defaillanceApres: { echeancesImpayees, delaiGraceJours } });

  it('two unpaid instalments needed: not in default with one, in default the day after the second is missed', () => {
    expect(verifierEcheancier(plan, [], '2025-02-28', clause(2)).defaillance).toMatchObject({ acquise: false, date: null, echeancesImpayees: 1 });
    expect(verifierEcheancier(plan, [], '2025-03-01', clause(2)).defaillance).toMatchObject({ acquise: true, date: '2025-03-01' });
  });

  it('tolerance: with 15 days, an instalment of 31 January counts as unpaid from 16 February', () => {
    expect(verifierEcheancier(plan, [], '2025-02-15', clause(1, 15)).defaillance?.acquise).toBe(false);
    expect(verifierEcheancier(plan, [], '2025-02-16', clause(1, 15)).defaillance?.date).toBe('2025-02-16');
  });

  it('a payment within the tolerance prevents default; a later payment cures the arrears but not the default already incurred', () => {
    const dansLeDelai = verifierEcheancier(plan, [{ date: '2025-02-10', montant: 100 }], '2025-03-10', clause(1, 15));
    expect(dansLeDelai.defaillance?.acquise).toBe(false);
    expect(dansLeDelai.montantExigible).toBe('100.00'); // the 28 Feb instalment
    const tardif = verifierEcheancier(plan, [{ date: '2025-02-20', montant: 100 }], '2025-02-25', clause(1, 15));
    expect(tardif.defaillance).toMatchObject({ acquise: true, date: '2025-02-16', enCours: false, echeancesImpayees: 0 });
    expect(tardif.montantExigible).toBe('200.00');
    expect(tardif.avertissements.join(' ')).toMatch(/contractuelle/);
  });

  it('without a clause, defaillance is null and only due instalments are exigible', () => {
    const r = verifierEcheancier(plan, [], '2025-03-01');
    expect(r.defaillance).toBeNull();
    expect(r.montantExigible).toBe('200.00');
  });

  it('rejects bad input with the failing path', () => {
    expect(erreur(() => verifierEcheancier(plan, [], '2025-02-30')).issues[0]?.path).toEqual(['date']);
    expect(erreur(() => verifierEcheancier(plan, [{ date: '2025-01-01', montant: -1 }], '2025-02-01')).issues[0]?.path).toEqual(['paiements', 0, 'montant']);
    expect(erreur(() => verifierEcheancier({ echeances: [] }, [], '2025-02-01')).issues[0]?.path).toEqual(['echeancier', 'echeances']);
    expect(erreur(() => verifierEcheancier({ echeances: [{ date: '2025-01-01', montant: 'x' }] }, [], '2025-02-01')).issues[0]?.path).toEqual(['echeancier', 'echeances', 0, 'montant']);
    expect(erreur(() => verifierEcheancier(plan, [], '2025-02-01', clause(0))).issues[0]?.path).toEqual(['options', 'defaillanceApres', 'echeancesImpayees']);
  });
});

describe('verifierEcheancier — properties', () => {
  const arb = fc.record({
    total: fc.integer({ min: 100, max: 10_000_00 }),
    n: fc.integer({ min: 1, max: 24 }),
    premiere: arbDate('2024-01-01', '2025-12-31'),
    paiements: fc.array(fc.record({ decalage: fc.integer({ min: -30, max: 800 }), centimes: fc.integer({ min: 1, max: 5_000_00 }) }), { maxLength: 12 }),
    verif: fc.integer({ min: -30, max: 800 }),
    clause: fc.record({ echeancesImpayees: fc.integer({ min: 1, max: 3 }), delaiGraceJours: fc.integer({ min: 0, max: 30 }) }),
  });

  it('property: paid + remaining = total; per line paid ≤ amount; overdue ≤ exigible ≤ remaining; default agrees with a day-by-day recount', () => {
    fc.assert(
      fc.property(arb, ({ total, n, premiere, paiements, verif, clause }) => {
        const p = creerEcheancier({ montantTotal: formaterEuros(total), nombreEcheances: n, premiereEcheance: premiere });
        const j0 = lireDate(premiere);
        const pays = paiements.map((x) => ({ date: formaterDate(j0 + x.decalage), montant: formaterEuros(x.centimes) }));
        const date = formaterDate(j0 + verif);
        const r = verifierEcheancier(p, pays, date, { defaillanceApres: clause });
        const c = (s: string) => lireEuros(s);
        expect(c(r.montantPaye) + c(r.resteDu)).toBe(total);
        let paye = 0;
        for (const e of r.echeances) {
          expect(c(e.montantPaye)).toBeLessThanOrEqual(c(e.montant));
          expect(c(e.montantPaye) + c(e.resteDu)).toBe(c(e.montant));
          paye += c(e.montantPaye);
        }
        expect(paye).toBe(c(r.montantPaye));
        expect(c(r.montantEnRetard)).toBeLessThanOrEqual(c(r.montantExigible));
        expect(c(r.montantExigible)).toBeLessThanOrEqual(c(r.resteDu));
        // Naive recount, day by day, of the first day the clause is met.
        let premier: string | null = null;
        for (let t = j0 - 31; t <= lireDate(date) && premier === null; t++) {
          const recuAuJour = pays.filter((x) => lireDate(x.date) <= t).reduce((s, x) => s + c(x.montant), 0);
          let cumul = 0;
          let impayees = 0;
          for (const e of p.echeances) {
            cumul += c(e.montant);
            if (lireDate(e.date) + clause.delaiGraceJours < t && recuAuJour < cumul) impayees++;
          }
          if (impayees >= clause.echeancesImpayees) premier = formaterDate(t);
        }
        expect(r.defaillance?.date ?? null).toBe(premier);
      }),
      { numRuns: runs(200) },
    );
  });

  it('does not mutate its input', () => {
    const p = geler(creerEcheancier({ montantTotal: 100, nombreEcheances: 2, premiereEcheance: '2025-01-15' }));
    const pays = geler([{ date: '2025-02-20', montant: '10' }, { date: '2025-01-10', montant: '20' }]);
    const options = geler({ defaillanceApres: { echeancesImpayees: 1 } });
    const r = verifierEcheancier(p, pays, '2025-03-01', options);
    expect(pays).toEqual([{ date: '2025-02-20', montant: '10' }, { date: '2025-01-10', montant: '20' }]);
    expect(r.montantPaye).toBe('30.00');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
