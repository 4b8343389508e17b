// A release with stale tables cannot go out unnoticed (issue 13, item 5): the shipped tables must cover at least
// 45 days after the date of the latest release in CHANGELOG.md (a "## [x.y.z] - YYYY-MM-DD" heading). While
// there is only "## [Unreleased]", there is no release date to check: the test then still parses every heading
// (a malformed one fails), checks the rule itself on examples, and computes how far the tables reach.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baremesParDefaut } from '../src/baremes/donnees.js';
import { premierJourSansInteretsLegaux, premierJourSansPenalites } from '../src/cli/etatBaremes.js';
import { formaterDate, lireDate } from '../src/socle/date-iso.js';

/** Days the shipped tables must still cover after a release. */
const MARGE_JOURS = 45;

interface Version {
  readonly version: string;
  readonly date: string | null;
  readonly ligne: number;
}

/** The version headings of a changelog; anything else starting with "## " is an error. */
function versions(changelog: string): Version[] {
  return changelog.split('\n').flatMap((texte, i): Version[] => {
    if (!texte.startsWith('## ')) return [];
    if (texte.trim() === '## [Unreleased]') return [{ version: 'Unreleased', date: null, ligne: i + 1 }];
    const m = /^## \[(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\] - (\d{4}-\d{2}-\d{2})$/.exec(texte.trim());
    if (!m) throw new Error(`CHANGELOG.md ligne ${i + 1} : titre de version illisible « ${texte} » (attendu « ## [x.y.z] - AAAA-MM-JJ » ou « ## [Unreleased] »)`);
    lireDate(m[2]); // a real calendar date
    return [{ version: m[1]!, date: m[2]!, ligne: i + 1 }];
  });
}

/** The last day the tables cover for both a default penalty and legal interest. */
function finDesBaremes(): string {
  const p = premierJourSansPenalites(baremesParDefaut);
  const i = premierJourSansInteretsLegaux(baremesParDefaut);
  if (p === null || i === null) throw new Error('tables covering more than two years ahead: check the probe');
  return formaterDate(Math.min(lireDate(p), lireDate(i)) - 1);
}

/** null when the tables cover `marge` days after the latest release, or the problem. */
function problemeFraicheur(changelog: string, fin: string, marge = MARGE_JOURS): string | null {
  const datees = versions(changelog).filter((v): v is Version & { date: string } => v.date !== null);
  if (datees.length === 0) return null;
  const derniere = datees.reduce((a, b) => (b.date > a.date ? b : a));
  const manque = lireDate(derniere.date) + marge - lireDate(fin);
  return manque > 0
    ? `la version ${derniere.version} du ${derniere.date} sort avec des barèmes qui s'arrêtent le ${fin}, moins de ${marge} jours après : ajoutez les taux du semestre suivant (docs/baremes.md, « À chaque semestre »)`
    : null;
}

describe('freshness of the shipped tables against CHANGELOG.md', () => {
  const changelog = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8');

  it('every version heading is "## [Unreleased]" or "## [x.y.z] - YYYY-MM-DD", newest first', () => {
    const v = versions(changelog);
    expect(v.length).toBeGreaterThan(0);
    expect(v.filter((x) => x.date === null).length).toBeLessThanOrEqual(1);
    if (v[0]!.date === null) expect(v[0]!.ligne).toBe(Math.min(...v.map((x) => x.ligne)));
    const dates = v.flatMap((x) => (x.date ? [x.date] : []));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it(`the shipped tables cover at least ${MARGE_JOURS} days after the latest release (none dated yet: nothing to compare)`, () => {
    const fin = finDesBaremes();
    // The tables reach at least as far as their ECB horizon (in December 2026: ECB known to 1 July 2026, which
    // anchors the whole of 2026 S2, and legal rates to 2026 S2, so the end is 31 December 2026).
    expect(fin >= baremesParDefaut.bce.connuJusquau).toBe(true);
    expect(problemeFraicheur(changelog, fin)).toBeNull();
  });

  it('the rule itself: a release 30 days before the end fails, 45 days passes, the newest release counts', () => {
    const fin = '2026-12-31';
    expect(problemeFraicheur('## [Unreleased]\n', fin)).toBeNull();
    expect(problemeFraicheur('## [0.2.0] - 2026-12-01\n', fin)).toContain('0.2.0');
    expect(problemeFraicheur('## [0.2.0] - 2026-11-16\n', fin)).toBeNull();
    expect(problemeFraicheur('## [Unreleased]\n## [0.3.0] - 2026-12-20\n## [0.2.0] - 2026-06-01\n', fin)).toContain('0.3.0');
    expect(() => versions('## 0.2.0 (2026-12-01)\n')).toThrow(/ligne 1/);
    expect(() => versions('## [0.2.0] - 2026-02-30\n')).toThrow();
  });
});
