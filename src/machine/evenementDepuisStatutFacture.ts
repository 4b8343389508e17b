/**
 * E-invoicing lifecycle statuses (statuts du cycle de vie, facturation électronique, in force since
 * 1 September 2026) as machine events. Codes are the CDAR `ProcessConditionCode` values (MDT-105) of the
 * AFNOR XP Z12-012 lists: 200–214 (the socle of the external specifications, AIFE v3.1), and 220, 221, 224–228
 * and 501 as published by platform vendors (PARTIAL: vendor documentation, not the norm itself). Four are
 * mandatory: 200 Déposée, 210 Refusée, 212 Encaissée, 213 Rejetée.
 *
 * Statuses are signals, not verdicts. Effects on the claim (a design choice of this library, not a rule of law):
 * - 210 Refusée (the buyer does not book the invoice: final) and 220 Annulée cancel the claim as billed
 *   (`FACTURE_ANNULEE` → `annulee`); re-invoicing or claiming outside the platform is the creditor's decision;
 * - 213 Rejetée cancels it too (`FACTURE_REJETEE`), except with reason `DOUBLON`: a repeated delivery of an
 *   invoice the platform already holds is rejected, the invoice held stays valid (recorded, nothing changes);
 * - 206 Approuvée partiellement, 207 En litige, 208 Suspendue open a dispute (reminders pause); with a disputed
 *   amount (`montantConteste`, e.g. action code CNP) only that part is disputed and the rest keeps its course;
 *   209 Complétée closes the dispute (in `amiable`/`negociation`, the partial dispute open; without any dispute
 *   it is recorded only);
 * - 212 Encaissée is a payment (possibly partial); a negative 212 (a refund) is recorded, to reconcile;
 * - 221 Erreur de routage and 501 Irrecevable hold reminders until the invoice is delivered (202 to 205);
 * - 225 / 226 Affacturée: the factor collects, no reminders from the seller; 228 Non affacturée: back to the
 *   seller; 224 and 227 are recorded with a next action;
 * - the other statuses are recorded in the dossier de preuve (205 Approuvée is evidence the claim is not
 *   contested).
 * Reason codes (MDT-113), action codes (MDT-121: NOA, PIN, NIN, CNF, CNP, CNA, OTH) and the message id are
 * kept in the event, hence in the dossier.
 */
import type { DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { lireEuros, formaterEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import { lireDate } from '../socle/date-iso.js';
import type { EvenementRecouvrement } from './evenements.js';

/** How a status bears on the claim (see {@link STATUTS_FACTURE}). */
export type EffetStatutFacture =
  | 'enregistre'
  | 'litige'
  | 'litige-resolu'
  | 'paiement'
  | 'annulation'
  | 'rejet'
  | 'distribution-bloquee'
  | 'affacturage'
  | 'fin-affacturage';

/** One lifecycle status: its French label, whether the socle makes it mandatory, its effect, its source. */
export interface DefinitionStatutFacture {
  readonly libelle: string;
  readonly obligatoire: boolean;
  /** The default effect on the claim (213 with reason DOUBLON and 212 negative differ: see the module). */
  readonly effet: EffetStatutFacture;
  readonly source: string;
}

const SOCLE = 'AFNOR XP Z12-012 ; spécifications externes de la facturation électronique v3.1 (AIFE)';
const ETENDU = "AFNOR XP Z12-012, liste publiée par les éditeurs (Vertex « France CII (CDAR) », SUPER PDP) — PARTIEL";

const def = (libelle: string, obligatoire: boolean, effet: EffetStatutFacture, source = SOCLE): DefinitionStatutFacture =>
  Object.freeze({ libelle, obligatoire, effet, source });

/**
 * The lifecycle statuses: French label, whether the socle makes it mandatory (200, 210, 212, 213), the effect
 * on the claim, and the source of the code. Deeply frozen.
 *
 * @example
 * ```ts
 * import { STATUTS_FACTURE } from 'recouvrement/machine';
 * STATUTS_FACTURE[212]?.libelle; //=> 'Encaissée'
 * STATUTS_FACTURE[210]?.effet; //=> 'annulation'
 * Object.keys(STATUTS_FACTURE).length; //=> 23
 * ```
 */
export const STATUTS_FACTURE: Readonly<Record<number, DefinitionStatutFacture>> = Object.freeze({
  200: def('Déposée', true, 'enregistre'),
  201: def('Émise par la plateforme', false, 'enregistre'),
  202: def('Reçue par la plateforme', false, 'enregistre'),
  203: def('Mise à disposition', false, 'enregistre'),
  204: def('Prise en charge', false, 'enregistre'),
  205: def('Approuvée', false, 'enregistre'),
  206: def('Approuvée partiellement', false, 'litige'),
  207: def('En litige', false, 'litige'),
  208: def('Suspendue', false, 'litige'),
  209: def('Complétée', false, 'litige-resolu'),
  210: def('Refusée', true, 'annulation'),
  211: def('Paiement transmis', false, 'enregistre'),
  212: def('Encaissée', true, 'paiement'),
  213: def('Rejetée', true, 'rejet'),
  214: def('Visée', false, 'enregistre', ETENDU),
  220: def('Annulée', false, 'annulation', ETENDU),
  221: def('Erreur de routage', false, 'distribution-bloquee', ETENDU),
  224: def('Demande de paiement direct', false, 'enregistre', ETENDU),
  225: def('Affacturée', false, 'affacturage', ETENDU),
  226: def('Affacturée confidentiel', false, 'affacturage', ETENDU),
  227: def('Changement de compte à payer', false, 'enregistre', ETENDU),
  228: def('Non affacturée', false, 'fin-affacturage', ETENDU),
  501: def('Irrecevable', false, 'distribution-bloquee', ETENDU),
});

/**
 * The action codes a status may carry (MDT-121, closed list BR-FR-CDV-CL-10) and what they ask of the
 * seller. Their meanings follow the Peppol Invoice Response action list the French list reuses (PARTIAL).
 *
 * @example
 * ```ts
 * import { ACTIONS_STATUT_FACTURE } from 'recouvrement/machine';
 * ACTIONS_STATUT_FACTURE.NIN; //=> 'Émettre une nouvelle facture'
 * ```
 */
export const ACTIONS_STATUT_FACTURE: Readonly<Record<'NOA' | 'PIN' | 'NIN' | 'CNF' | 'CNP' | 'CNA' | 'OTH', string>> = Object.freeze({
  NOA: 'Aucune action demandée',
  PIN: "Fournir les informations demandées à l'acheteur (puis statut 209 Complétée)",
  NIN: 'Émettre une nouvelle facture',
  CNF: 'Émettre un avoir total',
  CNP: 'Émettre un avoir partiel',
  CNA: 'Émettre un avoir du montant indiqué',
  OTH: 'Autre action : voir le motif',
});

/** A lifecycle status received from (or sent through) the plateforme agréée. */
export interface StatutFacture {
  /** The status code, e.g. 212 or '212' (see {@link STATUTS_FACTURE}). */
  readonly code: number | string;
  /** The day of the status. */
  readonly date: DateISO;
  /** 212 Encaissée: the amount cashed in (required; negative for a refund). */
  readonly montant?: EntreeEuros;
  /** 206 / 207: the amount the buyer does not approve (a dispute on that part only). */
  readonly montantConteste?: EntreeEuros;
  /** The reason, as text (MDT-114), or a reason code when `codeMotif` is absent. */
  readonly motif?: string;
  /** The reason code (MDT-113), e.g. `DOUBLON`, `PU_ERR`, `ROUTAGE_ERR`. */
  readonly codeMotif?: string;
  /** The action code (MDT-121): NOA, PIN, NIN, CNF, CNP, CNA, OTH. */
  readonly codeAction?: string;
  /** The lifecycle message's id (kept in the dossier). */
  readonly idMessage?: string;
}

/** Result of {@link interpreterStatutFacture}: the machine event, and what it means for the creditor. */
export interface InterpretationStatutFacture {
  readonly code: number;
  readonly libelle: string;
  /** The effect applied (213 with DOUBLON and a negative 212: `enregistre`). */
  readonly effet: EffetStatutFacture;
  readonly evenement: EvenementRecouvrement;
  /** Who collects the claim after this status: the seller, the factor, or unchanged (`null`). */
  readonly encaissement: 'vendeur' | 'affactureur' | null;
  /** Next actions for the creditor, in French (action code, 210 outcome, refund to reconcile…). */
  readonly actions: readonly string[];
  readonly avertissements: readonly string[];
  readonly source: string;
}

const CODE = /^\d{3}$/;
/** Statuses that carry a reason code (BR-FR-CDV-15, as read in a public implementation: PARTIAL). */
const MOTIF_REQUIS = new Set([206, 207, 208, 210, 213, 501]);
const TEXTE_MAX = 900;

function texteOptionnel(v: unknown, path: string, max: number): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') return entreeInvalide([path], 'texte attendu', 'invalid_type');
  const t = v.trim();
  return t === '' ? undefined : t.slice(0, max);
}

/**
 * What an e-invoicing lifecycle status means for the claim: the machine event, the effect, who collects, and
 * the next actions it asks for (see the module comment for the table of effects).
 *
 * @param statut - the status: code, date, and the optional amount, disputed amount, reason, reason code,
 *   action code and message id
 * @returns the event for the machine and its reading
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for an unknown code, a bad date, a 212 without a non-zero
 *   amount, or a malformed field
 * @example
 * ```ts
 * import { interpreterStatutFacture } from 'recouvrement/machine';
 * const r = interpreterStatutFacture({ code: 210, date: '2026-10-05', codeMotif: 'TX_TVA_ERR' });
 * r.evenement; //=> { type: 'FACTURE_ANNULEE', date: '2026-10-05', code: 210, motif: 'statut 210 Refusée [TX_TVA_ERR]', codeMotif: 'TX_TVA_ERR' }
 * r.actions[0]; //=> 'Facture refusée (définitif) : la créance est annulée telle que facturée ; refacturer ou réclamer hors plateforme relève du créancier.'
 * ```
 */
export function interpreterStatutFacture(statut: StatutFacture): InterpretationStatutFacture {
  if (typeof statut !== 'object' || statut === null) return entreeInvalide([], 'statut { code, date } attendu', 'invalid_type');
  const brut: unknown = statut.code;
  const code = typeof brut === 'string' && CODE.test(brut) ? Number(brut) : brut;
  const d = typeof code === 'number' && Number.isInteger(code) ? STATUTS_FACTURE[code] : undefined;
  if (d === undefined || typeof code !== 'number') {
    return entreeInvalide(['code'], `statut du cycle de vie inconnu (200 à 214, 220, 221, 224 à 228 ou 501 attendu) : ${String(brut).slice(0, 20)}`);
  }
  lireDate(statut.date, ['date']);
  const date = statut.date;
  const texte = texteOptionnel(statut.motif, 'motif', TEXTE_MAX);
  const codeMotif = texteOptionnel(statut.codeMotif, 'codeMotif', 50);
  const codeActionBrut = texteOptionnel(statut.codeAction, 'codeAction', 10);
  const codeAction = codeActionBrut?.toUpperCase();
  const idMessage = texteOptionnel(statut.idMessage, 'idMessage', 200);
  const conteste = statut.montantConteste === undefined ? undefined : lireEuros(statut.montantConteste, ['montantConteste']);
  const cdv = { ...(codeMotif === undefined ? {} : { codeMotif }), ...(codeAction === undefined ? {} : { codeAction }), ...(idMessage === undefined ? {} : { idMessage }) };

  const nom = `statut ${code} ${d.libelle}`;
  const etiquettes = [codeMotif, codeAction].filter((x) => x !== undefined).join(' / ');
  const motif = `${nom}${etiquettes ? ` [${etiquettes}]` : ''}${texte ? ` : ${texte}` : ''}`.slice(0, 1000);
  const actions: string[] = [];
  const avertissements: string[] = [];
  if (MOTIF_REQUIS.has(code) && codeMotif === undefined && texte === undefined) avertissements.push(`Le statut ${code} porte normalement un motif (BR-FR-CDV-15) : absent.`);
  if (codeAction !== undefined) {
    const a = (ACTIONS_STATUT_FACTURE as Record<string, string>)[codeAction];
    if (a === undefined) avertissements.push(`Code action ${codeAction} hors de la liste NOA, PIN, NIN, CNF, CNP, CNA, OTH : conservé tel quel.`);
    else if (codeAction !== 'NOA') actions.push(`${a} (code action ${codeAction}${conteste !== undefined && conteste > 0 ? ` : ${formaterEuros(conteste)} €` : ''}).`);
  }
  const enregistre = (extra: { montant?: Euros } = {}): EvenementRecouvrement => ({
    type: 'STATUT_FACTURE',
    date,
    code,
    libelle: d.libelle,
    ...(texte === undefined && etiquettes === '' ? {} : { motif }),
    ...extra,
    ...cdv,
  });
  const resultat = (evenement: EvenementRecouvrement, effet: EffetStatutFacture, encaissement: InterpretationStatutFacture['encaissement'] = null): InterpretationStatutFacture => ({
    code,
    libelle: d.libelle,
    effet,
    evenement,
    encaissement,
    actions,
    avertissements,
    source: d.source,
  });

  switch (d.effet) {
    case 'litige': {
      // A disputed amount (206, or 207 with CNP/CNA) disputes that part only; CNF asks for a full credit note.
      const partiel = conteste !== undefined && conteste > 0 && codeAction !== 'CNF';
      if (code === 206 && !partiel) actions.push("Obtenir de l'acheteur le montant non approuvé : en attendant, toute la facture est traitée comme contestée.");
      if (code === 208) actions.push("Compléter la facture ou fournir les justificatifs demandés (statut 209 Complétée).");
      const evenement: EvenementRecouvrement = partiel
        ? { type: 'LITIGE_OUVERT', date, motif, montantConteste: formaterEuros(conteste) }
        : { type: 'LITIGE_OUVERT', date, motif };
      return resultat(evenement, 'litige');
    }
    case 'litige-resolu':
      return resultat({ type: 'LITIGE_RESOLU', date, motif }, 'litige-resolu');
    case 'paiement': {
      if (statut.montant === undefined) return entreeInvalide(['montant'], 'le statut 212 Encaissée porte le montant encaissé (paiement partiel possible ; négatif pour un remboursement)', 'invalid_type');
      const c = lireEuros(statut.montant, ['montant'], { negatifAutorise: true });
      if (c === 0) entreeInvalide(['montant'], 'montant non nul attendu', 'too_small');
      if (c < 0) {
        actions.push(`Remboursement de ${formaterEuros(-c)} € : le rapprocher d'un avoir ou d'un paiement annulé.`);
        return resultat(enregistre({ montant: formaterEuros(c) }), 'enregistre');
      }
      return resultat({ type: 'PAIEMENT_RECU', date, montant: formaterEuros(c), reference: idMessage === undefined ? nom : `${nom} (${idMessage})` }, 'paiement');
    }
    case 'rejet': {
      const doublon = (codeMotif ?? texte ?? '').toUpperCase() === 'DOUBLON';
      if (doublon) {
        avertissements.push("Rejet pour doublon : la plateforme détient déjà cette facture ; la facture détenue reste valable et la créance inchangée.");
        return resultat(enregistre(), 'enregistre');
      }
      actions.push('Facture rejetée par la plateforme (non conforme) : la corriger et la déposer à nouveau.');
      return resultat({ type: 'FACTURE_REJETEE', date, motif, ...cdv }, 'rejet');
    }
    case 'annulation':
      actions.push(
        code === 210
          ? 'Facture refusée (définitif) : la créance est annulée telle que facturée ; refacturer ou réclamer hors plateforme relève du créancier.'
          : 'Facture annulée : la créance est annulée telle que facturée (un avoir ou une nouvelle facture la remplace, le cas échéant).',
      );
      return resultat({ type: 'FACTURE_ANNULEE', date, code: code as 210 | 220, motif, ...cdv }, 'annulation');
    case 'distribution-bloquee':
      actions.push(
        code === 221
          ? "Erreur de routage : vérifier l'adressage de l'acheteur (annuaire) et déposer la facture à nouveau ; pas de relance avant sa mise à disposition."
          : 'Facture irrecevable : corriger le fichier et le déposer à nouveau ; pas de relance avant sa mise à disposition.',
      );
      return resultat({ type: 'DISTRIBUTION_BLOQUEE', date, code: code as 221 | 501, motif, ...cdv }, 'distribution-bloquee');
    case 'affacturage':
      actions.push("Facture affacturée : l'affactureur encaisse ; pas de relance du vendeur.");
      if (code === 226) avertissements.push("Affacturage confidentiel : le contrat peut laisser le recouvrement au vendeur, pour le compte de l'affactureur ; envoyer alors 228 ou ne pas transmettre ce statut.");
      return resultat({ type: 'AFFACTURAGE', date, code: code as 225 | 226, motif, ...cdv }, 'affacturage', 'affactureur');
    case 'fin-affacturage':
      return resultat({ type: 'AFFACTURAGE', date, code: 228, motif, ...cdv }, 'fin-affacturage', 'vendeur');
    default:
      if (code === 224) actions.push('Demande de paiement direct : vérifier qui doit encaisser (paiement direct à un tiers) avant toute relance.');
      if (code === 227) actions.push('Changement de compte à payer : vérifier ce changement auprès de son émetteur par un canal connu avant tout rapprochement.');
      return resultat(enregistre(), 'enregistre');
  }
}

/**
 * The machine event for an e-invoicing lifecycle status (the `evenement` of {@link interpreterStatutFacture}).
 *
 * @param statut - the status: code, date, and the optional amount, disputed amount, reason and codes
 * @returns the event to send to the machine
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for an unknown code, a bad date, or a 212 without a non-zero amount
 * @example
 * ```ts
 * import { evenementDepuisStatutFacture } from 'recouvrement/machine';
 * evenementDepuisStatutFacture({ code: 212, date: '2026-10-05', montant: '1200.00' });
 * //=> { type: 'PAIEMENT_RECU', date: '2026-10-05', montant: '1200.00', reference: 'statut 212 Encaissée' }
 * evenementDepuisStatutFacture({ code: '207', date: '2026-10-05', motif: 'quantités' });
 * //=> { type: 'LITIGE_OUVERT', date: '2026-10-05', motif: 'statut 207 En litige : quantités' }
 * evenementDepuisStatutFacture({ code: 207, date: '2026-10-05', codeAction: 'CNP', montantConteste: 300 });
 * //=> { type: 'LITIGE_OUVERT', date: '2026-10-05', motif: 'statut 207 En litige [CNP]', montantConteste: '300.00' }
 * ```
 */
export function evenementDepuisStatutFacture(statut: StatutFacture): EvenementRecouvrement {
  return interpreterStatutFacture(statut).evenement;
}
