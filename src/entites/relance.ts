/**
 * A reminder (relance) sent to the debtor: part of the dossier de preuve.
 */
import { z } from 'zod';
import { dateIsoSchema } from './communs.js';

/**
 * Channels a reminder can go through.
 *
 * @example
 * ```ts
 * CANAUX; //=> ['email', 'courrier', 'lrar', 'telephone', 'sms']
 * ```
 */
export const CANAUX = ['email', 'courrier', 'lrar', 'telephone', 'sms'] as const;
/** A reminder channel. */
export type Canal = (typeof CANAUX)[number];

/**
 * A reminder: its date, channel, escalation level (1 = first friendly reminder), the letter model used and
 * the proof of sending (LRAR number, e-mail message id, call note).
 *
 * @example
 * ```ts
 * relanceSchema.parse({ creanceId: 'F1', date: '2025-03-01', canal: 'lrar', niveau: 3, modele: 'mise-en-demeure',
 *   preuve: { type: 'accuse-reception', reference: '1A 234 567 8901 2' } });
 * ```
 */
export const relanceSchema = /*@__PURE__*/ (() =>
  z.object({
  id: z.string().min(1).max(200).optional(),
  creanceId: z.string().min(1).max(200),
  date: dateIsoSchema,
  canal: z.enum(CANAUX),
  niveau: z.number().int().min(1).max(20),
  modele: z.string().min(1).max(100),
  preuve: z.object({
    type: z.enum(['accuse-reception', 'preuve-depot', 'email', 'journal-appel', 'autre']),
    reference: z.string().max(500).optional(),
    date: dateIsoSchema.optional(),
  }).optional(),
  commentaire: z.string().max(5000).optional(),
}))();
/** A reminder (relance). */
export type Relance = z.infer<typeof relanceSchema>;
