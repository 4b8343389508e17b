/**
 * Entity-level call: the prescription of one claim, read from the claim and its debtor (C. com. L110-4,
 * C. civ. 2224, C. conso. L218-2, CPCE L111-4), without mapping a field by hand.
 */
import { MESSAGES } from '../socle/messages.js';
import { calculerPrescription, type ResultatPrescription, type TypeEvenementPrescription } from '../eligibilite/calculerPrescription.js';
import type { Creance, CreanceEntree } from '../entites/creance.js';
import type { Debiteur, DebiteurEntree } from '../entites/debiteur.js';
import type { DateISO } from '../socle/date-iso.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { lireCreance, lireDateIso, lireDebiteur } from './internes/lecture.js';

/** Options of {@link prescriptionCreance}. */
export interface OptionsPrescriptionCreance {
  /** "Today": the result then says whether the claim is time-barred (`prescrite`). */
  readonly dateCalcul?: DateISO;
  /** Other events (a demande en justice, a mediation, an express acknowledgement…), in `calculerPrescription`'s vocabulary. */
  readonly evenements?: ReadonlyArray<{ readonly type: TypeEvenementPrescription; readonly date: DateISO }>;
}

/**
 * The prescription deadline of `creance` on `debiteur`, with `calculerPrescription`:
 *
 * - with a `titreExecutoire`: 10 years from its date (CPCE L111-4), nature `titre-executoire`;
 * - otherwise the claim's `nature` (5 years, or 2 for a consumer claim on a natural-person consumer,
 *   C. conso. L218-2 — the debtor's `type` decides), from `dateExecution` (delivery, end of the service),
 *   or from `dateFacture` when it is unknown (flagged: the real start may be earlier);
 * - every payment dated after the start is a `paiement-partiel`: an implicit acknowledgement of the
 *   creditor's right that interrupts prescription (C. civ. 2240; legal reference §6.2, CONFIRMED). A payment
 *   that settles the claim interrupts too, harmlessly: nothing is left to prescribe.
 *
 * @param creance - the claim
 * @param debiteur - its debtor
 * @param options - `dateCalcul` ("today") and other prescription events
 * @returns `calculerPrescription`'s result (deadline, duration, timeline, articles, warnings)
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field
 * @example
 * ```ts
 * import { prescriptionCreance } from 'recouvrement';
 *
 * const r = prescriptionCreance(
 *   { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-20', dateExecution: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [{ date: '2025-03-16', montant: '200.00' }],
 *     nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * );
 * console.log(r.dateLimite, r.dureeAnnees);
 * //=> '2030-03-16' 5
 * ```
 */
export function prescriptionCreance(creance: Creance | CreanceEntree, debiteur: Debiteur | DebiteurEntree, options?: OptionsPrescriptionCreance): ResultatPrescription {
  const c = lireCreance(creance);
  const d = lireDebiteur(debiteur);
  if (options !== undefined && (typeof options !== 'object' || options === null)) entreeInvalide(['options'], MESSAGES.optionsAttendues, 'invalid_type');
  refuserClesInconnues(options, ['dateCalcul', 'evenements'], ['options']);
  const dateCalcul = options?.dateCalcul === undefined ? undefined : lireDateIso(options.dateCalcul, ['options', 'dateCalcul']);
  const autres = options?.evenements ?? [];
  if (!Array.isArray(autres)) entreeInvalide(['options', 'evenements'], 'tableau d’événements attendu', 'invalid_type');
  const titre = c.titreExecutoire;
  const depart = titre?.date ?? c.dateExecution ?? c.dateFacture;
  const paiements = c.paiements.filter((p) => p.date > depart).map((p) => ({ type: 'paiement-partiel' as const, date: p.date }));
  const r = calculerPrescription({
    nature: titre !== undefined ? 'titre-executoire' : c.nature,
    dateDepart: depart,
    evenements: [...paiements, ...autres].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    typeDebiteur: d.type,
    ...(dateCalcul !== undefined ? { dateCalcul } : {}),
  });
  if (titre === undefined && c.dateExecution === undefined) {
    return {
      ...r,
      avertissements: [
        "Date d'exécution inconnue : prescription comptée depuis la facture, peut-être après le vrai point de départ (Cass. com. 26 févr. 2020, n° 18-25.036).",
        ...r.avertissements,
      ],
    };
  }
  return r;
}
