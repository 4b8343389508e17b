/**
 * Validating factories: parse unknown JSON into entities, or throw a `RecouvrementError` carrying the zod
 * issues with their paths.
 */
import { MESSAGES } from '../socle/messages.js';
import { analyser } from './messages.js';
import type * as z from 'zod/mini';
import { depuisZod, entreeInvalide } from '../socle/erreurs.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { creanceSchema, fabriquerCreance, type Creance } from './creance.js';
import { debiteurSchema, fabriquerDebiteur, type Debiteur } from './debiteur.js';
import { fabriquerProcedure, procedureSchema, type Procedure } from './procedure.js';
import { fabriquerRelance, relanceSchema, type Relance } from './relance.js';
import type { ClesInconnues } from './internes.js';

/**
 * Options of the parse functions.
 *
 * - `clesInconnues`: what to do with keys the entity does not define, at every level. `'refuser'` (the
 *   default): `ENTREE_INVALIDE`, one issue per key, naming the closest known key ("clé inconnue « paiement »
 *   (vouliez-vous dire « paiements » ?)") — a misspelled optional key must not silently change an amount.
 *   `'ignorer'`: dropped from the result (what a host that keeps its own fields on its records passes
 *   before handing them to the calculators, which always refuse unknown keys). `'conserver'`: kept in the
 *   result as they are (the host's own fields; the typos of the library's keys are then not detected).
 */
export interface OptionsParse {
  readonly clesInconnues?: ClesInconnues;
}

const MODES: readonly ClesInconnues[] = ['refuser', 'ignorer', 'conserver'];

/** The three variants of a schema, built on first use. */
function variantes<S>(strict: S, fabriquer: (cles: ClesInconnues) => S): (cles: ClesInconnues) => S {
  const cache = new Map<ClesInconnues, S>([['refuser', strict]]);
  return (cles) => {
    let s = cache.get(cles);
    if (s === undefined) cache.set(cles, (s = fabriquer(cles)));
    return s;
  };
}

function lireOptions(options: unknown): ClesInconnues {
  if (options === undefined) return 'refuser';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return entreeInvalide(['options'], MESSAGES.optionsAttendues, 'invalid_type');
  refuserClesInconnues(options, ['clesInconnues'], ['options']);
  const c = (options as OptionsParse).clesInconnues;
  if (c === undefined) return 'refuser';
  if (!MODES.includes(c)) return entreeInvalide(['options', 'clesInconnues'], "'refuser', 'ignorer' ou 'conserver' attendu");
  return c;
}

function parser<S extends z.ZodMiniType>(schema: (cles: ClesInconnues) => S, nom: string, valeur: unknown, options: unknown): z.infer<S> {
  const r = analyser(schema(lireOptions(options)), valeur);
  if (!r.success) throw depuisZod(r.error, `${nom} invalide`);
  return r.data;
}

const creance = /*@__PURE__*/ variantes(creanceSchema, fabriquerCreance);
const debiteur = /*@__PURE__*/ variantes(debiteurSchema, fabriquerDebiteur);
const relance = /*@__PURE__*/ variantes(relanceSchema, fabriquerRelance);
const procedure = /*@__PURE__*/ variantes(procedureSchema, fabriquerProcedure);

/**
 * Parses a claim. Unknown keys are refused unless `options.clesInconnues` says otherwise (see
 * {@link OptionsParse}).
 *
 * @param valeur - the claim, as JSON
 * @param options - `{ clesInconnues: 'refuser' | 'ignorer' | 'conserver' }` (default `'refuser'`)
 * @returns the validated claim
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the zod issues.
 * @example
 * ```ts
 * import { parseCreance } from 'recouvrement';
 * const json: unknown = JSON.parse(
 *   '{"id":"F1","numeroFacture":"F-2025-001","montantTTC":1200,"dateFacture":"2025-01-15","dateEcheance":"2025-02-14",' +
 *   '"paiements":[{"date":"2025-02-30","montant":"100.00"}],"nature":"commerciale","cause":"contractuelle","contestee":false}',
 * );
 * parseCreance(json); //=> throws RecouvrementError { code: 'ENTREE_INVALIDE', issues: [{ path: ['paiements', 0, 'date'], … }] }
 * ```
 */
export const parseCreance = (valeur: unknown, options?: OptionsParse): Creance => parser(creance, 'Créance', valeur, options);
/**
 * Parses a debtor (options: see {@link OptionsParse}).
 * @throws {RecouvrementError} `ENTREE_INVALIDE`.
 * @example
 * ```ts
 * import { parseDebiteur } from 'recouvrement';
 * parseDebiteur({ id: 'D1', type: 'consommateur', denomination: 'M. Martin' }).type; //=> 'consommateur'
 * ```
 */
export const parseDebiteur = (valeur: unknown, options?: OptionsParse): Debiteur => parser(debiteur, 'Débiteur', valeur, options);
/**
 * Parses a reminder (options: see {@link OptionsParse}).
 * @throws {RecouvrementError} `ENTREE_INVALIDE`.
 * @example
 * ```ts
 * import { parseRelance } from 'recouvrement';
 * parseRelance({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 1, modele: 'relance-amiable' }).canal; //=> 'email'
 * ```
 */
export const parseRelance = (valeur: unknown, options?: OptionsParse): Relance => parser(relance, 'Relance', valeur, options);
/**
 * Parses a procedure (options: see {@link OptionsParse}).
 * @throws {RecouvrementError} `ENTREE_INVALIDE`.
 * @example
 * ```ts
 * import { parseProcedure } from 'recouvrement';
 * parseProcedure({ type: 'refere-provision', dateEngagement: '2025-06-01', statut: 'engagee' }).statut; //=> 'engagee'
 * ```
 */
export const parseProcedure = (valeur: unknown, options?: OptionsParse): Procedure => parser(procedure, 'Procédure', valeur, options);
