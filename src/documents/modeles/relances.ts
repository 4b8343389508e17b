/**
 * Internal: the two reminders before a mise en demeure.
 *
 * - Professional debtor: penalties are due from the day after the due date without any reminder, and the 40 €
 *   indemnity per late invoice (C. com. L441-10 II, D441-5); the reminders say so, with the amounts.
 * - Consumer or non-professional debtor: no penalty, no indemnity, no fee (CPCE L111-8); legal interest only
 *   runs from a mise en demeure (C. civ. 1231-6, 1344-1).
 * - An accessory not in the letter — not claimed by the creditor (`reclame` false in the statement), or waived
 *   (`situationCreance(...).accessoiresAbandonnes`) — is neither claimed nor announced nor said to run on the
 *   invoices concerned; a waiver is stated in one sentence (nothing is said of an accessory simply not claimed).
 */
import { dateFr, montantFr } from '../internes/format.js';
import {
  appel,
  blocsLitigePartiel,
  blocsPaiement,
  blocsRenonciation,
  formulePolitesse,
  descriptionTaux,
  designationFactures,
  facturesOuCourent,
  lieuEtDate,
  lignesCreancier,
  lignesDebiteur,
  mentionEnvoi,
  pluriel,
  horsLettre,
  signature,
  tableauFactures,
  tableauPeriodes,
  type Contexte,
} from '../internes/contexte.js';
import type { Bloc, DocumentLettre } from '../../socle/rendu.js';
import { somme } from '../internes/montants.js';

function rappelPenalites(c: Contexte, detail: boolean): Bloc[] {
  // Penalties not in the letter on any invoice (not claimed, or waived: the waiver is stated): not announced;
  // the 40 € alone when it is claimed.
  const indemnite = c.totaux.indemnite !== '0.00';
  const sansPenalites = horsLettre(c) === 'toutes';
  if (c.regime === 'b2c' || (sansPenalites && !indemnite)) return blocsRenonciation(c);
  const blocs: Bloc[] = [];
  if (sansPenalites) {
    blocs.push({
      type: 'paragraphe',
      texte:
        c.regime === 'public'
          ? `Nous vous rappelons que le retard de paiement rend due de plein droit l’indemnité forfaitaire pour frais de recouvrement (articles L2192-13 et D2192-35 du code de la commande publique), soit ${montantFr(c.totaux.indemnite)}.`
          : `Nous vous rappelons que l’indemnité forfaitaire pour frais de recouvrement est due de plein droit pour chaque facture payée en retard (articles L441-10 II et D441-5 du code de commerce), soit ${montantFr(c.totaux.indemnite)}.`,
    });
  } else if (c.regime === 'public') {
    blocs.push({
      type: 'paragraphe',
      texte:
        `Nous vous rappelons que le retard de paiement fait courir de plein droit des intérêts moratoires (articles L2192-13 et R2192-31 du code de la commande publique), ` +
        `qui s’élèvent à ${montantFr(c.totaux.penalites)} au ${dateFr(c.dateCalcul)}` +
        (indemnite ? `, ainsi que l’indemnité forfaitaire pour frais de recouvrement de ${montantFr(c.totaux.indemnite)} (article D2192-35 du même code).` : '.'),
    });
  } else {
    blocs.push({
      type: 'paragraphe',
      texte:
        `Nous vous rappelons qu’en application de l’article L441-10 du code de commerce, tout retard de paiement rend exigibles, dès le lendemain de l’échéance et sans qu’un rappel soit nécessaire, ` +
        `des pénalités de retard ${descriptionTaux(c)}. Au ${dateFr(c.dateCalcul)}, elles s’élèvent à ${montantFr(c.totaux.penalites)}` +
        (indemnite
          ? `. S’y ajoute l’indemnité forfaitaire pour frais de recouvrement, due de plein droit pour chaque facture payée en retard (article D441-5 du code de commerce), soit ${montantFr(c.totaux.indemnite)}.`
          : '.'),
    });
  }
  if (detail && !sansPenalites && c.totaux.penalites !== '0.00') blocs.push(tableauPeriodes(c, c.regime === 'public' ? 'Intérêts' : 'Pénalités', c.totaux.penalites));
  if (!detail && c.totaux.imputeAccessoires !== '0.00') {
    const reste = somme([c.totaux.penalitesDues, c.totaux.indemniteDue]);
    blocs.push({
      type: 'paragraphe',
      texte: `Compte tenu des règlements déjà imputés sur ces sommes (${montantFr(c.totaux.imputeAccessoires)}), il en reste dû ${montantFr(reste)}.`,
    });
  }
  return [...blocs, ...blocsRenonciation(c)];
}

/** The letter around the body, the same for both reminders: an ordinary letter, no attachment. */
function lettreRelance(c: Contexte, objet: string, corps: readonly Bloc[]): DocumentLettre {
  return {
    titre: `Relance — ${designationFactures(c)}`,
    expediteur: lignesCreancier(c),
    destinataire: lignesDebiteur(c),
    lieuEtDate: lieuEtDate(c),
    mentions: mentionEnvoi(c, 'courrier'),
    objet,
    appel: appel(c),
    corps,
    politesse: formulePolitesse(c),
    signature: signature(c),
    annexes: [],
  };
}

/** relance-amiable: a courteous first reminder. */
export function relanceAmiable(c: Contexte): DocumentLettre {
  const echeances = [...new Set(c.factures.map((f) => f.creance.dateEcheance))];
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte:
        `Sauf erreur ou omission de notre part, nous n’avons pas reçu, à ce jour, le règlement ${pluriel(c, 'de la facture ci-dessous, arrivée', 'des factures ci-dessous, arrivées')} à échéance` +
        (echeances.length === 1 ? ` le ${dateFr(echeances[0]!)} :` : ' :'),
    },
    ...tableauFactures(c),
    ...blocsLitigePartiel(c),
    ...blocsPaiement(
      c,
      `Nous vous remercions de bien vouloir nous régler la somme de ${montantFr(c.conteste !== null ? c.reclame : c.totaux.principal !== '0.00' ? c.totaux.principal : c.totaux.total)} au plus tard le ${dateFr(c.dateLimite)}`,
    ),
    ...rappelPenalites(c, false),
    {
      type: 'paragraphe',
      texte: 'Si vous rencontrez une difficulté, ou si une réclamation justifie ce retard, nous vous invitons à nous contacter afin d’y remédier rapidement.',
    },
    { type: 'paragraphe', texte: 'Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.' },
  ];
  return lettreRelance(c, `Relance — ${designationFactures(c)} ${pluriel(c, 'restée impayée', 'restées impayées')}`, corps);
}

/** relance-ferme: a firm reminder announcing the mise en demeure. */
export function relanceFerme(c: Contexte): DocumentLettre {
  const b2c = c.regime === 'b2c';
  const renonce = horsLettre(c);
  // "continuent de courir": on the invoices whose accessories the letter claims only, named.
  const autres = facturesOuCourent(c, 'sur');
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte: `${c.d.relancesEnvoyees === true ? 'Malgré nos précédents rappels, ' : 'Sauf erreur ou omission de notre part, '}${pluriel(c, 'la facture suivante demeure impayée', 'les factures suivantes demeurent impayées')} à ce jour :`,
    },
    ...tableauFactures(c),
    ...rappelPenalites(c, true),
  ];
  if (!b2c && (renonce !== 'toutes' || c.totaux.indemnite !== '0.00')) {
    const elements = [
      `Principal restant dû : ${montantFr(c.totaux.principal)}`,
      ...(renonce === 'toutes' ? [] : [`${c.regime === 'public' ? 'Intérêts moratoires' : 'Pénalités de retard'} au ${dateFr(c.dateCalcul)} : ${montantFr(c.totaux.penalites)}`]),
    ];
    if (c.totaux.indemnite !== '0.00') elements.push(`Indemnité forfaitaire pour frais de recouvrement : ${montantFr(c.totaux.indemnite)}`);
    if (c.totaux.imputeAccessoires !== '0.00') {
      elements.push(`Règlements imputés sur ces accessoires (article 1343-1 du code civil) : ${montantFr(`-${c.totaux.imputeAccessoires}`)}`);
    }
    corps.push({ type: 'paragraphe', texte: `Le montant total dû s’établit ainsi à ${montantFr(c.totaux.total)} :` }, { type: 'liste', elements });
  }
  corps.push(...blocsLitigePartiel(c), ...blocsPaiement(c, `Nous vous demandons de régler la somme de ${montantFr(c.reclame)} au plus tard le ${dateFr(c.dateLimite)}`));
  corps.push({
    type: 'paragraphe',
    texte: b2c
      ? renonce === 'toutes'
        ? 'À défaut de règlement dans ce délai, nous vous adresserons une mise en demeure de payer, avant de saisir le tribunal judiciaire compétent afin d’obtenir un titre exécutoire.'
        : 'À défaut de règlement dans ce délai, nous vous adresserons une mise en demeure de payer, qui fera courir les intérêts au taux légal (articles 1231-6 et 1344-1 du code civil), avant de saisir le tribunal judiciaire compétent afin d’obtenir un titre exécutoire.'
      : c.regime === 'public'
        ? `À défaut de règlement dans ce délai, nous vous adresserons une mise en demeure de payer, préalable à la saisine du juge des référés du tribunal administratif (article R541-1 du code de justice administrative).${renonce === 'toutes' ? '' : ` Les intérêts moratoires continuent de courir${autres} jusqu’au paiement.`}`
        : `À défaut de règlement dans ce délai, nous vous adresserons une mise en demeure de payer, préalable à l’engagement d’une procédure judiciaire de recouvrement.${renonce === 'toutes' ? '' : ` Les pénalités de retard continuent de courir${autres} jusqu’au complet paiement.`}`,
  });
  corps.push({ type: 'paragraphe', texte: 'Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.' });
  return lettreRelance(c, `Dernière relance avant mise en demeure — ${designationFactures(c)}`, corps);
}
