import { readFileSync } from 'node:fs';
import { createActor, initialTransition, transition } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { baremesParDefaut } from '../baremes/donnees.js';
import { etendreBaremes } from '../baremes/etendreBaremes.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { avancerDossier, creerDossier, lireDossier, VERSION_DOSSIER, type Dossier } from './dossier.js';
import { evenementSchema } from './evenements.js';
import { creerMachineRecouvrement, machineRecouvrement } from './machineRecouvrement.js';
import { prochainesActions } from './prochainesActions.js';
import { situationFinanciere } from './situation.js';
import { creanceB2B, debiteurPro } from './outils-test.js';
import { scenariosParDefaut } from './scenarios.js';

const entree = { creance: creanceB2B, debiteur: debiteurPro };
const fixture = (nom: string): string => readFileSync(new URL(`../../test/fixtures/dossiers/${nom}`, import.meta.url), 'utf8');

/** The error a call throws (fails if it returns). */
function erreur(f: () => unknown): RecouvrementError {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return e;
    throw e;
  }
  throw new Error('aucune erreur levée');
}

describe('creerDossier', () => {
  it('opens a plain-JSON dossier at the current version, in amiable.aEchoir, with the identity of its tables', () => {
    const d = creerDossier(entree);
    expect(d).toMatchObject({ format: 'recouvrement/dossier', version: VERSION_DOSSIER, status: 'active', value: { amiable: 'aEchoir' } });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(d.context.baremes).toEqual({ connuJusquau: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), empreinte: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('validates synchronously: a malformed amount throws ENTREE_INVALIDE with its path (never an actor in error)', () => {
    const e = erreur(() => creerDossier({ ...entree, creance: { ...creanceB2B, montantTTC: '12,50' } }));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(['creance', 'montantTTC']);
    expect(erreur(() => creerDossier({ ...entree, scenario: { ...scenariosParDefaut.pme, etapes: 'x' } as never })).issues[0]?.path[0]).toBe('scenario');
  });

  it('each dossier owns a copy of its scenario: the defaults are deeply frozen and never shared', () => {
    const a = creerDossier(entree);
    const b = creerDossier(entree);
    expect(a.context.scenario).toEqual(scenariosParDefaut.pme);
    expect(a.context.scenario).not.toBe(scenariosParDefaut.pme);
    (a.context.scenario.etapes as { decalageJours: number }[])[0]!.decalageJours = 99;
    expect(b.context.scenario.etapes[0]?.decalageJours).toBe(-5);
    expect(Object.isFrozen(scenariosParDefaut.pme.etapes[0])).toBe(true);
  });
});

describe('avancerDossier', () => {
  const depart = creerDossier(entree);

  it('applies the events in date order, then moves to aujourdhui', () => {
    const r = avancerDossier(
      depart,
      [
        { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-20' },
        { type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' },
      ],
      { aujourdhui: '2025-03-25' },
    );
    expect(r.dossier.value).toEqual({ amiable: 'miseEnDemeure' });
    expect(r.dossier.context.dateCourante).toBe('2025-03-25');
    expect(r.dossier.context.dossier.map((e) => e.type)).toEqual(['creance-ouverte', 'RELANCE_ENVOYEE', 'MISE_EN_DEMEURE_ENVOYEE']);
    expect(r.actions.map((a) => a.type)).toContain('fin-delai-mise-en-demeure');
    expect(r.situation.date).toBe('2025-03-25');
  });

  it('is atomic: an invalid event throws with its index and field, and nothing is applied', () => {
    const avant = JSON.stringify(depart);
    const e = erreur(() =>
      avancerDossier(depart, [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }, { type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '12,50' }], {
        aujourdhui: '2025-03-25',
      }),
    );
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(['evenements', 1, 'montant']);
    expect(JSON.stringify(depart)).toBe(avant);
    expect(erreur(() => avancerDossier(depart, [{ date: '2025-03-21' }], { aujourdhui: '2025-03-25' })).issues[0]?.path).toEqual(['evenements', 0, 'type']);
  });

  it('refuses implausible dates: after aujourdhui (a reminder dated 2205), before the invoice, a BODACC before the judgment', () => {
    const typo = erreur(() => avancerDossier(depart, [{ type: 'RELANCE_ENVOYEE', date: '2205-02-16', canal: 'email' }], { aujourdhui: '2025-03-25' }));
    expect(typo.issues[0]?.path).toEqual(['evenements', 0, 'date']);
    const avantFacture = erreur(() => avancerDossier(depart, [{ type: 'PAIEMENT_RECU', date: '2024-12-31', montant: '10.00' }], { aujourdhui: '2025-03-25' }));
    expect(avantFacture.issues[0]?.path).toEqual(['evenements', 0, 'date']);
    const bodacc = erreur(() =>
      avancerDossier(depart, [{ type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-03-20', dateJugement: '2025-03-10', dateBodacc: '2025-03-01' }], { aujourdhui: '2025-03-25' }),
    );
    expect(bodacc.issues[0]?.path).toEqual(['evenements', 0, 'dateBodacc']);
    expect(erreur(() => avancerDossier(depart, [], { aujourdhui: '2025-02-30' })).issues[0]?.path).toEqual(['options', 'aujourdhui']);
  });

  it('records a fact the open state cannot take (an opposition in the amicable phase) instead of ignoring it', () => {
    const r = avancerDossier(depart, [{ type: 'OPPOSITION_FORMEE', date: '2025-03-01' }], { aujourdhui: '2025-03-02' });
    expect(r.dossier.context.dossier.at(-1)).toMatchObject({ type: 'evenement-non-applique', donnees: { evenement: 'OPPOSITION_FORMEE', date: '2025-03-01' } });
  });

  it('a payment after a write-off is recorded as a recovery (the write-off extinguishes nothing); the dossier stays irrecouvrable', () => {
    const perte = avancerDossier(depart, [{ type: 'PASSAGE_EN_PERTE', date: '2025-06-01' }], { aujourdhui: '2025-06-01' });
    const avant = perte.situation.totalDu;
    const r = avancerDossier(perte.dossier, [{ type: 'PAIEMENT_RECU', date: '2025-07-01', montant: '300.00', reference: 'VIR-9' }], { aujourdhui: '2025-07-01' });
    expect(r.dossier.value).toBe('irrecouvrable');
    expect(r.dossier.status).toBe('done');
    expect(r.dossier.context.dossier.at(-1)).toEqual({
      date: '2025-07-01',
      type: 'paiement-apres-cloture',
      donnees: { etat: 'irrecouvrable', qualification: 'recouvrement-apres-perte', montant: '300.00', reference: 'VIR-9' },
    });
    expect(r.dossier.context.paiements).toEqual([{ date: '2025-07-01', montant: '300.00' }]);
    expect(Number(r.situation.totalDu)).toBeLessThan(Number(avant));
    expect(r.actions).toEqual([]);
    // Any other fact after closure is recorded too.
    const autre = avancerDossier(r.dossier, [{ type: 'RELANCE_ENVOYEE', date: '2025-07-02', canal: 'email' }], { aujourdhui: '2025-07-02' });
    expect(autre.dossier.context.dossier.at(-1)).toMatchObject({ type: 'evenement-non-applique', donnees: { motif: 'dossier clos (irrecouvrable)' } });
  });

  it('a payment after the claim is settled is a trop-perçu', () => {
    const solde = avancerDossier(depart, [{ type: 'PAIEMENT_RECU', date: '2025-02-10', montant: '1200.00' }], { aujourdhui: '2025-02-10' });
    expect(solde.dossier.value).toBe('soldee');
    const r = avancerDossier(solde.dossier, [{ type: 'PAIEMENT_RECU', date: '2025-02-12', montant: '50.00' }], { aujourdhui: '2025-02-12' });
    expect(r.dossier.context.dossier.at(-1)?.donnees).toMatchObject({ qualification: 'trop-percu' });
    expect(r.situation.tropPercu).toBe('50.00');
  });

  it('PAIEMENT_ANNULE reverses a payment by its reference: it no longer counts, nor does its acknowledgement (C. civ. 2240)', () => {
    const paye = avancerDossier(depart, [{ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '400.00', reference: 'CHQ-12' }], { aujourdhui: '2025-03-01' });
    expect(paye.dossier.context.prescription).toEqual([{ type: 'paiement-partiel', date: '2025-03-01' }]);
    const r = avancerDossier(paye.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-03-05', reference: 'CHQ-12', motif: 'cheque-impaye', libelle: 'chèque impayé' }], { aujourdhui: '2025-03-05' });
    // kept in the context, marked reversed (dossier version 2)
    expect(r.dossier.context.paiements).toEqual([{ date: '2025-03-01', montant: '400.00', annulation: { date: '2025-03-05', motif: 'cheque-impaye' } }]);
    expect(r.dossier.context.prescription).toEqual([]);
    expect(r.situation.principalDu).toBe('1200.00');
    expect(r.dossier.context.dossier.at(-1)).toMatchObject({ type: 'PAIEMENT_ANNULE', donnees: { reference: 'CHQ-12', motif: 'cheque-impaye', libelle: 'chèque impayé' } });
    // a second reversal of the same payment, or an unknown reference: recorded, nothing else changes
    const encore = avancerDossier(r.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-03-06', reference: 'CHQ-12', motif: 'cheque-impaye' }, { type: 'PAIEMENT_ANNULE', date: '2025-03-06', reference: 'X', motif: 'rejet-prelevement' }], { aujourdhui: '2025-03-06' });
    expect(encore.dossier.context.dossier.slice(-2).map((e) => e.type)).toEqual(['evenement-non-applique', 'evenement-non-applique']);
    expect(erreur(() => avancerDossier(r.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-03-06', motif: 'remboursement' }], { aujourdhui: '2025-03-06' })).issues[0]?.path).toEqual(['evenements', 0, 'reference']);
    // the motif is one of the three (API: { type, date, reference, motif })
    expect(erreur(() => avancerDossier(r.dossier, [{ type: 'PAIEMENT_ANNULE', date: '2025-03-06', reference: 'CHQ-12', motif: 'chèque impayé' }], { aujourdhui: '2025-03-06' })).issues[0]?.path).toEqual(['evenements', 0, 'motif']);
  });

  it('remembers the tables it was created with: situation and actions use them without passing them again', () => {
    // ECB history extended to 2028 (no change): a claim due in 2026 is computed through 2027.
    const etendues = etendreBaremes(baremesParDefaut, { bce: { changements: [], connuJusquau: '2028-01-01' } });
    const creance = { ...creanceB2B, dateFacture: '2026-05-01', dateExecution: '2026-05-01', dateEcheance: '2026-06-01' };
    const d = creerDossier({ creance, debiteur: debiteurPro }, { baremes: etendues });
    const sans = avancerDossier(d, [], { aujourdhui: '2027-06-01' });
    const avec = avancerDossier(d, [], { aujourdhui: '2027-06-01', baremes: etendues });
    expect(sans.situation).toEqual(avec.situation);
    expect(avec.situation.accessoiresConnus).toBe(true);
    expect(avancerDossier(creerDossier({ creance, debiteur: debiteurPro }), [], { aujourdhui: '2027-06-01' }).situation.accessoiresConnus).toBe(false);
  });

  it('changing tables is explicit: other tables are recorded (baremes-changes), tables covering less are refused', () => {
    const d = creerDossier(entree);
    const etendues = etendreBaremes(baremesParDefaut, { bce: { changements: [], connuJusquau: '2028-01-01' } });
    const r = avancerDossier(d, [], { aujourdhui: '2025-03-01', baremes: etendues });
    expect(r.dossier.context.dossier.at(-1)?.type).toBe('baremes-changes');
    expect(r.dossier.context.baremes?.empreinte).not.toBe(d.context.baremes?.empreinte);
    expect(erreur(() => avancerDossier(r.dossier, [], { aujourdhui: '2025-03-02', baremes: baremesParDefaut })).issues[0]?.path).toEqual(['options', 'baremes']);
  });
});

describe('lireDossier', () => {
  const valide = creerDossier(entree);
  const code = (json: unknown): string => {
    const e = erreur(() => lireDossier(json));
    expect(e.code).toBe('DOSSIER_INVALIDE');
    return e.message;
  };

  it('migrates a version 1 dossier (fixture of December 2026) to version 2: no hold, no promise, no no-accrual days', () => {
    const texte = fixture('v1-dossier-2026-12.json');
    const v1 = JSON.parse(texte) as Dossier;
    expect(lireDossier(texte)).toEqual({ ...v1, version: 2, context: { ...v1.context, periodesSansAccessoires: [], suspension: null, promesse: null } });
    expect(lireDossier(texte).value).toEqual({ amiable: 'escalade' });
  });

  it('migrates a version 1 dossier in a payment plan: penalties ran during every plan before version 2', () => {
    const plan = avancerDossier(creerDossier(entree), [{ type: 'ECHEANCIER_ACCEPTE', date: '2025-03-01', echeances: [{ date: '2025-04-01', montant: '600.00' }, { date: '2025-05-01', montant: '600.00' }] }], { aujourdhui: '2025-03-02' }).dossier;
    // the same dossier as version 1 wrote it
    const { periodesSansAccessoires: _p, suspension: _s, promesse: _pr, echeancier, ...reste } = plan.context;
    const { penalitesPendantEcheancier: _pe, ...planV1 } = echeancier!;
    const v1 = { ...plan, version: 1, context: { ...reste, echeancier: planV1 } };
    const lu = lireDossier(JSON.stringify(v1));
    expect(lu).toEqual(plan);
    expect(lu.context.echeancier?.penalitesPendantEcheancier).toBe(true);
  });

  it('migrates a bare persisted snapshot of the previous release (version 0) to the current version', () => {
    const texte = fixture('v0-instantane-brut.json');
    const d = lireDossier(texte);
    const brut = JSON.parse(texte) as Dossier;
    expect(d.version).toBe(VERSION_DOSSIER);
    expect(d.format).toBe('recouvrement/dossier');
    expect(d.value).toEqual(brut.value);
    expect(d.context).toEqual({ ...brut.context, periodesSansAccessoires: [], suspension: null, promesse: null });
    // and it can be advanced
    expect(avancerDossier(d, [{ type: 'PAIEMENT_RECU', date: '2025-04-15', montant: '1100.00' }], { aujourdhui: '2025-04-20' }).dossier.version).toBe(VERSION_DOSSIER);
  });

  it('refuses the tampered dossiers of issue 12', () => {
    const ctx = valide.context;
    const clos = { ...ctx, cloture: { date: ctx.dateCourante, motif: 'solde' } };
    expect(code({ ...valide, value: 'soldee', status: 'done', context: clos })).toMatch(/soldee.*reste due/);
    expect(code({ ...valide, status: 'garbage' })).toMatch(/statut/);
    expect(code({ ...valide, context: { ...ctx, dateCourante: '2025-02-30' } })).toMatch(/dateCourante/);
    expect(code({ ...valide, value: ['soldee'] })).toMatch(/illisible/);
    expect(code({ ...valide, context: { ...ctx, imputation: 'whatever' } })).toMatch(/imputation/);
    expect(code({ ...valide, value: 'inconnu' })).toMatch(/état inconnu/);
    expect(code({ ...valide, value: 'amiable' })).toMatch(/incomplet/);
    expect(code({ ...valide, value: { judiciaire: { injonctionDePayer: 'requete' } } })).toMatch(/sans procédure/);
    const { paiements: _p, ...sansPaiements } = ctx;
    expect(code({ ...valide, context: sansPaiements })).toMatch(/paiements/);
    expect(code({ ...valide, context: { ...ctx, intrus: 1 } })).toMatch(/contexte non conforme/);
    expect(code({ ...valide, version: 99 })).toMatch(/plus récente/);
    // a stated version 0 is migrated like a bare snapshot (regression: the migration looped on it)
    expect(lireDossier({ ...valide, version: 0 }).version).toBe(VERSION_DOSSIER);
    expect(code({ ...valide, version: '1' })).toMatch(/version illisible/);
    expect(code({ ...valide, format: 'autre' })).toMatch(/format/);
    expect(code('{ pas du json')).toMatch(/JSON illisible/);
    expect(code(null)).toMatch(/objet attendu/);
  });
});

describe('XState bookkeeping in a dossier', () => {
  it('a history naming an unknown state or a child actor is refused by lireDossier, and restored as invalide by the machine', () => {
    const d = avancerDossier(creerDossier(entree), [{ type: 'LITIGE_OUVERT', date: '2025-03-01', motif: 'x' }], { aujourdhui: '2025-03-02' }).dossier;
    expect(lireDossier(d).historyValue).toEqual({ 'recouvrement.amiable.historique': [{ id: 'recouvrement.amiable.aEchoir' }] });
    const h = { ...d, historyValue: { 'recouvrement.amiable.historique': [{ id: 'inconnu' }] } };
    expect(() => lireDossier(h)).toThrow(/historique/);
    expect(createActor(machineRecouvrement, { snapshot: h as never }).start().getSnapshot().value).toBe('invalide');
    expect(() => lireDossier({ ...d, children: { x: 1 } })).toThrow(/enfants/);
  });
});

describe('the raw machine cannot crash its host', () => {
  it('an invalid input ends in the final state invalide with the reason (not status error)', () => {
    const a = createActor(machineRecouvrement, { input: { creance: { ...creanceB2B, montantTTC: '12,50' }, debiteur: debiteurPro } }).start();
    expect(a.getSnapshot().status).toBe('done');
    expect(a.getSnapshot().value).toBe('invalide');
    expect(a.getSnapshot().context.dossier[0]).toMatchObject({ type: 'entree-invalide', donnees: { raison: expect.stringContaining('montantTTC') } });
  });

  it('an event without a string type, or a malformed one, is recorded with the reason', () => {
    const a = createActor(machineRecouvrement, { input: entree }).start();
    a.send({ date: '2025-03-21' } as never);
    a.send({ type: 42 } as never);
    a.send({ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '12,50' });
    expect(a.getSnapshot().status).toBe('active');
    const notes = a.getSnapshot().context.dossier.filter((e) => e.type === 'evenement-non-applique');
    expect(notes).toHaveLength(3);
    expect(notes[2]?.donnees).toMatchObject({ evenement: 'PAIEMENT_RECU', motif: expect.stringContaining('montant') });
  });

  it('a tampered snapshot is restored as invalide with the reason; one lacking paiements too', () => {
    const { paiements: _p, ...sansPaiements } = valideContexte();
    for (const snapshot of [{ ...creerDossier(entree), status: 'garbage' }, { ...creerDossier(entree), context: sansPaiements }]) {
      const a = createActor(machineRecouvrement, { snapshot: snapshot as never }).start();
      expect(a.getSnapshot().status).toBe('done');
      expect(a.getSnapshot().value).toBe('invalide');
      expect(a.getSnapshot().context.dossier[0]?.type).toBe('instantane-invalide');
    }
  });
});

describe('the raw machine remembers its tables and parses an event once', () => {
  it('tables given to creerMachineRecouvrement are used by situationFinanciere and prochainesActions without passing them again', () => {
    const etendues = etendreBaremes(baremesParDefaut, { bce: { changements: [], connuJusquau: '2028-01-01' } });
    const m = creerMachineRecouvrement({ baremes: etendues });
    const creance = { ...creanceB2B, dateFacture: '2026-05-01', dateExecution: '2026-05-01', dateEcheance: '2026-06-01' };
    const s = transition(m, initialTransition(m, { creance, debiteur: debiteurPro })[0], { type: 'JOUR', date: '2027-06-01' })[0];
    expect(situationFinanciere(s.context)).toEqual(situationFinanciere(s.context, s.context.dateCourante, { baremes: etendues }));
    expect(situationFinanciere(s.context).accessoiresConnus).toBe(true);
    expect(prochainesActions(s, '2027-06-01')).toEqual(prochainesActions(s, '2027-06-01', { baremes: etendues }));
  });

  it('parses each event once per transition (guards and actions see the parsed event)', () => {
    const espion = vi.spyOn(evenementSchema, 'safeParse');
    const a = createActor(machineRecouvrement, { input: entree }).start();
    espion.mockClear();
    a.send({ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '100.00' });
    expect(espion).toHaveBeenCalledTimes(1);
    espion.mockRestore();
  });
});

function valideContexte() {
  return creerDossier(entree).context;
}
