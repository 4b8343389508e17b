/**
 * From a dossier to a letter: what `genererLettre` needs that the dossier already knows, so that the host
 * never restates it (issue 14: "malgré nos relances" only when a reminder was sent; issue 16: a reminder
 * during a partial dispute claims only the undisputed part).
 */
import type { DonneesLettre, OptionsLettre } from '../documents/donnees.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import type { OptionsSituation } from '../situation/types.js';
import type { ContexteRecouvrement } from './contexte.js';
import { entreeSituation, litigePartielOuvert, type OptionsMachine } from './situation.js';

/** What the host gives: the parts of the letter the dossier does not know (creditor, date, delay, payment methods…). */
export type ComplementLettre = Omit<DonneesLettre, 'debiteur' | 'creances' | 'relancesEnvoyees' | 'dateMiseEnDemeure'>;

/** What {@link donneesLettreDossier} returns: `genererLettre(modele, donnees, options)`. */
export interface LettreDuDossier {
  readonly donnees: DonneesLettre;
  readonly options: OptionsLettre;
}

/**
 * The data and options of `genererLettre` for the claim of a dossier, from the dossier itself:
 * - `debiteur` and `creances`: the debtor and the claim as the machine's statement sees them (`situationCreance`'s
 *   input: the payments received, reversed ones marked, and the credit notes);
 * - `relancesEnvoyees`: `true` when a reminder or a mise en demeure was recorded before `dateLettre`
 *   (the letters then say "malgré nos relances"; otherwise "sauf erreur ou omission");
 * - `dateMiseEnDemeure`: the dossier's mise en demeure, when it precedes the letter;
 * - `options.montantConteste`: the disputed amount while a partial dispute is open (`LITIGE_OUVERT` with
 *   `montantConteste`, e-invoicing 206 / 207 with CNP): the letter then claims the rest;
 * - `options.parCreance[creance.id]`: the very options the dossier's statement is computed with
 *   (`situationFinanciere`, one mapping: the imputation rule, the tables, the mise en demeure, the creditor's
 *   category, a judgment's date for the +5 points, the accessories the scenario claims, an explicit waiver,
 *   the days of a payment plan without penalties), so that the letter's `montants.total` is the dossier's
 *   `situation.totalDu` at `dateLettre` — except past the legal tables, where the letter is not written
 *   (`BAREME_MANQUANT`) while the dossier states a minimum;
 * - `options.imputation` and `options.baremes`: the dossier's (the letter's wording and its legal rate);
 * - `creancier.personnePhysiqueNonProfessionnelle`: the dossier's category (`creancierParticulier`, CMF
 *   L313-2) when the dossier or `complement` states one — the dossier's wins.
 *
 * @param dossier - a dossier (`creerDossier`, `avancerDossier`) or a snapshot's `{ context }`
 * @param complement - the rest of the letter's data (`creancier`, `dateLettre`, `delaiJours`, `modesPaiement`…)
 * @param options - legal tables (default: the dossier's)
 * @returns `{ donnees, options }`, to pass to `genererLettre(action.modele, donnees, options)`
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `complement.dateLettre` is not a date, or the dossier has no claim
 * @example
 * ```ts
 * import { avancerDossier, creerDossier, donneesLettreDossier } from 'recouvrement/machine';
 * import { genererLettre } from 'recouvrement';
 * const d = creerDossier({
 *   creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * });
 * const r = avancerDossier(d, [
 *   { type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' },
 *   { type: 'LITIGE_OUVERT', date: '2025-02-20', motif: 'quantités', montantConteste: '200.00' },
 * ], { aujourdhui: '2025-03-20' });
 * const { donnees, options } = donneesLettreDossier(r.dossier, { creancier: { denomination: 'Atelier Dupont SARL' }, dateLettre: '2025-03-20' });
 * donnees.relancesEnvoyees; //=> true
 * options.montantConteste; //=> '200.00'
 * options.parCreance?.F1; //=> { imputation: 'legale', creancierParticulier: false, accessoires: { penalites: true, interets: true, indemnite: true } }
 * const lettre = genererLettre('relance-ferme', donnees, options);
 * lettre.montants.reclame; //=> '1054.70' (the total owed, minus the 200 € disputed)
 * ```
 */
export function donneesLettreDossier(dossier: { readonly context: ContexteRecouvrement }, complement: ComplementLettre, options: OptionsMachine = {}): LettreDuDossier {
  const ctx = dossier?.context;
  if (typeof ctx !== 'object' || ctx === null || typeof ctx.creance !== 'object' || ctx.creance === null) entreeInvalide(['dossier', 'context'], 'dossier attendu', 'invalid_type');
  if (typeof complement !== 'object' || complement === null) entreeInvalide(['complement'], 'objet attendu', 'invalid_type');
  const dateLettre = complement.dateLettre as DateISO;
  lireDate(dateLettre, ['complement', 'dateLettre']);
  const e = entreeSituation(ctx, options, dateLettre);
  const partiel = litigePartielOuvert(ctx);
  const baremes = e.options.baremes ?? options.baremes;
  const particulier = ctx.creancierParticulier || complement.creancier?.personnePhysiqueNonProfessionnelle !== undefined;
  return {
    donnees: {
      ...complement,
      ...(particulier ? { creancier: { ...complement.creancier, personnePhysiqueNonProfessionnelle: ctx.creancierParticulier } } : {}),
      debiteur: e.debiteur,
      creances: [e.creance],
      // A reminder of the same day may be this very letter, recorded before it was written: only earlier ones.
      relancesEnvoyees: ctx.relances.some((r) => r.date < dateLettre),
      ...(ctx.miseEnDemeure !== null && ctx.miseEnDemeure.date <= dateLettre ? { dateMiseEnDemeure: ctx.miseEnDemeure.date } : {}),
    },
    options: {
      imputation: ctx.imputation,
      ...(baremes !== undefined ? { baremes } : {}),
      ...(partiel !== null ? { montantConteste: partiel.montantConteste } : {}),
      parCreance: { [e.creance.id]: optionsLettreDe(e.options, baremes) },
    },
  };
}

/**
 * The statement options of the machine (`entreeSituation`, the one mapping of a context) as a letter takes
 * them: all but `siBaremeManquant` (the machine states a minimum past the tables; a letter is not written),
 * and without `baremes` when they are the letter's own (`baremesLettre`: the same tables, stated once).
 */
export function optionsLettreDe(o: OptionsSituation, baremesLettre?: OptionsSituation['baremes']): Omit<OptionsSituation, 'siBaremeManquant'> {
  const { siBaremeManquant: _machine, baremes, ...reste } = o;
  return baremes === undefined || baremes === baremesLettre ? reste : { ...reste, baremes };
}
