/** The statement with an indexed rate (issue 17): `penalites.mode` names it, the figures are the engine's. */
import { describe, expect, it } from 'vitest';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from './situationCreance.js';

const FACTURE: CreanceEntree = {
  id: 'F1', numeroFacture: '2025-001', montantTTC: '10000.00', dateFacture: '2025-05-01', dateEcheance: '2025-05-31',
  paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false,
};
const PRO = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' } as const;

describe('situationCreance — indexed rates (C. com. L441-10 II; CMF L313-2)', () => {
  it('"trois fois le taux d\'intérêt légal": penalites.mode names it, the periods are the calculator\'s (193.56 € to 14 August 2025)', () => {
    const taux = { mode: 'multiple-taux-legal', multiple: '3' } as const;
    const s = situationCreance({ ...FACTURE, tauxPenalites: taux }, PRO, '2025-08-14');
    const r = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', taux });
    expect(s.penalites.mode).toBe('multiple-taux-legal');
    expect(s.penalites.couru).toBe('193.56');
    expect(s.penalites.periodes).toEqual(r.periodes);
    expect(s.penalites.references).toEqual(['C. com. art. L441-10 II', 'C. mon. fin. art. L313-2']);
  });

  it('"taux BCE + 7 points" below the floor: the floor warning reaches the statement', () => {
    const s = situationCreance({ ...FACTURE, tauxPenalites: { mode: 'bce+points', points: '7' } }, PRO, '2025-08-14');
    expect(s.penalites.mode).toBe('bce+points');
    expect(s.avertissements.some((a) => a.startsWith('Taux contractuel (taux BCE + 7 points) inférieur au plancher légal de 11.13 %'))).toBe(true);
  });
});
