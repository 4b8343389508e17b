import { describe, expect, it } from 'vitest';
import { lireEvenement, estEvenementValide } from './evenements.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { verifierTexte } from '../entites/internes.js';

/** The error `lireEvenement` throws on `valeur`. */
function refus(valeur: unknown): RecouvrementError {
  try {
    lireEvenement(valeur);
  } catch (e) {
    if (e instanceof RecouvrementError) return e;
    throw e;
  }
  throw new Error('événement accepté');
}

describe('issue 15 item 2 — machine events refuse control characters', () => {
  const date = '2025-03-01';
  it.each([
    ['LF in a reminder reference', { type: 'RELANCE_ENVOYEE', date, canal: 'email', reference: 'R-1\nNous renonçons' }, ['reference']],
    ['CR/LF in a reminder step', { type: 'RELANCE_ENVOYEE', date, canal: 'email', etape: 'j15\r\nBcc: x@y.z' }, ['etape']],
    ['bidi override in a dispute motive', { type: 'LITIGE_OUVERT', date, motif: 'abc\u202edef' }, ['motif']],
    ['LF in a dispute motive (shown in a one-line action label)', { type: 'LITIGE_OUVERT', date, motif: 'contesté\n\nNous renonçons' }, ['motif']],
    ['zero-width space in a payment reference', { type: 'PAIEMENT_RECU', date, montant: '10.00', reference: 'VIR\u200b1' }, ['reference']],
    ['BOM in a reversed payment reference', { type: 'PAIEMENT_ANNULE', date, reference: '\ufeffVIR1' }, ['reference']],
    ['C1 control in a measure', { type: 'MESURE_EXECUTION', date, mesure: 'saisie\u0085attribution' }, ['mesure']],
    ['isolate in an e-invoicing label', { type: 'STATUT_FACTURE', date, code: 207, libelle: 'Litige\u2066' }, ['libelle']],
    ['tab in a reason code', { type: 'FACTURE_REJETEE', date, codeMotif: 'REJ\tX' }, ['codeMotif']],
  ])('%s → ENTREE_INVALIDE at its path', (_nom, evenement, chemin) => {
    const e = refus(evenement);
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues.some((i) => JSON.stringify(i.path) === JSON.stringify(chemin) && i.message === verifierTexte('\n'))).toBe(true);
    expect(estEvenementValide(evenement)).toBe(false);
  });

  it('free-text motives keep their line breaks and tabs, and refuse bidi and invisible characters', () => {
    const motif = 'Ligne 1\nLigne 2\r\n\tsuite';
    expect(lireEvenement({ type: 'PASSAGE_EN_PERTE', date, motif })).toEqual({ type: 'PASSAGE_EN_PERTE', date, motif });
    expect(lireEvenement({ type: 'MEDIATION_FIN', date, motif }).type).toBe('MEDIATION_FIN');
    const e = refus({ type: 'PASSAGE_EN_PERTE', date, motif: 'perte\u202e' });
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual(['motif']);
    expect(e.issues[0]?.message).toBe(verifierTexte('\u202e', 'libre'));
  });

  it('the core and the machine refuse exactly the same characters (one list: verifierTexte)', () => {
    const codes = [...Array.from({ length: 0x2100 }, (_, i) => i), ...Array.from({ length: 0x120 }, (_, i) => 0xfee0 + i)];
    for (const c of codes) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(estEvenementValide({ type: 'RELANCE_ENVOYEE', date, canal: 'email', reference: s })).toBe(verifierTexte(s) === undefined);
    }
  });
});
