import { describe, expect, it } from 'vitest';
import { geler } from '../../test/outils.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { createActor } from 'xstate';
import { creerDossier } from './dossier.js';
import { machineRecouvrement } from './machineRecouvrement.js';
import { depart, jouer, persister } from './outils-test.js';
import { cheminEtat, prochainesActions, type SnapshotLisible } from './prochainesActions.js';

describe('prochainesActions', () => {
  it('reads a persisted snapshot (after JSON) exactly like a live one', () => {
    const s = jouer(depart(), { type: 'JOUR', date: '2025-03-20' }, { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-03-20' });
    const p = persister(s) as SnapshotLisible;
    expect(prochainesActions(p, '2025-03-25')).toEqual(prochainesActions(s, '2025-03-25'));
    expect(prochainesActions(s, '2025-03-25')[0]).toMatchObject({ type: 'fin-delai-mise-en-demeure', echeance: '2025-03-29', statut: 'a-venir' });
    expect(prochainesActions(s, '2025-03-29')[0]?.statut).toBe('a-faire');
  });

  it('lists the eligible procedures once escalated', () => {
    const s = jouer(depart({ date: '2025-04-01', creance: { ...depart().context.creance, cause: 'autre' } }), { type: 'MISE_EN_DEMEURE_ENVOYEE', date: '2025-04-01' }, { type: 'JOUR', date: '2025-04-20' });
    const a = prochainesActions(s, '2025-04-20').find((x) => x.type === 'engager-procedure');
    // cause "autre": no injonction de payer (CPC 1405), no procédure simplifiée (CPCE L125-1)
    expect(a?.procedures).toEqual(['refere-provision', 'assignation-au-fond']);
  });

  it('a passed legal deadline is "depassee" until a JOUR event lets the machine act', () => {
    const s = jouer(depart({ date: '2025-04-01' }), { type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-04-01', dateBodacc: '2025-04-12' });
    expect(prochainesActions(s, '2025-06-13')[0]).toMatchObject({ type: 'declaration-de-creance', statut: 'depassee' });
    expect(prochainesActions(jouer(s, { type: 'JOUR', date: '2025-06-13' }), '2025-06-13')[0]).toMatchObject({ type: 'releve-de-forclusion', echeance: '2025-10-12' });
  });

  it('is empty in a final state, deterministic, and does not mutate the snapshot', () => {
    expect(prochainesActions(jouer(depart(), { type: 'PASSAGE_EN_PERTE', date: '2025-05-01' }), '2025-05-01')).toEqual([]);
    const p = geler(persister(jouer(depart(), { type: 'JOUR', date: '2025-03-01' }))) as SnapshotLisible;
    expect(prochainesActions(p, '2025-03-01')).toEqual(prochainesActions(p, '2025-03-01'));
  });

  it('takes what getPersistedSnapshot() returns and a dossier, without a cast; refuses what is not a snapshot of the machine', () => {
    const acteur = createActor(machineRecouvrement, { input: { creance: depart().context.creance, debiteur: depart().context.debiteur } }).start();
    acteur.send({ type: 'JOUR', date: '2025-03-20' });
    const persiste = acteur.getPersistedSnapshot();
    expect(prochainesActions(persiste, '2025-03-20')).toEqual(prochainesActions(acteur.getSnapshot(), '2025-03-20'));
    const dossier = creerDossier({ creance: depart().context.creance, debiteur: depart().context.debiteur });
    expect(prochainesActions(dossier, '2025-02-01')[0]?.type).toBe('rappel');
    expect(() => prochainesActions({ value: 'inconnu', context: dossier.context }, '2025-02-01')).toThrow(/état inconnu/);
  });

  it('rejects a malformed date', () => {
    expect(() => prochainesActions(depart(), '2025-13-01')).toThrow(RecouvrementError);
  });

  it('cheminEtat flattens a state value', () => {
    expect(cheminEtat({ judiciaire: { injonctionDePayer: 'ordonnance' } })).toEqual(['judiciaire', 'injonctionDePayer', 'ordonnance']);
    expect(cheminEtat('soldee')).toEqual(['soldee']);
  });
});
