import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { eligibiliteRefereProvision } from './eligibiliteRefereProvision.js';

const creance: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2024-001',
  montantTTC: '1200.00',
  dateFacture: '2024-01-15',
  dateEcheance: '2024-02-14',
  paiements: [{ date: '2024-02-20', montant: '200.00' }],
  nature: 'civile',
  cause: 'autre',
  contestee: false,
};
const particulier: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const commercant: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', commercant: true };

describe('eligibiliteRefereProvision (CPC 835 al. 2, 873 al. 2)', () => {
  it('any cause qualifies when the obligation is not seriously contestable; the provision reaches the outstanding amount', () => {
    const r = eligibiliteRefereProvision(creance, particulier, '2024-03-01');
    expect([r.eligible, r.juridiction, r.provisionMaximale]).toEqual([true, 'tribunal-judiciaire', '1000.00']);
    expect(r.references).toContain('CPC art. 835 al. 2');
    expect(r.avertissements.join()).toContain('Aucune urgence');
  });
  it('the president of the tribunal de commerce hears a commercial claim against a trader (873 al. 2)', () => {
    const r = eligibiliteRefereProvision({ ...creance, nature: 'commerciale' }, commercant, '2024-03-01');
    expect([r.eligible, r.juridiction]).toEqual([true, 'tribunal-de-commerce']);
    expect(r.references).toContain('CPC art. 873 al. 2');
  });
  it('the provision reaches everything still due, as situationCreance states it (penalties and the 40 € of a professional)', () => {
    const c = { ...creance, nature: 'commerciale' as const, paiements: [] };
    const r = eligibiliteRefereProvision(c, commercant, '2024-03-01');
    // 1 200 € due 2024-02-14, 16 days at 14.50 % (7.63 €) and the 40 €.
    expect(r.provisionMaximale).toBe('1247.63');
  });
  it('CJA R541-1: against a public buyer, the référé-provision goes to the tribunal administratif (C. commande publique L6)', () => {
    const commune: DebiteurEntree = { id: 'D4', type: 'personne-publique', denomination: 'Commune de Villeneuve' };
    const r = eligibiliteRefereProvision({ ...creance, nature: 'commerciale', cause: 'contractuelle' }, commune, '2024-03-01');
    expect([r.eligible, r.juridiction]).toEqual([true, 'tribunal-administratif']);
    expect(r.references).toEqual(expect.arrayContaining(['CJA art. R541-1', 'Loi n° 80-539 du 16 juillet 1980']));
    expect(r.references).not.toContain('CPC art. 835 al. 2');
    expect(r.motifs.at(-1)).toContain('CGPPP L2311-1');
    expect(eligibiliteRefereProvision({ ...creance, contestee: true }, commune, '2024-03-01').juridiction).toBeNull();
  });
  it('a disputed claim is refused (risk of serious contestation), with no provision', () => {
    const r = eligibiliteRefereProvision({ ...creance, contestee: true }, particulier, '2024-03-01');
    expect([r.eligible, r.juridiction, r.provisionMaximale]).toEqual([false, null, '0.00']);
    expect(r.motifs.find((m) => m.startsWith('✗'))).toContain('sérieusement contestable');
  });
  it('is open from the due date inclusive', () => {
    expect(eligibiliteRefereProvision(creance, particulier, '2024-02-13').eligible).toBe(false);
    expect(eligibiliteRefereProvision(creance, particulier, '2024-02-14').eligible).toBe(true);
  });
  it('collective proceedings forbid it for a prior claim (C. com. L622-21)', () => {
    const d = { ...commercant, procedureCollective: { type: 'liquidation' as const, dateJugement: '2024-02-01' } };
    expect(eligibiliteRefereProvision(creance, d, '2024-03-01').eligible).toBe(false);
  });
  it('a debtor abroad: eligible on the merits, court not modelled', () => {
    const r = eligibiliteRefereProvision(creance, { ...particulier, pays: 'BE' }, '2024-03-01');
    expect([r.eligible, r.juridiction]).toEqual([true, null]);
    expect(r.avertissements.join()).toContain('hors de France');
  });
  it('rejects an impossible date with its path', () => {
    expect(() => eligibiliteRefereProvision(creance, particulier, '2024-02-30')).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['date'] })] }));
  });
  it('agrees with its motifs and does not mutate its input (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 200_000 }), arbDate('2024-01-01', '2026-12-31'), (contestee, paye, jour) => {
        const c = geler({ ...creance, contestee, paiements: paye > 0 ? [{ date: '2024-02-20', montant: paye / 100 }] : [] });
        const r = eligibiliteRefereProvision(c, geler({ ...particulier }), jour);
        expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
        expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
        if (!r.eligible) expect(r.provisionMaximale).toBe('0.00');
        if (contestee) expect(r.eligible).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });
});
