// Late facts (examples/postgres/nuit.ts, `rejouer`), in process on PGlite with the workers' own code.
// `avancerDossier` accepts an event dated before the dossier's date: it records it with its own date and the
// situation counts a payment from its value date, but the state is not rewound (a deadline that fired stays
// fired, the letters sent since are recorded as sent to a debtor who still owed). The worker therefore
// replays the dossier from its creation input: the same nights, each fact on the night it belongs to.
import { avancerDossier, creerDossier, lireDossier, situationFinanciere, type Dossier, type EntreeMachine, type EvenementRecouvrementEntree } from 'recouvrement/machine';
import { afterEach, describe, expect, it } from 'vitest';
import { basePglite, type Base } from '../../examples/postgres/base.js';
import { bilan } from '../../examples/postgres/bilan.js';
import { executerNuits, fileLocale } from '../../examples/postgres/file.js';
import { rejouer } from '../../examples/postgres/nuit.js';
import { chargerPortefeuille, genererPortefeuille, nuits as suiteDeNuits, type Portefeuille } from '../../examples/postgres/portefeuille.js';

let base: Base | null = null;
afterEach(async () => {
  await base?.fermer();
  base = null;
});

const ENTREE: EntreeMachine = {
  creance: {
    id: 'F-TARDIF',
    numeroFacture: 'F-2025-042',
    montantTTC: '1000.00',
    dateFacture: '2025-01-15',
    dateEcheance: '2025-02-14',
    paiements: [],
    nature: 'commerciale',
    cause: 'contractuelle',
    contestee: false,
  },
  debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS', commercant: true },
  date: '2025-01-15',
};
const NUITS = ['2025-02-15', '2025-03-01', '2025-03-15', '2025-04-01', '2025-04-15', '2025-05-01'];

const etapes = (d: Dossier): string[] =>
  d.context.dossier.map((e) => `${e.date} ${e.type}${typeof e.donnees.evenement === 'string' ? ` ${e.donnees.evenement}` : ''}`);

describe('a payment value-dated before deadlines that already fired', () => {
  it('is replayed from the creation input: the claim closes on the value date, the letters sent after it are recorded as sent to a settled claim', async () => {
    // What the debtor owed on 10 March (principal, L441-10 penalties, the 40 € of D441-5): paid that day.
    const du = situationFinanciere(creerDossier(ENTREE).context, '2025-03-10').totalDu;
    expect(du).toBe('1048.65');
    const paiement: EvenementRecouvrementEntree = { type: 'PAIEMENT_RECU', date: '2025-03-10', montant: du, reference: 'banque:VIR-0310' };
    // The bank feed delivers it on the night of 15 April: after the nights of 15 March and 1 April ran.
    const p: Portefeuille = {
      nuits: NUITS,
      dossiers: [{ id: 'F-TARDIF', tenant: 't', debiteur: 'D1', entree: ENTREE }],
      faits: [{ tenant: 't', dossier: 'F-TARDIF', source: 'banque', cle: 'VIR-0310', dateValeur: '2025-03-10', livraisons: ['2025-04-15'], evenement: paiement }],
    };
    base = await basePglite();
    await chargerPortefeuille(base);
    await executerNuits(base, fileLocale(base), p, NUITS.slice(0, 4), 10);

    // Without the replay: the fact applied to the dossier as it stands on 15 April.
    const avant = (await base.requete<{ dossier: Dossier }>('SELECT dossier FROM dossier')).rows[0]!.dossier;
    const enAttente = (await base.requete<{ evenement: EvenementRecouvrementEntree }>("SELECT evenement FROM evenement_entrant WHERE applique_le IS NULL")).rows;
    const direct = avancerDossier(avant, [...enAttente.map((r) => r.evenement), paiement], { aujourdhui: '2025-04-15' }).dossier;
    expect(direct.value).toBe('soldee');
    expect(direct.context.cloture).toEqual({ date: '2025-04-01', motif: 'solde' });
    expect(etapes(direct)).toContain('2025-03-15 RELANCE_ENVOYEE');

    const bilans = await executerNuits(base, fileLocale(base), p, NUITS.slice(4), 10);
    expect(bilans[0]!.compteRendu.rejoues).toBe(1);
    const d = lireDossier((await base.requete<{ dossier: Dossier }>('SELECT dossier FROM dossier')).rows[0]!.dossier);
    expect(d.value).toBe('soldee');
    expect(d.context.cloture).toEqual({ date: '2025-03-10', motif: 'solde' });
    expect(etapes(d)).toEqual([
      '2025-01-15 creance-ouverte',
      '2025-02-15 RELANCE_ENVOYEE',
      '2025-03-01 RELANCE_ENVOYEE',
      '2025-03-10 PAIEMENT_RECU',
      '2025-03-10 soldee',
      // Sent on the nights of 15 March and 1 April, before the payment was known: recorded, not applied.
      '2025-03-15 evenement-non-applique RELANCE_ENVOYEE',
      '2025-04-01 evenement-non-applique MISE_EN_DEMEURE_ENVOYEE',
    ]);
    // The payment row: applied on 15 April, placed in the history on the night of 15 March.
    const ligne = (await base.requete<{ applique_le: string; nuit_effet: string }>("SELECT applique_le::text, nuit_effet::text FROM evenement_entrant WHERE source = 'banque'")).rows[0];
    expect(ligne).toEqual({ applique_le: '2025-04-15', nuit_effet: '2025-03-15' });
    // Nothing is sent after the payment was known, and nothing was sent twice or lost.
    const envois = (await base.requete<{ cle: string }>("SELECT cle FROM action_sortante WHERE envoyee_le >= '2025-04-15'")).rows;
    expect(envois).toEqual([]);
    expect(await bilan(base, NUITS[NUITS.length - 1]!)).toMatchObject({ doublons: 0, perdus: 0 });
  });

  it('a replay of any dossier from its creation input and its inbox gives back the stored dossier', async () => {
    const nuits = suiteDeNuits('2025-02-01', 6, 60);
    const p = genererPortefeuille({ creances: 120, debiteurs: 15, tenants: ['a', 'b'], nuits, graine: 7 });
    base = await basePglite();
    await chargerPortefeuille(base);
    await executerNuits(base, fileLocale(base), p, nuits, 25);
    const dossiers = (await base.requete<{ id: string; entree: EntreeMachine; dossier: Dossier }>('SELECT id, entree, dossier FROM dossier ORDER BY id')).rows;
    let rejoues = 0;
    for (const d of dossiers) {
      const passages = (await base.requete<{ nuit: string }>('SELECT nuit::text FROM passage WHERE dossier_id = $1 ORDER BY nuit', [d.id])).rows.map((r) => r.nuit);
      if (passages.length === 0) continue;
      const lignes = (
        await base.requete<{ id: string; date_valeur: string; evenement: EvenementRecouvrementEntree; nuit_effet: string | null }>(
          'SELECT id::text, date_valeur::text, evenement, nuit_effet::text FROM evenement_entrant WHERE dossier_id = $1 AND applique_le IS NOT NULL ORDER BY date_valeur, source, cle',
          [d.id],
        )
      ).rows;
      const derniere = passages[passages.length - 1]!;
      expect(rejouer(d.entree, passages, lignes, derniere).resultat.dossier, d.id).toEqual(d.dossier);
      rejoues += 1;
    }
    expect(rejoues).toBe(dossiers.length);
  });
});
