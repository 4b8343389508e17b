/**
 * Checks the text of an invoice for the four L441-9 I payment mentions (C. com.): an exact due date, the
 * discount conditions (or their absence), the penalty rate, and the 40 € recovery indemnity stated as an
 * amount (a reference to the Code alone is not enough; nor is a formula such as "30 jours fin de mois" for
 * the due date).
 */
import { entreeInvalide } from '../socle/erreurs.js';
import type { CodeMention } from './mentionsObligatoires.js';

/** One missing mention. */
export interface MentionManquante {
  readonly code: CodeMention;
  readonly message: string;
  readonly reference: string;
}

/** Result of {@link verifierMentions}. */
export interface ResultatVerificationMentions {
  /** All four mentions were found. */
  readonly conforme: boolean;
  readonly presentes: readonly CodeMention[];
  readonly manquantes: readonly MentionManquante[];
}

const L441_9 = 'C. com. art. L441-9 I';
const MOIS = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';
const DATE = new RegExp(`(?:\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}(?:er)? ${MOIS} \\d{4}\\b)`);
const ECHEANCE = /(echeance|date (?:limite )?de (?:paiement|reglement)|payable|a payer|a regler|paiement comptant|comptant a reception)/;
const COMPTANT = /(paiement comptant|comptant a reception|payable comptant)/;
const FORMULE = /\b\d+ jours(?: fin de mois| date de facture| net)?\b/;
const PENALITE = /(penalites?|interets? de retard|interets? moratoires?)/;
const TAUX = /(\d+(?:[.,]\d+)? ?%|\bbce\b|banque centrale europeenne|taux de refinancement|taux d.interet legal)/;
const INDEMNITE = /(indemnite forfaitaire|frais de recouvrement)/;
const QUARANTE = /\b40(?:[.,]00)? ?(?:€|euros?\b|eur\b)/;

function normaliser(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/ {2,}/g, ' ');
}

/**
 * Flags the L441-9 payment mentions missing from an invoice's text (heuristic, line by line: the keyword
 * and its value must be on the same line).
 *
 * @param texte - the invoice as text (e.g. extracted from the PDF, or the footer you generate)
 * @returns which mentions are present and, for the missing ones, why and under which article
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `texte` is not a string
 * @example
 * ```ts
 * verifierMentions("Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt légal.").manquantes.map((m) => m.code);
 * //=> ['date-echeance', 'escompte', 'indemnite-forfaitaire']
 * verifierMentions(mentionsObligatoires({ dateEcheance: '2025-08-31' }).texte).conforme; //=> true
 * ```
 */
export function verifierMentions(texte: string): ResultatVerificationMentions {
  if (typeof texte !== 'string') entreeInvalide([], 'texte de facture attendu', 'invalid_type');
  const lignes = normaliser(texte).split(/\r?\n/);
  const manquantes: MentionManquante[] = [];
  const presentes: CodeMention[] = [];
  const une = (f: (l: string) => boolean): boolean => lignes.some(f);

  if (une((l) => (ECHEANCE.test(l) && DATE.test(l)) || COMPTANT.test(l))) presentes.push('date-echeance');
  else
    manquantes.push({
      code: 'date-echeance',
      message: une((l) => FORMULE.test(l))
        ? "Seule une formule de délai figure (ex. « 30 jours fin de mois ») : la facture doit indiquer la date exacte d'échéance."
        : "Date d'échéance (date à laquelle le règlement doit intervenir) absente.",
      reference: L441_9,
    });

  if (une((l) => /escompte/.test(l))) presentes.push('escompte');
  else manquantes.push({ code: 'escompte', message: "Conditions d'escompte absentes (indiquer « pas d'escompte » s'il n'y en a pas).", reference: L441_9 });

  if (une((l) => PENALITE.test(l) && TAUX.test(l))) presentes.push('penalites');
  else
    manquantes.push({
      code: 'penalites',
      message: une((l) => PENALITE.test(l)) ? 'Les pénalités de retard sont mentionnées sans leur taux.' : 'Taux des pénalités de retard absent.',
      reference: L441_9,
    });

  if (une((l) => INDEMNITE.test(l) && QUARANTE.test(l))) presentes.push('indemnite-forfaitaire');
  else
    manquantes.push({
      code: 'indemnite-forfaitaire',
      message: une((l) => INDEMNITE.test(l))
        ? "L'indemnité forfaitaire est mentionnée sans son montant : indiquer « 40 € » (un simple renvoi au code ne suffit pas)."
        : "Montant de l'indemnité forfaitaire pour frais de recouvrement (40 €) absent.",
      reference: L441_9,
    });

  return { conforme: manquantes.length === 0, presentes, manquantes };
}
