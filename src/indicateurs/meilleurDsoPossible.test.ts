import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { meilleurDsoPossible } from './meilleurDsoPossible.js';
import { dso } from './dso.js';
import { euros, geler } from '../../test/outils.js';

describe('meilleurDsoPossible (current receivables / CA TTC × jours)', () => {
  it('worked example: 150 000 € not yet due, 1 200 000 € over 365 days → 45.625 → 45.6', () => {
    expect(meilleurDsoPossible({ encoursNonEchu: '150000.00', chiffreAffairesTTC: '1200000.00', jours: 365 })).toBe(45.6);
  });

  it('rejects zero turnover', () => {
    expect(() => meilleurDsoPossible({ encoursNonEchu: 1, chiffreAffairesTTC: 0, jours: 1 })).toThrow(/chiffre d'affaires nul/);
  });

  it('property: never above the DSO of receivables that include the current ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 366 }), (courant, echu, ca, jours) => {
        expect(meilleurDsoPossible({ encoursNonEchu: euros(courant), chiffreAffairesTTC: euros(ca), jours })).toBeLessThanOrEqual(
          dso({ encours: euros(courant + echu), chiffreAffairesTTC: euros(ca), jours }),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    expect(meilleurDsoPossible(geler({ encoursNonEchu: 10, chiffreAffairesTTC: 30, jours: 30 }))).toBe(10);
  });
});
