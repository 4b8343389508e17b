/**
 * Internal: the validated letter data plus everything computed from it, shared by the letter models, and the
 * building blocks common to several letters (addresses, invoice tables, penalty tables, legal texts).
 */
import type { Creance } from '../../entites/creance.js';
import type { DateISO } from '../../socle/date-iso.js';
import { formaterTaux, lireTaux } from '../../socle/taux.js';
import type { DonneesLettreValidees, OptionsLettre, Partie } from '../donnees.js';
import { dateFr, montantFr, periodeFr, tauxFr } from './format.js';
import { somme, type CalculFacture, type Regime } from './montants.js';
import type { Bloc } from '../../socle/rendu.js';

export interface Contexte {
  readonly d: DonneesLettreValidees;
  readonly regime: Regime;
  readonly factures: readonly CalculFacture[];
  /** Sums over the invoices of their statements (accrued accessories, what payments covered, what is due). */
  readonly totaux: {
    readonly principal: string;
    readonly penalites: string;
    readonly indemnite: string;
    readonly interets: string;
    readonly avoirs: string;
    readonly imputeAccessoires: string;
    readonly penalitesDues: string;
    readonly indemniteDue: string;
    readonly interetsDus: string;
    readonly total: string;
  };
  /** Last day that accrued. */
  readonly dateCalcul: DateISO;
  readonly dateLimite: DateISO;
  readonly categorie: 'creancier-particulier' | 'autres-cas';
  readonly options: OptionsLettre | undefined;
  readonly avertissements: string[];
  readonly references: string[];
}

/** Name and address lines of a party. */
export function lignesPartie(p: Pick<Partie, 'denomination' | 'adresse'>, extra: readonly (string | undefined)[] = []): string[] {
  const l = [p.denomination];
  if (p.adresse) {
    l.push(...p.adresse.lignes.filter((x) => x.trim().length > 0));
    const ville = [p.adresse.codePostal, p.adresse.ville].filter((x) => x !== undefined && x.trim().length > 0).join(' ');
    if (ville) l.push(ville);
  }
  for (const x of extra) if (x !== undefined && x.trim().length > 0) l.push(x);
  return l;
}

/** "123 456 789" */
export function sirenFr(siren: string): string {
  return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
}

/**
 * The identification lines of a company's correspondence (C. com. R123-237, R123-238): "SARL au capital de
 * 10 000,00 €", then "RCS Lyon 732 829 320" (or "SIREN 732 829 320" without the greffe's city).
 */
export function mentionsSociete(p: Pick<Partie, 'siren' | 'villeRcs' | 'formeJuridique' | 'capital'>): (string | undefined)[] {
  const forme = p.formeJuridique !== undefined ? `${p.formeJuridique}${p.capital !== undefined ? ` au capital de ${montantFr(p.capital)}` : ''}` : p.capital !== undefined ? `Capital de ${montantFr(p.capital)}` : undefined;
  const immatriculation = p.siren ? (p.villeRcs !== undefined ? `RCS ${p.villeRcs} ${sirenFr(p.siren)}` : `SIREN ${sirenFr(p.siren)}`) : undefined;
  return [forme, immatriculation];
}

export function lignesCreancier(c: Contexte): string[] {
  const p = c.d.creancier;
  return lignesPartie(p, [...mentionsSociete(p), p.mentionLegale, p.telephone ? `Tél. ${p.telephone}` : undefined, p.email]);
}

/** How the addressee is called: "Monsieur le Maire", "Madame", "Madame, Monsieur" (no civility known). */
export function appellation(c: Contexte): string {
  const d = c.d.debiteur;
  if (d.appellation !== undefined && d.appellation.trim() !== '') return d.appellation.trim();
  if (d.civilite === 'madame') return 'Madame';
  if (d.civilite === 'monsieur') return 'Monsieur';
  return 'Madame, Monsieur';
}

/** The greeting: "Monsieur le Maire," / "Madame," / "Madame, Monsieur,". */
export function appel(c: Contexte): string {
  return `${appellation(c)},`;
}

/** The closing formula, addressed like the greeting; to a public authority, "haute considération". */
export function formulePolitesse(c: Contexte, debut: 'Veuillez agréer' | 'Nous vous prions d’agréer' = 'Nous vous prions d’agréer'): string {
  const autorite = c.regime === 'public' && c.d.debiteur.appellation !== undefined;
  return `${debut}, ${appellation(c)}, l’expression ${autorite ? 'de notre haute considération' : 'de nos salutations distinguées'}.`;
}

export function lignesDebiteur(c: Contexte): string[] {
  const d = c.d.debiteur;
  return lignesPartie({ denomination: d.denomination, ...(d.adresse ? { adresse: d.adresse } : {}) }, [d.siren ? `SIREN ${sirenFr(d.siren)}` : undefined]);
}

export function lieuEtDate(c: Contexte): string {
  return c.d.lieu ? `${c.d.lieu}, le ${dateFr(c.d.dateLettre)}` : `Le ${dateFr(c.d.dateLettre)}`;
}

export function signature(c: Contexte, partie: Pick<Partie, 'denomination'> = c.d.creancier): string[] {
  const s = c.d.signataire;
  return s ? [s.nom, ...(s.qualite ? [s.qualite] : []), partie.denomination] : [partie.denomination];
}

export function mentionEnvoi(c: Contexte, defaut: 'lrar' | 'courrier' | 'email'): string[] {
  const envoi = c.d.envoi ?? defaut;
  const l = envoi === 'lrar' ? ['Lettre recommandée avec demande d’avis de réception'] : envoi === 'email' ? ['Par courrier électronique'] : [];
  if (c.d.reference) l.push(`Réf. : ${c.d.reference}`);
  return l;
}

/** "la facture n° 2025-001" / "les factures n° 2025-001 et 2025-002". */
export function designationFactures(c: Contexte): string {
  const n = c.factures.map((f) => f.creance.numeroFacture);
  if (n.length === 1) return `facture n° ${n[0]!}`;
  return `factures n° ${n.slice(0, -1).join(', ')} et ${n.at(-1)!}`;
}

/** "de Dupont" / "d’Atelier Dupont" (elision before a vowel or a mute h). */
export function de(nom: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(nom) ? `d’${nom}` : `de ${nom}`;
}

export function pluriel(c: Contexte, un: string, plusieurs: string): string {
  return c.factures.length > 1 ? plusieurs : un;
}

/**
 * The invoices table: number, date, due date, amount incl. VAT, credit notes (when there are any), paid,
 * principal still due — followed, when payments went to the accessories first, by the sentence that says
 * how they were imputed (C. civ. 1343-1).
 */
export function tableauFactures(c: Contexte): Bloc[] {
  const avoirs = c.totaux.avoirs !== '0.00';
  const tableau: Bloc = {
    type: 'tableau',
    entetes: ['Facture', 'Date', 'Échéance', 'Montant TTC', ...(avoirs ? ['Avoirs'] : []), 'Réglé', 'Principal dû'],
    lignes: c.factures.map((f) => [
      `n° ${f.creance.numeroFacture}`,
      dateFr(f.creance.dateFacture),
      dateFr(f.creance.dateEcheance),
      montantFr(f.montants.montantTTC),
      ...(avoirs ? [montantFr(f.montants.avoirs)] : []),
      montantFr(f.montants.dejaRegle),
      montantFr(f.montants.principal),
    ]),
    droite: avoirs ? [3, 4, 5, 6] : [3, 4, 5],
    ...(c.factures.length > 1 ? { total: ['Total', '', '', '', ...(avoirs ? [''] : []), '', montantFr(c.totaux.principal)] } : {}),
  };
  return [tableau, ...blocsImputation(c)];
}

/** What the accessories are called for this debtor: "les pénalités de retard et l’indemnité forfaitaire"… */
export function nomAccessoires(c: Contexte): string {
  if (c.regime === 'b2c') return 'les intérêts au taux légal';
  const indemnite = c.totaux.indemnite !== '0.00' ? ' et l’indemnité forfaitaire pour frais de recouvrement' : '';
  return `${c.regime === 'public' ? 'les intérêts moratoires' : 'les pénalités de retard'}${indemnite}`;
}

/** The credit notes deducted from the principal, when there are any (for the letters without an Avoirs column). */
export function blocsAvoirs(c: Contexte): Bloc[] {
  if (c.totaux.avoirs === '0.00') return [];
  return [{ type: 'paragraphe', texte: `Les avoirs émis sur ${c.factures.length > 1 ? 'ces factures' : 'cette facture'} (${montantFr(c.totaux.avoirs)}) ont été déduits du principal.` }];
}

/** How the payments were imputed, when some went to the accessories (C. civ. 1343-1), as one paragraph. */
export function blocsImputation(c: Contexte): Bloc[] {
  if (c.totaux.imputeAccessoires === '0.00') return [];
  const regle = c.options?.imputation ?? 'legale';
  const paye = somme(c.factures.map((f) => f.montants.dejaRegle));
  const surPrincipal = somme([paye, `-${c.totaux.imputeAccessoires}`]);
  const trop = c.factures.reduce((s, f) => s + (f.situation.tropPercu !== '0.00' ? 1 : 0), 0) > 0;
  const principe =
    regle === 'legale'
      ? `Conformément à l’article 1343-1 du code civil, vos règlements s’imputent d’abord sur ${nomAccessoires(c)} ${c.regime === 'b2b' ? 'échues' : 'échus'} à leur date, puis sur le principal`
      : `Vos règlements ont été imputés d’abord sur le principal, puis sur ${nomAccessoires(c)}`;
  return [
    {
      type: 'paragraphe',
      texte: `${principe} : sur les ${montantFr(paye)} réglés, ${montantFr(c.totaux.imputeAccessoires)} ont été imputés sur ces accessoires${trop ? '' : ` et ${montantFr(surPrincipal)} sur le principal`}.`,
    },
  ];
}

/** The accrual periods (penalties or legal interest) of every invoice, with their rates. */
export function tableauPeriodes(c: Contexte, libelle: string, total: string): Bloc {
  const lignes: string[][] = [];
  for (const f of c.factures) {
    for (const p of f.montants.periodes) {
      lignes.push([
        `n° ${f.creance.numeroFacture}`,
        periodeFr(p.du, p.au),
        String(p.jours),
        montantFr(p.assiette),
        tauxFr(p.tauxAnnuel),
        montantFr(p.montant),
      ]);
    }
  }
  return {
    type: 'tableau',
    entetes: ['Facture', 'Période', 'Jours', 'Assiette', 'Taux annuel', libelle],
    lignes,
    droite: [2, 3, 4, 5],
    total: ['Total', '', '', '', '', montantFr(total)],
  };
}

/**
 * The wording of the penalty rate for the invoices' rate modes. A contractual rate below the floor of
 * L441-10 II (three times the taux de l'intérêt légal) is never announced as the rate charged: the letter says
 * it was raised to the floor for the periods where it fell below it (the calculator's reading, docs/penalites.md).
 */
export function descriptionTaux(c: Contexte): string {
  const modes = new Set(c.factures.map((f) => f.modeTaux));
  const parts: string[] = [];
  if (modes.has('bce+10')) {
    parts.push(
      'au taux d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage — le taux en vigueur au 1er janvier valant pour le premier semestre et celui en vigueur au 1er juillet pour le second',
    );
  }
  if (modes.has('contractuel')) {
    const contractuelles = c.factures.filter((f) => f.creance.tauxPenalites?.mode === 'contractuel');
    const taux = [...new Set(contractuelles.flatMap((f) => (f.creance.tauxPenalites?.mode === 'contractuel' ? [f.creance.tauxPenalites.tauxAnnuel] : [])))];
    // Compared as formatted two-decimal rates ("18" and "18.00" are the same rate).
    const releve = contractuelles.some((f) => {
      const t = f.creance.tauxPenalites?.mode === 'contractuel' ? formaterTaux(lireTaux(f.creance.tauxPenalites.tauxAnnuel)) : null;
      return t !== null && f.montants.periodes.some((p) => formaterTaux(lireTaux(p.tauxAnnuel)) !== t);
    });
    const libelle = taux.map((t) => tauxFr(formaterTaux(lireTaux(t)))).join(', ');
    parts.push(
      releve
        ? `au taux contractuel de ${libelle} l’an, porté au plancher légal de trois fois le taux de l’intérêt légal pour les périodes où il lui est inférieur — les taux appliqués figurent ci-dessous`
        : `au taux contractuel de ${libelle} l’an, qui ne peut être inférieur à trois fois le taux de l’intérêt légal`,
    );
  }
  return parts.join(' ; ');
}

/** Who decides if unpaid. */
export function juridiction(c: Contexte): string {
  if (c.regime === 'b2c') return 'le tribunal judiciaire compétent';
  if (c.regime === 'public') return 'le juge des référés du tribunal administratif compétent';
  const commerciale = c.factures.every((f) => f.creance.nature === 'commerciale');
  const tc = 'le tribunal de commerce compétent (ou le tribunal des activités économiques là où il a été institué)';
  if (c.d.debiteur.commercant === true && commerciale) return tc;
  // C. com. L721-3 1°: disputes between artisans, and between artisans and commerçants, from 1 January 2022.
  if (c.d.debiteur.artisan === true && commerciale && c.d.dateLettre >= '2022-01-01') return 'la juridiction compétente';
  if (c.d.debiteur.commercant === false) return 'le tribunal judiciaire compétent';
  return 'la juridiction compétente';
}

/** Payment methods as a sentence fragment, or an empty list. */
export function blocsPaiement(c: Contexte, phrase: string): Bloc[] {
  const modes = c.d.modesPaiement ?? [];
  if (!modes.length) return [{ type: 'paragraphe', texte: `${phrase}.` }];
  return [
    { type: 'paragraphe', texte: `${phrase}, ${modes.length > 1 ? 'par l’un des moyens suivants' : 'par le moyen suivant'} :` },
    { type: 'liste', elements: modes },
  ];
}

export type { Creance };

/** CPCE L111-8, second and third paragraphs (version in force since 19 March 2014, loi n° 2014-344 art. 12). */
export const L111_8_AL2 =
  'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s’ils concernent un acte dont l’accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire.';
export const L111_8_AL3 =
  'Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l’exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi.';
