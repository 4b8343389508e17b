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
import { dateFr } from '../../socle/formatFr.js';
import { formaterEurosFr } from '../../socle/formaterEurosFr.js';
import { calculerSituation, regimeDuDebiteur, type Regime } from '../../situation/internes/calcul.js';
import { montantReclame } from '../../situation/montantReclame.js';
import type { OptionsSituation, SituationCreance } from '../../situation/types.js';
import type { MontantsFactureLettre, OptionsLettre } from '../donnees.js';

export type { Regime };

/** The regime of accessories of the letter's debtor (the library's one mapping, src/situation). */
export function regimeDe(d: Debiteur): Regime {
  return regimeDuDebiteur(d.type);
}

/** The accessories of a statement, as `situationCreance` names them. */
export type Accessoire = 'penalites' | 'interets' | 'indemnite';
const ACCESSOIRES: readonly Accessoire[] = ['penalites', 'interets', 'indemnite'];

/**
 * The one rule of what a letter carries: accessory `k` of a claim is in the letter when its statement says the
 * creditor claims it and the debtor type owes it (`reclame`, see `OptionsSituation.accessoires`) and it was not
 * waived (`accessoiresAbandonnes`, `dateAbandonAccessoires`). Otherwise the letter neither claims, nor
 * announces, nor says it runs (nor cites its articles); only a waiver is stated (blocsRenonciation).
 */
export function dansLaLettre(s: SituationCreance, k: Accessoire): boolean {
  return s[k].reclame && !s.accessoiresAbandonnes;
}

/**
 * The statement's references a letter keeps: without those of the accessories not in the letter
 * ({@link dansLaLettre}) — unless an accessory in the letter applies them too. The statement itself keeps them
 * (a waived accessory still accrued by law).
 */
function referencesDeLaLettre(s: SituationCreance): string[] {
  const gardees = new Set(ACCESSOIRES.filter((k) => dansLaLettre(s, k)).flatMap((k) => s[k].references));
  const exclues = new Set(ACCESSOIRES.filter((k) => !dansLaLettre(s, k)).flatMap((k) => s[k].references.filter((r) => !gardees.has(r))));
  return s.references.filter((r) => !exclues.has(r));
}

export interface CalculFacture {
  readonly creance: Creance;
  /** The claim's statement at the letter's computation date. */
  readonly situation: SituationCreance;
  readonly montants: MontantsFactureLettre;
  readonly modeTaux: ModeTauxPenalites['mode'] | null;
  /** The statement's references less those of the accessories not in the letter ({@link dansLaLettre}). */
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
  /** Nothing can be claimed yet (relances, mises en demeure: not late; declaration: "à échoir"). */
  readonly aEchoir: boolean;
  /**
   * An invoice in several instalments (`Creance.echeances`; empty without, or with one): the instalments the
   * letter claims — its due date passed — one line each in the invoices table, their accrual periods one group
   * each in the penalty table (`situationCreance(...).echeances[]`, unchanged).
   */
  readonly echeancesReclamees: readonly EcheanceLettre[];
  /** The instalments not yet late, left out of the letter's figures: listed "à échoir" (C. civ. 1305-2). */
  readonly echeancesAEchoir: readonly EcheanceLettre[];
}

/** One instalment of an invoice, as a letter prints it. */
export interface EcheanceLettre {
  /** 1-based rank among the invoice's instalments, and their number ("échéance 2/3"). */
  readonly rang: number;
  readonly nombre: number;
  readonly date: DateISO;
  /** Its amount on the invoice. */
  readonly montant: string;
  /** Credit notes on it (`montant − principal`). */
  readonly avoirs: string;
  readonly principalPaye: string;
  readonly principalDu: string;
  /** Its accrual periods (penalties, or legal interest for a consumer); none once the accessories were waived. */
  readonly periodes: MontantsFactureLettre['periodes'];
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
  /** This claim's statement options (`options.parCreance[id]`), over the letter's: passed as they are. */
  readonly optionsCreance?: Omit<OptionsSituation, 'siBaremeManquant'> | undefined;
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
    ...p.optionsCreance,
    // A letter with unknown figures is not sent: a day the tables do not cover is BAREME_MANQUANT.
    siBaremeManquant: 'erreur',
  });
  // After an explicit waiver (`dateAbandonAccessoires`) the letter claims no accessory: it prints what was
  // paid on them (their `impute`, 0 when every payment went to the principal), not what had accrued.
  const abandon = s.accessoiresAbandonnes;
  const accru = (a: { couru: string; impute: string; du: string }): string => (abandon ? formaterEuros(lireEuros(a.impute) + lireEuros(a.du)) : a.couru);
  const periodes = abandon ? [] : s.penalites.periodes.length > 0 ? s.penalites.periodes : s.interets.periodes;
  const imputeAccessoires = lireEuros(s.penalites.impute) + lireEuros(s.interets.impute) + lireEuros(s.indemnite.impute);
  // An invoice in instalments (`echeances`) partly late: a letter claims the instalments late only; those not
  // yet late are not exigible and stay out of its figures (C. civ. 1305, 1305-2: a term suspends exigibility —
  // the legal reference states the rule, "exigible: the term has fallen due", not the articles). What a
  // reminder claims is the library's one rule (montantReclame, src/situation): the machine's actions state the
  // same amount. A declaration carries the whole claim, "à échoir" included.
  const reclamation = p.declaration ? null : montantReclame(s);
  const nonExigibles = reclamation?.echeancesAEchoir ?? [];
  const horsLettre = reclamation === null ? 0 : lireEuros(reclamation.horsReclamation);
  const avertissements = nonExigibles.length === 0 ? s.avertissements : [
    ...s.avertissements,
    `Échéances non encore exigibles exclues de la lettre : ${nonExigibles.map((e) => `${formaterEurosFr(e.principalDu)} à échoir le ${dateFr(e.date)}`).join(', ')}.`,
  ];
  const nombre = s.echeances.length;
  const ligne = (e: SituationCreance['echeances'][number]): EcheanceLettre => ({
    rang: s.echeances.indexOf(e) + 1,
    nombre,
    date: e.date,
    montant: e.montant,
    avoirs: formaterEuros(lireEuros(e.montant) - lireEuros(e.principal)),
    principalPaye: e.principalPaye,
    principalDu: e.principalDu,
    periodes: abandon ? [] : e.periodes.map((x) => ({ du: x.du, au: x.au, jours: x.jours, assiette: x.assiette, tauxAnnuel: x.tauxAnnuel, montant: x.montant })),
  });
  const echeancesAEchoir = nombre > 1 ? nonExigibles.map(ligne) : [];
  // The instalments not yet late (paid in advance or not) are not claimed: not one line of the letter's tables;
  // nor is one late but with nothing claimed on it (paid, no accrual in the letter: e.g. paid on its due date).
  const reclamee = (e: SituationCreance['echeances'][number]): boolean => e.enRetard && (e.principalDu !== '0.00' || (!abandon && e.periodes.length > 0));
  const echeancesReclamees = nombre > 1 ? s.echeances.filter((e) => p.declaration || !s.enRetard || reclamee(e)).map(ligne) : [];
  return {
    creance: c,
    situation: s,
    echeancesReclamees,
    echeancesAEchoir,
    modeTaux: s.penalites.mode,
    aEchoir: p.declaration ? !s.echue : !s.enRetard,
    references: referencesDeLaLettre(s),
    avertissements,
    montants: {
      numeroFacture: c.numeroFacture,
      montantTTC: s.montantTTC,
      avoirs: s.avoirs,
      dejaRegle: s.paye,
      principal: formaterEuros(lireEuros(s.principalDu) - horsLettre),
      penalites: accru(s.penalites),
      indemnite: accru(s.indemnite),
      interets: accru(s.interets),
      imputeAccessoires: formaterEuros(imputeAccessoires),
      penalitesDues: s.penalites.du,
      indemniteDue: s.indemnite.du,
      interetsDus: s.interets.du,
      total: reclamation?.reclame ?? s.totalDu,
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
