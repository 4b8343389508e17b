import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { creanceSchema } from './creance.js';
import { debiteurSchema } from './debiteur.js';
import { analyser, messageErreurZod } from './messages.js';
import { parseCreance, parseDebiteur } from './parser.js';

/** The messages of a failed parse with the library's options. */
const messages = (s: z.ZodMiniType, v: unknown): string[] => analyser(s, v).error?.issues.map((i) => i.message) ?? [];

describe('messageErreurZod — French messages for the issues of zod/mini (which has no locale of its own)', () => {
  it('names the expected and the received type', () => {
    expect(messages(z.string(), 12)).toEqual(['type invalide : un texte attendu, un nombre reçu']);
    expect(messages(z.object({ a: z.boolean() }), {})).toEqual(['type invalide : un booléen attendu, rien reçu']);
    expect(messages(z.array(z.string()), null)).toEqual(['type invalide : un tableau attendu, null reçu']);
  });

  it('states bounds with their unit (characters, elements, or none for numbers)', () => {
    expect(messages(z.string().check(z.maxLength(3)), 'abcd')).toEqual(['trop long : au plus 3 caractère(s)']);
    expect(messages(z.string().check(z.minLength(1)), '')).toEqual(['trop court : au moins 1 caractère(s)']);
    expect(messages(z.array(z.string()).check(z.maxLength(1)), ['a', 'b'])).toEqual(['trop long : au plus 1 élément(s)']);
    expect(messages(z.int().check(z.minimum(1)), 0)).toEqual(['trop petit : au moins 1']);
    expect(messages(z.number().check(z.gt(0)), 0)).toEqual(['trop petit : strictement plus de 0']);
  });

  it('lists the allowed values of an enum', () => {
    expect(messages(z.enum(['a', 'b']), 'c')).toEqual(['valeur non autorisée : attendu "a" | "b"']);
  });

  it("keeps the schemas' own messages (the library's checks take precedence)", () => {
    expect(messages(debiteurSchema, { id: 'D1', type: 'professionnel', denomination: 'X', siren: '732829321' })).toEqual([
      'SIREN invalide (9 chiffres, clé de Luhn)',
    ]);
  });

  it('reaches the errors of the validating factories, with their paths', () => {
    try {
      parseCreance({ id: 'x' });
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: { path: PropertyKey[]; message: string }[] }).issues;
      expect(issues[0]).toMatchObject({ path: ['numeroFacture'], message: 'type invalide : un texte attendu, rien reçu' });
    }
    expect(() => parseDebiteur({ id: 'D1', type: 'x', denomination: 'X' })).toThrow(/valeur non autorisée/);
  });

  it('analyser returns the plain success of a valid value, and the French issues of an invalid one', () => {
    expect(analyser(z.string(), 'a')).toEqual({ success: true, data: 'a' });
    const r = analyser(z.object({ a: z.string() }), { a: 1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toMatchObject([{ code: 'invalid_type', path: ['a'], message: 'type invalide : un texte attendu, un nombre reçu' }]);
  });

  it('property: never throws and always returns a non-empty message, whatever the issue looks like', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('code', 'expected', 'input', 'origin', 'minimum', 'maximum', 'values', 'keys', 'format'), fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true })), (issue) => {
        const m = messageErreurZod(issue as never);
        expect(typeof m).toBe('string');
        expect(m.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(500) },
    );
  });

  it('every issue of a hostile claim gets a French message (never zod\'s "Invalid input")', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        for (const m of messages(creanceSchema, v)) expect(m).not.toBe('Invalid input');
      }),
      { numRuns: runs(300) },
    );
  });
});
