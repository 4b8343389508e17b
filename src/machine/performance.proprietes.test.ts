// The machine's fast paths (issue 12, item 6) give exactly what the computations they avoid would give:
// - `prescriptionImpossible` (the `prescriptionAcquise` guard's shortcut) is only true when the deadline
//   computed by `prescriptionCourante` (C. civ. 2219 ff.) has not passed;
// - the statement of a claim reused inside a transition or an `avancerDossier` call (cache.ts) is the one
//   `situationCreance` gives outside it, and each result owns its arrays; the dossier avancerDossier built
//   is not checked again by its own call of `prochainesActions`, which gives what a checked call gives;
// - `copieJson` copies a scenario as `structuredClone` does.
// (avancerDossier's one actor per batch is checked against XState's pure `transition()` in
// dossier.proprietes.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { copieJson, dansUnePortee } from './cache.js';
import type { ContexteRecouvrement } from './contexte.js';
import { avancerDossier, creerDossier } from './dossier.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { prochainesActions } from './prochainesActions.js';
import { prescriptionCourante, prescriptionImpossible } from './regles.js';
import { scenariosParDefaut } from './scenarios.js';
import { situationFinanciere } from './situation.js';
import { creanceB2B, creanceConso, debiteurConso, debiteurPro, depart, jouer } from './outils-test.js';

type Gabarit = (date: string) => EvenementRecouvrementEntree;
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'JOUR', date }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '250.00', reference: 'R1' }),
  (date) => ({ type: 'PAIEMENT_ANNULE', date, reference: 'R1', motif: 'rejet-prelevement' }),
  (date) => ({ type: 'AVOIR_EMIS', date, montant: '50.00' }),
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'email' }),
  (date) => ({ type: 'MISE_EN_DEMEURE_ENVOYEE', date }),
  (date) => ({ type: 'RECONNAISSANCE_DETTE', date }),
  (date) => ({ type: 'MEDIATION_DEBUT', date, mode: 'mediation' }),
  (date) => ({ type: 'MEDIATION_FIN', date }),
  (date) => ({ type: 'LITIGE_OUVERT', date, motif: 'qualité' }),
  (date) => ({ type: 'LITIGE_RESOLU', date }),
  (date) => ({ type: 'ECHEANCIER_ACCEPTE', date, echeances: [{ date: formaterDate(lireDate(date) + 30), montant: '600.00' }] }),
  (date) => ({ type: 'PROCEDURE_ENGAGEE', date, procedure: 'injonction-de-payer' }),
  (date) => ({ type: 'ORDONNANCE_RENDUE', date }),
  (date) => ({ type: 'ACCESSOIRES_ABANDONNES', date }),
);
/** Claims whose shortest delay differs: commercial (5 years), consumer (2 years, C. conso. L218-2), from a 29 February. */
const entrees = fc.constantFrom(
  { creance: creanceB2B, debiteur: debiteurPro },
  { creance: creanceConso, debiteur: debiteurConso },
  { creance: { ...creanceConso, dateFacture: '2024-02-29', dateExecution: '2024-02-29', dateEcheance: '2024-03-29' }, debiteur: debiteurConso },
);
/** Events over three years from the invoice, in date order (the bound of 730 days is crossed). */
const suite = (debut: string) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1100 }), gabarit), { maxLength: 10 })
    .map((l) => l.sort((a, b) => a[0] - b[0]).map(([j, g]) => g(formaterDate(lireDate(debut) + j))));

describe('the machine’s fast paths give what they avoid computing', () => {
  it('prescriptionImpossible: only when the deadline of prescriptionCourante has not passed (C. civ. 2219 ff.)', () => {
    fc.assert(
      fc.property(
        entrees.chain((e) => fc.tuple(fc.constant(e), suite(e.creance.dateFacture), fc.integer({ min: 700, max: 760 }))),
        ([entree, evenements, apres]) => {
          let s = depart(entree);
          const contextes: ContexteRecouvrement[] = [s.context];
          for (const e of evenements) {
            s = jouer(s, e);
            contextes.push(s.context);
          }
          // around the bound too: the machine's date moved to start + 700…760 days
          const debut = lireDate(entree.creance.dateExecution ?? entree.creance.dateFacture);
          contextes.push({ ...s.context, dateCourante: formaterDate(Math.max(lireDate(s.context.dateCourante), debut + apres)) });
          for (const ctx of contextes) {
            if (prescriptionImpossible(ctx)) expect(ctx.dateCourante <= prescriptionCourante(ctx).dateLimite).toBe(true);
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('a consumer claim from 29 February 2024: not prescribed on 28 February 2026 (730 days), the deadline computed from 1 March (C. conso. L218-2)', () => {
    const entree = { creance: { ...creanceConso, dateFacture: '2024-02-29', dateExecution: '2024-02-29', dateEcheance: '2024-03-29' }, debiteur: debiteurConso };
    const s = jouer(depart(entree), { type: 'JOUR', date: '2026-02-28' });
    expect(prescriptionImpossible(s.context)).toBe(true);
    expect(prescriptionCourante(s.context).dateLimite).toBe('2026-02-28');
    expect(s.value).not.toBe('prescrite');
    const apres = jouer(s, { type: 'JOUR', date: '2026-03-01' });
    expect(prescriptionImpossible(apres.context)).toBe(false);
    expect(apres.value).toBe('prescrite');
  });

  it('the statement reused inside a scope is the one computed outside it, and each result owns its arrays', () => {
    fc.assert(
      fc.property(suite(creanceB2B.dateFacture), fc.integer({ min: 0, max: 400 }), (evenements, j) => {
        const s = jouer(depart(), ...evenements);
        const date = formaterDate(lireDate(s.context.dateCourante) + j);
        const hors = situationFinanciere(s.context, date);
        const [a, b] = dansUnePortee(() => [situationFinanciere(s.context, date), situationFinanciere(s.context, date)] as const);
        expect(a).toEqual(hors);
        expect(b).toEqual(hors);
        expect(a.references).not.toBe(b.references);
        expect(a.avertissements).not.toBe(b.avertissements);
      }),
      { numRuns: runs(60) },
    );
  });

  it('avancerDossier returns the situation and the actions computed afresh on the dossier it returns (outside any scope, the dossier checked)', () => {
    fc.assert(
      fc.property(suite(creanceB2B.dateFacture), (evenements) => {
        const aujourdhui = '2028-02-01';
        const r = avancerDossier(creerDossier({ creance: creanceB2B, debiteur: debiteurPro }), evenements, { aujourdhui });
        expect(r.situation).toEqual(situationFinanciere(r.dossier.context, aujourdhui));
        expect(r.actions).toEqual(prochainesActions(r.dossier, aujourdhui));
      }),
      { numRuns: runs(60) },
    );
  });

  it('a claim paid in full before its due date is soldee from its creation, with the statement computed afresh in its dossier (one scope for the initial snapshot)', () => {
    const creance = { ...creanceB2B, paiements: [{ date: '2025-02-01', montant: '1200.00' }] };
    const s = depart({ creance, date: '2025-02-01' });
    expect(s.value).toBe('soldee');
    const note = s.context.dossier.find((e) => e.type === 'soldee');
    expect(note?.donnees.situation).toEqual(situationFinanciere({ ...s.context, dossier: [] }, s.context.dateCourante));
  });

  it('copieJson copies every default scenario as structuredClone does, sharing nothing', () => {
    for (const scenario of Object.values(scenariosParDefaut)) {
      const c = copieJson(scenario);
      expect(c).toEqual(structuredClone(scenario));
      expect(c).not.toBe(scenario);
      expect(c.etapes).not.toBe(scenario.etapes);
      expect(Object.isFrozen(c.etapes[0])).toBe(false);
    }
  });
});
