#!/usr/bin/env node
/**
 * The `recouvrement` command (package `bin`): the only place of the package that reads files and prints.
 * All its logic is in `commandes.ts` (text in, text and exit code out).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { executer } from './commandes.js';

const r = executer(process.argv.slice(2), {
  lire: (chemin) => readFileSync(chemin, 'utf8'),
  ecrire: (chemin, texte) => writeFileSync(chemin, texte, 'utf8'),
});
if (r.sortie) process.stdout.write(r.sortie);
if (r.erreur) process.stderr.write(r.erreur);
process.exitCode = r.code;
