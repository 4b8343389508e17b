/**
 * Internal: a letter as structured blocks, rendered once to plain text and once to a standalone HTML page.
 * Every user-supplied string passes through {@link echapperHtml} in the HTML rendering — the blocks hold
 * raw text only, never markup.
 */
import { echapperHtml } from './format.js';

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

/** A whole letter, before rendering. */
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

function envelopper(texte: string, retrait = ''): string {
  const lignes: string[] = [];
  for (const para of texte.split('\n')) {
    let ligne = '';
    for (const mot of para.split(' ')) {
      if (ligne.length > 0 && retrait.length + ligne.length + 1 + mot.length > LARGEUR) {
        lignes.push(retrait + ligne);
        ligne = mot;
      } else ligne = ligne.length ? `${ligne} ${mot}` : mot;
    }
    lignes.push(retrait + ligne);
  }
  return lignes.join('\n');
}

function tableauTexte(b: Extract<Bloc, { type: 'tableau' }>): string {
  const toutes = [b.entetes, ...b.lignes, ...(b.total ? [b.total] : [])];
  const largeurs = b.entetes.map((_, i) => Math.max(...toutes.map((l) => (l[i] ?? '').length)));
  const ligne = (l: readonly string[]): string =>
    '  ' +
    l
      .map((c, i) => (b.droite.includes(i) ? c.padStart(largeurs[i]!) : c.padEnd(largeurs[i]!)))
      .join('  ')
      .trimEnd();
  const sep = '  ' + largeurs.map((w) => '-'.repeat(w)).join('  ');
  return [ligne(b.entetes), sep, ...b.lignes.map(ligne), ...(b.total ? [sep, ligne(b.total)] : [])].join('\n');
}

/** Plain-text rendering (78 columns, for e-mail bodies and archives). */
export function rendreTexte(d: DocumentLettre): string {
  const parties: string[] = [];
  parties.push(d.expediteur.join('\n'));
  parties.push(d.destinataire.map((l) => ' '.repeat(40) + l).join('\n'));
  parties.push(' '.repeat(40) + d.lieuEtDate);
  const entete = [...d.mentions, `Objet : ${d.objet}`];
  parties.push(entete.map((l) => envelopper(l)).join('\n'));
  parties.push(d.appel);
  for (const b of d.corps) {
    if (b.type === 'paragraphe') parties.push(envelopper(b.texte));
    else if (b.type === 'intertitre') parties.push(b.texte.toUpperCase());
    else if (b.type === 'liste') parties.push(b.elements.map((e) => envelopper(`- ${e}`, '').replace(/\n/g, '\n  ')).join('\n'));
    else if (b.type === 'citation') parties.push(`${envelopper(`« ${b.texte} »`, '    ')}\n    (${b.source})`);
    else parties.push(tableauTexte(b));
  }
  parties.push(envelopper(d.politesse));
  parties.push(d.signature.map((l) => ' '.repeat(40) + l).join('\n'));
  if (d.annexes.length) parties.push(['Pièces jointes :', ...d.annexes.map((a) => `- ${a}`)].join('\n'));
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
    lignesHtml('expediteur', d.expediteur),
    lignesHtml('destinataire', d.destinataire),
    `<p class="date">${e(d.lieuEtDate)}</p>`,
    ...(d.mentions.length ? [lignesHtml('mentions', d.mentions)] : []),
    `<p class="objet">Objet : ${e(d.objet)}</p>`,
    `<p>${e(d.appel)}</p>`,
    ...corps,
    `<p>${e(d.politesse)}</p>`,
    lignesHtml('signature', d.signature),
    ...(d.annexes.length ? [`<p>Pièces jointes :</p>\n<ul>\n${d.annexes.map((a) => `<li>${e(a)}</li>`).join('\n')}\n</ul>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
