/**
 * E-invoicing lifecycle statuses (statuts du cycle de vie, facturation électronique 2026) as machine events.
 * Codes 200–214 are the CDAR ProcessConditionCode values of the AFNOR XP Z12-012 socle (AIFE external
 * specifications v3.1); four are mandatory: 200 Déposée, 210 Refusée, 212 Encaissée, 213 Rejetée.
 *
 * Statuses are signals, not verdicts (legal reference §11.2 and gotcha 24):
 * - 207 En litige, 208 Suspendue and 210 Refusée open a dispute (reminders pause; the claim becomes
 *   arguably "sérieusement contestable"); 209 Complétée closes the dispute opened by 208;
 * - 212 Encaissée is a payment, possibly partial: its amount is required;
 * - 213 Rejetée: the invoice was not validly issued, it must be corrected and reissued (its legal effect on
 *   the due date is UNCONFIRMED);
 * - 211 Paiement transmis is only the buyer's claim: recorded, not a payment;
 * - the other statuses are recorded in the dossier de preuve (205 Approuvée is evidence that the claim is
 *   not contested).
 * The mapping is a design choice of this library, not a rule of law.
 */
import type { DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { lireEuros, formaterEuros, type EntreeEuros } from '../socle/euros.js';
import { lireDate } from '../socle/date-iso.js';
import type { EvenementRecouvrement } from './evenements.js';

/**
 * The lifecycle statuses 200–214: French label and whether the socle makes it mandatory (legal reference
 * §11; the label of 214 is UNCONFIRMED).
 *
 * @example
 * ```ts
 * STATUTS_FACTURE[212]; //=> { libelle: 'Encaissée', obligatoire: true }
 * ```
 */
export const STATUTS_FACTURE: Readonly<Record<number, { readonly libelle: string; readonly obligatoire: boolean }>> = {
  200: { libelle: 'Déposée', obligatoire: true },
  201: { libelle: 'Émise par la plateforme', obligatoire: false },
  202: { libelle: 'Reçue par la plateforme', obligatoire: false },
  203: { libelle: 'Mise à disposition', obligatoire: false },
  204: { libelle: 'Prise en charge', obligatoire: false },
  205: { libelle: 'Approuvée', obligatoire: false },
  206: { libelle: 'Approuvée partiellement', obligatoire: false },
  207: { libelle: 'En litige', obligatoire: false },
  208: { libelle: 'Suspendue', obligatoire: false },
  209: { libelle: 'Complétée', obligatoire: false },
  210: { libelle: 'Refusée', obligatoire: true },
  211: { libelle: 'Paiement transmis', obligatoire: false },
  212: { libelle: 'Encaissée', obligatoire: true },
  213: { libelle: 'Rejetée', obligatoire: true },
  // The French label of 214 is from memory in the legal reference (UNCONFIRMED).
  214: { libelle: 'Visée', obligatoire: false },
};

/** A lifecycle status received from the plateforme agréée. */
export interface StatutFacture {
  /** 200–214 (number or string). */
  readonly code: number | string;
  readonly date: DateISO;
  /** Amount received (212 Encaissée: required). */
  readonly montant?: EntreeEuros;
  /** The reason code or text (required by the norm for 206, 207, 208, 210, 213). */
  readonly motif?: string;
}

/**
 * The machine event for an e-invoicing lifecycle status.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for an unknown code, a bad date, or 212 without a positive amount
 * @example
 * ```ts
 * evenementDepuisStatutFacture({ code: 212, date: '2026-10-05', montant: '1200.00' });
 * //=> { type: 'PAIEMENT_RECU', date: '2026-10-05', montant: '1200.00', reference: 'statut 212 Encaissée' }
 * evenementDepuisStatutFacture({ code: '207', date: '2026-10-05', motif: 'quantités' });
 * //=> { type: 'LITIGE_OUVERT', date: '2026-10-05', motif: 'statut 207 En litige : quantités' }
 * ```
 */
export function evenementDepuisStatutFacture(statut: StatutFacture): EvenementRecouvrement {
  if (typeof statut !== 'object' || statut === null) return entreeInvalide([], 'statut { code, date } attendu', 'invalid_type');
  const code = typeof statut.code === 'string' && /^\d{3}$/.test(statut.code) ? Number(statut.code) : statut.code;
  const def = typeof code === 'number' ? STATUTS_FACTURE[code] : undefined;
  if (def === undefined) return entreeInvalide(['code'], `statut du cycle de vie inconnu (200 à 214 attendu) : ${String(statut.code).slice(0, 20)}`);
  lireDate(statut.date, ['date']);
  if (statut.motif !== undefined && typeof statut.motif !== 'string') entreeInvalide(['motif'], 'texte attendu', 'invalid_type');
  const date = statut.date;
  const nom = `statut ${code} ${def.libelle}`;
  const motif = statut.motif === undefined || statut.motif === '' ? nom : `${nom} : ${statut.motif.slice(0, 900)}`;
  switch (code) {
    case 207:
    case 208:
    case 210:
      return { type: 'LITIGE_OUVERT', date, motif };
    case 209:
      return { type: 'LITIGE_RESOLU', date, motif };
    case 212: {
      if (statut.montant === undefined) return entreeInvalide(['montant'], 'le statut 212 Encaissée porte le montant encaissé (paiement partiel possible)', 'invalid_type');
      const c = lireEuros(statut.montant, ['montant']);
      if (c === 0) entreeInvalide(['montant'], 'montant strictement positif attendu', 'too_small');
      return { type: 'PAIEMENT_RECU', date, montant: formaterEuros(c), reference: nom };
    }
    case 213:
      return { type: 'FACTURE_REJETEE', date, motif };
    default:
      return statut.motif === undefined || statut.motif === ''
        ? { type: 'STATUT_FACTURE', date, code: code as number, libelle: def.libelle }
        : { type: 'STATUT_FACTURE', date, code: code as number, libelle: def.libelle, motif: statut.motif.slice(0, 900) };
  }
}
