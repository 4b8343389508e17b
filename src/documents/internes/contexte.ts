/**
 * Internal: the validated letter data plus everything computed from it, shared by the letter models, and the
 * building blocks common to several letters (addresses, invoice tables, penalty tables, legal texts).
 */
import type { Creance } from '../../entites/creance.js';
import type { DateISO } from '../../socle/date-iso.js';
import { formaterTaux, lireTaux } from '../../socle/taux.js';
import type { DonneesLettreValidees, OptionsLettre, Partie } from '../donnees.js';
import { dateFr, montantFr, periodeFr, tauxFr } from './format.js';
import { clauseEnMots } from '../mentionsObligatoires.js';
import { dansLaLettre, somme, type CalculFacture, type EcheanceLettre, type Regime } from './montants.js';
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
  /**
   * A partial dispute (`options.montantConteste`): the disputed amount, set apart; `null` without one.
   * `reclame`: what the letter asks to pay — the total owed (`totaux.total`, situationCreance) minus it.
   */
  readonly conteste: string | null;
  readonly reclame: string;
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

/** "n° 2025-001", or for one instalment of an invoice in several "n° 2025-001 (échéance 2/3)". */
export function libelleFacture(f: CalculFacture, e?: EcheanceLettre): string {
  return e === undefined ? `n° ${f.creance.numeroFacture}` : `n° ${f.creance.numeroFacture} (échéance ${e.rang}/${e.nombre})`;
}

/**
 * The invoices table: number, date, due date, amount incl. VAT, credit notes (when there are any), paid,
 * principal still due — followed, when payments went to the accessories first, by the sentence that says
 * how they were imputed (C. civ. 1343-1). An invoice in several instalments (`Creance.echeances`) has one line
 * per instalment claimed: its due date, its amount, the credit notes and the principal paid on it, its
 * principal due (`situationCreance(...).echeances[]`); those not yet late are listed "à échoir" apart.
 */
export function tableauFactures(c: Contexte): Bloc[] {
  const avoirs = c.totaux.avoirs !== '0.00';
  const lignes = c.factures.flatMap((f) =>
    f.echeancesReclamees.length === 0
      ? [[
          libelleFacture(f),
          dateFr(f.creance.dateFacture),
          dateFr(f.creance.dateEcheance),
          montantFr(f.montants.montantTTC),
          ...(avoirs ? [montantFr(f.montants.avoirs)] : []),
          montantFr(f.montants.dejaRegle),
          montantFr(f.montants.principal),
        ]]
      : f.echeancesReclamees.map((e) => [
          libelleFacture(f, e),
          dateFr(f.creance.dateFacture),
          dateFr(e.date),
          montantFr(e.montant),
          ...(avoirs ? [montantFr(e.avoirs)] : []),
          montantFr(e.principalPaye),
          montantFr(e.principalDu),
        ]),
  );
  const tableau: Bloc = {
    type: 'tableau',
    entetes: ['Facture', 'Date', 'Échéance', 'Montant TTC', ...(avoirs ? ['Avoirs'] : []), 'Réglé', 'Principal dû'],
    lignes,
    droite: avoirs ? [3, 4, 5, 6] : [3, 4, 5],
    ...(lignes.length > 1 ? { total: ['Total', '', '', '', ...(avoirs ? [''] : []), '', montantFr(c.totaux.principal)] } : {}),
  };
  return [tableau, ...blocsImputation(c)];
}

/** What the accessories are called for this debtor: "les pénalités de retard et l’indemnité forfaitaire"… */
export function nomAccessoires(c: Contexte): string {
  if (c.regime === 'b2c') return 'les intérêts au taux légal';
  const indemnite = c.totaux.indemnite !== '0.00' ? 'l’indemnité forfaitaire pour frais de recouvrement' : null;
  // Penalties not in the letter on any invoice ({@link horsLettre}): not named.
  if (indemnite !== null && horsLettre(c) === 'toutes') return indemnite;
  return `${c.regime === 'public' ? 'les intérêts moratoires' : 'les pénalités de retard'}${indemnite !== null ? ` et ${indemnite}` : ''}`;
}

/**
 * The invoices whose running accessory (penalties, or legal interest for a consumer) is not in the letter
 * ({@link dansLaLettre}: not claimed by the creditor — `OptionsSituation.accessoires` — or waived —
 * `accessoiresAbandonnes`): `'toutes'` when every invoice claimed, `'certaines'` when some, `'aucune'`
 * otherwise — as each claim's statement says, never recomputed. A letter neither claims, nor announces, nor
 * says it runs on those invoices; only a waiver is stated ({@link blocsRenonciation}). The 40 € is read apart
 * (its amount, 0 when not in the letter).
 */
export function horsLettre(c: Contexte): 'toutes' | 'certaines' | 'aucune' {
  const k = c.regime === 'b2c' ? 'interets' : 'penalites';
  const n = c.factures.filter((f) => !dansLaLettre(f.situation, k)).length;
  return n === 0 ? 'aucune' : n === c.factures.length ? 'toutes' : 'certaines';
}

/**
 * "de la facture n° F1", "des factures n° F1, F2 et F3" (`de`); "sur la facture n° F1", "sur les factures
 * n° F1 et F2" (`sur`).
 */
function designationNumeros(n: readonly string[], prep: 'de' | 'sur'): string {
  if (n.length === 1) return `${prep} la facture n° ${n[0]!}`;
  return `${prep === 'de' ? 'des' : 'sur les'} factures n° ${n.slice(0, -1).join(', ')} et ${n.at(-1)!}`;
}

/**
 * Where penalties or interest keep running, when the letter leaves them out on some invoices only
 * ({@link horsLettre} `'certaines'`): " sur la facture n° F2" (`sur`) or " de la facture n° F2" (`de`), naming
 * the invoices whose accessories the letter claims; `''` otherwise (all of them, or none, run).
 */
export function facturesOuCourent(c: Contexte, prep: 'de' | 'sur'): string {
  if (horsLettre(c) !== 'certaines') return '';
  const k = c.regime === 'b2c' ? 'interets' : 'penalites';
  return ` ${designationNumeros(c.factures.filter((f) => dansLaLettre(f.situation, k)).map((f) => f.creance.numeroFacture), prep)}`;
}

/**
 * The sentence that states the waiver, when there is one: "Nous avons renoncé aux pénalités de retard et à
 * l’indemnité forfaitaire pour frais de recouvrement : aucune somme ne vous est réclamée à ce titre." — naming
 * the accessories the statements say were claimed before it (`reclame`), and the invoices when only some had
 * them waived. `auteur`: who waived, as the letter's writer says it ("Nous avons", "Notre mandant a").
 */
export function blocsRenonciation(c: Contexte, auteur = 'Nous avons'): Bloc[] {
  const renoncees = c.factures.filter((f) => f.situation.accessoiresAbandonnes);
  if (renoncees.length === 0) return [];
  const reclame = (k: 'penalites' | 'interets' | 'indemnite'): boolean => renoncees.some((f) => f.situation[k].reclame);
  const noms = [
    ...(reclame('penalites') ? [c.regime === 'public' ? 'aux intérêts moratoires' : 'aux pénalités de retard'] : []),
    ...(reclame('interets') ? ['aux intérêts au taux légal'] : []),
    ...(reclame('indemnite') ? ['à l’indemnité forfaitaire pour frais de recouvrement'] : []),
  ];
  if (noms.length === 0) return [];
  const toutes = renoncees.length === c.factures.length;
  const n = renoncees.map((f) => f.creance.numeroFacture);
  const factures = designationNumeros(n, 'de');
  return [
    {
      type: 'paragraphe',
      texte: `${auteur} renoncé ${noms.join(' et ')}${toutes ? '' : ` ${factures}`} : aucune somme ne vous est réclamée à ce titre${toutes ? '' : n.length === 1 ? ' sur cette facture' : ' sur ces factures'}.`,
    },
  ];
}

/** The credit notes deducted from the principal, when there are any (for the letters without an Avoirs column). */
export function blocsAvoirs(c: Contexte): Bloc[] {
  if (c.totaux.avoirs === '0.00') return [];
  return [{ type: 'paragraphe', texte: `Les avoirs émis sur ${c.factures.length > 1 ? 'ces factures' : 'cette facture'} (${montantFr(c.totaux.avoirs)}) ont été déduits du principal.` }];
}

/** How the payments were imputed, when some went to the accessories (C. civ. 1343-1), as one paragraph. */
export function blocsImputation(c: Contexte): Bloc[] {
  if (c.totaux.imputeAccessoires === '0.00') return [];
  // The rule each statement applied (`options.parCreance` may set it per claim): the letter's when they differ.
  const regles = new Set(c.factures.map((f) => f.situation.imputation.regle));
  const regle = regles.size === 1 ? [...regles][0]! : (c.options?.imputation ?? 'legale');
  const paye = somme(c.factures.map((f) => f.montants.dejaRegle));
  const surPrincipal = somme([paye, `-${c.totaux.imputeAccessoires}`]);
  const trop = c.factures.reduce((s, f) => s + (f.situation.tropPercu !== '0.00' ? 1 : 0), 0) > 0;
  const principe =
    regle === 'legale'
      ? `Conformément à l’article 1343-1 du code civil, vos règlements s’imputent d’abord sur ${nomAccessoires(c)} ${c.regime !== 'b2c' && c.totaux.indemnite !== '0.00' && horsLettre(c) === 'toutes' ? 'échue' : c.regime === 'b2b' ? 'échues' : 'échus'} à leur date, puis sur le principal`
      : `Vos règlements ont été imputés d’abord sur le principal, puis sur ${nomAccessoires(c)}`;
  return [
    {
      type: 'paragraphe',
      texte: `${principe} : sur les ${montantFr(paye)} réglés, ${montantFr(c.totaux.imputeAccessoires)} ont été imputés sur ces accessoires${trop ? '' : ` et ${montantFr(surPrincipal)} sur le principal`}.`,
    },
  ];
}

/**
 * The accrual periods (penalties or legal interest) of every invoice, with their rates; for an invoice in
 * several instalments, grouped by instalment, each from its own due date (C. com. L441-10 II).
 */
export function tableauPeriodes(c: Contexte, libelle: string, total: string): Bloc {
  const lignes: string[][] = [];
  for (const f of c.factures) {
    const groupes = f.echeancesReclamees.length === 0 ? [{ nom: libelleFacture(f), periodes: f.montants.periodes }] : f.echeancesReclamees.map((e) => ({ nom: libelleFacture(f, e), periodes: e.periodes }));
    for (const { nom, periodes } of groupes) for (const p of periodes) {
      lignes.push([
        nom,
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
    const bce10 = contractuelles.some((f) => f.creance.tauxPenalites?.mode === 'contractuel' && f.creance.tauxPenalites.sousPlancher === 'bce+10');
    parts.push(`au taux contractuel de ${libelle} l’an${sousLePlancher(releve, bce10)}`);
  }
  // Indexed clauses (C. com. L441-10 II; the taux légal of C. mon. fin. L313-2), in the words of the terms of
  // sale. Below the floor the calculator says so in the claim's avertissements ("Taux contractuel (…) inférieur").
  const indexees = new Map<string, { releve: boolean; bce10: boolean; statutaire: boolean }>();
  for (const f of c.factures) {
    const t = f.creance.tauxPenalites;
    if (f.modeTaux === null || t === undefined || (t.mode !== 'multiple-taux-legal' && t.mode !== 'taux-legal+points' && t.mode !== 'bce+points')) continue;
    const mots = clauseEnMots(t).replace(/'/g, '’');
    const vu = indexees.get(mots) ?? { releve: false, bce10: false, statutaire: t.mode === 'bce+points' && formaterTaux(lireTaux(t.points)) === '10.00' };
    vu.releve ||= f.avertissements.some((a) => a.startsWith('Taux contractuel ('));
    vu.bce10 ||= t.sousPlancher === 'bce+10';
    indexees.set(mots, vu);
  }
  for (const [mots, v] of indexees) parts.push(`au taux convenu (${mots})${v.statutaire ? '' : sousLePlancher(v.releve, v.bce10)}`);
  return parts.join(' ; ');
}

/**
 * What a letter says of the floor of L441-10 II after a contractual rate: applied (raised to it, or the clause
 * set aside for the default rate — the two readings, legal reference Errata 11) or stated as the bound.
 */
function sousLePlancher(releve: boolean, bce10: boolean): string {
  if (!releve) return ', qui ne peut être inférieur à trois fois le taux de l’intérêt légal';
  return bce10
    ? ', remplacé par le taux supplétif (taux de la BCE majoré de 10 points) pour les périodes où il est inférieur au plancher légal de trois fois le taux de l’intérêt légal — les taux appliqués figurent ci-dessous'
    : ', porté au plancher légal de trois fois le taux de l’intérêt légal pour les périodes où il lui est inférieur — les taux appliqués figurent ci-dessous';
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

/**
 * The partial dispute, when there is one: the disputed amount stated apart, and the undisputed part claimed
 * (the total owed minus the disputed amount).
 */
export function blocsLitigePartiel(c: Contexte): Bloc[] {
  if (c.conteste === null) return [];
  return [
    {
      type: 'paragraphe',
      texte: `Vous contestez une partie de cette somme, soit ${montantFr(c.conteste)}. Dans l’attente du règlement de ce différend, cette part est exclue de la présente demande, qui porte sur la seule partie non contestée : ${montantFr(c.reclame)} (${montantFr(c.totaux.total)} dus, moins ${montantFr(c.conteste)} contestés). Nous nous réservons de réclamer la part contestée.`,
    },
  ];
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
