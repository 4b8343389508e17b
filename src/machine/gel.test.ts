import { describe, expect, it } from 'vitest';
import * as machine from './index.js';
import { creanceB2B, debiteurPro } from './outils-test.js';
import { nonGele } from '../../test/outils.js';

describe('module data is deeply frozen (issue 12)', () => {
  it('every exported constant of recouvrement/machine (but the schemas and the machine objects) is deeply frozen', () => {
    const constantes = Object.entries(machine as Record<string, unknown>).filter(
      ([, v]) => typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse !== 'function' && !('root' in v),
    );
    expect(constantes.map(([n]) => n)).toEqual(expect.arrayContaining(['scenariosParDefaut', 'PROCEDURES_JUDICIAIRES']));
    for (const [nom, v] of constantes) expect(nonGele(v, nom), nom).toBeNull();
  });

  it('a dossier never shares objects with module data: editing one leaves the defaults and the others intact', () => {
    const a = machine.creerDossier({ creance: creanceB2B, debiteur: debiteurPro });
    expect(Object.isFrozen(a.context.scenario)).toBe(false);
    expect(a.context.scenario).not.toBe(machine.scenariosParDefaut.pme);
  });
});
