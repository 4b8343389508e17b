// What a letter claims, to the cent, each figure with the rule that makes it (issue 15 item 8: written
// against the survivors of a mutation run of genererLettre.ts, internes/montants.ts and
// internes/clausePenale.ts; docs/qualite.md, "Session 4"). Every figure is the claim's statement by
// situationCreance: these tests check that the letter asks for it, with the letter's options, and nothing else.
import { describe, expect, it } from 'vitest';
import { codeErreur, codeEtChemin, factureDixMille } from '../../test/outils.js';
import { baremesParDefaut } from '../baremes/donnees.js';
import { etendreBaremes } from '../baremes/etendreBaremes.js';
import { calculerInteretsLegaux } from '../calculs/interets/calculerInteretsLegaux.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { DonneesLettre, Lettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';

const CREANCIER = { denomination: 'Atelier Dupont SARL' };
const PRO = { id: 'D1', type: 'professionnel' as const, denomination: 'Bâtiment Martin SAS' };
const CONSO = { id: 'D2', type: 'consommateur' as const, denomination: 'M. Paul Martin' };

const facture = factureDixMille;
const donnees = (creances: CreanceEntree[], extra: Partial<DonneesLettre> = {}): DonneesLettre => ({ creancier: CREANCIER, debiteur: PRO, creances, dateLettre: '2024-04-30', ...extra });
const plat = (t: string): string => t.replace(/[\s\u00a0\u202f]+/g, ' ');
/** A 5 000 € payment on 1 March 2024. */
const PAYEE = facture('B', { paiements: [{ date: '2024-03-01', montant: '5000.00' }] });

describe('the figures of a letter are those of situationCreance, with the letter’s options', () => {
  it('C. com. L441-10 II: 10 000 € late from 1 February to 30 April 2024 at 14,50 % → 357,53 € on a 365-day year, 356,56 € on the exact year (366 days in 2024)', () => {
    const l365 = genererLettre('relance-ferme', donnees([facture('A')]));
    const exacte = genererLettre('relance-ferme', donnees([facture('A')]), { baseAnnuelle: 'exacte' });
    const params = { montant: '10000.00', dateEcheance: '2024-01-31', dateCalcul: '2024-04-30' };
    expect(l365.montants.penalites).toBe('357.53');
    expect(l365.montants.penalites).toBe(calculerPenalitesRetard(params).montant);
    expect(exacte.montants.penalites).toBe('356.56');
    expect(exacte.montants.penalites).toBe(calculerPenalitesRetard(params, { baseAnnuelle: 'exacte' }).montant);
    // Principal + penalties + the 40 € of D441-5.
    expect(l365.montants.total).toBe('10397.53');
    expect(exacte.montants.total).toBe('10396.56');
    expect(l365.montants.factures[0]!.periodes).toEqual([{ du: '2024-02-01', au: '2024-04-30', jours: 90, assiette: '10000.00', tauxAnnuel: '14.50', montant: '357.53' }]);
  });

  it('C. civ. 1343-1: a 5 000 € payment goes to the accrued penalties and the 40 € first (159,18 €), then the principal (5 159,18 € left); principal first on request', () => {
    const legale = genererLettre('relance-ferme', donnees([PAYEE]));
    expect(legale.montants).toMatchObject({ principal: '5159.18', penalites: '242.15', indemnite: '40.00', imputeAccessoires: '159.18', total: '5282.15' });
    expect(legale.montants.factures[0]).toMatchObject({ dejaRegle: '5000.00', penalitesDues: '122.97', indemniteDue: '0.00', interetsDus: '0.00' });
    expect(plat(legale.texte)).toContain('sur les 5 000,00 € réglés, 159,18 € ont été imputés sur ces accessoires et 4 840,82 € sur le principal');
    const principal = genererLettre('relance-ferme', donnees([PAYEE]), { imputation: 'principal-d-abord' });
    expect(principal.montants).toMatchObject({ principal: '5000.00', penalites: '238.36', imputeAccessoires: '0.00', total: '5278.36' });
    expect(situationCreance(PAYEE, PRO, '2024-04-30', { imputation: 'principal-d-abord' }).totalDu).toBe('5278.36');
  });

  it('options.parCreance: one claim’s own imputation, the other claim keeps the letter’s', () => {
    const l = genererLettre('relance-ferme', donnees([PAYEE, facture('A')]), { parCreance: { B: { imputation: 'principal-d-abord' } } });
    expect(l.montants.factures.map((f) => f.total)).toEqual(['5278.36', '10397.53']);
    expect(l.montants.total).toBe('15675.89');
  });

  it('several invoices: each total is the sum of the invoices’ figures, to the cent (two 40 € indemnities, D441-5: one per invoice)', () => {
    const l = genererLettre('relance-ferme', donnees([PAYEE, facture('A')]));
    expect(l.montants).toMatchObject({
      principal: '15159.18',
      penalites: '599.68',
      indemnite: '80.00',
      interets: '0.00',
      avoirs: '0.00',
      imputeAccessoires: '159.18',
      total: '15679.68',
      reclame: '15679.68',
      conteste: '0.00',
    });
    const sommeDe = (k: 'principal' | 'penalites' | 'indemnite' | 'interets' | 'avoirs' | 'imputeAccessoires' | 'total'): string =>
      (l.montants.factures.reduce((s, f) => s + Math.round(Number(f[k]) * 100), 0) / 100).toFixed(2);
    for (const k of ['principal', 'penalites', 'indemnite', 'interets', 'avoirs', 'imputeAccessoires', 'total'] as const) expect(l.montants[k]).toBe(sommeDe(k));
  });

  it('the letter’s tables (options.baremes) compute a day the default tables do not cover; without them the letter is not written (BAREME_MANQUANT)', () => {
    const etendues = etendreBaremes(baremesParDefaut, { bce: { changements: [], connuJusquau: '2028-01-01' } });
    const f27 = facture('Z', { dateFacture: '2026-11-01', dateEcheance: '2026-11-30' });
    const d = donnees([f27], { dateLettre: '2027-02-01' });
    expect(codeErreur(() => genererLettre('relance-ferme', d))).toBe('BAREME_MANQUANT');
    const l = genererLettre('relance-ferme', d, { baremes: etendues });
    expect(l.montants.penalites).toBe(calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2026-11-30', dateCalcul: '2027-02-01' }, { baremes: etendues }).montant);
    expect(l.montants.total).toBe('10254.03');
  });

  it('no instalment left out, no warning that one was', () => {
    expect(genererLettre('relance-ferme', donnees([facture('A')])).avertissements.some((a) => a.startsWith('Échéances non encore exigibles'))).toBe(false);
  });

  it('credit notes reduce the principal claimed (C. civ. 1302: what is not owed is not claimed)', () => {
    const l = genererLettre('relance-ferme', donnees([facture('A', { avoirs: [{ date: '2024-01-15', montant: '1000.00' }] })]));
    expect(l.montants.avoirs).toBe('1000.00');
    expect(l.montants.principal).toBe('9000.00');
    expect(l.montants.total).toBe(situationCreance(facture('A', { avoirs: [{ date: '2024-01-15', montant: '1000.00' }] }), PRO, '2024-04-30').totalDu);
  });
});

describe('consumer letters: legal interest, never the L441-10 penalties nor the 40 €', () => {
  const C = facture('C', { nature: 'consommation' });

  it('C. civ. 1231-6, 1344-1: legal interest from the earlier mise en demeure (15 February 2024) → 105,57 €; none without one', () => {
    const l = genererLettre('mise-en-demeure-consommateur', donnees([C], { debiteur: CONSO, dateMiseEnDemeure: '2024-02-15' }));
    expect(l.montants).toMatchObject({ principal: '10000.00', penalites: '0.00', indemnite: '0.00', interets: '105.57', total: '10105.57' });
    expect(l.montants.interets).toBe(calculerInteretsLegaux({ montant: '10000.00', dateDebut: '2024-02-15', dateFin: '2024-04-30', categorie: 'autres-cas' }).montant);
    const sans = genererLettre('mise-en-demeure-consommateur', donnees([C], { debiteur: CONSO }));
    expect(sans.montants).toMatchObject({ interets: '0.00', total: '10000.00' });
  });

  it('C. civ. 1343-1: a 5 000 € payment on 1 April 2024 goes to the interest accrued since the mise en demeure first (65,28 €)', () => {
    const payee = facture('C', { nature: 'consommation', paiements: [{ date: '2024-04-01', montant: '5000.00' }] });
    const l = genererLettre('mise-en-demeure-consommateur', donnees([payee], { debiteur: CONSO, dateMiseEnDemeure: '2024-02-15' }));
    expect(l.montants).toMatchObject({ principal: '5065.28', interets: '85.68', imputeAccessoires: '65.28', total: '5085.68' });
    expect(l.montants.factures[0]!.interetsDus).toBe('20.40');
  });

  it('CMF L313-2: a creditor natural person not acting for professional needs gets the higher legal rate → 166,78 €', () => {
    const l = genererLettre('mise-en-demeure-consommateur', donnees([C], { debiteur: CONSO, dateMiseEnDemeure: '2024-02-15', creancier: { ...CREANCIER, personnePhysiqueNonProfessionnelle: true } }));
    expect(l.montants.interets).toBe('166.78');
    expect(l.montants.interets).toBe(calculerInteretsLegaux({ montant: '10000.00', dateDebut: '2024-02-15', dateFin: '2024-04-30', categorie: 'creancier-particulier' }).montant);
  });
});

describe('a partial dispute: the letter claims the undisputed part', () => {
  it('10 397,53 € due, 1 000 € disputed → 9 397,53 € claimed, the dispute stated apart', () => {
    const l = genererLettre('relance-ferme', donnees([facture('A')]), { montantConteste: '1000.00' });
    expect(l.montants).toMatchObject({ total: '10397.53', conteste: '1000.00', reclame: '9397.53' });
    expect(plat(l.texte)).toContain('9 397,53 € (10 397,53 € dus, moins 1 000,00 € contestés)');
  });

  it('a dispute covering exactly what is due leaves nothing to claim (OPERATION_INTERDITE); one cent less claims 0,01 €', () => {
    expect(codeErreur(() => genererLettre('relance-ferme', donnees([facture('A')]), { montantConteste: '10397.53' }))).toBe('OPERATION_INTERDITE');
    expect(genererLettre('relance-ferme', donnees([facture('A')]), { montantConteste: '10397.52' }).montants.reclame).toBe('0.01');
  });

  it('a disputed amount must be positive (ENTREE_INVALIDE at options.montantConteste)', () => {
    expect(codeEtChemin(() => genererLettre('relance-ferme', donnees([facture('A')]), { montantConteste: '0.00' }))).toEqual(['ENTREE_INVALIDE', ['options', 'montantConteste']]);
    expect(genererLettre('relance-ferme', donnees([facture('A')]), { montantConteste: '0.01' }).montants.reclame).toBe('10397.52');
  });
});

describe('instalments (Creance.echeances): only what is late is claimed (C. civ. 1305-1: a term suspends exigibility)', () => {
  const E = facture('E', {
    montantTTC: '3000.00',
    dateFacture: '2025-03-01',
    dateEcheance: '2025-05-31',
    echeances: [
      { date: '2025-03-31', montant: '1000.00' },
      { date: '2025-04-30', montant: '1000.00' },
      { date: '2025-05-31', montant: '1000.00' },
    ],
  });

  it('on 15 May 2025, two instalments are late: 2 000 € of principal and their penalties (16,21 € + 5,40 €) and one 40 €; the third, 1 000 €, is left out', () => {
    const l = genererLettre('relance-ferme', donnees([E], { dateLettre: '2025-05-15' }));
    const s = situationCreance(E, PRO, '2025-05-15');
    expect(l.montants).toMatchObject({ principal: '2000.00', penalites: '21.61', indemnite: '40.00', total: '2061.61' });
    expect(s.totalDu).toBe('3061.61');
    expect(l.montants.factures[0]).toMatchObject({ montantTTC: '3000.00', principal: '2000.00', total: '2061.61' });
  });

  it('an instalment not yet due but already paid is neither claimed nor listed "à échoir" (nothing of it remains to pay)', () => {
    const payee = { ...E, paiements: [{ date: '2025-05-10', montant: '3000.00' }] };
    const l = genererLettre('relance-ferme', donnees([payee], { dateLettre: '2025-05-15' }), { imputation: 'principal-d-abord' });
    // Principal paid first (on request): only the penalties and the 40 € remain.
    expect(l.montants).toMatchObject({ principal: '0.00', penalites: '18.01', indemnite: '40.00', total: '58.01' });
    expect(l.texte).not.toContain('à échoir');
    expect(l.avertissements.some((a) => a.includes('0,00 € à échoir'))).toBe(false);
  });

  it('a 300 € credit note reduces the instalment it applies to (the first): its line shows 300,00 € of credit notes and 700,00 € due', () => {
    const l = genererLettre('relance-ferme', donnees([{ ...E, avoirs: [{ date: '2025-03-05', montant: '300.00' }] }], { dateLettre: '2025-06-15' }));
    expect(l.montants.principal).toBe('2700.00');
    expect(plat(l.texte)).toContain('31 mars 2025 1 000,00 € 300,00 € 0,00 € 700,00 €');
  });

  it('once all are late, nothing is left out', () => {
    const l = genererLettre('relance-ferme', donnees([E], { dateLettre: '2025-06-15' }));
    expect(l.montants.principal).toBe('3000.00');
    expect(l.montants.total).toBe(situationCreance(E, PRO, '2025-06-15').totalDu);
  });

  it('C. civ. 1231-6: a consumer owes no interest before a mise en demeure, yet the late instalment (1 000 € due 31 March) is claimed on its own line; the two others are listed "à échoir"', () => {
    const l = genererLettre('relance-ferme', donnees([{ ...E, nature: 'consommation' }], { debiteur: CONSO, dateLettre: '2025-04-15' }));
    expect(l.montants).toMatchObject({ principal: '1000.00', interets: '0.00', total: '1000.00' });
    const h = l.html.replace(/[\u00a0\u202f]/g, ' ');
    expect(h).toContain('<tr><td>n° E (échéance 1/3)</td><td>1er mars 2025</td><td>31 mars 2025</td>');
    expect(h).not.toContain('<td>n° E (échéance 2/3)</td>');
    expect(l.montants.aEchoir.map((a) => a.dateEcheance)).toEqual(['2025-04-30', '2025-05-31']);
  });
});

describe('declaration of claims (C. com. L622-24 ff.)', () => {
  const PC: DonneesLettre = {
    creancier: CREANCIER,
    debiteur: { ...PRO, procedureCollective: { type: 'redressement', dateJugement: '2024-04-15', dateBodacc: '2024-04-25' } },
    creances: [facture('A')],
    dateLettre: '2024-04-30',
    mandataire: { denomination: 'SELARL MJ Conseil' },
  };

  it('L622-28: penalties stop the day before the opening judgment (14 April 2024) → 293,97 €; no payment deadline', () => {
    const l = genererLettre('declaration-de-creance', PC);
    expect(l.montants.penalites).toBe('293.97');
    expect(l.montants.penalites).toBe(calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2024-01-31', dateCalcul: '2024-04-14' }).montant);
    expect(l.montants.factures[0]!.periodes.at(-1)!.au).toBe('2024-04-14');
    expect(l.montants.total).toBe('10333.97');
    expect(l.dateLimitePaiement).toBeNull();
  });

  it('L622-25: a claim not yet due is declared too, in full (instalments not yet due included)', () => {
    const E = facture('E', { dateEcheance: '2024-05-31', echeances: [{ date: '2024-03-31', montant: '4000.00' }, { date: '2024-05-31', montant: '6000.00' }] });
    const l = genererLettre('declaration-de-creance', { ...PC, creances: [facture('A'), E] });
    expect(l.montants.factures.map((f) => f.numeroFacture)).toEqual(['A', 'E']);
    expect(l.montants.factures[1]!.principal).toBe('10000.00');
    expect(l.montants.principal).toBe('20000.00');
    expect(l.montants.aEchoir).toEqual([]);
  });
});

describe('payment deadline and refusals', () => {
  it('the debtor is given 15 days by a relance amiable, 8 by a mise en demeure (practice, no statutory delay), or delaiJours', () => {
    const d = donnees([facture('A')]);
    expect(genererLettre('relance-amiable', d).dateLimitePaiement).toBe('2024-05-15');
    expect(genererLettre('mise-en-demeure', d).dateLimitePaiement).toBe('2024-05-08');
    expect(genererLettre('mise-en-demeure', { ...d, delaiJours: 30 }).dateLimitePaiement).toBe('2024-05-30');
  });

  it('nothing due on the letter’s day: no letter (OPERATION_INTERDITE)', () => {
    const payee = facture('A', { paiements: [{ date: '2024-01-31', montant: '10000.00' }] });
    expect(codeErreur(() => genererLettre('relance-ferme', donnees([payee])))).toBe('OPERATION_INTERDITE');
  });

  it('a public buyer: the mise en demeure cites the 40 € of D2192-35 with the intérêts moratoires (R2192-31)', () => {
    const pub = { id: 'D3', type: 'personne-publique' as const, denomination: 'Commune de Lyon' };
    const l: Lettre = genererLettre('mise-en-demeure', donnees([facture('A')], { debiteur: pub }));
    expect(l.montants.indemnite).toBe('40.00');
    expect(l.references).toEqual(expect.arrayContaining(['C. commande publique art. R2192-31', 'C. commande publique art. D2192-35']));
    expect(l.references).not.toContain('C. civ. art. 1344');
  });
});

describe('the clause pénale (C. civ. 1231-5): claimed apart from the total, each line with its rule', () => {
  const avec = (id: string, clausePenale: CreanceEntree['clausePenale']): CreanceEntree => facture(id, { clausePenale });
  // Built inside each test (not at collection), so that the mutation runs see it.
  const lettre = (): Lettre => genererLettre(
    'mise-en-demeure',
    donnees([
      avec('P1', { pourcentage: '10', exigibleA: '2024-03-01' }),
      avec('P2', { minimum: '150.00', exigibleA: '2024-03-01' }),
      { ...avec('P3', { pourcentage: '5', base: 'total', exigibleA: '2024-03-01' }), paiements: [] },
      avec('P4', { minimum: '100.00', exigibleA: '2024-06-01' }),
    ]),
  );

  it('the sum claimed is the sum of the clauses due, 1 000 + 150 + 507,96 = 1 657,96 €; a clause not yet applicable (from 1 June) is not claimed', () => {
    const l = lettre();
    const texte = plat(l.texte);
    expect(texte).toContain('nous vous réclamons en outre la somme de 1 657,96 €');
    expect(texte).toContain('Facture n° P1 : 1 000,00 € (10 % du principal dû au 1er mars 2024 (10 000,00 €))');
    expect(texte).toContain('Facture n° P2 : 150,00 € (forfait de 150,00 €)');
    expect(texte).toContain('Facture n° P3 : 507,96 € (5 % des sommes dues au 1er mars 2024 (10 159,18 €))');
    expect(texte).not.toContain('Facture n° P4 :');
    // Apart from the total: the four invoices' figures, without the clause.
    expect(l.montants.total).toBe(genererLettre('mise-en-demeure', donnees([facture('P1'), facture('P2'), facture('P3'), facture('P4')])).montants.total);
  });

  it('a clause with a percentage and a minimum says "avec un minimum de"; no clause due, no paragraph', () => {
    const m = plat(genererLettre('mise-en-demeure', donnees([avec('P5', { pourcentage: '1', minimum: '250.00', exigibleA: '2024-03-01' })])).texte);
    expect(m).toContain('Facture n° P5 : 250,00 € (1 % du principal dû au 1er mars 2024 (10 000,00 €), avec un minimum de 250,00 €)');
    expect(m).toContain('nous vous réclamons en outre la somme de 250,00 €');
    const rien = genererLettre('mise-en-demeure', donnees([avec('P4', { minimum: '100.00', exigibleA: '2024-06-01' })]));
    expect(rien.texte).not.toContain('CLAUSE PÉNALE');
  });

  it('the percentage is written as the clause writes it: 12,5 % of 10 000 € → 1 250,00 €', () => {
    const m = plat(genererLettre('mise-en-demeure', donnees([avec('P6', { pourcentage: '12.5', exigibleA: '2024-03-01' })])).texte);
    expect(m).toContain('Facture n° P6 : 1 250,00 € (12,5 % du principal dû au 1er mars 2024 (10 000,00 €))');
  });
});
