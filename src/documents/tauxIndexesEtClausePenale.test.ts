/**
 * Issue 17 in the documents: indexed rates printed in words as French terms of sale write them (invoice
 * mentions, C. com. L441-9 / L441-10 II) and named in the letters; the clause pénale (C. civ. 1231-5) shown
 * apart in the mise en demeure, its warnings given to the creditor.
 */
import { describe, expect, it } from 'vitest';
import { erreur } from '../../test/outils.js';
import type { DonneesLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';
import { mentionsObligatoires } from './mentionsObligatoires.js';
import { verifierMentions } from './verifierMentions.js';

const penalites = (m: ReturnType<typeof mentionsObligatoires>): string => m.mentions.find((x) => x.code === 'penalites')!.texte;

describe('mentionsObligatoires — indexed rates in words (C. com. L441-10 II)', () => {
  it('"trois fois le taux d\'intérêt légal", with the figure of the first half-year of delay', () => {
    const m = mentionsObligatoires({ dateEcheance: '2025-08-31', taux: { mode: 'multiple-taux-legal', multiple: '3' } });
    expect(penalites(m)).toBe(
      "Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire : trois fois le taux d'intérêt légal, soit 8,28\u00a0% l'an pour le second semestre 2025 (C. com. art. L441-10 II).",
    );
    expect(verifierMentions(m.texte).presentes).toContain('penalites');
  });

  it('"le taux d\'intérêt légal majoré de 5 points" (creditor natural person: its category named)', () => {
    const m = mentionsObligatoires({ dateEcheance: '2025-08-31', taux: { mode: 'taux-legal+points', points: '5', categorie: 'creancier-particulier' } });
    expect(penalites(m)).toContain(
      " : le taux d'intérêt légal applicable aux créances des personnes physiques n'agissant pas pour des besoins professionnels majoré de 5 points, soit 11,65\u00a0% l'an",
    );
    expect(verifierMentions(m.texte).presentes).toContain('penalites');
  });

  it('"le taux directeur de la BCE majoré de 7 points", anchored on 1 January / 1 July', () => {
    const m = mentionsObligatoires({ dateEcheance: '2025-08-31', taux: { mode: 'bce+points', points: '7.5' } });
    expect(penalites(m)).toContain(
      ' : le taux directeur de la BCE (taux de refinancement en vigueur au 1er janvier ou au 1er juillet de chaque semestre) majoré de 7,5 points, soit 9,65\u00a0%',
    );
    expect(verifierMentions(m.texte).presentes).toContain('penalites');
  });

  it('L441-10 II, L441-16: a clause below 3 × taux légal on the first day of delay is refused, as a fixed contractual rate is', () => {
    const e = erreur(() => mentionsObligatoires({ dateEcheance: '2025-05-31', taux: { mode: 'taux-legal+points', points: '5' } }));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(['taux']);
    expect(e.message).toContain("le taux d'intérêt légal majoré de 5 points");
  });

  it('other multiples: "deux fois", "2,5 fois", "dix fois"', () => {
    const t = (multiple: string): string => penalites(mentionsObligatoires({ dateEcheance: '2025-08-31', taux: { mode: 'multiple-taux-legal', multiple, sousPlancher: 'bce+10' } }));
    expect(t('10')).toContain(' : dix fois le taux');
    expect(() => t('2.5')).toThrow(/inférieur au plancher/);
  });
});

const CREANCE = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '10000.00',
  dateFacture: '2025-05-01',
  dateEcheance: '2025-05-31',
  paiements: [],
  nature: 'commerciale' as const,
  cause: 'contractuelle' as const,
  contestee: false,
};
const B2B: DonneesLettre = {
  creancier: { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' }, siren: '732829320' },
  debiteur: { id: 'D1', type: 'professionnel', denomination: 'Bâtiment Martin SAS', adresse: { lignes: ['4 avenue Foch'], codePostal: '75016', ville: 'Paris' }, commercant: true },
  creances: [CREANCE],
  dateLettre: '2025-08-14',
  lieu: 'Lyon',
  signataire: { nom: 'Claire Dupont', qualite: 'Gérante' },
};

describe('letters — the rate mode named, the clause pénale apart', () => {
  it('L441-10 II: the mise en demeure names an indexed clause, and says when it was raised to the floor', () => {
    const a = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, tauxPenalites: { mode: 'multiple-taux-legal', multiple: '3' } }] });
    expect(a.texte.replace(/\s+/g, ' ')).toContain('des pénalités de retard au taux convenu (trois fois le taux d’intérêt légal), qui ne peut être inférieur à trois fois le taux de l’intérêt légal.');
    const b = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, tauxPenalites: { mode: 'bce+points', points: '7' } }] });
    expect(b.texte.replace(/\s+/g, ' ')).toContain('au taux convenu (le taux directeur de la BCE (taux de refinancement en vigueur au 1er janvier ou au 1er juillet de chaque semestre) majoré de 7 points), porté au plancher légal');
    const c = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, tauxPenalites: { mode: 'bce+points', points: '10' } }] });
    expect(c.texte.replace(/\s+/g, ' ')).toContain('majoré de 10 points). Arrêtées');
  });

  it('C. civ. 1231-5: the clause pénale is claimed apart from the total, its warnings go to the creditor', () => {
    const l = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, clausePenale: { pourcentage: '10', minimum: '60', exigibleA: '2025-06-15' } }] });
    const sans = genererLettre('mise-en-demeure', B2B);
    const texte = l.texte.replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(texte).toContain('CLAUSE PÉNALE');
    expect(texte).toContain('En application de la clause pénale convenue (article 1231-5 du code civil), nous vous réclamons en outre la somme de 1 000,00');
    expect(texte).toContain('Facture n° 2025-001 : 1 000,00 € (10 % du principal dû au 15 juin 2025 (10 000,00 €), avec un minimum de 60,00 €)');
    expect(l.montants).toEqual(sans.montants);
    expect(l.avertissements.some((a) => a.includes('le juge peut la modérer'))).toBe(true);
    expect(l.references).toContain('C. civ. art. 1231-5');
  });
});
