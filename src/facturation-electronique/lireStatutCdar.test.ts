import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import { codeErreur } from '../../test/outils.js';
import { interpreterStatutFacture } from '../machine/evenementDepuisStatutFacture.js';
import { lireStatutCdar } from './lireStatutCdar.js';
import { lireXml } from './xml.js';

const fixture = (nom: string): string => readFileSync(new URL(`../../test/fixtures/facturation-electronique/${nom}`, import.meta.url), 'utf8');

describe('lireStatutCdar — a CDAR lifecycle message to a StatutFacture (MDT-105, 113, 114, 121, 207, 215)', () => {
  it('212 Encaissée: the MEN amounts, summed over the rates, with the message id and the dates', () => {
    const s = lireStatutCdar(fixture('cdar-212-encaissee.xml'));
    expect(s).toEqual({
      code: 212,
      date: '2026-10-05',
      montant: '555.00',
      idMessage: 'CDV-2026-000212',
      numeroFacture: 'F-2026-0101',
      dateFacture: '2026-09-10',
      encaissementParTaux: [
        { taux: '20', montant: '300.00' },
        { taux: '10', montant: '255.00' },
      ],
    });
    expect(interpreterStatutFacture(s).evenement).toEqual({ type: 'PAIEMENT_RECU', date: '2026-10-05', montant: '555.00', reference: 'statut 212 Encaissée (CDV-2026-000212)' });
  });

  it('210 Refusée: reason code, reason text and action code, then a terminal cancellation', () => {
    const s = lireStatutCdar(fixture('cdar-210-refusee.xml'));
    expect(s).toMatchObject({ code: 210, date: '2026-10-02', codeMotif: 'TX_TVA_ERR', motif: 'Taux de TVA erroné sur la ligne 2', codeAction: 'NIN' });
    const r = interpreterStatutFacture(s);
    expect(r.evenement.type).toBe('FACTURE_ANNULEE');
    expect(r.actions).toContain('Émettre une nouvelle facture (code action NIN).');
  });

  it('213 with DOUBLON (character references decoded): recorded, the claim unchanged', () => {
    const s = lireStatutCdar(fixture('cdar-213-doublon.xml'));
    expect(s).toMatchObject({ code: 213, codeMotif: 'DOUBLON', motif: 'Facture déjà reçue (même numéro, même émetteur)' });
    expect(interpreterStatutFacture(s).effet).toBe('enregistre');
  });

  it('207 with CNP and an MNATTC amount (reason in CDATA): a dispute on that amount only', () => {
    const s = lireStatutCdar(fixture('cdar-207-litige-partiel.xml'));
    expect(s).toMatchObject({ code: 207, codeMotif: 'PU_ERR', codeAction: 'CNP', montantConteste: '120.00', motif: 'Prix unitaire < prix du contrat & de la commande' });
    expect(interpreterStatutFacture(s).evenement).toMatchObject({ type: 'LITIGE_OUVERT', montantConteste: '120.00' });
  });

  it('221 and 225: a delivery hold and a factored invoice', () => {
    expect(interpreterStatutFacture(lireStatutCdar(fixture('cdar-221-erreur-routage.xml'))).evenement).toMatchObject({ type: 'DISTRIBUTION_BLOQUEE', code: 221, codeMotif: 'ROUTAGE_ERR' });
    expect(interpreterStatutFacture(lireStatutCdar(fixture('cdar-225-affacturee.xml'))).encaissement).toBe('affactureur');
  });

  it('refuses what is not a CDAR, several referenced documents, a bad code, date or currency, a DTD, an oversized message', () => {
    const base = fixture('cdar-212-encaissee.xml');
    expect(codeErreur(() => lireStatutCdar(fixture('facturx-cii-extrait.xml')))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => lireStatutCdar(base.replace('<ram:ProcessConditionCode>212', '<ram:ProcessConditionCode>21x')))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => lireStatutCdar(base.replaceAll('20261005101500', '20261305101500')))).toBe('ENTREE_INVALIDE');
    expect(codeErreur(() => lireStatutCdar(base.replace('currencyID="EUR">300.00', 'currencyID="USD">300.00')))).toBe('ENTREE_INVALIDE');
    const deux = base.replace('</ram:ReferenceReferencedDocument>', '</ram:ReferenceReferencedDocument><ram:ReferenceReferencedDocument><ram:ProcessConditionCode>200</ram:ProcessConditionCode></ram:ReferenceReferencedDocument>');
    expect(() => lireStatutCdar(deux)).toThrow(/un document référencé attendu, 2/);
    expect(() => lireStatutCdar(`<!DOCTYPE x [<!ENTITY a "aaaa">]>${base.slice(base.indexOf('<rsm:'))}`)).toThrow(/DTD/);
    expect(() => lireStatutCdar(base, { tailleMax: 1000 })).toThrow(/trop volumineux/);
  });
});

describe('lireXml — strict, linear-time subset reader', () => {
  it('reads elements, attributes (by local name), text, entities, CDATA, comments', () => {
    const r = lireXml('<?xml version="1.0"?><!-- c --><a:r xmlns:a="u" x=\'1\'><b>x &amp; y &#x3c;&#62;</b><c/><![CDATA[<z>]]></a:r>');
    expect(r).toEqual({ nom: 'r', attributs: { 'xmlns:a': 'u', a: 'u', x: '1' }, enfants: [{ nom: 'b', attributs: {}, enfants: [], texte: 'x & y <>' }, { nom: 'c', attributs: {}, enfants: [], texte: '' }], texte: '<z>' });
  });

  it('refuses malformed input with a clear error', () => {
    for (const x of ['', 'texte', '<a>', '<a></b>', '<a><b></a></b>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&foo;</a>', '<a>&#0;</a>', '<a/><b/>', '<a/>texte', '<a x="<"/>', '<a><!-- </a>', '<a><![CDATA[x</a>', '<1a/>'])
      expect(codeErreur(() => lireXml(x)), x).toBe('ENTREE_INVALIDE');
    expect(() => lireXml('<a><b><c/></b></a>', { profondeurMax: 2 })).toThrow(/profondeur/);
    expect(() => lireXml('<a><b/><b/><b/></a>', { elementsMax: 3 })).toThrow(/plus de 3 éléments/);
  });

  it('hostile inputs run in linear time (no backtracking): long names, attributes, text, unclosed markup', () => {
    const n = 300_000;
    const cas = [
      `<a>${'x'.repeat(n)}</a>`,
      `<${'a'.repeat(n)}>`,
      `<a ${'b="1" '.repeat(n / 10)}`,
      `<a>${'&amp;'.repeat(n / 10)}</a>`,
      `<a>${'<!--'.repeat(n / 10)}`,
      `<a>${'<b>'.repeat(n / 10)}`,
      `<a x="${'"'.repeat(1)}${'y'.repeat(n)}`,
    ];
    const t0 = performance.now();
    for (const x of cas) {
      try {
        lireXml(x, { tailleMax: 2_000_000, profondeurMax: 1_000_000, elementsMax: 1_000_000 });
      } catch {
        // refused or read: only the time matters here
      }
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('property: never throws anything but a RecouvrementError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', ' ', '"', '=', '&', ';', '!', '-', '[', ']', '?', 'x') , maxLength: 60 }), (x) => {
        try {
          lireXml(x);
        } catch (e) {
          expect(codeErreur(() => {
            throw e;
          })).toBe('ENTREE_INVALIDE');
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
