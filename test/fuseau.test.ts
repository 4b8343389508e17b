// Results do not depend on the process time zone (issue 8, item 2). `npm test` already runs the whole suite
// under UTC, Europe/Paris, Pacific/Kiritimati (UTC+14) and America/Adak (UTC−10, DST), with a guard in
// test/setup.ts; this test compares, within one run, the results of a fixed battery in this process with
// those of child processes started under the two most extreme zones.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { batterie } from './reference/batterie.js';

const RACINE = new URL('../', import.meta.url).pathname;

function sous(tz: string): { tz: string; decalage: number; resultats: unknown } {
  const code =
    "import('./test/reference/batterie.ts').then((m) => process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, " +
    'decalage: new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset(), resultats: m.batterie() })))';
  const sortie = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: RACINE,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(sortie) as { tz: string; decalage: number; resultats: unknown };
}

describe('results are identical under every time zone', () => {
  const ici = JSON.parse(JSON.stringify(batterie())) as unknown;

  it.each(['Pacific/Kiritimati', 'America/Adak'])('a child process under TZ=%s computes the same results', (tz) => {
    const enfant = sous(tz);
    // The child really runs in that zone (otherwise this test could not fail).
    expect(enfant.tz).toBe(tz);
    expect(enfant.decalage).toBe(tz === 'Pacific/Kiritimati' ? -840 : 540);
    expect(enfant.resultats).toEqual(ici);
  });

  it('the battery computes something (not only errors)', () => {
    const r = ici as Record<string, { montant?: string }>;
    expect(r.interets?.montant).toBe('89.01');
    expect(r.horsBareme).toEqual({ erreur: 'BAREME_MANQUANT' });
  });
});
