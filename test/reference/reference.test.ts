// The library against an independent, naive day-by-day reference (./reference.ts), written from the law,
// the API contract and rates.md, not from src/. Exact equality of `montant`, `joursDeRetard`, `periodes`.
import fc from 'fast-check';
import { runs } from '../proprietes.js';
import { describe, expect, it } from 'vitest';
import { RecouvrementError, calculerInteretsLegaux, calculerPenalitesRetard, calculerPenalitesRetardLot } from '../../src/index.js';
import type { ResultatAccrual } from '../../src/index.js';
import {
  arbBaseAnnuelle,
  arbCentimes,
  arbDate,
  arbDuree,
  arbEntreeMontant,
  arbPaiements,
  arbTauxContractuel,
  decaler,
} from './generateurs.js';
import { HorsBareme, interetsReference, penalitesReference } from './reference.js';
import type { ParamsInteretsReference, ParamsPenalitesReference, ResultatReference } from './reference.js';

const CLES = ['du', 'au', 'jours', 'assiette', 'tauxAnnuel', 'montant'] as const;

function essentiel(r: ResultatAccrual) {
  return {
    montant: r.montant,
    joursDeRetard: r.joursDeRetard,
    periodes: r.periodes.map((p) => Object.fromEntries(CLES.map((k) => [k, p[k]]))),
  };
}

/** Runs both; they must agree exactly, or both find that no table covers a day. */
function comparer(bib: () => ResultatAccrual, ref: () => ResultatReference): void {
  let attendu: ResultatReference | undefined;
  try {
    attendu = ref();
  } catch (e) {
    if (!(e instanceof HorsBareme)) throw e;
  }
  if (attendu === undefined) {
    expect(bib).toThrowError(expect.objectContaining({ code: 'BAREME_MANQUANT' }) as unknown as Error);
    return;
  }
  if (BigInt(attendu.montant.replace('.', '')) > BigInt(Number.MAX_SAFE_INTEGER)) {
    // Beyond 2^53 cents a JS number is inexact: the library must refuse, not round quietly.
    expect(bib).toThrowError(expect.objectContaining({ code: 'ENTREE_INVALIDE' }) as unknown as Error);
    return;
  }
  const obtenu = bib();
  expect(essentiel(obtenu)).toEqual({ montant: attendu.montant, joursDeRetard: attendu.joursDeRetard, periodes: attendu.periodes });
  // A raised contractual rate and an UNCONFIRMED table value must both be said (API contract).
  if (attendu.plancherApplique || attendu.nonConfirme) expect(obtenu.avertissements.length).toBeGreaterThan(0);
  // The floor warning appears exactly when the floor raised the rate on some day (not when the contract
  // rate equals the floor).
  expect(obtenu.avertissements.some((a) => /plancher/i.test(a))).toBe(attendu.plancherApplique);
}

function optionsDe(base: 365 | 'exacte' | undefined) {
  return base === undefined ? undefined : { baseAnnuelle: base };
}

describe('the reference reproduces rates.md (so that it can judge the library)', () => {
  // rates.md A.3, columns "Default rate (ECB+10)" and "Floor (3× légal)", 2013 S1 – 2026 S2 (semester rule).
  const A3: ReadonlyArray<readonly [string, string, string]> = [
    ['2013-01-01', '10.75', '0.12'], ['2013-07-01', '10.50', '0.12'], ['2014-01-01', '10.25', '0.12'],
    ['2014-07-01', '10.15', '0.12'], ['2015-01-01', '10.05', '2.79'], ['2015-07-01', '10.05', '2.97'],
    ['2016-01-01', '10.05', '3.03'], ['2016-07-01', '10.00', '2.79'], ['2017-01-01', '10.00', '2.70'],
    ['2017-07-01', '10.00', '2.70'], ['2018-01-01', '10.00', '2.67'], ['2018-07-01', '10.00', '2.64'],
    ['2019-01-01', '10.00', '2.58'], ['2019-07-01', '10.00', '2.61'], ['2020-01-01', '10.00', '2.61'],
    ['2020-07-01', '10.00', '2.52'], ['2021-01-01', '10.00', '2.37'], ['2021-07-01', '10.00', '2.28'],
    ['2022-01-01', '10.00', '2.28'], ['2022-07-01', '10.00', '2.31'], ['2023-01-01', '12.50', '6.18'],
    ['2023-07-01', '14.00', '12.66'], ['2024-01-01', '14.50', '15.21'], ['2024-07-01', '14.25', '14.76'],
    ['2025-01-01', '13.15', '11.13'], ['2025-07-01', '12.15', '8.28'], ['2026-01-01', '12.15', '7.86'],
    ['2026-07-01', '12.40', '8.25'],
  ];
  // rates.md A.4: 2009–2012, the rate of the most recent operation + 10 (loi LME; pre-2013 rule).
  const A4: ReadonlyArray<readonly [string, string, string]> = [
    ['2009-01-01', '2009-01-20', '12.50'], ['2009-01-21', '2009-03-10', '12.00'], ['2009-03-11', '2009-04-07', '11.50'],
    ['2009-04-08', '2009-05-12', '11.25'], ['2009-05-13', '2011-04-12', '11.00'], ['2011-04-13', '2011-07-12', '11.25'],
    ['2011-07-13', '2011-11-08', '11.50'], ['2011-11-09', '2011-12-13', '11.25'], ['2011-12-14', '2012-07-10', '11.00'],
    ['2012-07-11', '2012-12-31', '10.75'],
  ];
  const tauxDuJour = (jour: string, taux?: ParamsPenalitesReference['taux']) =>
    penalitesReference({ montant: '1000.00', dateEcheance: decaler(jour, -1), dateCalcul: jour, ...(taux ? { taux } : {}) }).periodes[0]!.tauxAnnuel;

  it.each(A3)('L441-10 II semester rule: from %s the default rate is %s, the contractual floor %s (rates.md A.3)', (ancre, defaut, plancher) => {
    const fin = decaler(ancre.endsWith('01-01') ? `${ancre.slice(0, 4)}-07-01` : `${Number(ancre.slice(0, 4)) + 1}-01-01`, -1);
    for (const jour of [ancre, fin]) {
      expect(tauxDuJour(jour)).toBe(defaut);
      expect(tauxDuJour(jour, { mode: 'contractuel', tauxAnnuel: '0' })).toBe(plancher);
    }
  });

  it.each(A4)('loi LME, pre-2013 rule: %s to %s, ECB rate of the latest operation + 10 = %s (rates.md A.4)', (du, au, taux) => {
    expect(tauxDuJour(du)).toBe(taux);
    expect(tauxDuJour(au)).toBe(taux);
  });

  it('days before 2009-01-01 are outside the L441-10 tables; the legal rate table starts in 2008', () => {
    expect(() => penalitesReference({ montant: '1.00', dateEcheance: '2008-12-30', dateCalcul: '2009-01-05' })).toThrow(HorsBareme);
    expect(() => interetsReference({ montant: '1.00', dateDebut: '2007-12-31', dateFin: '2008-01-05', categorie: 'autres-cas' })).toThrow(HorsBareme);
  });
});

describe('worked examples of rates.md §C and API.md, on the reference and on the library', () => {
  const penalites: ReadonlyArray<readonly [string, ParamsPenalitesReference, string]> = [
    // SH-1 (help.shine.fr): 3 000 €, 30 days, contractual rate raised to the 2024 S2 floor 3 × 4.92 = 14.76 %.
    ['SH-1: L441-10 II floor 14.76 % (2024 S2), 3 000 € × 30 days = 36.39 €', { montant: '3000', dateEcheance: '2024-09-01', dateCalcul: '2024-10-01', taux: { mode: 'contractuel', tauxAnnuel: '10' } }, '36.39'],
    // AG-1 (agenceipro.com): 15 000 € TTC, 30 days at a contractual 15 % (above the 2025 S1 floor 11.13 %).
    ['AG-1: contractual 15 %, 15 000 € × 30 days = 184.93 €', { montant: '15000.00', dateEcheance: '2025-03-01', dateCalcul: '2025-03-31', taux: { mode: 'contractuel', tauxAnnuel: '15' } }, '184.93'],
    // IN-1 (Infor LN): rounding/ACT-365 mechanics, 612.15 € at 10 % for 13 days then 20 % for 14 days.
    ['IN-1: 612.15 € × 10 % × 13/365 = 2.18 €', { montant: 612.15, dateEcheance: '2019-02-16', dateCalcul: '2019-03-01', taux: { mode: 'contractuel', tauxAnnuel: '10' } }, '2.18'],
    ['IN-1: 612.15 € × 20 % × 14/365 = 4.70 €', { montant: '612.15', dateEcheance: '2019-03-01', dateCalcul: '2019-03-15', taux: { mode: 'contractuel', tauxAnnuel: '20' } }, '4.70'],
  ];
  it.each(penalites)('%s', (_nom, params, attendu) => {
    expect(penalitesReference(params).montant).toBe(attendu);
    expect(calculerPenalitesRetard(params).montant).toBe(attendu);
  });

  const interets: ReadonlyArray<readonly [string, ParamsInteretsReference, string]> = [
    // API.md and SP-1 (service-public F20688): both ends counted, ÷ 365 even in 2020.
    ['SP-1: CMF L313-2, 2 000 € from 2020-09-01 to 2020-09-30 at 3.11 % (particulier) = 5.11 €', { montant: '2000', dateDebut: '2020-09-01', dateFin: '2020-09-30', categorie: 'creancier-particulier' }, '5.11'],
    // FO-1: negative vector, the forum's 18.87 € is off by one cent.
    ['FO-1: 6 216.16 € × 0.88 % (2018 S2, autres cas) × 126 days = 18.88 € (not 18.87)', { montant: '6216.16', dateDebut: '2018-07-01', dateFin: '2018-11-03', categorie: 'autres-cas' }, '18.88'],
    // SP-2 (service-public, "intérêts légaux majorés"), as a rate/rounding vector: decision enforceable
    // 17 Sep 2015, delay ends 17 Nov 2015 (CMF L313-3), majoré from 18 Nov; 61 + 44 + 100 days.
    ['SP-2: CMF L313-3 +5 points, 14.34 + 22.40 + 52.27 = 89.01 €', { montant: '2000.00', dateDebut: '2015-09-18', dateFin: '2016-04-09', categorie: 'creancier-particulier', dateDecisionExecutoire: '2015-09-17' }, '89.01'],
  ];
  it.each(interets)('%s', (_nom, params, attendu) => {
    expect(interetsReference(params).montant).toBe(attendu);
    expect(calculerInteretsLegaux(params).montant).toBe(attendu);
  });

  it('SP-2: the periods are 4.29 % / 9.29 % / 9.54 % with 61 / 44 / 100 days', () => {
    const p = { montant: '2000.00', dateDebut: '2015-09-18', dateFin: '2016-04-09', categorie: 'creancier-particulier', dateDecisionExecutoire: '2015-09-17' } as const;
    const attendu = [
      { du: '2015-09-18', au: '2015-11-17', jours: 61, assiette: '2000.00', tauxAnnuel: '4.29', montant: '14.34' },
      { du: '2015-11-18', au: '2015-12-31', jours: 44, assiette: '2000.00', tauxAnnuel: '9.29', montant: '22.40' },
      { du: '2016-01-01', au: '2016-04-09', jours: 100, assiette: '2000.00', tauxAnnuel: '9.54', montant: '52.27' },
    ];
    expect(interetsReference(p).periodes).toEqual(attendu);
    expect(essentiel(calculerInteretsLegaux(p)).periodes).toEqual(attendu);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Random claims.

const FIN = '2027-01-15';

const arbPenalites = fc
  .record({
    centimes: arbCentimes,
    echeance: arbDate('2008-12-20', '2026-12-31'),
    duree: arbDuree,
    calculSurBord: fc.option(arbDate('2009-01-01', '2026-12-31'), { freq: 4 }),
    base: arbBaseAnnuelle,
  })
  .chain(({ centimes, echeance, duree, calculSurBord, base }) => {
    const calcul = calculSurBord !== null && calculSurBord >= echeance ? calculSurBord : decaler(echeance, duree);
    return fc.record({
      montant: arbEntreeMontant(centimes),
      paiements: fc.option(arbPaiements(centimes, decaler(echeance, 1), calcul), { freq: 3 }),
      dateEcheance: fc.constant(echeance),
      dateCalcul: fc.constant(calcul > FIN ? FIN : calcul),
      base: fc.constant(base),
    });
  });

function params(
  r: { montant: string | number; paiements: { date: string; montant: string }[] | null; dateEcheance: string; dateCalcul: string },
  taux: ParamsPenalitesReference['taux'] | undefined,
): ParamsPenalitesReference {
  return {
    montant: r.montant,
    dateEcheance: r.dateEcheance,
    dateCalcul: r.dateCalcul,
    ...(r.paiements === null ? {} : { paiements: r.paiements }),
    ...(taux === undefined ? {} : { taux }),
  };
}

describe('calculerPenalitesRetard agrees exactly with the day-by-day reference', () => {
  it('mode bce+10 (default and explicit), both day bases, with payments', () => {
    fc.assert(
      fc.property(arbPenalites, fc.boolean(), (r, explicite) => {
        const p = params(r, explicite ? { mode: 'bce+10' } : undefined);
        comparer(() => calculerPenalitesRetard(p, optionsDe(r.base)), () => penalitesReference(p, r.base ?? 365));
      }),
      { numRuns: runs(700) },
    );
  });

  it('mode contractuel, rates near the 3 × taux légal floor', () => {
    fc.assert(
      fc.property(arbPenalites, arbTauxContractuel, (r, tauxAnnuel) => {
        const p = params(r, { mode: 'contractuel', tauxAnnuel });
        comparer(() => calculerPenalitesRetard(p, optionsDe(r.base)), () => penalitesReference(p, r.base ?? 365));
      }),
      { numRuns: runs(700) },
    );
  });

  it('mode commande-publique (ECB on the first day of the starting half-year; + 8 for a contract from 2013-03-16, R2192-31; + 7 before, décret n° 2002-232 modifié)', () => {
    fc.assert(
      fc.property(arbPenalites, fc.option(arbDate('2008-01-01', '2026-12-31'), { freq: 2 }), (r, contrat) => {
        const p = { ...params(r, { mode: 'commande-publique' }), ...(contrat === null ? {} : { dateContrat: contrat }) };
        comparer(() => calculerPenalitesRetard(p, optionsDe(r.base)), () => penalitesReference(p, r.base ?? 365));
      }),
      { numRuns: runs(400) },
    );
  });

  it('calculerPenalitesRetardLot gives the reference totals, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbPenalites, fc.option(arbTauxContractuel, { freq: 2 })), { minLength: 1, maxLength: 6 }), arbBaseAnnuelle, (lignes, base) => {
        const ps = lignes.map(([r, t]) => params(r, t === null ? undefined : { mode: 'contractuel', tauxAnnuel: t }));
        let attendus: string[];
        try {
          attendus = ps.map((p) => penalitesReference(p, base ?? 365).montant);
        } catch (e) {
          if (!(e instanceof HorsBareme)) throw e;
          expect(() => calculerPenalitesRetardLot(ps, optionsDe(base))).toThrowError(RecouvrementError);
          return;
        }
        expect(calculerPenalitesRetardLot(ps, optionsDe(base))).toEqual(attendus);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('extreme claims: amounts near the 10^13 € ceiling, rates up to 999.999999 %', () => {
  it('are exact to the cent or refused (ENTREE_INVALIDE), never off by a cent', () => {
    const arb = fc.record({
      centimes: fc.bigInt({ min: 900_000_000_000_000n, max: 1_000_000_000_000_000n }),
      echeance: arbDate('2009-01-01', '2024-12-31'),
      duree: fc.integer({ min: 1, max: 2500 }),
      tauxAnnuel: fc.oneof(fc.constantFrom('999.999999', '999', '500.5'), arbTauxContractuel),
      base: arbBaseAnnuelle,
    });
    fc.assert(
      fc.property(arb, ({ centimes, echeance, duree, tauxAnnuel, base }) => {
        const p = params(
          { montant: `${centimes / 100n}.${String(centimes % 100n).padStart(2, '0')}`, paiements: null, dateEcheance: echeance, dateCalcul: decaler(echeance, duree) },
          { mode: 'contractuel', tauxAnnuel },
        );
        comparer(() => calculerPenalitesRetard(p, optionsDe(base)), () => penalitesReference(p, base ?? 365));
        const total = (() => {
          try {
            return penalitesReference(p, base ?? 365).montant;
          } catch {
            return null;
          }
        })();
        if (total !== null && BigInt(total.replace('.', '')) <= BigInt(Number.MAX_SAFE_INTEGER)) {
          expect(calculerPenalitesRetardLot([p], optionsDe(base))).toEqual([total]);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

const arbInterets = fc
  .record({
    centimes: arbCentimes,
    debut: arbDate('2007-12-20', '2026-12-31'),
    duree: arbDuree,
    categorie: fc.constantFrom('creancier-particulier' as const, 'autres-cas' as const),
    decision: fc.option(
      fc.oneof(
        arbDate('2007-10-01', '2026-12-31'),
        fc.constantFrom('2015-12-31', '2016-12-31', '2019-12-30', '2020-08-31', '2023-04-30', '2023-10-31', '2024-06-30', '2024-12-29'),
      ),
      { freq: 2 },
    ),
    base: arbBaseAnnuelle,
  })
  .chain(({ centimes, debut, duree, categorie, decision, base }) => {
    const fin = decaler(debut, duree - 1);
    return fc.record({
      montant: arbEntreeMontant(centimes),
      paiements: fc.option(arbPaiements(centimes, debut, fin), { freq: 3 }),
      dateDebut: fc.constant(debut),
      dateFin: fc.constant(fin > FIN ? FIN : fin),
      categorie: fc.constant(categorie),
      decision: fc.constant(decision),
      base: fc.constant(base),
    });
  });

describe('calculerInteretsLegaux agrees exactly with the day-by-day reference', () => {
  it('both categories, the +5 points majoration, both day bases, with payments', () => {
    fc.assert(
      fc.property(arbInterets, (r) => {
        const p: ParamsInteretsReference = {
          montant: r.montant,
          dateDebut: r.dateDebut,
          dateFin: r.dateFin,
          categorie: r.categorie,
          ...(r.decision === null ? {} : { dateDecisionExecutoire: r.decision }),
          ...(r.paiements === null ? {} : { paiements: r.paiements }),
        };
        if (p.dateFin < p.dateDebut) {
          // Issue 15, item 6: an inverted range is refused, never "no interest".
          expect(() => calculerInteretsLegaux(p, optionsDe(r.base))).toThrowError(expect.objectContaining({ code: 'ENTREE_INVALIDE' }) as unknown as Error);
          return;
        }
        comparer(() => calculerInteretsLegaux(p, optionsDe(r.base)), () => interetsReference(p, r.base ?? 365));
      }),
      { numRuns: runs(800) },
    );
  });
});
