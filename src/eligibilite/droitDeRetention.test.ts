import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import { droitDeRetention } from './droitDeRetention.js';

const creance: CreanceEntree = {
  id: 'F1',
  numeroFacture: 'R-12',
  montantTTC: '850.00',
  dateFacture: '2008-03-01',
  dateEcheance: '2008-03-01',
  paiements: [],
  nature: 'consommation',
  cause: 'contractuelle',
  contestee: false,
};

describe('droitDeRetention (C. civ. 2286)', () => {
  it('a repairer holding the repaired thing may withhold it (3°)', () => {
    const r = droitDeRetention(creance, { detientChose: true, creanceNeeDeLaDetention: true }, '2008-03-05');
    expect([r.eligible, r.fondements]).toEqual([true, ['3°']]);
    expect(r.references).toContain('C. civ. art. 2286');
    expect(r.avertissements.join()).toContain('ni préférence ni droit de suite');
  });
  it('1° and 2° are independent bases', () => {
    expect(droitDeRetention(creance, { detientChose: true, remiseJusquAuPaiement: true, creanceNeeDuContratDeLivraison: true }, '2008-03-05').fondements).toEqual(['1°', '2°']);
  });
  it('4° (gage sans dépossession) only from 2008-08-06 (loi n° 2008-776)', () => {
    expect(droitDeRetention(creance, { detientChose: true, gageSansDepossession: true }, '2008-08-05').eligible).toBe(false);
    expect(droitDeRetention(creance, { detientChose: true, gageSansDepossession: true }, '2008-08-06').fondements).toEqual(['4°']);
  });
  it('lost by voluntary dispossession; nothing to withhold without holding the thing or once paid', () => {
    expect(droitDeRetention(creance, { detientChose: true, creanceNeeDeLaDetention: true, dessaisissementVolontaire: true }, '2008-03-05').eligible).toBe(false);
    expect(droitDeRetention(creance, { detientChose: false, creanceNeeDeLaDetention: true }, '2008-03-05').eligible).toBe(false);
    const payee = { ...creance, paiements: [{ date: '2008-03-04', montant: '850.00' }] };
    expect(droitDeRetention(payee, { detientChose: true, creanceNeeDeLaDetention: true }, '2008-03-05').eligible).toBe(false);
  });
  it('rejects bad input with its path', () => {
    expect(() => droitDeRetention(creance, { detientChose: 1 as unknown as boolean }, '2008-03-05')).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['situation', 'detientChose'] })] }),
    );
  });
  it('agrees with its motifs and does not mutate its input (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), arbDate('2008-01-01', '2030-12-31'), (a, b, c, d, e, f, jour) => {
        const s = geler({ detientChose: a, remiseJusquAuPaiement: b, creanceNeeDuContratDeLivraison: c, creanceNeeDeLaDetention: d, gageSansDepossession: e, dessaisissementVolontaire: f });
        const r = droitDeRetention(geler({ ...creance }), s, jour);
        expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
        expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
        expect(r.eligible).toBe(a && !f && r.fondements.length > 0);
      }),
      { numRuns: runs(200) },
    );
  });
});
