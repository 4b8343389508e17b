// KPIs read a claim's payments as situationCreance does on one point: a payment reversed (annulation: a
// returned direct debit, a bounced cheque, a refund) by the KPI's date is no payment (the library's reading,
// UNCONFIRMED, docs/situation.md).
import { describe, expect, it } from 'vitest';
import { delaiMoyenDePaiement } from './delaiMoyenDePaiement.js';
import { profilPaiement } from './profilPaiement.js';
import { codeEtChemin } from '../../test/outils.js';

const REJETE = { date: '2025-02-10', montant: '1000.00', annulation: { date: '2025-02-20', motif: 'rejet-prelevement' } };

describe('KPIs — reversed payments are no payments', () => {
  it('profilPaiement: an invoice whose only payment was returned is open and overdue; before the return, it was paid', () => {
    const facture = { montantTTC: '1000.00', dateEcheance: '2025-01-31', paiements: [REJETE] };
    const apres = profilPaiement([facture], { date: '2025-06-30' });
    expect(apres).toMatchObject(profilPaiement([{ ...facture, paiements: [] }], { date: '2025-06-30' }));
    expect(apres.encoursEchu).toBe('1000.00');
    const avant = profilPaiement([facture], { date: '2025-02-15' });
    expect(avant.encoursEchu).toBe('0.00');
  });

  it('delaiMoyenDePaiement: a returned payment is not counted', () => {
    const r = delaiMoyenDePaiement([{ dateFacture: '2025-01-01', paiements: [REJETE, { date: '2025-03-02', montant: '1000.00' }] }]);
    expect(r).toMatchObject({ montant: '1000.00', nombrePaiements: 1, jours: 60 });
  });

  it('a bad annulation date throws with its path', () => {
    const mauvaise = { dateFacture: '2025-01-01', paiements: [{ ...REJETE, annulation: { date: 'x', motif: 'remboursement' } }] };
    expect(codeEtChemin(() => delaiMoyenDePaiement([mauvaise])))
      .toEqual(['ENTREE_INVALIDE', [0, 'paiements', 0, 'annulation', 'date']]);
  });
});
