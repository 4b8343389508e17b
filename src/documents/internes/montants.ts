/**
 * Internal: the amounts of a letter. There is no computation here: every figure is the claim's statement by
 * `situationCreance` (src/situation) — the same figures as the machine and `releveDeCompte` for the same
 * claim, date and options. Which accessories a debtor type owes is decided there too
 * ({@link regimeDuDebiteur}): professionnel → L441-10 penalties and the 40 €; personne-publique → R2192-31
 * and the 40 €; consommateur, non-professionnel → legal interest from an earlier mise en demeure only
 * (C. civ. 1231-6, 1344-1), no indemnity, no fee (CPCE L111-8).
 */
import { calculerInteretsLegaux } from '../../calculs/interets/calculerInteretsLegaux.js';
import type { ModeTauxPenalites } from '../../calculs/penalites/calculerPenalitesRetard.js';
import type { Creance } from '../../entites/creance.js';
import type { Debiteur } from '../../entites/debiteur.js';
import { formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { calculerSituation, regimeDuDebiteur, type Regime } from '../../situation/internes/calcul.js';
import type { SituationCreance } from '../../situation/types.js';
import type { MontantsFactureLettre, OptionsLettre } from '../donnees.js';

export type { Regime };

/** The regime of accessories of the letter's debtor (the library's one mapping, src/situation). */
export function regimeDe(d: Debiteur): Regime {
  return regimeDuDebiteur(d.type);
}

export interface CalculFacture {
  readonly creance: Creance;
  /** The claim's statement at the letter's computation date. */
  readonly situation: SituationCreance;
  readonly montants: MontantsFactureLettre;
  readonly modeTaux: ModeTauxPenalites['mode'] | null;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
  /** Nothing can be claimed yet (relances, mises en demeure: not late; declaration: "à échoir"). */
  readonly aEchoir: boolean;
}

export interface ParamsCalcul {
  readonly debiteur: Debiteur;
  /** Last day that accrues. */
  readonly dateCalcul: DateISO;
  /** Legal interest from this day (consumer claims), if any. */
  readonly dateMiseEnDemeure?: DateISO | undefined;
  readonly categorie: 'creancier-particulier' | 'autres-cas';
  /** A declaration of claims: "à échoir" means not yet due on the day before the opening judgment. */
  readonly declaration: boolean;
  readonly options?: OptionsLettre | undefined;
}

function calculOptions(o: OptionsLettre | undefined): OptionsLettre | undefined {
  if (o === undefined) return undefined;
  return { ...(o.baremes ? { baremes: o.baremes } : {}), ...(o.baseAnnuelle ? { baseAnnuelle: o.baseAnnuelle } : {}) };
}

export function calculerFacture(c: Creance, p: ParamsCalcul): CalculFacture {
  const s = calculerSituation(c, p.debiteur, p.dateCalcul, {
    ...calculOptions(p.options),
    ...(p.options?.imputation !== undefined ? { imputation: p.options.imputation } : {}),
    ...(p.dateMiseEnDemeure !== undefined ? { dateMiseEnDemeure: p.dateMiseEnDemeure } : {}),
    creancierParticulier: p.categorie === 'creancier-particulier',
    // A letter with unknown figures is not sent: a day the tables do not cover is BAREME_MANQUANT.
    siBaremeManquant: 'erreur',
  });
  const periodes = s.penalites.periodes.length > 0 ? s.penalites.periodes : s.interets.periodes;
  const imputeAccessoires = lireEuros(s.penalites.impute) + lireEuros(s.interets.impute) + lireEuros(s.indemnite.impute);
  return {
    creance: c,
    situation: s,
    modeTaux: s.penalites.mode,
    aEchoir: p.declaration ? !s.echue : !s.enRetard,
    references: s.references,
    avertissements: s.avertissements,
    montants: {
      numeroFacture: c.numeroFacture,
      montantTTC: s.montantTTC,
      avoirs: s.avoirs,
      dejaRegle: s.paye,
      principal: s.principalDu,
      penalites: s.penalites.couru,
      indemnite: s.indemnite.couru,
      interets: s.interets.couru,
      imputeAccessoires: formaterEuros(imputeAccessoires),
      penalitesDues: s.penalites.du,
      indemniteDue: s.indemnite.du,
      interetsDus: s.interets.du,
      total: s.totalDu,
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
