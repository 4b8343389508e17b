/**
 * Reading the ECB's own publication of the main refinancing operations (MRO) rate: the ECB Data Portal's CSV
 * export of series `FM.B.U2.EUR.4F.KR.MRR_FR.LEV` (fixed rate, one row per change date) or `…MRR_RT.LEV`, or
 * the daily variant `FM.D.…`. Only text in, additions for {@link etendreBaremes} out: no network, no file.
 *
 * Format (ECB Data Portal API, `format=csvdata` or `Accept: text/csv`): a header row naming the columns —
 * `KEY, FREQ, REF_AREA, CURRENCY, PROVIDER_FM, INSTRUMENT_FM, PROVIDER_FM_ID, DATA_TYPE_FM, TIME_PERIOD,
 * OBS_VALUE, OBS_STATUS, OBS_CONF, …, TITLE, …` — then one row per observation; fields holding a comma (the
 * titles) are quoted. Columns are found by name, never by position (`detail=dataonly` drops most of them).
 */
import { lireDate, formaterDate } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
import { comparerTaux, formaterTaux, lireTaux, type TauxExact } from '../socle/taux.js';
import type { DateISO } from '../socle/date-iso.js';
import type { AjoutsBaremes } from './etendreBaremes.js';
import { baremeInvalide, colonne, lireCsv } from './internes.js';
import { messageCleInconnue } from '../socle/cles.js';
import type { ChangementTauxBce } from './types.js';

/** Options of {@link lireBaremesBce}. */
export interface LireBaremesBceOptions {
  /**
   * The last day up to which this extract is complete — as a rule the day you downloaded it. The tables will
   * say the ECB history is known up to this day, and no further: it is your statement, not a guess.
   */
  readonly connuJusquau: DateISO;
  /** Added to each entry's `source` (e.g. "téléchargé le 2 janvier 2027"). */
  readonly source?: string;
}

/** What {@link lireBaremesBce} returns: additions for {@link etendreBaremes}, and what was read. */
export interface BaremesBceLus extends AjoutsBaremes {
  readonly bce: { readonly changements: readonly ChangementTauxBce[]; readonly connuJusquau: DateISO; readonly completDepuis: DateISO };
  /** The series read (`KEY` column), e.g. `'FM.B.U2.EUR.4F.KR.MRR_FR.LEV'`. */
  readonly serie: string;
  /** Number of observations read. */
  readonly observations: number;
}

const CONTEXTE = 'Export BCE invalide';
/** The MRO series of the ECB Data Portal: fixed rate (MRR_FR) or rate (MRR_RT); B = dates of changes, D = daily. */
const SERIE_MRO = /^FM\.([BD])\.U2\.EUR\.4F\.KR\.MRR_(FR|RT)\.LEV$/;
/** An observation value: a decimal with a point, as the ECB writes it ("2.15", "3.0", "4"). */
const VALEUR = /^\d{1,3}(?:\.\d{1,6})?$/;

/**
 * Reads the ECB Data Portal's CSV export of the MRO rate series and returns the ECB changes it holds, ready for
 * {@link etendreBaremes}. Each row whose rate differs from the row before becomes a change effective on its
 * `TIME_PERIOD`; the first row too (for a daily series it is the rate in force on the extract's first day,
 * which the note says). Rows may come in any order; a date given twice with two values, a row of another
 * series, an empty or malformed value are refused (an empty value whose `OBS_STATUS` says missing, `M` or `L`,
 * is skipped). An `OBS_STATUS` other than `A` (normal value) makes the entry
 * unconfirmed. `connuJusquau` is copied as you give it: the tables will be known up to that day, no further.
 *
 * @param texte - the CSV text, as downloaded
 * @param options - `connuJusquau`: the day up to which the extract is complete (required)
 * @returns `{ bce: { changements, connuJusquau }, serie, observations }`
 * @throws {RecouvrementError} `BAREME_INVALIDE` with the path `['ligne', n, colonne]` of the bad field
 * @example
 * ```ts
 * import { lireBaremesBce, etendreBaremes, baremesParDefaut } from 'recouvrement';
 * const csv = [
 *   'KEY,FREQ,REF_AREA,CURRENCY,PROVIDER_FM,INSTRUMENT_FM,PROVIDER_FM_ID,DATA_TYPE_FM,TIME_PERIOD,OBS_VALUE,OBS_STATUS,TITLE',
 *   'FM.B.U2.EUR.4F.KR.MRR_FR.LEV,B,U2,EUR,4F,KR,MRR_FR,LEV,2025-04-23,2.4,A,"Main refinancing operations, fixed rate"',
 *   'FM.B.U2.EUR.4F.KR.MRR_FR.LEV,B,U2,EUR,4F,KR,MRR_FR,LEV,2025-06-11,2.15,A,"Main refinancing operations, fixed rate"',
 * ].join('\n');
 * const lu = lireBaremesBce(csv, { connuJusquau: '2025-12-31' });
 * lu.bce.changements.map((c) => [c.du, c.taux]); //=> [['2025-04-23', '2.40'], ['2025-06-11', '2.15']]
 * lu.bce.connuJusquau; //=> '2025-12-31'
 * etendreBaremes(baremesParDefaut, lu).bce.connuJusquau; //=> '2026-07-01' (never earlier than the tables)
 * ```
 */
export function lireBaremesBce(texte: string, options: LireBaremesBceOptions): BaremesBceLus {
  if (typeof texte !== 'string') baremeInvalide([], 'texte CSV attendu', CONTEXTE);
  if (typeof options !== 'object' || options === null) baremeInvalide(['connuJusquau'], 'options { connuJusquau } attendues', CONTEXTE);
  for (const cle of Object.keys(options)) if (cle !== 'connuJusquau' && cle !== 'source') baremeInvalide([cle], messageCleInconnue(cle, ['connuJusquau', 'source']), CONTEXTE);
  const connu = options.connuJusquau as unknown;
  let jourConnu: number;
  try {
    jourConnu = lireDate(connu, ['connuJusquau']);
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === CODES_ERREUR.ENTREE_INVALIDE) baremeInvalide(['connuJusquau'], e.issues[0]?.message ?? e.message, CONTEXTE);
    throw e;
  }
  const complement = options.source;
  if (complement !== undefined && typeof complement !== 'string') baremeInvalide(['source'], 'texte attendu', CONTEXTE);

  const csv = lireCsv(texte, CONTEXTE);
  const iCle = colonne(csv, ['KEY'], CONTEXTE);
  const iDate = colonne(csv, ['TIME_PERIOD'], CONTEXTE);
  const iValeur = colonne(csv, ['OBS_VALUE'], CONTEXTE);
  const iStatut = colonne(csv, ['OBS_STATUS'], CONTEXTE);
  for (const [i, nom] of [[iCle, 'KEY'], [iDate, 'TIME_PERIOD'], [iValeur, 'OBS_VALUE']] as const) {
    if (i < 0) baremeInvalide(['ligne', 1], `colonne ${nom} absente : un export CSV du portail de données de la BCE est attendu (colonnes KEY, TIME_PERIOD, OBS_VALUE…)`, CONTEXTE);
  }
  if (csv.lignes.length === 0) baremeInvalide(['ligne', 2], 'aucune observation', CONTEXTE);

  let serie = '';
  const parJour = new Map<number, { taux: TauxExact; texte: string; statut: string; ligne: number }>();
  for (const { ligne, champs } of csv.lignes) {
    const cle = champs[iCle]!.trim();
    if (!SERIE_MRO.test(cle)) {
      baremeInvalide(['ligne', ligne, 'KEY'], `série "${cle.slice(0, 60)}" : seule la série du taux des opérations principales de refinancement (FM.B.U2.EUR.4F.KR.MRR_FR.LEV ou MRR_RT, ou FM.D.…) est lue`, CONTEXTE);
    }
    if (serie === '') serie = cle;
    else if (cle !== serie) baremeInvalide(['ligne', ligne, 'KEY'], `deux séries dans un même fichier (${serie} et ${cle}) : ambigu`, CONTEXTE);
    const brut = champs[iDate]!.trim();
    let jour: number;
    try {
      jour = lireDate(brut);
    } catch {
      baremeInvalide(['ligne', ligne, 'TIME_PERIOD'], `date "${brut.slice(0, 40)}" : une date AAAA-MM-JJ est attendue (série quotidienne ou dates de changement)`, CONTEXTE);
    }
    const valeur = champs[iValeur]!.trim();
    const statut = iStatut < 0 ? '' : champs[iStatut]!.trim();
    // SDMX observation status M or L: a missing value, stated as such (a daily series on a closing day).
    if (valeur === '' && (statut === 'M' || statut === 'L')) continue;
    if (!VALEUR.test(valeur)) baremeInvalide(['ligne', ligne, 'OBS_VALUE'], `valeur "${valeur.slice(0, 40)}" : un taux décimal est attendu (ex. 2.15)`, CONTEXTE);
    const taux = lireTaux(valeur);
    const deja = parJour.get(jour);
    if (deja && comparerTaux(deja.taux, taux) !== 0) {
      baremeInvalide(['ligne', ligne, 'OBS_VALUE'], `deux valeurs pour le ${brut} (${deja.texte} ligne ${deja.ligne}, ${valeur} ici)`, CONTEXTE);
    }
    if (!deja) parJour.set(jour, { taux, texte: valeur, statut, ligne });
  }

  if (parJour.size === 0) baremeInvalide(['ligne', 2], 'aucune observation (toutes manquantes)', CONTEXTE);
  const quotidienne = SERIE_MRO.exec(serie)![1] === 'D';
  const source = `BCE, portail de données, série ${serie}${complement ? ` (${complement})` : ''}`;
  const jours = [...parJour.keys()].sort((a, b) => a - b);
  const changements: ChangementTauxBce[] = [];
  let precedent: TauxExact | undefined;
  for (const jour of jours) {
    const o = parJour.get(jour)!;
    if (precedent !== undefined && comparerTaux(precedent, o.taux) === 0) continue;
    const notes: string[] = [];
    if (precedent === undefined && quotidienne) notes.push("Premier jour de l'extrait quotidien : taux en vigueur ce jour-là, pas nécessairement une date de changement.");
    const confirme = o.statut === '' || o.statut === 'A';
    if (!confirme) notes.push(`Statut d'observation BCE "${o.statut}" (valeur non définitive), ligne ${o.ligne}.`);
    changements.push({ du: formaterDate(jour), taux: formaterTaux(o.taux), source, confirme, ...(notes.length ? { note: notes.join(' ') } : {}) });
    precedent = o.taux;
  }
  const completDepuis = formaterDate(jours[0]!);
  if (jours[0]! > jourConnu) baremeInvalide(['connuJusquau'], `${formaterDate(jourConnu)} précède la première observation (${completDepuis})`, CONTEXTE);
  return { bce: { changements, connuJusquau: formaterDate(jourConnu), completDepuis }, serie, observations: csv.lignes.length };
}
