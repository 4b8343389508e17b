import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genererLettre } from './genererLettre.js';
import type { DonneesLettre, Lettre, ModeleLettre } from './donnees.js';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { calculerInteretsLegaux } from '../calculs/interets/calculerInteretsLegaux.js';
import { indemniteForfaitaire } from '../calculs/indemnite/indemniteForfaitaire.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, cents, codeErreur, codeEtChemin, erreur, euros, geler } from '../../test/outils.js';

// A fixed claim: 10 000 € due 31 May 2025, letter of 14 August 2025 (legal reference §1.4 worked example).
const CREANCE = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '10000.00',
  dateFacture: '2025-05-01',
  dateEcheance: '2025-05-31',
  paiements: [],
  nature: 'commerciale' as const,
  cause: 'contractuelle' as const,
  contestee: false,
};
const B2B: DonneesLettre = {
  creancier: {
    denomination: 'Atelier Dupont SARL',
    adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' },
    siren: '732829320',
    mentionLegale: 'SARL au capital de 20 000 €, RCS Lyon',
  },
  debiteur: {
    id: 'D1',
    type: 'professionnel',
    denomination: 'Bâtiment Martin SAS',
    adresse: { lignes: ['4 avenue Foch'], codePostal: '75016', ville: 'Paris' },
    commercant: true,
  },
  creances: [CREANCE],
  dateLettre: '2025-08-14',
  lieu: 'Lyon',
  reference: 'DUP-2025-001',
  signataire: { nom: 'Claire Dupont', qualite: 'Gérante' },
  modesPaiement: ['virement sur le compte FR76 3000 4000 0500 0012 3456 789 (BIC BNPAFRPP)'],
};
const CONSO: DonneesLettre = {
  ...B2B,
  debiteur: { id: 'D2', type: 'consommateur', denomination: 'M. Paul Martin', adresse: { lignes: ['8 rue Verte'], codePostal: '69007', ville: 'Lyon' } },
  creances: [{ ...CREANCE, nature: 'consommation', montantTTC: '1250.00' }],
};
const AGENCE = { denomination: 'Recouvre Vite SAS', adresse: { lignes: ['1 place Bellecour'], codePostal: '69002', ville: 'Lyon' } };
const PROCEDURE: DonneesLettre = {
  ...B2B,
  debiteur: { ...B2B.debiteur, procedureCollective: { type: 'redressement', dateJugement: '2025-07-15', dateBodacc: '2025-07-25' } },
  mandataire: { denomination: 'SELARL MJ Conseil, Me Anne Leroy', adresse: { lignes: ['3 rue de la République'], codePostal: '69001', ville: 'Lyon' } },
  tribunal: 'tribunal de commerce de Paris',
};

const DONNEES: Record<ModeleLettre, DonneesLettre> = {
  'relance-amiable': B2B,
  'relance-ferme': B2B,
  'mise-en-demeure': B2B,
  'mise-en-demeure-consommateur': CONSO,
  'lettre-agence-recouvrement': { ...B2B, agence: AGENCE },
  'declaration-de-creance': PROCEDURE,
};
const MODELES = Object.keys(DONNEES) as ModeleLettre[];

/** Every "1 234,56 €" in a text, as Euros strings. */
function montantsDans(texte: string): string[] {
  return [...texte.matchAll(/(-?\d{1,3}(?:\u202f\d{3})*),(\d{2})\u00a0€/g)].map((m) => `${m[1]!.replace(/\u202f/g, '')}.${m[2]!}`);
}

/** The text with line wrapping undone (keeps the no-break spaces). */
function plat(texte: string): string {
  return texte.replace(/[ \n]+/g, ' ');
}

describe('genererLettre — snapshots of each letter for a fixed claim', () => {
  for (const m of MODELES) {
    it(`${m}: text`, () => {
      expect(genererLettre(m, DONNEES[m]).texte).toMatchSnapshot();
    });
  }
  it('mise-en-demeure: HTML page', () => {
    expect(genererLettre('mise-en-demeure', B2B).html).toMatchSnapshot();
  });
});

describe('genererLettre — mise en demeure between professionals (C. com. L441-10 II, D441-5; C. civ. 1344, 1344-1)', () => {
  const l = genererLettre('mise-en-demeure', B2B);
  it('prints the penalties by half-year with their rates, the 40 € and the total (legal reference §1.4)', () => {
    expect(l.montants.penalites).toBe('257.87');
    expect(l.montants.indemnite).toBe('40.00');
    expect(l.montants.total).toBe('10297.87');
    expect(l.montants.factures[0]!.periodes.map((p) => [p.du, p.au, p.tauxAnnuel, p.montant])).toEqual([
      ['2025-06-01', '2025-06-30', '13.15', '108.08'],
      ['2025-07-01', '2025-08-14', '12.15', '149.79'],
    ]);
    expect(l.texte).toContain('13,15\u00a0%');
    expect(l.texte).toContain('12,15\u00a0%');
    expect(l.texte).toContain('10\u202f297,87\u00a0€');
  });
  it('states the legal basis, a deadline (8 days by default) and what follows', () => {
    expect(plat(l.texte)).toMatch(/articles 1344 et 1344-1 du code civil/);
    expect(l.texte).toMatch(/L441-10 II du code de commerce/);
    expect(l.texte).toMatch(/D441-5/);
    expect(l.dateLimitePaiement).toBe('2025-08-22');
    expect(plat(l.texte)).toContain('au plus tard le 22 août 2025');
    expect(l.texte).toMatch(/tribunal de commerce/);
    expect(l.texte).toMatch(/commissaire de justice/);
    expect(l.texte).not.toMatch(/huissier|tribunal d.instance|grande instance/i);
    expect(l.references).toEqual(expect.arrayContaining(['C. com. art. L441-10 II', 'C. com. art. D441-5', 'C. civ. art. 1344', 'C. civ. art. 1344-1']));
    expect(l.objet).toBe('Mise en demeure de payer — facture n° 2025-001');
    expect(l.texte).toContain('Lettre recommandée avec demande d’avis de réception');
  });
  it('dates the letter in French, "1er" for the first of a month, and honours delaiJours', () => {
    const x = genererLettre('mise-en-demeure', { ...B2B, dateLettre: '2025-09-01', delaiJours: 15 });
    expect(plat(x.texte)).toContain('Lyon, le 1er septembre 2025');
    expect(x.dateLimitePaiement).toBe('2025-09-16');
  });
  it('counts one 40 € per late invoice, never per reminder', () => {
    const deux = genererLettre('mise-en-demeure', {
      ...B2B,
      creances: [CREANCE, { ...CREANCE, id: 'F2', numeroFacture: '2025-002', montantTTC: '2500.00', paiements: [{ date: '2025-07-10', montant: '1000.00' }] }],
    });
    expect(deux.montants.indemnite).toBe('80.00');
    expect(deux.texte).toContain('pour 2 factures');
    expect(deux.montants.principal).toBe('11500.00');
  });
  it('a public buyer owes intérêts moratoires (C. commande publique R2192-31)', () => {
    const p = genererLettre('mise-en-demeure', { ...B2B, debiteur: { id: 'P1', type: 'personne-publique', denomination: 'Commune de Villefranche' } });
    const attendu = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', taux: { mode: 'commande-publique' } });
    expect(p.montants.penalites).toBe(attendu.montant);
    expect(p.texte).toMatch(/R2192-31/);
    expect(p.texte).toMatch(/Intérêts moratoires/);
  });
  it('uses the contractual rate of the claim', () => {
    const c = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, tauxPenalites: { mode: 'contractuel', tauxAnnuel: '15' } }] });
    const attendu = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', taux: { mode: 'contractuel', tauxAnnuel: '15' } });
    expect(c.montants.penalites).toBe(attendu.montant);
    expect(plat(c.texte)).toContain('taux contractuel de 15,00\u00a0% l’an');
  });
});

describe('genererLettre — every amount in a letter is the calculators’ output', () => {
  it('the fixed claim, every model', () => {
    for (const m of MODELES) {
      const l = genererLettre(m, DONNEES[m]);
      const admis = new Set<string>([
        l.montants.principal,
        l.montants.penalites,
        l.montants.indemnite,
        l.montants.interets,
        l.montants.total,
        ...l.montants.factures.flatMap((f) => [f.montantTTC, f.dejaRegle, f.principal, f.penalites, f.indemnite, f.interets, ...f.periodes.flatMap((p) => [p.assiette, p.montant])]),
        ...l.montants.factures.map((f) => euros(cents(f.principal) + cents(f.penalites) + cents(f.indemnite))),
        '20000.00', // the creditor's share capital, in its legal mention
      ]);
      for (const x of montantsDans(l.texte)) expect(admis, `${m}: ${x}`).toContain(x);
      expect(montantsDans(l.html).sort()).toEqual(montantsDans(l.texte).sort());
    }
  });
  it('random claims: penalties, indemnity and totals equal calculerPenalitesRetard and indemniteForfaitaire', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000_00 }),
        arbDate('2013-01-01', '2026-03-31'),
        fc.integer({ min: 1, max: 800 }),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 60 }))),
        (c, echeance, retard, partiel) => {
          const dateLettre = formaterDate(Math.min(lireDate(echeance) + retard, lireDate('2026-06-30')));
          if (dateLettre <= echeance) return;
          const montant = euros(BigInt(c));
          const paiements = partiel ? [{ date: formaterDate(Math.min(lireDate(echeance) + partiel[1], lireDate(dateLettre))), montant: euros((BigInt(c) * BigInt(partiel[0])) / 100n || 1n) }] : [];
          const creance = { ...CREANCE, montantTTC: montant, dateFacture: echeance, dateEcheance: echeance, paiements };
          const l = genererLettre('mise-en-demeure', { ...B2B, creances: [creance], dateLettre });
          const pen = calculerPenalitesRetard({ montant, dateEcheance: echeance, dateCalcul: dateLettre, paiements });
          const ind = indemniteForfaitaire({ regime: 'b2b', dateEcheance: echeance });
          expect(l.montants.penalites).toBe(pen.montant);
          expect(l.montants.indemnite).toBe(ind.montant);
          const principal = cents(montant) - paiements.reduce((s, p) => s + cents(p.montant), 0n);
          expect(l.montants.total).toBe(euros(principal + cents(pen.montant) + cents(ind.montant)));
          const admis = new Set([montant, euros(principal), pen.montant, ind.montant, l.montants.total, '0.00', '20000.00', ...paiements.map((p) => p.montant), ...pen.periodes.flatMap((p) => [p.assiette, p.montant])]);
          for (const x of montantsDans(l.texte)) expect(admis).toContain(x);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('genererLettre — consumers: no 40 €, no fee (CPCE L111-8; C. com. L441-10 targets professionals)', () => {
  const sansFrais = (l: Lettre): void => {
    expect(l.montants.indemnite).toBe('0.00');
    expect(l.montants.penalites).toBe('0.00');
    expect(l.texte).not.toMatch(/(^|[^\d\u202f])40(,00)?\u00a0?€|\b40 euros|quarante/i);
    expect(l.texte).not.toMatch(/indemnité forfaitaire|pénalité|L441-10|D441-5|frais de dossier/i);
  };
  it('mise-en-demeure-consommateur: principal, legal interest from the mise en demeure at the half-year rate', () => {
    const l = genererLettre('mise-en-demeure-consommateur', CONSO);
    sansFrais(l);
    expect(l.montants.total).toBe('1250.00');
    // 2025-H2, creditor a company: "autres cas" 2.76 % (CMF L313-2).
    expect(plat(l.texte)).toContain('soit 2,76\u00a0% l’an pour le second semestre 2025');
    // The only mention of costs is the statement that none are claimed.
    expect([...l.texte.matchAll(/frais/g)]).toHaveLength(1);
    expect(plat(l.texte)).toContain('aucuns frais de recouvrement ne vous sont réclamés');
    expect(l.texte).toMatch(/tribunal judiciaire/);
    expect(l.references).toEqual(expect.arrayContaining(['C. civ. art. 1231-6', 'C. civ. art. 1344-1', 'CPCE art. L111-8']));
  });
  it('a creditor who is a private person gets the higher rate (CMF L313-2 follows the creditor)', () => {
    const l = genererLettre('mise-en-demeure-consommateur', { ...CONSO, creancier: { ...CONSO.creancier, personnePhysiqueNonProfessionnelle: true } });
    expect(l.texte).toContain('6,65\u00a0%');
  });
  it('after an earlier mise en demeure, the interest accrued equals calculerInteretsLegaux', () => {
    const l = genererLettre('mise-en-demeure-consommateur', { ...CONSO, dateMiseEnDemeure: '2025-06-15' });
    const attendu = calculerInteretsLegaux({ montant: '1250.00', dateDebut: '2025-06-15', dateFin: '2025-08-14', categorie: 'autres-cas' });
    expect(l.montants.interets).toBe(attendu.montant);
    expect(l.montants.total).toBe(euros(125000n + cents(attendu.montant)));
    sansFrais(l);
  });
  it('reminders to a consumer carry neither penalties nor the indemnity', () => {
    sansFrais(genererLettre('relance-amiable', CONSO));
    sansFrais(genererLettre('relance-ferme', CONSO));
    const n = genererLettre('relance-ferme', { ...CONSO, debiteur: { id: 'A1', type: 'non-professionnel', denomination: 'Association Les Amis' } });
    sansFrais(n);
  });
  it('random consumer claims never get a fee or the 40 €', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_00 }), arbDate('2016-01-01', '2026-03-31'), fc.integer({ min: 1, max: 400 }), fc.constantFrom<ModeleLettre>('relance-amiable', 'relance-ferme', 'mise-en-demeure-consommateur'), (c, echeance, retard, m) => {
        const dateLettre = formaterDate(Math.min(lireDate(echeance) + retard, lireDate('2026-06-30')));
        if (dateLettre <= echeance) return;
        const l = genererLettre(m, { ...CONSO, creances: [{ ...CONSO.creances[0]!, montantTTC: euros(BigInt(c)), dateFacture: echeance, dateEcheance: echeance }], dateLettre });
        expect(l.montants.indemnite).toBe('0.00');
        expect(l.montants.penalites).toBe('0.00');
        expect(l.montants.total).toBe(euros(BigInt(c)));
        expect(l.texte).not.toMatch(/indemnité forfaitaire|pénalité|frais de dossier/i);
      }),
      { numRuns: 200 },
    );
  });
  it('a B2B mise en demeure to a consumer is refused, and the reverse', () => {
    expect(codeErreur(() => genererLettre('mise-en-demeure', CONSO))).toBe('OPERATION_INTERDITE');
    expect(codeErreur(() => genererLettre('mise-en-demeure-consommateur', B2B))).toBe('OPERATION_INTERDITE');
  });
});

describe('genererLettre — HTML escapes every user-supplied field', () => {
  const HOSTILE = `<script>alert("x")</script> O'Brien & "Fils"`;
  const hostile = (m: ModeleLettre): DonneesLettre => {
    const d = DONNEES[m];
    return {
      ...d,
      creancier: { ...d.creancier, denomination: HOSTILE, adresse: { lignes: [HOSTILE], ville: HOSTILE } },
      debiteur: { ...d.debiteur, denomination: HOSTILE, adresse: { lignes: [HOSTILE] } },
      creances: [{ ...CREANCE, ...(m === 'mise-en-demeure-consommateur' ? { nature: 'consommation' as const } : {}), numeroFacture: HOSTILE }],
      lieu: HOSTILE,
      reference: HOSTILE,
      signataire: { nom: HOSTILE, qualite: HOSTILE },
      modesPaiement: [HOSTILE],
      ...(m === 'lettre-agence-recouvrement' ? { agence: { denomination: HOSTILE, adresse: { lignes: [HOSTILE] } } } : {}),
      ...(m === 'declaration-de-creance' ? { mandataire: { denomination: HOSTILE }, tribunal: HOSTILE, surete: { nature: HOSTILE, publiee: false } } : {}),
    };
  };
  for (const m of MODELES) {
    it(m, () => {
      const l = genererLettre(m, hostile(m));
      expect(l.html).not.toContain('<script>');
      expect(l.html).not.toContain(`O'Brien`);
      expect(l.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Fils&quot;');
      // The plain text keeps the name as typed.
      expect(plat(l.texte)).toContain('O\'Brien & "Fils"');
    });
  }
  it('any string as a name: the HTML never contains it raw when it holds markup', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), (nom) => {
        const l = genererLettre('mise-en-demeure', { ...B2B, debiteur: { ...B2B.debiteur, denomination: `<b>${nom}</b>` } });
        expect(l.html).not.toContain('<b>');
        const balises = l.html.match(/<\/?([a-z0-9!]+)/gi) ?? [];
        expect(new Set(balises.map((b) => b.replace(/[</]/g, '').toLowerCase()))).toEqual(
          new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'p', 'br', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'h2', 'ul', 'li']),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('genererLettre — collection agency letter (CPCE R124-4)', () => {
  const l = genererLettre('lettre-agence-recouvrement', { ...B2B, agence: AGENCE });
  it('carries the five R124-4 mentions, with L111-8 al. 2 and 3 verbatim', () => {
    expect(l.texte).toMatch(/Recouvre Vite SAS, 1 place Bellecour, 69002 Lyon, exerce une activité de\s+recouvrement amiable de créances pour le compte d’autrui/);
    expect(l.texte).toMatch(/Atelier Dupont SARL, 12 rue\s+des Lilas, 69003 Lyon/);
    expect(l.texte).toContain('DÉCOMPTE DE LA CRÉANCE');
    expect(l.texte).toContain('FR76 3000');
    const plat = l.texte.replace(/\s+/g, ' ');
    expect(plat).toContain(
      'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s’ils concernent un acte dont l’accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire.',
    );
    expect(plat).toContain(
      'Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l’exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi.',
    );
    expect(plat).toContain('référence DUP-2025-001 et la date de la présente lettre (14 août 2025)');
    expect(l.references).toEqual(expect.arrayContaining(['CPCE art. R124-4', 'CPCE art. L111-8']));
  });
  it('requires the agency, a reference and the payment methods', () => {
    const sans = (champ: 'agence' | 'reference' | 'modesPaiement'): unknown[] | undefined => {
      const d: Record<string, unknown> = { ...B2B, agence: AGENCE };
      delete d[champ];
      return codeEtChemin(() => genererLettre('lettre-agence-recouvrement', d as DonneesLettre));
    };
    expect(sans('agence')).toEqual(['ENTREE_INVALIDE', ['agence']]);
    expect(sans('reference')).toEqual(['ENTREE_INVALIDE', ['reference']]);
    expect(sans('modesPaiement')).toEqual(['ENTREE_INVALIDE', ['modesPaiement']]);
  });
  it('to a consumer: no indemnity column, no fee amount', () => {
    const c = genererLettre('lettre-agence-recouvrement', { ...CONSO, agence: AGENCE });
    expect(c.montants.indemnite).toBe('0.00');
    expect(c.texte).not.toMatch(/indemnité forfaitaire|pénalité/i);
  });
});

describe('genererLettre — déclaration de créance (C. com. L622-24, L622-25, R622-23, R622-24, L622-28)', () => {
  const l = genererLettre('declaration-de-creance', PROCEDURE);
  it('declares the amount due on the day of the opening judgment: penalties stop the day before', () => {
    const pen = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-07-14' });
    expect(l.montants.penalites).toBe(pen.montant);
    expect(l.montants.total).toBe(euros(1_000_000n + cents(pen.montant) + 4000n));
    expect(l.dateLimitePaiement).toBeNull();
    expect(l.texte).toContain('Mandataire judiciaire');
    expect(l.texte).toContain('Maître,');
    expect(l.texte).toMatch(/certifions sincère et véritable/);
    expect(l.texte).toMatch(/à titre chirographaire/);
    expect(l.avertissements.some((a) => a.includes('jusqu\'au 25 septembre 2025'))).toBe(true);
  });
  it('an invoice due on or after the opening judgment: "à échoir", no 40 € (L441-10 II, last sentence)', () => {
    const x = genererLettre('declaration-de-creance', { ...PROCEDURE, creances: [CREANCE, { ...CREANCE, id: 'F3', numeroFacture: '2025-003', dateFacture: '2025-07-01', dateEcheance: '2025-07-31', montantTTC: '3000.00' }] });
    expect(x.montants.factures[1]!.indemnite).toBe('0.00');
    expect(x.montants.factures[1]!.penalites).toBe('0.00');
    expect(plat(x.texte)).toContain('3\u202f000,00\u00a0€ à échoir le 31 juillet 2025');
  });
  it('flags a late declaration (relevé de forclusion, L622-26)', () => {
    const x = genererLettre('declaration-de-creance', { ...PROCEDURE, dateLettre: '2025-10-01' });
    expect(x.avertissements.some((a) => a.includes('L622-26'))).toBe(true);
  });
  it('is refused without collective proceedings, and needs the mandataire', () => {
    expect(codeErreur(() => genererLettre('declaration-de-creance', B2B))).toBe('OPERATION_INTERDITE');
    const { mandataire: _m, ...sans } = PROCEDURE;
    expect(codeErreur(() => genererLettre('declaration-de-creance', sans))).toBe('ENTREE_INVALIDE');
  });
  it('reminders to a debtor under collective proceedings are refused (L622-21, L622-7)', () => {
    for (const m of ['relance-amiable', 'relance-ferme', 'mise-en-demeure', 'lettre-agence-recouvrement'] as const) {
      expect(codeErreur(() => genererLettre(m, { ...PROCEDURE, agence: AGENCE }))).toBe('OPERATION_INTERDITE');
    }
  });
});

describe('genererLettre — input', () => {
  it('rejects an unknown model and bad data with the path', () => {
    expect(codeErreur(() => genererLettre('sommation' as ModeleLettre, B2B))).toBe('ENTREE_INVALIDE');
    const e = erreur(() => genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, dateEcheance: '2025-02-30' }] }));
    expect(e).toBeInstanceOf(RecouvrementError);
    expect(e.issues[0]!.path).toEqual(['creances', 0, 'dateEcheance']);
    expect(codeErreur(() => genererLettre('mise-en-demeure', { ...B2B, creances: [] }))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, debiteurId: 'AUTRE' }] }))).toBe('ENTREE_INVALIDE');
  });
  it('refuses a claim not yet due and a claim on which nothing is due', () => {
    expect(codeErreur(() => genererLettre('relance-amiable', { ...B2B, dateLettre: '2025-05-31' }))).toBe('OPERATION_INTERDITE');
    expect(codeErreur(() => genererLettre('mise-en-demeure-consommateur', { ...CONSO, creances: [{ ...CONSO.creances[0]!, paiements: [{ date: '2025-05-20', montant: '1250.00' }] }] }))).toBe(
      'OPERATION_INTERDITE',
    );
  });
  it('a B2B invoice paid late: the letter claims the penalties and the 40 € alone', () => {
    const l = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, paiements: [{ date: '2025-07-10', montant: '10000.00' }] }] });
    const pen = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14', paiements: [{ date: '2025-07-10', montant: '10000.00' }] });
    expect(l.montants.principal).toBe('0.00');
    expect(l.montants.total).toBe(euros(cents(pen.montant) + 4000n));
  });
  it('warns about a disputed claim', () => {
    expect(genererLettre('relance-ferme', { ...B2B, creances: [{ ...CREANCE, contestee: true }] }).avertissements.join(' ')).toMatch(/contestée/);
  });
  it('does not mutate its input', () => {
    for (const m of MODELES) {
      const d = geler(structuredClone(DONNEES[m]));
      expect(() => genererLettre(m, d)).not.toThrow();
    }
  });
  it('gives the same letter whatever the process time zone', () => {
    const avant = process.env.TZ;
    const res: string[] = [];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak']) {
        process.env.TZ = tz;
        res.push(MODELES.map((m) => genererLettre(m, DONNEES[m]).html).join('\n'));
      }
    } finally {
      if (avant === undefined) delete process.env.TZ;
      else process.env.TZ = avant;
    }
    expect(res[1]).toBe(res[0]);
    expect(res[2]).toBe(res[0]);
  });
});
