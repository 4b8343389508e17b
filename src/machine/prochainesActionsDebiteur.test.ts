// Dunning per debtor (issue 17, item 6): one reminder per debtor over its claims' dossiers, legal deadlines
// kept per claim, the seuilMinimal, and the letter a merged reminder writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { genererLettre } from '../documents/genererLettre.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { avancerDossier, creerDossier, type Dossier } from './dossier.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { creanceB2B, debiteurPro } from './outils-test.js';
import { prochainesActions, type ActionDue } from './prochainesActions.js';
import { prochainesActionsDebiteur, type ActionDebiteur } from './prochainesActionsDebiteur.js';

const AUJOURDHUI = '2025-04-01';
const facture = (id: string, dateEcheance: string, montantTTC = '1200.00'): CreanceEntree => ({ ...creanceB2B, id, numeroFacture: id, dateEcheance, montantTTC });
function dossier(creance: CreanceEntree, debiteur: DebiteurEntree = debiteurPro, evenements: EvenementRecouvrementEntree[] = [], aujourdhui = AUJOURDHUI): Dossier {
  return avancerDossier(creerDossier({ creance, debiteur }), evenements, { aujourdhui }).dossier;
}
const CREANCIER = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };
/** The ActionDue part of a debtor's action (what prochainesActions gives). */
function actionDue(a: ActionDebiteur): ActionDue {
  const { portee: _p, creances: _c, aEchoir: _e, lettre: _l, ...reste } = a;
  return reste as ActionDue;
}

describe('prochainesActionsDebiteur — one reminder per debtor, at the level of its most advanced claim', () => {
  // F1 due 14 Feb (reminded on 16 Feb: its next step is the call), F2 due 14 Mar (its first reminder is
  // due), F3 due 14 May (not yet due: its pre-due rappel is upcoming).
  const f1 = dossier(facture('F1', '2025-02-14'), debiteurPro, [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }]);
  const f2 = dossier(facture('F2', '2025-03-14'));
  const f3 = dossier(facture('F3', '2025-05-14'));

  it('merges the due reminders of the overdue claims into one action at the most advanced step; prescription stays per claim (C. civ. 2224, C. com. L110-4)', () => {
    const [acme, ...autres] = prochainesActionsDebiteur([f1, f2, f3], AUJOURDHUI);
    expect(autres).toEqual([]);
    expect(acme!.cle).toBe('siren:732829320');
    expect(acme!.dossiers).toEqual([0, 1, 2]);
    const rappels = acme!.actions.filter((a) => a.portee === 'debiteur');
    expect(rappels.map((a) => [a.type, a.etape, a.statut, a.creances.map((c) => c.creanceId)])).toEqual([
      ['appel', 'appel-j+10', 'a-faire', ['F1', 'F2']],
      ['rappel', 'rappel-j-5', 'a-venir', ['F3']],
    ]);
    // F2's own step is covered, and the action says so.
    expect(rappels[0]!.creances[1]!.action.etape).toBe('relance-j+1');
    expect(rappels[0]!.avertissements.some((x) => x.startsWith('Facture F2 : son étape propre (relance-j+1'))).toBe(true);
    // Amounts: each claim's statement (situationCreance) at the date.
    expect(rappels[0]!.creances.map((c) => c.montantDu)).toEqual([prochainesActionsDebiteur([f1], AUJOURDHUI)[0]!.totalDu, prochainesActionsDebiteur([f2], AUJOURDHUI)[0]!.totalDu]);
    const prescriptions = acme!.actions.filter((a) => a.type === 'prescription');
    expect(prescriptions.map((a) => [a.portee, a.creances.map((c) => c.creanceId)])).toEqual([
      ['creance', ['F1']],
      ['creance', ['F2']],
      ['creance', ['F3']],
    ]);
  });

  it("option niveau 'echeance-la-plus-ancienne': the level of the claim with the oldest due date", () => {
    // F4 is older than F1 but only at its first reminder: by due date, the debtor gets F4's written reminder.
    const f4 = dossier(facture('F4', '2025-01-31'));
    const defaut = prochainesActionsDebiteur([f1, f4], AUJOURDHUI)[0]!.actions.find((a) => a.portee === 'debiteur')!;
    const ancienne = prochainesActionsDebiteur([f1, f4], AUJOURDHUI, { niveau: 'echeance-la-plus-ancienne' })[0]!.actions.find((a) => a.portee === 'debiteur')!;
    expect([defaut.type, defaut.etape]).toEqual(['appel', 'appel-j+10']);
    expect([ancienne.type, ancienne.etape, ancienne.modele]).toEqual(['relance', 'relance-j+1', 'relance-amiable']);
    expect(ancienne.creances.map((c) => c.creanceId)).toEqual(['F4', 'F1']);
  });

  it('a mise en demeure leads a written reminder (C. civ. 1344), and its letter lists the invoice not yet due "à échoir"', () => {
    const med = dossier(facture('F5', '2025-01-15'), debiteurPro, [
      { type: 'RELANCE_ENVOYEE', date: '2025-01-16', canal: 'email' },
      { type: 'RELANCE_ENVOYEE', date: '2025-01-25', canal: 'telephone' },
      { type: 'RELANCE_ENVOYEE', date: '2025-02-01', canal: 'courrier' },
    ]);
    const action = prochainesActionsDebiteur([f2, med, f3], AUJOURDHUI)[0]!.actions.find((a) => a.portee === 'debiteur' && a.statut === 'a-faire')!;
    expect([action.type, action.modele, action.references]).toEqual(['mise-en-demeure', 'mise-en-demeure', ['C. civ. art. 1344', 'C. civ. art. 1344-1']]);
    expect(action.creances.map((c) => c.creanceId)).toEqual(['F5', 'F2']);
    expect(action.aEchoir.map((c) => [c.creanceId, c.montantDu])).toEqual([['F3', '1200.00']]);
    // The documented one-liner: the action carries everything but the creditor and the date.
    const lettre = genererLettre(action.modele!, { creancier: CREANCIER, dateLettre: AUJOURDHUI, ...action.lettre!.donnees }, action.lettre!.options);
    expect(lettre.montants.factures.map((f) => f.numeroFacture)).toEqual(['F5', 'F2']);
    expect(lettre.montants.total).toBe(action.creances.map((c) => c.montantDu).reduce((a, b) => ((Math.round(Number(a) * 100) + Math.round(Number(b) * 100)) / 100).toFixed(2)));
    expect(lettre.montants.aEchoir).toEqual([{ numeroFacture: 'F3', dateEcheance: '2025-05-14', montant: '1200.00' }]);
    expect(lettre.texte.replace(/\s+/g, ' ')).toContain('Facture n° F3 du 15 janvier 2025 : 1 200,00 €, à échoir le 14 mai 2025');
  });

  it('legal deadlines per claim are never merged away: each claim keeps its déclaration de créance (C. com. L622-24, R622-24)', () => {
    const pc: EvenementRecouvrementEntree = { type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-03-20', dateBodacc: '2025-03-25', procedure: 'redressement' };
    const a = dossier(facture('F1', '2025-02-14'), debiteurPro, [pc]);
    const b = dossier(facture('F2', '2025-03-14'), debiteurPro, [pc]);
    const r = prochainesActionsDebiteur([a, b], AUJOURDHUI)[0]!;
    const declarations = r.actions.filter((x) => x.type === 'declaration-de-creance');
    expect(declarations.map((x) => [x.portee, x.creances.map((c) => c.creanceId), x.echeance])).toEqual([
      ['creance', ['F1'], '2025-05-25'],
      ['creance', ['F2'], '2025-05-25'],
    ]);
    expect(r.actions.some((x) => x.portee === 'debiteur')).toBe(false);
  });
});

describe('prochainesActionsDebiteur — seuilMinimal (the total a reminder covers, strictly below: not proposed)', () => {
  // A consumer who paid all but 10 cents on the due date: no 40 € (L441-10 II is B2B only), no interest
  // without a mise en demeure (C. civ. 1231-6): 0.10 € left.
  const conso: DebiteurEntree = { id: 'C1', type: 'consommateur', denomination: 'M. Durand' };
  const reliquatConso = (): Dossier => dossier({ ...facture('F9', '2025-03-14'), nature: 'consommation', paiements: [{ date: '2025-03-14', montant: '1199.90' }] }, conso);
  it('a debtor owing 0.10 € in all gets no reminder, but its prescription deadline is still given', () => {
    const reliquat = reliquatConso();
    const [r] = prochainesActionsDebiteur([reliquat], AUJOURDHUI, { seuilMinimal: '5.00' });
    expect(r!.totalDu).toBe('0.10');
    expect(r!.actions.map((a) => a.type)).toEqual(['prescription']);
    expect(r!.ecartees.map((c) => [c.creanceId, c.action.type, c.montantDu])).toEqual([['F9', 'relance', '0.10']]);
    // Without the threshold, the reminder is proposed.
    expect(prochainesActionsDebiteur([reliquat], AUJOURDHUI)[0]!.actions.map((a) => a.type)).toEqual(['relance', 'prescription']);
  });

  it('boundary: exactly at the threshold the reminder is proposed, one cent above the total it is not', () => {
    const reliquat = reliquatConso();
    expect(prochainesActionsDebiteur([reliquat], AUJOURDHUI, { seuilMinimal: '0.10' })[0]!.ecartees).toEqual([]);
    expect(prochainesActionsDebiteur([reliquat], AUJOURDHUI, { seuilMinimal: '0.11' })[0]!.ecartees).toHaveLength(1);
  });

  it('a small remainder rides along with a larger invoice of the same debtor', () => {
    const reliquat = reliquatConso();
    const grosse = dossier({ ...facture('F8', '2025-03-14'), nature: 'consommation' }, conso);
    const r = prochainesActionsDebiteur([reliquat, grosse], AUJOURDHUI, { seuilMinimal: '5.00' })[0]!;
    expect(r.ecartees).toEqual([]);
    expect(r.actions.find((a) => a.portee === 'debiteur')!.creances.map((c) => c.creanceId)).toEqual(['F8', 'F9']);
  });
});

describe('prochainesActionsDebiteur — identity of the debtor and input', () => {
  it('joins dossiers by SIREN or by id, transitively; separates other debtors', () => {
    const a = dossier(facture('A', '2025-03-14'), { id: 'C-1', type: 'professionnel', denomination: 'ACME', siren: '732829320' });
    const b = dossier(facture('B', '2025-03-14'), { id: 'C-2', type: 'professionnel', denomination: 'ACME SAS', siren: '732829320' });
    const c = dossier(facture('C', '2025-03-14'), { id: 'C-2', type: 'professionnel', denomination: 'ACME SAS' });
    const d = dossier(facture('D', '2025-03-14'), { id: 'X', type: 'professionnel', denomination: 'Autre' });
    const r = prochainesActionsDebiteur([d, a, b, c], AUJOURDHUI);
    expect(r.map((x) => [x.cle, x.dossiers])).toEqual([
      ['id:X', [0]],
      ['siren:732829320', [1, 2, 3]],
    ]);
  });

  it('refuses one debtor id carrying two SIRENs, naming both dossiers', () => {
    const a = dossier(facture('A', '2025-03-14'), { id: 'C-1', type: 'professionnel', denomination: 'ACME', siren: '732829320' });
    const b = dossier(facture('B', '2025-03-14'), { id: 'C-1', type: 'professionnel', denomination: 'ACME', siren: '552100554' });
    expect(() => prochainesActionsDebiteur([a, b], AUJOURDHUI)).toThrowError(/dossier n° 0/);
  });

  it('refuses a bad dossier with its index (lireDossier), and bad options with their path', () => {
    const bon = dossier(facture('A', '2025-03-14'));
    const e = (() => {
      try {
        prochainesActionsDebiteur([bon, { ...bon, value: 'soldee', status: 'done' }], AUJOURDHUI);
      } catch (x) {
        return x as RecouvrementError;
      }
      throw new Error('no error');
    })();
    expect(e.code).toBe('DOSSIER_INVALIDE');
    expect(e.message).toMatch(/^Dossier n° 1 : Dossier invalide/);
    expect(e.issues[0]!.path).toEqual(['dossiers', 1]);
    expect(() => prochainesActionsDebiteur([bon], AUJOURDHUI, { seuilMinimal: '-1' })).toThrowError(RecouvrementError);
    expect(() => prochainesActionsDebiteur([bon], AUJOURDHUI, { niveau: 'au-hasard' as never })).toThrowError(RecouvrementError);
    expect(() => prochainesActionsDebiteur([bon], '2025-02-30')).toThrowError(RecouvrementError);
    expect(prochainesActionsDebiteur([], AUJOURDHUI)).toEqual([]);
  });

  it('does not mutate its input and returns JSON-safe data', () => {
    const d = dossier(facture('A', '2025-03-14'));
    const avant = JSON.stringify(d);
    const r = prochainesActionsDebiteur([d, JSON.stringify(d)], AUJOURDHUI);
    expect(JSON.stringify(d)).toBe(avant);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

// --- Properties ------------------------------------------------------------------------------------------

const DEBITEURS: DebiteurEntree[] = [
  { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', siren: '732829320' },
  { id: 'D1b', type: 'professionnel', denomination: 'ACME (autre compte)', siren: '732829320' },
  { id: 'D2', type: 'professionnel', denomination: 'Bâtiment Martin' },
  { id: 'D3', type: 'consommateur', denomination: 'M. Durand' },
];
type Gabarit = (date: string) => EvenementRecouvrementEntree;
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'email' }),
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'telephone' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
  (date) => ({ type: 'MISE_EN_DEMEURE_ENVOYEE', date }),
  (date) => ({ type: 'LITIGE_OUVERT', date, motif: 'qualité' }),
);
const JOUR_CALCUL = '2025-06-30';
/** A claim of a debtor with a few events, advanced to JOUR_CALCUL. */
const unDossier = (id: string): fc.Arbitrary<Dossier> =>
  fc
    .record({
      debiteur: fc.constantFrom(...DEBITEURS),
      echeance: fc.integer({ min: 0, max: 200 }),
      montant: fc.integer({ min: 1, max: 300_000 }),
      evenements: fc.array(fc.tuple(fc.integer({ min: 0, max: 160 }), gabarit), { maxLength: 4 }),
    })
    .map(({ debiteur, echeance, montant, evenements }) => {
      const dateEcheance = formaterDate(lireDate('2025-01-15') + echeance);
      const creance: CreanceEntree = { ...creanceB2B, id, numeroFacture: id, dateEcheance, montantTTC: (montant / 100).toFixed(2), nature: debiteur.type === 'consommateur' ? 'consommation' : 'commerciale' };
      const evts = evenements.map(([j, g]) => g(formaterDate(lireDate('2025-01-15') + j)));
      return dossier(creance, debiteur, evts, JOUR_CALCUL);
    });
const portefeuille = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => unDossier(`F${i}`))));
const seuil = fc.option(fc.constantFrom('0.00', '5.00', '400.00', '2000.00'), { nil: undefined });
const niveau = fc.option(fc.constantFrom('plus-avancee' as const, 'echeance-la-plus-ancienne' as const), { nil: undefined });
const cle = (index: number, a: ActionDue): string => `${index}|${JSON.stringify(a)}`;

describe('prochainesActionsDebiteur (properties)', () => {
  it("covers every claim's actions exactly once: none lost, none duplicated (proposed or set aside under seuilMinimal)", () => {
    fc.assert(
      fc.property(portefeuille, seuil, niveau, (dossiers, seuilMinimal, niv) => {
        const r = prochainesActionsDebiteur(dossiers, JOUR_CALCUL, { ...(seuilMinimal ? { seuilMinimal } : {}), ...(niv ? { niveau: niv } : {}) });
        const couvertes = r.flatMap((d) => [...d.actions.flatMap((a) => a.creances), ...d.ecartees]).map((c) => cle(c.index, c.action));
        const attendues = dossiers.flatMap((d, i) => prochainesActions(d, JOUR_CALCUL).map((a) => cle(i, a)));
        expect([...couvertes].sort()).toEqual([...attendues].sort());
        // Legal deadlines and claim tasks are never set aside nor merged.
        for (const d of r) for (const c of d.ecartees) expect(['rappel', 'relance', 'appel', 'mise-en-demeure']).toContain(c.action.type);
        for (const d of r) for (const a of d.actions) if (a.portee === 'creance') expect(a.creances).toHaveLength(1);
        // One reminder due per debtor at most.
        for (const d of r) expect(d.actions.filter((a) => a.portee === 'debiteur' && a.statut === 'a-faire' && a.type !== 'rappel').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: runs(40) },
    );
  });

  it('one debtor with one claim gives exactly prochainesActions', () => {
    fc.assert(
      fc.property(unDossier('F0'), (d) => {
        const r = prochainesActionsDebiteur([d], JOUR_CALCUL);
        expect(r).toHaveLength(1);
        expect(r[0]!.actions.map(actionDue)).toEqual(prochainesActions(d, JOUR_CALCUL));
      }),
      { numRuns: runs(40) },
    );
  });

  it('the order of the dossiers does not change the result (indexes aside)', () => {
    fc.assert(
      fc.property(
        portefeuille.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p.map((_, i) => i), { minLength: p.length, maxLength: p.length }))),
        seuil,
        niveau,
        ([dossiers, ordre], seuilMinimal, niv) => {
          const options = { ...(seuilMinimal ? { seuilMinimal } : {}), ...(niv ? { niveau: niv } : {}) };
          const sansIndex = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'index' || k === 'dossiers' ? undefined : v)));
          const a = prochainesActionsDebiteur(dossiers, JOUR_CALCUL, options);
          const b = prochainesActionsDebiteur(ordre.map((i) => dossiers[i]!), JOUR_CALCUL, options);
          expect(sansIndex(b)).toEqual(sansIndex(a));
          // And the indexes point at the same dossiers.
          expect(b.map((d) => d.dossiers.map((i) => ordre[i]).sort((x, y) => x! - y!))).toEqual(a.map((d) => d.dossiers));
        },
      ),
      { numRuns: runs(40) },
    );
  });
});

// "Two answers to one question are a bug": a debtor's letter prints each claim's statement as its dossier
// computes it (options.parCreance: the dossier's waiver, mise en demeure, plan days without penalties…).
describe('prochainesActionsDebiteur — the merged letter claims what the dossiers say is owed', () => {
  it('one claim’s accessories waived, the other partly disputed: the letter’s total is the sum of the two dossiers’ totals, the disputed part set apart', () => {
    const f1 = dossier(facture('F1', '2025-02-14'), debiteurPro, [{ type: 'ACCESSOIRES_ABANDONNES', date: '2025-03-01' }]);
    const f2 = dossier(facture('F2', '2025-03-14'), debiteurPro, [
      { type: 'PAIEMENT_RECU', date: '2025-03-20', montant: '200.00' },
      { type: 'LITIGE_OUVERT', date: '2025-03-20', motif: 'quantités', montantConteste: '100.00' },
    ]);
    const [acme] = prochainesActionsDebiteur([f1, f2], AUJOURDHUI);
    const action = acme!.actions.find((a) => a.portee === 'debiteur' && a.lettre !== null && a.creances.length === 2)!;
    expect(action.lettre!.options.parCreance!.F1!.dateAbandonAccessoires).toBe('2025-03-01');
    expect(action.creances.map((c) => c.montantDu)).toEqual(['1200.00', '1047.10']);
    const l = genererLettre(action.modele!, { creancier: CREANCIER, dateLettre: AUJOURDHUI, ...action.lettre!.donnees }, action.lettre!.options);
    expect(l.montants.total).toBe(formaterEuros(action.creances.reduce((s, c) => s + lireEuros(c.montantDu), 0)));
    expect([l.montants.total, l.montants.conteste, l.montants.reclame, action.montant]).toEqual(['2247.10', '100.00', '2147.10', '2147.10']);
    // Without the dossiers' options, F1's waived penalties and 40 € would be claimed again.
    const { parCreance: _p, ...sans } = action.lettre!.options;
    expect(genererLettre(action.modele!, { creancier: CREANCIER, dateLettre: AUJOURDHUI, ...action.lettre!.donnees }, sans).montants.total).not.toBe('2247.10');
  });

});

// An invoice payable in several terms (`Creance.echeances`): late from its first instalment late, as its own
// scenario reads it (premiereEcheanceEnRetard on situationCreance's echeances[]), not from its last due date.
describe('prochainesActionsDebiteur — an invoice in instalments is late from its first instalment late (C. com. L441-10 II)', () => {
  const enTroisFois = (id: string): CreanceEntree => ({
    ...facture(id, '2025-04-14'),
    echeances: [
      { date: '2025-02-14', montant: '400.00' },
      { date: '2025-03-14', montant: '400.00' },
      { date: '2025-04-14', montant: '400.00' },
    ],
  });
  const JOUR = '2025-02-20';

  it('first of 3 instalments late on 20 February: one reminder covers it with the debtor’s other late invoice; the two others are listed à échoir (C. civ. 1305-2), as its letter lists them', () => {
    const f0 = dossier(facture('F0', '2025-02-10'), debiteurPro, [], JOUR);
    const f1 = dossier(enTroisFois('F1'), debiteurPro, [], JOUR);
    const [acme] = prochainesActionsDebiteur([f1, f0], JOUR);
    const rappels = acme!.actions.filter((a) => a.portee === 'debiteur');
    // One reminder for the debtor (before: F1, due "14 April", had a reminder of its own).
    expect(rappels.map((a) => [a.type, a.statut, a.creances.map((c) => c.creanceId)])).toEqual([['relance', 'a-faire', ['F0', 'F1']]]);
    const action = rappels[0]!;
    expect(action.aEchoir.map((e) => [e.creanceId, e.dateEcheance, e.montantDu, e.echeance])).toEqual([
      ['F1', '2025-03-14', '400.00', { rang: 2, nombre: 3 }],
      ['F1', '2025-04-14', '400.00', { rang: 3, nombre: 3 }],
    ]);
    // What the reminder claims on F1: what it owes less its two instalments not yet late.
    const c1 = action.creances.find((c) => c.creanceId === 'F1')!;
    expect(lireEuros(c1.montantDu) - lireEuros(c1.montantReclame)).toBe(80_000);
    expect(action.creances.find((c) => c.creanceId === 'F0')!.montantReclame).toBe(action.creances.find((c) => c.creanceId === 'F0')!.montantDu);
    // The merged letter: instalment 1 claimed, instalments 2 and 3 listed à échoir, each once; F1 given once.
    expect(action.lettre!.donnees.creances.map((c) => c.id)).toEqual(['F0', 'F1']);
    const l = genererLettre(action.modele!, { creancier: CREANCIER, dateLettre: JOUR, ...action.lettre!.donnees }, action.lettre!.options);
    expect(l.montants.aEchoir).toEqual(action.aEchoir.map((e) => ({ numeroFacture: e.numeroFacture, dateEcheance: e.dateEcheance, montant: e.montantDu })));
    expect(l.montants.total).toBe(formaterEuros(action.creances.reduce((s, c) => s + lireEuros(c.montantReclame), 0)));
    const texte = l.texte.replace(/\s+/g, ' ');
    const html = l.html.replace(/[\u00a0\u202f]/g, ' ');
    expect(html).toContain('<td>n° F1 (échéance 1/3)</td>');
    expect(html).not.toContain('<td>n° F1 (échéance 2/3)</td>');
    expect(texte).toContain('Facture n° F1 du 15 janvier 2025, échéance 2/3 : 400,00 €, à échoir le 14 mars 2025');
    expect(texte).toContain('Facture n° F1 du 15 janvier 2025, échéance 3/3 : 400,00 €, à échoir le 14 avril 2025');
    // Alone, the same invoice gets the same reminder, its two instalments à échoir.
    const seule = prochainesActionsDebiteur([f1], JOUR)[0]!.actions.filter((a) => a.portee === 'debiteur');
    expect(seule.map((a) => [a.type, a.statut, a.aEchoir.length])).toEqual([['relance', 'a-faire', 2]]);
  });

  it("niveau 'echeance-la-plus-ancienne' reads the first instalment late (14 February), not the last due date (14 April)", () => {
    const f0 = dossier(facture('F0', '2025-02-17'), debiteurPro, [], JOUR);
    const f1 = dossier(enTroisFois('F1'), debiteurPro, [{ type: 'RELANCE_ENVOYEE', date: '2025-02-15', canal: 'email', etape: 'relance-j+1' }], '2025-03-01');
    const action = prochainesActionsDebiteur([f0, f1], '2025-03-01', { niveau: 'echeance-la-plus-ancienne' })[0]!.actions.find((a) => a.portee === 'debiteur' && a.statut === 'a-faire')!;
    expect(action.creances.map((c) => c.creanceId)).toEqual(['F0', 'F1']);
    expect(action.etape).toBe(prochainesActions(f1, '2025-03-01').find((a) => a.statut === 'a-faire' && a.etape !== null)!.etape);
  });

  it('one instalment (echeances: [{ dateEcheance, montantTTC }]) gives exactly the result without echeances', () => {
    const sansEcheancesDansDonnees = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'echeances' && Array.isArray(v) ? undefined : v)));
    const avec = (id: string, dateEcheance: string): CreanceEntree => ({ ...facture(id, dateEcheance), echeances: [{ date: dateEcheance, montant: '1200.00' }] });
    for (const jour of ['2025-02-10', '2025-02-20', AUJOURDHUI]) {
      const une = [dossier(avec('F1', '2025-02-14'), debiteurPro, [], jour), dossier(avec('F2', '2025-03-14'), debiteurPro, [], jour)];
      const sans = [dossier(facture('F1', '2025-02-14'), debiteurPro, [], jour), dossier(facture('F2', '2025-03-14'), debiteurPro, [], jour)];
      expect(sansEcheancesDansDonnees(prochainesActionsDebiteur(une, jour))).toEqual(sansEcheancesDansDonnees(prochainesActionsDebiteur(sans, jour)));
    }
  });
});
