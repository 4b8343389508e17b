// Worked examples of the machine's legal deadlines, each on the exact day the law gives (issue 15 item 8:
// written against the survivors of a mutation run of delais.ts; docs/qualite.md, "Session 4").
import { describe, expect, it } from 'vitest';
import { codeEtChemin } from '../../test/outils.js';
import {
  dateLimiteDeclarationCreance,
  dateLimiteOpposition,
  dateLimiteProcedureSimplifiee,
  dateLimiteReleveForclusion,
  dateLimiteSignificationInjonction,
  dateLimiteTitreExecutoire,
  dernierJourDelai,
  finDeDelaiPrudente,
} from './delais.js';

describe('CPC 1416 + CPC 642 al. 2: the opposition month and its real last day', () => {
  it('served Monday 3 March 2025: the month ends Thursday 3 April, a working day; closed from Friday 4 April', () => {
    const limite = dateLimiteOpposition('2025-03-03');
    expect(limite).toBe('2025-04-03');
    expect(dernierJourDelai(limite)).toBe('2025-04-03');
    expect(finDeDelaiPrudente(limite)).toBe('2025-04-04');
  });

  it('served Saturday 31 May 2025: the month ends Monday 30 June (CPC 641), a working day: closed from 1 July', () => {
    const limite = dateLimiteOpposition('2025-05-31');
    expect(limite).toBe('2025-06-30');
    expect(finDeDelaiPrudente(limite)).toBe('2025-07-01');
  });

  it('served Friday 14 March 2025: the month ends Monday 14 April, open through it; served 14 June 2025: ends Monday 14 July (a holiday), runs to Tuesday 15 July', () => {
    expect(dernierJourDelai(dateLimiteOpposition('2025-03-14'))).toBe('2025-04-14');
    expect(dateLimiteOpposition('2025-06-14')).toBe('2025-07-14');
    expect(dernierJourDelai('2025-07-14')).toBe('2025-07-15');
    expect(finDeDelaiPrudente('2025-07-14')).toBe('2025-07-16');
  });

  it('a month ending on a Sunday runs to the Monday (642 al. 2): served 2 October 2025 → Sunday 2 November → Monday 3 November', () => {
    expect(dateLimiteOpposition('2025-10-02')).toBe('2025-11-02');
    expect(dernierJourDelai('2025-11-02')).toBe('2025-11-03');
    expect(finDeDelaiPrudente('2025-11-02')).toBe('2025-11-04');
  });
});

describe('CPC 642 al. 2 outside the holiday calendar (before 1 May 2008): weekends only', () => {
  it('a Sunday runs to the Monday: 27 April 2008 → 28 April', () => {
    expect(dernierJourDelai('2008-04-27')).toBe('2008-04-28');
    expect(finDeDelaiPrudente('2008-04-27')).toBe('2008-04-29');
  });

  it('a Saturday runs to the Monday, two days later: 26 April 2008 → 28 April', () => {
    expect(dernierJourDelai('2008-04-26')).toBe('2008-04-28');
    expect(finDeDelaiPrudente('2008-04-26')).toBe('2008-04-29');
  });

  it('a working day is its own last day: Friday 25 April 2008, and Wednesday 30 April 2008 (the day before the calendar)', () => {
    expect(dernierJourDelai('2008-04-25')).toBe('2008-04-25');
    expect(dernierJourDelai('2008-04-30')).toBe('2008-04-30');
    expect(finDeDelaiPrudente('2008-04-30')).toBe('2008-05-01');
  });

  it('Alsace-Moselle changes nothing outside the calendar: Good Friday 21 March 2008 stays a last day', () => {
    expect(dernierJourDelai('2008-03-21', { alsaceMoselle: true })).toBe('2008-03-21');
  });

  it('inside the calendar, Alsace-Moselle adds Good Friday (C. trav. L3134-13): 18 April 2025 runs to Tuesday 22 April', () => {
    expect(dernierJourDelai('2025-04-18')).toBe('2025-04-18');
    expect(dernierJourDelai('2025-04-18', { alsaceMoselle: true })).toBe('2025-04-22');
    expect(dernierJourDelai('2025-04-18', { alsaceMoselle: false })).toBe('2025-04-18');
  });
});

describe('the other delays, to the day', () => {
  it('C. com. R622-24: two months from the BODACC (30 November 2024 → 30 January 2025), four outside metropolitan France (→ 30 March 2025)', () => {
    expect(dateLimiteDeclarationCreance('2024-11-30', false)).toBe('2025-01-30');
    expect(dateLimiteDeclarationCreance('2024-11-30', true)).toBe('2025-03-30');
  });

  it('C. com. L622-26: six months from the BODACC, 15 January 2025 → 15 July 2025', () => {
    expect(dateLimiteReleveForclusion('2025-01-15')).toBe('2025-07-15');
  });

  it('CPC 1411: six months to serve, 15 January 2025 → 15 July 2025', () => {
    expect(dateLimiteSignificationInjonction('2025-01-15')).toBe('2025-07-15');
  });

  it('CPCE L125-1: one month from the invitation, 15 January 2025 → 15 February 2025', () => {
    expect(dateLimiteProcedureSimplifiee('2025-01-15')).toBe('2025-02-15');
  });

  it('CPCE L111-4: ten years, 15 January 2025 → 15 January 2035', () => {
    expect(dateLimiteTitreExecutoire('2025-01-15')).toBe('2035-01-15');
  });
});

describe('a bad date is ENTREE_INVALIDE at the parameter that holds it', () => {
  it.each([
    ['dateLimiteDeclarationCreance', () => dateLimiteDeclarationCreance('2025-02-30', false), 'dateBodacc'],
    ['dateLimiteReleveForclusion', () => dateLimiteReleveForclusion('2025-02-30'), 'dateBodacc'],
    ['dateLimiteSignificationInjonction', () => dateLimiteSignificationInjonction('2025-02-30'), 'dateOrdonnance'],
    ['dateLimiteOpposition', () => dateLimiteOpposition('2025-02-30'), 'dateSignification'],
    ['dateLimiteProcedureSimplifiee', () => dateLimiteProcedureSimplifiee('2025-02-30'), 'dateInvitation'],
    ['dateLimiteTitreExecutoire', () => dateLimiteTitreExecutoire('2025-02-30'), 'dateDepart'],
    ['dernierJourDelai', () => dernierJourDelai('2025-02-30'), 'dateLimite'],
    ['finDeDelaiPrudente', () => finDeDelaiPrudente('2025-02-30'), 'dateLimite'],
  ])('%s', (_nom, f, champ) => {
    expect(codeEtChemin(f)).toEqual(['ENTREE_INVALIDE', [champ]]);
  });
});
