/**
 * The data a letter is written from: who writes, to whom, about which claims, on which day. Amounts are never
 * part of it — the letter computes them with the library's calculators.
 */
import * as z from 'zod/mini';
import { entier, texte, uneLigne } from '../entites/internes.js';
import { dateIsoSchema, eurosSchema, sirenValide } from '../entites/communs.js';
import { creanceSchema } from '../entites/creance.js';
import { debiteurSchema } from '../entites/debiteur.js';
import type { Baremes } from '../baremes/types.js';
import type { BaseAnnuelle } from '../calculs/moteur/cumul.js';
import type { DateISO } from '../socle/date-iso.js';
import type { EntreeEuros, Euros } from '../socle/euros.js';
import type { OptionsSituation, RegleImputation } from '../situation/types.js';

/**
 * The letter models {@link genererLettre} writes.
 *
 * @example
 * ```ts
 * import { MODELES_LETTRE } from 'recouvrement';
 * MODELES_LETTRE.includes('mise-en-demeure'); //=> true
 * ```
 */
export const MODELES_LETTRE = /* @__PURE__ */ Object.freeze([
  'relance-amiable',
  'relance-ferme',
  'mise-en-demeure',
  'mise-en-demeure-consommateur',
  'lettre-agence-recouvrement',
  'declaration-de-creance',
] as const);
/** One of {@link MODELES_LETTRE}. */
export type ModeleLettre = (typeof MODELES_LETTRE)[number];

/** A non-empty single-line text once trimmed, of at most `max` characters (no control or bidi character). */
const rempli = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), uneLigne());
/** A single-line text once trimmed, of at most `max` characters (possibly empty). */
const ligne = (max: number) => z.string().check(z.trim(), z.maxLength(max), uneLigne());

/**
 * A party's identity as printed on a letter (creditor, collection agency, mandataire judiciaire). A company
 * writing to its debtors gives, on its correspondence, its SIREN with "RCS" and the city of its greffe
 * (C. com. R123-237) and, for a company, its form and capital (R123-238): `siren` + `villeRcs` print
 * "RCS Lyon 732 829 320", `formeJuridique` + `capital` print "SARL au capital de 10 000,00 €".
 *
 * @example
 * ```ts
 * import { partieSchema } from 'recouvrement';
 * partieSchema.parse({ denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } });
 * ```
 */
export const partieSchema = /*@__PURE__*/ (() =>
  z.strictObject({
  denomination: rempli(500),
  /** Legal form ("SARL", "SAS", "SA à conseil d'administration"…), printed with the capital (C. com. R123-238). */
  formeJuridique: z.optional(rempli(100)),
  /** Share capital, printed "au capital de 10 000,00 €" (C. com. R123-238). */
  capital: z.optional(eurosSchema),
  /** The city of the greffe where the company is registered: printed "RCS Lyon 732 829 320" with the SIREN (C. com. R123-237). */
  villeRcs: z.optional(rempli(200)),
  adresse: z.optional(z
    .strictObject({
      lignes: z.array(texte(500)).check(z.maxLength(6)),
      codePostal: z.optional(texte(20)),
      ville: z.optional(texte(200)),
    })),
  siren: z.optional(z.string().check(z.refine(sirenValide, 'SIREN invalide (9 chiffres, clé de Luhn)'))),
  /** Free identification line: "RCS Lyon 732 829 320", "SAS au capital de 10 000 €", "Me Jeanne Martin"… */
  mentionLegale: z.optional(texte(500)),
  email: z.optional(texte(320)),
  telephone: z.optional(texte(40)),
}))();
/** A party's identity. */
export type Partie = z.infer<typeof partieSchema>;

/**
 * Everything {@link genererLettre} needs. Validated with zod: a bad field is a `RecouvrementError`
 * `ENTREE_INVALIDE` whose issue path points at it.
 *
 * - `creancier`: the creditor. `personnePhysiqueNonProfessionnelle: true` selects the higher taux de l'intérêt
 *   légal (CMF L313-2: the category follows the *creditor*).
 * - `debiteur`: a {@link Debiteur}; its `type` decides the regime (professionnel: L441-10 penalties and 40 €;
 *   personne-publique: intérêts moratoires of the commande publique; consommateur / non-professionnel:
 *   legal interest from the mise en demeure, no indemnity, no fee).
 * - `creances`: one or more claims on that debtor.
 * - `dateLettre`: the day the letter is dated; penalties are computed up to and including it.
 * - `delaiJours`: days granted to pay (no statutory delay: C. civ. 1344 only asks for an "interpellation
 *   suffisante"; defaults are common practice — 15 days for a relance amiable or a consumer, 8 otherwise).
 * - `dateMiseEnDemeure`: an earlier mise en demeure, from which legal interest runs (consumer claims).
 * - `relancesEnvoyees`: reminders were sent before this letter (the caller or the dossier knows). Only then do
 *   the letters say "malgré nos relances" / "malgré nos précédents rappels".
 * - The greeting follows the addressee: `debiteur.appellation` ("Monsieur le Maire"), else
 *   `debiteur.civilite` ("Madame", "Monsieur"), else "Madame, Monsieur".
 * - `agence`: required by `lettre-agence-recouvrement` (the agent writing, CPCE R124-4 1°).
 * - `mandataire`, `surete`, `juridictionSaisie`: used by `declaration-de-creance` (C. com. L622-25, R622-23).
 * - `signataire`: who signs (for `lettre-agence-recouvrement`, an agent of the agency).
 *
 * @example
 * ```ts
 * import { donneesLettreSchema } from 'recouvrement';
 * donneesLettreSchema.safeParse({ creancier: { denomination: 'A' }, debiteur: { id: 'D', type: 'professionnel', denomination: 'B' },
 *   creances: [], dateLettre: '2025-08-14' }).success; //=> false (at least one claim)
 * ```
 */
export const donneesLettreSchema = /*@__PURE__*/ (() =>
  z.strictObject({
  creancier: z.extend(partieSchema, { personnePhysiqueNonProfessionnelle: z.optional(z.boolean()) }),
  debiteur: debiteurSchema,
  creances: z.array(creanceSchema).check(z.minLength(1), z.maxLength(500)),
  dateLettre: dateIsoSchema,
  lieu: z.optional(ligne(200)),
  reference: z.optional(ligne(200)),
  signataire: z.optional(z.strictObject({ nom: rempli(200), qualite: z.optional(texte(200)) })),
  delaiJours: z.optional(entier(1, 120)),
  modesPaiement: z.optional(z.array(rempli(500)).check(z.maxLength(10))),
  envoi: z.optional(z.enum(['lrar', 'courrier', 'email'])),
  dateMiseEnDemeure: z.optional(dateIsoSchema),
  relancesEnvoyees: z.optional(z.boolean()),
  agence: z.optional(partieSchema),
  mandataire: z.optional(z.extend(partieSchema, { qualite: z.optional(z.enum(['mandataire-judiciaire', 'liquidateur'])) })),
  tribunal: z.optional(ligne(300)),
  surete: z.optional(z.strictObject({ nature: rempli(300), date: z.optional(dateIsoSchema), publiee: z.boolean() })),
  juridictionSaisie: z.optional(ligne(300)),
  pieces: z.optional(z.array(rempli(300)).check(z.maxLength(100))),
}))();

/** What {@link genererLettre} accepts (amounts may be numbers, `pays` may be omitted…). */
export type DonneesLettre = z.input<typeof donneesLettreSchema>;
/** Validated letter data. */
export type DonneesLettreValidees = z.output<typeof donneesLettreSchema>;

/** Options of {@link genererLettre}: the calculators' options. */
export interface OptionsLettre {
  readonly baremes?: Baremes;
  readonly baseAnnuelle?: BaseAnnuelle;
  /**
   * How payments are imputed (default `'legale'`, C. civ. 1343-1: the accessories accrued at each payment's
   * date first). The same option as `situationCreance`'s: the letter prints the claim's statement.
   */
  readonly imputation?: RegleImputation;
  /**
   * A partial dispute (e-invoicing 206, 207 with CNP…; the machine's `LITIGE_OUVERT` with `montantConteste`):
   * the amount the debtor disputes. The letter states it apart and claims only the rest — the total owed
   * (`situationCreance`) minus it, `montants.reclame`; `OPERATION_INTERDITE` when nothing undisputed remains;
   * not for a `declaration-de-creance` (the whole claim is declared). A choice of the library, not a rule of
   * law: a debtor may withhold only the part it disputes in good faith, and the creditor may claim the whole.
   */
  readonly montantConteste?: EntreeEuros;
  /**
   * Options of one claim's statement, keyed by the claim's `id` (`creances[].id`): passed to `situationCreance`
   * as they are, over the letter's own (`baremes`, `baseAnnuelle`, `imputation`, `dateMiseEnDemeure`, the
   * creditor's category) — an explicit waiver (`dateAbandonAccessoires`), the accessories claimed
   * (`accessoires`), days without accrual (`periodesSansAccessoires`), a judgment's date (+5 points,
   * `dateDecisionExecutoire`), that claim's mise en demeure… so that a letter prints exactly the statement
   * of a claim computed elsewhere with those options (the machine's dossier: `donneesLettreDossier`,
   * `prochainesActionsDebiteur`). Not `siBaremeManquant`: a letter with unknown figures is not sent
   * (`BAREME_MANQUANT`). A key that names no claim of the letter is `ENTREE_INVALIDE`.
   */
  readonly parCreance?: Readonly<Record<string, Omit<OptionsSituation, 'siBaremeManquant'>>>;
}

/**
 * The amounts of one invoice in a letter: its statement by `situationCreance` at the letter's computation
 * date (the same figures as the machine and `releveDeCompte`).
 */
export interface MontantsFactureLettre {
  readonly numeroFacture: string;
  readonly montantTTC: Euros;
  /** Credit notes dated on or before the computation date (they correct the invoice from the start). */
  readonly avoirs: Euros;
  /** Sum of the payments dated on or before the computation date. */
  readonly dejaRegle: Euros;
  /** Outstanding principal, after the imputation of the payments (C. civ. 1343-1 by default). */
  readonly principal: Euros;
  /**
   * Penalties accrued (L441-10 / R2192-31; "0.00" when not applicable): `situationCreance(...).penalites.couru`.
   * After an explicit waiver (`parCreance[id].dateAbandonAccessoires`), as for `indemnite` and `interets`:
   * only what payments covered (`impute`, usually "0.00"): the waived accessories are not claimed.
   */
  readonly penalites: Euros;
  /** The 40 € accrued: `situationCreance(...).indemnite.couru`. */
  readonly indemnite: Euros;
  /** Legal interest accrued (consumer claims after an earlier mise en demeure): `situationCreance(...).interets.couru`. */
  readonly interets: Euros;
  /** Part of the payments imputed on the penalties, interest and indemnity (C. civ. 1343-1). */
  readonly imputeAccessoires: Euros;
  /** Penalties still due (`penalites − ` what payments covered). */
  readonly penalitesDues: Euros;
  /** Indemnity still due. */
  readonly indemniteDue: Euros;
  /** Interest still due. */
  readonly interetsDus: Euros;
  /** Still due on this invoice: `principal + penalitesDues + indemniteDue + interetsDus` (`situationCreance(...).totalDu`). */
  readonly total: Euros;
  readonly periodes: ReadonlyArray<{ readonly du: DateISO; readonly au: DateISO; readonly jours: number; readonly assiette: Euros; readonly tauxAnnuel: string; readonly montant: Euros }>;
}

/** A generated letter. */
export interface Lettre {
  readonly modele: ModeleLettre;
  /** The subject line ("Objet"). */
  readonly objet: string;
  /** Plain text, 78 columns. */
  readonly texte: string;
  /** A standalone HTML page; every user-supplied field is escaped. */
  readonly html: string;
  /** The amounts printed, straight from the calculators. */
  readonly montants: {
    readonly factures: readonly MontantsFactureLettre[];
    readonly principal: Euros;
    readonly penalites: Euros;
    readonly indemnite: Euros;
    readonly interets: Euros;
    /** Credit notes, all invoices. */
    readonly avoirs: Euros;
    /** Payments imputed on the accessories, all invoices (C. civ. 1343-1). */
    readonly imputeAccessoires: Euros;
    /** What is owed: principal + penalites + indemnite + interets − imputeAccessoires (the sum of the invoices' `total`). */
    readonly total: Euros;
    /** The disputed amount set apart (`options.montantConteste`), or "0.00". */
    readonly conteste: Euros;
    /** What the letter asks to pay: `total − conteste` (`total` without a partial dispute). */
    readonly reclame: Euros;
    /**
     * The invoices of the letter not yet late at its date (reminders and mises en demeure): listed "à échoir"
     * apart, never claimed nor counted in `total` (what each will owe: `situationCreance(...).totalDu`). And,
     * first, the instalments not yet late of the invoices claimed (`Creance.echeances`): one entry each, its
     * due date and its principal due (C. civ. 1305-2: a term suspends exigibility).
     * Empty for a declaration of claims, which declares sums to fall due itself.
     */
    readonly aEchoir: readonly { readonly numeroFacture: string; readonly dateEcheance: DateISO; readonly montant: Euros }[];
  };
  /** The payment deadline stated in the letter (`null` for a declaration of claims). */
  readonly dateLimitePaiement: DateISO | null;
  /** Points to check before sending (unconfirmed table values, disputed claim, late declaration…). */
  readonly avertissements: readonly string[];
  /** Articles the letter relies on. */
  readonly references: readonly string[];
}
