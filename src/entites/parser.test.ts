import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, codeEtChemin, geler } from '../../test/outils.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import type { CreanceEntree } from './creance.js';
import type { DebiteurEntree } from './debiteur.js';
import { parseCreance, parseDebiteur, parseProcedure, parseRelance } from './parser.js';

const creance: CreanceEntree = {
  id: 'F-2025-001',
  numeroFacture: '2025-001',
  montantTTC: 1200,
  dateFacture: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [{ date: '2025-02-20', montant: 200.5 }],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const debiteur: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', siren: '732829320', siret: '73282932000074', tva: 'FR44732829320' };

/** The code and the path of the first issue of a thrown RecouvrementError. */
function echec(f: () => unknown): { code: string; path: readonly PropertyKey[] } {
  const [code, path = []] = codeEtChemin(f);
  return { code, path };
}

describe('parseCreance', () => {
  it('normalises amounts to two-decimal strings and keeps dates', () => {
    const c = parseCreance(creance);
    expect(c.montantTTC).toBe('1200.00');
    expect(c.paiements).toEqual([{ date: '2025-02-20', montant: '200.50' }]);
  });
  it('an impossible date gives ENTREE_INVALIDE with its path', () => {
    expect(echec(() => parseCreance({ ...creance, dateFacture: '2025-02-30' }))).toEqual({ code: 'ENTREE_INVALIDE', path: ['dateFacture'] });
    expect(echec(() => parseCreance({ ...creance, paiements: [{ date: '2025-02-29', montant: 1 }] }))).toEqual({ code: 'ENTREE_INVALIDE', path: ['paiements', 0, 'date'] });
  });
  it('a negative amount gives ENTREE_INVALIDE with its path; a payment must be strictly positive', () => {
    expect(echec(() => parseCreance({ ...creance, montantTTC: -1 }))).toEqual({ code: 'ENTREE_INVALIDE', path: ['montantTTC'] });
    expect(echec(() => parseCreance({ ...creance, paiements: [{ date: '2025-02-20', montant: '-5.00' }] }))).toEqual({ code: 'ENTREE_INVALIDE', path: ['paiements', 0, 'montant'] });
    expect(echec(() => parseCreance({ ...creance, paiements: [{ date: '2025-02-20', montant: 0 }] })).path).toEqual(['paiements', 0, 'montant']);
    expect(echec(() => parseCreance({ ...creance, montantTTC: 10.005 })).path).toEqual(['montantTTC']);
  });
  it('a due date before the invoice date is refused on dateEcheance', () => {
    expect(echec(() => parseCreance({ ...creance, dateEcheance: '2025-01-14' }))).toEqual({ code: 'ENTREE_INVALIDE', path: ['dateEcheance'] });
  });
  it('unknown nature or cause, missing fields are refused with their path', () => {
    expect(echec(() => parseCreance({ ...creance, nature: 'penale' })).path).toEqual(['nature']);
    const { contestee: _c, ...sans } = creance;
    expect(echec(() => parseCreance(sans)).path).toEqual(['contestee']);
    expect(echec(() => parseCreance(null)).code).toBe('ENTREE_INVALIDE');
  });
});

describe('parseDebiteur', () => {
  it('defaults pays to FR and accepts consistent identifiers', () => {
    const d = parseDebiteur(debiteur);
    expect(d.pays).toBe('FR');
    expect(d.siren).toBe('732829320');
  });
  it('a wrong SIREN gives ENTREE_INVALIDE with the path ["siren"]', () => {
    expect(echec(() => parseDebiteur({ ...debiteur, siren: '732829321' }))).toEqual({ code: 'ENTREE_INVALIDE', path: ['siren'] });
  });
  it('a wrong SIRET or VAT key is refused on its own path', () => {
    expect(echec(() => parseDebiteur({ ...debiteur, siret: '73282932000075' })).path).toEqual(['siret']);
    expect(echec(() => parseDebiteur({ ...debiteur, tva: 'FR45732829320' })).path).toEqual(['tva']);
  });
  it('identifiers of two different companies are refused', () => {
    expect(echec(() => parseDebiteur({ ...debiteur, siret: '35600000049837' })).path).toEqual(['siret']);
    expect(echec(() => parseDebiteur({ ...debiteur, siren: '356000000', siret: undefined, tva: 'FR44732829320' })).path).toEqual(['tva']);
  });
  it('a La Poste SIRET is accepted', () => {
    expect(parseDebiteur({ id: 'LP', type: 'personne-publique', denomination: 'La Poste', siren: '356000000', siret: '35600000049837' }).siret).toBe('35600000049837');
  });
  it('the debtor type has four values and the country is ISO alpha-2', () => {
    expect(echec(() => parseDebiteur({ ...debiteur, type: 'particulier' })).path).toEqual(['type']);
    expect(echec(() => parseDebiteur({ ...debiteur, pays: 'France' })).path).toEqual(['pays']);
  });
});

describe('parseRelance and parseProcedure', () => {
  it('parse a reminder with its proof of sending, refuse an unknown channel', () => {
    const r = parseRelance({ creanceId: 'F1', date: '2025-03-01', canal: 'lrar', niveau: 3, modele: 'mise-en-demeure', preuve: { type: 'accuse-reception', reference: '1A 234 567 8901 2' } });
    expect(r.preuve?.type).toBe('accuse-reception');
    expect(echec(() => parseRelance({ creanceId: 'F1', date: '2025-03-01', canal: 'pigeon', niveau: 1, modele: 'x' })).path).toEqual(['canal']);
    expect(echec(() => parseRelance({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 0, modele: 'x' })).path).toEqual(['niveau']);
  });
  it('parse a procedure with its court, dates and status; refuse an impossible date', () => {
    const p = parseProcedure({ type: 'injonction-de-payer', juridiction: 'tribunal-de-commerce', dateEngagement: '2025-05-02', statut: 'engagee' });
    expect(p.juridiction).toBe('tribunal-de-commerce');
    expect(echec(() => parseProcedure({ type: 'refere-provision', dateEngagement: '2025-06-31', statut: 'engagee' })).path).toEqual(['dateEngagement']);
  });
});

describe('JSON in, JSON out', () => {
  const arbCreance = fc
    .tuple(fc.integer({ min: 0, max: 100_000_000 }), arbDate('2015-01-01', '2030-12-31'), fc.integer({ min: 0, max: 120 }), fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 3 }), fc.boolean())
    .map(([m, f, delai, ps, contestee]) => {
      const echeance = formaterDate(lireDate(f) + delai);
      return {
        ...creance,
        montantTTC: m / 100,
        dateFacture: f,
        dateEcheance: echeance,
        paiements: ps.map((p) => ({ date: echeance, montant: p / 100 })),
        contestee,
      };
    });
  it('a parsed claim survives JSON.stringify → JSON.parse → parse unchanged, holds no class instance, and the input is not mutated (property)', () => {
    fc.assert(
      fc.property(arbCreance, (entree) => {
        const gele = geler(entree);
        const c = parseCreance(gele);
        const aller = JSON.parse(JSON.stringify(c)) as unknown;
        expect(aller).toEqual(c);
        expect(parseCreance(aller)).toEqual(c);
        expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
      }),
      { numRuns: runs(300) },
    );
  });
  it('debtors, reminders and procedures round-trip too', () => {
    const d = parseDebiteur(geler({ ...debiteur, procedureCollective: { type: 'redressement', dateJugement: '2025-03-03', dateBodacc: '2025-03-12' } }));
    expect(parseDebiteur(JSON.parse(JSON.stringify(d)))).toEqual(d);
    const r = parseRelance({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 1, modele: 'relance-amiable' });
    expect(parseRelance(JSON.parse(JSON.stringify(r)))).toEqual(r);
    const p = parseProcedure({ type: 'saisie-conservatoire', juridiction: 'juge-de-l-execution', dateEngagement: '2025-06-01', statut: 'engagee' });
    expect(parseProcedure(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });
});
