/**
 * Imputation of payments (imputation des paiements).
 *
 * - Within one debt — C. civ. art. 1343-1: "Le paiement partiel s'impute d'abord sur les intérêts." By
 *   default the library imputes every accessory before the principal: intérêts, then pénalités de retard
 *   (which the CEPC classifies as intérêts moratoires — PARTIAL), then the indemnité forfaitaire and the
 *   frais (a library choice: 1343-1 names interest only — UNCONFIRMED), then the principal. The parties may
 *   agree otherwise, and the judge may order imputation to principal first (C. civ. art. 1343-5):
 *   `options.ordreComposantes`.
 * - Across several debts — C. civ. art. 1342-10: the debt the debtor designates when paying; failing that,
 *   the debts that are due (échues) first; among them, those the debtor had the most interest in paying; at
 *   equal interest, the oldest; all things being equal, proportionally. The law does not list what makes a
 *   debt more interesting to pay: the caller ranks it (`interetDebiteur`), the library never guesses.
 */
import { lireDate, formaterDate, type DateISO, type JourEpoch } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { MESSAGES } from '../../socle/messages.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../../socle/euros.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { objet } from '../moteur/entrees.js';
import { repartirCentimes } from '../echeancier/repartir.js';

/** The parts of a debt a payment can go to. */
export type Composante = 'interets' | 'penalites' | 'indemnite' | 'frais' | 'principal';

/**
 * Default order within a debt: accessories first, principal last (C. civ. art. 1343-1; the place of
 * pénalités, indemnité and frais before the principal is explained in the module comment).
 *
 * @example
 * ```ts
 * import { ORDRE_COMPOSANTES_LEGAL } from 'recouvrement';
 * ORDRE_COMPOSANTES_LEGAL; //=> ['interets', 'penalites', 'indemnite', 'frais', 'principal']
 * ```
 */
export const ORDRE_COMPOSANTES_LEGAL: readonly Composante[] = /* @__PURE__ */ Object.freeze(['interets', 'penalites', 'indemnite', 'frais', 'principal'] as const);

/** One debt, with what remains owed on each component. */
export interface DetteAImputer {
  /** Unique identifier (e.g. the invoice number). */
  readonly id: string;
  /** The day the debt fell due: it is "échue" for payments made on that day or later. */
  readonly dateEcheance: DateISO;
  /** The day the debt arose (e.g. the invoice date); used for age only with `anciennete: 'dateOrigine'`. */
  readonly dateOrigine?: DateISO;
  readonly principal: EntreeEuros;
  readonly interets?: EntreeEuros;
  /** Late-payment penalties (C. com. L441-10). */
  readonly penalites?: EntreeEuros;
  /** The indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II). */
  readonly indemnite?: EntreeEuros;
  readonly frais?: EntreeEuros;
  /**
   * How much the debtor had an interest in paying this debt (C. civ. 1342-10): an integer rank, higher
   * first, default 0. The law does not say what counts; you decide and document it (e.g. the debt that
   * bears interest at the higher rate, or that is secured).
   */
  readonly interetDebiteur?: number;
}

/** One payment. */
export interface PaiementAImputer {
  /** The day the funds were made available to the creditor. */
  readonly date: DateISO;
  /** Strictly positive. */
  readonly montant: EntreeEuros;
  /** The debts the debtor designated when paying (C. civ. 1342-10 al. 1), in the order to pay them. */
  readonly designation?: readonly string[];
  readonly reference?: string;
}

/** Parameters of {@link imputerPaiements}. */
export interface ParamsImputation {
  readonly dettes: readonly DetteAImputer[];
  readonly paiements: readonly PaiementAImputer[];
}

/** Options of {@link imputerPaiements}. */
export interface OptionsImputation {
  /**
   * Order of the components within a debt, a permutation of the five components. Default
   * {@link ORDRE_COMPOSANTES_LEGAL}. Change it only on the parties' agreement or the judge's decision
   * (C. civ. 1343-1, 1343-5).
   */
  readonly ordreComposantes?: readonly Composante[];
  /** What "the oldest" debt means: by `dateEcheance` (default) or by `dateOrigine`. */
  readonly anciennete?: 'dateEcheance' | 'dateOrigine';
  /**
   * Impute what is left after the due debts on debts not yet due (default `true`); with `false`, it stays
   * unallocated (`nonImpute`).
   */
  readonly imputerDettesNonEchues?: boolean;
}

/** An amount split by component, with its total. */
export interface Ventilation {
  readonly interets: Euros;
  readonly penalites: Euros;
  readonly indemnite: Euros;
  readonly frais: Euros;
  readonly principal: Euros;
  readonly total: Euros;
}

/** How one payment was imputed. */
export interface ImputationPaiement {
  /** Position of the payment in the input. */
  readonly index: number;
  readonly date: DateISO;
  readonly montant: Euros;
  readonly reference?: string;
  /** The debts it went to, in the order they were served. */
  readonly dettes: readonly ({ readonly id: string } & Ventilation)[];
  /** What could not be imputed (nothing left owed: an overpayment). */
  readonly nonImpute: Euros;
  /** Why, in French, with the articles. */
  readonly motifs: readonly string[];
}

/** Where one debt stands after all the payments. */
export interface SoldeDette {
  readonly id: string;
  readonly impute: Ventilation;
  readonly restantDu: Ventilation;
  readonly soldee: boolean;
}

/** Result of {@link imputerPaiements}. */
export interface ResultatImputation {
  /** The payments in date order (equal dates keep input order). */
  readonly paiements: readonly ImputationPaiement[];
  /** The debts in input order. */
  readonly dettes: readonly SoldeDette[];
  readonly totalPaye: Euros;
  readonly totalImpute: Euros;
  /** Overpayment: paid but owed on no debt. */
  readonly nonImpute: Euros;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
}

interface DetteInterne {
  readonly id: string;
  readonly position: number;
  readonly echeance: JourEpoch;
  readonly age: JourEpoch;
  readonly rang: number;
  readonly reste: Record<Composante, number>;
  readonly impute: Record<Composante, number>;
}

const ART_1343_1 = 'C. civ. art. 1343-1';
const ART_1342_10 = 'C. civ. art. 1342-10';
const COMPOSANTES: readonly Composante[] = ORDRE_COMPOSANTES_LEGAL;
const LIBELLES: Readonly<Record<Composante, string>> = { interets: 'intérêts', penalites: 'pénalités', indemnite: 'indemnité', frais: 'frais', principal: 'principal' };

const zeros = (): Record<Composante, number> => ({ interets: 0, penalites: 0, indemnite: 0, frais: 0, principal: 0 });
const totalDe = (v: Record<Composante, number>): number => v.interets + v.penalites + v.indemnite + v.frais + v.principal;

function ventilation(v: Record<Composante, number>): Ventilation {
  return {
    interets: formaterEuros(v.interets),
    penalites: formaterEuros(v.penalites),
    indemnite: formaterEuros(v.indemnite),
    frais: formaterEuros(v.frais),
    principal: formaterEuros(v.principal),
    total: formaterEuros(totalDe(v)),
  };
}

/** The keys of each input (issue 15, item 1: any other is refused, naming the closest known key). */
const CLES_PARAMS: readonly string[] = ['dettes', 'paiements'];
const CLES_OPTIONS_IMPUTATION: readonly string[] = ['ordreComposantes', 'anciennete', 'imputerDettesNonEchues'];
const CLES_DETTE: readonly string[] = ['id', 'dateEcheance', 'dateOrigine', 'principal', 'interets', 'penalites', 'indemnite', 'frais', 'interetDebiteur'];
const CLES_PAIEMENT_IMPUTE: readonly string[] = ['date', 'montant', 'designation', 'reference'];

function lireOptionsImputation(options: unknown): { ordre: readonly Composante[]; parOrigine: boolean; nonEchues: boolean } {
  if (options === undefined) return { ordre: ORDRE_COMPOSANTES_LEGAL, parOrigine: false, nonEchues: true };
  const o = objet(options, ['options']);
  refuserClesInconnues(o, CLES_OPTIONS_IMPUTATION, ['options']);
  let ordre = ORDRE_COMPOSANTES_LEGAL;
  if (o.ordreComposantes !== undefined) {
    const v = o.ordreComposantes;
    const ok = Array.isArray(v) && v.length === COMPOSANTES.length && COMPOSANTES.every((c) => v.includes(c));
    if (!ok) entreeInvalide(['options', 'ordreComposantes'], `permutation de ${COMPOSANTES.join(', ')} attendue`);
    ordre = v as readonly Composante[];
  }
  if (o.anciennete !== undefined && o.anciennete !== 'dateEcheance' && o.anciennete !== 'dateOrigine') {
    entreeInvalide(['options', 'anciennete'], "'dateEcheance' ou 'dateOrigine' attendu");
  }
  if (o.imputerDettesNonEchues !== undefined && typeof o.imputerDettesNonEchues !== 'boolean') {
    entreeInvalide(['options', 'imputerDettesNonEchues'], MESSAGES.booleenAttendu, 'invalid_type');
  }
  return { ordre, parOrigine: o.anciennete === 'dateOrigine', nonEchues: o.imputerDettesNonEchues !== false };
}

/** Pays `montant` on one debt, component by component; returns what went to each component. */
function payerDette(d: DetteInterne, montant: number, ordre: readonly Composante[]): Record<Composante, number> {
  const part = zeros();
  let reste = montant;
  for (const c of ordre) {
    if (reste === 0) break;
    const x = Math.min(reste, d.reste[c]);
    d.reste[c] -= x;
    d.impute[c] += x;
    part[c] = x;
    reste -= x;
  }
  return part;
}

/**
 * Imputes payments to debts and, within each debt, to its components: the debtor's designation first, then
 * the legal order of C. civ. art. 1342-10 (due debts, the debtor's interest, the oldest, pro rata), and
 * within a debt the accessories before the principal (C. civ. art. 1343-1). Payments are taken in date order
 * and each sees the balances left by the previous ones. Cent-exact: a pro-rata split uses the
 * largest-remainder method (ties to the debt listed first), so the parts sum to the payment.
 *
 * @param params - the debts (what remains owed, by component) and the payments
 * @param options - component order agreed by the parties, meaning of "oldest", debts not yet due
 * @returns the allocation per payment, per debt and per component, the balances and any overpayment
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the failing path (negative amount, impossible date,
 *   duplicate id, designation of an unknown debt…)
 * @example
 * ```ts
 * import { imputerPaiements } from 'recouvrement';
 * const r = imputerPaiements({
 *   dettes: [{ id: 'F1', dateEcheance: '2025-01-31', principal: '1000.00', interets: '25.00', indemnite: '40.00' }],
 *   paiements: [{ date: '2025-03-01', montant: '500.00' }],
 * });
 * r.dettes[0]?.impute; //=> { interets: '25.00', penalites: '0.00', indemnite: '40.00', frais: '0.00', principal: '435.00', total: '500.00' }
 * r.dettes[0]?.restantDu.principal; //=> '565.00'
 * ```
 */
export function imputerPaiements(params: ParamsImputation, options?: OptionsImputation): ResultatImputation {
  const p = objet(params, []);
  refuserClesInconnues(p, CLES_PARAMS);
  const opts = lireOptionsImputation(options);
  if (!Array.isArray(p.dettes)) return entreeInvalide(['dettes'], 'tableau de dettes attendu', 'invalid_type');
  if (!Array.isArray(p.paiements)) return entreeInvalide(['paiements'], MESSAGES.tableauPaiementsAttendu, 'invalid_type');
  const dettesBrutes: readonly unknown[] = p.dettes;
  const paiementsBruts: readonly unknown[] = p.paiements;
  if (dettesBrutes.length > 10_000) entreeInvalide(['dettes'], 'au plus 10 000 dettes', 'too_big');
  if (paiementsBruts.length > 100_000) entreeInvalide(['paiements'], MESSAGES.paiementsAuPlus, 'too_big');

  const parId = new Map<string, DetteInterne>();
  const dettes: DetteInterne[] = Array.from(dettesBrutes, (b, i) => {
    const path = ['dettes', i];
    const d = objet(b, path);
    refuserClesInconnues(d, CLES_DETTE, path);
    if (typeof d.id !== 'string' || d.id.length === 0) return entreeInvalide([...path, 'id'], 'identifiant non vide attendu', 'invalid_type');
    if (parId.has(d.id)) entreeInvalide([...path, 'id'], `identifiant en double "${d.id.slice(0, 40)}"`);
    const echeance = lireDate(d.dateEcheance, [...path, 'dateEcheance']);
    const origine = d.dateOrigine === undefined ? null : lireDate(d.dateOrigine, [...path, 'dateOrigine']);
    if (opts.parOrigine && origine === null) entreeInvalide([...path, 'dateOrigine'], "date d'origine attendue (options.anciennete = 'dateOrigine')", 'invalid_type');
    const rang = d.interetDebiteur === undefined ? 0 : d.interetDebiteur;
    if (typeof rang !== 'number' || !Number.isSafeInteger(rang)) entreeInvalide([...path, 'interetDebiteur'], 'rang entier attendu');
    const reste = zeros();
    for (const c of COMPOSANTES) {
      const v = d[c];
      if (c === 'principal' || v !== undefined) reste[c] = lireEuros(v, [...path, c]);
    }
    const interne: DetteInterne = { id: d.id, position: i, echeance, age: opts.parOrigine ? origine! : echeance, rang: rang as number, reste, impute: zeros() };
    parId.set(d.id, interne);
    return interne;
  });

  const paiements = Array.from(paiementsBruts, (b, i) => {
    const path = ['paiements', i];
    const x = objet(b, path);
    refuserClesInconnues(x, CLES_PAIEMENT_IMPUTE, path);
    const jour = lireDate(x.date, [...path, 'date']);
    const centimes = lireEuros(x.montant, [...path, 'montant']);
    if (centimes === 0) entreeInvalide([...path, 'montant'], MESSAGES.paiementStrictementPositif, 'too_small');
    let designation: DetteInterne[] = [];
    if (x.designation !== undefined) {
      if (!Array.isArray(x.designation)) return entreeInvalide([...path, 'designation'], "tableau d'identifiants attendu", 'invalid_type');
      const ids: readonly unknown[] = x.designation;
      designation = ids.map((id, k) => {
        const d = typeof id === 'string' ? parId.get(id) : undefined;
        if (d === undefined) return entreeInvalide([...path, 'designation', k], `dette inconnue "${String(id).slice(0, 40)}"`);
        return d;
      });
    }
    if (x.reference !== undefined && typeof x.reference !== 'string') entreeInvalide([...path, 'reference'], MESSAGES.chaineAttendue, 'invalid_type');
    return { index: i, jour, centimes, designation, reference: x.reference as string | undefined };
  });
  paiements.sort((a, b) => a.jour - b.jour || a.index - b.index);
  // Keep every sum below 2^53 so that cents stay exact integers.
  if (dettes.reduce((s, d) => s + totalDe(d.reste), 0) > Number.MAX_SAFE_INTEGER) entreeInvalide(['dettes'], MESSAGES.totalDettesHorsLimites, 'too_big');
  if (paiements.reduce((s, x) => s + x.centimes, 0) > Number.MAX_SAFE_INTEGER) entreeInvalide(['paiements'], MESSAGES.totalPaiementsHorsLimites, 'too_big');

  const sortie: ImputationPaiement[] = [];
  let totalPaye = 0;
  let totalNonImpute = 0;
  let accessoiresAvantPrincipal = false;
  for (const pay of paiements) {
    totalPaye += pay.centimes;
    let reste = pay.centimes;
    const parts = new Map<DetteInterne, Record<Composante, number>>();
    const ajouter = (d: DetteInterne, part: Record<Composante, number>): void => {
      const avant = parts.get(d);
      if (avant === undefined) parts.set(d, part);
      else for (const c of COMPOSANTES) avant[c] += part[c];
      if (part.penalites + part.indemnite + part.frais > 0) accessoiresAvantPrincipal = true;
    };
    const motifs: string[] = [];

    // 1. The debtor's designation (1342-10 al. 1).
    for (const d of pay.designation) {
      if (reste === 0) break;
      const du = totalDe(d.reste);
      if (du === 0) continue;
      const x = Math.min(reste, du);
      ajouter(d, payerDette(d, x, opts.ordre));
      reste -= x;
      motifs.push(`${d.id} : dette désignée par le débiteur (${ART_1342_10}).`);
    }

    // 2. The legal order (1342-10 al. 2): due first, the debtor's interest, the oldest, pro rata.
    if (reste > 0) {
      const candidates = dettes.filter((d) => totalDe(d.reste) > 0 && (opts.nonEchues || d.echeance <= pay.jour));
      const echue = (d: DetteInterne): number => (d.echeance <= pay.jour ? 1 : 0);
      candidates.sort((a, b) => echue(b) - echue(a) || b.rang - a.rang || a.age - b.age || a.position - b.position);
      let i = 0;
      while (reste > 0 && i < candidates.length) {
        const tete = candidates[i]!;
        let j = i + 1;
        while (j < candidates.length && echue(candidates[j]!) === echue(tete) && candidates[j]!.rang === tete.rang && candidates[j]!.age === tete.age) j++;
        const palier = candidates.slice(i, j);
        const dus = palier.map((d) => totalDe(d.reste));
        const du = dus.reduce((a, b) => a + b, 0);
        const criteres =
          `${echue(tete) ? 'échue' : 'non échue'}, intérêt du débiteur ${tete.rang}, ` +
          `${opts.parOrigine ? 'origine' : 'échéance'} le ${formaterDate(tete.age)}`;
        if (reste >= du) {
          palier.forEach((d, k) => ajouter(d, payerDette(d, dus[k]!, opts.ordre)));
          reste -= du;
          motifs.push(`${palier.map((d) => d.id).join(', ')} : ${criteres} — soldée(s) (${ART_1342_10}).`);
        } else {
          const quotes = repartirCentimes(reste, dus);
          palier.forEach((d, k) => {
            if (quotes[k]! > 0) ajouter(d, payerDette(d, quotes[k]!, opts.ordre));
          });
          motifs.push(
            palier.length === 1
              ? `${tete.id} : ${criteres} — imputation partielle (${ART_1342_10}).`
              : `${palier.map((d) => d.id).join(', ')} : ${criteres}, toutes choses égales — imputation proportionnelle aux sommes dues (${ART_1342_10}).`,
          );
          reste = 0;
        }
        i = j;
      }
    }
    if (reste > 0) {
      motifs.push(
        opts.nonEchues
          ? `${formaterEuros(reste)} € non imputé(s) : plus rien n'est dû (trop-perçu).`
          : `${formaterEuros(reste)} € non imputé(s) : aucune dette échue restant due (options.imputerDettesNonEchues = false).`,
      );
    }
    totalNonImpute += reste;
    sortie.push({
      index: pay.index,
      date: formaterDate(pay.jour),
      montant: formaterEuros(pay.centimes),
      ...(pay.reference === undefined ? {} : { reference: pay.reference }),
      dettes: [...parts].map(([d, v]) => ({ id: d.id, ...ventilation(v) })),
      nonImpute: formaterEuros(reste),
      motifs,
    });
  }

  const references = [ART_1343_1, ART_1342_10];
  const avertissements: string[] = [];
  const defaut = opts.ordre.every((c, i) => c === ORDRE_COMPOSANTES_LEGAL[i]);
  if (!defaut) {
    if (opts.ordre.indexOf('principal') < opts.ordre.indexOf('interets')) references.push('C. civ. art. 1343-5');
    avertissements.push(
      `Ordre d'imputation conventionnel (${opts.ordre.map((c) => LIBELLES[c]).join(', ')}) : il déroge à l'imputation légale sur les intérêts d'abord (${ART_1343_1}) et suppose l'accord des parties ou une décision spéciale et motivée du juge (C. civ. art. 1343-5).`,
    );
  } else if (accessoiresAvantPrincipal) {
    avertissements.push(
      `Pénalités, indemnité forfaitaire et frais imputés avant le principal : l'article 1343-1 ne vise que les intérêts ; les pénalités de retard sont traitées comme des intérêts moratoires (qualification de la CEPC, PARTIELLE) et l'indemnité et les frais comme des accessoires (choix de la bibliothèque, NON CONFIRMÉ). Passer options.ordreComposantes pour un autre ordre.`,
    );
  }

  return {
    paiements: sortie,
    dettes: dettes.map((d) => ({ id: d.id, impute: ventilation(d.impute), restantDu: ventilation(d.reste), soldee: totalDe(d.reste) === 0 })),
    totalPaye: formaterEuros(totalPaye),
    totalImpute: formaterEuros(totalPaye - totalNonImpute),
    nonImpute: formaterEuros(totalNonImpute),
    references,
    avertissements,
  };
}
