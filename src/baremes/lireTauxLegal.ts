/**
 * Reading the taux de l'intérêt légal (CMF L313-2, D313-1-A) from text: a CSV of our own, or the text of the
 * arrêté that fixes the two rates of a half-year. Only text in, additions for {@link etendreBaremes} out.
 *
 * The CSV (separator `,`, or `;` with decimal commas; columns found by name, in any order):
 * ```text
 * semestre,particulier,autres_cas,source,confirme
 * 2026-S1,6.67,2.62,"arrêté du 15 décembre 2025 (JORF du 26 décembre 2025)",oui
 * ```
 * `semestre` is `AAAA-S1` (1 January – 30 June) or `AAAA-S2` (1 July – 31 December); `particulier` is the rate
 * for a creditor who is a natural person not acting for professional needs, `autres_cas` the rate for all other
 * cases, in percent (`6.67`, `6,67`, `6,67 %`); `source` the arrêté (required); `confirme` optional, `oui`
 * (default) or `non`.
 *
 * The arrêté: its article 1 in the fixed words of every arrêté since 2015 — "Pour le premier semestre 2026, le
 * taux de l'intérêt légal est fixé : 1° Pour les créances des personnes physiques n'agissant pas pour des
 * besoins professionnels : à 6,67 % ; 2° Pour tous les autres cas : à 2,62 %." Anything else is refused.
 */
import { formaterDate, jourDepuisCivil } from '../socle/date-iso.js';
import { formaterTaux, lireTaux } from '../socle/taux.js';
import { baremeInvalide, colonne, lireCsv, type Csv } from './internes.js';
import type { PeriodeTauxLegal } from './types.js';

/** What {@link lireTauxLegal} returns: additions for {@link etendreBaremes}. */
export interface TauxLegalLus {
  readonly tauxLegal: readonly PeriodeTauxLegal[];
}

const CONTEXTE_CSV = 'Fichier de taux de l’intérêt légal invalide';
const CONTEXTE_ARRETE = 'Arrêté non reconnu';
const SEMESTRE = /^(\d{4})-S([12])$/;
const TAUX = /^(\d{1,2})(?:[.,](\d{1,4}))?(?:\s*%)?$/;

function periode(annee: number, s: 1 | 2): { du: string; au: string } {
  return s === 1
    ? { du: formaterDate(jourDepuisCivil(annee, 1, 1)), au: formaterDate(jourDepuisCivil(annee, 6, 30)) }
    : { du: formaterDate(jourDepuisCivil(annee, 7, 1)), au: formaterDate(jourDepuisCivil(annee, 12, 31)) };
}

function taux(brut: string, chemin: readonly PropertyKey[], contexte: string): string {
  const m = TAUX.exec(brut.trim());
  if (!m) baremeInvalide(chemin, `taux "${brut.slice(0, 40)}" : un pourcentage est attendu (ex. 6.67 ou 6,67 %)`, contexte);
  return formaterTaux(lireTaux(m[2] === undefined ? m[1]! : `${m[1]!}.${m[2]}`));
}

function depuisCsv(csv: Csv): PeriodeTauxLegal[] {
  const col = (noms: readonly string[], requise: boolean): number => {
    const i = colonne(csv, noms, CONTEXTE_CSV);
    if (i < 0 && requise) baremeInvalide(['ligne', 1], `colonne ${noms[0]!} absente (colonnes attendues : semestre, particulier, autres_cas, source[, confirme])`, CONTEXTE_CSV);
    return i;
  };
  const iSem = col(['semestre'], true);
  const iPart = col(['particulier'], true);
  const iAutres = col(['autres_cas', 'autresCas', 'autres cas'], true);
  const iSource = col(['source'], true);
  const iConf = col(['confirme', 'confirmé'], false);
  if (csv.lignes.length === 0) baremeInvalide(['ligne', 2], 'aucun semestre', CONTEXTE_CSV);
  const vus = new Map<string, number>();
  return csv.lignes.map(({ ligne, champs }) => {
    const sem = champs[iSem]!.trim();
    const m = SEMESTRE.exec(sem);
    if (!m) baremeInvalide(['ligne', ligne, 'semestre'], `"${sem.slice(0, 20)}" : AAAA-S1 ou AAAA-S2 attendu`, CONTEXTE_CSV);
    const deja = vus.get(sem);
    if (deja !== undefined) baremeInvalide(['ligne', ligne, 'semestre'], `${sem} déjà donné ligne ${deja} : ambigu`, CONTEXTE_CSV);
    vus.set(sem, ligne);
    const source = champs[iSource]!.trim();
    if (source === '') baremeInvalide(['ligne', ligne, 'source'], 'source attendue (l’arrêté et sa publication au JORF)', CONTEXTE_CSV);
    const brutConf = iConf < 0 ? 'oui' : champs[iConf]!.trim().toLowerCase();
    if (!['oui', 'non', 'true', 'false'].includes(brutConf)) baremeInvalide(['ligne', ligne, 'confirme'], `"${brutConf.slice(0, 20)}" : oui ou non attendu`, CONTEXTE_CSV);
    return {
      ...periode(Number(m[1]), Number(m[2]) as 1 | 2),
      particulier: taux(champs[iPart]!, ['ligne', ligne, 'particulier'], CONTEXTE_CSV),
      autresCas: taux(champs[iAutres]!, ['ligne', ligne, 'autres_cas'], CONTEXTE_CSV),
      source,
      confirme: brutConf === 'oui' || brutConf === 'true',
    };
  });
}

/** Spaces, apostrophes and the degree-like "1°" normalised, so that the fixed sentences can be matched. */
function normaliser(texte: string): string {
  return texte
    .replace(/[\u2019\u02bc`´]/g, "'")
    .replace(/[\u00a0\u202f\t\r\n ]+/g, ' ')
    .replace(/\bº/g, '°')
    .trim();
}

/** Every match of `re` (global) in `t`. */
function toutes(re: RegExp, t: string): RegExpExecArray[] {
  return [...t.matchAll(re)];
}

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function depuisArrete(brut: string): PeriodeTauxLegal[] {
  const t = normaliser(brut);
  const unique = (re: RegExp, quoi: string): RegExpExecArray => {
    const m = toutes(re, t);
    if (m.length !== 1) baremeInvalide([quoi], m.length === 0 ? 'phrase attendue absente' : `${m.length} phrases trouvées, une seule attendue : ambigu`, CONTEXTE_ARRETE);
    return m[0]!;
  };
  const sem = unique(/Pour le (premier|second) semestre (\d{4}), le taux de l'intérêt légal est fixé ?:/gi, 'semestre');
  const part = unique(/1° Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels ?: à (\d{1,2}(?:,\d{1,4})?) ?% ?;/gi, 'particulier');
  const autres = unique(/2° Pour tous les autres cas ?: à (\d{1,2}(?:,\d{1,4})?) ?% ?\./gi, 'autresCas');
  const annee = Number(sem[2]);
  const s: 1 | 2 = sem[1]!.toLowerCase() === 'premier' ? 1 : 2;
  const p = periode(annee, s);
  // "Les dispositions du présent arrêté entrent en vigueur le 1er janvier 2026." — when present, it must agree.
  const vigueur = toutes(/entrent en vigueur le (1er|premier) (janvier|juillet) (\d{4})/gi, t);
  for (const v of vigueur) {
    const attendu = s === 1 ? 'janvier' : 'juillet';
    if (v[2]!.toLowerCase() !== attendu || Number(v[3]) !== annee) {
      baremeInvalide(['vigueur'], `entrée en vigueur le 1er ${v[2]!} ${v[3]!} pour le ${s === 1 ? 'premier' : 'second'} semestre ${annee} : contradictoire`, CONTEXTE_ARRETE);
    }
  }
  const date = toutes(new RegExp(`Arrêté du (\\d{1,2}(?:er)? (?:${MOIS.join('|')}) \\d{4})`, 'gi'), t).map((m) => m[1]!);
  const jorf = toutes(/JORF n° ?\d+ du \d{1,2}(?:er)? \p{L}+ \d{4}/giu, t).map((m) => m[0]);
  const source = `${date.length === 1 ? `arrêté du ${date[0]!}` : 'arrêté (date non lue)'}${jorf.length === 1 ? ` (${jorf[0]!})` : ''} : texte lu`;
  return [
    {
      ...p,
      particulier: taux(part[1]!, ['particulier'], CONTEXTE_ARRETE),
      autresCas: taux(autres[1]!, ['autresCas'], CONTEXTE_ARRETE),
      source,
      confirme: true,
    },
  ];
}

/**
 * Reads the taux de l'intérêt légal from a CSV of half-years (`semestre,particulier,autres_cas,source[,confirme]`)
 * or from the text of the arrêté that fixes them (its article 1, in the fixed words of the arrêtés), and returns
 * them as additions for {@link etendreBaremes}. A text that is neither, a half-year given twice, a missing
 * source, a malformed rate, or an arrêté whose sentences are missing, repeated or contradictory is refused.
 *
 * @param texte - the CSV, or the text of the arrêté (as copied from Légifrance)
 * @returns `{ tauxLegal: [...] }`, one entry per half-year
 * @throws {RecouvrementError} `BAREME_INVALIDE` with the path (`['ligne', n, colonne]`, or the sentence)
 * @example
 * ```ts
 * import { lireTauxLegal } from 'recouvrement';
 * lireTauxLegal('semestre;particulier;autres_cas;source\n2026-S1;6,67;2,62;arrêté du 15 décembre 2025').tauxLegal;
 * //=> [{ du: '2026-01-01', au: '2026-06-30', particulier: '6.67', autresCas: '2.62', source: 'arrêté du 15 décembre 2025', confirme: true }]
 * const arrete = `Arrêté du 15 décembre 2025
 * Article 1
 * Pour le premier semestre 2026, le taux de l'intérêt légal est fixé :
 * 1° Pour les créances des personnes physiques n'agissant pas pour des besoins professionnels : à 6,67 % ;
 * 2° Pour tous les autres cas : à 2,62 %.`;
 * lireTauxLegal(arrete).tauxLegal.map((p) => [p.du, p.particulier, p.autresCas, p.source]);
 * //=> [['2026-01-01', '6.67', '2.62', 'arrêté du 15 décembre 2025 : texte lu']]
 * ```
 */
export function lireTauxLegal(texte: string): TauxLegalLus {
  if (typeof texte !== 'string') baremeInvalide([], 'texte attendu', CONTEXTE_CSV);
  const premiere = (texte.replace(/^\ufeff/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '').toLowerCase();
  // A CSV: its header has a cell that is exactly "semestre" (a sentence of an arrêté is not a header).
  if (premiere.split(/[,;]/).some((c) => c.trim().replace(/^"(.*)"$/, '$1').trim() === 'semestre')) return { tauxLegal: depuisCsv(lireCsv(texte, CONTEXTE_CSV)) };
  if (/taux de l['\u2019]intérêt légal/i.test(texte)) return { tauxLegal: depuisArrete(texte) };
  baremeInvalide(['ligne', 1], 'ni un fichier CSV (en-tête semestre, particulier, autres_cas, source) ni le texte d’un arrêté fixant le taux de l’intérêt légal', CONTEXTE_CSV);
}
