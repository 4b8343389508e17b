// Worked examples of the machine's bridge to the eligibility and prescription rules (regles.ts), each
// stating the rule it checks (issue 15 item 8: written against the survivors of a mutation run of
// regles.ts; docs/qualite.md, "Session 4").
import { describe, expect, it } from 'vitest';
import { baremesParDefaut } from '../baremes/donnees.js';
import { etendreBaremes } from '../baremes/etendreBaremes.js';
import { contexteInitial, type ContexteRecouvrement } from './contexte.js';
import { creanceCourante, prescriptionCourante, prescriptionImpossible, verdictProcedure } from './regles.js';

/** 1 200 € delivered and invoiced 15 January 2025, due 14 February 2025. */
const CREANCE = {
  id: 'F1',
  numeroFacture: 'F-2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateExecution: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
} as const;
const PRO = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' } as const;

function contexte(a: Partial<ContexteRecouvrement> = {}, creance: Record<string, unknown> = {}, debiteur: Record<string, unknown> = PRO): ContexteRecouvrement {
  const c = contexteInitial({ creance: { ...CREANCE, ...creance } as never, debiteur: debiteur as never });
  return { ...c, ...a };
}

const JUGEMENT = { date: '2026-03-10', origine: 'assignation-au-fond', nature: 'jugement' } as const;

describe('creanceCourante: the claim the eligibility rules are given', () => {
  it('principal after the credit notes issued by the machine’s date, the claim’s payments then those received, no credit note carried twice', () => {
    const c = creanceCourante(
      contexte(
        { dateCourante: '2025-05-01', avoirs: [{ date: '2025-04-01', montant: '150.00' }], paiements: [{ date: '2025-04-10', montant: '50.00' }] },
        { avoirs: [{ date: '2025-03-01', montant: '200.00' }], paiements: [{ date: '2025-03-02', montant: '100.00' }] },
      ),
    );
    expect(c.montantTTC).toBe('850.00');
    expect(c.paiements).toEqual([
      { date: '2025-03-02', montant: '100.00' },
      { date: '2025-04-10', montant: '50.00' },
    ]);
    expect('avoirs' in c).toBe(false);
  });

  it('contested when the claim says so, or while a dispute is open (C. civ. 1353: a contested claim is not certain)', () => {
    expect(creanceCourante(contexte()).contestee).toBe(false);
    expect(creanceCourante(contexte({}, { contestee: true })).contestee).toBe(true);
    const litige = { date: '2025-03-02', motif: 'quantités', retour: 'amiable' as const };
    expect(creanceCourante(contexte({ litige })).contestee).toBe(true);
  });
});

describe('verdictProcedure', () => {
  it('procédure simplifiée on a consumer claim: legal interest counts from the mise en demeure only (C. civ. 1231-6, 1344-1), so 4 999 € becomes 5 185,08 € > 5 000 € (CPCE R125-1)', () => {
    const conso = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
    const sans = contexte({ dateCourante: '2026-06-01' }, { nature: 'consommation', montantTTC: '4999.00' }, conso);
    expect(verdictProcedure(sans, 'procedure-simplifiee', '2026-06-01').eligible).toBe(true);
    const avec = { ...sans, miseEnDemeure: { date: '2025-03-01', dateLimite: '2025-03-09' } };
    const v = verdictProcedure(avec, 'procedure-simplifiee', '2026-06-01');
    expect(v.eligible).toBe(false);
    expect(v.motifs.some((m) => m.includes('5185.08 €'))).toBe(true);
  });

  it('procédure simplifiée reads the context’s debtor: refused for a public buyer (C. commande publique L6) and under collective proceedings (C. com. L622-21)', () => {
    const publique = verdictProcedure(contexte({}, {}, { id: 'D3', type: 'personne-publique', denomination: 'Commune de Lyon' }), 'procedure-simplifiee', '2025-06-01');
    expect(publique.eligible).toBe(false);
    expect(publique.motifs.at(-1)).toContain('L6');
    const pc = { ...PRO, procedureCollective: { type: 'redressement', dateJugement: '2025-04-01', dateBodacc: '2025-04-10' } };
    const collective = verdictProcedure(contexte({}, {}, pc), 'procedure-simplifiee', '2025-06-01');
    expect(collective.eligible).toBe(false);
    expect(collective.motifs.at(-1)).toContain('L622-24');
    expect(verdictProcedure(contexte(), 'procedure-simplifiee', '2025-06-01').eligible).toBe(true);
  });

  it('a verdict the tables cannot decide is "not eligible", with the reason; the machine’s tables (options.baremes) decide it', () => {
    const ctx = contexte({ dateCourante: '2027-06-01' });
    const v = verdictProcedure(ctx, 'procedure-simplifiee', '2027-06-01');
    expect(v).toEqual({ procedure: 'procedure-simplifiee', eligible: false, motifs: [expect.stringMatching(/^✗ Éligibilité non déterminable : /)] });
    const etendues = etendreBaremes(baremesParDefaut, { bce: { changements: [], connuJusquau: '2028-01-01' } });
    expect(verdictProcedure(ctx, 'procedure-simplifiee', '2027-06-01', { baremes: etendues }).eligible).toBe(true);
  });

  it('assignation au fond: an exigible claim; on a public buyer, before the administrative court (C. commande publique L6)', () => {
    const avant = verdictProcedure(contexte(), 'assignation-au-fond', '2025-02-13');
    expect(avant.eligible).toBe(false);
    expect(avant.motifs[0]).toMatch(/^✗ Créance non exigible/);
    const prive = verdictProcedure(contexte(), 'assignation-au-fond', '2025-06-01');
    expect(prive.eligible).toBe(true);
    expect(prive.motifs[0]).not.toContain('tribunal administratif');
    const publique = verdictProcedure(contexte({}, {}, { id: 'D3', type: 'personne-publique', denomination: 'Commune de Lyon' }), 'assignation-au-fond', '2025-06-01');
    expect(publique.eligible).toBe(true);
    expect(publique.motifs[0]).toContain('tribunal administratif');
    expect(publique.motifs[0]).toContain('L6');
  });

  it('injonction de payer and référé-provision answer with their own rule, named', () => {
    const ip = verdictProcedure(contexte(), 'injonction-de-payer', '2025-06-01');
    expect(ip.procedure).toBe('injonction-de-payer');
    expect(ip.eligible).toBe(true);
    const conteste = verdictProcedure(contexte({}, { contestee: true }), 'refere-provision', '2025-06-01');
    expect(conteste.procedure).toBe('refere-provision');
    // CPC 835 al. 2: a provision only when the obligation is not seriously contestable.
    expect(conteste.eligible).toBe(false);
  });
});

describe('prescriptionCourante', () => {
  it('the claim’s own: five years from the delivery (C. com. L110-4), 15 January 2030; from the invoice date, with a warning, when the delivery date is unknown', () => {
    const r = prescriptionCourante(contexte());
    expect(r.dateLimite).toBe('2030-01-15');
    expect(r.avertissements).toEqual([]);
    const sansExecution = prescriptionCourante(contexte({}, { dateExecution: undefined, dateFacture: '2025-01-20' }));
    expect(sansExecution.dateLimite).toBe('2030-01-20');
    expect(sansExecution.avertissements.some((a) => a.startsWith("Date d'exécution inconnue"))).toBe(true);
  });

  it('a judgment: ten years from it (CPCE L111-4), restarted by each enforcement measure on or after it (C. civ. 2244); a measure before the title does not count', () => {
    expect(prescriptionCourante(contexte({ titre: JUGEMENT, mesures: [{ date: '2026-03-01', mesure: 'saisie' }] })).dateLimite).toBe('2036-03-10');
    expect(prescriptionCourante(contexte({ titre: JUGEMENT, mesures: [{ date: '2026-03-10', mesure: 'saisie' }] })).dateLimite).toBe('2036-03-10');
    const r = prescriptionCourante(contexte({ titre: JUGEMENT, mesures: [{ date: '2028-05-02', mesure: 'saisie' }] }));
    expect(r.dateLimite).toBe('2038-05-02');
    expect(r.references).toContain('CPCE art. L111-4');
    expect(r.avertissements).toEqual([]);
  });

  it('a mediation during the ten years of a title: the suspension (C. civ. 2238) is UNCONFIRMED, not applied, and said', () => {
    const r = prescriptionCourante(contexte({ titre: JUGEMENT, mediation: { date: '2027-01-01', mode: 'mediation' } }));
    expect(r.dateLimite).toBe('2036-03-10');
    expect(r.avertissements).toHaveLength(1);
    expect(r.avertissements[0]).toContain('2238');
  });

  it('a title of the procédure simplifiée keeps the claim’s own prescription (PARTIEL), said', () => {
    const r = prescriptionCourante(contexte({ titre: { date: '2026-03-10', origine: 'procedure-simplifiee', nature: 'titre' } }));
    expect(r.dateLimite).toBe('2030-01-15');
    expect(r.avertissements).toHaveLength(1);
    expect(r.avertissements[0]).toContain('PARTIEL');
  });

  it('a mediation suspends the claim’s prescription to the machine’s date (C. civ. 2238): the deadline follows that date', () => {
    const ctx = contexte({ mediation: { date: '2029-06-01', mode: 'mediation' }, prescription: [{ type: 'mediation-debut', date: '2029-06-01' }], dateCourante: '2029-09-01' });
    expect(prescriptionCourante(ctx).dateLimite).toBe('2030-04-17');
    expect(prescriptionCourante({ ...ctx, dateCourante: '2030-03-01' }).dateLimite).toBe('2030-10-15');
  });

  it('the memo answers afresh when any part it reads changes, with the same prescription events', () => {
    const base = contexte({ dateCourante: '2025-06-01' });
    expect(prescriptionCourante(base).dateLimite).toBe('2030-01-15');
    expect(prescriptionCourante({ ...base, creance: { ...base.creance, dateExecution: '2025-01-31' } }).dateLimite).toBe('2030-01-31');
    // A consumer claim on a consumer: two years (C. conso. L218-2).
    const conso = contexte({ dateCourante: '2025-06-01' }, { nature: 'consommation' });
    expect(prescriptionCourante(conso).dateLimite).toBe('2030-01-15');
    expect(prescriptionCourante({ ...conso, debiteur: { ...conso.debiteur, type: 'consommateur' } }).dateLimite).toBe('2027-01-15');
    expect(prescriptionCourante({ ...base, titre: JUGEMENT }).dateLimite).toBe('2036-03-10');
    const titre = { ...base, titre: JUGEMENT };
    expect(prescriptionCourante({ ...titre, mesures: [{ date: '2028-05-02', mesure: 'saisie' }] }).dateLimite).toBe('2038-05-02');
    expect(prescriptionCourante({ ...titre, mediation: { date: '2027-01-01', mode: 'mediation' } }).avertissements).toHaveLength(1);
    expect(prescriptionCourante(titre).avertissements).toHaveLength(0);
  });

  it('the memo, one part at a time: a title, then a mediation, each changed alone on the same prescription events, gives the new answer', () => {
    const sansTitre = contexte({ dateCourante: '2026-06-01' });
    expect(prescriptionCourante(sansTitre).dateLimite).toBe('2030-01-15');
    expect(prescriptionCourante({ ...sansTitre, titre: JUGEMENT }).dateLimite).toBe('2036-03-10');
    const titre = contexte({ dateCourante: '2027-06-01', titre: JUGEMENT });
    expect(prescriptionCourante(titre).avertissements).toEqual([]);
    expect(prescriptionCourante({ ...titre, mediation: { date: '2027-01-01', mode: 'mediation' } }).avertissements).toHaveLength(1);
  });

  it('a context without its list of prescription events (hand-made, or from an older host) is computed, not memoised, and does not throw', () => {
    const { prescription: _sans, ...ctx } = contexte();
    expect(prescriptionCourante(ctx as unknown as ContexteRecouvrement).dateLimite).toBe('2030-01-15');
  });

  it('a memoised answer is frozen: callers share it', () => {
    const r = prescriptionCourante(contexte());
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.references)).toBe(true);
    expect(Object.isFrozen(r.avertissements)).toBe(true);
  });
});

describe('prescriptionImpossible: no prescription within two years of the start (C. conso. L218-2, the shortest delay)', () => {
  it('true through 730 days after the delivery (15 January 2027), then the deadline is computed', () => {
    expect(prescriptionImpossible(contexte({ dateCourante: '2027-01-15' }))).toBe(true);
    expect(prescriptionImpossible(contexte({ dateCourante: '2027-01-16' }))).toBe(false);
  });

  it('counted from the delivery, not the invoice: delivered 1 March 2025, invoiced 15 January 2025 → true on 16 January 2027', () => {
    expect(prescriptionImpossible(contexte({ dateCourante: '2027-01-16' }, { dateExecution: '2025-03-01' }))).toBe(true);
    expect(prescriptionImpossible(contexte({ dateCourante: '2027-01-16' }, { dateExecution: undefined }))).toBe(false);
  });

  it('never with a titre exécutoire (its ten years are computed)', () => {
    expect(prescriptionImpossible(contexte({ dateCourante: '2026-03-11', titre: JUGEMENT }))).toBe(false);
  });
});
