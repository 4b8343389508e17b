/**
 * The machine's bridge to the eligibility rules (src/eligibilite): the claim as it stands in the context,
 * the verdict on a judicial procedure, and the prescription deadline.
 *
 * - Procedures: procédure simplifiée (CPCE L125-1, R125-1), injonction de payer (CPC 1405 ff.),
 *   référé-provision (CPC 835 al. 2 / 873 al. 2), assignation au fond (exigible claim). A verdict that
 *   cannot be computed (e.g. a date the legal tables do not cover) counts as ineligible.
 * - Prescription: 5 years (C. com. L110-4, C. civ. 2224), 2 years professional vs consumer (C. conso.
 *   L218-2), 10 years on a judgment-type titre exécutoire (CPCE L111-4), from the delivery or end of the
 *   service (`dateExecution`; the invoice date when it is missing, with an avertissement); interrupted by
 *   acknowledgement (a payment, a plan, C. civ. 2240), court action (2241; its effect lasts until the end of
 *   the instance, 2242), enforcement (2244); a mise en demeure interrupts nothing; suspended by a mediation
 *   or a conciliation (2238: it restarts at its end for what remained, and for at least six months). While
 *   one is open, the deadline is computed as if it ended on the machine's date — a minimum, so the claim is
 *   never declared prescribed during a mediation (but for the 20-year long-stop, 2232). Whether 2238 also
 *   suspends the ten years of a titre exécutoire is UNCONFIRMED: not applied (the earlier date), with an
 *   avertissement.
 */
import {
  calculerPrescription,
  eligibiliteInjonctionDePayer,
  eligibiliteProcedureSimplifiee,
  eligibiliteRefereProvision,
  verifierCreance,
} from '../eligibilite/index.js';
import type { Creance } from '../entites/creance.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { RecouvrementError } from '../socle/erreurs.js';
import { formaterEuros } from '../socle/euros.js';
import type { ContexteRecouvrement } from './contexte.js';
import type { ProcedureJudiciaire } from './evenements.js';
import { principalCentimes, situationDuContexte, type OptionsMachine } from './situation.js';

/**
 * The claim as it stands in the context: the principal after credit notes, every payment received, and
 * `contestee` while a dispute is open — what the eligibility functions are given. An invoice in several
 * instalments (`echeances`) keeps them, each as the claim's statement gives it after the credit notes
 * (`situationCreance(...).echeances[].principal`: reduced in due-date order, the earliest first); the
 * instalments a credit note wiped out are left out. With one instalment, `echeances` is left out (the same
 * claim, contract of `Creance.echeances`).
 *
 * @param ctx - the machine's context
 * @param options - legal tables (default: those the context names), for the statement of an invoice in instalments
 * @returns the claim, with `montantTTC` the principal after credit notes and no `avoirs`
 * @throws {RecouvrementError} `BAREME_MANQUANT` when the context names tables this process has not seen (instalments only)
 *
 * @example
 * ```ts
 * import { creanceCourante, machineRecouvrement } from 'recouvrement/machine';
 * import { createActor } from 'xstate';
 * const acteur = createActor(machineRecouvrement, {
 *   input: {
 *     creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *       dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *     debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   },
 * }).start();
 * // 1 200 € invoice, a 200 € credit note and a dispute open
 * acteur.send({ type: 'AVOIR_EMIS', date: '2025-03-01', montant: '200.00' });
 * acteur.send({ type: 'LITIGE_OUVERT', date: '2025-03-02', motif: 'quantités livrées' });
 * const c = creanceCourante(acteur.getSnapshot().context);
 * c.montantTTC; //=> '1000.00'
 * c.contestee; //=> true
 * ```
 */
export function creanceCourante(ctx: ContexteRecouvrement, options: OptionsMachine = {}): Creance {
  // The credit notes are already deducted from montantTTC: the copy carries none (never counted twice).
  const { avoirs: _deduits, echeances, ...creance } = ctx.creance;
  const principal = principalCentimes(ctx);
  // Instalments: as the statement reduces them by the credit notes (their sum is then the principal).
  const restantes =
    echeances === undefined || echeances.length <= 1 || principal === 0
      ? []
      : situationDuContexte(ctx, ctx.dateCourante, options).echeances.filter((e) => e.principal !== '0.00').map((e) => ({ date: e.date, montant: e.principal }));
  return {
    ...creance,
    ...(restantes.length > 1 ? { echeances: restantes } : {}),
    montantTTC: formaterEuros(principal),
    paiements: [...ctx.creance.paiements, ...ctx.paiements],
    contestee: ctx.creance.contestee || ctx.litige !== null,
  };
}

/** The verdict on engaging a judicial procedure. */
export interface VerdictProcedure {
  readonly procedure: ProcedureJudiciaire;
  readonly eligible: boolean;
  readonly motifs: readonly string[];
}

/**
 * Whether `procedure` can be engaged on the claim at `date`, with the reasons (the eligibility functions'
 * motifs).
 *
 * @example
 * ```ts
 * import { machineRecouvrement, verdictProcedure } from 'recouvrement/machine';
 * import { createActor } from 'xstate';
 * const acteur = createActor(machineRecouvrement, {
 *   input: {
 *     creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *       dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *     debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   },
 * }).start();
 * acteur.send({ type: 'JOUR', date: '2025-06-01' });
 * verdictProcedure(acteur.getSnapshot().context, 'procedure-simplifiee', '2025-06-01').eligible; //=> true
 * ```
 */
export function verdictProcedure(ctx: ContexteRecouvrement, procedure: ProcedureJudiciaire, date: DateISO, options: OptionsMachine = {}): VerdictProcedure {
  const creance = creanceCourante(ctx, options);
  const opts = options.baremes === undefined ? undefined : { baremes: options.baremes };
  try {
    switch (procedure) {
      case 'procedure-simplifiee': {
        // The debtor decides the accessories and refuses a public buyer (C. commande publique L6).
        const r = eligibiliteProcedureSimplifiee(creance, date, {
          ...opts,
          debiteur: ctx.debiteur,
          ...(ctx.miseEnDemeure !== null ? { dateMiseEnDemeure: ctx.miseEnDemeure.date } : {}),
        });
        return { procedure, eligible: r.eligible, motifs: r.motifs };
      }
      case 'injonction-de-payer': {
        const r = eligibiliteInjonctionDePayer(creance, ctx.debiteur, date);
        return { procedure, eligible: r.eligible, motifs: r.motifs };
      }
      case 'refere-provision': {
        const r = eligibiliteRefereProvision(creance, ctx.debiteur, date);
        return { procedure, eligible: r.eligible, motifs: r.motifs };
      }
      case 'assignation-au-fond': {
        const r = verifierCreance(creance, date);
        const publique = ctx.debiteur.type === 'personne-publique';
        const motif = r.exigible
          ? publique
            ? "✓ Créance exigible : recours en paiement au fond devant le tribunal administratif (contrat administratif, C. commande publique L6)."
            : "✓ Créance exigible : l'action en paiement au fond peut être engagée."
          : "✗ Créance non exigible : pas d'action en paiement avant l'échéance.";
        return { procedure, eligible: r.exigible, motifs: [motif, ...r.motifs] };
      }
    }
  } catch (e) {
    if (!(e instanceof RecouvrementError)) throw e;
    return { procedure, eligible: false, motifs: [`✗ Éligibilité non déterminable : ${e.message}`] };
  }
}

/** The prescription deadline of the claim in its current state. */
export interface PrescriptionCourante {
  /** The last day the creditor can still act. */
  readonly dateLimite: DateISO;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
}

/**
 * The prescription deadline: the claim's own (nature, start, interruptions), or the titre exécutoire's
 * (CPCE L111-4) once a judgment-type title exists. A title issued by the commissaire de justice in the
 * procédure simplifiée keeps the claim's prescription (PARTIAL in the legal reference).
 *
 * @example
 * ```ts
 * import { machineRecouvrement, prescriptionCourante } from 'recouvrement/machine';
 * import { createActor } from 'xstate';
 * const acteur = createActor(machineRecouvrement, {
 *   input: {
 *     creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *       dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *     debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   },
 * }).start();
 * // no dateExecution: 5 years (C. com. L110-4) counted from the invoice date
 * prescriptionCourante(acteur.getSnapshot().context).dateLimite; //=> '2030-01-15'
 * ```
 */
export function prescriptionCourante(ctx: ContexteRecouvrement): PrescriptionCourante {
  // Memoised: the machine checks it after every event. A context is immutable (every change makes new
  // objects), so the deadline is the same while the parts it reads are the same objects — the claim, the
  // debtor, the title, the measures, the mediation, the prescription events — and, during a mediation only,
  // the same date (the suspension runs to the machine's date).
  const p = ctx?.prescription;
  if (!Array.isArray(p)) return calculerPrescriptionCourante(ctx);
  const date = ctx.mediation === null ? '' : ctx.dateCourante;
  const m = prescriptions.get(p);
  if (m !== undefined && m.creance === ctx.creance && m.debiteur === ctx.debiteur && m.titre === ctx.titre && m.mesures === ctx.mesures && m.mediation === ctx.mediation && m.date === date) {
    return m.r;
  }
  const r = calculerPrescriptionCourante(ctx);
  Object.freeze(r.references);
  Object.freeze(r.avertissements);
  Object.freeze(r);
  prescriptions.set(p, { creance: ctx.creance, debiteur: ctx.debiteur, titre: ctx.titre, mesures: ctx.mesures, mediation: ctx.mediation, date, r });
  return r;
}

const prescriptions = new WeakMap<
  readonly unknown[],
  Pick<ContexteRecouvrement, 'creance' | 'debiteur' | 'titre' | 'mesures' | 'mediation'> & { date: string; r: PrescriptionCourante }
>();

/** Two years are at least 730 days (24 months from 29 February end on 28 February, 730 days later). */
const DEUX_ANS_AU_MOINS = 730;

/**
 * Internal (issue 12, item 6): the claim cannot be prescribed yet at the machine's date — known without
 * computing the deadline, which the `prescriptionAcquise` guard asks for after every event. Without a title,
 * the deadline `calculerPrescription` gives is never before the start plus the shortest delay it applies, two
 * years (C. conso. L218-2; five under C. com. L110-4 and C. civ. 2224): an interruption only opens a new
 * delay from a later day (C. civ. 2231), a suspension only pushes the end later (2238), and the long-stop of
 * twenty years (2232) is later still. Up to 730 days after the start the answer is therefore "not prescribed",
 * whatever the events; after that, or with a title, the deadline is computed. A property test
 * (performance.proprietes.test.ts) checks this bound against `prescriptionCourante`.
 */
export function prescriptionImpossible(ctx: ContexteRecouvrement): boolean {
  if (ctx.titre !== null) return false;
  return lireDate(ctx.dateCourante) <= lireDate(departPrescription(ctx)) + DEUX_ANS_AU_MOINS;
}

/** The start of the claim's own prescription: the delivery or the end of the service, else the invoice date. */
function departPrescription(ctx: ContexteRecouvrement): DateISO {
  return ctx.creance.dateExecution ?? ctx.creance.dateFacture;
}

function calculerPrescriptionCourante(ctx: ContexteRecouvrement): PrescriptionCourante {
  const avertissements: string[] = [];
  const titre = ctx.titre;
  if (titre !== null && titre.origine !== 'procedure-simplifiee') {
    const r = calculerPrescription({
      nature: 'titre-executoire',
      dateDepart: titre.date,
      evenements: ctx.mesures.filter((m) => m.date >= titre.date).map((m) => ({ type: 'mesure-execution' as const, date: m.date })),
    });
    // Whether 2238 suspends the L111-4 delay is not in the legal reference: not applied (the earlier date).
    if (ctx.mediation !== null) avertissements.push('Médiation en cours : suspension du délai d’exécution du titre (C. civ. 2238) NON CONFIRMÉE, non appliquée.');
    return { dateLimite: r.dateLimite, references: r.references, avertissements: [...avertissements, ...r.avertissements] };
  }
  if (ctx.creance.dateExecution === undefined) {
    avertissements.push(
      "Date d'exécution inconnue : prescription comptée depuis la facture, peut-être après le vrai point de départ (Cass. com. 26 févr. 2020, n° 18-25.036).",
    );
  }
  if (titre !== null) avertissements.push('Titre de la procédure simplifiée : prescription de la créance conservée (PARTIEL).');
  // With a consumer claim on a debtor who is not a natural-person consumer, calculerPrescription applies 5 years.
  const r = calculerPrescription({
    nature: ctx.creance.nature,
    dateDepart: departPrescription(ctx),
    evenements: ctx.prescription,
    typeDebiteur: ctx.debiteur.type,
    dateCalcul: ctx.dateCourante,
  });
  return { dateLimite: r.dateLimite, references: r.references, avertissements: [...avertissements, ...r.avertissements] };
}
