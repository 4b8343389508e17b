// options.parCreance of genererLettre: each claim's situationCreance options, passed as they are, so that a
// letter over several claims prints each claim's own statement (the machine's dossiers, or any host's).
import { describe, expect, it } from 'vitest';
import type { Creance } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { situationCreance } from '../situation/situationCreance.js';
import { genererLettre } from './genererLettre.js';

const creancier = { denomination: 'Atelier Dupont SARL' };
const facture = (id: string, montantTTC = '300.00', nature: Creance['nature'] = 'consommation'): Creance => ({
  id, numeroFacture: id, montantTTC, dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [], nature, cause: 'contractuelle', contestee: false,
});
const martin: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const acme: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };

function erreur(f: () => unknown): RecouvrementError {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return e;
    throw e;
  }
  throw new Error('pas d’erreur');
}

describe('genererLettre — options.parCreance', () => {
  it('two consumer claims, each with its own mise en demeure: legal interest from each (C. civ. 1231-6, 1344-1), the total of the two statements', () => {
    const c1 = facture('C1');
    const c2 = facture('C2');
    const parCreance = { C1: { dateMiseEnDemeure: '2025-03-01' }, C2: { dateMiseEnDemeure: '2025-05-01' } };
    const l = genererLettre('mise-en-demeure-consommateur', { creancier, debiteur: martin, creances: [c1, c2], dateLettre: '2025-09-20' }, { parCreance });
    const attendu = [situationCreance(c1, martin, '2025-09-20', parCreance.C1), situationCreance(c2, martin, '2025-09-20', parCreance.C2)];
    expect(l.montants.factures.map((f) => f.total)).toEqual(attendu.map((s) => s.totalDu));
    expect(l.montants.total).toBe(formaterEuros(attendu.reduce((s, x) => s + lireEuros(x.totalDu), 0)));
    expect(l.montants.interets).not.toBe('0.00');
  });

  it('per claim over the letter’s options: a waiver on one claim, penalties and 40 € on the other (C. com. L441-10 II, D441-5)', () => {
    const f1 = facture('F1', '1200.00', 'commerciale');
    const f2 = facture('F2', '1200.00', 'commerciale');
    const l = genererLettre('relance-ferme', { creancier, debiteur: acme, creances: [f1, f2], dateLettre: '2025-04-20' }, { parCreance: { F1: { dateAbandonAccessoires: '2025-03-01' } } });
    expect(l.montants.factures.map((f) => [f.total, f.penalites, f.indemnite])).toEqual([
      ['1200.00', '0.00', '0.00'],
      [situationCreance(f2, acme, '2025-04-20').totalDu, situationCreance(f2, acme, '2025-04-20').penalites.couru, '40.00'],
    ]);
  });

  it('refuses a key naming no claim of the letter, and siBaremeManquant (a letter is written on known tables)', () => {
    const donnees = { creancier, debiteur: martin, creances: [facture('C1')], dateLettre: '2025-09-20' };
    const inconnue = erreur(() => genererLettre('relance-amiable', donnees, { parCreance: { C9: {} } }));
    expect([inconnue.code, inconnue.issues[0]?.path]).toEqual(['ENTREE_INVALIDE', ['options', 'parCreance', 'C9']]);
    const minimum = erreur(() => genererLettre('relance-amiable', donnees, { parCreance: { C1: { siBaremeManquant: 'minimum' } as object } }));
    expect([minimum.code, minimum.issues[0]?.path]).toEqual(['ENTREE_INVALIDE', ['options', 'parCreance', 'C1', 'siBaremeManquant']]);
    const mauvaise = erreur(() => genererLettre('relance-amiable', donnees, { parCreance: { C1: { dateMiseEnDemeure: '2025-02-30' } } }));
    expect([mauvaise.code, mauvaise.issues[0]?.path]).toEqual(['ENTREE_INVALIDE', ['options', 'parCreance', 'C1', 'dateMiseEnDemeure']]);
    // A claim id that is also an Object.prototype name reads no inherited option.
    expect(genererLettre('relance-amiable', { ...donnees, creances: [facture('constructor')] }).montants.total).toBe('300.00');
  });
});
