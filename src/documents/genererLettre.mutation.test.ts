// What a letter tells the creditor around its figures — the declaration's legal deadlines and warnings, the
// references it cites, where the invoices not yet due are listed — each with its rule (issue 15 item 8:
// written against the survivors of a mutation run of genererLettre.ts; docs/qualite.md, "Session 4").
import { describe, expect, it } from 'vitest';
import { EN_TROIS_FOIS, factureDixMille } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DonneesLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';

const PRO = { id: 'D1', type: 'professionnel' as const, denomination: 'Bâtiment Martin SAS' };
const facture = factureDixMille;
/** Redressement opened 15 April 2024, published in the BODACC on 25 April 2024. */
const declaration = (extra: Partial<DonneesLettre> = {}, pc: Record<string, unknown> = {}): DonneesLettre => ({
  creancier: { denomination: 'Atelier Dupont SARL' },
  debiteur: { ...PRO, procedureCollective: { type: 'redressement', dateJugement: '2024-04-15', dateBodacc: '2024-04-25', ...pc } as never },
  creances: [facture('A')],
  dateLettre: '2024-04-30',
  mandataire: { denomination: 'SELARL MJ Conseil' },
  ...extra,
});
const avert = (d: DonneesLettre, debut: string): boolean => genererLettre('declaration-de-creance', d).avertissements.some((a) => a.startsWith(debut));

describe('declaration of claims: the deadlines and warnings the creditor is given', () => {
  it('C. com. R622-24: two months from the BODACC publication of 25 April 2024 → until 25 June 2024', () => {
    const l = genererLettre('declaration-de-creance', declaration());
    expect(l.avertissements).toContain(
      "Délai de déclaration : jusqu'au 25 juin 2024 (deux mois à compter de la publication au BODACC, C. com. R622-24 ; deux mois de plus pour un créancier établi hors de France métropolitaine).",
    );
  });

  it('L622-26: declared after the deadline, the creditor is told of the relevé de forclusion — not on the last day itself', () => {
    expect(avert(declaration({ dateLettre: '2024-06-25' }), 'Déclaration hors délai')).toBe(false);
    expect(avert(declaration({ dateLettre: '2024-06-26' }), 'Déclaration hors délai')).toBe(true);
  });

  it('L622-24 al. 1: with a published security the delay runs from the personal notice: no "hors délai", the notice rule said instead', () => {
    const d = declaration({ dateLettre: '2024-06-26', surete: { nature: 'nantissement', publiee: true } });
    expect(avert(d, 'Déclaration hors délai')).toBe(false);
    expect(avert(d, 'Sûreté publiée')).toBe(true);
    expect(avert(declaration({ surete: { nature: 'nantissement', publiee: false } }), 'Sûreté publiée')).toBe(false);
  });

  it('BODACC date unknown: the creditor is told the delay runs from that publication (no date given)', () => {
    const d = declaration({}, { dateBodacc: undefined });
    expect(avert(d, 'Date de publication au BODACC inconnue')).toBe(true);
    expect(avert(d, 'Délai de déclaration')).toBe(false);
    expect(avert(declaration(), 'Date de publication au BODACC inconnue')).toBe(false);
  });

  it('L622-17: a claim born on or after the opening judgment is flagged (not declared); one born the day before is not', () => {
    expect(avert(declaration({ creances: [facture('A', { dateExecution: '2024-04-15' })] }), 'La facture A semble née après')).toBe(true);
    expect(avert(declaration({ creances: [facture('A', { dateExecution: '2024-04-14' })] }), 'La facture A semble née après')).toBe(false);
    // Without a delivery date, the invoice date decides.
    expect(avert(declaration({ creances: [facture('A', { dateFacture: '2024-04-15', dateEcheance: '2024-05-15' })] }), 'La facture A semble née après')).toBe(true);
  });

  it('R622-23 3°: a contested claim asks for the court seized, unless it is given', () => {
    const contestee = [facture('A', { contestee: true })];
    expect(avert(declaration({ creances: contestee }), 'Une facture est contestée')).toBe(true);
    expect(avert(declaration({ creances: contestee, juridictionSaisie: 'tribunal de commerce de Lyon' }), 'Une facture est contestée')).toBe(false);
    expect(avert(declaration(), 'Une facture est contestée')).toBe(false);
    // One contested invoice among several is enough.
    expect(avert(declaration({ creances: [facture('A'), facture('B', { contestee: true })] }), 'Une facture est contestée')).toBe(true);
  });

  it('in a liquidation, the addressee (liquidateur) is to be checked unless the mandataire’s quality is given', () => {
    expect(avert(declaration({}, { type: 'liquidation' }), 'En liquidation judiciaire')).toBe(true);
    expect(avert(declaration({ mandataire: { denomination: 'SELARL MJ Conseil', qualite: 'liquidateur' } }, { type: 'liquidation' }), 'En liquidation judiciaire')).toBe(false);
    expect(avert(declaration(), 'En liquidation judiciaire')).toBe(false);
  });

  it('cites the texts of the declaration (L622-24, L622-25, R622-23, R622-24, L622-28)', () => {
    expect(genererLettre('declaration-de-creance', declaration()).references).toEqual(
      expect.arrayContaining(['C. com. art. L622-24', 'C. com. art. L622-25', 'C. com. art. R622-23', 'C. com. art. R622-24', 'C. com. art. L622-28']),
    );
  });
});

describe('the other letters', () => {
  const d: DonneesLettre = { creancier: { denomination: 'Atelier Dupont SARL' }, debiteur: PRO, creances: [facture('A')], dateLettre: '2024-04-30' };

  it('a contested invoice in a reminder: the creditor is warned to check the dispute first, with the claim’s index', () => {
    const l = genererLettre('relance-ferme', { ...d, creances: [facture('A'), facture('B', { contestee: true })] });
    expect(l.avertissements).toContain('La facture B est contestée : vérifiez la contestation avant d\'envoyer cette lettre (créances [1]).');
    expect(genererLettre('relance-ferme', d).avertissements.some((a) => a.includes('est contestée'))).toBe(false);
  });

  it('a mise en demeure cites C. civ. 1344 and 1344-1; a collection agency’s letter CPCE R124-4 and L111-8', () => {
    expect(genererLettre('mise-en-demeure', d).references).toEqual(expect.arrayContaining(['C. civ. art. 1344', 'C. civ. art. 1344-1']));
    const agence = genererLettre('lettre-agence-recouvrement', { ...d, agence: { denomination: 'Recouvre Vite SAS' }, reference: 'R-1', modesPaiement: ['virement'] });
    expect(agence.references).toEqual(expect.arrayContaining(['CPCE art. R124-4', 'CPCE art. L111-8']));
  });

  it('nothing exigible yet: the refusal says the invoice is not due, and when (C. com. L441-10 II: nothing before the due date)', () => {
    expect(() => genererLettre('relance-amiable', { ...d, creances: [facture('A', { dateEcheance: '2024-06-30' })] })).toThrow(
      "La facture A n'est pas échue au 2024-04-30 (échéance le 2024-06-30) : rien ne peut encore être réclamé (créance non exigible).",
    );
  });

  it('accessories waived on every invoice: the mise en demeure does not invoke C. civ. 1344-1 (interest from the notice); every reference cites a text', () => {
    const l = genererLettre('mise-en-demeure', d, { parCreance: { A: { dateAbandonAccessoires: '2024-03-01' } } });
    expect(l.montants.total).toBe('10000.00');
    expect(l.references).toContain('C. civ. art. 1344');
    expect(l.references).not.toContain('C. civ. art. 1344-1');
    for (const r of l.references) expect(r).toMatch(/^(C\. |CPCE |CJA |Loi )/);
    const pub = genererLettre('mise-en-demeure', { ...d, debiteur: { id: 'D3', type: 'personne-publique', denomination: 'Commune de Lyon' } }, { parCreance: { A: { dateAbandonAccessoires: '2024-03-01' } } });
    for (const r of pub.references) expect(r).toMatch(/^(C\. |CPCE |CJA |Loi )/);
  });

  it('a public buyer whose claim excludes the 40 € (options.accessoires): the mise en demeure does not cite D2192-35', () => {
    const pub = { id: 'D3', type: 'personne-publique' as const, denomination: 'Commune de Lyon' };
    const l = genererLettre('mise-en-demeure', { ...d, debiteur: pub }, { parCreance: { A: { accessoires: { indemnite: false } } } });
    expect(l.montants.indemnite).toBe('0.00');
    expect(l.references).not.toContain('C. commande publique art. D2192-35');
    expect(l.references).toContain('C. commande publique art. R2192-31');
  });

  it('an invoice not yet due is listed before the closing "Si votre règlement…" when the letter has one, else at the end of the body', () => {
    const deux = [facture('A'), facture('B', { dateEcheance: '2024-06-30' })];
    const relance = genererLettre('relance-amiable', { ...d, creances: deux }).texte;
    expect(relance.indexOf('Pour information')).toBeGreaterThan(relance.indexOf('Si vous rencontrez une difficulté'));
    expect(relance.indexOf('Pour information')).toBeLessThan(relance.indexOf('Si votre règlement'));
    const agence = genererLettre('lettre-agence-recouvrement', { ...d, creances: deux, agence: { denomination: 'Recouvre Vite SAS' }, reference: 'R-1', modesPaiement: ['virement'] }).texte;
    expect(agence.indexOf('Pour information')).toBeGreaterThan(agence.indexOf('Merci de rappeler la référence'));
    expect(agence.indexOf('Pour information')).toBeLessThan(agence.indexOf('Nous vous prions d’agréer'));
  });
});

describe('which late invoices are lines of the letter (rienAReclamer; C. civ. 1305-2, C. com. D441-5)', () => {
  const d = (creances: CreanceEntree[]): DonneesLettre => ({ creancier: { denomination: 'Atelier Dupont SARL' }, debiteur: PRO, creances, dateLettre: '2025-03-01' });
  /** EN_TROIS_FOIS (1 200 € in three instalments of 400 € due 14 February, 14 March and 14 April 2025), as invoice E. */
  const enTroisFois = (paiements: CreanceEntree['paiements']): CreanceEntree => ({ ...EN_TROIS_FOIS, id: 'E', numeroFacture: 'E', paiements });

  it('a late invoice with nothing left to claim is not a line of the letter, and the letter says so: one paid in full on its due date (warning naming it), one in instalments whose first was paid on its due date (its other two listed à échoir)', () => {
    const payeeALEcheance = facture('B', { paiements: [{ date: '2024-01-31', montant: '10000.00' }] });
    const l = genererLettre('relance-ferme', d([facture('A'), payeeALEcheance, enTroisFois([{ date: '2025-02-14', montant: '400.00' }])]));
    expect(l.montants.factures.map((f) => [f.numeroFacture, f.total])).toEqual([['A', l.montants.total]]);
    expect(l.avertissements).toContain("La facture B ne laisse rien à réclamer au 1er mars 2025 : elle n'est pas reprise dans la lettre (créances [1]).");
    expect(l.avertissements.filter((a) => a.includes('ne laisse rien à réclamer'))).toHaveLength(1);
    expect(l.texte).not.toMatch(/n° B\b/);
    expect(l.montants.aEchoir).toEqual([
      { numeroFacture: 'E', dateEcheance: '2025-03-14', montant: '400.00' },
      { numeroFacture: 'E', dateEcheance: '2025-04-14', montant: '400.00' },
    ]);
  });

  it('a late invoice paid late in full still owes its accessories: it stays a line (C. com. L441-10 II, D441-5)', () => {
    const payeeEnRetard = facture('B', { paiements: [{ date: '2025-02-20', montant: '10000.00' }] });
    const l = genererLettre('relance-ferme', d([facture('A'), payeeEnRetard]));
    const b = l.montants.factures.find((f) => f.numeroFacture === 'B');
    // 10 000 € paid 20 February 2025 for a debt due 31 January 2024: imputed on the accessories first (C. civ. 1343-1), part of the principal is left.
    expect(b?.indemnite).toBe('40.00');
    expect(b?.total).not.toBe('0.00');
    expect(l.avertissements.some((a) => a.includes('ne laisse rien à réclamer'))).toBe(false);
  });

  it('the déclaration de créance keeps every invoice (C. com. L622-24): no invoice is left out for having nothing due', () => {
    const payee = facture('B', { paiements: [{ date: '2024-01-31', montant: '10000.00' }] });
    const dd = declaration({ creances: [facture('A'), payee] });
    const l = genererLettre('declaration-de-creance', dd);
    expect(l.montants.factures.map((f) => f.numeroFacture)).toEqual(['A', 'B']);
    expect(l.avertissements.some((a) => a.includes('ne laisse rien à réclamer'))).toBe(false);
  });

  it('C. com. D441-5: the first instalment paid late (20 February), principal first and penalties not claimed: the 40 € is still claimed, the invoice is a line of the letter; the two other instalments are listed à échoir', () => {
    const l = genererLettre('relance-ferme', d([enTroisFois([{ date: '2025-02-20', montant: '400.00' }])]), {
      imputation: 'principal-d-abord',
      parCreance: { E: { accessoires: { penalites: false } } },
    });
    expect(l.montants.factures.map((f) => [f.numeroFacture, f.principal, f.indemnite, f.total])).toEqual([['E', '0.00', '40.00', '40.00']]);
    expect(l.montants.total).toBe('40.00');
    expect(l.montants.aEchoir.map((a) => a.dateEcheance)).toEqual(['2025-03-14', '2025-04-14']);
  });
});
