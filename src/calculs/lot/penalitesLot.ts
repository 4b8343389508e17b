/**
 * Internal: the batch loop of `calculerPenalitesRetardLot`. Per row: allocation-free parsing (fast parsers
 * that fall back to the strict ones), rate timelines looked up per day from columns built once per batch,
 * the accrual on integer cents and epoch days without building periods. Any row the fast path does not
 * handle takes the per-call path, which gives the same total or throws the same error.
 */
import type { BaremesCompiles } from '../../baremes/compiler.js';
import type { Euros } from '../../socle/euros.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { nouveauxConstats } from '../moteur/chronologie.js';
import type { BaseAnnuelle } from '../moteur/cumul.js';
import { lireParamsPenalites, periodesPenalites } from '../penalites/calculerPenalitesRetard.js';
import {
  chronologieLotBce,
  chronologieLotCommandePublique,
  chronologieLotContractuelle,
  type ChronologieLot,
} from './chronologieLot.js';
import { totalLot } from './cumulLot.js';
import { dateRapide, eurosRapide, eurosTexte } from '../../socle/lecture-rapide.js';

/** The row is not for the fast path. */
const LENT = -1;

/** Payments sorted in place below this count; longer lists take the per-call path (rare). */
const TRI_MAX = 64;

/** Per-call path for one row (the reference semantics, and the errors with their paths). */
function totalLent(b: BaremesCompiles, ligne: unknown, i: number, base: BaseAnnuelle): number {
  const e = lireParamsPenalites(ligne, [i]);
  let total = 0;
  for (const p of periodesPenalites(b, e, base, nouveauxConstats())) total += p.montant;
  return total;
}

/** Totals of every row, formatted as `Euros`. */
export function penalitesLot(lignes: Iterable<unknown>, b: BaremesCompiles, base: BaseAnnuelle): Euros[] {
  const bce = chronologieLotBce(b);
  const commandePublique = new Map<number, ChronologieLot>();
  const jours = new Int32Array(TRI_MAX);
  const centimes = new Float64Array(TRI_MAX);

  /** Fast path for row `i`: its total in cents, or LENT. */
  const rapide = (ligne: unknown, i: number): number => {
    if (typeof ligne !== 'object' || ligne === null) return LENT;
    const l = ligne as Record<string, unknown>;
    const montant = eurosRapide(l.montant);
    if (montant < 0) return LENT;
    const echeance = dateRapide(l.dateEcheance);
    if (echeance < 0) return LENT;
    const calcul = dateRapide(l.dateCalcul);
    if (calcul < 0) return LENT;
    const paiements = l.paiements;
    let n = 0;
    if (paiements !== undefined) {
      if (!Array.isArray(paiements) || paiements.length > TRI_MAX) return LENT;
      n = paiements.length;
      for (let k = 0; k < n; k++) {
        const p: unknown = paiements[k];
        if (typeof p !== 'object' || p === null || Array.isArray(p)) return LENT;
        const jour = dateRapide((p as Record<string, unknown>).date);
        const c = eurosRapide((p as Record<string, unknown>).montant);
        if (jour < 0 || c <= 0) return LENT;
        // Stable insertion by day (lirePaiements sorts stably by day).
        let m = k;
        while (m > 0 && jours[m - 1]! > jour) {
          jours[m] = jours[m - 1]!;
          centimes[m] = centimes[m - 1]!;
          m--;
        }
        jours[m] = jour;
        centimes[m] = c;
      }
    }
    const taux = l.taux;
    let chronologie: ChronologieLot | null = bce;
    let contractuel: string | null = null;
    let publique = false;
    if (taux !== undefined) {
      if (typeof taux !== 'object' || taux === null || Array.isArray(taux)) return LENT;
      const t = taux as Record<string, unknown>;
      if (t.mode === 'contractuel') {
        if (typeof t.tauxAnnuel !== 'string') return LENT;
        contractuel = t.tauxAnnuel;
      } else if (t.mode === 'commande-publique') publique = true;
      else if (t.mode !== 'bce+10') return LENT;
    }
    if (contractuel !== null) {
      // Parses (and rejects, with the row's path) exactly as the per-call path; cached per rate string.
      chronologie = chronologieLotContractuelle(b, contractuel, [i, 'taux', 'tauxAnnuel']);
    }
    if (calcul <= echeance || montant === 0) return 0;
    const du = echeance + 1;
    let au = calcul;
    let reste = montant;
    for (let k = 0; k < n; k++) {
      reste -= centimes[k]!;
      if (reste <= 0) {
        if (jours[k]! < au) au = jours[k]!;
        break;
      }
    }
    if (au < du) return 0;
    if (publique) chronologie = chronologieLotCommandePublique(b, du, commandePublique);
    else if (chronologie === null || du < chronologie.debut || au > chronologie.fin) return LENT;
    return totalLot(chronologie, du, au, montant, jours, centimes, n, base);
  };

  // A total beyond 2^53 cents is no longer exact as a number: refused, as calculerPenalitesRetard does.
  const texte = (total: number): Euros => (total <= Number.MAX_SAFE_INTEGER ? eurosTexte(total) : horsLimites());
  if (Array.isArray(lignes)) {
    // The common case: an array, read by index into a pre-sized result.
    const n = lignes.length;
    const resultats = new Array<Euros>(n);
    for (let i = 0; i < n; i++) {
      const ligne: unknown = lignes[i];
      let total = rapide(ligne, i);
      if (total === LENT) total = totalLent(b, ligne, i, base);
      resultats[i] = texte(total);
    }
    return resultats;
  }
  const resultats: Euros[] = [];
  let i = 0;
  for (const ligne of lignes) {
    let total = rapide(ligne, i);
    if (total === LENT) total = totalLent(b, ligne, i, base);
    resultats.push(texte(total));
    i++;
  }
  return resultats;
}

function horsLimites(): never {
  return entreeInvalide([], 'montant du résultat hors limites (plus de 2^53 centimes) : réduisez le montant, le taux ou la durée', 'too_big');
}
