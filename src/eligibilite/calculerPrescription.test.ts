import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { arbDate, codeEtChemin, geler } from '../../test/outils.js';
import { ajouterAnnees, formaterDate, lireDate } from '../socle/date-iso.js';
import { calculerPrescription, type TypeEvenementPrescription } from './calculerPrescription.js';

type Evt = { type: TypeEvenementPrescription; date: string };

describe('calculerPrescription — durations (C. com. L110-4, C. civ. 2224, C. conso. L218-2, CPCE L111-4)', () => {
  it('5 years for a commercial claim, from delivery, expiring at the end of the same-numbered day (2228-2229)', () => {
    const r = calculerPrescription({ nature: 'commerciale', dateDepart: '2021-03-15' });
    expect(r.dateLimite).toBe('2026-03-15');
    expect(r.dureeAnnees).toBe(5);
    expect(r.references).toEqual(expect.arrayContaining(['C. com. art. L110-4', 'C. civ. art. 2224', 'C. civ. art. 2228 et 2229']));
  });
  it('5 years for a civil claim (2224), 2 years against a consumer (L218-2), 10 years for a titre exécutoire (L111-4)', () => {
    expect(calculerPrescription({ nature: 'civile', dateDepart: '2021-03-15' }).dateLimite).toBe('2026-03-15');
    const conso = calculerPrescription({ nature: 'consommation', dateDepart: '2021-03-15' });
    expect([conso.dateLimite, conso.dureeAnnees]).toEqual(['2023-03-15', 2]);
    expect(conso.references).toContain('C. conso. art. L218-2');
    const titre = calculerPrescription({ nature: 'titre-executoire', dateDepart: '2021-03-15' });
    expect([titre.dateLimite, titre.dureeAnnees, titre.dateButoir]).toEqual(['2031-03-15', 10, null]);
    expect(titre.references).toContain('CPCE art. L111-4');
  });
  it('cites L137-2 for a consumer claim that started before its renumbering as L218-2 on 2016-07-01', () => {
    expect(calculerPrescription({ nature: 'consommation', dateDepart: '2016-06-30' }).references).toContain('C. conso. art. L137-2 (avant le 1er juillet 2016)');
    expect(calculerPrescription({ nature: 'consommation', dateDepart: '2016-07-01' }).references.join()).not.toContain('L137-2');
  });
  it('the 2-year rule protects natural persons only: a non-professionnel (SCI, association) keeps 5 years (Cass. 3e civ. 17 févr. 2022)', () => {
    const r = calculerPrescription({ nature: 'consommation', dateDepart: '2022-05-10', typeDebiteur: 'non-professionnel' });
    expect([r.dateLimite, r.dureeAnnees]).toEqual(['2027-05-10', 5]);
    expect(r.avertissements[0]).toContain('21-19.829');
    expect(calculerPrescription({ nature: 'consommation', dateDepart: '2022-05-10', typeDebiteur: 'consommateur' }).dateLimite).toBe('2024-05-10');
  });
  it('across 29 February: a start on 29 February ends on 28 February of a common year, on 29 February of a leap year', () => {
    expect(calculerPrescription({ nature: 'commerciale', dateDepart: '2024-02-29' }).dateLimite).toBe('2029-02-28');
    expect(calculerPrescription({ nature: 'consommation', dateDepart: '2024-02-29' }).dateLimite).toBe('2026-02-28');
    expect(calculerPrescription({ nature: 'titre-executoire', dateDepart: '2020-02-29' }).dateLimite).toBe('2030-02-28');
    expect(calculerPrescription({ nature: 'commerciale', dateDepart: '2023-02-28' }).dateLimite).toBe('2028-02-28');
  });
  it('flags a start before the 2008 reform (19 June 2008) as not modelled', () => {
    expect(calculerPrescription({ nature: 'commerciale', dateDepart: '2008-06-18' }).avertissements.join()).toContain('NON CONFIRMÉ');
    expect(calculerPrescription({ nature: 'commerciale', dateDepart: '2008-06-19' }).avertissements).toEqual([]);
  });
});

describe('calculerPrescription — interruptions (C. civ. 2231, 2240, 2241, 2244)', () => {
  it('an acknowledgement restarts the full delay from its date', () => {
    const r = calculerPrescription({ nature: 'commerciale', dateDepart: '2020-01-10', evenements: [{ type: 'reconnaissance', date: '2023-06-01' }] });
    expect(r.dateLimite).toBe('2028-06-01');
    expect(r.chronologie.map((e) => [e.evenement, e.effet, e.dateLimite])).toEqual([
      ['depart', 'depart', '2025-01-10'],
      ['reconnaissance', 'interruption', '2028-06-01'],
      ['expiration', 'expiration', '2028-06-01'],
    ]);
    expect(r.references).toEqual(expect.arrayContaining(['C. civ. art. 2240', 'C. civ. art. 2231']));
  });
  it('a partial payment is an acknowledgement (2240); a court action (2241) and an enforcement measure (2244) interrupt too', () => {
    for (const type of ['paiement-partiel', 'action-en-justice', 'mesure-execution'] as const) {
      expect(calculerPrescription({ nature: 'consommation', dateDepart: '2023-01-10', evenements: [{ type, date: '2024-11-30' }] }).dateLimite).toBe('2026-11-30');
    }
  });
  it('a court action warns that its effect lasts until the end of the proceedings (2242) and that the IP requête does not interrupt', () => {
    const r = calculerPrescription({ nature: 'civile', dateDepart: '2023-01-10', evenements: [{ type: 'action-en-justice', date: '2024-01-01' }] });
    expect(r.avertissements.join()).toContain('2242');
    expect(r.avertissements.join()).toContain('signification');
  });
  it('a mise en demeure interrupts nothing, even by LRAR (Cass. com. 18 mai 2022, n° 20-23.204)', () => {
    const r = calculerPrescription({ nature: 'commerciale', dateDepart: '2020-01-10', evenements: [{ type: 'mise-en-demeure', date: '2024-12-01' }] });
    expect(r.dateLimite).toBe('2025-01-10');
    expect(r.chronologie[1]).toMatchObject({ evenement: 'mise-en-demeure', effet: 'sans-effet', reference: 'Cass. com., 18 mai 2022, n° 20-23.204' });
  });
  it('an acknowledgement on the last day still interrupts; the day after, the prescription is acquired', () => {
    const dernierJour = calculerPrescription({ nature: 'consommation', dateDepart: '2023-03-01', evenements: [{ type: 'reconnaissance', date: '2025-03-01' }] });
    expect(dernierJour.dateLimite).toBe('2027-03-01');
    const trop = calculerPrescription({ nature: 'consommation', dateDepart: '2023-03-01', evenements: [{ type: 'reconnaissance', date: '2025-03-02' }] });
    expect(trop.dateLimite).toBe('2025-03-01');
    expect(trop.chronologie[1]!.effet).toBe('sans-effet');
  });
  it('an event before the start interrupts nothing', () => {
    const r = calculerPrescription({ nature: 'civile', dateDepart: '2022-06-01', evenements: [{ type: 'paiement-partiel', date: '2022-05-01' }] });
    expect(r.dateLimite).toBe('2027-06-01');
    expect(r.chronologie[1]!.effet).toBe('sans-effet');
  });
  it('events are taken in date order whatever the input order', () => {
    const a: Evt[] = [{ type: 'reconnaissance', date: '2024-01-01' }, { type: 'reconnaissance', date: '2022-01-01' }];
    expect(calculerPrescription({ nature: 'civile', dateDepart: '2021-01-01', evenements: a }).dateLimite).toBe('2029-01-01');
  });
  it('prescrite with dateCalcul: false on the deadline, true the day after', () => {
    expect(calculerPrescription({ nature: 'civile', dateDepart: '2020-05-05', dateCalcul: '2025-05-05' }).prescrite).toBe(false);
    expect(calculerPrescription({ nature: 'civile', dateDepart: '2020-05-05', dateCalcul: '2025-05-06' }).prescrite).toBe(true);
    expect(calculerPrescription({ nature: 'civile', dateDepart: '2020-05-05' })).not.toHaveProperty('prescrite');
  });
});

describe('calculerPrescription — suspension (C. civ. 2238)', () => {
  it('a mediation pauses the delay: the deadline moves by the days it lasted', () => {
    // 5 years from 2020-01-10 → 2025-01-10; mediation 2022-03-01 → 2022-09-01 (184 days) → 2025-07-13.
    const r = calculerPrescription({
      nature: 'civile',
      dateDepart: '2020-01-10',
      evenements: [{ type: 'mediation-debut', date: '2022-03-01' }, { type: 'mediation-fin', date: '2022-09-01' }],
    });
    expect(r.dateLimite).toBe(formaterDate(lireDate('2025-01-10') + 184));
    expect(r.dateLimite).toBe('2025-07-13');
    expect(r.chronologie.map((e) => [e.effet, e.dateLimite])).toEqual([
      ['depart', '2025-01-10'],
      ['suspension', null],
      ['reprise', '2025-07-13'],
      ['expiration', '2025-07-13'],
    ]);
  });
  it('near the end of the delay, at least six months remain after the mediation ends', () => {
    // 40 days were left on 2024-12-01; the mediation ends 2025-01-31 → 2025-07-31, not 2025-03-12.
    const r = calculerPrescription({
      nature: 'civile',
      dateDepart: '2020-01-10',
      evenements: [{ type: 'mediation-debut', date: '2024-12-01' }, { type: 'mediation-fin', date: '2025-01-31' }],
    });
    expect(r.dateLimite).toBe('2025-07-31');
    expect(r.chronologie[2]!.motif).toContain('au moins six mois');
  });
  it('the six-month floor follows the end-of-month rule (31 August + 6 months = 28 February)', () => {
    const r = calculerPrescription({
      nature: 'consommation',
      dateDepart: '2021-09-01',
      evenements: [{ type: 'conciliation-debut', date: '2023-08-20' }, { type: 'conciliation-fin', date: '2023-08-31' }],
    });
    expect(r.dateLimite).toBe('2024-02-29');
  });
  it('a mediation that starts and ends the same day changes nothing', () => {
    const r = calculerPrescription({
      nature: 'civile',
      dateDepart: '2020-01-10',
      evenements: [{ type: 'mediation-debut', date: '2021-03-01' }, { type: 'mediation-fin', date: '2021-03-01' }],
    });
    expect(r.dateLimite).toBe('2025-01-10');
  });
  it('an open mediation gives a minimum deadline and says so', () => {
    const r = calculerPrescription({ nature: 'civile', dateDepart: '2020-01-10', evenements: [{ type: 'mediation-debut', date: '2024-12-01' }] });
    expect(r.suspendue).toBe(true);
    expect(r.dateLimite).toBe('2025-06-01');
    expect(r.avertissements.join()).toContain('minimum');
    const auj = calculerPrescription({ nature: 'civile', dateDepart: '2020-01-10', evenements: [{ type: 'mediation-debut', date: '2024-12-01' }], dateCalcul: '2025-03-10' });
    expect([auj.dateLimite, auj.prescrite]).toEqual(['2025-09-10', false]);
  });
  it('an acknowledgement during a mediation restarts a full delay, counted from the end of the mediation', () => {
    const r = calculerPrescription({
      nature: 'consommation',
      dateDepart: '2023-01-10',
      evenements: [{ type: 'mediation-debut', date: '2024-06-01' }, { type: 'reconnaissance', date: '2024-07-01' }, { type: 'mediation-fin', date: '2024-10-01' }],
    });
    expect(r.dateLimite).toBe(formaterDate(lireDate('2024-10-01') + (lireDate('2026-07-01') - lireDate('2024-07-01'))));
  });
  it('overlapping mediation and conciliation: the suspension lasts until the last one ends', () => {
    const r = calculerPrescription({
      nature: 'civile',
      dateDepart: '2020-01-10',
      evenements: [
        { type: 'mediation-debut', date: '2022-01-10' },
        { type: 'conciliation-debut', date: '2022-02-10' },
        { type: 'mediation-fin', date: '2022-03-10' },
        { type: 'conciliation-fin', date: '2022-04-10' },
      ],
    });
    expect(r.dateLimite).toBe(formaterDate(lireDate('2025-01-10') + (lireDate('2022-04-10') - lireDate('2022-01-10'))));
  });
  it('a mediation end with no start is refused with its path', () => {
    expect(() => calculerPrescription({ nature: 'civile', dateDepart: '2020-01-10', evenements: [{ type: 'mediation-fin', date: '2021-01-01' }] })).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['evenements', 0, 'type'] })] }),
    );
  });
});

describe('calculerPrescription — 20-year long-stop (C. civ. 2232)', () => {
  it('repeated acknowledgements cannot carry the delay beyond 20 years from the birth of the right', () => {
    const evenements: Evt[] = [2024, 2028, 2032, 2036, 2040].map((a) => ({ type: 'reconnaissance', date: `${a}-01-01` }));
    const r = calculerPrescription({ nature: 'commerciale', dateDepart: '2021-06-15', evenements });
    expect(r.dateButoir).toBe('2041-06-15');
    expect(r.dateLimite).toBe('2041-06-15');
    expect(r.butoirAtteint).toBe(true);
    expect(r.chronologie.at(-1)).toMatchObject({ reference: 'C. civ. art. 2232' });
  });
  it('an acknowledgement after the long-stop has no effect; the day before the cap still counts', () => {
    const evenements: Evt[] = [2024, 2028, 2032, 2036].map((a) => ({ type: 'reconnaissance', date: `${a}-01-01` }));
    const r = calculerPrescription({ nature: 'commerciale', dateDepart: '2021-06-15', evenements: [...evenements, { type: 'reconnaissance', date: '2041-06-16' }] });
    expect(r.chronologie.at(-2)!.effet).toBe('sans-effet');
    expect(r.dateLimite).toBe('2041-01-01');
  });
  it('C. civ. 2232 al. 2: the delay opened by an enforcement measure (2244) is not capped — boundaries at the long-stop', () => {
    // Birth 2021-06-15, long-stop 2041-06-15. Measures every four years: the last one (2037-01-01) opens 5 years, to 2042-01-01.
    const r = calculerPrescription({
      nature: 'civile',
      dateDepart: '2021-06-15',
      evenements: [2025, 2029, 2033, 2037].map((a) => ({ type: 'mesure-execution' as const, date: `${a}-01-01` })),
    });
    expect(r.dateButoir).toBe('2041-06-15');
    expect([r.dateLimite, r.butoirAtteint]).toEqual(['2042-01-01', false]);
    expect(r.references).toContain('C. civ. art. 2232 al. 2');
    expect(r.avertissements.join()).not.toContain('NON CONFIRMÉ');
    // A measure on the last day of a delay that ends on the long-stop day still interrupts; the day after, the claim is time-barred.
    const chaine: Evt[] = ['2026-01-01', '2030-06-01', '2035-01-01', '2039-06-15'].map((date) => ({ type: 'reconnaissance', date }));
    const jour = calculerPrescription({ nature: 'civile', dateDepart: '2021-06-15', evenements: [...chaine, { type: 'mesure-execution', date: '2041-06-15' }] });
    expect([jour.dateLimite, jour.butoirAtteint]).toEqual(['2046-06-15', false]);
    const lendemain = calculerPrescription({ nature: 'civile', dateDepart: '2021-06-15', evenements: [...chaine, { type: 'mesure-execution', date: '2041-06-16' }] });
    expect(lendemain.dateLimite).toBe('2041-06-15');
    expect(lendemain.chronologie.at(-2)!.effet).toBe('sans-effet');
  });
  it('C. civ. 2232 al. 2: a demande en justice (2241 al. 1) too; an acknowledgement (2240) stays capped', () => {
    const chaine: Evt[] = ['2026-01-01', '2030-06-01', '2035-01-01'].map((date) => ({ type: 'reconnaissance', date }));
    const action = calculerPrescription({ nature: 'commerciale', dateDepart: '2021-06-15', evenements: [...chaine, { type: 'action-en-justice', date: '2040-01-01' }] });
    expect([action.dateLimite, action.butoirAtteint]).toEqual(['2045-01-01', false]);
    const reconnaissance = calculerPrescription({ nature: 'commerciale', dateDepart: '2021-06-15', evenements: [...chaine, { type: 'reconnaissance', date: '2040-01-01' }] });
    expect([reconnaissance.dateLimite, reconnaissance.butoirAtteint]).toEqual(['2041-06-15', true]);
    // An acknowledgement after an uncapped delay cannot shorten it.
    const apres = calculerPrescription({ nature: 'commerciale', dateDepart: '2021-06-15', evenements: [...chaine, { type: 'action-en-justice', date: '2040-01-01' }, { type: 'reconnaissance', date: '2041-01-01' }] });
    expect(apres.dateLimite).toBe('2045-01-01');
  });
  it('does not apply to a titre exécutoire (CPCE L111-4)', () => {
    const evenements: Evt[] = [2028, 2036, 2044].map((a) => ({ type: 'mesure-execution', date: `${a}-01-01` }));
    const r = calculerPrescription({ nature: 'titre-executoire', dateDepart: '2021-06-15', evenements });
    expect([r.dateLimite, r.butoirAtteint]).toEqual(['2054-01-01', false]);
  });
  it('the cap runs from dateNaissanceDroit when given', () => {
    const r = calculerPrescription({ nature: 'civile', dateDepart: '2021-06-15', dateNaissanceDroit: '2010-01-01', evenements: [{ type: 'reconnaissance', date: '2026-01-01' }] });
    expect(r.dateLimite).toBe('2030-01-01');
    expect(() => calculerPrescription({ nature: 'civile', dateDepart: '2021-06-15', dateNaissanceDroit: '2022-01-01' })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });
});

describe('calculerPrescription — input and laws', () => {
  it('rejects an impossible date, an unknown event type or nature, with their paths', () => {
    const chemin = (f: () => unknown): string => {
      const [code, path] = codeEtChemin(f);
      return code + ':' + JSON.stringify(path);
    };
    expect(chemin(() => calculerPrescription({ nature: 'civile', dateDepart: '2023-02-29' }))).toBe('ENTREE_INVALIDE:["dateDepart"]');
    expect(chemin(() => calculerPrescription({ nature: 'civile', dateDepart: '2023-02-28', evenements: [{ type: 'reconnaissance', date: '2024-13-01' }] }))).toBe(
      'ENTREE_INVALIDE:["evenements",0,"date"]',
    );
    expect(chemin(() => calculerPrescription({ nature: 'civile', dateDepart: '2023-02-28', evenements: [{ type: 'relance' as 'reconnaissance', date: '2024-01-01' }] }))).toBe(
      'ENTREE_INVALIDE:["evenements",0,"type"]',
    );
    expect(chemin(() => calculerPrescription({ nature: 'penale' as 'civile', dateDepart: '2023-02-28' }))).toBe('ENTREE_INVALIDE:["nature"]');
  });

  const natures = fc.constantFrom('commerciale' as const, 'civile' as const, 'consommation' as const, 'titre-executoire' as const);
  const interruption = fc.constantFrom<TypeEvenementPrescription>('reconnaissance', 'paiement-partiel', 'action-en-justice', 'mesure-execution', 'mise-en-demeure');
  const evenementsArb = fc
    .tuple(
      fc.array(fc.record({ type: interruption, date: arbDate('2015-01-01', '2045-12-31') }), { maxLength: 6 }),
      fc.array(fc.tuple(arbDate('2015-01-01', '2045-12-31'), fc.integer({ min: 0, max: 800 }), fc.boolean()), { maxLength: 3 }),
    )
    .map(([ints, meds]) => {
      const ev: Evt[] = [...ints];
      for (const [d, n, conc] of meds) {
        ev.push({ type: conc ? 'conciliation-debut' : 'mediation-debut', date: d });
        ev.push({ type: conc ? 'conciliation-fin' : 'mediation-fin', date: formaterDate(lireDate(d) + n) });
      }
      return ev;
    });

  it('is monotone in its events: adding an interruption never shortens the deadline (property)', () => {
    fc.assert(
      fc.property(natures, arbDate('2015-01-01', '2030-12-31'), evenementsArb, interruption, arbDate('2015-01-01', '2050-12-31'), fc.nat(), (nature, depart, ev, type, d, pos) => {
        const avant = calculerPrescription({ nature, dateDepart: depart, evenements: ev });
        const plus = [...ev];
        plus.splice(pos % (ev.length + 1), 0, { type, date: d });
        const apres = calculerPrescription({ nature, dateDepart: depart, evenements: plus });
        expect(apres.dateLimite >= avant.dateLimite).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
  it('adding a whole mediation never shortens the deadline (property)', () => {
    fc.assert(
      fc.property(natures, arbDate('2015-01-01', '2030-12-31'), evenementsArb, arbDate('2015-01-01', '2045-12-31'), fc.integer({ min: 0, max: 800 }), (nature, depart, ev, d, n) => {
        const avant = calculerPrescription({ nature, dateDepart: depart, evenements: ev });
        const apres = calculerPrescription({
          nature,
          dateDepart: depart,
          evenements: [...ev, { type: 'mediation-debut', date: d }, { type: 'mediation-fin', date: formaterDate(lireDate(d) + n) }],
        });
        expect(apres.dateLimite >= avant.dateLimite).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
  it('stays between the plain delay and the long-stop, and its timeline ends on the deadline (property)', () => {
    fc.assert(
      fc.property(natures, arbDate('2015-01-01', '2030-12-31'), evenementsArb, (nature, depart, ev) => {
        const r = calculerPrescription({ nature, dateDepart: depart, evenements: ev });
        const simple = formaterDate(ajouterAnnees(lireDate(depart), r.dureeAnnees));
        expect(r.dateLimite >= simple).toBe(true);
        // C. civ. 2232 al. 2: only the delay opened by a demande en justice (2241 al. 1) or a mesure
        // conservatoire / d'exécution (2244) may run past the long-stop.
        if (r.dateButoir !== null && r.dateLimite > r.dateButoir) {
          expect(ev.some((e) => e.type === 'action-en-justice' || e.type === 'mesure-execution')).toBe(true);
        }
        expect(r.chronologie.at(-1)!.dateLimite).toBe(r.dateLimite);
        expect(r.chronologie.length).toBe(ev.length + 2);
        // mises en demeure never change anything
        const sans = ev.filter((e) => e.type !== 'mise-en-demeure');
        expect(calculerPrescription({ nature, dateDepart: depart, evenements: sans }).dateLimite).toBe(r.dateLimite);
      }),
      { numRuns: runs(400) },
    );
  });
  it('explorer seed 1122550661: a demande en justice 20 years and a day after the start runs its full 5 years past the long-stop (C. civ. 2232 al. 2)', () => {
    const r = calculerPrescription({
      nature: 'commerciale',
      dateDepart: '2027-03-01',
      evenements: [
        { type: 'reconnaissance', date: '2033-06-30' },
        { type: 'action-en-justice', date: '2042-03-02' },
        { type: 'reconnaissance', date: '2037-03-02' },
        { type: 'mediation-debut', date: '2032-02-29' },
        { type: 'mediation-fin', date: '2032-12-30' },
      ],
    });
    expect(r.dateButoir).toBe('2047-03-01');
    expect(r.dateLimite).toBe('2047-03-02');
    expect(r.butoirAtteint).toBe(false);
  });
  it('does not mutate its input', () => {
    const p = geler({
      nature: 'civile' as const,
      dateDepart: '2020-01-10',
      evenements: [{ type: 'reconnaissance' as const, date: '2023-01-01' }, { type: 'mediation-debut' as const, date: '2021-01-01' }, { type: 'mediation-fin' as const, date: '2021-05-01' }],
    });
    const copie = JSON.parse(JSON.stringify(p)) as unknown;
    calculerPrescription(p);
    expect(p).toEqual(copie);
  });
});
