import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, arbMontant, cents, erreur, geler } from '../../../test/outils.js';
import { formaterDate, lireDate } from '../../socle/date-iso.js';
import { RecouvrementError } from '../../socle/erreurs.js';
import { calculerInteretsLegaux } from './calculerInteretsLegaux.js';

describe('calculerInteretsLegaux — worked examples', () => {
  it('SP-1 (service-public F20688): 2 000 €, 1–30 September 2020, creditor a private person, 3.11 % → 5.11 € (365 even in 2020)', () => {
    const r = calculerInteretsLegaux({ montant: 2000, dateDebut: '2020-09-01', dateFin: '2020-09-30', categorie: 'creancier-particulier' });
    expect(r.montant).toBe('5.11');
    expect(r.joursDeRetard).toBe(30);
    expect(r.periodes[0]?.tauxAnnuel).toBe('3.11');
  });

  it('the "autres cas" rate applies to a professional creditor (CMF L313-2): 0.84 % in 2020 S2', () => {
    const r = calculerInteretsLegaux({ montant: 2000, dateDebut: '2020-09-01', dateFin: '2020-09-30', categorie: 'autres-cas' });
    expect(r.periodes[0]?.tauxAnnuel).toBe('0.84');
    expect(r.montant).toBe('1.38');
  });

  it('FO-1 (negative vector): 6 216.16 € × 0.88 % × 126 days is 18.88 €, not the 18.87 € a forum printed', () => {
    const r = calculerInteretsLegaux({ montant: '6216.16', dateDebut: '2018-07-01', dateFin: '2018-11-03', categorie: 'autres-cas' });
    expect(r.joursDeRetard).toBe(126);
    expect(r.montant).toBe('18.88');
  });

  it('SP-2 (service-public, majoré): +5 points once two months have expired from the enforceable decision (CMF L313-3)', () => {
    // Decision enforceable 17 Sep 2015: the delay ends 17 Nov 2015, the majoration applies from 18 Nov.
    const r = calculerInteretsLegaux({
      montant: 2000,
      dateDebut: '2015-09-18',
      dateFin: '2016-04-09',
      categorie: 'creancier-particulier',
      dateDecisionExecutoire: '2015-09-17',
    });
    expect(r.periodes.map((p) => [p.du, p.au, p.jours, p.tauxAnnuel, p.montant])).toEqual([
      ['2015-09-18', '2015-11-17', 61, '4.29', '14.34'],
      ['2015-11-18', '2015-12-31', 44, '9.29', '22.40'],
      ['2016-01-01', '2016-04-09', 100, '9.54', '52.27'],
    ]);
    expect(r.montant).toBe('89.01');
    expect(r.references).toContain('C. mon. fin. art. L313-3');
  });

  it('the two-month delay ends on the last day of a shorter month (31 December → 28 February)', () => {
    const r = calculerInteretsLegaux({ montant: 1000, dateDebut: '2025-02-25', dateFin: '2025-03-03', categorie: 'autres-cas', dateDecisionExecutoire: '2024-12-31' });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2025-02-25', '2025-02-28', '3.71'],
      ['2025-03-01', '2025-03-03', '8.71'],
    ]);
  });

  it('before 2015 one yearly rate applies to both categories', () => {
    const a = calculerInteretsLegaux({ montant: 100000, dateDebut: '2012-01-01', dateFin: '2012-12-31', categorie: 'autres-cas' });
    const b = calculerInteretsLegaux({ montant: 100000, dateDebut: '2012-01-01', dateFin: '2012-12-31', categorie: 'creancier-particulier' });
    expect(a.montant).toBe(b.montant);
    expect(a.montant).toBe('711.95'); // 100 000 × 0.71 % × 366 / 365 = 711.945, half-up
  });

  it('2026 S2 rates are UNCONFIRMED and flagged; 2027 is BAREME_MANQUANT', () => {
    const r = calculerInteretsLegaux({ montant: 1000, dateDebut: '2026-07-01', dateFin: '2026-07-31', categorie: 'autres-cas' });
    expect(r.avertissements.join(' ')).toContain('NON CONFIRMÉE');
    expect(() => calculerInteretsLegaux({ montant: 1000, dateDebut: '2026-12-01', dateFin: '2027-01-31', categorie: 'autres-cas' })).toThrow(
      expect.objectContaining({ code: 'BAREME_MANQUANT' }),
    );
  });

  it('bad input gives ENTREE_INVALIDE at its path', () => {
    const e = erreur(() => calculerInteretsLegaux({ montant: 1, dateDebut: '2025-01-01', dateFin: '2025-02-01', categorie: 'consommateur' as 'autres-cas' }));
    expect(e).toBeInstanceOf(RecouvrementError);
    expect(e.issues[0]?.path).toEqual(['categorie']);
  });
});

describe('calculerInteretsLegaux — properties', () => {
  const arb = fc.record({
    montant: arbMontant,
    debut: arbDate('2008-01-01', '2026-06-30'),
    jours: fc.integer({ min: 0, max: 1500 }),
    categorie: fc.constantFrom<'creancier-particulier' | 'autres-cas'>('creancier-particulier', 'autres-cas'),
    decision: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
  });
  const params = (a: typeof arb extends fc.Arbitrary<infer T> ? T : never) => {
    const d = lireDate(a.debut);
    return {
      montant: a.montant,
      dateDebut: a.debut,
      dateFin: formaterDate(Math.min(d + a.jours, lireDate('2026-12-31'))),
      categorie: a.categorie,
      ...(a.decision === undefined ? {} : { dateDecisionExecutoire: formaterDate(Math.max(lireDate('2008-01-01'), d + a.decision)) }),
    };
  };

  it('total = sum of periods; periods cover [dateDebut, dateFin] contiguously', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const p = params(a);
        const r = calculerInteretsLegaux(p);
        expect(r.periodes.reduce((s, x) => s + cents(x.montant), 0n)).toBe(cents(r.montant));
        const attendus = cents(p.montant) === 0n ? 0 : Math.max(0, lireDate(p.dateFin) - lireDate(p.dateDebut) + 1);
        expect(r.joursDeRetard).toBe(attendus);
        let j = lireDate(p.dateDebut);
        for (const x of r.periodes) {
          expect(lireDate(x.du)).toBe(j);
          j = lireDate(x.au) + 1;
        }
      }),
      { numRuns: runs(300) },
    );
  });

  // Per-period rounding (fixed by the contract) can move a total by a cent either way when a period is
  // cut in two, so these laws hold on the exact, unrounded amounts.
  const exact = (r: ReturnType<typeof calculerInteretsLegaux>) => r.periodes.reduce((s, x) => s + cents(x.assiette) * cents(x.tauxAnnuel) * BigInt(x.jours), 0n);

  it('the majoration never lowers the interest, and the private-person rate is never below the other (unrounded)', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const p = geler(params({ ...a, decision: undefined }));
        const sans = exact(calculerInteretsLegaux(p));
        const avec = exact(calculerInteretsLegaux({ ...p, dateDecisionExecutoire: p.dateDebut }));
        expect(avec >= sans).toBe(true);
        const autres = exact(calculerInteretsLegaux({ ...p, categorie: 'autres-cas' }));
        const part = exact(calculerInteretsLegaux({ ...p, categorie: 'creancier-particulier' }));
        if (lireDate(p.dateDebut) >= lireDate('2015-01-01')) expect(part >= autres).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('calculerInteretsLegaux — references, warnings and error paths (mutation testing)', () => {
  const BASE = ['C. civ. art. 1231-6', 'C. civ. art. 1344-1', 'C. mon. fin. art. L313-2'];
  const L313_3 = 'C. mon. fin. art. L313-3';
  // Decision enforceable on 2020-01-15: the two-month delay ends on 2020-03-15, +5 points from 2020-03-16.
  const majorable = { montant: 1000, dateDebut: '2020-02-01', categorie: 'autres-cas', dateDecisionExecutoire: '2020-01-15' } as const;

  it('without an enforceable decision the references are C. civ. 1231-6, 1344-1 and CMF L313-2 only, and nothing is warned', () => {
    const r = calculerInteretsLegaux({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-03-31', categorie: 'autres-cas' });
    expect(r.references).toEqual(BASE);
    expect(r.avertissements).toEqual([]);
  });

  // Changed by issue 14 (legal reference, Errata 12): post-judgment interest rests on C. civ. 1231-7 and
  // CMF L313-3 from the decision on, not only from the +5 points.
  it('CMF L313-3: the +5 points start the day after the two-month delay (boundary: last day of the delay vs the day after); post-judgment days cite C. civ. 1231-7 and L313-3 on both sides', () => {
    const dernierJourDuDelai = calculerInteretsLegaux({ ...majorable, dateFin: '2020-03-15' });
    expect(dernierJourDuDelai.references).toEqual(['C. civ. art. 1231-7', 'C. mon. fin. art. L313-2', L313_3]);
    expect(dernierJourDuDelai.periodes.map((p) => p.tauxAnnuel)).toEqual(['0.87']);
    const premierJourMajore = calculerInteretsLegaux({ ...majorable, dateFin: '2020-03-16' });
    expect(premierJourMajore.references).toEqual(['C. civ. art. 1231-7', 'C. mon. fin. art. L313-2', L313_3]);
    expect(premierJourMajore.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2020-02-01', '2020-03-15', '0.87'],
      ['2020-03-16', '2020-03-16', '5.87'],
    ]);
  });

  it('overpayment: the base never goes below zero and the surplus is reported with both amounts; an exact full payment is not warned', () => {
    const p = { montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-03-31', categorie: 'autres-cas' } as const;
    const trop = calculerInteretsLegaux({ ...p, paiements: [{ date: '2020-02-10', montant: 600 }, { date: '2020-02-20', montant: 500 }] });
    expect(trop.avertissements).toHaveLength(1);
    expect(trop.avertissements[0]).toContain('1100.00');
    expect(trop.avertissements[0]).toContain('1000.00');
    expect(trop.periodes.map((x) => [x.du, x.au, x.assiette])).toEqual([
      ['2020-02-01', '2020-02-10', '1000.00'],
      ['2020-02-11', '2020-02-20', '400.00'],
    ]);
    const exact = calculerInteretsLegaux({ ...p, paiements: [{ date: '2020-02-10', montant: 600 }, { date: '2020-02-20', montant: 400 }] });
    expect(exact.avertissements).toEqual([]);
    expect(exact.montant).toBe(trop.montant);
    const partiel = calculerInteretsLegaux({ ...p, paiements: [{ date: '2020-02-10', montant: 999.99 }] });
    expect(partiel.avertissements).toEqual([]);
  });

  it('a zero amount accrues nothing and reads no table: no BAREME_MANQUANT for 2027, no unconfirmed-value warning', () => {
    const r = calculerInteretsLegaux({ montant: 0, dateDebut: '2026-12-01', dateFin: '2027-01-31', categorie: 'autres-cas' });
    expect(r).toEqual({ montant: '0.00', joursDeRetard: 0, periodes: [], avertissements: [], references: BASE });
  });

  it('the UNCONFIRMED 2026 S2 rate is reported once over the whole range it was used, across the L313-3 cut', () => {
    const r = calculerInteretsLegaux({ montant: 1000, dateDebut: '2026-05-01', dateFin: '2026-12-31', categorie: 'autres-cas', dateDecisionExecutoire: '2026-08-10' });
    expect(r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel])).toEqual([
      ['2026-05-01', '2026-06-30', '2.62'],
      ['2026-07-01', '2026-10-10', '2.75'],
      ['2026-10-11', '2026-12-31', '7.75'],
    ]);
    expect(r.avertissements).toHaveLength(1);
    expect(r.avertissements[0]).toMatch(/^Valeur NON CONFIRMÉE utilisée du 2026-07-01 au 2026-12-31 : /);
  });

  it.each<[string, unknown, (string | number)[]]>([
    ['not an object', 'montant', []],
    ['a comma amount', { montant: '1,50', dateDebut: '2025-01-01', dateFin: '2025-02-01', categorie: 'autres-cas' }, ['montant']],
    ['an impossible dateDebut', { montant: 1, dateDebut: '2025-02-30', dateFin: '2025-03-01', categorie: 'autres-cas' }, ['dateDebut']],
    ['a missing dateFin', { montant: 1, dateDebut: '2025-01-01', categorie: 'autres-cas' }, ['dateFin']],
    ['a bad dateDecisionExecutoire', { montant: 1, dateDebut: '2025-01-01', dateFin: '2025-02-01', categorie: 'autres-cas', dateDecisionExecutoire: '2025-13-01' }, ['dateDecisionExecutoire']],
    ['a bad payment date', { montant: 1, dateDebut: '2025-01-01', dateFin: '2025-02-01', categorie: 'autres-cas', paiements: [{ date: 'x', montant: 1 }] }, ['paiements', 0, 'date']],
  ])('%s gives ENTREE_INVALIDE at its path', (_nom, params, chemin) => {
    const e = erreur(() => calculerInteretsLegaux(params as Parameters<typeof calculerInteretsLegaux>[0]));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(chemin);
  });
});

describe('issue 14 (legal reference, Errata 12): post-judgment interest cites C. civ. 1231-7 and CMF L313-3, not 1231-6 / 1344-1', () => {
  const p = { montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-06-30', categorie: 'autres-cas' } as const;

  it('a range across the decision cites both sets; a range before it, the pre-judgment set only; boundary: the decision day itself is post-judgment', () => {
    expect(calculerInteretsLegaux({ ...p, dateDecisionExecutoire: '2020-04-01' }).references).toEqual([
      'C. civ. art. 1231-6',
      'C. civ. art. 1344-1',
      'C. civ. art. 1231-7',
      'C. mon. fin. art. L313-2',
      'C. mon. fin. art. L313-3',
    ]);
    expect(calculerInteretsLegaux({ ...p, dateDecisionExecutoire: '2020-07-01' }).references).toEqual(['C. civ. art. 1231-6', 'C. civ. art. 1344-1', 'C. mon. fin. art. L313-2']);
    expect(calculerInteretsLegaux({ ...p, dateDecisionExecutoire: '2020-06-30' }).references).toContain('C. civ. art. 1231-7');
    expect(calculerInteretsLegaux({ ...p, dateDecisionExecutoire: '2020-02-01' }).references).toEqual(['C. civ. art. 1231-7', 'C. mon. fin. art. L313-2', 'C. mon. fin. art. L313-3']);
  });

  it('property: 1231-6 is cited iff a day before the decision is asked for, 1231-7 iff a day from the decision on; L313-2 always', () => {
    fc.assert(
      fc.property(arbDate('2016-01-01', '2025-12-31'), fc.integer({ min: 0, max: 300 }), fc.integer({ min: -400, max: 400 }), (debut, jours, decalage) => {
        const d = lireDate(debut);
        const decision = d + decalage;
        const r = calculerInteretsLegaux({ ...p, dateDebut: debut, dateFin: formaterDate(d + jours), dateDecisionExecutoire: formaterDate(decision) });
        expect(r.references.includes('C. civ. art. 1231-6')).toBe(d < decision);
        expect(r.references.includes('C. civ. art. 1231-7')).toBe(d + jours >= decision);
        expect(r.references.includes('C. mon. fin. art. L313-3')).toBe(d + jours >= decision);
        expect(r.references).toContain('C. mon. fin. art. L313-2');
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('issue 15, item 6: dateFin before dateDebut is ENTREE_INVALIDE at dateFin, never "no interest"', () => {
  it('boundary: dateFin = dateDebut accrues one day; the day before is refused with a clear message', () => {
    const p = { montant: 1000, dateDebut: '2020-02-01', categorie: 'autres-cas' } as const;
    expect(calculerInteretsLegaux({ ...p, dateFin: '2020-02-01' }).joursDeRetard).toBe(1);
    const e = erreur(() => calculerInteretsLegaux({ ...p, dateFin: '2020-01-31' }));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(['dateFin']);
    expect(e.issues[0]?.message).toBe('dateFin (2020-01-31) précède dateDebut (2020-02-01) : les deux dates sont incluses, dateFin doit être égale ou postérieure');
  });
});

describe('issue 15, item 1: calculerInteretsLegaux refuses unknown keys', () => {
  it('`dateDecisionExecutoir` (which would drop the +5 points: 323.11 instead of 740.92 in the audit) is refused with the suggestion', () => {
    const e = erreur(() =>
      calculerInteretsLegaux({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-06-30', categorie: 'autres-cas', dateDecisionExecutoir: '2020-01-15' } as never),
    );
    expect([e.code, e.issues[0]?.path, e.issues[0]?.message]).toEqual([
      'ENTREE_INVALIDE',
      ['dateDecisionExecutoir'],
      'clé inconnue « dateDecisionExecutoir » (vouliez-vous dire « dateDecisionExecutoire » ?)',
    ]);
    const o = erreur(() => calculerInteretsLegaux({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-06-30', categorie: 'autres-cas' }, { baseAnnuele: 'exacte' } as never));
    expect(o.issues[0]?.path).toEqual(['options', 'baseAnnuele']);
  });
});
