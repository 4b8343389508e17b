// The 40 € in time, as situationCreance passes the claim's dates to indemniteForfaitaire (issue 14, item 4).
import { describe, expect, it } from 'vitest';
import { situationCreance } from './situationCreance.js';

const base = {
  id: 'F1',
  numeroFacture: 'F-1',
  montantTTC: '1000.00',
  paiements: [],
  nature: 'commerciale' as const,
  cause: 'contractuelle' as const,
  contestee: false,
};
const pro = { id: 'D1', type: 'professionnel' as const, denomination: 'ACME SAS' };
const commune = { id: 'P1', type: 'personne-publique' as const, denomination: 'Commune de Villeneuve' };

describe('situationCreance — the 40 € keyed on the claim’s dates', () => {
  it('décret n° 2012-1115: invoiced 2012-12-31 and due 2013-01-30 owes no 40 €; invoiced 2013-01-01, it does', () => {
    const avant = situationCreance({ ...base, dateFacture: '2012-12-31', dateEcheance: '2013-01-30' }, pro, '2013-03-01');
    expect(avant.indemnite.couru).toBe('0.00');
    expect(avant.indemnite.motif).toContain('2012-12-31');
    expect(situationCreance({ ...base, dateFacture: '2013-01-01', dateEcheance: '2013-01-31' }, pro, '2013-03-01').indemnite.couru).toBe('40.00');
  });
  it('C. commande publique D2192-35: a contract concluded on 2013-03-15 owes no 40 €, one of 2013-03-16 does', () => {
    const c = { ...base, dateFacture: '2014-01-10', dateEcheance: '2014-02-09', tauxPenalites: { mode: 'commande-publique' as const } };
    expect(situationCreance({ ...c, dateContrat: '2013-03-15' }, commune, '2014-03-01').indemnite.couru).toBe('0.00');
    const apres = situationCreance({ ...c, dateContrat: '2013-03-16' }, commune, '2014-03-01');
    expect(apres.indemnite.couru).toBe('40.00');
    expect(apres.indemnite.references).toEqual(['C. commande publique art. L2192-13', 'C. commande publique art. D2192-35']);
  });
  it('L441-10 II last sentence: due the day before the opening judgment keeps the 40 €; due on its day does not', () => {
    const pc = { ...pro, procedureCollective: { type: 'redressement' as const, dateJugement: '2025-03-15' } };
    expect(situationCreance({ ...base, dateFacture: '2025-02-01', dateEcheance: '2025-03-14' }, pc, '2025-04-01').indemnite.couru).toBe('40.00');
    expect(situationCreance({ ...base, dateFacture: '2025-02-01', dateEcheance: '2025-03-15' }, pc, '2025-04-01').indemnite.couru).toBe('0.00');
  });
});
