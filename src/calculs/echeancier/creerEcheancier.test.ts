import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, erreur, geler } from '../../../test/outils.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { ajouterMois, formaterDate, lireDate } from '../../socle/date-iso.js';
import { creerEcheancier, moisEntre, type ParamsEcheancier } from './creerEcheancier.js';

const somme = (e: readonly { montant: string }[]): number => e.reduce((a, x) => a + lireEuros(x.montant), 0);

describe('creerEcheancier — monthly plans (end-of-month rule)', () => {
  it('splits 1 000 € in three monthly instalments from 31 January: 31 Jan, 28 Feb, 31 Mar (not chained)', () => {
    const plan = creerEcheancier({ montantTotal: '1000.00', nombreEcheances: 3, premiereEcheance: '2025-01-31' });
    expect(plan.echeances).toEqual([
      { numero: 1, type: 'echeance', date: '2025-01-31', montant: '333.34' },
      { numero: 2, type: 'echeance', date: '2025-02-28', montant: '333.33' },
      { numero: 3, type: 'echeance', date: '2025-03-31', montant: '333.33' },
    ]);
    expect(plan).toMatchObject({ nature: 'amiable', montantTotal: '1000.00', apport: '0.00', nombreEcheances: 3, dateDebut: '2025-01-31', dateFin: '2025-03-31', dureeMois: 2 });
  });

  it('lands on 29 February in a leap year', () => {
    const plan = creerEcheancier({ montantTotal: 200, nombreEcheances: 2, premiereEcheance: '2024-01-31' });
    expect(plan.echeances.map((e) => e.date)).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('supports quarterly plans (intervalleMois: 3)', () => {
    const plan = creerEcheancier({ montantTotal: '900', nombreEcheances: 4, premiereEcheance: '2025-11-30', intervalleMois: 3 });
    expect(plan.echeances.map((e) => e.date)).toEqual(['2025-11-30', '2026-02-28', '2026-05-30', '2026-08-30']);
    expect(plan.echeances.map((e) => e.montant)).toEqual(['225.00', '225.00', '225.00', '225.00']);
  });

  it('applies weights (a balloon last instalment) and still sums exactly', () => {
    const plan = creerEcheancier({ montantTotal: '1000.01', nombreEcheances: 3, premiereEcheance: '2025-01-15', ponderations: [1, 1, 2] });
    expect(plan.echeances.map((e) => e.montant)).toEqual(['250.00', '250.00', '500.01']);
  });
});

describe('creerEcheancier — custom dates and down payment', () => {
  it('puts the down payment first (numero 0) and splits the rest', () => {
    const plan = creerEcheancier({ montantTotal: 1000, apport: { montant: 400, date: '2025-01-10' }, dates: ['2025-02-15', '2025-04-15'] });
    expect(plan.echeances).toEqual([
      { numero: 0, type: 'apport', date: '2025-01-10', montant: '400.00' },
      { numero: 1, type: 'echeance', date: '2025-02-15', montant: '300.00' },
      { numero: 2, type: 'echeance', date: '2025-04-15', montant: '300.00' },
    ]);
    expect(plan.apport).toBe('400.00');
    expect(plan.dateDebut).toBe('2025-01-10');
  });

  it('rejects unsorted dates, a late or excessive down payment, and too small totals, with paths', () => {
    expect(erreur(() => creerEcheancier({ montantTotal: 10, dates: ['2025-02-01', '2025-02-01'] })).issues[0]?.path).toEqual(['dates', 1]);
    expect(erreur(() => creerEcheancier({ montantTotal: 10, dates: ['2025-02-01', '2025-02-30'] })).issues[0]?.path).toEqual(['dates', 1]);
    expect(erreur(() => creerEcheancier({ montantTotal: 10, apport: { montant: 1, date: '2025-02-02' }, dates: ['2025-02-01'] })).issues[0]?.path).toEqual(['apport', 'date']);
    expect(erreur(() => creerEcheancier({ montantTotal: 10, apport: { montant: 10, date: '2025-01-01' }, dates: ['2025-02-01'] })).issues[0]?.path).toEqual(['apport', 'montant']);
    expect(erreur(() => creerEcheancier({ montantTotal: '0.02', nombreEcheances: 3, premiereEcheance: '2025-01-01' })).issues[0]?.path).toEqual(['montantTotal']);
    expect(erreur(() => creerEcheancier({ montantTotal: '-5', nombreEcheances: 3, premiereEcheance: '2025-01-01' })).issues[0]?.path).toEqual(['montantTotal']);
    expect(erreur(() => creerEcheancier({ montantTotal: 5, nombreEcheances: 0, premiereEcheance: '2025-01-01' })).issues[0]?.path).toEqual(['nombreEcheances']);
    expect(erreur(() => creerEcheancier({ montantTotal: 5, nombreEcheances: 2, premiereEcheance: '2025-01-01', ponderations: [1] })).issues[0]?.path).toEqual(['ponderations']);
    expect(erreur(() => creerEcheancier({ montantTotal: '0.01', nombreEcheances: 2, premiereEcheance: '2025-01-01', ponderations: [1, 0] })).code).toBe('ENTREE_INVALIDE');
    const melange = { montantTotal: 5, dates: ['2025-01-01'], nombreEcheances: 1 } as unknown as ParamsEcheancier;
    expect(erreur(() => creerEcheancier(melange)).issues[0]?.path).toEqual(['nombreEcheances']);
  });
});

describe('creerEcheancier — délais de grâce (C. civ. art. 1343-5)', () => {
  const judiciaire = (dernier: string) =>
    creerEcheancier({ montantTotal: 2400, nature: 'judiciaire', dateDebut: '2025-03-31', dates: ['2025-04-30', dernier] });

  it('accepts a court-ordered plan ending exactly 24 months after the decision (31 Mar 2025 → 31 Mar 2027)', () => {
    const plan = judiciaire('2027-03-31');
    expect(plan.dureeMois).toBe(24);
    expect(plan.references).toEqual(['C. civ. art. 1343-5']);
    expect(plan.motifs.join(' ')).toMatch(/ne sont pas encourues pendant le délai/);
  });

  it('refuses a court-ordered plan ending one day after the two years (OPERATION_INTERDITE)', () => {
    const e = erreur(() => judiciaire('2027-04-01'));
    expect(e.code).toBe('OPERATION_INTERDITE');
    expect(e.issues[0]?.path).toEqual(['dates', 1]);
  });

  it('counts the two years with the end-of-month rule (29 Feb 2024 → 28 Feb 2026)', () => {
    const base = { montantTotal: 100, nature: 'judiciaire', dateDebut: '2024-02-29', nombreEcheances: 25 } as const;
    expect(creerEcheancier({ ...base, premiereEcheance: '2024-02-29' }).dateFin).toBe('2026-02-28');
    expect(erreur(() => creerEcheancier({ ...base, nombreEcheances: 2, intervalleMois: 24, premiereEcheance: '2024-03-01' })).code).toBe('OPERATION_INTERDITE');
  });

  it('requires the decision date for a court-ordered plan', () => {
    expect(erreur(() => creerEcheancier({ montantTotal: 100, nature: 'judiciaire', nombreEcheances: 2, premiereEcheance: '2025-01-01' })).issues[0]?.path).toEqual(['dateDebut']);
  });

  it('lets an amicable plan run beyond 24 months, with a warning, and stays silent at 24 months', () => {
    const long = creerEcheancier({ montantTotal: 3000, nombreEcheances: 30, premiereEcheance: '2025-01-05' });
    expect(long.dureeMois).toBe(29);
    expect(long.references).toEqual(['C. civ. art. 1343-5']);
    expect(long.avertissements.join(' ')).toMatch(/plus de deux années \(29 mois\)/);
    const depuisAccord = creerEcheancier({ montantTotal: 2500, dateDebut: '2025-01-01', nombreEcheances: 25, premiereEcheance: '2025-01-05' });
    expect(depuisAccord.dureeMois).toBe(25);
    expect(depuisAccord.avertissements).toHaveLength(1);
    const juste = creerEcheancier({ montantTotal: 2500, nombreEcheances: 25, premiereEcheance: '2025-01-05' });
    expect(juste.dureeMois).toBe(24);
    expect(juste.avertissements).toEqual([]);
  });
});

describe('moisEntre', () => {
  it('is the smallest number of months reaching the end date', () => {
    const m = (a: string, b: string) => moisEntre(lireDate(a), lireDate(b));
    expect(m('2025-01-31', '2025-02-28')).toBe(1);
    expect(m('2025-01-31', '2025-03-01')).toBe(2);
    expect(m('2025-01-15', '2025-01-15')).toBe(0);
    expect(m('2025-01-15', '2025-01-16')).toBe(1);
  });
});

describe('creerEcheancier — properties', () => {
  const arbParams = fc.record({
    total: fc.integer({ min: 1, max: 10_000_000_00 }),
    n: fc.integer({ min: 1, max: 60 }),
    premiere: arbDate('2020-01-01', '2030-12-31'),
    intervalle: fc.integer({ min: 1, max: 3 }),
    apport: fc.option(fc.double({ min: 0, max: 0.9, noNaN: true }), { nil: undefined }),
  });

  it('property: the lines sum exactly to the total; equal instalments are within one cent; monthly dates follow ajouterMois', () => {
    fc.assert(
      fc.property(arbParams, ({ total, n, premiere, intervalle, apport }) => {
        const centApport = apport === undefined ? 0 : Math.floor(total * apport);
        fc.pre(total - centApport >= n);
        const params: ParamsEcheancier = {
          montantTotal: formaterEuros(total),
          nombreEcheances: n,
          premiereEcheance: premiere,
          intervalleMois: intervalle,
          ...(centApport > 0 ? { apport: { montant: formaterEuros(centApport), date: premiere } } : {}),
        };
        const plan = creerEcheancier(params);
        expect(somme(plan.echeances)).toBe(total);
        const ech = plan.echeances.filter((e) => e.type === 'echeance');
        expect(ech).toHaveLength(n);
        const c = ech.map((e) => lireEuros(e.montant));
        expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
        ech.forEach((e, k) => expect(e.date).toBe(formaterDate(ajouterMois(lireDate(premiere), k * intervalle))));
        for (const e of plan.echeances) expect(e.montant).toMatch(/^\d+\.\d{2}$/);
      }),
      { numRuns: runs(300) },
    );
  });

  it('property: a court-ordered plan is accepted iff its last date is within 24 months of the decision', () => {
    fc.assert(
      fc.property(arbDate('2020-01-01', '2026-12-31'), fc.integer({ min: 0, max: 900 }), (decision, jours) => {
        const fin = formaterDate(lireDate(decision) + jours);
        const ok = lireDate(fin) <= ajouterMois(lireDate(decision), 24);
        const appel = () => creerEcheancier({ montantTotal: 100, nature: 'judiciaire', dateDebut: decision, dates: [fin] });
        if (ok) expect(appel().dureeMois).toBeLessThanOrEqual(24);
        else expect(erreur(appel).code).toBe('OPERATION_INTERDITE');
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input and returns JSON-safe data', () => {
    const params = geler({ montantTotal: '100.00', apport: { montant: '10.00', date: '2025-01-01' }, dates: ['2025-02-01', '2025-03-01'], ponderations: [2, 1] });
    const plan = creerEcheancier(params);
    expect(params).toEqual({ montantTotal: '100.00', apport: { montant: '10.00', date: '2025-01-01' }, dates: ['2025-02-01', '2025-03-01'], ponderations: [2, 1] });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(plan.echeances.map((e) => e.montant)).toEqual(['10.00', '60.00', '30.00']);
  });
});
