// An invoice payable in several terms (`Creance.echeances`): exigible from its first due date for the
// instalments due only — "ce qui n'est dû qu'à terme ne peut être exigé avant l'échéance" (C. civ. 1305-2;
// the legal reference states "exigible: the term has fallen due", not the article: the library's reading).
// The accessories run on the instalments due only (C. com. L441-10 II): they are exigible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import type { CreanceEntree } from '../entites/creance.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { situationCreance } from '../situation/situationCreance.js';
import { eligibiliteInjonctionDePayer } from './eligibiliteInjonctionDePayer.js';
import { eligibiliteProcedureSimplifiee } from './eligibiliteProcedureSimplifiee.js';
import { eligibiliteRefereProvision } from './eligibiliteRefereProvision.js';
import { verifierCreance } from './verifierCreance.js';
import { EN_TROIS_FOIS } from '../../test/outils.js';

const PRO = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', commercant: true } as const;

describe('C. civ. 1305-2 — instalments not yet due are not exigible (boundary dates)', () => {
  it('13 February (the day before the first due date): nothing exigible', () => {
    const r = verifierCreance(EN_TROIS_FOIS, '2025-02-13');
    expect(r).toMatchObject({ exigible: false, aEchoir: '0.00', totalDu: '1200.00' });
    expect(r.motifs[2]).toBe('✗ Non exigible au 2025-02-13 : l’échéance du 2025-02-14 n’est pas atteinte.');
  });

  it('14 February (the first due date, inclusive): the first instalment exigible, 800 € à échoir', () => {
    const r = verifierCreance(EN_TROIS_FOIS, '2025-02-14');
    expect(r).toMatchObject({ exigible: true, totalDu: '1200.00', aEchoir: '800.00', totalExigible: '400.00' });
    expect(r.motifs[2]).toContain('Exigible en partie depuis l’échéance du 2025-02-14 (incluse) : 400.00 €');
    expect(r.motifs[2]).toContain('800.00 € à échoir ne sont pas exigibles avant leur terme (prochaine échéance le 2025-03-14)');
    expect(r.motifs[2]).toContain('C. civ. 1305-2, lecture de la bibliothèque (NON CONFIRMÉ)');
  });

  it('13 March: the first instalment and its accessories (400 × 13.15 % × 27 / 365 = 3.89 €, the 40 €) exigible; 14 March: the second too', () => {
    const veille = verifierCreance(EN_TROIS_FOIS, '2025-03-13');
    expect(veille).toMatchObject({ aEchoir: '800.00', totalExigible: '443.89' });
    const jour = verifierCreance(EN_TROIS_FOIS, '2025-03-14');
    const s = situationCreance(EN_TROIS_FOIS, PRO, '2025-03-14');
    expect(jour).toMatchObject({ aEchoir: '400.00', totalDu: s.totalDu });
    expect(jour.totalExigible).toBe((Number(s.totalDu) - 400).toFixed(2));
  });

  it('14 April (the final due date) and after: everything exigible, nothing à échoir — as without instalments', () => {
    expect(verifierCreance(EN_TROIS_FOIS, '2025-04-14')).toMatchObject({ exigible: true, aEchoir: '0.00' });
    const r = verifierCreance(EN_TROIS_FOIS, '2025-04-30');
    expect(r.totalExigible).toBe(r.totalDu);
    expect(r.motifs[2]).toBe('✓ Exigible depuis l’échéance du 2025-02-14 (incluse).');
  });

  it('the instalments due paid, the rest not yet due: not exigible (nothing exigible is owed)', () => {
    const r = verifierCreance({ ...EN_TROIS_FOIS, paiements: [{ date: '2025-02-14', montant: '400.00' }] }, '2025-03-01');
    expect(r).toMatchObject({ exigible: false, liquide: true, resteDu: '800.00', aEchoir: '800.00', totalExigible: '0.00' });
    expect(r.motifs[2]).toContain('✗ Non exigible au 2025-03-01 : les échéances échues sont réglées ; 800.00 € restent à échoir, exigibles à leur terme (prochaine échéance le 2025-03-14)');
  });
});

describe('C. civ. 1305-2 — the procedures claim the exigible part only', () => {
  it('injonction de payer: the request claims the instalments due and the accessories, with an avertissement on the rest', () => {
    const r = eligibiliteInjonctionDePayer(EN_TROIS_FOIS, PRO, '2025-03-01');
    expect(r.eligible).toBe(true);
    expect(r.montant).toBe(verifierCreance(EN_TROIS_FOIS, '2025-03-01').totalExigible);
    expect(r.montant).toBe('442.16');
    expect(r.avertissements.some((a) => a.includes('les 2 échéances à échoir (400.00 € le 2025-03-14, 400.00 € le 2025-04-14, soit 800.00 €)'))).toBe(true);
  });

  it('référé-provision: the provision is capped at the exigible part', () => {
    expect(eligibiliteRefereProvision(EN_TROIS_FOIS, PRO, '2025-03-01').provisionMaximale).toBe('442.16');
  });

  it('procédure simplifiée: the threshold compares the exigible principal (6 000 € in three terms, 2 000 € due: under the 5 000 € threshold)', () => {
    const grosse: CreanceEntree = {
      ...EN_TROIS_FOIS,
      montantTTC: '6000.00',
      echeances: [
        { date: '2025-02-14', montant: '2000.00' },
        { date: '2025-03-14', montant: '2000.00' },
        { date: '2025-04-14', montant: '2000.00' },
      ],
    };
    const r = eligibiliteProcedureSimplifiee(grosse, '2025-03-01', { debiteur: PRO });
    expect(r).toMatchObject({ principal: '2000.00' });
    expect(r.conditions.find((c) => c.code === 'plafond')?.remplie).toBe(true);
    // On 14 April the whole 6 000 € is exigible: over the threshold.
    expect(eligibiliteProcedureSimplifiee(grosse, '2025-04-14', { debiteur: PRO }).conditions.find((c) => c.code === 'plafond')?.remplie).toBe(false);
  });
});

describe('C. civ. 1305-2 (property): one instalment is the invoice without instalments', () => {
  it('verifierCreance, injonction de payer, référé-provision and procédure simplifiée give the same verdicts and amounts', () => {
    const arb = fc.record({
      echeance: fc.integer({ min: 0, max: 120 }),
      jour: fc.integer({ min: 0, max: 300 }),
      paiement: fc.option(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 1300 }))),
    });
    fc.assert(
      fc.property(arb, ({ echeance, jour, paiement }) => {
        const dateEcheance = formaterDate(lireDate('2025-01-15') + echeance);
        const date = formaterDate(lireDate('2025-01-15') + jour);
        const paiements = paiement === null ? [] : [{ date: formaterDate(lireDate('2025-01-15') + paiement[0]), montant: `${paiement[1]}.00` }];
        const sans: CreanceEntree = { ...EN_TROIS_FOIS, dateEcheance, paiements, echeances: undefined };
        delete (sans as { echeances?: unknown }).echeances;
        const une: CreanceEntree = { ...sans, echeances: [{ date: dateEcheance, montant: sans.montantTTC }] };
        const { aEchoir, totalExigible, ...v } = verifierCreance(une, date);
        expect(aEchoir).toBe('0.00');
        expect(totalExigible).toBe(v.totalDu);
        expect(verifierCreance(une, date)).toEqual(verifierCreance(sans, date));
        expect(eligibiliteInjonctionDePayer(une, PRO, date)).toEqual(eligibiliteInjonctionDePayer(sans, PRO, date));
        expect(eligibiliteRefereProvision(une, PRO, date)).toEqual(eligibiliteRefereProvision(sans, PRO, date));
        expect(eligibiliteProcedureSimplifiee(une, date, { debiteur: PRO })).toEqual(eligibiliteProcedureSimplifiee(sans, date, { debiteur: PRO }));
      }),
      { numRuns: runs(60) },
    );
  });
});
