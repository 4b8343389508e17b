/**
 * The statement of account of one debtor (relevé de compte): every claim's statement by
 * {@link situationCreance} at the same date with the same options, the claims not yet due ("à échoir"), totals
 * by component, the oldest unpaid due date and the total overdue — as data, plain text and escaped HTML.
 *
 * Payments are read where the claims record them: the relevé does not re-impute them across claims (for a
 * payment not yet assigned to an invoice, C. civ. 1342-10, use `imputerPaiements` first).
 */
import type { Creance, CreanceEntree } from '../entites/creance.js';
import type { Debiteur, DebiteurEntree } from '../entites/debiteur.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { refuserClesInconnues } from '../socle/cles.js';
import { CARACTERES_INTERDITS_LIGNE } from '../entites/internes.js';
import { formaterEuros, lireEuros, type Euros } from '../socle/euros.js';
import { dateFr } from '../socle/formatFr.js';
import { formaterEurosFr as montantFr } from '../socle/formaterEurosFr.js';
import { rendreHtml, rendreTexte, type Bloc, type DocumentLettre } from '../socle/rendu.js';
import { calculerSituation, regimeDuDebiteur } from './internes/calcul.js';
import { lireCreance, lireDateIso, lireDebiteur, lireOptionsSituation } from './internes/lecture.js';
import type { OptionsSituation, SituationCreance } from './types.js';

/** Options of {@link releveDeCompte}: those of `situationCreance`, for every claim, and who issues the relevé. */
export interface OptionsReleve extends OptionsSituation {
  /** The creditor's name and address lines, printed at the top of the text and HTML renderings. */
  readonly creancier?: { readonly denomination: string; readonly lignes?: readonly string[] };
}

/** A claim not yet due at the relevé's date (for a claim in instalments, each instalment not yet due). */
export interface CreanceAEchoir {
  readonly creanceId: string;
  readonly numeroFacture: string;
  readonly dateEcheance: DateISO;
  /** Principal that will fall due (after credit notes and payments). */
  readonly montant: Euros;
}

/** Totals of a relevé, by component (amounts still due). */
export interface TotauxReleve {
  readonly principalDu: Euros;
  readonly penalitesDues: Euros;
  readonly interetsDus: Euros;
  readonly indemnitesDues: Euros;
  readonly accessoiresDus: Euros;
  /** Claims whose due date is reached (`dateEcheance <= date`; by instalment for `echeances`). */
  readonly echu: Euros;
  /** Claims whose due date has passed (`dateEcheance < date`; by instalment): the total overdue. */
  readonly enRetard: Euros;
  /** Claims not yet due (`dateEcheance > date`; the instalments not yet due of the others). */
  readonly aEchoir: Euros;
  /** `echu + aEchoir`: every claim's `totalDu`. */
  readonly totalDu: Euros;
  readonly tropPercu: Euros;
  /**
   * Present only when a claim has a clause pénale: the sum of their `clausePenale.du` (C. civ. 1231-5),
   * shown apart — not in `totalDu` nor in any other total (see `ClausePenaleSituation`).
   */
  readonly clausesPenales?: Euros;
}

/** The statement of account of one debtor. */
export interface ReleveDeCompte {
  readonly debiteur: { readonly id: string; readonly denomination: string; readonly type: Debiteur['type'] };
  readonly date: DateISO;
  /** Every claim's statement, in the input order. */
  readonly creances: readonly SituationCreance[];
  /** Claims not yet due, by due date. */
  readonly aEchoir: readonly CreanceAEchoir[];
  readonly totaux: TotauxReleve;
  /** The oldest due date among the overdue claims on which something is still due (`null`: none). */
  readonly plusAncienneEcheance: DateISO | null;
  /** `totaux.enRetard`. */
  readonly totalEnRetard: Euros;
  /** The relevé as plain text (78 columns, French). */
  readonly texte: string;
  /** The relevé as a standalone HTML page; every user-supplied field is escaped. */
  readonly html: string;
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

/**
 * The statement of account (relevé de compte) of `debiteur` at `date`: each claim's statement
 * ({@link situationCreance}, same options for all), the claims "à échoir", totals by component, the oldest
 * unpaid due date and the total overdue, with text and HTML renderings citing the articles applied.
 *
 * @param debiteur - the debtor (validated with `debiteurSchema`)
 * @param creances - its claims (each validated with `creanceSchema`; a claim whose `debiteurId` names another
 * debtor is refused)
 * @param date - the relevé's date, `YYYY-MM-DD`
 * @param options - `situationCreance`'s options, applied to every claim, and the issuing creditor
 * @returns the structured relevé, its `texte` and `html`
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field (`['creances', 1,
 * 'montantTTC']`, `['creances', 0, 'debiteurId']`…); `BAREME_MANQUANT` when the tables do not cover a day of
 * the accrual (the relevé's default, unlike `situationCreance`'s), unless `options.siBaremeManquant` is
 * `'minimum'` (then the relevé says the figures are minimums)
 * @example
 * ```ts
 * import { releveDeCompte } from 'recouvrement';
 *
 * const base = { dateFacture: '2025-01-15', paiements: [], nature: 'commerciale' as const, cause: 'contractuelle' as const, contestee: false };
 * const r = releveDeCompte(
 *   { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   [
 *     { ...base, id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateEcheance: '2025-02-14' },
 *     { ...base, id: 'F2', numeroFacture: '2025-002', montantTTC: '800.00', dateEcheance: '2025-07-31' },
 *   ],
 *   '2025-06-30',
 * );
 * console.log(r.plusAncienneEcheance, r.totalEnRetard, r.totaux.aEchoir, r.totaux.totalDu);
 * //=> '2025-02-14' '1298.80' '800.00' '2098.80'
 * ```
 */
export function releveDeCompte(
  debiteur: Debiteur | DebiteurEntree,
  creances: readonly (Creance | CreanceEntree)[],
  date: DateISO,
  options?: OptionsReleve,
): ReleveDeCompte {
  const d = lireDebiteur(debiteur);
  if (!Array.isArray(creances)) entreeInvalide(['creances'], 'tableau de créances attendu', 'invalid_type');
  if (creances.length > 10_000) entreeInvalide(['creances'], 'au plus 10 000 créances', 'too_big');
  const cs = creances.map((c, i) => lireCreance(c, ['creances', i]));
  cs.forEach((c, i) => {
    if (c.debiteurId !== undefined && c.debiteurId !== d.id) entreeInvalide(['creances', i, 'debiteurId'], `la créance ${c.id} vise le débiteur ${c.debiteurId}, pas ${d.id}`);
  });
  const jourDate = lireDateIso(date, ['date']);
  const o = lireOptionsSituation(options, ['options'], ['creancier']);
  const creancier = options?.creancier;
  if (creancier !== undefined && (typeof creancier !== 'object' || creancier === null || typeof creancier.denomination !== 'string')) {
    entreeInvalide(['options', 'creancier'], 'objet { denomination, lignes? } attendu', 'invalid_type');
  }
  if (creancier !== undefined) {
    refuserClesInconnues(creancier, ['denomination', 'lignes'], ['options', 'creancier']);
    const lignes: unknown = creancier.lignes;
    if (lignes !== undefined && (!Array.isArray(lignes) || lignes.length > 10)) entreeInvalide(['options', 'creancier', 'lignes'], 'au plus 10 lignes de texte attendues', 'invalid_type');
    [creancier.denomination, ...((lignes as unknown[] | undefined) ?? [])].forEach((l, i) => {
      const chemin = i === 0 ? ['options', 'creancier', 'denomination'] : ['options', 'creancier', 'lignes', i - 1];
      if (typeof l !== 'string' || l.length > 500 || CARACTERES_INTERDITS_LIGNE.test(l)) {
        entreeInvalide(chemin, 'une ligne de texte d’au plus 500 caractères, sans caractère de contrôle ni de direction (bidi), attendue');
      }
    });
  }
  const { creancier: _c, ...optionsSituation } = o as OptionsReleve;
  // A relevé is sent to the debtor: like a letter, unknown figures are an error unless 'minimum' is asked for.
  const situations = cs.map((c) => calculerSituation(c, d, jourDate, { siBaremeManquant: 'erreur', ...optionsSituation }));

  const jour = lireDate(jourDate);
  const somme = (l: readonly SituationCreance[], f: (s: SituationCreance) => Euros): number => l.reduce((t, s) => t + lireEuros(f(s)), 0);
  // By instalment (`echeances`: one per claim without them): what falls due later is "à échoir", the rest
  // (the instalments due and every accessory) "échu"; a claim none of whose instalments is due, wholly à échoir.
  const echues = situations.filter((s) => s.echue);
  const enRetard = situations.filter((s) => s.enRetard);
  const aEchoir = situations
    .flatMap((s) => s.echeances.filter((e) => lireDate(e.date) > jour).map((e) => ({ creanceId: s.creanceId, numeroFacture: s.numeroFacture, dateEcheance: e.date, montant: e.principalDu })))
    .sort((a, b) => (a.dateEcheance < b.dateEcheance ? -1 : a.dateEcheance > b.dateEcheance ? 1 : 0));
  const impayees = enRetard
    .filter((s) => lireEuros(s.totalDu) - partAEchoir(s, jour, false) > 0)
    .map((s) => s.echeances.find((e) => lireDate(e.date) < jour && e.principalDu !== '0.00')?.date ?? s.echeances[0]!.date)
    .sort();
  const totaux: TotauxReleve = {
    principalDu: formaterEuros(somme(situations, (s) => s.principalDu)),
    penalitesDues: formaterEuros(somme(situations, (s) => s.penalites.du)),
    interetsDus: formaterEuros(somme(situations, (s) => s.interets.du)),
    indemnitesDues: formaterEuros(somme(situations, (s) => s.indemnite.du)),
    accessoiresDus: formaterEuros(somme(situations, (s) => s.accessoiresDus)),
    echu: formaterEuros(situations.reduce((t, s) => t + lireEuros(s.totalDu) - partAEchoir(s, jour, true), 0)),
    enRetard: formaterEuros(situations.reduce((t, s) => t + lireEuros(s.totalDu) - partAEchoir(s, jour, false), 0)),
    aEchoir: formaterEuros(situations.reduce((t, s) => t + partAEchoir(s, jour, true), 0)),
    totalDu: formaterEuros(somme(situations, (s) => s.totalDu)),
    tropPercu: formaterEuros(somme(situations, (s) => s.tropPercu)),
    ...(situations.some((s) => s.clausePenale !== undefined) ? { clausesPenales: formaterEuros(somme(situations, (s) => s.clausePenale?.du ?? '0.00')) } : {}),
  };
  const references = [...new Set(situations.flatMap((s) => [...s.references, ...(s.clausePenale?.references ?? [])]))];
  const avertissements = [...new Set(situations.flatMap((s) => [...s.avertissements, ...(s.clausePenale?.avertissements ?? [])].map((a) => `${s.numeroFacture} : ${a}`)))];
  const plusAncienneEcheance = impayees[0] ?? null;

  const doc = documentReleve(d, jourDate, situations, echues, aEchoir, totaux, plusAncienneEcheance, references, creancier, jour);
  return {
    debiteur: { id: d.id, denomination: d.denomination, type: d.type },
    date: jourDate,
    creances: situations,
    aEchoir,
    totaux,
    plusAncienneEcheance,
    totalEnRetard: totaux.enRetard,
    texte: rendreTexte(doc),
    html: rendreHtml(doc),
    avertissements,
    references,
  };
}

/**
 * The part of `s.totalDu` not yet due at `jour` (cents): its instalments falling due after `jour`
 * (`inclus`: due on `jour` counts as due, the "échu" split) or on or after it (the "en retard" split); the
 * whole total when no instalment is due (or late) yet.
 */
function partAEchoir(s: SituationCreance, jour: number, inclus: boolean): number {
  const futur = (e: { readonly date: DateISO }): boolean => (inclus ? lireDate(e.date) > jour : lireDate(e.date) >= jour);
  if (s.echeances.every(futur)) return lireEuros(s.totalDu);
  return s.echeances.reduce((t, e) => (futur(e) ? t + lireEuros(e.principalDu) : t), 0);
}

function documentReleve(
  d: Debiteur,
  date: DateISO,
  situations: readonly SituationCreance[],
  echues: readonly SituationCreance[],
  aEchoir: readonly CreanceAEchoir[],
  t: TotauxReleve,
  plusAncienne: DateISO | null,
  references: readonly string[],
  creancier: OptionsReleve['creancier'],
  jour: number,
): DocumentLettre {
  const regime = regimeDuDebiteur(d.type);
  const accessoire = regime === 'b2c' ? 'Intérêts' : regime === 'public' ? 'Intérêts moratoires' : 'Pénalités';
  const corps: Bloc[] = [
    { type: 'paragraphe', texte: `Relevé des sommes dues par ${d.denomination} au ${dateFr(date)}, facture par facture, après imputation des règlements reçus.` },
    { type: 'intertitre', texte: 'Factures échues' },
  ];
  const triees = [...echues].sort((a, b) => (a.dateEcheance < b.dateEcheance ? -1 : a.dateEcheance > b.dateEcheance ? 1 : 0));
  if (triees.length === 0) corps.push({ type: 'paragraphe', texte: 'Aucune facture échue.' });
  else {
    const acc = (s: SituationCreance): Euros => formaterEuros(lireEuros(s.penalites.du) + lireEuros(s.interets.du));
    // A claim in instalments: its instalments due (the others are listed à échoir below).
    const principalEchu = (s: SituationCreance): Euros => formaterEuros(lireEuros(s.principalDu) - partAEchoir(s, jour, true));
    const totalEchu = (s: SituationCreance): Euros => formaterEuros(lireEuros(s.totalDu) - partAEchoir(s, jour, true));
    corps.push({
      type: 'tableau',
      entetes: ['Facture', 'Échéance', 'Principal dû', `${accessoire} ${regime === 'b2b' ? 'dues' : 'dus'}`, ...(regime === 'b2c' ? [] : ['Indemnité due']), 'Total dû'],
      lignes: triees.map((s) => [
        `n° ${s.numeroFacture}`,
        s.echeances.length === 1 ? dateFr(s.dateEcheance) : `${dateFr(s.echeances[0]!.date)} (${s.echeances.length} échéances)`,
        montantFr(principalEchu(s)),
        montantFr(acc(s)),
        ...(regime === 'b2c' ? [] : [montantFr(s.indemnite.du)]),
        montantFr(totalEchu(s)),
      ]),
      droite: regime === 'b2c' ? [2, 3, 4] : [2, 3, 4, 5],
      total: [
        'Total échu',
        '',
        montantFr(formaterEuros(triees.reduce((x, s) => x + lireEuros(principalEchu(s)), 0))),
        montantFr(formaterEuros(triees.reduce((x, s) => x + lireEuros(acc(s)), 0))),
        ...(regime === 'b2c' ? [] : [montantFr(formaterEuros(triees.reduce((x, s) => x + lireEuros(s.indemnite.du), 0)))]),
        montantFr(t.echu),
      ],
    });
  }
  const imputees = situations.some((s) => s.imputation.paiements.some((p) => p.principal !== p.montant));
  if (imputees) {
    const legale = situations.every((s) => s.imputation.regle === 'legale');
    corps.push({
      type: 'paragraphe',
      texte: legale
        ? 'Les règlements s’imputent d’abord sur les pénalités ou intérêts et l’indemnité échus à leur date, puis sur le principal (article 1343-1 du code civil) ; le principal restant dû continue de porter pénalités ou intérêts.'
        : 'Les règlements ont été imputés d’abord sur le principal, puis sur les accessoires.',
    });
  }
  if (aEchoir.length > 0) {
    corps.push(
      { type: 'intertitre', texte: 'Factures à échoir' },
      { type: 'liste', elements: aEchoir.map((a) => `Facture n° ${a.numeroFacture} : ${montantFr(a.montant)} à échoir le ${dateFr(a.dateEcheance)}`) },
    );
  }
  corps.push(
    { type: 'intertitre', texte: 'Totaux' },
    {
      type: 'tableau',
      entetes: ['Nature', 'Montant'],
      lignes: [
        ['Principal dû', montantFr(t.principalDu)],
        ...(regime === 'b2c' ? [['Intérêts au taux légal dus', montantFr(t.interetsDus)]] : [[regime === 'public' ? 'Intérêts moratoires dus' : 'Pénalités de retard dues', montantFr(t.penalitesDues)]]),
        ...(regime === 'b2c' ? [] : [['Indemnités forfaitaires dues', montantFr(t.indemnitesDues)]]),
        ['Total échu', montantFr(t.echu)],
        ['dont en retard', montantFr(t.enRetard)],
        ['À échoir', montantFr(t.aEchoir)],
      ],
      droite: [1],
      total: ['Total du compte', montantFr(t.totalDu)],
    },
  );
  if (plusAncienne !== null) corps.push({ type: 'paragraphe', texte: `Plus ancienne échéance impayée : ${dateFr(plusAncienne)}.` });
  // siBaremeManquant: 'minimum' — the figures are minimums, and the document says so (never a silent under-claim).
  const minimums = situations.filter((s) => !s.accessoiresConnus);
  if (minimums.length > 0) {
    const jusquau = minimums.reduce((m, s) => (s.calculeJusquau < m ? s.calculeJusquau : m), minimums[0]!.calculeJusquau);
    corps.push({
      type: 'paragraphe',
      texte:
        `Montants minimaux : les taux légaux publiés ne couvrent pas toute la période ; ${accessoire.toLowerCase()} ${regime === 'b2b' ? 'calculées' : 'calculés'} jusqu’au ${dateFr(jusquau)} seulement ` +
        `(${minimums.map((s) => `facture n° ${s.numeroFacture}`).join(', ')}). Les ${accessoire.toLowerCase()} ${regime === 'b2b' ? 'courues depuis restent dues' : 'courus depuis restent dus'}.`,
    });
  }
  // The clause pénale (C. civ. 1231-5): apart, never in the totals above.
  const clauses = situations.filter((s) => s.clausePenale !== undefined && s.clausePenale.du !== '0.00');
  if (clauses.length > 0) {
    corps.push(
      { type: 'intertitre', texte: 'Clause pénale' },
      {
        type: 'paragraphe',
        texte: `Au titre de la clause pénale convenue (article 1231-5 du code civil), distincte des pénalités et non comprise dans les totaux ci-dessus : ${montantFr(t.clausesPenales ?? '0.00')}.`,
      },
      { type: 'liste', elements: clauses.map((s) => `Facture n° ${s.numeroFacture} : ${montantFr(s.clausePenale!.du)}`) },
    );
  }
  if (t.tropPercu !== '0.00') corps.push({ type: 'paragraphe', texte: `Trop-perçu à restituer ou à imputer : ${montantFr(t.tropPercu)}.` });
  if (references.length > 0) corps.push({ type: 'paragraphe', texte: `Fondements : ${references.join(' ; ')}.` });
  return {
    titre: `Relevé de compte — ${d.denomination}`,
    expediteur: creancier === undefined ? [] : [creancier.denomination, ...(creancier.lignes ?? [])],
    destinataire: [d.denomination, ...(d.adresse?.lignes ?? []), ...(d.adresse ? [[d.adresse.codePostal, d.adresse.ville].filter((x) => x !== undefined && x.trim() !== '').join(' ')].filter((x) => x !== '') : [])],
    lieuEtDate: '',
    mentions: [],
    objet: `Relevé de compte au ${dateFr(date)}`,
    appel: '',
    corps,
    politesse: '',
    signature: [],
    annexes: [],
  };
}
