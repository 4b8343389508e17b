import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { eligibiliteInjonctionDePayer } from './eligibiliteInjonctionDePayer.js';

const creance: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2024-001',
  montantTTC: '1200.00',
  dateFacture: '2024-01-15',
  dateEcheance: '2024-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const commercant: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', commercant: true, siren: '732829320' };
const consommateur: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };

describe('eligibiliteInjonctionDePayer (CPC 1405, 1406, 1409)', () => {
  it('a commercial claim against a trader goes to the tribunal de commerce (C. com. L721-3)', () => {
    const r = eligibiliteInjonctionDePayer(creance, commercant, '2024-03-01');
    expect([r.eligible, r.juridiction, r.alternative]).toEqual([true, 'tribunal-de-commerce', null]);
    expect(r.references).toEqual(expect.arrayContaining(['CPC art. 1405', 'CPC art. 1406', 'C. com. art. L721-3']));
    expect(r.avertissements.join()).not.toContain('activités économiques');
  });
  it('from 2025-01-01 warns that 12 tribunaux de commerce are tribunaux des activités économiques', () => {
    expect(eligibiliteInjonctionDePayer(creance, commercant, '2024-12-31').avertissements.join()).not.toContain('activités économiques');
    expect(eligibiliteInjonctionDePayer(creance, commercant, '2025-01-01').avertissements.join()).toContain('tribunal des activités économiques');
  });
  it('a civil claim, or a non-trader debtor, goes to the tribunal judiciaire', () => {
    expect(eligibiliteInjonctionDePayer({ ...creance, nature: 'civile' }, commercant, '2024-03-01').juridiction).toBe('tribunal-judiciaire');
    expect(eligibiliteInjonctionDePayer({ ...creance, nature: 'consommation' }, consommateur, '2024-03-01').juridiction).toBe('tribunal-judiciaire');
    expect(eligibiliteInjonctionDePayer(creance, { ...commercant, commercant: false }, '2024-03-01').juridiction).toBe('tribunal-judiciaire');
  });
  it('a professional of unknown status is assumed a trader, with a warning', () => {
    const { commercant: _c, ...pro } = commercant;
    const r = eligibiliteInjonctionDePayer(creance, pro, '2024-03-01');
    expect(r.juridiction).toBe('tribunal-de-commerce');
    expect(r.avertissements.join()).toContain('supposé commerçant');
  });
  it('C. com. L721-3 1° (loi n° 2021-1729): an artisan debtor goes to the tribunal de commerce from 2022-01-01, not on 2021-12-31', () => {
    const artisan: DebiteurEntree = { id: 'D3', type: 'professionnel', denomination: 'Plomberie Durand', artisan: true };
    const ancienne = { ...creance, dateFacture: '2021-10-15', dateEcheance: '2021-11-14' };
    const veille = eligibiliteInjonctionDePayer(ancienne, artisan, '2021-12-31', { creancier: { commercant: true } });
    expect(veille.juridiction).toBe('tribunal-judiciaire');
    expect(veille.motifs.at(-1)).toContain('avant le 1er janvier 2022');
    const jour = eligibiliteInjonctionDePayer(ancienne, artisan, '2022-01-01', { creancier: { artisan: true } });
    expect(jour.juridiction).toBe('tribunal-de-commerce');
    expect(jour.references).toContain('C. com. art. L721-3 1°');
    expect(jour.avertissements.join()).not.toContain('qualité du créancier');
    // A creditor neither trader nor artisan: tribunal judiciaire.
    expect(eligibiliteInjonctionDePayer(ancienne, artisan, '2022-01-01', { creancier: { commercant: false, artisan: false } }).juridiction).toBe('tribunal-judiciaire');
    // Creditor's quality unknown: presumed, and said.
    const presume = eligibiliteInjonctionDePayer(creance, artisan, '2024-03-01');
    expect(presume.juridiction).toBe('tribunal-de-commerce');
    expect(presume.avertissements.join()).toContain('qualité du créancier');
  });
  it('C. commande publique L6: no civil injonction de payer against a public buyer; the route is CJA R541-1', () => {
    const commune: DebiteurEntree = { id: 'D4', type: 'personne-publique', denomination: 'Commune de Villeneuve' };
    const r = eligibiliteInjonctionDePayer({ ...creance, tauxPenalites: { mode: 'commande-publique' } }, commune, '2024-03-01');
    expect([r.eligible, r.juridiction]).toEqual([false, null]);
    const refus = r.conditions.find((x) => !x.remplie)!;
    expect(refus).toMatchObject({ code: 'juge-judiciaire', reference: 'C. commande publique art. L6' });
    expect(refus.motif).toContain('CJA R541-1');
    expect(refus.motif).toContain('loi n° 80-539');
    expect(r.avertissements.join()).not.toContain('NON CONFIRMÉ');
  });
  it('needs a contractual or statutory cause (1405 1°) and an uncontested claim (1409)', () => {
    const autre = eligibiliteInjonctionDePayer({ ...creance, cause: 'autre' }, commercant, '2024-03-01');
    expect([autre.eligible, autre.juridiction]).toEqual([false, null]);
    expect(autre.motifs).toContain('✗ La créance n’a ni cause contractuelle ni cause statutaire.');
    const contestee = eligibiliteInjonctionDePayer({ ...creance, contestee: true }, commercant, '2024-03-01');
    expect(contestee.eligible).toBe(false);
    expect(contestee.conditions.find((x) => !x.remplie)).toMatchObject({ code: 'non-contestee', reference: 'CPC art. 1409' });
    expect(eligibiliteInjonctionDePayer({ ...creance, cause: 'statutaire' }, commercant, '2024-03-01').eligible).toBe(true);
  });
  it('is open from the due date inclusive, and not once paid', () => {
    expect(eligibiliteInjonctionDePayer(creance, commercant, '2024-02-13').eligible).toBe(false);
    expect(eligibiliteInjonctionDePayer(creance, commercant, '2024-02-14').eligible).toBe(true);
    expect(eligibiliteInjonctionDePayer({ ...creance, paiements: [{ date: '2024-02-14', montant: 1200 }] }, commercant, '2024-03-01').eligible).toBe(false);
    // Paid late: the payment went to the penalties and the 40 € first (C. civ. 1343-1, situationCreance); a balance is still owed.
    expect(eligibiliteInjonctionDePayer({ ...creance, paiements: [{ date: '2024-02-20', montant: 1200 }] }, commercant, '2024-03-01').eligible).toBe(true);
  });
  it('a debtor in another EU state points to the European order for payment; Denmark and non-EU states do not', () => {
    const de = eligibiliteInjonctionDePayer(creance, { ...commercant, pays: 'DE' }, '2024-03-01');
    expect([de.eligible, de.juridiction, de.alternative]).toEqual([false, null, 'injonction-de-payer-europeenne']);
    expect(de.motifs.join()).toContain('1896/2006');
    expect(eligibiliteInjonctionDePayer(creance, { ...commercant, pays: 'DK' }, '2024-03-01').alternative).toBeNull();
    expect(eligibiliteInjonctionDePayer(creance, { ...commercant, pays: 'CH' }, '2024-03-01')).toMatchObject({ eligible: false, alternative: null });
  });
  it('a debtor in an overseas department (Guadeloupe, La Réunion) is in France', () => {
    expect(eligibiliteInjonctionDePayer(creance, { ...commercant, pays: 'GP' }, '2024-03-01').eligible).toBe(true);
    expect(eligibiliteInjonctionDePayer(creance, { ...commercant, pays: 'RE' }, '2024-03-01').eligible).toBe(true);
  });
  it('collective proceedings forbid it for a claim born before the opening judgment (C. com. L622-21)', () => {
    const d = { ...commercant, procedureCollective: { type: 'sauvegarde' as const, dateJugement: '2024-02-20' } };
    expect(eligibiliteInjonctionDePayer(creance, d, '2024-02-19').eligible).toBe(true);
    const r = eligibiliteInjonctionDePayer(creance, d, '2024-02-20');
    expect(r.eligible).toBe(false);
    expect(r.motifs.join()).toContain('déclarez la créance');
    const posterieure = eligibiliteInjonctionDePayer({ ...creance, dateFacture: '2024-02-25', dateEcheance: '2024-03-25' }, d, '2024-04-01');
    expect(posterieure.eligible).toBe(true);
    expect(posterieure.avertissements.join()).toContain('L622-17');
  });
  it('a wrong SIREN gives ENTREE_INVALIDE with the path ["debiteur", "siren"]', () => {
    expect(() => eligibiliteInjonctionDePayer(creance, { ...commercant, siren: '732829321' }, '2024-03-01')).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['debiteur', 'siren'] })] }),
    );
  });
  it('agrees with its motifs, names a court exactly when eligible, and does not mutate its input (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('commerciale' as const, 'civile' as const, 'consommation' as const),
        fc.constantFrom('contractuelle' as const, 'statutaire' as const, 'autre' as const),
        fc.boolean(),
        fc.constantFrom('FR', 'DE', 'DK', 'CH', 'GP'),
        fc.constantFrom<DebiteurEntree['type']>('professionnel', 'consommateur', 'non-professionnel', 'personne-publique'),
        fc.option(fc.boolean(), { nil: undefined }),
        arbDate('2023-06-01', '2026-12-31'),
        (nature, cause, contestee, pays, type, estCommercant, jour) => {
          const c = geler({ ...creance, nature, cause, contestee });
          const d = geler({ id: 'D', type, denomination: 'X', pays, ...(estCommercant === undefined ? {} : { commercant: estCommercant }) });
          const copie = JSON.stringify([c, d]);
          const r = eligibiliteInjonctionDePayer(c, d, jour);
          expect(JSON.stringify([c, d])).toBe(copie);
          expect(r.eligible).toBe(r.conditions.every((x) => x.remplie));
          expect(r.motifs).toEqual(r.conditions.map((x) => `${x.remplie ? '✓' : '✗'} ${x.motif}`));
          expect(r.juridiction === null).toBe(!r.eligible);
          if (r.eligible) expect(cause).not.toBe('autre');
          if (contestee) expect(r.eligible).toBe(false);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
