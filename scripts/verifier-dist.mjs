// Checks the built package as users load it, in both module systems: every name the machine imports from
// the core exists there, and the machine shares the core's classes (no second copy of RecouvrementError).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let echecs = 0;
function verifier(condition, message) {
  if (!condition) {
    echecs += 1;
    console.error(`✗ ${message}`);
  } else console.log(`✓ ${message}`);
}

async function controler(nom, coeur, machine) {
  verifier(typeof machine.machineRecouvrement === 'object', `${nom}: recouvrement/machine exports machineRecouvrement`);
  verifier(typeof coeur.calculerPenalitesRetard === 'function', `${nom}: recouvrement exports calculerPenalitesRetard`);
  let erreur;
  try {
    machine.lireEvenement({ type: 'JOUR', date: '2025-02-30' });
  } catch (e) {
    erreur = e;
  }
  verifier(erreur instanceof coeur.RecouvrementError, `${nom}: an error thrown by the machine is an instance of the core's RecouvrementError`);
  const { createActor } = await import('xstate');
  const acteur = createActor(machine.machineRecouvrement, {
    input: {
      creance: { id: 'F1', numeroFacture: 'F1', montantTTC: '100.00', dateFacture: '2025-01-01', dateEcheance: '2025-01-31', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
      debiteur: { id: 'D1', type: 'professionnel', denomination: 'D' },
      date: '2025-01-01',
    },
  }).start();
  acteur.send({ type: 'JOUR', date: '2025-03-01' });
  verifier(machine.prochainesActions(acteur.getPersistedSnapshot(), '2025-03-01').length > 0, `${nom}: the machine runs and lists actions`);
}

// Imports of the machine bundle from the core must all exist in the core (ESM would fail to link; CJS would
// silently read undefined).
const { readFileSync } = await import('node:fs');
const source = readFileSync(new URL('../dist/machine.js', import.meta.url), 'utf8');
const m = /import \{([^}]*)\} from 'recouvrement'/.exec(source);
const noms = m ? m[1].split(',').map((s) => s.trim().split(/\s+as\s+/)[0]).filter(Boolean) : [];
const coeurCjs = require('recouvrement');
const manquants = noms.filter((n) => !(n in coeurCjs));
verifier(noms.length > 0 && manquants.length === 0, `every core name the machine imports is exported by recouvrement (${noms.length} names${manquants.length ? `; missing: ${manquants.join(', ')}` : ''})`);

await controler('ESM', await import('recouvrement'), await import('recouvrement/machine'));
await controler('CJS', coeurCjs, require('recouvrement/machine'));
process.exit(echecs === 0 ? 0 : 1);
