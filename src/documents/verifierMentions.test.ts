import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { verifierMentions } from './verifierMentions.js';
import { mentionsObligatoires } from './mentionsObligatoires.js';
import { RecouvrementError } from '../socle/erreurs.js';

const CONFORME = [
  'Date de paiement : 31/01/2026',
  "Pas d'escompte pour paiement anticipé",
  'Pénalités de retard : taux BCE + 10 points',
  'Indemnité forfaitaire pour frais de recouvrement : 40 €',
].join('\n');

describe('verifierMentions — C. com. L441-9 I', () => {
  it('accepts an invoice footer with the four mentions, in several usual spellings', () => {
    expect(verifierMentions(CONFORME)).toEqual({ conforme: true, presentes: ['date-echeance', 'escompte', 'penalites', 'indemnite-forfaitaire'], manquantes: [] });
    expect(verifierMentions('ÉCHÉANCE LE 1er mars 2026\nEscompte : néant\nIntérêts de retard : 12,15 %\nFrais de recouvrement : indemnité de 40,00 EUR').conforme).toBe(true);
    expect(verifierMentions('Paiement comptant\nescompte 2 %\npénalités : 3 fois le taux d’intérêt légal\nindemnité forfaitaire 40 euros').conforme).toBe(true);
  });
  it('a formula is not a due date (fiducial: "30 jours fin de mois" does not meet L441-9)', () => {
    const r = verifierMentions(CONFORME.replace('Date de paiement : 31/01/2026', 'Paiement à 45 jours fin de mois'));
    expect(r.manquantes.map((m) => m.code)).toEqual(['date-echeance']);
    expect(r.manquantes[0]!.message).toMatch(/date exacte/);
  });
  it('a reference to the Code is not the 40 € amount', () => {
    const r = verifierMentions(CONFORME.replace('Indemnité forfaitaire pour frais de recouvrement : 40 €', 'Indemnité forfaitaire pour frais de recouvrement : art. D441-5 C. com.'));
    expect(r.manquantes.map((m) => m.code)).toEqual(['indemnite-forfaitaire']);
    expect(r.manquantes[0]!.message).toMatch(/sans son montant/);
  });
  it('penalties without a rate are flagged', () => {
    const r = verifierMentions(CONFORME.replace('Pénalités de retard : taux BCE + 10 points', 'Pénalités de retard applicables'));
    expect(r.manquantes.map((m) => [m.code, m.reference])).toEqual([['penalites', 'C. com. art. L441-9 I']]);
  });
  it('an empty text misses everything', () => {
    expect(verifierMentions('').manquantes.map((m) => m.code)).toEqual(['date-echeance', 'escompte', 'penalites', 'indemnite-forfaitaire']);
  });
  it('rejects a non-string', () => {
    expect(() => verifierMentions(42 as unknown as string)).toThrow(RecouvrementError);
  });
  it('property: removing any one generated mention makes exactly that one missing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.constantFrom('2025-03-31', '2025-08-31', '2026-01-15'), (i, d) => {
        const m = mentionsObligatoires({ dateEcheance: d });
        const texte = m.mentions.filter((_, j) => j !== i).map((x) => x.texte).join('\n');
        expect(verifierMentions(texte).manquantes.map((x) => x.code)).toEqual([m.mentions[i]!.code]);
      }),
      { numRuns: runs(50) },
    );
  });

  it('reform mentions (CGI annexe II art. 242 nonies A): each missing one is reported with its article and the fine, on request', () => {
    expect(verifierMentions(CONFORME).conforme).toBe(true);
    const r = verifierMentions(CONFORME, { facturationElectronique: { adresseLivraisonDifferente: true, optionTvaDebits: true } });
    expect(r.manquantes.map((m) => m.code)).toEqual(['siren-acheteur', 'adresse-livraison', 'categorie-operation', 'option-tva-debits']);
    for (const m of r.manquantes) {
      expect(m.reference).toBe('CGI annexe II art. 242 nonies A (décret n° 2022-1299)');
      expect(m.amende).toMatch(/15 € par mention manquante.*NON CONFIRMÉ.*50 €.*NON CONFIRMÉE/);
    }
    // the delivery address and the option for debits are only required when the caller says they apply
    expect(verifierMentions(CONFORME, { facturationElectronique: true }).manquantes.map((m) => m.code)).toEqual(['siren-acheteur', 'categorie-operation']);
    const complet = `${CONFORME}\nSIREN du client : 732 829 320\nPrestation de services\nAdresse de livraison : 1 quai Nord, Lyon\nOption pour le paiement de la taxe d'après les débits`;
    expect(verifierMentions(complet, { facturationElectronique: { adresseLivraisonDifferente: true, optionTvaDebits: true } }).conforme).toBe(true);
    // a SIREN label without nine digits is not enough
    expect(verifierMentions(`${CONFORME}\nSIREN : à compléter\nPrestation de services`, { facturationElectronique: true }).manquantes.map((m) => m.code)).toEqual(['siren-acheteur']);
  });

  it('the rate pattern is linear: a long run of digits (or digits and commas) is checked quickly', () => {
    const hostile = `Pénalités de retard ${'1'.repeat(200_000)}x\n${'1,'.repeat(100_000)}x`;
    const t0 = performance.now();
    const r = verifierMentions(hostile);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.presentes).not.toContain('penalites');
    expect(verifierMentions('Pénalités de retard : 12,15 % l’an').presentes).toContain('penalites');
    expect(verifierMentions('Pénalités de retard : 12,15%').presentes).toContain('penalites');
  });
});
