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
 * 3. Penalties and interest run on the principal left unpaid, day by day, through the public calculators,
 *    per instalment (`echeances`; one without) from its own due date (L441-10 II), except on the days of
 *    `options.periodesSansAccessoires`. The 40 € is owed once per invoice iff at least one day of delay ran on
 *    a positive balance after an instalment's due date (D441-5: "dès le premier jour de retard"), read at the
 *    first such instalment.
 * 4. Collective proceedings (C. com. L622-28): penalties and interest stop the day before the opening
 *    judgment; the 40 € is excluded when the claim falls due on or after the judgment (L441-10 II, last
 *    sentence; legal reference, Errata 5).
 * 5. Payments, in date order: C. civ. 1343-1 (accessories accrued at the payment's date, then principal) or
 *    principal first; the principal part on the instalments in C. civ. 1342-10 order (due-date order); what
 *    nothing absorbs is a trop-perçu. Reversals (`annulation`, known by the statement's date; the library's
 *    reading, UNCONFIRMED): a rejected direct debit or a bounced cheque is left out (never a payment, C. civ.
 *    1342); a refund undoes, at the end of its day, what the payment had paid.
 * 6. Tables that end (`options.siBaremeManquant`): `'erreur'` lets `BAREME_MANQUANT` through; `'minimum'`
 *    (default here; `releveDeCompte` and the letters pass `'erreur'`) computes penalties and interest up to the last day the tables cover (found with the
 *    calculators themselves: a computation that succeeds up to day d succeeds up to any earlier day), keeps
 *    the 40 € (it reads no rate), imputes payments on those minimum accessories, and says so
 *    (`accessoiresConnus: false`, `calculeJusquau`, an avertissement). The total due never goes down with time.
 */
import { interetsHorsPauses } from '../../calculs/interets/calculerInteretsLegaux.js';
import { indemniteForfaitaire } from '../../calculs/indemnite/indemniteForfaitaire.js';
import { penalitesHorsPauses, type ModeTauxPenalites } from '../../calculs/penalites/calculerPenalitesRetard.js';
import { fusionnerPauses, type Pauses } from '../../calculs/moteur/cumul.js';
import type { PeriodeAccrual, ResultatAccrual } from '../../calculs/moteur/resultat.js';
import type { Creance } from '../../entites/creance.js';
import type { Debiteur } from '../../entites/debiteur.js';
import { formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { dateFr } from '../../socle/formatFr.js';
import { CODES_ERREUR, RecouvrementError } from '../../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { clausePenaleDe } from './clausePenale.js';
import { formaterEurosFr } from '../../socle/formaterEurosFr.js';
import type { AccessoireSituation, EcheanceSituation, ImputationPaiementSituation, OptionsSituation, PaiementAnnuleSituation, SituationCreance } from '../types.js';

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

export const C1342_10 = 'C. civ. art. 1342-10';
export const AVERTISSEMENT_ECHEANCES =
  'Facture à échéances multiples : pénalités et intérêts courent sur chaque échéance depuis sa propre date ; les paiements s’imputent sur les accessoires de la facture (C. civ. 1343-1), puis sur le principal des échéances échues, la plus ancienne d’abord, puis des échéances à échoir (C. civ. 1342-10 ; application aux échéances d’une même facture : NON CONFIRMÉ) ; une seule indemnité forfaitaire par facture (C. com. D441-5).';

interface Paiement {
  readonly jour: number;
  readonly centimes: number;
  readonly reference: string | null;
  /** A refund known at the statement's date (`annulation.motif: 'remboursement'`): its day; otherwise null. */
  readonly rembourse: number | null;
}

/**
 * A line of principal that accrues: an instalment (`origine`), or sums of an instalment that a refund made
 * due again (they accrue from the day after the refund, or after the instalment's due date if later).
 */
interface LignePrincipal {
  /** Index of its instalment. */
  readonly tranche: number;
  /** The last day before it accrues (epoch day): its due date, or the refund's day. */
  readonly echeance: number;
  readonly montant: number;
  restant: number;
  /** Parts of the payments imputed on it: the base of its penalties and interest. */
  readonly surPrincipal: { date: DateISO; montant: string }[];
  readonly origine: boolean;
}

/** A refund waiting for its day: what the refunded payment had paid, to undo. */
interface Remboursement {
  readonly jour: number;
  readonly centimes: number;
  readonly parts: Parts;
  readonly surLignes: readonly (readonly [LignePrincipal, number])[];
  readonly reste: number;
}

/** Number of distinct days the periods cover (periods of several lines overlap). */
function joursDistincts(periodes: readonly PeriodeAccrual[]): number {
  const iv = periodes.map((p) => [lireDate(p.du), lireDate(p.au)] as const).sort((x, y) => x[0] - y[0]);
  let n = 0;
  let fin = Number.NEGATIVE_INFINITY;
  for (const [du, au] of iv) {
    if (au > fin) {
      n += au - Math.max(du, fin + 1) + 1;
      fin = au;
    }
  }
  return n;
}

/**
 * The accruals of several lines as one result: amounts summed, periods in line order, days counted once,
 * warnings and articles merged. One result is returned as it is.
 */
function fusionner(rs: readonly ResultatAccrual[]): ResultatAccrual | null {
  if (rs.length <= 1) return rs[0] ?? null;
  let total = 0;
  const periodes: PeriodeAccrual[] = [];
  const avertissements = new Set<string>();
  const references = new Set<string>();
  for (const r of rs) {
    total += lireEuros(r.montant);
    for (const x of r.periodes) periodes.push(x);
    for (const x of r.avertissements) avertissements.add(x);
    for (const x of r.references) references.add(x);
  }
  return { montant: formaterEuros(total), joursDeRetard: joursDistincts(periodes), periodes, avertissements: [...avertissements], references: [...references] };
}

interface Parts {
  interets: number;
  penalites: number;
  indemnite: number;
}

interface Accessoires extends Parts {
  pen: ResultatAccrual | null;
  int: ResultatAccrual | null;
  /** What accrued on each line of principal (in the lines' order; empty when nothing was computed). */
  lignes: { pen: ResultatAccrual | null; int: ResultatAccrual | null }[];
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
  // The instalments (one without `echeances`). Credit notes reduce them in due-date order, the earliest first
  // (they correct the invoice from the start, as a payment made then would have been imputed, C. civ. 1342-10:
  // a reading, docs/situation.md).
  const tranches = (creance.echeances ?? [{ date: creance.dateEcheance, montant: creance.montantTTC }]).map((e) => ({ date: e.date, jour: lireDate(e.date), montant: lireEuros(e.montant) }));
  const premiere = tranches[0]!.jour;
  let aReduire = avoirs;
  const lignes: LignePrincipal[] = tranches.map((t, i) => {
    const x = Math.min(aReduire, t.montant);
    aReduire -= x;
    return { tranche: i, echeance: t.jour, montant: t.montant - x, restant: t.montant - x, surPrincipal: [], origine: true };
  });
  // Days without accrual (`periodesSansAccessoires`): neither penalties nor interest run on them.
  const pauses: Pauses = options.periodesSansAccessoires === undefined ? [] : fusionnerPauses(
    options.periodesSansAccessoires.map((p, i) => ({ du: lireDate(p.du, ['options', 'periodesSansAccessoires', i, 'du']), au: lireDate(p.au, ['options', 'periodesSansAccessoires', i, 'au']) })),
  );

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

  // Payments dated on or before `date`. A reversal known by then (`annulation`, the library's reading,
  // UNCONFIRMED): a rejected direct debit or a bounced cheque never discharged anything (C. civ. 1342) and is
  // left out, from its own date; a refund counts until its day (see the payments loop).
  const annules: PaiementAnnuleSituation[] = [];
  const paiements: Paiement[] = [];
  for (const p of creance.paiements) {
    const j = lireDate(p.date);
    if (j > jour) continue;
    const an = p.annulation;
    const r = an === undefined ? Number.POSITIVE_INFINITY : lireDate(an.date);
    if (an !== undefined && r <= jour) {
      annules.push({ date: p.date, montant: formaterEuros(lireEuros(p.montant)), reference: p.reference ?? null, annulation: { date: an.date, motif: an.motif } });
      if (an.motif !== 'remboursement') continue;
    }
    paiements.push({ jour: j, centimes: lireEuros(p.montant), reference: p.reference ?? null, rembourse: an?.motif === 'remboursement' && r <= jour ? r : null });
  }
  paiements.sort((a, b) => a.jour - b.jour);
  annules.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  /** `siBaremeManquant`: `'minimum'` unless `'erreur'` is asked for (releveDeCompte and the letters ask for it). */
  const minimum = options.siBaremeManquant !== 'erreur';
  /** Under `'minimum'`: the days where the tables ran out, and the last day computed instead (the smallest). */
  let manquant: { erreur: RecouvrementError; jusquau: number } | null = null;
  const estManquant = (e: unknown): e is RecouvrementError => e instanceof RecouvrementError && e.code === CODES_ERREUR.BAREME_MANQUANT;
  /** The first day penalties or interest could accrue: before it, nothing accrues and no table is read. */
  const debutAccrual = regime === 'b2c' ? (med === null ? Number.POSITIVE_INFINITY : Math.max(med, premiere + 1)) : premiere + 1;

  /**
   * Penalties and interest accrued up to day `fin` (inclusive) on the principal as reduced by `surPrincipal`.
   * @throws {RecouvrementError} `BAREME_MANQUANT` when the tables do not cover a day
   */
  const courus = (fin: number, a: Accessoires): void => {
    const pens: ResultatAccrual[] = [];
    const ints: ResultatAccrual[] = [];
    a.lignes = lignes.map((l) => {
      let pen: ResultatAccrual | null = null;
      let int: ResultatAccrual | null = null;
      // Each line from its own due date (L441-10 II: penalties run from the day after the due date).
      if (l.montant > 0 && reclamePenalites && taux !== null) {
        pen = penalitesHorsPauses(
          { montant: formaterEuros(l.montant), dateEcheance: formaterDate(l.echeance), dateCalcul: formaterDate(Math.max(fin, l.echeance)), paiements: l.surPrincipal, taux, dateFacture: creance.dateFacture, ...(creance.dateContrat !== undefined ? { dateContrat: creance.dateContrat } : {}) },
          calcul,
          pauses,
        );
        pens.push(pen);
      }
      // Legal interest from the mise en demeure (C. civ. 1231-6, 1344-1), on a sum already due: from the day
      // after the line's due date at the earliest.
      const debut = med === null ? Number.POSITIVE_INFINITY : Math.max(med, l.echeance + 1);
      if (l.montant > 0 && reclameInterets && debut <= fin) {
        int = interetsHorsPauses(
          {
            montant: formaterEuros(l.montant),
            dateDebut: formaterDate(debut),
            dateFin: formaterDate(fin),
            categorie: options.creancierParticulier === true ? 'creancier-particulier' : 'autres-cas',
            paiements: l.surPrincipal,
            ...(options.dateDecisionExecutoire !== undefined ? { dateDecisionExecutoire: options.dateDecisionExecutoire } : {}),
          },
          calcul,
          pauses,
        );
        ints.push(int);
      }
      return { pen, int };
    });
    a.pen = fusionner(pens);
    a.int = fusionner(ints);
    a.penalites = a.pen === null ? 0 : lireEuros(a.pen.montant);
    a.interets = a.int === null ? 0 : lireEuros(a.int.montant);
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
      a.lignes = [];
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
    const a: Accessoires = { interets: 0, penalites: 0, indemnite: 0, pen: null, int: null, lignes: [], indMotif: '', indReferences: [], indAvertissements: [] };
    // L622-28: the opening judgment stops penalties and interest; the last day accruing is the day before.
    const fin = jugement === null ? j : Math.min(j, jugement - 1);
    courusConnus(fin, a);
    if (regime === 'b2c') {
      a.indMotif = 'Aucune indemnité forfaitaire envers un consommateur ou un non-professionnel : elle ne vise que le professionnel en retard de paiement (C. com. L441-10 II ; CPCE L111-8).';
    } else if (!reclameIndemnite) {
      a.indMotif = 'Indemnité forfaitaire non réclamée par le créancier.';
    } else if (j <= premiere) {
      a.indMotif = 'Pas encore de retard : l’indemnité est due dès le premier jour de retard (C. com. D441-5).';
    } else {
      // Once per invoice (D441-5), from the first day of delay: of the line (instalment, or sums a refund made
      // due again) whose balance was positive the day after its due date, the earliest.
      let tardive: LignePrincipal | null = null;
      for (const l of lignes) {
        if (l.echeance >= j || (tardive !== null && l.echeance >= tardive.echeance)) continue;
        const limite = formaterDate(l.echeance);
        const payeALEcheance = l.surPrincipal.reduce((s, p) => (p.date <= limite ? s + lireEuros(p.montant) : s), 0);
        if (l.montant - payeALEcheance > 0) tardive = l;
      }
      if (tardive === null) {
        a.indMotif = 'Aucun jour de retard sur un solde positif après l’échéance : indemnité non due (C. com. L441-10 II, D441-5).';
      } else {
        // The 40 € reads no rate, only its amount in force at the due date: it is kept when the rates run out.
        try {
          const r = indemniteForfaitaire(
          {
            regime,
            dateEcheance: formaterDate(tardive.echeance),
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
  let surLePrincipal = 0;
  let rembourse = 0;
  /**
   * The principal part of a payment, on the lines in order (C. civ. 1342-10, the debtor having designated
   * nothing: the instalments due first, the oldest first, then those not yet due, the earliest first — for
   * instalments of one invoice, their due-date order; the sums a refund made due again stay with their
   * instalment). Returns what is left.
   */
  const surPrincipal = (jourPaiement: number, reste: number, surLignes: (readonly [LignePrincipal, number])[]): number => {
    const date = formaterDate(jourPaiement);
    for (const l of lignes) {
      if (reste === 0) break;
      const x = Math.min(l.restant, reste);
      if (x === 0) continue;
      l.restant -= x;
      l.surPrincipal.push({ date, montant: formaterEuros(x) });
      surLignes.push([l, x]);
      restant -= x;
      reste -= x;
    }
    return reste;
  };
  /** Refunds waiting for their day, by day. */
  const remboursements: Remboursement[] = [];
  /**
   * A refund takes effect at the end of its day (the refunded payment counted up to it): what the payment
   * had paid is due again — its accessories parts unpaid again, its principal parts as new lines accruing
   * from the next day (C. com. L441-10 II; the library's reading, UNCONFIRMED).
   */
  const rembourser = (avant: number): void => {
    while (remboursements.length > 0 && remboursements[0]!.jour < avant) {
      const r = remboursements.shift()!;
      for (const k of ORDRE) paye[k] -= r.parts[k];
      for (const [l, x] of r.surLignes) {
        let i = lignes.length;
        while (i > 0 && lignes[i - 1]!.tranche > l.tranche) i--;
        lignes.splice(i, 0, { tranche: l.tranche, echeance: Math.max(r.jour, tranches[l.tranche]!.jour), montant: x, restant: x, surPrincipal: [], origine: false });
        restant += x;
      }
      nonImpute -= r.reste;
      rembourse += r.centimes;
    }
  };
  for (const p of paiements) {
    rembourser(p.jour);
    const parts: Parts = { interets: 0, penalites: 0, indemnite: 0 };
    let reste = p.centimes;
    if (legale) reste = surAccessoires(p.jour, reste, parts);
    const surLignes: (readonly [LignePrincipal, number])[] = [];
    const avant = reste;
    reste = surPrincipal(p.jour, reste, surLignes);
    const part = avant - reste;
    surLePrincipal += part;
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
      ...(p.rembourse === null ? {} : { annulation: { date: formaterDate(p.rembourse), motif: 'remboursement' as const } }),
    });
    if (p.rembourse !== null) {
      const r: Remboursement = { jour: p.rembourse, centimes: p.centimes, parts, surLignes, reste };
      let i = remboursements.length;
      while (i > 0 && remboursements[i - 1]!.jour > r.jour) i--;
      remboursements.splice(i, 0, r);
    }
  }
  rembourser(Number.POSITIVE_INFINITY);
  for (const x of annules) {
    const quand = `Paiement du ${dateFr(x.date)} de ${formaterEurosFr(x.montant)}`;
    avertissements.add(
      x.annulation.motif === 'remboursement'
        ? `${quand} remboursé le ${dateFr(x.annulation.date)} : compté jusqu’à ce jour ; les sommes qu’il avait payées sont de nouveau dues depuis, le principal porte de nouveau pénalités ou intérêts (lecture de la bibliothèque, NON CONFIRMÉE).`
        : `${quand} annulé le ${dateFr(x.annulation.date)} (${x.annulation.motif === 'rejet-prelevement' ? 'prélèvement rejeté' : 'chèque impayé'}) : tenu pour jamais fait, depuis sa date — les fonds n’ont jamais été acquis au créancier (C. civ. 1342 ; lecture de la bibliothèque, NON CONFIRMÉE).`,
    );
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
  if (tranches.length > 1) {
    refsImputation.push(C1342_10);
    references.add(C1342_10);
    avertissements.add(AVERTISSEMENT_ECHEANCES);
  }
  if (legale && imputeAccessoires > 0) {
    references.add(C1343_1);
    avertissements.add(AVERTISSEMENT_1343_1);
  }
  if (!legale && !abandonne && surLePrincipal > 0) {
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
  // Each instalment: its principal (its own line and the sums a refund made due again) and what accrued on it.
  const echeances: EcheanceSituation[] = tranches.map((t, i) => {
    let principalTranche = 0;
    let du = 0;
    let pen = 0;
    let int = 0;
    const periodes: PeriodeAccrual[] = [];
    lignes.forEach((l, k) => {
      if (l.tranche !== i) return;
      if (l.origine) principalTranche = l.montant;
      du += l.restant;
      const r = a.lignes[k];
      if (r === undefined) return;
      if (r.pen !== null) pen += lireEuros(r.pen.montant);
      if (r.int !== null) int += lireEuros(r.int.montant);
      const acc = regime === 'b2c' ? r.int : r.pen;
      if (acc !== null) for (const x of acc.periodes) periodes.push(x);
    });
    return {
      date: t.date,
      montant: formaterEuros(t.montant),
      principal: formaterEuros(principalTranche),
      principalPaye: formaterEuros(principalTranche - du),
      principalDu: formaterEuros(du),
      echue: jour >= t.jour,
      enRetard: jour > t.jour,
      penalites: formaterEuros(pen),
      interets: formaterEuros(int),
      joursDeRetard: joursDistincts(periodes),
      periodes,
    };
  });
  if (tropPercu > 0) avertissements.add(`Trop-perçu de ${formaterEuros(tropPercu)} € : les paiements dépassent tout ce qui est dû.`);
  return {
    creanceId: creance.id,
    numeroFacture: creance.numeroFacture,
    date: formaterDate(jour),
    dateEcheance: creance.dateEcheance,
    echue: jour >= premiere,
    enRetard: jour > premiere,
    echeances,
    montantTTC: formaterEuros(ttc),
    avoirs: formaterEuros(avoirs),
    principal: formaterEuros(principal),
    paye: formaterEuros(paiements.reduce((s, p) => s + p.centimes, 0) - rembourse),
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
    paiementsAnnules: annules,
    accessoiresConnus: connus || abandonne,
    calculeJusquau: formaterDate(abandonne ? jour : calculeJusquau),
    accessoiresAbandonnes: abandonne,
    avertissements: [...avertissements],
    references: [...references],
    // The clause pénale (C. civ. 1231-5): beside the statement, never in it (clausePenale.ts).
    ...(creance.clausePenale === undefined ? {} : { clausePenale: clausePenaleDe(creance, debiteur, jour, restant + accessoiresDus, options, calculerSituation) }),
  };
}
