/**
 * Validating factories: parse unknown JSON into entities, or throw a `RecouvrementError` carrying the zod
 * issues with their paths.
 */
import { analyser } from './messages.js';
import type * as z from 'zod/mini';
import { depuisZod } from '../socle/erreurs.js';
import { creanceSchema, type Creance } from './creance.js';
import { debiteurSchema, type Debiteur } from './debiteur.js';
import { procedureSchema, type Procedure } from './procedure.js';
import { relanceSchema, type Relance } from './relance.js';

function parser<S extends z.ZodMiniType>(schema: S, nom: string, valeur: unknown): z.infer<S> {
  const r = analyser(schema, valeur);
  if (!r.success) throw depuisZod(r.error, `${nom} invalide`);
  return r.data;
}

/**
 * Parses a claim. @throws {RecouvrementError} `ENTREE_INVALIDE` with the zod issues.
 * @example
 * ```ts
 * parseCreance({ ...json }); // Creance, or throws with e.issues[0].path like ['paiements', 0, 'date']
 * ```
 */
export const parseCreance = (valeur: unknown): Creance => parser(creanceSchema, 'Créance', valeur);
/** Parses a debtor. @throws {RecouvrementError} `ENTREE_INVALIDE`. @example parseDebiteur({ id: 'D1', type: 'consommateur', denomination: 'M. Martin' }) */
export const parseDebiteur = (valeur: unknown): Debiteur => parser(debiteurSchema, 'Débiteur', valeur);
/** Parses a reminder. @throws {RecouvrementError} `ENTREE_INVALIDE`. @example parseRelance({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 1, modele: 'relance-amiable' }) */
export const parseRelance = (valeur: unknown): Relance => parser(relanceSchema, 'Relance', valeur);
/** Parses a procedure. @throws {RecouvrementError} `ENTREE_INVALIDE`. @example parseProcedure({ type: 'refere-provision', dateEngagement: '2025-06-01', statut: 'engagee' }) */
export const parseProcedure = (valeur: unknown): Procedure => parser(procedureSchema, 'Procédure', valeur);
