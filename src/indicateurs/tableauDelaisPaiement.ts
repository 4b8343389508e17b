/**
 * The payment-terms table of the management report (C. com. art. D441-6 and its model table): invoices
 * issued and invoices received that are unpaid at the closing date and whose term has expired, by band of
 * days past due — 1 to 30, 31 to 60, 61 to 90, 91 and more — with their number, their total amount incl.
 * VAT and that amount as a percentage of the year's turnover (issued) or purchases (received), plus the
 * reference payment terms used.
 *
 * UNCONFIRMED: the project's legal reference (legal-reference.md) does not cover D441-6. The bands, the
 * columns and the percentage follow the issue that specified this function; the basis of the percentage
 * (turnover and purchases excluding or including VAT), the treatment of disputed invoices (listed apart
 * here) and the optional variant over invoices paid late during the year are not confirmed and are not
 * decided by the library: the result says so in `avertissements`.
 */
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import { arrondiCentieme, centimes, centimesLigne, iterable, jourLigne, ligne, objet, Somme } from './internes/lecture.js';

/** One invoice of the ledger at the closing date. */
export interface LigneDelaisPaiement {
  /** `'emise'`: a customer invoice (issued); `'recue'`: a supplier invoice (received). */
  readonly sens: 'emise' | 'recue';
  /** Amount still unpaid incl. VAT at the closing date (0: paid, not counted). */
  readonly montantDu: EntreeEuros;
  readonly dateEcheance: DateISO;
  /** Disputed (litigieuse): counted apart, outside the bands (UNCONFIRMED treatment, see the module doc). */
  readonly litigieuse?: boolean;
}

/** Parameters of {@link tableauDelaisPaiement}. */
export interface ParamsTableauDelaisPaiement {
  /** Closing date of the financial year (date de clôture de l'exercice). */
  readonly dateCloture: DateISO;
  /** The year's turnover, base of the percentages of issued invoices (omitted: percentages `null`). */
  readonly chiffreAffaires?: EntreeEuros;
  /** The year's purchases, base of the percentages of received invoices (omitted: percentages `null`). */
  readonly achats?: EntreeEuros;
  /** The reference payment terms used, as they should be printed (default: the legal terms, L441-10 I). */
  readonly delaisReference?: { readonly emises?: string; readonly recues?: string };
}

/** One band of the D441-6 table. */
export interface BandeDelaisPaiement {
  /** First day past due of the band (1, 31, 61, 91). */
  readonly de: number;
  /** Last day past due of the band (30, 60, 90), `null` for "91 and more". */
  readonly a: number | null;
  readonly nombre: number;
  /** Total amount incl. VAT of the invoices of the band, exact. */
  readonly montant: Euros;
  /** `montant` as a percentage of the base, rounded half-up to two decimals (12.35 means 12.35 %); `null` without a base. */
  readonly pourcentage: number | null;
}

/** One half of the table (issued or received invoices). */
export interface SectionDelaisPaiement {
  readonly tranches: ReadonlyArray<BandeDelaisPaiement>;
  /** All bands together (1 day and more); its percentage is computed on the exact total. */
  readonly total: { readonly nombre: number; readonly montant: Euros; readonly pourcentage: number | null };
  /** Unpaid, past due and disputed: excluded from the bands. */
  readonly exclues: { readonly nombre: number; readonly montant: Euros };
  /** The base of the percentages (turnover or purchases), or `null`. */
  readonly base: Euros | null;
  readonly delaisReference: string;
}

/** Result of {@link tableauDelaisPaiement}. */
export interface TableauDelaisPaiement {
  readonly dateCloture: DateISO;
  /** Invoices received (suppliers), unpaid and past due at closing. */
  readonly recues: SectionDelaisPaiement;
  /** Invoices issued (customers), unpaid and past due at closing. */
  readonly emises: SectionDelaisPaiement;
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

/**
 * The bands of the model table, in days past due: 1–30, 31–60, 61–90, 91+.
 *
 * @example
 * ```ts
 * BANDES_D441_6.at(-1); //=> { de: 91, a: null }
 * ```
 */
export const BANDES_D441_6: ReadonlyArray<{ readonly de: number; readonly a: number | null }> = /* @__PURE__ */ Object.freeze([
  Object.freeze({ de: 1, a: 30 }),
  Object.freeze({ de: 31, a: 60 }),
  Object.freeze({ de: 61, a: 90 }),
  Object.freeze({ de: 91, a: null }),
]);

const DELAIS_LEGAUX = 'Délais légaux : C. com. art. L441-10 I';

/**
 * The warnings every D441-6 table carries while the article is not in the project's legal reference.
 *
 * @example
 * ```ts
 * tableauDelaisPaiement(factures, params).avertissements; // includes every AVERTISSEMENTS_D441_6 entry
 * ```
 */
export const AVERTISSEMENTS_D441_6: readonly string[] = /* @__PURE__ */ Object.freeze([
  "NON CONFIRMÉ : l'article D441-6 du Code de commerce et son tableau modèle ne figurent pas dans la référence juridique du projet ; tranches (1-30, 31-60, 61-90, 91 jours et plus) et colonnes reprises de la spécification, à vérifier avec le commissaire aux comptes.",
  "NON CONFIRMÉ : la base des pourcentages (chiffre d'affaires et achats de l'exercice, hors taxes ou toutes taxes comprises) n'est pas confirmée ; elle est celle fournie par l'appelant.",
  "NON CONFIRMÉ : le traitement des factures litigieuses (présentées à part, hors tranches) et la variante portant sur les factures payées en retard au cours de l'exercice ne sont pas confirmés ; la variante n'est pas produite.",
]);

function section(sommes: Somme[], nombres: number[], exclu: Somme, nbExclues: number, base: number | null, delais: string): SectionDelaisPaiement {
  const pourcent = (c: bigint): number | null => (base === null || base === 0 ? null : arrondiCentieme(c * 100n, BigInt(base)));
  let nombreTotal = 0;
  const tranches = BANDES_D441_6.map((bande, k) => {
    const c = sommes[k]!.valeur();
    nombreTotal += nombres[k]!;
    return { de: bande.de, a: bande.a, nombre: nombres[k]!, montant: formaterEuros(c), pourcentage: pourcent(c) };
  });
  const t = sommes.reduce((s, x) => s + x.valeur(), 0n);
  return {
    tranches,
    total: { nombre: nombreTotal, montant: formaterEuros(t), pourcentage: pourcent(t) },
    exclues: { nombre: nbExclues, montant: formaterEuros(exclu.valeur()) },
    base: base === null ? null : formaterEuros(base),
    delaisReference: delais,
  };
}

/**
 * Builds the D441-6 table from a ledger in one streaming pass. An invoice counts when its unpaid amount is
 * above zero and its term has expired at the closing date: `retard = dateCloture − dateEcheance ≥ 1` day.
 * Amounts are exact sums of cents; percentages are rounded half-up to two decimals on the exact ratio.
 * Render it with {@link rendreTableauDelaisPaiement}.
 *
 * @param factures - any iterable of `{ sens, montantDu, dateEcheance, litigieuse? }`
 * @param params - `dateCloture`, `chiffreAffaires`, `achats`, `delaisReference`
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, with the row index first in the path
 * @example
 * ```ts
 * const t = tableauDelaisPaiement(
 *   [
 *     { sens: 'emise', montantDu: '1200.00', dateEcheance: '2025-12-01' }, // 30 days past due
 *     { sens: 'emise', montantDu: '600.00', dateEcheance: '2025-09-30' },  // 92 days
 *     { sens: 'recue', montantDu: '300.00', dateEcheance: '2025-12-31' },  // not past due
 *   ],
 *   { dateCloture: '2025-12-31', chiffreAffaires: '100000.00', achats: '50000.00' },
 * );
 * t.emises.tranches[0]; //=> { de: 1, a: 30, nombre: 1, montant: '1200.00', pourcentage: 1.2 }
 * t.emises.total; //=> { nombre: 2, montant: '1800.00', pourcentage: 1.8 }
 * t.recues.total.nombre; //=> 0
 * ```
 */
export function tableauDelaisPaiement(factures: Iterable<LigneDelaisPaiement>, params: ParamsTableauDelaisPaiement): TableauDelaisPaiement {
  const p = objet(params, ['params']);
  const cloture = lireDate(p.dateCloture, ['dateCloture']);
  const ca = p.chiffreAffaires === undefined ? null : centimes(p.chiffreAffaires, ['chiffreAffaires']);
  const achats = p.achats === undefined ? null : centimes(p.achats, ['achats']);
  let delaisEmises = DELAIS_LEGAUX;
  let delaisRecues = DELAIS_LEGAUX;
  if (p.delaisReference !== undefined) {
    const d = objet(p.delaisReference, ['delaisReference']);
    for (const cle of ['emises', 'recues'] as const) {
      const v = d[cle];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v.length === 0 || v.length > 500) entreeInvalide(['delaisReference', cle], 'texte de 1 à 500 caractères attendu', 'invalid_type');
      if (cle === 'emises') delaisEmises = v;
      else delaisRecues = v;
    }
  }
  const lignes = iterable(factures);

  const nouvelles = (): Somme[] => BANDES_D441_6.map(() => new Somme());
  const sommes = { emise: nouvelles(), recue: nouvelles() };
  const nombres = { emise: [0, 0, 0, 0], recue: [0, 0, 0, 0] };
  const exclues = { emise: new Somme(), recue: new Somme() };
  const nbExclues = { emise: 0, recue: 0 };
  let i = 0;
  for (const f of lignes) {
    const r = ligne(f, i);
    const sens = r.sens;
    if (sens !== 'emise' && sens !== 'recue') entreeInvalide([i, 'sens'], "'emise' ou 'recue' attendu");
    const c = centimesLigne(r.montantDu, i, 'montantDu');
    const j = jourLigne(r.dateEcheance, i, 'dateEcheance');
    const litige = r.litigieuse;
    if (litige !== undefined && typeof litige !== 'boolean') entreeInvalide([i, 'litigieuse'], 'booléen attendu', 'invalid_type');
    i++;
    const retard = cloture - j;
    if (c === 0 || retard < 1) continue;
    if (litige === true) {
      exclues[sens].ajouter(c);
      nbExclues[sens]++;
      continue;
    }
    const k = retard <= 30 ? 0 : retard <= 60 ? 1 : retard <= 90 ? 2 : 3;
    sommes[sens][k]!.ajouter(c);
    nombres[sens][k] = nombres[sens][k]! + 1;
  }
  return {
    dateCloture: formaterDate(cloture),
    recues: section(sommes.recue, nombres.recue, exclues.recue, nbExclues.recue, achats, delaisRecues),
    emises: section(sommes.emise, nombres.emise, exclues.emise, nbExclues.emise, ca, delaisEmises),
    avertissements: [...AVERTISSEMENTS_D441_6],
    references: ['C. com. art. D441-6', 'C. com. art. L441-10 I'],
  };
}
