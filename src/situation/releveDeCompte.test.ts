import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { cents, codeEtChemin, euros, geler } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { releveDeCompte } from './releveDeCompte.js';
import { situationCreance } from './situationCreance.js';

const BASE = { dateFacture: '2025-01-15', paiements: [], nature: 'commerciale' as const, cause: 'contractuelle' as const, contestee: false };
const PRO: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', adresse: { lignes: ['4 avenue Foch'], codePostal: '75016', ville: 'Paris' } };
const F1: CreanceEntree = { ...BASE, id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateEcheance: '2025-02-14' };
const F2: CreanceEntree = { ...BASE, id: 'F2', numeroFacture: '2025-002', montantTTC: '800.00', dateEcheance: '2025-07-31' };
const F3: CreanceEntree = { ...BASE, id: 'F3', numeroFacture: '2025-003', montantTTC: '1200.00', dateEcheance: '2025-02-14', paiements: [{ date: '2025-03-16', montant: '1200.00' }] };
const F4: CreanceEntree = { ...BASE, id: 'F4', numeroFacture: '2025-004', montantTTC: '500.00', dateEcheance: '2025-06-30' };

describe('releveDeCompte — worked example', () => {
  const r = releveDeCompte(PRO, [F1, F2, F3, F4], '2025-06-30', { creancier: { denomination: 'Atelier Dupont SARL', lignes: ['12 rue des Lilas', '69003 Lyon'] } });

  it('every claim’s statement is situationCreance’s, same date, same options', () => {
    expect(r.creances).toEqual([F1, F2, F3, F4].map((c) => situationCreance(c, PRO, '2025-06-30')));
  });

  it('claims not yet due are "à échoir"; a claim due today is échue but not overdue', () => {
    expect(r.aEchoir).toEqual([{ creanceId: 'F2', numeroFacture: '2025-002', dateEcheance: '2025-07-31', montant: '800.00' }]);
    // F1: 1 200 € + 58.80 € of penalties (136 days at 13.15 %) + 40 €; F3: the 1 343-1 example, 54.99 €; F4 due today: 500 €.
    expect(r.totaux).toMatchObject({ enRetard: '1353.79', echu: '1853.79', aEchoir: '800.00', totalDu: '2653.79', principalDu: '2552.97', penalitesDues: '60.82', indemnitesDues: '40.00' });
    expect(r.totalEnRetard).toBe('1353.79');
    expect(r.plusAncienneEcheance).toBe('2025-02-14');
  });

  it('renders French text and HTML citing the articles', () => {
    const plat = r.texte.replace(/[ \n]+/g, ' ');
    expect(plat).toContain('Relevé de compte au 30 juin 2025');
    expect(plat).toContain('Facture n° 2025-002 : 800,00\u00a0€ à échoir le 31 juillet 2025');
    expect(plat).toContain('Plus ancienne échéance impayée : 14 février 2025.');
    expect(plat).toContain('2\u202f653,79\u00a0€');
    expect(plat).toMatch(/article 1343-1 du code civil/);
    expect(plat).toContain('C. com. art. L441-10 II');
    expect(r.html).toContain('<html lang="fr">');
    expect(r.html).toContain('Atelier Dupont SARL');
  });

  it('escapes every user-supplied field in the HTML', () => {
    const h = releveDeCompte({ ...PRO, denomination: '<script>x</script> & "Fils"' }, [{ ...F1, numeroFacture: '<b>1</b>' }], '2025-06-30').html;
    expect(h).not.toContain('<script>');
    expect(h).not.toContain('<b>');
    expect(h).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;Fils&quot;');
  });
});

describe('releveDeCompte — input', () => {
  it('refuses a claim on another debtor, and bad claims with their path', () => {
    expect(codeEtChemin(() => releveDeCompte(PRO, [F1, { ...F2, debiteurId: 'D9' }], '2025-06-30'))).toEqual(['ENTREE_INVALIDE', ['creances', 1, 'debiteurId']]);
    expect(codeEtChemin(() => releveDeCompte(PRO, [F1, { ...F2, montantTTC: 'douze' }], '2025-06-30'))).toEqual(['ENTREE_INVALIDE', ['creances', 1, 'montantTTC']]);
    expect(codeEtChemin(() => releveDeCompte(PRO, F1 as never, '2025-06-30'))).toEqual(['ENTREE_INVALIDE', ['creances']]);
  });

  it('an empty account: zero everywhere, no oldest due date', () => {
    const r = releveDeCompte(PRO, [], '2025-06-30');
    expect(r.totaux.totalDu).toBe('0.00');
    expect(r.plusAncienneEcheance).toBeNull();
  });

  it('does not mutate its input; the result is JSON-safe', () => {
    const cs = geler(structuredClone([F1, F2, F3]));
    const r = releveDeCompte(geler(structuredClone(PRO)), cs, '2025-06-30');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('releveDeCompte — property: totals are the sums of the claims’ statements', () => {
  it('on random accounts', () => {
    const arbCreance = fc.record({ montant: fc.integer({ min: 0, max: 500_000 }), echeance: fc.integer({ min: -200, max: 60 }), paye: fc.integer({ min: 0, max: 500_000 }), j: fc.integer({ min: -30, max: 200 }) });
    fc.assert(
      fc.property(fc.array(arbCreance, { maxLength: 6 }), fc.constantFrom<DebiteurEntree>(PRO, { id: 'D2', type: 'consommateur', denomination: 'M. Martin' }), (l, debiteur) => {
        const date = '2025-06-30';
        const creances = l.map((x, i) => {
          const echeance = formaterDate(lireDate(date) + x.echeance);
          return { ...BASE, id: `F${i}`, numeroFacture: String(i), dateFacture: formaterDate(lireDate(echeance) - 30), dateEcheance: echeance, montantTTC: euros(x.montant), paiements: x.paye > 0 ? [{ date: formaterDate(Math.min(lireDate(echeance) + x.j, lireDate(date))), montant: euros(x.paye) }] : [] };
        });
        const r = releveDeCompte(debiteur, creances, date);
        const t = (f: (s: (typeof r.creances)[number]) => string) => euros(r.creances.reduce((s, c) => s + cents(f(c)), 0n));
        expect(r.totaux.totalDu).toBe(t((s) => s.totalDu));
        expect(r.totaux.totalDu).toBe(euros(cents(r.totaux.echu) + cents(r.totaux.aEchoir)));
        expect(r.totaux.accessoiresDus).toBe(euros(cents(r.totaux.penalitesDues) + cents(r.totaux.interetsDus) + cents(r.totaux.indemnitesDues)));
        expect(r.totaux.totalDu).toBe(euros(cents(r.totaux.principalDu) + cents(r.totaux.accessoiresDus)));
        expect(cents(r.totaux.enRetard)).toBeLessThanOrEqual(cents(r.totaux.echu));
        if (r.plusAncienneEcheance !== null) expect(r.plusAncienneEcheance < date).toBe(true);
      }),
      { numRuns: runs(150) },
    );
  });
});
