import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentAJour } from '../../scripts/diagramme-machine.js';
import { diagrammeMermaid } from './diagrammeMermaid.js';
import { machineRecouvrement } from './machineRecouvrement.js';

describe('diagrammeMermaid', () => {
  const d = diagrammeMermaid(machineRecouvrement);

  it('draws every state and the guarded transitions, by name', () => {
    expect(d.startsWith('stateDiagram-v2\n  [*] --> amiable\n')).toBe(true);
    for (const s of ['amiable_escalade', 'judiciaire_injonctionDePayer_signifiee', 'procedureCollective_forclose', 'soldee', 'prescrite']) {
      expect(d).toContain(`as ${s}`);
    }
    expect(d).toContain('amiable --> judiciaire_injonctionDePayer : PROCEDURE_ENGAGEE [injonctionDePayerEligible]');
    expect(d).toContain('judiciaire_injonctionDePayer_ordonnance --> amiable_escalade : [delaiSignificationExpire]');
    expect(d).toContain('soldee --> [*]');
    expect(d).not.toContain('evenementValide');
  });

  it('docs/cycle-de-vie.md embeds the current diagram (run `npx tsx scripts/diagramme-machine.ts` if this fails)', () => {
    const texte = readFileSync(new URL('../../docs/cycle-de-vie.md', import.meta.url), 'utf8');
    expect(documentAJour(texte)).toBe(texte);
  });
});
