// Counts computed by queries that would see a duplicate or a loss (never constants): a letter the
// provider received twice, an inbox fact recorded twice in its dossier's history (dossier de preuve), a
// fact received and never applied or applied without trace, a letter due and never sent.
import type { Requeteur } from './base.js';

export interface Bilan {
  dossiers: number;
  evenements: number;
  actions: number;
  doublons: number;
  perdus: number;
}

/** The key an inbox fact carries into the dossier's history (`reference`, or inside a dispute's `motif`). */
const TRACE = `strpos(e::text, i.source || ':' || i.cle || '"') > 0`;

export async function bilan(base: Requeteur, derniereNuit: string): Promise<Bilan> {
  const un = async (sql: string, params: unknown[] = []): Promise<number> => (await base.requete<{ n: number }>(sql, params)).rows[0]!.n;
  const dossiers = await un('SELECT count(*)::int AS n FROM dossier');
  const evenements = await un('SELECT count(*)::int AS n FROM evenement_entrant WHERE applique_le IS NOT NULL');
  const actions = await un('SELECT count(*)::int AS n FROM action_sortante');
  const envoisDoubles = await un('SELECT count(*)::int AS n FROM (SELECT cle FROM journal_envoi GROUP BY cle HAVING count(*) > 1) x');
  const faitsDoubles = await un(
    `SELECT count(*)::int AS n FROM evenement_entrant i JOIN dossier d ON d.id = i.dossier_id
     WHERE (SELECT count(*) FROM jsonb_array_elements(d.dossier->'context'->'dossier') e WHERE ${TRACE}) > 1`,
  );
  const nonAppliques = await un('SELECT count(*)::int AS n FROM evenement_entrant WHERE recu_le <= $1 AND applique_le IS NULL', [derniereNuit]);
  const sansTrace = await un(
    `SELECT count(*)::int AS n FROM evenement_entrant i JOIN dossier d ON d.id = i.dossier_id
     WHERE i.applique_le IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM jsonb_array_elements(d.dossier->'context'->'dossier') e
       WHERE ${TRACE}
          OR (e->>'type' = 'evenement-non-applique' AND e->'donnees'->>'evenement' = i.evenement->>'type' AND e->'donnees'->>'date' = i.evenement->>'date'))`,
  );
  const nonEnvoyees = await un(`SELECT count(*)::int AS n FROM action_sortante WHERE statut = 'a-envoyer' AND creee_le <= $1`, [derniereNuit]);
  return { dossiers, evenements, actions, doublons: envoisDoubles + faitsDoubles, perdus: nonAppliques + sansTrace + nonEnvoyees };
}

export const ligneBilan = (b: Bilan): string =>
  `dossiers ${b.dossiers}, evenements ${b.evenements}, actions ${b.actions}, doublons ${b.doublons}, perdus ${b.perdus}`;

/** Everything a night writes, as comparable text: the dossiers, the inbox marks, the outbox. */
export async function empreinte(base: Requeteur): Promise<{ dossiers: string[]; entrants: string[]; sortantes: string[] }> {
  const texte = async (sql: string) => (await base.requete<{ t: string }>(sql)).rows.map((r) => r.t);
  return {
    dossiers: await texte(`SELECT id || ' ' || etat || ' ' || coalesce(prochain_reveil::text, '-') || ' ' || dossier::text AS t FROM dossier ORDER BY id`),
    entrants: await texte(`SELECT source || ':' || cle || ' ' || coalesce(applique_le::text, '-') || ' ' || coalesce(nuit_effet::text, '-') AS t FROM evenement_entrant ORDER BY source, cle`),
    sortantes: await texte(`SELECT cle || ' ' || statut || ' ' || coalesce(envoyee_le::text, '-') AS t FROM action_sortante ORDER BY cle`),
  };
}
