/**
 * The command line's logic, without I/O: each command takes its arguments and a {@link Systeme} (how to read
 * and write a file) and returns the text to print and the exit code. `index.ts` is the thin `main` that
 * wires it to the process. Imports only the public API (`../index.js`, bundled as 'recouvrement').
 */
import { parseArgs } from 'node:util';
import {
  CODES_ERREUR,
  RecouvrementError,
  baremesParDefaut,
  baremesVersJson,
  calculerPenalitesRetard,
  chargerBaremes,
  etendreBaremes,
  indemniteForfaitaire,
  lireBaremesBce,
  lireTauxLegal,
  normaliserEuros,
  type Baremes,
  type ParamsPenalites,
} from '../index.js';
import { etatBaremes } from './etatBaremes.js';
import { dateFr, eurosFr, semestreFr, tauxFr } from './format.js';

/** How the commands reach files (node:fs in `main`, a map in tests). Both may throw. */
export interface Systeme {
  lire(chemin: string): string;
  ecrire(chemin: string, texte: string): void;
}

/** What a command returns: the text for stdout, the text for stderr, the exit code. */
export interface ResultatCommande {
  readonly sortie: string;
  readonly erreur: string;
  readonly code: number;
}

/** Exit codes: 0 done; 1 the data or the computation was refused; 2 bad usage; 3 a file could not be read or written. */
export const CODES_SORTIE = { OK: 0, REFUS: 1, USAGE: 2, FICHIER: 3 } as const;

export const AIDE = `recouvrement — pénalités de retard et barèmes légaux (droit français)

Usage :
  recouvrement baremes [--baremes <fichier.json>]
      État des barèmes : jusqu'où ils sont connus, dernier changement du taux BCE, dernier semestre du
      taux de l'intérêt légal, valeurs non confirmées, premier jour sans barème.

  recouvrement baremes ajouter <fichier>... [--connu-jusquau AAAA-MM-JJ] [--sortie <baremes.json>]
                                            [--baremes <base.json>] [--source <texte>]
      Ajoute aux barèmes (ceux livrés, ou --baremes) le contenu de chaque fichier :
        - un export CSV du portail de données de la BCE (série FM.B.U2.EUR.4F.KR.MRR_FR.LEV) ;
          --connu-jusquau est alors obligatoire : le jour jusqu'auquel l'extrait est complet
          (en général le jour du téléchargement) ;
        - un CSV du taux de l'intérêt légal (semestre,particulier,autres_cas,source[,confirme]) ;
        - le texte d'un arrêté fixant le taux de l'intérêt légal.
      Écrit le fichier de barèmes validé dans --sortie (sinon sur la sortie standard).

  recouvrement penalites --montant <euros> --echeance AAAA-MM-JJ --calcul AAAA-MM-JJ
                         [--taux-contractuel <pourcentage>] [--commande-publique] [--baremes <fichier.json>]
                         [--multiple-taux-legal <k>] [--taux-legal-plus <points>] [--bce-plus <points>]
                         [--creancier-particulier] [--sous-plancher plancher|bce+10]
      Pénalités de retard (C. com. art. L441-10) du lendemain de l'échéance au jour du calcul inclus,
      par période de taux. Taux convenu : fixe (--taux-contractuel), k fois le taux de l'intérêt légal
      (--multiple-taux-legal), taux légal + points (--taux-legal-plus), taux BCE + points (--bce-plus) ;
      --creancier-particulier : taux légal des personnes physiques hors besoins professionnels ; sous le
      plancher de trois fois le taux légal, le taux est relevé (plancher) ou la clause écartée (bce+10).

  recouvrement --help

Codes de sortie : 0 terminé ; 1 données ou calcul refusés ; 2 usage incorrect ; 3 fichier illisible ou
impossible à écrire.
`;

class ErreurUsage extends Error {}
class ErreurFichier extends Error {}

function usage(message: string): never {
  throw new ErreurUsage(message);
}

function lireFichier(systeme: Systeme, chemin: string): string {
  try {
    return systeme.lire(chemin);
  } catch (e) {
    throw new ErreurFichier(`Impossible de lire « ${chemin} » : ${e instanceof Error ? e.message : String(e)}`);
  }
}

function ecrireFichier(systeme: Systeme, chemin: string, texte: string): void {
  try {
    systeme.ecrire(chemin, texte);
  } catch (e) {
    throw new ErreurFichier(`Impossible d'écrire « ${chemin} » : ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The tables to start from: a tables file (`--baremes`) or the shipped ones. */
function baremesDeBase(systeme: Systeme, chemin: string | undefined): { baremes: Baremes; origine: string } {
  if (chemin === undefined) return { baremes: baremesParDefaut, origine: 'barèmes livrés avec la bibliothèque' };
  const texte = lireFichier(systeme, chemin);
  try {
    return { baremes: chargerBaremes(texte), origine: `fichier « ${chemin} »` };
  } catch (e) {
    if (e instanceof RecouvrementError) throw new RecouvrementError(e.code, `« ${chemin} » : ${e.message}`, e.issues);
    throw e;
  }
}

type Options = Record<string, { type: 'string' | 'boolean' }>;
type Valeurs = Record<string, string | boolean | undefined>;

function analyser(args: readonly string[], options: Options, positionnels: boolean): { values: Valeurs; positionals: string[] } {
  try {
    const r = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionnels, strict: true });
    return { values: r.values as Valeurs, positionals: r.positionals };
  } catch (e) {
    return usage(e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}

function commandeEtat(args: readonly string[], systeme: Systeme): ResultatCommande {
  const { values } = analyser(args, { baremes: { type: 'string' } }, false);
  if (values.help) return { sortie: AIDE, erreur: '', code: CODES_SORTIE.OK };
  const { baremes, origine } = baremesDeBase(systeme, values.baremes as string | undefined);
  return { sortie: etatBaremes(baremes, origine), erreur: '', code: CODES_SORTIE.OK };
}

/** Whether a text is an ECB Data Portal CSV export (its header names TIME_PERIOD and OBS_VALUE). */
function estExportBce(texte: string): boolean {
  const entete = (texte.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '').toUpperCase();
  return entete.includes('TIME_PERIOD') && entete.includes('OBS_VALUE');
}

function commandeAjouter(args: readonly string[], systeme: Systeme): ResultatCommande {
  const { values, positionals } = analyser(
    args,
    { sortie: { type: 'string' }, baremes: { type: 'string' }, 'connu-jusquau': { type: 'string' }, source: { type: 'string' } },
    true,
  );
  if (values.help) return { sortie: AIDE, erreur: '', code: CODES_SORTIE.OK };
  if (positionals.length === 0) usage('indiquez au moins un fichier à ajouter (export BCE, CSV du taux légal ou texte d’arrêté).');
  let { baremes } = baremesDeBase(systeme, values.baremes as string | undefined);
  const compteRendu: string[] = [];
  for (const fichier of positionals) {
    const texte = lireFichier(systeme, fichier);
    try {
      if (estExportBce(texte)) {
        const connu = values['connu-jusquau'] as string | undefined;
        if (connu === undefined) {
          usage(`« ${fichier} » est un export BCE : indiquez --connu-jusquau AAAA-MM-JJ, le jour jusqu'auquel l'extrait est complet (en général le jour du téléchargement).`);
        }
        const source = values.source as string | undefined;
        const lu = lireBaremesBce(texte, { connuJusquau: connu, ...(source !== undefined ? { source } : {}) });
        baremes = etendreBaremes(baremes, lu);
        compteRendu.push(
          `« ${fichier} » : série ${lu.serie}, ${lu.observations} observation(s), ${lu.bce.changements.length} taux retenu(s) du ${dateFr(lu.bce.completDepuis)} ` +
            `au ${dateFr(lu.bce.changements.at(-1)!.du)} ; historique BCE connu jusqu'au ${dateFr(baremes.bce.connuJusquau)}.`,
        );
      } else {
        const lu = lireTauxLegal(texte);
        baremes = etendreBaremes(baremes, lu);
        const noms = lu.tauxLegal.map((p) => `${semestreFr(p.du, p.au)} (${tauxFr(p.particulier)} / ${tauxFr(p.autresCas)}${p.confirme ? '' : ', non confirmé'})`);
        compteRendu.push(`« ${fichier} » : taux de l'intérêt légal, ${noms.join(', ')}.`);
      }
    } catch (e) {
      if (e instanceof RecouvrementError) throw new RecouvrementError(e.code, `« ${fichier} » : ${e.message}`, e.issues);
      throw e;
    }
  }
  const json = baremesVersJson(baremes);
  const sortie = values.sortie as string | undefined;
  const resume = `${compteRendu.join('\n')}\n`;
  if (sortie === undefined) return { sortie: json, erreur: `${resume}\n${etatBaremes(baremes, 'barèmes écrits sur la sortie standard')}`, code: CODES_SORTIE.OK };
  ecrireFichier(systeme, sortie, json);
  return { sortie: `${resume}Fichier de barèmes écrit : ${sortie}\n\n${etatBaremes(baremes, `fichier « ${sortie} »`)}`, erreur: '', code: CODES_SORTIE.OK };
}

/** '1 234,50' or '1234.5' → '1234.50'-like text the library reads (it validates the rest). */
function montantSaisi(texte: string): string {
  return texte.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
}

function commandePenalites(args: readonly string[], systeme: Systeme): ResultatCommande {
  const { values } = analyser(
    args,
    {
      montant: { type: 'string' },
      echeance: { type: 'string' },
      calcul: { type: 'string' },
      'taux-contractuel': { type: 'string' },
      'commande-publique': { type: 'boolean' },
      'multiple-taux-legal': { type: 'string' },
      'taux-legal-plus': { type: 'string' },
      'bce-plus': { type: 'string' },
      'creancier-particulier': { type: 'boolean' },
      'sous-plancher': { type: 'string' },
      baremes: { type: 'string' },
    },
    false,
  );
  if (values.help) return { sortie: AIDE, erreur: '', code: CODES_SORTIE.OK };
  const manquants = (['montant', 'echeance', 'calcul'] as const).filter((o) => values[o] === undefined);
  if (manquants.length) usage(`option(s) obligatoire(s) manquante(s) : ${manquants.map((o) => `--${o}`).join(', ')}.`);
  const contractuel = values['taux-contractuel'] as string | undefined;
  const modes = (['taux-contractuel', 'commande-publique', 'multiple-taux-legal', 'taux-legal-plus', 'bce-plus'] as const).filter((o) => values[o] !== undefined && values[o] !== false);
  if (modes.length > 1) usage(`${modes.map((o) => `--${o}`).join(' et ')} s’excluent.`);
  const sousPlancher = values['sous-plancher'] as string | undefined;
  if (sousPlancher !== undefined && sousPlancher !== 'plancher' && sousPlancher !== 'bce+10') usage('--sous-plancher : plancher ou bce+10.');
  if (sousPlancher !== undefined && (modes.length === 0 || modes[0] === 'commande-publique')) usage('--sous-plancher suppose un taux convenu.');
  if (values['creancier-particulier'] && modes[0] !== 'multiple-taux-legal' && modes[0] !== 'taux-legal-plus') usage('--creancier-particulier suppose --multiple-taux-legal ou --taux-legal-plus.');
  const options = {
    ...(sousPlancher !== undefined ? { sousPlancher: sousPlancher as 'plancher' | 'bce+10' } : {}),
  };
  const categorie = values['creancier-particulier'] ? { categorie: 'creancier-particulier' as const } : {};
  const nombre = (o: 'multiple-taux-legal' | 'taux-legal-plus' | 'bce-plus'): string => montantSaisi(values[o] as string).replace(/%$/, '');
  const { baremes } = baremesDeBase(systeme, values.baremes as string | undefined);
  const montant = montantSaisi(values.montant as string);
  const echeance = values.echeance as string;
  const calcul = values.calcul as string;
  const taux: ParamsPenalites['taux'] =
    contractuel !== undefined
      ? { mode: 'contractuel', tauxAnnuel: montantSaisi(contractuel).replace(/%$/, ''), ...options }
      : values['commande-publique']
        ? { mode: 'commande-publique' }
        : modes[0] === 'multiple-taux-legal'
          ? { mode: 'multiple-taux-legal', multiple: nombre('multiple-taux-legal'), ...categorie, ...options }
          : modes[0] === 'taux-legal-plus'
            ? { mode: 'taux-legal+points', points: nombre('taux-legal-plus'), ...categorie, ...options }
            : modes[0] === 'bce-plus'
              ? { mode: 'bce+points', points: nombre('bce-plus'), ...options }
              : { mode: 'bce+10' };
  const r = calculerPenalitesRetard({ montant, dateEcheance: echeance, dateCalcul: calcul, taux }, { baremes });
  const l: string[] = [];
  const regime =
    taux.mode === 'commande-publique'
      ? 'intérêts moratoires de la commande publique (BCE + 8 points)'
      : taux.mode === 'contractuel'
        ? 'taux contractuel'
        : taux.mode === 'bce+10'
          ? 'taux BCE + 10 points'
          : taux.mode === 'multiple-taux-legal'
            ? `taux convenu : ${taux.multiple.replace('.', ',')} × taux de l'intérêt légal${taux.categorie === 'creancier-particulier' ? ' (créancier personne physique)' : ''}`
            : taux.mode === 'taux-legal+points'
              ? `taux convenu : taux de l'intérêt légal${taux.categorie === 'creancier-particulier' ? ' (créancier personne physique)' : ''} + ${taux.points.replace('.', ',')} points`
              : `taux convenu : taux BCE + ${taux.points.replace('.', ',')} points`;
  l.push(`Pénalités de retard — ${regime}`);
  l.push(`Somme due : ${eurosFr(normaliserEuros(montant))}, échue le ${dateFr(echeance)} ; calcul au ${dateFr(calcul)} inclus.`);
  l.push(`Retard : ${r.joursDeRetard} jour${r.joursDeRetard > 1 ? 's' : ''}.`);
  if (r.periodes.length) {
    l.push('');
    for (const p of r.periodes) {
      l.push(`  du ${dateFr(p.du)} au ${dateFr(p.au)} : ${p.jours} jour${p.jours > 1 ? 's' : ''} à ${tauxFr(p.tauxAnnuel)} sur ${eurosFr(p.assiette)} = ${eurosFr(p.montant)}`);
    }
  }
  l.push('');
  l.push(`Total des pénalités : ${eurosFr(r.montant)}`);
  if (r.joursDeRetard > 0) {
    const publique = taux.mode === 'commande-publique';
    const i = indemniteForfaitaire({ regime: publique ? 'public' : 'b2b', dateEcheance: echeance }, { baremes });
    l.push(`Indemnité forfaitaire pour frais de recouvrement (${publique ? 'acheteur public' : 'entre professionnels'}) : ${eurosFr(i.montant)} (${i.references.join(', ')})`);
  }
  if (r.avertissements.length) {
    l.push('');
    l.push('Avertissements :');
    for (const a of r.avertissements) l.push(`  - ${a}`);
  }
  l.push('');
  l.push(`Références : ${r.references.join(', ')}`);
  return { sortie: `${l.join('\n')}\n`, erreur: '', code: CODES_SORTIE.OK };
}

/**
 * Runs the command line on `args` (the arguments after the program name): returns what to print and the exit
 * code. Never throws for a user's mistake: usage errors give code 2, unreadable files 3, refused data 1.
 */
export function executer(args: readonly string[], systeme: Systeme): ResultatCommande {
  const [commande, ...reste] = args;
  try {
    if (commande === undefined) return { sortie: '', erreur: `Aucune commande.\n\n${AIDE}`, code: CODES_SORTIE.USAGE };
    if (commande === '--help' || commande === '-h' || commande === 'aide') return { sortie: AIDE, erreur: '', code: CODES_SORTIE.OK };
    if (commande === 'baremes' && reste[0] === 'ajouter') return commandeAjouter(reste.slice(1), systeme);
    if (commande === 'baremes') return commandeEtat(reste, systeme);
    if (commande === 'penalites') return commandePenalites(reste, systeme);
    return usage(`commande inconnue « ${commande} » (baremes, baremes ajouter, penalites).`);
  } catch (e) {
    if (e instanceof ErreurUsage) return { sortie: '', erreur: `Usage incorrect : ${e.message}\nVoir : recouvrement --help\n`, code: CODES_SORTIE.USAGE };
    if (e instanceof ErreurFichier) return { sortie: '', erreur: `${e.message}\n`, code: CODES_SORTIE.FICHIER };
    if (e instanceof RecouvrementError) {
      const conseil =
        e.code === CODES_ERREUR.BAREME_MANQUANT
          ? '\nLes barèmes ne couvrent pas ces dates : ajoutez les nouveaux taux avec « recouvrement baremes ajouter » puis passez --baremes.'
          : '';
      return { sortie: '', erreur: `Refusé (${e.code}) : ${e.message}${conseil}\n`, code: CODES_SORTIE.REFUS };
    }
    throw e;
  }
}
