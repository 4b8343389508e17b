import { describe, expect, it } from 'vitest';
import { avoirSchema, creanceSchema } from './creance.js';

const FACTURE = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false };

describe('creanceSchema — credit notes (avoirs), an optional field', () => {
  it('accepts a claim without avoirs, and avoirs with a date, a positive amount and an optional reference', () => {
    expect(creanceSchema.parse(FACTURE).avoirs).toBeUndefined();
    expect(creanceSchema.parse({ ...FACTURE, avoirs: [{ date: '2025-01-21', montant: 600 }] }).avoirs).toEqual([{ date: '2025-01-21', montant: '600.00' }]);
    expect(avoirSchema.parse({ date: '2025-01-21', montant: '600.00', reference: 'AV-1' })).toEqual({ date: '2025-01-21', montant: '600.00', reference: 'AV-1' });
  });
  it('refuses a zero or negative credit note and a bad date, with the path', () => {
    for (const avoir of [{ date: '2025-01-21', montant: 0 }, { date: '2025-01-21', montant: '-1.00' }, { date: '2025-02-30', montant: 1 }]) {
      const r = creanceSchema.safeParse({ ...FACTURE, avoirs: [avoir] });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path.slice(0, 2)).toEqual(['avoirs', 0]);
    }
  });
});
