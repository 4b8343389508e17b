/**
 * Average payment delay (délai moyen de paiement constaté): over the payments received, the amount-weighted
 * mean of the days from the invoice date (or from the due date) to the payment date,
 * `Σ montant × (datePaiement − dateFacture) / Σ montant`, with its distribution by bucket of days.
 * A management ratio; compare it with the legal maximum terms (C. com. L441-10 I: 60 days from the invoice
 * date, or 45 days end of month) — see docs/indicateurs.md.
 */
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import type { TrancheAgee } from './balanceAgee.js';
import { arrondiDixieme, bornes, iterable, jourLigne, ligne, objet, Somme, paiementLigne, jourPaiement, centimesPaiement, annuleAu } from './internes/lecture.js';

/** One invoice with the payments received on it (`Creance` objects fit). */
export interface FacturePayee {
  readonly dateFacture: DateISO;
  /** Required when `depuis` is `'echeance'`. */
  readonly dateEcheance?: DateISO;
  readonly paiements: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
}

/** Parameters of {@link delaiMoyenDePaiement}. */
export interface ParamsDelaiMoyenDePaiement {
  /**
   * Count the days from the invoice date (`'facture'`, default: the délai de paiement) or from the due date
   * (`'echeance'`: the lateness, negative for early payments).
   */
  readonly depuis?: 'facture' | 'echeance';
  /** Only payments dated on or after this day. */
  readonly du?: DateISO;
  /** Only payments dated on or before this day. */
  readonly au?: DateISO;
  /**
   * Distribution bounds in days (same semantics as `balanceAgee`). Default `[30, 45, 60, 90]` from the
   * invoice date, `[0, 30, 60, 90]` from the due date.
   */
  readonly tranches?: readonly number[];
}

/** Result of {@link delaiMoyenDePaiement}. */
export interface ResultatDelaiMoyenDePaiement {
  /** Amount-weighted mean delay in days, rounded half-up to one decimal; `null` when no payment counted. */
  readonly jours: number | null;
  readonly depuis: 'facture' | 'echeance';
  /** Sum of the payments counted. */
  readonly montant: Euros;
  readonly nombrePaiements: number;
  /** Invoices with at least one payment counted. */
  readonly nombreFactures: number;
  /** Payments by delay bucket: `montant` paid and `nombre` of payments in each; every bucket present. */
  readonly distribution: ReadonlyArray<TrancheAgee>;
}

/**
 * Amount-weighted average payment delay over the payments of a ledger, and its distribution, in one
 * streaming pass (exact sums of cents × days, rounded once).
 *
 * @param factures - any iterable of invoices with their payments
 * @param params - `depuis`, `du`, `au`, `tranches`
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, with the row index first in the path
 * @example
 * ```ts
 * import { delaiMoyenDePaiement } from 'recouvrement';
 * delaiMoyenDePaiement([
 *   { dateFacture: '2025-01-01', paiements: [{ date: '2025-01-31', montant: '300.00' }] },           // 30 days
 *   { dateFacture: '2025-01-01', paiements: [{ date: '2025-03-02', montant: '100.00' }] },           // 60 days
 * ]);
 * //=> { jours: 37.5, depuis: 'facture', montant: '400.00', nombrePaiements: 2, nombreFactures: 2,
 * //     distribution: [{ de: null, a: 30, montant: '300.00', nombre: 1 }, { de: 30, a: 45, montant: '0.00', nombre: 0 },
 * //                    { de: 45, a: 60, montant: '100.00', nombre: 1 }, { de: 60, a: 90, … }, { de: 90, a: null, … }] }
 * ```
 */
export function delaiMoyenDePaiement(factures: Iterable<FacturePayee>, params: ParamsDelaiMoyenDePaiement = {}): ResultatDelaiMoyenDePaiement {
  const p = objet(params, ['params'], ['depuis', 'du', 'au', 'tranches']);
  const depuis = p.depuis ?? 'facture';
  if (depuis !== 'facture' && depuis !== 'echeance') return entreeInvalide(['depuis'], "'facture' ou 'echeance' attendu");
  const du = p.du === undefined ? -Infinity : lireDate(p.du, ['du']);
  const au = p.au === undefined ? Infinity : lireDate(p.au, ['au']);
  const b = bornes(p.tranches, ['tranches'], depuis === 'facture' ? [30, 45, 60, 90] : [0, 30, 60, 90]);
  const champ = depuis === 'facture' ? 'dateFacture' : 'dateEcheance';
  const lignes = iterable(factures);

  const n = b.length;
  const sommes = Array.from({ length: n + 1 }, () => new Somme());
  const nombres = new Array<number>(n + 1).fill(0);
  const total = new Somme();
  const pondere = new Somme();
  let nombrePaiements = 0;
  let nombreFactures = 0;
  let i = 0;
  for (const f of lignes) {
    const r = ligne(f, i);
    const origine = jourLigne(r[champ], i, champ);
    const paiements: unknown = r.paiements;
    if (!Array.isArray(paiements)) entreeInvalide([i, 'paiements'], 'tableau de paiements attendu', 'invalid_type');
    let compte = false;
    for (let k = 0; k < paiements.length; k++) {
      const q = paiementLigne(paiements[k], i, k);
      const jour = jourPaiement(q, i, k);
      const c = centimesPaiement(q, i, k);
      if (c === 0) entreeInvalide([i, 'paiements', k, 'montant'], 'un paiement est strictement positif', 'too_small');
      // A payment reversed by `au` (annulation) is no payment.
      if (jour < du || jour > au || annuleAu(q, i, k, au)) continue;
      const delai = jour - origine;
      let t = 0;
      while (t < n && delai > b[t]!) t++;
      sommes[t]!.ajouter(c);
      nombres[t] = nombres[t]! + 1;
      total.ajouter(c);
      pondere.ajouterProduit(c, delai);
      nombrePaiements++;
      compte = true;
    }
    if (compte) nombreFactures++;
    i++;
  }
  const somme = total.valeur();
  const distribution: TrancheAgee[] = [];
  for (let t = 0; t <= n; t++) {
    distribution.push({ de: t === 0 ? null : b[t - 1]!, a: t === n ? null : b[t]!, montant: formaterEuros(sommes[t]!.valeur()), nombre: nombres[t]! });
  }
  return {
    jours: somme === 0n ? null : arrondiDixieme(pondere.valeur(), somme),
    depuis,
    montant: formaterEuros(somme),
    nombrePaiements,
    nombreFactures,
    distribution,
  };
}
