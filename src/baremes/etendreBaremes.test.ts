import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeEtChemin, geler } from '../../test/outils.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { baremesParDefaut } from './donnees.js';
import { etendreBaremes, type AjoutsBaremes } from './etendreBaremes.js';
import type { Baremes, PeriodeTauxLegal } from './types.js';

// Every 2027 value below is FICTITIOUS (test-only): no ECB decision or arrêté for 2027 is known.
const fictif = (du: string, au: string, particulier: string, autresCas: string, confirme = false): PeriodeTauxLegal => ({
  du,
  au,
  particulier,
  autresCas,
  source: 'VALEUR FICTIVE DE TEST',
  confirme,
});

/** Whether a value and everything in it is frozen. */
function gelePartout(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(gelePartout);
}

describe('etendreBaremes: the result cannot go stale', () => {
  it('is deeply frozen, so editing it after a first use is impossible (the compiled cache keys on identity)', () => {
    const ajout = fictif('2027-01-01', '2027-06-30', '7.77', '7.77');
    const r = etendreBaremes(baremesParDefaut, { bce: { connuJusquau: '2027-01-01' }, tauxLegal: [ajout] });
    expect(gelePartout(r)).toBe(true);
    const avant = calculerPenalitesRetard({ montant: '10000', dateEcheance: '2026-06-30', dateCalcul: '2026-12-31' }, { baremes: r }).montant;
    expect(() => {
      (r.bce as { connuJusquau: string }).connuJusquau = '2020-01-01';
    }).toThrow(TypeError);
    expect(() => {
      (r.bce.changements as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(calculerPenalitesRetard({ montant: '10000', dateEcheance: '2026-06-30', dateCalcul: '2026-12-31' }, { baremes: r }).montant).toBe(avant);
  });

  it('does not freeze or modify its inputs (the additions and an unfrozen base are copied)', () => {
    const base = structuredClone(baremesParDefaut) as Baremes;
    const ajout = fictif('2027-01-01', '2027-06-30', '7.77', '7.77');
    const ajouts: AjoutsBaremes = { tauxLegal: [ajout] };
    const copieBase = structuredClone(base);
    etendreBaremes(base, ajouts);
    expect(Object.isFrozen(ajout)).toBe(false);
    expect(Object.isFrozen(base.tauxLegal[0])).toBe(false);
    expect(base).toEqual(copieBase);
    expect(ajouts.tauxLegal).toEqual([ajout]);
  });
});

describe('etendreBaremes: contradictions and malformed additions are refused with their path', () => {
  it.each([
    ['!!!'],
    ['2025-13-45'],
    [20270101],
    [null],
    [''],
  ])('connuJusquau %j → BAREME_INVALIDE at bce.connuJusquau', (valeur) => {
    const ajouts = { bce: { connuJusquau: valeur } } as unknown as AjoutsBaremes;
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, ajouts))).toEqual(['BAREME_INVALIDE', ['bce', 'connuJusquau']]);
  });

  it('two rates for one half-year in one list are refused, whatever their order', () => {
    const a = fictif('2027-01-01', '2027-06-30', '7.77', '7.77');
    const b = fictif('2027-01-01', '2027-06-30', '8.88', '8.88');
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { tauxLegal: [a, b] }))).toEqual(['BAREME_INVALIDE', ['tauxLegal', 1, 'du']]);
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { tauxLegal: [b, a] }))).toEqual(['BAREME_INVALIDE', ['tauxLegal', 1, 'du']]);
    const c1 = { du: '2026-12-16', taux: '7.77', source: 'VALEUR FICTIVE DE TEST', confirme: false };
    const c2 = { ...c1, taux: '8.88' };
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { bce: { changements: [c1, c2] } }))).toEqual(['BAREME_INVALIDE', ['bce', 'changements', 1, 'du']]);
  });

  it('the same entry given twice is not a contradiction ("2.4" and "2.40" are one rate only if everything else agrees)', () => {
    const c = { du: '2026-12-16', taux: '7.77', source: 'VALEUR FICTIVE DE TEST', confirme: false };
    expect(etendreBaremes(baremesParDefaut, { bce: { changements: [c, { ...c }] } }).bce.changements.at(-1)).toEqual(c);
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { bce: { changements: [c, { ...c, source: 'autre' }] } }))[0]).toBe('BAREME_INVALIDE');
  });

  it('overlapping additions (unsorted-ambiguous periods) are refused', () => {
    const annee = fictif('2027-01-01', '2027-12-31', '7.77', '7.77');
    const s2 = fictif('2027-07-01', '2027-12-31', '8.88', '8.88');
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { tauxLegal: [s2, annee] }))[0]).toBe('BAREME_INVALIDE');
  });

  it('a confirmed value is never replaced by another one; an unconfirmed one can be', () => {
    const autre = { du: '2025-06-11', taux: '2.40', source: 'erreur de saisie', confirme: true };
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { bce: { changements: [autre] } }))).toEqual(['BAREME_INVALIDE', ['bce', 'changements', 0]]);
    const memeValeur = { du: '2025-06-11', taux: '2.15', source: 'BCE, série MRR_FR', confirme: true };
    expect(etendreBaremes(baremesParDefaut, { bce: { changements: [memeValeur] } }).bce.changements.find((c) => c.du === '2025-06-11')?.source).toBe('BCE, série MRR_FR');
    // 2026 S2 is shipped unconfirmed (rates.md D.3): an arrêté read later may give other figures.
    const s2 = fictif('2026-07-01', '2026-12-31', '9.99', '9.99', false);
    expect(etendreBaremes(baremesParDefaut, { tauxLegal: [s2] }).tauxLegal.at(-1)).toEqual(s2);
  });

  it('a new ECB rate inside the history the tables declare complete contradicts it; repeating the rate in force does not', () => {
    const dedans = { du: '2026-01-14', taux: '2.40', source: 'erreur de saisie', confirme: true };
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { bce: { changements: [dedans] } }))).toEqual(['BAREME_INVALIDE', ['bce', 'changements', 0]]);
    expect(etendreBaremes(baremesParDefaut, { bce: { changements: [{ ...dedans, taux: '2.15' }] } }).bce.changements).toHaveLength(baremesParDefaut.bce.changements.length + 1);
    // Before the first entry there is no history to contradict; after connuJusquau, nothing is known yet.
    expect(() => etendreBaremes(baremesParDefaut, { bce: { changements: [{ du: '2007-01-01', taux: '3.50', source: 'test', confirme: true }] } })).not.toThrow();
  });

  it('inside a complete extract the extract is the history; its first day must agree with the tables before it', () => {
    // FICTITIOUS daily extract from 2026-01-05: 2.15 % (as the tables say), then a change on 2026-06-10.
    const extrait = {
      completDepuis: '2026-01-05',
      connuJusquau: '2026-06-30',
      changements: [
        { du: '2026-01-05', taux: '2.15', source: 'VALEUR FICTIVE DE TEST', confirme: true },
        { du: '2026-06-10', taux: '2.40', source: 'VALEUR FICTIVE DE TEST', confirme: true },
      ],
    };
    const r = etendreBaremes(baremesParDefaut, { bce: extrait });
    expect(r.bce.changements.slice(-2).map((c) => c.du)).toEqual(['2026-01-05', '2026-06-10']); // the unconfirmed 2026-06-17 is gone
    const desaccord = { ...extrait, changements: [{ ...extrait.changements[0]!, taux: '2.90' }, extrait.changements[1]!] };
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { bce: desaccord }))).toEqual(['BAREME_INVALIDE', ['bce', 'changements', 0]]);
  });

  it('malformed entries: the path points into the additions', () => {
    const cas: [unknown, readonly PropertyKey[]][] = [
      [{ tauxLegal: [{ du: '2027-01-01', au: '2027-06-30', particulier: '7.77', autresCas: '7.77', confirme: true }] }, ['tauxLegal', 0, 'source']],
      [{ tauxLegal: [{ du: '2027-01-01', au: '2027-06-30', particulier: '7.77', autresCas: '7.77', source: 's' }] }, ['tauxLegal', 0, 'confirme']],
      [{ tauxLegal: [{ du: '2027-01-01', au: '2026-06-30', particulier: '7.77', autresCas: '7.77', source: 's', confirme: true }] }, ['tauxLegal', 0, 'au']],
      [{ tauxLegal: [{ ...fictif('2027-01-01', '2027-06-30', '7.77', '7.77'), confirmé: true }] }, ['tauxLegal', 0, 'confirmé']],
      [{ indemniteForfaitaire: [{ du: '2027-01-01', montant: 'quarante', source: 's', confirme: true }] }, ['indemniteForfaitaire', 0, 'montant']],
      [{ bce: { changements: [null] } }, ['bce', 'changements', 0]],
      [{ bce: { changements: 'x' } }, ['bce', 'changements']],
      [{ bce: 3 }, ['bce']],
      [{ bce: { completDepuis: '2026-01-01' } }, ['bce', 'completDepuis']],
    ];
    for (const [ajouts, chemin] of cas) expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, ajouts as AjoutsBaremes))).toEqual(['BAREME_INVALIDE', chemin]);
  });
});

describe('etendreBaremes: the known range moves only as far as the evidence', () => {
  it('one future ECB change does not declare the months before it known', () => {
    const c = { du: '2027-03-17', taux: '7.77', source: 'VALEUR FICTIVE DE TEST', confirme: false };
    const r = etendreBaremes(baremesParDefaut, { bce: { changements: [c] } });
    expect(r.bce.connuJusquau).toBe('2026-07-01');
    expect(codeEtChemin(() => calculerPenalitesRetard({ montant: '1000', dateEcheance: '2026-12-31', dateCalcul: '2027-01-10' }, { baremes: r }))[0]).toBe('BAREME_MANQUANT');
  });

  it('never moves back either (a stated connuJusquau before the tables’ own is ignored)', () => {
    expect(etendreBaremes(baremesParDefaut, { bce: { connuJusquau: '2020-01-01' } }).bce.connuJusquau).toBe('2026-07-01');
  });

  it('a complete extract (completDepuis) drops the unconfirmed changes it does not hold, and refuses to drop a confirmed one', () => {
    // Window 2026-06-01 → 2026-09-30: the shipped unconfirmed 2026-06-17 change is absent from this (fictitious) extract.
    const r = etendreBaremes(baremesParDefaut, { bce: { changements: [], completDepuis: '2026-06-01', connuJusquau: '2026-09-30' } });
    expect(r.bce.changements.at(-1)?.du).toBe('2025-06-11');
    expect(r.bce.connuJusquau).toBe('2026-09-30');
    expect(codeEtChemin(() => etendreBaremes(baremesParDefaut, { bce: { changements: [], completDepuis: '2025-06-01', connuJusquau: '2025-06-30' } }))).toEqual([
      'BAREME_INVALIDE',
      ['bce', 'completDepuis'],
    ]);
  });
});

describe('etendreBaremes: laws', () => {
  // Fictitious, non-contradictory additions after the shipped tables: ECB changes from 2026-07-02 on (distinct
  // days), legal-rate half-years from 2027 on (distinct half-years).
  const jour = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2026, 6, 2 + n)).toISOString().slice(0, 10));
  const taux = fc.integer({ min: 0, max: 999 }).map((n) => (n / 100).toFixed(2));
  const changements = fc.uniqueArray(fc.record({ du: jour, taux, source: fc.constant('VALEUR FICTIVE DE TEST'), confirme: fc.boolean() }), { selector: (c) => c.du, maxLength: 6 });
  const semestres = fc
    .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 6 })
    .chain((ns) => fc.tuple(...ns.map((n) => fc.tuple(fc.constant(n), taux, taux, fc.boolean()))))
    .map((ts) =>
      ts.map(([n, p, a, confirme]) => {
        const annee = 2027 + Math.floor(n / 2);
        return n % 2 === 0 ? fictif(`${annee}-01-01`, `${annee}-06-30`, p, a, confirme) : fictif(`${annee}-07-01`, `${annee}-12-31`, p, a, confirme);
      }),
    );
  const connu = fc.option(jour, { nil: undefined });
  const ajouts = fc.tuple(changements, semestres, connu).map(([c, t, k]): AjoutsBaremes => ({ bce: { changements: c, ...(k !== undefined ? { connuJusquau: k } : {}) }, tauxLegal: t }));

  it('is idempotent: the same additions twice give the same tables', () => {
    fc.assert(
      fc.property(ajouts, (a) => {
        const une = etendreBaremes(baremesParDefaut, a);
        expect(etendreBaremes(une, a)).toEqual(une);
      }),
    );
  });

  it('the order of non-contradictory additions does not matter', () => {
    fc.assert(
      fc.property(ajouts, fc.func(fc.integer()), (a, ordre) => {
        const melanger = <T>(xs: readonly T[]): T[] => xs.map((x, i) => [ordre(i), x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
        const b: AjoutsBaremes = { bce: { ...a.bce, changements: melanger(a.bce?.changements ?? []) }, tauxLegal: melanger(a.tauxLegal ?? []) };
        expect(etendreBaremes(baremesParDefaut, b)).toEqual(etendreBaremes(baremesParDefaut, a));
      }),
    );
  });

  it('the known range is exactly the later of the tables’ and the one stated', () => {
    fc.assert(
      fc.property(ajouts, (a) => {
        const k = a.bce?.connuJusquau;
        const attendu = k !== undefined && k > baremesParDefaut.bce.connuJusquau ? k : baremesParDefaut.bce.connuJusquau;
        expect(etendreBaremes(geler(baremesParDefaut), a).bce.connuJusquau).toBe(attendu);
      }),
    );
  });
});
