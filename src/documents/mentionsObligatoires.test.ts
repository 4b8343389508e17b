import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { mentionsObligatoires } from './mentionsObligatoires.js';
import { verifierMentions } from './verifierMentions.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, codeEtChemin, geler } from '../../test/outils.js';

describe('mentionsObligatoires — C. com. L441-9 I', () => {
  it('gives the four payment mentions: exact due date, discount, penalty rate with its basis, 40 € (D441-5)', () => {
    const m = mentionsObligatoires({ dateEcheance: '2025-08-31' });
    expect(m.mentions.map((x) => x.code)).toEqual(['date-echeance', 'escompte', 'penalites', 'indemnite-forfaitaire']);
    expect(m.texte.split('\n')).toEqual([
      "Date d'échéance : 31 août 2025.",
      "Pas d'escompte pour paiement anticipé.",
      "Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire : taux de refinancement de la BCE majoré de 10 points, soit 12,15\u00a0% l'an pour le second semestre 2025 (C. com. art. L441-10 II).",
      'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00\u00a0€ (C. com. art. L441-10 II et D441-5).',
    ]);
    expect(m.references).toEqual(['C. com. art. L441-9 I', 'C. com. art. L441-10 II', 'C. com. art. D441-5']);
  });
  it('the rate figure is the calculator’s for the first day of delay (30 June → 1 July takes the H2 rate)', () => {
    expect(mentionsObligatoires({ dateEcheance: '2025-06-30' }).texte).toContain('12,15\u00a0% l\'an pour le second semestre 2025');
    expect(mentionsObligatoires({ dateEcheance: '2025-06-29' }).texte).toContain('13,15\u00a0% l\'an pour le premier semestre 2025');
  });
  it('states the rule without the figure when the half-year is not in the tables yet', () => {
    const m = mentionsObligatoires({ dateEcheance: '2027-03-31' });
    expect(m.texte).toContain('taux de refinancement de la BCE majoré de 10 points (C. com. art. L441-10 II)');
    expect(m.avertissements.join(' ')).toMatch(/premier semestre 2027 inconnus/);
  });
  it('contractual rate, discount, public buyer', () => {
    const c = mentionsObligatoires({ dateEcheance: '2025-08-31', taux: { mode: 'contractuel', tauxAnnuel: '15' }, escompte: { taux: '1.5', conditions: 'sous 10 jours' } });
    expect(c.texte).toContain('taux annuel de 15,00\u00a0%');
    expect(c.texte).toContain('Escompte de 1,50\u00a0% pour paiement anticipé sous 10 jours.');
    const p = mentionsObligatoires({ dateEcheance: '2025-08-31', regime: 'public' });
    expect(p.texte).toMatch(/majoré de 8 points.*R2192-31/);
  });
  it('C. com. L441-10 II, L441-16: a contractual rate below the floor is refused, never printed (2024-H2 floor 3 × 4.92 % = 14.76 %)', () => {
    const bas = () => mentionsObligatoires({ dateEcheance: '2024-08-31', taux: { mode: 'contractuel', tauxAnnuel: '5' } });
    expect(codeEtChemin(bas)).toEqual(['ENTREE_INVALIDE', ['taux', 'tauxAnnuel']]);
    expect(bas).toThrow(/plancher légal de 14,76\u00a0%.*L441-16/);
    expect(mentionsObligatoires({ dateEcheance: '2024-08-31', taux: { mode: 'contractuel', tauxAnnuel: '14.76' } }).texte).toContain('taux annuel de 14,76\u00a0%');
  });
  it('the discount says "pour paiement" once', () => {
    const e = mentionsObligatoires({ dateEcheance: '2025-08-31', escompte: { taux: '2', conditions: 'pour paiement à 10 jours' } });
    expect(e.texte).toContain('Escompte de 2,00\u00a0% pour paiement à 10 jours.');
    expect(e.texte).not.toMatch(/pour paiement.*pour paiement/);
  });
  it('no indemnity mention for a due date before 1 January 2013 (D441-5 in force)', () => {
    const m = mentionsObligatoires({ dateEcheance: '2012-12-31' });
    expect(m.mentions.map((x) => x.code)).not.toContain('indemnite-forfaitaire');
    expect(m.notes.map((n) => n.code)).toEqual(['PMD', 'AAB']);
  });
  it('e-invoicing notes PMD / PMT / AAB carry the same texts; PMT and PMD still required (BR-FR-05), each code once (BR-FR-06)', () => {
    const m = mentionsObligatoires({ dateEcheance: '2025-08-31' });
    expect(m.notes.map((n) => n.code)).toEqual(['PMD', 'PMT', 'AAB']);
    expect(m.notes.map((n) => n.texte)).toEqual([m.mentions[2]!.texte, m.mentions[3]!.texte, m.mentions[1]!.texte]);
    expect(m.avertissements.join(' ')).toMatch(/PMT et PMD restent exigées \(règle BR-FR-05.*BR-FR-06.*PARTIEL/);
    expect(m.avertissements.join(' ')).not.toMatch(/peuvent ne plus|may stop/);
  });
  it('BR-FR-06: whatever the parameters, each note code appears at most once; BR-FR-05: PMD always, PMT flagged when absent', () => {
    fc.assert(
      fc.property(arbDate('2010-01-01', '2030-12-31'), fc.boolean(), fc.constantFrom('b2b' as const, 'public' as const), (d, esc, regime) => {
        const m = mentionsObligatoires({ dateEcheance: d, regime, ...(esc ? { escompte: { taux: '2' } } : {}) });
        const codes = m.notes.map((n) => n.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes).toContain('PMD');
        if (!codes.includes('PMT')) expect(m.avertissements.join(' ')).toMatch(/Pas de note PMT.*BR-FR-05/);
      }),
      { numRuns: runs(60) },
    );
  });
  it('the four reform mentions (CGI annexe II art. 242 nonies A, décret n° 2022-1299) are printed when their data are given', () => {
    const m = mentionsObligatoires({
      dateEcheance: '2025-08-31',
      sirenAcheteur: '732829320',
      adresseLivraison: '12 rue des Lilas\n69003 Lyon',
      categorieOperation: 'mixte',
      optionTvaDebits: true,
    });
    expect(m.mentions.slice(4)).toEqual([
      { code: 'siren-acheteur', texte: 'SIREN du client : 732 829 320.', reference: 'CGI annexe II art. 242 nonies A (décret n° 2022-1299)' },
      { code: 'adresse-livraison', texte: 'Adresse de livraison : 12 rue des Lilas, 69003 Lyon.', reference: 'CGI annexe II art. 242 nonies A (décret n° 2022-1299)' },
      { code: 'categorie-operation', texte: "Catégorie de l'opération : livraison de biens et prestation de services.", reference: 'CGI annexe II art. 242 nonies A (décret n° 2022-1299)' },
      { code: 'option-tva-debits', texte: "Option pour le paiement de la taxe d'après les débits.", reference: 'CGI annexe II art. 242 nonies A (décret n° 2022-1299)' },
    ]);
    expect(m.references).toContain('CGI annexe II art. 242 nonies A (décret n° 2022-1299)');
    expect(verifierMentions(m.texte, { facturationElectronique: { adresseLivraisonDifferente: true, optionTvaDebits: true } }).conforme).toBe(true);
    // without data, nothing is printed; `optionTvaDebits: false` prints nothing either
    expect(mentionsObligatoires({ dateEcheance: '2025-08-31', optionTvaDebits: false }).mentions).toHaveLength(4);
  });
  it('reform mentions: a bad SIREN or category is refused with its path; a SIREN failing the Luhn key is flagged', () => {
    expect(codeEtChemin(() => mentionsObligatoires({ dateEcheance: '2025-08-31', sirenAcheteur: '12345' }))).toEqual(['ENTREE_INVALIDE', ['sirenAcheteur']]);
    expect(codeEtChemin(() => mentionsObligatoires({ dateEcheance: '2025-08-31', categorieOperation: 'autre' as never }))).toEqual(['ENTREE_INVALIDE', ['categorieOperation']]);
    expect(mentionsObligatoires({ dateEcheance: '2025-08-31', sirenAcheteur: '732829321' }).avertissements.join(' ')).toMatch(/clé de Luhn/);
  });
  it('rejects bad input with a path; refuses consumer invoices', () => {
    expect(codeEtChemin(() => mentionsObligatoires({ dateEcheance: '2025-02-30' }))).toEqual(['ENTREE_INVALIDE', ['dateEcheance']]);
    expect(codeEtChemin(() => mentionsObligatoires({ dateEcheance: '2025-02-28', regime: 'b2c' as 'b2b' }))).toEqual(['ENTREE_INVALIDE', ['regime']]);
    expect(codeEtChemin(() => mentionsObligatoires({ dateEcheance: '2025-02-28', escompte: { taux: '1,5' } }))).toEqual(['ENTREE_INVALIDE', ['escompte', 'taux']]);
  });
  it('properties: the generated mentions always pass verifierMentions, and the rate is the calculator’s', () => {
    fc.assert(
      fc.property(arbDate('2013-01-01', '2026-05-31'), (d) => {
        const m = mentionsObligatoires({ dateEcheance: d });
        expect(verifierMentions(m.texte).conforme).toBe(true);
        const taux = calculerPenalitesRetard({ montant: '100.00', dateEcheance: d, dateCalcul: formaterDate(lireDate(d) + 1) }).periodes[0]!.tauxAnnuel;
        expect(m.texte).toContain(`${taux.replace('.', ',')}\u00a0%`);
      }),
      { numRuns: runs(200) },
    );
  });
  it('does not mutate its input', () => {
    const p = geler({ dateEcheance: '2025-08-31', taux: { mode: 'contractuel' as const, tauxAnnuel: '15' }, escompte: { taux: '1' } });
    expect(() => mentionsObligatoires(p)).not.toThrow();
  });
});
