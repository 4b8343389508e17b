// The nightly run, database side: plan (which dossiers wake up tonight, in chunks), advance one dossier in
// ONE transaction, send the outbox, and replay a dossier when a late fact arrives. The same functions run in
// the single-process demo (PGlite) and in every pg-boss worker process (real server).
// Imports the package by its name, as your project would: build it first (`npx tsup --silent`).
import { performance } from 'node:perf_hooks';
import {
  avancerDossier,
  cheminEtat,
  creerDossier,
  lireDossier,
  type ActionDue,
  type Dossier,
  type DossierAvance,
  type EntreeMachine,
  type EvenementRecouvrementEntree,
} from 'recouvrement/machine';
import type { Base, Requeteur } from './base.js';

/** The actions the host performs itself (letters and calls): they go to the outbox, and their sending comes back as a fact. */
export const ACTIONS_ENVOYEES: ReadonlySet<string> = new Set(['rappel', 'relance', 'appel', 'mise-en-demeure']);

/** A chunk of work: the dossiers of one tenant to advance tonight. */
export interface Lot {
  readonly tenant: string;
  readonly nuit: string;
  readonly ids: readonly string[];
}

/** What a worker reports for a chunk. */
export interface CompteRendu {
  avances: number;
  rejoues: number;
  ignores: number;
  conflits: number;
  /** Milliseconds spent in the library (lireDossier, avancerDossier, creerDossier for a replay). */
  msBibliotheque: number;
  /** Milliseconds for the chunk, database included. */
  msTotal: number;
}

export const compteRenduVide = (): CompteRendu => ({ avances: 0, rejoues: 0, ignores: 0, conflits: 0, msBibliotheque: 0, msTotal: 0 });

export function cumuler(a: CompteRendu, b: CompteRendu): CompteRendu {
  return {
    avances: a.avances + b.avances,
    rejoues: a.rejoues + b.rejoues,
    ignores: a.ignores + b.ignores,
    conflits: a.conflits + b.conflits,
    msBibliotheque: a.msBibliotheque + b.msBibliotheque,
    msTotal: a.msTotal + b.msTotal,
  };
}

/** Hooks for the tests: called inside the dossier's transaction, after the dossier row is written and before COMMIT. */
export interface Crochets {
  avantCommit?: (id: string) => Promise<void>;
}

/** The state path as one string: `amiable.relances`. */
export const etatDe = (d: Dossier): string => cheminEtat(d.value).join('.');

/** The earliest upcoming action after tonight (the dossier's next wake-up), or null. */
function prochainReveil(actions: readonly ActionDue[], nuit: string): string | null {
  let r: string | null = null;
  for (const a of actions) if (a.echeance > nuit && (r === null || a.echeance < r)) r = a.echeance;
  return r;
}

/** The actions due tonight that go to the outbox. */
const aEnvoyer = (actions: readonly ActionDue[]): ActionDue[] => actions.filter((a) => a.statut !== 'a-venir' && ACTIONS_ENVOYEES.has(a.type));

/**
 * Tonight's chunks for one tenant: the dossiers whose `prochain_reveil <= nuit`, and those with inbox rows
 * received by tonight and not applied yet, sorted by id, `taille` per chunk.
 */
export async function planifier(base: Requeteur, tenant: string, nuit: string, taille: number): Promise<Lot[]> {
  const { rows } = await base.requete<{ id: string }>(
    `SELECT id FROM dossier WHERE tenant = $1 AND prochain_reveil <= $2
     UNION
     SELECT dossier_id FROM evenement_entrant WHERE tenant = $1 AND applique_le IS NULL AND recu_le <= $2
     ORDER BY 1`,
    [tenant, nuit],
  );
  const lots: Lot[] = [];
  for (let i = 0; i < rows.length; i += taille) lots.push({ tenant, nuit, ids: rows.slice(i, i + taille).map((r) => r.id) });
  return lots;
}

/** The tenants of the database. */
export async function tenants(base: Requeteur): Promise<string[]> {
  return (await base.requete<{ tenant: string }>('SELECT DISTINCT tenant FROM dossier ORDER BY tenant')).rows.map((r) => r.tenant);
}

interface LigneDossier {
  id: string;
  tenant: string;
  dossier: Dossier;
  verrou: number;
  prochain_reveil: string | null;
}

interface LigneEntrante {
  id: string;
  date_valeur: string;
  evenement: EvenementRecouvrementEntree;
  applique_le: string | null;
  nuit_effet: string | null;
}

/** Another transaction wrote the dossier between our read and our write (the `verrou` check failed). */
class Conflit extends Error {}

/**
 * Replays a dossier from its creation input: the same nights as its history (table `passage`) plus
 * tonight; each inbox row at the night of the history it belongs to (`nuit_effet` for rows already placed,
 * the first night on or after its value date for a late one, tonight otherwise).
 * `avancerDossier` accepts an event dated before the dossier's date (it records it with its own date, and
 * the situation counts a payment from its value date), but it never rewinds the state: a deadline that fired
 * stays fired. Replaying puts the late fact where it belongs in the history.
 */
export function rejouer(
  entree: EntreeMachine,
  nuits: readonly string[],
  lignes: readonly { id: string; date_valeur: string; evenement: EvenementRecouvrementEntree; nuit_effet: string | null }[],
  nuit: string,
): { resultat: DossierAvance; placement: Map<string, string> } {
  const toutes = [...new Set([...nuits.filter((n) => n < nuit), nuit])].sort();
  const placement = new Map<string, string>();
  for (const l of lignes) placement.set(l.id, l.nuit_effet ?? toutes.find((n) => n >= l.date_valeur) ?? nuit);
  let dossier = creerDossier(entree);
  let resultat: DossierAvance | null = null;
  for (const n of toutes) {
    const evenements = lignes.filter((l) => placement.get(l.id) === n).map((l) => l.evenement);
    resultat = avancerDossier(dossier, evenements, { aujourdhui: n });
    dossier = resultat.dossier;
  }
  return { resultat: resultat!, placement };
}

/**
 * Advances one dossier for tonight, in ONE transaction: read it, `lireDossier`, apply its pending inbox rows
 * (sorted by value date) with `avancerDossier` — or replay it when one of them is dated before the dossier's
 * own date —, write it back if `verrou` has not moved, write the outbox rows, mark the inbox rows applied.
 * Nothing to do (not due, nothing pending, already advanced tonight) → `ignore`.
 */
export async function traiterDossier(
  base: Base,
  id: string,
  nuit: string,
  cr: CompteRendu,
  crochets: Crochets = {},
): Promise<'avance' | 'rejoue' | 'ignore'> {
  for (let essai = 0; ; essai++) {
    try {
      return await base.transaction(async (tx) => {
        // Read: the dossier and its pending inbox rows (received by tonight), sorted by value date.
        const d = (
          await tx.requete<LigneDossier & { attente: LigneEntrante[] }>(
            `SELECT d.id, d.tenant, d.dossier, d.verrou, d.prochain_reveil::text,
               coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id::text, 'date_valeur', e.date_valeur::text, 'evenement', e.evenement) ORDER BY e.date_valeur, e.source, e.cle)
                         FROM evenement_entrant e WHERE e.dossier_id = d.id AND e.applique_le IS NULL AND e.recu_le <= $2), '[]'::jsonb) AS attente
             FROM dossier d WHERE d.id = $1`,
            [id, nuit],
          )
        ).rows[0];
        if (d === undefined) throw new Error(`dossier ${id} inconnu`);
        const attente = d.attente;
        const du = d.prochain_reveil !== null && d.prochain_reveil <= nuit;
        if (!du && attente.length === 0) return 'ignore';
        let t = performance.now();
        const lu = lireDossier(d.dossier);
        cr.msBibliotheque += performance.now() - t;
        // A dossier already advanced tonight is not due any more (its next wake-up is after tonight): a re-run,
        // or a chunk retried after a crash, skips it above. One dated after tonight is a night run out of order.
        if (lu.context.dateCourante > nuit) return 'ignore';
        const tardif = attente.some((l) => l.date_valeur < lu.context.dateCourante);
        let r: DossierAvance;
        let placement = new Map<string, string>(attente.map((l) => [l.id, nuit]));
        if (tardif) {
          const entree = (await tx.requete<{ entree: EntreeMachine }>('SELECT entree FROM dossier WHERE id = $1', [id])).rows[0]!.entree;
          const nuits = (await tx.requete<{ nuit: string }>('SELECT nuit::text FROM passage WHERE dossier_id = $1 ORDER BY nuit', [id])).rows.map((x) => x.nuit);
          const lignes = (
            await tx.requete<LigneEntrante>(
              `SELECT id::text, date_valeur::text, evenement, applique_le::text, nuit_effet::text FROM evenement_entrant
               WHERE dossier_id = $1 AND (applique_le IS NOT NULL OR recu_le <= $2) ORDER BY date_valeur, source, cle`,
              [id, nuit],
            )
          ).rows;
          // Rows received on time and not applied yet belong to tonight; late ones to their own night.
          const aPlacer = lignes.map((l) => ({ ...l, nuit_effet: l.nuit_effet ?? (l.date_valeur >= lu.context.dateCourante ? nuit : null) }));
          t = performance.now();
          const rejeu = rejouer(entree, nuits, aPlacer, nuit);
          cr.msBibliotheque += performance.now() - t;
          r = rejeu.resultat;
          placement = new Map(attente.map((l) => [l.id, rejeu.placement.get(l.id) ?? nuit]));
        } else {
          t = performance.now();
          r = avancerDossier(lu, attente.map((l) => l.evenement), { aujourdhui: nuit });
          cr.msBibliotheque += performance.now() - t;
        }
        const sortantes = aEnvoyer(r.actions).map((a) => ({
          cle: `${id}:${a.type}:${a.echeance}`,
          tenant: d.tenant,
          dossier_id: id,
          type: a.type,
          echeance: a.echeance,
          action: a,
          creee_le: nuit,
          statut: 'a-envoyer',
        }));
        // Write, in one statement: the dossier if `verrou` has not moved since the read, tonight's passage,
        // the outbox rows (a key already there is left as it is), the rows no longer due marked `caduque`
        // (an action not sent yet that the claim no longer calls for), and the inbox rows marked applied.
        const ecrit = await tx.requete<{ dossier: number; marques: number }>(
          `WITH maj AS (
             UPDATE dossier SET dossier = $2::jsonb, version_dossier = $3, verrou = verrou + 1, etat = $4, prochain_reveil = $5
             WHERE id = $1 AND verrou = $6 RETURNING id
           ), pas AS (
             INSERT INTO passage (dossier_id, nuit) SELECT id, $7::date FROM maj ON CONFLICT DO NOTHING RETURNING 1
           ), sortie AS (
             INSERT INTO action_sortante (cle, tenant, dossier_id, type, echeance, action, creee_le, statut)
             SELECT x.cle, x.tenant, x.dossier_id, x.type, x.echeance, x.action, x.creee_le, x.statut
             FROM jsonb_to_recordset($8::jsonb) AS x(cle text, tenant text, dossier_id text, type text, echeance date, action jsonb, creee_le date, statut text)
             WHERE EXISTS (SELECT 1 FROM maj)
             ON CONFLICT (cle) DO NOTHING RETURNING 1
           ), caduques AS (
             UPDATE action_sortante SET statut = 'caduque'
             WHERE dossier_id = $1 AND statut = 'a-envoyer' AND EXISTS (SELECT 1 FROM maj)
               AND cle NOT IN (SELECT jsonb_array_elements_text($9::jsonb)) RETURNING 1
           ), marques AS (
             UPDATE evenement_entrant e SET applique_le = $7::date, nuit_effet = x.nuit_effet
             FROM jsonb_to_recordset($10::jsonb) AS x(id bigint, nuit_effet date)
             WHERE e.id = x.id AND e.applique_le IS NULL AND EXISTS (SELECT 1 FROM maj) RETURNING 1
           )
           SELECT (SELECT count(*) FROM maj)::int AS dossier, (SELECT count(*) FROM marques)::int AS marques,
                  (SELECT count(*) FROM pas)::int + (SELECT count(*) FROM sortie)::int + (SELECT count(*) FROM caduques)::int AS autres`,
          [
            id,
            JSON.stringify(r.dossier),
            r.dossier.version,
            etatDe(r.dossier),
            prochainReveil(r.actions, nuit),
            d.verrou,
            nuit,
            JSON.stringify(sortantes),
            JSON.stringify(sortantes.map((s) => s.cle)),
            JSON.stringify(attente.map((l) => ({ id: l.id, nuit_effet: placement.get(l.id) ?? nuit }))),
          ],
        );
        const compte = ecrit.rows[0]!;
        if (compte.dossier !== 1 || compte.marques !== attente.length) throw new Conflit(id);
        if (crochets.avantCommit !== undefined) await crochets.avantCommit(id);
        return tardif ? 'rejoue' : 'avance';
      });
    } catch (e) {
      if (e instanceof Conflit && essai < 5) {
        cr.conflits += 1;
        continue;
      }
      throw e;
    }
  }
}

/** A worker's job: advance every dossier of a chunk (each in its own transaction). */
export async function traiterLot(base: Base, lot: Lot, crochets: Crochets = {}): Promise<CompteRendu> {
  const cr = compteRenduVide();
  const t0 = performance.now();
  for (const id of lot.ids) {
    const r = await traiterDossier(base, id, lot.nuit, cr, crochets);
    if (r === 'avance') cr.avances += 1;
    else if (r === 'rejoue') cr.rejoues += 1;
    else cr.ignores += 1;
  }
  cr.msTotal = performance.now() - t0;
  return cr;
}

const lendemain = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The fact that says an outbox action was performed (its sending comes back through the inbox). */
function evenementEnvoi(a: ActionDue, nuit: string, reference: string): EvenementRecouvrementEntree {
  if (a.type === 'mise-en-demeure') return { type: 'MISE_EN_DEMEURE_ENVOYEE', date: nuit, ...(a.canal !== null ? { canal: a.canal } : {}), reference };
  return { type: 'RELANCE_ENVOYEE', date: nuit, canal: a.canal ?? 'courrier', ...(a.etape !== null ? { etape: a.etape } : {}), reference };
}

/**
 * Sends the outbox of a tenant for tonight, `taille` rows per transaction, claimed with FOR UPDATE SKIP
 * LOCKED (several senders never take the same row). In the same transaction: the row is marked sent, the
 * "provider" journal gets it, and the inbox gets the fact that it was sent (source `envoi`, key = the
 * outbox key). Returns the number sent.
 */
export async function envoyer(base: Base, tenant: string, nuit: string, taille = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await base.transaction(async (tx) => {
      const { rows } = await tx.requete<{ cle: string; dossier_id: string; action: ActionDue }>(
        `UPDATE action_sortante a SET statut = 'envoyee', envoyee_le = $2
         FROM (SELECT cle FROM action_sortante WHERE tenant = $1 AND statut = 'a-envoyer' AND creee_le <= $2
               ORDER BY cle LIMIT $3 FOR UPDATE SKIP LOCKED) lot
         WHERE a.cle = lot.cle
         RETURNING a.cle, a.dossier_id, a.action`,
        [tenant, nuit, taille],
      );
      if (rows.length === 0) return 0;
      // Here a real host hands the letters to its provider, with the outbox key as the provider's idempotency key.
      await tx.requete('INSERT INTO journal_envoi (cle, nuit) SELECT jsonb_array_elements_text($1::jsonb), $2', [JSON.stringify(rows.map((r) => r.cle)), nuit]);
      // The provider's acknowledgement: dated tonight (the letter left tonight), received tomorrow, so the
      // dossier takes it on the next night.
      const faits = rows.map((r) => ({
        tenant,
        dossier_id: r.dossier_id,
        source: 'envoi',
        cle: r.cle,
        date_valeur: nuit,
        recu_le: lendemain(nuit),
        evenement: evenementEnvoi(r.action, nuit, `envoi:${r.cle}`),
      }));
      await tx.requete(
        `INSERT INTO evenement_entrant (tenant, dossier_id, source, cle, date_valeur, recu_le, evenement)
         SELECT tenant, dossier_id, source, cle, date_valeur, recu_le, evenement
         FROM jsonb_to_recordset($1::jsonb) AS x(tenant text, dossier_id text, source text, cle text, date_valeur date, recu_le date, evenement jsonb)
         ON CONFLICT ON CONSTRAINT evenement_entrant_idempotence DO NOTHING`,
        [JSON.stringify(faits)],
      );
      return rows.length;
    });
    if (n === 0) return total;
    total += n;
  }
}
