// Issue 16: a letter written while a partial dispute is open (e-invoicing 206, 207 with CNP) claims only the
// undisputed part: the claim's statement (situationCreance) minus the disputed amount, stated apart.
import { describe, expect, it } from 'vitest';
import { RecouvrementError } from '../socle/erreurs.js';
import { genererLettre } from './genererLettre.js';
import type { DonneesLettre } from './donnees.js';

const donnees: DonneesLettre = {
  creancier: { denomination: 'Atelier Dupont SARL' },
  debiteur: { id: 'D1', type: 'professionnel', denomination: 'Bâtiment Martin SAS' },
  creances: [
    { id: 'F1', numeroFacture: '2025-001', montantTTC: '10000.00', dateFacture: '2025-05-01', dateEcheance: '2025-05-31', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
  ],
  dateLettre: '2025-08-14',
};
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return e.code;
    throw e;
  }
  return 'aucune';
};

describe('genererLettre: options.montantConteste (partial dispute)', () => {
  it.each(['relance-amiable', 'relance-ferme', 'mise-en-demeure'] as const)('%s claims the total owed minus the disputed part, and says so', (modele) => {
    const entiere = genererLettre(modele, donnees);
    const l = genererLettre(modele, donnees, { montantConteste: '1500.00' });
    // the same statement (one answer), the disputed part set apart
    expect(l.montants.total).toBe(entiere.montants.total);
    expect(l.montants.total).toBe('10297.87');
    expect(l.montants.conteste).toBe('1500.00');
    expect(l.montants.reclame).toBe('8797.87');
    expect(entiere.montants.reclame).toBe(entiere.montants.total);
    const texte = l.texte.replace(/\s+/g, ' ');
    expect(texte).toContain('Vous contestez une partie de cette somme, soit 1 500,00 €');
    expect(texte).toContain('partie non contestée : 8 797,87 € (10 297,87 € dus, moins 1 500,00 € contestés)');
    expect(texte).toMatch(/régler la somme de 8 797,87 €|en demeure de nous régler la somme de 8 797,87 €/);
    expect(l.html).toContain('Vous contestez une partie de cette somme');
  });

  it('refuses what cannot be claimed: nothing undisputed (OPERATION_INTERDITE), a bad amount, a declaration of claim (ENTREE_INVALIDE)', () => {
    expect(code(() => genererLettre('relance-ferme', donnees, { montantConteste: '20000.00' }))).toBe('OPERATION_INTERDITE');
    expect(code(() => genererLettre('relance-ferme', donnees, { montantConteste: '0.00' }))).toBe('ENTREE_INVALIDE');
    expect(code(() => genererLettre('relance-ferme', donnees, { montantConteste: '12,50' as never }))).toBe('ENTREE_INVALIDE');
    const pc = { ...donnees, debiteur: { ...donnees.debiteur, procedureCollective: { type: 'redressement' as const, dateJugement: '2025-07-01', dateBodacc: '2025-07-10' } }, mandataire: { denomination: 'Me Martin' } };
    expect(code(() => genererLettre('declaration-de-creance', pc, { montantConteste: '100.00' }))).toBe('ENTREE_INVALIDE');
  });
});
