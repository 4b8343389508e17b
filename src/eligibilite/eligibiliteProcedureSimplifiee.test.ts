import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import { baremesParDefaut } from '../baremes/donnees.js';
import type { Baremes } from '../baremes/types.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import type { CreanceEntree } from '../entites/creance.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { situationCreance } from '../situation/situationCreance.js';
import { eligibiliteProcedureSimplifiee } from './eligibiliteProcedureSimplifiee.js';

const civile = (montantTTC: string, dateEcheance = '2015-12-15', extra: Partial<CreanceEntree> = {}): CreanceEntree => ({
  id: 'F1',
  numeroFacture: '2015-001',
  montantTTC,
  dateFacture: '2015-11-15',
  dateEcheance,
  paiements: [],
  nature: 'civile',
  cause: 'contractuelle',
  contestee: false,
  ...extra,
});

describe('eligibiliteProcedureSimplifiee (CPCE L125-1, R125-1)', () => {
  it('does not exist before 2016-06-01 (plafond null); 4 000 € from that day', () => {
    const veille = eligibiliteProcedureSimplifiee(civile('100.00'), '2016-05-31');
    expect([veille.eligible, veille.plafond]).toEqual([false, null]);
    expect(veille.motifs[0]).toMatch(/^✗ .*n’existe pas/);
    const jour = eligibiliteProcedureSimplifiee(civile('100.00'), '2016-06-01');
    expect([jour.eligible, jour.plafond]).toEqual([true, '4000.00']);
    expect(jour.references).toContain('C. civ. art. 1244-4 (procédure simplifiée, jusqu’au 30 septembre 2016)');
    expect(eligibiliteProcedureSimplifiee(civile('100.00'), '2016-10-01').references).toContain('CPCE art. L125-1');
  });
  it('4 000.00 € on 2016-06-01: exactly at the cap is eligible, one cent above is not', () => {
    expect(eligibiliteProcedureSimplifiee(civile('4000.00'), '2016-06-01').eligible).toBe(true);
    const r = eligibiliteProcedureSimplifiee(civile('4000.01'), '2016-06-01');
    expect(r.eligible).toBe(false);
    expect(r.motifs.at(-1)).toBe('✗ Principal restant 4000.01 € + intérêts 0.00 € = 4000.01 € > plafond de 4000.00 €.');
  });
  it('5 000.00 € from 2020-01-01 (décret du 11 décembre 2019); still 4 000 € on 2019-12-31', () => {
    const c = civile('5000.00', '2019-12-15', { dateFacture: '2019-11-15' });
    const veille = eligibiliteProcedureSimplifiee(c, '2019-12-31');
    expect([veille.eligible, veille.plafond]).toEqual([false, '4000.00']);
    const jour = eligibiliteProcedureSimplifiee(c, '2020-01-01');
    expect([jour.eligible, jour.plafond, jour.montantCompare]).toEqual([true, '5000.00', '5000.00']);
    expect(eligibiliteProcedureSimplifiee({ ...c, montantTTC: '5000.01' }, '2020-01-01').eligible).toBe(false);
  });
  it('flags (UNCONFIRMED) which day fixes the threshold when the due date falls under the other one and the answer differs', () => {
    const c = civile('4500.00', '2019-12-15', { dateFacture: '2019-11-15' });
    expect(eligibiliteProcedureSimplifiee(c, '2020-01-02').avertissements.join()).toContain('NON CONFIRMÉ');
    expect(eligibiliteProcedureSimplifiee({ ...c, montantTTC: '3000.00' }, '2020-01-02').avertissements.join()).not.toContain('NON CONFIRMÉ');
  });
  it('compares principal + penalties accrued at the date for a commercial claim (C. com. L441-10 II)', () => {
    // 4 900 € due 2025-05-31, asked on 2025-08-14: the penalties (126.36 €) carry it over 5 000 €.
    const c: CreanceEntree = { ...civile('4900.00', '2025-05-31', { dateFacture: '2025-05-01' }), nature: 'commerciale' };
    const r = eligibiliteProcedureSimplifiee(c, '2025-08-14');
    const attendu = calculerPenalitesRetard({ montant: '4900.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' }).montant;
    expect(r.interets).toBe(attendu);
    expect([r.eligible, r.principal, r.interets, r.montantCompare]).toEqual([false, '4900.00', '126.36', '5026.36']);
    expect(r.references).toContain('C. com. art. L441-10 II');
    // on the due date nothing has accrued yet
    expect(eligibiliteProcedureSimplifiee(c, '2025-05-31')).toMatchObject({ eligible: true, interets: '0.00' });
  });
  it('reads principal and penalties from situationCreance: the claim’s contractual rate, payments imputed by C. civ. 1343-1, credit notes', () => {
    const c: CreanceEntree = {
      ...civile('4900.00', '2025-05-31', { dateFacture: '2025-05-01' }),
      nature: 'commerciale',
      tauxPenalites: { mode: 'contractuel', tauxAnnuel: '20' },
      paiements: [{ date: '2025-06-10', montant: '1000.00' }, { date: '2025-09-01', montant: '3900.00' }],
    };
    const r = eligibiliteProcedureSimplifiee(c, '2025-08-14');
    const s = situationCreance(c, { id: 'D', type: 'professionnel', denomination: 'X' }, '2025-08-14');
    // The 1 000 € of 2025-06-10 paid the 10 days of penalties and the 40 € first: 3 966.85 € of principal remain.
    expect([r.principal, r.interets, r.eligible]).toEqual([s.principalDu, s.penalites.du, true]);
    expect(r.principal).toBe('3966.85');
    expect(r.montantCompare).toBe('4108.14');
    const avoir = eligibiliteProcedureSimplifiee({ ...civile('5100.00', '2025-05-31', { dateFacture: '2025-05-01' }), avoirs: [{ date: '2025-06-01', montant: '200.00' }] }, '2025-08-14');
    expect([avoir.principal, avoir.eligible]).toEqual(['4900.00', true]);
  });
  it('legal interest from options.dateMiseEnDemeure for a consumer (C. civ. 1231-6, 1344-1), as situationCreance computes it', () => {
    const c = civile('4990.00', '2024-01-31', { dateFacture: '2024-01-01', nature: 'consommation' });
    const debiteur = { id: 'D', type: 'consommateur' as const, denomination: 'M. X' };
    const r = eligibiliteProcedureSimplifiee(c, '2025-03-01', { debiteur, dateMiseEnDemeure: '2024-03-01' });
    expect(r.interets).toBe(situationCreance(c, debiteur, '2025-03-01', { dateMiseEnDemeure: '2024-03-01' }).interets.du);
    expect(r.eligible).toBe(false);
  });
  it('C. commande publique L6: a public buyer is refused (administrative contract, the civil enforcement procedure does not apply)', () => {
    const c: CreanceEntree = { ...civile('1000.00', '2025-02-14', { dateFacture: '2025-01-15' }), nature: 'commerciale', tauxPenalites: { mode: 'commande-publique' } };
    const commune = { id: 'D', type: 'personne-publique' as const, denomination: 'Commune de Villeneuve' };
    const r = eligibiliteProcedureSimplifiee(c, '2025-03-01', { debiteur: commune });
    expect(r.eligible).toBe(false);
    expect(r.conditions.at(-1)).toMatchObject({ code: 'juge-judiciaire', remplie: false, reference: 'C. commande publique art. L6' });
  });
  it('counts no interest on a civil claim (legal interest needs a mise en demeure) unless given in options.interets', () => {
    const c = civile('4990.00', '2024-01-31', { dateFacture: '2024-01-01' });
    const r = eligibiliteProcedureSimplifiee(c, '2025-03-01');
    expect([r.eligible, r.interets]).toEqual([true, '0.00']);
    expect(r.avertissements.join()).toContain('1231-6');
    expect(eligibiliteProcedureSimplifiee(c, '2025-03-01', { interets: '10.01' })).toMatchObject({ eligible: false, montantCompare: '5000.01' });
    expect(eligibiliteProcedureSimplifiee(c, '2025-03-01', { interets: 10 })).toMatchObject({ eligible: true, montantCompare: '5000.00' });
  });
  it('needs a contractual or statutory cause, a sum still owed, and an exigible claim (from the due date inclusive)', () => {
    expect(eligibiliteProcedureSimplifiee(civile('100.00', '2025-02-14', { dateFacture: '2025-01-15', cause: 'statutaire' }), '2025-03-01').eligible).toBe(true);
    const autre = eligibiliteProcedureSimplifiee(civile('100.00', '2025-02-14', { dateFacture: '2025-01-15', cause: 'autre' }), '2025-03-01');
    expect(autre.eligible).toBe(false);
    expect(autre.conditions.find((x) => !x.remplie)?.code).toBe('cause');
    const c = civile('100.00', '2025-02-14', { dateFacture: '2025-01-15' });
    expect(eligibiliteProcedureSimplifiee(c, '2025-02-13').eligible).toBe(false);
    expect(eligibiliteProcedureSimplifiee(c, '2025-02-14').eligible).toBe(true);
    expect(eligibiliteProcedureSimplifiee({ ...c, paiements: [{ date: '2025-02-20', montant: '100.00' }] }, '2025-03-01').eligible).toBe(false);
  });
  it('refuses a claim born before collective proceedings opened against the debtor (C. com. L622-21)', () => {
    const c = civile('100.00', '2025-02-14', { dateFacture: '2025-01-15' });
    const debiteur = { id: 'D1', type: 'professionnel' as const, denomination: 'X SAS', procedureCollective: { type: 'redressement' as const, dateJugement: '2025-02-20' } };
    const r = eligibiliteProcedureSimplifiee(c, '2025-03-01', { debiteur });
    expect(r.eligible).toBe(false);
    expect(r.references).toContain('C. com. art. L622-21');
    expect(eligibiliteProcedureSimplifiee(c, '2025-02-19', { debiteur }).eligible).toBe(true);
  });
  it('takes its thresholds from options.baremes', () => {
    const baremes: Baremes = {
      ...baremesParDefaut,
      procedureSimplifiee: [...baremesParDefaut.procedureSimplifiee, { du: '2027-01-01', montant: '6000.00', source: 'hypothèse de test', confirme: false }],
    };
    const c = civile('5500.00', '2026-10-01', { dateFacture: '2026-09-01' });
    expect(eligibiliteProcedureSimplifiee(c, '2026-12-31', { baremes }).eligible).toBe(false);
    const r = eligibiliteProcedureSimplifiee(c, '2027-01-01', { baremes });
    expect([r.eligible, r.plafond]).toEqual([true, '6000.00']);
    expect(r.avertissements.join()).toContain('NON CONFIRMÉ');
    expect(r.references).toContain('hypothèse de test');
  });
  it('rejects bad input with its path', () => {
    expect(() => eligibiliteProcedureSimplifiee(civile('-1.00'), '2020-01-01')).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['creance', 'montantTTC'] })] }));
    expect(() => eligibiliteProcedureSimplifiee(civile('1.00'), '2020-02-30')).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['date'] })] }));
    expect(() => eligibiliteProcedureSimplifiee(civile('1.00'), '2020-02-03', { interets: 'x' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'interets'] })] }));
  });
  it('agrees with its motifs; eligible implies amount ≤ cap; a smaller claim is never less eligible (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700_000 }),
        fc.integer({ min: 0, max: 700_000 }),
        arbDate('2015-01-01', '2026-06-30'),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom('civile' as const, 'commerciale' as const, 'consommation' as const),
        fc.constantFrom('contractuelle' as const, 'statutaire' as const, 'autre' as const),
        (a, b, jourDemande, avance, nature, cause) => {
          const jour = lireDate(jourDemande);
          const echeance = formaterDate(Math.max(lireDate('2015-01-01'), jour - avance));
          const mk = (c: number): CreanceEntree =>
            geler({ ...civile((c / 100).toFixed(2), echeance, { dateFacture: '2014-12-01' }), nature, cause });
          const [petit, grand] = a <= b ? [a, b] : [b, a];
          const rg = eligibiliteProcedureSimplifiee(mk(grand), jourDemande);
          const rp = eligibiliteProcedureSimplifiee(mk(petit), jourDemande);
          for (const r of [rg, rp]) {
            expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
            expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
            if (r.eligible) expect(Number(r.montantCompare) <= Number(r.plafond)).toBe(true);
            if (r.plafond === null) expect(r.eligible).toBe(false);
          }
          if (rg.eligible && petit > 0) expect(rp.eligible).toBe(true);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
