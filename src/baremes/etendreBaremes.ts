/**
 * Extending the legal tables without a new release — safely: additions are checked one by one (path to the
 * bad field), two different entries for one day are refused, a confirmed value is never silently replaced
 * by another, the ECB history is known up to the day the caller states and no further, and the result is
 * deeply frozen (the compiled-table cache is keyed on the tables object).
 */
import type { DateISO } from '../socle/date-iso.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
import { compilerBaremes } from './compiler.js';
import { LISTES, lireEntree, lireListe, type EntreeLue, type NomListe } from './entrees.js';
import { baremeInvalide, gelerProfond } from './internes.js';
import { messageCleInconnue } from '../socle/cles.js';
import type { Baremes, ChangementTauxBce, MontantDate, PeriodeTauxLegal, RegleL441_10 } from './types.js';

/** What {@link etendreBaremes} adds. Every list is optional. */
export interface AjoutsBaremes {
  readonly bce?: {
    readonly changements?: readonly ChangementTauxBce[];
    /**
     * The last day up to which *you* know the ECB history to be complete (e.g. the day you read the ECB's
     * series). Without it the tables stay known up to where they were: adding a change does not declare the
     * days before it known.
     */
    readonly connuJusquau?: DateISO;
    /**
     * The `changements` given are *all* the ECB changes from this day to `connuJusquau` (an extract of the
     * ECB series, as {@link lireBaremesBce} returns): an unconfirmed change of the tables in that window that
     * the extract does not hold is dropped, a confirmed one is a contradiction (`BAREME_INVALIDE`).
     */
    readonly completDepuis?: DateISO;
  };
  readonly tauxLegal?: readonly PeriodeTauxLegal[];
  readonly regleL441_10?: readonly RegleL441_10[];
  readonly commandePublique?: Baremes['commandePublique'];
  readonly indemniteForfaitaire?: readonly MontantDate[];
  readonly procedureSimplifiee?: readonly MontantDate[];
  readonly petitsLitigesEuropeens?: readonly MontantDate[];
}

const CONTEXTE = 'Ajout de barème invalide';

function jourAjout(valeur: unknown, chemin: readonly PropertyKey[]): number {
  try {
    return lireDate(valeur, chemin);
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === CODES_ERREUR.ENTREE_INVALIDE) baremeInvalide(chemin, e.issues[0]?.message ?? e.message, CONTEXTE);
    throw e;
  }
}

/** The additions of one list, checked, without exact duplicates; two different entries for one day are refused. */
function ajoutsUniques(nom: NomListe, valeur: unknown, chemin: readonly PropertyKey[]): Map<number, { lue: EntreeLue; indice: number }> {
  const parJour = new Map<number, { lue: EntreeLue; indice: number }>();
  if (valeur === undefined) return parJour;
  const lues = lireListe(nom, valeur, chemin, CONTEXTE);
  lues.forEach((lue, indice) => {
    const deja = parJour.get(lue.jour);
    if (deja === undefined) parJour.set(lue.jour, { lue, indice });
    else if (deja.lue.complete !== lue.complete) {
      baremeInvalide([...chemin, indice, 'du'], `deux entrées différentes pour le ${formaterDate(lue.jour)} (aussi à l'indice ${deja.indice}) : laquelle retenir est ambigu`, CONTEXTE);
    }
  });
  return parJour;
}

/**
 * Merges a base list and its additions: an addition with the same `du` replaces the base entry, unless that
 * entry is confirmed and the addition gives another value (a contradiction). `retirer` drops base entries.
 */
function fusionner<T>(
  nom: NomListe,
  base: readonly T[],
  valeurAjouts: unknown,
  chemin: readonly PropertyKey[],
  retirer?: (jour: number, e: T) => boolean,
  controler?: (ajout: EntreeLue, indice: number, enVigueur: { lue: EntreeLue; e: T } | undefined) => void,
): readonly T[] {
  const ajouts = ajoutsUniques(nom, valeurAjouts, chemin);
  const parJour = new Map<number, Record<string, unknown>>();
  const lues = base.map((e, i) => ({ lue: lireEntree(nom, e, [...chemin, 'base', i], 'Barème de base invalide', false), e }));
  if (controler) {
    for (const [jour, { lue, indice }] of ajouts) {
      if (lues.some((b) => b.lue.jour === jour)) continue;
      controler(lue, indice, lues.filter((b) => b.lue.jour < jour).at(-1));
    }
  }
  lues.forEach(({ lue, e }) => {
    if (!ajouts.has(lue.jour) && retirer?.(lue.jour, e)) return;
    const ajout = ajouts.get(lue.jour);
    if (ajout && (e as { confirme?: unknown }).confirme === true && ajout.lue.valeur !== lue.valeur) {
      baremeInvalide(
        [...chemin, ajout.indice],
        `contredit la valeur confirmée du ${formaterDate(lue.jour)} (source : ${String((e as { source?: unknown }).source)}) : une valeur confirmée ne se remplace que par la même`,
        CONTEXTE,
      );
    }
    parJour.set(lue.jour, { ...(e as Record<string, unknown>) });
  });
  for (const [jour, { lue }] of ajouts) parJour.set(jour, { ...lue.entree });
  return [...parJour.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e as T);
}

/**
 * The keys of {@link AjoutsBaremes}, and the two report fields of `lireBaremesBce`'s result (`serie`,
 * `observations`, passed as they are): anything else is refused (a misspelled key would be ignored).
 */
const CLES_AJOUTS: readonly string[] = [
  'bce', 'tauxLegal', 'regleL441_10', 'commandePublique', 'indemniteForfaitaire', 'procedureSimplifiee', 'petitsLitigesEuropeens', 'serie', 'observations',
];
const CLES_BCE: readonly string[] = ['changements', 'connuJusquau', 'completDepuis'];

/**
 * Returns new tables with extra or newer entries: a new half-year of taux légal, new ECB decisions, a
 * confirmation of an unconfirmed entry (an entry with the same `du` replaces it). Neither input is modified;
 * the result is validated and deeply frozen.
 *
 * Refused with `BAREME_INVALIDE` and the path of the bad field (in `ajouts`): a malformed entry or
 * `connuJusquau` (`'!!!'`, `'2025-13-45'`, `20270101`, `null`), an unknown field, two different entries for
 * the same day (whatever their order), another value for a confirmed entry, a new ECB rate inside the history
 * the tables declare complete where a confirmed rate is in force, overlapping periods.
 *
 * The ECB history is then known up to the later of the tables' `connuJusquau` and the one you give — never
 * further: adding a change announced for next month does not make the months before it known. Laws:
 * applying the same additions twice changes nothing more; the order of the additions does not matter.
 *
 * @param baremes - the tables to extend (e.g. `baremesParDefaut`, or a loaded tables file)
 * @param ajouts - the additions; `lireBaremesBce` and `lireTauxLegal` return them from official publications
 * @returns new, deeply frozen tables
 * @throws {RecouvrementError} `BAREME_INVALIDE`
 * @example
 * ```ts
 * import { etendreBaremes, baremesParDefaut, calculerPenalitesRetard } from 'recouvrement';
 * const baremes = etendreBaremes(baremesParDefaut, {
 *   bce: { changements: [], connuJusquau: '2027-01-01' }, // no ECB change up to 1 January 2027
 *   tauxLegal: [{ du: '2027-01-01', au: '2027-06-30', particulier: '6.50', autresCas: '2.50',
 *                 source: 'arrêté du … décembre 2026', confirme: true }],
 * });
 * calculerPenalitesRetard({ montant: '1000', dateEcheance: '2026-12-15', dateCalcul: '2027-02-01' }, { baremes }).montant;
 * //=> '16.31' (16 days of 2026 S2 and 32 days of 2027 S1, both at 2.40 % + 10 points)
 * Object.isFrozen(baremes.tauxLegal.at(-1)); //=> true
 * etendreBaremes(baremesParDefaut, { bce: { connuJusquau: '2027-13-45' } });
 * //=> throws RecouvrementError { code: 'BAREME_INVALIDE', issues: [{ path: ['bce', 'connuJusquau'], … }] }
 * ```
 */
export function etendreBaremes(baremes: Baremes, ajouts: AjoutsBaremes): Baremes {
  compilerBaremes(baremes);
  if (typeof ajouts !== 'object' || ajouts === null || Array.isArray(ajouts)) baremeInvalide([], 'objet AjoutsBaremes attendu', CONTEXTE);
  const a = ajouts as Record<string, unknown>;
  for (const cle of Object.keys(a)) if (!CLES_AJOUTS.includes(cle)) baremeInvalide([cle], messageCleInconnue(cle, CLES_AJOUTS), CONTEXTE);
  const abce = a.bce as Record<string, unknown> | undefined;
  if (abce !== undefined && (typeof abce !== 'object' || abce === null || Array.isArray(abce))) baremeInvalide(['bce'], 'objet attendu', CONTEXTE);
  for (const cle of abce === undefined ? [] : Object.keys(abce)) if (!CLES_BCE.includes(cle)) baremeInvalide(['bce', cle], messageCleInconnue(cle, CLES_BCE), CONTEXTE);

  const connuBase = lireDate(baremes.bce.connuJusquau);
  const connuAjout = abce !== undefined && abce.connuJusquau !== undefined ? jourAjout(abce.connuJusquau, ['bce', 'connuJusquau']) : undefined;
  let retirer: ((jour: number, e: ChangementTauxBce) => boolean) | undefined;
  let depuisExtrait: number | undefined;
  if (abce !== undefined && abce.completDepuis !== undefined) {
    const depuis = jourAjout(abce.completDepuis, ['bce', 'completDepuis']);
    depuisExtrait = depuis;
    if (connuAjout === undefined) baremeInvalide(['bce', 'completDepuis'], 'connuJusquau est requis avec completDepuis (la fin de l’extrait)', CONTEXTE);
    if (depuis > connuAjout) baremeInvalide(['bce', 'completDepuis'], 'postérieur à connuJusquau', CONTEXTE);
    retirer = (jour, e) => {
      if (jour < depuis || jour > connuAjout) return false;
      if (e.confirme) {
        baremeInvalide(['bce', 'completDepuis'], `l'extrait, complet du ${formaterDate(depuis)} au ${formaterDate(connuAjout)}, ne contient pas le changement confirmé du ${e.du} (${e.taux} %)`, CONTEXTE);
      }
      return true;
    };
  }
  // A new change inside the history the tables declare complete, where a confirmed rate is in force, would
  // contradict that history (unless it repeats the rate in force: then it changes nothing).
  const controler = (ajout: EntreeLue, indice: number, enVigueur: { lue: EntreeLue; e: ChangementTauxBce } | undefined): void => {
    if (enVigueur === undefined || ajout.jour > connuBase || !enVigueur.e.confirme || enVigueur.lue.valeur === ajout.valeur) return;
    // Inside a complete extract, the extract is the history (its window's confirmed entries are checked by
    // `retirer`); only its first day, the rate in force when it starts, must agree with the tables before it.
    if (depuisExtrait !== undefined && ajout.jour > depuisExtrait) return;
    baremeInvalide(
      ['bce', 'changements', indice],
      `un changement au ${formaterDate(ajout.jour)} contredit l'historique connu jusqu'au ${baremes.bce.connuJusquau} (taux confirmé de ${enVigueur.e.taux} % depuis le ${enVigueur.e.du})`,
      CONTEXTE,
    );
  };
  const changements = fusionner('bce.changements', baremes.bce.changements, abce?.changements, ['bce', 'changements'], retirer, controler);
  const connuJusquau = formaterDate(connuAjout !== undefined && connuAjout > connuBase ? connuAjout : connuBase);

  const listes = Object.fromEntries(LISTES.map((nom) => [nom, fusionner(nom, baremes[nom] as readonly unknown[], a[nom], [nom])]));
  const r = gelerProfond({ bce: { changements, connuJusquau }, ...listes } as unknown as Baremes);
  compilerBaremes(r);
  return r;
}
