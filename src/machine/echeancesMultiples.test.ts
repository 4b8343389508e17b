// A dossier on an invoice payable in several terms (`Creance.echeances`): the machine reads what is owed
// through situationCreance (penalties per instalment from its own due date, C. com. L441-10 II; the 40 € once
// per invoice, D441-5), so its situation is the statement's.
import { describe, expect, it } from 'vitest';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import { avancerDossier, creerDossier } from './dossier.js';
import { EN_TROIS_FOIS as FACTURE_EN_TROIS_FOIS } from '../../test/outils.js';

const EN_TROIS_FOIS: CreanceEntree = { ...FACTURE_EN_TROIS_FOIS, paiements: [{ date: '2025-03-20', montant: '500.00' }] };
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
