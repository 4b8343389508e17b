/**
 * A tables file: the complete legal tables as JSON, so that a host can ship its own reviewed tables without
 * code. Versioned (`format`, `version`), every entry with its `source` and `confirme`, validated on load.
 *
 * ```json
 * { "format": "recouvrement/baremes", "version": 1,
 *   "bce": { "connuJusquau": "2026-07-01", "changements": [{ "du": "2025-06-11", "taux": "2.15", "source": "…", "confirme": true }, …] },
 *   "tauxLegal": [{ "du": "2026-01-01", "au": "2026-06-30", "particulier": "6.67", "autresCas": "2.62", "source": "…", "confirme": true }, …],
 *   "regleL441_10": […], "commandePublique": […], "indemniteForfaitaire": […], "procedureSimplifiee": […], "petitsLitigesEuropeens": […] }
 * ```
 */
import { compilerBaremes } from './compiler.js';
import { LISTES, lireListe } from './entrees.js';
import { baremeInvalide, gelerProfond } from './internes.js';
import { messageCleInconnue } from '../socle/cles.js';
import type { Baremes } from './types.js';

/**
 * The `format` field of a tables file.
 *
 * @example
 * ```ts
 * import { FORMAT_FICHIER_BAREMES } from 'recouvrement';
 * FORMAT_FICHIER_BAREMES; //=> 'recouvrement/baremes'
 * ```
 */
export const FORMAT_FICHIER_BAREMES = 'recouvrement/baremes';
/**
 * The version of the tables file format this library writes and reads (a file of another version is refused).
 *
 * @example
 * ```ts
 * import { VERSION_FICHIER_BAREMES, baremesVersJson, baremesParDefaut } from 'recouvrement';
 * JSON.parse(baremesVersJson(baremesParDefaut)).version === VERSION_FICHIER_BAREMES; //=> true
 * ```
 */
export const VERSION_FICHIER_BAREMES = 1;

const CONTEXTE = 'Fichier de barèmes invalide';
const CLES = ['format', 'version', 'bce', ...LISTES] as const;

/**
 * Writes tables as a tables file (JSON text, two-space indented, keys in a fixed order): what
 * {@link chargerBaremes} reads back. The tables are validated first.
 *
 * @param baremes - the tables (e.g. `baremesParDefaut` or the result of `etendreBaremes`)
 * @returns the JSON text, ending with a line break
 * @throws {RecouvrementError} `BAREME_INVALIDE` when the tables are not valid
 * @example
 * ```ts
 * import { baremesVersJson, chargerBaremes, baremesParDefaut } from 'recouvrement';
 * const json = baremesVersJson(baremesParDefaut);
 * JSON.parse(json).format; //=> 'recouvrement/baremes'
 * chargerBaremes(json).bce.connuJusquau; //=> '2026-07-01'
 * ```
 */
export function baremesVersJson(baremes: Baremes): string {
  compilerBaremes(baremes);
  const b = baremes.bce;
  const fichier = {
    format: FORMAT_FICHIER_BAREMES,
    version: VERSION_FICHIER_BAREMES,
    bce: { connuJusquau: b.connuJusquau, changements: lireListe('bce.changements', b.changements, ['bce', 'changements'], CONTEXTE, false).map((l) => l.entree) },
    ...Object.fromEntries(LISTES.map((nom) => [nom, lireListe(nom, baremes[nom], [nom], CONTEXTE, false).map((l) => l.entree)])),
  };
  return `${JSON.stringify(fichier, null, 2)}\n`;
}

/**
 * Loads a tables file (its JSON text, or the value parsed from it): checks the `format` and `version`,
 * every entry (date, values, a non-empty `source`, `confirme`, no unknown field), the order of the dates and
 * that no two periods overlap. Returns deeply frozen tables, ready for `options.baremes`.
 *
 * @param json - the file's text, or the parsed value
 * @returns the tables, deeply frozen
 * @throws {RecouvrementError} `BAREME_INVALIDE` with the path of the bad field
 * @example
 * ```ts
 * import { chargerBaremes, baremesVersJson, baremesParDefaut, calculerPenalitesRetard } from 'recouvrement';
 * const baremes = chargerBaremes(baremesVersJson(baremesParDefaut));
 * calculerPenalitesRetard({ montant: '1000', dateEcheance: '2025-05-31', dateCalcul: '2025-06-30' }, { baremes }).montant; //=> '10.81'
 * chargerBaremes('{"format":"recouvrement/baremes","version":2}');
 * //=> throws RecouvrementError { code: 'BAREME_INVALIDE', issues: [{ path: ['version'], … }] }
 * ```
 */
export function chargerBaremes(json: unknown): Baremes {
  let valeur = json;
  if (typeof json === 'string') {
    try {
      valeur = JSON.parse(json) as unknown;
    } catch (e) {
      baremeInvalide([], `JSON illisible (${e instanceof Error ? e.message : String(e)})`, CONTEXTE);
    }
  }
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) baremeInvalide([], 'objet JSON attendu', CONTEXTE);
  const o = valeur as Record<string, unknown>;
  if (o.format !== FORMAT_FICHIER_BAREMES) baremeInvalide(['format'], `"${FORMAT_FICHIER_BAREMES}" attendu`, CONTEXTE);
  if (o.version !== VERSION_FICHIER_BAREMES) {
    baremeInvalide(['version'], `version ${JSON.stringify(o.version) ?? 'absente'} non prise en charge (cette version de la bibliothèque lit la version ${VERSION_FICHIER_BAREMES})`, CONTEXTE);
  }
  for (const cle of Object.keys(o)) if (!(CLES as readonly string[]).includes(cle)) baremeInvalide([cle], messageCleInconnue(cle, CLES), CONTEXTE);
  const bce = o.bce as Record<string, unknown> | undefined;
  if (typeof bce !== 'object' || bce === null || Array.isArray(bce)) baremeInvalide(['bce'], 'objet { connuJusquau, changements } attendu', CONTEXTE);
  for (const cle of Object.keys(bce)) if (cle !== 'connuJusquau' && cle !== 'changements') baremeInvalide(['bce', cle], messageCleInconnue(cle, ['connuJusquau', 'changements']), CONTEXTE);
  if (typeof bce.connuJusquau !== 'string') baremeInvalide(['bce', 'connuJusquau'], 'date AAAA-MM-JJ attendue', CONTEXTE);
  const baremes = {
    bce: { connuJusquau: bce.connuJusquau, changements: lireListe('bce.changements', bce.changements, ['bce', 'changements'], CONTEXTE).map((l) => l.entree) },
    ...Object.fromEntries(LISTES.map((nom) => [nom, lireListe(nom, o[nom], [nom], CONTEXTE).map((l) => l.entree)])),
  } as unknown as Baremes;
  compilerBaremes(baremes);
  return gelerProfond(baremes);
}
