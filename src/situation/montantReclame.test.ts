// What a reminder claims on a claim (montantReclame): the statement's totalDu, less — once a due date has
// passed — the principal of the instalments not yet late (C. civ. 1305, 1305-2: a term suspends exigibility,
// the library's reading), less the disputed part of a partial dispute. The machine's actions and the letters
// read this one rule (src/machine/montantReclame.test.ts checks they agree).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN_TROIS_FOIS } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { lireEuros } from '../socle/euros.js';
import { montantReclame } from './montantReclame.js';
import { situationCreance } from './situationCreance.js';

const PRO = { id: 'D1', type: 'professionnel' as const, denomination: 'ACME SAS' };
const code = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof RecouvrementError ? e.code : 'autre';
  }
};

describe('montantReclame: what a reminder claims (C. civ. 1305-2, the library’s reading)', () => {
  it('worked example: on 20 February 2025 the first of three 400 € instalments is late — 400 + 0.86 (L441-10) + 40 (D441-5), the other two à échoir', () => {
    const s = situationCreance(EN_TROIS_FOIS, PRO, '2025-02-20');
    const r = montantReclame(s);
    expect(r).toMatchObject({ reclame: '440.86', horsReclamation: '800.00', conteste: '0.00', partiel: true });
    expect(r.echeancesAEchoir.map((e) => e.date)).toEqual(['2025-03-14', '2025-04-14']);
    expect(montantReclame(s, '100.00').reclame).toBe('340.86');
    expect(montantReclame(s, '1000.00').reclame).toBe('0.00');
  });

  it('before the first due date, with one instalment, or once everything is late: the whole totalDu', () => {
    const avant = situationCreance(EN_TROIS_FOIS, PRO, '2025-02-10');
    expect(montantReclame(avant)).toMatchObject({ reclame: avant.totalDu, horsReclamation: '0.00', partiel: false });
    const une = situationCreance({ ...EN_TROIS_FOIS, dateEcheance: '2025-02-14', echeances: undefined }, PRO, '2025-02-20');
    expect(montantReclame(une)).toMatchObject({ reclame: une.totalDu, partiel: false, echeancesAEchoir: [] });
    const tout = situationCreance(EN_TROIS_FOIS, PRO, '2025-05-01');
    expect(montantReclame(tout).reclame).toBe(tout.totalDu);
  });

  it('an instalment paid in advance is not left out twice: only principal still due is', () => {
    const s = situationCreance({ ...EN_TROIS_FOIS, paiements: [{ date: '2025-02-01', montant: '800.00' }] }, PRO, '2025-02-20');
    // 800 € paid before any delay: instalments 1 and 2 (C. civ. 1342-10, oldest first); instalment 3 à échoir.
    expect(montantReclame(s).echeancesAEchoir.map((e) => [e.date, e.principalDu])).toEqual([['2025-04-14', '400.00']]);
    expect(montantReclame(s).reclame).toBe((lireEuros(s.totalDu) / 100 - 400).toFixed(2));
  });

  it('bad input: ENTREE_INVALIDE', () => {
    expect(code(() => montantReclame(null as never))).toBe('ENTREE_INVALIDE');
    expect(code(() => montantReclame({ totalDu: 'x', enRetard: false, echeances: [] }))).toBe('ENTREE_INVALIDE');
    expect(code(() => montantReclame({ totalDu: '1.00', enRetard: 'oui' as never, echeances: [] }))).toBe('ENTREE_INVALIDE');
    expect(code(() => montantReclame(situationCreance(EN_TROIS_FOIS, PRO, '2025-02-20'), '-5.00'))).toBe('ENTREE_INVALIDE');
  });

  it('property: 0 <= reclame <= totalDu, and reclame + hors + conteste = totalDu when not floored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.option(fc.integer({ min: 0, max: 200000 })), fc.integer({ min: 0, max: 120000 }), (j, conteste, paye) => {
        const date = new Date(Date.UTC(2025, 0, 15 + j)).toISOString().slice(0, 10);
        const c = { ...EN_TROIS_FOIS, paiements: paye > 0 ? [{ date: '2025-02-01', montant: (paye / 100).toFixed(2) }] : [] };
        const s = situationCreance(c, PRO, date);
        const r = montantReclame(s, conteste === null ? null : (conteste / 100).toFixed(2));
        const total = lireEuros(s.totalDu);
        expect(lireEuros(r.reclame)).toBeGreaterThanOrEqual(0);
        expect(lireEuros(r.reclame)).toBeLessThanOrEqual(total);
        if (lireEuros(r.reclame) > 0) expect(lireEuros(r.reclame) + lireEuros(r.horsReclamation) + lireEuros(r.conteste)).toBe(total);
        expect(r.partiel).toBe(r.echeancesAEchoir.length > 0 || conteste !== null);
      }),
      { numRuns: runs(100) },
    );
  });
});
