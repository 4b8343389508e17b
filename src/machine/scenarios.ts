/**
 * Reminder scenarios (scénarios de relance): data, not code. A scenario is a list of steps — pre-due
 * reminders, reminders, calls, the mise en demeure — each placed by an offset in days from the due date or
 * from the previous reminder actually sent, with its channel, letter model and tone.
 *
 * No statute fixes the number, the rhythm or the channel of amicable reminders: the defaults below are
 * practice, not law. What the law does fix is enforced by the machine whatever the scenario says:
 * - no 40 € indemnity and no recovery fees against a consumer (C. com. L441-10 II, D441-5; CPCE L111-8);
 * - no L441-10 penalties against a consumer: only legal-rate interest from the mise en demeure
 *   (C. civ. 1231-6, 1344-1);
 * - a mise en demeure has no statutory minimum delay (C. civ. 1344: an "interpellation suffisante").
 */
import * as z from 'zod/mini';
import { entier, analyser, texte } from './champs.js';
import { CANAUX } from '../entites/relance.js';
import type { Debiteur } from '../entites/debiteur.js';
import { depuisZod } from '../socle/erreurs.js';
import { geler } from './geler.js';

/**
 * One step of a scenario.
 * - `type`: `rappel` (before the due date), `relance` (written reminder), `appel` (phone call),
 *   `mise-en-demeure` (formal notice: sent with the `MISE_EN_DEMEURE_ENVOYEE` event).
 * - `depuis`: `echeance` (offset from the due date; negative = before it) or `etape-precedente` (offset from
 *   the last reminder actually sent, or the due date if none).
 *
 * @example
 * ```ts
 * import { etapeRelanceSchema } from 'recouvrement/machine';
 * etapeRelanceSchema.parse({ id: 'j+15', type: 'appel', decalageJours: 15, depuis: 'echeance',
 *   canal: 'telephone', modele: 'script-appel', ton: 'ferme' });
 * ```
 */
export const etapeRelanceSchema = /*@__PURE__*/ (() =>
  z.object({
  id: texte(100, 1),
  type: z.enum(['rappel', 'relance', 'appel', 'mise-en-demeure']),
  decalageJours: entier(-365, 3650),
  depuis: z.enum(['echeance', 'etape-precedente']),
  canal: z.enum(CANAUX),
  /** The letter (or call script) model to use, e.g. `relance-courtoise`. */
  modele: texte(100, 1),
  ton: z.enum(['courtois', 'ferme', 'formel']),
}))();
/** One step of a reminder scenario. */
export type EtapeRelance = z.infer<typeof etapeRelanceSchema>;

/**
 * A reminder scenario.
 * - `delaiMiseEnDemeureJours`: the delay given in the mise en demeure (practice; no legal minimum).
 * - `accessoires.penalites` / `accessoires.indemniteForfaitaire`: whether the creditor claims them at all
 *   (a creditor may choose not to); the law still decides whether they are owed (never against a consumer).
 * - `toleranceEcheancierJours`: days after an instalment's date before a payment plan counts as failed.
 *
 * @example
 * ```ts
 * import { scenarioRelanceSchema, scenariosParDefaut } from 'recouvrement/machine';
 * scenarioRelanceSchema.parse(scenariosParDefaut.pme).id; //=> 'pme'
 * ```
 */
export const scenarioRelanceSchema = /*@__PURE__*/ (() =>
  z
  .object({
    id: texte(100, 1),
    libelle: texte(500),
    etapes: z.array(etapeRelanceSchema).check(z.maxLength(50)),
    delaiMiseEnDemeureJours: entier(0, 365),
    accessoires: z.object({ penalites: z.boolean(), indemniteForfaitaire: z.boolean() }),
    toleranceEcheancierJours: entier(0, 365),
  }).check(z.refine((s) => new Set(s.etapes.map((e) => e.id)).size === s.etapes.length, { message: "identifiants d'étapes en double", path: ['etapes'] })))();
/** A reminder scenario (scénario de relance). */
export type ScenarioRelance = z.infer<typeof scenarioRelanceSchema>;

/** The default scenarios' names. */
export type NomScenario = 'grand-compte' | 'pme' | 'independant' | 'particulier';

/**
 * Default scenarios for four kinds of debtors. Practice, not law (see the module comment); copy and adapt.
 * - `grand-compte`: a large account with a payment run and an accounts-payable department — a pre-due
 *   check that the invoice is approved, then written reminders and a call before the mise en demeure.
 * - `pme`: small and medium businesses.
 * - `independant`: sole traders and liberal professions — shorter and more personal.
 * - `particulier`: consumers — no 40 €, no fees, no L441-10 penalties; letter models without them
 *   (C. com. L441-10 II, CPCE L111-8); 15 days in the mise en demeure.
 *
 * A written step names the letter model `genererLettre` writes (`relance-amiable`, `relance-ferme`,
 * `mise-en-demeure`, `mise-en-demeure-consommateur`); a `rappel` before the due date or an `appel` names the
 * host's own template (the library writes no letter for them: their actions carry `modele: null`). Deeply
 * frozen: copy (`structuredClone`) to adapt; every dossier holds its own copy of its scenario.
 *
 * @example
 * ```ts
 * import { scenariosParDefaut } from 'recouvrement/machine';
 * scenariosParDefaut.particulier.accessoires; //=> { penalites: true, indemniteForfaitaire: false }
 * scenariosParDefaut.pme.etapes.map((e) => e.decalageJours); //=> [-5, 1, 10, 20, 30]
 * ```
 */
export const scenariosParDefaut: Readonly<Record<NomScenario, ScenarioRelance>> = /*@__PURE__*/ geler({
  'grand-compte': {
    id: 'grand-compte',
    libelle: 'Grand compte : contrôle avant échéance, relances écrites, appel au service fournisseurs, mise en demeure',
    etapes: [
      { id: 'rappel-j-10', type: 'rappel', decalageJours: -10, depuis: 'echeance', canal: 'email', modele: 'verification-bon-a-payer', ton: 'courtois' },
      { id: 'relance-j+3', type: 'relance', decalageJours: 3, depuis: 'echeance', canal: 'email', modele: 'relance-amiable', ton: 'courtois' },
      { id: 'appel-j+15', type: 'appel', decalageJours: 15, depuis: 'echeance', canal: 'telephone', modele: 'script-appel-service-fournisseurs', ton: 'ferme' },
      { id: 'relance-j+30', type: 'relance', decalageJours: 30, depuis: 'echeance', canal: 'courrier', modele: 'relance-ferme', ton: 'ferme' },
      { id: 'mise-en-demeure-j+45', type: 'mise-en-demeure', decalageJours: 45, depuis: 'echeance', canal: 'lrar', modele: 'mise-en-demeure', ton: 'formel' },
    ],
    delaiMiseEnDemeureJours: 15,
    accessoires: { penalites: true, indemniteForfaitaire: true },
    toleranceEcheancierJours: 5,
  },
  pme: {
    id: 'pme',
    libelle: 'PME : rappel avant échéance, relance, appel, relance ferme, mise en demeure',
    etapes: [
      { id: 'rappel-j-5', type: 'rappel', decalageJours: -5, depuis: 'echeance', canal: 'email', modele: 'rappel-echeance', ton: 'courtois' },
      { id: 'relance-j+1', type: 'relance', decalageJours: 1, depuis: 'echeance', canal: 'email', modele: 'relance-amiable', ton: 'courtois' },
      { id: 'appel-j+10', type: 'appel', decalageJours: 10, depuis: 'echeance', canal: 'telephone', modele: 'script-appel', ton: 'ferme' },
      { id: 'relance-j+20', type: 'relance', decalageJours: 20, depuis: 'echeance', canal: 'courrier', modele: 'relance-ferme', ton: 'ferme' },
      { id: 'mise-en-demeure-j+30', type: 'mise-en-demeure', decalageJours: 30, depuis: 'echeance', canal: 'lrar', modele: 'mise-en-demeure', ton: 'formel' },
    ],
    delaiMiseEnDemeureJours: 8,
    accessoires: { penalites: true, indemniteForfaitaire: true },
    toleranceEcheancierJours: 0,
  },
  independant: {
    id: 'independant',
    libelle: 'Indépendant : rappel, relance, appel, mise en demeure rapprochés',
    etapes: [
      { id: 'rappel-j-3', type: 'rappel', decalageJours: -3, depuis: 'echeance', canal: 'email', modele: 'rappel-echeance', ton: 'courtois' },
      { id: 'relance-j+1', type: 'relance', decalageJours: 1, depuis: 'echeance', canal: 'email', modele: 'relance-amiable', ton: 'courtois' },
      { id: 'appel-j+7', type: 'appel', decalageJours: 7, depuis: 'echeance', canal: 'telephone', modele: 'script-appel', ton: 'ferme' },
      { id: 'mise-en-demeure', type: 'mise-en-demeure', decalageJours: 8, depuis: 'etape-precedente', canal: 'lrar', modele: 'mise-en-demeure', ton: 'formel' },
    ],
    delaiMiseEnDemeureJours: 8,
    accessoires: { penalites: true, indemniteForfaitaire: true },
    toleranceEcheancierJours: 0,
  },
  particulier: {
    id: 'particulier',
    libelle: 'Particulier (consommateur) : sans indemnité de 40 € ni frais de recouvrement (CPCE L111-8)',
    etapes: [
      { id: 'rappel-j-5', type: 'rappel', decalageJours: -5, depuis: 'echeance', canal: 'email', modele: 'rappel-echeance-particulier', ton: 'courtois' },
      { id: 'relance-j+5', type: 'relance', decalageJours: 5, depuis: 'echeance', canal: 'email', modele: 'relance-amiable', ton: 'courtois' },
      { id: 'relance-j+15', type: 'relance', decalageJours: 15, depuis: 'echeance', canal: 'courrier', modele: 'relance-ferme', ton: 'ferme' },
      { id: 'mise-en-demeure-j+30', type: 'mise-en-demeure', decalageJours: 30, depuis: 'echeance', canal: 'lrar', modele: 'mise-en-demeure-consommateur', ton: 'formel' },
    ],
    delaiMiseEnDemeureJours: 15,
    accessoires: { penalites: true, indemniteForfaitaire: false },
    toleranceEcheancierJours: 0,
  },
});

/**
 * The default scenario for a debtor: `particulier` for a consumer, `grand-compte` for a public buyer, `pme`
 * otherwise.
 *
 * @example
 * ```ts
 * import { scenarioPourDebiteur } from 'recouvrement/machine';
 * scenarioPourDebiteur({ type: 'consommateur' }).id; //=> 'particulier'
 * ```
 */
export function scenarioPourDebiteur(debiteur: Pick<Debiteur, 'type'>): ScenarioRelance {
  if (debiteur.type === 'consommateur') return scenariosParDefaut.particulier;
  if (debiteur.type === 'personne-publique') return scenariosParDefaut['grand-compte'];
  return scenariosParDefaut.pme;
}

/**
 * Parses a scenario. @throws {RecouvrementError} `ENTREE_INVALIDE` with the zod issues.
 * @example
 * ```ts
 * import { parseScenario, scenariosParDefaut } from 'recouvrement/machine';
 * parseScenario({ ...scenariosParDefaut.pme, id: 'mon-scenario' }).id; //=> 'mon-scenario'
 * ```
 */
export function parseScenario(valeur: unknown): ScenarioRelance {
  const r = analyser(scenarioRelanceSchema, valeur);
  if (!r.success) throw depuisZod(r.error, 'Scénario invalide');
  return r.data;
}
