// "Two answers to one question are a bug": what a reminder claims on an invoice in instalments
// (`Creance.echeances`) is one rule (src/situation/internes/montantReclame.ts) — the statement's `totalDu`
// minus the principal of the instalments not yet late (not exigible: C. civ. 1305, 1305-2, the library's
// reading), minus the disputed part of an open partial dispute — read alike by the claim's actions
// (`prochainesActions`: `montant`), the debtor's view (`prochainesActionsDebiteur`: `montantReclame`) and the
// letter they propose (`genererLettre`: `montants.total`, `montants.reclame`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { genererLettre } from '../documents/genererLettre.js';
import type { CreanceEntree } from '../entites/creance.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { avancerDossier, creerDossier } from './dossier.js';
import type { EvenementRecouvrementEntree } from './evenements.js';
import { donneesLettreDossier } from './lettreDossier.js';
import { creanceB2B, debiteurConso, debiteurPro } from './outils-test.js';
import type { ActionDue } from './prochainesActions.js';
import { prochainesActionsDebiteur } from './prochainesActionsDebiteur.js';
import { situationFinanciere } from './situation.js';

const creancier = { denomination: 'Atelier Dupont SARL' };

/** 1 200 € in three instalments of 400 € due 14 February, 14 March and 14 April 2025. */
const EN_TROIS_FOIS: CreanceEntree = {
  ...creanceB2B,
  dateEcheance: '2025-04-14',
  echeances: [
    { date: '2025-02-14', montant: '400.00' },
    { date: '2025-03-14', montant: '400.00' },
    { date: '2025-04-14', montant: '400.00' },
  ],
};

/** The letter an action proposes, written on the dossier's date, or `null` when the law forbids it. */
function lettreDe(a: ActionDue, donnees: Parameters<typeof genererLettre>[1], options: Parameters<typeof genererLettre>[2]): ReturnType<typeof genererLettre> | null {
  if (a.modele === null || a.modele === 'declaration-de-creance') return null;
  try {
    return genererLettre(a.modele, donnees, options);
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === 'OPERATION_INTERDITE') return null;
    throw e;
  }
}

describe('what a reminder claims on an invoice in instalments: one rule for the actions and the letters (C. civ. 1305-2)', () => {
  it('worked example: three instalments of 400 €, the first late on 20 February 2025 — the reminder claims it with its accessories, not the 800 € à échoir', () => {
    const r = avancerDossier(creerDossier({ creance: EN_TROIS_FOIS, debiteur: debiteurPro }), [], { aujourdhui: '2025-02-20' });
    const relance = r.actions.find((a) => a.type === 'relance')!;
    // 400 € + penalties 400 × 13.15 % (ECB 3.15 % + 10 points, L441-10) × 6 / 365 = 0.86 + the 40 € (D441-5).
    expect(r.situation.totalDu).toBe('1240.86');
    expect(relance.montant).toBe('440.86');
    expect(relance.avertissements.map((x) => x.replace(/[\u00a0\u202f]/g, ' '))).toContain('Échéances non encore exigibles exclues du montant réclamé : 400,00 € à échoir le 2025-03-14, 400,00 € à échoir le 2025-04-14.');
    // The letter the action proposes claims the very same amount.
    const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre: '2025-02-20' });
    const l = lettreDe(relance, donnees, options)!;
    expect(l.montants.total).toBe('440.86');
    expect(l.montants.reclame).toBe('440.86');
    // And so does the debtor's view of the claim.
    const [debiteur] = prochainesActionsDebiteur([r.dossier], '2025-02-20');
    const merged = debiteur!.actions.find((a) => a.portee === 'debiteur')!;
    expect(merged.creances.map((c) => [c.montantDu, c.montantReclame])).toEqual([['1240.86', '440.86']]);
    expect(merged.montant).toBe('440.86');
  });

  it('a partial dispute on top: the undisputed part of the instalments late (440.86 − 100 = 340.86)', () => {
    const r = avancerDossier(creerDossier({ creance: EN_TROIS_FOIS, debiteur: debiteurPro }), [{ type: 'LITIGE_OUVERT', date: '2025-02-18', motif: 'quantités', montantConteste: '100.00' }], { aujourdhui: '2025-02-20' });
    const relance = r.actions.find((a) => a.type === 'relance' || a.type === 'mise-en-demeure');
    expect(relance?.montant).toBe('340.86');
    const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre: '2025-02-20' });
    expect(lettreDe(relance!, donnees, options)?.montants.reclame).toBe('340.86');
  });

  it('before the first due date nothing is left out, and with one instalment the amount stays the whole claim (`montant: null`)', () => {
    const avant = avancerDossier(creerDossier({ creance: EN_TROIS_FOIS, debiteur: debiteurPro }), [], { aujourdhui: '2025-02-10' });
    expect(avant.actions.find((a) => a.type === 'rappel')?.montant).toBeNull();
    const une = avancerDossier(creerDossier({ creance: { ...creanceB2B, echeances: [{ date: '2025-02-14', montant: '1200.00' }] }, debiteur: debiteurPro }), [], { aujourdhui: '2025-02-20' });
    expect(une.actions.find((a) => a.type === 'relance')).toMatchObject({ montant: null, avertissements: [] });
  });
});

/** Splits `centimes` by integer weights (each part > 0, the last takes the remainder). */
function parts(centimes: number, poids: readonly number[]): number[] {
  const total = poids.reduce((s, p) => s + p, 0);
  const r = poids.map((p) => Math.floor((centimes * p) / total));
  r[r.length - 1]! += centimes - r.reduce((s, x) => s + x, 0);
  return r;
}

/** A random invoice in 1 to 4 instalments, from 15 January 2025 (first instalment 0 to 60 days later, then 1 to 60 days apart). */
const creanceEnEcheances = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 4 })
  .chain((l) => fc.tuple(fc.constant(l), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 30000, max: 500000 })))
  .map(([l, premier, centimes]) => {
    const montants = parts(centimes, l.map(([p]) => p));
    let jour = lireDate('2025-01-15') + premier;
    const echeances = l.map(([, ecart], i) => {
      if (i > 0) jour += ecart;
      return { date: formaterDate(jour), montant: formaterEuros(montants[i]!) };
    });
    const creance: CreanceEntree = { ...creanceB2B, montantTTC: formaterEuros(centimes), dateEcheance: echeances.at(-1)!.date, echeances };
    return creance;
  });

type Gabarit = (date: string) => EvenementRecouvrementEntree;
const gabarit: fc.Arbitrary<Gabarit> = fc.constantFrom<Gabarit>(
  (date) => ({ type: 'JOUR', date }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '300.00' }),
  (date) => ({ type: 'PAIEMENT_RECU', date, montant: '75.50' }),
  (date) => ({ type: 'AVOIR_EMIS', date, montant: '50.00' }),
  (date) => ({ type: 'RELANCE_ENVOYEE', date, canal: 'email' }),
  (date) => ({ type: 'MISE_EN_DEMEURE_ENVOYEE', date }),
  (date) => ({ type: 'LITIGE_OUVERT', date, motif: 'quantités', montantConteste: '120.00' }),
  (date) => ({ type: 'LITIGE_RESOLU', date }),
);

describe('what a reminder claims: the action’s amount is its letter’s (properties)', () => {
  it('random invoices in instalments: every letter action of a dossier and of its debtor claims exactly what the letter claims', () => {
    let verifiees = 0;
    let partielles = 0;
    fc.assert(
      fc.property(
        creanceEnEcheances,
        fc.boolean(),
        fc.integer({ min: 0, max: 320 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 320 }), gabarit), { maxLength: 6 }),
        (creance, conso, j, brut) => {
          const aujourdhui = formaterDate(lireDate('2025-01-15') + j);
          const evenements = brut.map(([k, g]) => g(formaterDate(lireDate('2025-01-15') + k))).filter((e) => e.date <= aujourdhui);
          const entree = { creance: conso ? { ...creance, nature: 'consommation' as const } : creance, debiteur: conso ? debiteurConso : debiteurPro };
          const r = avancerDossier(creerDossier(entree), evenements, { aujourdhui });
          const { donnees, options } = donneesLettreDossier(r.dossier, { creancier, dateLettre: aujourdhui });
          const du = situationFinanciere(r.dossier.context, aujourdhui).totalDu;
          for (const a of r.actions) {
            const l = lettreDe(a, donnees, options);
            if (l === null) continue;
            expect(l.montants.reclame).toBe(a.montant ?? du);
            // Without a dispute, the letter's total is the amount claimed too.
            if (options.montantConteste === undefined) expect(l.montants.total).toBe(a.montant ?? du);
            if (a.montant !== null) partielles++;
            verifiees++;
          }
          for (const d of prochainesActionsDebiteur([r.dossier], aujourdhui)) {
            for (const a of d.actions) {
              if (a.lettre === null) continue;
              const l = lettreDe(a, { creancier, dateLettre: aujourdhui, ...a.lettre.donnees }, a.lettre.options);
              if (l === null) continue;
              // The claim's montantReclame is the letter's total; the debtor's action claims the letter's amount.
              expect(l.montants.total).toBe(formaterEuros(a.creances.reduce((s, c) => s + lireEuros(c.montantReclame), 0)));
              expect(l.montants.reclame).toBe(a.montant ?? formaterEuros(a.creances.reduce((s, c) => s + lireEuros(c.montantReclame), 0)));
            }
          }
        },
      ),
      { numRuns: runs(80) },
    );
    // Not vacuous: letters were written, some claiming part of the claim only.
    expect(verifiees).toBeGreaterThan(runs(80) / 10);
    expect(partielles).toBeGreaterThan(0);
  });
});
