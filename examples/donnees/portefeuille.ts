// A fictional SME's sample portfolio: Atelier Lumière SAS sells lighting equipment and installation.
// A dozen invoices chosen to show the rules: half-year boundaries, partial payments, a contractual rate
// (above and below the legal floor), a consumer, a public buyer, a debtor in collective proceedings, an
// invoice paid on time, and one from the 2009–2012 regime.
import type { CreanceEntree, DebiteurEntree } from 'recouvrement';

export const creancier = {
  denomination: 'Atelier Lumière SAS',
  siren: '732829320',
  adresse: ['12 rue des Artisans', '69003 Lyon'],
};

export const debiteurs: readonly DebiteurEntree[] = [
  { id: 'D-BATI', type: 'professionnel', denomination: 'Bâtisseurs du Rhône SARL', siren: '552100554', commercant: true },
  { id: 'D-HOTEL', type: 'professionnel', denomination: 'Hôtel des Terreaux SAS', siren: '443061841', commercant: true },
  { id: 'D-ARCHI', type: 'professionnel', denomination: 'Cabinet Durand Architectes', commercant: false },
  { id: 'D-MAIRIE', type: 'personne-publique', denomination: 'Commune de Villeurbanne' },
  { id: 'D-MARTIN', type: 'consommateur', denomination: 'M. Paul Martin' },
  { id: 'D-DECOR', type: 'professionnel', denomination: 'Décor & Co SAS', commercant: true, procedureCollective: { type: 'redressement', dateJugement: '2026-03-02', dateBodacc: '2026-03-12' } },
];

/** An invoice of the portfolio: the claim plus how its delay is compensated. */
export interface LigneExemple {
  readonly creance: CreanceEntree;
  /** Date of the mise en demeure (a consumer's legal-rate interest runs from it: C. civ. 1231-6, 1344-1). */
  readonly dateMiseEnDemeure?: string;
  readonly note: string;
}

const base = { paiements: [] as CreanceEntree['paiements'], nature: 'commerciale', cause: 'contractuelle', contestee: false } as const;

export const portefeuille: readonly LigneExemple[] = [
  {
    note: 'À cheval sur le 30 juin 2025 : deux semestres, deux taux (13,15 % puis 12,15 %), C. com. art. L441-10 II.',
    creance: { ...base, id: 'F-2025-031', numeroFacture: '2025-031', debiteurId: 'D-BATI', montantTTC: '10000.00', dateFacture: '2025-04-01', dateEcheance: '2025-05-31',
      paiements: [{ date: '2025-08-14', montant: '10000.00' }] },
  },
  {
    note: 'Paiements partiels : l’assiette baisse le lendemain de chaque paiement.',
    creance: { ...base, id: 'F-2025-058', numeroFacture: '2025-058', debiteurId: 'D-HOTEL', montantTTC: '18450.00', dateFacture: '2025-09-15', dateEcheance: '2025-10-31',
      paiements: [{ date: '2025-12-15', montant: '6000.00' }, { date: '2026-02-27', montant: '6000.00' }] },
  },
  {
    note: 'Taux contractuel de 15 %, au-dessus du plancher de trois fois le taux de l’intérêt légal : appliqué tel quel (C. com. art. L441-10 II).',
    creance: { ...base, id: 'F-2025-077', numeroFacture: '2025-077', debiteurId: 'D-ARCHI', montantTTC: '4200.00', dateFacture: '2025-11-03', dateEcheance: '2025-12-03',
      tauxPenalites: { mode: 'contractuel', tauxAnnuel: '15' }, paiements: [{ date: '2026-01-20', montant: '4200.00' }] },
  },
  {
    note: 'Taux contractuel de 10 % en 2024, sous le plancher (15,21 % puis 14,76 %) : relevé au plancher (C. com. art. L441-10 II).',
    creance: { ...base, id: 'F-2024-012', numeroFacture: '2024-012', debiteurId: 'D-ARCHI', montantTTC: '3000.00', dateFacture: '2024-04-02', dateEcheance: '2024-05-02',
      tauxPenalites: { mode: 'contractuel', tauxAnnuel: '10' }, paiements: [{ date: '2024-09-30', montant: '3000.00' }] },
  },
  {
    note: 'Acheteur public : taux BCE + 8 points, fixé au premier jour du semestre où les intérêts commencent à courir (C. commande publique art. R2192-31).',
    creance: { ...base, id: 'F-2025-090', numeroFacture: '2025-090', debiteurId: 'D-MAIRIE', montantTTC: '26880.00', dateFacture: '2025-10-10', dateEcheance: '2025-11-09',
      tauxPenalites: { mode: 'commande-publique' }, paiements: [{ date: '2026-02-16', montant: '26880.00' }] },
  },
  {
    note: 'Consommateur : ni pénalités de l’article L441-10 ni indemnité de 40 € ; intérêts au taux légal (« autres cas ») depuis la mise en demeure (C. civ. art. 1231-6 et 1344-1).',
    dateMiseEnDemeure: '2026-03-10',
    creance: { ...base, id: 'F-2026-004', numeroFacture: '2026-004', debiteurId: 'D-MARTIN', montantTTC: '1890.00', dateFacture: '2026-01-08', dateEcheance: '2026-01-08',
      nature: 'consommation', paiements: [{ date: '2026-04-30', montant: '500.00' }] },
  },
  {
    note: 'Débiteur en redressement judiciaire : les intérêts s’arrêtent au jugement d’ouverture (C. com. art. L622-28), l’indemnité de 40 € restant due : la facture était échue avant le jugement, qui n’en interdit donc pas le paiement à l’échéance (C. com. art. L441-10 II, dernière phrase).',
    creance: { ...base, id: 'F-2025-101', numeroFacture: '2025-101', debiteurId: 'D-DECOR', montantTTC: '7344.00', dateFacture: '2025-12-01', dateEcheance: '2025-12-31' },
  },
  {
    note: 'Payée à l’échéance : ni pénalités ni indemnité.',
    creance: { ...base, id: 'F-2026-020', numeroFacture: '2026-020', debiteurId: 'D-HOTEL', montantTTC: '2400.00', dateFacture: '2026-02-02', dateEcheance: '2026-03-04',
      paiements: [{ date: '2026-03-04', montant: '2400.00' }] },
  },
  {
    note: 'Toujours impayée : court sur le second semestre 2026, dont le taux BCE n’est PAS CONFIRMÉ (signalé ci-dessous).',
    creance: { ...base, id: 'F-2026-033', numeroFacture: '2026-033', debiteurId: 'D-BATI', montantTTC: '5760.00', dateFacture: '2026-04-15', dateEcheance: '2026-05-15' },
  },
  {
    note: 'À cheval sur le 31 décembre 2022 et le 1er janvier 2023 (10,00 % puis 12,50 %) : la hausse de juillet 2022 ne compte qu’au semestre suivant, le taux étant celui en vigueur au 1er janvier ou au 1er juillet (C. com. art. L441-10 II).',
    creance: { ...base, id: 'F-2022-140', numeroFacture: '2022-140', debiteurId: 'D-HOTEL', montantTTC: '8900.00', dateFacture: '2022-10-14', dateEcheance: '2022-11-13',
      paiements: [{ date: '2023-02-10', montant: '8900.00' }] },
  },
  {
    note: 'Avant 2013, le taux suivait chaque opération de la BCE (11,25 % puis 11,50 % le 13 juillet 2011, loi n° 2008-776) ; pas d’indemnité de 40 €, en vigueur depuis le 1er janvier 2013 (loi n° 2012-387).',
    creance: { ...base, id: 'F-2011-055', numeroFacture: '2011-055', debiteurId: 'D-BATI', montantTTC: '2500.00', dateFacture: '2011-05-06', dateEcheance: '2011-06-05',
      paiements: [{ date: '2011-09-30', montant: '2500.00' }] },
  },
  {
    note: 'Petite facture, plusieurs paiements partiels de part et d’autre du 1er janvier 2026.',
    creance: { ...base, id: 'F-2025-120', numeroFacture: '2025-120', debiteurId: 'D-ARCHI', montantTTC: '960.00', dateFacture: '2025-11-20', dateEcheance: '2025-12-20',
      paiements: [{ date: '2025-12-31', montant: '300.00' }, { date: '2026-01-15', montant: '300.00' }, { date: '2026-02-02', montant: '360.00' }] },
  },
];
