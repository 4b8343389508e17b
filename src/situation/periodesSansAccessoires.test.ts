// OptionsSituation.periodesSansAccessoires: days on which neither penalties nor legal interest accrue (e.g. a
// payment plan whose agreement says so; the term a judge grants, C. civ. 1343-5). The 40 € is unaffected: it
// is owed from the first day of delay (C. com. D441-5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, codeEtChemin, euros } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { situationCreance } from './situationCreance.js';

const FACTURE: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const PRO: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
const CONSO: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const PUBLIC: DebiteurEntree = { id: 'P1', type: 'personne-publique', denomination: 'Commune de Villefranche' };

describe('periodesSansAccessoires — named examples', () => {
  it('March 2025 without penalties: 105 days instead of 136, periods cut at the pause, the 40 € kept', () => {
    // 1 200 × 13.15 % × 14 / 365 = 6.05 (15–28 Feb) + 1 200 × 13.15 % × 91 / 365 = 39.34 (1 Apr–30 June).
    const s = situationCreance(FACTURE, PRO, '2025-06-30', { periodesSansAccessoires: [{ du: '2025-03-01', au: '2025-03-31' }] });
    expect(s.penalites).toMatchObject({ couru: '45.39', joursDeRetard: 105 });
    expect(s.penalites.periodes.map((p) => [p.du, p.au, p.montant])).toEqual([['2025-02-15', '2025-02-28', '6.05'], ['2025-04-01', '2025-06-30', '39.34']]);
    expect(s.indemnite.couru).toBe('40.00');
  });

  it('a pause over the whole accrual: no penalty, the 40 € still owed (D441-5)', () => {
    const s = situationCreance(FACTURE, PRO, '2025-06-30', { periodesSansAccessoires: [{ du: '2025-02-01', au: '2025-04-30' }, { du: '2025-04-15', au: '2025-12-31' }] });
    expect(s.penalites).toMatchObject({ couru: '0.00', joursDeRetard: 0 });
    expect(s).toMatchObject({ totalDu: '1240.00' });
  });

  it('per-period rounding (explorer seed -796146112): a 1-day pause that splits 0.18 € of R2192-31 interest into two periods rounds each to 0.01 €', () => {
    // Public buyer, R2192-31: 12.00 % (ECB 4.00 % on 1 July 2023 + 8 points) fixed on the first day of delay;
    // 0.18 € from 2023-10-04 to 2024-03-22: one period, 0.18 × 12 % × 171 / 365 = 0.0101 → 0.01 €. Paused on
    // 2023-12-28: 85 days then 85 days, 0.18 × 12 % × 85 / 365 = 0.0050 → 0.01 € each (half-up).
    // The total is the sum of the printed periods (rounded one by one), so it may exceed the unpaused one by a cent.
    const f = { ...FACTURE, montantTTC: '0.18', dateFacture: '2023-09-03', dateEcheance: '2023-10-03' };
    const sans = situationCreance(f, PUBLIC, '2024-03-22', { dateMiseEnDemeure: '2023-10-03' });
    const avec = situationCreance(f, PUBLIC, '2024-03-22', { dateMiseEnDemeure: '2023-10-03', periodesSansAccessoires: [{ du: '2023-12-28', au: '2023-12-28' }] });
    expect(sans.penalites.couru).toBe('0.01');
    expect(avec.penalites.periodes.map((p) => p.montant)).toEqual(['0.01', '0.01']);
    expect(avec.penalites.joursDeRetard).toBe(sans.penalites.joursDeRetard - 1);
  });

  it('is validated: dates, du <= au, no other key', () => {
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-06-30', { periodesSansAccessoires: [{ du: '2025-03-31', au: '2025-03-01' }] })))
      .toEqual(['ENTREE_INVALIDE', ['options', 'periodesSansAccessoires', 0, 'au']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-06-30', { periodesSansAccessoires: [{ du: 'hier', au: '2025-03-01' }] })))
      .toEqual(['ENTREE_INVALIDE', ['options', 'periodesSansAccessoires', 0, 'du']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-06-30', { periodesSansAccessoires: [{ du: '2025-03-01', au: '2025-03-02', motif: 'x' } as never] })))
      .toEqual(['ENTREE_INVALIDE', ['options', 'periodesSansAccessoires', 0, 'motif']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-06-30', { periodesSansAccessoires: {} as never })))
      .toEqual(['ENTREE_INVALIDE', ['options', 'periodesSansAccessoires']]);
  });
});

describe('periodesSansAccessoires — properties', () => {
  const arbCas = arbDate('2020-01-01', '2025-12-31').chain((echeance) =>
    fc.record({
      echeance: fc.constant(echeance),
      montant: fc.integer({ min: 1, max: 1_000_000 }),
      retard: fc.integer({ min: 1, max: 400 }),
      pauses: fc.array(fc.tuple(fc.integer({ min: -30, max: 450 }), fc.integer({ min: 0, max: 120 })), { minLength: 1, maxLength: 3 }),
      debiteur: fc.constantFrom(PRO, CONSO, PUBLIC),
    }),
  );

  it('days accrued shrink by exactly the paused days of the accrual; the amount never grows beyond the half-cent rounding of each period; the 40 € is unchanged', () => {
    fc.assert(
      fc.property(arbCas, (k) => {
        const e = lireDate(k.echeance);
        const fin = Math.min(e + k.retard, lireDate('2026-06-30'));
        const date = formaterDate(fin);
        const base = { ...FACTURE, montantTTC: euros(k.montant), dateFacture: formaterDate(e - 30), dateEcheance: k.echeance };
        const options = { dateMiseEnDemeure: k.echeance };
        const periodes = k.pauses.map(([d, n]) => ({ du: formaterDate(e + d), au: formaterDate(e + d + n) }));
        const sans = situationCreance(base, k.debiteur, date, options);
        const avec = situationCreance(base, k.debiteur, date, { ...options, periodesSansAccessoires: periodes });
        // Paused days of the accrual (e + 1 .. fin), counted once.
        let pausés = 0;
        for (let j = e + 1; j <= fin; j++) if (k.pauses.some(([d, n]) => j >= e + d && j <= e + d + n)) pausés++;
        const acc = k.debiteur === CONSO ? 'interets' : 'penalites';
        expect(avec[acc].joursDeRetard).toBe(sans[acc].joursDeRetard - pausés);
        // Each period is rounded to the cent on its own (half-up, docs/penalites.md): a pause that splits a
        // period may add up to half a cent per period, never more (explorer seed -796146112).
        const ecart = Math.round(Number(avec[acc].couru) * 100) - Math.round(Number(sans[acc].couru) * 100);
        expect(ecart).toBeLessThanOrEqual(0.5 * (avec[acc].periodes.length + sans[acc].periodes.length));
        if (pausés === fin - e) expect(avec[acc].couru).toBe('0.00');
        expect(avec.indemnite).toEqual(sans.indemnite);
        expect(avec.principalDu).toBe(sans.principalDu);
      }),
      { numRuns: runs(150) },
    );
  });

  it('at a constant rate, a pause removes exactly the accrual of the paused days (up to the rounding of each period)', () => {
    // Within the first half of 2025 (13.15 % throughout): the amount is the sum of the periods around the pause.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 30 }), (m, d, n) => {
        const e = lireDate('2025-02-14');
        const date = '2025-06-30';
        const base = { ...FACTURE, montantTTC: euros(m) };
        const s = situationCreance(base, PRO, date, { periodesSansAccessoires: [{ du: formaterDate(e + 1 + d), au: formaterDate(e + 1 + d + n) }] });
        const jours = lireDate(date) - e;
        const paused = Math.max(0, Math.min(lireDate(date), e + 1 + d + n) - (e + 1 + d) + 1);
        expect(s.penalites.joursDeRetard).toBe(jours - paused);
        const exact = (m * 0.1315 * (jours - paused)) / 365; // cents
        expect(Math.abs(Number(s.penalites.couru) * 100 - exact)).toBeLessThanOrEqual(1);
      }),
      { numRuns: runs(100) },
    );
  });
});
