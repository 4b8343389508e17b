import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { geler } from '../../test/outils.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { ACTIONS_STATUT_FACTURE, evenementDepuisStatutFacture, interpreterStatutFacture, STATUTS_FACTURE, type StatutFacture } from './evenementDepuisStatutFacture.js';
import { estEvenementValide } from './evenements.js';
import { prochainesActions } from './prochainesActions.js';
import { depart, jouer, type Instantane } from './outils-test.js';

const J = '2025-03-01';
/** A claim overdue since 2025-02-14, in reminders on 2025-03-01. */
const enRelances = (): Instantane => jouer(depart({ date: '2025-01-15' }), { type: 'JOUR', date: J });
const statut = (s: Omit<StatutFacture, 'date'> & { date?: string }): ReturnType<typeof interpreterStatutFacture> => interpreterStatutFacture({ date: J, ...s });
const apres = (s: Omit<StatutFacture, 'date'>, depuis: Instantane = enRelances()): Instantane => jouer(depuis, statut(s).evenement);
const relances = (s: Instantane): number => prochainesActions(s, J).filter((a) => a.type === 'relance' || a.type === 'mise-en-demeure' || a.type === 'appel').length;

describe('STATUTS_FACTURE: the lifecycle code list (AFNOR XP Z12-012; 220–228 and 501 from vendor lists)', () => {
  it('has the 23 codes 200–214, 220, 221, 224–228, 501, each with a label, an effect and a source; 214 is "Visée"', () => {
    expect(Object.keys(STATUTS_FACTURE).map(Number)).toEqual([200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 220, 221, 224, 225, 226, 227, 228, 501]);
    expect(STATUTS_FACTURE[214]!.libelle).toBe('Visée');
    expect(STATUTS_FACTURE[220]!.libelle).toBe('Annulée');
    expect(STATUTS_FACTURE[501]!.libelle).toBe('Irrecevable');
    for (const d of Object.values(STATUTS_FACTURE)) expect(d.source).toMatch(/XP Z12-012/);
    expect(Object.isFrozen(STATUTS_FACTURE) && Object.isFrozen(STATUTS_FACTURE[200])).toBe(true);
    expect(Object.isFrozen(ACTIONS_STATUT_FACTURE)).toBe(true);
  });
  it('the four mandatory statuses are 200, 210, 212 and 213', () => {
    expect(Object.entries(STATUTS_FACTURE).filter(([, s]) => s.obligatoire).map(([c]) => Number(c))).toEqual([200, 210, 212, 213]);
  });
});

describe('evenementDepuisStatutFacture: one defined effect per code', () => {
  it.each([200, 201, 202, 203, 204, 205, 211, 214])('%i is recorded in the dossier, the phase does not change', (code) => {
    const r = statut({ code });
    expect(r.effet).toBe('enregistre');
    expect(r.evenement).toEqual({ type: 'STATUT_FACTURE', date: J, code, libelle: STATUTS_FACTURE[code]!.libelle });
    const s = apres({ code });
    expect(s.value).toEqual({ amiable: 'relances' });
    expect(s.context.dossier.at(-1)).toMatchObject({ type: 'STATUT_FACTURE', donnees: { code } });
  });

  it('206 Approuvée partiellement with the amount not approved: a dispute on that amount only, reminders go on', () => {
    const r = statut({ code: 206, montantConteste: '300', codeMotif: 'QTE_ERR' });
    expect(r.evenement).toEqual({ type: 'LITIGE_OUVERT', date: J, motif: 'statut 206 Approuvée partiellement [QTE_ERR]', montantConteste: '300.00' });
    const s = jouer(enRelances(), r.evenement);
    expect(s.value).toEqual({ amiable: 'relances' });
    expect(s.context.dossier.at(-1)).toMatchObject({ type: 'LITIGE_OUVERT', donnees: { montantConteste: '300.00' } });
    // without the amount: the whole invoice is treated as disputed, and the result asks for the amount
    const sans = statut({ code: 206 });
    expect(sans.evenement.type).toBe('LITIGE_OUVERT');
    expect(sans.actions.join(' ')).toMatch(/montant non approuvé/);
    expect(jouer(enRelances(), sans.evenement).value).toBe('litige');
  });

  it('207 En litige opens a dispute (reminders pause); with CNP and an amount, only that amount is disputed', () => {
    expect(evenementDepuisStatutFacture({ code: '207', date: J, motif: 'quantités' })).toEqual({ type: 'LITIGE_OUVERT', date: J, motif: 'statut 207 En litige : quantités' });
    expect(apres({ code: 207 }).value).toBe('litige');
    const cnp = statut({ code: 207, codeAction: 'cnp', montantConteste: 250, codeMotif: 'PU_ERR', motif: 'prix unitaire' });
    expect(cnp.evenement).toEqual({ type: 'LITIGE_OUVERT', date: J, motif: 'statut 207 En litige [PU_ERR / CNP] : prix unitaire', montantConteste: '250.00' });
    expect(cnp.actions).toEqual(['Émettre un avoir partiel (code action CNP : 250.00 €).']);
    expect(jouer(enRelances(), cnp.evenement).value).toEqual({ amiable: 'relances' });
    // CNF asks for a full credit note: the whole claim is disputed even with an amount
    expect(statut({ code: 207, codeAction: 'CNF', montantConteste: 250 }).evenement).not.toHaveProperty('montantConteste');
  });

  it('208 Suspendue pauses (a dispute) and asks for the missing information; 209 Complétée resumes the reminders', () => {
    const r = statut({ code: 208, codeMotif: 'JUSTIF_ABS', codeAction: 'PIN' });
    expect(r.evenement.type).toBe('LITIGE_OUVERT');
    expect(r.actions[0]).toMatch(/^Fournir les informations/);
    const s = apres({ code: 208 });
    expect(s.value).toBe('litige');
    expect(statut({ code: 209 }).evenement).toEqual({ type: 'LITIGE_RESOLU', date: J, motif: 'statut 209 Complétée' });
    expect(apres({ code: 209 }, s).value).toEqual({ amiable: 'relances' });
  });

  it('210 Refusée is final: the claim is cancelled as billed and never returns to reminders', () => {
    const r = statut({ code: 210, codeMotif: 'TX_TVA_ERR' });
    expect(r.effet).toBe('annulation');
    expect(r.evenement).toEqual({ type: 'FACTURE_ANNULEE', date: J, code: 210, motif: 'statut 210 Refusée [TX_TVA_ERR]', codeMotif: 'TX_TVA_ERR' });
    expect(r.actions[0]).toMatch(/refacturer ou réclamer hors plateforme relève du créancier/);
    for (const depuis of [enRelances(), apres({ code: 207 })]) {
      const s = jouer(depuis, r.evenement);
      expect(s.value).toBe('annulee');
      expect(s.status).toBe('done');
      expect(s.context.cloture).toEqual({ date: J, motif: 'facture-refusee' });
      expect(jouer(s, { type: 'LITIGE_RESOLU', date: '2025-03-02' }).value).toBe('annulee');
    }
  });

  it('211 Paiement transmis is only the buyer’s claim: recorded, not a payment', () => {
    const s = apres({ code: 211 });
    expect(s.context.paiements).toEqual([]);
  });

  it('212 Encaissée is a payment, possibly partial; a negative 212 (refund) is recorded with an action; zero or missing is refused', () => {
    expect(evenementDepuisStatutFacture({ code: 212, date: J, montant: 400 })).toEqual({ type: 'PAIEMENT_RECU', date: J, montant: '400.00', reference: 'statut 212 Encaissée' });
    expect(apres({ code: 212, montant: '400', idMessage: 'CDV-9' }).context.paiements).toEqual([{ date: J, montant: '400.00' }]);
    const rembourse = statut({ code: 212, montant: '-50' });
    expect(rembourse.evenement).toEqual({ type: 'STATUT_FACTURE', date: J, code: 212, libelle: 'Encaissée', montant: '-50.00' });
    expect(rembourse.actions[0]).toMatch(/Remboursement de 50.00 €/);
    expect(estEvenementValide(rembourse.evenement)).toBe(true);
    const s = apres({ code: 212, montant: '-50' });
    expect(s.context.paiements).toEqual([]);
    expect(s.context.dossier.at(-1)).toMatchObject({ type: 'STATUT_FACTURE', donnees: { code: 212, montant: '-50.00' } });
    expect(() => evenementDepuisStatutFacture({ code: 212, date: J })).toThrow(RecouvrementError);
    expect(() => evenementDepuisStatutFacture({ code: 212, date: J, montant: 0 })).toThrow(RecouvrementError);
  });

  it('213 Rejetée: the invoice must be corrected and reissued (claim cancelled); with DOUBLON the claim is left exactly as it was', () => {
    expect(evenementDepuisStatutFacture({ code: 213, date: J, motif: 'SIREN' })).toEqual({ type: 'FACTURE_REJETEE', date: J, motif: 'statut 213 Rejetée : SIREN' });
    expect(apres({ code: 213, codeMotif: 'REJ_SEMAN' }).value).toBe('annulee');
    const avant = enRelances();
    const doublon = statut({ code: 213, codeMotif: 'DOUBLON' });
    expect(doublon.effet).toBe('enregistre');
    expect(doublon.avertissements[0]).toMatch(/doublon/);
    const s = jouer(avant, doublon.evenement);
    expect(s.value).toEqual(avant.value);
    const { dossier: d1, ...reste1 } = s.context;
    const { dossier: d0, ...reste0 } = avant.context;
    expect(reste1).toEqual(reste0);
    expect(d1.slice(0, d0.length)).toEqual(d0);
    expect(d1.at(-1)).toMatchObject({ type: 'STATUT_FACTURE', donnees: { code: 213, codeMotif: 'DOUBLON' } });
    // the reason given as text is recognised too
    expect(statut({ code: 213, motif: 'doublon' }).effet).toBe('enregistre');
  });

  it('220 Annulée cancels the claim as billed', () => {
    const s = apres({ code: 220 });
    expect(s.value).toBe('annulee');
    expect(s.context.cloture?.motif).toBe('facture-annulee');
  });

  it.each([221, 501])('%i: a delivery problem holds reminders until the invoice is delivered (202 to 205)', (code) => {
    const r = statut({ code, codeMotif: code === 221 ? 'ROUTAGE_ERR' : 'IRR_SYNTAX' });
    expect(r.effet).toBe('distribution-bloquee');
    const bloquee = jouer(enRelances(), r.evenement);
    expect(bloquee.value).toBe('nonDistribuee');
    expect(relances(bloquee)).toBe(0);
    expect(relances(enRelances())).toBeGreaterThan(0);
    // 200 (deposited again) does not lift the hold; 203 Mise à disposition does
    expect(apres({ code: 200 }, bloquee).value).toBe('nonDistribuee');
    const livree = apres({ code: 203 }, bloquee);
    expect(livree.value).toEqual({ amiable: 'relances' });
    // a payment still counts while held
    expect(apres({ code: 212, montant: '1200' }, bloquee).context.paiements).toHaveLength(1);
  });

  it('a dispute while the delivery is held shows the invoice arrived: the claim goes to litige', () => {
    const bloquee = apres({ code: 221 });
    expect(apres({ code: 207 }, bloquee).value).toBe('litige');
    expect(apres({ code: 206, montantConteste: 10 }, bloquee).value).toBe('nonDistribuee');
  });

  it('206, 207, 208, 210, 213 and 501 normally carry a reason (BR-FR-CDV-15): a warning when absent', () => {
    expect(statut({ code: 210 }).avertissements.join(' ')).toMatch(/BR-FR-CDV-15/);
    expect(statut({ code: 210, codeMotif: 'DOUBLON' }).avertissements.join(' ')).not.toMatch(/BR-FR-CDV-15/);
    expect(statut({ code: 205 }).avertissements).toEqual([]);
  });

  it('224 Demande de paiement direct and 227 Changement de compte à payer are recorded with a next action', () => {
    expect(statut({ code: 224 }).actions[0]).toMatch(/qui doit encaisser/);
    expect(statut({ code: 227 }).actions[0]).toMatch(/Changement de compte/);
    expect(apres({ code: 224 }).value).toEqual({ amiable: 'relances' });
  });

  it.each([225, 226])('%i: the factor collects, no reminders from the seller; 228 Non affacturée hands it back', (code) => {
    const r = statut({ code });
    expect(r.encaissement).toBe('affactureur');
    const s = jouer(enRelances(), r.evenement);
    expect(s.value).toBe('affacturee');
    expect(relances(s)).toBe(0);
    expect(apres({ code: 207 }, s).value).toBe('affacturee');
    const retour = statut({ code: 228 });
    expect(retour.encaissement).toBe('vendeur');
    expect(jouer(s, retour.evenement).value).toEqual({ amiable: 'relances' });
  });

  it('228 on a claim that was not factored is only recorded', () => {
    expect(apres({ code: 228 }).value).toEqual({ amiable: 'relances' });
  });

  it('action codes (MDT-121) become next actions; NOA asks nothing; an unknown code is kept with a warning', () => {
    expect(statut({ code: 207, codeAction: 'NIN' }).actions).toEqual(['Émettre une nouvelle facture (code action NIN).']);
    expect(statut({ code: 205, codeAction: 'NOA' }).actions).toEqual([]);
    const x = statut({ code: 205, codeAction: 'XYZ' });
    expect(x.evenement).toMatchObject({ codeAction: 'XYZ' });
    expect(x.avertissements[0]).toMatch(/hors de la liste/);
  });

  it('long texts are cut so that the event stays valid (motif ≤ 1 000 characters, codes and id to their sizes)', () => {
    for (const code of [207, 210, 213, 221, 225, 205]) {
      const e = evenementDepuisStatutFacture({ code, date: J, motif: 'x'.repeat(5000), codeMotif: 'M'.repeat(80), codeAction: 'ABCDEFGHIJKLMNOP', idMessage: 'i'.repeat(500) });
      expect(estEvenementValide(e)).toBe(true);
    }
  });

  it('rejects unknown codes, bad dates and malformed fields', () => {
    for (const code of [199, 215, 222, 229, 500, '2120', 'abc', 212.5]) expect(() => evenementDepuisStatutFacture({ code, date: J })).toThrow(RecouvrementError);
    expect(() => evenementDepuisStatutFacture({ code: 200, date: '2026-02-30' })).toThrow(RecouvrementError);
    expect(() => evenementDepuisStatutFacture({ code: 200, date: J, codeMotif: 5 as never })).toThrow(RecouvrementError);
    expect(() => evenementDepuisStatutFacture({ code: 207, date: J, montantConteste: 'x' })).toThrow(RecouvrementError);
  });

  it('every status gives a valid machine event, accepted with a dossier entry; the input is not mutated', () => {
    const codes = Object.keys(STATUTS_FACTURE).map(Number);
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: 1, max: 500_000 }),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        fc.option(fc.constantFrom('NOA', 'PIN', 'NIN', 'CNF', 'CNP', 'CNA', 'OTH'), { nil: undefined }),
        (code, cents, motif, codeAction) => {
          const s = geler({ code, date: J, montant: (code === 212 && cents % 2 === 0 ? -cents : cents) / 100, ...(motif === undefined ? {} : { motif }), ...(codeAction === undefined ? {} : { codeAction }) });
          const e = evenementDepuisStatutFacture(s);
          expect(estEvenementValide(e)).toBe(true);
          const avant = enRelances();
          const apresEvt = jouer(avant, e);
          expect(apresEvt.context.dossier.length).toBeGreaterThan(avant.context.dossier.length);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('property: over random status sequences, 210 / 220 stay final, a held or factored claim gets no reminder, the dossier only grows', () => {
    const codes = Object.keys(STATUTS_FACTURE).map(Number);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 0, max: 20 }), fc.option(fc.constantFrom('DOUBLON', 'PU_ERR'), { nil: undefined })), { maxLength: 12 }), (suite) => {
        let s = enRelances();
        let jour = Date.parse(`${J}T00:00:00Z`);
        let annulee = false;
        for (const [code, pas, codeMotif] of suite) {
          jour += pas * 86_400_000;
          const date = new Date(jour).toISOString().slice(0, 10);
          const r = interpreterStatutFacture({ code, date, montant: '10.00', ...(codeMotif === undefined ? {} : { codeMotif }) });
          const avant = jouer(s, { type: 'JOUR', date });
          s = jouer(avant, r.evenement);
          expect(s.context.dossier.slice(0, avant.context.dossier.length)).toEqual(avant.context.dossier);
          if (annulee) expect(s.value).toBe('annulee');
          if ((code === 210 || code === 220) && avant.status !== 'done' && ['amiable', 'negociation', 'litige', 'nonDistribuee', 'affacturee'].includes(Object.keys(typeof avant.value === 'string' ? { [avant.value]: 1 } : avant.value)[0]!)) {
            expect(s.value).toBe('annulee');
          }
          if (s.value === 'annulee') annulee = true;
          if (s.value === 'nonDistribuee' || s.value === 'affacturee') expect(prochainesActions(s, date).filter((a) => a.type === 'relance' || a.type === 'mise-en-demeure' || a.type === 'appel')).toEqual([]);
          if (code === 213 && codeMotif === 'DOUBLON') expect(s.value).toEqual(avant.value);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

