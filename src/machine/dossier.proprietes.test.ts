// Properties of the host API (issue 12): a batch given to avancerDossier gives exactly what the raw machine
// gives on the same events in date order followed by JOUR aujourdhui; a batch with one bad event is refused
// whole, with that event's index, and the dossier given is unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { runs } from '../../test/proprietes.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { avancerDossier, creerDossier, VERSION_DOSSIER } from './dossier.js';
import { prochainesActions } from './prochainesActions.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { machineRecouvrement } from './machineRecouvrement.js';
import { creanceB2B, debiteurPro } from './outils-test.js';

type Gabarit = (date: string) => EvenementRecouvrementEntree;
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'JOUR', date }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '250.00', reference: 'R1' }),
  (date) => ({ type: 'PAIEMENT_ANNULE', date, reference: 'R1', motif: 'rejet-prelevement' }),
  (date) => ({ type: 'SUSPENSION', date, jusquau: formaterDate(lireDate(date) + 20), motif: 'congés' }),
  (date) => ({ type: 'SUSPENSION_LEVEE', date }),
  (date) => ({ type: 'PROMESSE_PAIEMENT', date, montant: '400.00', datePromise: formaterDate(lireDate(date) + 10) }),
  (date) => ({ type: 'AVOIR_EMIS', date, montant: '50.00' }),
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'email' }),
  (date) => ({ type: 'MISE_EN_DEMEURE_ENVOYEE', date }),
  (date) => ({ type: 'LITIGE_OUVERT', date, motif: 'qualité' }),
  (date) => ({ type: 'LITIGE_RESOLU', date }),
  (date) => ({ type: 'ECHEANCIER_ACCEPTE', date, echeances: [{ date: formaterDate(lireDate(date) + 30), montant: '600.00' }] }),
  (date) => ({ type: 'PROCEDURE_ENGAGEE', date, procedure: 'injonction-de-payer' }),
  (date) => ({ type: 'ORDONNANCE_RENDUE', date }),
  (date) => ({ type: 'OPPOSITION_FORMEE', date }),
  (date) => ({ type: 'PASSAGE_EN_PERTE', date }),
);
/** Events dated from the invoice on, in any order (the batch is sorted by avancerDossier). */
const lot = fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), gabarit), { maxLength: 12 }).map((l) => l.map(([j, g]) => g(formaterDate(lireDate('2025-01-15') + j))));
const entree = { creance: creanceB2B, debiteur: debiteurPro };
const AUJOURDHUI = '2025-09-01';

describe('avancerDossier (properties)', () => {
  it('gives what the raw machine gives on the same events in date order, then JOUR aujourdhui (while the dossier is open)', () => {
    fc.assert(
      fc.property(lot, (evenements) => {
        const r = avancerDossier(creerDossier(entree), evenements, { aujourdhui: AUJOURDHUI });
        const tries = evenements.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
        let s = initialTransition(machineRecouvrement, entree)[0];
        for (const { e } of [...tries, { e: { type: 'JOUR', date: AUJOURDHUI } as const }]) {
          if (s.status === 'done') return; // closed: facts after closure are the dossier's (see dossier.test.ts)
          s = transition(machineRecouvrement, s, e)[0];
        }
        const brut = JSON.parse(JSON.stringify(machineRecouvrement.getPersistedSnapshot(s))) as object;
        expect(r.dossier).toEqual({ format: 'recouvrement/dossier', version: VERSION_DOSSIER, ...brut });
      }),
      { numRuns: runs(60) },
    );
  });

  it('one bad event anywhere in the batch: refused with its index, nothing applied, the dossier given unchanged', () => {
    const mauvais = fc.constantFrom<unknown>(
      { type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '12,50' },
      { date: '2025-03-01' },
      { type: 'JOUR', date: '2025-02-30' },
      { type: 'RELANCE_ENVOYEE', date: '2205-02-16', canal: 'email' },
      { type: 'AVOIR_EMIS', date: '2024-12-01', montant: '10.00' },
      null,
    );
    fc.assert(
      fc.property(lot, mauvais, fc.nat(), (evenements, m, k) => {
        const d = creerDossier(entree);
        const avant = JSON.stringify(d);
        const i = k % (evenements.length + 1);
        const lotMauvais = [...evenements.slice(0, i), m, ...evenements.slice(i)];
        let erreur: unknown = null;
        try {
          avancerDossier(d, lotMauvais, { aujourdhui: AUJOURDHUI });
        } catch (e) {
          erreur = e;
        }
        expect(erreur).toBeInstanceOf(RecouvrementError);
        expect((erreur as RecouvrementError).issues[0]?.path.slice(0, 2)).toEqual(['evenements', i]);
        expect(JSON.stringify(d)).toBe(avant);
      }),
      { numRuns: runs(60) },
    );
  });

  it('reversing a payment then paying it again on its date = never reversed (C. civ. 1342: the reversed payment discharged nothing)', () => {
    const jours = fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1300 }), fc.constantFrom('rejet-prelevement' as const, 'cheque-impaye' as const));
    fc.assert(
      fc.property(lot, jours, (evenements, [j, apres, euros, motif]) => {
        const date = formaterDate(lireDate('2025-01-15') + j);
        const annulation = formaterDate(lireDate(date) + apres);
        const montant = `${euros}.00`;
        // the reversal's day passes in both (every event moves the machine's time, like a JOUR)
        const jamais = avancerDossier(creerDossier(entree), [...evenements, { type: 'PAIEMENT_RECU', date, montant }, { type: 'JOUR', date: annulation }], { aujourdhui: AUJOURDHUI });
        const annule = avancerDossier(
          creerDossier(entree),
          [...evenements, { type: 'PAIEMENT_RECU', date, montant, reference: 'CHQ-X' }, { type: 'PAIEMENT_ANNULE', date: annulation, reference: 'CHQ-X', motif }],
          { aujourdhui: AUJOURDHUI },
        );
        // closed by something else (a write-off…): a payment after closure is the dossier's own record (dossier.test.ts)
        if (annule.dossier.status === 'done') return;
        const repaye = avancerDossier(annule.dossier, [{ type: 'PAIEMENT_RECU', date, montant }], { aujourdhui: AUJOURDHUI });
        // the same figures (the reversal stays in the dossier, and its warning in the statement)
        const { avertissements: _a, references: _r, ...chiffres } = repaye.situation;
        const { avertissements: _b, references: _s, ...attendus } = jamais.situation;
        expect(chiffres).toEqual(attendus);
        expect(repaye.dossier.value).toEqual(jamais.dossier.value);
      }),
      { numRuns: runs(40) },
    );
  });

  it('a hold never removes a legal deadline: prescription and the other legal deadlines are the same with or without it', () => {
    const legales = (a: ReturnType<typeof prochainesActions>) => a.filter((x) => x.nature !== 'planifiee').map((x) => ({ type: x.type, echeance: x.echeance }));
    fc.assert(
      fc.property(lot, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 120 }), (evenements, j, duree) => {
        const date = formaterDate(lireDate('2025-01-15') + j);
        const sans = avancerDossier(creerDossier(entree), evenements, { aujourdhui: AUJOURDHUI });
        const avec = avancerDossier(creerDossier(entree), [...evenements, { type: 'SUSPENSION', date, jusquau: formaterDate(lireDate(date) + duree), motif: 'accord' }], { aujourdhui: AUJOURDHUI });
        expect(legales(avec.actions)).toEqual(legales(sans.actions));
        for (const jour of ['2025-06-01', AUJOURDHUI]) {
          if (avec.dossier.status === 'active') expect(legales(prochainesActions(avec.dossier, jour))).toEqual(legales(prochainesActions(sans.dossier, jour)));
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it('a kept promise = the same state and situation as the payments without the promise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 150 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 1300 }), (j, delai, euros) => {
        const date = formaterDate(lireDate('2025-01-15') + j);
        const datePromise = formaterDate(lireDate(date) + delai);
        const montant = `${euros}.00`;
        const paiement = { type: 'PAIEMENT_RECU' as const, date: datePromise, montant };
        const sans = avancerDossier(creerDossier(entree), [paiement], { aujourdhui: AUJOURDHUI });
        const avec = avancerDossier(creerDossier(entree), [{ type: 'PROMESSE_PAIEMENT', date, montant, datePromise }, paiement], { aujourdhui: AUJOURDHUI });
        expect(avec.dossier.value).toEqual(sans.dossier.value);
        expect(avec.situation).toEqual(sans.situation);
        expect(avec.actions).toEqual(sans.actions);
      }),
      { numRuns: runs(40) },
    );
  });
});
