import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { genererLettre } from './genererLettre.js';
import { situationCreance } from '../situation/situationCreance.js';
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
  // A credit note and a late partial payment: the table shows the credit note, and the payment pays the
  // penalties and the 40 € accrued at its date before the principal (C. civ. 1343-1), stated in words and in
  // the recap (principal + accessories − payments imputed on them = total).
  const AVEC_REGLEMENTS: DonneesLettre = {
    ...B2B,
    creances: [{ ...CREANCE, avoirs: [{ date: '2025-06-10', montant: '1000.00' }], paiements: [{ date: '2025-07-10', montant: '4000.00' }] }],
  };
  for (const m of ['mise-en-demeure', 'relance-amiable', 'relance-ferme', 'declaration-de-creance', 'lettre-agence-recouvrement'] as const) {
    it(`${m} after a credit note and a late partial payment: text`, () => {
      const d: DonneesLettre = m === 'declaration-de-creance' ? { ...PROCEDURE, creances: AVEC_REGLEMENTS.creances } : m === 'lettre-agence-recouvrement' ? { ...AVEC_REGLEMENTS, agence: AGENCE } : AVEC_REGLEMENTS;
      expect(genererLettre(m, d).texte).toMatchSnapshot();
    });
  }
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
    // C. civ. 1343-1: the 1 000 € paid on 10 July first pays the 35.34 € of penalties accrued on the second
    // invoice by then (30 days at 13.15 %, 10 at 12.15 % on 2 500 €) and its 40 €; 924.66 € go to its principal.
    expect(deux.montants.factures[1]!.imputeAccessoires).toBe('75.34');
    expect(deux.montants.principal).toBe('11575.34');
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
  it('after a credit note and a late partial payment, every model: each printed amount is a figure of the claim’s statement', () => {
    const creances = [{ ...CREANCE, avoirs: [{ date: '2025-06-10', montant: '1000.00' }], paiements: [{ date: '2025-07-10', montant: '4000.00' }] }];
    for (const m of MODELES) {
      const d = { ...DONNEES[m], creances: m === 'mise-en-demeure-consommateur' ? creances.map((c) => ({ ...c, nature: 'consommation' as const })) : creances };
      const l = genererLettre(m, d);
      const f = l.montants.factures[0]!;
      // The invoice total is its statement's: principal + accessories − what payments covered.
      expect(f.total).toBe(euros(cents(f.principal) + cents(f.penalites) + cents(f.indemnite) + cents(f.interets) - cents(f.imputeAccessoires)));
      expect(f.total).toBe(euros(cents(f.principal) + cents(f.penalitesDues) + cents(f.indemniteDue) + cents(f.interetsDus)));
      const admis = new Set<string>([
        ...Object.values(f).filter((v): v is string => typeof v === 'string'),
        `-${f.imputeAccessoires}`,
        euros(cents(f.dejaRegle) - cents(f.imputeAccessoires)),
        euros(cents(f.penalitesDues) + cents(f.indemniteDue)),
        l.montants.total,
        ...f.periodes.flatMap((p) => [p.assiette, p.montant]),
        '20000.00',
      ]);
      for (const x of montantsDans(l.texte)) expect(admis, `${m}: ${x}`).toContain(x);
      expect(montantsDans(l.html).sort()).toEqual(montantsDans(l.texte).sort());
    }
  });
  it('random claims: penalties, indemnity and totals equal calculerPenalitesRetard and indemniteForfaitaire (without payments) and situationCreance (always)', () => {
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
          const s = situationCreance(creance, B2B.debiteur, dateLettre);
          expect(l.montants.factures[0]).toMatchObject({ principal: s.principalDu, penalites: s.penalites.couru, indemnite: s.indemnite.couru, total: s.totalDu });
          // Total claimed = principal + accessories accrued − what payments already covered (C. civ. 1343-1).
          expect(l.montants.total).toBe(euros(cents(l.montants.principal) + cents(l.montants.penalites) + cents(l.montants.indemnite) - cents(l.montants.imputeAccessoires)));
          const ind = indemniteForfaitaire({ regime: 'b2b', dateEcheance: echeance });
          expect(l.montants.indemnite).toBe(ind.montant);
          if (paiements.length === 0) {
            const pen = calculerPenalitesRetard({ montant, dateEcheance: echeance, dateCalcul: dateLettre });
            expect(l.montants.penalites).toBe(pen.montant);
            expect(l.montants.total).toBe(euros(cents(montant) + cents(pen.montant) + cents(ind.montant)));
          }
          const admis = new Set([
            montant, s.principalDu, s.penalites.couru, s.indemnite.couru, l.montants.total, l.montants.imputeAccessoires, `-${l.montants.imputeAccessoires}`,
            euros(cents(s.paye) - cents(l.montants.imputeAccessoires)), '0.00', '20000.00', ...paiements.map((p) => p.montant),
            ...s.penalites.periodes.flatMap((p) => [p.assiette, p.montant]),
          ]);
          for (const x of montantsDans(l.texte)) expect(admis).toContain(x);
        },
      ),
      { numRuns: runs(200) },
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
      { numRuns: runs(200) },
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
      { numRuns: runs(200) },
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
  it('a B2B invoice paid late, its amount exactly: the payment pays the accessories first (C. civ. 1343-1), the principal left keeps bearing penalties', () => {
    // Old expectation (principal 0.00, total = penalties to 10 July + 40 €) imputed the payment on the principal
    // while the machine imputed it on the accessories first: both now give situationCreance's figures.
    const l = genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...CREANCE, paiements: [{ date: '2025-07-10', montant: '10000.00' }] }] });
    // On 10 July 141.37 € of penalties (108.08 in June, 33.29 for 10 days of July) and the 40 € had accrued.
    expect(l.montants.imputeAccessoires).toBe('181.37');
    expect(l.montants.principal).toBe('181.37');
    // 181.37 € × 12.15 % × 35 days / 365 = 2.11 € more by 14 August.
    expect(l.montants.penalites).toBe('143.48');
    expect(l.montants.total).toBe('183.48');
    expect(plat(l.texte)).toContain('Conformément à l’article 1343-1 du code civil, vos règlements s’imputent d’abord sur les pénalités de retard et l’indemnité forfaitaire pour frais de recouvrement échues à leur date, puis sur le principal');
  });
  it('honours options.imputation (principal-d-abord, a stated choice) and refuses an unknown rule', () => {
    const d = { ...B2B, creances: [{ ...CREANCE, paiements: [{ date: '2025-07-10', montant: '10000.00' }] }] };
    const l = genererLettre('mise-en-demeure', d, { imputation: 'principal-d-abord' });
    expect(l.montants).toMatchObject({ principal: '0.00', imputeAccessoires: '0.00', total: '181.37' });
    expect(codeEtChemin(() => genererLettre('mise-en-demeure', d, { imputation: 'au-choix' as never }))).toEqual(['ENTREE_INVALIDE', ['options', 'imputation']]);
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

describe('genererLettre — letters read as a French lawyer would (issue 14)', () => {
  const COMMUNE: DonneesLettre = {
    ...B2B,
    debiteur: {
      id: 'P1',
      type: 'personne-publique',
      denomination: 'Commune de Villefranche',
      appellation: 'Monsieur le Maire',
      adresse: { lignes: ['Hôtel de ville', '1 place de la Mairie'], codePostal: '69400', ville: 'Villefranche-sur-Saône' },
    },
    creances: [{ ...CREANCE, dateContrat: '2024-11-04', tauxPenalites: { mode: 'commande-publique' } }],
    relancesEnvoyees: true,
  };
  const CONSO_APRES_MED: DonneesLettre = {
    ...CONSO,
    debiteur: { ...CONSO.debiteur, civilite: 'monsieur' },
    dateMiseEnDemeure: '2025-06-15',
  };
  const SOCIETE: DonneesLettre = {
    ...B2B,
    creancier: {
      denomination: 'Atelier Dupont',
      formeJuridique: 'SARL',
      capital: '20000.00',
      siren: '732829320',
      villeRcs: 'Lyon',
      adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' },
      telephone: '04 72 00 00 00',
    },
    relancesEnvoyees: true,
  };

  it('public buyer (C. commande publique L2192-13, R2192-31, D2192-35; CJA R541-1; loi n° 80-539): full text', () => {
    const l = genererLettre('mise-en-demeure', COMMUNE);
    expect(l.texte).toMatchSnapshot();
    const t = plat(l.texte);
    expect(t).toContain('Monsieur le Maire,');
    expect(t).toContain('Veuillez agréer, Monsieur le Maire, l’expression de notre haute considération.');
    expect(t).toContain('articles L2192-13 et R2192-31 du code de la commande publique');
    expect(t).toContain('articles L2192-13 et D2192-35 du code de la commande publique');
    expect(t).toContain('article R541-1 du code de justice administrative');
    expect(t).toContain('loi n° 80-539 du 16 juillet 1980');
    for (const interdit of ['commissaire de justice', 'L111-8', 'injonction de payer', 'L441-10', 'D441-5', 'code civil', 'Madame, Monsieur']) expect(t).not.toContain(interdit);
    expect(l.references).toEqual(expect.arrayContaining(['C. commande publique art. L2192-13', 'C. commande publique art. R2192-31', 'C. commande publique art. D2192-35', 'CJA art. R541-1']));
    expect(l.references).not.toContain('C. civ. art. 1344-1');
    // The reminders to a public buyer cite the same articles and announce the administrative judge.
    const ferme = plat(genererLettre('relance-ferme', COMMUNE).texte);
    expect(ferme).toContain('tribunal administratif');
    expect(ferme).toContain('D2192-35');
    expect(ferme).not.toContain('procédure judiciaire');
  });

  it('consumer after an earlier mise en demeure (C. civ. 1231-6, 1344-1): interest runs from the first one; full text', () => {
    const l = genererLettre('mise-en-demeure-consommateur', CONSO_APRES_MED);
    expect(l.texte).toMatchSnapshot();
    const t = plat(l.texte);
    expect(t).not.toContain('la présente mise en demeure fait courir');
    expect(t).toContain('nous vous mettons à nouveau en demeure');
    expect(t).toContain('courent sur le principal depuis notre mise en demeure du 15 juin 2025');
    expect(t).toContain('Monsieur,');
    expect(t).not.toContain('Madame, Monsieur');
    // The first mise en demeure itself still says it makes interest run.
    expect(plat(genererLettre('mise-en-demeure-consommateur', CONSO).texte)).toContain('la présente mise en demeure fait courir');
    // The agency's letter to a consumer never says interest runs from a mise en demeure that was not sent.
    const agence = plat(genererLettre('lettre-agence-recouvrement', { ...CONSO, agence: AGENCE }).texte);
    expect(agence).not.toContain('courent depuis la mise en demeure');
    expect(agence).toContain('ne courent qu’à compter d’une mise en demeure');
    expect(plat(genererLettre('lettre-agence-recouvrement', { ...CONSO_APRES_MED, agence: AGENCE }).texte)).toContain('courent depuis la mise en demeure du 15 juin 2025');
  });

  it('company correspondence (C. com. R123-237, R123-238): form, capital, RCS city and number in the header; full text', () => {
    const l = genererLettre('mise-en-demeure', SOCIETE);
    expect(l.texte).toMatchSnapshot();
    expect(l.texte).toContain('SARL au capital de 20\u202f000,00\u00a0€');
    expect(l.texte).toContain('RCS Lyon 732 829 320');
    expect(plat(l.texte)).toContain('demeurée impayée malgré nos relances');
    expect(() => genererLettre('mise-en-demeure', { ...SOCIETE, creancier: { denomination: 'X', villeRcs: 'Lyon' } })).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['creancier', 'siren'] })] }),
    );
  });

  it('"malgré nos relances" only when reminders were sent', () => {
    expect(plat(genererLettre('mise-en-demeure', B2B).texte)).not.toContain('malgré nos relances');
    expect(plat(genererLettre('mise-en-demeure', { ...B2B, relancesEnvoyees: true }).texte)).toContain('malgré nos relances');
    expect(plat(genererLettre('relance-ferme', B2B).texte)).not.toContain('Malgré nos précédents rappels');
    expect(plat(genererLettre('relance-ferme', { ...B2B, relancesEnvoyees: true }).texte)).toContain('Malgré nos précédents rappels');
  });

  it('the greeting follows the addressee: appellation, then civility, then "Madame, Monsieur"', () => {
    const madame = genererLettre('relance-amiable', { ...CONSO, debiteur: { ...CONSO.debiteur, civilite: 'madame' } }).texte;
    expect(madame).toContain('\nMadame,\n');
    expect(madame).toContain('Nous vous prions d’agréer, Madame, l’expression');
    expect(genererLettre('relance-amiable', B2B).texte).toContain('Madame, Monsieur,');
  });

  it('C. com. L441-10 II: a contractual rate below the floor is not announced as the rate charged (2024-H1: 12 % < 3 × 5,07 %)', () => {
    const c = { ...CREANCE, dateFacture: '2024-01-30', dateEcheance: '2024-02-29', tauxPenalites: { mode: 'contractuel' as const, tauxAnnuel: '12' } };
    const l = genererLettre('mise-en-demeure', { ...B2B, creances: [c], dateLettre: '2024-05-15' });
    const t = plat(l.texte);
    expect(t).not.toContain('au taux contractuel de 12,00\u00a0% l’an, qui ne peut');
    expect(t).toContain('au taux contractuel de 12,00\u00a0% l’an, porté au plancher légal de trois fois le taux de l’intérêt légal');
    expect(l.montants.factures[0]!.periodes.map((p) => p.tauxAnnuel)).toEqual(['15.21']);
    // Above the floor, the contractual rate is stated as such.
    const haut = plat(genererLettre('mise-en-demeure', { ...B2B, creances: [{ ...c, tauxPenalites: { mode: 'contractuel', tauxAnnuel: '18' } }], dateLettre: '2024-05-15' }).texte);
    expect(haut).toContain('au taux contractuel de 18,00\u00a0% l’an, qui ne peut être inférieur');
  });

  it('déclaration de créance: the debtor’s RCS, L624-9 (réserve de propriété, three months), L622-24 al. 1 (secured creditor)', () => {
    const d: DonneesLettre = { ...PROCEDURE, debiteur: { ...PROCEDURE.debiteur, siren: '732829320', villeRcs: 'Paris' } };
    const l = genererLettre('declaration-de-creance', d);
    expect(plat(l.texte)).toContain('Bâtiment Martin SAS (RCS Paris 732 829 320)');
    expect(l.avertissements.join(' ')).toContain('L624-9');
    expect(genererLettre('declaration-de-creance', PROCEDURE).avertissements.join(' ')).toContain('SIREN du débiteur absent');
    const surete = genererLettre('declaration-de-creance', { ...d, surete: { nature: 'nantissement du fonds de commerce', date: '2024-01-10', publiee: true }, dateLettre: '2025-10-30' });
    expect(surete.avertissements.join(' ')).toContain('L622-24 al. 1');
    expect(surete.avertissements.join(' ')).not.toContain('Déclaration hors délai');
  });
});
