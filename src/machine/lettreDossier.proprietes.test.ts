// "Two answers to one question are a bug": over random dossiers, every letter a dossier's actions propose
// (donneesLettreDossier for one claim, prochainesActionsDebiteur's merged reminder for a debtor) prints as
// `montants.total` exactly what the dossiers' statements say is owed at the letter's date, and claims the
// action's amount (the undisputed part during a partial dispute).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import type { ModeleLettre } from '../documents/donnees.js';
import { genererLettre } from '../documents/genererLettre.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { avancerDossier, creerDossier, type Dossier } from './dossier.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { donneesLettreDossier } from './lettreDossier.js';
import { creanceB2B, debiteurConso, debiteurPro } from './outils-test.js';
import { prochainesActionsDebiteur } from './prochainesActionsDebiteur.js';
import { situationFinanciere } from './situation.js';

const AUJOURDHUI = '2025-09-01';
const creancier = { denomination: 'Atelier Dupont SARL' };
const jour = (j: number): string => formaterDate(lireDate('2025-01-15') + j);

type Gabarit = (date: string) => EvenementRecouvrementEntree;
/** Events that change what is owed (waiver, plans with or without penalties, mise en demeure, title, disputes…). */
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'JOUR', date }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '250.00', reference: 'R1' }),
  (date) => ({ type: 'PAIEMENT_ANNULE', date, reference: 'R1', motif: 'remboursement' }),
  (date) => ({ type: 'AVOIR_EMIS', date, montant: '50.00' }),
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'email' }),
  (date) => ({ type: 'MISE_EN_DEMEURE_ENVOYEE', date }),
  (date) => ({ type: 'LITIGE_OUVERT', date, motif: 'quantités', montantConteste: '120.00' }),
  (date) => ({ type: 'LITIGE_RESOLU', date }),
  (date) => ({ type: 'ACCESSOIRES_ABANDONNES', date }),
  (date) => ({ type: 'ECHEANCIER_ACCEPTE', date, echeances: [{ date: formaterDate(lireDate(date) + 30), montant: '600.00' }], penalitesPendantEcheancier: false }),
  (date) => ({ type: 'ECHEANCIER_ACCEPTE', date, echeances: [{ date: formaterDate(lireDate(date) + 20), montant: '400.00' }] }),
  (date) => ({ type: 'PROCEDURE_ENGAGEE', date, procedure: 'injonction-de-payer' }),
  (date) => ({ type: 'ORDONNANCE_RENDUE', date }),
  (date) => ({ type: 'SIGNIFICATION_EFFECTUEE', date }),
);
const lot = fc.array(fc.tuple(fc.integer({ min: 0, max: 220 }), gabarit), { maxLength: 10 }).map((l) => l.map(([j, g]) => g(jour(j))));

/** A random dossier: a professional or a consumer debtor, the creditor's category, the imputation rule, the accessories claimed. */
const entreeDossier = fc.record({
  conso: fc.boolean(),
  particulier: fc.boolean(),
  imputation: fc.constantFrom('legale', 'principal-d-abord' as const),
  echeance: fc.integer({ min: 0, max: 120 }),
  sansIndemnite: fc.boolean(),
});
type EntreeDossier = typeof entreeDossier extends fc.Arbitrary<infer T> ? T : never;
function dossierAleatoire(e: EntreeDossier, id: string, evenements: EvenementRecouvrementEntree[]): Dossier {
  const debiteur: DebiteurEntree = e.conso ? debiteurConso : debiteurPro;
  const creance: CreanceEntree = { ...creanceB2B, id, numeroFacture: id, dateEcheance: jour(30 + e.echeance), nature: e.conso ? 'consommation' : 'commerciale' };
  const d = creerDossier({ creance, debiteur, creancierParticulier: e.particulier, imputation: e.imputation });
  const scenario = e.sansIndemnite ? { ...d.context.scenario, accessoires: { ...d.context.scenario.accessoires, indemniteForfaitaire: false } } : undefined;
  const base = scenario === undefined ? d : creerDossier({ creance, debiteur, creancierParticulier: e.particulier, imputation: e.imputation, scenario });
  return avancerDossier(base, evenements.filter((x) => x.date >= creance.dateFacture), { aujourdhui: AUJOURDHUI }).dossier;
}

/** The letter, or `null` when the law forbids it (nothing undisputed left to claim…) — never another refusal. */
function lettre(modele: ModeleLettre, donnees: Parameters<typeof genererLettre>[1], options: Parameters<typeof genererLettre>[2]): ReturnType<typeof genererLettre> | null {
  try {
    return genererLettre(modele, donnees, options);
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === 'OPERATION_INTERDITE') return null;
    throw e;
  }
}

describe('letters of a dossier: the dossier’s own figures (properties)', () => {
  it('every letter action of a dossier: montants.total = situationFinanciere(…, dateLettre).totalDu, montants.reclame = the action’s amount', () => {
    let verifiees = 0;
    fc.assert(
      fc.property(entreeDossier, lot, fc.integer({ min: 0, max: 90 }), fc.boolean(), (e, evenements, k, leJour) => {
        const dossier = dossierAleatoire(e, 'F1', evenements);
        const r = avancerDossier(dossier, [], { aujourdhui: AUJOURDHUI });
        // The letter of the day, or one written later (the dossier's statement at that date).
        const dateLettre = leJour ? AUJOURDHUI : formaterDate(lireDate(AUJOURDHUI) + k);
        const du = situationFinanciere(r.dossier.context, dateLettre).totalDu;
        const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre });
        for (const a of r.actions) {
          if (a.modele === null || a.modele === 'declaration-de-creance') continue;
          const l = lettre(a.modele, donnees, options);
          const conteste = options.montantConteste === undefined ? 0 : lireEuros(options.montantConteste);
          if (l === null) {
            // Refused only when nothing undisputed is owed (or the claim is not yet late).
            expect(lireEuros(du) - conteste <= 0 || dateLettre <= r.dossier.context.creance.dateEcheance).toBe(true);
            continue;
          }
          expect(l.montants.total).toBe(du);
          if (dateLettre === AUJOURDHUI) expect(l.montants.reclame).toBe(a.montant ?? formaterEuros(lireEuros(du) - conteste));
          verifiees++;
        }
      }),
      { numRuns: runs(60) },
    );
    // Not vacuous: letters were written and compared.
    expect(verifiees).toBeGreaterThan(runs(60) / 10);
  });

  it('a merged debtor reminder: montants.total = the sum of the claimed dossiers’ totalDu, reclame = the action’s amount', () => {
    let verifiees = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(entreeDossier, lot), { minLength: 1, maxLength: 3 }), (portefeuille) => {
        // One debtor: the same type for all its claims (a consumer and a company are two debtors).
        const conso = portefeuille[0]![0].conso;
        const dossiers = portefeuille.map(([e, evenements], i) => dossierAleatoire({ ...e, conso }, `F${i + 1}`, evenements));
        for (const debiteur of prochainesActionsDebiteur(dossiers, AUJOURDHUI)) {
          for (const a of debiteur.actions) {
            if (a.lettre === null || a.modele === null || a.modele === 'declaration-de-creance') continue;
            const l = lettre(a.modele, { creancier, dateLettre: AUJOURDHUI, ...a.lettre.donnees }, a.lettre.options);
            const reclames = a.creances.filter((c) => c.dateEcheance < AUJOURDHUI);
            const total = reclames.reduce((s, c) => s + lireEuros(situationFinanciere(dossiers[c.index]!.context, AUJOURDHUI).totalDu), 0);
            if (l === null) continue; // nothing undisputed, or no claim late: checked per dossier above
            expect(l.montants.total).toBe(formaterEuros(total));
            if (reclames.length === a.creances.length) expect(l.montants.reclame).toBe(a.montant ?? formaterEuros(total));
            verifiees++;
          }
        }
      }),
      { numRuns: runs(40) },
    );
    expect(verifiees).toBeGreaterThan(runs(40) / 10);
  });
});
