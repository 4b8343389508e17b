import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geler } from '../../test/outils.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { evenementDepuisStatutFacture, STATUTS_FACTURE } from './evenementDepuisStatutFacture.js';
import { estEvenementValide } from './evenements.js';
import { depart, jouer } from './outils-test.js';

describe('evenementDepuisStatutFacture (legal reference §11.2, gotcha 24)', () => {
  it('212 Encaissée is a payment, possibly partial, with its amount', () => {
    expect(evenementDepuisStatutFacture({ code: 212, date: '2026-10-05', montant: 400 })).toEqual({
      type: 'PAIEMENT_RECU',
      date: '2026-10-05',
      montant: '400.00',
      reference: 'statut 212 Encaissée',
    });
    expect(() => evenementDepuisStatutFacture({ code: 212, date: '2026-10-05' })).toThrow(RecouvrementError);
    expect(() => evenementDepuisStatutFacture({ code: 212, date: '2026-10-05', montant: 0 })).toThrow(RecouvrementError);
  });

  it('207 En litige, 208 Suspendue and 210 Refusée open a dispute; 209 Complétée closes it', () => {
    for (const code of [207, 208, 210]) expect(evenementDepuisStatutFacture({ code, date: '2026-10-05', motif: 'quantités' }).type).toBe('LITIGE_OUVERT');
    expect(evenementDepuisStatutFacture({ code: '207', date: '2026-10-05', motif: 'quantités' })).toEqual({
      type: 'LITIGE_OUVERT',
      date: '2026-10-05',
      motif: 'statut 207 En litige : quantités',
    });
    expect(evenementDepuisStatutFacture({ code: 209, date: '2026-10-06' }).type).toBe('LITIGE_RESOLU');
  });

  it('213 Rejetée: the invoice must be reissued', () => {
    expect(evenementDepuisStatutFacture({ code: 213, date: '2026-10-05', motif: 'SIREN' })).toEqual({ type: 'FACTURE_REJETEE', date: '2026-10-05', motif: 'statut 213 Rejetée : SIREN' });
  });

  it('211 Paiement transmis is only the buyer’s claim: recorded, not a payment', () => {
    expect(evenementDepuisStatutFacture({ code: 211, date: '2026-10-05' })).toEqual({ type: 'STATUT_FACTURE', date: '2026-10-05', code: 211, libelle: 'Paiement transmis' });
  });

  it('the four mandatory statuses are 200, 210, 212 and 213', () => {
    expect(Object.entries(STATUTS_FACTURE).filter(([, s]) => s.obligatoire).map(([c]) => Number(c))).toEqual([200, 210, 212, 213]);
  });

  it('rejects unknown codes and bad dates', () => {
    for (const code of [199, 215, 501, '2120', 'abc']) expect(() => evenementDepuisStatutFacture({ code, date: '2026-10-05' })).toThrow(RecouvrementError);
    expect(() => evenementDepuisStatutFacture({ code: 200, date: '2026-02-30' })).toThrow(RecouvrementError);
  });

  it('every status gives a valid machine event, accepted without error; the input is not mutated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 214 }), fc.integer({ min: 1, max: 500_000 }), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), (code, cents, motif) => {
        const statut = geler({ code, date: '2025-03-01', montant: cents / 100, ...(motif === undefined ? {} : { motif }) });
        const e = evenementDepuisStatutFacture(statut);
        expect(estEvenementValide(e)).toBe(true);
        const s = jouer(depart({ date: '2025-03-01' }), e);
        expect(s.context.dossier.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a dispute status pauses the reminders of the claim', () => {
    const s = jouer(depart({ date: '2025-03-01' }), evenementDepuisStatutFacture({ code: 210, date: '2025-03-02', motif: 'prix' }));
    expect(s.value).toBe('litige');
  });
});
