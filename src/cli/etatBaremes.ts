/**
 * `recouvrement baremes`: the status of the tables in force, in French — how far they are known, the last ECB
 * change, the last half-year of the taux de l'intérêt légal, what is unconfirmed, and the first day that a
 * computation would refuse (`BAREME_MANQUANT`), found by asking the calculators themselves.
 */
import {
  CODES_ERREUR,
  RecouvrementError,
  calculerInteretsLegaux,
  calculerPenalitesRetard,
  formaterDate,
  lireDate,
  lireTaux,
  formaterTaux,
  type Baremes,
} from '../index.js';
import { dateFr, semestreFr, tauxFr } from './format.js';

/** Whether `calcul` runs, or refuses with BAREME_MANQUANT (any other error is rethrown). */
function couvert(calcul: () => unknown): boolean {
  try {
    calcul();
    return true;
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === CODES_ERREUR.BAREME_MANQUANT) return false;
    throw e;
  }
}

/** The first day from `depuis` (within `horizon` days) that `jourCouvert` refuses, or null. */
function premierJourManquant(depuis: string, jourCouvert: (jour: string) => boolean, horizon = 800): string | null {
  const d = lireDate(depuis);
  for (let j = d; j <= d + horizon; j++) if (!jourCouvert(formaterDate(j))) return formaterDate(j);
  return null;
}

/** The first day a default L441-10 penalty cannot be computed with these tables (from their ECB horizon on). */
export function premierJourSansPenalites(baremes: Baremes): string | null {
  return premierJourManquant(baremes.bce.connuJusquau, (jour) =>
    couvert(() => calculerPenalitesRetard({ montant: '100.00', dateEcheance: formaterDate(lireDate(jour) - 1), dateCalcul: jour }, { baremes })),
  );
}

/** The first day legal interest cannot be computed with these tables (from their last period on). */
export function premierJourSansInteretsLegaux(baremes: Baremes): string | null {
  const dernier = baremes.tauxLegal.at(-1);
  if (!dernier) return null;
  return premierJourManquant(dernier.du, (jour) =>
    couvert(() => calculerInteretsLegaux({ montant: '100.00', dateDebut: jour, dateFin: jour, categorie: 'autres-cas' }, { baremes })),
  );
}

/** The last real change of the ECB rate (an entry repeating the rate before it is not a change). */
function dernierChangement(baremes: Baremes): Baremes['bce']['changements'][number] | undefined {
  const c = baremes.bce.changements;
  for (let i = c.length - 1; i >= 0; i--) {
    const e = c[i]!;
    const avant = c[i - 1];
    if (!avant || formaterTaux(lireTaux(avant.taux)) !== formaterTaux(lireTaux(e.taux))) return e;
  }
  return undefined;
}

/** Every unconfirmed entry of the tables, described in French. */
export function nonConfirmes(baremes: Baremes): string[] {
  const r: string[] = [];
  const avecSource = (texte: string, e: { source: string; note?: string }): string => `${texte} (source : ${e.source}${e.note ? ` ; ${e.note}` : ''})`;
  for (const e of baremes.bce.changements) if (!e.confirme) r.push(avecSource(`taux BCE de ${tauxFr(formaterTaux(lireTaux(e.taux)))} à compter du ${dateFr(e.du)}`, e));
  for (const e of baremes.tauxLegal) {
    if (!e.confirme) r.push(avecSource(`taux de l'intérêt légal, ${semestreFr(e.du, e.au)} : ${tauxFr(e.particulier)} (particulier) / ${tauxFr(e.autresCas)} (autres cas)`, e));
  }
  for (const e of baremes.regleL441_10) if (!e.confirme) r.push(avecSource(`règle L441-10 à compter du ${dateFr(e.du)}`, e));
  for (const e of baremes.commandePublique) if (!e.confirme) r.push(avecSource(`intérêts moratoires de la commande publique (BCE + ${e.points} points) à compter du ${dateFr(e.du)}`, e));
  for (const [nom, liste] of [
    ['indemnité forfaitaire', baremes.indemniteForfaitaire],
    ['plafond de la procédure simplifiée', baremes.procedureSimplifiee],
    ['plafond des petits litiges européens', baremes.petitsLitigesEuropeens],
  ] as const) {
    for (const e of liste) if (!e.confirme) r.push(avecSource(`${nom} à compter du ${dateFr(e.du)}`, e));
  }
  return r;
}

/**
 * The status of `baremes` as French text (several lines). `origine` names where the tables come from.
 */
export function etatBaremes(baremes: Baremes, origine: string): string {
  const l: string[] = [`Barèmes : ${origine}`];
  l.push(`Historique du taux BCE connu jusqu'au ${dateFr(baremes.bce.connuJusquau)} inclus.`);
  const dc = dernierChangement(baremes);
  if (dc) l.push(`Dernier changement du taux BCE : ${tauxFr(formaterTaux(lireTaux(dc.taux)))} à compter du ${dateFr(dc.du)}${dc.confirme ? '' : ' (NON CONFIRMÉ)'}.`);
  const tl = baremes.tauxLegal.at(-1);
  if (tl) {
    l.push(
      `Dernier taux de l'intérêt légal : ${semestreFr(tl.du, tl.au)}, ${tauxFr(tl.particulier)} (créancier particulier) / ${tauxFr(tl.autresCas)} (autres cas)${tl.confirme ? '' : ' (NON CONFIRMÉ)'}.`,
    );
  }
  const nc = nonConfirmes(baremes);
  if (nc.length === 0) l.push('Aucune valeur non confirmée.');
  else {
    l.push(`Valeurs non confirmées (${nc.length}), signalées dans chaque résultat qui les utilise :`);
    for (const n of nc) l.push(`  - ${n}`);
  }
  const p = premierJourSansPenalites(baremes);
  const i = premierJourSansInteretsLegaux(baremes);
  l.push('Premier jour sans barème (BAREME_MANQUANT) :');
  l.push(`  - pénalités de retard (BCE + 10 points, C. com. art. L441-10) : ${p ? dateFr(p) : 'au-delà de deux ans'}`);
  l.push(`  - intérêts au taux légal (CMF art. L313-2) : ${i ? dateFr(i) : 'au-delà de deux ans'}`);
  return `${l.join('\n')}\n`;
}
