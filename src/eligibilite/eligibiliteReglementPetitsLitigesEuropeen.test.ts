import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { eligibiliteReglementPetitsLitigesEuropeen } from './eligibiliteReglementPetitsLitigesEuropeen.js';

const creance = (montantTTC: string): CreanceEntree => ({
  id: 'F1',
  numeroFacture: '2017-001',
  montantTTC,
  dateFacture: '2008-05-01',
  dateEcheance: '2008-06-01',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
});
const belge: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'SA Bruxelles', pays: 'BE' };

describe('eligibiliteReglementPetitsLitigesEuropeen (Reg. 861/2007, 2015/2421)', () => {
  it('does not apply before 2009-01-01; 2 000 € from that day', () => {
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), belge, '2008-12-31')).toMatchObject({ eligible: false, plafond: null });
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), belge, '2009-01-01')).toMatchObject({ eligible: true, plafond: '2000.00' });
  });
  it('2 000.00 € until 2017-07-13: exactly at the cap is eligible, one cent above is not', () => {
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('2000.00'), belge, '2017-07-13').eligible).toBe(true);
    const r = eligibiliteReglementPetitsLitigesEuropeen(creance('2000.01'), belge, '2017-07-13');
    expect([r.eligible, r.plafond]).toEqual([false, '2000.00']);
    expect(r.motifs).toContain('✗ Principal restant 2000.01 € > plafond de 2000.00 €.');
  });
  it('5 000.00 € from 2017-07-14 (Reg. 2015/2421): at the cap eligible, one cent above not', () => {
    const r = eligibiliteReglementPetitsLitigesEuropeen(creance('5000.00'), belge, '2017-07-14');
    expect([r.eligible, r.plafond]).toEqual([true, '5000.00']);
    expect(r.references).toContain('Règlement (UE) 2015/2421');
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('5000.01'), belge, '2017-07-14').eligible).toBe(false);
  });
  it('flags that excluding interest and costs from the threshold is UNCONFIRMED', () => {
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), belge, '2020-01-01').avertissements[0]).toContain('NON CONFIRMÉ');
  });
  it('needs a cross-border case between member states bound by the regulation', () => {
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), { ...belge, pays: 'FR' }, '2020-01-01').eligible).toBe(false);
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), { ...belge, pays: 'RE' }, '2020-01-01').eligible).toBe(false);
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), { ...belge, pays: 'CH' }, '2020-01-01').eligible).toBe(false);
    const dk = eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), { ...belge, pays: 'DK' }, '2020-01-01');
    expect(dk.eligible).toBe(false);
    expect(dk.avertissements.join()).toContain('Danemark');
    expect(eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), { ...belge, pays: 'FR' }, '2020-01-01', { paysCreancier: 'IT' }).eligible).toBe(true);
    expect(() => eligibiliteReglementPetitsLitigesEuropeen(creance('100.00'), belge, '2020-01-01', { paysCreancier: 'France' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'paysCreancier'] })] }),
    );
  });
  it('agrees with its motifs; eligible implies principal ≤ cap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 800_000 }), arbDate('2008-06-01', '2030-12-31'), fc.constantFrom('BE', 'FR', 'DK', 'DE', 'US'), (c, jour, pays) => {
        const r = eligibiliteReglementPetitsLitigesEuropeen(geler(creance((c / 100).toFixed(2))), geler({ ...belge, pays }), jour);
        expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
        expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
        if (r.eligible) expect(c <= Number(r.plafond) * 100).toBe(true);
        if (r.plafond === null) expect(r.eligible).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });
});
