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
import { assign, setup } from 'xstate';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { contexteInitial, type ContexteRecouvrement, type EntreeDossier, type EntreeMachine, type Json, type ProcedureEnCours } from './contexte.js';
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
import { plusRienDu, situationFinanciere, type OptionsMachine } from './situation.js';
import { etapesFaites, prochaineEtapeRelance } from './etapes.js';

type Evt<T extends EvenementRecouvrement['type']> = Extract<EvenementRecouvrement, { type: T }>;

/** Parses an event (`null` when malformed). */
function lire(e: unknown): EvenementRecouvrement | null {
  const r = evenementSchema.safeParse(e);
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

/** Whether the machine's date is strictly after `limite`. */
const apres = (ctx: ContexteRecouvrement, limite: DateISO | null | undefined): boolean => limite != null && ctx.dateCourante > limite;

/** Whether the machine's date has reached `depuis` (inclusive). */
const atteint = (ctx: ContexteRecouvrement, depuis: DateISO | null | undefined): boolean => depuis != null && ctx.dateCourante >= depuis;

/** Sum of the payments received through events, dated in [du, au]. */
function payeEntre(ctx: ContexteRecouvrement, du: DateISO, au: DateISO): number {
  let s = 0;
  for (const p of ctx.paiements) if (p.date >= du && p.date <= au) s += lireEuros(p.montant);
  return s;
}

/** A dossier entry for a deadline outcome or a closure. */
const note = (ctx: ContexteRecouvrement, type: string, donnees: { [k: string]: Json } = {}): readonly EntreeDossier[] => [
  ...ctx.dossier,
  { date: ctx.dateCourante, type, donnees },
];

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
      echeancierDefaillant: ({ context }) => {
        const plan = context.echeancier;
        if (plan === null) return false;
        const tolerance = context.scenario.toleranceEcheancierJours;
        let cumul = 0;
        for (const l of plan.echeances) {
          cumul += lireEuros(l.montant);
          const limite = formaterDate(lireDate(l.date) + tolerance);
          if (!apres(context, limite)) break;
          if (payeEntre(context, plan.date, limite) < cumul) return true;
        }
        return false;
      },
      /** Every instalment is paid (something else may remain due). */
      echeancierHonore: ({ context }) => {
        const plan = context.echeancier;
        if (plan === null) return false;
        const total = plan.echeances.reduce((s, l) => s + lireEuros(l.montant), 0);
        return payeEntre(context, plan.date, context.dateCourante) >= total;
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
      ouvrirLitigeAmiable: assign(({ event }) => {
        const e = lireType(event, 'LITIGE_OUVERT')!;
        return { litige: { date: e.date, motif: e.motif, retour: 'amiable' as const } };
      }),
      ouvrirLitigeNegociation: assign(({ event }) => {
        const e = lireType(event, 'LITIGE_OUVERT')!;
        return { litige: { date: e.date, motif: e.motif, retour: 'negociation' as const } };
      }),
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
        return {
          procedureCollective: {
            procedure: e.procedure ?? null,
            dateJugement: e.dateJugement ?? e.date,
            dateBodacc: e.dateBodacc,
            dateLimiteDeclaration: dateLimiteDeclarationCreance(e.dateBodacc, context.creancierHorsMetropole),
            dateLimiteReleve: dateLimiteReleveForclusion(e.dateBodacc),
            dateDeclaration: null,
            montantDeclare: null,
            dateForclusion: null,
            dateReleve: null,
          },
          litige: null,
          echeancier: null,
        };
      }),
      ouvrirProcedureCollectiveDepuisEntree: assign(({ context }) => {
        const pc = context.debiteur.procedureCollective!;
        const dateBodacc = pc.dateBodacc!;
        return {
          procedureCollective: {
            procedure: pc.type,
            dateJugement: pc.dateJugement,
            dateBodacc,
            dateLimiteDeclaration: dateLimiteDeclarationCreance(dateBodacc, context.creancierHorsMetropole),
            dateLimiteReleve: dateLimiteReleveForclusion(dateBodacc),
            dateDeclaration: null,
            montantDeclare: null,
            dateForclusion: null,
            dateReleve: null,
          },
          dossier: note(context, 'procedure-collective-connue', { dateJugement: pc.dateJugement, dateBodacc }),
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
        const s = situationFinanciere({ ...context, accessoiresAbandonnes: null }, max(context.dateCourante, e.date), options);
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
          { guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' },
          { guard: 'procedureCollectiveDansEntree', target: 'procedureCollective', actions: 'ouvrirProcedureCollectiveDepuisEntree' },
          { guard: 'prescriptionAcquise', target: 'prescrite', actions: 'noterPrescription' },
        ],
        on: {
          PAIEMENT_RECU: { guard: 'evenementValide', actions: ['enregistrer', 'noterPaiement'] },
          AVOIR_EMIS: { guard: 'evenementValide', actions: ['enregistrer', 'noterAvoir'] },
          RECONNAISSANCE_DETTE: { guard: 'evenementValide', actions: ['enregistrer', 'noterReconnaissance'] },
          ACCESSOIRES_ABANDONNES: { guard: 'evenementValide', actions: ['abandonnerAccessoires', 'enregistrer'] },
          STATUT_FACTURE: { guard: 'evenementValide', actions: 'enregistrer' },
          RELANCE_ENVOYEE: { guard: 'evenementValide', actions: ['noterRelance', 'enregistrer'] },
          LITIGE_OUVERT: { guard: 'evenementValide', target: 'litige', actions: ['enregistrer', 'ouvrirLitigeAmiable'] },
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', actions: ['enregistrer', 'noterEcheancier'] },
          PROCEDURE_ENGAGEE: [
            { guard: 'procedureSimplifieeEligible', target: 'judiciaire.procedureSimplifiee', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'injonctionDePayerEligible', target: 'judiciaire.injonctionDePayer', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'refereProvisionEligible', target: 'judiciaire.refereProvision', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'assignationAuFondEligible', target: 'judiciaire.assignationAuFond', actions: ['enregistrer', 'engagerProcedure'] },
          ],
          EXECUTION_ENGAGEE: { guard: 'titreDisponible', target: 'execution', actions: 'enregistrer' },
          PROCEDURE_COLLECTIVE_OUVERTE: { guard: 'evenementValide', target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
          PASSAGE_EN_PERTE: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
          FACTURE_REJETEE: { guard: 'evenementValide', target: 'annulee', actions: ['enregistrer', 'cloturer'] },
        },
        states: {
          aEchoir: {
            always: { guard: 'echeanceDepassee', target: 'relances' },
          },
          relances: {
            on: {
              MISE_EN_DEMEURE_ENVOYEE: { guard: 'evenementValide', target: 'miseEnDemeure', actions: ['noterMiseEnDemeure', 'enregistrer'] },
            },
          },
          miseEnDemeure: {
            always: { guard: 'delaiMiseEnDemeureExpire', target: 'escalade', actions: 'noterMiseEnDemeureExpiree' },
            on: {
              MISE_EN_DEMEURE_ENVOYEE: { guard: 'evenementValide', target: 'miseEnDemeure', reenter: true, actions: ['noterMiseEnDemeure', 'enregistrer'] },
            },
          },
          escalade: {
            on: {
              MISE_EN_DEMEURE_ENVOYEE: { guard: 'evenementValide', target: 'miseEnDemeure', actions: ['noterMiseEnDemeure', 'enregistrer'] },
            },
          },
          historique: { type: 'history', history: 'shallow' },
        },
      },
      negociation: {
        always: [
          { guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' },
          { guard: 'echeancierDefaillant', target: 'amiable.escalade', actions: 'noterEcheancierDefaillant' },
          { guard: 'echeancierHonore', target: 'amiable.historique', actions: 'noterEcheancierHonore' },
          { guard: 'prescriptionAcquise', target: 'prescrite', actions: 'noterPrescription' },
        ],
        on: {
          PAIEMENT_RECU: { guard: 'evenementValide', actions: ['enregistrer', 'noterPaiement'] },
          AVOIR_EMIS: { guard: 'evenementValide', actions: ['enregistrer', 'noterAvoir'] },
          RECONNAISSANCE_DETTE: { guard: 'evenementValide', actions: ['enregistrer', 'noterReconnaissance'] },
          ACCESSOIRES_ABANDONNES: { guard: 'evenementValide', actions: ['abandonnerAccessoires', 'enregistrer'] },
          STATUT_FACTURE: { guard: 'evenementValide', actions: 'enregistrer' },
          RELANCE_ENVOYEE: { guard: 'evenementValide', actions: ['noterRelance', 'enregistrer'] },
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', reenter: true, actions: ['enregistrer', 'noterEcheancier'] },
          LITIGE_OUVERT: { guard: 'evenementValide', target: 'litige', actions: ['enregistrer', 'ouvrirLitigeNegociation'] },
          PROCEDURE_COLLECTIVE_OUVERTE: { guard: 'evenementValide', target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
          PASSAGE_EN_PERTE: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
        },
      },
      litige: {
        always: [
          { guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' },
          { guard: 'prescriptionAcquise', target: 'prescrite', actions: 'noterPrescription' },
        ],
        on: {
          LITIGE_RESOLU: [
            { guard: 'retourNegociation', target: 'negociation', actions: ['enregistrer', 'fermerLitige'] },
            { guard: 'evenementValide', target: 'amiable.historique', actions: ['enregistrer', 'fermerLitige'] },
          ],
          LITIGE_OUVERT: { guard: 'evenementValide', actions: 'enregistrer' },
          PAIEMENT_RECU: { guard: 'evenementValide', actions: ['enregistrer', 'noterPaiement'] },
          AVOIR_EMIS: { guard: 'evenementValide', actions: ['enregistrer', 'noterAvoir'] },
          RECONNAISSANCE_DETTE: { guard: 'evenementValide', actions: ['enregistrer', 'noterReconnaissance'] },
          ACCESSOIRES_ABANDONNES: { guard: 'evenementValide', actions: ['abandonnerAccessoires', 'enregistrer'] },
          STATUT_FACTURE: { guard: 'evenementValide', actions: 'enregistrer' },
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', actions: ['enregistrer', 'noterEcheancier'] },
          // A disputed claim goes to the judge of the merits; the summary procedures need an uncontested claim.
          PROCEDURE_ENGAGEE: { guard: 'assignationAuFondEligible', target: 'judiciaire.assignationAuFond', actions: ['enregistrer', 'fermerLitige', 'engagerProcedure'] },
          PROCEDURE_COLLECTIVE_OUVERTE: { guard: 'evenementValide', target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
          PASSAGE_EN_PERTE: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
          FACTURE_REJETEE: { guard: 'evenementValide', target: 'annulee', actions: ['enregistrer', 'cloturer'] },
        },
      },
      judiciaire: {
        // Always entered through an explicit procedure; the initial state is only a formal requirement.
        initial: 'assignationAuFond',
        always: [{ guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' }],
        on: {
          PAIEMENT_RECU: { guard: 'evenementValide', actions: ['enregistrer', 'noterPaiement'] },
          AVOIR_EMIS: { guard: 'evenementValide', actions: ['enregistrer', 'noterAvoir'] },
          RECONNAISSANCE_DETTE: { guard: 'evenementValide', actions: ['enregistrer', 'noterReconnaissance'] },
          ACCESSOIRES_ABANDONNES: { guard: 'evenementValide', actions: ['abandonnerAccessoires', 'enregistrer'] },
          STATUT_FACTURE: { guard: 'evenementValide', actions: 'enregistrer' },
          PROCEDURE_COLLECTIVE_OUVERTE: { guard: 'evenementValide', target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
          PASSAGE_EN_PERTE: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
        },
        states: {
          injonctionDePayer: {
            initial: 'requete',
            states: {
              // The request does not interrupt prescription: only the service does.
              requete: {
                always: { guard: 'prescriptionAcquise', target: '#recouvrement.prescrite', actions: 'noterPrescription' },
                on: {
                  ORDONNANCE_RENDUE: { guard: 'evenementValide', target: 'ordonnance', actions: ['enregistrer', 'noterOrdonnance'] },
                  REQUETE_REJETEE: { guard: 'evenementValide', target: '#recouvrement.amiable.escalade', actions: ['enregistrer', 'noterEchecProcedure'] },
                },
              },
              ordonnance: {
                always: [
                  { guard: 'delaiSignificationExpire', target: '#recouvrement.amiable.escalade', actions: 'noterOrdonnanceNonAvenue' },
                  { guard: 'prescriptionAcquise', target: '#recouvrement.prescrite', actions: 'noterPrescription' },
                ],
                on: {
                  SIGNIFICATION_EFFECTUEE: { guard: 'evenementValide', target: 'signifiee', actions: ['enregistrer', 'noterSignification'] },
                },
              },
              signifiee: {
                always: { guard: 'delaiOppositionExpire', target: '#recouvrement.execution', actions: 'obtenirTitreInjonction' },
                on: {
                  OPPOSITION_FORMEE: { guard: 'evenementValide', target: 'opposition', actions: ['enregistrer', 'noterOpposition'] },
                },
              },
              opposition: {
                on: {
                  DECISION_RENDUE: [
                    { guard: 'decisionFavorable', target: '#recouvrement.execution', actions: ['enregistrer', 'noterDecision', 'obtenirTitreDecision'] },
                    { guard: 'evenementValide', target: '#recouvrement.judiciaire.rejetee', actions: ['enregistrer', 'noterDecision'] },
                  ],
                },
              },
            },
          },
          procedureSimplifiee: {
            initial: 'invitation',
            states: {
              invitation: {
                always: [
                  { guard: 'delaiAccordExpire', target: '#recouvrement.amiable.escalade', actions: 'noterEchecProcedure' },
                  { guard: 'prescriptionAcquise', target: '#recouvrement.prescrite', actions: 'noterPrescription' },
                ],
                on: {
                  ACCORD_DEBITEUR: { guard: 'evenementValide', target: '#recouvrement.execution', actions: ['enregistrer', 'obtenirTitreAccord'] },
                  REFUS_DEBITEUR: { guard: 'evenementValide', target: '#recouvrement.amiable.escalade', actions: ['enregistrer', 'noterEchecProcedure'] },
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
                    { guard: 'decisionFavorable', target: '#recouvrement.execution', actions: ['enregistrer', 'noterDecision', 'obtenirTitreDecision'] },
                    // Provision refused (the obligation is seriously contestable): the merits remain open.
                    { guard: 'evenementValide', target: '#recouvrement.amiable.escalade', actions: ['enregistrer', 'noterDecision'] },
                  ],
                },
              },
            },
          },
          assignationAuFond: {
            initial: 'instance',
            states: {
              instance: {
                on: {
                  DECISION_RENDUE: [
                    { guard: 'decisionFavorable', target: '#recouvrement.execution', actions: ['enregistrer', 'noterDecision', 'obtenirTitreDecision'] },
                    { guard: 'evenementValide', target: '#recouvrement.judiciaire.rejetee', actions: ['enregistrer', 'noterDecision'] },
                  ],
                },
              },
            },
          },
          // The claim was rejected on the merits: an appeal decision may still reverse it.
          rejetee: {
            on: {
              DECISION_RENDUE: { guard: 'decisionFavorable', target: '#recouvrement.execution', actions: ['enregistrer', 'noterDecision', 'obtenirTitreDecision'] },
            },
          },
        },
      },
      execution: {
        initial: 'titre',
        always: [
          { guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' },
          { guard: 'prescriptionAcquise', target: 'prescrite', actions: 'noterPrescription' },
        ],
        on: {
          PAIEMENT_RECU: { guard: 'evenementValide', actions: ['enregistrer', 'noterPaiement'] },
          AVOIR_EMIS: { guard: 'evenementValide', actions: ['enregistrer', 'noterAvoir'] },
          RECONNAISSANCE_DETTE: { guard: 'evenementValide', actions: ['enregistrer', 'noterReconnaissance'] },
          ACCESSOIRES_ABANDONNES: { guard: 'evenementValide', actions: ['abandonnerAccessoires', 'enregistrer'] },
          STATUT_FACTURE: { guard: 'evenementValide', actions: 'enregistrer' },
          MESURE_EXECUTION: { guard: 'evenementValide', target: '.mesures', actions: ['enregistrer', 'noterMesure'] },
          PV_CARENCE: { guard: 'evenementValide', target: '.carence', actions: ['enregistrer', 'noterCarence'] },
          OPPOSITION_FORMEE: { guard: 'oppositionEncoreRecevable', target: 'judiciaire.injonctionDePayer.opposition', actions: ['enregistrer', 'noterOpposition'] },
          PROCEDURE_COLLECTIVE_OUVERTE: { guard: 'evenementValide', target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
          PASSAGE_EN_PERTE: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
        },
        states: {
          titre: {},
          mesures: {},
          carence: {},
        },
      },
      procedureCollective: {
        initial: 'declarationAFaire',
        always: [{ guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' }],
        on: {
          PAIEMENT_RECU: { guard: 'evenementValide', actions: ['enregistrer', 'noterPaiement'] },
          AVOIR_EMIS: { guard: 'evenementValide', actions: ['enregistrer', 'noterAvoir'] },
          ACCESSOIRES_ABANDONNES: { guard: 'evenementValide', actions: ['abandonnerAccessoires', 'enregistrer'] },
          STATUT_FACTURE: { guard: 'evenementValide', actions: 'enregistrer' },
          CLOTURE_INSUFFISANCE_ACTIF: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
          PASSAGE_EN_PERTE: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
        },
        states: {
          declarationAFaire: {
            always: { guard: 'delaiDeclarationExpire', target: 'forclose', actions: 'noterForclusion' },
            on: {
              DECLARATION_CREANCE_ENVOYEE: { guard: 'evenementValide', target: 'declaree', actions: ['enregistrer', 'noterDeclaration'] },
            },
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
            on: {
              DECLARATION_CREANCE_ENVOYEE: { guard: 'evenementValide', target: 'declaree', actions: ['enregistrer', 'noterDeclaration'] },
            },
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
