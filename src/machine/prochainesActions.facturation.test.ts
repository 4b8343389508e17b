import { describe, expect, it } from 'vitest';
import { evenementDepuisStatutFacture, type StatutFacture } from './evenementDepuisStatutFacture.js';
import { depart, jouer, type Instantane } from './outils-test.js';
import { prochainesActions } from './prochainesActions.js';
import { litigePartielOuvert, situationFinanciere } from './situation.js';

const statut = (s: Instantane, st: Omit<StatutFacture, 'date'> & { date?: string }): Instantane =>
  jouer(s, evenementDepuisStatutFacture({ date: '2025-03-20', ...st }));
const relances = (s: Instantane, date: string) => prochainesActions(s, date).filter((a) => ['rappel', 'relance', 'appel', 'mise-en-demeure'].includes(a.type));

describe('e-invoicing: the due actions of the nonDistribuee and affacturee states (declared in their meta)', () => {
  const enRelance = jouer(depart(), { type: 'JOUR', date: '2025-03-20' });

  it('221 Erreur de routage: a "verifier-distribution" action (correct the addressing, deposit again) with the status and its source, no reminder', () => {
    const s = statut(enRelance, { code: 221, codeMotif: 'ROUTAGE_ERR' });
    expect(s.value).toBe('nonDistribuee');
    const a = prochainesActions(s, '2025-03-21');
    expect(relances(s, '2025-03-21')).toEqual([]);
    const v = a.find((x) => x.type === 'verifier-distribution');
    expect(v).toMatchObject({ echeance: '2025-03-20', nature: 'planifiee', statut: 'a-faire', modele: null, montant: null });
    expect(v?.libelle).toMatch(/statut 221.*adressage.*redéposer la facture sur la plateforme/);
    expect(v?.references[0]).toMatch(/^Statut 221 Erreur de routage : AFNOR XP Z12-012/);
    // a delivery status (202 to 205) lifts it: reminders resume, the action is gone
    const livree = statut(s, { code: 203, date: '2025-03-25' });
    expect(prochainesActions(livree, '2025-03-25').some((x) => x.type === 'verifier-distribution')).toBe(false);
    expect(relances(livree, '2025-03-25').length).toBeGreaterThan(0);
  });

  it('501 Irrecevable: correct the file and deposit it again', () => {
    const s = statut(enRelance, { code: 501, codeMotif: 'FORMAT_ERR' });
    const v = prochainesActions(s, '2025-03-20').find((x) => x.type === 'verifier-distribution');
    expect(v?.libelle).toMatch(/irrecevable \(statut 501\).*redéposer/);
    expect(v?.references[0]).toMatch(/^Statut 501 Irrecevable/);
  });

  it('225 / 226 Affacturée: an informational "suivi-affacturage" action with the factor status, no reminder; 228 brings the reminders back', () => {
    for (const code of [225, 226] as const) {
      const s = statut(enRelance, { code });
      expect(s.value).toBe('affacturee');
      expect(relances(s, '2025-04-30')).toEqual([]);
      const a = prochainesActions(s, '2025-04-30').find((x) => x.type === 'suivi-affacturage');
      expect(a).toMatchObject({ echeance: '2025-03-20', modele: null, canal: null, montant: null });
      expect(a?.libelle).toMatch(new RegExp(`statut ${code} Affacturée.*aucune relance du vendeur`));
      expect(a?.references[0]).toMatch(new RegExp(`^Statut ${code} Affacturée`));
      const retour = statut(s, { code: 228, date: '2025-04-01' });
      expect(prochainesActions(retour, '2025-04-01').some((x) => x.type === 'suivi-affacturage')).toBe(false);
      expect(relances(retour, '2025-04-01').length).toBeGreaterThan(0);
    }
  });
});

describe('a partial dispute suspends the disputed amount only (the undisputed part keeps its course)', () => {
  const enRelance = jouer(depart(), { type: 'JOUR', date: '2025-03-20' });

  it('207 CNP: only the disputed amount is suspended', () => {
    // 1 200 € due 2025-02-14; on 2025-03-20 the buyer disputes 300 € (207 En litige, action CNP: a partial
    // credit note). The claim stays in reminders and they claim what is owed minus 300 €.
    const s = statut(enRelance, { code: 207, codeAction: 'CNP', codeMotif: 'QTE_ERR', montantConteste: 300 });
    expect(s.value).toEqual({ amiable: 'relances' });
    expect(litigePartielOuvert(s.context)).toMatchObject({ date: '2025-03-20', montantConteste: '300.00' });
    const du = situationFinanciere(s.context).totalDu;
    const r = relances(s, '2025-03-20');
    expect(r.length).toBeGreaterThan(0);
    for (const a of r) {
      expect(a.montant).toBe((Number(du) - 300).toFixed(2));
      expect(a.avertissements.some((x) => /300,00\u00a0€ contestés sont exclus/.test(x))).toBe(true);
    }
    // what is owed is unchanged: only what the reminders claim excludes the disputed part
    expect(situationFinanciere(s.context).totalDu).toBe(situationFinanciere(enRelance.context).totalDu);
    // the mise en demeure too: play the reminders until it is the next step
    let t = s;
    for (let i = 0; i < 10; i++) {
      const a = relances(t, '2025-03-20')[0];
      if (a === undefined || a.type === 'mise-en-demeure') break;
      t = jouer(t, { type: 'RELANCE_ENVOYEE', date: '2025-03-20', canal: a.canal ?? 'email', etape: a.etape! });
    }
    const med = relances(t, '2025-03-20')[0];
    expect(med?.type).toBe('mise-en-demeure');
    expect(med?.montant).toBe((Number(du) - 300).toFixed(2));
  });

  it('without a partial dispute the reminders claim the whole claim (montant null); a credit note or 209 closes the partial dispute', () => {
    expect(relances(enRelance, '2025-03-20').every((a) => a.montant === null)).toBe(true);
    const s = statut(enRelance, { code: 207, codeAction: 'CNP', montantConteste: 300 });
    const avoir = jouer(s, { type: 'AVOIR_EMIS', date: '2025-03-22', montant: '300.00' });
    expect(litigePartielOuvert(avoir.context)).toBeNull();
    expect(relances(avoir, '2025-03-22').every((a) => a.montant === null)).toBe(true);
    const complete = statut(s, { code: 209, date: '2025-03-22' });
    expect(litigePartielOuvert(complete.context)).toBeNull();
    expect(relances(complete, '2025-03-22').every((a) => a.montant === null)).toBe(true);
  });

  it('a disputed amount above what is owed leaves nothing to claim (never a negative amount)', () => {
    const s = statut(enRelance, { code: 206, codeMotif: 'PU_ERR', montantConteste: 5000 });
    expect(relances(s, '2025-03-20').every((a) => a.montant === '0.00')).toBe(true);
  });
});

describe('e-invoicing statuses in judiciaire, execution and procedureCollective are recorded, never silently dropped', () => {
  const base = jouer(depart(), { type: 'JOUR', date: '2025-03-20' });
  const judiciaire = jouer(base, { type: 'PROCEDURE_ENGAGEE', date: '2025-03-20', procedure: 'injonction-de-payer' });
  const execution = jouer(judiciaire, { type: 'ORDONNANCE_RENDUE', date: '2025-04-01' }, { type: 'SIGNIFICATION_EFFECTUEE', date: '2025-04-10' }, { type: 'JOUR', date: '2025-06-01' });
  const collective = jouer(base, { type: 'PROCEDURE_COLLECTIVE_OUVERTE', date: '2025-03-20', dateBodacc: '2025-03-30' });
  const etats: [string, Instantane][] = [['judiciaire', judiciaire], ['execution', execution], ['procedureCollective', collective]];
  const statuts: Omit<StatutFacture, 'date'>[] = [
    { code: 200 }, { code: 205 }, { code: 206, montantConteste: 100 }, { code: 207 }, { code: 207, codeAction: 'CNP', montantConteste: 100 }, { code: 208 }, { code: 209 },
    { code: 210 }, { code: 212, montant: 10 }, { code: 212, montant: -10 }, { code: 213 }, { code: 213, codeMotif: 'DOUBLON' }, { code: 220 }, { code: 221 },
    { code: 224 }, { code: 225 }, { code: 226 }, { code: 227 }, { code: 228 }, { code: 501 },
  ];

  it('each status is taken (recorded under its event type) or recorded as evenement-non-applique', () => {
    for (const [nom, s] of etats) {
      expect(Object.keys(typeof s.value === 'string' ? { [s.value]: 1 } : s.value)[0], nom).toBe(nom);
      for (const st of statuts) {
        const e = evenementDepuisStatutFacture({ date: '2025-06-02', ...st });
        const r = jouer(s, e);
        const derniere = r.context.dossier.at(-1)!;
        expect(r.context.dossier.length, `${nom} ${st.code}`).toBeGreaterThan(s.context.dossier.length);
        if (derniere.type === 'evenement-non-applique') {
          expect(derniere.donnees.evenement, `${nom} ${st.code}`).toBe(e.type);
          expect(r.value, `${nom} ${st.code}`).toEqual(s.value);
        } else {
          expect(r.context.dossier.some((x, i) => i >= s.context.dossier.length && x.type === e.type), `${nom} ${st.code}`).toBe(true);
        }
      }
    }
  });
});
