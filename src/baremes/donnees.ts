/**
 * The shipped legal tables (November 2026). Sources: the project's legal reference, which cites the ECB and
 * Banque de France series, the JORF arrêtés and décrets, and cross-checks on French pages. Values marked
 * `confirme: false` are UNCONFIRMED and every result that uses them carries an avertissement.
 */
import { gelerProfond } from './internes.js';
import type { Baremes, ChangementTauxBce, PeriodeTauxLegal } from './types.js';

const BCE = 'BCE / Banque de France (série MRO), dates de valeur';

function bce(du: string, taux: string, source = BCE): ChangementTauxBce {
  return { du, taux, source, confirme: true };
}

/** ECB MRO changes since 2007-06-13 (rate in force on 2008-01-01), effective dates. */
const CHANGEMENTS_BCE: readonly ChangementTauxBce[] = [
  bce('2007-06-13', '4.00', 'BSI (taux minimal de soumission en vigueur au 1er janvier 2008)'),
  bce('2008-07-09', '4.25'),
  bce('2008-10-15', '3.75', 'BCE (taux fixe, décision du 8 octobre 2008)'),
  bce('2008-11-12', '3.25'),
  bce('2008-12-10', '2.50'),
  bce('2009-01-21', '2.00'),
  bce('2009-03-11', '1.50'),
  bce('2009-04-08', '1.25'),
  bce('2009-05-13', '1.00'),
  bce('2011-04-13', '1.25'),
  bce('2011-07-13', '1.50'),
  bce('2011-11-09', '1.25'),
  bce('2011-12-14', '1.00'),
  bce('2012-07-11', '0.75'),
  bce('2013-05-08', '0.50'),
  bce('2013-11-13', '0.25'),
  bce('2014-06-11', '0.15'),
  bce('2014-09-10', '0.05'),
  bce('2016-03-16', '0.00'),
  bce('2022-07-27', '0.50'),
  bce('2022-09-14', '1.25'),
  bce('2022-11-02', '2.00'),
  bce('2022-12-21', '2.50'),
  bce('2023-02-08', '3.00'),
  bce('2023-03-22', '3.50'),
  bce('2023-05-10', '3.75'),
  bce('2023-06-21', '4.00'),
  bce('2023-08-02', '4.25'),
  bce('2023-09-20', '4.50'),
  bce('2024-06-12', '4.25'),
  bce('2024-09-18', '3.65'),
  bce('2024-10-23', '3.40'),
  bce('2024-12-18', '3.15'),
  bce('2025-02-05', '2.90'),
  bce('2025-03-12', '2.65'),
  bce('2025-04-23', '2.40'),
  bce('2025-06-11', '2.15', 'BCE (communiqué du 5 juin 2025), seldon-finance.com'),
  {
    du: '2026-06-17',
    taux: '2.40',
    source: 'agrégateur citant le communiqué BCE du 11 juin 2026 ; deux fichiers de code publics',
    confirme: false,
    note: "Hausse décidée le 11 juin 2026 selon une seule source secondaire ; date d'effet supposée (mercredi suivant) : NON CONFIRMÉE. Antérieure au 1er juillet 2026 dans tous les cas.",
  },
];

function legal(du: string, au: string, particulier: string, autresCas: string, source: string, confirme = true): PeriodeTauxLegal {
  return { du, au, particulier, autresCas, source, confirme };
}

function annuel(annee: number, taux: string, source: string, confirme = true): PeriodeTauxLegal {
  return legal(`${annee}-01-01`, `${annee}-12-31`, taux, taux, source, confirme);
}

function semestre(annee: number, s: 1 | 2, particulier: string, autresCas: string, source: string, confirme = true): PeriodeTauxLegal {
  return s === 1
    ? legal(`${annee}-01-01`, `${annee}-06-30`, particulier, autresCas, source, confirme)
    : legal(`${annee}-07-01`, `${annee}-12-31`, particulier, autresCas, source, confirme);
}

/** Taux de l'intérêt légal: yearly 2008–2014 (one rate), half-yearly from 2015 (two categories, CMF L313-2). */
const TAUX_LEGAL: readonly PeriodeTauxLegal[] = [
  { ...annuel(2008, '3.99', 'moneyvox.fr, cbanque.com (décret non consulté)', false), note: 'Référence du décret 2008 non vérifiée.' },
  annuel(2009, '3.79', 'décret n° 2009-138 du 9 février 2009'),
  annuel(2010, '0.65', 'décret n° 2010-127 du 10 février 2010'),
  annuel(2011, '0.38', 'décret n° 2011-137 du 1er février 2011'),
  annuel(2012, '0.71', 'décret n° 2012-182 du 7 février 2012'),
  annuel(2013, '0.04', 'décret n° 2013-178 du 27 février 2013'),
  annuel(2014, '0.04', 'décret n° 2014-98 du 4 février 2014'),
  semestre(2015, 1, '4.06', '0.93', 'arrêté du 23 décembre 2014'),
  semestre(2015, 2, '4.29', '0.99', 'arrêté du 24 juin 2015'),
  semestre(2016, 1, '4.54', '1.01', 'arrêté du 23 décembre 2015'),
  semestre(2016, 2, '4.35', '0.93', 'arrêté du 24 juin 2016'),
  semestre(2017, 1, '4.16', '0.90', 'arrêté du 29 décembre 2016'),
  semestre(2017, 2, '3.94', '0.90', 'arrêté du 26 juin 2017'),
  semestre(2018, 1, '3.73', '0.89', 'arrêté du 28 décembre 2017'),
  semestre(2018, 2, '3.60', '0.88', 'arrêté du 27 juin 2018'),
  semestre(2019, 1, '3.40', '0.86', 'arrêté du 21 décembre 2018'),
  semestre(2019, 2, '3.26', '0.87', 'arrêté du 26 juin 2019'),
  semestre(2020, 1, '3.15', '0.87', 'arrêté du 23 décembre 2019'),
  semestre(2020, 2, '3.11', '0.84', 'arrêté du 15 juin 2020'),
  semestre(2021, 1, '3.14', '0.79', 'arrêté du 21 décembre 2020'),
  semestre(2021, 2, '3.12', '0.76', 'arrêté du 16 juin 2021'),
  semestre(2022, 1, '3.13', '0.76', 'arrêté du 26 décembre 2021'),
  semestre(2022, 2, '3.15', '0.77', 'arrêté du 27 juin 2022'),
  semestre(2023, 1, '4.47', '2.06', 'arrêté du 26 décembre 2022'),
  semestre(2023, 2, '6.82', '4.22', 'arrêté du 27 juin 2023'),
  semestre(2024, 1, '8.01', '5.07', 'arrêté du 21 décembre 2023'),
  semestre(2024, 2, '8.16', '4.92', 'arrêté du 26 juin 2024'),
  semestre(2025, 1, '7.21', '3.71', 'arrêté du 17 décembre 2024'),
  semestre(2025, 2, '6.65', '2.76', 'arrêté du 19 juin 2025'),
  semestre(2026, 1, '6.67', '2.62', 'arrêté du 15 décembre 2025 (JORF du 26 décembre 2025)'),
  {
    ...semestre(2026, 2, '6.84', '2.75', 'deux fichiers de code publics ; aucun arrêté ni page trouvés', false),
    note: 'Taux du second semestre 2026 NON CONFIRMÉS : à vérifier sur Légifrance (arrêté de juin 2026).',
  },
];

/**
 * The shipped tables, deeply frozen (the compiled-table cache trusts that tables never change, so they cannot
 * be edited in place). Pass your own (built with {@link etendreBaremes}) in `options.baremes`.
 *
 * @example
 * ```ts
 * import { baremesParDefaut } from 'recouvrement';
 * baremesParDefaut.tauxLegal.at(-1); //=> { du: '2026-07-01', …, confirme: false }
 * ```
 */
export const baremesParDefaut: Baremes = /*@__PURE__*/ gelerProfond({
  bce: { changements: CHANGEMENTS_BCE, connuJusquau: '2026-07-01' },
  tauxLegal: TAUX_LEGAL,
  regleL441_10: [
    {
      du: '2009-01-01',
      points: '10',
      ancrage: 'operation-la-plus-recente',
      facteurPlancher: 3,
      source: 'C. com. L441-6 (loi LME n° 2008-776 du 4 août 2008) : BCE + 10 points, plancher 3 × taux légal',
      confirme: true,
    },
    {
      du: '2013-01-01',
      points: '10',
      ancrage: 'semestre',
      facteurPlancher: 3,
      source: 'C. com. L441-6 puis L441-10 II (loi n° 2012-387 du 22 mars 2012, art. 121) : taux au 1er janvier / 1er juillet',
      confirme: true,
    },
  ],
  // Keyed by the day the contract was concluded (legal reference, Errata 3).
  commandePublique: [
    {
      du: '2008-05-01',
      points: '7',
      source: 'Décret n° 2002-232 du 21 février 2002, art. 5, modifié par le décret n° 2008-407 du 28 avril 2008 (BCE + 7 points)',
      confirme: false,
      note: 'PARTIEL : dates vues sur Légifrance, majoration de 7 points tirée de sources secondaires (référence juridique, errata 3) ; contrats conclus avant le 16 mars 2013, sans indemnité forfaitaire',
    },
    {
      du: '2013-03-16',
      points: '8',
      source: 'C. commande publique L2192-13, R2192-31 (loi n° 2013-100 du 28 janvier 2013, décret n° 2013-269 du 29 mars 2013) : BCE + 8 points',
      confirme: true,
    },
  ],
  indemniteForfaitaire: [
    { du: '2013-01-01', montant: '40.00', source: 'C. com. D441-5 (décret n° 2012-1115 du 2 octobre 2012), L441-10 II', confirme: true },
  ],
  procedureSimplifiee: [
    { du: '2016-06-01', montant: '4000.00', source: 'CPCE R125-1 (décret n° 2016-285 du 9 mars 2016)', confirme: true },
    { du: '2020-01-01', montant: '5000.00', source: 'CPCE R125-1 (décret du 11 décembre 2019)', confirme: true },
  ],
  petitsLitigesEuropeens: [
    { du: '2009-01-01', montant: '2000.00', source: 'Règlement (CE) n° 861/2007', confirme: true },
    { du: '2017-07-14', montant: '5000.00', source: 'Règlement (UE) 2015/2421', confirme: true },
  ],
});
