/**
 * The data a letter is written from: who writes, to whom, about which claims, on which day. Amounts are never
 * part of it — the letter computes them with the library's calculators.
 */
import * as z from 'zod/mini';
import { entier, texte } from '../entites/internes.js';
import { dateIsoSchema, sirenValide } from '../entites/communs.js';
import { creanceSchema } from '../entites/creance.js';
import { debiteurSchema } from '../entites/debiteur.js';
import type { Baremes } from '../baremes/types.js';
import type { BaseAnnuelle } from '../calculs/moteur/cumul.js';
import type { DateISO } from '../socle/date-iso.js';
import type { Euros } from '../socle/euros.js';

/**
 * The letter models {@link genererLettre} writes.
 *
 * @example
 * ```ts
 * MODELES_LETTRE.includes('mise-en-demeure'); //=> true
 * ```
 */
export const MODELES_LETTRE = [
  'relance-amiable',
  'relance-ferme',
  'mise-en-demeure',
  'mise-en-demeure-consommateur',
  'lettre-agence-recouvrement',
  'declaration-de-creance',
] as const;
/** One of {@link MODELES_LETTRE}. */
export type ModeleLettre = (typeof MODELES_LETTRE)[number];

/** A non-empty text once trimmed, of at most `max` characters. */
const rempli = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * A party's identity as printed on a letter (creditor, collection agency, mandataire judiciaire).
 *
 * @example
 * ```ts
 * partieSchema.parse({ denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } });
 * ```
 */
export const partieSchema = /*@__PURE__*/ (() =>
  z.object({
  denomination: rempli(500),
  adresse: z.optional(z
    .object({
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
 * - `agence`: required by `lettre-agence-recouvrement` (the agent writing, CPCE R124-4 1°).
 * - `mandataire`, `surete`, `juridictionSaisie`: used by `declaration-de-creance` (C. com. L622-25, R622-23).
 * - `signataire`: who signs (for `lettre-agence-recouvrement`, an agent of the agency).
 *
 * @example
 * ```ts
 * donneesLettreSchema.safeParse({ creancier: { denomination: 'A' }, debiteur: { id: 'D', type: 'professionnel', denomination: 'B' },
 *   creances: [], dateLettre: '2025-08-14' }).success; //=> false (at least one claim)
 * ```
 */
export const donneesLettreSchema = /*@__PURE__*/ (() =>
  z.object({
  creancier: z.extend(partieSchema, { personnePhysiqueNonProfessionnelle: z.optional(z.boolean()) }),
  debiteur: debiteurSchema,
  creances: z.array(creanceSchema).check(z.minLength(1), z.maxLength(500)),
  dateLettre: dateIsoSchema,
  lieu: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  reference: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  signataire: z.optional(z.object({ nom: rempli(200), qualite: z.optional(texte(200)) })),
  delaiJours: z.optional(entier(1, 120)),
  modesPaiement: z.optional(z.array(rempli(500)).check(z.maxLength(10))),
  envoi: z.optional(z.enum(['lrar', 'courrier', 'email'])),
  dateMiseEnDemeure: z.optional(dateIsoSchema),
  agence: z.optional(partieSchema),
  mandataire: z.optional(z.extend(partieSchema, { qualite: z.optional(z.enum(['mandataire-judiciaire', 'liquidateur'])) })),
  tribunal: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  surete: z.optional(z.object({ nature: rempli(300), date: z.optional(dateIsoSchema), publiee: z.boolean() })),
  juridictionSaisie: z.optional(z.string().check(z.trim(), z.maxLength(300))),
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
}

/** The amounts of one invoice in a letter, as computed by the calculators. */
export interface MontantsFactureLettre {
  readonly numeroFacture: string;
  readonly montantTTC: Euros;
  /** Sum of the payments dated on or before the computation date. */
  readonly dejaRegle: Euros;
  /** Outstanding principal. */
  readonly principal: Euros;
  /** `calculerPenalitesRetard(...).montant` ("0.00" when not applicable). */
  readonly penalites: Euros;
  /** `indemniteForfaitaire(...).montant`. */
  readonly indemnite: Euros;
  /** `calculerInteretsLegaux(...).montant` (consumer claims after an earlier mise en demeure). */
  readonly interets: Euros;
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
    /** principal + penalites + indemnite + interets. */
    readonly total: Euros;
  };
  /** The payment deadline stated in the letter (`null` for a declaration of claims). */
  readonly dateLimitePaiement: DateISO | null;
  /** Points to check before sending (unconfirmed table values, disputed claim, late declaration…). */
  readonly avertissements: readonly string[];
  /** Articles the letter relies on. */
  readonly references: readonly string[];
}
