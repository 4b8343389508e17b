// Invoices payable in several terms (`Creance.echeances`): penalties per instalment from its own due date
// (C. com. L441-10 II), payments on the invoice's accessories first (C. civ. 1343-1) then on the instalments'
// principal in due-date order (C. civ. 1342-10), the 40 € once per invoice (C. com. D441-5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { imputerPaiements } from '../calculs/imputation/imputerPaiements.js';
import { creanceSchema, type CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, cents, codeEtChemin, euros, EN_TROIS_FOIS } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { penalitesCreance } from './penalitesCreance.js';
import { releveDeCompte } from './releveDeCompte.js';
import { situationCreance } from './situationCreance.js';

const PRO: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
const CONSO: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const PUBLIC: DebiteurEntree = { id: 'P1', type: 'personne-publique', denomination: 'Commune de Villefranche' };
const DEBITEURS = [PRO, CONSO, PUBLIC, { id: 'N1', type: 'non-professionnel', denomination: 'Association' } as DebiteurEntree];

describe('Creance.echeances — validation, each failure with its path', () => {
  it('sum = montantTTC, dates strictly increasing, first >= dateFacture, last = dateEcheance, 1..1200 lines', () => {
    const e = EN_TROIS_FOIS.echeances!;
    const chemin = (echeances: unknown): readonly PropertyKey[] | undefined => {
      const r = creanceSchema.safeParse({ ...EN_TROIS_FOIS, echeances });
      return r.success ? undefined : r.error.issues[0]?.path;
    };
    expect(chemin(e)).toBeUndefined();
    expect(chemin([{ ...e[0], montant: '300.00' }, e[1], e[2]])).toEqual(['echeances']);
    expect(chemin([e[0], { ...e[1], date: '2025-02-14' }, e[2]])).toEqual(['echeances', 1, 'date']);
    expect(chemin([{ ...e[0], date: '2025-01-14' }, e[1], e[2]])).toEqual(['echeances', 0, 'date']);
    expect(chemin([e[0], e[1], { ...e[2], date: '2025-04-15' }])).toEqual(['echeances', 2, 'date']);
    expect(chemin([])).toEqual(['echeances']);
    expect(chemin([{ date: '2025-04-14', montant: '0.00' }])).toEqual(['echeances', 0, 'montant']);
    expect(codeEtChemin(() => situationCreance({ ...EN_TROIS_FOIS, echeances: [e[0]!, e[1]!] }, PRO, '2025-04-30'))).toEqual(['ENTREE_INVALIDE', ['creance', 'echeances', 1, 'date']]);
  });
});

describe('situationCreance — penalties per instalment from its own due date (C. com. L441-10 II)', () => {
  it('worked example: 3 × 400 € due 14 Feb, 14 Mar, 14 Apr 2025, unpaid on 30 April: 10.81 + 6.77 + 2.31 € and one 40 €', () => {
    // ECB + 10 = 13.15 % in the first half of 2025. 400 × 13.15 % × 75 / 365 = 10.81 (15 Feb–30 Apr);
    // × 47 / 365 = 6.77 (15 Mar–30 Apr); × 16 / 365 = 2.31 (15–30 Apr). The 40 € once (D441-5: per invoice).
    const s = situationCreance(EN_TROIS_FOIS, PRO, '2025-04-30');
    expect(s.echeances.map((e) => [e.date, e.penalites, e.joursDeRetard, e.principalDu, e.enRetard])).toEqual([
      ['2025-02-14', '10.81', 75, '400.00', true],
      ['2025-03-14', '6.77', 47, '400.00', true],
      ['2025-04-14', '2.31', 16, '400.00', true],
    ]);
    expect(s).toMatchObject({ principalDu: '1200.00', totalDu: '1259.89', echue: true, enRetard: true, dateEcheance: '2025-04-14' });
    expect(s.penalites).toMatchObject({ couru: '19.89', joursDeRetard: 75 });
    expect(s.indemnite.couru).toBe('40.00');
    expect(s.references).toContain('C. civ. art. 1342-10');
  });

  it('a partly late invoice is late (enRetard: the first due date has passed), its later instalments "à échoir"', () => {
    const s = situationCreance(EN_TROIS_FOIS, PRO, '2025-03-01');
    expect(s).toMatchObject({ echue: true, enRetard: true, principalDu: '1200.00' });
    expect(s.echeances.map((e) => [e.echue, e.enRetard, e.penalites])).toEqual([[true, true, '2.16'], [false, false, '0.00'], [false, false, '0.00']]);
    expect(s.indemnite.couru).toBe('40.00');
    const avant = situationCreance(EN_TROIS_FOIS, PRO, '2025-02-14');
    expect(avant).toMatchObject({ echue: true, enRetard: false, totalDu: '1200.00' });
    expect(avant.indemnite.couru).toBe('0.00');
  });

  it('C. civ. 1343-1 then 1342-10: 500 € on 20 March pay 5.76 € of penalties and the 40 €, then instalment 1, then 54.24 € of instalment 2', () => {
    // On 20 March: 400 × 13.15 % × 34 / 365 = 4.90 (instalment 1) + 400 × 13.15 % × 6 / 365 = 0.86 (instalment 2).
    const s = situationCreance({ ...EN_TROIS_FOIS, paiements: [{ date: '2025-03-20', montant: '500.00' }] }, PRO, '2025-04-30');
    expect(s.imputation.paiements[0]).toMatchObject({ penalites: '5.76', indemnite: '40.00', principal: '454.24' });
    expect(s.imputation.references).toEqual(['C. civ. art. 1343-1', 'C. civ. art. 1342-10']);
    expect(s.echeances.map((e) => [e.principalPaye, e.principalDu])).toEqual([['400.00', '0.00'], ['54.24', '345.76'], ['0.00', '400.00']]);
  });

  it('the 40 € is owed from the first instalment left unpaid at its due date, once (D441-5)', () => {
    // Instalment 1 paid on its due date: no delay on it; instalment 2 unpaid: the 40 € from 15 March.
    const s = situationCreance({ ...EN_TROIS_FOIS, paiements: [{ date: '2025-02-14', montant: '400.00' }] }, PRO, '2025-03-14');
    expect(s.indemnite.couru).toBe('0.00');
    const t = situationCreance({ ...EN_TROIS_FOIS, paiements: [{ date: '2025-02-14', montant: '400.00' }] }, PRO, '2025-03-15');
    expect(t.indemnite.couru).toBe('40.00');
  });

  it('credit notes reduce the instalments in due-date order, the earliest first (a reading)', () => {
    const s = situationCreance({ ...EN_TROIS_FOIS, avoirs: [{ date: '2025-01-20', montant: '500.00' }] }, PRO, '2025-04-30');
    expect(s.echeances.map((e) => e.principal)).toEqual(['0.00', '300.00', '400.00']);
    expect(s.principal).toBe('700.00');
  });

  it('penalitesCreance and releveDeCompte read the same figures', () => {
    const s = situationCreance(EN_TROIS_FOIS, PRO, '2025-03-20');
    expect(penalitesCreance(EN_TROIS_FOIS, PRO, '2025-03-20').montant).toBe(s.penalites.couru);
    const r = releveDeCompte(PRO, [EN_TROIS_FOIS], '2025-03-20');
    expect(r.creances[0]).toEqual(s);
    // By instalment: 800 € due (two instalments), 400 € not yet due.
    expect(r.totaux).toMatchObject({ totalDu: s.totalDu, aEchoir: '400.00' });
    expect(cents(r.totaux.echu) + cents(r.totaux.aEchoir)).toBe(cents(s.totalDu));
  });
});

// ------------------------------------------------------------------------------------------------------
// Properties.

const arbFacture = arbDate('2020-01-01', '2025-12-31').chain((facture) =>
  fc.record({
    facture: fc.constant(facture),
    ecarts: fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 5 }),
    premier: fc.integer({ min: 0, max: 60 }),
    montants: fc.array(fc.integer({ min: 1, max: 500_000 }), { minLength: 5, maxLength: 5 }),
    paiements: fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 600_000 })), { maxLength: 3 }),
    avoir: fc.option(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 400_000 })), { nil: undefined }),
    retard: fc.integer({ min: 0, max: 400 }),
    debiteur: fc.constantFrom(...DEBITEURS),
    med: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    principalDAbord: fc.boolean(),
  }),
);

interface Cas {
  readonly creance: CreanceEntree;
  readonly date: string;
  readonly options: { dateMiseEnDemeure?: string; imputation?: 'principal-d-abord' };
}

function cas(k: {
  facture: string; ecarts: number[]; premier: number; montants: number[]; paiements: [number, number][];
  avoir: [number, number] | undefined; retard: number; debiteur: DebiteurEntree; med: number | undefined; principalDAbord: boolean;
}): Cas {
  const f = lireDate(k.facture);
  const dates: number[] = [];
  let d = f + k.premier;
  for (const e of k.ecarts) {
    dates.push(d);
    d += e;
  }
  const echeances = dates.map((j, i) => ({ date: formaterDate(j), montant: euros(k.montants[i]!) }));
  const ttc = euros(k.montants.slice(0, dates.length).reduce((s, m) => s + m, 0));
  const fin = dates[dates.length - 1]!;
  const date = formaterDate(Math.min(fin + k.retard, lireDate('2026-06-30')));
  const paiements = k.paiements.map(([j, m]) => ({ date: formaterDate(f + j), montant: euros(m) })).filter((p) => p.date <= date);
  const creance: CreanceEntree = {
    id: 'F', numeroFacture: 'F', montantTTC: ttc, dateFacture: k.facture, dateEcheance: formaterDate(fin), echeances, paiements,
    ...(k.avoir !== undefined ? { avoirs: [{ date: formaterDate(f + k.avoir[0]), montant: euros(k.avoir[1]) }] } : {}),
    nature: 'commerciale', cause: 'contractuelle', contestee: false,
  };
  const options = {
    ...(k.med !== undefined ? { dateMiseEnDemeure: formaterDate(Math.min(f + k.med, lireDate(date))) } : {}),
    ...(k.principalDAbord ? { imputation: 'principal-d-abord' as const } : {}),
  };
  return { creance, date, options };
}

describe('properties of instalments', () => {
  it('one instalment { date: dateEcheance, montant: montantTTC } gives exactly the situation without echeances', () => {
    fc.assert(
      fc.property(arbFacture, (k) => {
        const { creance, date, options } = cas(k);
        const { echeances: _, ...sans } = creance;
        const une = { ...sans, echeances: [{ date: sans.dateEcheance, montant: sans.montantTTC }] };
        expect(situationCreance(une, k.debiteur, date, options)).toEqual(situationCreance(sans, k.debiteur, date, options));
      }),
      { numRuns: runs(150) },
    );
  });

  it('splitting never changes the principal, nor the principal due when no payment or principal first', () => {
    fc.assert(
      fc.property(arbFacture, (k) => {
        const { creance, date, options } = cas(k);
        const { echeances: _, ...sans } = creance;
        const a = situationCreance(creance, k.debiteur, date, options);
        const b = situationCreance(sans, k.debiteur, date, options);
        expect(a.principal).toBe(b.principal);
        expect(cents(a.principalDu)).toBe(a.echeances.reduce((s, e) => s + cents(e.principalDu), 0n));
        expect(cents(a.principal)).toBe(a.echeances.reduce((s, e) => s + cents(e.principal), 0n));
        if (options.imputation === 'principal-d-abord' || creance.paiements.length === 0) expect(a.principalDu).toBe(b.principalDu);
      }),
      { numRuns: runs(150) },
    );
  });

  it('without payments: additive across instalments, between "all due at the last date" and "all due at the first"', () => {
    fc.assert(
      fc.property(arbFacture, (k) => {
        const { creance, date } = cas({ ...k, paiements: [], avoir: undefined });
        const s = situationCreance(creance, PRO, date);
        // Additivity: the sum of each instalment as its own claim (the same calculator, line by line).
        const parLigne = creance.echeances!.map((e) => calculerPenalitesRetard({ montant: e.montant, dateEcheance: e.date, dateCalcul: date < e.date ? e.date : date, dateFacture: creance.dateFacture }));
        expect(s.echeances.map((e) => e.penalites)).toEqual(parLigne.map((r) => r.montant));
        expect(cents(s.penalites.couru)).toBe(parLigne.reduce((t, r) => t + cents(r.montant), 0n));
        // Monotonic in the due dates: each line all due at the last date accrues no more, at the first no less.
        const aLaDate = (jour: string): bigint =>
          creance.echeances!.reduce((t, e) => t + cents(calculerPenalitesRetard({ montant: e.montant, dateEcheance: jour, dateCalcul: date < jour ? jour : date }).montant), 0n);
        expect(aLaDate(creance.dateEcheance)).toBeLessThanOrEqual(cents(s.penalites.couru));
        expect(aLaDate(creance.echeances![0]!.date)).toBeGreaterThanOrEqual(cents(s.penalites.couru));
        // The 40 € once, iff an instalment is late.
        expect(s.indemnite.couru).toBe(date > creance.echeances![0]!.date ? '40.00' : '0.00');
      }),
      { numRuns: runs(150) },
    );
  });

  it('C. civ. 1342-10: the principal goes to the instalments as imputerPaiements spreads it over debts with those due dates', () => {
    fc.assert(
      fc.property(arbFacture, (k) => {
        const { creance, date } = cas({ ...k, avoir: undefined });
        const s = situationCreance(creance, PRO, date, { accessoires: { penalites: false, indemnite: false } });
        const r = imputerPaiements({
          dettes: creance.echeances!.map((e, i) => ({ id: String(i), dateEcheance: e.date, dateOrigine: creance.dateFacture, principal: e.montant })),
          paiements: creance.paiements.map((p) => ({ date: p.date, montant: p.montant })),
        });
        expect(s.echeances.map((e) => e.principalPaye)).toEqual(r.dettes.map((d) => d.impute.principal));
      }),
      { numRuns: runs(100) },
    );
  });

  it('moving an instalment later never increases the penalties (no payments)', () => {
    fc.assert(
      fc.property(arbFacture, fc.nat(), (k, i) => {
        const { creance, date } = cas({ ...k, paiements: [], avoir: undefined });
        const e = creance.echeances!;
        const j = i % e.length;
        const suivante = j + 1 < e.length ? lireDate(e[j + 1]!.date) : Number.POSITIVE_INFINITY;
        if (j === e.length - 1 || lireDate(e[j]!.date) + 1 >= suivante) return;
        const plusTard = e.map((x, n) => (n === j ? { ...x, date: formaterDate(lireDate(x.date) + 1) } : x));
        const a = situationCreance(creance, PRO, date);
        const b = situationCreance({ ...creance, echeances: plusTard }, PRO, date);
        expect(cents(b.penalites.couru)).toBeLessThanOrEqual(cents(a.penalites.couru));
      }),
      { numRuns: runs(100) },
    );
  });
});
