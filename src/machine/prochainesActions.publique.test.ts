import { describe, expect, it } from 'vitest';
import { creanceB2B, depart, jouer } from './outils-test.js';
import { prochainesActions } from './prochainesActions.js';

describe('prochainesActions — public buyer (C. commande publique L6; CGPPP L2311-1; loi n° 80-539)', () => {
  const commune = { id: 'P1', type: 'personne-publique' as const, denomination: 'Commune de Villeneuve' };
  const creance = { ...creanceB2B, tauxPenalites: { mode: 'commande-publique' as const } };

  it('escalation lists no civil procedure but the référé-provision (before the tribunal administratif, CJA R541-1)', () => {
    const s = jouer(depart({ date: '2025-04-01', creance, debiteur: commune }), { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-04-01' }, { type: 'JOUR', date: '2025-04-20' });
    const a = prochainesActions(s, '2025-04-20').find((x) => x.type === 'engager-procedure');
    expect(a?.procedures).not.toContain('injonction-de-payer');
    expect(a?.procedures).not.toContain('procedure-simplifiee');
    expect(a?.procedures).toContain('refere-provision');
  });

  it('a title against a public person: mandatement d’office, never a commissaire de justice', () => {
    const s = jouer(
      depart({ date: '2025-04-01', creance, debiteur: commune }),
      { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-04-01' },
      { type: 'JOUR', date: '2025-04-20' },
      { type: 'PROCEDURE_ENGAGEE', date: '2025-04-20', procedure: 'refere-provision' },
      { type: 'DECISION_RENDUE', date: '2025-06-02', favorable: true },
    );
    const actions = prochainesActions(s, '2025-06-02');
    expect(actions.map((x) => x.type)).not.toContain('mandater-commissaire-de-justice');
    expect(actions.find((x) => x.type === 'demander-mandatement-d-office')?.references).toEqual(['CGPPP art. L2311-1', 'Loi n° 80-539 du 16 juillet 1980']);
  });
});
