/**
 * Child process of the memory benchmark (a fresh heap): runs `calculerPenalitesRetardLot` from the build
 * over N invoices, given as an array (all rows in memory) or as a generator (rows streamed), with `Euros`
 * strings out, or (`centimes`: an array in, `sortie: 'centimes'`) a Float64Array of cents out, and prints
 * the resident set sizes as JSON: at start, after building the input, and the peak (getrusage maxrss).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { factures } from './donnees.js';
import type * as Bibliotheque from '../src/index.js';

const [mode = 'tableau', texteN = '1000000'] = process.argv.slice(2);
const n = Number(texteN);
const lib = (await import(pathToFileURL(resolve(import.meta.dirname, '../dist/index.js')).href)) as typeof Bibliotheque;
const depart = process.memoryUsage.rss();
const entree = mode === 'flux' ? factures(n) : [...factures(n)];
const apresDonnees = process.memoryUsage.rss();
const totaux = mode === 'centimes' ? lib.calculerPenalitesRetardLot(entree, { sortie: 'centimes' }) : lib.calculerPenalitesRetardLot(entree);
const fin = process.memoryUsage.rss();
process.stdout.write(JSON.stringify({ mode, n, depart, apresDonnees, fin, pic: process.resourceUsage().maxRSS * 1024, resultats: totaux.length }) + '\n');
