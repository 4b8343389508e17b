/** `recouvrement penalites` with the indexed rate modes of issue 17 (C. com. L441-10 II; CMF L313-2). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AIDE, CODES_SORTIE, executer, type Systeme } from './commandes.js';

const systeme = (): Systeme => ({ lire: (chemin) => readFileSync(new URL(`../../${chemin}`, import.meta.url), 'utf8'), ecrire: () => undefined });
const plat = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ');
const base = ['penalites', '--montant', '10000', '--echeance', '2025-05-31', '--calcul', '2025-08-14'];

describe('recouvrement penalites — indexed rates', () => {
  it('--multiple-taux-legal 3: three times each half-year\'s taux légal (11,13 % then 8,28 %)', () => {
    const r = executer([...base, '--multiple-taux-legal', '3'], systeme());
    expect(r.code).toBe(CODES_SORTIE.OK);
    const t = plat(r.sortie);
    expect(t).toContain("Pénalités de retard — taux convenu : 3 × taux de l'intérêt légal");
    expect(t).toContain('30 jours à 11,13 % sur 10 000,00 € = 91,48 €');
    expect(t).toContain('45 jours à 8,28 % sur 10 000,00 € = 102,08 €');
    expect(t).toContain('Références : C. com. art. L441-10 II, C. mon. fin. art. L313-2');
  });

  it('--bce-plus 7 --sous-plancher bce+10: the clause set aside below the floor (13,15 %), then ECB + 7 (9,15 %)', () => {
    const t = plat(executer([...base, '--bce-plus', '7', '--sous-plancher', 'bce+10'], systeme()).sortie);
    expect(t).toContain('taux convenu : taux BCE + 7 points');
    expect(t).toContain('30 jours à 13,15 %');
    expect(t).toContain('45 jours à 9,15 %');
    expect(t).toContain('clause tenue pour inefficace');
  });

  it('--taux-legal-plus 5,5 --creancier-particulier: the creditor-natural-person rate + 5.5 points', () => {
    const t = plat(executer([...base, '--taux-legal-plus', '5,5', '--creancier-particulier'], systeme()).sortie);
    expect(t).toContain("taux convenu : taux de l'intérêt légal (créancier personne physique) + 5,5 points");
    expect(t).toContain('30 jours à 12,71 %');
  });

  it('usage errors: two modes, a bad --sous-plancher, options without the mode they qualify', () => {
    expect(executer([...base, '--taux-legal-plus', '5', '--bce-plus', '3'], systeme())).toMatchObject({ code: 2, erreur: expect.stringContaining('--taux-legal-plus et --bce-plus s’excluent') });
    expect(executer([...base, '--bce-plus', '3', '--sous-plancher', 'relever'], systeme()).code).toBe(2);
    expect(executer([...base, '--sous-plancher', 'bce+10'], systeme()).code).toBe(2);
    expect(executer([...base, '--bce-plus', '3', '--creancier-particulier'], systeme()).code).toBe(2);
    expect(AIDE).toContain('--multiple-taux-legal <k>');
  });
});
