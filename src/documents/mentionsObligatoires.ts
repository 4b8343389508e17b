/**
 * Mandatory payment mentions of a B2B invoice — C. com. art. L441-9 I (formerly L441-3): the date on which
 * payment must be made (an exact calendar date: a formula such as "30 jours fin de mois" does not meet it),
 * the discount conditions for early payment ("pas d'escompte" if none), the rate of the penalties due from the
 * day after the due date, and the amount of the fixed recovery indemnity (40 €, D441-5; the exact amount, not
 * a reference to the Code). The e-invoicing notes carry the same texts under the subject codes PMT (the
 * indemnity), PMD (the penalties) and AAB (the discount): PMT and PMD remain required on an e-invoice (rule
 * BR-FR-05, FNFE-MPE schematron v1.4.0 of 30 June 2026) and each note code appears at most once (BR-FR-06).
 *
 * The e-invoicing reform adds four mentions (CGI annexe II art. 242 nonies A, as amended by décret
 * n° 2022-1299; their start date follows the calendar of loi de finances pour 2024 art. 91 and is
 * UNCONFIRMED): the buyer's SIREN, the delivery address when it differs from the buyer's, the category of
 * the operation (goods, services, or both), and the seller's option for paying VAT on debits. They are
 * printed when their data are given (PARTIAL: vendor documentation and commentary, not the décret read).
 */
import { MESSAGES } from '../socle/messages.js';
import { calculerPenalitesRetard, type ModeTauxPenalites } from '../calculs/penalites/calculerPenalitesRetard.js';
import { indemniteForfaitaire } from '../calculs/indemnite/indemniteForfaitaire.js';
import { objet } from '../calculs/moteur/entrees.js';
import type { Baremes } from '../baremes/types.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, entreeInvalide } from '../socle/erreurs.js';
import { CARACTERES_INTERDITS_LIGNE, refuserClesInconnues, surUneLigne } from '../socle/cles.js';
import { lireTaux, formaterTaux, type Taux } from '../socle/taux.js';
import { sirenValide } from '../entites/communs.js';
import { dateFr, montantFr, semestreFr, tauxFr } from './internes/format.js';

/**
 * The four L441-9 payment mentions, then the four e-invoicing reform mentions (CGI annexe II art. 242
 * nonies A): buyer's SIREN, delivery address, category of operation, option for VAT on debits.
 */
export type CodeMention =
  | 'date-echeance'
  | 'escompte'
  | 'penalites'
  | 'indemnite-forfaitaire'
  | 'siren-acheteur'
  | 'adresse-livraison'
  | 'categorie-operation'
  | 'option-tva-debits';

/** The category of the operation (reform mention): goods, services, or both. */
export type CategorieOperation = 'biens' | 'services' | 'mixte';

/** Parameters of {@link mentionsObligatoires}. */
export interface ParamsMentions {
  /** The due date printed on the invoice. */
  readonly dateEcheance: DateISO;
  /** `b2b` (default) or `public` (public buyer). Consumer invoices are not governed by L441-9 and carry no 40 €. */
  readonly regime?: 'b2b' | 'public';
  /** Default `{ mode: 'bce+10' }` (b2b) or `{ mode: 'commande-publique' }` (public). */
  readonly taux?: ModeTauxPenalites;
  /** Discount for early payment; absent or `null`: "Pas d'escompte pour paiement anticipé". */
  readonly escompte?: { readonly taux: Taux; readonly conditions?: string } | null;
  /** Reform mention: the buyer's SIREN (9 digits; spaces allowed). */
  readonly sirenAcheteur?: string;
  /** Reform mention: the delivery address, when it differs from the buyer's address. */
  readonly adresseLivraison?: string;
  /** Reform mention: the category of the operation. */
  readonly categorieOperation?: CategorieOperation;
  /** Reform mention: `true` when the seller opted to pay VAT on debits (nothing printed when `false`). */
  readonly optionTvaDebits?: boolean;
}

/** One mention, with the article that requires it. */
export interface MentionFacture {
  readonly code: CodeMention;
  readonly texte: string;
  readonly reference: string;
}

/** An e-invoicing note (EN 16931 BT-21 subject code, BT-22 text). */
export interface NoteFacture {
  readonly code: 'PMT' | 'PMD' | 'AAB' | 'TXD';
  readonly texte: string;
}

/** Result of {@link mentionsObligatoires}. */
export interface ResultatMentions {
  readonly mentions: readonly MentionFacture[];
  /** The mentions, one per line, ready to print at the foot of the invoice. */
  readonly texte: string;
  /** The same texts as e-invoicing notes: PMT (indemnity), PMD (penalties), AAB (discount). */
  readonly notes: readonly NoteFacture[];
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

const L441_9 = 'C. com. art. L441-9 I';
const NOTE_CODES =
  "Notes PMT / PMD / AAB (BT-21) : PMT et PMD restent exigées (règle BR-FR-05, schématron FNFE-MPE v1.4.0 du 30 juin 2026), chaque code au plus une fois (BR-FR-06) ; source : documentation d'éditeurs, pas la norme elle-même (PARTIEL).";
const ART_242_NONIES_A = 'CGI annexe II art. 242 nonies A (décret n° 2022-1299)';
const CATEGORIES: Readonly<Record<CategorieOperation, string>> = {
  biens: 'livraison de biens',
  services: 'prestation de services',
  mixte: 'livraison de biens et prestation de services',
};

/** Small multiples in words ("trois fois"), as terms of sale write them; others in figures ("2,5 fois"). */
const FOIS = ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/**
 * An indexed clause in the words of French terms of sale: "trois fois le taux d'intérêt légal", "le taux
 * d'intérêt légal majoré de 5 points", "le taux directeur de la BCE majoré de 7 points" (C. com. L441-10 II;
 * the taux légal of C. mon. fin. L313-2, of the creditor's category).
 */
export function clauseEnMots(taux: Extract<ModeTauxPenalites, { mode: 'multiple-taux-legal' | 'taux-legal+points' | 'bce+points' }>): string {
  const nombre = (t: string): string => formaterTaux(lireTaux(t)).replace(/\.?0+$/, '').replace('.', ',');
  if (taux.mode === 'bce+points') {
    return `le taux directeur de la BCE (taux de refinancement en vigueur au 1er janvier ou au 1er juillet de chaque semestre) majoré de ${nombre(taux.points)} points`;
  }
  const legal =
    taux.categorie === 'creancier-particulier'
      ? "le taux d'intérêt légal applicable aux créances des personnes physiques n'agissant pas pour des besoins professionnels"
      : "le taux d'intérêt légal";
  if (taux.mode === 'taux-legal+points') return `${legal} majoré de ${nombre(taux.points)} points`;
  const k = nombre(taux.multiple);
  const entier = /^\d+$/.test(k) ? Number(k) : Number.NaN;
  return `${entier >= 0 && entier < FOIS.length ? FOIS[entier] : k} fois ${legal}`;
}

/**
 * The L441-9 payment mentions of an invoice and the matching e-invoicing notes.
 *
 * The penalty rate is stated as its legal definition (ECB + 10 points, or the contractual rate, or ECB + 8
 * points for a public buyer), an indexed clause in the words of French terms of sale ("trois fois le taux
 * d'intérêt légal", "le taux d'intérêt légal majoré de 5 points", "le taux directeur de la BCE … majoré de
 * 7 points") and, when the tables know it, as the figure in force on the first day of delay — read from
 * {@link calculerPenalitesRetard}. A contractual or indexed rate below the floor of L441-10 II on that day is
 * refused (`ENTREE_INVALIDE`). The indemnity amount comes from {@link indemniteForfaitaire}.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * import { mentionsObligatoires } from 'recouvrement';
 * const m = mentionsObligatoires({ dateEcheance: '2025-08-31' });
 * m.texte;
 * //=> "Date d'échéance : 31 août 2025.\nPas d'escompte pour paiement anticipé.\nPénalités de retard …: taux de refinancement de la BCE majoré de 10 points, soit 12,15\u00a0% l'an …\nIndemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00\u00a0€ …"
 * // (\u00a0: the no-break space of French typography)
 * m.notes.map((n) => n.code); //=> ['PMD', 'PMT', 'AAB']
 * // the e-invoicing reform mentions, printed when their data are given
 * const r = mentionsObligatoires({ dateEcheance: '2025-08-31', sirenAcheteur: '732 829 320', categorieOperation: 'services' });
 * r.mentions.slice(4).map((x) => x.texte); //=> ['SIREN du client : 732 829 320.', "Catégorie de l'opération : prestation de services."]
 * ```
 */
export function mentionsObligatoires(params: ParamsMentions, options?: { readonly baremes?: Baremes }): ResultatMentions {
  const p = objet(params, []);
  refuserClesInconnues(p, ['dateEcheance', 'regime', 'taux', 'escompte', 'sirenAcheteur', 'adresseLivraison', 'categorieOperation', 'optionTvaDebits'], []);
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) entreeInvalide(['options'], MESSAGES.optionsAttendues, 'invalid_type');
  refuserClesInconnues(options, ['baremes'], ['options']);
  const echeance = lireDate(p.dateEcheance, ['dateEcheance']);
  const dateEcheance = formaterDate(echeance);
  const regime = p.regime ?? 'b2b';
  if (regime !== 'b2b' && regime !== 'public') entreeInvalide(['regime'], "'b2b' ou 'public' attendu (une facture à un consommateur ne porte pas l'indemnité de 40 €)");
  const escompte = p.escompte as ParamsMentions['escompte'];
  if (escompte !== undefined && escompte !== null) {
    objet(escompte, ['escompte']);
    refuserClesInconnues(escompte, ['taux', 'conditions'], ['escompte']);
    lireTaux(escompte.taux, ['escompte', 'taux']);
    const cond: unknown = escompte.conditions;
    if (cond !== undefined && (typeof cond !== 'string' || cond.length > 1000 || CARACTERES_INTERDITS_LIGNE.test(cond))) {
      entreeInvalide(['escompte', 'conditions'], 'une ligne de texte (au plus 1 000 caractères, sans caractère de contrôle) attendue', 'invalid_type');
    }
  }
  const reforme = mentionsReforme(params);
  const taux: ModeTauxPenalites = (p.taux as ModeTauxPenalites | undefined) ?? (regime === 'public' ? { mode: 'commande-publique' } : { mode: 'bce+10' });
  const opts = options?.baremes ? { baremes: options.baremes } : undefined;
  const avertissements: string[] = [];
  const references = [L441_9];

  // The rate of the first day of delay, from the calculator (unknown future half-years are not an error here).
  let tauxDuJour: string | null = null;
  try {
    const r = calculerPenalitesRetard({ montant: '100.00', dateEcheance, dateCalcul: formaterDate(echeance + 1), taux }, opts);
    tauxDuJour = r.periodes[0]?.tauxAnnuel ?? null;
    avertissements.push(...r.avertissements);
    references.push(...r.references);
  } catch (e) {
    if (!(e instanceof RecouvrementError) || e.code !== CODES_ERREUR.BAREME_MANQUANT) throw e;
    avertissements.push(
      `Barèmes du ${semestreFr(formaterDate(echeance + 1))} inconnus : ${taux.mode !== 'bce+10' && taux.mode !== 'commande-publique' ? "le plancher légal (3 × taux de l'intérêt légal) n'a pas pu être vérifié" : 'la mention donne la règle, sans le chiffre'}.`,
    );
    references.push(taux.mode === 'commande-publique' ? 'C. commande publique art. R2192-31' : 'C. com. art. L441-10 II');
  }

  let penalites: string;
  if (taux.mode === 'contractuel') {
    const convenu = formaterTaux(lireTaux(taux.tauxAnnuel, ['taux', 'tauxAnnuel']));
    // L441-10 II: a contractual rate may not be below 3 × the taux de l'intérêt légal, and L441-16 fines a
    // stipulation that breaks it: such a rate is refused, never printed (the calculator raised it to the floor).
    if (tauxDuJour !== null && tauxDuJour !== convenu) {
      entreeInvalide(
        ['taux', 'tauxAnnuel'],
        `taux contractuel de ${tauxFr(convenu)} inférieur au plancher légal de ${tauxFr(tauxDuJour)} (trois fois le taux de l'intérêt légal au ${semestreFr(formaterDate(echeance + 1))}) : C. com. L441-10 II l'interdit et L441-16 sanctionne la clause ; stipulez au moins ce taux`,
      );
    }
    penalites = `Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire : taux annuel de ${tauxFr(convenu)} (C. com. art. L441-10 II).`;
  } else if (taux.mode === 'multiple-taux-legal' || taux.mode === 'taux-legal+points' || taux.mode === 'bce+points') {
    // An indexed clause, in the words of French terms of sale; below the floor on the first day of delay it
    // is refused as a fixed contractual rate is (L441-10 II, L441-16; the calculator says so in a warning).
    const enMots = clauseEnMots(taux);
    if (tauxDuJour !== null && avertissements.some((a) => a.startsWith('Taux contractuel '))) {
      entreeInvalide(
        ['taux'],
        `taux convenu (${enMots}) inférieur au plancher légal (trois fois le taux de l'intérêt légal) au ${semestreFr(formaterDate(echeance + 1))} : C. com. L441-10 II l'interdit et L441-16 sanctionne la clause ; stipulez au moins ce taux`,
      );
    }
    penalites =
      `Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire : ${enMots}` +
      (tauxDuJour ? `, soit ${tauxFr(tauxDuJour)} l'an pour le ${semestreFr(formaterDate(echeance + 1))}` : '') +
      ' (C. com. art. L441-10 II).';
  } else if (taux.mode === 'commande-publique') {
    penalites =
      "Intérêts moratoires dus dès le lendemain de la date d'échéance : taux de la BCE en vigueur au premier jour du semestre au cours duquel ils commencent à courir, majoré de 8 points" +
      (tauxDuJour ? `, soit ${tauxFr(tauxDuJour)} l'an s'ils courent au ${semestreFr(formaterDate(echeance + 1))}` : '') +
      ' (C. commande publique art. R2192-31).';
  } else {
    penalites =
      "Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire : taux de refinancement de la BCE majoré de 10 points" +
      (tauxDuJour ? `, soit ${tauxFr(tauxDuJour)} l'an pour le ${semestreFr(formaterDate(echeance + 1))}` : '') +
      ' (C. com. art. L441-10 II).';
  }

  const indemnite = indemniteForfaitaire({ regime, dateEcheance }, opts);
  avertissements.push(...indemnite.avertissements);
  const escompteTexte =
    escompte === undefined || escompte === null
      ? "Pas d'escompte pour paiement anticipé."
      : escompte.conditions !== undefined && /^pour paiement\b/i.test(escompte.conditions.trim())
        ? // The caller's conditions already say "pour paiement …": say it once.
          `Escompte de ${tauxFr(formaterTaux(lireTaux(escompte.taux)))} ${escompte.conditions.trim()}.`
        : `Escompte de ${tauxFr(formaterTaux(lireTaux(escompte.taux)))} pour paiement anticipé${escompte.conditions ? ` ${escompte.conditions.trim()}` : ''}.`;

  const mentions: MentionFacture[] = [
    { code: 'date-echeance', texte: `Date d'échéance : ${dateFr(dateEcheance)}.`, reference: L441_9 },
    { code: 'escompte', texte: escompteTexte, reference: L441_9 },
    { code: 'penalites', texte: penalites, reference: L441_9 },
  ];
  if (indemnite.montant !== '0.00') {
    mentions.push({
      code: 'indemnite-forfaitaire',
      texte: `Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : ${montantFr(indemnite.montant)} (C. com. art. L441-10 II et D441-5).`,
      reference: L441_9,
    });
    references.push(...indemnite.references);
  } else {
    avertissements.push(`Pas de mention d'indemnité forfaitaire : ${indemnite.motif}`);
  }
  mentions.push(...reforme.mentions);
  avertissements.push(...reforme.avertissements);
  if (reforme.mentions.length > 0) references.push(ART_242_NONIES_A);
  const texteDe = (code: CodeMention): string | undefined => mentions.find((m) => m.code === code)?.texte;
  // BR-FR-06: each note code once (built so); BR-FR-05: PMT and PMD present.
  const notes: NoteFacture[] = [{ code: 'PMD', texte: penalites }];
  const pmt = texteDe('indemnite-forfaitaire');
  if (pmt !== undefined) notes.push({ code: 'PMT', texte: pmt });
  else avertissements.push("Pas de note PMT : une facture électronique la requiert (BR-FR-05) ; indiquez-y le régime de l'indemnité.");
  notes.push({ code: 'AAB', texte: escompteTexte });
  avertissements.push(NOTE_CODES);
  return {
    mentions,
    texte: mentions.map((m) => m.texte).join('\n'),
    notes,
    avertissements: [...new Set(avertissements)],
    references: [...new Set(references)],
  };
}

/** The reform mentions whose data are given (CGI annexe II art. 242 nonies A). */
function mentionsReforme(p: ParamsMentions): { mentions: MentionFacture[]; avertissements: string[] } {
  const mentions: MentionFacture[] = [];
  const avertissements: string[] = [];
  if (p.sirenAcheteur !== undefined) {
    if (typeof p.sirenAcheteur !== 'string') entreeInvalide(['sirenAcheteur'], 'SIREN (texte) attendu', 'invalid_type');
    if (p.sirenAcheteur.length > 40) entreeInvalide(['sirenAcheteur'], 'SIREN à 9 chiffres attendu (au plus 40 caractères avec les espaces)', 'too_big');
    const siren = p.sirenAcheteur.replace(/[ \u00a0]/g, '');
    if (!/^\d{9}$/.test(siren)) entreeInvalide(['sirenAcheteur'], 'SIREN à 9 chiffres attendu');
    if (!sirenValide(siren)) avertissements.push(`Le SIREN ${siren} ne passe pas la clé de Luhn : vérifiez-le dans l'annuaire.`);
    const groupe = `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
    mentions.push({ code: 'siren-acheteur', texte: `SIREN du client : ${groupe}.`, reference: ART_242_NONIES_A });
  }
  if (p.adresseLivraison !== undefined) {
    if (typeof p.adresseLivraison !== 'string' || p.adresseLivraison.trim() === '') entreeInvalide(['adresseLivraison'], 'adresse (texte non vide) attendue', 'invalid_type');
    if (p.adresseLivraison.length > 2000) entreeInvalide(['adresseLivraison'], 'adresse trop longue : au plus 2 000 caractères', 'too_big');
    // Lines joined with ", " (split and trim: linear, where /\s*\n\s*/g was quadratic on long runs of spaces);
    // any other control or bidi character becomes a space (the mention is one line).
    const adresse = p.adresseLivraison.split('\n').map((l) => surUneLigne(l)).filter((l) => l !== '').join(', ');
    mentions.push({ code: 'adresse-livraison', texte: `Adresse de livraison : ${adresse.slice(0, 500)}.`, reference: ART_242_NONIES_A });
  }
  if (p.categorieOperation !== undefined) {
    const libelle = Object.prototype.hasOwnProperty.call(CATEGORIES, p.categorieOperation) ? CATEGORIES[p.categorieOperation] : undefined;
    if (libelle === undefined) return entreeInvalide(['categorieOperation'], "'biens', 'services' ou 'mixte' attendu");
    mentions.push({ code: 'categorie-operation', texte: `Catégorie de l'opération : ${libelle}.`, reference: ART_242_NONIES_A });
  }
  if (p.optionTvaDebits !== undefined) {
    if (typeof p.optionTvaDebits !== 'boolean') entreeInvalide(['optionTvaDebits'], MESSAGES.booleenAttendu, 'invalid_type');
    if (p.optionTvaDebits) mentions.push({ code: 'option-tva-debits', texte: "Option pour le paiement de la taxe d'après les débits.", reference: ART_242_NONIES_A });
  }
  return { mentions, avertissements };
}
