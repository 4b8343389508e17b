import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeEtChemin, geler } from '../../test/outils.js';
import { baremesParDefaut } from './donnees.js';
import { etendreBaremes } from './etendreBaremes.js';
import { baremesVersJson, chargerBaremes } from './fichierBaremes.js';

function gelePartout(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(gelePartout);
}

describe('tables file: baremesVersJson / chargerBaremes', () => {
  it('writes a versioned file in which every entry has its source and confirme', () => {
    const f = JSON.parse(baremesVersJson(baremesParDefaut)) as Record<string, unknown>;
    expect(Object.keys(f)).toEqual(['format', 'version', 'bce', 'tauxLegal', 'regleL441_10', 'commandePublique', 'indemniteForfaitaire', 'procedureSimplifiee', 'petitsLitigesEuropeens']);
    expect([f.format, f.version]).toEqual(['recouvrement/baremes', 1]);
    const entrees = [...(f.bce as { changements: object[] }).changements, ...(f.tauxLegal as object[])];
    for (const e of entrees) expect(e).toEqual(expect.objectContaining({ source: expect.any(String), confirme: expect.any(Boolean) }));
  });

  it('loads back the same tables, deeply frozen (from the text or the parsed value)', () => {
    const json = baremesVersJson(baremesParDefaut);
    const b = chargerBaremes(json);
    expect(b).toEqual(baremesParDefaut);
    expect(gelePartout(b)).toBe(true);
    expect(chargerBaremes(JSON.parse(json))).toEqual(baremesParDefaut);
  });

  it('does not modify a parsed value it is given (it may be frozen), and returns a copy', () => {
    const valeur = geler(JSON.parse(baremesVersJson(baremesParDefaut)) as Record<string, unknown>);
    const copie = structuredClone(valeur);
    const b = chargerBaremes(valeur);
    expect(valeur).toEqual(copie);
    expect(b.tauxLegal).not.toBe(valeur.tauxLegal);
  });

  it('round trip: chargerBaremes(baremesVersJson(b)) equals b for extended tables (fictitious additions)', () => {
    const taux = fc.integer({ min: 0, max: 999 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), taux, fc.boolean(), fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }), (n, t, confirme, note) => {
        const du = new Date(Date.UTC(2026, 6, 2 + n)).toISOString().slice(0, 10);
        const b = etendreBaremes(baremesParDefaut, {
          bce: { changements: [{ du, taux: t, source: 'VALEUR FICTIVE DE TEST', confirme, ...(note !== undefined ? { note } : {}) }], connuJusquau: du },
        });
        const json = baremesVersJson(b);
        expect(chargerBaremes(json)).toEqual(b);
        expect(baremesVersJson(chargerBaremes(json))).toBe(json);
      }),
    );
  });

  it('refuses a file of another format or version, an unknown field, an entry without source or confirme', () => {
    const f = (): Record<string, unknown> => JSON.parse(baremesVersJson(baremesParDefaut)) as Record<string, unknown>;
    const avec = (modifier: (o: Record<string, unknown>) => void): Record<string, unknown> => {
      const o = f();
      modifier(o);
      return o;
    };
    const cas: [unknown, readonly PropertyKey[]][] = [
      ['{', []],
      ['[]', []],
      [avec((o) => delete o.format), ['format']],
      [avec((o) => (o.version = 2)), ['version']],
      [avec((o) => (o.extra = 1)), ['extra']],
      [avec((o) => delete o.tauxLegal), ['tauxLegal']],
      [avec((o) => delete (o.tauxLegal as Record<string, unknown>[])[3]!.source), ['tauxLegal', 3, 'source']],
      [avec((o) => delete (o.bce as { changements: Record<string, unknown>[] }).changements[0]!.confirme), ['bce', 'changements', 0, 'confirme']],
      [avec((o) => ((o.bce as Record<string, unknown>).connuJusquau = '2025-13-45')), ['bce', 'connuJusquau']],
      [avec((o) => ((o.bce as Record<string, unknown>).connuJusquau = null)), ['bce', 'connuJusquau']],
      [avec((o) => (o.tauxLegal as unknown[]).reverse()), ['tauxLegal', 1, 'du']],
    ];
    for (const [json, chemin] of cas) expect(codeEtChemin(() => chargerBaremes(json)), JSON.stringify(chemin)).toEqual(['BAREME_INVALIDE', chemin]);
  });
});
