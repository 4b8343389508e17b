// Tables that end (issue 13, item 4): the total due of an unpaid or partly paid claim never goes down as the
// date advances — in situationCreance, the letters and the machine's situationFinanciere — including across
// the last day the legal tables cover. Either BAREME_MANQUANT (siBaremeManquant: 'erreur', the default of the
// letters and releveDeCompte) or 'minimum' (the default of situationCreance and the machine): the accessories
// up to the last covered day, stated as a minimum. The default tables compute ECB-based penalties through 2026-12-31 (src/baremes/donnees.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baremesParDefaut } from '../baremes/donnees.js';
import { etendreBaremes } from '../baremes/etendreBaremes.js';
import type { Baremes } from '../baremes/types.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { genererLettre } from '../documents/genererLettre.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { contexteInitial } from '../machine/contexte.js';
import { creanceB2B, debiteurPro, depart, jouer } from '../machine/outils-test.js';
import { scenariosParDefaut } from '../machine/scenarios.js';
import { situationFinanciere } from '../machine/situation.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { arbDate, cents, codeEtChemin, euros } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { releveDeCompte } from './releveDeCompte.js';
import { situationCreance } from './situationCreance.js';

const CREANCIER = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };
/** 10 000 € due 2026-06-30 to a professional: penalties at ECB + 10 (C. com. L441-10 II) and the 40 € (D441-5). */
const FACTURE: CreanceEntree = { ...creanceB2B, montantTTC: '10000.00', dateFacture: '2026-05-31', dateExecution: '2026-05-31', dateEcheance: '2026-06-30' };
const PRO: DebiteurEntree = debiteurPro;
const CONSO: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const PUBLIC: DebiteurEntree = { id: 'P1', type: 'personne-publique', denomination: 'Commune de Villefranche' };
/** The default tables extended through 2027-06-30 (no ECB change; an illustrative legal rate, not a published one). */
const ETENDUS: Baremes = etendreBaremes(baremesParDefaut, {
  bce: { changements: [], connuJusquau: '2027-07-01' },
  tauxLegal: [{ du: '2027-01-01', au: '2027-06-30', particulier: '6.50', autresCas: '2.50', source: 'test : valeur d’illustration', confirme: false }],
});

const code = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof RecouvrementError) return e.code;
    throw e;
  }
};

describe('tables that end: BAREME_MANQUANT or a stated minimum, never a smaller total', () => {
  it("'erreur' (default of releveDeCompte): a day after the tables’ end is BAREME_MANQUANT, not 0.00 € of penalties", () => {
    expect(code(() => situationCreance(FACTURE, PRO, '2027-01-10', { siBaremeManquant: 'erreur' }))).toBe('BAREME_MANQUANT');
    expect(code(() => releveDeCompte(PRO, [FACTURE], '2027-01-10'))).toBe('BAREME_MANQUANT');
    expect(situationCreance(FACTURE, PRO, '2027-01-10')).toEqual(situationCreance(FACTURE, PRO, '2027-01-10', { siBaremeManquant: 'minimum' }));
    expect(situationCreance(FACTURE, PRO, '2026-12-31').accessoiresConnus).toBe(true);
  });

  it("releveDeCompte with 'minimum': the document itself says the figures are minimums", () => {
    const r = releveDeCompte(PRO, [FACTURE], '2027-01-10', { siBaremeManquant: 'minimum' });
    expect(r.totaux.totalDu).toBe(situationCreance(FACTURE, PRO, '2026-12-31').totalDu);
    expect(r.texte).toContain('Montants minimaux');
    expect(r.texte).toContain('pénalités calculées jusqu’au 31 décembre 2026 seulement');
    expect(releveDeCompte(PRO, [FACTURE], '2026-12-31').texte).not.toContain('Montants minimaux');
  });

  it("'minimum' (default of situationCreance): penalties up to 31 December 2026 (the last covered day), the 40 € kept (D441-5: it reads no rate), stated as a minimum", () => {
    const fin2026 = situationCreance(FACTURE, PRO, '2026-12-31');
    const s = situationCreance(FACTURE, PRO, '2027-01-10', { siBaremeManquant: 'minimum' });
    // Penalties on 10 000 € from 1 July to 31 December 2026 (184 days), as the calculator gives them.
    const penalites = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2026-06-30', dateCalcul: '2026-12-31' }).montant;
    expect(s).toMatchObject({ accessoiresConnus: false, calculeJusquau: '2026-12-31', penalites: { couru: penalites, du: penalites }, indemnite: { du: '40.00' } });
    expect(s.totalDu).toBe(fin2026.totalDu);
    expect(fin2026.calculeJusquau).toBe('2026-12-31');
    const avertissement = s.avertissements.find((a) => a.startsWith('Barèmes légaux incomplets'));
    expect(avertissement).toContain('jusqu’au 31 décembre 2026 seulement');
    expect(avertissement).toContain(`le total dû (${s.totalDu} €) est un minimum`);
    expect(avertissement).toContain('C. com. L441-10 II');
  });

  it('with the tables extended (etendreBaremes) the same day is computed exactly and is larger', () => {
    const exact = situationCreance(FACTURE, PRO, '2027-01-10', { baremes: ETENDUS });
    const minimum = situationCreance(FACTURE, PRO, '2027-01-10', { siBaremeManquant: 'minimum' });
    expect(exact).toMatchObject({ accessoiresConnus: true, calculeJusquau: '2027-01-10' });
    expect(cents(exact.totalDu)).toBeGreaterThan(cents(minimum.totalDu));
  });

  it('C. civ. 1343-1 on a day whose accessories are unknown: the payment pays the minimum known accessories first, then the principal', () => {
    const c: CreanceEntree = { ...FACTURE, paiements: [{ date: '2027-01-05', montant: '2000.00' }] };
    const s = situationCreance(c, PRO, '2027-01-10', { siBaremeManquant: 'minimum' });
    const p = s.imputation.paiements[0]!;
    const connus = situationCreance(FACTURE, PRO, '2026-12-31');
    expect(p.penalites).toBe(connus.penalites.couru);
    expect(p.indemnite).toBe('40.00');
    expect(cents(p.principal)).toBe(200000n - cents(connus.penalites.couru) - 4000n);
    expect(s).toMatchObject({ accessoiresConnus: false, calculeJusquau: '2026-12-31', tropPercu: '0.00' });
  });

  it('a consumer’s legal interest (C. civ. 1231-6) stops at the last covered day too; a public buyer’s rate is fixed at the start (R2192-31): known', () => {
    const b2c = situationCreance(FACTURE, CONSO, '2027-02-15', { dateMiseEnDemeure: '2026-09-01', siBaremeManquant: 'minimum' });
    expect(b2c).toMatchObject({ accessoiresConnus: false, calculeJusquau: '2026-12-31', indemnite: { du: '0.00' } });
    expect(b2c.interets.couru).toBe(situationCreance(FACTURE, CONSO, '2026-12-31', { dateMiseEnDemeure: '2026-09-01' }).interets.couru);
    const pub = situationCreance(FACTURE, PUBLIC, '2027-02-15', { siBaremeManquant: 'minimum' });
    // R2192-31: the ECB rate of the first day of the half-year in which the interest began to run, for the whole delay.
    expect(pub).toMatchObject({ accessoiresConnus: true, calculeJusquau: '2027-02-15', indemnite: { du: '40.00' } });
  });

  it('the option is checked: ENTREE_INVALIDE at options.siBaremeManquant', () => {
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2026-12-31', { siBaremeManquant: 'zero' as never }))).toEqual(['ENTREE_INVALIDE', ['options', 'siBaremeManquant']]);
  });

  it('letters: a letter with unknown figures is not sent (BAREME_MANQUANT)', () => {
    const donnees = { creancier: CREANCIER, debiteur: PRO, creances: [FACTURE], dateLettre: '2027-01-10' };
    expect(code(() => genererLettre('mise-en-demeure', donnees))).toBe('BAREME_MANQUANT');
    expect(code(() => genererLettre('relance-amiable', donnees))).toBe('BAREME_MANQUANT');
    expect(genererLettre('mise-en-demeure', donnees, { baremes: ETENDUS }).montants.total).toBe(situationCreance(FACTURE, PRO, '2027-01-10', { baremes: ETENDUS }).totalDu);
  });

  it('the machine: no crash on a JOUR after the tables’ end, a minimum stated, and no soldee while the accessories are unknown', () => {
    const s = jouer(depart({ creance: FACTURE }), { type: 'JOUR', date: '2027-01-10' });
    const f = situationFinanciere(s.context);
    expect(f).toMatchObject({ accessoiresConnus: false, calculeJusquau: '2026-12-31', indemnite: '40.00' });
    expect(cents(f.totalDu)).toBeGreaterThanOrEqual(cents(situationFinanciere(s.context, '2026-12-17').totalDu));
    // The principal paid in full on a day the tables do not cover: the known accessories remain due, unknown ones may.
    const paye = jouer(s, { type: 'PAIEMENT_RECU', date: '2027-01-11', montant: '10000.00' });
    expect(paye.status).not.toBe('done');
    expect(situationFinanciere(paye.context).accessoiresConnus).toBe(false);
  });
});

// ----- The property: the total due never decreases as the date advances ---------------------------------------

const arbCas = fc.record({
  debiteur: fc.constantFrom<DebiteurEntree>(PRO, PUBLIC, CONSO),
  montant: fc.integer({ min: 1, max: 5_000_000 }).map(euros),
  echeance: arbDate('2026-03-01', '2027-02-28'),
  /** Days from the due date to the mise en demeure (consumers). */
  med: fc.integer({ min: 0, max: 120 }),
  /** Partial payments: days after the due date (may be before it), share of the amount in per mille. */
  paiements: fc.array(fc.record({ jour: fc.integer({ min: -10, max: 200 }), partPourMille: fc.integer({ min: 1, max: 400 }) }), { maxLength: 3 }),
  /** First date, days after the due date; then how many days later the second. */
  d1: fc.integer({ min: 0, max: 300 }),
  plus: fc.integer({ min: 1, max: 200 }),
  imputation: fc.constantFrom('legale' as const, 'principal-d-abord' as const),
  etendus: fc.boolean(),
});

describe('property: the total due of an unpaid or partly paid claim never decreases with time', () => {
  it('in situationCreance (both options), the letters and the machine, across the tables’ end (default and extended tables)', () => {
    fc.assert(
      fc.property(arbCas, (k) => {
        const echeance = lireDate(k.echeance);
        const d1 = formaterDate(echeance + k.d1);
        const d2 = formaterDate(echeance + k.d1 + k.plus);
        const centimes = cents(k.montant);
        // Payments dated on or before d1 (later ones would lower the total, as they should), less than the amount.
        const paiements = k.paiements
          .map((p) => ({ date: formaterDate(Math.min(echeance + p.jour, lireDate(d1))), montant: euros((centimes * BigInt(p.partPourMille)) / 1000n) }))
          .filter((p) => cents(p.montant) > 0n);
        const creance: CreanceEntree = { ...creanceB2B, montantTTC: k.montant, dateFacture: k.echeance, dateExecution: k.echeance, dateEcheance: k.echeance, paiements };
        const conso = k.debiteur.type === 'consommateur';
        const med = conso ? formaterDate(echeance + k.med) : undefined;
        const baremes = k.etendus ? { baremes: ETENDUS } : {};
        const options = { ...baremes, imputation: k.imputation, ...(med !== undefined ? { dateMiseEnDemeure: med } : {}) };

        // situationCreance, 'minimum': always a figure, never smaller later.
        const m1 = situationCreance(creance, k.debiteur, d1, { ...options, siBaremeManquant: 'minimum' });
        const m2 = situationCreance(creance, k.debiteur, d2, { ...options, siBaremeManquant: 'minimum' });
        expect(cents(m2.totalDu)).toBeGreaterThanOrEqual(cents(m1.totalDu));
        expect(m2.calculeJusquau >= m1.calculeJusquau).toBe(true);
        if (m1.accessoiresConnus) expect(m1.calculeJusquau).toBe(d1);

        // situationCreance, 'erreur': the exact figure or BAREME_MANQUANT — and the exact one is the minimum's.
        const total = (d: string): bigint | null => {
          try {
            return cents(situationCreance(creance, k.debiteur, d, { ...options, siBaremeManquant: 'erreur' }).totalDu);
          } catch (e) {
            if (e instanceof RecouvrementError && e.code === 'BAREME_MANQUANT') return null;
            throw e;
          }
        };
        const e1 = total(d1);
        const e2 = total(d2);
        expect(e1 === null).toBe(!m1.accessoiresConnus);
        if (e1 !== null) expect(e1).toBe(cents(m1.totalDu));
        if (e1 !== null && e2 !== null) expect(e2).toBeGreaterThanOrEqual(e1);
        if (e1 === null) expect(e2).toBeNull();

        // The machine (its default: 'minimum'): the same figures.
        const ctx = {
          ...contexteInitial({
            creance,
            debiteur: k.debiteur,
            scenario: { ...scenariosParDefaut.pme, accessoires: { penalites: true, indemniteForfaitaire: true } },
            imputation: k.imputation,
          }),
          dateCourante: d2,
          miseEnDemeure: med === undefined ? null : { date: med, dateLimite: med },
        };
        const f1 = situationFinanciere(ctx, d1, baremes);
        const f2 = situationFinanciere(ctx, d2, baremes);
        expect(f1.totalDu).toBe(m1.totalDu);
        expect(f2.totalDu).toBe(m2.totalDu);
        expect(f2.calculeJusquau).toBe(m2.calculeJusquau);

        // The letters (default: BAREME_MANQUANT), when one can be sent.
        const lettre = (d: string): bigint | null => {
          try {
            const l = genererLettre(conso ? 'mise-en-demeure-consommateur' : 'mise-en-demeure', {
              creancier: CREANCIER,
              debiteur: k.debiteur,
              creances: [creance],
              dateLettre: d,
              ...(med !== undefined ? { dateMiseEnDemeure: med } : {}),
            }, { ...baremes, imputation: k.imputation }); // the letter's options (its mise en demeure is in its data)
            return cents(l.montants.total);
          } catch (e) {
            if (e instanceof RecouvrementError && (e.code === 'BAREME_MANQUANT' || e.code === 'OPERATION_INTERDITE')) return null;
            throw e;
          }
        };
        const l1 = lettre(d1);
        const l2 = lettre(d2);
        if (l1 !== null) expect(l1).toBe(e1);
        if (l2 !== null) expect(l2).toBe(e2);
        if (l1 !== null && l2 !== null) expect(l2).toBeGreaterThanOrEqual(l1);
      }),
      { numRuns: runs(150) },
    );
  });
});
