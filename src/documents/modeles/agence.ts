/**
 * Internal: the letter of a collection agency to the debtor — CPCE R124-4. It must contain (1°) the agent's
 * name and address and that it carries out amicable debt recovery, (2°) the creditor's name and address,
 * (3°) the basis and amount due in principal, interest and other accessories, itemised, excluding the costs
 * that stay with the creditor under L111-8, (4°) the demand to pay and the payment methods, (5°) the
 * reproduction of the second and third paragraphs of L111-8. Its reference and date are recalled in every
 * later step. Omitting a mention is a contravention de 5e classe (R124-7). An accessory not in the letter — not
 * claimed by the creditor (`reclame` false in the statement) or waived (`situationCreance(...).accessoiresAbandonnes`)
 * — still has its column in the itemised account (at 0,00 €), but the letter does not state it is owed or runs;
 * after a waiver it says the mandant waived them.
 */
import { dateFr, montantFr } from '../internes/format.js';
import {
  L111_8_AL2,
  L111_8_AL3,
  appel,
  blocsAvoirs,
  blocsImputation,
  blocsLitigePartiel,
  blocsPaiement,
  blocsRenonciation,
  de,
  designationFactures,
  formulePolitesse,
  lieuEtDate,
  lignesDebiteur,
  lignesPartie,
  mentionEnvoi,
  mentionsSociete,
  horsLettre,
  signature,
  tableauPeriodes,
  type Contexte,
} from '../internes/contexte.js';
import { dansLaLettre } from '../internes/montants.js';
import type { Partie } from '../donnees.js';
import type { Bloc, DocumentLettre } from '../../socle/rendu.js';

export function lettreAgence(c: Contexte, agence: Partie): DocumentLettre {
  const creancier = lignesPartie(c.d.creancier).join(', ');
  const adresseAgence = lignesPartie(agence).slice(1).join(', ');
  const b2c = c.regime === 'b2c';
  const accessoire = b2c ? 'Intérêts au taux légal' : c.regime === 'public' ? 'Intérêts moratoires' : 'Pénalités de retard';
  // R124-4 3°: the amounts still due, itemised (what payments already covered is deducted, C. civ. 1343-1).
  const montantAccessoire = b2c ? c.totaux.interets : c.totaux.penalites;
  const accessoireDu = b2c ? c.totaux.interetsDus : c.totaux.penalitesDues;
  const lignes = c.factures.map((f) => {
    const base = [
      `Facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)}, échue le ${dateFr(f.creance.dateEcheance)}`,
      montantFr(f.montants.principal),
      montantFr(b2c ? f.montants.interetsDus : f.montants.penalitesDues),
    ];
    return b2c ? base : [...base, montantFr(f.montants.indemniteDue)];
  });
  // Legal interest runs only from a mise en demeure (C. civ. 1231-6, 1344-1): never say it runs when none was sent.
  const renonce = horsLettre(c);
  // The running accessory out of the letter on every invoice (not claimed, or waived): its basis is not stated;
  // the 40 €'s is, when it is claimed (R124-4 3°).
  const indemniteSeule = renonce === 'toutes' && !b2c && c.totaux.indemnite !== '0.00';
  // The 40 € is in the letter on some invoice: its basis is stated with the penalties'.
  const indemnite = c.factures.some((f) => dansLaLettre(f.situation, 'indemnite'));
  const fondements = indemniteSeule
    ? c.regime === 'public'
      ? 'L’indemnité forfaitaire pour frais de recouvrement est due de plein droit par l’acheteur public (articles L2192-13 et D2192-35 du code de la commande publique).'
      : 'L’indemnité forfaitaire pour frais de recouvrement, due pour chaque facture payée en retard, l’est par le débiteur professionnel en vertu d’une disposition législative (articles L441-10 II et D441-5 du code de commerce).'
    : renonce === 'toutes' ? null : b2c
    ? c.d.dateMiseEnDemeure !== undefined
      ? `Les intérêts au taux légal courent depuis la mise en demeure du ${dateFr(c.d.dateMiseEnDemeure)} (articles 1231-6 et 1344-1 du code civil).`
      : 'Aucun intérêt n’est réclamé à ce jour : les intérêts au taux légal ne courent qu’à compter d’une mise en demeure (articles 1231-6 et 1344-1 du code civil).'
    : c.regime === 'public'
      ? indemnite
        ? 'Les intérêts moratoires et l’indemnité forfaitaire pour frais de recouvrement sont dus de plein droit par l’acheteur public (articles L2192-13, R2192-31 et D2192-35 du code de la commande publique).'
        : 'Les intérêts moratoires sont dus de plein droit par l’acheteur public (articles L2192-13 et R2192-31 du code de la commande publique).'
      : `Les pénalités de retard sont dues de plein droit dès le lendemain de l’échéance (article L441-10 II du code de commerce)${indemnite ? ' ; l’indemnité forfaitaire pour frais de recouvrement, due pour chaque facture payée en retard, l’est par le débiteur professionnel en vertu d’une disposition législative (articles L441-10 II et D441-5 du code de commerce)' : ''}.`;
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte: `${agence.denomination}, ${adresseAgence ? `${adresseAgence}, ` : ''}exerce une activité de recouvrement amiable de créances pour le compte d’autrui.`,
    },
    {
      type: 'paragraphe',
      texte: `Nous intervenons pour le compte de notre mandant, ${creancier}, qui nous a chargés de recouvrer la créance détaillée ci-dessous, fondée sur ${c.factures.length > 1 ? 'les' : 'la'} ${designationFactures(c)}.`,
    },
    { type: 'intertitre', texte: 'Décompte de la créance' },
    {
      type: 'tableau',
      entetes: b2c ? ['Fondement', 'Principal', accessoire] : ['Fondement', 'Principal', accessoire, 'Indemnité forfaitaire'],
      lignes,
      droite: b2c ? [1, 2] : [1, 2, 3],
      total: b2c
        ? ['Total', montantFr(c.totaux.principal), montantFr(accessoireDu)]
        : ['Total', montantFr(c.totaux.principal), montantFr(accessoireDu), montantFr(c.totaux.indemniteDue)],
    },
    { type: 'paragraphe', texte: `Somme totale due au ${dateFr(c.dateCalcul)} : ${montantFr(c.totaux.total)}.` },
    ...blocsAvoirs(c),
    ...blocsImputation(c),
  ];
  if (montantAccessoire !== '0.00') corps.push({ type: 'paragraphe', texte: `Détail ${b2c ? 'des intérêts courus' : c.regime === 'public' ? 'des intérêts moratoires courus' : 'des pénalités de retard courues'}, période par période :` }, tableauPeriodes(c, b2c || c.regime === 'public' ? 'Intérêts' : 'Pénalités', montantAccessoire));
  corps.push(
    ...(fondements === null ? [] : [{ type: 'paragraphe', texte: fondements } as const]),
    ...blocsRenonciation(c, 'Notre mandant a'),
    {
      type: 'paragraphe',
      texte: 'Ce décompte ne comprend aucun des frais qui restent à la charge du créancier en application de l’article L111-8 du code des procédures civiles d’exécution, reproduit ci-dessous.',
    },
    ...blocsLitigePartiel(c),
    ...blocsPaiement(c, `Nous vous demandons de régler la somme de ${montantFr(c.reclame)} au plus tard le ${dateFr(c.dateLimite)}`),
    { type: 'intertitre', texte: 'Article L111-8 du code des procédures civiles d’exécution (alinéas 2 et 3)' },
    { type: 'citation', texte: L111_8_AL2, source: 'CPCE, art. L111-8, al. 2' },
    { type: 'citation', texte: L111_8_AL3, source: 'CPCE, art. L111-8, al. 3' },
    {
      type: 'paragraphe',
      texte: `Merci de rappeler la référence ${c.d.reference ?? ''} et la date de la présente lettre (${dateFr(c.d.dateLettre)}) dans toute correspondance.`,
    },
  );
  return {
    titre: `Recouvrement amiable — ${designationFactures(c)}`,
    expediteur: lignesPartie(agence, [...mentionsSociete(agence), agence.mentionLegale, agence.telephone ? `Tél. ${agence.telephone}` : undefined, agence.email]),
    destinataire: lignesDebiteur(c),
    lieuEtDate: lieuEtDate(c),
    mentions: mentionEnvoi(c, 'courrier'),
    objet: `Recouvrement amiable de créance pour le compte ${de(c.d.creancier.denomination)} — ${designationFactures(c)}`,
    appel: appel(c),
    corps,
    politesse: formulePolitesse(c),
    signature: signature(c, agence),
    annexes: [],
  };
}
