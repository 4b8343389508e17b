// The documentation checker itself (scripts/verifier-exemples.ts): it must catch a wrong claim, a block that
// does not compile, a block that throws and a claim never reached — a checker that cannot fail proves nothing.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blocsMarkdown, blocsTsdoc, instrumenter, lireAffirmation, verifierBlocs, type Bloc } from '../scripts/verifier-exemples.js';

const dossier = path.resolve(`reports/exemples-test-${process.pid}`);
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

const bloc = (code: string, fichier = 'essai.md'): Bloc => ({ fichier, code, lignes: code.split('\n').map((_, k) => 101 + k), ignore: false });

describe('extraction', () => {
  it('takes the ```ts blocks of Markdown, marks ```ts nocheck, skips other languages', () => {
    const md = ['# T', '```ts', 'const a = 1;', '```', '```sh', 'npm ci', '```', '```ts nocheck', 'x', '```', '  ```typescript', '  a;', '  ```'].join('\n');
    const blocs = blocsMarkdown('a.md', md);
    expect(blocs.map((b) => [b.code, b.ignore, b.lignes[0]])).toEqual([
      ['const a = 1;', false, 3],
      ['x', true, 9],
      ['a;', false, 12],
    ]);
  });

  it('takes fenced and inline @example blocks of TSDoc, with their source lines', () => {
    const src = [
      '/** Leap year. @example estBissextile(2024) //=> true */',
      'export function f() {}',
      '/**',
      ' * Summary.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { g } from 'recouvrement';",
      ' * g(); //=> 1',
      ' * ```',
      ' * @returns nothing',
      ' */',
      '/**',
      ' * @example',
      ' * ```ts',
      ' * // @nocheck',
      ' * fragment',
      ' * ```',
      ' */',
    ].join('\n');
    const blocs = blocsTsdoc('a.ts', src);
    expect(blocs.map((b) => [b.code, b.lignes, b.ignore])).toEqual([
      ['estBissextile(2024) //=> true', [1], false],
      ["import { g } from 'recouvrement';\ng(); //=> 1", [8, 9], false],
      ['// @nocheck\nfragment', [16, 17], true],
    ]);
  });
});

describe('claims', () => {
  it('reads JS-like values, `…` wildcards, several values, throws and a remark in parentheses', () => {
    expect(lireAffirmation(" { a: 'x', b: [1, …], … } (remark)")).toEqual({
      valeurs: [
        {
          t: 'objet',
          entrees: [
            ['a', { t: 'chaine', v: 'x' }],
            ['b', { t: 'tableau', elements: [{ t: 'nombre', v: 1 }, { t: 'tout' }] }],
          ],
          ouvert: true,
        },
      ],
    });
    expect(lireAffirmation("'a' 3n -1.5 null").valeurs.map((v) => v.t)).toEqual(['chaine', 'bigint', 'nombre', 'litteral']);
    expect(lireAffirmation("throws RecouvrementError { code: 'X' }").leve).toEqual({ nom: 'RecouvrementError' });
    expect(lireAffirmation("'ab' +\n  'cd'").valeurs).toEqual([{ t: 'chaine', v: 'abcd' }]);
    expect(() => lireAffirmation('1 234,50 €')).toThrow(/value expected/);
    expect(() => lireAffirmation('[1,')).toThrow(/too early/);
  });

  it('rewrites the statement of each claim on the same lines', () => {
    const r = instrumenter('const x = 2;\nx * 2; //=> 4\nconsole.log(x, 1);\n//=> 2 1\n', 0);
    expect(r.problemes).toEqual([]);
    expect(r.code.split('\n')).toHaveLength(5);
    expect(r.code).toContain('__exemples.valeurs(0, (x * 2));');
    expect(r.code).toContain('__exemples.valeurs(1, x, 1);');
  });

  it('continues a multi-line claim on the following comment lines', () => {
    const r = instrumenter('[1, 2];\n//=> [\n//   1,\n//   2,\n// ]\n', 0);
    expect(r.problemes).toEqual([]);
    expect(r.affirmations[0]!.affirmation.valeurs[0]).toEqual({ t: 'tableau', elements: [{ t: 'nombre', v: 1 }, { t: 'nombre', v: 2 }] });
  });
});

describe('verifierBlocs', () => {
  const rapport = verifierBlocs(
    [
      bloc("const s = 'abc';\ns.length; //=> 3\n[s, { n: 1n, u: undefined }]; //=> ['a…', { n: 1n, … }]\nconsole.log(s, 2); //=> 'abc' 2"),
      bloc('const n: number = 1 + 1;\nn; //=> 3', 'faux.md'),
      bloc("const n: number = 'deux';", 'compile-pas.md'),
      bloc("throw new RangeError('boum');", 'leve.md'),
      bloc("JSON.parse('{'); //=> throws SyntaxError", 'leve-attendu.md'),
      bloc('if (Math.random() > 2) {\n  1; //=> 1\n}', 'jamais.md'),
      bloc('({ a: 1, b: 2 }); //=> { a: 1 }', 'cle-en-trop.md'),
      bloc('new Float64Array([1, 2]); //=> Float64Array(2) [ 1, 2 ]\nnew Uint8Array([1]); //=> Float64Array [1]', 'classe.md'),
      bloc('for (const x of [1, 2]) console.log(x);\n//=> 1\n//=> 2', 'boucle.md'),
      bloc('for (const x of [1, 2, 3]) console.log(x);\n//=> 1\n//=> 2', 'boucle-trop.md'),
      { ...bloc('pas du code'), ignore: true },
    ],
    dossier,
  );
  const echecs = (fichier: string): string[] => rapport.echecs.filter((e) => e.fichier === fichier).map((e) => `${e.ligne}: ${e.message}`);

  it('counts blocks, nocheck blocks and claims', () => {
    expect([rapport.blocs, rapport.ignores, rapport.affirmations]).toEqual([10, 1, 13]);
  });
  it('accepts true claims', () => {
    expect(echecs('essai.md')).toEqual([]);
    expect(echecs('leve-attendu.md')).toEqual([]);
    expect(echecs('boucle.md')).toEqual([]);
  });
  it('catches a wrong claim, with the actual value and the source line', () => {
    expect(echecs('faux.md')).toEqual([expect.stringMatching(/^102: claim `3` is false:\n\s+expected 3, got 2/)]);
  });
  it('catches a block that does not compile under strict', () => {
    expect(echecs('compile-pas.md')).toEqual([expect.stringMatching(/^101: does not compile: TS2322/)]);
  });
  it('catches a block that throws', () => {
    expect(echecs('leve.md')).toEqual([expect.stringMatching(/^101: throws: RangeError: boum/)]);
  });
  it('catches a claim never reached', () => {
    expect(echecs('jamais.md')).toEqual([expect.stringMatching(/^102: claim `1` is never reached/)]);
  });
  it('checks the n-th pass of a loop against the n-th claim', () => {
    expect(echecs('boucle-trop.md')).toEqual([expect.stringMatching(/the statement ran 3 times, for 2 claims/)]);
  });
  it('checks a class prefix (typed arrays as util.inspect prints them)', () => {
    expect(echecs('classe.md')).toEqual([expect.stringMatching(/^102: [^]*expected a Float64Array, got Uint8Array/)]);
  });
  it('refuses an object with keys the claim does not list (unless …)', () => {
    expect(echecs('cle-en-trop.md')).toEqual([expect.stringMatching(/unexpected key\(s\) 'b'/)]);
  });
});
