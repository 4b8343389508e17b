/**
 * Internal: the one computation of what a claim owes at a date, on validated entities. `situationCreance`
 * validates and calls it; the machine and the letters call it on entities they already validated.
 *
 * Rules, top-down:
 * 1. Principal = `montantTTC` − credit notes dated on or before the statement (C. civ. 1302: what was not
 *    owed is not due; the library reads a credit note as correcting the invoice from the start — a choice,
 *    see docs/situation.md).
 * 2. Accessories by debtor type (the one place this mapping lives, {@link regimeDuDebiteur}):
 *    - professionnel: pénalités de retard, C. com. L441-10 II (the claim's `tauxPenalites`, default ECB + 10),
 *      and the 40 € (D441-5);
 *    - personne-publique: intérêts moratoires, C. commande publique R2192-31 (ECB + 8), and the 40 €;
 *    - consommateur, non-professionnel: legal interest from the mise en demeure (C. civ. 1231-6, 1344-1;
 *      +5 points after an enforceable decision, CMF L313-3), never the 40 € (L441-10 II targets
 *      professionals; CPCE L111-8).
 * 3. Penalties and interest run on the principal left unpaid, day by day, through the public calculators.
 *    The 40 € is owed iff at least one day of delay ran on a positive balance after the due date (D441-5:
 *    "dès le premier jour de retard").
 * 4. Collective proceedings (C. com. L622-28): penalties and interest stop the day before the opening
 *    judgment; the 40 € is excluded when the claim falls due on or after the judgment (L441-10 II, last
 *    sentence; legal reference, Errata 5).
 * 5. Payments, in date order: C. civ. 1343-1 (accessories accrued at the payment's date, then principal) or
 *    principal first; what nothing absorbs is a trop-perçu.
 * 6. Tables that end (`options.siBaremeManquant`): `'erreur'` lets `BAREME_MANQUANT` through; `'minimum'`
 *    (default here; `releveDeCompte` and the letters pass `'erreur'`) computes penalties and interest up to the last day the tables cover (found with the
 *    calculators themselves: a computation that succeeds up to day d succeeds up to any earlier day), keeps
 *    the 40 € (it reads no rate), imputes payments on those minimum accessories, and says so
 *    (`accessoiresConnus: false`, `calculeJusquau`, an avertissement). The total due never goes down with time.
 */
import { calculerInteretsLegaux } from '../../calculs/interets/calculerInteretsLegaux.js';
import { indemniteForfaitaire } from '../../calculs/indemnite/indemniteForfaitaire.js';
import { calculerPenalitesRetard, type ModeTauxPenalites } from '../../calculs/penalites/calculerPenalitesRetard.js';
import type { ResultatAccrual } from '../../calculs/moteur/resultat.js';
import type { Creance } from '../../entites/creance.js';
import type { Debiteur } from '../../entites/debiteur.js';
import { formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { dateFr } from '../../socle/formatFr.js';
import { CODES_ERREUR, RecouvrementError } from '../../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import type { AccessoireSituation, ImputationPaiementSituation, OptionsSituation, SituationCreance } from '../types.js';

/** The regime of accessories a debtor type owes. */
export type Regime = 'b2b' | 'public' | 'b2c';

/** professionnel → b2b, personne-publique → public, consommateur / non-professionnel → b2c. */
export function regimeDuDebiteur(type: Debiteur['type']): Regime {
  return type === 'professionnel' ? 'b2b' : type === 'personne-publique' ? 'public' : 'b2c';
}

export const C1343_1 = 'C. civ. art. 1343-1';
export const C1343_5 = 'C. civ. art. 1343-5';
const L622_28 = 'C. com. art. L622-28';
const C1231_7 = 'C. civ. art. 1231-7';
export const AVERTISSEMENT_1343_1 =
  'Paiements imputés sur les pénalités ou intérêts, puis l’indemnité, puis le principal (C. civ. 1343-1 ; pénalités comme intérêts : PARTIEL ; indemnité avant le principal : NON CONFIRMÉ).';
export const AVERTISSEMENT_PRINCIPAL =
  'Principal d’abord : dérogation à C. civ. 1343-1, usage commercial courant qui suppose l’accord du créancier, une clause du contrat ou une décision du juge (1343-5).';
export const AVERTISSEMENT_AVOIRS =
  'Avoir lu comme une correction de la facture dès l’origine : pénalités et indemnité calculées sur le montant corrigé depuis l’échéance (lecture de la bibliothèque, aucun texte ne tranche).';

interface Paiement {
  readonly jour: number;
  readonly centimes: number;
  readonly reference: string | null;
}

interface Parts {
  interets: number;
  penalites: number;
  indemnite: number;
}

interface Accessoires extends Parts {
  pen: ResultatAccrual | null;
  int: ResultatAccrual | null;
  indMotif: string;
  indReferences: readonly string[];
  indAvertissements: readonly string[];
}

const ORDRE = ['interets', 'penalites', 'indemnite'] as const;

/**
 * The statement of `creance` on `debiteur` at `date`, on validated entities.
 * @throws {RecouvrementError} `ENTREE_INVALIDE` from the calculators (bad options); `BAREME_MANQUANT` when
 * `options.siBaremeManquant` is `'erreur'`
 */
export function calculerSituation(creance: Creance, debiteur: Debiteur, date: DateISO, options: OptionsSituation = {}): SituationCreance {
  const jour = lireDate(date, ['date']);
  const echeance = lireDate(creance.dateEcheance);
  const regime = regimeDuDebiteur(debiteur.type);
  const references = new Set<string>();
  const avertissements = new Set<string>();
  const calcul = {
    ...(options.baremes !== undefined ? { baremes: options.baremes } : {}),
    ...(options.baseAnnuelle !== undefined ? { baseAnnuelle: options.baseAnnuelle } : {}),
  };
  const optsIndemnite = options.baremes !== undefined ? { baremes: options.baremes } : undefined;

  // 1. Principal: the invoice corrected by the credit notes issued by `date`.
  const ttc = lireEuros(creance.montantTTC);
  const avoirs = (creance.avoirs ?? []).reduce((s, a) => (lireDate(a.date) <= jour ? s + lireEuros(a.montant) : s), 0);
  const principal = Math.max(0, ttc - avoirs);
  if (avoirs > 0) avertissements.add(AVERTISSEMENT_AVOIRS);
  if (avoirs > ttc) {
    avertissements.add(`Les avoirs (${formaterEuros(avoirs)} €) dépassent le montant TTC (${creance.montantTTC} €) : principal ramené à 0, l’excédent n’est pas imputé.`);
  }

  // 2. Which accessories this debtor owes and the creditor claims.
  const demande = options.accessoires ?? {};
  const reclamePenalites = regime !== 'b2c' && demande.penalites !== false;
  const reclameInterets = regime === 'b2c' && demande.interets !== false;
  const reclameIndemnite = regime !== 'b2c' && demande.indemnite !== false;
  const taux: ModeTauxPenalites | null = regime === 'b2c' ? null : (creance.tauxPenalites ?? (regime === 'public' ? { mode: 'commande-publique' } : { mode: 'bce+10' }));
  const pc = debiteur.procedureCollective;
  const jugement = pc === undefined ? null : lireDate(pc.dateJugement);
  const med = options.dateMiseEnDemeure === undefined ? null : lireDate(options.dateMiseEnDemeure, ['options', 'dateMiseEnDemeure']);
  const abandon = options.dateAbandonAccessoires === undefined ? null : lireDate(options.dateAbandonAccessoires, ['options', 'dateAbandonAccessoires']);
  const abandonne = abandon !== null && abandon <= jour;
  const regle = options.imputation ?? 'legale';
  const legale = regle === 'legale' && !abandonne;

  const paiements: Paiement[] = creance.paiements
    .map((p) => ({ jour: lireDate(p.date), centimes: lireEuros(p.montant), reference: p.reference ?? null }))
    .filter((p) => p.jour <= jour)
    .sort((a, b) => a.jour - b.jour);
  /** Parts of the payments imputed on the principal so far: the base of penalties and interest. */
  const surPrincipal: { date: DateISO; montant: string }[] = [];

  /** `siBaremeManquant`: `'minimum'` unless `'erreur'` is asked for (releveDeCompte and the letters ask for it). */
  const minimum = options.siBaremeManquant !== 'erreur';
  /** Under `'minimum'`: the days where the tables ran out, and the last day computed instead (the smallest). */
  let manquant: { erreur: RecouvrementError; jusquau: number } | null = null;
  const estManquant = (e: unknown): e is RecouvrementError => e instanceof RecouvrementError && e.code === CODES_ERREUR.BAREME_MANQUANT;
  /** The first day penalties or interest could accrue: before it, nothing accrues and no table is read. */
  const debutAccrual = regime === 'b2c' ? (med === null ? Number.POSITIVE_INFINITY : med) : echeance + 1;

  /**
   * Penalties and interest accrued up to day `fin` (inclusive) on the principal as reduced by `surPrincipal`.
   * @throws {RecouvrementError} `BAREME_MANQUANT` when the tables do not cover a day
   */
  const courus = (fin: number, a: Accessoires): void => {
    if (principal > 0 && reclamePenalites && taux !== null) {
      a.pen = calculerPenalitesRetard(
        { montant: formaterEuros(principal), dateEcheance: creance.dateEcheance, dateCalcul: formaterDate(Math.max(fin, echeance)), paiements: surPrincipal, taux, dateFacture: creance.dateFacture, ...(creance.dateContrat !== undefined ? { dateContrat: creance.dateContrat } : {}) },
        calcul,
      );
      a.penalites = lireEuros(a.pen.montant);
    }
    if (principal > 0 && reclameInterets && med !== null && med <= fin) {
      a.int = calculerInteretsLegaux(
        {
          montant: formaterEuros(principal),
          dateDebut: formaterDate(med),
          dateFin: formaterDate(fin),
          categorie: options.creancierParticulier === true ? 'creancier-particulier' : 'autres-cas',
          paiements: surPrincipal,
          ...(options.dateDecisionExecutoire !== undefined ? { dateDecisionExecutoire: options.dateDecisionExecutoire } : {}),
        },
        calcul,
      );
      a.interets = lireEuros(a.int.montant);
    }
  };

  /**
   * `courus` up to `fin`, or under `'minimum'` up to the last day the tables cover: a computation that succeeds
   * up to a day succeeds up to any earlier one, so that day is found by bisection between the day before
   * accrual starts (nothing computed) and `fin`.
   */
  const courusConnus = (fin: number, a: Accessoires): void => {
    try {
      courus(fin, a);
      return;
    } catch (e) {
      if (!minimum || !estManquant(e)) throw e;
      let ok = debutAccrual - 1;
      let ko = fin;
      while (ko - ok > 1) {
        const m = ok + Math.floor((ko - ok) / 2);
        try {
          courus(m, { ...a });
          ok = m;
        } catch (e2) {
          if (!estManquant(e2)) throw e2;
          ko = m;
        }
      }
      a.pen = null;
      a.int = null;
      a.penalites = 0;
      a.interets = 0;
      if (ok >= debutAccrual) courus(ok, a);
      if (manquant === null || ok < manquant.jusquau) manquant = { erreur: e, jusquau: ok };
    }
  };

  /**
   * Accessories accrued up to day `j` (inclusive) on the principal as reduced by `surPrincipal`.
   * @throws {RecouvrementError} `BAREME_MANQUANT` when the tables do not cover a day (unless `'minimum'`)
   */
  const accessoires = (j: number): Accessoires => {
    const a: Accessoires = { interets: 0, penalites: 0, indemnite: 0, pen: null, int: null, indMotif: '', indReferences: [], indAvertissements: [] };
    // L622-28: the opening judgment stops penalties and interest; the last day accruing is the day before.
    const fin = jugement === null ? j : Math.min(j, jugement - 1);
    courusConnus(fin, a);
    if (regime === 'b2c') {
      a.indMotif = 'Aucune indemnité forfaitaire envers un consommateur ou un non-professionnel : elle ne vise que le professionnel en retard de paiement (C. com. L441-10 II ; CPCE L111-8).';
    } else if (!reclameIndemnite) {
      a.indMotif = 'Indemnité forfaitaire non réclamée par le créancier.';
    } else if (j <= echeance) {
      a.indMotif = 'Pas encore de retard : l’indemnité est due dès le premier jour de retard (C. com. D441-5).';
    } else {
      // The balance on the first day of delay: principal less what was imputed on it on or before the due date.
      const payeALEcheance = surPrincipal.reduce((s, p) => (p.date <= creance.dateEcheance ? s + lireEuros(p.montant) : s), 0);
      if (principal - payeALEcheance <= 0) {
        a.indMotif = 'Aucun jour de retard sur un solde positif après l’échéance : indemnité non due (C. com. L441-10 II, D441-5).';
      } else {
        // The 40 € reads no rate, only its amount in force at the due date: it is kept when the rates run out.
        try {
          const r = indemniteForfaitaire(
          {
            regime,
            dateEcheance: creance.dateEcheance,
            dateFacture: creance.dateFacture,
            ...(creance.dateContrat !== undefined ? { dateContrat: creance.dateContrat } : {}),
            ...(pc !== undefined ? { procedureCollective: true, dateJugement: pc.dateJugement } : {}),
          },
          optsIndemnite,
        );
          a.indemnite = lireEuros(r.montant);
          a.indMotif = r.motif;
          a.indReferences = r.references;
          a.indAvertissements = r.avertissements;
        } catch (e) {
          if (!minimum || !estManquant(e)) throw e;
          a.indMotif = `Montant de l’indemnité inconnu à l’échéance : ${e.message}`;
          if (manquant === null) manquant = { erreur: e, jusquau: j };
        }
      }
    }
    return a;
  };

  const paye: Parts = { interets: 0, penalites: 0, indemnite: 0 };
  /**
   * Imputes up to `reste` on the accessories accrued at day `j` and still unpaid; returns what is left. A day
   * the tables do not cover (`'minimum'`): on the accessories known at that day, a minimum (C. civ. 1343-1
   * applied to what can be computed; the principal receives the rest).
   */
  const surAccessoires = (j: number, reste: number, parts: Parts): number => {
    if (reste === 0) return reste;
    const a = accessoires(j);
    for (const k of ORDRE) {
      const x = Math.min(reste, Math.max(0, a[k] - paye[k]));
      paye[k] += x;
      parts[k] += x;
      reste -= x;
    }
    return reste;
  };

  // 5. Payments in date order.
  let restant = principal;
  const imputations: ImputationPaiementSituation[] = [];
  let nonImpute = 0;
  for (const p of paiements) {
    const parts: Parts = { interets: 0, penalites: 0, indemnite: 0 };
    let reste = p.centimes;
    if (legale) reste = surAccessoires(p.jour, reste, parts);
    const part = Math.min(restant, reste);
    if (part > 0) surPrincipal.push({ date: formaterDate(p.jour), montant: formaterEuros(part) });
    restant -= part;
    reste -= part;
    if (!legale) reste = surAccessoires(p.jour, reste, parts);
    nonImpute += reste;
    imputations.push({
      date: formaterDate(p.jour),
      montant: formaterEuros(p.centimes),
      reference: p.reference,
      interets: formaterEuros(parts.interets),
      penalites: formaterEuros(parts.penalites),
      indemnite: formaterEuros(parts.indemnite),
      principal: formaterEuros(part),
      nonImpute: formaterEuros(reste),
    });
  }

  // The accessories at `date`.
  const a: Accessoires = accessoires(jour);
  // `manquant` is set by the calls above (closures); read it through a function TypeScript does not narrow.
  const lacune = ((): { erreur: RecouvrementError; jusquau: number } | null => manquant)();
  const connus = lacune === null;
  const calculeJusquau = lacune === null ? jour : Math.min(jour, lacune.jusquau);
  const garder = (r: { readonly references: readonly string[]; readonly avertissements: readonly string[] } | null): void => {
    if (r === null) return;
    for (const v of r.references) references.add(v);
    for (const v of r.avertissements) avertissements.add(v);
  };
  garder(a.pen);
  garder(a.int);
  if (a.indemnite > 0) garder({ references: a.indReferences, avertissements: a.indAvertissements });
  const arretees = jugement !== null && jugement <= jour && (reclamePenalites || reclameInterets);
  if (arretees) references.add(L622_28);
  const majoration = a.int?.references.includes('C. mon. fin. art. L313-3') === true;
  if (majoration) references.add(C1231_7);

  const composante = (k: keyof Parts, r: ResultatAccrual | null, reclame: boolean, refs: readonly string[]): AccessoireSituation => {
    // Under 'minimum', what was imputed at a payment's date is known to be owed: never report less accrued.
    const couru = Math.max(a[k], paye[k]);
    const du = abandonne ? 0 : couru - paye[k];
    return {
      reclame,
      couru: formaterEuros(couru),
      impute: formaterEuros(paye[k]),
      du: formaterEuros(du),
      joursDeRetard: r?.joursDeRetard ?? 0,
      periodes: r?.periodes ?? [],
      references: [...refs, ...(arretees && k !== 'indemnite' && reclame ? [L622_28] : []), ...(k === 'interets' && majoration ? [C1231_7] : [])],
    };
  };
  const penalites = { ...composante('penalites', a.pen, reclamePenalites, a.pen?.references ?? []), mode: taux === null ? null : taux.mode };
  const interets = composante('interets', a.int, reclameInterets, a.int?.references ?? []);
  const indemnite = {
    ...composante('indemnite', null, reclameIndemnite, a.indemnite > 0 ? a.indReferences : []),
    motif: a.indMotif,
  };

  const imputeAccessoires = paye.interets + paye.penalites + paye.indemnite;
  const refsImputation: string[] = [];
  if (legale) refsImputation.push(C1343_1);
  else refsImputation.push(C1343_5);
  if (legale && imputeAccessoires > 0) {
    references.add(C1343_1);
    avertissements.add(AVERTISSEMENT_1343_1);
  }
  if (!legale && !abandonne && surPrincipal.length > 0) {
    references.add(C1343_5);
    avertissements.add(AVERTISSEMENT_PRINCIPAL);
  }
  if (abandonne) avertissements.add(`Accessoires abandonnés par le créancier le ${options.dateAbandonAccessoires!} : plus rien n’est réclamé à ce titre, les paiements s’imputent sur le principal.`);

  const accessoiresDus = lireEuros(penalites.du) + lireEuros(interets.du) + lireEuros(indemnite.du);
  if (lacune !== null && !abandonne) {
    avertissements.add(
      `Barèmes légaux incomplets : ${lacune.erreur.message} Pénalités et intérêts calculés jusqu’au ${dateFr(formaterDate(calculeJusquau))} seulement : ` +
        `le total dû (${formaterEuros(restant + accessoiresDus)} €) est un minimum, les accessoires courus après ce jour restent dus (${regime === 'b2b' ? 'C. com. L441-10 II' : regime === 'public' ? 'C. commande publique R2192-31' : 'C. civ. 1231-6'}).`,
    );
  }
  const tropPercu = connus || abandonne ? nonImpute : 0;
  if (tropPercu > 0) avertissements.add(`Trop-perçu de ${formaterEuros(tropPercu)} € : les paiements dépassent tout ce qui est dû.`);
  return {
    creanceId: creance.id,
    numeroFacture: creance.numeroFacture,
    date: formaterDate(jour),
    dateEcheance: creance.dateEcheance,
    echue: jour >= echeance,
    enRetard: jour > echeance,
    montantTTC: formaterEuros(ttc),
    avoirs: formaterEuros(avoirs),
    principal: formaterEuros(principal),
    paye: formaterEuros(paiements.reduce((s, p) => s + p.centimes, 0)),
    principalPaye: formaterEuros(principal - restant),
    principalDu: formaterEuros(restant),
    penalites,
    interets,
    indemnite,
    imputation: { regle: abandonne ? 'principal-d-abord' : regle, references: refsImputation, paiements: imputations },
    accessoiresDus: formaterEuros(accessoiresDus),
    totalDu: formaterEuros(restant + accessoiresDus),
    tropPercu: formaterEuros(tropPercu),
    nonImpute: formaterEuros(nonImpute),
    accessoiresConnus: connus || abandonne,
    calculeJusquau: formaterDate(abandonne ? jour : calculeJusquau),
    accessoiresAbandonnes: abandonne,
    avertissements: [...avertissements],
    references: [...references],
  };
}
