/**
 * Letters of the recovery process, in French, as plain text and HTML: relance amiable, relance ferme, mise en
 * demeure (C. civ. 1344, 1344-1; C. com. L441-10 II, D441-5), mise en demeure of a consumer (C. civ. 1231-6;
 * CPCE L111-8: no indemnity, no fee), a collection agency's letter (CPCE R124-4) and the déclaration de
 * créance to the mandataire judiciaire (C. com. L622-24, L622-25, R622-23, R622-24).
 *
 * Every amount is the claim's statement by {@link situationCreance} (itself computed with
 * {@link calculerPenalitesRetard}, {@link indemniteForfaitaire} and {@link calculerInteretsLegaux}): the
 * same figures as the machine and {@link releveDeCompte}. Payments are imputed on the accessories first
 * (C. civ. 1343-1) unless `options.imputation` says otherwise. The caller gives the claims, never the amounts.
 */
import { MESSAGES } from '../socle/messages.js';
import { analyser } from '../entites/messages.js';
import { ajouterMois, formaterDate, lireDate } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, depuisZod, entreeInvalide } from '../socle/erreurs.js';
import { refuserClesInconnues, surUneLigne } from '../socle/cles.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { dateFr, montantFr } from './internes/format.js';
import { ajouterJours, calculerFacture, regimeDe, somme, type CalculFacture, type EcheanceLettre } from './internes/montants.js';
import { horsLettre, type Contexte } from './internes/contexte.js';
import { rendreHtml, rendreTexte, type Bloc, type DocumentLettre } from '../socle/rendu.js';
import { relanceAmiable, relanceFerme } from './modeles/relances.js';
import { miseEnDemeure, miseEnDemeureConsommateur } from './modeles/miseEnDemeure.js';
import { lettreAgence } from './modeles/agence.js';
import { declarationDeCreance } from './modeles/declaration.js';
import { lireOptionsSituation } from '../situation/internes/lecture.js';
import { MODELES_LETTRE, donneesLettreSchema, type DonneesLettre, type Lettre, type ModeleLettre, type OptionsLettre } from './donnees.js';

/** Days granted to pay when `delaiJours` is not given: common practice, not a statutory delay. */
const DELAI_PAR_DEFAUT: Record<ModeleLettre, number> = {
  'relance-amiable': 15,
  'relance-ferme': 8,
  'mise-en-demeure': 8,
  'mise-en-demeure-consommateur': 15,
  'lettre-agence-recouvrement': 8,
  'declaration-de-creance': 0,
};

function interdit(message: string): never {
  throw new RecouvrementError(CODES_ERREUR.OPERATION_INTERDITE, message);
}

/**
 * The invoices of a letter not yet late: listed for information, apart from the sums claimed (their amount is
 * what each owes at the letter's date, `situationCreance(...).totalDu`) — and the instalments of the invoices
 * claimed that are not yet late (`Creance.echeances`: their principal due; C. civ. 1305-2, a term suspends
 * exigibility), in the same list.
 */
function blocsAEchoir(aEchoir: readonly CalculFacture[], echeances: readonly { f: CalculFacture; e: EcheanceLettre }[] = []): Bloc[] {
  const une = aEchoir.length + echeances.length === 1;
  const sommes = echeances.length > 0;
  return [
    {
      type: 'paragraphe',
      texte: sommes
        ? une
          ? 'Pour information, la somme suivante n’est pas encore échue : elle n’est pas réclamée par la présente et reste payable à son échéance.'
          : 'Pour information, les sommes suivantes ne sont pas encore échues : elles ne sont pas réclamées par la présente et restent payables à leur échéance.'
        : une
          ? 'Pour information, la facture suivante n’est pas encore échue : elle n’est pas réclamée par la présente et reste payable à son échéance.'
          : 'Pour information, les factures suivantes ne sont pas encore échues : elles ne sont pas réclamées par la présente et restent payables à leur échéance.',
    },
    {
      type: 'liste',
      elements: [
        ...echeances.map(({ f, e }) => `Facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)}, échéance ${e.rang}/${e.nombre} : ${montantFr(e.principalDu)}, à échoir le ${dateFr(e.date)}`),
        ...aEchoir.map((f) => `Facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)} : ${montantFr(f.situation.totalDu)}, à échoir le ${dateFr(f.creance.dateEcheance)}`),
      ],
    },
  ];
}

/**
 * `options.parCreance` checked: an object keyed by the letter's claim ids, each value `situationCreance`'s
 * options except `siBaremeManquant` (a letter is computed with `'erreur'`).
 */
function lireParCreance(v: OptionsLettre['parCreance'], ids: ReadonlySet<string>): Map<string, NonNullable<OptionsLettre['parCreance']>[string]> {
  const r = new Map<string, NonNullable<OptionsLettre['parCreance']>[string]>();
  if (v === undefined) return r;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) entreeInvalide(['options', 'parCreance'], 'objet { [id de créance]: options } attendu', 'invalid_type');
  for (const [id, o] of Object.entries(v)) {
    const path = ['options', 'parCreance', id];
    if (!ids.has(id)) entreeInvalide(path, `aucune créance de la lettre n'a l'id ${id}`, 'unrecognized_keys');
    if (typeof o === 'object' && o !== null && 'siBaremeManquant' in o) entreeInvalide([...path, 'siBaremeManquant'], 'une lettre est calculée sur des barèmes connus (BAREME_MANQUANT sinon)', 'unrecognized_keys');
    r.set(id, lireOptionsSituation(o, path));
  }
  return r;
}

function unique(l: readonly string[]): string[] {
  return [...new Set(l)];
}

/**
 * Writes a recovery letter for one or more claims on one debtor.
 *
 * | `modele` | for | contents |
 * |---|---|---|
 * | `relance-amiable` | any debtor | the invoices, the amount, a deadline; for a professional, the L441-10 penalties and 40 € accrued |
 * | `relance-ferme` | any debtor | the same with the penalties period by period, the total, and the announcement of a mise en demeure |
 * | `mise-en-demeure` | professional or public debtor | identities, invoices, principal, penalties by period with their rates, the 40 € per late invoice, C. civ. 1344 / 1344-1 and C. com. L441-10, a deadline, what follows if unpaid |
 * | `mise-en-demeure-consommateur` | consumer or non-professional debtor | principal, legal interest from the mise en demeure (rate of the half-year), no indemnity, no fee (CPCE L111-8) |
 * | `lettre-agence-recouvrement` | any debtor, written by `agence` | the CPCE R124-4 mentions, including the text of L111-8 al. 2 and 3; needs `reference` and `modesPaiement` |
 * | `declaration-de-creance` | debtor under collective proceedings, to `mandataire` | the amount due on the day of the opening judgment (penalties stop the day before, L622-28), sums to fall due, security, certification (L622-25, R622-23) |
 *
 * Penalties run up to and including `dateLettre`. The payment deadline is `dateLettre + delaiJours`.
 *
 * @param modele - one of {@link MODELES_LETTRE}
 * @param donnees - creditor, debtor, claims, date of the letter… (see {@link donneesLettreSchema})
 * @param options - the calculators' options (`baremes`, `baseAnnuelle`) and the imputation rule (`imputation`,
 * default C. civ. 1343-1), as `situationCreance` takes them; `montantConteste` (a partial dispute);
 * `parCreance`: per claim id, that claim's `situationCreance` options (waiver, accessories claimed, days
 * without accrual, judgment date…), over the letter's
 * @returns the subject, the plain text, the HTML page, the amounts printed, the deadline, warnings and references
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (bad data, with the path; missing `agence`, `mandataire`,
 * `reference` or `modesPaiement` where the model needs them); `OPERATION_INTERDITE` when the law forbids the
 * letter: a B2B mise en demeure to a consumer (or the reverse), a reminder to a debtor under collective
 * proceedings (C. com. L622-21, L622-7), no claim late yet (with several claims, those not yet late are listed
 * "à échoir" apart — `montants.aEchoir` — and only the late ones are claimed), nothing due; `BAREME_MANQUANT` when the legal
 * tables do not cover a day of the accrual (a letter with unknown figures is not sent: extend the tables with
 * `etendreBaremes`).
 * @example
 * ```ts
 * import { genererLettre } from 'recouvrement';
 * const lettre = genererLettre('mise-en-demeure', {
 *   creancier: { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'Bâtiment Martin SAS' },
 *   creances: [{ id: 'F1', numeroFacture: '2025-001', montantTTC: '10000.00', dateFacture: '2025-05-01',
 *     dateEcheance: '2025-05-31', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false }],
 *   dateLettre: '2025-08-14',
 * });
 * lettre.montants.penalites; //=> '257.87' (= calculerPenalitesRetard(...).montant)
 * lettre.montants.total; //=> '10297.87'
 * lettre.dateLimitePaiement; //=> '2025-08-22'
 * ```
 */
export function genererLettre(modele: ModeleLettre, donnees: DonneesLettre, options?: OptionsLettre): Lettre {
  if (!(MODELES_LETTRE as readonly unknown[]).includes(modele)) entreeInvalide(['modele'], `modèle inconnu : attendu ${MODELES_LETTRE.join(', ')}`);
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) entreeInvalide(['options'], MESSAGES.optionsAttendues, 'invalid_type');
  refuserClesInconnues(options, ['baremes', 'baseAnnuelle', 'imputation', 'montantConteste', 'parCreance'], ['options']);
  // A partial dispute: the disputed amount is set apart, the letter claims the rest (read below, once the total is known).
  const conteste = options?.montantConteste === undefined ? null : lireEuros(options.montantConteste, ['options', 'montantConteste']);
  if (conteste !== null && conteste <= 0) entreeInvalide(['options', 'montantConteste'], 'montant contesté strictement positif attendu', 'too_small');
  if (conteste !== null && modele === 'declaration-de-creance') {
    entreeInvalide(['options', 'montantConteste'], 'une déclaration de créance porte toute la créance, contestée ou non, avec la juridiction saisie (C. com. R622-23 3°)');
  }
  if (options?.baseAnnuelle !== undefined && options.baseAnnuelle !== 365 && options.baseAnnuelle !== 'exacte') entreeInvalide(['options', 'baseAnnuelle'], "365 ou 'exacte' attendu");
  if (options?.imputation !== undefined && options.imputation !== 'legale' && options.imputation !== 'principal-d-abord') {
    entreeInvalide(['options', 'imputation'], "'legale' ou 'principal-d-abord' attendu");
  }
  const r = analyser(donneesLettreSchema, donnees);
  if (!r.success) throw depuisZod(r.error, 'Données de lettre invalides');
  const d = r.data;
  const parCreance = lireParCreance(options?.parCreance, new Set(d.creances.map((c) => c.id)));
  for (const [nom, p] of [['creancier', d.creancier], ['agence', d.agence]] as const) {
    // C. com. R123-237: "RCS" is followed by the city of the greffe and the registration number, the SIREN.
    if (p?.villeRcs !== undefined && p.siren === undefined) entreeInvalide([nom, 'siren'], 'la mention RCS suppose le numéro d’immatriculation (SIREN), C. com. R123-237', 'invalid_type');
  }
  const regime = regimeDe(d.debiteur);
  const pc = d.debiteur.procedureCollective;
  const avertissements: string[] = [];
  const references: string[] = [];

  d.creances.forEach((c, i) => {
    if (c.debiteurId !== undefined && c.debiteurId !== d.debiteur.id) {
      entreeInvalide(['creances', i, 'debiteurId'], `la créance ${c.id} vise le débiteur ${c.debiteurId}, pas ${d.debiteur.id}`);
    }
  });

  if (modele === 'mise-en-demeure' && regime === 'b2c') {
    interdit("Le modèle 'mise-en-demeure' réclame les pénalités L441-10 et l'indemnité de 40 €, qui ne visent que les professionnels : pour un consommateur ou un non-professionnel, utilisez 'mise-en-demeure-consommateur' (CPCE L111-8).");
  }
  if (modele === 'mise-en-demeure-consommateur' && regime !== 'b2c') {
    interdit("Le modèle 'mise-en-demeure-consommateur' est réservé aux débiteurs consommateurs ou non professionnels : pour un professionnel ou un acheteur public, utilisez 'mise-en-demeure' (C. com. L441-10).");
  }
  if (modele === 'declaration-de-creance') {
    if (pc === undefined) interdit("Une déclaration de créance suppose une procédure collective ouverte contre le débiteur (debiteur.procedureCollective), C. com. L622-24.");
    if (d.mandataire === undefined) entreeInvalide(['mandataire'], 'le mandataire judiciaire destinataire de la déclaration est requis (C. com. L622-24)', 'invalid_type');
    if (lireDate(d.dateLettre) < lireDate(pc.dateJugement)) interdit(`La déclaration de créance ne peut précéder le jugement d'ouverture du ${pc.dateJugement}.`);
  } else if (pc !== undefined) {
    interdit(
      `Le débiteur fait l'objet d'une procédure de ${pc.type} ouverte le ${pc.dateJugement} : les poursuites individuelles et le paiement des créances antérieures sont interdits (C. com. L622-21, L622-7). Déclarez la créance au mandataire judiciaire ('declaration-de-creance').`,
    );
  }
  if (modele === 'lettre-agence-recouvrement') {
    if (d.agence === undefined) entreeInvalide(['agence'], "l'identité de l'agence de recouvrement est requise (CPCE R124-4 1°)", 'invalid_type');
    if (d.reference === undefined || d.reference === '') entreeInvalide(['reference'], 'la référence de la lettre est requise : elle doit être rappelée dans toute démarche ultérieure (CPCE R124-4)', 'invalid_type');
    if (d.modesPaiement === undefined || d.modesPaiement.length === 0) entreeInvalide(['modesPaiement'], 'les modalités de paiement sont requises (CPCE R124-4 4°)', 'invalid_type');
  }

  const categorie = d.creancier.personnePhysiqueNonProfessionnelle === true ? 'creancier-particulier' : 'autres-cas';
  // Declaration: the amount due on the day of the opening judgment, interest stopped by it (L622-28).
  const dateCalcul =
    modele === 'declaration-de-creance' ? formaterDate(Math.min(lireDate(d.dateLettre), lireDate(pc!.dateJugement) - 1)) : d.dateLettre;
  // Every amount is the claim's statement by situationCreance (src/situation): the machine's figures.
  const calculees: CalculFacture[] = d.creances.map((c) =>
    calculerFacture(c, {
      debiteur: d.debiteur,
      dateCalcul,
      dateMiseEnDemeure: d.dateMiseEnDemeure,
      categorie,
      declaration: modele === 'declaration-de-creance',
      options,
      optionsCreance: parCreance.get(c.id),
    }),
  );
  // A reminder or a mise en demeure claims the invoices already late; one not yet late (a debtor's letter
  // covering several invoices) is listed apart, "à échoir", never claimed: nothing is exigible before the due
  // date, and penalties run only from the day after it (C. com. L441-10 II).
  const declaration = modele === 'declaration-de-creance';
  // A late invoice with nothing left to claim on it (paid in full with its accessories, or an invoice in
  // instalments whose first instalment was paid on its due date) is not a line of the letter: a reminder or a
  // mise en demeure lists the invoices "demeurées impayées". The letter says so in its warnings; the
  // instalments not yet due of such an invoice are listed "à échoir" below.
  const rienAReclamer = (f: CalculFacture): boolean => f.montants.total === '0.00';
  const enCours = declaration ? calculees : calculees.filter((f) => !f.aEchoir);
  const factures = declaration ? calculees : enCours.filter((f) => !rienAReclamer(f));
  if (!declaration) {
    for (const f of enCours) {
      if (rienAReclamer(f) && f.echeancesAEchoir.length === 0) {
        avertissements.push(`La facture ${f.creance.numeroFacture} ne laisse rien à réclamer au ${dateFr(d.dateLettre)} : elle n'est pas reprise dans la lettre (créances [${calculees.indexOf(f)}]).`);
      }
    }
  }
  const aEchoir = declaration ? [] : calculees.filter((f) => f.aEchoir);
  for (const f of factures) {
    references.push(...f.references);
    avertissements.push(...f.avertissements);
  }

  if (modele !== 'declaration-de-creance') {
    const seule = aEchoir[0];
    if (factures.length === 0 && seule !== undefined) {
      interdit(`La facture ${seule.creance.numeroFacture} n'est pas échue au ${d.dateLettre} (échéance le ${seule.creance.dateEcheance}) : rien ne peut encore être réclamé (créance non exigible).`);
    }
    for (const f of factures) {
      if (f.creance.contestee) avertissements.push(`La facture ${f.creance.numeroFacture} est contestée : vérifiez la contestation avant d'envoyer cette lettre (créances [${calculees.indexOf(f)}]).`);
    }
  } else {
    for (const f of factures) {
      if (lireDate(f.creance.dateExecution ?? f.creance.dateFacture) >= lireDate(pc!.dateJugement)) {
        avertissements.push(
          `La facture ${f.creance.numeroFacture} semble née après le jugement d'ouverture : une créance postérieure ne se déclare pas (elle relève de C. com. L622-17). Vérifiez sa date de naissance.`,
        );
      }
    }
    if (factures.some((f) => f.creance.contestee) && d.juridictionSaisie === undefined) {
      avertissements.push("Une facture est contestée : indiquez la juridiction saisie, s'il y en a une (juridictionSaisie, C. com. R622-23 3°).");
    }
    if (d.surete?.publiee === true) {
      // L622-24 al. 1: a creditor holding a published security (or party to a published contract) is warned
      // personally; its delay runs from that notice, not from the BODACC publication.
      avertissements.push(
        'Sûreté publiée : le délai de déclaration court à compter de l’avertissement personnel que le mandataire judiciaire doit vous adresser, et non de la publication au BODACC (C. com. L622-24 al. 1) ; à défaut d’avertissement, il ne court pas contre vous.',
      );
    }
    if (pc!.dateBodacc === undefined) {
      avertissements.push('Date de publication au BODACC inconnue : le délai de déclaration de deux mois court de cette publication (C. com. R622-24).');
    } else {
      const limite = ajouterMois(lireDate(pc!.dateBodacc), 2);
      avertissements.push(
        `Délai de déclaration : jusqu'au ${dateFr(formaterDate(limite))} (deux mois à compter de la publication au BODACC, C. com. R622-24 ; deux mois de plus pour un créancier établi hors de France métropolitaine).`,
      );
      if (lireDate(d.dateLettre) > limite && d.surete?.publiee !== true) {
        avertissements.push(
          `Déclaration hors délai : sans relevé de forclusion, la créance n'est pas admise dans les répartitions et dividendes ; le relevé se demande au juge-commissaire dans les six mois de la publication au BODACC (C. com. L622-26).`,
        );
      }
    }
    if (pc!.type === 'liquidation' && d.mandataire?.qualite === undefined) {
      avertissements.push("En liquidation judiciaire, la déclaration est adressée au liquidateur : correspondance NON CONFIRMÉE dans la référence juridique, vérifiez le destinataire.");
    }
    avertissements.push(
      "Pénalités arrêtées à la veille du jugement d'ouverture (C. com. L622-28) : le jour même du jugement est exclu, lecture NON CONFIRMÉE dans la référence juridique.",
    );
  }

  const totaux = (() => {
    const t = (k: 'principal' | 'penalites' | 'indemnite' | 'interets' | 'avoirs' | 'imputeAccessoires' | 'penalitesDues' | 'indemniteDue' | 'interetsDus' | 'total'): string =>
      somme(factures.map((f) => f.montants[k]));
    return {
      principal: t('principal'),
      penalites: t('penalites'),
      indemnite: t('indemnite'),
      interets: t('interets'),
      avoirs: t('avoirs'),
      imputeAccessoires: t('imputeAccessoires'),
      penalitesDues: t('penalitesDues'),
      indemniteDue: t('indemniteDue'),
      interetsDus: t('interetsDus'),
      total: t('total'),
    };
  })();
  if (totaux.total === '0.00') interdit('Rien n’est dû sur ces créances à la date de la lettre : aucune lettre de recouvrement ne peut être envoyée.');
  // The claim's statement (situationCreance) minus the disputed part: the one answer, set apart in the letter.
  if (conteste !== null && lireEuros(totaux.total) - conteste <= 0) {
    interdit(`Le montant contesté (${formaterEuros(conteste)}) couvre tout ce qui est dû (${totaux.total}) : aucune partie non contestée ne peut être réclamée.`);
  }
  const reclame = conteste === null ? totaux.total : formaterEuros(lireEuros(totaux.total) - conteste);

  const delai = d.delaiJours ?? DELAI_PAR_DEFAUT[modele];
  const ctx: Contexte = {
    d,
    regime,
    factures,
    totaux,
    conteste: conteste === null ? null : formaterEuros(conteste),
    reclame,
    dateCalcul,
    dateLimite: ajouterJours(d.dateLettre, delai),
    categorie,
    options,
    avertissements,
    references,
  };

  let doc: DocumentLettre;
  switch (modele) {
    case 'relance-amiable':
      doc = relanceAmiable(ctx);
      break;
    case 'relance-ferme':
      doc = relanceFerme(ctx);
      break;
    case 'mise-en-demeure':
      // Penalties not in the letter on any invoice (not claimed, or waived): it invokes neither R2192-31 nor C. civ. 1344-1.
      if (regime === 'public') {
        references.push('C. commande publique art. L2192-13', ...(horsLettre(ctx) === 'toutes' ? [] : ['C. commande publique art. R2192-31']), 'CJA art. R541-1', 'Loi n° 80-539 du 16 juillet 1980');
        if (totaux.indemnite !== '0.00') references.push('C. commande publique art. D2192-35');
      } else {
        references.push('C. civ. art. 1344', ...(horsLettre(ctx) === 'toutes' ? [] : ['C. civ. art. 1344-1']));
      }
      doc = miseEnDemeure(ctx);
      break;
    case 'mise-en-demeure-consommateur':
      doc = miseEnDemeureConsommateur(ctx);
      break;
    case 'lettre-agence-recouvrement':
      references.push('CPCE art. R124-4', 'CPCE art. L111-8');
      doc = lettreAgence(ctx, d.agence!);
      break;
    case 'declaration-de-creance':
      references.push('C. com. art. L622-24', 'C. com. art. L622-25', 'C. com. art. R622-23', 'C. com. art. R622-24', 'C. com. art. L622-28');
      doc = declarationDeCreance(ctx, pc!, d.mandataire!);
      break;
  }

  // The instalments of the invoices claimed that are not yet late (C. civ. 1305-2), listed with them.
  const echeancesAEchoir = enCours.flatMap((f) => f.echeancesAEchoir.map((e) => ({ f, e })));
  if (aEchoir.length > 0 || echeancesAEchoir.length > 0) {
    // At the end of the body, before the closing "Si votre règlement a été effectué entre-temps…" when there is one.
    let i = doc.corps.length;
    while (i > 0 && !(doc.corps[i - 1]!.type === 'paragraphe' && (doc.corps[i - 1] as { texte: string }).texte.startsWith('Si votre règlement'))) i--;
    const ou = i > 0 ? i - 1 : doc.corps.length;
    doc = { ...doc, corps: [...doc.corps.slice(0, ou), ...blocsAEchoir(aEchoir, echeancesAEchoir), ...doc.corps.slice(ou)] };
  }

  return {
    modele,
    // One line by construction (an e-mail Subject): the fields are single-line already, this is a second lock.
    objet: surUneLigne(doc.objet),
    texte: rendreTexte(doc),
    html: rendreHtml(doc),
    montants: {
      factures: factures.map((f) => f.montants),
      principal: totaux.principal,
      penalites: totaux.penalites,
      indemnite: totaux.indemnite,
      interets: totaux.interets,
      avoirs: totaux.avoirs,
      imputeAccessoires: totaux.imputeAccessoires,
      total: totaux.total,
      conteste: conteste === null ? '0.00' : formaterEuros(conteste),
      reclame,
      aEchoir: [
        ...echeancesAEchoir.map(({ f, e }) => ({ numeroFacture: f.creance.numeroFacture, dateEcheance: e.date, montant: e.principalDu })),
        ...aEchoir.map((f) => ({ numeroFacture: f.creance.numeroFacture, dateEcheance: f.creance.dateEcheance, montant: f.situation.totalDu })),
      ],
    },
    dateLimitePaiement: modele === 'declaration-de-creance' ? null : ctx.dateLimite,
    avertissements: unique(avertissements),
    references: unique(references),
  };
}
