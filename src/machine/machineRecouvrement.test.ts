import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { verifierEcheancier } from '../calculs/echeancier/verifierEcheancier.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { createActor } from 'xstate';
import { geler } from '../../test/outils.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { machineRecouvrement } from './machineRecouvrement.js';
import { creanceB2B, creanceConso, debiteurConso, debiteurPro, depart, jouer, persister, refuse, restaurer, type Instantane } from './outils-test.js';
import { prochainesActions } from './prochainesActions.js';
import { situationFinanciere } from './situation.js';
import { prescriptionCourante } from './regles.js';
import { contexteInitial } from './contexte.js';
import { imputerPaiements } from '../calculs/imputation/imputerPaiements.js';
import { lireEuros } from '../socle/euros.js';

const types = (s: Instantane) => s.context.dossier.map((d) => d.type);

describe('amiable — reminders, mise en demeure, escalation', () => {
  it('is not late on the due date, late from the next day (C. com. L441-10 II)', () => {
    const s = depart();
    expect(s.value).toEqual({ amiable: 'aEchoir' });
    expect(jouer(s, { type: 'JOUR', date: '2025-02-14' }).value).toEqual({ amiable: 'aEchoir' });
    expect(jouer(s, { type: 'JOUR', date: '2025-02-15' }).value).toEqual({ amiable: 'relances' });
  });

  it('starts in relances when it enters after the due date', () => {
    expect(depart({ date: '2025-03-01' }).value).toEqual({ amiable: 'relances' });
  });

  it('records the scenario step of each reminder, pre-due reminders before the due date', () => {
    const s = jouer(
      depart(),
      { type: 'RELANCE_ENVOYEE', date: '2025-02-09', canal: 'email' },
      { type: 'JOUR', date: '2025-02-15' },
      { type: 'RELANCE_ENVOYEE', date: '2025-02-15', canal: 'email' },
      { type: 'RELANCE_ENVOYEE', date: '2025-02-24', canal: 'telephone' },
    );
    expect(s.context.relances.map((r) => r.etape)).toEqual(['rappel-j-5', 'relance-j+1', 'appel-j+10']);
    expect(types(s)).toEqual(['creance-ouverte', 'RELANCE_ENVOYEE', 'RELANCE_ENVOYEE', 'RELANCE_ENVOYEE']);
  });

  it('a mise en demeure carries its deadline; the claim escalates the day after it (C. civ. 1344)', () => {
    const s = jouer(depart(), { type: 'JOUR', date: '2025-03-10' }, { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-16' });
    expect(s.value).toEqual({ amiable: 'miseEnDemeure' });
    expect(s.context.miseEnDemeure).toEqual({ date: '2025-03-16', dateLimite: '2025-03-24' }); // pme: 8 days
    expect(jouer(s, { type: 'JOUR', date: '2025-03-24' }).value).toEqual({ amiable: 'miseEnDemeure' });
    const e = jouer(s, { type: 'JOUR', date: '2025-03-25' });
    expect(e.value).toEqual({ amiable: 'escalade' });
    expect(types(e).at(-1)).toBe('delai-mise-en-demeure-expire');
    const d = jouer(depart({ date: '2025-03-01' }), { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-01', delaiJours: 15 });
    expect(d.context.miseEnDemeure?.dateLimite).toBe('2025-03-16');
  });

  it('refuses a mise en demeure before the claim is late, and ignores malformed events', () => {
    const s = depart();
    refuse(s, { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-02-01' });
    refuse(s, { type: 'JOUR', date: '2025-02-30' });
    refuse(s, { type: 'PAIEMENT_RECU', date: '2025-02-01', montant: -5 });
  });

  it('does not mutate the snapshot it is given', () => {
    const s = depart();
    geler(s.context);
    const avant = persister(s);
    const e = { type: 'PAIEMENT_RECU', date: '2025-03-10', montant: 100 } as const;
    geler(e);
    expect(() => jouer(s, { type: 'JOUR', date: '2025-03-10' }, e)).not.toThrow();
    expect(persister(s)).toEqual(avant);
  });

  it('refuses an unknown imputation rule at entry (ENTREE_INVALIDE)', () => {
    expect(() => contexteInitial({ creance: creanceB2B, debiteur: debiteurPro, imputation: 'au-choix' as never })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['imputation'] })] }));
    expect(depart().context.imputation).toBe('legale');
  });

  it('an e-invoicing rejection (213) closes the claim as annulee', () => {
    const s = jouer(depart(), { type: 'FACTURE_REJETEE', date: '2025-01-16', motif: 'SIREN' });
    expect(s.value).toBe('annulee');
    expect(s.status).toBe('done');
    expect(s.context.cloture).toEqual({ date: '2025-01-16', motif: 'facture-rejetee' });
  });
});

describe('accessories are never lost — payments imputed on them first (C. civ. 1343-1)', () => {
  it('worked example (C. civ. 1343-1): a late payment of the invoice amount pays the penalties and the 40 € first', () => {
    // 1 200 € due 2025-02-14, 1 200 € paid on 2025-03-16. Accrued at that date: 1 200 × (ECB 3.15 % on
    // 2025-01-01 + 10) × 30 days / 365 = 12.97 € of penalties (C. com. L441-10 II) and the 40 € (D441-5).
    // "Le paiement partiel s'impute d'abord sur les intérêts" (1343-1): 52.97 € go to the accessories,
    // 1 147.03 € to the principal; 52.97 € of principal remain due and keep bearing penalties.
    const s = jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1200.00' });
    expect(s.value).toEqual({ amiable: 'relances' });
    const f = situationFinanciere(s.context);
    expect(f).toMatchObject({ penalites: '12.97', indemnite: '40.00', accessoiresPayes: '52.97', accessoiresDus: '0.00', principalPaye: '1147.03', principalDu: '52.97', totalDu: '52.97', imputation: 'legale' });
    expect(f.references).toContain('C. civ. art. 1343-1');
    expect(f.avertissements.some((a) => a.includes('NON CONFIRMÉ'))).toBe(true);
    // The remaining principal bears penalties: 52.97 × 13.15 % × 14 days / 365 ≈ 0.27 € more by 2025-03-30.
    expect(lireEuros(situationFinanciere(s.context, '2025-03-30').penalites)).toBeGreaterThan(lireEuros('12.97'));
    expect(prochainesActions(s, '2025-03-16').some((x) => x.type === 'reclamer-accessoires')).toBe(false);
  });

  it('the same split as imputerPaiements given the accessories accrued at the payment date', () => {
    const s = jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1000.00' });
    const f = situationFinanciere(s.context);
    const r = imputerPaiements({
      dettes: [{ id: 'F', dateEcheance: '2025-02-14', principal: '1200.00', penalites: f.penalites, indemnite: f.indemnite }],
      paiements: [{ date: '2025-03-16', montant: '1000.00' }],
    });
    expect(r.dettes[0]?.restantDu.principal).toBe(f.principalDu);
    expect(lireEuros(r.dettes[0]!.impute.penalites) + lireEuros(r.dettes[0]!.impute.indemnite)).toBe(lireEuros(f.accessoiresPayes));
  });

  it('the claim is soldee once principal and accessories are paid', () => {
    expect(jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1252.97' }).value).toBe('soldee');
    // The invoice amount first, the accessories four days later: the principal left after 1343-1 bore 4 more days.
    const s = jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1200.00' }, { type: 'PAIEMENT_RECU', date: '2025-03-20', montant: '52.97' });
    expect(s.value).toEqual({ amiable: 'relances' });
    const reste = situationFinanciere(s.context).totalDu;
    expect(lireEuros(reste)).toBeGreaterThan(0);
    const p = jouer(s, { type: 'PAIEMENT_RECU', date: '2025-03-20', montant: reste });
    expect(p.value).toBe('soldee');
    expect(p.context.cloture?.motif).toBe('solde');
  });

  it('imputation: principal-d-abord (contract clause or judge, C. civ. 1343-5) leaves the accessories to claim', () => {
    const s = jouer(depart({ imputation: 'principal-d-abord' }), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1200.00' });
    expect(s.value).toEqual({ amiable: 'relances' });
    const f = situationFinanciere(s.context);
    expect(f).toMatchObject({ principalDu: '0.00', accessoiresDus: '52.97', imputation: 'principal-d-abord' });
    expect(f.references).toContain('C. civ. art. 1343-5');
    expect(prochainesActions(s, '2025-03-16').find((x) => x.type === 'reclamer-accessoires')?.montant).toBe('52.97');
    expect(jouer(s, { type: 'PAIEMENT_RECU', date: '2025-03-20', montant: '52.97' }).value).toBe('soldee');
  });

  it('or once they are explicitly waived: every payment then goes to the principal; the amount waived is recorded', () => {
    const s = jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1200.00' }, { type: 'ACCESSOIRES_ABANDONNES', date: '2025-03-20', motif: 'geste commercial' });
    expect(s.value).toBe('soldee');
    expect(s.context.accessoiresAbandonnes).toEqual({ date: '2025-03-20', montant: '52.97', motif: 'geste commercial' });
    const f = situationFinanciere(s.context);
    expect(f).toMatchObject({ principalDu: '0.00', accessoiresDus: '0.00', accessoiresAbandonnes: true });
  });

  it('a credit note corrects the invoice from the start: half paid on the due date, half cancelled six days later — no penalty, no 40 €, soldee (regression, model seed 1694007780)', () => {
    // 1 200 € due 2025-01-15, 600 € paid on the due date, a 600 € credit note on 2025-01-21. Read as a
    // correction from the start, 600 € were owed and paid on time: nothing was ever late (D441-5: the 40 € is
    // owed from the first day of delay on a positive balance). Before: penalties 0.00 but the 40 € owed.
    const s = jouer(
      depart({ creance: { ...creanceB2B, dateEcheance: '2025-01-15' } }),
      { type: 'PAIEMENT_RECU', date: '2025-01-15', montant: '600.00' },
      { type: 'AVOIR_EMIS', date: '2025-01-21', montant: '600.00' },
    );
    expect(situationFinanciere(s.context)).toMatchObject({ principal: '600.00', principalDu: '0.00', penalites: '0.00', indemnite: '0.00', totalDu: '0.00' });
    expect(s.value).toBe('soldee');
  });

  it('a payment on time settles the claim (nothing accrued)', () => {
    expect(jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-02-14', montant: '1200.00' }).value).toBe('soldee');
  });

  it('a consumer owes neither the 40 € nor L441-10 penalties: a late payment settles it (C. com. L441-10 II, CPCE L111-8)', () => {
    const s = jouer(depart({ creance: creanceConso, debiteur: debiteurConso }), { type: 'PAIEMENT_RECU', date: '2025-05-01', montant: '300.00' });
    expect(s.value).toBe('soldee');
  });

  it('even with a scenario claiming the 40 €, a consumer is never charged it', () => {
    const s = jouer(depart({ creance: creanceConso, debiteur: debiteurConso, scenario: machineScenarioPme() }), { type: 'JOUR', date: '2025-05-01' });
    expect(situationFinanciere(s.context).indemnite).toBe('0.00');
  });

  it('a consumer owes legal-rate interest from the mise en demeure (C. civ. 1231-6, 1344-1)', () => {
    const s = jouer(
      depart({ creance: creanceConso, debiteur: debiteurConso, date: '2025-03-01' }),
      { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-17' },
      { type: 'PAIEMENT_RECU', date: '2025-06-30', montant: '300.00' },
    );
    // 300 € × 3.71 % (2025-H1, autres cas) × 106 days / 365 = 3.23 €
    expect(situationFinanciere(s.context).penalites).toBe('3.23');
    expect(s.value).toEqual({ amiable: 'escalade' });
  });
});

function machineScenarioPme() {
  return { ...depart().context.scenario, accessoires: { penalites: true, indemniteForfaitaire: true } };
}

describe('negociation — payment plans', () => {
  const plan = {
    type: 'ECHEANCIER_ACCEPTE' as const,
    date: '2025-03-20',
    echeances: [
      { date: '2025-04-15', montant: '600.00' },
      { date: '2025-05-15', montant: '600.00' },
    ],
  };

  it('a plan moves the claim to negociation and acknowledges the debt (C. civ. 2240)', () => {
    const s = jouer(depart({ date: '2025-03-01' }), plan);
    expect(s.value).toBe('negociation');
    expect(s.context.prescription).toEqual([{ type: 'reconnaissance', date: '2025-03-20' }]);
    expect(prochainesActions(s, '2025-03-20')[0]).toMatchObject({ type: 'echeance-echeancier', echeance: '2025-04-15', montant: '600.00' });
  });

  it('a missed instalment makes the plan fail: back to escalation', () => {
    const s = jouer(depart({ date: '2025-03-01' }), plan, { type: 'JOUR', date: '2025-04-15' });
    expect(s.value).toBe('negociation');
    const e = jouer(s, { type: 'JOUR', date: '2025-04-16' });
    expect(e.value).toEqual({ amiable: 'escalade' });
    expect(types(e).at(-1)).toBe('echeancier-defaillant');
    expect(e.context.echeancier).toBeNull();
  });

  it('the scenario tolerance delays the failure (grand-compte: 5 days)', () => {
    const s = jouer(depart({ date: '2025-03-01', scenario: depart().context.scenario && { ...machineScenarioPme(), toleranceEcheancierJours: 5 } }), plan);
    expect(jouer(s, { type: 'JOUR', date: '2025-04-20' }).value).toBe('negociation');
    expect(jouer(s, { type: 'JOUR', date: '2025-04-21' }).value).toEqual({ amiable: 'escalade' });
  });

  it('an honoured plan ends; accessories still due send the claim back where it was', () => {
    const s = jouer(
      depart({ date: '2025-03-01' }),
      plan,
      { type: 'PAIEMENT_RECU', date: '2025-04-15', montant: '600.00' },
      { type: 'PAIEMENT_RECU', date: '2025-05-15', montant: '600.00' },
    );
    expect(s.value).toEqual({ amiable: 'relances' });
    expect(types(s).at(-1)).toBe('echeancier-honore');
    // The instalments first paid the accrued penalties and the 40 € (1343-1): principal remains.
    expect(situationFinanciere(s.context).principalDu).not.toBe('0.00');
  });

  it('agrees with verifierEcheancier: a plan still in negociation is never in default under its clause', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 700 })), { maxLength: 6 }), fc.integer({ min: 0, max: 150 }), (pays, jours) => {
        let s = jouer(depart({ date: '2025-03-01' }), plan);
        for (const [d, m] of pays.sort((a, b) => a[0] - b[0])) s = jouer(s, { type: 'PAIEMENT_RECU', date: formaterDate(lireDate('2025-03-20') + d), montant: m });
        s = jouer(s, { type: 'JOUR', date: formaterDate(lireDate('2025-03-20') + jours) });
        if (s.value !== 'negociation') return;
        const r = verifierEcheancier({ echeances: plan.echeances }, s.context.paiements, s.context.dateCourante, { defaillanceApres: { echeancesImpayees: 1, delaiGraceJours: 0 } });
        expect(r.defaillance?.acquise).toBe(false);
        const a = prochainesActions(s, s.context.dateCourante).find((x) => x.type === 'echeance-echeancier');
        const l = r.echeances.find((e) => e.statut !== 'payee');
        expect(a && { echeance: a.echeance, montant: a.montant }).toEqual(l && { echeance: l.date, montant: l.resteDu });
      }),
      { numRuns: runs(300) },
    );
  });

  it('refuses a plan whose instalments precede the agreement or are not in order', () => {
    const s = depart({ date: '2025-03-01' });
    refuse(s, { ...plan, echeances: [{ date: '2025-03-01', montant: '10.00' }] });
    refuse(s, { ...plan, echeances: [{ date: '2025-05-01', montant: '10.00' }, { date: '2025-05-01', montant: '10.00' }] });
  });
});

describe('litige — reminders paused, prescription running', () => {
  it('returns to the amicable step it left', () => {
    const s = jouer(depart(), { type: 'JOUR', date: '2025-03-10' }, { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-10' }, { type: 'LITIGE_OUVERT', date: '2025-03-12', motif: 'livraison incomplète' });
    expect(s.value).toBe('litige');
    expect(prochainesActions(s, '2025-03-12').map((a) => a.type)).toEqual(['traiter-litige', 'prescription']);
    expect(jouer(s, { type: 'LITIGE_RESOLU', date: '2025-03-15' }).value).toEqual({ amiable: 'miseEnDemeure' });
  });

  it('returns to negociation when the dispute arose during a plan', () => {
    const s = jouer(
      depart({ date: '2025-03-01' }),
      { type: 'ECHEANCIER_ACCEPTE', date: '2025-03-02', echeances: [{ date: '2025-12-01', montant: '1200.00' }] },
      { type: 'LITIGE_OUVERT', date: '2025-03-05', motif: 'x' },
    );
    expect(s.value).toBe('litige');
    expect(jouer(s, { type: 'LITIGE_RESOLU', date: '2025-03-06' }).value).toBe('negociation');
  });

  it('a credit note closes it; accessories already accrued must still be paid or waived', () => {
    const s = jouer(depart({ date: '2025-04-01' }), { type: 'LITIGE_OUVERT', date: '2025-04-01', motif: 'prix' }, { type: 'AVOIR_EMIS', date: '2025-04-02', montant: '1200.00' });
    expect(s.value).toBe('soldee'); // the whole invoice is cancelled: no principal, no penalties, no 40 €
    const p = jouer(
      depart({ date: '2025-04-01' }),
      { type: 'PAIEMENT_RECU', date: '2025-04-01', montant: '1000.00' },
      { type: 'LITIGE_OUVERT', date: '2025-04-01', motif: 'prix' },
      { type: 'AVOIR_EMIS', date: '2025-04-02', montant: '200.00' },
    );
    expect(p.value).toBe('litige');
    expect(jouer(p, { type: 'ACCESSOIRES_ABANDONNES', date: '2025-04-03' }).value).toBe('soldee');
  });

  it('the summary procedures are refused on a disputed claim; the merits remain open', () => {
    const s = jouer(depart({ date: '2025-04-01' }), { type: 'LITIGE_OUVERT', date: '2025-04-01', motif: 'qualité' });
    refuse(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-04-02', procedure: 'injonction-de-payer' });
    refuse(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-04-02', procedure: 'refere-provision' });
    expect(jouer(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-04-02', procedure: 'assignation-au-fond' }).value).toEqual({ judiciaire: { assignationAuFond: 'instance' } });
  });

  it('prescription is acquired during a dispute (5 years from delivery, C. com. L110-4)', () => {
    const s = jouer(depart({ date: '2025-04-01' }), { type: 'LITIGE_OUVERT', date: '2025-04-01', motif: 'x' });
    expect(jouer(s, { type: 'JOUR', date: '2030-01-15' }).value).toBe('litige');
    const p = jouer(s, { type: 'JOUR', date: '2030-01-16' });
    expect(p.value).toBe('prescrite');
    expect(p.context.cloture).toEqual({ date: '2030-01-16', motif: 'prescription' });
  });
});

describe('mediation and conciliation suspend prescription (C. civ. 2238)', () => {
  // Delivered 2025-01-15: 5 years (C. com. L110-4), last day 2030-01-15 without any event.
  const litige = () => jouer(depart({ date: '2025-04-01' }), { type: 'LITIGE_OUVERT', date: '2025-04-01', motif: 'qualité' });

  it('worked example: a 100-day mediation pushes the deadline by 100 days', () => {
    const m = jouer(litige(), { type: 'MEDIATION_DEBUT', date: '2029-06-01' });
    expect(m.context.mediation).toEqual({ date: '2029-06-01', mode: 'mediation' });
    expect(m.context.prescription.at(-1)).toEqual({ type: 'mediation-debut', date: '2029-06-01' });
    const f = jouer(m, { type: 'MEDIATION_FIN', date: '2029-09-09' });
    expect(f.context.mediation).toBeNull();
    expect(f.context.prescription.at(-1)).toEqual({ type: 'mediation-fin', date: '2029-09-09' });
    // 228 days were left on 2029-06-01; they run again from 2029-09-09: 2030-04-25 (more than six months).
    expect(prescriptionCourante(f.context).dateLimite).toBe('2030-04-25');
    expect(jouer(f, { type: 'JOUR', date: '2030-04-25' }).value).toBe('litige');
    expect(jouer(f, { type: 'JOUR', date: '2030-04-26' }).value).toBe('prescrite');
  });

  it('at least six months after the end of a conciliation (2238 al. 1)', () => {
    const f = jouer(litige(), { type: 'MEDIATION_DEBUT', date: '2030-01-01', mode: 'conciliation' }, { type: 'MEDIATION_FIN', date: '2030-01-20' });
    expect(f.context.prescription.slice(-2).map((e) => e.type)).toEqual(['conciliation-debut', 'conciliation-fin']);
    // 14 days were left: the delay restarts for six months from the end.
    expect(prescriptionCourante(f.context).dateLimite).toBe('2030-07-20');
  });

  it('never prescribed while a mediation is open; the action reminds to close it', () => {
    const m = jouer(depart({ date: '2025-04-01' }), { type: 'MEDIATION_DEBUT', date: '2029-12-01' }, { type: 'JOUR', date: '2031-06-01' });
    expect(m.value).toEqual({ amiable: 'relances' });
    const a = prochainesActions(m, '2031-06-01');
    expect(a.find((x) => x.type === 'suivre-mediation')).toMatchObject({ echeance: '2029-12-01', references: ['C. civ. art. 2238'] });
    expect(a.find((x) => x.type === 'prescription')?.avertissements.some((x) => x.includes('2238'))).toBe(true);
  });

  it('refuses a second start, an end without a start, and an end before the start', () => {
    const s = litige();
    refuse(s, { type: 'MEDIATION_FIN', date: '2025-05-01' });
    const m = jouer(s, { type: 'MEDIATION_DEBUT', date: '2025-05-01' });
    refuse(m, { type: 'MEDIATION_DEBUT', date: '2025-05-02' });
    refuse(m, { type: 'MEDIATION_FIN', date: '2025-04-30' });
  });
});

describe('judiciaire — injonction de payer (CPC 1405-1416)', () => {
  const engagee = () => jouer(depart({ date: '2025-04-01' }), { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'injonction-de-payer' });

  it('is refused on a claim without contractual or statutory cause (CPC 1405)', () => {
    const s = depart({ date: '2025-04-01', creance: { ...creanceB2B, cause: 'autre' } });
    refuse(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'injonction-de-payer' });
  });

  it('the order is non avenue if not served within six months (CPC 1411)', () => {
    const s = jouer(engagee(), { type: 'ORDONNANCE_RENDUE', date: '2025-04-30' });
    expect(s.context.procedure?.dateLimiteSignification).toBe('2025-10-30');
    expect(prochainesActions(s, '2025-05-01')[0]).toMatchObject({ type: 'signifier-ordonnance', echeance: '2025-10-30', statut: 'a-faire' });
    expect(jouer(s, { type: 'JOUR', date: '2025-10-30' }).value).toEqual({ judiciaire: { injonctionDePayer: 'ordonnance' } });
    const n = jouer(s, { type: 'JOUR', date: '2025-10-31' });
    expect(n.value).toEqual({ amiable: 'escalade' });
    expect(types(n).at(-1)).toBe('ordonnance-non-avenue');
  });

  it('without opposition within one month of service the order becomes a titre exécutoire (CPC 1416, CPCE L111-4)', () => {
    const s = jouer(engagee(), { type: 'ORDONNANCE_RENDUE', date: '2025-04-30' }, { type: 'SIGNIFICATION_EFFECTUEE', date: '2025-05-07' });
    expect(s.context.procedure?.dateLimiteOpposition).toBe('2025-06-07'); // a Saturday
    expect(s.context.prescription.at(-1)).toEqual({ type: 'action-en-justice', date: '2025-05-07' });
    // The window ends on a Saturday, then Sunday and Whit Monday (9 June 2025): it runs through Tuesday 10
    // (CPC 642 al. 2) and the machine waits until Wednesday 11.
    expect(prochainesActions(s, '2025-05-08').find((a) => a.type === 'fin-delai-opposition')?.echeance).toBe('2025-06-11');
    expect(jouer(s, { type: 'JOUR', date: '2025-06-10' }).value).toEqual({ judiciaire: { injonctionDePayer: 'signifiee' } });
    const t = jouer(s, { type: 'JOUR', date: '2025-06-11' });
    expect(t.value).toEqual({ execution: 'titre' });
    expect(t.context.titre).toMatchObject({ date: '2025-05-07', origine: 'injonction-de-payer' });
    expect(prochainesActions(t, '2025-06-11').find((a) => a.type === 'expiration-titre-executoire')?.echeance).toBe('2035-05-07');
  });

  it('an opposition leads to a judgment: favourable → execution, unfavourable → rejetee', () => {
    const o = jouer(engagee(), { type: 'ORDONNANCE_RENDUE', date: '2025-04-30' }, { type: 'SIGNIFICATION_EFFECTUEE', date: '2025-05-07' }, { type: 'OPPOSITION_FORMEE', date: '2025-05-20' });
    expect(o.value).toEqual({ judiciaire: { injonctionDePayer: 'opposition' } });
    expect(jouer(o, { type: 'DECISION_RENDUE', date: '2025-11-03', favorable: true }).context.titre?.origine).toBe('opposition');
    expect(jouer(o, { type: 'DECISION_RENDUE', date: '2025-11-03', favorable: false }).value).toEqual({ judiciaire: 'rejetee' });
  });

  it('served otherwise than in person, opposition stays receivable during enforcement (CPC 1416 al. 2)', () => {
    const t = jouer(engagee(), { type: 'ORDONNANCE_RENDUE', date: '2025-04-30' }, { type: 'SIGNIFICATION_EFFECTUEE', date: '2025-05-07', aPersonne: false }, { type: 'JOUR', date: '2025-06-20' });
    expect(t.value).toEqual({ execution: 'titre' });
    const m = jouer(t, { type: 'MESURE_EXECUTION', date: '2025-07-01', mesure: 'saisie-attribution' }, { type: 'OPPOSITION_FORMEE', date: '2025-07-10' });
    expect(m.value).toEqual({ judiciaire: { injonctionDePayer: 'opposition' } });
  });

  it('deadlines ending on a public holiday run to the next working day (CPC 642 al. 2); Alsace-Moselle adds 26 December', () => {
    // Order of 25 June 2025: six months to 25 December (CPC 1411), a holiday, so service is possible on the 26th.
    const o = jouer(engagee(), { type: 'ORDONNANCE_RENDUE', date: '2025-06-25' });
    expect(o.context.procedure?.dateLimiteSignification).toBe('2025-12-25');
    expect(prochainesActions(o, '2025-07-01')[0]).toMatchObject({ type: 'signifier-ordonnance', echeance: '2025-12-25' }); // the nominal day
    expect(jouer(o, { type: 'JOUR', date: '2025-12-26' }).value).toEqual({ judiciaire: { injonctionDePayer: 'ordonnance' } });
    expect(jouer(o, { type: 'JOUR', date: '2025-12-27' }).value).toEqual({ amiable: 'escalade' });
    // In Alsace-Moselle 26 December is a holiday too, then the weekend: through Monday 29.
    const am = jouer(
      jouer(depart({ date: '2025-04-01', alsaceMoselle: true }), { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'injonction-de-payer' }),
      { type: 'ORDONNANCE_RENDUE', date: '2025-06-25' },
    );
    expect(am.context.alsaceMoselle).toBe(true);
    expect(jouer(am, { type: 'JOUR', date: '2025-12-29' }).value).toEqual({ judiciaire: { injonctionDePayer: 'ordonnance' } });
    expect(jouer(am, { type: 'JOUR', date: '2025-12-30' }).value).toEqual({ amiable: 'escalade' });
    // Opposition: service on 25 November 2025, the month ends on 25 December.
    const sig = (s0: typeof o) => jouer(s0, { type: 'SIGNIFICATION_EFFECTUEE', date: '2025-11-25' });
    expect(prochainesActions(sig(o), '2025-11-26').find((a) => a.type === 'fin-delai-opposition')?.echeance).toBe('2025-12-27');
    expect(prochainesActions(sig(am), '2025-11-26').find((a) => a.type === 'fin-delai-opposition')?.echeance).toBe('2025-12-30');
    expect(jouer(sig(am), { type: 'JOUR', date: '2025-12-29' }).value).toEqual({ judiciaire: { injonctionDePayer: 'signifiee' } });
    expect(jouer(sig(am), { type: 'JOUR', date: '2025-12-30' }).value).toEqual({ execution: 'titre' });
  });

  it('the Alsace-Moselle option is a boolean, and absent from the context unless true', () => {
    expect(() => contexteInitial({ creance: creanceB2B, debiteur: debiteurPro, alsaceMoselle: 'oui' as never })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['alsaceMoselle'] })] }));
    expect('alsaceMoselle' in depart().context).toBe(false);
    expect('alsaceMoselle' in depart({ alsaceMoselle: false }).context).toBe(false);
  });

  it('the request itself does not interrupt prescription; service does', () => {
    const s = jouer(depart({ date: '2029-12-01' }), { type: 'PROCEDURE_ENGAGEE', date: '2029-12-01', procedure: 'injonction-de-payer' });
    expect(jouer(s, { type: 'JOUR', date: '2030-01-16' }).value).toBe('prescrite');
  });
});

describe('judiciaire — procédure simplifiée, référé-provision, assignation au fond', () => {
  it('the procédure simplifiée is refused above 5 000 € (CPCE R125-1)', () => {
    const s = depart({ date: '2025-04-01', creance: { ...creanceB2B, montantTTC: '6000.00' } });
    refuse(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'procedure-simplifiee' });
  });

  it('one month from the invitation (CPCE L125-1): agreement → title, silence → escalation', () => {
    const s = jouer(depart({ date: '2025-04-01' }), { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'procedure-simplifiee' });
    expect(s.value).toEqual({ judiciaire: { procedureSimplifiee: 'invitation' } });
    expect(s.context.procedure?.dateLimiteAccord).toBe('2025-05-01');
    // 1 May is a holiday: the month runs through Friday 2 May (CPC 642 al. 2, applied as a safety margin).
    expect(jouer(s, { type: 'JOUR', date: '2025-05-02' }).value).toEqual({ judiciaire: { procedureSimplifiee: 'invitation' } });
    expect(jouer(s, { type: 'JOUR', date: '2025-05-03' }).value).toEqual({ amiable: 'escalade' });
    const a = jouer(s, { type: 'ACCORD_DEBITEUR', date: '2025-04-20' });
    expect(a.value).toEqual({ execution: 'titre' });
    expect(a.context.titre?.origine).toBe('procedure-simplifiee');
  });

  it('référé-provision: granted → execution; refused → back to escalation', () => {
    const s = jouer(depart({ date: '2025-04-01' }), { type: 'PROCEDURE_ENGAGEE', date: '2025-04-01', procedure: 'refere-provision' });
    expect(s.context.prescription.at(-1)).toEqual({ type: 'action-en-justice', date: '2025-04-01' });
    expect(jouer(s, { type: 'DECISION_RENDUE', date: '2025-05-10', favorable: true }).value).toEqual({ execution: 'titre' });
    expect(jouer(s, { type: 'DECISION_RENDUE', date: '2025-05-10', favorable: false }).value).toEqual({ amiable: 'escalade' });
  });

  it('no procedure before the claim is exigible', () => {
    const s = depart();
    for (const procedure of ['procedure-simplifiee', 'injonction-de-payer', 'refere-provision', 'assignation-au-fond'] as const) {
      refuse(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-02-01', procedure });
    }
  });

  it('prescription does not run out during the instance (C. civ. 2242)', () => {
    const s = jouer(depart({ date: '2029-12-01' }), { type: 'PROCEDURE_ENGAGEE', date: '2029-12-01', procedure: 'assignation-au-fond' }, { type: 'JOUR', date: '2031-01-01' });
    expect(s.value).toEqual({ judiciaire: { assignationAuFond: 'instance' } });
  });
});

describe('execution — titre exécutoire (CPCE L111-4)', () => {
  const avecTitre = { ...creanceB2B, titreExecutoire: { date: '2025-06-02', nature: 'jugement' } };

  it('needs a title', () => {
    const s = depart({ date: '2025-04-01' });
    refuse(s, { type: 'EXECUTION_ENGAGEE', date: '2025-04-01' });
    expect(jouer(depart({ date: '2025-07-01', creance: avecTitre }), { type: 'EXECUTION_ENGAGEE', date: '2025-07-01' }).value).toEqual({ execution: 'titre' });
  });

  it('ten years, restarted by each enforcement measure (C. civ. 2244)', () => {
    const s = jouer(depart({ date: '2025-07-01', creance: avecTitre }), { type: 'EXECUTION_ENGAGEE', date: '2025-07-01' });
    expect(jouer(s, { type: 'JOUR', date: '2035-06-02' }).value).toEqual({ execution: 'titre' });
    expect(jouer(s, { type: 'JOUR', date: '2035-06-03' }).value).toBe('prescrite');
    const m = jouer(s, { type: 'MESURE_EXECUTION', date: '2030-01-10', mesure: 'saisie-attribution' }, { type: 'JOUR', date: '2035-06-03' });
    expect(m.value).toEqual({ execution: 'mesures' });
  });

  it('a procès-verbal de carence, then a write-off', () => {
    const s = jouer(depart({ date: '2025-07-01', creance: avecTitre }), { type: 'EXECUTION_ENGAGEE', date: '2025-07-01' }, { type: 'PV_CARENCE', date: '2025-09-01' });
    expect(s.value).toEqual({ execution: 'carence' });
    expect(prochainesActions(s, '2025-09-01')[0]?.type).toBe('passage-en-perte');
    const p = jouer(s, { type: 'PASSAGE_EN_PERTE', date: '2025-09-02' });
    expect(p.value).toBe('irrecouvrable');
    expect(p.context.cloture?.motif).toBe('passage-en-perte');
  });
});

describe('procedureCollective (C. com. L622-21 ff.)', () => {
  const ouverture = { type: 'PROCEDURE_COLLECTIVE_OUVERTE' as const, date: '2025-04-01', dateBodacc: '2025-04-12', procedure: 'redressement' as const };

  it('the declaration is due two months from the BODACC publication (R622-24), four outside metropolitan France', () => {
    const s = jouer(depart({ date: '2025-04-01' }), ouverture);
    expect(s.value).toEqual({ procedureCollective: 'declarationAFaire' });
    expect(s.context.procedureCollective).toMatchObject({ dateLimiteDeclaration: '2025-06-12', dateLimiteReleve: '2025-10-12' });
    expect(prochainesActions(s, '2025-04-15')[0]).toMatchObject({ type: 'declaration-de-creance', echeance: '2025-06-12', statut: 'a-faire' });
    const dom = jouer(depart({ date: '2025-04-01', creancierHorsMetropole: true }), ouverture);
    expect(dom.context.procedureCollective?.dateLimiteDeclaration).toBe('2025-08-12');
  });

  it('penalties stop at the opening judgment (L622-28); the 40 € already owed stays', () => {
    const s = jouer(depart({ date: '2025-04-01' }), ouverture, { type: 'JOUR', date: '2025-06-01' });
    const f = situationFinanciere(s.context);
    // 1 200 € × 13.15 % × 45 days (15 Feb – 31 Mar) / 365 = 19.45 €
    expect(f.penalites).toBe('19.45');
    expect(f.indemnite).toBe('40.00');
    const d = jouer(s, { type: 'DECLARATION_CREANCE_ENVOYEE', date: '2025-06-02' });
    expect(d.value).toEqual({ procedureCollective: 'declaree' });
    expect(d.context.procedureCollective?.montantDeclare).toBe('1259.45');
  });

  it('no 40 € when the due date falls after the opening (L441-10 II, PARTIAL)', () => {
    const s = jouer(depart({ creance: { ...creanceB2B, dateEcheance: '2025-04-30' } }), { ...ouverture, date: '2025-04-01' }, { type: 'JOUR', date: '2025-06-01' });
    expect(situationFinanciere(s.context).indemnite).toBe('0.00');
    expect(situationFinanciere(s.context).penalites).toBe('0.00');
  });

  it('forclusion, then the relevé de forclusion within six months (L622-26)', () => {
    const s = jouer(depart({ date: '2025-04-01' }), ouverture, { type: 'JOUR', date: '2025-06-13' });
    expect(s.value).toEqual({ procedureCollective: 'forclose' });
    expect(jouer(s, { type: 'JOUR', date: '2025-10-13' }).value).toEqual({ procedureCollective: 'forclusionDefinitive' });
    const r = jouer(s, { type: 'RELEVE_DE_FORCLUSION_DEMANDE', date: '2025-09-01' }, { type: 'JOUR', date: '2025-12-01' }, { type: 'RELEVE_DE_FORCLUSION_ACCORDE', date: '2025-12-02' });
    expect(r.value).toEqual({ procedureCollective: 'releve' });
    expect(jouer(r, { type: 'DECLARATION_CREANCE_ENVOYEE', date: '2025-12-10' }).value).toEqual({ procedureCollective: 'declaree' });
  });

  it('individual actions are stayed (L622-21): no procedure can be engaged', () => {
    const s = jouer(depart({ date: '2025-04-01' }), ouverture);
    refuse(s, { type: 'PROCEDURE_ENGAGEE', date: '2025-04-02', procedure: 'assignation-au-fond' });
    refuse(s, { type: 'RELANCE_ENVOYEE', date: '2025-04-02', canal: 'email' });
  });

  it('a debtor already under proceedings at entry goes straight to the declaration', () => {
    const s = depart({ date: '2025-04-01', debiteur: { ...debiteurPro, procedureCollective: { type: 'liquidation', dateJugement: '2025-03-01', dateBodacc: '2025-03-10' } } });
    expect(s.value).toEqual({ procedureCollective: 'declarationAFaire' });
    expect(s.context.procedureCollective?.dateLimiteDeclaration).toBe('2025-05-10');
  });

  it('closed for lack of assets → irrecouvrable', () => {
    const s = jouer(depart({ date: '2025-04-01' }), ouverture, { type: 'CLOTURE_INSUFFISANCE_ACTIF', date: '2026-01-10' });
    expect(s.value).toBe('irrecouvrable');
    expect(s.context.cloture?.motif).toBe('insuffisance-actif');
  });
});

describe('persistence', () => {
  it('a snapshot in every phase survives JSON and continues identically', () => {
    const chemins = [
      [{ type: 'JOUR', date: '2025-03-01' }],
      [{ type: 'ECHEANCIER_ACCEPTE', date: '2025-03-02', echeances: [{ date: '2025-04-01', montant: '1200.00' }] }],
      [{ type: 'LITIGE_OUVERT', date: '2025-03-02', motif: 'x' }],
      [{ type: 'PROCEDURE_ENGAGEE', date: '2025-03-02', procedure: 'injonction-de-payer' }, { type: 'ORDONNANCE_RENDUE', date: '2025-03-20' }],
      [{ type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-03-02', dateBodacc: '2025-03-10' }],
    ] satisfies EvenementRecouvrementEntree[][];
    const suite: EvenementRecouvrementEntree[] = [{ type: 'JOUR', date: '2025-04-02' }, { type: 'PAIEMENT_RECU', date: '2025-04-03', montant: '1300.00' }];
    for (const c of chemins) {
      const s = jouer(depart({ date: '2025-03-01' }), ...c);
      const r = restaurer(persister(s));
      expect(r.value).toEqual(s.value);
      expect(r.context).toEqual(s.context);
      expect(persister(jouer(r, ...suite))).toEqual(persister(jouer(s, ...suite)));
    }
  });

  it('works with a live actor restarted from a stored snapshot', () => {
    const a = createActor(machineRecouvrement, { input: { creance: creanceB2B, debiteur: debiteurPro } }).start();
    a.send({ type: 'JOUR', date: '2025-03-01' });
    a.send({ type: 'LITIGE_OUVERT', date: '2025-03-02', motif: 'x' });
    const json = JSON.stringify(a.getPersistedSnapshot());
    a.stop();
    const b = createActor(machineRecouvrement, { snapshot: JSON.parse(json) }).start();
    b.send({ type: 'LITIGE_RESOLU', date: '2025-03-03' });
    expect(b.getSnapshot().value).toEqual({ amiable: 'relances' });
    b.stop();
  });
});

describe('final states stay final', () => {
  it('ignores every event once soldee', () => {
    const s = jouer(depart(), { type: 'PAIEMENT_RECU', date: '2025-02-10', montant: '1200.00' });
    expect(s.status).toBe('done');
    const apres = jouer(s, { type: 'JOUR', date: '2031-01-01' }, { type: 'LITIGE_OUVERT', date: '2031-01-01', motif: 'x' }, { type: 'PASSAGE_EN_PERTE', date: '2031-01-02' });
    expect(apres.value).toBe('soldee');
  });
});
