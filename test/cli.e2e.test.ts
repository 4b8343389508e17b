// End to end: the BUILT command (dist/cli.js, the package's `bin`) run as a user runs it, on the fixtures. It
// needs the build (`npx tsup --silent`); `npm test` builds first, and there (EXPECTED_TZ is set) a missing
// build is a failure, not a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const RACINE = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(RACINE, 'dist', 'cli.js');
const construit = existsSync(CLI) && existsSync(path.join(RACINE, 'dist', 'index.js'));
const dossier = mkdtempSync(path.join(tmpdir(), 'recouvrement-cli-'));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

function lancer(...args: string[]): { code: number | null; sortie: string; erreur: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: RACINE, encoding: 'utf8', env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } });
  return { code: r.status, sortie: r.stdout, erreur: r.stderr };
}
const plat = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ');

describe('the recouvrement command (dist/cli.js)', () => {
  it.runIf(process.env.EXPECTED_TZ !== undefined)('is built before the tests in npm test', () => {
    expect(construit).toBe(true);
  });

  it.runIf(construit)('is an executable with a shebang, named by package.json "bin"', () => {
    const paquet = JSON.parse(readFileSync(path.join(RACINE, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(path.resolve(RACINE, paquet.bin.recouvrement!)).toBe(CLI);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    const direct = spawnSync(CLI, ['--help'], { cwd: RACINE, encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain('recouvrement baremes ajouter');
  });

  it.runIf(construit)('from an ECB CSV and a legal-rate CSV (FICTITIOUS 2027 values), writes tables with which days of 2027 compute', () => {
    const sortie = path.join(dossier, 'baremes-2027.json');
    const ajout = lancer(
      'baremes',
      'ajouter',
      'test/fixtures/fictif-2027/bce-fictif-2027.csv',
      'test/fixtures/fictif-2027/taux-legal-fictif-2027.csv',
      '--connu-jusquau',
      '2027-06-30',
      '--sortie',
      sortie,
    );
    expect(ajout.erreur).toBe('');
    expect(ajout.code).toBe(0);
    expect(JSON.parse(readFileSync(sortie, 'utf8'))).toMatchObject({ format: 'recouvrement/baremes', version: 1, bce: { connuJusquau: '2027-06-30' } });

    const sans = lancer('penalites', '--montant', '1000', '--echeance', '2027-01-15', '--calcul', '2027-03-31');
    expect(sans.code).toBe(1);
    expect(sans.erreur).toContain('BAREME_MANQUANT');

    const avec = lancer('penalites', '--montant', '1000', '--echeance', '2027-01-15', '--calcul', '2027-03-31', '--baremes', sortie);
    expect(avec.code).toBe(0);
    const t = plat(avec.sortie);
    expect(t).toContain('du 16 janvier 2027 au 31 mars 2027 : 75 jours à 17,77 % sur 1 000,00 € = 36,51 €');
    // Warnings only for what is marked unconfirmed: the fictitious ECB value (OBS_STATUS P), nothing else.
    const avertissements = t.split('Avertissements :\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(avertissements).toHaveLength(1);
    expect(avertissements[0]).toContain('taux BCE 7.77 % au 2026-12-16');

    const etat = plat(lancer('baremes', '--baremes', sortie).sortie);
    expect(etat).toContain("Historique du taux BCE connu jusqu'au 30 juin 2027 inclus.");
    expect(etat).toContain('pénalités de retard (BCE + 10 points, C. com. art. L441-10) : 1er juillet 2027');
  });

  it.runIf(construit)('exit codes: 2 for a usage error, 3 for an unreadable file', () => {
    expect(lancer('penalites', '--montant', '1000').code).toBe(2);
    expect(lancer('baremes', 'ajouter', 'absent.csv').code).toBe(3);
  });
});
