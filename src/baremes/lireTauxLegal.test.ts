import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeEtChemin } from '../../test/outils.js';
import { baremesParDefaut } from './donnees.js';
import { etendreBaremes } from './etendreBaremes.js';
import { lireTauxLegal } from './lireTauxLegal.js';

const fixture = (nom: string): string => readFileSync(new URL(`../../test/fixtures/baremes/${nom}`, import.meta.url), 'utf8');
const ENTETE = 'semestre,particulier,autres_cas,source';

describe('lireTauxLegal: the CSV of half-years', () => {
  it('reads the fixture (real rates 2025 S1 – 2026 S1), which agrees with the shipped tables', () => {
    const lu = lireTauxLegal(fixture('taux-legal.csv'));
    expect(lu.tauxLegal.map((p) => [p.du, p.au, p.particulier, p.autresCas, p.confirme])).toEqual([
      ['2025-01-01', '2025-06-30', '7.21', '3.71', true],
      ['2025-07-01', '2025-12-31', '6.65', '2.76', true],
      ['2026-01-01', '2026-06-30', '6.67', '2.62', true],
    ]);
    for (const p of lu.tauxLegal) {
      expect(baremesParDefaut.tauxLegal.find((q) => q.du === p.du)).toMatchObject({ au: p.au, particulier: p.particulier, autresCas: p.autresCas });
    }
    expect(() => etendreBaremes(baremesParDefaut, lu)).not.toThrow();
  });

  it('accepts ";" with decimal commas and "%", columns in any order, confirme oui/non', () => {
    const lu = lireTauxLegal('source;autres_cas;semestre;particulier;confirme\n"arrêté du 19 juin 2025";2,76 %;2025-S2;6,65;non\n');
    expect(lu.tauxLegal).toEqual([{ du: '2025-07-01', au: '2025-12-31', particulier: '6.65', autresCas: '2.76', source: 'arrêté du 19 juin 2025', confirme: false }]);
  });

  it('refuses what is ambiguous, with the line and the column', () => {
    const cas: [string, readonly PropertyKey[]][] = [
      [`${ENTETE}\n2025-S3,1,1,s`, ['ligne', 2, 'semestre']],
      [`${ENTETE}\n2025-S1,1,1,s\n2025-S1,1,1,s`, ['ligne', 3, 'semestre']],
      [`${ENTETE}\n2025-S1,1,1,`, ['ligne', 2, 'source']],
      [`${ENTETE}\n2025-S1,un,1,s`, ['ligne', 2, 'particulier']],
      [`${ENTETE}\n2025-S1,1,-1,s`, ['ligne', 2, 'autres_cas']],
      [`semestre,particulier,source\n2025-S1,1,s`, ['ligne', 1]],
      [`${ENTETE},confirme\n2025-S1,1,1,s,peut-être`, ['ligne', 2, 'confirme']],
      [`${ENTETE}\n2025-S1,1,1`, ['ligne', 2]],
      [ENTETE, ['ligne', 2]],
      ['bonjour', ['ligne', 1]],
    ];
    for (const [texte, chemin] of cas) expect(codeEtChemin(() => lireTauxLegal(texte)), texte).toEqual(['BAREME_INVALIDE', chemin]);
  });
});

describe('lireTauxLegal: the text of the arrêté', () => {
  it('reads the arrêté du 15 décembre 2025 (fixture: its published text) as 2026 S1, confirmed, with its source', () => {
    expect(lireTauxLegal(fixture('arrete-2025-12-15.txt')).tauxLegal).toEqual([
      {
        du: '2026-01-01',
        au: '2026-06-30',
        particulier: '6.67',
        autresCas: '2.62',
        source: 'arrêté du 15 décembre 2025 (JORF n°0302 du 26 décembre 2025) : texte lu',
        confirme: true,
      },
    ]);
  });

  it('reads the article alone, even when its first line could look like a CSV header', () => {
    const article = fixture('arrete-2025-12-15.txt').split('Article 1')[1]!.split('Article 2')[0]!.trim();
    expect(article.startsWith('Pour le premier semestre 2026,')).toBe(true);
    expect(lireTauxLegal(article).tauxLegal[0]).toMatchObject({ du: '2026-01-01', particulier: '6.67', autresCas: '2.62', source: 'arrêté (date non lue) : texte lu' });
  });

  it('tolerates typographic apostrophes, no-break spaces and line breaks inside the sentences', () => {
    const texte = fixture('arrete-2025-12-15.txt').replace(/'/g, '\u2019').replace(/ %/g, '\u00a0%').replace('des besoins professionnels', 'des besoins\nprofessionnels');
    expect(lireTauxLegal(texte).tauxLegal[0]).toMatchObject({ particulier: '6.67', autresCas: '2.62' });
  });

  it('refuses an arrêté whose sentences are missing, repeated or contradict its entry into force', () => {
    const t = fixture('arrete-2025-12-15.txt');
    const cas: [string, readonly PropertyKey[]][] = [
      [t.replace('2° Pour tous les autres cas : à 2,62 %.', ''), ['autresCas']],
      [`${t}\n2° Pour tous les autres cas : à 2,72 %.`, ['autresCas']],
      [t.replace('premier semestre', 'deuxième semestre'), ['semestre']],
      [t.replace('entrent en vigueur le 1er janvier 2026', 'entrent en vigueur le 1er juillet 2026'), ['vigueur']],
      [t.replace('à 6,67 %', 'à six virgule soixante-sept pour cent'), ['particulier']],
    ];
    for (const [texte, chemin] of cas) expect(codeEtChemin(() => lireTauxLegal(texte))).toEqual(['BAREME_INVALIDE', chemin]);
  });
});
