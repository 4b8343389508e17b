/**
 * Checks the text of an invoice for the four L441-9 I payment mentions (C. com.): an exact due date, the
 * discount conditions (or their absence), the penalty rate, and the 40 € recovery indemnity stated as an
 * amount (a reference to the Code alone is not enough; nor is a formula such as "30 jours fin de mois" for
 * the due date).
 *
 * On request (`options.facturationElectronique`), it also checks the four mentions of the e-invoicing reform
 * (CGI annexe II art. 242 nonies A, décret n° 2022-1299): the buyer's SIREN, the category of the operation,
 * and — when the caller says they apply — the delivery address and the option for VAT on debits. Each missing
 * one carries its article and the fine: 15 € per missing or inaccurate mention (CGI art. 1737, capped at a
 * quarter of the invoice; not in the legal reference we rely on: UNCONFIRMED). The 50 € per invoice not issued
 * electronically comes from the loi de finances pour 2026 as proposed (PLF 2026 art. 28); its enactment with
 * that amount is UNCONFIRMED (15 € before).
 *
 * The patterns are linear in the length of the text: no nested or adjacent unbounded quantifiers.
 */
import { MESSAGES, tropLong } from '../socle/messages.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { refuserClesInconnues } from '../socle/cles.js';
import type { CodeMention } from './mentionsObligatoires.js';

/** One missing mention. */
export interface MentionManquante {
  readonly code: CodeMention;
  readonly message: string;
  readonly reference: string;
  /** The fine for a missing reform mention, with its status (absent for the L441-9 mentions: see L441-16). */
  readonly amende?: string;
}

/** Options of {@link verifierMentions}. */
export interface OptionsVerifierMentions {
  /**
   * Check the e-invoicing reform mentions too (SIREN of the buyer, category of operation); `true`, or an
   * object saying whether the delivery address differs and whether the seller opted for VAT on debits (those
   * two are only required then).
   */
  readonly facturationElectronique?: boolean | { readonly adresseLivraisonDifferente?: boolean; readonly optionTvaDebits?: boolean };
}

/** Result of {@link verifierMentions}. */
export interface ResultatVerificationMentions {
  /** Every mention checked was found. */
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
// `\d ?%` matches exactly where `\d+(?:[.,]\d+)? ?%` did (a digit, an optional space, then %), in linear time.
const TAUX = /(\d ?%|\bbce\b|banque centrale europeenne|taux de refinancement|taux d.interet legal)/;
const ART_242_NONIES_A = 'CGI annexe II art. 242 nonies A (décret n° 2022-1299)';
const AMENDE =
  '15 € par mention manquante ou inexacte (CGI art. 1737, plafond : le quart du montant de la facture) — NON CONFIRMÉ ; une facture non émise sous forme électronique : 50 € (loi de finances pour 2026, montant du projet, adoption NON CONFIRMÉE ; 15 € auparavant).';
const SIREN = /\bsiren\b/;
const NEUF_CHIFFRES = /\b\d{3} ?\d{3} ?\d{3}\b/;
const CATEGORIE = /(livraisons? de biens|prestations? de services|biens et (?:de )?services|categorie de l.operation|nature de l.operation)/;
const LIVRAISON = /(adresse de livraison|livre a|lieu de livraison)/;
const DEBITS = /(d.apres les debits|sur les debits)/;
const INDEMNITE = /(indemnite forfaitaire|frais de recouvrement)/;
const QUARANTE = /\b40(?:[.,]00)? ?(?:€|euros?\b|eur\b)/;

/**
 * The longest invoice text read (2 000 000 characters, about 2 MB): beyond, `ENTREE_INVALIDE` rather than
 * minutes of work. The patterns are linear anyway (issue 15, item 4).
 */
const LONGUEUR_MAX = 2_000_000;

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
 * @param options - `facturationElectronique`: also check the reform mentions
 * @returns which mentions are present and, for the missing ones, why and under which article
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `texte` is not a string or longer than 2 000 000
 *   characters, or for an unknown option
 * @example
 * ```ts
 * import { verifierMentions, mentionsObligatoires } from 'recouvrement';
 * verifierMentions("Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt légal.").manquantes.map((m) => m.code);
 * //=> ['date-echeance', 'escompte', 'indemnite-forfaitaire']
 * verifierMentions(mentionsObligatoires({ dateEcheance: '2025-08-31' }).texte).conforme; //=> true
 * verifierMentions(mentionsObligatoires({ dateEcheance: '2025-08-31' }).texte, { facturationElectronique: true }).manquantes.map((m) => m.code);
 * //=> ['siren-acheteur', 'categorie-operation']
 * ```
 */
export function verifierMentions(texte: string, options: OptionsVerifierMentions = {}): ResultatVerificationMentions {
  if (typeof texte !== 'string') entreeInvalide([], 'texte de facture attendu', 'invalid_type');
  if (texte.length > LONGUEUR_MAX) entreeInvalide([], tropLong('texte de facture', LONGUEUR_MAX), 'too_big');
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) entreeInvalide(['options'], MESSAGES.optionsAttendues, 'invalid_type');
  refuserClesInconnues(options, ['facturationElectronique'], ['options']);
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

  const fe = options?.facturationElectronique;
  if (fe !== undefined && fe !== false) {
    if (fe !== true && (typeof fe !== 'object' || fe === null)) entreeInvalide(['facturationElectronique'], 'booléen ou objet attendu', 'invalid_type');
    if (fe !== true) refuserClesInconnues(fe, ['adresseLivraisonDifferente', 'optionTvaDebits'], ['options', 'facturationElectronique']);
    const detail = fe === true ? {} : fe;
    const verifier = (code: CodeMention, present: boolean, message: string): void => {
      if (present) presentes.push(code);
      else manquantes.push({ code, message, reference: ART_242_NONIES_A, amende: AMENDE });
    };
    verifier('siren-acheteur', une((l) => SIREN.test(l) && NEUF_CHIFFRES.test(l)), 'Numéro SIREN du client absent.');
    if (detail.adresseLivraisonDifferente === true) verifier('adresse-livraison', une((l) => LIVRAISON.test(l)), "Adresse de livraison absente (elle diffère de l'adresse du client).");
    verifier('categorie-operation', une((l) => CATEGORIE.test(l)), "Catégorie de l'opération absente (livraison de biens, prestation de services, ou les deux).");
    if (detail.optionTvaDebits === true) verifier('option-tva-debits', une((l) => DEBITS.test(l)), "Mention de l'option pour le paiement de la taxe d'après les débits absente.");
  }

  return { conforme: manquantes.length === 0, presentes, manquantes };
}
