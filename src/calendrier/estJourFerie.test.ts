import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { arbDate, geler } from '../../test/outils.js';
import { FERIES_2020_2030, FERIES_ALSACE_MOSELLE_2020_2030 } from '../../test/reference/jours-feries-2020-2030.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { estJourFerie, PLAGE_JOURS_FERIES } from './estJourFerie.js';
import { paques } from './internes.js';

/** Every day from `du` to `au`, inclusive. */
function jours(du: string, au: string): string[] {
  const r: string[] = [];
  for (let j = lireDate(du); j <= lireDate(au); j++) r.push(formaterDate(j));
  return r;
}

function erreur(f: () => unknown): { code: string; issue: string | undefined; path: readonly PropertyKey[] | undefined } {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return { code: e.code, issue: e.issues[0]?.code, path: e.issues[0]?.path };
    throw e;
  }
  throw new Error('no error');
}

describe('estJourFerie — the oracle of 2020–2030 (hand-written, shares no code)', () => {
  it('the oracle has eleven days a year, thirteen in Alsace-Moselle', () => {
    expect(FERIES_2020_2030.size).toBe(121);
    expect(FERIES_ALSACE_MOSELLE_2020_2030.size).toBe(143);
  });

  it('every day of 2020–2030 is a holiday exactly when the oracle lists it (C. trav. L3133-1)', () => {
    const ecarts = jours('2020-01-01', '2030-12-31').filter((d) => estJourFerie(d) !== FERIES_2020_2030.has(d));
    expect(ecarts).toEqual([]);
  });

  it('and with { alsaceMoselle: true }, exactly when the Alsace-Moselle oracle lists it (L3134-13)', () => {
    const ecarts = jours('2020-01-01', '2030-12-31').filter((d) => estJourFerie(d, { alsaceMoselle: true }) !== FERIES_ALSACE_MOSELLE_2020_2030.has(d));
    expect(ecarts).toEqual([]);
  });

  it('property: a random day of 2020–2030 agrees with the oracle, with and without the option', () => {
    fc.assert(
      fc.property(arbDate('2020-01-01', '2030-12-31'), fc.boolean(), (d, am) => {
        expect(estJourFerie(d, { alsaceMoselle: am })).toBe((am ? FERIES_ALSACE_MOSELLE_2020_2030 : FERIES_2020_2030).has(d));
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('estJourFerie — named examples', () => {
  it('L3133-1: the eleven days of 2026', () => {
    for (const d of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']) {
      expect(estJourFerie(d), d).toBe(true);
    }
    // Easter Sunday, Pentecost Sunday, Good Friday, 26 December and 2 January are not in the list.
    for (const d of ['2026-04-05', '2026-05-24', '2026-04-03', '2026-12-26', '2026-01-02']) expect(estJourFerie(d), d).toBe(false);
  });

  it('a holiday that falls on a weekend is still a holiday; Whit Monday stays one (journée de solidarité)', () => {
    expect(estJourFerie('2027-08-15')).toBe(true); // a Sunday
    expect(estJourFerie('2026-08-15')).toBe(true); // a Saturday
    expect(estJourFerie('2025-06-09')).toBe(true); // Whit Monday 2025
  });

  it('L3134-13: Good Friday and 26 December in Alsace-Moselle only', () => {
    expect(estJourFerie('2025-04-18', { alsaceMoselle: true })).toBe(true);
    expect(estJourFerie('2025-04-18', { alsaceMoselle: false })).toBe(false);
    expect(estJourFerie('2025-12-26', { alsaceMoselle: true })).toBe(true);
    expect(estJourFerie('2025-12-26')).toBe(false);
    expect(estJourFerie('2025-12-27', { alsaceMoselle: true })).toBe(false);
    expect(estJourFerie('2025-04-17', { alsaceMoselle: true })).toBe(false);
  });

  it('the computus at the extremes of the range', () => {
    // Earliest and latest Easter Sundays of the range: 23 March 2008, 25 April 2038.
    expect(formaterDate(paques(2008))).toBe('2008-03-23');
    expect(formaterDate(paques(2038))).toBe('2038-04-25');
    expect(formaterDate(paques(2099))).toBe('2099-04-12');
    expect(estJourFerie('2038-04-26')).toBe(true);
    expect(estJourFerie('2008-05-01')).toBe(true); // 1 May and Ascension on the same day
    expect(estJourFerie('2008-05-12')).toBe(true); // Whit Monday 2008
  });
});

describe('estJourFerie — range and input', () => {
  it(`answers from ${PLAGE_JOURS_FERIES.du} to ${PLAGE_JOURS_FERIES.au} and throws outside`, () => {
    expect(PLAGE_JOURS_FERIES).toEqual({ du: '2008-05-01', au: '2099-12-31' });
    expect(Object.isFrozen(PLAGE_JOURS_FERIES)).toBe(true);
    expect(estJourFerie('2008-05-01')).toBe(true);
    expect(estJourFerie('2099-12-31')).toBe(false);
    expect(erreur(() => estJourFerie('2008-04-30'))).toEqual({ code: 'ENTREE_INVALIDE', issue: 'too_small', path: ['date'] });
    expect(erreur(() => estJourFerie('2100-01-01'))).toEqual({ code: 'ENTREE_INVALIDE', issue: 'too_big', path: ['date'] });
  });

  it('refuses invalid dates and options with ENTREE_INVALIDE', () => {
    for (const d of ['2025-02-30', '2025-2-3', '', 20250101, null, undefined]) {
      expect(erreur(() => estJourFerie(d as string)).code).toBe('ENTREE_INVALIDE');
    }
    expect(erreur(() => estJourFerie('2025-01-01', { alsaceMoselle: 'oui' } as never)).path).toEqual(['options', 'alsaceMoselle']);
    expect(erreur(() => estJourFerie('2025-01-01', null as never)).path).toEqual(['options']);
    expect(erreur(() => estJourFerie('2025-01-01', 'x' as never)).path).toEqual(['options']);
  });

  it('does not mutate its input', () => {
    const options = geler({ alsaceMoselle: true });
    expect(estJourFerie('2025-12-26', options)).toBe(true);
    expect(options).toEqual({ alsaceMoselle: true });
  });

  it('gives the same answers under any time zone (child processes under UTC+14 and UTC−10)', () => {
    const code =
      "import('./src/calendrier/estJourFerie.ts').then((m) => { const r = []; for (let a = 2008; a <= 2099; a++) for (let mo = 1; mo <= 12; mo++) for (let j = 1; j <= 31; j++) {" +
      " const d = `${a}-${String(mo).padStart(2, '0')}-${String(j).padStart(2, '0')}`; try { if (m.estJourFerie(d, { alsaceMoselle: true })) r.push(d + (m.estJourFerie(d) ? '' : '*')); } catch { } }" +
      ' process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, r })); })';
    const sous = (tz: string) =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: new URL('../../', import.meta.url).pathname, env: { ...process.env, TZ: tz }, encoding: 'utf8' })) as { tz: string; r: string[] };
    const kiritimati = sous('Pacific/Kiritimati');
    const adak = sous('America/Adak');
    expect([kiritimati.tz, adak.tz]).toEqual(['Pacific/Kiritimati', 'America/Adak']);
    expect(kiritimati.r.length).toBeGreaterThan(1180); // 13 days a year for 92 years, less early 2008 and coinciding feasts
    expect(adak.r).toEqual(kiritimati.r);
    expect(kiritimati.r).toEqual(jours('2008-05-01', '2099-12-31').filter((d) => estJourFerie(d, { alsaceMoselle: true })).map((d) => d + (estJourFerie(d) ? '' : '*')));
  }, 30_000);
});
