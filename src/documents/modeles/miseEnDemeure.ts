/**
 * Internal: the mise en demeure — C. civ. 1344 (an "interpellation suffisante") and 1344-1 (it makes
 * moratory interest run at the legal rate). Between professionals the L441-10 penalties already run without
 * it (C. com. L441-10 II); against a consumer, legal interest runs from it (C. civ. 1231-6), and no recovery
 * cost may be charged before a titre exécutoire (CPCE L111-8).
 */
import { dateFr, montantFr, semestreFr, tauxFr } from '../internes/format.js';
import {
  blocsPaiement,
  descriptionTaux,
  designationFactures,
  juridiction,
  lieuEtDate,
  lignesCreancier,
  lignesDebiteur,
  mentionEnvoi,
  pluriel,
  signature,
  tableauFactures,
  tableauPeriodes,
  type Contexte,
} from '../internes/contexte.js';
import { tauxLegalDuJour } from '../internes/montants.js';
import type { Bloc, DocumentLettre } from '../internes/rendu.js';

const POLITESSE = 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.';

/** The letter around the body, the same for both mises en demeure: sent by LRAR, with a copy of each invoice. */
function lettreMiseEnDemeure(c: Contexte, corps: readonly Bloc[]): DocumentLettre {
  return {
    titre: `Mise en demeure — ${designationFactures(c)}`,
    expediteur: lignesCreancier(c),
    destinataire: lignesDebiteur(c),
    lieuEtDate: lieuEtDate(c),
    mentions: mentionEnvoi(c, 'lrar'),
    objet: `Mise en demeure de payer — ${designationFactures(c)}`,
    appel: 'Madame, Monsieur,',
    corps,
    politesse: POLITESSE,
    signature: signature(c),
    annexes: c.factures.map((f) => `Copie de la facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)}`),
  };
}

/** mise-en-demeure: professional or public debtor. */
export function miseEnDemeure(c: Contexte): DocumentLettre {
  const publique = c.regime === 'public';
  const libelle = publique ? 'Intérêts moratoires' : 'Pénalités de retard';
  const nbIndemnites = c.factures.filter((f) => f.montants.indemnite !== '0.00').length;
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte: `Par la présente, nous vous mettons en demeure de nous régler la somme de ${montantFr(c.totaux.total)}, dont vous nous êtes redevable au titre ${pluriel(c, 'de la facture suivante', 'des factures suivantes')}, ${pluriel(c, 'demeurée impayée', 'demeurées impayées')} malgré nos relances :`,
    },
    tableauFactures(c),
    { type: 'intertitre', texte: libelle },
    {
      type: 'paragraphe',
      texte: publique
        ? `Le retard de paiement fait courir de plein droit des intérêts moratoires au taux d’intérêt de la Banque centrale européenne en vigueur au premier jour du semestre au cours duquel ils ont commencé à courir, majoré de 8 points (article R2192-31 du code de la commande publique). Arrêtés au ${dateFr(c.dateCalcul)}, ils s’élèvent à :`
        : `Conformément à l’article L441-10 II du code de commerce, ces sommes portent de plein droit, dès le lendemain de leur date d’échéance et sans qu’un rappel soit nécessaire, des pénalités de retard ${descriptionTaux(c)}. Arrêtées au ${dateFr(c.dateCalcul)}, elles s’élèvent à :`,
    },
    ...(c.totaux.penalites !== '0.00' ? [tableauPeriodes(c, publique ? 'Intérêts' : 'Pénalités', c.totaux.penalites)] : []),
  ];
  if (nbIndemnites > 0) {
    corps.push(
      { type: 'intertitre', texte: 'Indemnité forfaitaire pour frais de recouvrement' },
      {
        type: 'paragraphe',
        texte:
          `S’y ajoute, pour chaque facture payée en retard, l’indemnité forfaitaire pour frais de recouvrement due de plein droit (articles L441-10 II et D441-5 du code de commerce), ` +
          `soit ${montantFr(c.totaux.indemnite)}${nbIndemnites > 1 ? ` pour ${nbIndemnites} factures` : ''}. ` +
          'Nous nous réservons de demander une indemnisation complémentaire, sur justification, si les frais de recouvrement exposés dépassent ce montant.',
      },
    );
  }
  corps.push(
    { type: 'intertitre', texte: 'Récapitulatif' },
    {
      type: 'tableau',
      entetes: ['Nature', 'Montant'],
      lignes: [
        ['Principal restant dû', montantFr(c.totaux.principal)],
        [`${libelle} au ${dateFr(c.dateCalcul)}`, montantFr(c.totaux.penalites)],
        ...(nbIndemnites > 0 ? [['Indemnité forfaitaire pour frais de recouvrement', montantFr(c.totaux.indemnite)]] : []),
      ],
      droite: [1],
      total: ['Total dû', montantFr(c.totaux.total)],
    },
    ...blocsPaiement(c, `Nous vous mettons en demeure de régler cette somme au plus tard le ${dateFr(c.dateLimite)}`),
    {
      type: 'paragraphe',
      texte: `La présente lettre vaut mise en demeure au sens des articles 1344 et 1344-1 du code civil. ${publique ? 'Les intérêts moratoires' : 'Les pénalités de retard'} continuent de courir sur le principal restant dû jusqu’au complet paiement.`,
    },
    {
      type: 'paragraphe',
      texte:
        `À défaut de paiement intégral dans ce délai, nous saisirons sans autre avis ${juridiction(c)} afin d’obtenir un titre exécutoire (injonction de payer, référé-provision ou assignation en paiement), ` +
        'dont l’exécution forcée sera confiée à un commissaire de justice ; les frais de l’exécution forcée sont à la charge du débiteur (article L111-8 du code des procédures civiles d’exécution).',
    },
    { type: 'paragraphe', texte: 'Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.' },
  );
  return lettreMiseEnDemeure(c, corps);
}

/** mise-en-demeure-consommateur: consumer or non-professional debtor — no indemnity, no fee. */
export function miseEnDemeureConsommateur(c: Contexte): DocumentLettre {
  const { taux, avertissements } = tauxLegalDuJour(c.d.dateLettre, c.categorie, c.options);
  c.avertissements.push(...avertissements);
  c.references.push('C. civ. art. 1231-6', 'C. civ. art. 1344', 'C. civ. art. 1344-1', 'C. mon. fin. art. L313-2', 'CPCE art. L111-8');
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte: `Par la présente, nous vous mettons en demeure de nous régler la somme de ${montantFr(c.totaux.total)}, restant due au titre ${pluriel(c, 'de la facture suivante', 'des factures suivantes')} :`,
    },
    tableauFactures(c),
  ];
  if (c.totaux.interets !== '0.00' && c.d.dateMiseEnDemeure !== undefined) {
    corps.push(
      {
        type: 'paragraphe',
        texte: `S’y ajoutent les intérêts au taux légal courus depuis notre mise en demeure du ${dateFr(c.d.dateMiseEnDemeure)}, arrêtés au ${dateFr(c.dateCalcul)} :`,
      },
      tableauPeriodes(c, 'Intérêts', c.totaux.interets),
    );
  }
  corps.push(
    {
      type: 'paragraphe',
      texte:
        `Conformément aux articles 1231-6, 1344 et 1344-1 du code civil, la présente mise en demeure fait courir sur le principal des intérêts au taux légal jusqu’au complet paiement, ` +
        `soit ${tauxFr(taux)} l’an pour le ${semestreFr(c.d.dateLettre)} (taux applicable ${c.categorie === 'creancier-particulier' ? 'lorsque le créancier est une personne physique n’agissant pas pour des besoins professionnels' : 'lorsque le créancier n’est pas un particulier'}, article L313-2 du code monétaire et financier ; ce taux est révisé chaque semestre).`,
    },
    {
      type: 'paragraphe',
      texte: 'Conformément à l’article L111-8 du code des procédures civiles d’exécution, aucuns frais de recouvrement ne vous sont réclamés.',
    },
    ...blocsPaiement(c, `Nous vous demandons de régler la somme de ${montantFr(c.totaux.total)} au plus tard le ${dateFr(c.dateLimite)}`),
    {
      type: 'paragraphe',
      texte: 'Si vous rencontrez des difficultés de paiement, nous vous invitons à nous contacter sans délai afin d’envisager ensemble un échéancier.',
    },
    {
      type: 'paragraphe',
      texte: `À défaut de paiement dans ce délai, nous saisirons ${juridiction(c)} afin d’obtenir un titre exécutoire, sans autre avis de notre part.`,
    },
    { type: 'paragraphe', texte: 'Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.' },
  );
  return lettreMiseEnDemeure(c, corps);
}
