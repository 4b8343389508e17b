import { describe, expect, it } from 'vitest';
import { calculerInteretsLegaux } from '../calculs/interets/calculerInteretsLegaux.js';
import type { CreanceEntree } from '../entites/creance.js';
import { geler } from '../../test/outils.js';
import { penalitesCreance } from './penalitesCreance.js';

const FACTURE: CreanceEntree = { id: 'F1', numeroFacture: '2025-001', montantTTC: '10000.00', dateFacture: '2025-05-01', dateEcheance: '2025-05-31', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };

describe('penalitesCreance — the claim’s penalties or interest, no field mapped by hand', () => {
  it('professional debtor: L441-10 penalties, legal reference §1.4 worked example (257.87 €)', () => {
    const p = penalitesCreance(FACTURE, { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' }, '2025-08-14');
    expect(p).toMatchObject({ nature: 'penalites', montant: '257.87', impute: '0.00', du: '257.87', joursDeRetard: 75 });
    expect(p.references).toContain('C. com. art. L441-10 II');
  });
  it('consumer: legal interest from the mise en demeure (C. civ. 1231-6, 1344-1)', () => {
    const p = penalitesCreance(FACTURE, { id: 'D2', type: 'consommateur', denomination: 'M. Martin' }, '2025-08-14', { dateMiseEnDemeure: '2025-06-15' });
    expect(p.nature).toBe('interets');
    expect(p.montant).toBe(calculerInteretsLegaux({ montant: '10000.00', dateDebut: '2025-06-15', dateFin: '2025-08-14', categorie: 'autres-cas' }).montant);
  });
  it('does not mutate its input', () => {
    expect(() => penalitesCreance(geler(structuredClone(FACTURE)), geler({ id: 'D1', type: 'professionnel' as const, denomination: 'A' }), '2025-08-14')).not.toThrow();
  });
});
