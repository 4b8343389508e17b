import { describe, expect, it } from 'vitest';
import type { CreanceEntree } from '../entites/creance.js';
import { codeEtChemin, geler } from '../../test/outils.js';
import { prescriptionCreance } from './prescriptionCreance.js';

const FACTURE: CreanceEntree = {
  id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-20', dateExecution: '2025-01-15', dateEcheance: '2025-02-14',
  paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false,
};
const PRO = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' } as const;

describe('prescriptionCreance — the claim’s prescription, no field mapped by hand', () => {
  it('5 years from the delivery (dateExecution), not the invoice (C. com. L110-4, C. civ. 2224)', () => {
    expect(prescriptionCreance(FACTURE, PRO).dateLimite).toBe('2030-01-15');
  });
  it('a partial payment acknowledges the debt and restarts the delay (C. civ. 2240; legal reference §6.2)', () => {
    const r = prescriptionCreance({ ...FACTURE, paiements: [{ date: '2025-03-16', montant: '200.00' }] }, PRO);
    expect(r.dateLimite).toBe('2030-03-16');
    expect(r.references).toContain('C. civ. art. 2240');
  });
  it('2 years for a consumer claim on a consumer (C. conso. L218-2), 5 for a non-professional legal person', () => {
    const c = { ...FACTURE, nature: 'consommation' as const };
    expect(prescriptionCreance(c, { id: 'D2', type: 'consommateur', denomination: 'M. Martin' }).dureeAnnees).toBe(2);
    expect(prescriptionCreance(c, { id: 'D3', type: 'non-professionnel', denomination: 'SCI' }).dureeAnnees).toBe(5);
  });
  it('a titre exécutoire: 10 years from it (CPCE L111-4)', () => {
    const r = prescriptionCreance({ ...FACTURE, titreExecutoire: { date: '2025-06-01', nature: 'jugement' } }, PRO);
    expect(r).toMatchObject({ dateLimite: '2035-06-01', dureeAnnees: 10 });
  });
  it('without dateExecution: counted from the invoice, flagged', () => {
    const { dateExecution: _d, ...sans } = FACTURE;
    const r = prescriptionCreance(sans, PRO, { dateCalcul: '2026-01-01' });
    expect(r.dateLimite).toBe('2030-01-20');
    expect(r.avertissements[0]).toMatch(/Date d'exécution inconnue/);
    expect(r.prescrite).toBe(false);
  });
  it('bad input, with the path; does not mutate its input', () => {
    expect(codeEtChemin(() => prescriptionCreance({ ...FACTURE, dateExecution: '2025-02-30' }, PRO))).toEqual(['ENTREE_INVALIDE', ['creance', 'dateExecution']]);
    expect(() => prescriptionCreance(geler(structuredClone(FACTURE)), geler({ ...PRO }))).not.toThrow();
  });
});
