/**
 * Internal: a document (a letter, a relevé de compte) as structured blocks, rendered once to plain text and
 * once to a standalone HTML page. Shared by src/documents and src/situation; it knows nothing of the law.
 * Every user-supplied string passes through {@link echapperHtml} in the HTML rendering — the blocks hold
 * raw text only, never markup.
 */
import { echapperHtml } from './formatFr.js';

/** One block of a letter body. */
export type Bloc =
  | { readonly type: 'paragraphe'; readonly texte: string }
  | { readonly type: 'intertitre'; readonly texte: string }
  | { readonly type: 'liste'; readonly elements: readonly string[] }
  | { readonly type: 'citation'; readonly texte: string; readonly source: string }
  | {
      readonly type: 'tableau';
      readonly entetes: readonly string[];
      readonly lignes: readonly (readonly string[])[];
      /** Indexes of right-aligned (numeric) columns. */
      readonly droite: readonly number[];
      /** An optional emphasised total row. */
      readonly total?: readonly string[];
    };

/** A whole letter (or a statement of account), before rendering; empty parts are left out. */
export interface DocumentLettre {
  readonly titre: string;
  readonly expediteur: readonly string[];
  readonly destinataire: readonly string[];
  /** "Lyon, le 14 août 2025". */
  readonly lieuEtDate: string;
  /** Mentions above the subject: sending method, reference. */
  readonly mentions: readonly string[];
  readonly objet: string;
  readonly appel: string;
  readonly corps: readonly Bloc[];
  readonly politesse: string;
  readonly signature: readonly string[];
  /** Attachments (pièces jointes / bordereau). */
  readonly annexes: readonly string[];
}

const LARGEUR = 78;

/**
 * `texte` cut into lines of at most `largeur` characters: at spaces, and inside a word longer than a line
 * (a reference, an IBAN, a hostile name), so that no line of the text rendering exceeds {@link LARGEUR}.
 */
function couper(texte: string, largeur: number): string[] {
  const w = Math.max(largeur, 1);
  const lignes: string[] = [];
  for (const para of texte.split('\n')) {
    let ligne = '';
    for (const mot of para.split(' ')) {
      let reste = mot;
      if (reste.length > w) {
        // Hard cut: fill the current line, then full lines (index arithmetic: linear in the word's length).
        const place = ligne.length > 0 ? w - ligne.length - 1 : w;
        let debut = 0;
        if (place > 0) {
          ligne = ligne.length > 0 ? `${ligne} ${mot.slice(0, place)}` : mot.slice(0, place);
          debut = place;
        }
        lignes.push(ligne);
        while (mot.length - debut > w) {
          lignes.push(mot.slice(debut, debut + w));
          debut += w;
        }
        ligne = '';
        reste = mot.slice(debut);
        if (reste.length === 0) continue;
      }
      if (ligne.length > 0 && ligne.length + 1 + reste.length > w) {
        lignes.push(ligne);
        ligne = reste;
      } else ligne = ligne.length ? `${ligne} ${reste}` : reste;
    }
    lignes.push(ligne);
  }
  return lignes;
}

/** `texte` wrapped at {@link LARGEUR} columns, the first line prefixed with `retrait`, the others with `suite`. */
function envelopper(texte: string, retrait = '', suite = retrait): string {
  return couper(texte, LARGEUR - Math.max(retrait.length, suite.length))
    .map((l, i) => (i === 0 ? retrait : suite) + l)
    .join('\n');
}

/** Lines pushed right (addressee, date, signature), wrapped within the remaining columns. */
const adroite = (lignes: readonly string[]): string => lignes.map((l) => envelopper(l, ' '.repeat(40))).join('\n');

/**
 * A table in at most {@link LARGEUR} columns: each column as wide as its longest cell; when the table is
 * too wide, the widest text columns are narrowed (their cells and headers then wrap on several lines, never
 * inside a word); if even that does not fit, one record per row ("column : value" lines).
 */
function tableauTexte(b: Extract<Bloc, { type: 'tableau' }>): string {
  const toutes = [b.entetes, ...b.lignes, ...(b.total ? [b.total] : [])];
  const n = b.entetes.length;
  const largeurs = b.entetes.map((_, i) => Math.max(...toutes.map((l) => (l[i] ?? '').length)));
  // The narrowest a column can get without cutting a word (numeric columns are not narrowed).
  const minimums = b.entetes.map((_, i) =>
    b.droite.includes(i) ? largeurs[i]! : Math.max(1, ...toutes.map((l) => Math.max(0, ...(l[i] ?? '').split(' ').map((m) => m.length)))),
  );
  const total = (): number => 2 + largeurs.reduce((t, w) => t + w, 0) + 2 * Math.max(0, n - 1);
  while (total() > LARGEUR) {
    let i = -1;
    for (let k = 0; k < n; k++) if (largeurs[k]! > minimums[k]! && (i < 0 || largeurs[k]! > largeurs[i]!)) i = k;
    if (i < 0) break;
    largeurs[i] = Math.max(minimums[i]!, largeurs[i]! - (total() - LARGEUR));
  }
  if (total() > LARGEUR) {
    // Too wide even narrowed (long names, many columns): one record per row, "column : value" lines.
    const fiche = (l: readonly string[]): string =>
      [
        envelopper(l[0] ?? '', '  - ', '    '),
        ...l.slice(1).flatMap((c, i) => (c === '' ? [] : [envelopper(`${b.entetes[i + 1] ?? ''} : ${c}`, '    ', '      ')])),
      ].join('\n');
    return [...b.lignes.map(fiche), ...(b.total ? [fiche(b.total)] : [])].join('\n');
  }
  const ligne = (l: readonly string[]): string[] => {
    const cellules = largeurs.map((w, i) => (b.droite.includes(i) ? [l[i] ?? ''] : couper(l[i] ?? '', w)));
    const hauteur = Math.max(1, ...cellules.map((c) => c.length));
    const sortie: string[] = [];
    for (let h = 0; h < hauteur; h++) {
      sortie.push(
        '  ' +
          cellules
            .map((c, i) => (b.droite.includes(i) ? (c[h] ?? '').padStart(largeurs[i]!) : (c[h] ?? '').padEnd(largeurs[i]!)))
            .join('  ')
            .trimEnd(),
      );
    }
    return sortie;
  };
  const sep = '  ' + largeurs.map((w) => '-'.repeat(w)).join('  ');
  return [...ligne(b.entetes), sep, ...b.lignes.flatMap(ligne), ...(b.total ? [sep, ...ligne(b.total)] : [])].join('\n');
}

/** Plain-text rendering (78 columns, for e-mail bodies and archives). */
export function rendreTexte(d: DocumentLettre): string {
  const parties: string[] = [];
  if (d.expediteur.length) parties.push(d.expediteur.map((l) => envelopper(l)).join('\n'));
  parties.push(adroite(d.destinataire));
  if (d.lieuEtDate) parties.push(adroite([d.lieuEtDate]));
  const entete = [...d.mentions, ...(d.objet ? [`Objet : ${d.objet}`] : [])];
  if (entete.length) parties.push(entete.map((l) => envelopper(l)).join('\n'));
  if (d.appel) parties.push(envelopper(d.appel));
  for (const b of d.corps) {
    if (b.type === 'paragraphe') parties.push(envelopper(b.texte));
    else if (b.type === 'intertitre') parties.push(envelopper(b.texte.toUpperCase()));
    else if (b.type === 'liste') parties.push(b.elements.map((e) => envelopper(`- ${e}`, '', '  ')).join('\n'));
    else if (b.type === 'citation') parties.push(`${envelopper(`« ${b.texte} »`, '    ')}\n${envelopper(`(${b.source})`, '    ')}`);
    else parties.push(tableauTexte(b));
  }
  if (d.politesse) parties.push(envelopper(d.politesse));
  if (d.signature.length) parties.push(adroite(d.signature));
  if (d.annexes.length) parties.push(['Pièces jointes :', ...d.annexes.map((a) => envelopper(`- ${a}`, '', '  '))].join('\n'));
  return parties.join('\n\n') + '\n';
}

const e = echapperHtml;

const STYLE = [
  'body{font-family:Georgia,"Times New Roman",serif;font-size:11pt;line-height:1.45;max-width:17cm;margin:2cm auto;color:#111}',
  '.expediteur,.destinataire{white-space:normal}',
  '.destinataire,.date,.signature{margin-left:9cm}',
  '.objet{font-weight:bold}',
  'table{border-collapse:collapse;margin:0.6em 0}',
  'th,td{border:1px solid #999;padding:0.2em 0.5em;text-align:left}',
  'td.n,th.n{text-align:right;white-space:nowrap}',
  'tr.total td{font-weight:bold}',
  'blockquote{margin:0.6em 1.5em;font-style:italic}',
  'h2{font-size:11pt;text-transform:uppercase;margin:1.2em 0 0.4em}',
  '@media print{body{margin:0}}',
].join('\n');

function lignesHtml(classe: string, lignes: readonly string[]): string {
  return `<p class="${classe}">${lignes.map(e).join('<br>\n')}</p>`;
}

/** Standalone HTML page (UTF-8, `lang="fr"`, print-ready). */
export function rendreHtml(d: DocumentLettre): string {
  const corps: string[] = [];
  for (const b of d.corps) {
    if (b.type === 'paragraphe') corps.push(`<p>${e(b.texte).replace(/\n/g, '<br>\n')}</p>`);
    else if (b.type === 'intertitre') corps.push(`<h2>${e(b.texte)}</h2>`);
    else if (b.type === 'liste') corps.push(`<ul>\n${b.elements.map((x) => `<li>${e(x)}</li>`).join('\n')}\n</ul>`);
    else if (b.type === 'citation') corps.push(`<blockquote><p>« ${e(b.texte)} »</p><footer>${e(b.source)}</footer></blockquote>`);
    else {
      const cellule = (balise: 'th' | 'td', c: string, i: number): string => `<${balise}${b.droite.includes(i) ? ' class="n"' : ''}>${e(c)}</${balise}>`;
      corps.push(
        [
          '<table>',
          `<thead><tr>${b.entetes.map((c, i) => cellule('th', c, i)).join('')}</tr></thead>`,
          '<tbody>',
          ...b.lignes.map((l) => `<tr>${l.map((c, i) => cellule('td', c, i)).join('')}</tr>`),
          ...(b.total ? [`<tr class="total">${b.total.map((c, i) => cellule('td', c, i)).join('')}</tr>`] : []),
          '</tbody>',
          '</table>',
        ].join('\n'),
      );
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(d.titre)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...(d.expediteur.length ? [lignesHtml('expediteur', d.expediteur)] : []),
    lignesHtml('destinataire', d.destinataire),
    ...(d.lieuEtDate ? [`<p class="date">${e(d.lieuEtDate)}</p>`] : []),
    ...(d.mentions.length ? [lignesHtml('mentions', d.mentions)] : []),
    ...(d.objet ? [`<p class="objet">Objet : ${e(d.objet)}</p>`] : []),
    ...(d.appel ? [`<p>${e(d.appel)}</p>`] : []),
    ...corps,
    ...(d.politesse ? [`<p>${e(d.politesse)}</p>`] : []),
    ...(d.signature.length ? [lignesHtml('signature', d.signature)] : []),
    ...(d.annexes.length ? [`<p>Pièces jointes :</p>\n<ul>\n${d.annexes.map((a) => `<li>${e(a)}</li>`).join('\n')}\n</ul>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
