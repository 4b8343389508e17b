// Issue 15, "Hostile input, round 2": one regression test per item, named after it. The generators of each
// hole (misspelled keys, control characters, Markdown payloads, long digit runs, inherited-property ids,
// malformed tables) are in ./hostile.ts and ./cibles.ts, and api.fuzz.test.ts runs every public function on
// them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../proprietes.js';
import * as api from '../../src/index.js';
import {
  CODES_ERREUR,
  RecouvrementError,
  creanceSchema,
  debiteurSchema,
  depuisZod,
  estRecouvrementError,
  genererLettre,
  parseCreance,
  parseDebiteur,
  prioriserRelances,
  relanceSchema,
  rendreTableauDelaisPaiement,
  situationCreance,
  tableauDelaisPaiement,
  type CodeProbleme,
  type CreanceEntree,
  type DebiteurEntree,
} from '../../src/index.js';
import { CONTROLES, HERITES, LONGUES, MARKDOWN, malOrthographier } from './hostile.js';

/** The error `f` throws (fails the test when it returns). */
function erreur(f: () => unknown): RecouvrementError {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return e;
    throw e;
  }
  return expect.fail('expected a RecouvrementError');
}

const CREANCE = {
  id: 'F1', numeroFacture: '2025-001', montantTTC: '10000.00', dateFacture: '2025-05-01', dateEcheance: '2025-05-31',
  paiements: [{ date: '2025-07-01', montant: '5000.00' }], nature: 'commerciale', cause: 'contractuelle', contestee: false,
} satisfies CreanceEntree;
const DEBITEUR: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'Bâtiment Martin SAS' };
const CREANCIER = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };

describe('issue 15 item 1 — unknown keys are refused, naming the closest known key', () => {
  it('a misspelled optional key of a claim (paiement for paiements) is ENTREE_INVALIDE, not a different amount', () => {
    const { paiements, ...sans } = CREANCE;
    const e = erreur(() => parseCreance({ ...sans, paiements: [], paiement: paiements }));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues).toContainEqual({ code: 'unrecognized_keys', path: ['paiement'], message: 'clé inconnue « paiement » (vouliez-vous dire « paiements » ?)' });
    // The same claim through situationCreance: the path starts with the argument's name.
    const s = erreur(() => situationCreance({ ...sans, paiements: [], paiement: paiements } as never, DEBITEUR, '2025-08-14'));
    expect(s.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['creance', 'paiement'] });
  });

  it('misspelled options (dateDecisionExecutoir, baseAnnuele) and nested keys are refused everywhere', () => {
    const o = erreur(() => situationCreance(CREANCE, DEBITEUR, '2025-08-14', { dateDecisionExecutoir: '2025-06-01' } as never));
    expect(o.issues[0]?.message).toBe('clé inconnue « dateDecisionExecutoir » (vouliez-vous dire « dateDecisionExecutoire » ?)');
    const b = erreur(() => genererLettre('mise-en-demeure', { creancier: CREANCIER, debiteur: DEBITEUR, creances: [CREANCE], dateLettre: '2025-08-14' }, { baseAnnuele: 'exacte' } as never));
    expect(b.issues[0]).toMatchObject({ path: ['options', 'baseAnnuele'], message: 'clé inconnue « baseAnnuele » (vouliez-vous dire « baseAnnuelle » ?)' });
    const n = erreur(() => parseDebiteur({ ...DEBITEUR, adresse: { ligne: ['1 rue'] } }));
    expect(n.issues).toContainEqual({ code: 'unrecognized_keys', path: ['adresse', 'ligne'], message: 'clé inconnue « ligne » (vouliez-vous dire « lignes » ?)' });
    expect(relanceSchema.safeParse({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 1, modele: 'x', commentair: 'y' }).success).toBe(false);
    expect(erreur(() => api.estJourFerie('2025-12-26', { alsaceMosele: true } as never)).issues[0]?.message).toBe(
      'clé inconnue « alsaceMosele » (vouliez-vous dire « alsaceMoselle » ?)',
    );
    expect(erreur(() => api.statutsEncaissement(CREANCE, [], { exigibiliteTVA: 'debits' } as never)).issues[0]?.path).toEqual(['options', 'exigibiliteTVA']);
    expect(erreur(() => api.prioriserRelances([], '2025-06-30', { limit: 3 } as never)).issues[0]?.message).toBe('clé inconnue « limit » (vouliez-vous dire « limite » ?)');
    // A key far from every known one: named, without a suggestion.
    expect(erreur(() => parseCreance({ ...CREANCE, zzzzzzzz: 1 })).issues[0]?.message).toBe('clé inconnue « zzzzzzzz »');
  });

  it('clesInconnues: "ignorer" drops, "conserver" keeps the host’s own fields (off by default)', () => {
    const avec = { ...CREANCE, crmId: 'X-42' };
    expect(() => parseCreance(avec)).toThrow(RecouvrementError);
    expect(parseCreance(avec, { clesInconnues: 'ignorer' })).not.toHaveProperty('crmId');
    expect(parseCreance(avec, { clesInconnues: 'conserver' })).toHaveProperty('crmId', 'X-42');
    expect(erreur(() => parseCreance(avec, { clesInconnue: 'ignorer' } as never)).issues[0]?.path).toEqual(['options', 'clesInconnue']);
  });

  it('property: a misspelled key in a valid claim, debtor or options is always ENTREE_INVALIDE', () => {
    const cles = Object.keys(CREANCE);
    fc.assert(
      fc.property(fc.constantFrom(...cles), fc.nat(), (cle, n) => {
        const faute = malOrthographier(cle, n);
        fc.pre(!cles.includes(faute));
        const c: Record<string, unknown> = { ...CREANCE };
        c[faute] = c[cle];
        delete c[cle];
        expect(erreur(() => parseCreance(c)).code).toBe(CODES_ERREUR.ENTREE_INVALIDE);
        expect(erreur(() => situationCreance(c as never, DEBITEUR, '2025-08-14')).code).toBe('ENTREE_INVALIDE');
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('issue 15 item 2 — control characters are refused in single-line fields; text letters fit 78 columns', () => {
  it('a debtor name with "\\n\\nNous renonçons…" or a bidi override is refused by the schema', () => {
    for (const denomination of CONTROLES) expect(debiteurSchema.safeParse({ ...DEBITEUR, denomination }).success, JSON.stringify(denomination)).toBe(false);
    expect(creanceSchema.safeParse({ ...CREANCE, numeroFacture: 'F-1\r\nBcc: x@y.fr' }).success).toBe(false);
    expect(relanceSchema.safeParse({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 1, modele: 'x', commentaire: 'deux\nlignes' }).success).toBe(true);
    expect(relanceSchema.safeParse({ creanceId: 'F1', date: '2025-03-01', canal: 'email', niveau: 1, modele: 'x', commentaire: 'bidi \u202e' }).success).toBe(false);
  });

  it('Lettre.objet is one line, and every line of the text letter is at most 78 columns (long names, penalty table)', () => {
    const long = 'Société Anonyme des Établissements de Construction Métallique et de Chaudronnerie Industrielle du Grand Est';
    for (const modele of ['relance-amiable', 'relance-ferme', 'mise-en-demeure'] as const) {
      const l = genererLettre(modele, {
        creancier: { ...CREANCIER, denomination: long },
        debiteur: { ...DEBITEUR, denomination: `${long} ${'X'.repeat(120)}` },
        creances: [{ ...CREANCE, numeroFacture: `FACTURE-${'9'.repeat(150)}` }],
        dateLettre: '2025-08-14',
      });
      expect(l.objet).not.toMatch(/[\r\n\t\u2028\u2029]/);
      for (const ligne of l.texte.split('\n')) expect(ligne.length, ligne).toBeLessThanOrEqual(78);
    }
  });
});

describe('issue 15 item 3 — Markdown (and raw HTML) is escaped in every Markdown output', () => {
  it('rendreTableauDelaisPaiement: delaisReference with a link, an image, HTML is printed as text', () => {
    const t = tableauDelaisPaiement([{ sens: 'emise', montantDu: '100.00', dateEcheance: '2025-12-01' }], {
      dateCloture: '2025-12-31',
      delaisReference: { emises: '[x](javascript:alert(1)) <img src=x onerror=alert(1)> **gras** | cellule', recues: MARKDOWN.join(' ') },
    });
    const md = rendreTableauDelaisPaiement(t, { format: 'markdown' });
    expect(md).toContain('\\[x\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*\\*gras\\*\\* \\| cellule');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\[x\]/);
  });
});

describe('issue 15 item 4 — linear parsing (no ReDoS) and capped input lengths', () => {
  // Each parser gets 1 MB hostile strings. The bound is generous on purpose (a loaded 2-core machine must not
  // make it flaky): a linear parse takes milliseconds, the quadratic patterns it guards against took 1.3 s on
  // 64 000 digits, i.e. minutes on 1 MB.
  const BORNE_MS = 5_000;
  const parseurs: [string, (s: string) => unknown][] = [
    ['lireEuros', (s) => api.lireEuros(s)],
    ['normaliserEuros', (s) => api.normaliserEuros(s)],
    ['lireDate', (s) => api.lireDate(s)],
    ['estDateISO', (s) => api.estDateISO(s)],
    ['lireTaux', (s) => api.lireTaux(s)],
    ['cleLuhnValide', (s) => api.cleLuhnValide(s)],
    ['sirenValide', (s) => api.sirenValide(s)],
    ['tvaIntracommunautaireValide', (s) => api.tvaIntracommunautaireValide(s)],
    ['lireBaremesBce', (s) => api.lireBaremesBce(s, { connuJusquau: '2025-12-31' })],
    ['lireTauxLegal', (s) => api.lireTauxLegal(s)],
    ['chargerBaremes', (s) => api.chargerBaremes(s)],
    ['lireStatutCdar', (s) => api.lireStatutCdar(s)],
    ['verifierMentions', (s) => api.verifierMentions(s)],
    ['mentionsObligatoires (adresse)', (s) => api.mentionsObligatoires({ dateEcheance: '2025-08-31', adresseLivraison: s })],
    ['mentionsObligatoires (SIREN)', (s) => api.mentionsObligatoires({ dateEcheance: '2025-08-31', sirenAcheteur: s })],
    ['parseCreance', (s) => api.parseCreance({ ...CREANCE, id: s, libelle: s })],
    ['eurosSchema', (s) => api.eurosSchema.safeParse(s)],
    ['tauxSchema', (s) => api.tauxSchema.safeParse(s)],
  ];
  const charges = [...LONGUES, '\n'.repeat(1_000_000), '1,'.repeat(500_000), '['.repeat(1_000_000), '<a>'.repeat(333_333)];
  it.each(parseurs)('%s on 1 MB hostile strings: a result or RecouvrementError, in linear time', (_nom, f) => {
    for (const s of charges) {
      const t = performance.now();
      try {
        f(s);
      } catch (e) {
        expect(estRecouvrementError(e), String(e)).toBe(true);
      }
      expect(performance.now() - t).toBeLessThan(BORNE_MS);
    }
  });

  it('verifierMentions refuses a text over 2 000 000 characters with a clear error', () => {
    expect(erreur(() => api.verifierMentions('a'.repeat(2_000_001))).issues[0]).toMatchObject({ code: 'too_big', message: expect.stringMatching(/trop long/) });
  });
});

describe('issue 15 item 5 — validated options and tables; own-property lookups of ids', () => {
  const creances = [{ id: 'F1', debiteurId: 'constructor', montantDu: '1000.00', dateEcheance: '2025-01-31' }];
  it("prioriserRelances: debiteurId 'constructor' / '__proto__' read no inherited property", () => {
    for (const id of HERITES) {
      const r = prioriserRelances([{ ...creances[0]!, debiteurId: id }], '2025-06-30', { profils: {} });
      expect(r[0]?.facteurs.find((f) => f.facteur === 'profil')?.points).toBe(0);
    }
  });

  it('prioriserRelances: nonsense profiles are ENTREE_INVALIDE with their path', () => {
    const e = erreur(() => prioriserRelances(creances, '2025-06-30', { profils: { D1: { retardMoyen: Number.NaN, nombrePayees: 1, nombrePayeesEnRetard: 0 } as never } }));
    expect(e.issues[0]?.path).toEqual(['options', 'profils', 'D1', 'retardMoyen']);
    expect(erreur(() => prioriserRelances(creances, '2025-06-30', { profils: { D1: { retardMoyen: 3, nombrePayees: 1, nombrePayeesEnRetard: 5 } as never } })).code).toBe('ENTREE_INVALIDE');
  });

  it('rendreTableauDelaisPaiement: any object that is not a table is ENTREE_INVALIDE, never a TypeError or "NaN,NaN %"', () => {
    const t = tableauDelaisPaiement([{ sens: 'emise', montantDu: '100.00', dateEcheance: '2025-12-01' }], { dateCloture: '2025-12-31' });
    for (const mauvais of [{}, { ...t, emises: {} }, { ...t, recues: { ...t.recues, tranches: [] } }, { ...t, emises: { ...t.emises, total: { ...t.emises.total, pourcentage: Number.NaN } } }]) {
      expect(erreur(() => rendreTableauDelaisPaiement(mauvais as never, { format: 'markdown' })).code).toBe('ENTREE_INVALIDE');
    }
    expect(erreur(() => rendreTableauDelaisPaiement(t, { format: 'markdown', avertissement: false } as never)).issues[0]?.message).toMatch(/avertissements/);
  });

  it('lireStatutCdar: limites null or NaN, and entities named after inherited properties, are ENTREE_INVALIDE', () => {
    expect(erreur(() => api.lireStatutCdar('<a/>', null as never)).issues[0]?.path).toEqual(['limites']);
    expect(erreur(() => api.lireStatutCdar('<a/>', { tailleMax: Number.NaN })).issues[0]?.path).toEqual(['limites', 'tailleMax']);
    for (const nom of HERITES) expect(erreur(() => api.lireStatutCdar(`<a>&${nom};</a>`)).code).toBe('ENTREE_INVALIDE');
  });

  it('etendreBaremes: an entry key named after an inherited property is unknown, not accepted', () => {
    const e = erreur(() => api.etendreBaremes(api.baremesParDefaut, { indemniteForfaitaire: [{ du: '2030-01-01', montant: '40.00', source: 's', confirme: true, constructor: 1 } as never] }));
    expect(e.issues[0]?.path).toEqual(['indemniteForfaitaire', 0, 'constructor']);
  });
});

describe('issue 15 item 6 — edges: the supported date range, zero identifiers', () => {
  it('a computed date after 9999-12-31 is ENTREE_INVALIDE "date hors plage", never "10004-01-01"', () => {
    const j = api.lireDate('9995-06-30');
    expect(erreur(() => api.formaterDate(api.ajouterAnnees(j, 9))).message).toMatch(/date hors plage/);
    expect(erreur(() => api.calculerPrescription({ nature: 'commerciale', dateDepart: '9998-01-01' })).code).toBe('ENTREE_INVALIDE');
  });

  it('years 0001–0999 are "année hors plage", not "date inexistante"', () => {
    expect(erreur(() => api.lireDate('0999-12-31')).issues[0]?.message).toMatch(/^année hors plage/);
    expect(erreur(() => api.lireDate('2025-02-30')).issues[0]?.message).toMatch(/^date inexistante/);
  });

  it('SIREN 000000000, an all-zero SIRET and FR12000000000 are refused', () => {
    expect(api.sirenValide('000000000')).toBe(false);
    expect(api.siretValide('00000000000000')).toBe(false);
    expect(api.tvaIntracommunautaireValide('FR12000000000')).toBe(false);
    expect(debiteurSchema.safeParse({ ...DEBITEUR, siren: '000000000' }).success).toBe(false);
  });
});

describe('issue 15 item 7 — one place for errors', () => {
  it('estRecouvrementError recognises an error by name and code (as a CommonJS build’s error, which instanceof cannot)', () => {
    const etrangere = Object.assign(new Error('x'), { name: 'RecouvrementError', code: 'ENTREE_INVALIDE', issues: [] });
    expect(etrangere instanceof RecouvrementError).toBe(false);
    expect(estRecouvrementError(etrangere)).toBe(true);
    expect(estRecouvrementError(Object.assign(new Error('x'), { name: 'RecouvrementError', code: 'AUTRE', issues: [] }))).toBe(false);
    expect(estRecouvrementError({ name: 'RecouvrementError', code: 'ENTREE_INVALIDE', issues: [] })).toBe(false);
    expect(estRecouvrementError(new TypeError('x'))).toBe(false);
  });

  it('depuisZod is the one conversion: prefixed paths, hardened against hostile issues, one issue per unknown key', () => {
    const e = depuisZod({ issues: [{ code: 'unrecognized_keys', path: ['a'], message: 'clé inconnue « x » ; clé inconnue « y »', keys: ['x', 'y'] } as never] }, 'Entrée invalide', ['p']);
    expect(e.issues).toEqual([
      { code: 'unrecognized_keys', path: ['p', 'a', 'x'], message: 'clé inconnue « x »' },
      { code: 'unrecognized_keys', path: ['p', 'a', 'y'], message: 'clé inconnue « y »' },
    ]);
    const hostile = depuisZod({ issues: [{ code: Symbol('s'), path: 'pas un tableau', message: { toString: () => { throw new Error('x'); } } } as never] }, 'Entrée invalide');
    expect(hostile.issues[0]?.code).toBe('custom');
    expect(hostile.issues[0]?.path).toEqual([]);
  });

  it('Probleme.code is one of the codes the library uses', () => {
    const codes: readonly CodeProbleme[] = ['invalid_type', 'invalid_value', 'invalid_format', 'too_small', 'too_big', 'unrecognized_keys', 'custom'];
    for (const f of [() => parseCreance({}), () => api.lireDate('x'), () => api.lireEuros('x'), () => situationCreance(CREANCE, DEBITEUR, '2025-08-14', { x: 1 } as never)]) {
      for (const i of erreur(f).issues) expect([...codes, 'invalid_union', 'invalid_key', 'invalid_element', 'not_multiple_of']).toContain(i.code);
    }
  });
});
