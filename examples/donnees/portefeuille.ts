// A fictional SME's sample portfolio: Atelier Lumière SAS sells lighting equipment and installation.
// A dozen invoices chosen to show the rules: half-year boundaries, partial payments, a contractual rate
// (above and below the legal floor), a consumer, a public buyer, a debtor in collective proceedings, an
// invoice paid on time, and one from the 2009–2012 regime.
import type { CreanceEntree, DebiteurEntree } from '../../src/index.js';

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
    note: 'Straddles 30 June 2025: two half-years, two rates (13.15 % then 12.15 %).',
    creance: { ...base, id: 'F-2025-031', numeroFacture: '2025-031', debiteurId: 'D-BATI', montantTTC: '10000.00', dateFacture: '2025-04-01', dateEcheance: '2025-05-31',
      paiements: [{ date: '2025-08-14', montant: '10000.00' }] },
  },
  {
    note: 'Partial payments: the base drops the day after each payment.',
    creance: { ...base, id: 'F-2025-058', numeroFacture: '2025-058', debiteurId: 'D-HOTEL', montantTTC: '18450.00', dateFacture: '2025-09-15', dateEcheance: '2025-10-31',
      paiements: [{ date: '2025-12-15', montant: '6000.00' }, { date: '2026-02-27', montant: '6000.00' }] },
  },
  {
    note: 'Contractual rate of 15 % (above the floor of 3 × taux légal): applied as agreed.',
    creance: { ...base, id: 'F-2025-077', numeroFacture: '2025-077', debiteurId: 'D-ARCHI', montantTTC: '4200.00', dateFacture: '2025-11-03', dateEcheance: '2025-12-03',
      tauxPenalites: { mode: 'contractuel', tauxAnnuel: '15' }, paiements: [{ date: '2026-01-20', montant: '4200.00' }] },
  },
  {
    note: 'Contractual rate of 10 % in 2024, below the floor (15.21 % then 14.76 %): raised to the floor.',
    creance: { ...base, id: 'F-2024-012', numeroFacture: '2024-012', debiteurId: 'D-ARCHI', montantTTC: '3000.00', dateFacture: '2024-04-02', dateEcheance: '2024-05-02',
      tauxPenalites: { mode: 'contractuel', tauxAnnuel: '10' }, paiements: [{ date: '2024-09-30', montant: '3000.00' }] },
  },
  {
    note: 'Public buyer: ECB + 8 points fixed at the start of the half-year in which interest starts (R2192-31).',
    creance: { ...base, id: 'F-2025-090', numeroFacture: '2025-090', debiteurId: 'D-MAIRIE', montantTTC: '26880.00', dateFacture: '2025-10-10', dateEcheance: '2025-11-09',
      tauxPenalites: { mode: 'commande-publique' }, paiements: [{ date: '2026-02-16', montant: '26880.00' }] },
  },
  {
    note: 'Consumer: no L441-10 penalties and no 40 €; legal-rate interest ("autres cas") from the mise en demeure.',
    dateMiseEnDemeure: '2026-03-10',
    creance: { ...base, id: 'F-2026-004', numeroFacture: '2026-004', debiteurId: 'D-MARTIN', montantTTC: '1890.00', dateFacture: '2026-01-08', dateEcheance: '2026-01-08',
      nature: 'consommation', paiements: [{ date: '2026-04-30', montant: '500.00' }] },
  },
  {
    note: 'Debtor in redressement judiciaire: interest stops at the opening judgment (L622-28) and no 40 € (L441-10 II).',
    creance: { ...base, id: 'F-2025-101', numeroFacture: '2025-101', debiteurId: 'D-DECOR', montantTTC: '7344.00', dateFacture: '2025-12-01', dateEcheance: '2025-12-31' },
  },
  {
    note: 'Paid on its due date: no penalty, no indemnity.',
    creance: { ...base, id: 'F-2026-020', numeroFacture: '2026-020', debiteurId: 'D-HOTEL', montantTTC: '2400.00', dateFacture: '2026-02-02', dateEcheance: '2026-03-04',
      paiements: [{ date: '2026-03-04', montant: '2400.00' }] },
  },
  {
    note: 'Still unpaid: runs into 2026 S2, whose ECB rate is UNCONFIRMED (flagged).',
    creance: { ...base, id: 'F-2026-033', numeroFacture: '2026-033', debiteurId: 'D-BATI', montantTTC: '5760.00', dateFacture: '2026-04-15', dateEcheance: '2026-05-15' },
  },
  {
    note: 'Straddles 31 December 2022 → 1 January 2023 (10.00 % then 12.50 %: the July 2022 hike counts from 2023).',
    creance: { ...base, id: 'F-2022-140', numeroFacture: '2022-140', debiteurId: 'D-HOTEL', montantTTC: '8900.00', dateFacture: '2022-10-14', dateEcheance: '2022-11-13',
      paiements: [{ date: '2023-02-10', montant: '8900.00' }] },
  },
  {
    note: 'Before 2013 the rate followed every ECB operation (11.25 % → 11.50 % on 13 July 2011); no 40 € (not yet in force).',
    creance: { ...base, id: 'F-2011-055', numeroFacture: '2011-055', debiteurId: 'D-BATI', montantTTC: '2500.00', dateFacture: '2011-05-06', dateEcheance: '2011-06-05',
      paiements: [{ date: '2011-09-30', montant: '2500.00' }] },
  },
  {
    note: 'Small invoice, several partial payments straddling 1 January 2026.',
    creance: { ...base, id: 'F-2025-120', numeroFacture: '2025-120', debiteurId: 'D-ARCHI', montantTTC: '960.00', dateFacture: '2025-11-20', dateEcheance: '2025-12-20',
      paiements: [{ date: '2025-12-31', montant: '300.00' }, { date: '2026-01-15', montant: '300.00' }, { date: '2026-02-02', montant: '360.00' }] },
  },
];
