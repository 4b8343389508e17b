import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { codeEtChemin, geler } from '../../test/outils.js';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import { lireEuros } from '../socle/euros.js';
import { statutsEncaissement } from './statutsEncaissement.js';
import { enfant, enfants, lireXml, texteA } from './xml.js';

/** Services invoice of 1 110 € TTC: 600 € at 20 % (500 + 100), 510 € at 10 % (463.64 + 46.36). */
const facture: CreanceEntree = {
  id: 'F1',
  numeroFacture: 'F-2025-0101',
  montantTTC: '1110.00',
  dateFacture: '2025-09-10',
  dateEcheance: '2025-10-10',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
  ventilationTva: [
    { taux: '20', base: '500.00', tva: '100.00' },
    { taux: '10', base: '463.64', tva: '46.36' },
  ],
};
const pro = { id: 'D1', type: 'professionnel' as const, denomination: 'Client Fictif SAS' };
const somme = (xs: readonly string[]): number => xs.reduce((t, x) => t + lireEuros(x, [], { negatifAutorise: true }), 0);

describe('statutsEncaissement — 212 Encaissée, one per cash-in, split by VAT rate (BR-FR-CDV-14)', () => {
  it('one 212 per cash-in, split by rate in proportion to the breakdown, each line split into base and VAT', () => {
    const r = statutsEncaissement(facture, [
      { date: '2025-10-01', montant: '555.00', reference: 'VIR-1' },
      { date: '2025-10-08', montant: 555 },
    ]);
    expect(r.statuts).toHaveLength(2);
    expect(r.statuts[0]).toEqual({
      code: 212,
      libelle: 'Encaissée',
      date: '2025-10-01',
      montant: '555.00',
      ventilation: [
        { taux: '20', montant: '300.00', base: '250.00', tva: '50.00' },
        { taux: '10', montant: '255.00', base: '231.82', tva: '23.18' },
      ],
      encaisse: '555.00',
      horsChampTva: '0.00',
      reference: 'VIR-1',
    });
    expect(r.references).toContain('BR-FR-CDV-14 (XP Z12-012)');
  });

  it('a refund gives a negative 212, split the same way', () => {
    const r = statutsEncaissement(facture, [{ date: '2025-10-20', montant: '-111.00' }]);
    expect(r.statuts[0]).toMatchObject({ montant: '-111.00', encaisse: '-111.00', horsChampTva: '0.00' });
    expect(r.statuts[0]!.ventilation).toEqual([
      { taux: '20', montant: '-60.00', base: '-50.00', tva: '-10.00' },
      { taux: '10', montant: '-51.00', base: '-46.36', tva: '-4.64' },
    ]);
    expect(r.avertissements.join(' ')).toMatch(/Remboursement/);
  });

  it('VAT on debits (option, or goods): no 212 at all', () => {
    const r = statutsEncaissement(facture, [{ date: '2025-10-01', montant: 1110 }], { exigibiliteTva: 'debits' });
    expect(r.statuts).toEqual([]);
    expect(r.avertissements[0]).toMatch(/débits/);
  });

  it('with the debtor, the part imputed on penalties and the 40 € (C. civ. 1343-1) is outside the scope of VAT (CGI art. 256) and left out', () => {
    // paid in full 30 days late: penalties at 12.15 % (ECB 2.15 % + 10, 2025-H2) and 40 € are imputed first
    const paiements = [{ date: '2025-11-09', montant: '1110.00' }];
    const r = statutsEncaissement(facture, paiements, { debiteur: pro });
    const s = situationCreance({ ...facture, paiements }, pro, '2025-11-09');
    const accessoires = lireEuros(s.imputation.paiements[0]!.penalites) + lireEuros(s.imputation.paiements[0]!.indemnite);
    expect(accessoires).toBeGreaterThan(4000);
    expect(lireEuros(r.statuts[0]!.horsChampTva)).toBe(accessoires);
    expect(lireEuros(r.statuts[0]!.montant)).toBe(111000 - accessoires);
    expect(r.statuts[0]!.montant).toBe(s.imputation.paiements[0]!.principal);
    // the option `prix` reports the whole cash-in
    const prix = statutsEncaissement(facture, paiements, { debiteur: pro, accessoires: 'prix' });
    expect(prix.statuts[0]!.montant).toBe('1110.00');
    expect(prix.avertissements.join(' ')).toMatch(/Option « prix »/);
    // principal first (contract or judge, C. civ. 1343-5): the whole cash-in goes to the price
    expect(statutsEncaissement(facture, paiements, { debiteur: pro, imputation: 'principal-d-abord' }).statuts[0]!.montant).toBe('1110.00');
  });

  it('a cash-in entirely imputed on the accessories gives no 212 (nothing subject to VAT), with a warning', () => {
    const r = statutsEncaissement(facture, [{ date: '2025-11-09', montant: '40.00' }], { debiteur: pro });
    expect(r.statuts).toEqual([]);
    expect(r.avertissements.join(' ')).toMatch(/entièrement imputé hors champ/);
  });

  it('without the debtor, each cash-in is reported as price, with a warning', () => {
    const r = statutsEncaissement(facture, [{ date: '2025-11-09', montant: '1110.00' }]);
    expect(r.statuts[0]!.montant).toBe('1110.00');
    expect(r.avertissements.join(' ')).toMatch(/Sans débiteur/);
  });

  it('cash-ins come out in date order; the input is not mutated', () => {
    const p = geler([
      { date: '2025-10-08', montant: '10.00' },
      { date: '2025-10-01', montant: '20.00' },
    ]);
    expect(statutsEncaissement(geler(facture), p).statuts.map((s) => s.date)).toEqual(['2025-10-01', '2025-10-08']);
  });

  it('refuses a claim without breakdown, a zero cash-in, bad options', () => {
    const { ventilationTva: _, ...sans } = facture;
    expect(codeEtChemin(() => statutsEncaissement(sans, [{ date: '2025-10-01', montant: 1 }]))).toEqual(['ENTREE_INVALIDE', ['creance', 'ventilationTva']]);
    expect(codeEtChemin(() => statutsEncaissement(facture, [{ date: '2025-10-01', montant: 0 }]))).toEqual(['ENTREE_INVALIDE', ['paiements', 0, 'montant']]);
    expect(codeEtChemin(() => statutsEncaissement(facture, [{ date: '2025-02-30', montant: 1 }]))).toEqual(['ENTREE_INVALIDE', ['paiements', 0, 'date']]);
    expect(codeEtChemin(() => statutsEncaissement(facture, [], { exigibiliteTva: 'x' as never }))).toEqual(['ENTREE_INVALIDE', ['options', 'exigibiliteTva']]);
    expect(codeEtChemin(() => statutsEncaissement({ ...facture, ventilationTva: [{ taux: '20', base: '-1.00', tva: '0' }] }, []))[0]).toBe('ENTREE_INVALIDE');
  });

  it('a breakdown that does not add up to the TTC amount is followed, with a warning', () => {
    const r = statutsEncaissement({ ...facture, montantTTC: '1110.01' }, [{ date: '2025-10-01', montant: 1 }]);
    expect(r.avertissements.join(' ')).toMatch(/totalise 1110.00/);
  });

  it('property: the lines sum exactly to the amount, base + VAT = line, signs follow the cash-in, each line within a cent of its exact share', () => {
    const arbLigne = fc.record({ taux: fc.constantFrom('20', '10', '5.5', '2.1', '0'), base: fc.integer({ min: 0, max: 10_000_000 }), tva: fc.integer({ min: 0, max: 2_000_000 }) });
    fc.assert(
      fc.property(fc.array(arbLigne, { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }).filter((x) => x !== 0), { minLength: 1, maxLength: 5 }), (lignes, montants) => {
        fc.pre(lignes.some((l) => l.base + l.tva > 0));
        const ventilationTva = lignes.map((l) => ({ taux: l.taux, base: l.base / 100, tva: l.tva / 100 }));
        const total = lignes.reduce((t, l) => t + l.base + l.tva, 0);
        const r = statutsEncaissement({ ...facture, montantTTC: total / 100, ventilationTva }, montants.map((m, i) => ({ date: `2025-10-${String(1 + i).padStart(2, '0')}`, montant: m / 100 })));
        expect(r.statuts).toHaveLength(montants.length);
        r.statuts.forEach((s, i) => {
          const m = lireEuros(s.montant, [], { negatifAutorise: true });
          expect(m).toBe(montants[i]);
          expect(somme(s.ventilation.map((l) => l.montant))).toBe(m);
          let k = 0;
          for (const [j, l] of lignes.entries()) {
            if (l.base + l.tva === 0) continue;
            const v = s.ventilation[k++]!;
            expect(v.taux).toBe(lignes[j]!.taux);
            expect(somme([v.base, v.tva])).toBe(somme([v.montant]));
            expect(Math.abs(somme([v.montant]) - (m * (l.base + l.tva)) / total)).toBeLessThan(1);
            if (m < 0) expect(somme([v.montant])).toBeLessThanOrEqual(0);
          }
        });
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('fixture: a Factur-X / CII invoice excerpt feeds ventilationTva, and carries each note code once (BR-FR-06)', () => {
  const xml = readFileSync(new URL('../../test/fixtures/facturation-electronique/facturx-cii-extrait.xml', import.meta.url), 'utf8');
  const racine = lireXml(xml);
  const transaction = enfant(racine, 'SupplyChainTradeTransaction');
  const reglement = enfant(transaction, 'ApplicableHeaderTradeSettlement');

  it('reads the VAT breakdown (BG-23) into ventilationTva and produces the 212 of a partial cash-in', () => {
    const ventilationTva = enfants(reglement, 'ApplicableTradeTax').map((t) => ({
      taux: texteA(t, 'RateApplicablePercent')!,
      base: texteA(t, 'BasisAmount')!,
      tva: texteA(t, 'CalculatedAmount')!,
    }));
    expect(ventilationTva).toEqual(facture.ventilationTva);
    const total = texteA(reglement, 'SpecifiedTradeSettlementHeaderMonetarySummation', 'GrandTotalAmount')!;
    const r = statutsEncaissement({ ...facture, montantTTC: total, ventilationTva }, [{ date: '2025-10-01', montant: '555.00' }]);
    expect(r.statuts[0]!.ventilation.map((l) => l.montant)).toEqual(['300.00', '255.00']);
  });

  it('notes PMD, PMT and AAB are present, each once; the buyer SIREN and the delivery address are there', () => {
    const codes = enfants(enfant(racine, 'ExchangedDocument'), 'IncludedNote').map((n) => texteA(n, 'SubjectCode'));
    expect(codes.sort()).toEqual(['AAB', 'PMD', 'PMT']);
    const acheteur = enfant(enfant(transaction, 'ApplicableHeaderTradeAgreement'), 'BuyerTradeParty');
    const siren = enfant(enfant(acheteur, 'SpecifiedLegalOrganization'), 'ID');
    expect([siren?.texte, siren?.attributs.schemeID]).toEqual(['552100554', '0002']);
    expect(texteA(enfant(transaction, 'ApplicableHeaderTradeDelivery'), 'ShipToTradeParty', 'PostalTradeAddress', 'CityName')).toBe('Lyon');
  });
});
