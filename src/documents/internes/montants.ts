/**
 * Internal: the amounts of a letter, computed by the public calculators — never retyped.
 *
 * - professionnel: pénalités de retard (C. com. L441-10 II) and the 40 € indemnity (D441-5);
 * - personne-publique: intérêts moratoires (C. commande publique R2192-31) and the indemnity;
 * - consommateur, non-professionnel: no penalty, no indemnity, no fee (CPCE L111-8); legal interest
 *   (C. civ. 1231-6, 1344-1) only from an earlier mise en demeure.
 */
import { calculerInteretsLegaux } from '../../calculs/interets/calculerInteretsLegaux.js';
import { indemniteForfaitaire } from '../../calculs/indemnite/indemniteForfaitaire.js';
import { calculerPenalitesRetard, type ModeTauxPenalites } from '../../calculs/penalites/calculerPenalitesRetard.js';
import type { ResultatAccrual } from '../../calculs/moteur/resultat.js';
import type { Creance } from '../../entites/creance.js';
import type { Debiteur } from '../../entites/debiteur.js';
import { formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import type { MontantsFactureLettre, OptionsLettre } from '../donnees.js';

/** How the debtor's type maps to a regime. */
export type Regime = 'b2b' | 'public' | 'b2c';

export function regimeDe(d: Debiteur): Regime {
  return d.type === 'professionnel' ? 'b2b' : d.type === 'personne-publique' ? 'public' : 'b2c';
}

export interface CalculFacture {
  readonly creance: Creance;
  readonly montants: MontantsFactureLettre;
  readonly modeTaux: ModeTauxPenalites['mode'] | null;
  readonly penalites: ResultatAccrual | null;
  readonly interets: ResultatAccrual | null;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
  /** Not yet due at the computation date (declaration of claims: "à échoir"). */
  readonly aEchoir: boolean;
}

export interface ParamsCalcul {
  readonly regime: Regime;
  /** Last day that accrues. */
  readonly dateCalcul: DateISO;
  /** Legal interest from this day (consumer claims), if any. */
  readonly dateMiseEnDemeure?: DateISO | undefined;
  readonly categorie: 'creancier-particulier' | 'autres-cas';
  /** Collective proceedings opened on this day: the indemnity is not owed for invoices due on or after it. */
  readonly dateJugement?: DateISO | undefined;
  readonly options?: OptionsLettre | undefined;
}

function calculOptions(o: OptionsLettre | undefined): OptionsLettre | undefined {
  if (o === undefined) return undefined;
  return { ...(o.baremes ? { baremes: o.baremes } : {}), ...(o.baseAnnuelle ? { baseAnnuelle: o.baseAnnuelle } : {}) };
}

export function calculerFacture(c: Creance, p: ParamsCalcul): CalculFacture {
  const jourCalcul = lireDate(p.dateCalcul);
  const paiementsAvant = c.paiements.filter((x) => lireDate(x.date) <= jourCalcul);
  const paye = paiementsAvant.reduce((s, x) => s + lireEuros(x.montant), 0);
  const ttc = lireEuros(c.montantTTC);
  const principal = Math.max(0, ttc - paye);
  const paiements = paiementsAvant.map((x) => ({ date: x.date, montant: x.montant }));
  const aEchoir = jourCalcul <= lireDate(c.dateEcheance);
  const options = calculOptions(p.options);
  const references: string[] = [];
  const avertissements: string[] = [];

  let penalites: ResultatAccrual | null = null;
  let indemnite = '0.00';
  let modeTaux: ModeTauxPenalites['mode'] | null = null;
  if (p.regime !== 'b2c') {
    const taux: ModeTauxPenalites = c.tauxPenalites ?? (p.regime === 'public' ? { mode: 'commande-publique' } : { mode: 'bce+10' });
    modeTaux = taux.mode;
    penalites = calculerPenalitesRetard({ montant: c.montantTTC, dateEcheance: c.dateEcheance, dateCalcul: p.dateCalcul, paiements, taux }, options);
    references.push(...penalites.references);
    avertissements.push(...penalites.avertissements);
    // Owed for an invoice paid late, even once paid (the first day of delay suffices), never for one paid in time.
    if (!aEchoir && (principal > 0 || penalites.joursDeRetard > 0)) {
      const bloquee = p.dateJugement !== undefined && lireDate(c.dateEcheance) >= lireDate(p.dateJugement);
      const i = indemniteForfaitaire(
        { regime: p.regime, dateEcheance: c.dateEcheance, procedureCollective: bloquee },
        options?.baremes ? { baremes: options.baremes } : undefined,
      );
      indemnite = i.montant;
      if (i.montant !== '0.00') references.push(...i.references);
      avertissements.push(...i.avertissements);
    }
  }

  let interets: ResultatAccrual | null = null;
  if (p.regime === 'b2c' && p.dateMiseEnDemeure !== undefined && lireDate(p.dateMiseEnDemeure) <= jourCalcul) {
    interets = calculerInteretsLegaux(
      { montant: c.montantTTC, dateDebut: p.dateMiseEnDemeure, dateFin: p.dateCalcul, categorie: p.categorie, paiements },
      options,
    );
    references.push(...interets.references);
    avertissements.push(...interets.avertissements);
  }

  const periodes = penalites?.periodes ?? interets?.periodes ?? [];
  return {
    creance: c,
    modeTaux,
    penalites,
    interets,
    aEchoir,
    references,
    avertissements,
    montants: {
      numeroFacture: c.numeroFacture,
      montantTTC: c.montantTTC,
      dejaRegle: formaterEuros(paye),
      principal: formaterEuros(principal),
      penalites: penalites?.montant ?? '0.00',
      indemnite,
      interets: interets?.montant ?? '0.00',
      periodes: periodes.map((x) => ({ du: x.du, au: x.au, jours: x.jours, assiette: x.assiette, tauxAnnuel: x.tauxAnnuel, montant: x.montant })),
    },
  };
}

/**
 * The taux de l'intérêt légal in force on `date` for the creditor's category, read from the calculator itself
 * (a one-day computation), with its warnings.
 */
export function tauxLegalDuJour(date: DateISO, categorie: 'creancier-particulier' | 'autres-cas', options: OptionsLettre | undefined): { taux: string; avertissements: readonly string[] } {
  const r = calculerInteretsLegaux({ montant: '100.00', dateDebut: date, dateFin: date, categorie }, calculOptions(options));
  return { taux: r.periodes[0]!.tauxAnnuel, avertissements: r.avertissements };
}

/** Sums `Euros` strings exactly (integer cents). */
export function somme(valeurs: readonly string[]): string {
  return formaterEuros(valeurs.reduce((s, v) => s + lireEuros(v, [], { negatifAutorise: true }), 0));
}

/** `date` + `jours` calendar days. */
export function ajouterJours(date: DateISO, jours: number): DateISO {
  return formaterDate(lireDate(date) + jours);
}
