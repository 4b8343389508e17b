/**
 * Internal: the déclaration de créance to the mandataire judiciaire — C. com. L622-24 (every creditor whose
 * claim arose before the opening judgment declares it, even without a title), L622-25 (the amount due on the
 * day of the opening judgment, the sums to fall due and their dates, the nature of the security; certified
 * sincere unless it results from a titre exécutoire), R622-23 (proof or an evaluation, how interest whose
 * course is not stopped is computed, the court seized if disputed, an unpublished security's date and
 * evidence; supporting documents attached under a bordereau), R622-24 (two months from the BODACC
 * publication), L622-28 (the opening judgment stops interest and penalties on such claims).
 */
import { dateFr, montantFr, periodeFr } from '../internes/format.js';
import { blocsAvoirs, de, libelleFacture, lieuEtDate, lignesCreancier, lignesPartie, mentionEnvoi, sirenFr, signature, type Contexte } from '../internes/contexte.js';
import { somme, type CalculFacture, type EcheanceLettre } from '../internes/montants.js';
import type { DonneesLettreValidees } from '../donnees.js';
import type { ProcedureCollective } from '../../entites/debiteur.js';
import type { Bloc, DocumentLettre } from '../../socle/rendu.js';

const LIBELLE_PROCEDURE: Record<ProcedureCollective['type'], string> = {
  sauvegarde: 'sauvegarde',
  redressement: 'redressement judiciaire',
  liquidation: 'liquidation judiciaire',
};

export function declarationDeCreance(c: Contexte, pc: ProcedureCollective, mandataire: NonNullable<DonneesLettreValidees['mandataire']>): DocumentLettre {
  const qualite = mandataire.qualite ?? (pc.type === 'liquidation' ? 'liquidateur' : 'mandataire-judiciaire');
  const debiteur = c.d.debiteur;
  const echues = c.factures.filter((f) => !f.aEchoir);
  const aEchoir = c.factures.filter((f) => f.aEchoir);
  // An invoice in instalments (`Creance.echeances`) already due in part: its instalments not yet due on the day
  // before the judgment are sums to fall due, declared with their dates (L622-25), apart from the sums due.
  const echeancesAEchoir = (f: CalculFacture): EcheanceLettre[] => f.echeancesReclamees.filter((e) => e.date > c.dateCalcul);
  const horsEchu = (f: CalculFacture): string => somme(echeancesAEchoir(f).map((e) => e.principalDu));
  const principalEchu = (f: CalculFacture): string => somme([f.montants.principal, `-${horsEchu(f)}`]);
  const totalEchuDe = (f: CalculFacture): string => somme([f.montants.total, `-${horsEchu(f)}`]);
  const dateEchu = (f: CalculFacture): string =>
    f.echeancesReclamees.length === 0 ? dateFr(f.creance.dateEcheance) : f.echeancesReclamees.filter((e) => e.date <= c.dateCalcul).map((e) => dateFr(e.date)).join(', ');
  const instalmentsAEchoir = echues.flatMap((f) => echeancesAEchoir(f).filter((e) => e.principalDu !== '0.00').map((e) => ({ f, e })));
  // The amounts still due on the day before the judgment: payments already imputed (C. civ. 1343-1) deducted.
  const totalEchu = somme(echues.map(totalEchuDe));
  const totalAEchoir = somme([...aEchoir.map((f) => f.montants.principal), ...instalmentsAEchoir.map(({ e }) => e.principalDu)]);
  const corps: Bloc[] = [
    {
      type: 'paragraphe',
      texte:
        `Par jugement du ${dateFr(pc.dateJugement)}${c.d.tribunal ? ` (${c.d.tribunal})` : ''}${pc.dateBodacc ? `, publié au BODACC le ${dateFr(pc.dateBodacc)}` : ''}, ` +
        `une procédure de ${LIBELLE_PROCEDURE[pc.type]} a été ouverte à l’égard ${de(debiteur.denomination)}${debiteur.siren ? ` (${debiteur.villeRcs !== undefined ? `RCS ${debiteur.villeRcs}` : 'SIREN'} ${sirenFr(debiteur.siren)})` : ''}.`,
    },
    {
      type: 'paragraphe',
      texte: `Conformément aux articles L622-24 et R622-24 du code de commerce, nous déclarons entre vos mains notre créance, née antérieurement au jugement d’ouverture, pour un montant total de ${montantFr(c.totaux.total)}.`,
    },
    { type: 'intertitre', texte: 'Montant de la créance au jour du jugement d’ouverture (article L622-25)' },
  ];
  if (echues.length) {
    corps.push({
      type: 'tableau',
      entetes: ['Facture', 'Date', 'Échéance', 'Principal', 'Pénalités', 'Indemnité', 'Total'],
      lignes: echues.map((f) => [
        `n° ${f.creance.numeroFacture}`,
        dateFr(f.creance.dateFacture),
        dateEchu(f),
        montantFr(principalEchu(f)),
        montantFr(f.montants.penalitesDues),
        montantFr(f.montants.indemniteDue),
        montantFr(totalEchuDe(f)),
      ]),
      droite: [3, 4, 5, 6],
      total: [
        'Total échu',
        '',
        '',
        montantFr(somme(echues.map(principalEchu))),
        montantFr(somme(echues.map((f) => f.montants.penalitesDues))),
        montantFr(somme(echues.map((f) => f.montants.indemniteDue))),
        montantFr(totalEchu),
      ],
    });
    corps.push(...blocsAvoirs(c));
    if (c.totaux.imputeAccessoires !== '0.00') {
      corps.push({
        type: 'paragraphe',
        texte:
          (c.options?.imputation ?? 'legale') === 'legale'
            ? `Les règlements reçus avant le jugement ont été imputés d’abord sur les pénalités et l’indemnité échues à leur date (article 1343-1 du code civil), à hauteur de ${montantFr(c.totaux.imputeAccessoires)}, puis sur le principal ; les montants ci-dessus sont ceux qui restent dus.`
            : `Les règlements reçus avant le jugement ont été imputés d’abord sur le principal, puis sur les pénalités et l’indemnité à hauteur de ${montantFr(c.totaux.imputeAccessoires)} ; les montants ci-dessus sont ceux qui restent dus.`,
      });
    }
    if (c.totaux.penalites !== '0.00') {
      corps.push({
        type: 'paragraphe',
        texte: `Les pénalités de retard courues (article L441-10 II du code de commerce) sont arrêtées au ${dateFr(c.dateCalcul)}, veille du jugement d’ouverture, qui a arrêté leur cours (article L622-28 du code de commerce). Détail :`,
      });
      const lignes: string[][] = [];
      for (const f of echues) {
        // By instalment for an invoice in several, each from its own due date (L441-10 II).
        const groupes = f.echeancesReclamees.length === 0 ? [{ nom: libelleFacture(f), periodes: f.montants.periodes }] : f.echeancesReclamees.map((e) => ({ nom: libelleFacture(f, e), periodes: e.periodes }));
        for (const { nom, periodes } of groupes) for (const p of periodes) lignes.push([nom, periodeFr(p.du, p.au), String(p.jours), montantFr(p.assiette), `${p.tauxAnnuel.replace('.', ',')}\u00a0%`, montantFr(p.montant)]);
      }
      corps.push({ type: 'tableau', entetes: ['Facture', 'Période', 'Jours', 'Assiette', 'Taux annuel', 'Pénalités'], lignes, droite: [2, 3, 4, 5], total: ['Total', '', '', '', '', montantFr(c.totaux.penalites)] });
    }
  }
  if (aEchoir.length || instalmentsAEchoir.length) {
    corps.push(
      { type: 'paragraphe', texte: 'Sommes à échoir, avec la date de leur échéance :' },
      {
        type: 'liste',
        elements: [
          ...instalmentsAEchoir.map(({ f, e }) => `Facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)}, échéance ${e.rang}/${e.nombre} : ${montantFr(e.principalDu)} à échoir le ${dateFr(e.date)}`),
          ...aEchoir.map((f) => `Facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)} : ${montantFr(f.montants.principal)} à échoir le ${dateFr(f.creance.dateEcheance)}`),
        ],
      },
      { type: 'paragraphe', texte: `Soit ${montantFr(totalEchu)} échus et ${montantFr(totalAEchoir)} à échoir.` },
    );
  }
  corps.push({ type: 'paragraphe', texte: 'Le cours des intérêts et pénalités étant arrêté par le jugement d’ouverture, aucun intérêt n’est déclaré au-delà de cette date (article R622-23 2°).' });
  const s = c.d.surete;
  corps.push({
    type: 'paragraphe',
    texte: s
      ? `La créance est assortie de la sûreté suivante : ${s.nature}${s.date ? `, constituée le ${dateFr(s.date)}` : ''}${s.publiee ? ' (sûreté publiée)' : ' ; les éléments de nature à prouver son existence, sa nature et son assiette sont joints (article R622-23 4°)'}.`
      : 'La créance est déclarée à titre chirographaire.',
  });
  if (c.factures.some((f) => f.creance.contestee) && c.d.juridictionSaisie) {
    corps.push({ type: 'paragraphe', texte: `La créance fait l’objet d’un litige pendant devant ${c.d.juridictionSaisie} (article R622-23 3°).` });
  }
  corps.push(
    { type: 'paragraphe', texte: 'Les documents justificatifs sont joints sous bordereau (article R622-23 du code de commerce).' },
    { type: 'paragraphe', texte: 'Nous certifions sincère et véritable la présente déclaration de créance (article L622-25 du code de commerce).' },
  );
  if (debiteur.siren === undefined) {
    c.avertissements.push('SIREN du débiteur absent : indiquez son numéro d’immatriculation (et la ville de son greffe, villeRcs) pour que le mandataire identifie la procédure sans ambiguïté.');
  }
  c.avertissements.push(
    'Réserve de propriété : la déclaration de créance ne vaut pas revendication. Les biens vendus sous clause de réserve de propriété se revendiquent par une demande distincte, adressée dans les trois mois de la publication du jugement d’ouverture (C. com. L624-9).',
  );
  const annexes =
    c.d.pieces ?? c.factures.map((f) => `Facture n° ${f.creance.numeroFacture} du ${dateFr(f.creance.dateFacture)} (${montantFr(f.creance.montantTTC)} TTC)`);
  return {
    titre: `Déclaration de créance — ${debiteur.denomination}`,
    expediteur: lignesCreancier(c),
    destinataire: lignesPartie(mandataire, [qualite === 'liquidateur' ? 'Liquidateur judiciaire' : 'Mandataire judiciaire']),
    lieuEtDate: lieuEtDate(c),
    mentions: mentionEnvoi(c, 'lrar'),
    objet: `Déclaration de créance — ${debiteur.denomination}, ${LIBELLE_PROCEDURE[pc.type]} ouvert${pc.type === 'redressement' ? '' : 'e'} par jugement du ${dateFr(pc.dateJugement)}`,
    appel: 'Maître,',
    corps,
    politesse: 'Nous vous prions d’agréer, Maître, l’expression de nos salutations distinguées.',
    signature: signature(c),
    annexes: annexes.map((a, i) => (c.d.pieces ? a : `Pièce ${i + 1} : ${a}`)),
  };
}
