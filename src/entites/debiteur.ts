/**
 * The debtor (débiteur).
 */
import * as z from 'zod/mini';
import { objet, texte, type ClesInconnues } from './internes.js';
import { dateIsoSchema, sirenValide, siretValide, tvaIntracommunautaireValide } from './communs.js';

/**
 * Collective proceedings opened against the debtor (C. com. livre VI): the opening judgment and its BODACC
 * publication, from which the claim-declaration delay runs (R622-24).
 *
 * @example
 * ```ts
 * import { procedureCollectiveSchema } from 'recouvrement';
 * procedureCollectiveSchema.parse({ type: 'redressement', dateJugement: '2025-03-03', dateBodacc: '2025-03-12' });
 * ```
 */
export const procedureCollectiveSchema = /*@__PURE__*/ (() => fabriquerProcedureCollective('refuser'))();

function fabriquerProcedureCollective(cles: ClesInconnues) {
  return objet({
    type: z.enum(['sauvegarde', 'redressement', 'liquidation']),
    dateJugement: dateIsoSchema,
    dateBodacc: z.optional(dateIsoSchema),
  }, cles);
}
/** Collective proceedings against the debtor. */
export type ProcedureCollective = z.infer<typeof procedureCollectiveSchema>;

/**
 * The debtor. `type` has four values, not a boolean: the 2-year consumer prescription protects natural
 * persons only (`consommateur`), a `non-professionnel` legal person (association, SCI) keeps 5 years
 * (C. conso. liminaire, L218-2).
 *
 * - `siren` / `siret` are checked with their Luhn key (La Poste's SIRET rule included); `tva` with its key;
 *   when several are given they must agree (the SIRET and the VAT number embed the SIREN).
 * - `pays`: ISO 3166 alpha-2, default `'FR'`.
 * - `commercant`: the debtor is a trader (commerçant, or a company commerciale by form): with a commercial
 *   claim the tribunal de commerce is competent (C. com. L721-3).
 * - `artisan`: the debtor is an artisan (registered in the registre national des entreprises as such). Since
 *   1 January 2022 the tribunal de commerce also hears disputes between artisans and between artisans and
 *   commerçants (C. com. L721-3 1°, loi n° 2021-1729).
 * - `villeRcs`: the city of the greffe where the debtor is registered (RCS), printed with its SIREN where a
 *   letter identifies it ("RCS Lyon 732 829 320", the déclaration de créance).
 * - `civilite` (`'madame'` | `'monsieur'`): a natural person's civility, for the letters' greeting;
 *   `appellation`: how to address the addressee in full ("Monsieur le Maire", "Madame la Présidente"), which
 *   takes precedence. Neither: "Madame, Monsieur".
 *
 * @example
 * ```ts
 * import { debiteurSchema } from 'recouvrement';
 * const d = debiteurSchema.parse({ id: 'D1', type: 'professionnel', denomination: 'ACME SAS', siren: '732829320' });
 * d.pays; //=> 'FR'
 * ```
 */
// The identifiers must designate the same company: the SIRET and the French VAT number embed the SIREN.
export const debiteurSchema = /*@__PURE__*/ (() => fabriquerDebiteur('refuser'))();

/** The debtor schema with a policy for unknown keys (`debiteurSchema` refuses them). */
export function fabriquerDebiteur(cles: ClesInconnues) {
  return objet({
  id: texte(200, 1),
  type: z.enum(['professionnel', 'consommateur', 'non-professionnel', 'personne-publique']),
  denomination: texte(500, 1),
  siren: z.optional(z.string().check(z.refine(sirenValide, 'SIREN invalide (9 chiffres, clé de Luhn)'))),
  siret: z.optional(z.string().check(z.refine(siretValide, 'SIRET invalide (14 chiffres, clé de Luhn)'))),
  tva: z.optional(z.string().check(z.refine(tvaIntracommunautaireValide, 'numéro de TVA intracommunautaire invalide'))),
  pays: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, 'code pays ISO 3166 alpha-2 attendu')), 'FR'),
  commercant: z.optional(z.boolean()),
  artisan: z.optional(z.boolean()),
  villeRcs: z.optional(texte(200, 1)),
  civilite: z.optional(z.enum(['madame', 'monsieur'])),
  appellation: z.optional(texte(200, 1)),
  procedureCollective: z.optional(fabriquerProcedureCollective(cles)),
  adresse: z.optional(objet({
    lignes: z.array(texte(500)).check(z.maxLength(6)),
    codePostal: z.optional(texte(20)),
    ville: z.optional(texte(200)),
  }, cles)),
  email: z.optional(texte(320)),
  telephone: z.optional(texte(40)),
}, cles).check(z.refine((d) => d.siren === undefined || d.siret === undefined || d.siret.startsWith(d.siren), {
    message: 'le SIRET ne commence pas par le SIREN du débiteur',
    path: ['siret'],
  })).check(z.refine((d) => d.siren === undefined || d.tva === undefined || d.tva.slice(4) === d.siren, {
    message: 'le numéro de TVA ne contient pas le SIREN du débiteur',
    path: ['tva'],
  }));
}
/** A debtor (débiteur). */
export type Debiteur = z.infer<typeof debiteurSchema>;
/** What `debiteurSchema` accepts. */
export type DebiteurEntree = z.input<typeof debiteurSchema>;
