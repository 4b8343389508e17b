// Hostile input on the machine entry (issue 12): the host process survives. Runs ./machine.enfant.ts in a
// child process (XState rethrows an actor's error asynchronously, which would end the process, not fail a
// test) and checks that it exits normally after driving creerDossier / avancerDossier / lireDossier and the
// raw machine with hostile values.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENFANT = fileURLToPath(new URL('./machine.enfant.ts', import.meta.url));

describe('the machine cannot crash its host (child process)', () => {
  it('hostile dossiers, events and snapshots: the process exits normally, every failure a RecouvrementError, no actor in error', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', ENFANT], { encoding: 'utf8', timeout: 170_000, env: { ...process.env, NODE_ENV: 'production' } });
    expect(r.stderr.slice(0, 4000)).toBe('');
    expect(r.status).toBe(0);
    const bilan = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { appels: number; erreurs: number };
    expect(bilan.appels).toBeGreaterThan(1000);
    expect(bilan.erreurs).toBeGreaterThan(0);
  }, 180_000);
});
