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

/** A claim not yet due at the relevé's date. */
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
  /** Claims whose due date is reached (`dateEcheance <= date`). */
  readonly echu: Euros;
  /** Claims whose due date has passed (`dateEcheance < date`): the total overdue. */
  readonly enRetard: Euros;
  /** Claims not yet due (`dateEcheance > date`). */
  readonly aEchoir: Euros;
  /** `echu + aEchoir`: every claim's `totalDu`. */
  readonly totalDu: Euros;
  readonly tropPercu: Euros;
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
  const echues = situations.filter((s) => lireDate(s.dateEcheance) <= jour);
  const enRetard = situations.filter((s) => lireDate(s.dateEcheance) < jour);
  const aEchoir = situations
    .filter((s) => lireDate(s.dateEcheance) > jour)
    .sort((a, b) => (a.dateEcheance < b.dateEcheance ? -1 : a.dateEcheance > b.dateEcheance ? 1 : 0))
    .map((s) => ({ creanceId: s.creanceId, numeroFacture: s.numeroFacture, dateEcheance: s.dateEcheance, montant: s.principalDu }));
  const impayees = enRetard.filter((s) => s.totalDu !== '0.00').map((s) => s.dateEcheance).sort();
  const totaux: TotauxReleve = {
    principalDu: formaterEuros(somme(situations, (s) => s.principalDu)),
    penalitesDues: formaterEuros(somme(situations, (s) => s.penalites.du)),
    interetsDus: formaterEuros(somme(situations, (s) => s.interets.du)),
    indemnitesDues: formaterEuros(somme(situations, (s) => s.indemnite.du)),
    accessoiresDus: formaterEuros(somme(situations, (s) => s.accessoiresDus)),
    echu: formaterEuros(somme(echues, (s) => s.totalDu)),
    enRetard: formaterEuros(somme(enRetard, (s) => s.totalDu)),
    aEchoir: formaterEuros(somme(situations.filter((s) => lireDate(s.dateEcheance) > jour), (s) => s.totalDu)),
    totalDu: formaterEuros(somme(situations, (s) => s.totalDu)),
    tropPercu: formaterEuros(somme(situations, (s) => s.tropPercu)),
  };
  const references = [...new Set(situations.flatMap((s) => s.references))];
  const avertissements = [...new Set(situations.flatMap((s) => s.avertissements.map((a) => `${s.numeroFacture} : ${a}`)))];
  const plusAncienneEcheance = impayees[0] ?? null;

  const doc = documentReleve(d, jourDate, situations, echues, aEchoir, totaux, plusAncienneEcheance, references, creancier);
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
    corps.push({
      type: 'tableau',
      entetes: ['Facture', 'Échéance', 'Principal dû', `${accessoire} ${regime === 'b2b' ? 'dues' : 'dus'}`, ...(regime === 'b2c' ? [] : ['Indemnité due']), 'Total dû'],
      lignes: triees.map((s) => [
        `n° ${s.numeroFacture}`,
        dateFr(s.dateEcheance),
        montantFr(s.principalDu),
        montantFr(acc(s)),
        ...(regime === 'b2c' ? [] : [montantFr(s.indemnite.du)]),
        montantFr(s.totalDu),
      ]),
      droite: regime === 'b2c' ? [2, 3, 4] : [2, 3, 4, 5],
      total: [
        'Total échu',
        '',
        montantFr(formaterEuros(triees.reduce((x, s) => x + lireEuros(s.principalDu), 0))),
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
