// A fixed battery of calls whose results must not depend on the process time zone (issue 8, item 2).
// Used by test/fuseau.test.ts, in-process and in child processes run under other TZ values.
import * as api from '../../src/index.js';

/** Runs the battery; errors are recorded as their code, so that they are compared too. */
export function batterie(): Record<string, unknown> {
  const essais: Record<string, () => unknown> = {
    penalitesBce: () => api.calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2012-12-20', dateCalcul: '2024-03-01', paiements: [{ date: '2016-02-29', montant: '2500' }] }),
    penalitesContractuel: () => api.calculerPenalitesRetard({ montant: '3000', dateEcheance: '2023-12-31', dateCalcul: '2024-12-31', taux: { mode: 'contractuel', tauxAnnuel: '10' } }, { baseAnnuelle: 'exacte' }),
    penalitesPublic: () => api.calculerPenalitesRetard({ montant: '5000', dateEcheance: '2022-06-30', dateCalcul: '2023-01-01', taux: { mode: 'commande-publique' } }),
    lot: () => api.calculerPenalitesRetardLot([{ montant: '1', dateEcheance: '2019-03-31', dateCalcul: '2019-04-01' }, { montant: 99.99, dateEcheance: '2020-02-28', dateCalcul: '2020-03-01' }]),
    interets: () => api.calculerInteretsLegaux({ montant: '2000.00', dateDebut: '2015-09-18', dateFin: '2016-04-09', categorie: 'creancier-particulier', dateDecisionExecutoire: '2015-09-17' }),
    indemnite: () => api.indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2013-01-01' }),
    echeance: () => api.calculerDateEcheance({ dateFacture: '2024-01-31', conditions: { type: 'fin-de-mois', jours: 45, methode: 'jours-puis-fin-de-mois' } }),
    dates: () => ['2024-02-29', '1970-01-01', '2038-01-19', '2026-03-29', '2026-10-25'].map((d) => {
      const j = api.lireDate(d);
      return [j, api.formaterDate(api.ajouterMois(j, 1)), api.formaterDate(api.ajouterAnnees(j, 1)), api.jourDeSemaine(j), api.semestreDe(j).numero];
    }),
    horsBareme: () => api.calculerPenalitesRetard({ montant: '1', dateEcheance: '2008-12-30', dateCalcul: '2009-01-02' }),
  };
  const sortie: Record<string, unknown> = {};
  for (const [nom, f] of Object.entries(essais)) {
    try {
      sortie[nom] = f();
    } catch (e) {
      sortie[nom] = { erreur: (e as { code?: unknown }).code ?? String(e) };
    }
  }
  return sortie;
}
