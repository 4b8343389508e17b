/**
 * Due dates and payment-term caps — C. com. art. L441-10 I: without agreement, 30 days after receipt of the
 * goods or performance of the service; an agreed term may not exceed 60 days from the invoice date, or, by
 * derogation expressly stipulated and not manifestly abusive, 45 days fin de mois; a periodic invoice
 * (CGI 289 I 3°) is capped at 45 days from its date. "45 jours fin de mois" has two accepted computations
 * (CEPC): end of the invoice month then +45 days, or +45 days then end of that month.
 */
import { finDeMois, formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { MESSAGES } from '../../socle/messages.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { objet } from '../moteur/entrees.js';

/** Payment conditions. */
export type ConditionsPaiement =
  | { readonly type: 'defaut' }
  | { readonly type: 'jours'; readonly jours: number }
  | { readonly type: 'fin-de-mois'; readonly jours: number; readonly methode: 'fin-de-mois-puis-jours' | 'jours-puis-fin-de-mois' };

/** Parameters of {@link calculerDateEcheance}. */
export interface ParamsDateEcheance {
  readonly dateFacture: DateISO;
  /** Receipt of the goods or end of the service (start of the default 30 days). */
  readonly dateExecution?: DateISO;
  readonly conditions: ConditionsPaiement;
  /** A periodic (récapitulative) invoice: capped at 45 days from its date. */
  readonly factureRecapitulative?: boolean;
}

/** Result of {@link calculerDateEcheance}. */
export interface ResultatDateEcheance {
  readonly dateEcheance: DateISO;
  /** Whether the term respects the legal caps. */
  readonly conforme: boolean;
  readonly motifs: readonly string[];
  /** The latest due date the caps allow for this invoice. */
  readonly dateLimiteLegale: DateISO;
  readonly references: readonly string[];
}

const L441_10_I = 'C. com. art. L441-10 I';
const JOUR_LME = 14_245; // 2009-01-01: caps of the LME (loi n° 2008-776)

function lireJours(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 366) entreeInvalide(['conditions', 'jours'], 'nombre entier de jours entre 0 et 366 attendu');
  return v;
}

/**
 * Computes an invoice's due date from its payment conditions and checks it against the legal caps.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * import { calculerDateEcheance } from 'recouvrement';
 * calculerDateEcheance({ dateFacture: '2026-01-15',
 *   conditions: { type: 'fin-de-mois', jours: 45, methode: 'fin-de-mois-puis-jours' } }).dateEcheance; //=> '2026-03-17'
 * calculerDateEcheance({ dateFacture: '2026-01-15',
 *   conditions: { type: 'fin-de-mois', jours: 45, methode: 'jours-puis-fin-de-mois' } }).dateEcheance; //=> '2026-03-31'
 * calculerDateEcheance({ dateFacture: '2026-01-15', conditions: { type: 'jours', jours: 90 } }).conforme; //=> false
 * ```
 */
export function calculerDateEcheance(params: ParamsDateEcheance): ResultatDateEcheance {
  const p = objet(params, []);
  refuserClesInconnues(p, ['dateFacture', 'dateExecution', 'conditions', 'factureRecapitulative']);
  const facture = lireDate(p.dateFacture, ['dateFacture']);
  const execution = p.dateExecution === undefined ? null : lireDate(p.dateExecution, ['dateExecution']);
  if (p.factureRecapitulative !== undefined && typeof p.factureRecapitulative !== 'boolean') entreeInvalide(['factureRecapitulative'], MESSAGES.booleenAttendu, 'invalid_type');
  const recap = p.factureRecapitulative === true;
  const c = objet(p.conditions, ['conditions']);
  // The keys of the given type (an unknown type is reported as such below).
  if (c.type === 'defaut' || c.type === 'jours' || c.type === 'fin-de-mois') {
    refuserClesInconnues(c, c.type === 'fin-de-mois' ? ['type', 'jours', 'methode'] : c.type === 'jours' ? ['type', 'jours'] : ['type'], ['conditions']);
  }
  const motifs: string[] = [];

  let echeance: number;
  let derogationFinDeMois = false;
  if (c.type === 'defaut') {
    const depart = execution ?? facture;
    if (execution === null) motifs.push("Date d'exécution absente : le délai supplétif de 30 jours est compté depuis la date de facture.");
    echeance = depart + 30;
    motifs.push('Délai supplétif : 30 jours après la réception des marchandises ou l’exécution de la prestation.');
  } else if (c.type === 'jours') {
    echeance = facture + lireJours(c.jours);
  } else if (c.type === 'fin-de-mois') {
    const jours = lireJours(c.jours);
    if (c.methode === 'fin-de-mois-puis-jours') echeance = finDeMois(facture) + jours;
    else if (c.methode === 'jours-puis-fin-de-mois') echeance = finDeMois(facture + jours);
    else return entreeInvalide(['conditions', 'methode'], "'fin-de-mois-puis-jours' ou 'jours-puis-fin-de-mois' attendu");
    derogationFinDeMois = jours <= 45;
  } else {
    return entreeInvalide(['conditions', 'type'], "'defaut', 'jours' ou 'fin-de-mois' attendu");
  }

  const plafond60 = facture + 60;
  const plafond45fdm = Math.max(finDeMois(facture) + 45, finDeMois(facture + 45));
  let limite = recap ? facture + 45 : Math.max(plafond60, plafond45fdm);
  let conforme: boolean;
  if (recap) {
    conforme = echeance <= facture + 45;
    motifs.push(conforme ? 'Facture récapitulative : délai dans la limite de 45 jours à compter de la date de facture.' : 'Facture récapitulative : délai supérieur à 45 jours à compter de la date de facture.');
  } else if (echeance <= plafond60) {
    conforme = true;
    motifs.push('Délai dans la limite de 60 jours à compter de la date d’émission de la facture.');
  } else if (derogationFinDeMois) {
    conforme = true;
    motifs.push(
      'Délai de 45 jours fin de mois : admis par dérogation s’il est expressément stipulé par contrat et ne constitue pas un abus manifeste à l’égard du créancier (les deux méthodes de calcul sont admises par la CEPC).',
    );
  } else {
    conforme = false;
    // The limit that applies: 60 days from the invoice date. The 45-days-end-of-month derogation is open only
    // to a term agreed as such (at most 45 days fin de mois), never to an N-day term (L441-10 I).
    motifs.push(
      c.type === 'fin-de-mois'
        ? `Délai excessif : l'échéance ${formaterDate(echeance)} dépasse 60 jours après la facture (${formaterDate(plafond60)}), et un délai de ${String(c.jours)} jours fin de mois excède les 45 jours fin de mois admis par dérogation.`
        : `Délai excessif : l'échéance ${formaterDate(echeance)} dépasse la limite de 60 jours à compter de la date d'émission de la facture (${formaterDate(plafond60)}) ; seul un délai convenu de 45 jours fin de mois peut aller au-delà.`,
    );
  }
  if (c.type === 'defaut' && echeance > limite) limite = echeance;
  if (facture < JOUR_LME) motifs.push('Facture antérieure au 1er janvier 2009 : les plafonds d’avant la loi LME ne sont pas modélisés, la conformité est appréciée selon les règles actuelles.');
  return { dateEcheance: formaterDate(echeance), conforme, motifs, dateLimiteLegale: formaterDate(limite), references: [L441_10_I] };
}
