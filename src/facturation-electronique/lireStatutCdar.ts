/**
 * Reads an e-invoicing lifecycle message (CDAR, UN/CEFACT CrossDomainAcknowledgementAndResponse, as profiled by
 * AFNOR XP Z12-012) into the fields the recovery library needs: the status code (MDT-105
 * `ProcessConditionCode`), its reason (MDT-113 `ReasonCode`, MDT-114 `Reason`), its action (MDT-121
 * `RequestedActionCode`), the amounts of its characteristics (MDT-207 `TypeCode`, MDT-215 `ValueAmount`: `MEN`
 * amount cashed in, `MNATTC` / `MNA` amount not approved), its dates and the message id. The element names
 * follow the structure described publicly by platform vendors and open-source readers (PARTIAL: not the norm
 * itself, which is not public).
 */
import { formaterDate, jourDepuisCivil, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type Euros } from '../socle/euros.js';
import { enfant, enfants, lireXml, texteA, type ElementXml, type LimitesXml } from './xml.js';

/**
 * A lifecycle status read from a CDAR message. Its fields are those of `StatutFacture`
 * (`recouvrement/machine`), plus what identifies the invoice.
 */
export interface StatutCdar {
  /** The status code (MDT-105), e.g. 212. */
  readonly code: number;
  /** The day of the status (the acknowledgement's date, else the message's). */
  readonly date: DateISO;
  /** MEN: the amount cashed in (212), summed over the VAT rates; negative for a refund. */
  readonly montant?: Euros;
  /** MNATTC (else MNA): the amount not approved (206, 207). */
  readonly montantConteste?: Euros;
  readonly motif?: string;
  readonly codeMotif?: string;
  readonly codeAction?: string;
  readonly idMessage?: string;
  /** The invoice number (IssuerAssignedID of the referenced document), `null` if absent. */
  readonly numeroFacture: string | null;
  /** The invoice date (FormattedIssueDateTime), `null` if absent. */
  readonly dateFacture: DateISO | null;
  /** MEN lines per VAT rate (ValuePercent), as in the message. */
  readonly encaissementParTaux: readonly { readonly taux: string | null; readonly montant: Euros }[];
}

/** Reads `AAAAMMJJ` (format 102) or `AAAAMMJJHHMMSS` (format 204) into a calendar day. */
function lireDateCdar(t: string | undefined, path: readonly string[]): DateISO | undefined {
  if (t === undefined) return undefined;
  if (!/^\d{8}(\d{6})?$/.test(t)) return entreeInvalide(path, `date CDAR AAAAMMJJ ou AAAAMMJJHHMMSS attendue : ${t.slice(0, 20)}`);
  const a = Number(t.slice(0, 4));
  const m = Number(t.slice(4, 6));
  const j = Number(t.slice(6, 8));
  const jour = jourDepuisCivil(a, m, j);
  const d = formaterDate(jour);
  if (d !== `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`) return entreeInvalide(path, `date inexistante : ${t.slice(0, 8)}`);
  return d;
}

/** The amount of a characteristic, in euros (the currency, when given, must be EUR). */
function montant(c: ElementXml, path: readonly string[]): number {
  const v = enfant(c, 'ValueAmount');
  const t = v?.texte.trim();
  if (v === undefined || t === undefined || t === '') return entreeInvalide(path, 'ValueAmount attendu');
  const devise = v.attributs.currencyID;
  if (devise !== undefined && devise !== 'EUR') entreeInvalide(path, `devise ${devise.slice(0, 10)} : seuls les montants en EUR sont lus`);
  return lireEuros(t, path, { negatifAutorise: true });
}

/**
 * Reads a CDAR lifecycle message into a status, ready for `evenementDepuisStatutFacture`
 * (`recouvrement/machine`). One referenced document per message.
 *
 * @param xml - the message, as text (at most `limites.tailleMax` characters, default 1 000 000)
 * @param limites - size, depth and element limits of the reader
 * @returns the status and the invoice it refers to
 * @throws {RecouvrementError} `ENTREE_INVALIDE` on malformed XML (or a DTD), a document that is not a CDAR,
 *   a missing or malformed status code or date, a non-EUR amount, or several referenced documents
 * @example
 * ```ts
 * import { lireStatutCdar } from 'recouvrement';
 * const xml = `<rsm:CrossDomainAcknowledgementAndResponse xmlns:rsm="urn:rsm" xmlns:ram="urn:ram" xmlns:udt="urn:udt">
 *   <rsm:ExchangedDocument><ram:ID>CDV-1</ram:ID>
 *     <ram:IssueDateTime><udt:DateTimeString format="204">20261005101500</udt:DateTimeString></ram:IssueDateTime>
 *   </rsm:ExchangedDocument>
 *   <rsm:AcknowledgementDocument><ram:ReferenceReferencedDocument>
 *     <ram:IssuerAssignedID>F-2026-101</ram:IssuerAssignedID>
 *     <ram:ProcessConditionCode>212</ram:ProcessConditionCode>
 *     <ram:SpecifiedDocumentStatus><ram:SpecifiedDocumentCharacteristic>
 *       <ram:TypeCode>MEN</ram:TypeCode><ram:ValueAmount currencyID="EUR">600.00</ram:ValueAmount><ram:ValuePercent>20</ram:ValuePercent>
 *     </ram:SpecifiedDocumentCharacteristic></ram:SpecifiedDocumentStatus>
 *   </ram:ReferenceReferencedDocument></rsm:AcknowledgementDocument>
 * </rsm:CrossDomainAcknowledgementAndResponse>`;
 * const s = lireStatutCdar(xml);
 * [s.code, s.date, s.montant, s.idMessage, s.numeroFacture]; //=> [212, '2026-10-05', '600.00', 'CDV-1', 'F-2026-101']
 * ```
 */
export function lireStatutCdar(xml: string, limites?: LimitesXml): StatutCdar {
  const racine = lireXml(xml, limites);
  if (racine.nom !== 'CrossDomainAcknowledgementAndResponse') entreeInvalide([], `message CDAR attendu (CrossDomainAcknowledgementAndResponse), reçu <${racine.nom.slice(0, 60)}>`);
  const echange = enfant(racine, 'ExchangedDocument');
  const idMessage = texteA(echange, 'ID');
  const dateMessage = lireDateCdar(texteA(echange, 'IssueDateTime', 'DateTimeString'), ['ExchangedDocument', 'IssueDateTime']);
  const accuse = enfant(racine, 'AcknowledgementDocument');
  if (accuse === undefined) return entreeInvalide(['AcknowledgementDocument'], 'AcknowledgementDocument absent');
  const dateAccuse = lireDateCdar(texteA(accuse, 'IssueDateTime', 'DateTimeString'), ['AcknowledgementDocument', 'IssueDateTime']);
  const refs = enfants(accuse, 'ReferenceReferencedDocument');
  if (refs.length !== 1) entreeInvalide(['AcknowledgementDocument', 'ReferenceReferencedDocument'], `un document référencé attendu, ${refs.length} trouvé(s)`);
  const ref = refs[0]!;
  const brut = texteA(ref, 'ProcessConditionCode');
  if (brut === undefined || !/^\d{3}$/.test(brut)) return entreeInvalide(['ReferenceReferencedDocument', 'ProcessConditionCode'], `code de statut à 3 chiffres attendu : ${String(brut).slice(0, 20)}`);
  const date = dateAccuse ?? dateMessage;
  if (date === undefined) return entreeInvalide(['AcknowledgementDocument', 'IssueDateTime'], 'date du statut absente');

  const statuts = enfants(ref, 'SpecifiedDocumentStatus');
  let codeMotif: string | undefined;
  let motif: string | undefined;
  let codeAction: string | undefined;
  let men: number | undefined;
  let mna: number | undefined;
  let mnattc: number | undefined;
  const parTaux: { taux: string | null; montant: Euros }[] = [];
  statuts.forEach((s, i) => {
    codeMotif ??= texteA(s, 'ReasonCode');
    motif ??= texteA(s, 'Reason');
    codeAction ??= texteA(s, 'RequestedActionCode');
    enfants(s, 'SpecifiedDocumentCharacteristic').forEach((c, k) => {
      const type = texteA(c, 'TypeCode');
      const path = ['SpecifiedDocumentStatus', String(i), 'SpecifiedDocumentCharacteristic', String(k)];
      if (type === 'MEN') {
        const m = montant(c, path);
        men = (men ?? 0) + m;
        parTaux.push({ taux: texteA(c, 'ValuePercent') ?? null, montant: formaterEuros(m) });
      } else if (type === 'MNATTC') mnattc = (mnattc ?? 0) + montant(c, path);
      else if (type === 'MNA') mna = (mna ?? 0) + montant(c, path);
    });
  });
  const conteste = mnattc ?? mna;
  return {
    code: Number(brut),
    date,
    ...(men === undefined ? {} : { montant: formaterEuros(men) }),
    ...(conteste === undefined ? {} : { montantConteste: formaterEuros(Math.abs(conteste)) }),
    ...(motif === undefined ? {} : { motif }),
    ...(codeMotif === undefined ? {} : { codeMotif }),
    ...(codeAction === undefined ? {} : { codeAction }),
    ...(idMessage === undefined ? {} : { idMessage }),
    numeroFacture: texteA(ref, 'IssuerAssignedID') ?? null,
    dateFacture: lireDateCdar(texteA(ref, 'FormattedIssueDateTime', 'DateTimeString'), ['ReferenceReferencedDocument', 'FormattedIssueDateTime']) ?? null,
    encaissementParTaux: parTaux,
  };
}
