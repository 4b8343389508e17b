/**
 * Mandatory payment mentions of a B2B invoice — C. com. art. L441-9 I (formerly L441-3): the date on which
 * payment must be made (an exact calendar date: a formula such as "30 jours fin de mois" does not meet it),
 * the discount conditions for early payment ("pas d'escompte" if none), the rate of the penalties due from the
 * day after the due date, and the amount of the fixed recovery indemnity (40 €, D441-5; the exact amount, not
 * a reference to the Code). The e-invoicing notes carry the same texts under the subject codes PMT (the
 * indemnity), PMD (the penalties) and AAB (the discount).
 */
import { calculerPenalitesRetard, type ModeTauxPenalites } from '../calculs/penalites/calculerPenalitesRetard.js';
import { indemniteForfaitaire } from '../calculs/indemnite/indemniteForfaitaire.js';
import { objet } from '../calculs/moteur/entrees.js';
import type { Baremes } from '../baremes/types.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, entreeInvalide } from '../socle/erreurs.js';
import { lireTaux, formaterTaux, type Taux } from '../socle/taux.js';
import { dateFr, montantFr, semestreFr, tauxFr } from './internes/format.js';

/** The four L441-9 payment mentions. */
export type CodeMention = 'date-echeance' | 'escompte' | 'penalites' | 'indemnite-forfaitaire';

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
}

/** One mention, with the article that requires it. */
export interface MentionFacture {
  readonly code: CodeMention;
  readonly texte: string;
  readonly reference: string;
}

/** An e-invoicing note (EN 16931 BT-21 subject code, BT-22 text). */
export interface NoteFacture {
  readonly code: 'PMT' | 'PMD' | 'AAB';
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
  "Codes de note PMT / PMD / AAB (BT-21) : tirés de la règle BR-FR-05 des spécifications externes de la facturation électronique (documentation d'éditeurs et schématron FNFE-MPE), hors référence juridique du projet : NON CONFIRMÉ, vérifiez la version des spécifications applicable.";

/**
 * The L441-9 payment mentions of an invoice and the matching e-invoicing notes.
 *
 * The penalty rate is stated as its legal definition (ECB + 10 points, or the contractual rate, or ECB + 8
 * points for a public buyer) and, when the tables know it, as the figure in force on the first day of delay —
 * read from {@link calculerPenalitesRetard}. The indemnity amount comes from {@link indemniteForfaitaire}.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * const m = mentionsObligatoires({ dateEcheance: '2025-08-31' });
 * m.texte;
 * //=> "Date d'échéance : 31 août 2025.\nPas d'escompte pour paiement anticipé.\nPénalités de retard …: taux de refinancement de la BCE majoré de 10 points, soit 12,15 % l'an …\nIndemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 € …"
 * m.notes.map((n) => n.code); //=> ['PMD', 'PMT', 'AAB']
 * ```
 */
export function mentionsObligatoires(params: ParamsMentions, options?: { readonly baremes?: Baremes }): ResultatMentions {
  const p = objet(params, []);
  const echeance = lireDate(p.dateEcheance, ['dateEcheance']);
  const dateEcheance = formaterDate(echeance);
  const regime = p.regime ?? 'b2b';
  if (regime !== 'b2b' && regime !== 'public') entreeInvalide(['regime'], "'b2b' ou 'public' attendu (une facture à un consommateur ne porte pas l'indemnité de 40 €)");
  const escompte = p.escompte as ParamsMentions['escompte'];
  if (escompte !== undefined && escompte !== null) {
    objet(escompte, ['escompte']);
    lireTaux(escompte.taux, ['escompte', 'taux']);
    if (escompte.conditions !== undefined && typeof escompte.conditions !== 'string') entreeInvalide(['escompte', 'conditions'], 'texte attendu', 'invalid_type');
  }
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
      `Barèmes du ${semestreFr(formaterDate(echeance + 1))} inconnus : ${taux.mode === 'contractuel' ? "le plancher légal (3 × taux de l'intérêt légal) n'a pas pu être vérifié" : 'la mention donne la règle, sans le chiffre'}.`,
    );
    references.push(taux.mode === 'commande-publique' ? 'C. commande publique art. R2192-31' : 'C. com. art. L441-10 II');
  }

  let penalites: string;
  if (taux.mode === 'contractuel') {
    const convenu = formaterTaux(lireTaux(taux.tauxAnnuel, ['taux', 'tauxAnnuel']));
    penalites = `Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire : taux annuel de ${tauxFr(convenu)} (C. com. art. L441-10 II).`;
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
  const texteDe = (code: CodeMention): string | undefined => mentions.find((m) => m.code === code)?.texte;
  const notes: NoteFacture[] = [{ code: 'PMD', texte: penalites }];
  const pmt = texteDe('indemnite-forfaitaire');
  if (pmt !== undefined) notes.push({ code: 'PMT', texte: pmt });
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
