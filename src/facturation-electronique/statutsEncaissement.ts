/**
 * The 212 "Encaissée" lifecycle statuses the seller sends through its plateforme agréée (facturation
 * électronique, in force since 1 September 2026): one per cash-in, the amount split by VAT rate from the
 * invoice's VAT breakdown (rule BR-FR-CDV-14), negative for a refund, and only where VAT is due on receipts
 * ("TVA sur les encaissements": services, down payments). An invoice under VAT on debits needs none.
 *
 * Penalties, interest and the 40 € indemnity are outside the scope of VAT: they compensate a loss and are not
 * the consideration for a supply (CGI art. 256; BOI-TVA-BASE-10-10-50 §240; CONFIRMED in substance, the BOFiP
 * paragraph not read). So no VAT becomes due on the part of a cash-in that the imputation of C. civ. 1343-1
 * sends to them. Whether the 212 amount must leave that part out (this library's default, `accessoires:
 * 'hors-champ'`) or report the whole cash-in (`accessoires: 'prix'`) is not settled by any text we have read:
 * UNCONFIRMED, hence the option.
 */
import { refuserClesInconnues } from '../socle/cles.js';
import type { Baremes } from '../baremes/types.js';
import { repartirCentimes } from '../calculs/echeancier/repartir.js';
import type { Creance, CreanceEntree } from '../entites/creance.js';
import type { Debiteur, DebiteurEntree } from '../entites/debiteur.js';
import { parseCreance } from '../entites/parser.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { RegleImputation } from '../situation/types.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../socle/euros.js';

/** One cash-in to report: positive, or negative for a refund to the buyer. */
export interface EncaissementFacture {
  /** The day the funds were received (or refunded). */
  readonly date: DateISO;
  /** The amount; negative for a refund. Never zero. */
  readonly montant: EntreeEuros;
  readonly reference?: string;
}

/** Options of {@link statutsEncaissement}. */
export interface OptionsStatutsEncaissement {
  /**
   * When VAT becomes due: `encaissements` (default: on receipt, the services regime) or `debits` (the seller
   * opted for VAT on debits, or the invoice is for goods: VAT due on delivery or invoicing): no 212 then.
   */
  readonly exigibiliteTva?: 'encaissements' | 'debits';
  /**
   * The debtor, needed to impute each cash-in on the accessories (C. civ. 1343-1) through `situationCreance`.
   * Without it, each cash-in is treated as payment of the price.
   */
  readonly debiteur?: Debiteur | DebiteurEntree;
  /**
   * The part of a cash-in imputed on penalties, interest and the 40 € (outside the scope of VAT):
   * `hors-champ` (default) leaves it out of the 212 amount; `prix` reports the whole cash-in as price.
   * UNCONFIRMED: no text read settles what the platform expects.
   */
  readonly accessoires?: 'hors-champ' | 'prix';
  /** The imputation rule (default `legale`, C. civ. 1343-1), as in `situationCreance`. */
  readonly imputation?: RegleImputation;
  readonly baremes?: Baremes;
}

/** The part of a 212 at one VAT rate. `montant = base + tva`, all with the sign of the cash-in. */
export interface LigneEncaissementTva {
  /** The VAT rate, in % (as in the invoice's breakdown). */
  readonly taux: string;
  /** The amount cashed in at this rate, VAT included. */
  readonly montant: Euros;
  readonly base: Euros;
  readonly tva: Euros;
}

/** One 212 "Encaissée" status to send. */
export interface StatutEncaissement {
  readonly code: 212;
  readonly libelle: 'Encaissée';
  readonly date: DateISO;
  /** The amount reported (VAT included): the sum of `ventilation`; negative for a refund. */
  readonly montant: Euros;
  /** One line per VAT rate; the lines sum exactly to `montant`. */
  readonly ventilation: readonly LigneEncaissementTva[];
  /** The cash-in as received. */
  readonly encaisse: Euros;
  /** The part imputed on penalties, interest, the 40 € or left unimputed: outside the scope of VAT, not reported. */
  readonly horsChampTva: Euros;
  readonly reference: string | null;
}

/** Result of {@link statutsEncaissement}. */
export interface ResultatStatutsEncaissement {
  /** The 212 statuses to send, in date order (cash-ins of the same day in the order given). */
  readonly statuts: readonly StatutEncaissement[];
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}

const REFERENCES = ['BR-FR-CDV-14 (XP Z12-012)', 'CGI art. 256', 'C. civ. art. 1343-1'];

/**
 * The 212 "Encaissée" statuses the seller must send for an invoice: one per cash-in, split by VAT rate
 * (largest-remainder allocation: the lines sum exactly to the amount), negative for a refund, none under VAT
 * on debits. With `debiteur`, the part of a cash-in that `situationCreance` imputes on penalties, interest and
 * the 40 € is left out (outside the scope of VAT, CGI art. 256 — the reading is UNCONFIRMED, see
 * `accessoires`).
 *
 * @param creance - the invoice, with its `ventilationTva`
 * @param paiements - every cash-in of the invoice (and refunds, negative), in any order; the imputation runs
 *   over these (the claim's own `paiements` are not read), so pass them all and send the new ones
 * @param options - VAT regime, debtor for the imputation, treatment of the accessories
 * @returns the statuses to send, with warnings and references
 * @throws {RecouvrementError} `ENTREE_INVALIDE` on a malformed claim or cash-in, a zero amount, or a claim
 *   without `ventilationTva` (or whose breakdown sums to zero)
 * @example
 * ```ts
 * import { statutsEncaissement } from 'recouvrement';
 * const creance = { id: 'F1', numeroFacture: 'F-2026-101', montantTTC: '1110.00', dateFacture: '2026-09-10',
 *   dateEcheance: '2026-10-10', paiements: [], nature: 'commerciale' as const, cause: 'contractuelle' as const,
 *   contestee: false, ventilationTva: [{ taux: '20', base: '500.00', tva: '100.00' }, { taux: '10', base: '463.64', tva: '46.36' }] };
 * const r = statutsEncaissement(creance, [{ date: '2026-10-01', montant: '555.00' }, { date: '2026-10-20', montant: '-55.50' }]);
 * r.statuts.map((s) => s.montant); //=> ['555.00', '-55.50']
 * r.statuts[0]?.ventilation;
 * //=> [{ taux: '20', montant: '300.00', base: '250.00', tva: '50.00' }, { taux: '10', montant: '255.00', base: '231.82', tva: '23.18' }]
 * ```
 */
export function statutsEncaissement(
  creance: Creance | CreanceEntree,
  paiements: readonly EncaissementFacture[],
  options: OptionsStatutsEncaissement = {},
): ResultatStatutsEncaissement {
  const c = parseCreance(creance);
  if (typeof options !== 'object' || options === null) entreeInvalide(['options'], 'options attendues', 'invalid_type');
  refuserClesInconnues(options, ['exigibiliteTva', 'debiteur', 'accessoires', 'imputation', 'baremes'], ['options']);
  const exigibilite = options.exigibiliteTva ?? 'encaissements';
  if (exigibilite !== 'encaissements' && exigibilite !== 'debits') entreeInvalide(['options', 'exigibiliteTva'], "'encaissements' ou 'debits' attendu");
  const accessoires = options.accessoires ?? 'hors-champ';
  if (accessoires !== 'hors-champ' && accessoires !== 'prix') entreeInvalide(['options', 'accessoires'], "'hors-champ' ou 'prix' attendu");
  const encaissements = lireEncaissements(paiements);
  const avertissements: string[] = [];

  if (exigibilite === 'debits') {
    avertissements.push(
      "TVA exigible d'après les débits (option du vendeur, ou livraison de biens) : aucun statut 212 Encaissée à transmettre pour cette facture.",
    );
    return { statuts: [], avertissements, references: ['BR-FR-CDV-14 (XP Z12-012)'] };
  }
  const ventilation = c.ventilationTva;
  if (ventilation === undefined) return entreeInvalide(['creance', 'ventilationTva'], 'la ventilation de la TVA par taux (ventilationTva) est nécessaire pour répartir chaque encaissement', 'invalid_type');
  const lignes = ventilation.map((l) => ({ taux: l.taux, base: lireEuros(l.base), tva: lireEuros(l.tva) }));
  const ratios = lignes.map((l) => l.base + l.tva);
  const totalVentile = ratios.reduce((a, b) => a + b, 0);
  if (totalVentile === 0) entreeInvalide(['creance', 'ventilationTva'], 'ventilation de TVA nulle', 'too_small');
  if (totalVentile !== lireEuros(c.montantTTC)) {
    avertissements.push(`La ventilation de TVA totalise ${formaterEuros(totalVentile)} € pour un montant TTC de ${c.montantTTC} € : la répartition suit la ventilation.`);
  }

  // The part of each positive cash-in that goes to the price, from situationCreance's imputation.
  const prix = new Map<number, number>();
  const positifs = encaissements.filter((e) => e.centimes > 0);
  if (accessoires === 'hors-champ' && options.debiteur !== undefined && positifs.length > 0) {
    const jour = formaterDate(Math.max(...positifs.map((e) => e.jour)));
    const s = situationCreance(
      { ...c, paiements: positifs.map((e) => ({ date: e.date, montant: formaterEuros(e.centimes), reference: `#${e.rang}` })) },
      options.debiteur,
      jour,
      { ...(options.imputation === undefined ? {} : { imputation: options.imputation }), ...(options.baremes === undefined ? {} : { baremes: options.baremes }) },
    );
    for (const p of s.imputation.paiements) prix.set(Number(p.reference!.slice(1)), lireEuros(p.principal));
    avertissements.push(...s.avertissements);
    if (!s.accessoiresConnus) avertissements.push('Accessoires inconnus à une date : la part réservée aux accessoires est laissée hors du 212.');
  } else if (accessoires === 'hors-champ' && positifs.length > 0) {
    avertissements.push("Sans débiteur, l'imputation sur les pénalités et l'indemnité n'est pas calculée : chaque encaissement est déclaré comme prix.");
  }
  if (accessoires === 'prix') avertissements.push("Option « prix » : chaque encaissement est déclaré en entier, y compris la part que l'imputation légale affecte aux accessoires (hors champ de la TVA).");
  if (encaissements.some((e) => e.centimes < 0)) avertissements.push('Remboursement : déclaré en négatif et réparti comme le prix, selon la ventilation de la facture.');

  const statuts: StatutEncaissement[] = [];
  for (const e of encaissements) {
    const signe = e.centimes < 0 ? -1 : 1;
    const absolu = Math.abs(e.centimes);
    const declare = e.centimes > 0 ? (prix.get(e.rang) ?? absolu) : absolu;
    const horsChamp = absolu - declare;
    if (declare === 0) {
      avertissements.push(`Encaissement du ${e.date} (${formaterEuros(absolu)} €) entièrement imputé hors champ de la TVA : aucun statut 212 à transmettre.`);
      continue;
    }
    const parts = repartirCentimes(declare, ratios);
    const lignesStatut: LigneEncaissementTva[] = [];
    lignes.forEach((l, i) => {
      const part = parts[i]!;
      if (ratios[i] === 0) return;
      const [base, tva] = l.base + l.tva === 0 ? [0, 0] : repartirCentimes(part, [l.base, l.tva]);
      lignesStatut.push({ taux: l.taux, montant: formaterEuros(signe * part), base: formaterEuros(signe * base!), tva: formaterEuros(signe * tva!) });
    });
    statuts.push({
      code: 212,
      libelle: 'Encaissée',
      date: e.date,
      montant: formaterEuros(signe * declare),
      ventilation: lignesStatut,
      encaisse: formaterEuros(e.centimes),
      horsChampTva: formaterEuros(signe * horsChamp),
      reference: e.reference,
    });
  }
  return { statuts, avertissements: [...new Set(avertissements)], references: REFERENCES };
}

interface EncaissementLu {
  readonly rang: number;
  readonly date: DateISO;
  readonly jour: number;
  readonly centimes: number;
  readonly reference: string | null;
}

function lireEncaissements(paiements: unknown): EncaissementLu[] {
  if (!Array.isArray(paiements)) return entreeInvalide(['paiements'], 'tableau des encaissements attendu', 'invalid_type');
  if (paiements.length > 10_000) entreeInvalide(['paiements'], 'au plus 10 000 encaissements', 'too_big');
  const lus = paiements.map((p: unknown, i): EncaissementLu => {
    if (typeof p !== 'object' || p === null) return entreeInvalide(['paiements', i], 'encaissement { date, montant } attendu', 'invalid_type');
    refuserClesInconnues(p, ['date', 'montant', 'reference'], ['paiements', i]);
    const { date, montant, reference } = p as { date?: unknown; montant?: unknown; reference?: unknown };
    const jour = lireDate(date, ['paiements', i, 'date']);
    const centimes = lireEuros(montant, ['paiements', i, 'montant'], { negatifAutorise: true });
    if (centimes === 0) entreeInvalide(['paiements', i, 'montant'], 'montant non nul attendu (négatif pour un remboursement)', 'too_small');
    if (reference !== undefined && typeof reference !== 'string') entreeInvalide(['paiements', i, 'reference'], 'texte attendu', 'invalid_type');
    return { rang: i, date: formaterDate(jour), jour, centimes, reference: typeof reference === 'string' ? reference.slice(0, 200) : null };
  });
  return lus.sort((a, b) => a.jour - b.jour || a.rang - b.rang);
}
