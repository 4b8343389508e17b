/**
 * The payment-terms table of the management report (C. com. art. D441-6 and its model table): invoices
 * issued and invoices received that are unpaid at the closing date and whose term has expired, by band of
 * days past due — 1 to 30, 31 to 60, 61 to 90, 91 and more — with their number, their total amount incl.
 * VAT and that amount as a percentage of the year's turnover (issued) or purchases (received), plus the
 * reference payment terms used.
 *
 * UNCONFIRMED: the project's legal reference (legal-reference.md) does not cover D441-6. The bands, the
 * columns and the percentage follow the issue that specified this function. The model table asks the company
 * to state whether amounts are excl. or incl. VAT ("préciser HT ou TTC"): the library does not decide it,
 * the caller states it (`baseMontants`, `baseChiffreAffaires`) and the table prints what it was given. The
 * treatment of disputed invoices (listed apart here) is not confirmed. The derogatory variant — invoices
 * paid late during the year, instead of those unpaid at closing — is {@link tableauDelaisPaiementExercice}.
 */
import { CARACTERES_INTERDITS_LIGNE } from '../socle/cles.js';
import { MESSAGES } from '../socle/messages.js';
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
  /** What the ledger's amounts are: `'TTC'` (default: unpaid balances are VAT included) or `'HT'`. Printed as given. */
  readonly baseMontants?: 'HT' | 'TTC';
  /** What `chiffreAffaires` and `achats` are: `'HT'` or `'TTC'`. Printed as given; absent: "base non précisée", with an avertissement. */
  readonly baseChiffreAffaires?: 'HT' | 'TTC';
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

/** HT or TTC, as the caller stated it (`null`: not stated). */
export type BaseTaxe = 'HT' | 'TTC';

/** Result of {@link tableauDelaisPaiement}. */
export interface TableauDelaisPaiement {
  readonly dateCloture: DateISO;
  /** What the amounts are (as given; default `'TTC'`). */
  readonly baseMontants: BaseTaxe;
  /** What the turnover and purchases are (as given), `null` when not stated. */
  readonly baseChiffreAffaires: BaseTaxe | null;
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
 * import { BANDES_D441_6 } from 'recouvrement';
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
 * import { tableauDelaisPaiement, AVERTISSEMENTS_D441_6 } from 'recouvrement';
 * const t = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1234.50', dateEcheance: '2025-12-01' }], { dateCloture: '2025-12-31' });
 * AVERTISSEMENTS_D441_6.every((a) => t.avertissements.includes(a)); //=> true
 * ```
 */
export const AVERTISSEMENTS_D441_6: readonly string[] = /* @__PURE__ */ Object.freeze([
  "NON CONFIRMÉ : l'article D441-6 du Code de commerce et son tableau modèle ne figurent pas dans la référence juridique du projet ; tranches (1-30, 31-60, 61-90, 91 jours et plus) et colonnes reprises de la spécification, à vérifier avec le commissaire aux comptes.",
  "NON CONFIRMÉ : le traitement des factures litigieuses (présentées à part, hors tranches) n'est pas confirmé.",
]);

/** When the caller did not state whether turnover and purchases are HT or TTC. */
const AVERTISSEMENT_BASE_NON_PRECISEE =
  "Base des pourcentages non précisée (chiffre d'affaires et achats hors taxes ou toutes taxes comprises) : le tableau modèle demande de la préciser ; passez baseChiffreAffaires.";

function lireBase(v: unknown, cle: string, defaut: BaseTaxe | null): BaseTaxe | null {
  if (v === undefined) return defaut;
  if (v !== 'HT' && v !== 'TTC') return entreeInvalide([cle], "'HT' ou 'TTC' attendu");
  return v;
}

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
 * import { tableauDelaisPaiement } from 'recouvrement';
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
  const p = objet(params, ['params'], ['dateCloture', 'chiffreAffaires', 'achats', 'delaisReference', 'baseMontants', 'baseChiffreAffaires']);
  const cloture = lireDate(p.dateCloture, ['dateCloture']);
  const ca = p.chiffreAffaires === undefined ? null : centimes(p.chiffreAffaires, ['chiffreAffaires']);
  const baseMontants = lireBase(p.baseMontants, 'baseMontants', 'TTC')!;
  const baseChiffreAffaires = lireBase(p.baseChiffreAffaires, 'baseChiffreAffaires', null);
  const achats = p.achats === undefined ? null : centimes(p.achats, ['achats']);
  let delaisEmises = DELAIS_LEGAUX;
  let delaisRecues = DELAIS_LEGAUX;
  if (p.delaisReference !== undefined) {
    const d = objet(p.delaisReference, ['delaisReference'], ['emises', 'recues']);
    for (const cle of ['emises', 'recues'] as const) {
      const v = d[cle];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v.length === 0 || v.length > 500) entreeInvalide(['delaisReference', cle], 'texte de 1 à 500 caractères attendu', 'invalid_type');
      if (CARACTERES_INTERDITS_LIGNE.test(v)) entreeInvalide(['delaisReference', cle], MESSAGES.uneLigne);
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
    if (litige !== undefined && typeof litige !== 'boolean') entreeInvalide([i, 'litigieuse'], MESSAGES.booleenAttendu, 'invalid_type');
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
    baseMontants,
    baseChiffreAffaires,
    recues: section(sommes.recue, nombres.recue, exclues.recue, nbExclues.recue, achats, delaisRecues),
    emises: section(sommes.emise, nombres.emise, exclues.emise, nbExclues.emise, ca, delaisEmises),
    avertissements: [...AVERTISSEMENTS_D441_6, ...(baseChiffreAffaires === null && (ca !== null || achats !== null) ? [AVERTISSEMENT_BASE_NON_PRECISEE] : [])],
    references: ['C. com. art. D441-6', 'C. com. art. L441-10 I'],
  };
}

/** One invoice of the year, for the variant over invoices paid late ({@link tableauDelaisPaiementExercice}). */
export interface LigneDelaisPaiementExercice {
  readonly sens: 'emise' | 'recue';
  /** The invoice's amount (on the basis stated by `baseMontants`). */
  readonly montant: EntreeEuros;
  /** Issue (or receipt) date: the invoice counts in the year's totals when it falls within the year. */
  readonly dateFacture: DateISO;
  readonly dateEcheance: DateISO;
  /** The day it was paid, if it was. */
  readonly datePaiement?: DateISO;
}

/** Parameters of {@link tableauDelaisPaiementExercice}. */
export interface ParamsTableauDelaisPaiementExercice {
  /** First day of the financial year. */
  readonly dateDebutExercice: DateISO;
  /** Closing date of the financial year. */
  readonly dateCloture: DateISO;
  /** What the amounts are: `'TTC'` (default) or `'HT'`. Printed as given. */
  readonly baseMontants?: 'HT' | 'TTC';
  readonly delaisReference?: { readonly emises?: string; readonly recues?: string };
}

/** One band of the variant: invoices paid late during the year. */
export interface BandeDelaisPaiementExercice {
  readonly de: number;
  readonly a: number | null;
  readonly nombre: number;
  readonly montant: Euros;
  /** `nombre` as a percentage of the invoices of the year (issued or received); `null` when there are none. */
  readonly pourcentageNombre: number | null;
  /** `montant` as a percentage of the amount of the invoices of the year; `null` when it is 0. */
  readonly pourcentageMontant: number | null;
}

/** One half of the variant (issued or received invoices). */
export interface SectionDelaisPaiementExercice {
  readonly tranches: ReadonlyArray<BandeDelaisPaiementExercice>;
  readonly total: Omit<BandeDelaisPaiementExercice, 'de' | 'a'>;
  /** Invoices dated within the year: the base of the percentages. */
  readonly factures: { readonly nombre: number; readonly montant: Euros };
  readonly delaisReference: string;
}

/** Result of {@link tableauDelaisPaiementExercice}. */
export interface TableauDelaisPaiementExercice {
  readonly variante: 'exercice';
  readonly dateDebutExercice: DateISO;
  readonly dateCloture: DateISO;
  readonly baseMontants: BaseTaxe;
  readonly recues: SectionDelaisPaiementExercice;
  readonly emises: SectionDelaisPaiementExercice;
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

const AVERTISSEMENTS_VARIANTE: readonly string[] = Object.freeze([
  "NON CONFIRMÉ : la variante dérogatoire de l'article D441-6 (factures ayant connu un retard de paiement au cours de l'exercice, rapportées au nombre et au montant des factures de l'exercice) ne figure pas dans la référence juridique du projet ; à vérifier avec le commissaire aux comptes.",
  "Lecture de la bibliothèque : une facture compte dans la variante si elle a été payée au cours de l'exercice après son échéance ; les factures encore impayées à la clôture relèvent du tableau principal (tableauDelaisPaiement).",
]);

/**
 * The derogatory variant of the D441-6 table: invoices **paid late during the financial year**, by band of
 * days late at payment (1–30, 31–60, 61–90, 91+), with their number and amount as a percentage of the number
 * and amount of the invoices of the year (issued or received). A company presents it instead of the table of
 * invoices unpaid at closing ({@link tableauDelaisPaiement}). Render it with {@link rendreTableauDelaisPaiement}.
 *
 * @param factures - any iterable of `{ sens, montant, dateFacture, dateEcheance, datePaiement? }`
 * @param params - `dateDebutExercice`, `dateCloture`, `baseMontants`, `delaisReference`
 * @returns both sections, the bands, the year's totals, warnings and articles
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, with the row index first in the path
 * @example
 * ```ts
 * import { tableauDelaisPaiementExercice } from 'recouvrement';
 * const t = tableauDelaisPaiementExercice(
 *   [
 *     { sens: 'emise', montant: '1000.00', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', datePaiement: '2025-04-15' }, // 15 days late
 *     { sens: 'emise', montant: '3000.00', dateFacture: '2025-05-01', dateEcheance: '2025-05-31', datePaiement: '2025-05-30' }, // on time
 *   ],
 *   { dateDebutExercice: '2025-01-01', dateCloture: '2025-12-31' },
 * );
 * t.emises.tranches[0]; //=> { de: 1, a: 30, nombre: 1, montant: '1000.00', pourcentageNombre: 50, pourcentageMontant: 25 }
 * t.emises.factures; //=> { nombre: 2, montant: '4000.00' }
 * ```
 */
export function tableauDelaisPaiementExercice(factures: Iterable<LigneDelaisPaiementExercice>, params: ParamsTableauDelaisPaiementExercice): TableauDelaisPaiementExercice {
  const p = objet(params, ['params'], ['dateDebutExercice', 'dateCloture', 'baseMontants', 'delaisReference']);
  const debut = lireDate(p.dateDebutExercice, ['dateDebutExercice']);
  const cloture = lireDate(p.dateCloture, ['dateCloture']);
  if (debut > cloture) entreeInvalide(['dateDebutExercice'], "le début de l'exercice suit sa clôture");
  const baseMontants = lireBase(p.baseMontants, 'baseMontants', 'TTC')!;
  const delais = { emise: DELAIS_LEGAUX, recue: DELAIS_LEGAUX };
  if (p.delaisReference !== undefined) {
    const d = objet(p.delaisReference, ['delaisReference'], ['emises', 'recues']);
    for (const [cle, sens] of [['emises', 'emise'], ['recues', 'recue']] as const) {
      const v = d[cle];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v.length === 0 || v.length > 500) entreeInvalide(['delaisReference', cle], 'texte de 1 à 500 caractères attendu', 'invalid_type');
      if (CARACTERES_INTERDITS_LIGNE.test(v)) entreeInvalide(['delaisReference', cle], MESSAGES.uneLigne);
      delais[sens] = v;
    }
  }
  const etat = () => ({ sommes: BANDES_D441_6.map(() => new Somme()), nombres: [0, 0, 0, 0], annee: new Somme(), nbAnnee: 0 });
  const e = { emise: etat(), recue: etat() };
  let i = 0;
  for (const f of iterable(factures)) {
    const r = ligne(f, i);
    const sens = r.sens;
    if (sens !== 'emise' && sens !== 'recue') entreeInvalide([i, 'sens'], "'emise' ou 'recue' attendu");
    const c = centimesLigne(r.montant, i, 'montant');
    const jf = jourLigne(r.dateFacture, i, 'dateFacture');
    const je = jourLigne(r.dateEcheance, i, 'dateEcheance');
    const jp = r.datePaiement === undefined ? null : jourLigne(r.datePaiement, i, 'datePaiement');
    i++;
    const s = e[sens];
    if (jf >= debut && jf <= cloture) {
      s.annee.ajouter(c);
      s.nbAnnee++;
    }
    if (jp === null || jp < debut || jp > cloture) continue;
    const retard = jp - je;
    if (retard < 1) continue;
    const k = retard <= 30 ? 0 : retard <= 60 ? 1 : retard <= 90 ? 2 : 3;
    s.sommes[k]!.ajouter(c);
    s.nombres[k] = s.nombres[k]! + 1;
  }
  const section = (s: ReturnType<typeof etat>, delaisReference: string): SectionDelaisPaiementExercice => {
    const annee = s.annee.valeur();
    const pm = (m: bigint): number | null => (annee === 0n ? null : arrondiCentieme(m * 100n, annee));
    const pn = (n: number): number | null => (s.nbAnnee === 0 ? null : arrondiCentieme(BigInt(n) * 100n, BigInt(s.nbAnnee)));
    const tranches = BANDES_D441_6.map((b, k) => {
      const m = s.sommes[k]!.valeur();
      return { de: b.de, a: b.a, nombre: s.nombres[k]!, montant: formaterEuros(m), pourcentageNombre: pn(s.nombres[k]!), pourcentageMontant: pm(m) };
    });
    const tm = s.sommes.reduce((x, y) => x + y.valeur(), 0n);
    const tn = s.nombres.reduce((x, y) => x + y, 0);
    return {
      tranches,
      total: { nombre: tn, montant: formaterEuros(tm), pourcentageNombre: pn(tn), pourcentageMontant: pm(tm) },
      factures: { nombre: s.nbAnnee, montant: formaterEuros(annee) },
      delaisReference,
    };
  };
  return {
    variante: 'exercice',
    dateDebutExercice: formaterDate(debut),
    dateCloture: formaterDate(cloture),
    baseMontants,
    recues: section(e.recue, delais.recue),
    emises: section(e.emise, delais.emise),
    avertissements: [...AVERTISSEMENTS_D441_6.slice(0, 1), ...AVERTISSEMENTS_VARIANTE],
    references: ['C. com. art. D441-6', 'C. com. art. L441-10 I'],
  };
}
