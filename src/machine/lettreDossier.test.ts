// Issue 14 ("malgré nos relances" only when a reminder was sent, known from the dossier) and issue 16 (a
// reminder during a partial dispute claims only the undisputed part): from a dossier to genererLettre's data.
import { describe, expect, it } from 'vitest';
import type { ModeleLettre } from '../documents/donnees.js';
import { genererLettre } from '../documents/genererLettre.js';
import { lireEuros } from '../socle/euros.js';
import { avancerDossier, creerDossier, type Dossier } from './dossier.js';
import { donneesLettreDossier } from './lettreDossier.js';
import { creanceB2B, creanceConso, debiteurConso, debiteurPro } from './outils-test.js';
import { scenariosParDefaut } from './scenarios.js';

const entree = { creance: creanceB2B, debiteur: debiteurPro };
const creancier = { denomination: 'Atelier Dupont SARL' };

describe('donneesLettreDossier', () => {
  it('relancesEnvoyees from the dossier: "malgré nos précédents rappels" only after a reminder was recorded', () => {
    const sans = avancerDossier(creerDossier(entree), [], { aujourdhui: '2025-03-20' });
    const a = donneesLettreDossier(sans.dossier, { creancier, dateLettre: '2025-03-20' });
    expect(a.donnees.relancesEnvoyees).toBe(false);
    expect(genererLettre('relance-ferme', a.donnees, a.options).texte).toContain('Sauf erreur ou omission');
    const avec = avancerDossier(sans.dossier, [{ type: 'RELANCE_ENVOYEE', date: '2025-03-20', canal: 'email' }], { aujourdhui: '2025-03-21' });
    // a reminder of the letter's own day may be this letter: only earlier ones count
    expect(donneesLettreDossier(avec.dossier, { creancier, dateLettre: '2025-03-20' }).donnees.relancesEnvoyees).toBe(false);
    const b = donneesLettreDossier(avec.dossier, { creancier, dateLettre: '2025-03-21' });
    expect(b.donnees.relancesEnvoyees).toBe(true);
    expect(genererLettre('relance-ferme', b.donnees, b.options).texte).toContain('Malgré nos précédents rappels');
  });

  it('the letter prints the dossier’s figures (situationCreance): the same total as the dossier’s situation', () => {
    const r = avancerDossier(creerDossier(entree), [{ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '300.00' }], { aujourdhui: '2025-03-20' });
    const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre: '2025-03-20' });
    expect(genererLettre('relance-ferme', donnees, options).montants.total).toBe(r.situation.totalDu);
  });

  it('a partial dispute open: the letter states the disputed amount apart and claims the rest (the action’s montant)', () => {
    const r = avancerDossier(
      creerDossier(entree),
      [
        { type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' },
        { type: 'LITIGE_OUVERT', date: '2025-02-20', motif: 'quantités', montantConteste: '200.00' },
      ],
      { aujourdhui: '2025-03-20' },
    );
    const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre: '2025-03-20' });
    expect(options.montantConteste).toBe('200.00');
    const lettre = genererLettre('relance-ferme', donnees, options);
    const action = r.actions.find((a) => a.montant !== null && (a.type === 'relance' || a.type === 'appel'));
    expect(lettre.montants.total).toBe(r.situation.totalDu);
    expect(lettre.montants.conteste).toBe('200.00');
    expect(lettre.montants.reclame).toBe(action?.montant);
    expect(lettre.texte.replace(/\s+/g, ' ')).toContain('Vous contestez une partie de cette somme, soit 200,00 €');
    // closed by 209 Complétée (LITIGE_RESOLU): the whole claim again
    const resolu = avancerDossier(r.dossier, [{ type: 'LITIGE_RESOLU', date: '2025-03-21', motif: 'statut 209 Complétée' }], { aujourdhui: '2025-03-21' });
    expect(donneesLettreDossier(resolu.dossier, { creancier, dateLettre: '2025-03-21' }).options.montantConteste).toBeUndefined();
  });
});

// "Two answers to one question are a bug": the letter of a dossier is computed with the very options of the
// dossier's statement (entreeSituation: waiver, accessories claimed, plan days without penalties, a judgment's
// +5 points, mise en demeure, creditor's category, tables, imputation) — options.parCreance of genererLettre.
describe('donneesLettreDossier — the letter claims what the dossier says is owed', () => {
  const conso = { creance: creanceConso, debiteur: debiteurConso };
  /** The letter with and without the dossier's statement options (what the letter claimed before parCreance). */
  function lettres(r: { dossier: Dossier }, modele: ModeleLettre, dateLettre: string): { avec: string; sans: string } {
    const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre });
    const { parCreance: _p, ...sans } = options;
    return { avec: genererLettre(modele, donnees, options).montants.total, sans: genererLettre(modele, donnees, sans).montants.total };
  }

  it('an explicit waiver (ACCESSOIRES_ABANDONNES): the letter claims the principal only, and prints no waived accessory', () => {
    // 1 200 € due 2025-02-14, 300 € paid on 2025-03-01, accessories waived on 2025-03-10: every payment goes to
    // the principal and nothing is due on the accessories (a creditor may waive what the law gives it).
    const r = avancerDossier(creerDossier(entree), [{ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '300.00' }, { type: 'ACCESSOIRES_ABANDONNES', date: '2025-03-10' }], { aujourdhui: '2025-04-20' });
    expect(r.situation.totalDu).toBe('900.00');
    const t = lettres(r, 'relance-ferme', '2025-04-20');
    expect(t).toEqual({ avec: '900.00', sans: '963.53' });
    const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre: '2025-04-20' });
    const l = genererLettre('relance-ferme', donnees, options);
    expect([l.montants.penalites, l.montants.indemnite, l.montants.factures[0]!.periodes]).toEqual(['0.00', '0.00', []]);
    expect(l.texte).not.toContain('40,00 €');
  });

  it('a payment plan agreed without penalties (penalitesPendantEcheancier: false): no accrual on the plan’s days, in the letter too', () => {
    // Plan of 2025-03-01 (600 € on 1 April and 1 May); the May instalment is missed: the plan failed at the end of
    // its tolerance, and penalties run again only from then (C. com. L441-10 II, on the days the agreement leaves).
    const r = avancerDossier(
      creerDossier(entree),
      [
        { type: 'ECHEANCIER_ACCEPTE', date: '2025-03-01', echeances: [{ date: '2025-04-01', montant: '600.00' }, { date: '2025-05-01', montant: '600.00' }], penalitesPendantEcheancier: false },
        { type: 'PAIEMENT_RECU', date: '2025-04-01', montant: '600.00' },
      ],
      { aujourdhui: '2025-06-20' },
    );
    expect(r.situation.totalDu).toBe('657.69');
    const t = lettres(r, 'mise-en-demeure', '2025-06-20');
    expect(t.avec).toBe('657.69');
    expect(t.sans).not.toBe(t.avec);
  });

  it('a judgment (injonction de payer not opposed): legal interest +5 points two months after it became enforceable (CMF L313-3)', () => {
    const r = avancerDossier(
      creerDossier(conso),
      [
        { type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' },
        { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-10' },
        { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'injonction-de-payer' },
        { type: 'ORDONNANCE_RENDUE', date: '2025-04-20' },
        { type: 'SIGNIFICATION_EFFECTUEE', date: '2025-05-01' },
      ],
      { aujourdhui: '2025-09-20' },
    );
    expect(r.dossier.context.titre?.date).toBe('2025-05-01');
    const t = lettres(r, 'mise-en-demeure-consommateur', '2025-09-20');
    expect([r.situation.totalDu, t.avec]).toEqual(['308.64', '308.64']);
    expect(t.sans).not.toBe(t.avec);
  });

  it('a consumer’s mise en demeure: legal interest from it (C. civ. 1231-6, 1344-1), and a creditor-particulier’s rate (CMF L313-2)', () => {
    const evenements = [{ type: 'JOUR', date: '2025-03-01' }, { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-01' }] as const;
    const r = avancerDossier(creerDossier(conso), [...evenements], { aujourdhui: '2025-09-20' });
    expect(r.situation.totalDu).toBe('305.58');
    expect(lettres(r, 'mise-en-demeure-consommateur', '2025-09-20').avec).toBe('305.58');
    // The creditor is a natural person (higher legal rate): the dossier knows it, the host need not restate it.
    const p = avancerDossier(creerDossier({ ...conso, creancierParticulier: true }), [...evenements], { aujourdhui: '2025-09-20' });
    const { donnees, options } = donneesLettreDossier(p.dossier, { creancier, dateLettre: '2025-09-20' });
    expect(donnees.creancier.personnePhysiqueNonProfessionnelle).toBe(true);
    const l = genererLettre('mise-en-demeure-consommateur', donnees, options);
    expect(l.montants.total).toBe(p.situation.totalDu);
    expect(lireEuros(p.situation.totalDu)).toBeGreaterThan(lireEuros(r.situation.totalDu));
  });

  it('a scenario that does not claim the 40 € nor penalties: neither does the letter', () => {
    const scenario = { ...scenariosParDefaut.pme, accessoires: { penalites: false, indemniteForfaitaire: false } };
    const r = avancerDossier(creerDossier({ ...entree, scenario }), [], { aujourdhui: '2025-04-20' });
    expect(r.situation.totalDu).toBe('1200.00');
    expect(lettres(r, 'relance-ferme', '2025-04-20')).toEqual({ avec: '1200.00', sans: '1268.10' });
  });
});
