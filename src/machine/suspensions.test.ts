// Issue 17 items 2 and 5, issue 14 (payment plan field), issue 16 (209), issue 15 (restored text fields):
// reversed payments on the dossier, holds and promises, plans without penalties.
import { describe, expect, it } from 'vitest';
import { RecouvrementError } from '../socle/erreurs.js';
import { avancerDossier, creerDossier, lireDossier, type Dossier } from './dossier.js';
import { creanceB2B, debiteurPro } from './outils-test.js';
import { prochainesActions } from './prochainesActions.js';
import { situationFinanciere } from './situation.js';

const entree = { creance: creanceB2B, debiteur: debiteurPro };
const types = (d: { actions: readonly { type: string }[] }) => d.actions.map((a) => a.type);
const erreur = (f: () => unknown): RecouvrementError => {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return e;
    throw e;
  }
  throw new Error('pas d’erreur');
};

describe('PAIEMENT_ANNULE on a settled dossier (issue 17 item 2)', () => {
  const solde = avancerDossier(creerDossier(entree), [{ type: 'PAIEMENT_RECU', date: '2025-02-10', montant: '1200.00', reference: 'PRLV-7' }], { aujourdhui: '2025-02-12' });

  it('pay in full → soldee → direct debit returned (rejet-prelevement): the dossier reopens in recovery with the amount due and the next reminder', () => {
    expect(solde.dossier.value).toBe('soldee');
    const r = avancerDossier(solde.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-02-20', reference: 'PRLV-7', motif: 'rejet-prelevement' }], { aujourdhui: '2025-02-20' });
    expect(r.dossier.status).toBe('active');
    expect(r.dossier.value).toEqual({ amiable: 'relances' });
    expect(r.dossier.context.cloture).toBeNull();
    // as if never made, from its own date (C. civ. 1342): the principal and the penalties since the due date
    expect(r.situation.principalDu).toBe('1200.00');
    expect(r.situation.indemnite).toBe('40.00');
    expect(r.dossier.context.paiements).toEqual([{ date: '2025-02-10', montant: '1200.00', annulation: { date: '2025-02-20', motif: 'rejet-prelevement' } }]);
    expect(r.dossier.context.dossier.slice(-2).map((e) => e.type)).toEqual(['PAIEMENT_ANNULE', 'reouverture']);
    expect(r.actions.find((a) => a.type === 'relance')).toMatchObject({ statut: 'a-faire', modele: 'relance-amiable' });
    // the reversed payment's acknowledgement is gone (the documented choice: the earlier deadline)
    expect(r.dossier.context.prescription).toEqual([]);
    // and lireDossier trusts it
    expect(lireDossier(JSON.stringify(r.dossier)).value).toEqual({ amiable: 'relances' });
  });

  it('a refund (remboursement) reopens from the refund date; the payment counted until then', () => {
    const r = avancerDossier(solde.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-03-10', reference: 'PRLV-7', motif: 'remboursement' }], { aujourdhui: '2025-03-10' });
    expect(r.dossier.value).toEqual({ amiable: 'relances' });
    expect(r.situation.principalDu).toBe('1200.00');
  });

  it('a reversal that leaves nothing due (a trop-perçu returned) keeps the dossier closed, recorded', () => {
    const trop = avancerDossier(solde.dossier, [{ type: 'PAIEMENT_RECU', date: '2025-02-15', montant: '50.00', reference: 'VIR-9' }], { aujourdhui: '2025-02-15' });
    expect(trop.situation.tropPercu).toBe('50.00');
    const r = avancerDossier(trop.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-02-16', reference: 'VIR-9', motif: 'remboursement' }], { aujourdhui: '2025-02-16' });
    expect(r.dossier.value).toBe('soldee');
    expect(r.situation.tropPercu).toBe('0.00');
    expect(r.dossier.context.dossier.at(-1)).toMatchObject({ type: 'paiement-annule-apres-cloture', donnees: { etat: 'soldee', reference: 'VIR-9', motif: 'remboursement' } });
  });

  it('after another closure (a write-off) the reversal is recorded on the payment; the dossier stays closed', () => {
    const perte = avancerDossier(
      creerDossier(entree),
      [
        { type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '100.00', reference: 'CHQ-1' },
        { type: 'PASSAGE_EN_PERTE', date: '2025-04-01' },
      ],
      { aujourdhui: '2025-04-01' },
    );
    const r = avancerDossier(perte.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-04-02', reference: 'CHQ-1', motif: 'cheque-impaye' }], { aujourdhui: '2025-04-02' });
    expect(r.dossier.value).toBe('irrecouvrable');
    expect(r.dossier.context.paiements[0]?.annulation).toEqual({ date: '2025-04-02', motif: 'cheque-impaye' });
  });
});

describe('SUSPENSION and PROMESSE_PAIEMENT (issue 17 item 5)', () => {
  const enRelance = avancerDossier(creerDossier(entree), [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }], { aujourdhui: '2025-03-01' });

  it('a hold proposes no reminder until its end, keeps the prescription deadline and says prescription keeps running (C. civ. 2233 to 2239)', () => {
    const r = avancerDossier(enRelance.dossier, [{ type: 'SUSPENSION', date: '2025-03-01', jusquau: '2025-03-31', motif: 'client en congés' }], { aujourdhui: '2025-03-05' });
    expect(types(r)).not.toContain('relance');
    expect(types(r)).not.toContain('appel');
    expect(types(r)).toContain('prescription');
    expect(types(r)).toContain('suspension-relances');
    expect(r.actions.find((a) => a.type === 'suspension-relances')?.echeance).toBe('2025-04-01');
    expect(r.actions.find((a) => a.type === 'prescription')?.avertissements.join(' ')).toMatch(/continue de courir/);
    // after the hold: the next step, due the day after it at the earliest
    const apres = prochainesActions(r.dossier, '2025-04-01');
    expect(apres.find((a) => a.type === 'appel')?.echeance).toBe('2025-04-01');
    expect(apres.map((a) => a.type)).not.toContain('suspension-relances');
  });

  it('SUSPENSION_LEVEE lifts it early: reminders from that day', () => {
    const r = avancerDossier(
      enRelance.dossier,
      [
        { type: 'SUSPENSION', date: '2025-03-01', jusquau: '2025-03-31', motif: 'statut 211 Paiement transmis' },
        { type: 'SUSPENSION_LEVEE', date: '2025-03-10' },
      ],
      { aujourdhui: '2025-03-10' },
    );
    expect(r.dossier.context.suspension).toEqual({ date: '2025-03-01', jusquau: '2025-03-31', motif: 'statut 211 Paiement transmis', levee: '2025-03-10' });
    expect(r.actions.find((a) => a.type === 'appel')?.echeance).toBe('2025-03-10');
    // lifting without a hold running: recorded as not applied
    const sans = avancerDossier(enRelance.dossier, [{ type: 'SUSPENSION_LEVEE', date: '2025-03-02' }], { aujourdhui: '2025-03-02' });
    expect(sans.dossier.context.dossier.at(-1)).toMatchObject({ type: 'evenement-non-applique', donnees: { evenement: 'SUSPENSION_LEVEE' } });
  });

  it('a hold ending before its start is refused at the boundary, with the path', () => {
    const e = erreur(() => avancerDossier(enRelance.dossier, [{ type: 'SUSPENSION', date: '2025-03-01', jusquau: '2025-02-01', motif: 'x' }], { aujourdhui: '2025-03-01' }));
    expect(e.issues[0]?.path).toEqual(['evenements', 0, 'jusquau']);
    const p = erreur(() => avancerDossier(enRelance.dossier, [{ type: 'PROMESSE_PAIEMENT', date: '2025-03-01', montant: '100.00', datePromise: '2025-02-01' }], { aujourdhui: '2025-03-01' }));
    expect(p.issues[0]?.path).toEqual(['evenements', 0, 'datePromise']);
    expect(erreur(() => avancerDossier(enRelance.dossier, [{ type: 'SUSPENSION', date: '2025-03-01', jusquau: '2025-03-10', motif: 'a\u202Eb' }], { aujourdhui: '2025-03-01' })).issues[0]?.path).toEqual(['evenements', 0, 'motif']);
  });

  it('a promise kept (payments ≥ the amount by its date) closes it, and soldee when nothing is due', () => {
    const promis = avancerDossier(enRelance.dossier, [{ type: 'PROMESSE_PAIEMENT', date: '2025-03-01', montant: '1200.00', datePromise: '2025-03-15' }], { aujourdhui: '2025-03-02' });
    expect(types(promis)).toContain('promesse-paiement');
    expect(types(promis)).not.toContain('appel');
    const du = avancerDossier(promis.dossier, [], { aujourdhui: '2025-03-10' }).situation.totalDu;
    const tenue = avancerDossier(promis.dossier, [{ type: 'PAIEMENT_RECU', date: '2025-03-10', montant: du }], { aujourdhui: '2025-03-10' });
    expect(tenue.dossier.value).toBe('soldee');
    // a partial promise kept: the promise closes, reminders resume on their planned days
    const partielle = avancerDossier(enRelance.dossier, [{ type: 'PROMESSE_PAIEMENT', date: '2025-03-01', montant: '300.00', datePromise: '2025-03-15' }, { type: 'PAIEMENT_RECU', date: '2025-03-05', montant: '300.00' }], { aujourdhui: '2025-03-06' });
    expect(types(partielle)).not.toContain('promesse-paiement');
    expect(partielle.actions.find((a) => a.type === 'appel')?.echeance).toBe('2025-02-24');
  });

  it('a broken promise resumes the scenario at its next step, the day after the promised date', () => {
    const promis = avancerDossier(enRelance.dossier, [{ type: 'PROMESSE_PAIEMENT', date: '2025-03-01', montant: '1200.00', datePromise: '2025-03-15' }, { type: 'PAIEMENT_RECU', date: '2025-03-14', montant: '200.00' }], { aujourdhui: '2025-03-15' });
    expect(promis.actions.find((a) => a.type === 'promesse-paiement')?.montant).toBe('1000.00');
    const rompue = avancerDossier(promis.dossier, [], { aujourdhui: '2025-03-16' });
    expect(types(rompue)).not.toContain('promesse-paiement');
    expect(rompue.actions.find((a) => a.type === 'appel')).toMatchObject({ echeance: '2025-03-16', statut: 'a-faire' });
  });
});

describe('ECHEANCIER_ACCEPTE.penalitesPendantEcheancier (issue 14, C. civ. 1343-5 is the judge’s grace)', () => {
  const plan = (penalites: boolean | undefined) =>
    avancerDossier(
      creerDossier(entree),
      [
        {
          type: 'ECHEANCIER_ACCEPTE',
          date: '2025-03-01',
          echeances: [{ date: '2025-04-01', montant: '600.00' }, { date: '2025-05-01', montant: '600.00' }],
          ...(penalites === undefined ? {} : { penalitesPendantEcheancier: penalites }),
        },
      ],
      { aujourdhui: '2025-03-31' },
    );

  it('by default penalties keep running during an amicable plan (a waiver is not presumed)', () => {
    expect(plan(undefined).dossier.context.echeancier?.penalitesPendantEcheancier).toBe(true);
    expect(plan(undefined).situation).toEqual(plan(true).situation);
  });

  it('false: no accrual from the plan’s day, and the days stay without accrual once the plan fails', () => {
    const sans = plan(false);
    const avec = plan(true);
    expect(Number(sans.situation.penalites)).toBeLessThan(Number(avec.situation.penalites));
    // the plan fails (nothing paid on 1 April, no tolerance): no accrual up to the last day of tolerance
    const defaillant = avancerDossier(sans.dossier, [], { aujourdhui: '2025-04-10' });
    expect(defaillant.dossier.value).toEqual({ amiable: 'escalade' });
    expect(defaillant.dossier.context.periodesSansAccessoires).toEqual([{ du: '2025-03-01', au: '2025-04-01' }]);
    expect(defaillant.dossier.context.echeancier).toBeNull();
  });
});

describe('209 Complétée in the amicable phases (issue 16)', () => {
  const base = avancerDossier(creerDossier(entree), [], { aujourdhui: '2025-03-01' });

  it('with a partial dispute open: applied as LITIGE_RESOLU (the buyer completed the invoice), the dispute closes', () => {
    const r = avancerDossier(base.dossier, [{ type: 'LITIGE_OUVERT', date: '2025-03-01', motif: 'quantités', montantConteste: '200.00' }, { type: 'LITIGE_RESOLU', date: '2025-03-05', motif: 'statut 209 Complétée' }], { aujourdhui: '2025-03-05' });
    expect(r.dossier.context.dossier.at(-1)).toMatchObject({ type: 'LITIGE_RESOLU' });
    expect(r.actions.find((a) => a.type === 'relance' || a.type === 'appel')?.montant).toBeNull();
  });

  it('without a dispute: recorded only (evenement-non-applique), nothing changes', () => {
    const r = avancerDossier(base.dossier, [{ type: 'LITIGE_RESOLU', date: '2025-03-05', motif: 'statut 209 Complétée' }], { aujourdhui: '2025-03-05' });
    expect(r.dossier.value).toEqual(base.dossier.value);
    expect(r.dossier.context.dossier.at(-1)).toMatchObject({ type: 'evenement-non-applique', donnees: { evenement: 'LITIGE_RESOLU' } });
  });
});

describe('lireDossier refuses control characters in restored single-line text fields (issue 15)', () => {
  const d = avancerDossier(creerDossier(entree), [{ type: 'LITIGE_OUVERT', date: '2025-03-01', motif: 'qualité' }], { aujourdhui: '2025-03-01' }).dossier;
  const avec = (f: (c: Dossier['context']) => Dossier['context']): Dossier => ({ ...d, context: f(d.context) });
  it.each([
    ['CR/LF in the dispute motive', avec((c) => ({ ...c, litige: { ...c.litige!, motif: 'qualité\r\nNous renonçons' } })), 'context.litige.motif'],
    ['a tab in the closure motive', avec((c) => ({ ...c, dossier: [...c.dossier, { date: '2025-03-01', type: 'x\ty', donnees: {} }] })), 'context.dossier.'],
    ['bidi override U+202E', avec((c) => ({ ...c, relances: [{ date: '2025-03-01', canal: 'email', etape: 'a\u202Eb' }] })), 'context.relances.0.etape'],
    ['isolate U+2066', avec((c) => ({ ...c, mesures: [{ date: '2025-03-01', mesure: 'saisie\u2066' }] })), 'context.mesures.0.mesure'],
    ['zero-width space', avec((c) => ({ ...c, suspension: { date: '2025-03-01', jusquau: '2025-03-02', motif: 'a\u200Bb', levee: null } })), 'context.suspension.motif'],
  ])('%s: DOSSIER_INVALIDE naming the path', (_nom, dossier, chemin) => {
    const e = erreur(() => lireDossier(dossier));
    expect(e.code).toBe('DOSSIER_INVALIDE');
    expect(e.message).toContain(chemin);
  });
  it('a clean dossier with line breaks in a free-text motive is read', () => {
    expect(lireDossier(avec((c) => ({ ...c, accessoiresAbandonnes: { date: '2025-03-01', montant: null, motif: 'ligne 1\nligne 2' } }))).value).toBe('litige');
  });
});

describe('situationFinanciere honours a reversed payment kept in the context', () => {
  it('a bounced cheque counts for nothing', () => {
    const r = avancerDossier(creerDossier(entree), [{ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '400.00', reference: 'C' }, { type: 'PAIEMENT_ANNULE', date: '2025-03-04', reference: 'C', motif: 'cheque-impaye' }], { aujourdhui: '2025-03-05' });
    const jamais = avancerDossier(creerDossier(entree), [{ type: 'JOUR', date: '2025-03-04' }], { aujourdhui: '2025-03-05' });
    expect(situationFinanciere(r.dossier.context).totalDu).toBe(jamais.situation.totalDu);
  });
});

describe('a snapshot persisted by the previous release, restored as it is in an actor (no migration)', () => {
  it('still runs: no hold, no promise, penalties during plans (version 1 context)', async () => {
    const { readFileSync } = await import('node:fs');
    const { createActor } = await import('xstate');
    const { machineRecouvrement } = await import('./machineRecouvrement.js');
    const v1 = JSON.parse(readFileSync(new URL('../../test/fixtures/dossiers/v1-dossier-2026-12.json', import.meta.url), 'utf8')) as Dossier;
    const acteur = createActor(machineRecouvrement, { snapshot: v1 as never }).start();
    expect(acteur.getSnapshot().value).toEqual({ amiable: 'escalade' });
    acteur.send({ type: 'SUSPENSION', date: v1.context.dateCourante, jusquau: '2026-12-31', motif: 'accord' });
    expect(acteur.getSnapshot().context.suspension?.motif).toBe('accord');
  });
});
