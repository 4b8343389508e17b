/**
 * The identity of the legal tables a dossier was computed with: the last day they cover and a fingerprint
 * of their content. A dossier keeps it (the tables themselves stay with the host): `situation` and
 * `actions` use the tables it names, and changing tables later is explicit (see `avancerDossier`).
 */
import { baremesParDefaut } from '../baremes/donnees.js';
import type { Baremes } from '../baremes/types.js';
import type { DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';

/** Which legal tables a dossier uses: the last day they cover, and a fingerprint of their content. */
export interface IdentiteBaremes {
  /** The last day both the ECB history and the legal-interest periods cover (the earlier of the two). */
  readonly connuJusquau: DateISO;
  /** 16 hexadecimal digits (FNV-1a, two 32-bit lanes) of the tables' JSON: equal tables, equal fingerprints. */
  readonly empreinte: string;
}

const memo = new WeakMap<Baremes, IdentiteBaremes>();
/** Tables seen by the machine, by fingerprint: the ones a context names are found again. */
const connues = new Map<string, Baremes>();

function fnv(texte: string, graine: number): string {
  let h = graine >>> 0;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The identity of `baremes` (memoised per tables object), and remembers them so that a context naming this
 * identity finds them again (`baremesDeIdentite`, internal).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `baremes` is not a set of legal tables
 * @example
 * ```ts
 * import { identiteBaremes } from 'recouvrement/machine';
 * import { baremesParDefaut } from 'recouvrement';
 * identiteBaremes(baremesParDefaut).empreinte.length; //=> 16
 * ```
 */
export function identiteBaremes(baremes: Baremes = baremesParDefaut): IdentiteBaremes {
  const b = baremes as Partial<Baremes> | null;
  if (typeof b !== 'object' || b === null || typeof b.bce?.connuJusquau !== 'string' || !Array.isArray(b.tauxLegal)) {
    entreeInvalide(['options', 'baremes'], 'barèmes attendus (baremesParDefaut, etendreBaremes, chargerBaremes)', 'invalid_type');
  }
  const m = memo.get(baremes);
  if (m !== undefined) return m;
  let json: string;
  try {
    json = JSON.stringify(baremes);
  } catch {
    return entreeInvalide(['options', 'baremes'], 'barèmes non JSON', 'invalid_type');
  }
  const dernier = baremes.tauxLegal.at(-1)?.au ?? baremes.bce.connuJusquau;
  const r: IdentiteBaremes = Object.freeze({
    connuJusquau: dernier < baremes.bce.connuJusquau ? dernier : baremes.bce.connuJusquau,
    empreinte: fnv(json, 0x811c9dc5) + fnv(json, 0x050c5d1f),
  });
  memo.set(baremes, r);
  if (!connues.has(r.empreinte)) connues.set(r.empreinte, baremes);
  return r;
}

/** The tables of an identity this process has seen (the shipped ones are always known), or `undefined`. */
export function baremesDeIdentite(identite: IdentiteBaremes | undefined): Baremes | undefined {
  if (identite === undefined) return baremesParDefaut;
  if (connues.size === 0) identiteBaremes(baremesParDefaut);
  return connues.get(identite.empreinte);
}
