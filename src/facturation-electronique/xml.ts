/**
 * A small, strict XML reader for the subset e-invoicing messages use (internal): elements, attributes, text,
 * CDATA, comments, the XML declaration. No DTD (a `<!DOCTYPE` is refused: no entity expansion, no external
 * resource), only the five predefined entities and character references. One forward pass over the text, no
 * regular expression, no backtracking: time and memory are linear in the input, which is capped in size,
 * depth and node count. Namespaces are not resolved: elements are matched by their local name (the part
 * after the prefix), which is enough for the fixed structures read here.
 */
import { refuserClesInconnues } from '../socle/cles.js';
import { entreeInvalide } from '../socle/erreurs.js';

/** An element: its local name, its attributes (by local name), its child elements and its text. */
export interface ElementXml {
  readonly nom: string;
  readonly attributs: Readonly<Record<string, string>>;
  readonly enfants: readonly ElementXml[];
  /** The concatenated text directly inside the element (entities decoded, not trimmed). */
  readonly texte: string;
}

/** Limits of the XML reader (`lireXml`, internal). */
export interface LimitesXml {
  /** Maximum length of the text, in UTF-16 code units. Default 1 000 000. */
  readonly tailleMax?: number;
  /** Maximum element depth. Default 64. */
  readonly profondeurMax?: number;
  /** Maximum number of elements. Default 20 000. */
  readonly elementsMax?: number;
}

const ENTITES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const estEspace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const estDebutNom = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c > 0x7f;
const estNom = (c: number): boolean => estDebutNom(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x3a;
const local = (nom: string): string => nom.slice(nom.indexOf(':') + 1);

interface Ouvert {
  nom: string;
  local: string;
  attributs: Record<string, string>;
  enfants: ElementXml[];
  texte: string[];
}

/**
 * Parses an XML document into its root element (see the module comment for the subset).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` on a document that is not well-formed in this subset, or too
 *   large, too deep, with too many elements, or declaring a DTD
 */
export function lireXml(texte: string, limites: LimitesXml = {}): ElementXml {
  if (typeof texte !== 'string') return entreeInvalide([], 'document XML (texte) attendu', 'invalid_type');
  if (typeof limites !== 'object' || limites === null || Array.isArray(limites)) return entreeInvalide(['limites'], 'objet { tailleMax?, profondeurMax?, elementsMax? } attendu', 'invalid_type');
  refuserClesInconnues(limites, ['tailleMax', 'profondeurMax', 'elementsMax'], ['limites']);
  for (const cle of ['tailleMax', 'profondeurMax', 'elementsMax'] as const) {
    const v: unknown = limites[cle];
    if (v !== undefined && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)) entreeInvalide(['limites', cle], 'entier strictement positif attendu', 'invalid_type');
  }
  const tailleMax = limites.tailleMax ?? 1_000_000;
  const profondeurMax = limites.profondeurMax ?? 64;
  const elementsMax = limites.elementsMax ?? 20_000;
  if (texte.length > tailleMax) entreeInvalide([], `document XML trop volumineux (${texte.length} caractères, au plus ${tailleMax})`, 'too_big');
  const n = texte.length;
  let i = texte.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pile: Ouvert[] = [];
  let racine: ElementXml | null = null;
  let elements = 0;
  const erreur = (message: string): never => entreeInvalide([], `XML invalide (position ${i}) : ${message}`);

  const lireNom = (): string => {
    const debut = i;
    if (i >= n || !estDebutNom(texte.charCodeAt(i))) erreur('nom attendu');
    i++;
    while (i < n && estNom(texte.charCodeAt(i))) i++;
    return texte.slice(debut, i);
  };
  const espaces = (): void => {
    while (i < n && estEspace(texte.charCodeAt(i))) i++;
  };
  const decoder = (brut: string): string => {
    if (!brut.includes('&')) return brut;
    let out = '';
    let j = 0;
    for (;;) {
      const a = brut.indexOf('&', j);
      if (a < 0) return out + brut.slice(j);
      const b = brut.indexOf(';', a);
      if (b < 0 || b - a > 10) return erreur('entité mal formée');
      out += brut.slice(j, a);
      const nom = brut.slice(a + 1, b);
      if (nom.startsWith('#')) {
        const hexa = nom[1] === 'x';
        const chiffres = nom.slice(hexa ? 2 : 1);
        const ok = chiffres.length > 0 && [...chiffres].every((ch) => (hexa ? /[0-9a-fA-F]/ : /[0-9]/).test(ch));
        const code = ok ? Number.parseInt(chiffres, hexa ? 16 : 10) : NaN;
        if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return erreur(`référence de caractère invalide &${nom};`);
        out += String.fromCodePoint(code);
      } else {
        // Own entries only: `&constructor;` must not read Object.prototype.constructor (issue 15, item 5).
        const e = Object.hasOwn(ENTITES, nom) ? ENTITES[nom] : undefined;
        if (e === undefined) return erreur(`entité inconnue &${nom}; (seules les cinq entités prédéfinies sont admises)`);
        out += e;
      }
      j = b + 1;
    }
  };
  const ajouterTexte = (t: string): void => {
    const haut = pile[pile.length - 1];
    if (haut === undefined) {
      for (let k = 0; k < t.length; k++) if (!estEspace(t.charCodeAt(k))) erreur('texte hors de l’élément racine');
      return;
    }
    haut.texte.push(t);
  };

  while (i < n) {
    const lt = texte.indexOf('<', i);
    if (lt < 0) {
      ajouterTexte(decoder(texte.slice(i)));
      i = n;
      break;
    }
    if (lt > i) {
      const brut = texte.slice(i, lt);
      if (brut.includes('>') && brut.includes(']]>')) erreur('« ]]> » hors d’une section CDATA');
      ajouterTexte(decoder(brut));
    }
    i = lt;
    if (texte.startsWith('<?', i)) {
      const fin = texte.indexOf('?>', i + 2);
      if (fin < 0) erreur('instruction de traitement non fermée');
      i = fin + 2;
    } else if (texte.startsWith('<!--', i)) {
      const fin = texte.indexOf('-->', i + 4);
      if (fin < 0) erreur('commentaire non fermé');
      i = fin + 3;
    } else if (texte.startsWith('<![CDATA[', i)) {
      const fin = texte.indexOf(']]>', i + 9);
      if (fin < 0) erreur('section CDATA non fermée');
      if (pile.length === 0) erreur('CDATA hors de l’élément racine');
      ajouterTexte(texte.slice(i + 9, fin));
      i = fin + 3;
    } else if (texte.startsWith('<!', i)) {
      erreur('DTD et déclarations refusées (<!DOCTYPE …>)');
    } else if (texte.startsWith('</', i)) {
      i += 2;
      const nom = lireNom();
      espaces();
      if (texte.charCodeAt(i) !== 0x3e) erreur('« > » attendu');
      i++;
      const ouvert = pile.pop();
      if (ouvert === undefined || ouvert.nom !== nom) erreur(`balise fermante </${nom.slice(0, 50)}> inattendue`);
      const el: ElementXml = { nom: ouvert!.local, attributs: ouvert!.attributs, enfants: ouvert!.enfants, texte: ouvert!.texte.join('') };
      const parent = pile[pile.length - 1];
      if (parent === undefined) racine = el;
      else parent.enfants.push(el);
    } else {
      i++;
      if (racine !== null && pile.length === 0) erreur('un seul élément racine admis');
      const nom = lireNom();
      if (++elements > elementsMax) erreur(`plus de ${elementsMax} éléments`);
      const attributs: Record<string, string> = Object.create(null) as Record<string, string>;
      let vide = false;
      for (;;) {
        const avant = i;
        espaces();
        if (i >= n) erreur('balise non fermée');
        const c = texte.charCodeAt(i);
        if (c === 0x3e) {
          i++;
          break;
        }
        if (c === 0x2f) {
          if (texte.charCodeAt(i + 1) !== 0x3e) erreur('« /> » attendu');
          i += 2;
          vide = true;
          break;
        }
        if (i === avant) erreur('espace attendu avant un attribut');
        const attr = lireNom();
        espaces();
        if (texte.charCodeAt(i) !== 0x3d) erreur('« = » attendu');
        i++;
        espaces();
        const q = texte.charCodeAt(i);
        if (q !== 0x22 && q !== 0x27) erreur('valeur d’attribut entre guillemets attendue');
        const fin = texte.indexOf(q === 0x22 ? '"' : "'", i + 1);
        if (fin < 0) erreur('valeur d’attribut non fermée');
        const valeur = texte.slice(i + 1, fin);
        if (valeur.includes('<')) erreur('« < » dans une valeur d’attribut');
        const cle = local(attr);
        if (Object.prototype.hasOwnProperty.call(attributs, attr)) erreur(`attribut ${attr.slice(0, 50)} répété`);
        attributs[attr] = decoder(valeur);
        if (cle !== attr && !Object.prototype.hasOwnProperty.call(attributs, cle)) attributs[cle] = attributs[attr]!;
        i = fin + 1;
      }
      if (pile.length + 1 > profondeurMax) erreur(`profondeur supérieure à ${profondeurMax}`);
      const ouvert: Ouvert = { nom, local: local(nom), attributs: { ...attributs }, enfants: [], texte: [] };
      if (vide) {
        const el: ElementXml = { nom: ouvert.local, attributs: ouvert.attributs, enfants: [], texte: '' };
        const parent = pile[pile.length - 1];
        if (parent === undefined) racine = el;
        else parent.enfants.push(el);
      } else pile.push(ouvert);
    }
  }
  if (pile.length > 0) erreur(`élément <${pile[pile.length - 1]!.nom.slice(0, 50)}> non fermé`);
  if (racine === null) return erreur('aucun élément racine');
  return racine;
}

/** The first child element with this local name, or `undefined`. */
export function enfant(el: ElementXml | undefined, nom: string): ElementXml | undefined {
  return el?.enfants.find((e) => e.nom === nom);
}

/** Every child element with this local name. */
export function enfants(el: ElementXml | undefined, nom: string): readonly ElementXml[] {
  return el === undefined ? [] : el.enfants.filter((e) => e.nom === nom);
}

/** The trimmed text of the element at this path of local names, or `undefined` (absent or empty). */
export function texteA(el: ElementXml | undefined, ...chemin: readonly string[]): string | undefined {
  let e = el;
  for (const nom of chemin) e = enfant(e, nom);
  const t = e?.texte.trim();
  return t === undefined || t === '' ? undefined : t;
}
