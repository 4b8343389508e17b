import { describe, expect, it } from 'vitest';
import { RecouvrementError } from '../socle/erreurs.js';
import { depart, creanceConso, debiteurConso, jouer } from './outils-test.js';
import { prochainesActions } from './prochainesActions.js';
import { parseScenario, scenarioPourDebiteur, scenariosParDefaut } from './scenarios.js';
import { situationFinanciere } from './situation.js';

describe('scenarios', () => {
  it('every default scenario is valid, starts with a pre-due reminder and ends with a mise en demeure', () => {
    for (const s of Object.values(scenariosParDefaut)) {
      expect(parseScenario(s)).toEqual(s);
      expect(s.etapes[0]?.type).toBe('rappel');
      expect(s.etapes[0]!.decalageJours).toBeLessThan(0);
      expect(s.etapes.at(-1)?.type).toBe('mise-en-demeure');
    }
  });

  it('particulier: no 40 €, letter models without fees (C. com. L441-10 II, CPCE L111-8)', () => {
    const p = scenariosParDefaut.particulier;
    expect(p.accessoires.indemniteForfaitaire).toBe(false);
    // the mise en demeure is the consumer letter (no 40 €, no L441-10 penalties); the reminders' letters adapt to the debtor
    expect(p.etapes.find((e) => e.type === 'mise-en-demeure')?.modele).toBe('mise-en-demeure-consommateur');
  });

  it('picks the scenario from the debtor type', () => {
    expect(scenarioPourDebiteur({ type: 'consommateur' }).id).toBe('particulier');
    expect(scenarioPourDebiteur({ type: 'personne-publique' }).id).toBe('grand-compte');
    expect(scenarioPourDebiteur({ type: 'professionnel' }).id).toBe('pme');
    expect(scenarioPourDebiteur({ type: 'non-professionnel' }).id).toBe('pme');
  });

  it('rejects duplicate step ids and malformed steps', () => {
    const pme = scenariosParDefaut.pme;
    expect(() => parseScenario({ ...pme, etapes: [pme.etapes[0], pme.etapes[0]] })).toThrow(RecouvrementError);
    expect(() => parseScenario({ ...pme, etapes: [{ ...pme.etapes[0], canal: 'pigeon' }] })).toThrow(RecouvrementError);
  });

  it('drives the reminders: the pme scenario on a claim due 2025-02-14', () => {
    let s = depart();
    expect(prochainesActions(s, '2025-02-01')[0]).toMatchObject({ type: 'rappel', echeance: '2025-02-09', statut: 'a-venir', canal: 'email', modele: null, gabarit: 'rappel-echeance' });
    s = jouer(s, { type: 'RELANCE_ENVOYEE', date: '2025-02-09', canal: 'email' }, { type: 'JOUR', date: '2025-02-15' });
    expect(prochainesActions(s, '2025-02-15')[0]).toMatchObject({ type: 'relance', echeance: '2025-02-15', statut: 'a-faire', etape: 'relance-j+1' });
    s = jouer(s, { type: 'RELANCE_ENVOYEE', date: '2025-02-15', canal: 'email' }, { type: 'RELANCE_ENVOYEE', date: '2025-02-24', canal: 'telephone' }, { type: 'RELANCE_ENVOYEE', date: '2025-03-06', canal: 'courrier' });
    expect(prochainesActions(s, '2025-03-10')[0]).toMatchObject({ type: 'mise-en-demeure', echeance: '2025-03-16', canal: 'lrar', ton: 'formel' });
  });

  it('"etape-precedente" offsets run from the last reminder actually sent (independant)', () => {
    let s = depart({ scenario: scenariosParDefaut.independant, date: '2025-02-15' });
    s = jouer(s, { type: 'RELANCE_ENVOYEE', date: '2025-02-15', canal: 'email' }, { type: 'RELANCE_ENVOYEE', date: '2025-02-25', canal: 'telephone' });
    expect(prochainesActions(s, '2025-02-25')[0]).toMatchObject({ type: 'mise-en-demeure', echeance: '2025-03-05' });
  });

  it('a consumer never owes the 40 € whatever the scenario says', () => {
    const s = jouer(depart({ creance: creanceConso, debiteur: debiteurConso, scenario: scenariosParDefaut.pme }), { type: 'JOUR', date: '2025-06-01' });
    expect(situationFinanciere(s.context).indemnite).toBe('0.00');
  });
});
