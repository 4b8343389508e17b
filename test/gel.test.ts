// Every constant the main entry exports is deeply frozen (issue 12 item 4): module data is never shared
// mutable state between the claims of a host. The machine entry has the same test (src/machine/gel.test.ts).
import { describe, expect, it } from 'vitest';
import * as recouvrement from '../src/index.js';
import { nonGele } from './outils.js';

describe('module data of the main entry is deeply frozen (issue 12)', () => {
  it('every exported constant but the zod schemas is deeply frozen', () => {
    const constantes = Object.entries(recouvrement as Record<string, unknown>).filter(
      ([, v]) => typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse !== 'function',
    );
    expect(constantes.map(([n]) => n)).toEqual(
      expect.arrayContaining(['baremesParDefaut', 'TYPES_PROCEDURE', 'JURIDICTIONS', 'MODELES_LETTRE', 'ORDRE_COMPOSANTES_LEGAL', 'CODES_ERREUR']),
    );
    for (const [nom, v] of constantes) expect(nonGele(v, nom), nom).toBeNull();
  });
});
