import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { eligibiliteInjonctionDePayerEuropeenne } from './eligibiliteInjonctionDePayerEuropeenne.js';

const creance: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '250000.00',
  dateFacture: '2008-01-15',
  dateEcheance: '2008-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const allemand: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'GmbH', pays: 'DE' };

describe('eligibiliteInjonctionDePayerEuropeenne (Reg. 1896/2006)', () => {
  it('applies from 2008-12-12 (date UNCONFIRMED, flagged), with no amount cap', () => {
    expect(eligibiliteInjonctionDePayerEuropeenne(creance, allemand, '2008-12-11').eligible).toBe(false);
    const r = eligibiliteInjonctionDePayerEuropeenne(creance, allemand, '2008-12-12');
    expect([r.eligible, r.juridictionSiFrance]).toEqual([true, 'tribunal-de-commerce']);
    expect(r.avertissements.join()).toContain('NON CONFIRMÉE');
    expect(eligibiliteInjonctionDePayerEuropeenne(creance, allemand, '2025-01-01').avertissements.join()).not.toContain('12 décembre 2008');
  });
  it('needs a cross-border case: not France–France, not Denmark, not outside the EU', () => {
    expect(eligibiliteInjonctionDePayerEuropeenne(creance, { ...allemand, pays: 'FR' }, '2025-01-01').eligible).toBe(false);
    expect(eligibiliteInjonctionDePayerEuropeenne(creance, { ...allemand, pays: 'DK' }, '2025-01-01').motifs.join()).toContain('Danemark');
    expect(eligibiliteInjonctionDePayerEuropeenne(creance, { ...allemand, pays: 'GB' }, '2025-01-01').eligible).toBe(false);
    expect(eligibiliteInjonctionDePayerEuropeenne(creance, { ...allemand, pays: 'FR' }, '2025-01-01', { paysCreancier: 'ES' }).eligible).toBe(true);
  });
  it('needs a quantified sum, due (from the due date inclusive); a disputed claim stays eligible with a warning', () => {
    const c = { ...creance, dateFacture: '2025-01-15', dateEcheance: '2025-02-14' };
    expect(eligibiliteInjonctionDePayerEuropeenne(c, allemand, '2025-02-13').eligible).toBe(false);
    expect(eligibiliteInjonctionDePayerEuropeenne(c, allemand, '2025-02-14').eligible).toBe(true);
    const r = eligibiliteInjonctionDePayerEuropeenne({ ...c, contestee: true }, allemand, '2025-03-01');
    expect(r.eligible).toBe(true);
    expect(r.avertissements.join()).toContain('formulaire F');
  });
  it('a civil claim would go to the tribunal judiciaire in France', () => {
    expect(eligibiliteInjonctionDePayerEuropeenne({ ...creance, nature: 'civile' }, allemand, '2025-01-01').juridictionSiFrance).toBe('tribunal-judiciaire');
  });
  it('agrees with its motifs and does not mutate its input (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('FR', 'DE', 'DK', 'US', 'IT', 'GP'), fc.constantFrom('FR', 'BE', 'DK'), arbDate('2008-06-01', '2030-12-31'), (pays, creancier, jour) => {
        const r = eligibiliteInjonctionDePayerEuropeenne(geler({ ...creance }), geler({ ...allemand, pays }), jour, geler({ paysCreancier: creancier }));
        expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
        expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
        expect(r.juridictionSiFrance === null).toBe(!r.eligible);
      }),
      { numRuns: runs(300) },
    );
  });
});
