// A letter for several invoices of one debtor (issue 17): the invoices not yet late are listed "à échoir",
// apart, never claimed — nothing is exigible before the due date and penalties run from the day after it
// (C. com. L441-10 II) — instead of refusing the whole letter.
import { describe, expect, it } from 'vitest';
import { codeErreur } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { DonneesLettre, ModeleLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';

const facture = (numero: string, dateEcheance: string, montantTTC = '1200.00'): CreanceEntree => ({
  id: numero,
  numeroFacture: numero,
  montantTTC,
  dateFacture: '2025-03-01',
  dateEcheance,
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
});
const DEBITEUR = { id: 'D1', type: 'professionnel' as const, denomination: 'Bâtiment Martin SAS' };
const donnees = (creances: CreanceEntree[], dateLettre = '2025-05-02'): DonneesLettre => ({
  creancier: { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } },
  debiteur: DEBITEUR,
  creances,
  dateLettre,
});
const plat = (t: string): string => t.replace(/\s+/g, ' ');

describe('genererLettre — invoices not yet late listed "à échoir" (C. com. L441-10 II)', () => {
  const echue = facture('F-1', '2025-03-31');
  const aEchoir = { ...facture('F-2', '2025-05-31', '960.00'), paiements: [{ date: '2025-04-15', montant: '160.00' }] };

  for (const modele of ['relance-amiable', 'relance-ferme', 'mise-en-demeure'] as const satisfies readonly ModeleLettre[]) {
    it(`${modele}: claims the late invoice only, lists the other apart with what it owes (situationCreance)`, () => {
      const l = genererLettre(modele, donnees([echue, aEchoir]));
      const seule = genererLettre(modele, donnees([echue]));
      expect(l.montants.total).toBe(seule.montants.total);
      expect(l.montants.factures.map((f) => f.numeroFacture)).toEqual(['F-1']);
      expect(l.montants.aEchoir).toEqual([{ numeroFacture: 'F-2', dateEcheance: '2025-05-31', montant: situationCreance(aEchoir, DEBITEUR, '2025-05-02').totalDu }]);
      expect(l.montants.aEchoir[0]!.montant).toBe('800.00');
      expect(l.objet).toBe(seule.objet);
      expect(plat(l.texte)).toContain('Pour information, la facture suivante n’est pas encore échue : elle n’est pas réclamée par la présente et reste payable à son échéance.');
      expect(plat(l.texte)).toContain('Facture n° F-2 du 1er mars 2025 : 800,00 €, à échoir le 31 mai 2025');
      expect(l.html).toContain('à échoir le 31 mai 2025');
    });
  }

  it('boundary: an invoice due on the letter’s day is not late yet (penalties from the next day): listed à échoir', () => {
    const l = genererLettre('relance-amiable', donnees([echue, facture('F-3', '2025-05-02')]));
    expect(l.montants.aEchoir.map((f) => f.numeroFacture)).toEqual(['F-3']);
    expect(genererLettre('relance-amiable', donnees([echue, facture('F-3', '2025-05-01')])).montants.aEchoir).toEqual([]);
  });

  it('several à échoir in the plural; a letter where no invoice is late is still refused (nothing exigible)', () => {
    const l = genererLettre('relance-ferme', donnees([echue, facture('F-4', '2025-06-30'), facture('F-5', '2025-07-31')]));
    expect(plat(l.texte)).toContain('les factures suivantes ne sont pas encore échues');
    expect(codeErreur(() => genererLettre('relance-amiable', donnees([facture('F-4', '2025-06-30'), facture('F-5', '2025-07-31')])))).toBe('OPERATION_INTERDITE');
  });

  it('one invoice alone, late: the letter is as before (no à échoir)', () => {
    expect(genererLettre('mise-en-demeure', donnees([echue])).montants.aEchoir).toEqual([]);
  });
});
