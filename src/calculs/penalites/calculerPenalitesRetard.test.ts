import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, arbMontant, cents, erreur, euros, geler } from '../../../test/outils.js';
import { etendreBaremes } from '../../baremes/etendreBaremes.js';
import { baremesParDefaut } from '../../baremes/donnees.js';
import { formaterDate, lireDate } from '../../socle/date-iso.js';
import { penalitesOracle } from '../../../test/oracle/penalites.js';
import { calculerPenalitesRetard, type ParamsPenalites } from './calculerPenalitesRetard.js';

const resume = (r: ReturnType<typeof calculerPenalitesRetard>) => r.periodes.map((p) => [p.du, p.au, p.jours, p.assiette, p.tauxAnnuel, p.montant]);

describe('calculerPenalitesRetard — worked examples', () => {
  it('legal reference §1.4: a delay straddling 30 June is split, each half-year at its own rate (L441-10 II)', () => {
    const r = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' });
    expect(resume(r)).toEqual([
      ['2025-06-01', '2025-06-30', 30, '10000.00', '13.15', '108.08'],
      ['2025-07-01', '2025-08-14', 45, '10000.00', '12.15', '149.79'],
    ]);
    // The reference prints 257.88: it rounds the unrounded total once. The contract rounds each period.
    expect(r.montant).toBe('257.87');
    expect(r.joursDeRetard).toBe(75);
    expect(r.references).toEqual(['C. com. art. L441-10 II']);
    expect(r.avertissements).toEqual([]);
  });

  it('SH-1 (help.shine.fr): a contractual rate below 3 × taux légal is raised to the floor, 14.76 % in 2024 S2', () => {
    const r = calculerPenalitesRetard({ montant: 3000, dateEcheance: '2024-07-31', dateCalcul: '2024-08-30', taux: { mode: 'contractuel', tauxAnnuel: '10' } });
    expect(r.montant).toBe('36.39');
    expect(r.periodes[0]?.tauxAnnuel).toBe('14.76');
    expect(r.avertissements[0]).toContain('plancher');
  });

  it('AG-1 (agenceipro.com): 15 000 € at a contractual 15 % for 30 days = 184.93 €', () => {
    const r = calculerPenalitesRetard({ montant: '15000', dateEcheance: '2025-09-01', dateCalcul: '2025-10-01', taux: { mode: 'contractuel', tauxAnnuel: '15' } });
    expect(r.montant).toBe('184.93');
    expect(r.avertissements).toEqual([]);
  });

  it('IN-1 (ACT/365 rounding mechanics): 612.15 € × 10 % × 13 days = 2.18 €; × 20 % × 14 days = 4.70 €', () => {
    expect(calculerPenalitesRetard({ montant: '612.15', dateEcheance: '2019-02-16', dateCalcul: '2019-03-01', taux: { mode: 'contractuel', tauxAnnuel: '10' } }).montant).toBe('2.18');
    expect(calculerPenalitesRetard({ montant: '612.15', dateEcheance: '2019-03-01', dateCalcul: '2019-03-15', taux: { mode: 'contractuel', tauxAnnuel: '20' } }).montant).toBe('4.70');
  });

  it('LX-1 (lexing.law): 10 000 € over 91 days of 2014 S1 at 10.25 % gives 255.55 € on ACT/365', () => {
    const r = calculerPenalitesRetard({ montant: '10000', dateEcheance: '2013-12-31', dateCalcul: '2014-04-01' });
    expect(r.joursDeRetard).toBe(91);
    expect(r.montant).toBe('255.55');
  });

  it('the mid-semester ECB change of 27 July 2022 only counts from 1 January 2023 (gotcha 2)', () => {
    const r = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2022-06-30', dateCalcul: '2023-01-31' });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2022-07-01', '2022-12-31', '10.00'],
      ['2023-01-01', '2023-01-31', '12.50'],
    ]);
  });

  it('2009–2012: the rate of the most recent ECB operation applies day by day (pre-2013 L441-6)', () => {
    const r = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2011-07-01', dateCalcul: '2011-07-20' });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2011-07-02', '2011-07-12', '11.25'],
      ['2011-07-13', '2011-07-20', '11.50'],
    ]);
    expect(r.references).toContain('C. com. art. L441-6 (rédaction antérieure au 26 avril 2019)');
  });

  it('on 2012-12-31 → 2013-01-01 both rules give 10.75 %: one period', () => {
    const r = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2012-12-20', dateCalcul: '2013-01-10' });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([['2012-12-21', '2013-01-10', '10.75']]);
  });

  it('the 2016 S2 → 2022 S2 run at 10.00 % is one period (maximal runs)', () => {
    const r = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2016-06-30', dateCalcul: '2022-12-31' });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([['2016-07-01', '2022-12-31', '10.00']]);
  });

  it('day d accrues when dateEcheance < d <= dateCalcul', () => {
    expect(calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-03-31', dateCalcul: '2025-03-31' }).joursDeRetard).toBe(0);
    const un = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-03-31', dateCalcul: '2025-04-01' });
    expect(un.joursDeRetard).toBe(1);
    expect(un.montant).toBe('0.36'); // 1000 × 13.15 % / 365 = 0.3603
  });

  it('a payment made on day p still accrues on day p; the base drops from p + 1', () => {
    const r = calculerPenalitesRetard({
      montant: '1000',
      dateEcheance: '2025-03-31',
      dateCalcul: '2025-04-30',
      paiements: [{ date: '2025-04-10', montant: '400' }],
    });
    expect(resume(r)).toEqual([
      ['2025-04-01', '2025-04-10', 10, '1000.00', '13.15', '3.60'],
      ['2025-04-11', '2025-04-30', 20, '600.00', '13.15', '4.32'],
    ]);
  });

  it('a full payment ends the accrual on its day; payments before the due date reduce the base', () => {
    const paye = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-03-31', dateCalcul: '2025-12-31', paiements: [{ date: '2025-04-05', montant: 1000 }] });
    expect(paye.joursDeRetard).toBe(5);
    const avance = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-03-31', dateCalcul: '2025-04-30', paiements: [{ date: '2025-03-15', montant: 250 }] });
    expect(avance.periodes[0]?.assiette).toBe('750.00');
    const aTemps = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-03-31', dateCalcul: '2025-12-31', paiements: [{ date: '2025-03-31', montant: 1000 }] });
    expect(aTemps.montant).toBe('0.00');
    expect(aTemps.periodes).toEqual([]);
  });

  it('public buyer: ECB + 8 points fixed at the start of the half-year in which interest starts, for the whole period (R2192-31)', () => {
    const r = calculerPenalitesRetard({ montant: '10000', dateEcheance: '2024-07-31', dateCalcul: '2025-03-31', taux: { mode: 'commande-publique' } });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([['2024-08-01', '2025-03-31', '12.25']]);
    // Issue 14: the regime rests on L2192-13 and R2192-31 (no longer flagged unconfirmed); without the
    // contract's date the due date picks the regime, and the result says so.
    expect(r.references).toEqual(['C. commande publique art. L2192-13', 'C. commande publique art. R2192-31']);
    expect(r.avertissements).toEqual([
      "Date du contrat inconnue : la date d'échéance (2024-07-31) est retenue pour choisir le régime des intérêts moratoires ; un contrat conclu avant le 2013-03-16 relève du régime antérieur (taux BCE + 7 points, décret n° 2002-232 modifié, au lieu de BCE + 8 points, C. commande publique art. R2192-31). Indiquez la date du contrat.",
    ]);
  });

  it('2026 S2 uses the UNCONFIRMED June 2026 ECB rise and says so', () => {
    const r = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2026-06-15', dateCalcul: '2026-11-23' });
    expect(r.periodes.at(-1)?.tauxAnnuel).toBe('12.40');
    expect(r.avertissements.join(' ')).toContain('NON CONFIRMÉE');
    const h1 = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2026-01-15', dateCalcul: '2026-06-30' });
    expect(h1.avertissements).toEqual([]);
  });

  it("with baseAnnuelle 'exacte' the days of a leap year count /366 and periods are cut where the year length changes", () => {
    const r = calculerPenalitesRetard({ montant: '36600', dateEcheance: '2023-12-20', dateCalcul: '2024-01-10', taux: { mode: 'contractuel', tauxAnnuel: '20' } }, { baseAnnuelle: 'exacte' });
    expect(r.periodes.map((p) => [p.du, p.au, p.baseAnnuelle, p.montant])).toEqual([
      ['2023-12-21', '2023-12-31', 365, '220.60'],
      ['2024-01-01', '2024-01-10', 366, '200.00'],
    ]);
  });
});

describe('calculerPenalitesRetard — errors', () => {
  it('days before 2009 are outside the tables (BAREME_MANQUANT)', () => {
    expect(erreur(() => calculerPenalitesRetard({ montant: '1000', dateEcheance: '2008-12-15', dateCalcul: '2009-01-10' })).code).toBe('BAREME_MANQUANT');
  });
  it('a date after the last known ECB decision is BAREME_MANQUANT, until the tables are extended', () => {
    const p = { montant: '1000', dateEcheance: '2026-12-15', dateCalcul: '2027-01-10' };
    expect(erreur(() => calculerPenalitesRetard(p)).code).toBe('BAREME_MANQUANT');
    const baremes = etendreBaremes(baremesParDefaut, { bce: { connuJusquau: '2027-01-01' } });
    expect(calculerPenalitesRetard(p, { baremes }).periodes.at(-1)?.tauxAnnuel).toBe('12.40');
  });
  it.each<[string, unknown, (string | number)[]]>([
    ['a comma amount', { montant: '12,50', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' }, ['montant']],
    ['an impossible date', { montant: '12.50', dateEcheance: '2025-02-30', dateCalcul: '2025-03-01' }, ['dateEcheance']],
    ['a bad payment date', { montant: '12.50', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01', paiements: [{ date: 'x', montant: 1 }] }, ['paiements', 0, 'date']],
    ['a zero payment', { montant: '12.50', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01', paiements: [{ date: '2025-02-01', montant: 0 }] }, ['paiements', 0, 'montant']],
    ['an unknown mode', { montant: '12.50', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01', taux: { mode: 'bce+7' } }, ['taux', 'mode']],
    ['a numeric contractual rate', { montant: '12.50', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01', taux: { mode: 'contractuel', tauxAnnuel: 12 } }, ['taux', 'tauxAnnuel']],
    ['a missing dateCalcul', { montant: '12.50', dateEcheance: '2025-01-31' }, ['dateCalcul']],
  ])('%s gives ENTREE_INVALIDE at its path', (_nom, params, chemin) => {
    const e = erreur(() => calculerPenalitesRetard(params as ParamsPenalites));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(chemin);
  });
  it('a bad option is ENTREE_INVALIDE', () => {
    const e = erreur(() => calculerPenalitesRetard({ montant: '1', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' }, { baseAnnuelle: 360 as unknown as 365 }));
    expect(e.issues[0]?.path).toEqual(['options', 'baseAnnuelle']);
  });
});

const arbParams = fc.record({
  montant: arbMontant,
  dateEcheance: arbDate('2009-01-01', '2026-06-30'),
  jours: fc.integer({ min: 0, max: 900 }),
  paiements: fc.array(fc.record({ decalage: fc.integer({ min: -30, max: 900 }), part: fc.integer({ min: 1, max: 60 }) }), { maxLength: 4 }),
  mode: fc.constantFrom<'bce+10' | 'contractuel'>('bce+10', 'contractuel'),
  taux: fc.integer({ min: 0, max: 2500 }).map((t) => `${Math.floor(t / 100)}.${String(t % 100).padStart(2, '0')}`),
});

type Gen = typeof arbParams extends fc.Arbitrary<infer T> ? T : never;

function construire(a: Gen): ParamsPenalites {
  const e = lireDate(a.dateEcheance);
  const fin = Math.min(e + a.jours, lireDate('2026-11-30'));
  const total = cents(a.montant);
  return {
    montant: a.montant,
    dateEcheance: a.dateEcheance,
    dateCalcul: formaterDate(fin),
    paiements: a.paiements.map((p) => ({
      date: formaterDate(Math.max(lireDate('2008-01-01'), e + p.decalage)),
      montant: euros((total * BigInt(p.part)) / 100n + 1n),
    })),
    taux: a.mode === 'contractuel' ? { mode: 'contractuel', tauxAnnuel: a.taux } : { mode: 'bce+10' },
  };
}

/** Exact unrounded total, as a fraction over 100 × 10^6 × 365 (every rate has at most 2 decimals here). */
function nonArrondi(r: ReturnType<typeof calculerPenalitesRetard>): bigint {
  return r.periodes.reduce((s, p) => s + cents(p.assiette) * cents(p.tauxAnnuel) * BigInt(p.jours), 0n);
}

describe('calculerPenalitesRetard — properties', () => {
  it('the total is the sum of its periods; periods are contiguous and cover exactly the accruing days', () => {
    fc.assert(
      fc.property(arbParams, (a) => {
        const p = construire(a);
        const r = calculerPenalitesRetard(p);
        expect(r.periodes.reduce((s, x) => s + cents(x.montant), 0n)).toBe(cents(r.montant));
        expect(r.periodes.reduce((s, x) => s + x.jours, 0)).toBe(r.joursDeRetard);
        let attendu = lireDate(p.dateEcheance) + 1;
        for (const x of r.periodes) {
          expect(lireDate(x.du)).toBe(attendu);
          expect(lireDate(x.au) - lireDate(x.du) + 1).toBe(x.jours);
          attendu = lireDate(x.au) + 1;
        }
        if (r.periodes.length) expect(lireDate(r.periodes.at(-1)!.au)).toBeLessThanOrEqual(lireDate(p.dateCalcul));
        // maximal runs: two neighbours differ in base or rate
        for (let i = 1; i < r.periodes.length; i++) {
          const [u, v] = [r.periodes[i - 1]!, r.periodes[i]!];
          expect(u.assiette !== v.assiette || u.tauxAnnuel !== v.tauxAnnuel).toBe(true);
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it('splitting the delay at any day changes the unrounded sum by nothing', () => {
    fc.assert(
      fc.property(arbParams, fc.integer({ min: 0, max: 900 }), (a, k) => {
        const p = construire(a);
        const e = lireDate(p.dateEcheance);
        const c = lireDate(p.dateCalcul);
        const coupure = formaterDate(Math.min(c, e + k));
        const tout = nonArrondi(calculerPenalitesRetard(p));
        const avant = nonArrondi(calculerPenalitesRetard({ ...p, dateCalcul: coupure }));
        const apres = nonArrondi(calculerPenalitesRetard({ ...p, dateEcheance: coupure }));
        expect(avant + apres).toBe(tout);
      }),
      { numRuns: runs(300) },
    );
  });

  it('is monotone in the amount and in the days; payments never raise penalties', () => {
    fc.assert(
      fc.property(arbParams, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 200 }), (a, plus, jours) => {
        const p = construire(a);
        const base = cents(calculerPenalitesRetard(p).montant);
        const plusGros = euros(cents(p.montant as string) + BigInt(plus));
        expect(cents(calculerPenalitesRetard({ ...p, montant: plusGros }).montant) >= base).toBe(true);
        const plusTard = formaterDate(Math.min(lireDate(p.dateCalcul) + jours, lireDate('2026-12-31')));
        expect(cents(calculerPenalitesRetard({ ...p, dateCalcul: plusTard }).montant) >= base).toBe(true);
        // A payment cuts a period in two; each part is rounded on its own, so the law holds on exact amounts.
        expect(nonArrondi(calculerPenalitesRetard({ ...p, paiements: [] })) >= nonArrondi(calculerPenalitesRetard(p))).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('nothing accrues when paid in full on or before the due date, or when dateCalcul <= dateEcheance', () => {
    fc.assert(
      fc.property(arbParams, fc.integer({ min: 0, max: 60 }), (a, avance) => {
        const p = construire(a);
        const jour = formaterDate(lireDate(p.dateEcheance) - avance);
        if (cents(p.montant as string) > 0n) {
          expect(calculerPenalitesRetard({ ...p, paiements: [{ date: jour, montant: p.montant }] }).montant).toBe('0.00');
        }
        expect(calculerPenalitesRetard({ ...p, dateCalcul: jour }).montant).toBe('0.00');
      }),
      { numRuns: runs(200) },
    );
  });

  it('a contractual rate never yields less than the default-free floor nor less than itself', () => {
    fc.assert(
      fc.property(arbParams, (a) => {
        const p = construire({ ...a, mode: 'contractuel' });
        const r = calculerPenalitesRetard(p);
        for (const x of r.periodes) expect(cents(x.tauxAnnuel) >= cents((p.taux as { tauxAnnuel: string }).tauxAnnuel)).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it('does not mutate its input and returns JSON-safe data', () => {
    fc.assert(
      fc.property(arbParams, (a) => {
        const p = geler(construire(a));
        const r = calculerPenalitesRetard(p);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: runs(100) },
    );
  });
});

// The public function, and the oracle it is checked against elsewhere (test/oracle/penalites.ts, the former
// general route): the same rule boundaries hold for both.
describe.each([
  ['calculerPenalitesRetard', calculerPenalitesRetard],
  ['the oracle (test/oracle/penalites.ts)', penalitesOracle as typeof calculerPenalitesRetard],
] as const)('%s — references, warnings and rule boundaries (mutation testing)', (_nom, calculer) => {
  const L441_10 = 'C. com. art. L441-10 II';
  const L441_6 = 'C. com. art. L441-6 (rédaction antérieure au 26 avril 2019)';

  it('L441-6 is cited when the first day of delay is before 2019-04-26 (ordonnance n° 2019-359), not from that day', () => {
    expect(calculer({ montant: 100, dateEcheance: '2019-04-24', dateCalcul: '2019-05-10' }).references).toEqual([L441_10, L441_6]);
    expect(calculer({ montant: 100, dateEcheance: '2019-04-25', dateCalcul: '2019-05-10' }).references).toEqual([L441_10]);
  });

  it('overpayment: the surplus is ignored and reported with both amounts; an exact full payment is not warned', () => {
    const p = { montant: 100, dateEcheance: '2019-04-24', dateCalcul: '2019-05-10' } as const;
    const trop = calculer({ ...p, paiements: [{ date: '2019-04-28', montant: 60 }, { date: '2019-04-30', montant: 90 }] });
    expect(trop.avertissements).toHaveLength(1);
    expect(trop.avertissements[0]).toContain('150.00');
    expect(trop.avertissements[0]).toContain('100.00');
    const exact = calculer({ ...p, paiements: [{ date: '2019-04-28', montant: 60 }, { date: '2019-04-30', montant: 40 }] });
    expect(exact.avertissements).toEqual([]);
    expect(exact.montant).toBe(trop.montant);
    expect(calculer({ ...p, paiements: [{ date: '2019-04-28', montant: 99.99 }] }).avertissements).toEqual([]);
    // Overpaid before the due date: nothing accrues, the warning stays.
    const avant = calculer({ ...p, paiements: [{ date: '2019-04-01', montant: 150 }] });
    expect([avant.montant, avant.avertissements.length]).toEqual(['0.00', 1]);
  });

  it('a zero amount accrues nothing and reads no table (no BAREME_MANQUANT before 2009), for every mode', () => {
    for (const taux of [{ mode: 'bce+10' }, { mode: 'commande-publique' }, { mode: 'contractuel', tauxAnnuel: '5' }] as const) {
      const r = calculer({ montant: 0, dateEcheance: '2008-02-20', dateCalcul: '2008-03-10', taux });
      expect([r.montant, r.joursDeRetard, r.periodes, r.avertissements]).toEqual(['0.00', 0, [], []]);
    }
  });

  it('floor (L441-10 II, 3 × taux légal): one warning per run of days at the same floor, with its exact date range', () => {
    // 0.10 % is below every floor: 2012 (3 × 0.71), 2013 and 2014 (3 × 0.04, one run), 2015 S1 (3 × 0.93).
    const r = calculer({ montant: 1000, dateEcheance: '2012-12-15', dateCalcul: '2015-01-31', taux: { mode: 'contractuel', tauxAnnuel: '0.10' } });
    expect(r.avertissements.map((a) => /plancher légal de ([\d.]+) % .* du (\S+) au (\S+) :/.exec(a)?.slice(1))).toEqual([
      ['2.13', '2012-12-16', '2012-12-31'],
      ['0.12', '2013-01-01', '2014-12-31'],
      ['2.79', '2015-01-01', '2015-01-31'],
    ]);
  });

  it('a contractual rate exactly at the floor is not raised and not warned (only a rate *below* it is, L441-10 II)', () => {
    // 2024 S1: 3 × 5.07 = 15.21 %.
    const r = calculer({ montant: 100, dateEcheance: '2024-01-10', dateCalcul: '2024-02-10', taux: { mode: 'contractuel', tauxAnnuel: '15.21' } });
    expect(r.avertissements).toEqual([]);
    expect(r.periodes.map((p) => p.tauxAnnuel)).toEqual(['15.21']);
    const dessous = calculer({ montant: 100, dateEcheance: '2024-01-10', dateCalcul: '2024-02-10', taux: { mode: 'contractuel', tauxAnnuel: '15.20' } });
    expect(dessous.avertissements).toHaveLength(1);
    expect(dessous.periodes.map((p) => p.tauxAnnuel)).toEqual(['15.21']);
  });

  it('a rule version taking effect mid-semester applies from its own first day (tables extended with a hypothetical rule)', () => {
    // Hypothetical (test-only) L441-10 version from 2025-03-01: ECB + 12 points, floor 4 × taux légal.
    const baremes = etendreBaremes(baremesParDefaut, {
      regleL441_10: [{ du: '2025-03-01', points: '12', ancrage: 'semestre', facteurPlancher: 4, source: 'test', confirme: true }],
    });
    const defaut = calculer({ montant: 1000, dateEcheance: '2025-02-20', dateCalcul: '2025-03-10' }, { baremes });
    expect(defaut.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2025-02-21', '2025-02-28', '13.15'],
      ['2025-03-01', '2025-03-10', '15.15'],
    ]);
    // 12 % is above 3 × 3.71 = 11.13 % until 28 February, below 4 × 3.71 = 14.84 % from 1 March.
    const contrat = calculer({ montant: 1000, dateEcheance: '2025-02-20', dateCalcul: '2025-03-10', taux: { mode: 'contractuel', tauxAnnuel: '12' } }, { baremes });
    expect(contrat.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2025-02-21', '2025-02-28', '12.00'],
      ['2025-03-01', '2025-03-10', '14.84'],
    ]);
    expect(contrat.avertissements).toHaveLength(1);
    expect(contrat.avertissements[0]).toContain('du 2025-03-01 au 2025-03-10');
  });
});

describe('issue 14, public buyers: the regime of the contract date (C. commande publique L2192-13, R2192-31; décret n° 2002-232 modifié)', () => {
  const base = { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-06-30', taux: { mode: 'commande-publique' as const } };
  const taux = (dateContrat: string) => calculerPenalitesRetard({ ...base, dateContrat }).periodes[0]?.tauxAnnuel;

  it('R2192-31 boundary: a contract concluded on 16 March 2013 takes ECB + 8 points; on 15 March 2013, ECB + 7 points (2025 S1: 3.15 %)', () => {
    expect(taux('2013-03-16')).toBe('11.15');
    expect(taux('2013-03-15')).toBe('10.15');
    expect(calculerPenalitesRetard({ ...base, dateContrat: '2013-03-16' }).references).toEqual(['C. commande publique art. L2192-13', 'C. commande publique art. R2192-31']);
    expect(calculerPenalitesRetard({ ...base, dateContrat: '2013-03-16' }).avertissements).toEqual([]);
  });

  it('décret n° 2002-232 (modifié par le décret n° 2008-407, from 1 May 2008): ECB + 7 points, flagged PARTIAL (unconfirmed); before 1 May 2008 no table: BAREME_MANQUANT', () => {
    const r = calculerPenalitesRetard({ ...base, dateContrat: '2008-05-01' });
    expect(r.periodes[0]?.tauxAnnuel).toBe('10.15');
    expect(r.references).toEqual(['Décret n° 2002-232 du 21 février 2002, art. 5 (modifié par le décret n° 2008-407 du 28 avril 2008)']);
    expect(r.avertissements).toHaveLength(1);
    expect(r.avertissements[0]).toMatch(/^Valeur NON CONFIRMÉE utilisée du 2025-06-01 au 2025-06-30 : règle de la commande publique \(BCE \+ 7 points\).*PARTIEL/);
    expect(() => calculerPenalitesRetard({ ...base, dateContrat: '2008-04-30' })).toThrow(expect.objectContaining({ code: 'BAREME_MANQUANT' }));
  });

  it('without dateContrat the due date picks the regime (documented default): a due date before 16 March 2013 is ECB + 7 with no "date inconnue" warning (an earlier contract has the same regime)', () => {
    const r = calculerPenalitesRetard({ montant: '1000', dateEcheance: '2012-06-30', dateCalcul: '2012-07-31', taux: { mode: 'commande-publique' } });
    expect(r.periodes.map((p) => p.tauxAnnuel)).toEqual(['8.00']); // ECB 1.00 % on 1 January 2012 + 7
    expect(r.avertissements.some((a) => a.startsWith('Date du contrat inconnue'))).toBe(false);
  });

  it('without dateContrat the invoice date stands in before the due date (as for the 40 €, D2192-35), and the warning names it', () => {
    const r = calculerPenalitesRetard({ ...base, dateEcheance: '2013-04-15', dateCalcul: '2013-05-15', dateFacture: '2013-03-01' });
    expect(r.periodes.map((p) => p.tauxAnnuel)).toEqual(['7.75']); // ECB 0.75 % on 1 January 2013 + 7
    const s = calculerPenalitesRetard({ ...base, dateEcheance: '2013-04-15', dateCalcul: '2013-05-15', dateFacture: '2013-03-16' });
    expect(s.periodes.map((p) => p.tauxAnnuel)).toEqual(['8.75']);
    expect(s.avertissements[0]).toMatch(/^Date du contrat inconnue : la date de la facture \(2013-03-16\) est retenue/);
  });

  it('dateContrat is validated in every mode (a malformed date is ENTREE_INVALIDE at dateContrat) and ignored outside the public regime', () => {
    const p = { montant: '1000', dateEcheance: '2025-05-31', dateCalcul: '2025-06-30' };
    expect(calculerPenalitesRetard({ ...p, dateContrat: '2001-01-01' })).toEqual(calculerPenalitesRetard(p));
    expect(() => calculerPenalitesRetard({ ...p, dateContrat: '2025-02-30' })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['dateContrat'] })] }));
  });
});

describe('issue 14, item 5 (L441-10 II, legal reference Errata 11): a contractual rate below the floor, both readings', () => {
  const p = { montant: '10000.00', dateEcheance: '2024-12-31', dateCalcul: '2025-09-30' };

  it("sousPlancher 'plancher' (default): raised to 3 × taux légal per period; 'bce+10': the clause is ineffective, ECB + 10 per half-year", () => {
    const plancher = calculerPenalitesRetard({ ...p, taux: { mode: 'contractuel', tauxAnnuel: '5' } });
    expect(calculerPenalitesRetard({ ...p, taux: { mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'plancher' } })).toEqual(plancher);
    expect(plancher.periodes.map((x) => x.tauxAnnuel)).toEqual(['11.13', '8.28']); // 3 × 3.71, 3 × 2.76
    const bce = calculerPenalitesRetard({ ...p, taux: { mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'bce+10' } });
    const defaut = calculerPenalitesRetard(p);
    expect(bce.periodes).toEqual(defaut.periodes);
    expect(bce.montant).toBe(defaut.montant);
    expect(bce.avertissements).toEqual([
      "Taux contractuel 5.00 % inférieur au plancher légal de 11.13 % (3 × taux de l'intérêt légal) du 2025-01-01 au 2025-06-30 : clause tenue pour inefficace, le taux supplétif (taux BCE + 10 points) s'applique (C. com. art. L441-10 II ; lecture retenue sur option, l'autre relève le taux au plancher).",
      "Taux contractuel 5.00 % inférieur au plancher légal de 8.28 % (3 × taux de l'intérêt légal) du 2025-07-01 au 2025-09-30 : clause tenue pour inefficace, le taux supplétif (taux BCE + 10 points) s'applique (C. com. art. L441-10 II ; lecture retenue sur option, l'autre relève le taux au plancher).",
    ]);
  });

  it("applied per half-year: a rate above one half-year's floor and below the next's keeps the contractual rate where it is lawful", () => {
    const r = calculerPenalitesRetard({ ...p, taux: { mode: 'contractuel', tauxAnnuel: '9', sousPlancher: 'bce+10' } });
    expect(r.periodes.map((x) => [x.du, x.au, x.tauxAnnuel])).toEqual([
      ['2025-01-01', '2025-06-30', '13.15'],
      ['2025-07-01', '2025-09-30', '9.00'],
    ]);
  });

  it('property: both readings find the same runs of days below the floor and accrue the same days; no floor, same result; a 0 % clause is wholly replaced by ECB + 10', () => {
    fc.assert(
      fc.property(arbDate('2015-01-01', '2025-06-30'), fc.integer({ min: 1, max: 500 }), fc.constantFrom('0', '2', '4.5', '7', '9', '12'), (echeance, jours, t) => {
        const q = { montant: '1000.00', dateEcheance: echeance, dateCalcul: new Date(Date.parse(echeance) + jours * 86_400_000).toISOString().slice(0, 10) };
        const bce = calculerPenalitesRetard({ ...q, taux: { mode: 'contractuel', tauxAnnuel: t, sousPlancher: 'bce+10' } });
        const plancher = calculerPenalitesRetard({ ...q, taux: { mode: 'contractuel', tauxAnnuel: t } });
        // The same runs of days below the floor (one warning each), the same days accrued; no floor, no difference.
        const planchers = (r: typeof bce) => r.avertissements.filter((a) => a.startsWith('Taux contractuel')).map((a) => a.slice(0, a.lastIndexOf(' : ')));
        expect(planchers(bce)).toEqual(planchers(plancher));
        expect(bce.joursDeRetard).toBe(plancher.joursDeRetard);
        if (planchers(plancher).length === 0) expect(bce).toEqual(plancher);
        // A rate below every floor: the clause is wholly ineffective, the periods are those of the default rate.
        if (t === '0') expect(bce.periodes).toEqual(calculerPenalitesRetard(q).periodes);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('issue 15, item 1: an unknown key is refused (ENTREE_INVALIDE naming it and the closest known key)', () => {
  const p = { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' };
  const echec = (f: () => unknown) => {
    const e = erreur(f);
    return { code: e.code, path: e.issues[0]?.path, message: e.issues[0]?.message };
  };

  it('`paiement` for `paiements` (which would give 257.87 instead of 58.22): refused, with the suggestion', () => {
    expect(echec(() => calculerPenalitesRetard({ ...p, paiement: [{ date: '2025-06-01', montant: '9000' }] } as never))).toEqual({
      code: 'ENTREE_INVALIDE',
      path: ['paiement'],
      message: 'clé inconnue « paiement » (vouliez-vous dire « paiements » ?)',
    });
  });

  it('in taux, in a payment and in the options too (`{ baseAnnuele: "exacte" }` would silently divide by 365)', () => {
    expect(echec(() => calculerPenalitesRetard({ ...p, taux: { mode: 'contractuel', tauxAnnuel: '5', sousPlanche: 'bce+10' } } as never))).toMatchObject({ path: ['taux', 'sousPlanche'] });
    expect(echec(() => calculerPenalitesRetard({ ...p, taux: { mode: 'bce+10', tauxAnnuel: '5' } } as never))).toMatchObject({ path: ['taux', 'tauxAnnuel'] });
    expect(echec(() => calculerPenalitesRetard({ ...p, paiements: [{ date: '2025-06-01', montant: '10', montnat: '1' }] } as never))).toMatchObject({ path: ['paiements', 0, 'montnat'] });
    expect(echec(() => calculerPenalitesRetard(p, { baseAnnuele: 'exacte' } as never))).toEqual({
      code: 'ENTREE_INVALIDE',
      path: ['options', 'baseAnnuele'],
      message: 'clé inconnue « baseAnnuele » (vouliez-vous dire « baseAnnuelle » ?)',
    });
    expect(echec(() => calculerPenalitesRetard({ ...p, taux: { mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'zero' } } as never))).toMatchObject({ path: ['taux', 'sousPlancher'] });
  });

  it("a claim's payments (with their `reference`) are accepted as they are; a key inherited from a prototype is not an own key", () => {
    const paiements = [{ date: '2025-06-01', montant: '9000' }];
    expect(calculerPenalitesRetard({ ...p, paiements: paiements.map((x) => ({ ...x, reference: 'VIR-1' })) })).toEqual(calculerPenalitesRetard({ ...p, paiements }));
    const herite = Object.assign(Object.create({ inconnue: 1 }) as object, p) as typeof p;
    expect(calculerPenalitesRetard(herite)).toEqual(calculerPenalitesRetard(p));
  });
});
