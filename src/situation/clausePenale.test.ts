/**
 * The clause pénale (C. civ. 1231-5): a separate contractual accessory, `max(pourcentage × base, minimum)` on
 * what was due at its start date, shown beside the statement — never in `totalDu`, never imputed, never
 * changing penalties, interest or principal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, cents } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { lireDate } from '../socle/date-iso.js';
import { releveDeCompte } from './releveDeCompte.js';
import { situationCreance } from './situationCreance.js';

const FACTURE: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const PRO: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
const CONSO: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const CLAUSE = { pourcentage: '10', minimum: '60', exigibleA: '2025-03-01' } as const;

describe('clause pénale (C. civ. 1231-5) — worked examples', () => {
  it('10 % of the principal due at its start date (1 200 €), 60 € minimum: 120 €, beside the total due, not in it', () => {
    const s = situationCreance({ ...FACTURE, clausePenale: CLAUSE }, PRO, '2025-06-30');
    const sans = situationCreance(FACTURE, PRO, '2025-06-30');
    expect(s.clausePenale).toEqual({
      exigibleA: '2025-03-01',
      exigible: true,
      base: 'principal',
      assiette: '1200.00',
      pourcentage: '10',
      minimum: '60.00',
      montant: '120.00',
      reclamee: true,
      du: '120.00',
      totalAvecClause: (Number(sans.totalDu) + 120).toFixed(2),
      references: ['C. civ. art. 1231-5'],
      avertissements: [expect.stringContaining('le juge peut la modérer, même d’office')],
    });
    expect(s.totalDu).toBe(sans.totalDu);
    expect(sans.clausePenale).toBeUndefined();
  });

  it('the minimum applies when the percentage gives less: 10 % of 300 € = 30 € < 60 €', () => {
    const s = situationCreance({ ...FACTURE, paiements: [{ date: '2025-02-14', montant: '900.00' }], clausePenale: CLAUSE }, PRO, '2025-06-30');
    expect(s.clausePenale?.assiette).toBe('300.00');
    expect(s.clausePenale?.montant).toBe('60.00');
  });

  it("base 'total': the percentage applies to principal + penalties + 40 € due at the start date", () => {
    const s = situationCreance({ ...FACTURE, clausePenale: { ...CLAUSE, base: 'total' } }, PRO, '2025-06-30');
    const a = situationCreance(FACTURE, PRO, '2025-03-01');
    expect(s.clausePenale?.assiette).toBe(a.totalDu);
    expect(s.clausePenale?.montant).toBe((Math.round(Number(a.totalDu) * 10) / 100).toFixed(2));
  });

  it('before its start date nothing is incurred; a claim paid in time incurs nothing (even the minimum)', () => {
    const avant = situationCreance({ ...FACTURE, clausePenale: CLAUSE }, PRO, '2025-02-20');
    expect(avant.clausePenale).toMatchObject({ exigible: false, montant: '0.00', du: '0.00' });
    const paye = situationCreance({ ...FACTURE, paiements: [{ date: '2025-02-10', montant: '1200.00' }], clausePenale: CLAUSE }, PRO, '2025-06-30');
    expect(paye.clausePenale).toMatchObject({ exigible: true, assiette: '0.00', montant: '0.00' });
  });

  it('not claimed (accessoires.clausePenale: false) or waived: the amount is stated, nothing is due on it', () => {
    const s = situationCreance({ ...FACTURE, clausePenale: CLAUSE }, PRO, '2025-06-30', { accessoires: { clausePenale: false } });
    expect(s.clausePenale).toMatchObject({ montant: '120.00', reclamee: false, du: '0.00', totalAvecClause: s.totalDu });
  });

  it('against a consumer: flagged (abusive clauses, C. consom. R212-1 / R212-2, NON CONFIRMÉ)', () => {
    const s = situationCreance({ ...FACTURE, nature: 'consommation', clausePenale: CLAUSE }, CONSO, '2025-06-30');
    expect(s.clausePenale?.references).toEqual(['C. civ. art. 1231-5', 'C. consom. art. R212-1 et R212-2 (NON CONFIRMÉ)']);
    expect(s.clausePenale?.avertissements[1]).toContain('NON CONFIRMÉ');
  });

  it('a clause needs a percentage or a minimum; a bad field is refused with its path', () => {
    expect(() => situationCreance({ ...FACTURE, clausePenale: { exigibleA: '2025-03-01' } }, PRO, '2025-06-30')).toThrow(/pourcentage ou minimum/);
    expect(() => situationCreance({ ...FACTURE, clausePenale: { pourcentage: '10', exigibleA: '2025-03-01', base: 'ttc' } as never }, PRO, '2025-06-30')).toThrow(/clausePenale\.base/);
  });

  it('releveDeCompte shows it apart, outside the totals', () => {
    const r = releveDeCompte(PRO, [{ ...FACTURE, clausePenale: CLAUSE }], '2025-06-30');
    const sans = releveDeCompte(PRO, [FACTURE], '2025-06-30');
    expect(r.totaux).toEqual({ ...sans.totaux, clausesPenales: '120.00' });
    expect(r.texte).toContain('CLAUSE PÉNALE');
    expect(r.html).toContain('non comprise dans les totaux ci-dessus : 120,00');
    expect(r.references).toContain('C. civ. art. 1231-5');
  });
});

describe('clause pénale — properties', () => {
  const arb = fc.record({
    montant: fc.integer({ min: 0, max: 10_000_000 }),
    paye: fc.integer({ min: 0, max: 10_000_000 }),
    datePaiement: arbDate('2025-01-01', '2025-12-31'),
    exigibleA: arbDate('2025-01-01', '2025-12-31'),
    date: arbDate('2025-01-01', '2026-06-30'),
    pourcentage: fc.option(fc.constantFrom('0', '5', '10', '12.5', '15', '40'), { nil: undefined }),
    minimum: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    base: fc.constantFrom('principal', 'total'),
  }).filter((x) => x.pourcentage !== undefined || x.minimum !== undefined);
  const euros = (c: number): string => (c / 100).toFixed(2);

  it('property: montant = max(pourcentage × base, minimum) when something was due at the start date, 0 otherwise; never changes penalties, interest or principal', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const creance: CreanceEntree = {
          ...FACTURE,
          montantTTC: euros(x.montant),
          paiements: x.paye > 0 ? [{ date: x.datePaiement, montant: euros(x.paye) }] : [],
        };
        const clausePenale = {
          exigibleA: x.exigibleA,
          base: x.base,
          ...(x.pourcentage !== undefined ? { pourcentage: x.pourcentage } : {}),
          ...(x.minimum !== undefined ? { minimum: euros(x.minimum) } : {}),
        };
        const avec = situationCreance({ ...creance, clausePenale }, PRO, x.date);
        const sans = situationCreance(creance, PRO, x.date);
        const { clausePenale: cp, ...reste } = avec;
        expect(reste).toEqual(sans);
        const montant = cents(cp!.montant);
        if (lireDate(x.date) < lireDate(x.exigibleA)) {
          expect(montant).toBe(0n);
          return;
        }
        const a = situationCreance(creance, PRO, x.exigibleA);
        const assiette = cents(x.base === 'principal' ? a.principalDu : a.totalDu);
        expect(cents(cp!.assiette)).toBe(assiette);
        if (assiette === 0n) {
          expect(montant).toBe(0n);
          return;
        }
        const minimum = BigInt(x.minimum ?? 0);
        expect(montant >= minimum).toBe(true);
        // half-up to the cent: |montant − pourcentage × assiette| ≤ ½ cent unless the minimum wins
        const pct = x.pourcentage === undefined ? 0 : Number(x.pourcentage);
        const exact = (Number(assiette) * pct) / 100;
        if (montant > minimum) expect(Math.abs(Number(montant) - exact)).toBeLessThanOrEqual(0.5);
        else expect(exact).toBeLessThanOrEqual(Number(minimum) + 0.5);
        expect(cents(cp!.totalAvecClause)).toBe(cents(sans.totalDu) + cents(cp!.du));
      }),
      { numRuns: runs(120) },
    );
  });
});
