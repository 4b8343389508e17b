/**
 * Internal: the validated letter data plus everything computed from it, shared by the letter models, and the
 * building blocks common to several letters (addresses, invoice tables, penalty tables, legal texts).
 */
import type { Creance } from '../../entites/creance.js';
import { lireDate, type DateISO } from '../../socle/date-iso.js';
import { formaterTaux, lireTaux } from '../../socle/taux.js';
import type { DonneesLettreValidees, OptionsLettre, Partie } from '../donnees.js';
import { dateFr, montantFr, tauxFr } from './format.js';
import type { CalculFacture, Regime } from './montants.js';
import type { Bloc } from './rendu.js';

export interface Contexte {
  readonly d: DonneesLettreValidees;
  readonly regime: Regime;
  readonly factures: readonly CalculFacture[];
  readonly totaux: { readonly principal: string; readonly penalites: string; readonly indemnite: string; readonly interets: string; readonly total: string };
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

export function lignesCreancier(c: Contexte): string[] {
  const p = c.d.creancier;
  return lignesPartie(p, [p.siren ? `SIREN ${sirenFr(p.siren)}` : undefined, p.mentionLegale, p.telephone ? `Tél. ${p.telephone}` : undefined, p.email]);
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

/** The invoices table: number, date, due date, amount incl. VAT, paid, outstanding. */
export function tableauFactures(c: Contexte): Bloc {
  return {
    type: 'tableau',
    entetes: ['Facture', 'Date', 'Échéance', 'Montant TTC', 'Déjà réglé', 'Reste dû'],
    lignes: c.factures.map((f) => [
      `n° ${f.creance.numeroFacture}`,
      dateFr(f.creance.dateFacture),
      dateFr(f.creance.dateEcheance),
      montantFr(f.montants.montantTTC),
      montantFr(f.montants.dejaRegle),
      montantFr(f.montants.principal),
    ]),
    droite: [3, 4, 5],
    ...(c.factures.length > 1 ? { total: ['Total', '', '', '', '', montantFr(c.totaux.principal)] } : {}),
  };
}

/** The accrual periods (penalties or legal interest) of every invoice, with their rates. */
export function tableauPeriodes(c: Contexte, libelle: string, total: string): Bloc {
  const lignes: string[][] = [];
  for (const f of c.factures) {
    for (const p of f.montants.periodes) {
      lignes.push([
        `n° ${f.creance.numeroFacture}`,
        `du ${dateFr(p.du)} au ${dateFr(p.au)}`,
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

/** The wording of the penalty rate for the invoices' rate modes. */
export function descriptionTaux(c: Contexte): string {
  const modes = new Set(c.factures.map((f) => f.modeTaux));
  const parts: string[] = [];
  if (modes.has('bce+10')) {
    parts.push(
      'au taux d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage — le taux en vigueur au 1er janvier valant pour le premier semestre et celui en vigueur au 1er juillet pour le second',
    );
  }
  if (modes.has('contractuel')) {
    const taux = [...new Set(c.factures.flatMap((f) => (f.creance.tauxPenalites?.mode === 'contractuel' ? [f.creance.tauxPenalites.tauxAnnuel] : [])))];
    parts.push(`au taux contractuel de ${taux.map((t) => tauxFr(formaterTaux(lireTaux(t)))).join(', ')} l’an, qui ne peut être inférieur à trois fois le taux de l’intérêt légal`);
  }
  return parts.join(' ; ');
}

/** Who decides if unpaid. */
export function juridiction(c: Contexte): string {
  if (c.regime === 'b2c') return 'le tribunal judiciaire compétent';
  if (c.regime === 'public') return 'la juridiction compétente';
  const commerciale = c.factures.every((f) => f.creance.nature === 'commerciale');
  if (c.d.debiteur.commercant === true && commerciale) return 'le tribunal de commerce compétent (ou le tribunal des activités économiques là où il a été institué)';
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

export function creancesEchues(c: Contexte): readonly CalculFacture[] {
  return c.factures.filter((f) => !f.aEchoir);
}

export function estAnterieur(a: DateISO, b: DateISO): boolean {
  return lireDate(a) < lireDate(b);
}

export type { Creance };

/** CPCE L111-8, second and third paragraphs (version in force since 19 March 2014, loi n° 2014-344 art. 12). */
export const L111_8_AL2 =
  'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s’ils concernent un acte dont l’accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire.';
export const L111_8_AL3 =
  'Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l’exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi.';
