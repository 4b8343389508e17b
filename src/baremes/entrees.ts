/**
 * Internal: one validator per kind of table entry, shared by etendreBaremes (additions) and chargerBaremes
 * (a tables file). Each entry is checked field by field (path to the bad field), copied with its known keys
 * only, and reduced to a canonical text of its value, so that "the same value" is decided exactly
 * ('2.4' and '2.40' are one rate).
 */
import { lireDate } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
import { normaliserEuros } from '../socle/euros.js';
import { formaterTaux, lireTaux } from '../socle/taux.js';
import { baremeInvalide } from './internes.js';
import { messageCleInconnue } from '../socle/cles.js';

/** The dated lists of a `Baremes` (`bce.changements` is named `bce.changements`). */
export const LISTES = ['tauxLegal', 'regleL441_10', 'commandePublique', 'indemniteForfaitaire', 'procedureSimplifiee', 'petitsLitigesEuropeens'] as const;
export type NomListe = (typeof LISTES)[number] | 'bce.changements';

type Champ = (e: Record<string, unknown>, chemin: readonly PropertyKey[], contexte: string) => string;

function avecChemin<T>(chemin: readonly PropertyKey[], contexte: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === CODES_ERREUR.ENTREE_INVALIDE) baremeInvalide(chemin, e.issues[0]?.message ?? e.message, contexte);
    throw e;
  }
}

const taux =
  (cle: string): Champ =>
  (e, chemin, contexte) =>
    avecChemin([...chemin, cle], contexte, () => formaterTaux(lireTaux(e[cle])));
const date =
  (cle: string): Champ =>
  (e, chemin, contexte) =>
    String(avecChemin([...chemin, cle], contexte, () => lireDate(e[cle])));
const montant: Champ = (e, chemin, contexte) => avecChemin([...chemin, 'montant'], contexte, () => normaliserEuros(e.montant as string));
const ancrage: Champ = (e, chemin, contexte) => {
  if (e.ancrage !== 'semestre' && e.ancrage !== 'operation-la-plus-recente') baremeInvalide([...chemin, 'ancrage'], "'semestre' ou 'operation-la-plus-recente' attendu", contexte);
  return e.ancrage;
};
const facteur: Champ = (e, chemin, contexte) => {
  const f = e.facteurPlancher;
  if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f > 100) baremeInvalide([...chemin, 'facteurPlancher'], 'entier de 0 à 100 attendu', contexte);
  return String(f);
};

/** The value fields of each list (besides du, source, confirme, note), each with its reader. */
const CHAMPS: Record<NomListe, Readonly<Record<string, Champ>>> = {
  'bce.changements': { taux: taux('taux') },
  tauxLegal: { au: date('au'), particulier: taux('particulier'), autresCas: taux('autresCas') },
  regleL441_10: { points: taux('points'), ancrage, facteurPlancher: facteur },
  commandePublique: { points: taux('points') },
  indemniteForfaitaire: { montant },
  procedureSimplifiee: { montant },
  petitsLitigesEuropeens: { montant },
};

/** An entry read: a fresh copy (known keys only), its first day, and the canonical texts of its value and of the whole entry. */
export interface EntreeLue {
  readonly entree: Record<string, unknown> & { readonly du: string };
  readonly jour: number;
  readonly valeur: string;
  readonly complete: string;
}

/**
 * Checks one entry of list `nom` at `chemin`: an object with `du`, its value fields, `source` (non-empty text),
 * `confirme` (boolean), optional `note` (text), and (when `strict`) no other key.
 *
 * @throws {RecouvrementError} `BAREME_INVALIDE` with the path of the bad field
 */
export function lireEntree(nom: NomListe, e: unknown, chemin: readonly PropertyKey[], contexte: string, strict = true): EntreeLue {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) baremeInvalide(chemin, 'objet attendu', contexte);
  const o = e as Record<string, unknown>;
  const champs = CHAMPS[nom];
  for (const cle of strict ? Object.keys(o) : []) {
    if (cle !== 'du' && cle !== 'source' && cle !== 'confirme' && cle !== 'note' && !Object.hasOwn(champs, cle)) {
      baremeInvalide([...chemin, cle], messageCleInconnue(cle, ['du', 'source', 'confirme', 'note', ...Object.keys(champs)]), contexte);
    }
  }
  const jour = avecChemin([...chemin, 'du'], contexte, () => lireDate(o.du));
  const valeurs = Object.entries(champs).map(([, lire]) => lire(o, chemin, contexte));
  if (nom === 'tauxLegal' && Number(valeurs[0]) < jour) baremeInvalide([...chemin, 'au'], 'fin avant le début', contexte);
  if (typeof o.source !== 'string' || o.source.trim() === '') baremeInvalide([...chemin, 'source'], 'source attendue (texte non vide)', contexte);
  if (typeof o.confirme !== 'boolean') baremeInvalide([...chemin, 'confirme'], 'booléen attendu (true si vu dans une source officielle)', contexte);
  if (o.note !== undefined && typeof o.note !== 'string') baremeInvalide([...chemin, 'note'], 'texte attendu', contexte);
  const entree: Record<string, unknown> & { du: string } = { du: o.du as string };
  for (const cle of Object.keys(champs)) entree[cle] = o[cle];
  entree.source = o.source;
  entree.confirme = o.confirme;
  if (o.note !== undefined) entree.note = o.note;
  const valeur = valeurs.join('|');
  return { entree, jour, valeur, complete: JSON.stringify([jour, valeur, o.source, o.confirme, o.note ?? null]) };
}

/** Reads a list: an array (holes refused) of valid entries. */
export function lireListe(nom: NomListe, valeur: unknown, chemin: readonly PropertyKey[], contexte: string, strict = true): EntreeLue[] {
  if (!Array.isArray(valeur)) baremeInvalide(chemin, 'tableau attendu', contexte);
  const r: EntreeLue[] = [];
  for (let i = 0; i < valeur.length; i++) r.push(lireEntree(nom, valeur[i], [...chemin, i], contexte, strict));
  return r;
}
