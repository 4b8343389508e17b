/**
 * Renders the D441-6 payment-terms table (see {@link tableauDelaisPaiement}) as Markdown or HTML, with French
 * number formatting ("12 345,67", "1,20 %"), ready to paste into the management report.
 *
 * UNCONFIRMED: the layout follows the issue's description of the model table (bands as columns, rows for
 * the number of invoices, their amount incl. VAT and the percentage), not a text in the project's legal
 * reference; the warnings of the table are printed under it.
 */
import { entreeInvalide } from '../socle/erreurs.js';
import type { Euros } from '../socle/euros.js';
import type { SectionDelaisPaiement, TableauDelaisPaiement } from './tableauDelaisPaiement.js';

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

const ENTETES = ['1 à 30 jours', '31 à 60 jours', '61 à 90 jours', '91 jours et plus', 'Total (1 jour et plus)'];

interface Bloc {
  readonly titre: string;
  readonly lignes: ReadonlyArray<readonly string[]>;
  readonly notes: readonly string[];
}

function bloc(titre: string, s: SectionDelaisPaiement, libelleBase: string): Bloc {
  const cellules = [...s.tranches, s.total];
  return {
    titre,
    lignes: [
      ['Nombre de factures concernées', ...cellules.map((c) => String(c.nombre))],
      ['Montant total des factures concernées (TTC, €)', ...cellules.map((c) => montantFr(c.montant))],
      [`Pourcentage ${libelleBase}`, ...cellules.map((c) => pourcentFr(c.pourcentage))],
    ],
    notes: [
      `Factures exclues (litigieuses) : ${s.exclues.nombre} pour ${montantFr(s.exclues.montant)} €`,
      `Délais de paiement de référence utilisés : ${s.delaisReference}`,
    ],
  };
}

/**
 * Renders a D441-6 table.
 *
 * @param tableau - the result of {@link tableauDelaisPaiement}
 * @param options - `format` (`'markdown'` or `'html'`), `avertissements`
 * @returns the table as a string (HTML: a fragment with two `<table>` elements, text escaped)
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for an unknown format
 * @example
 * ```ts
 * const t = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1234.50', dateEcheance: '2025-12-01' }],
 *   { dateCloture: '2025-12-31', chiffreAffaires: '100000.00' });
 * rendreTableauDelaisPaiement(t, { format: 'markdown' });
 * //=> '**Factures reçues non réglées …**\n…\n| Montant total des factures concernées (TTC, €) | 1 234,50 | 0,00 | 0,00 | 0,00 | 1 234,50 |\n…'
 * //   (the thousands separator is a no-break space, U+00A0)
 * ```
 */
export function rendreTableauDelaisPaiement(tableau: TableauDelaisPaiement, options: OptionsRenduDelaisPaiement): string {
  const format = (options as { format?: unknown } | undefined)?.format;
  if (format !== 'markdown' && format !== 'html') return entreeInvalide(['options', 'format'], "'markdown' ou 'html' attendu");
  const avec = options.avertissements !== false;
  const blocs = [
    bloc(`Factures reçues non réglées à la date de clôture de l'exercice (${tableau.dateCloture}) dont le terme est échu`, tableau.recues, 'du montant total des achats de l\'exercice'),
    bloc(`Factures émises non réglées à la date de clôture de l'exercice (${tableau.dateCloture}) dont le terme est échu`, tableau.emises, "du chiffre d'affaires de l'exercice"),
  ];
  if (format === 'markdown') {
    const md = (cs: readonly string[]): string => `| ${cs.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    const parties = blocs.map((b) =>
      [`**${b.titre}**`, '', md(['', ...ENTETES]), md(['---', ...ENTETES.map(() => '---:')]), ...b.lignes.map(md), '', ...b.notes.map((n) => `- ${n}`)].join('\n'),
    );
    const pied = avec ? ['', ...tableau.avertissements.map((a) => `> ${a}`), '', `Références : ${tableau.references.join(', ')}`] : [];
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
