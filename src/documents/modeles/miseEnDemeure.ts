/**
 * Internal: the mise en demeure — C. civ. 1344 (an "interpellation suffisante") and 1344-1 (it makes
 * moratory interest run at the legal rate). Between professionals the L441-10 penalties already run without
 * it (C. com. L441-10 II); against a consumer, legal interest runs from it (C. civ. 1231-6), and no recovery
 * cost may be charged before a titre exécutoire (CPCE L111-8). An accessory not in the letter — not claimed by
 * the creditor (`reclame` false in the statement) or waived (`situationCreance(...).accessoiresAbandonnes`) —
 * is neither claimed nor announced on the invoices concerned (a waiver is stated in one sentence), and with the
 * penalties or interest out of the letter on every invoice, the letter does not invoke C. civ. 1344-1.
 */
import { dateFr, montantFr, semestreFr, tauxFr } from '../internes/format.js';
import {
  appel,
  blocsLitigePartiel,
  blocsPaiement,
  blocsRenonciation,
  formulePolitesse,
  descriptionTaux,
  designationFactures,
  facturesOuCourent,
  juridiction,
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
import { dansLaLettre, tauxLegalDuJour } from '../internes/montants.js';
import { blocsClausePenale } from '../internes/clausePenale.js';
import type { Bloc, DocumentLettre } from '../../socle/rendu.js';

/** The letter around the body, the same for both mises en demeure: sent by LRAR, with a copy of each invoice. */
function lettreMiseEnDemeure(c: Contexte, corps: readonly Bloc[]): DocumentLettre {
  return {
    titre: `Mise en demeure — ${designationFactures(c)}`,
    expediteur: lignesCreancier(c),
    destinataire: lignesDebiteur(c),
    lieuEtDate: lieuEtDate(c),
    mentions: mentionEnvoi(c, 'lrar'),
    objet: `Mise en demeure de payer — ${designationFactures(c)}`,
    appel: appel(c),
    corps,
    politesse: formulePolitesse(c, 'Veuillez agréer'),
    signature: signature(c),
    annexes: c.factures.map((f) => `Copie de la facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)}`),
  };
}

/** "demeurée impayée malgré nos relances" only when reminders were sent (the caller says so). */
function impayee(c: Contexte): string {
  return `${pluriel(c, 'demeurée impayée', 'demeurées impayées')}${c.d.relancesEnvoyees === true ? ' malgré nos relances' : ''}`;
}

/** The 40 € paragraph, on the regime's own articles. */
function paragrapheIndemnite(c: Contexte, nbIndemnites: number): Bloc {
  const articles = c.regime === 'public' ? 'articles L2192-13 et D2192-35 du code de la commande publique' : 'articles L441-10 II et D441-5 du code de commerce';
  return {
    type: 'paragraphe',
    texte:
      `S’y ajoute, pour chaque facture payée en retard, l’indemnité forfaitaire pour frais de recouvrement due de plein droit (${articles}), ` +
      `soit ${montantFr(c.totaux.indemnite)}${nbIndemnites > 1 ? ` pour ${nbIndemnites} factures` : ''}. ` +
      'Nous nous réservons de demander une indemnisation complémentaire, sur justification, si les frais de recouvrement exposés dépassent ce montant.',
  };
}

/**
 * mise-en-demeure: professional or public debtor. To a public buyer (C. commande publique L2192-13, R2192-31,
 * D2192-35): no commissaire de justice, no CPCE L111-8, no injonction de payer — the administrative judge
 * (référé-provision, CJA R541-1) and the mandatement d'office (loi n° 80-539) follow.
 */
export function miseEnDemeure(c: Contexte): DocumentLettre {
  const publique = c.regime === 'public';
  const libelle = publique ? 'Intérêts moratoires' : 'Pénalités de retard';
  const renonce = horsLettre(c);
  // Penalties not in the letter on any invoice (not claimed, or waived: the waiver is stated): no penalty
  // section, no penalty line, C. civ. 1344-1 not invoked. The 40 € where it is in the letter.
  const toutes = renonce === 'toutes';
  const nbIndemnites = c.factures.filter((f) => dansLaLettre(f.situation, 'indemnite') && f.montants.indemnite !== '0.00').length;
  const autres = facturesOuCourent(c, 'de');
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte: `Par la présente, nous vous mettons en demeure de nous régler la somme de ${montantFr(c.reclame)}, dont vous nous êtes redevable au titre ${pluriel(c, 'de la facture suivante', 'des factures suivantes')}, ${impayee(c)} :`,
    },
    ...tableauFactures(c),
  ];
  if (toutes) corps.push(...blocsRenonciation(c));
  else corps.push(
    { type: 'intertitre', texte: libelle },
    {
      type: 'paragraphe',
      texte: publique
        ? `En application des articles L2192-13 et R2192-31 du code de la commande publique, le retard de paiement fait courir de plein droit, sans autre formalité, des intérêts moratoires au taux d’intérêt appliqué par la Banque centrale européenne à ses opérations principales de refinancement les plus récentes, en vigueur au premier jour du semestre de l’année civile au cours duquel ils ont commencé à courir, majoré de huit points de pourcentage. Arrêtés au ${dateFr(c.dateCalcul)}, ils s’élèvent à :`
        : `Conformément à l’article L441-10 II du code de commerce, ces sommes portent de plein droit, dès le lendemain de leur date d’échéance et sans qu’un rappel soit nécessaire, des pénalités de retard ${descriptionTaux(c)}. Arrêtées au ${dateFr(c.dateCalcul)}, elles s’élèvent à :`,
    },
    ...(c.totaux.penalites !== '0.00' ? [tableauPeriodes(c, publique ? 'Intérêts' : 'Pénalités', c.totaux.penalites)] : []),
    ...blocsRenonciation(c),
  );
  if (nbIndemnites > 0) corps.push({ type: 'intertitre', texte: 'Indemnité forfaitaire pour frais de recouvrement' }, paragrapheIndemnite(c, nbIndemnites));
  corps.push(
    { type: 'intertitre', texte: 'Récapitulatif' },
    {
      type: 'tableau',
      entetes: ['Nature', 'Montant'],
      lignes: [
        ['Principal restant dû', montantFr(c.totaux.principal)],
        ...(toutes ? [] : [[`${libelle} au ${dateFr(c.dateCalcul)}`, montantFr(c.totaux.penalites)]]),
        ...(nbIndemnites > 0 ? [['Indemnité forfaitaire pour frais de recouvrement', montantFr(c.totaux.indemnite)]] : []),
        ...((!toutes || nbIndemnites > 0) && c.totaux.imputeAccessoires !== '0.00'
          ? [[`Règlements imputés sur ${toutes ? 'l’indemnité' : `${publique ? 'ces intérêts' : 'ces pénalités'}${nbIndemnites > 0 ? ' et l’indemnité' : ''}`}`, montantFr(`-${c.totaux.imputeAccessoires}`)]]
          : []),
      ],
      droite: [1],
      total: ['Total dû', montantFr(c.totaux.total)],
    },
    ...blocsLitigePartiel(c),
    ...blocsPaiement(c, `Nous vous mettons en demeure de régler ${c.conteste !== null ? `la somme de ${montantFr(c.reclame)}` : 'cette somme'} au plus tard le ${dateFr(c.dateLimite)}`),
    ...blocsClausePenale(c),
  );
  if (publique) {
    corps.push(
      { type: 'paragraphe', texte: `La présente lettre vaut mise en demeure de payer.${toutes ? '' : ` Les intérêts moratoires continuent de courir sur le principal restant dû${autres} jusqu’à son paiement.`}` },
      {
        type: 'paragraphe',
        texte:
          `À défaut de paiement intégral dans ce délai, nous saisirons ${juridiction(c)} d’une demande de provision (article R541-1 du code de justice administrative). ` +
          'La décision obtenue, son exécution sera poursuivie par la voie du mandatement ou de l’ordonnancement d’office prévue par la loi n° 80-539 du 16 juillet 1980.',
      },
    );
  } else {
    corps.push(
      {
        type: 'paragraphe',
        texte: toutes
          ? 'La présente lettre vaut mise en demeure au sens de l’article 1344 du code civil.'
          : `La présente lettre vaut mise en demeure au sens des articles 1344 et 1344-1 du code civil. Les pénalités de retard continuent de courir sur le principal restant dû${autres} jusqu’au complet paiement.`,
      },
      {
        type: 'paragraphe',
        texte:
          `À défaut de paiement intégral dans ce délai, nous saisirons sans autre avis ${juridiction(c)} afin d’obtenir un titre exécutoire (injonction de payer, référé-provision ou assignation en paiement), ` +
          'dont l’exécution forcée sera confiée à un commissaire de justice ; les frais de l’exécution forcée sont à la charge du débiteur (article L111-8 du code des procédures civiles d’exécution).',
      },
    );
  }
  corps.push({ type: 'paragraphe', texte: 'Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de la présente.' });
  return lettreMiseEnDemeure(c, corps);
}

/** mise-en-demeure-consommateur: consumer or non-professional debtor — no indemnity, no fee. */
export function miseEnDemeureConsommateur(c: Contexte): DocumentLettre {
  const renonce = horsLettre(c);
  // Interest waived on every invoice: no interest shown, no rate announced (nor its warnings), no interest invoked (C. civ. 1344 only).
  const interets = renonce !== 'toutes';
  const autres = facturesOuCourent(c, 'de');
  if (interets) c.references.push('C. civ. art. 1231-6', 'C. civ. art. 1344', 'C. civ. art. 1344-1', 'C. mon. fin. art. L313-2', 'CPCE art. L111-8');
  else c.references.push('C. civ. art. 1344', 'CPCE art. L111-8');
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte: `Par la présente, nous vous mettons ${c.d.dateMiseEnDemeure !== undefined && c.d.dateMiseEnDemeure < c.d.dateLettre ? 'à nouveau ' : ''}en demeure de nous régler la somme de ${montantFr(c.reclame)}, restant due au titre ${pluriel(c, 'de la facture suivante', 'des factures suivantes')}${c.d.relancesEnvoyees === true ? ', malgré nos relances' : ''} :`,
    },
    ...tableauFactures(c),
  ];
  if (interets && c.totaux.interets !== '0.00' && c.d.dateMiseEnDemeure !== undefined) {
    corps.push(
      {
        type: 'paragraphe',
        texte: `S’y ajoutent les intérêts au taux légal courus depuis notre mise en demeure du ${dateFr(c.d.dateMiseEnDemeure)}, arrêtés au ${dateFr(c.dateCalcul)} :`,
      },
      tableauPeriodes(c, 'Intérêts', c.totaux.interets),
    );
    if (c.totaux.imputeAccessoires !== '0.00') {
      corps.push({
        type: 'paragraphe',
        texte: `Déduction faite des ${montantFr(c.totaux.imputeAccessoires)} déjà réglés par imputation de vos paiements, il reste dû ${montantFr(c.totaux.interetsDus)} d’intérêts, soit au total ${montantFr(c.totaux.total)} avec le principal.`,
      });
    }
  }
  const precedente = c.d.dateMiseEnDemeure !== undefined && c.d.dateMiseEnDemeure < c.d.dateLettre ? c.d.dateMiseEnDemeure : null;
  const tauxApplicable = (taux: string): string =>
    `soit ${tauxFr(taux)} l’an pour le ${semestreFr(c.d.dateLettre)} (taux applicable ${c.categorie === 'creancier-particulier' ? 'lorsque le créancier est une personne physique n’agissant pas pour des besoins professionnels' : 'lorsque le créancier n’est pas un particulier'}, article L313-2 du code monétaire et financier ; ce taux est révisé chaque semestre).`;
  if (interets) {
    const { taux, avertissements } = tauxLegalDuJour(c.d.dateLettre, c.categorie, c.options);
    c.avertissements.push(...avertissements);
    corps.push({
      type: 'paragraphe',
      // Interest runs from the first mise en demeure (C. civ. 1231-6, 1344-1): a second one does not start it again.
      texte:
        precedente !== null
          ? `Conformément aux articles 1231-6 et 1344-1 du code civil, les intérêts au taux légal courent sur le principal${autres} depuis notre mise en demeure du ${dateFr(precedente)} et continuent de courir jusqu’au complet paiement, ${tauxApplicable(taux)}`
          : `Conformément aux articles 1231-6, 1344 et 1344-1 du code civil, la présente mise en demeure fait courir sur le principal${autres} des intérêts au taux légal jusqu’au complet paiement, ${tauxApplicable(taux)}`,
    });
  }
  corps.push(
    ...blocsRenonciation(c),
    {
      type: 'paragraphe',
      texte: 'Conformément à l’article L111-8 du code des procédures civiles d’exécution, aucuns frais de recouvrement ne vous sont réclamés.',
    },
    ...blocsLitigePartiel(c),
    ...blocsPaiement(c, `Nous vous demandons de régler la somme de ${montantFr(c.reclame)} au plus tard le ${dateFr(c.dateLimite)}`),
    ...blocsClausePenale(c),
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
