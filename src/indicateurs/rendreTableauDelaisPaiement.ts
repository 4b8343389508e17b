/**
 * Renders the D441-6 payment-terms table (see {@link tableauDelaisPaiement}) as Markdown or HTML, with French
 * number formatting ("12 345,67", "1,20 %"), ready to paste into the management report.
 *
 * UNCONFIRMED: the layout follows the issue's description of the model table (bands as columns, rows for
 * the number of invoices, their amount and the percentage), not a text in the project's legal reference; the
 * warnings of the table are printed under it. The basis of the amounts and of the percentages (HT or TTC) is
 * printed as the caller stated it; an unstated basis of the percentages prints "base non précisée". The
 * derogatory variant ({@link tableauDelaisPaiementExercice}: invoices paid late during the year) renders
 * with its own rows.
 */
import { MESSAGES } from '../socle/messages.js';
import { entreeInvalide } from '../socle/erreurs.js';
import type { Euros } from '../socle/euros.js';
import { lireDate } from '../socle/date-iso.js';
import { CARACTERES_INTERDITS_LIGNE, refuserClesInconnues } from '../socle/cles.js';
import type { SectionDelaisPaiement, SectionDelaisPaiementExercice, TableauDelaisPaiement, TableauDelaisPaiementExercice } from './tableauDelaisPaiement.js';

/** Options of {@link rendreTableauDelaisPaiement}. */
export interface OptionsRenduDelaisPaiement {
  readonly format: 'markdown' | 'html';
  /** Print the `avertissements` under the table. Default `true`. */
  readonly avertissements?: boolean;
}

/** "12345.67" → "12 345,67" (no-break space every three digits). */
function montantFr(e: Euros): string {
  const negatif = e.startsWith('-');
  const [entier = '0', dec = '00'] = (negatif ? e.slice(1) : e).split('.');
  let groupes = '';
  for (let k = entier.length; k > 0; k -= 3) groupes = entier.slice(Math.max(0, k - 3), k) + (groupes ? '\u00a0' + groupes : '');
  return `${negatif ? '-' : ''}${groupes},${dec}`;
}

/** 1.2 → "1,20 %"; null → "n.d.". Percentages have at most two decimals. */
function pourcentFr(p: number | null): string {
  if (p === null) return 'n.d.';
  const centiemes = Math.round(p * 100);
  const e = Math.trunc(centiemes / 100);
  const c = Math.abs(centiemes - e * 100);
  return `${centiemes < 0 && e === 0 ? '-' : ''}${e},${c < 10 ? '0' : ''}${c}\u00a0%`;
}

function echapper(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for inline Markdown: every character that opens a construct (emphasis, code, link, image, raw HTML,
 * entity, table cell, strikethrough) is backslash-escaped, so that `[x](javascript:…)` or `<img onerror=…>`
 * in a caller's text prints as itself (CommonMark §2.4; GFM tables for `|`).
 */
function echapperMarkdown(t: string): string {
  return t.replace(/[\\`*_[\]<>|~&!#]/g, (c) => `\\${c}`);
}

// --- Validation of the table (issue 15, item 5): a table built by hand, or read back from storage, is
// checked before it is printed; anything else than what tableauDelaisPaiement(Exercice) returns is
// ENTREE_INVALIDE with its path, never a TypeError or "NaN,NaN %".

type Chemin = readonly PropertyKey[];

function champ(o: unknown, cle: string, chemin: Chemin): unknown {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return entreeInvalide(chemin, MESSAGES.objetAttendu, 'invalid_type');
  return Object.hasOwn(o, cle) ? (o as Record<string, unknown>)[cle] : undefined;
}

function texteSur(v: unknown, chemin: Chemin): string {
  if (typeof v !== 'string' || v.length > 2000 || CARACTERES_INTERDITS_LIGNE.test(v)) {
    return entreeInvalide(chemin, 'une ligne de texte (au plus 2 000 caractères, sans caractère de contrôle) attendue', 'invalid_type');
  }
  return v;
}

function nombreSur(v: unknown, chemin: Chemin): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return entreeInvalide(chemin, MESSAGES.entierPositifAttendu, 'invalid_type');
  return v;
}

const MONTANT = /^-?\d{1,16}\.\d{2}$/;
function montantSur(v: unknown, chemin: Chemin): Euros {
  if (typeof v !== 'string' || v.length > 20 || !MONTANT.test(v)) return entreeInvalide(chemin, 'montant "1234.56" attendu', 'invalid_format');
  return v;
}

function pourcentSur(v: unknown, chemin: Chemin): void {
  if (v !== null && (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e12)) entreeInvalide(chemin, 'pourcentage (nombre fini) ou null attendu', 'invalid_type');
}

function listeTextes(v: unknown, chemin: Chemin): void {
  if (!Array.isArray(v) || v.length > 100) return entreeInvalide(chemin, 'tableau d’au plus 100 textes attendu', 'invalid_type');
  v.forEach((t, i) => texteSur(t, [...chemin, i]));
}

function sectionSure(s: unknown, chemin: Chemin, exercice: boolean): void {
  const tranches = champ(s, 'tranches', chemin);
  if (!Array.isArray(tranches) || tranches.length !== ENTETES.length - 1) entreeInvalide([...chemin, 'tranches'], `${ENTETES.length - 1} tranches attendues`, 'invalid_type');
  const cellule = (c: unknown, p: Chemin): void => {
    nombreSur(champ(c, 'nombre', p), [...p, 'nombre']);
    montantSur(champ(c, 'montant', p), [...p, 'montant']);
    if (exercice) {
      pourcentSur(champ(c, 'pourcentageNombre', p), [...p, 'pourcentageNombre']);
      pourcentSur(champ(c, 'pourcentageMontant', p), [...p, 'pourcentageMontant']);
    } else pourcentSur(champ(c, 'pourcentage', p), [...p, 'pourcentage']);
  };
  (tranches as unknown[]).forEach((t, i) => cellule(t, [...chemin, 'tranches', i]));
  cellule(champ(s, 'total', chemin), [...chemin, 'total']);
  const resume = exercice ? 'factures' : 'exclues';
  const r = champ(s, resume, chemin);
  nombreSur(champ(r, 'nombre', [...chemin, resume]), [...chemin, resume, 'nombre']);
  montantSur(champ(r, 'montant', [...chemin, resume]), [...chemin, resume, 'montant']);
  texteSur(champ(s, 'delaisReference', chemin), [...chemin, 'delaisReference']);
}

const BASES: readonly unknown[] = ['HT', 'TTC'];

/** Checks a table given to {@link rendreTableauDelaisPaiement}; returns whether it is the derogatory variant. */
function tableauSur(t: unknown): boolean {
  const racine = ['tableau'];
  const variante = champ(t, 'variante', racine);
  if (variante !== undefined && variante !== 'exercice') entreeInvalide(['tableau', 'variante'], "'exercice' ou absent attendu");
  const exercice = variante === 'exercice';
  lireDate(champ(t, 'dateCloture', racine), ['tableau', 'dateCloture']);
  if (exercice) lireDate(champ(t, 'dateDebutExercice', racine), ['tableau', 'dateDebutExercice']);
  if (!BASES.includes(champ(t, 'baseMontants', racine))) entreeInvalide(['tableau', 'baseMontants'], "'HT' ou 'TTC' attendu");
  if (!exercice) {
    const b = champ(t, 'baseChiffreAffaires', racine);
    if (b !== null && !BASES.includes(b)) entreeInvalide(['tableau', 'baseChiffreAffaires'], "'HT', 'TTC' ou null attendu");
  }
  sectionSure(champ(t, 'recues', racine), ['tableau', 'recues'], exercice);
  sectionSure(champ(t, 'emises', racine), ['tableau', 'emises'], exercice);
  listeTextes(champ(t, 'avertissements', racine), ['tableau', 'avertissements']);
  listeTextes(champ(t, 'references', racine), ['tableau', 'references']);
  return exercice;
}

const ENTETES = ['1 à 30 jours', '31 à 60 jours', '61 à 90 jours', '91 jours et plus', 'Total (1 jour et plus)'];

interface Bloc {
  readonly titre: string;
  readonly lignes: ReadonlyArray<readonly string[]>;
  readonly notes: readonly string[];
}

function bloc(titre: string, s: SectionDelaisPaiement, libelleBase: string, t: TableauDelaisPaiement): Bloc {
  const cellules = [...s.tranches, s.total];
  const montants = t.baseMontants;
  const base = t.baseChiffreAffaires;
  return {
    titre,
    lignes: [
      ['Nombre de factures concernées', ...cellules.map((c) => String(c.nombre))],
      [`Montant total des factures concernées (${montants}, €)`, ...cellules.map((c) => montantFr(c.montant))],
      [`Pourcentage ${libelleBase} (${base ?? 'base non précisée'})`, ...cellules.map((c) => pourcentFr(c.pourcentage))],
    ],
    notes: [
      `Factures exclues (litigieuses) : ${s.exclues.nombre} pour ${montantFr(s.exclues.montant)} €`,
      `Délais de paiement de référence utilisés : ${s.delaisReference}`,
    ],
  };
}

function blocExercice(titre: string, s: SectionDelaisPaiementExercice, t: TableauDelaisPaiementExercice, emises: boolean): Bloc {
  const cellules = [...s.tranches, s.total];
  const de = emises ? 'émises' : 'reçues';
  return {
    titre,
    lignes: [
      ['Nombre cumulé de factures concernées', ...cellules.map((c) => String(c.nombre))],
      [`Pourcentage du nombre total des factures ${de} dans l'année`, ...cellules.map((c) => pourcentFr(c.pourcentageNombre))],
      [`Montant cumulé des factures concernées (${t.baseMontants}, €)`, ...cellules.map((c) => montantFr(c.montant))],
      [`Pourcentage du montant total des factures ${de} dans l'année (${t.baseMontants})`, ...cellules.map((c) => pourcentFr(c.pourcentageMontant))],
    ],
    notes: [
      `Factures ${de} dans l'exercice : ${s.factures.nombre} pour ${montantFr(s.factures.montant)} € (${t.baseMontants})`,
      `Délais de paiement de référence utilisés : ${s.delaisReference}`,
    ],
  };
}

/**
 * Renders a D441-6 table: the table of invoices unpaid at closing, or its derogatory variant (invoices paid
 * late during the year).
 *
 * @param tableau - the result of {@link tableauDelaisPaiement} or {@link tableauDelaisPaiementExercice}
 * @param options - `format` (`'markdown'` or `'html'`), `avertissements`
 * @returns the table as a string (HTML: a fragment with two `<table>` elements, text escaped)
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for an unknown format or option, or a table that is not what
 *   `tableauDelaisPaiement(Exercice)` returns (with the path of the bad field); every text printed is escaped
 *   (HTML entities, or a backslash before each Markdown character)
 * @example
 * ```ts
 * import { tableauDelaisPaiement, rendreTableauDelaisPaiement } from 'recouvrement';
 * const t = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1234.50', dateEcheance: '2025-12-01' }],
 *   { dateCloture: '2025-12-31', chiffreAffaires: '100000.00' });
 * rendreTableauDelaisPaiement(t, { format: 'markdown' });
 * //=> '**Factures reçues non réglées …**\n…\n| Montant total des factures concernées (TTC, €) | 1\u00a0234,50 | 0,00 | 0,00 | 0,00 | 1\u00a0234,50 |\n…'
 * //   (the thousands separator is a no-break space, U+00A0)
 * ```
 */
export function rendreTableauDelaisPaiement(tableau: TableauDelaisPaiement | TableauDelaisPaiementExercice, options: OptionsRenduDelaisPaiement): string {
  const format = champ(options, 'format', ['options']);
  if (format !== 'markdown' && format !== 'html') return entreeInvalide(['options', 'format'], "'markdown' ou 'html' attendu");
  refuserClesInconnues(options, ['format', 'avertissements'], ['options']);
  const av = options.avertissements;
  if (av !== undefined && typeof av !== 'boolean') entreeInvalide(['options', 'avertissements'], MESSAGES.booleenAttendu, 'invalid_type');
  const avec = av !== false;
  const exercice = tableauSur(tableau);
  const blocs =
    exercice && 'variante' in tableau
      ? [
          blocExercice(`Factures reçues ayant connu un retard de paiement au cours de l'exercice (${tableau.dateDebutExercice} au ${tableau.dateCloture})`, tableau.recues, tableau, false),
          blocExercice(`Factures émises ayant connu un retard de paiement au cours de l'exercice (${tableau.dateDebutExercice} au ${tableau.dateCloture})`, tableau.emises, tableau, true),
        ]
      : [
          bloc(`Factures reçues non réglées à la date de clôture de l'exercice (${tableau.dateCloture}) dont le terme est échu`, (tableau as TableauDelaisPaiement).recues, 'du montant total des achats de l\'exercice', tableau as TableauDelaisPaiement),
          bloc(`Factures émises non réglées à la date de clôture de l'exercice (${tableau.dateCloture}) dont le terme est échu`, (tableau as TableauDelaisPaiement).emises, "du chiffre d'affaires de l'exercice", tableau as TableauDelaisPaiement),
        ];
  if (format === 'markdown') {
    // Every text is escaped (issue 15, item 3): the caller's delaisReference, dates, warnings.
    const m = echapperMarkdown;
    const md = (cs: readonly string[]): string => `| ${cs.map(m).join(' | ')} |`;
    const parties = blocs.map((b) =>
      [`**${m(b.titre)}**`, '', md(['', ...ENTETES]), `| ${['---', ...ENTETES.map(() => '---:')].join(' | ')} |`, ...b.lignes.map(md), '', ...b.notes.map((n) => `- ${m(n)}`)].join('\n'),
    );
    const pied = avec ? ['', ...tableau.avertissements.map((a) => `> ${m(a)}`), '', `Références : ${m(tableau.references.join(', '))}`] : [];
    return [parties.join('\n\n'), ...pied].join('\n') + '\n';
  }
  const html = blocs.map((b) =>
    [
      `<table class="d441-6">`,
      `<caption>${echapper(b.titre)}</caption>`,
      `<thead><tr><th></th>${ENTETES.map((e) => `<th scope="col">${echapper(e)}</th>`).join('')}</tr></thead>`,
      `<tbody>${b.lignes.map(([libelle = '', ...cs]) => `<tr><th scope="row">${echapper(libelle)}</th>${cs.map((c) => `<td>${echapper(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
      `</table>`,
      `<ul>${b.notes.map((n) => `<li>${echapper(n)}</li>`).join('')}</ul>`,
    ].join('\n'),
  );
  const pied = avec
    ? [`<div class="avertissements">${tableau.avertissements.map((a) => `<p>${echapper(a)}</p>`).join('')}<p>Références : ${echapper(tableau.references.join(', '))}</p></div>`]
    : [];
  return [...html, ...pied].join('\n') + '\n';
}
