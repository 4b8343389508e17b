// A dossier on an invoice payable in several terms (`Creance.echeances`): the machine reads what is owed
// through situationCreance (penalties per instalment from its own due date, C. com. L441-10 II; the 40 € once
// per invoice, D441-5), so its situation is the statement's.
import { describe, expect, it } from 'vitest';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import { avancerDossier, creerDossier } from './dossier.js';

const EN_TROIS_FOIS: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-04-14',
  echeances: [
    { date: '2025-02-14', montant: '400.00' },
    { date: '2025-03-14', montant: '400.00' },
    { date: '2025-04-14', montant: '400.00' },
  ],
  paiements: [{ date: '2025-03-20', montant: '500.00' }],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const PRO = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' } as const;

describe('creerDossier — a claim with echeances', () => {
  it('is accepted, and its situation is situationCreance’s (penalties per instalment, one 40 €)', () => {
    const dossier = creerDossier({ creance: EN_TROIS_FOIS, debiteur: PRO });
    expect(dossier.context.creance.echeances).toHaveLength(3);
    const { situation } = avancerDossier(dossier, [], { aujourdhui: '2025-04-30' });
    const s = situationCreance(EN_TROIS_FOIS, PRO, '2025-04-30');
    expect(situation).toMatchObject({ principalDu: s.principalDu, penalites: s.penalites.couru, indemnite: s.indemnite.couru, totalDu: s.totalDu });
    expect(s.principalDu).toBe('745.76');
  });
});
