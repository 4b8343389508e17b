// Properties of the host API (issue 12): a batch given to avancerDossier gives exactly what the raw machine
// gives on the same events in date order followed by JOUR aujourdhui; a batch with one bad event is refused
// whole, with that event's index, and the dossier given is unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { runs } from '../../test/proprietes.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { avancerDossier, creerDossier } from './dossier.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { machineRecouvrement } from './machineRecouvrement.js';
import { creanceB2B, debiteurPro } from './outils-test.js';

type Gabarit = (date: string) => EvenementRecouvrementEntree;
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'JOUR', date }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
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
        expect(r.dossier).toEqual({ format: 'recouvrement/dossier', version: 1, ...brut });
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
});
