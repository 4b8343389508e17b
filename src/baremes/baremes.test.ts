import { describe, expect, it } from 'vitest';
import { cheminErreur, geler } from '../../test/outils.js';
import { lireDate } from '../socle/date-iso.js';
import { formaterTaux, multiplierTaux, lireTaux, ajouterTaux } from '../socle/taux.js';
import { bceEnVigueur, compilerBaremes, periodeLegale } from './compiler.js';
import { baremesParDefaut } from './donnees.js';
import { etendreBaremes } from './etendreBaremes.js';

const b = compilerBaremes(baremesParDefaut);
const penalite = (anchor: string) => formaterTaux(ajouterTaux(bceEnVigueur(b, lireDate(anchor)).taux, lireTaux('10')));

describe('shipped tables', () => {
  it.each([
    ['2013-01-01', '10.75'], ['2013-07-01', '10.50'], ['2014-01-01', '10.25'], ['2014-07-01', '10.15'], ['2015-01-01', '10.05'],
    ['2016-01-01', '10.05'], ['2016-07-01', '10.00'], ['2022-07-01', '10.00'], ['2023-01-01', '12.50'], ['2023-07-01', '14.00'],
    ['2024-01-01', '14.50'], ['2024-07-01', '14.25'], ['2025-01-01', '13.15'], ['2025-07-01', '12.15'], ['2026-01-01', '12.15'],
  ])('L441-10 default rate for the half-year starting %s is %s %% (legal reference §1.2 table)', (anchor, taux) => {
    expect(penalite(anchor)).toBe(taux);
  });
  it.each([
    ['2023-07-01', '12.66'], ['2024-01-01', '15.21'], ['2024-07-01', '14.76'], ['2025-01-01', '11.13'], ['2025-07-01', '8.28'], ['2026-01-01', '7.86'],
  ])('3 × taux légal "autres cas" for %s is %s %% (rates.md A.3)', (jour, plancher) => {
    expect(formaterTaux(multiplierTaux(periodeLegale(b, lireDate(jour)).autresCas, 3))).toBe(plancher);
  });
  it('every entry has a source; unconfirmed ones are exactly those the reference marks UNCONFIRMED', () => {
    const tous = [...baremesParDefaut.bce.changements, ...baremesParDefaut.tauxLegal, ...baremesParDefaut.indemniteForfaitaire, ...baremesParDefaut.procedureSimplifiee];
    for (const e of tous) expect(e.source.length).toBeGreaterThan(3);
    expect(baremesParDefaut.bce.changements.filter((e) => !e.confirme).map((e) => e.du)).toEqual(['2026-06-17']);
    expect(baremesParDefaut.tauxLegal.filter((e) => !e.confirme).map((e) => e.du)).toEqual(['2008-01-01', '2026-07-01']);
  });
  it('legal-rate periods are contiguous from 2008 to 2026', () => {
    const t = b.tauxLegal;
    for (let i = 1; i < t.length; i++) expect(t[i]!.du).toBe(t[i - 1]!.au + 1);
  });
});

describe('etendreBaremes', () => {
  it('adds a half-year without touching the input, and replaces an entry with the same date', () => {
    const base = geler(structuredClone(baremesParDefaut));
    const confirme = { du: '2026-07-01', au: '2026-12-31', particulier: '6.84', autresCas: '2.75', source: 'arrêté vérifié', confirme: true };
    const nouveau = { du: '2027-01-01', au: '2027-06-30', particulier: '6.50', autresCas: '2.50', source: 'arrêté de test', confirme: true };
    const r = etendreBaremes(base, { tauxLegal: [confirme, nouveau] });
    expect(r.tauxLegal.at(-1)).toEqual(nouveau);
    expect(r.tauxLegal.find((e) => e.du === '2026-07-01')?.confirme).toBe(true);
    expect(base.tauxLegal.at(-1)?.du).toBe('2026-07-01');
    expect(r.bce.connuJusquau).toBe('2026-07-01');
  });
  it('a new ECB change does not extend the known range: only the connuJusquau the caller states does', () => {
    const r = etendreBaremes(baremesParDefaut, { bce: { changements: [{ du: '2026-12-16', taux: '2.15', source: 'test', confirme: true }] } });
    expect(r.bce.connuJusquau).toBe('2026-07-01');
    expect(etendreBaremes(baremesParDefaut, { bce: { connuJusquau: '2026-09-30' } }).bce.connuJusquau).toBe('2026-09-30');
  });
  it('rejects overlapping or malformed tables with BAREME_INVALIDE and the path of the bad addition', () => {
    const chevauche = { du: '2026-05-01', au: '2026-08-31', particulier: '1', autresCas: '1', source: 's', confirme: true };
    expect(() => etendreBaremes(baremesParDefaut, { tauxLegal: [chevauche] })).toThrow(expect.objectContaining({ code: 'BAREME_INVALIDE' }));
    expect(cheminErreur(() => etendreBaremes(baremesParDefaut, { bce: { changements: [{ du: '2027-01-01', taux: '2,40', source: 's', confirme: true }] } }))).toEqual([
      'bce',
      'changements',
      0,
      'taux',
    ]);
  });
});

describe('baremesParDefaut is immutable', () => {
  it('is deeply frozen, so the compiled-table cache can never go stale', () => {
    expect(Object.isFrozen(baremesParDefaut)).toBe(true);
    expect(Object.isFrozen(baremesParDefaut.bce.changements)).toBe(true);
    expect(Object.isFrozen(baremesParDefaut.tauxLegal[0])).toBe(true);
    expect(() => {
      (baremesParDefaut.tauxLegal as unknown as { push: (x: unknown) => void }).push({});
    }).toThrow(TypeError);
  });
});
