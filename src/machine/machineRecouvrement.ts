/**
 * The recovery lifecycle of one claim, as an XState v5 machine.
 *
 * Phases: `amiable` (before the due date, reminders following a scenario, mise en demeure — C. civ. 1344 —
 * and escalation), `negociation` (a payment plan), `litige` (a dispute: reminders paused, prescription
 * running), `judiciaire` (one sub-machine per procedure with its legal deadlines: injonction de payer
 * CPC 1405-1416, procédure simplifiée CPCE L125-1, référé-provision CPC 835/873, assignation au fond),
 * `execution` (titre exécutoire, CPCE L111-4), `procedureCollective` (C. com. L622-21, L622-24, R622-24,
 * L622-26, L622-28), and the final states `soldee`, `irrecouvrable`, `prescrite`, `annulee`.
 *
 * Time passes only through `{ type: 'JOUR', date }`: deadlines live in the context as `DateISO` and are
 * checked by eventless (`always`) transitions against the latest date seen. No `after` timers, so a
 * persisted snapshot carries everything.
 *
 * Guards and actions are named in `setup()`; the configuration only refers to names. A malformed event is
 * ignored (every transition is guarded by the event's schema); use `lireEvenement` at the boundary to get
 * the reason.
 */
import { analyser } from './champs.js';
import { assign, setup } from 'xstate';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import {
  contexteInitial,
  type ContexteRecouvrement,
  type EntreeDossier,
  type EntreeMachine,
  type Json,
  type ProcedureCollectiveEnCours,
  type ProcedureEnCours,
} from './contexte.js';
import {
  dateLimiteDeclarationCreance,
  dateLimiteOpposition,
  dateLimiteProcedureSimplifiee,
  dateLimiteReleveForclusion,
  dateLimiteSignificationInjonction,
  finDeDelaiPrudente,
} from './delais.js';
import { evenementSchema, type EvenementRecouvrement, type EvenementRecouvrementEntree, type ProcedureJudiciaire } from './evenements.js';
import { prescriptionCourante, verdictProcedure } from './regles.js';
import { plusRienDu, situationFinanciere, suiviEcheancier, type OptionsMachine } from './situation.js';
import { etapesFaites, prochaineEtapeRelance } from './etapes.js';

type Evt<T extends EvenementRecouvrement['type']> = Extract<EvenementRecouvrement, { type: T }>;

/** Parses an event (`null` when malformed). */
function lire(e: unknown): EvenementRecouvrement | null {
  const r = analyser(evenementSchema, e);
  return r.success ? r.data : null;
}

function lireType<T extends EvenementRecouvrement['type']>(e: unknown, type: T): Evt<T> | null {
  const r = lire(e);
  return r !== null && r.type === type ? (r as Evt<T>) : null;
}

const max = (a: DateISO, b: DateISO): DateISO => (a >= b ? a : b);

/** The dossier entry of an event: its date, type and every other field. */
function entree(e: EvenementRecouvrement): EntreeDossier {
  const { type, date, ...reste } = e;
  return { date, type, donnees: JSON.parse(JSON.stringify(reste)) as { [k: string]: Json } };
}

function procedureVide(type: ProcedureJudiciaire, date: DateISO): ProcedureEnCours {
  return {
    type,
    dateEngagement: date,
    dateOrdonnance: null,
    dateLimiteSignification: null,
    dateSignification: null,
    signifieeAPersonne: null,
    dateLimiteOpposition: null,
    dateOpposition: null,
    dateLimiteAccord: null,
    dateDecision: null,
    favorable: null,
  };
}

/** Collective proceedings opened by a judgment published at `dateBodacc` (C. com. R622-24, L622-26). */
function procedureCollective(
  ctx: ContexteRecouvrement,
  procedure: ProcedureCollectiveEnCours['procedure'],
  dateJugement: DateISO,
  dateBodacc: DateISO,
): ProcedureCollectiveEnCours {
  return {
    procedure,
    dateJugement,
    dateBodacc,
    dateLimiteDeclaration: dateLimiteDeclarationCreance(dateBodacc, ctx.creancierHorsMetropole),
    dateLimiteReleve: dateLimiteReleveForclusion(dateBodacc),
    dateDeclaration: null,
    montantDeclare: null,
    dateForclusion: null,
    dateReleve: null,
  };
}

/** Whether the machine's date is strictly after `limite`. */
const apres = (ctx: ContexteRecouvrement, limite: DateISO | null | undefined): boolean => limite != null && ctx.dateCourante > limite;

/** Whether the machine's date has reached `depuis` (inclusive). */
const atteint = (ctx: ContexteRecouvrement, depuis: DateISO | null | undefined): boolean => depuis != null && ctx.dateCourante >= depuis;

/** The dispute opened by a `LITIGE_OUVERT` event, and where it returns once resolved. */
function litige(event: unknown, retour: 'amiable' | 'negociation'): ContexteRecouvrement['litige'] {
  const e = lireType(event, 'LITIGE_OUVERT')!;
  return { date: e.date, motif: e.motif, retour };
}

/** A dossier entry for a deadline outcome or a closure. */
const note = (ctx: ContexteRecouvrement, type: string, donnees: { [k: string]: Json } = {}): readonly EntreeDossier[] => [
  ...ctx.dossier,
  { date: ctx.dateCourante, type, donnees },
];

// Transitions shared by several states (one object each, so the configuration stays readable and small).
const valide = 'evenementValide' as const;
/** Facts accepted in every non-final phase: payments, credit notes, the waiver, statuses, the end of a mediation, the write-off. */
const FAITS = {
  PAIEMENT_RECU: { guard: valide, actions: ['enregistrer', 'noterPaiement'] },
  AVOIR_EMIS: { guard: valide, actions: ['enregistrer', 'noterAvoir'] },
  ACCESSOIRES_ABANDONNES: { guard: valide, actions: ['abandonnerAccessoires', 'enregistrer'] },
  STATUT_FACTURE: { guard: valide, actions: 'enregistrer' },
  MEDIATION_FIN: { guard: 'mediationEnCours', actions: ['enregistrer', 'terminerMediation'] },
  PASSAGE_EN_PERTE: { guard: valide, target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
} as const;
/** Every phase before collective proceedings: an acknowledgement (C. civ. 2240), the opening judgment. */
const AVANT_PROCEDURE_COLLECTIVE = {
  RECONNAISSANCE_DETTE: { guard: valide, actions: ['enregistrer', 'noterReconnaissance'] },
  PROCEDURE_COLLECTIVE_OUVERTE: { guard: valide, target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
} as const;
/** The amicable phases (`amiable`, `negociation`): reminders and mediation. */
const AMIABLE = {
  RELANCE_ENVOYEE: { guard: valide, actions: ['noterRelance', 'enregistrer'] },
  MEDIATION_DEBUT: { guard: 'mediationPossible', actions: ['enregistrer', 'commencerMediation'] },
} as const;
const SOLDE = { guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' } as const;
const PRESCRIPTION = { guard: 'prescriptionAcquise', target: 'prescrite', actions: 'noterPrescription' } as const;
const PRESCRIPTION_ETAPE = { ...PRESCRIPTION, target: '#recouvrement.prescrite' } as const;
const ESCALADE = '#recouvrement.amiable.escalade';
const EXECUTION = '#recouvrement.execution';
const ANNULATION = { guard: valide, target: 'annulee', actions: ['enregistrer', 'cloturer'] } as const;
const ASSIGNATION = { guard: 'assignationAuFondEligible', target: 'judiciaire.assignationAuFond', actions: ['enregistrer', 'engagerProcedure'] } as const;
const MISE_EN_DEMEURE = { guard: valide, target: 'miseEnDemeure', actions: ['noterMiseEnDemeure', 'enregistrer'] } as const;
const DECISION_FAVORABLE = { guard: 'decisionFavorable', target: EXECUTION, actions: ['enregistrer', 'noterDecision', 'obtenirTitreDecision'] } as const;
const DECISION_DEFAVORABLE = { guard: valide, target: '#recouvrement.judiciaire.rejetee', actions: ['enregistrer', 'noterDecision'] } as const;
const DECLARATION = { guard: valide, target: 'declaree', actions: ['enregistrer', 'noterDeclaration'] } as const;

/**
 * Builds the machine with options (e.g. extended legal tables). {@link machineRecouvrement} is
 * `creerMachineRecouvrement()`.
 *
 * @example
 * ```ts
 * const machine = creerMachineRecouvrement({ baremes: etendreBaremes(baremesParDefaut, ajouts) });
 * const acteur = createActor(machine, { input: { creance, debiteur } }).start();
 * ```
 */
export function creerMachineRecouvrement(options: OptionsMachine = {}) {
  const verdict = (ctx: ContexteRecouvrement, e: unknown, procedure: ProcedureJudiciaire): boolean => {
    const p = lireType(e, 'PROCEDURE_ENGAGEE');
    if (p === null || p.procedure !== procedure) return false;
    return verdictProcedure({ ...ctx, dateCourante: max(ctx.dateCourante, p.date) }, procedure, p.date, options).eligible;
  };

  return setup({
    types: {
      context: {} as ContexteRecouvrement,
      events: {} as EvenementRecouvrementEntree,
      // `| undefined` so that `createActor(machine, { snapshot })` type-checks without an input; a missing
      // input on a fresh actor is refused at runtime (ENTREE_INVALIDE).
      input: {} as EntreeMachine | undefined,
    },
    guards: {
      /** The event matches its schema. */
      evenementValide: ({ event }) => lire(event) !== null,
      /** Principal paid and accessories paid or explicitly waived. */
      plusRienDu: ({ context }) => plusRienDu(context, options),
      /** The prescription deadline has passed (C. civ. 2219 ff., CPCE L111-4). */
      prescriptionAcquise: ({ context }) => apres(context, prescriptionCourante(context).dateLimite),
      /** The due date has passed: the claim is late from the next day (C. com. L441-10 II). */
      echeanceDepassee: ({ context }) => apres(context, context.creance.dateEcheance),
      /** The debtor was already under collective proceedings (with a BODACC date) when the claim entered. */
      procedureCollectiveDansEntree: ({ context }) => context.procedureCollective === null && context.debiteur.procedureCollective?.dateBodacc !== undefined,
      delaiMiseEnDemeureExpire: ({ context }) => apres(context, context.miseEnDemeure?.dateLimite),
      /** An instalment is unpaid beyond the scenario's tolerance: the plan fails. */
      echeancierDefaillant: ({ context }) => suiviEcheancier(context)?.defaillant === true,
      /** Every instalment is paid (something else may remain due). */
      echeancierHonore: ({ context }) => suiviEcheancier(context)?.honore === true,
      /** No mediation or conciliation is open. */
      mediationPossible: ({ context, event }) => lire(event) !== null && context.mediation === null,
      /** A mediation or conciliation is open, and the event does not precede its start. */
      mediationEnCours: ({ context, event }) => {
        const e = lire(event);
        return e !== null && context.mediation !== null && e.date >= context.mediation.date;
      },
      /** Instalments are dated on or after the agreement, in strictly increasing order. */
      echeancierValide: ({ event }) => {
        const e = lireType(event, 'ECHEANCIER_ACCEPTE');
        if (e === null) return false;
        let precedente = e.date;
        for (const [i, l] of e.echeances.entries()) {
          if (i === 0 ? l.date < precedente : l.date <= precedente) return false;
          precedente = l.date;
        }
        return true;
      },
      retourNegociation: ({ context, event }) => lire(event) !== null && context.litige?.retour === 'negociation' && context.echeancier !== null,
      procedureSimplifieeEligible: ({ context, event }) => verdict(context, event, 'procedure-simplifiee'),
      injonctionDePayerEligible: ({ context, event }) => verdict(context, event, 'injonction-de-payer'),
      refereProvisionEligible: ({ context, event }) => verdict(context, event, 'refere-provision'),
      assignationAuFondEligible: ({ context, event }) => verdict(context, event, 'assignation-au-fond'),
      /** A titre exécutoire is available for enforcement. */
      titreDisponible: ({ context, event }) => lire(event) !== null && context.titre !== null,
      delaiSignificationExpire: ({ context }) => apres(context, context.procedure?.dateLimiteSignification),
      /** The opposition month is over (with the weekend margin of `finDeDelaiPrudente`). */
      delaiOppositionExpire: ({ context }) => {
        const l = context.procedure?.dateLimiteOpposition;
        return l != null && atteint(context, finDeDelaiPrudente(l));
      },
      delaiAccordExpire: ({ context }) => {
        const l = context.procedure?.dateLimiteAccord;
        return l != null && atteint(context, finDeDelaiPrudente(l));
      },
      decisionFavorable: ({ event }) => lireType(event, 'DECISION_RENDUE')?.favorable === true,
      /** Served otherwise than in person: opposition stays open (CPC 1416 al. 2). */
      oppositionEncoreRecevable: ({ context, event }) =>
        lire(event) !== null && context.procedure?.type === 'injonction-de-payer' && context.procedure.signifieeAPersonne === false && context.procedure.dateOpposition === null,
      delaiDeclarationExpire: ({ context }) => apres(context, context.procedureCollective?.dateLimiteDeclaration),
      delaiReleveExpire: ({ context }) => apres(context, context.procedureCollective?.dateLimiteReleve),
    },
    actions: {
      /** Every accepted event: the machine's date moves forward and the event joins the dossier de preuve. */
      enregistrer: assign(({ context, event }) => {
        const e = lire(event)!;
        return { dateCourante: max(context.dateCourante, e.date), dossier: [...context.dossier, entree(e)] };
      }),
      avancerDate: assign(({ context, event }) => ({ dateCourante: max(context.dateCourante, lire(event)!.date) })),
      noterPaiement: assign(({ context, event }) => {
        const e = lireType(event, 'PAIEMENT_RECU')!;
        return {
          paiements: [...context.paiements, { date: e.date, montant: e.montant }],
          // A payment acknowledges the debt (C. civ. 2240).
          prescription: [...context.prescription, { type: 'paiement-partiel' as const, date: e.date }],
        };
      }),
      noterAvoir: assign(({ context, event }) => {
        const e = lireType(event, 'AVOIR_EMIS')!;
        return { avoirs: [...context.avoirs, { date: e.date, montant: e.montant }] };
      }),
      noterReconnaissance: assign(({ context, event }) => ({
        prescription: [...context.prescription, { type: 'reconnaissance' as const, date: lire(event)!.date }],
      })),
      noterRelance: assign(({ context, event }) => {
        const e = lireType(event, 'RELANCE_ENVOYEE')!;
        const etape = e.etape ?? prochaineEtapeRelance(context, e.date)?.id ?? null;
        return { relances: [...context.relances, { date: e.date, canal: e.canal, etape }] };
      }),
      noterMiseEnDemeure: assign(({ context, event }) => {
        const e = lireType(event, 'MISE_EN_DEMEURE_ENVOYEE')!;
        const delai = e.delaiJours ?? context.scenario.delaiMiseEnDemeureJours;
        const faites = etapesFaites(context);
        const etape = context.scenario.etapes.find((s) => s.type === 'mise-en-demeure' && !faites.has(s.id))?.id ?? null;
        return {
          miseEnDemeure: { date: e.date, dateLimite: formaterDate(lireDate(e.date) + delai) },
          relances: [...context.relances, { date: e.date, canal: e.canal ?? 'lrar', etape }],
          // Recorded for the timeline: a mise en demeure interrupts nothing (Cass. com. 18 mai 2022).
          prescription: [...context.prescription, { type: 'mise-en-demeure' as const, date: e.date }],
        };
      }),
      noterMiseEnDemeureExpiree: assign(({ context }) => ({
        dossier: note(context, 'delai-mise-en-demeure-expire', { dateLimite: context.miseEnDemeure?.dateLimite ?? null }),
      })),
      ouvrirLitigeAmiable: assign(({ event }) => ({ litige: litige(event, 'amiable') })),
      ouvrirLitigeNegociation: assign(({ event }) => ({ litige: litige(event, 'negociation') })),
      /** Mediation or conciliation: prescription is suspended until its end (C. civ. 2238). */
      commencerMediation: assign(({ context, event }) => {
        const e = lireType(event, 'MEDIATION_DEBUT')!;
        return {
          mediation: { date: e.date, mode: e.mode },
          prescription: [...context.prescription, { type: `${e.mode}-debut` as const, date: e.date }],
        };
      }),
      terminerMediation: assign(({ context, event }) => ({
        mediation: null,
        prescription: [...context.prescription, { type: `${context.mediation!.mode}-fin` as const, date: lire(event)!.date }],
      })),
      fermerLitige: assign({ litige: null }),
      noterEcheancier: assign(({ context, event }) => {
        const e = lireType(event, 'ECHEANCIER_ACCEPTE')!;
        return {
          echeancier: { date: e.date, echeances: e.echeances.map((l) => ({ date: l.date, montant: l.montant })) },
          litige: null,
          // Agreeing to a plan acknowledges the debt (C. civ. 2240).
          prescription: [...context.prescription, { type: 'reconnaissance' as const, date: e.date }],
        };
      }),
      noterEcheancierDefaillant: assign(({ context }) => ({
        dossier: note(context, 'echeancier-defaillant', { date: context.echeancier?.date ?? null }),
        echeancier: null,
      })),
      noterEcheancierHonore: assign(({ context }) => ({
        dossier: note(context, 'echeancier-honore', { date: context.echeancier?.date ?? null }),
        echeancier: null,
      })),
      engagerProcedure: assign(({ context, event }) => {
        const e = lireType(event, 'PROCEDURE_ENGAGEE')!;
        const procedure = procedureVide(e.procedure, e.date);
        const interrompt = e.procedure === 'refere-provision' || e.procedure === 'assignation-au-fond';
        return {
          procedure:
            e.procedure === 'procedure-simplifiee' ? { ...procedure, dateLimiteAccord: dateLimiteProcedureSimplifiee(e.date) } : procedure,
          // A demande en justice, even in référé, interrupts prescription (C. civ. 2241); the injonction de
          // payer only at service of the order.
          prescription: interrompt ? [...context.prescription, { type: 'action-en-justice' as const, date: e.date }] : context.prescription,
        };
      }),
      noterOrdonnance: assign(({ context, event }) => {
        const e = lireType(event, 'ORDONNANCE_RENDUE')!;
        return { procedure: { ...context.procedure!, dateOrdonnance: e.date, dateLimiteSignification: dateLimiteSignificationInjonction(e.date) } };
      }),
      noterSignification: assign(({ context, event }) => {
        const e = lireType(event, 'SIGNIFICATION_EFFECTUEE')!;
        return {
          procedure: { ...context.procedure!, dateSignification: e.date, signifieeAPersonne: e.aPersonne, dateLimiteOpposition: dateLimiteOpposition(e.date) },
          // Service of the order interrupts prescription (Cass. 10 juill. 1990, n° 89-13.345).
          prescription: [...context.prescription, { type: 'action-en-justice' as const, date: e.date }],
        };
      }),
      noterOpposition: assign(({ context, event }) => ({ procedure: { ...context.procedure!, dateOpposition: lire(event)!.date } })),
      noterDecision: assign(({ context, event }) => {
        const e = lireType(event, 'DECISION_RENDUE')!;
        return {
          procedure: context.procedure === null ? null : { ...context.procedure, dateDecision: e.date, favorable: e.favorable },
          // The interruption lasts until the end of the instance (C. civ. 2242): a new period runs from it.
          prescription: [...context.prescription, { type: 'action-en-justice' as const, date: e.date }],
        };
      }),
      noterEchecProcedure: assign(({ context }) => ({
        dossier: note(context, 'procedure-echouee', { procedure: context.procedure?.type ?? null }),
      })),
      noterOrdonnanceNonAvenue: assign(({ context }) => ({
        dossier: note(context, 'ordonnance-non-avenue', { dateLimiteSignification: context.procedure?.dateLimiteSignification ?? null }),
      })),
      obtenirTitreInjonction: assign(({ context }) => {
        const p = context.procedure!;
        return {
          // Conservative start of the ten years: the service of the order (CPCE L111-4).
          titre: { date: p.dateSignification!, origine: 'injonction-de-payer' as const, nature: "ordonnance portant injonction de payer non frappée d'opposition" },
          dossier: note(context, 'titre-executoire', { origine: 'injonction-de-payer', dateLimiteOpposition: p.dateLimiteOpposition }),
        };
      }),
      obtenirTitreDecision: assign(({ context, event }) => {
        const e = lireType(event, 'DECISION_RENDUE')!;
        const origine = context.procedure?.dateOpposition != null ? ('opposition' as const) : (context.procedure?.type ?? 'assignation-au-fond');
        const nature = origine === 'refere-provision' ? 'ordonnance de référé-provision' : 'jugement';
        return { titre: { date: e.date, origine, nature } };
      }),
      obtenirTitreAccord: assign(({ context, event }) => {
        const e = lireType(event, 'ACCORD_DEBITEUR')!;
        return {
          titre: { date: e.date, origine: 'procedure-simplifiee' as const, nature: 'titre exécutoire du commissaire de justice (CPCE L111-3 5°)' },
          prescription: [...context.prescription, { type: 'reconnaissance' as const, date: e.date }],
        };
      }),
      noterMesure: assign(({ context, event }) => {
        const e = lireType(event, 'MESURE_EXECUTION')!;
        return { mesures: [...context.mesures, { date: e.date, mesure: e.mesure }], dateCarence: null };
      }),
      noterCarence: assign(({ event }) => ({ dateCarence: lire(event)!.date })),
      ouvrirProcedureCollective: assign(({ context, event }) => {
        const e = lireType(event, 'PROCEDURE_COLLECTIVE_OUVERTE')!;
        return { procedureCollective: procedureCollective(context, e.procedure ?? null, e.dateJugement ?? e.date, e.dateBodacc), litige: null, echeancier: null };
      }),
      ouvrirProcedureCollectiveDepuisEntree: assign(({ context }) => {
        const pc = context.debiteur.procedureCollective!;
        return {
          procedureCollective: procedureCollective(context, pc.type, pc.dateJugement, pc.dateBodacc!),
          dossier: note(context, 'procedure-collective-connue', { dateJugement: pc.dateJugement, dateBodacc: pc.dateBodacc! }),
        };
      }),
      noterDeclaration: assign(({ context, event }) => {
        const e = lireType(event, 'DECLARATION_CREANCE_ENVOYEE')!;
        const s = situationFinanciere(context, max(context.dateCourante, e.date), options);
        return {
          procedureCollective: {
            ...context.procedureCollective!,
            dateDeclaration: e.date,
            // Default: principal and accessories due at the opening (interest stopped, L622-28).
            montantDeclare: e.montant ?? formaterEuros(lireEuros(s.principalDu) + lireEuros(s.accessoiresDus)),
          },
          // The declaration interrupts prescription until the proceedings close (infogreffe).
          prescription: [...context.prescription, { type: 'action-en-justice' as const, date: e.date }],
        };
      }),
      noterForclusion: assign(({ context }) => ({
        procedureCollective: { ...context.procedureCollective!, dateForclusion: context.dateCourante },
        dossier: note(context, 'forclusion', { dateLimiteDeclaration: context.procedureCollective?.dateLimiteDeclaration ?? null }),
      })),
      noterReleve: assign(({ context, event }) => ({
        procedureCollective: { ...context.procedureCollective!, dateReleve: lire(event)!.date },
      })),
      noterForclusionDefinitive: assign(({ context }) => ({
        dossier: note(context, 'forclusion-definitive', { dateLimiteReleve: context.procedureCollective?.dateLimiteReleve ?? null }),
      })),
      abandonnerAccessoires: assign(({ context, event }) => {
        const e = lireType(event, 'ACCESSOIRES_ABANDONNES')!;
        // The amount waived: the accessories accrued at that date, less what payments beyond the principal
        // covered (from the waiver on, payments go to the principal first).
        const s = situationFinanciere({ ...context, accessoiresAbandonnes: null, imputation: 'principal-d-abord' }, max(context.dateCourante, e.date), options);
        return {
          accessoiresAbandonnes: { date: e.date, montant: s.accessoiresConnus ? s.accessoiresDus : null, motif: e.motif ?? null },
        };
      }),
      cloturer: assign(({ context, event }) => {
        const e = lire(event);
        const motif =
          e === null
            ? 'solde'
            : e.type === 'PASSAGE_EN_PERTE'
              ? 'passage-en-perte'
              : e.type === 'CLOTURE_INSUFFISANCE_ACTIF'
                ? 'insuffisance-actif'
                : e.type === 'FACTURE_REJETEE'
                  ? 'facture-rejetee'
                  : 'solde';
        return { cloture: { date: context.dateCourante, motif } };
      }),
      noterSolde: assign(({ context }) => ({
        cloture: { date: context.dateCourante, motif: 'solde' },
        dossier: note(context, 'soldee', { situation: situationFinanciere(context, context.dateCourante, options) as unknown as { [k: string]: Json } }),
      })),
      noterPrescription: assign(({ context }) => {
        const p = prescriptionCourante(context);
        return {
          cloture: { date: context.dateCourante, motif: 'prescription' },
          dossier: note(context, 'prescription-acquise', { dateLimite: p.dateLimite, references: [...p.references] }),
        };
      }),
    },
  }).createMachine({
    id: 'recouvrement',
    context: ({ input }) => contexteInitial(input as EntreeMachine),
    initial: 'amiable',
    on: {
      JOUR: { guard: 'evenementValide', actions: 'avancerDate' },
    },
    states: {
      amiable: {
        initial: 'aEchoir',
        always: [
          SOLDE,
          { guard: 'procedureCollectiveDansEntree', target: 'procedureCollective', actions: 'ouvrirProcedureCollectiveDepuisEntree' },
          PRESCRIPTION,
        ],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          ...AMIABLE,
          LITIGE_OUVERT: { guard: 'evenementValide', target: 'litige', actions: ['enregistrer', 'ouvrirLitigeAmiable'] },
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', actions: ['enregistrer', 'noterEcheancier'] },
          PROCEDURE_ENGAGEE: [
            { guard: 'procedureSimplifieeEligible', target: 'judiciaire.procedureSimplifiee', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'injonctionDePayerEligible', target: 'judiciaire.injonctionDePayer', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'refereProvisionEligible', target: 'judiciaire.refereProvision', actions: ['enregistrer', 'engagerProcedure'] },
            ASSIGNATION,
          ],
          EXECUTION_ENGAGEE: { guard: 'titreDisponible', target: 'execution', actions: 'enregistrer' },
          FACTURE_REJETEE: ANNULATION,
        },
        states: {
          aEchoir: {
            always: { guard: 'echeanceDepassee', target: 'relances' },
          },
          relances: {
            on: { MISE_EN_DEMEURE_ENVOYEE: MISE_EN_DEMEURE },
          },
          miseEnDemeure: {
            always: { guard: 'delaiMiseEnDemeureExpire', target: 'escalade', actions: 'noterMiseEnDemeureExpiree' },
            on: { MISE_EN_DEMEURE_ENVOYEE: { ...MISE_EN_DEMEURE, reenter: true } },
          },
          escalade: {
            on: { MISE_EN_DEMEURE_ENVOYEE: MISE_EN_DEMEURE },
          },
          historique: { type: 'history', history: 'shallow' },
        },
      },
      negociation: {
        always: [
          SOLDE,
          { guard: 'echeancierDefaillant', target: 'amiable.escalade', actions: 'noterEcheancierDefaillant' },
          { guard: 'echeancierHonore', target: 'amiable.historique', actions: 'noterEcheancierHonore' },
          PRESCRIPTION,
        ],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          ...AMIABLE,
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', reenter: true, actions: ['enregistrer', 'noterEcheancier'] },
          LITIGE_OUVERT: { guard: 'evenementValide', target: 'litige', actions: ['enregistrer', 'ouvrirLitigeNegociation'] },
        },
      },
      litige: {
        always: [SOLDE, PRESCRIPTION],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          MEDIATION_DEBUT: AMIABLE.MEDIATION_DEBUT,
          LITIGE_RESOLU: [
            { guard: 'retourNegociation', target: 'negociation', actions: ['enregistrer', 'fermerLitige'] },
            { guard: 'evenementValide', target: 'amiable.historique', actions: ['enregistrer', 'fermerLitige'] },
          ],
          LITIGE_OUVERT: { guard: 'evenementValide', actions: 'enregistrer' },
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', actions: ['enregistrer', 'noterEcheancier'] },
          // A disputed claim goes to the judge of the merits; the summary procedures need an uncontested claim.
          PROCEDURE_ENGAGEE: { ...ASSIGNATION, actions: ['enregistrer', 'fermerLitige', 'engagerProcedure'] },
          FACTURE_REJETEE: ANNULATION,
        },
      },
      judiciaire: {
        // Always entered through an explicit procedure; the initial state is only a formal requirement.
        initial: 'assignationAuFond',
        always: [SOLDE],
        on: { ...FAITS, ...AVANT_PROCEDURE_COLLECTIVE },
        states: {
          injonctionDePayer: {
            initial: 'requete',
            states: {
              // The request does not interrupt prescription: only the service does.
              requete: {
                always: PRESCRIPTION_ETAPE,
                on: {
                  ORDONNANCE_RENDUE: { guard: 'evenementValide', target: 'ordonnance', actions: ['enregistrer', 'noterOrdonnance'] },
                  REQUETE_REJETEE: { guard: 'evenementValide', target: ESCALADE, actions: ['enregistrer', 'noterEchecProcedure'] },
                },
              },
              ordonnance: {
                always: [{ guard: 'delaiSignificationExpire', target: ESCALADE, actions: 'noterOrdonnanceNonAvenue' }, PRESCRIPTION_ETAPE],
                on: {
                  SIGNIFICATION_EFFECTUEE: { guard: 'evenementValide', target: 'signifiee', actions: ['enregistrer', 'noterSignification'] },
                },
              },
              signifiee: {
                always: { guard: 'delaiOppositionExpire', target: EXECUTION, actions: 'obtenirTitreInjonction' },
                on: {
                  OPPOSITION_FORMEE: { guard: 'evenementValide', target: 'opposition', actions: ['enregistrer', 'noterOpposition'] },
                },
              },
              opposition: {
                on: { DECISION_RENDUE: [DECISION_FAVORABLE, DECISION_DEFAVORABLE] },
              },
            },
          },
          procedureSimplifiee: {
            initial: 'invitation',
            states: {
              invitation: {
                always: [{ guard: 'delaiAccordExpire', target: ESCALADE, actions: 'noterEchecProcedure' }, PRESCRIPTION_ETAPE],
                on: {
                  ACCORD_DEBITEUR: { guard: 'evenementValide', target: EXECUTION, actions: ['enregistrer', 'obtenirTitreAccord'] },
                  REFUS_DEBITEUR: { guard: 'evenementValide', target: ESCALADE, actions: ['enregistrer', 'noterEchecProcedure'] },
                },
              },
            },
          },
          refereProvision: {
            initial: 'instance',
            states: {
              instance: {
                on: {
                  DECISION_RENDUE: [
                    DECISION_FAVORABLE,
                    // Provision refused (the obligation is seriously contestable): the merits remain open.
                    { guard: 'evenementValide', target: ESCALADE, actions: ['enregistrer', 'noterDecision'] },
                  ],
                },
              },
            },
          },
          assignationAuFond: {
            initial: 'instance',
            states: {
              instance: {
                on: { DECISION_RENDUE: [DECISION_FAVORABLE, DECISION_DEFAVORABLE] },
              },
            },
          },
          // The claim was rejected on the merits: an appeal decision may still reverse it.
          rejetee: {
            on: { DECISION_RENDUE: DECISION_FAVORABLE },
          },
        },
      },
      execution: {
        initial: 'titre',
        always: [SOLDE, PRESCRIPTION],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          MESURE_EXECUTION: { guard: 'evenementValide', target: '.mesures', actions: ['enregistrer', 'noterMesure'] },
          PV_CARENCE: { guard: 'evenementValide', target: '.carence', actions: ['enregistrer', 'noterCarence'] },
          OPPOSITION_FORMEE: { guard: 'oppositionEncoreRecevable', target: 'judiciaire.injonctionDePayer.opposition', actions: ['enregistrer', 'noterOpposition'] },
        },
        states: {
          titre: {},
          mesures: {},
          carence: {},
        },
      },
      procedureCollective: {
        initial: 'declarationAFaire',
        always: [SOLDE],
        on: {
          ...FAITS,
          CLOTURE_INSUFFISANCE_ACTIF: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
        },
        states: {
          declarationAFaire: {
            always: { guard: 'delaiDeclarationExpire', target: 'forclose', actions: 'noterForclusion' },
            on: { DECLARATION_CREANCE_ENVOYEE: DECLARATION },
          },
          declaree: {},
          forclose: {
            always: { guard: 'delaiReleveExpire', target: 'forclusionDefinitive', actions: 'noterForclusionDefinitive' },
            on: {
              RELEVE_DE_FORCLUSION_DEMANDE: { guard: 'evenementValide', target: 'releveDemande', actions: 'enregistrer' },
            },
          },
          releveDemande: {
            on: {
              RELEVE_DE_FORCLUSION_ACCORDE: { guard: 'evenementValide', target: 'releve', actions: ['enregistrer', 'noterReleve'] },
              RELEVE_DE_FORCLUSION_REFUSE: { guard: 'evenementValide', target: 'forclusionDefinitive', actions: 'enregistrer' },
            },
          },
          releve: {
            on: { DECLARATION_CREANCE_ENVOYEE: DECLARATION },
          },
          forclusionDefinitive: {},
        },
      },
      soldee: { type: 'final' },
      irrecouvrable: { type: 'final' },
      prescrite: { type: 'final' },
      annulee: { type: 'final' },
    },
  });
}

/**
 * The recovery lifecycle machine (default legal tables). Input: `{ creance, debiteur, scenario?, date? }`.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const acteur = createActor(machineRecouvrement, { input: { creance, debiteur } }).start();
 * acteur.send({ type: 'JOUR', date: '2025-03-20' });
 * acteur.getSnapshot().value; //=> { amiable: 'relances' }
 * const json = JSON.stringify(acteur.getPersistedSnapshot());
 * const repris = createActor(machineRecouvrement, { snapshot: JSON.parse(json) }).start();
 * ```
 */
export const machineRecouvrement = /*@__PURE__*/ creerMachineRecouvrement();

/** The machine's type. */
export type MachineRecouvrement = typeof machineRecouvrement;
