// Regenerates the Mermaid diagram of the recovery machine in docs/cycle-de-vie.md (between the markers).
//   npx tsx scripts/diagramme-machine.ts           rewrite the diagram
//   npx tsx scripts/diagramme-machine.ts --check   exit 1 if the document is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { diagrammeMermaid } from '../src/machine/diagrammeMermaid.js';
import { machineRecouvrement } from '../src/machine/machineRecouvrement.js';

export const DEBUT = '<!-- diagramme:debut (généré par scripts/diagramme-machine.ts, ne pas modifier) -->';
export const FIN = '<!-- diagramme:fin -->';
const FICHIER = new URL('../docs/cycle-de-vie.md', import.meta.url);

/** The document with its diagram block replaced by the current machine's diagram. */
export function documentAJour(texte: string): string {
  const i = texte.indexOf(DEBUT);
  const j = texte.indexOf(FIN);
  if (i < 0 || j < i) throw new Error(`docs/cycle-de-vie.md: markers ${DEBUT} … ${FIN} not found`);
  return `${texte.slice(0, i + DEBUT.length)}\n\`\`\`mermaid\n${diagrammeMermaid(machineRecouvrement)}\`\`\`\n${texte.slice(j)}`;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const texte = readFileSync(FICHIER, 'utf8');
  const nouveau = documentAJour(texte);
  if (process.argv.includes('--check')) {
    if (nouveau !== texte) {
      console.error('docs/cycle-de-vie.md is stale: run npx tsx scripts/diagramme-machine.ts');
      process.exit(1);
    }
  } else if (nouveau !== texte) {
    writeFileSync(FICHIER, nouveau);
    console.log('docs/cycle-de-vie.md updated');
  }
}
