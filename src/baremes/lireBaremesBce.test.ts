import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeEtChemin } from '../../test/outils.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { baremesParDefaut } from './donnees.js';
import { etendreBaremes } from './etendreBaremes.js';
import { lireBaremesBce } from './lireBaremesBce.js';

const fixture = (nom: string): string => readFileSync(new URL(`../../test/fixtures/baremes/${nom}`, import.meta.url), 'utf8');
// The real extract ends at the 11 June 2025 cut; the ECB then held its rate through April 2026 (rates.md A.1).
const CONNU = '2026-04-30';
const ENTETE = 'KEY,FREQ,REF_AREA,CURRENCY,PROVIDER_FM,INSTRUMENT_FM,PROVIDER_FM_ID,DATA_TYPE_FM,TIME_PERIOD,OBS_VALUE,OBS_STATUS';
const ligne = (date: string, valeur: string, cle = 'FM.B.U2.EUR.4F.KR.MRR_FR.LEV', statut = 'A'): string => `${cle},B,U2,EUR,4F,KR,MRR_FR,LEV,${date},${valeur},${statut}`;

describe('lireBaremesBce: the ECB Data Portal CSV export', () => {
  it('reads the change-dates series (fixture: real MRO changes 2016–2025) into ECB changes, values normalised', () => {
    const lu = lireBaremesBce(fixture('bce-mrr-fr.csv'), { connuJusquau: CONNU });
    expect(lu.serie).toBe('FM.B.U2.EUR.4F.KR.MRR_FR.LEV');
    expect(lu.observations).toBe(19);
    expect(lu.bce.connuJusquau).toBe(CONNU);
    expect(lu.bce.completDepuis).toBe('2016-03-16');
    expect(lu.bce.changements.map((c) => [c.du, c.taux])).toEqual(
      baremesParDefaut.bce.changements.filter((c) => c.du >= '2016-03-16' && c.confirme).map((c) => [c.du, c.taux]),
    );
    expect(lu.bce.changements.every((c) => c.confirme && c.source.includes('FM.B.U2.EUR.4F.KR.MRR_FR.LEV'))).toBe(true);
  });

  it('agrees with the shipped tables: extending them with the real extract changes no computation', () => {
    const b = etendreBaremes(baremesParDefaut, lireBaremesBce(fixture('bce-mrr-fr.csv'), { connuJusquau: CONNU }));
    expect(b.bce.connuJusquau).toBe('2026-07-01');
    for (const [e, c] of [['2024-12-31', '2025-08-14'], ['2016-01-31', '2016-09-30'], ['2022-06-30', '2023-03-01']] as const) {
      const params = { montant: '10000.00', dateEcheance: e, dateCalcul: c };
      expect(calculerPenalitesRetard(params, { baremes: b })).toEqual(calculerPenalitesRetard(params));
    }
  });

  it('reads a daily series: one change per new value, the first day noted as "rate in force", not as a decision', () => {
    const lu = lireBaremesBce(fixture('bce-mrr-fr-quotidien.csv'), { connuJusquau: '2025-06-13' });
    expect(lu.bce.changements.map((c) => [c.du, c.taux])).toEqual([
      ['2025-06-06', '2.40'],
      ['2025-06-11', '2.15'],
    ]);
    expect(lu.bce.changements[0]!.note).toContain('Premier jour');
    expect(lu.bce.changements[1]!.note).toBeUndefined();
  });

  it('finds columns by name (any order, extra columns, quoted fields with commas, CRLF, BOM), rows in any order', () => {
    const csv = `\ufeffOBS_VALUE,TITLE,TIME_PERIOD,KEY\r\n"2.15","Main refinancing operations, fixed rate",2025-06-11,FM.B.U2.EUR.4F.KR.MRR_FR.LEV\r\n2.4,"x ""y""",2025-04-23,FM.B.U2.EUR.4F.KR.MRR_FR.LEV\r\n`;
    expect(lireBaremesBce(csv, { connuJusquau: '2025-12-31' }).bce.changements.map((c) => [c.du, c.taux])).toEqual([
      ['2025-04-23', '2.40'],
      ['2025-06-11', '2.15'],
    ]);
  });

  it('accepts the MRR_RT series; an OBS_STATUS other than A makes the entry unconfirmed', () => {
    const cle = 'FM.B.U2.EUR.4F.KR.MRR_RT.LEV';
    const lu = lireBaremesBce([ENTETE, ligne('2025-06-11', '2.15', cle, 'P')].join('\n'), { connuJusquau: '2025-12-31', source: 'téléchargé le 31 décembre 2025' });
    expect(lu.bce.changements[0]).toMatchObject({ du: '2025-06-11', taux: '2.15', confirme: false });
    expect(lu.bce.changements[0]!.source).toContain('téléchargé le 31 décembre 2025');
  });

  it('refuses what is not, or not clearly, that series — with the line and the column', () => {
    const cas: [string, unknown, readonly PropertyKey[]][] = [
      ['TIME_PERIOD,OBS_VALUE\n2025-06-11,2.15', '2025-12-31', ['ligne', 1]],
      [ENTETE, '2025-12-31', ['ligne', 2]],
      [[ENTETE, ligne('2025-06-11', '2.15', 'FM.B.U2.EUR.4F.KR.DFR.LEV')].join('\n'), '2025-12-31', ['ligne', 2, 'KEY']],
      [[ENTETE, ligne('2025-04-23', '2.4'), ligne('2025-06-11', '2.15', 'FM.B.U2.EUR.4F.KR.MRR_RT.LEV')].join('\n'), '2025-12-31', ['ligne', 3, 'KEY']],
      [[ENTETE, ligne('2025-06', '2.15')].join('\n'), '2025-12-31', ['ligne', 2, 'TIME_PERIOD']],
      [[ENTETE, ligne('2025-06-31', '2.15')].join('\n'), '2025-12-31', ['ligne', 2, 'TIME_PERIOD']],
      [[ENTETE, ligne('2025-06-11', '')].join('\n'), '2025-12-31', ['ligne', 2, 'OBS_VALUE']],
      [[ENTETE, ligne('2025-06-11', 'NaN')].join('\n'), '2025-12-31', ['ligne', 2, 'OBS_VALUE']],
      [[ENTETE, ligne('2025-06-11', '2,15')].join('\n'), '2025-12-31', ['ligne', 2]],
      [[ENTETE, ligne('2025-06-11', '2.15'), ligne('2025-06-11', '2.40')].join('\n'), '2025-12-31', ['ligne', 3, 'OBS_VALUE']],
      [[ENTETE, `${ligne('2025-06-11', '2.15')},"open`].join('\n'), '2025-12-31', ['ligne', 2]],
      [[ENTETE, ligne('2025-06-11', '2.15')].join('\n'), '!!!', ['connuJusquau']],
      [[ENTETE, ligne('2025-06-11', '2.15')].join('\n'), 20251231, ['connuJusquau']],
      [[ENTETE, ligne('2025-06-11', '2.15')].join('\n'), null, ['connuJusquau']],
      [[ENTETE, ligne('2025-06-11', '2.15')].join('\n'), '2025-06-10', ['connuJusquau']],
    ];
    for (const [texte, connu, chemin] of cas) {
      expect(codeEtChemin(() => lireBaremesBce(texte, { connuJusquau: connu as string })), texte).toEqual(['BAREME_INVALIDE', chemin]);
    }
  });

  it('a row stated missing (empty value, OBS_STATUS M or L) is skipped; only missing rows is refused', () => {
    const lu = lireBaremesBce([ENTETE, ligne('2025-06-10', '2.4'), ligne('2025-06-11', '', undefined, 'M'), ligne('2025-06-12', '2.15')].join('\n'), { connuJusquau: '2025-12-31' });
    expect(lu.bce.changements.map((c) => c.du)).toEqual(['2025-06-10', '2025-06-12']);
    expect(codeEtChemin(() => lireBaremesBce([ENTETE, ligne('2025-06-11', '', undefined, 'L')].join('\n'), { connuJusquau: '2025-12-31' }))).toEqual(['BAREME_INVALIDE', ['ligne', 2]]);
  });

  it('a duplicated row with the same value is not a contradiction', () => {
    const lu = lireBaremesBce([ENTETE, ligne('2025-06-11', '2.15'), ligne('2025-06-11', '2.150')].join('\n'), { connuJusquau: '2025-12-31' });
    expect(lu.bce.changements).toHaveLength(1);
  });
});
