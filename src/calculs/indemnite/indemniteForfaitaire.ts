/**
 * Indemnité forfaitaire pour frais de recouvrement — C. com. art. L441-10 II and D441-5: 40 € owed de plein
 * droit by a professional who pays late, per invoice (never per reminder or per day), for due dates from
 * 1 January 2013; more on justification of higher costs. Not owed by consumers (the article targets
 * professionals; CPCE L111-8 leaves pre-title recovery costs to the creditor), nor when collective
 * proceedings forbid paying the claim at its due date.
 */
import { lireDate, formaterDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../../socle/euros.js';
import { indexEnVigueur } from '../../baremes/compiler.js';
import { lireOptions, objet } from '../moteur/entrees.js';
import type { Baremes } from '../../baremes/types.js';

/** Parameters of {@link indemniteForfaitaire}. */
export interface ParamsIndemnite {
  /** `b2b` between professionals, `b2c` against a consumer, `public` against a public buyer. */
  readonly regime: 'b2b' | 'b2c' | 'public';
  readonly dateEcheance: DateISO;
  /** The debtor is under sauvegarde, redressement or liquidation judiciaire. */
  readonly procedureCollective?: boolean;
  /** Recovery costs actually incurred and justified. */
  readonly fraisJustifies?: EntreeEuros;
}

/** Result of {@link indemniteForfaitaire}. */
export interface ResultatIndemnite {
  /** The fixed indemnity owed: "40.00" or "0.00". */
  readonly montant: Euros;
  /** Justified costs above the fixed amount, claimable "sur justification". */
  readonly complementaire: Euros;
  readonly motif: string;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
}

const L441_10 = 'C. com. art. L441-10 II';
const D441_5 = 'C. com. art. D441-5';

/**
 * The 40 € fixed recovery indemnity for one late invoice, and the supplementary compensation.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * indemniteForfaitaire({ regime: 'b2b', dateEcheance: '2025-03-31', fraisJustifies: '75.00' });
 * //=> { montant: '40.00', complementaire: '35.00', motif: '…', references: ['C. com. art. L441-10 II', 'C. com. art. D441-5'], … }
 * indemniteForfaitaire({ regime: 'b2c', dateEcheance: '2025-03-31' }).montant; //=> '0.00'
 * ```
 */
export function indemniteForfaitaire(params: ParamsIndemnite, options?: { readonly baremes?: Baremes }): ResultatIndemnite {
  const p = objet(params, []);
  if (p.regime !== 'b2b' && p.regime !== 'b2c' && p.regime !== 'public') entreeInvalide(['regime'], "'b2b', 'b2c' ou 'public' attendu");
  const echeance = lireDate(p.dateEcheance, ['dateEcheance']);
  if (p.procedureCollective !== undefined && typeof p.procedureCollective !== 'boolean') entreeInvalide(['procedureCollective'], 'booléen attendu', 'invalid_type');
  const frais = p.fraisJustifies === undefined ? 0 : lireEuros(p.fraisJustifies, ['fraisJustifies']);
  // Only `baremes` is read; `null` or another non-object is refused by lireOptions (ENTREE_INVALIDE).
  const { baremes } = lireOptions(typeof options === 'object' && options !== null ? { baremes: options.baremes } : options);

  const zero = (motif: string, references: string[], avertissements: string[] = []): ResultatIndemnite => ({
    montant: '0.00',
    complementaire: '0.00',
    motif,
    references,
    avertissements,
  });
  if (p.regime === 'b2c') {
    return zero(
      "Aucune indemnité forfaitaire envers un consommateur : elle ne vise que le professionnel en retard de paiement, et les frais de recouvrement engagés sans titre exécutoire restent à la charge du créancier.",
      [L441_10, 'CPCE art. L111-8'],
    );
  }
  if (p.procedureCollective === true) {
    return zero(
      "Indemnité non due : l'ouverture d'une procédure de sauvegarde, de redressement ou de liquidation judiciaire interdit le paiement de la créance à son échéance.",
      [L441_10],
      ["Le libellé exact de la dernière phrase de L441-10 II (exclusion en procédure collective) n'a pas été vu dans sa version officielle (source secondaire) : NON CONFIRMÉ."],
    );
  }
  const i = indexEnVigueur(baremes.indemniteForfaitaire, echeance);
  if (i < 0) {
    const debut = baremes.indemniteForfaitaire[0];
    return zero(
      `Indemnité non due : l'échéance (${formaterDate(echeance)}) précède son entrée en vigueur${debut ? ` le ${formaterDate(debut.du)}` : ''}.`,
      [L441_10, D441_5],
    );
  }
  const entree = baremes.indemniteForfaitaire[i]!;
  const avertissements: string[] = [];
  const references = [L441_10, D441_5];
  if (!entree.confirme) avertissements.push(`Montant NON CONFIRMÉ : ${entree.libelle}.`);
  if (p.regime === 'public') {
    avertissements.push("L'article qui rend l'indemnité de 40 € applicable aux acheteurs publics (code de la commande publique) n'est pas confirmé dans la référence juridique.");
  }
  const montant = entree.centimes;
  return {
    montant: formaterEuros(montant),
    complementaire: formaterEuros(Math.max(0, frais - montant)),
    motif:
      `Indemnité forfaitaire pour frais de recouvrement de ${formaterEuros(montant)} € due de plein droit pour cette facture payée en retard` +
      (frais > montant ? ', et indemnisation complémentaire sur justification des frais exposés au-delà.' : '.'),
    references,
    avertissements,
  };
}
