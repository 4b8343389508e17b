/**
 * Issue 15, item 1: a money library refuses what it does not understand. Every public function of
 * `src/calculs` refuses an unknown key of its parameters, of its options and of the objects inside them
 * (payments, debts, conditions, a plan's lines) with `ENTREE_INVALIDE`, the key's path and the closest known
 * key — a misspelled optional key is never silently ignored (the audit's `paiement` gave 257.87 instead of
 * 58.22; `{ baseAnnuele: 'exacte' }` divided by 365).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erreur } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { calculerDateEcheance } from './echeance/calculerDateEcheance.js';
import { creerEcheancier } from './echeancier/creerEcheancier.js';
import { verifierEcheancier } from './echeancier/verifierEcheancier.js';
import { imputerPaiements } from './imputation/imputerPaiements.js';
import { indemniteForfaitaire } from './indemnite/indemniteForfaitaire.js';
import { calculerInteretsLegaux } from './interets/calculerInteretsLegaux.js';
import { calculerPenalitesRetard } from './penalites/calculerPenalitesRetard.js';
import { calculerPenalitesRetardLot } from './penalites/calculerPenalitesRetardLot.js';

type Appel = (ajout: (o: Record<string, unknown>) => Record<string, unknown>) => unknown;

/** Each public function with valid input, and a way to add a key to one of its objects (identity: valid). */
const CAS: readonly { nom: string; lieu: readonly PropertyKey[]; appel: Appel }[] = [
  {
    nom: 'calculerPenalitesRetard (params)',
    lieu: [],
    appel: (a) => calculerPenalitesRetard(a({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' }) as never),
  },
  {
    nom: 'calculerPenalitesRetard (taux)',
    lieu: ['taux'],
    appel: (a) => calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', taux: a({ mode: 'contractuel', tauxAnnuel: '15' }) } as never),
  },
  {
    nom: 'calculerPenalitesRetard (a payment)',
    lieu: ['paiements', 0],
    appel: (a) => calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', paiements: [a({ date: '2025-06-01', montant: '10' })] } as never),
  },
  {
    nom: 'calculerPenalitesRetard (options)',
    lieu: ['options'],
    appel: (a) => calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' }, a({ baseAnnuelle: 'exacte' }) as never),
  },
  {
    nom: 'calculerPenalitesRetardLot (a row)',
    lieu: [1],
    appel: (a) => calculerPenalitesRetardLot([{ montant: '1', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' }, a({ montant: '1000', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' })] as never),
  },
  {
    nom: 'calculerPenalitesRetardLot (options)',
    lieu: ['options'],
    appel: (a) => calculerPenalitesRetardLot([], a({ sortie: 'centimes' }) as never),
  },
  {
    nom: 'calculerInteretsLegaux (params)',
    lieu: [],
    appel: (a) => calculerInteretsLegaux(a({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-03-31', categorie: 'autres-cas' }) as never),
  },
  {
    nom: 'calculerInteretsLegaux (a payment)',
    lieu: ['paiements', 0],
    appel: (a) => calculerInteretsLegaux({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-03-31', categorie: 'autres-cas', paiements: [a({ date: '2020-03-01', montant: 5 })] } as never),
  },
  {
    nom: 'calculerInteretsLegaux (options)',
    lieu: ['options'],
    appel: (a) => calculerInteretsLegaux({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-03-31', categorie: 'autres-cas' }, a({}) as never),
  },
  {
    nom: 'indemniteForfaitaire (params)',
    lieu: [],
    appel: (a) => indemniteForfaitaire(a({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', fraisJustifies: '75.00' }) as never),
  },
  {
    nom: 'indemniteForfaitaire (options)',
    lieu: ['options'],
    appel: (a) => indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31' }, a({}) as never),
  },
  {
    nom: 'calculerDateEcheance (params)',
    lieu: [],
    appel: (a) => calculerDateEcheance(a({ dateFacture: '2025-01-15', conditions: { type: 'jours', jours: 30 } }) as never),
  },
  {
    nom: 'calculerDateEcheance (conditions)',
    lieu: ['conditions'],
    appel: (a) => calculerDateEcheance({ dateFacture: '2025-01-15', conditions: a({ type: 'fin-de-mois', jours: 45, methode: 'jours-puis-fin-de-mois' }) } as never),
  },
  {
    nom: 'creerEcheancier (params)',
    lieu: [],
    appel: (a) => creerEcheancier(a({ montantTotal: '1000.00', nombreEcheances: 4, premiereEcheance: '2025-02-01' }) as never),
  },
  {
    nom: 'creerEcheancier (apport)',
    lieu: ['apport'],
    appel: (a) => creerEcheancier({ montantTotal: '1000.00', nombreEcheances: 4, premiereEcheance: '2025-02-01', apport: a({ montant: '100', date: '2025-01-15' }) } as never),
  },
  {
    nom: 'verifierEcheancier (a line of the plan)',
    lieu: ['echeancier', 'echeances', 0],
    appel: (a) => verifierEcheancier({ echeances: [a({ date: '2025-02-01', montant: '100' })] } as never, [], '2025-03-01'),
  },
  {
    nom: 'verifierEcheancier (a payment)',
    lieu: ['paiements', 0],
    appel: (a) => verifierEcheancier({ echeances: [{ date: '2025-02-01', montant: '100' }] }, [a({ date: '2025-02-01', montant: '100' })] as never, '2025-03-01'),
  },
  {
    nom: 'verifierEcheancier (options)',
    lieu: ['options'],
    appel: (a) => verifierEcheancier({ echeances: [{ date: '2025-02-01', montant: '100' }] }, [], '2025-03-01', a({ defaillanceApres: { echeancesImpayees: 2 } }) as never),
  },
  {
    nom: 'imputerPaiements (params)',
    lieu: [],
    appel: (a) => imputerPaiements(a({ dettes: [{ id: 'F1', dateEcheance: '2025-01-31', principal: '1000.00' }], paiements: [] }) as never),
  },
  {
    nom: 'imputerPaiements (a debt)',
    lieu: ['dettes', 0],
    appel: (a) => imputerPaiements({ dettes: [a({ id: 'F1', dateEcheance: '2025-01-31', principal: '1000.00', interets: '25.00' })], paiements: [] } as never),
  },
  {
    nom: 'imputerPaiements (a payment)',
    lieu: ['paiements', 0],
    appel: (a) =>
      imputerPaiements({ dettes: [{ id: 'F1', dateEcheance: '2025-01-31', principal: '1000.00' }], paiements: [a({ date: '2025-03-01', montant: '500.00', designation: ['F1'] })] } as never),
  },
  {
    nom: 'imputerPaiements (options)',
    lieu: ['options'],
    appel: (a) => imputerPaiements({ dettes: [{ id: 'F1', dateEcheance: '2025-01-31', principal: '1000.00' }], paiements: [] }, a({ imputerDettesNonEchues: false }) as never),
  },
];

describe('issue 15, item 1: every public function of src/calculs refuses an unknown key', () => {
  for (const c of CAS) {
    it(`${c.nom}: valid as given; one extra key → ENTREE_INVALIDE at its path`, () => {
      expect(() => c.appel((o) => o)).not.toThrow();
      const e = erreur(() => c.appel((o) => ({ ...o, inconnue: 1 })));
      expect([e.code, e.issues[0]?.path, e.issues[0]?.code]).toEqual(['ENTREE_INVALIDE', [...c.lieu, 'inconnue'], 'unrecognized_keys']);
    });
  }

  it('a misspelling names the closest known key: fraisJustifie, dateDecisionExecutoir, baseAnnuele, ordreComposante', () => {
    const message = (f: () => unknown) => erreur(f).issues[0]?.message;
    expect(message(() => indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', fraisJustifie: '75.00' } as never))).toBe(
      'clé inconnue « fraisJustifie » (vouliez-vous dire « fraisJustifies » ?)',
    );
    expect(message(() => imputerPaiements({ dettes: [], paiements: [] }, { ordreComposante: [] } as never))).toBe('clé inconnue « ordreComposante » (vouliez-vous dire « ordreComposantes » ?)');
    expect(message(() => calculerDateEcheance({ dateFacture: '2025-01-15', conditions: { type: 'jours', jour: 30 } } as never))).toBe('clé inconnue « jour » (vouliez-vous dire « jours » ?)');
  });

  it('the result of creerEcheancier is accepted by verifierEcheancier as it is (its other fields are known keys)', () => {
    const plan = creerEcheancier({ montantTotal: '1000.00', nombreEcheances: 4, premiereEcheance: '2025-02-01' });
    expect(verifierEcheancier(plan, [], '2025-03-02').echeancesEnRetard).toBe(2);
  });

  it('property: any key outside the known ones, in any of these objects, is refused at its own path', () => {
    const connues = new Set(['montant', 'date', 'mode', 'type', 'jours', 'id', 'dettes', 'paiements', 'reference', 'baremes']);
    fc.assert(
      fc.property(
        fc.constantFrom(...CAS),
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !connues.has(k) && k !== '__proto__'),
        (c, cle) => {
          let valide = true;
          try {
            c.appel((o) => (Object.hasOwn(o, cle) ? ((valide = false), o) : { ...o, [cle]: 'x' }));
          } catch (e) {
            if (!valide) return;
            const err = e as { code?: string; issues?: { path: PropertyKey[] }[] };
            expect(err.code).toBe('ENTREE_INVALIDE');
            expect(err.issues?.[0]?.path).toEqual([...c.lieu, cle]);
            return;
          }
          expect(valide).toBe(false);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
