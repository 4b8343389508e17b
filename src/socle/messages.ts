/**
 * Internal: the French messages of invalid input, in one place (issue 15, item 7). The hand-written checks
 * of the library take their texts from here (the zod issues get theirs from the error map of
 * `entites/messages.ts`, which builds the unknown-key message with {@link cleInconnue}). A message names
 * what was expected, never a project file; the issue's `path` says where.
 */

/** Fixed messages. */
export const MESSAGES = Object.freeze({
  objetAttendu: 'objet attendu',
  optionsAttendues: 'objet d’options attendu',
  booleenAttendu: 'booléen attendu',
  chaineAttendue: 'chaîne attendue',
  entierAttendu: 'nombre entier attendu',
  entierPositifAttendu: 'nombre entier positif ou nul attendu',
  dateAttendue: 'date invalide : attendu "AAAA-MM-JJ" existant',
  texteAttendu: 'texte attendu',
  tableauPaiementsAttendu: 'tableau de paiements attendu',
  paiementsAuPlus: 'au plus 100 000 paiements',
  paiementStrictementPositif: 'un paiement est strictement positif',
  /** A computed total beyond 2^53 cents (no longer an exact integer). */
  resultatHorsLimites: 'montant du résultat hors limites (plus de 2^53 centimes) : réduisez le montant, le taux ou la durée',
  totalDettesHorsLimites: 'total des dettes hors limites',
  totalPaiementsHorsLimites: 'total des paiements hors limites',
  /** A single-line text field holding a control, invisible or bidi character. */
  uneLigne: 'caractère de contrôle, saut de ligne, caractère invisible ou de direction (bidi) interdit dans ce champ',
  /** A free text (line breaks allowed) holding another control, invisible or bidi character. */
  texteLibre: 'caractère de contrôle, invisible ou de direction (bidi) interdit dans ce champ',
} as const);

/** "clé inconnue « paiement » (vouliez-vous dire « paiements » ?)": `cle` already made printable. */
export function cleInconnue(cle: string, proche: string | undefined): string {
  return `clé inconnue « ${cle} »${proche === undefined ? '' : ` (vouliez-vous dire « ${proche} » ?)`}`;
}

/** An integer outside `[min, max]` (or not an integer). */
export function entierEntre(min: number, max: number): string {
  return `nombre entier entre ${min} et ${max} attendu`;
}

/** A date string of years 0001–0999. */
export function anneeHorsPlage(valeur: string): string {
  return `année hors plage "${valeur}" : années 1000 à 9999 prises en charge`;
}

/** A computed date outside years 1000–9999. */
export function dateHorsPlage(annee: number): string {
  return `date hors plage : le calcul aboutit à l'année ${annee}, hors des années 1000 à 9999 prises en charge`;
}

/** A text longer than the library reads. */
export function tropLong(quoi: string, max: number): string {
  return `${quoi} trop long : au plus ${max} caractères`;
}
