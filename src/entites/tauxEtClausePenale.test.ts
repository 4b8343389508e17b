/**
 * Issue 17 in the claim schema: the indexed rate modes of `tauxPenalites` (C. com. L441-10 II; the taux légal
 * of C. mon. fin. L313-2) and the clause pénale (C. civ. 1231-5), written and read like every other field.
 */
import { describe, expect, it } from 'vitest';
import { clausePenaleSchema, creanceSchema, tauxPenalitesSchema } from './creance.js';
import { parseCreance } from './parser.js';

const FACTURE = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };

describe('tauxPenalitesSchema — indexed modes', () => {
  it('reads "k × taux légal", "taux légal + n points" and "BCE + n points", with their category and sousPlancher; the existing modes are unchanged', () => {
    for (const t of [
      { mode: 'multiple-taux-legal', multiple: '3' },
      { mode: 'multiple-taux-legal', multiple: '1.5', categorie: 'creancier-particulier', sousPlancher: 'bce+10' },
      { mode: 'taux-legal+points', points: '5', categorie: 'autres-cas' },
      { mode: 'bce+points', points: '7', sousPlancher: 'plancher' },
      { mode: 'bce+10' },
      { mode: 'contractuel', tauxAnnuel: '15', sousPlancher: 'bce+10' },
      { mode: 'commande-publique' },
    ]) {
      expect(tauxPenalitesSchema.parse(t)).toEqual(t);
      expect(creanceSchema.parse({ ...FACTURE, tauxPenalites: t }).tauxPenalites).toEqual(t);
    }
  });

  it('refuses a missing or malformed multiple or points, a bad category, and a category on bce+points, with the path', () => {
    for (const [t, chemin] of [
      [{ mode: 'multiple-taux-legal' }, ['tauxPenalites', 'multiple']],
      [{ mode: 'multiple-taux-legal', multiple: '3,5' }, ['tauxPenalites', 'multiple']],
      [{ mode: 'taux-legal+points', points: 5 }, ['tauxPenalites', 'points']],
      [{ mode: 'taux-legal+points', points: '5', categorie: 'particulier' }, ['tauxPenalites', 'categorie']],
      [{ mode: 'bce+points', points: '7', categorie: 'autres-cas' }, ['tauxPenalites']],
    ] as const) {
      const r = creanceSchema.safeParse({ ...FACTURE, tauxPenalites: t });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(chemin);
    }
  });
});

describe('clausePenaleSchema (C. civ. 1231-5)', () => {
  it('a percentage and/or a minimum, a base, a start date', () => {
    expect(clausePenaleSchema.parse({ pourcentage: '10', exigibleA: '2025-03-01' })).toEqual({ pourcentage: '10', exigibleA: '2025-03-01' });
    expect(clausePenaleSchema.parse({ minimum: 60, base: 'total', exigibleA: '2025-03-01' })).toEqual({ minimum: '60.00', base: 'total', exigibleA: '2025-03-01' });
    expect(creanceSchema.parse({ ...FACTURE, clausePenale: { pourcentage: '10', minimum: '60', exigibleA: '2025-03-01' } }).clausePenale).toEqual({ pourcentage: '10', minimum: '60.00', exigibleA: '2025-03-01' });
  });

  it('refuses a clause with neither percentage nor minimum, a negative minimum, a bad base, a missing start date, an unknown key', () => {
    for (const [c, chemin] of [
      [{ exigibleA: '2025-03-01' }, ['clausePenale', 'pourcentage']],
      [{ minimum: '-1', exigibleA: '2025-03-01' }, ['clausePenale', 'minimum']],
      [{ pourcentage: '10', base: 'ttc', exigibleA: '2025-03-01' }, ['clausePenale', 'base']],
      [{ pourcentage: '10' }, ['clausePenale', 'exigibleA']],
      [{ pourcentage: '10', exigibleA: '2025-03-01', plafond: '500' }, ['clausePenale']],
    ] as const) {
      const r = creanceSchema.safeParse({ ...FACTURE, clausePenale: c });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(chemin);
    }
  });

  it("parseCreance with clesInconnues 'ignorer' drops an unknown key of the clause, as elsewhere", () => {
    const c = parseCreance({ ...FACTURE, clausePenale: { pourcentage: '10', exigibleA: '2025-03-01', plafond: '500' } }, { clesInconnues: 'ignorer' });
    expect(c.clausePenale).toEqual({ pourcentage: '10', exigibleA: '2025-03-01' });
  });
});
