// What genererLettre refuses before computing any figure — each bad input with its error code and the exact
// path of the field at fault, each refusal with the rule of law behind it, and the good input next to it
// (issue 15 item 8: written against the survivors of a mutation run of genererLettre.ts lines 1–190;
// docs/qualite.md, "Session 5"). Every letter is built inside its `it`: Stryker switches its mutants on per
// test, so a letter computed at collection time would be written by the unmutated code.
import { describe, expect, it } from 'vitest';
import { codeErreur, codeEtChemin, factureDixMille } from '../../test/outils.js';
import type { DonneesLettre, ModeleLettre, OptionsLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';

const PRO = { id: 'D1', type: 'professionnel' as const, denomination: 'Bâtiment Martin SAS' };
const facture = factureDixMille;
const donnees = (extra: Partial<DonneesLettre> = {}): DonneesLettre => ({
  creancier: { denomination: 'Atelier Dupont SARL' },
  debiteur: PRO,
  creances: [facture('A')],
  dateLettre: '2024-04-30',
  ...extra,
});
/** Redressement opened 15 April 2024, published in the BODACC on 25 April 2024. */
const procedure = (extra: Partial<DonneesLettre> = {}): DonneesLettre =>
  donnees({
    debiteur: { ...PRO, procedureCollective: { type: 'redressement', dateJugement: '2024-04-15', dateBodacc: '2024-04-25' } },
    mandataire: { denomination: 'SELARL MJ Conseil' },
    ...extra,
  });
const agence = (extra: Partial<DonneesLettre> = {}): DonneesLettre =>
  donnees({ agence: { denomination: 'Recouvre Vite SAS' }, reference: 'R-1', modesPaiement: ['virement'], ...extra });
const lettre = (modele: ModeleLettre, d: DonneesLettre, o?: OptionsLettre): [string, readonly PropertyKey[] | undefined] =>
  codeEtChemin(() => genererLettre(modele, d, o));

describe('genererLettre: the model and the options, each refused at its own path', () => {
  it('ENTREE_INVALIDE at modele: an unknown model', () => {
    expect(lettre('sommation' as ModeleLettre, donnees())).toEqual(['ENTREE_INVALIDE', ['modele']]);
  });

  it('ENTREE_INVALIDE at options: options that are not an object (null, a string, a number, an array); none or {} is fine', () => {
    for (const o of [null, 'exacte', 0, []]) expect(lettre('relance-ferme', donnees(), o as never)).toEqual(['ENTREE_INVALIDE', ['options']]);
    expect(genererLettre('relance-ferme', donnees(), {}).montants.total).toBe(genererLettre('relance-ferme', donnees()).montants.total);
  });

  it('ENTREE_INVALIDE at options.<key>: an option genererLettre does not know', () => {
    expect(lettre('relance-ferme', donnees(), { taux: '10.00' } as never)).toEqual(['ENTREE_INVALIDE', ['options', 'taux']]);
  });

  it('ENTREE_INVALIDE at options.montantConteste: not an amount, or zero', () => {
    expect(lettre('relance-ferme', donnees(), { montantConteste: 'beaucoup' })).toEqual(['ENTREE_INVALIDE', ['options', 'montantConteste']]);
    expect(lettre('relance-ferme', donnees(), { montantConteste: '0.00' })).toEqual(['ENTREE_INVALIDE', ['options', 'montantConteste']]);
  });

  it('C. com. R622-23 3°: a declaration carries the whole claim, disputed or not — ENTREE_INVALIDE at options.montantConteste', () => {
    expect(lettre('declaration-de-creance', procedure(), { montantConteste: '100.00' })).toEqual(['ENTREE_INVALIDE', ['options', 'montantConteste']]);
  });

  it('ENTREE_INVALIDE at options.baseAnnuelle: 360; 365 is accepted (the default, L441-10 penalties on a 365-day year)', () => {
    expect(lettre('relance-ferme', donnees(), { baseAnnuelle: 360 as never })).toEqual(['ENTREE_INVALIDE', ['options', 'baseAnnuelle']]);
    // 10 000 € late from 1 February to 30 April 2024 at 14,50 % on 365 days: 357,53 €.
    expect(genererLettre('relance-ferme', donnees(), { baseAnnuelle: 365 }).montants.penalites).toBe('357.53');
  });
});

describe('genererLettre: options.parCreance', () => {
  it('ENTREE_INVALIDE at options.parCreance: not an object keyed by claim ids (null, a number, a string, an array)', () => {
    for (const p of [null, 5, 'AB', [{}]]) {
      expect(lettre('relance-ferme', donnees(), { parCreance: p as never })).toEqual(['ENTREE_INVALIDE', ['options', 'parCreance']]);
    }
  });

  it('ENTREE_INVALIDE at options.parCreance.A: a claim’s options that are not an object (null, a string) — not siBaremeManquant', () => {
    for (const o of [null, 'x']) {
      expect(lettre('relance-ferme', donnees(), { parCreance: { A: o as never } })).toEqual(['ENTREE_INVALIDE', ['options', 'parCreance', 'A']]);
    }
  });
});

describe('genererLettre: the parties and claims', () => {
  it('ENTREE_INVALIDE at creances.1.debiteurId: a claim on another debtor; a claim naming this debtor is fine', () => {
    expect(genererLettre('relance-ferme', donnees({ creances: [facture('A', { debiteurId: 'D1' })] })).montants.principal).toBe('10000.00');
    expect(lettre('relance-ferme', donnees({ creances: [facture('A', { debiteurId: 'D1' }), facture('B', { debiteurId: 'D9' })] }))).toEqual([
      'ENTREE_INVALIDE',
      ['creances', 1, 'debiteurId'],
    ]);
  });

  it('C. com. L622-24: a declaration needs the mandataire judiciaire — ENTREE_INVALIDE at mandataire', () => {
    const { mandataire: _m, ...sans } = procedure();
    expect(lettre('declaration-de-creance', sans)).toEqual(['ENTREE_INVALIDE', ['mandataire']]);
  });

  it('C. com. L622-24: a declaration follows the opening judgment — OPERATION_INTERDITE the day before it, written on the day itself', () => {
    expect(codeErreur(() => genererLettre('declaration-de-creance', procedure({ dateLettre: '2024-04-14' })))).toBe('OPERATION_INTERDITE');
    // On the day of the judgment: the amount due on the day before (penalties stop then, L622-28).
    expect(genererLettre('declaration-de-creance', procedure({ dateLettre: '2024-04-15' })).montants.principal).toBe('10000.00');
  });

  it('CPCE R124-4: a collection agency’s letter needs a reference and payment methods — ENTREE_INVALIDE at reference (empty), at modesPaiement (none)', () => {
    expect(lettre('lettre-agence-recouvrement', agence({ reference: '' }))).toEqual(['ENTREE_INVALIDE', ['reference']]);
    expect(lettre('lettre-agence-recouvrement', agence({ modesPaiement: [] }))).toEqual(['ENTREE_INVALIDE', ['modesPaiement']]);
    expect(genererLettre('lettre-agence-recouvrement', agence()).references).toContain('CPCE art. R124-4');
  });
});
