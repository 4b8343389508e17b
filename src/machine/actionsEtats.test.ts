import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { genererLettre } from '../documents/genererLettre.js';
import type { Debiteur } from '../entites/debiteur.js';
import { GENRES_ACTION, type MetaEtat } from './actionsEtats.js';
import { avancerDossier, creerDossier } from './dossier.js';
import { machineRecouvrement } from './machineRecouvrement.js';
import { creanceB2B } from './outils-test.js';
import { scenariosParDefaut, type NomScenario } from './scenarios.js';

/** Every state node of the chart, with its path. */
function noeuds(n: AnyStateNode, chemin: string[] = []): { chemin: string[]; noeud: AnyStateNode }[] {
  return Object.values(n.states)
    .filter((x) => x.type !== 'history')
    .flatMap((x) => [{ chemin: [...chemin, x.key], noeud: x }, ...noeuds(x, [...chemin, x.key])]);
}

describe('due actions are declared by the states themselves (meta), not by state names', () => {
  const tous = noeuds(machineRecouvrement.root);

  it('every state declares its actions in meta (final states none), with known kinds only', () => {
    for (const { chemin, noeud } of tous) {
      const meta = noeud.meta as MetaEtat | undefined;
      if (noeud.type === 'final') {
        expect(meta?.actions ?? [], chemin.join('.')).toEqual([]);
        continue;
      }
      // compound states that only group their children may omit meta; every atomic state and every phase declares it
      if (noeud.type === 'atomic' || chemin.length === 1) expect(meta?.actions, `${chemin.join('.')} sans meta.actions`).toBeDefined();
      for (const g of meta?.actions ?? []) expect(GENRES_ACTION, chemin.join('.')).toContain(g);
    }
  });

  it('every kind of action is declared by at least one state (none is orphaned by a rename)', () => {
    const declares = new Set(tous.flatMap(({ noeud }) => (noeud.meta as MetaEtat | undefined)?.actions ?? []));
    expect([...declares].sort()).toEqual([...GENRES_ACTION].sort());
  });
});

describe('genererLettre(action.modele, …) works for every letter action of every default scenario', () => {
  const debiteurs: Record<NomScenario, Debiteur> = {
    pme: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', pays: 'FR' },
    independant: { id: 'D2', type: 'professionnel', denomination: 'Jean Martin EI', pays: 'FR' },
    'grand-compte': { id: 'D3', type: 'professionnel', denomination: 'Grand Groupe SA', pays: 'FR' },
    particulier: { id: 'D4', type: 'consommateur', denomination: 'M. Paul Durand', pays: 'FR' },
  };
  const creancier = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };

  for (const nom of Object.keys(scenariosParDefaut) as NomScenario[]) {
    it(`${nom}: every written step names a letter the library writes, in the debtor's regime`, () => {
      const creance = { ...creanceB2B, nature: nom === 'particulier' ? ('consommation' as const) : ('commerciale' as const) };
      let d = creerDossier({ creance, debiteur: debiteurs[nom], scenario: scenariosParDefaut[nom] });
      const vus: string[] = [];
      let jour = d.context.dateCourante;
      for (let i = 0; i < 12; i++) {
        const r = avancerDossier(d, [], { aujourdhui: jour });
        const etape = r.actions.find((a) => a.etape !== null);
        if (etape === undefined) {
          // the pre-due reminder is done: move past the due date
          if (jour > creance.dateEcheance) break;
          jour = '2025-02-15';
          continue;
        }
        if (etape.modele !== null) {
          const lettre = genererLettre(etape.modele, { creancier, debiteur: r.dossier.context.debiteur, creances: [r.dossier.context.creance], dateLettre: etape.echeance });
          expect(lettre.texte.length).toBeGreaterThan(100);
          vus.push(etape.modele);
        } else {
          expect(['rappel', 'appel']).toContain(etape.type);
        }
        const evenement =
          etape.type === 'mise-en-demeure'
            ? { type: 'MISE_EN_DEMEURE_ENVOYEE', date: etape.echeance }
            : { type: 'RELANCE_ENVOYEE', date: etape.echeance, canal: etape.canal ?? 'email', etape: etape.etape };
        jour = etape.echeance > r.dossier.context.dateCourante ? etape.echeance : r.dossier.context.dateCourante;
        d = avancerDossier(r.dossier, [evenement], { aujourdhui: jour }).dossier;
        if (etape.type === 'mise-en-demeure') break;
      }
      expect(vus).toContain(nom === 'particulier' ? 'mise-en-demeure-consommateur' : 'mise-en-demeure');
      expect(vus.some((m) => m.startsWith('relance-'))).toBe(true);
    });
  }
});
