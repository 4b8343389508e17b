// The machine on an invoice payable in several terms (`Creance.echeances`): the reminder scenario runs from
// the first instalment late — its due date passed while it was left unpaid (C. com. L441-10 II: penalties run
// from the day after the due date of the sum unpaid; D441-5: the 40 € from the first day of delay) — read on
// the claim's statement (`situationCreance(...).echeances[]`), never computed a second time. With one
// instalment, exactly as without `echeances`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import type { CreanceEntree } from '../entites/creance.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { avancerDossier, creerDossier } from './dossier.js';
import { dateDepartScenario, premiereEcheanceEnRetard } from './etapes.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { creanceB2B, creanceConso, debiteurConso, debiteurPro } from './outils-test.js';
import { creanceCourante, verdictProcedure } from './regles.js';

/** 1 200 € in three instalments of 400 € due 14 February, 14 March and 14 April 2025. */
const EN_TROIS_FOIS: CreanceEntree = {
  ...creanceB2B,
  dateEcheance: '2025-04-14',
  echeances: [
    { date: '2025-02-14', montant: '400.00' },
    { date: '2025-03-14', montant: '400.00' },
    { date: '2025-04-14', montant: '400.00' },
  ],
};
const PRO = { creance: EN_TROIS_FOIS, debiteur: debiteurPro };
const relance = (actions: readonly { type: string; echeance: string; etape: string | null }[]) => actions.find((a) => a.type === 'relance');

describe('Instalments: reminders run from the first instalment late (C. com. L441-10 II, D441-5)', () => {
  it('worked example: three instalments, the first unpaid — the first reminder is due at the scenario’s delay (pme: +1 day) after the FIRST due date', () => {
    const r = avancerDossier(creerDossier(PRO), [], { aujourdhui: '2025-02-20' });
    expect(r.dossier.value).toEqual({ amiable: 'relances' });
    expect(relance(r.actions)).toMatchObject({ echeance: '2025-02-15', etape: 'relance-j+1', statut: 'a-faire' });
    // Not the final due date (14 April) the invoice's dateEcheance names.
    expect(premiereEcheanceEnRetard(r.dossier.context)).toBe('2025-02-14');
    expect(dateDepartScenario(r.dossier.context)).toBe('2025-02-14');
  });

  it('before the first due date: à échoir, the pre-due rappel (pme: −5 days) planned before the FIRST instalment', () => {
    const r = avancerDossier(creerDossier(PRO), [], { aujourdhui: '2025-02-10' });
    expect(r.dossier.value).toEqual({ amiable: 'aEchoir' });
    expect(r.actions.find((a) => a.type === 'rappel')).toMatchObject({ echeance: '2025-02-09', etape: 'rappel-j-5' });
    // On the first due date itself nothing is late yet (the delay starts the next day, L441-10 II).
    expect(avancerDossier(creerDossier(PRO), [], { aujourdhui: '2025-02-14' }).dossier.value).toEqual({ amiable: 'aEchoir' });
  });

  it('the first instalment paid on its due date, the second unpaid: no reminder before 15 March, then counted from 14 March', () => {
    const paye = [{ type: 'PAIEMENT_RECU', date: '2025-02-14', montant: '400.00' }] as const;
    const avant = avancerDossier(creerDossier(PRO), paye, { aujourdhui: '2025-03-14' });
    expect(avant.dossier.value).toEqual({ amiable: 'aEchoir' });
    expect(premiereEcheanceEnRetard(avant.dossier.context)).toBeNull();
    // No instalment late: the rappel step counts from the next instalment due (14 March).
    expect(dateDepartScenario(avant.dossier.context)).toBe('2025-03-14');
    const apres = avancerDossier(creerDossier(PRO), paye, { aujourdhui: '2025-03-20' });
    expect(apres.dossier.value).toEqual({ amiable: 'relances' });
    expect(relance(apres.actions)).toMatchObject({ echeance: '2025-03-15', etape: 'relance-j+1' });
    expect(apres.situation.indemnite).toBe('40.00');
  });

  it('the first instalment paid late keeps the scenario’s start: delay ran on it (joursDeRetard > 0)', () => {
    const r = avancerDossier(creerDossier(PRO), [{ type: 'PAIEMENT_RECU', date: '2025-02-25', montant: '500.00' }], { aujourdhui: '2025-03-01' });
    expect(r.dossier.value).toEqual({ amiable: 'relances' });
    expect(premiereEcheanceEnRetard(r.dossier.context)).toBe('2025-02-14');
    expect(relance(r.actions)?.echeance).toBe('2025-02-15');
  });

  it('a reminder sent after the first late instalment fulfils the first post-due step (not the pre-due rappel)', () => {
    const r = avancerDossier(creerDossier(PRO), [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }], { aujourdhui: '2025-02-20' });
    expect(r.dossier.context.relances.map((x) => x.etape)).toEqual(['relance-j+1']);
    // The next step (pme: appel at +10 days) from the first due date: 24 February.
    expect(r.actions.find((a) => a.type === 'appel')?.echeance).toBe('2025-02-24');
  });

  it('a consumer (no penalties before a mise en demeure): the unpaid first instalment starts the scenario (particulier: +5 days)', () => {
    const creance: CreanceEntree = { ...creanceConso, montantTTC: '300.00', dateEcheance: '2025-04-14', echeances: [{ date: '2025-02-14', montant: '100.00' }, { date: '2025-03-14', montant: '100.00' }, { date: '2025-04-14', montant: '100.00' }] };
    const r = avancerDossier(creerDossier({ creance, debiteur: debiteurConso }), [], { aujourdhui: '2025-02-25' });
    expect(r.dossier.value).toEqual({ amiable: 'relances' });
    expect(relance(r.actions)?.echeance).toBe('2025-02-19');
  });
});

describe('Instalments: the claim given to the eligibility rules (creanceCourante, verdictProcedure)', () => {
  it('credit notes reduce the instalments as the statement does (the earliest first): 500 € wipe instalment 1 and 100 € of instalment 2', () => {
    const r = avancerDossier(creerDossier(PRO), [{ type: 'AVOIR_EMIS', date: '2025-01-20', montant: '500.00' }], { aujourdhui: '2025-03-01' });
    const c = creanceCourante(r.dossier.context);
    expect(c.montantTTC).toBe('700.00');
    expect(c.echeances).toEqual([
      { date: '2025-03-14', montant: '300.00' },
      { date: '2025-04-14', montant: '400.00' },
    ]);
    // Nothing is late on 1 March: instalment 1 was wiped out, instalment 2 falls due on 14 March.
    expect(r.dossier.value).toEqual({ amiable: 'aEchoir' });
  });

  it('C. civ. 1305-2: an injonction de payer on 1 March claims the first instalment due, not the 800 € to fall due', () => {
    const r = avancerDossier(creerDossier(PRO), [], { aujourdhui: '2025-03-01' });
    const v = verdictProcedure(r.dossier.context, 'injonction-de-payer', '2025-03-01');
    expect(v.eligible).toBe(true);
    expect(v.motifs.some((m) => m.startsWith('✓ Exigible en partie depuis l’échéance du 2025-02-14 (incluse) : 442.16 €'))).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------------------
// Property: one instalment `{ date: dateEcheance, montant: montantTTC }` = no `echeances`.

type Gabarit = (date: string) => EvenementRecouvrementEntree;
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'JOUR', date }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '1200.00' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '250.00', reference: 'R1' }),
  (date) => ({ type: 'PAIEMENT_ANNULE', date, reference: 'R1', motif: 'rejet-prelevement' }),
  (date) => ({ type: 'SUSPENSION', date, jusquau: formaterDate(lireDate(date) + 20), motif: 'congés' }),
  (date) => ({ type: 'PROMESSE_PAIEMENT', date, montant: '400.00', datePromise: formaterDate(lireDate(date) + 10) }),
  (date) => ({ type: 'AVOIR_EMIS', date, montant: '50.00' }),
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'email' }),
  (date) => ({ type: 'MISE_EN_DEMEURE_ENVOYEE', date }),
  (date) => ({ type: 'LITIGE_OUVERT', date, motif: 'qualité' }),
  (date) => ({ type: 'LITIGE_RESOLU', date }),
  (date) => ({ type: 'ECHEANCIER_ACCEPTE', date, echeances: [{ date: formaterDate(lireDate(date) + 30), montant: '600.00' }] }),
  (date) => ({ type: 'PROCEDURE_ENGAGEE', date, procedure: 'injonction-de-payer' }),
  (date) => ({ type: 'PASSAGE_EN_PERTE', date }),
);
/** Events dated from the invoice on (15 January 2025), in any order; "today" after the last of them. */
const scenario = fc.record({
  evenements: fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), gabarit), { maxLength: 10 }).map((l) => l.map(([j, g]) => g(formaterDate(lireDate('2025-01-15') + j)))),
  aujourdhui: fc.integer({ min: 200, max: 260 }).map((j) => formaterDate(lireDate('2025-01-15') + j)),
  echeance: fc.integer({ min: 0, max: 90 }).map((j) => formaterDate(lireDate('2025-01-15') + j)),
  consommateur: fc.boolean(),
});

describe('Instalments (property): one instalment behaves exactly as none', () => {
  it('echeances: [{ date: dateEcheance, montant: montantTTC }] gives the same states, contexts (but for the field), actions and situation', () => {
    fc.assert(
      fc.property(scenario, ({ evenements, aujourdhui, echeance, consommateur }) => {
        const base: CreanceEntree = { ...(consommateur ? creanceConso : creanceB2B), dateEcheance: echeance };
        const debiteur = consommateur ? debiteurConso : debiteurPro;
        const une: CreanceEntree = { ...base, echeances: [{ date: echeance, montant: base.montantTTC }] };
        const sans = avancerDossier(creerDossier({ creance: base, debiteur }), evenements, { aujourdhui });
        const avec = avancerDossier(creerDossier({ creance: une, debiteur }), evenements, { aujourdhui });
        expect(avec.dossier.value).toEqual(sans.dossier.value);
        expect(avec.dossier.status).toEqual(sans.dossier.status);
        const { creance: ca, ...contexteAvec } = avec.dossier.context;
        const { creance: cs, ...contexteSans } = sans.dossier.context;
        expect(contexteAvec).toEqual(contexteSans);
        const { echeances: _e, ...creanceAvec } = ca;
        expect(creanceAvec).toEqual(cs);
        expect(avec.actions).toEqual(sans.actions);
        expect(avec.situation).toEqual(sans.situation);
      }),
      { numRuns: runs(60) },
    );
  });
});
