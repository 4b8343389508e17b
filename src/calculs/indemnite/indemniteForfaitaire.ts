/**
 * Indemnité forfaitaire pour frais de recouvrement — 40 € owed de plein droit, per invoice (never per reminder
 * or per day), from the first day of delay; more on justification of higher costs.
 *
 * - Between professionals: C. com. L441-10 II and D441-5, for claims whose payment period started after
 *   1 January 2013 — the invoice (or delivery) date, not the due date (décret n° 2012-1115, per its notice;
 *   legal reference, Errata 4).
 * - Public buyers: C. commande publique L2192-13 and D2192-35, for contracts concluded from 16 March 2013
 *   (loi n° 2013-100, décret n° 2013-269); before, no indemnity (Errata 3).
 * - Never owed by consumers (L441-10 II targets professionals; CPCE L111-8 leaves pre-title recovery costs to
 *   the creditor).
 * - Collective proceedings exclude it only when the opening judgment forbids paying the claim at its due
 *   date, i.e. for a claim falling due on or after the judgment (L441-10 II, last sentence; Errata 5).
 * - Not yet due at the date of assessment: nothing is owed yet.
 */
import { lireDate, formaterDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { MESSAGES } from '../../socle/messages.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../../socle/euros.js';
import { indexEnVigueur } from '../../baremes/compiler.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { lireOptions, objet } from '../moteur/entrees.js';
import type { Baremes } from '../../baremes/types.js';

/** Parameters of {@link indemniteForfaitaire}. */
export interface ParamsIndemnite {
  /** `b2b` between professionals, `b2c` against a consumer, `public` against a public buyer. */
  readonly regime: 'b2b' | 'b2c' | 'public';
  readonly dateEcheance: DateISO;
  /**
   * The start of the payment period: the invoice date (or the delivery / performance date when the term runs
   * from it). It decides whether the 40 € exists for this claim (décret n° 2012-1115: periods that started
   * after 1 January 2013). Absent: the due date is used instead — with an avertissement when that can change the
   * answer (a due date in the first half of 2013: lawful terms are at most 60 days or 45 days end of month).
   */
  readonly dateFacture?: DateISO;
  /**
   * Public buyer: the day the contract was concluded (the regime of L2192-13 / D2192-35 applies to contracts
   * from 16 March 2013). Absent: `dateFacture`, then `dateEcheance` (a documented default).
   */
  readonly dateContrat?: DateISO;
  /** The date of assessment: on or before the due date, nothing is owed yet. Absent: the claim is taken as late. */
  readonly dateCalcul?: DateISO;
  /**
   * The debtor is under sauvegarde, redressement or liquidation judiciaire. With `dateJugement`, the 40 € is
   * excluded only for a claim falling due on or after the opening judgment (L441-10 II, last sentence);
   * without it, the caller states that the judgment forbids paying this claim at its due date.
   */
  readonly procedureCollective?: boolean;
  /** The day of the opening judgment (read with `procedureCollective: true`). */
  readonly dateJugement?: DateISO;
  /** Recovery costs actually incurred and justified. */
  readonly fraisJustifies?: EntreeEuros;
}

/** Result of {@link indemniteForfaitaire}. */
export interface ResultatIndemnite {
  /** The fixed indemnity owed: "40.00" or "0.00". */
  readonly montant: Euros;
  /** Justified costs above the fixed amount, claimable "sur justification". */
  readonly complementaire: Euros;
  readonly motif: string;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
}

const L441_10 = 'C. com. art. L441-10 II';
const D441_5 = 'C. com. art. D441-5';
const L2192_13 = 'C. commande publique art. L2192-13';
const D2192_35 = 'C. commande publique art. D2192-35';
const DECRET_2012_1115 = 'Décret n° 2012-1115 du 2 octobre 2012';
/** 2013-01-01 and 2013-07-01: the window where the start of the payment period can differ from the due date's year. */
const JOUR_2013 = 15_706;
const JOUR_2013_07 = 15_887;
/** 2013-03-16: contracts concluded from this day fall under loi n° 2013-100 / décret n° 2013-269. */
const JOUR_REGIME_2013_PUBLIC = 15_780;

const CLES_PARAMS: readonly string[] = ['regime', 'dateEcheance', 'dateFacture', 'dateContrat', 'dateCalcul', 'procedureCollective', 'dateJugement', 'fraisJustifies'];

function date(p: Record<string, unknown>, cle: string): number | null {
  return p[cle] === undefined ? null : lireDate(p[cle], [cle]);
}

/**
 * The 40 € fixed recovery indemnity for one late invoice, and the supplementary compensation.
 *
 * Rules, in order: consumer → 0 (CPCE L111-8); `dateCalcul` on or before the due date → 0 (no delay yet);
 * collective proceedings forbidding payment at the due date → 0 (L441-10 II); public buyer under a contract
 * concluded before 16 March 2013 → 0; a payment period that started before the table's first entry
 * (1 January 2013) → 0; otherwise the amount in force (40 €) and the justified costs above it.
 *
 * @param params - regime, due date, start of the payment period, contract date, date of assessment,
 *   collective proceedings (with the judgment's date), justified costs
 * @param options - `baremes` (default `baremesParDefaut`)
 * @returns the indemnity, the supplementary compensation, the reason in French, the articles, warnings
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field (an unknown key, e.g.
 * `fraisJustifie`, is refused and the closest known key named)
 * @example
 * ```ts
 * import { indemniteForfaitaire } from 'recouvrement';
 * indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', fraisJustifies: '75.00' }).complementaire; //=> '35.00'
 * indemniteForfaitaire({ regime: 'b2c', dateEcheance: '2025-03-31' }).montant; //=> '0.00'
 * // Invoiced on 20 December 2012, due on 19 January 2013: the period started before 2013, no 40 €.
 * indemniteForfaitaire({ regime: 'b2b', dateFacture: '2012-12-20', dateEcheance: '2013-01-19' }).montant; //=> '0.00'
 * // Due on 31 March, judgment on 15 March: the judgment forbids paying it at its due date.
 * indemniteForfaitaire({ regime: 'b2b', dateFacture: '2025-03-01', dateEcheance: '2025-03-31',
 *   procedureCollective: true, dateJugement: '2025-03-15' }).montant; //=> '0.00'
 * ```
 */
export function indemniteForfaitaire(params: ParamsIndemnite, options?: { readonly baremes?: Baremes }): ResultatIndemnite {
  const p = objet(params, []);
  refuserClesInconnues(p, CLES_PARAMS);
  if (options !== undefined) refuserClesInconnues(objet(options, ['options']), ['baremes'], ['options']);
  if (p.regime !== 'b2b' && p.regime !== 'b2c' && p.regime !== 'public') entreeInvalide(['regime'], "'b2b', 'b2c' ou 'public' attendu");
  const echeance = lireDate(p.dateEcheance, ['dateEcheance']);
  const facture = date(p, 'dateFacture');
  const contrat = date(p, 'dateContrat');
  const calcul = date(p, 'dateCalcul');
  const jugement = date(p, 'dateJugement');
  if (p.procedureCollective !== undefined && typeof p.procedureCollective !== 'boolean') entreeInvalide(['procedureCollective'], MESSAGES.booleenAttendu, 'invalid_type');
  if (facture !== null && facture > echeance) entreeInvalide(['dateEcheance'], "l'échéance précède le début du délai de paiement");
  const frais = p.fraisJustifies === undefined ? 0 : lireEuros(p.fraisJustifies, ['fraisJustifies']);
  // Only `baremes` is read; `null` or another non-object is refused by lireOptions (ENTREE_INVALIDE).
  const { baremes } = lireOptions(typeof options === 'object' && options !== null ? { baremes: options.baremes } : options);
  const publique = p.regime === 'public';
  const articles = publique ? [L2192_13, D2192_35] : [L441_10, D441_5];

  const zero = (motif: string, references: string[], avertissements: string[] = []): ResultatIndemnite => ({
    montant: '0.00',
    complementaire: '0.00',
    motif,
    references,
    avertissements,
  });
  if (p.regime === 'b2c') {
    return zero(
      "Aucune indemnité forfaitaire envers un consommateur : elle ne vise que le professionnel en retard de paiement, et les frais de recouvrement engagés sans titre exécutoire restent à la charge du créancier.",
      [L441_10, 'CPCE art. L111-8'],
    );
  }
  if (calcul !== null && calcul <= echeance) {
    return zero(
      `Pas encore de retard au ${formaterDate(calcul)} (échéance le ${formaterDate(echeance)}) : l’indemnité n’est due qu’à compter du premier jour de retard.`,
      articles,
    );
  }
  if (p.procedureCollective === true && (jugement === null || echeance >= jugement)) {
    return zero(
      jugement === null
        ? "Indemnité non due : le jugement d'ouverture de la procédure collective interdit le paiement de la créance à son échéance (C. com. L441-10 II, dernière phrase)."
        : `Indemnité non due : la créance est échue le ${formaterDate(echeance)}, après le jugement d'ouverture du ${formaterDate(jugement)}, qui en interdit le paiement à l'échéance (C. com. L441-10 II, dernière phrase).`,
      [L441_10],
    );
  }
  const avertissements: string[] = [];
  if (publique) {
    const cle = contrat ?? facture ?? echeance;
    if (contrat === null) {
      avertissements.push(
        `Date du contrat inconnue : la date ${facture !== null ? 'de la facture' : "d'échéance"} (${formaterDate(cle)}) est retenue pour choisir le régime (contrats conclus à compter du 16 mars 2013 : C. commande publique L2192-13, D2192-35).`,
      );
    }
    if (cle < JOUR_REGIME_2013_PUBLIC) {
      return zero(
        `Indemnité non due : contrat conclu le ${formaterDate(cle)}, avant le 16 mars 2013 ; l'indemnité forfaitaire des marchés publics ne vise que les contrats conclus à compter de cette date (loi n° 2013-100, décret n° 2013-269).`,
        ['Loi n° 2013-100 du 28 janvier 2013', 'Décret n° 2013-269 du 29 mars 2013'],
        avertissements,
      );
    }
  }
  // B2B (and the table's own start): the start of the payment period decides (décret n° 2012-1115).
  const depart = facture ?? echeance;
  // Without the invoice date, the due date stands in. It can only give another answer for a due date in the
  // first half of 2013: a lawful term is at most 60 days, or 45 days end of month (L441-10 I).
  if (facture === null && !publique && echeance >= JOUR_2013 && echeance < JOUR_2013_07) {
    avertissements.push(
      "Début du délai de paiement inconnu (date de facture ou de livraison) : l'échéance est retenue ; le décret n° 2012-1115 vise les créances dont le délai de paiement a commencé à courir après le 1er janvier 2013.",
    );
  }
  const i = indexEnVigueur(baremes.indemniteForfaitaire, publique ? Math.max(depart, contrat ?? depart) : depart);
  if (i < 0) {
    const debut = baremes.indemniteForfaitaire[0];
    return zero(
      `Indemnité non due : le délai de paiement a commencé à courir le ${formaterDate(depart)}, avant son entrée en vigueur${debut ? ` le ${formaterDate(debut.du)}` : ''} (décret n° 2012-1115).`,
      [...articles, DECRET_2012_1115],
      avertissements,
    );
  }
  const entree = baremes.indemniteForfaitaire[i]!;
  if (!entree.confirme) avertissements.push(`Montant NON CONFIRMÉ : ${entree.libelle}.`);
  if (publique) avertissements.push("Article D2192-35 (montant de 40 €) : renvoi vu, texte non lu dans sa version officielle (PARTIEL dans la référence juridique).");
  const montant = entree.centimes;
  return {
    montant: formaterEuros(montant),
    complementaire: formaterEuros(Math.max(0, frais - montant)),
    motif:
      `Indemnité forfaitaire pour frais de recouvrement de ${formaterEuros(montant)} € due de plein droit dès le premier jour de retard de paiement de cette facture` +
      (publique ? ' (acheteur public, C. commande publique L2192-13, D2192-35)' : '') +
      (frais > montant ? ', et indemnisation complémentaire sur justification des frais exposés au-delà.' : '.'),
    references: articles,
    avertissements,
  };
}
