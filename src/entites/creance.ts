/**
 * The claim (créance): one invoice or sum owed, with the payments already received.
 */
import * as z from 'zod/mini';
import { objet, texte, type ClesInconnues } from './internes.js';
import { dateIsoSchema, eurosSchema, tauxSchema } from './communs.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';

/**
 * A payment received (the day the funds were made available to the creditor, C. com. L441-9 I).
 *
 * @example
 * ```ts
 * import { paiementSchema } from 'recouvrement';
 * paiementSchema.parse({ date: '2025-03-01', montant: 100 }); //=> { date: '2025-03-01', montant: '100.00' }
 * ```
 */
export const paiementSchema = /*@__PURE__*/ (() => fabriquerPaiement('refuser'))();

function fabriquerPaiement(cles: ClesInconnues) {
  return objet({
    date: dateIsoSchema,
    montant: eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'un paiement est un montant strictement positif')),
    reference: z.optional(texte(200)),
    /**
     * The payment was reversed (see {@link annulationPaiementSchema}): from `annulation.date` on, a
     * `rejet-prelevement` or a `cheque-impaye` never discharged anything; a `remboursement` counted until that
     * day. The library's reading (docs/situation.md, UNCONFIRMED).
     */
    annulation: z.optional(fabriquerAnnulation(cles)),
  }, cles).check(z.refine((p) => p.annulation === undefined || p.annulation.date >= p.date, { message: "l'annulation précède le paiement", path: ['annulation', 'date'] }));
}

/**
 * The reversal of a payment (annulation): the day it was known to the creditor and why.
 *
 * - `rejet-prelevement` (a SEPA direct debit returned), `cheque-impaye` (a bounced cheque): the funds were
 *   never kept by the creditor, so the payment discharged nothing (C. civ. 1342: payment is the performance
 *   of what is due): from `date` on, every statement reads the claim as if it had never been made, from its
 *   own date (penalties ran all along on the sum it had seemed to pay).
 * - `remboursement` (the creditor gave the money back): the payment counted from its date until `date`;
 *   from `date` the sums it had paid are due again and the principal part bears penalties again.
 *
 * A statement dated before `date` still counts the payment (the reversal was not known). `date` is on or
 * after the payment's date. This is the library's reading: the legal reference does not settle it
 * (UNCONFIRMED); a statement with a reversal says so in its `avertissements`.
 *
 * @example
 * ```ts
 * import { paiementSchema } from 'recouvrement';
 * paiementSchema.parse({ date: '2025-03-01', montant: 100, annulation: { date: '2025-03-08', motif: 'rejet-prelevement' } });
 * //=> { date: '2025-03-01', montant: '100.00', annulation: { date: '2025-03-08', motif: 'rejet-prelevement' } }
 * ```
 */
export const annulationPaiementSchema = /*@__PURE__*/ (() => fabriquerAnnulation('refuser'))();

function fabriquerAnnulation(cles: ClesInconnues) {
  return objet({ date: dateIsoSchema, motif: z.enum(['rejet-prelevement', 'cheque-impaye', 'remboursement']) }, cles);
}
/** The reversal of a payment. */
export type AnnulationPaiement = z.infer<typeof annulationPaiementSchema>;

/**
 * One instalment (échéance) of an invoice payable in several terms: the day it falls due and its amount
 * (strictly positive). See `Creance.echeances`.
 *
 * @example
 * ```ts
 * import { echeanceFactureSchema } from 'recouvrement';
 * echeanceFactureSchema.parse({ date: '2025-03-31', montant: 400 }); //=> { date: '2025-03-31', montant: '400.00' }
 * ```
 */
export const echeanceFactureSchema = /*@__PURE__*/ (() => fabriquerEcheance('refuser'))();

function fabriquerEcheance(cles: ClesInconnues) {
  return objet({
    date: dateIsoSchema,
    montant: eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'une échéance est un montant strictement positif')),
  }, cles);
}
/** One instalment of an invoice. */
export type EcheanceFacture = z.infer<typeof echeanceFactureSchema>;
/** A payment received. */
export type Paiement = z.infer<typeof paiementSchema>;

/**
 * A credit note (avoir) on the invoice: part of the sum invoiced was never owed (a return, a price
 * correction, a commercial gesture). The library reads it as correcting the invoice **from the start**: the
 * principal is `montantTTC` minus the credit notes issued by the statement's date, and penalties and the 40 €
 * are computed on that corrected principal from the due date on (docs/situation.md: a reading, no text
 * settles it).
 *
 * @example
 * ```ts
 * import { avoirSchema } from 'recouvrement';
 * avoirSchema.parse({ date: '2025-01-21', montant: 600, reference: 'AV-2025-004' });
 * //=> { date: '2025-01-21', montant: '600.00', reference: 'AV-2025-004' }
 * ```
 */
export const avoirSchema = /*@__PURE__*/ (() => fabriquerAvoir('refuser'))();

function fabriquerAvoir(cles: ClesInconnues) {
  return objet({
    date: dateIsoSchema,
    montant: eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'un avoir est un montant strictement positif')),
    reference: z.optional(texte(200)),
  }, cles);
}
/** A credit note (avoir) on the invoice. */
export type Avoir = z.infer<typeof avoirSchema>;

/** The taux légal category of an indexed clause (C. mon. fin. L313-2). */
const CATEGORIE_TAUX_LEGAL = /*@__PURE__*/ z.enum(['autres-cas', 'creancier-particulier']);
/** The reading applied below the floor of L441-10 II. */
const SOUS_PLANCHER = /*@__PURE__*/ z.enum(['plancher', 'bce+10']);

/**
 * How penalties are set for this claim: the default L441-10 rate, a contractual rate, or the public-buyer
 * regime (see `calculerPenalitesRetard`).
 *
 * - `bce+10`: the default rate of C. com. L441-10 II.
 * - `contractuel`: a fixed annual rate `tauxAnnuel` (%).
 * - `multiple-taux-legal`: `multiple` × the taux de l'intérêt légal of each period (C. mon. fin. L313-2: a
 *   half-year rate since 2015), of the category `categorie` (`'autres-cas'`, the default, or
 *   `'creancier-particulier'`: a creditor natural person acting outside professional needs) — "trois fois le
 *   taux d'intérêt légal".
 * - `taux-legal+points`: the taux de l'intérêt légal of each period (same `categorie`) + `points`.
 * - `bce+points`: the ECB main refinancing rate + `points`, anchored as L441-10 II anchors its default rate
 *   (since 2013 the rate in force on 1 January / 1 July; 2009–2012 the most recent operation). `points: '10'`
 *   is the statutory rate itself and gives exactly what `bce+10` gives.
 * - `commande-publique`: public buyers' intérêts moratoires (C. commande publique L2192-13, R2192-31).
 *
 * Every contractual mode is checked, period by period, against the floor of L441-10 II (3 × taux de l'intérêt
 * légal "autres cas"); `sousPlancher` picks the reading applied below it: raised to the floor (`'plancher'`,
 * default) or the clause held ineffective and the default ECB + 10 applies (`'bce+10'`) — no case law either
 * way. A `bce+points` clause whose points are those of the law (10) is the default rate, not a "disposition
 * contraire", and is not checked (the default applies even below 3 × taux légal).
 *
 * @example
 * ```ts
 * import { tauxPenalitesSchema } from 'recouvrement';
 * tauxPenalitesSchema.parse({ mode: 'contractuel', tauxAnnuel: '15' });
 * tauxPenalitesSchema.parse({ mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'bce+10' });
 * tauxPenalitesSchema.parse({ mode: 'multiple-taux-legal', multiple: '3' }); //=> { mode: 'multiple-taux-legal', multiple: '3' }
 * tauxPenalitesSchema.parse({ mode: 'taux-legal+points', points: '5' }); //=> { mode: 'taux-legal+points', points: '5' }
 * tauxPenalitesSchema.parse({ mode: 'bce+points', points: '7' }); //=> { mode: 'bce+points', points: '7' }
 * ```
 */
export const tauxPenalitesSchema = /*@__PURE__*/ (() => fabriquerTauxPenalites('refuser'))();

function fabriquerTauxPenalites(cles: ClesInconnues) {
  return z.discriminatedUnion('mode', [
    objet({ mode: z.literal('bce+10') }, cles),
    // `sousPlancher`: a rate below 3 × taux légal is raised to it ('plancher', default) or the clause is held
    // ineffective and ECB + 10 applies ('bce+10'): the two readings of C. com. L441-10 II (calculerPenalitesRetard).
    objet({ mode: z.literal('contractuel'), tauxAnnuel: tauxSchema, sousPlancher: z.optional(SOUS_PLANCHER) }, cles),
    objet({ mode: z.literal('commande-publique') }, cles),
    // Indexed clauses (issue 17): checked against the same floor, with the same `sousPlancher` readings.
    objet({ mode: z.literal('multiple-taux-legal'), multiple: tauxSchema, categorie: z.optional(CATEGORIE_TAUX_LEGAL), sousPlancher: z.optional(SOUS_PLANCHER) }, cles),
    objet({ mode: z.literal('taux-legal+points'), points: tauxSchema, categorie: z.optional(CATEGORIE_TAUX_LEGAL), sousPlancher: z.optional(SOUS_PLANCHER) }, cles),
    objet({ mode: z.literal('bce+points'), points: tauxSchema, sousPlancher: z.optional(SOUS_PLANCHER) }, cles),
  ]);
}
/** How penalties are set for a claim. */
export type TauxPenalites = z.infer<typeof tauxPenalitesSchema>;

/**
 * A clause pénale (C. civ. 1231-5): a sum the contract fixes in advance for the debtor's failure to pay — a
 * percentage of the sum due and/or a minimum, owed from a start date. It is **not** a late-payment penalty of
 * C. com. L441-10 (those run per day on the `tauxPenalites`): a separate, contractual accessory, shown apart
 * by `situationCreance` (block `clausePenale`), which the judge may moderate (1231-5).
 *
 * - `pourcentage` (%) of the `base` and/or `minimum` (€); at least one. The sum is
 *   `max(pourcentage × base, minimum)`, 0 when nothing is due at `exigibleA`. A fixed sum: `minimum` alone.
 * - `base`: `'principal'` (default: the principal still due at `exigibleA`) or `'total'` (principal and
 *   accessories — penalties, interest, the 40 € — still due at `exigibleA`).
 * - `exigibleA`: the day from which the clause applies, as the contract sets it (e.g. the day a mise en
 *   demeure expired without payment). The library does not derive it: the conditions of 1231-5 (a prior
 *   mise en demeure in particular) are not covered by its legal reference (UNCONFIRMED).
 *
 * @example
 * ```ts
 * import { clausePenaleSchema } from 'recouvrement';
 * clausePenaleSchema.parse({ pourcentage: '10', minimum: 60, exigibleA: '2025-03-01' });
 * //=> { pourcentage: '10', minimum: '60.00', exigibleA: '2025-03-01' }
 * ```
 */
export const clausePenaleSchema = /*@__PURE__*/ (() => fabriquerClausePenale('refuser'))();

function fabriquerClausePenale(cles: ClesInconnues) {
  return objet({
    pourcentage: z.optional(tauxSchema),
    minimum: z.optional(eurosSchema.check(z.refine((m) => !m.startsWith('-'), 'le minimum ne peut pas être négatif'))),
    base: z.optional(z.enum(['principal', 'total'])),
    exigibleA: dateIsoSchema,
  }, cles).check(z.refine((c) => c.pourcentage !== undefined || c.minimum !== undefined, { message: 'pourcentage ou minimum attendu', path: ['pourcentage'] }));
}
/** A clause pénale (C. civ. 1231-5). */
export type ClausePenale = z.infer<typeof clausePenaleSchema>;

/**
 * The claim. Required: `id`, `numeroFacture`, `montantTTC`, `dateFacture`, `dateEcheance`, `paiements`,
 * `nature`, `cause`, `contestee`; the rest is optional.
 *
 * - `nature`: `commerciale` (between traders or for a commercial act, C. com. L110-4), `civile`,
 *   `consommation` (a professional's claim on a consumer, C. conso. L218-2).
 * - `cause`: `contractuelle` or `statutaire` (the only causes the injonction de payer and the procédure
 *   simplifiée accept, CPC 1405, CPCE L125-1), or `autre` (e.g. tort).
 * - `contestee`: the debtor disputes the claim (it is then not certaine, and not "non sérieusement
 *   contestable").
 *
 * @example
 * ```ts
 * import { creanceSchema } from 'recouvrement';
 * const c = creanceSchema.parse({
 *   id: 'F-2025-001', numeroFacture: '2025-001', montantTTC: '1200.00',
 *   dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [],
 *   nature: 'commerciale', cause: 'contractuelle', contestee: false,
 * });
 * ```
 */
export const creanceSchema = /*@__PURE__*/ (() => fabriquerCreance('refuser'))();

/**
 * The claim schema with a policy for unknown keys (`creanceSchema` refuses them; `parseCreance(v, { clesInconnues })`
 * picks another).
 */
export function fabriquerCreance(cles: ClesInconnues) {
  return objet({
    id: texte(200, 1),
    numeroFacture: texte(200, 1),
    montantTTC: eurosSchema.check(z.refine((m) => !m.startsWith('-'), 'le montant TTC ne peut pas être négatif')),
    montantHT: z.optional(eurosSchema),
    /**
     * The invoice's VAT breakdown (EN 16931 BG-23): one line per rate (`taux` in %, `base` and `tva` in
     * euros). `statutsEncaissement` splits each cash-in by rate from it (e-invoicing status 212).
     */
    ventilationTva: z.optional(z.array(objet({ taux: tauxSchema, base: eurosSchema, tva: eurosSchema }, cles)).check(z.minLength(1), z.maxLength(100))),
    dateFacture: dateIsoSchema,
    /**
     * The day the contract was concluded. Public contracts (debtor `personne-publique`): it picks the
     * late-payment regime — from 16 March 2013, C. commande publique L2192-13, R2192-31 and the 40 € of
     * D2192-35; before, no 40 € (loi n° 2013-100, décret n° 2013-269). Absent: the invoice date is taken
     * (a documented default, the contract is never later than its invoice).
     */
    dateContrat: z.optional(dateIsoSchema),
    /** Delivery of the goods or end of the service: the start of prescription (C. civ. 2224). */
    dateExecution: z.optional(dateIsoSchema),
    dateEcheance: dateIsoSchema,
    /**
     * An invoice payable in several terms (1 to 1200 instalments): amounts summing exactly to `montantTTC`,
     * dates strictly increasing, the first on or after `dateFacture`, the last equal to `dateEcheance` (the
     * invoice's final due date). Absent: one instalment `{ date: dateEcheance, montant: montantTTC }`.
     * Penalties run per instalment from its own due date; payments go to the instalments in due-date order
     * (C. civ. 1342-10); the 40 € is owed once per invoice (C. com. D441-5). See docs/situation.md.
     */
    echeances: z.optional(z.array(fabriquerEcheance(cles)).check(z.minLength(1), z.maxLength(1200))),
    paiements: z.array(fabriquerPaiement(cles)).check(z.maxLength(10_000)),
    /** Credit notes (avoirs): they correct the invoice from the start (see {@link avoirSchema}). */
    avoirs: z.optional(z.array(fabriquerAvoir(cles)).check(z.maxLength(10_000))),
    nature: z.enum(['commerciale', 'civile', 'consommation']),
    cause: z.enum(['contractuelle', 'statutaire', 'autre']),
    contestee: z.boolean(),
    tauxPenalites: z.optional(fabriquerTauxPenalites(cles)),
    /** A clause pénale (C. civ. 1231-5), a separate accessory: see {@link clausePenaleSchema}. */
    clausePenale: z.optional(fabriquerClausePenale(cles)),
    /** An enforceable title exists (judgment, enforceable order, notarial deed…), with its date. */
    titreExecutoire: z.optional(objet({ date: dateIsoSchema, nature: texte(200, 1) }, cles)),
    debiteurId: z.optional(texte(200, 1)),
    libelle: z.optional(texte(1000)),
  }, cles).check(
    z.refine((c) => c.dateEcheance >= c.dateFacture, { message: "l'échéance précède la date de facture", path: ['dateEcheance'] }),
    z.superRefine((c, ctx) => verifierEcheances(c, ctx)),
  );
}

/**
 * The rules of `echeances` (each failure with the path of the bad field): dates strictly increasing, the
 * first on or after `dateFacture`, the last equal to `dateEcheance`, the sum equal to `montantTTC`.
 */
function verifierEcheances(
  c: { readonly dateFacture: string; readonly dateEcheance: string; readonly montantTTC: string; readonly echeances?: readonly { readonly date: string; readonly montant: string }[] | undefined },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[]; input: unknown }) => void },
): void {
  const e = c.echeances;
  if (e === undefined || e.length === 0) return;
  const probleme = (path: PropertyKey[], message: string, input: unknown): void => ctx.addIssue({ code: 'custom', message, path, input });
  if (e[0]!.date < c.dateFacture) probleme(['echeances', 0, 'date'], 'la première échéance précède la date de facture', e[0]!.date);
  let somme = 0;
  for (let i = 0; i < e.length; i++) {
    if (i > 0 && e[i]!.date <= e[i - 1]!.date) probleme(['echeances', i, 'date'], 'les dates des échéances doivent être strictement croissantes', e[i]!.date);
    somme += lireEuros(e[i]!.montant);
  }
  if (e[e.length - 1]!.date !== c.dateEcheance) probleme(['echeances', e.length - 1, 'date'], "la dernière échéance doit être la date d'échéance de la facture (dateEcheance)", e[e.length - 1]!.date);
  if (somme !== lireEuros(c.montantTTC)) probleme(['echeances'], `la somme des échéances (${formaterEuros(somme)} €) doit être égale au montant TTC (${c.montantTTC} €)`, c.echeances);
}
/** A claim (créance). */
export type Creance = z.infer<typeof creanceSchema>;
/** What `creanceSchema` accepts (amounts may be numbers). */
export type CreanceEntree = z.input<typeof creanceSchema>;
