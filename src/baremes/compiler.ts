/**
 * Internal: validates a `Baremes` once and turns it into sorted arrays of epoch days and exact rates for
 * fast lookups. Cached per `Baremes` object (tables are immutable data), so a batch pays this once.
 */
import { lireDate } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, baremeManquant } from '../socle/erreurs.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import { formaterDate } from '../socle/date-iso.js';
import { lireTaux, type TauxExact } from '../socle/taux.js';
import type { Baremes, Provenance } from './types.js';

/** A table entry after compilation: its first day, and a readable label for warnings. */
export interface EntreeCompilee {
  readonly du: number;
  readonly confirme: boolean;
  /** Describes the entry in an avertissement when it is unconfirmed. */
  readonly libelle: string;
}

export interface TauxCompile extends EntreeCompilee {
  readonly taux: TauxExact;
}

export interface PeriodeLegaleCompilee extends EntreeCompilee {
  readonly au: number;
  readonly particulier: TauxExact;
  readonly autresCas: TauxExact;
}

export interface RegleCompilee extends EntreeCompilee {
  readonly points: TauxExact;
  readonly ancrage: 'operation-la-plus-recente' | 'semestre';
  readonly facteurPlancher: number;
}

export interface MontantCompile extends EntreeCompilee {
  readonly centimes: number;
}

export interface BaremesCompiles {
  readonly bce: readonly TauxCompile[];
  readonly bceFin: number;
  readonly tauxLegal: readonly PeriodeLegaleCompilee[];
  readonly regleL441_10: readonly RegleCompilee[];
  readonly commandePublique: readonly (EntreeCompilee & { readonly points: TauxExact })[];
  readonly indemniteForfaitaire: readonly MontantCompile[];
  readonly procedureSimplifiee: readonly MontantCompile[];
  readonly petitsLitigesEuropeens: readonly MontantCompile[];
}

const cache = new WeakMap<object, BaremesCompiles>();

function invalide(chemin: readonly PropertyKey[], message: string): never {
  throw new RecouvrementError(CODES_ERREUR.BAREME_INVALIDE, `Barème invalide à ${chemin.map(String).join('.')} : ${message}`, [
    { code: 'invalid_value', path: [...chemin], message },
  ]);
}

function avecChemin<T>(chemin: readonly PropertyKey[], f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RecouvrementError && e.code === CODES_ERREUR.ENTREE_INVALIDE) invalide(chemin, e.issues[0]?.message ?? e.message);
    throw e;
  }
}

function liste(valeur: unknown, chemin: readonly PropertyKey[]): readonly Record<string, unknown>[] {
  if (!Array.isArray(valeur)) invalide(chemin, 'tableau attendu');
  for (let i = 0; i < valeur.length; i++) {
    const e: unknown = valeur[i];
    if (typeof e !== 'object' || e === null || Array.isArray(e)) invalide([...chemin, i], 'objet attendu');
  }
  return valeur as Record<string, unknown>[];
}

function provenance(e: Record<string, unknown>, chemin: readonly PropertyKey[]): Pick<Provenance, 'confirme' | 'source'> & { note: string | undefined } {
  if (typeof e.confirme !== 'boolean') invalide([...chemin, 'confirme'], 'booléen attendu');
  if (typeof e.source !== 'string' || e.source.length === 0) invalide([...chemin, 'source'], 'source attendue');
  return { confirme: e.confirme, source: e.source, note: typeof e.note === 'string' ? e.note : undefined };
}

function croissant(entrees: readonly { du: number }[], chemin: readonly PropertyKey[]): void {
  for (let i = 1; i < entrees.length; i++) {
    if (entrees[i]!.du <= entrees[i - 1]!.du) invalide([...chemin, i, 'du'], 'dates strictement croissantes attendues');
  }
}

function libelle(quoi: string, p: { source: string; note: string | undefined }): string {
  return `${quoi} (source : ${p.source}${p.note ? ` ; ${p.note}` : ''})`;
}

function montants(valeur: unknown, nom: keyof Baremes): MontantCompile[] {
  const r = liste(valeur, [nom]).map((e, i) => {
    const p = provenance(e, [nom, i]);
    const du = avecChemin([nom, i, 'du'], () => lireDate(e.du));
    const centimes = avecChemin([nom, i, 'montant'], () => lireEuros(e.montant));
    return { du, centimes, confirme: p.confirme, libelle: libelle(`${nom} ${formaterEuros(centimes)} € au ${formaterDate(du)}`, p) };
  });
  croissant(r, [nom]);
  return r;
}

/**
 * Validates and compiles tables (cached).
 *
 * @throws {RecouvrementError} `BAREME_INVALIDE`
 */
export function compilerBaremes(baremes: Baremes): BaremesCompiles {
  if (typeof baremes !== 'object' || baremes === null) invalide([], 'objet Baremes attendu');
  const deja = cache.get(baremes);
  if (deja) return deja;

  const tbce = baremes.bce as unknown;
  if (typeof tbce !== 'object' || tbce === null) invalide(['bce'], 'objet attendu');
  const bce = liste((tbce as Record<string, unknown>).changements, ['bce', 'changements']).map((e, i) => {
    const p = provenance(e, ['bce', 'changements', i]);
    const du = avecChemin(['bce', 'changements', i, 'du'], () => lireDate(e.du));
    const taux = avecChemin(['bce', 'changements', i, 'taux'], () => lireTaux(e.taux));
    return { du, taux, confirme: p.confirme, libelle: libelle(`taux BCE ${String(e.taux)} % au ${formaterDate(du)}`, p) };
  });
  croissant(bce, ['bce', 'changements']);
  const bceFin = avecChemin(['bce', 'connuJusquau'], () => lireDate((tbce as Record<string, unknown>).connuJusquau));

  const tauxLegal = liste(baremes.tauxLegal, ['tauxLegal']).map((e, i) => {
    const p = provenance(e, ['tauxLegal', i]);
    const du = avecChemin(['tauxLegal', i, 'du'], () => lireDate(e.du));
    const au = avecChemin(['tauxLegal', i, 'au'], () => lireDate(e.au));
    if (au < du) invalide(['tauxLegal', i, 'au'], 'fin avant le début');
    const particulier = avecChemin(['tauxLegal', i, 'particulier'], () => lireTaux(e.particulier));
    const autresCas = avecChemin(['tauxLegal', i, 'autresCas'], () => lireTaux(e.autresCas));
    return { du, au, particulier, autresCas, confirme: p.confirme, libelle: libelle(`taux de l'intérêt légal du ${formaterDate(du)} au ${formaterDate(au)}`, p) };
  });
  croissant(tauxLegal, ['tauxLegal']);
  for (let i = 1; i < tauxLegal.length; i++) {
    if (tauxLegal[i]!.du <= tauxLegal[i - 1]!.au) invalide(['tauxLegal', i, 'du'], 'périodes qui se chevauchent');
  }

  const regleL441_10 = liste(baremes.regleL441_10, ['regleL441_10']).map((e, i) => {
    const p = provenance(e, ['regleL441_10', i]);
    const du = avecChemin(['regleL441_10', i, 'du'], () => lireDate(e.du));
    const points = avecChemin(['regleL441_10', i, 'points'], () => lireTaux(e.points));
    if (e.ancrage !== 'semestre' && e.ancrage !== 'operation-la-plus-recente') invalide(['regleL441_10', i, 'ancrage'], "'semestre' ou 'operation-la-plus-recente' attendu");
    if (typeof e.facteurPlancher !== 'number' || !Number.isInteger(e.facteurPlancher) || e.facteurPlancher < 0 || e.facteurPlancher > 100) {
      invalide(['regleL441_10', i, 'facteurPlancher'], 'entier positif attendu');
    }
    const ancrage: RegleCompilee['ancrage'] = e.ancrage;
    return { du, points, ancrage, facteurPlancher: e.facteurPlancher, confirme: p.confirme, libelle: libelle(`règle L441-10 au ${formaterDate(du)}`, p) };
  });
  croissant(regleL441_10, ['regleL441_10']);

  const commandePublique = liste(baremes.commandePublique, ['commandePublique']).map((e, i) => {
    const p = provenance(e, ['commandePublique', i]);
    const du = avecChemin(['commandePublique', i, 'du'], () => lireDate(e.du));
    const points = avecChemin(['commandePublique', i, 'points'], () => lireTaux(e.points));
    return { du, points, confirme: p.confirme, libelle: libelle(`règle de la commande publique (BCE + ${String(e.points)} points)`, p) };
  });
  croissant(commandePublique, ['commandePublique']);

  const compiles: BaremesCompiles = {
    bce,
    bceFin,
    tauxLegal,
    regleL441_10,
    commandePublique,
    indemniteForfaitaire: montants(baremes.indemniteForfaitaire, 'indemniteForfaitaire'),
    procedureSimplifiee: montants(baremes.procedureSimplifiee, 'procedureSimplifiee'),
    petitsLitigesEuropeens: montants(baremes.petitsLitigesEuropeens, 'petitsLitigesEuropeens'),
  };
  cache.set(baremes, compiles);
  return compiles;
}

/**
 * Index of the last entry whose `du` is ≤ `jour` (binary search), or -1.
 */
export function indexEnVigueur(entrees: readonly { du: number }[], jour: number): number {
  let lo = 0;
  let hi = entrees.length - 1;
  let r = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entrees[mid]!.du <= jour) {
      r = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return r;
}

/** The ECB entry in force on `jour`, or `BAREME_MANQUANT`. */
export function bceEnVigueur(b: BaremesCompiles, jour: number): TauxCompile {
  const i = indexEnVigueur(b.bce, jour);
  if (i < 0 || jour > b.bceFin) {
    baremeManquant(
      `Taux BCE inconnu au ${formaterDate(jour)} : la table couvre ${b.bce[0] ? formaterDate(b.bce[0].du) : '—'} → ${formaterDate(b.bceFin)}. ` +
        'Ajoutez les décisions récentes avec etendreBaremes().',
    );
  }
  return b.bce[i]!;
}

/** The taux légal period containing `jour`, or `BAREME_MANQUANT`. */
export function periodeLegale(b: BaremesCompiles, jour: number): PeriodeLegaleCompilee {
  const i = indexEnVigueur(b.tauxLegal, jour);
  const p = i >= 0 ? b.tauxLegal[i]! : undefined;
  if (!p || jour > p.au) {
    baremeManquant(`Taux de l'intérêt légal inconnu au ${formaterDate(jour)}. Ajoutez l'arrêté correspondant avec etendreBaremes().`);
  }
  return p;
}

/** The entry of a dated list in force on `jour`, or `BAREME_MANQUANT` with `quoi` in the message. */
export function enVigueur<T extends { du: number }>(entrees: readonly T[], jour: number, quoi: string): T {
  const i = indexEnVigueur(entrees, jour);
  if (i < 0) baremeManquant(`${quoi} : aucune valeur en vigueur au ${formaterDate(jour)}.`);
  return entrees[i]!;
}
