// A generated portfolio (seeded: the same on every machine) and the outside world's facts: bank transfers
// (some value-dated before a night they arrive after, some delivered twice), disputes. Facts are delivered
// to the inbox night by night, with the source's own idempotency key.
import { creerDossier, type EntreeMachine, type EvenementRecouvrementEntree } from 'recouvrement/machine';
import { mulberry32 } from '../../scripts/mulberry32.js';
import { SCHEMA, type Base } from './base.js';
import { etatDe } from './nuit.js';

export interface OptionsPortefeuille {
  readonly creances: number;
  readonly debiteurs: number;
  readonly tenants: readonly string[];
  /** The nights of the run (sorted): a year compressed into a few runs. */
  readonly nuits: readonly string[];
  readonly graine?: number;
}

/** One fact of the outside world, as its source delivers it. */
export interface Fait {
  readonly tenant: string;
  readonly dossier: string;
  readonly source: string;
  readonly cle: string;
  readonly dateValeur: string;
  /** The nights it is delivered (twice for a repeated delivery). */
  readonly livraisons: readonly string[];
  readonly evenement: EvenementRecouvrementEntree;
}

export interface Portefeuille {
  readonly nuits: readonly string[];
  readonly dossiers: { id: string; tenant: string; debiteur: string; entree: EntreeMachine }[];
  readonly faits: Fait[];
}

const JOUR = 86_400_000;
const plus = (date: string, jours: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + jours * JOUR).toISOString().slice(0, 10);
const cents = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

/** Builds the portfolio: invoices issued over the first half of the year, due 30 or 45 days later. */
export function genererPortefeuille(o: OptionsPortefeuille): Portefeuille {
  const alea = mulberry32(o.graine ?? 20_251_206);
  const entier = (n: number): number => Math.floor(alea() * n);
  const premiere = o.nuits[0]!;
  const derniere = o.nuits[o.nuits.length - 1]!;
  const nuitApres = (date: string, decalage = 0): string | null => {
    const i = o.nuits.findIndex((n) => n >= date);
    return i < 0 ? null : (o.nuits[i + decalage] ?? null);
  };
  const debiteurs = Array.from({ length: o.debiteurs }, (_, i) => ({
    tenant: o.tenants[i % o.tenants.length]!,
    id: `D${String(i).padStart(4, '0')}`,
    consommateur: alea() < 0.1,
  }));
  const dossiers: Portefeuille['dossiers'] = [];
  const faits: Fait[] = [];
  for (let i = 0; i < o.creances; i++) {
    const deb = debiteurs[entier(debiteurs.length)]!;
    const id = `${deb.tenant}-F${String(i).padStart(6, '0')}`;
    const dateFacture = plus(premiere, -30 + entier(150));
    const dateEcheance = plus(dateFacture, alea() < 0.5 ? 30 : 45);
    const montant = 5_000 + entier(2_000_000);
    const entree: EntreeMachine = {
      creance: {
        id,
        numeroFacture: `F-${String(i).padStart(6, '0')}`,
        montantTTC: cents(montant),
        dateFacture,
        dateEcheance,
        paiements: [],
        nature: deb.consommateur ? 'consommation' : 'commerciale',
        cause: 'contractuelle',
        contestee: false,
      },
      debiteur: deb.consommateur
        ? { id: deb.id, type: 'consommateur', denomination: `Client ${deb.id}` }
        : { id: deb.id, type: 'professionnel', denomination: `Société ${deb.id}`, commercant: true },
      date: dateFacture,
    };
    dossiers.push({ id, tenant: deb.tenant, debiteur: deb.id, entree });

    let n = 0;
    const fait = (source: string, dateValeur: string, evenement: (cle: string) => EvenementRecouvrementEntree): void => {
      if (dateValeur > derniere) return;
      const cle = `${id}-${source}-${n++}`;
      const normale = nuitApres(dateValeur);
      if (normale === null) return;
      const tire = alea();
      // 4 %: the bank feed is one night late (value date before a night already run: a late fact).
      // 5 %: delivered twice (the source re-sends; the unique constraint keeps one).
      const livraisons = tire < 0.04 ? [nuitApres(dateValeur, 1)] : tire < 0.09 ? [normale, nuitApres(dateValeur, 1)] : [normale];
      const l = livraisons.filter((x): x is string => x !== null);
      if (l.length > 0) faits.push({ tenant: deb.tenant, dossier: id, source, cle, dateValeur, livraisons: l, evenement: evenement(`${source}:${cle}`) });
    };
    const profil = alea();
    if (profil < 0.55) {
      // Pays the invoice in full, some time after the due date.
      const tire = plus(dateEcheance, -10 + entier(130));
      const date = tire < dateFacture ? dateFacture : tire;
      fait('banque', date, (reference) => ({ type: 'PAIEMENT_RECU', date, montant: cents(montant), reference }));
      // The principal is paid; most creditors then waive the penalties and the 40 € (a commercial gesture).
      if (date > dateEcheance && alea() < 0.7) {
        const geste = plus(date, 3);
        fait('gestionnaire', geste, (reference) => ({ type: 'ACCESSOIRES_ABANDONNES', date: geste, motif: `geste commercial ${reference}` }));
      }
    } else if (profil < 0.75) {
      // Pays 40 %, then the rest later (or never).
      const d1 = plus(dateEcheance, 10 + entier(60));
      const p1 = Math.floor(montant * 0.4);
      fait('banque', d1, (reference) => ({ type: 'PAIEMENT_RECU', date: d1, montant: cents(p1), reference }));
      if (alea() < 0.6) {
        const d2 = plus(d1, 20 + entier(90));
        fait('banque', d2, (reference) => ({ type: 'PAIEMENT_RECU', date: d2, montant: cents(montant - p1), reference }));
      }
    } else if (profil < 0.8) {
      // Disputes the invoice (the platform's status message).
      const d = plus(dateEcheance, 5 + entier(60));
      fait('plateforme', d, (reference) => ({ type: 'LITIGE_OUVERT', date: d, motif: `contestation ${reference}` }));
    }
  }
  return { nuits: o.nuits, dossiers, faits };
}

/** Creates the schema (the dossiers arrive night by night, see {@link livrer}). */
export async function chargerPortefeuille(base: Base): Promise<void> {
  await base.script(SCHEMA);
}

/** Opens the dossiers of the invoices issued by tonight (creerDossier), to wake up tonight; returns how many. */
async function ouvrirDossiers(base: Base, p: Portefeuille, nuit: string): Promise<number> {
  const i = p.nuits.indexOf(nuit);
  const veille = i > 0 ? p.nuits[i - 1]! : '0000-00-00';
  const nouveaux = p.dossiers.filter((d) => d.entree.creance.dateFacture <= nuit && d.entree.creance.dateFacture > veille);
  let n = 0;
  for (let i = 0; i < nouveaux.length; i += 500) {
    const lignes = nouveaux.slice(i, i + 500).map((d) => {
      const dossier = creerDossier(d.entree);
      return { ...d, dossier, version_dossier: dossier.version, etat: etatDe(dossier), prochain_reveil: nuit };
    });
    const r = await base.requete(
      `INSERT INTO dossier (id, tenant, debiteur, entree, dossier, version_dossier, etat, prochain_reveil)
       SELECT id, tenant, debiteur, entree, dossier, version_dossier, etat, prochain_reveil
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, tenant text, debiteur text, entree jsonb, dossier jsonb, version_dossier int, etat text, prochain_reveil date)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(lignes)],
    );
    n += r.nombre;
  }
  return n;
}

/**
 * Tonight's deliveries: the invoices issued since the last night become dossiers (the ERP's feed), and the
 * facts of the day reach the inbox. Returns the dossiers opened, the facts stored and the repeats ignored.
 */
export async function livrer(base: Base, p: Portefeuille, nuit: string): Promise<{ ouverts: number; recus: number; doublonsIgnores: number }> {
  const ouverts = await ouvrirDossiers(base, p, nuit);
  const lignes = p.faits
    .filter((f) => f.livraisons.includes(nuit))
    .map((f) => ({ tenant: f.tenant, dossier_id: f.dossier, source: f.source, cle: f.cle, date_valeur: f.dateValeur, recu_le: nuit, evenement: f.evenement }));
  let recus = 0;
  for (let i = 0; i < lignes.length; i += 1000) {
    const r = await base.requete(
      `INSERT INTO evenement_entrant (tenant, dossier_id, source, cle, date_valeur, recu_le, evenement)
       SELECT tenant, dossier_id, source, cle, date_valeur, recu_le, evenement
       FROM jsonb_to_recordset($1::jsonb) AS x(tenant text, dossier_id text, source text, cle text, date_valeur date, recu_le date, evenement jsonb)
       ON CONFLICT ON CONSTRAINT evenement_entrant_idempotence DO NOTHING`,
      [JSON.stringify(lignes.slice(i, i + 1000))],
    );
    recus += r.nombre;
  }
  return { ouverts, recus, doublonsIgnores: lignes.length - recus };
}

/** `n` nights from `debut`, every `pas` days. */
export function nuits(debut: string, n: number, pas: number): string[] {
  return Array.from({ length: n }, (_, i) => plus(debut, i * pas));
}
