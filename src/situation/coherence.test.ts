// One claim, one date, one set of options → the same figures on every surface: the machine's
// situationFinanciere, the letters (genererLettre), situationCreance and releveDeCompte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genererLettre } from '../documents/genererLettre.js';
import type { DonneesLettre } from '../documents/donnees.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { contexteInitial, type ContexteRecouvrement } from '../machine/contexte.js';
import { initialTransition, transition } from 'xstate';
import type { EvenementRecouvrementEntree } from '../machine/evenements.js';
import { machineRecouvrement } from '../machine/machineRecouvrement.js';
import { creanceB2B, debiteurPro, depart, jouer } from '../machine/outils-test.js';
import { situationFinanciere } from '../machine/situation.js';
import { scenariosParDefaut } from '../machine/scenarios.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, cents, euros } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { releveDeCompte } from './releveDeCompte.js';
import { situationCreance } from './situationCreance.js';

const CREANCIER = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };

describe('the 1 200 € example on every surface: 54.99 € due on 30 June 2025', () => {
  // 1 200 € due 2025-02-14 (professional debtor), 1 200 € paid on 2025-03-16. Before: the machine said
  // 54.99 € (C. civ. 1343-1) and the mise en demeure 52.97 € (principal = TTC − paid). 54.99 € is right: the
  // payment first paid the 12.97 € of penalties and the 40 € accrued on 16 March, and the 52.97 € of principal
  // left bore 2.02 € more by 30 June.
  const facture: CreanceEntree = { ...creanceB2B, paiements: [{ date: '2025-03-16', montant: '1200.00' }] };

  it('situationCreance', () => {
    expect(situationCreance(facture, debiteurPro, '2025-06-30').totalDu).toBe('54.99');
  });

  it('the machine (payment received by an event)', () => {
    const s = jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1200.00' }, { type: 'JOUR', date: '2025-06-30' });
    expect(situationFinanciere(s.context)).toMatchObject({ totalDu: '54.99', principalDu: '52.97', penalites: '14.99', indemnite: '40.00', accessoiresPayes: '52.97' });
  });

  it('the mise en demeure letter', () => {
    const l = genererLettre('mise-en-demeure', { creancier: CREANCIER, debiteur: debiteurPro, creances: [facture], dateLettre: '2025-06-30' });
    expect(l.montants).toMatchObject({ total: '54.99', principal: '52.97', penalites: '14.99', indemnite: '40.00', imputeAccessoires: '52.97' });
    expect(l.texte.replace(/[ \n]+/g, ' ')).toContain('somme de 54,99\u00a0€');
  });

  it('the relevé de compte', () => {
    expect(releveDeCompte(debiteurPro, [facture], '2025-06-30').totaux).toMatchObject({ totalDu: '54.99', enRetard: '54.99', principalDu: '52.97', penalitesDues: '2.02' });
  });
});

// ---------------------------------------------------------------------------------------------------------

const DEBITEURS: readonly DebiteurEntree[] = [
  debiteurPro,
  { id: 'D2', type: 'consommateur', denomination: 'M. Martin' },
  { id: 'D3', type: 'non-professionnel', denomination: 'Association Les Amis' },
  { id: 'D4', type: 'personne-publique', denomination: 'Commune de Villefranche' },
];
const mouvements = (debut: string, jours: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: jours }), fc.integer({ min: 1, max: 300_000 })), { maxLength: 3 }).map((l) =>
    l.map(([j, m]) => ({ date: formaterDate(lireDate(debut) + j), montant: euros(m) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  );
const arbCas = arbDate('2020-01-01', '2025-12-31').chain((echeance) => {
  const facture = formaterDate(lireDate(echeance) - 30);
  return fc.record({
    echeance: fc.constant(echeance),
    facture: fc.constant(facture),
    montant: fc.integer({ min: 1, max: 1_000_000 }).map(euros),
    paiements: mouvements(facture, 250),
    avoirs: mouvements(facture, 250),
    parEvenement: fc.boolean(),
    debiteur: fc.constantFrom(...DEBITEURS),
    retard: fc.integer({ min: 1, max: 300 }),
    med: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    particulier: fc.boolean(),
    imputation: fc.constantFrom('legale' as const, 'principal-d-abord' as const),
  });
});

describe('machine, letters, situationCreance and releveDeCompte agree to the cent', () => {
  it('on random claims with payments, credit notes and every debtor type', () => {
    fc.assert(
      fc.property(arbCas, (k) => {
        const date = formaterDate(Math.min(lireDate(k.echeance) + k.retard, lireDate('2026-06-30')));
        const paiements = k.paiements.filter((p) => p.date <= date);
        const avoirs = k.avoirs.filter((a) => a.date <= date);
        const creance: CreanceEntree = { ...creanceB2B, montantTTC: k.montant, dateFacture: k.facture, dateExecution: k.facture, dateEcheance: k.echeance, paiements, avoirs };
        const conso = k.debiteur.type === 'consommateur' || k.debiteur.type === 'non-professionnel';
        const med = conso && k.med !== undefined ? formaterDate(Math.min(lireDate(k.echeance) + k.med, lireDate(date))) : undefined;
        const options = { ...(med !== undefined ? { dateMiseEnDemeure: med } : {}), creancierParticulier: k.particulier, imputation: k.imputation };
        const s = situationCreance(creance, k.debiteur, date, options);

        // The machine: the claim as input, or its payments and credit notes received by events.
        const base = contexteInitial({
          creance: k.parEvenement ? { ...creance, paiements: [], avoirs: [] } : creance,
          debiteur: k.debiteur,
          scenario: { ...scenariosParDefaut.pme, accessoires: { penalites: true, indemniteForfaitaire: true } },
          creancierParticulier: k.particulier,
          imputation: k.imputation,
        });
        const ctx: ContexteRecouvrement = {
          ...base,
          dateCourante: date,
          ...(k.parEvenement ? { paiements: paiements, avoirs } : {}),
          miseEnDemeure: med === undefined ? null : { date: med, dateLimite: med },
        };
        const f = situationFinanciere(ctx, date);
        expect(f).toMatchObject({
          principal: s.principal,
          principalPaye: s.principalPaye,
          principalDu: s.principalDu,
          penalites: euros(cents(s.penalites.couru) + cents(s.interets.couru)),
          indemnite: s.indemnite.couru,
          accessoiresDus: s.accessoiresDus,
          totalDu: s.totalDu,
          tropPercu: s.tropPercu,
        });

        // The relevé de compte of that one claim.
        const r = releveDeCompte(k.debiteur, [creance], date, options);
        expect(r.creances[0]).toEqual(s);
        expect(r.totaux.totalDu).toBe(s.totalDu);

        // The letters, when one can be sent (the claim is late and something is due).
        if (s.enRetard && s.totalDu !== '0.00' && s.accessoiresConnus) {
          const donnees: DonneesLettre = {
            creancier: { ...CREANCIER, ...(k.particulier ? { personnePhysiqueNonProfessionnelle: true } : {}) },
            debiteur: k.debiteur,
            creances: [creance],
            dateLettre: date,
            ...(med !== undefined ? { dateMiseEnDemeure: med } : {}),
          };
          for (const modele of [conso ? 'mise-en-demeure-consommateur' : 'mise-en-demeure', 'relance-ferme'] as const) {
            const l = genererLettre(modele, donnees, { imputation: k.imputation });
            expect(l.montants.factures[0]).toMatchObject({
              principal: s.principalDu,
              penalites: s.penalites.couru,
              interets: s.interets.couru,
              indemnite: s.indemnite.couru,
              avoirs: s.avoirs,
              total: s.totalDu,
            });
            expect(l.montants.total).toBe(s.totalDu);
          }
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('the machine driven by events gives situationCreance’s figures for the claim those events describe', () => {
  it('payments (PAIEMENT_RECU) and credit notes (AVOIR_EMIS) received one by one, then days passing', () => {
    fc.assert(
      fc.property(arbCas, (k) => {
        const date = formaterDate(Math.min(lireDate(k.echeance) + k.retard, lireDate('2026-06-30')));
        const creance: CreanceEntree = { ...creanceB2B, montantTTC: k.montant, dateFacture: k.facture, dateExecution: k.facture, dateEcheance: k.echeance };
        const evenements: EvenementRecouvrementEntree[] = [
          ...k.paiements.map((p) => ({ type: 'PAIEMENT_RECU' as const, date: p.date, montant: p.montant })),
          ...k.avoirs.map((a) => ({ type: 'AVOIR_EMIS' as const, date: a.date, montant: a.montant })),
        ]
          .filter((e) => e.date <= date)
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        let s = initialTransition(machineRecouvrement, {
          creance,
          debiteur: k.debiteur,
          scenario: { ...scenariosParDefaut.pme, accessoires: { penalites: true, indemniteForfaitaire: true } },
          imputation: k.imputation,
        })[0];
        const acceptes: EvenementRecouvrementEntree[] = [];
        for (const e of [...evenements, { type: 'JOUR' as const, date }]) {
          if (s.status === 'done') break; // soldee: later events change nothing
          s = transition(machineRecouvrement, s, e)[0];
          acceptes.push(e);
        }
        // The claim the accepted events describe, stated at the machine's date.
        const decrite: CreanceEntree = {
          ...creance,
          paiements: acceptes.flatMap((e) => (e.type === 'PAIEMENT_RECU' ? [{ date: e.date, montant: e.montant }] : [])),
          avoirs: acceptes.flatMap((e) => (e.type === 'AVOIR_EMIS' ? [{ date: e.date, montant: e.montant }] : [])),
        };
        const attendu = situationCreance(decrite, k.debiteur, s.context.dateCourante, { imputation: k.imputation });
        expect(situationFinanciere(s.context)).toMatchObject({ principalDu: attendu.principalDu, accessoiresDus: attendu.accessoiresDus, totalDu: attendu.totalDu });
        if (s.value === 'soldee') expect(attendu.totalDu).toBe('0.00');
      }),
      { numRuns: runs(150) },
    );
  });
});
