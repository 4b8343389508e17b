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
import { eurosTexte } from '../../socle/lecture-rapide.js';
import { dernierJour, lireLigne, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL, nouvelleLigne } from './lectureLigne.js';

/** The row is not for the fast path. */
const LENT = -1;

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
  const l = nouvelleLigne();

  /** Fast path for row `i`: its total in cents, or LENT. */
  const rapide = (ligne: unknown, i: number): number => {
    if (!lireLigne(ligne, l)) return LENT;
    let chronologie: ChronologieLot | null | undefined = bce;
    if (l.mode === MODE_CONTRACTUEL) {
      // Parses (and rejects, with the row's path) exactly as the per-call path; cached per rate string.
      chronologie = chronologieLotContractuelle(b, l.tauxAnnuel, i);
    }
    if (l.calcul <= l.echeance || l.montant === 0) return 0;
    const du = l.echeance + 1;
    const au = dernierJour(l);
    if (au < du) return 0;
    if (l.mode === MODE_COMMANDE_PUBLIQUE) chronologie = chronologieLotCommandePublique(b, du, commandePublique);
    else if (chronologie == null || du < chronologie.debut || au > chronologie.fin) return LENT;
    return totalLot(chronologie, du, au, l.montant, l.jours, l.centimes, l.n, base);
  };

  // A total beyond 2^53 cents is no longer exact as a number: refused, as calculerPenalitesRetard does
  // (with the row's index as the path, like any error of a row).
  const texte = (total: number, i: number): Euros => (total <= Number.MAX_SAFE_INTEGER ? eurosTexte(total) : horsLimites(i));
  if (Array.isArray(lignes)) {
    // The common case: an array, read by index into a pre-sized result.
    const n = lignes.length;
    const resultats = new Array<Euros>(n);
    for (let i = 0; i < n; i++) {
      const ligne: unknown = lignes[i];
      let total = rapide(ligne, i);
      if (total === LENT) total = totalLent(b, ligne, i, base);
      resultats[i] = texte(total, i);
    }
    return resultats;
  }
  const resultats: Euros[] = [];
  let i = 0;
  for (const ligne of lignes) {
    let total = rapide(ligne, i);
    if (total === LENT) total = totalLent(b, ligne, i, base);
    resultats.push(texte(total, i));
    i++;
  }
  return resultats;
}

function horsLimites(i: number): never {
  return entreeInvalide([i], 'montant du résultat hors limites (plus de 2^53 centimes) : réduisez le montant, le taux ou la durée', 'too_big');
}
