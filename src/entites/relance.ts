/**
 * A reminder (relance) sent to the debtor: part of the dossier de preuve.
 */
import * as z from 'zod/mini';
import { entier, objet, paragraphe, texte, type ClesInconnues } from './internes.js';
import { dateIsoSchema } from './communs.js';

/**
 * Channels a reminder can go through.
 *
 * @example
 * ```ts
 * import { CANAUX } from 'recouvrement';
 * CANAUX; //=> ['email', 'courrier', 'lrar', 'telephone', 'sms']
 * ```
 */
export const CANAUX = /*@__PURE__*/ Object.freeze(['email', 'courrier', 'lrar', 'telephone', 'sms'] as const);
/** A reminder channel. */
export type Canal = (typeof CANAUX)[number];

/**
 * A reminder: its date, channel, escalation level (1 = first friendly reminder), the letter model used and
 * the proof of sending (LRAR number, e-mail message id, call note).
 *
 * @example
 * ```ts
 * import { relanceSchema } from 'recouvrement';
 * relanceSchema.parse({ creanceId: 'F1', date: '2025-03-01', canal: 'lrar', niveau: 3, modele: 'mise-en-demeure',
 *   preuve: { type: 'accuse-reception', reference: '1A 234 567 8901 2' } });
 * ```
 */
export const relanceSchema = /*@__PURE__*/ (() => fabriquerRelance('refuser'))();

/** The reminder schema with a policy for unknown keys (`relanceSchema` refuses them). */
export function fabriquerRelance(cles: ClesInconnues) {
  return objet({
  id: z.optional(texte(200, 1)),
  creanceId: texte(200, 1),
  date: dateIsoSchema,
  canal: z.enum(CANAUX),
  niveau: entier(1, 20),
  modele: texte(100, 1),
  preuve: z.optional(objet({
    type: z.enum(['accuse-reception', 'preuve-depot', 'email', 'journal-appel', 'autre']),
    reference: z.optional(texte(500)),
    date: z.optional(dateIsoSchema),
  }, cles)),
  commentaire: z.optional(paragraphe(5000)),
}, cles);
}
/** A reminder (relance). */
export type Relance = z.infer<typeof relanceSchema>;
