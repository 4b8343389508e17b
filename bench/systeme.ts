/** Process-level measurements: cold import time of the build, peak memory of a batch (child processes). */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cibles, duree, mediane, octets } from './outils.js';

const RACINE = resolve(import.meta.dirname, '..');

/** `import('recouvrement')` in a fresh node process (package self-reference → dist/index.js). */
export function benchImportFroid(repetitions: number): void {
  console.log(`\n## Import à froid de 'recouvrement' (dist/index.js, ${octets(statSync(resolve(RACINE, 'dist/index.js')).size)} non minifié) — processus node neuf, ${repetitions} fois`);
  const mesurer = (specificateur: string): number[] => {
    const code = `const t = process.hrtime.bigint(); await import(${JSON.stringify(specificateur)}); process.stdout.write(String(Number(process.hrtime.bigint() - t)));`;
    const r: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const p = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: RACINE, encoding: 'utf8' });
      if (p.status !== 0) throw new Error(p.stderr);
      r.push(Number(p.stdout));
    }
    return r;
  };
  const principal = mesurer('recouvrement');
  const zod = mesurer('zod/mini');
  const nu = mediane(principal);
  console.log(`import('recouvrement') : ${duree(nu)} (médiane ; runs ${principal.map((x) => duree(x)).join(', ')})`);
  console.log(`dont sa dépendance zod seule : ${duree(mediane(zod))} (import('zod/mini'), ce que la bibliothèque charge, dans un processus neuf)`);
  cibles.push({ nom: "import à froid de 'recouvrement'", mesure: duree(nu), cible: '—', tenue: null });
}

/** Peak RSS of a batch of N invoices, in a child process (array input, and streamed from a generator). */
export function benchMemoire(n: number): void {
  console.log(`\n## Mémoire — calculerPenalitesRetardLot sur ${n.toLocaleString('fr-FR')} factures (processus enfant, RSS)`);
  for (const mode of ['tableau', 'flux', 'centimes'] as const) {
    const p = spawnSync(process.execPath, ['--import', 'tsx', resolve(RACINE, 'bench/memoire-enfant.ts'), mode, String(n)], { cwd: RACINE, encoding: 'utf8' });
    if (p.status !== 0) {
      console.log(`${mode} : échec (${p.stderr.slice(0, 400)})`);
      continue;
    }
    const r = JSON.parse(p.stdout) as { depart: number; apresDonnees: number; pic: number };
    const libelle =
      mode === 'tableau'
        ? 'entrée en tableau (toutes les lignes en mémoire)'
        : mode === 'flux'
          ? 'entrée en flux (générateur)'
          : "entrée en tableau, sortie: 'centimes' (Float64Array)";
    console.log(`${libelle} : pic ${octets(r.pic)} ; au départ ${octets(r.depart)} (node + tsx), après les données ${octets(r.apresDonnees)}`);
    if (mode !== 'flux') {
      const nom = `pic mémoire, lot de ${n.toLocaleString('fr-FR')}${mode === 'centimes' ? ' en centimes' : ''}`;
      cibles.push({ nom, mesure: octets(r.pic), cible: '< 500 Mio', tenue: r.pic < 500 * 1024 ** 2 });
    }
  }
}
