import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { eligibiliteSaisieConservatoire } from './eligibiliteSaisieConservatoire.js';

const creance: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '8000.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-06-14',
  paiements: [],
  nature: 'civile',
  cause: 'contractuelle',
  contestee: false,
};
const debiteur: DebiteurEntree = { id: 'D1', type: 'consommateur', denomination: 'M. X' };

describe('eligibiliteSaisieConservatoire (CPCE L511-1, L511-2, R511-7)', () => {
  it('a claim founded in principle + a threat to recovery: authorisation of the juge de l’exécution, one month to get a title', () => {
    const r = eligibiliteSaisieConservatoire(creance, debiteur, '2025-03-01', { menaceRecouvrement: true });
    expect([r.eligible, r.autorisationRequise, r.juridiction, r.delaiTitreMois, r.montantGaranti]).toEqual([true, true, 'juge-de-l-execution', 1, '8000.00']);
    expect(r.references).toEqual(expect.arrayContaining(['CPCE art. L511-1', 'CPCE art. R511-7']));
  });
  it('the claim need not be exigible (before its due date) nor undisputed (warning)', () => {
    expect(eligibiliteSaisieConservatoire(creance, debiteur, '2025-02-01', { menaceRecouvrement: true }).eligible).toBe(true);
    const r = eligibiliteSaisieConservatoire({ ...creance, contestee: true }, debiteur, '2025-03-01', { menaceRecouvrement: true });
    expect(r.eligible).toBe(true);
    expect(r.avertissements.join()).toContain('L512-1');
  });
  it('CGPPP L2311-1: the property of a public person cannot be seized — no conservatory measure, even with a title', () => {
    const commune: DebiteurEntree = { id: 'D4', type: 'personne-publique', denomination: 'Commune de Villeneuve' };
    const c = { ...creance, titreExecutoire: { date: '2025-02-01', nature: 'jugement' } };
    const r = eligibiliteSaisieConservatoire(c, commune, '2025-03-01', { menaceRecouvrement: true });
    expect([r.eligible, r.juridiction, r.montantGaranti]).toEqual([false, null, '0.00']);
    expect(r.conditions.find((x) => !x.remplie)).toMatchObject({ code: 'biens-saisissables', reference: 'CGPPP art. L2311-1' });
    expect(r.motifs.join()).toContain('loi n° 80-539');
  });
  it('no threat to recovery, no measure', () => {
    const r = eligibiliteSaisieConservatoire(creance, debiteur, '2025-03-01', { menaceRecouvrement: false });
    expect([r.eligible, r.juridiction, r.montantGaranti]).toEqual([false, null, '0.00']);
  });
  it('a titre exécutoire dated on or before the day dispenses from authorisation and from the one-month delay (L511-2)', () => {
    const c = { ...creance, titreExecutoire: { date: '2025-03-01', nature: 'jugement' } };
    expect(eligibiliteSaisieConservatoire(c, debiteur, '2025-02-28', { menaceRecouvrement: true }).autorisationRequise).toBe(true);
    const r = eligibiliteSaisieConservatoire(c, debiteur, '2025-03-01', { menaceRecouvrement: true });
    expect([r.autorisationRequise, r.juridiction, r.delaiTitreMois]).toEqual([false, null, null]);
  });
  it('an unpaid cheque or effet de commerce dispenses from authorisation, not from obtaining a title', () => {
    const r = eligibiliteSaisieConservatoire(creance, debiteur, '2025-03-01', { menaceRecouvrement: true, fondement: 'cheque' });
    expect([r.autorisationRequise, r.delaiTitreMois]).toEqual([false, 1]);
  });
  it('collective proceedings block it (flagged UNCONFIRMED for conservatory measures)', () => {
    const r = eligibiliteSaisieConservatoire(creance, { ...debiteur, procedureCollective: { type: 'redressement', dateJugement: '2025-02-01' } }, '2025-03-01', { menaceRecouvrement: true });
    expect(r.eligible).toBe(false);
    expect(r.avertissements.join()).toContain('NON CONFIRMÉ');
  });
  it('rejects bad circumstances with their path', () => {
    expect(() => eligibiliteSaisieConservatoire(creance, debiteur, '2025-03-01', { menaceRecouvrement: 'oui' as unknown as boolean })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['circonstances', 'menaceRecouvrement'] })] }),
    );
  });
  it('agrees with its motifs and does not mutate its input (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.option(fc.constantFrom('cheque' as const, 'loyer-bail-ecrit' as const), { nil: undefined }), arbDate('2025-01-15', '2026-12-31'), (menace, contestee, fondement, jour) => {
        const circ = geler(fondement === undefined ? { menaceRecouvrement: menace } : { menaceRecouvrement: menace, fondement });
        const r = eligibiliteSaisieConservatoire(geler({ ...creance, contestee }), geler({ ...debiteur }), jour, circ);
        expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
        expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
        expect(r.eligible).toBe(menace);
        if (!r.eligible) expect([r.autorisationRequise, r.juridiction]).toEqual([false, null]);
      }),
      { numRuns: runs(200) },
    );
  });
});
