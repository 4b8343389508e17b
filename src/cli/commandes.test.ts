import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chargerBaremes } from '../baremes/fichierBaremes.js';
import { AIDE, CODES_SORTIE, executer, type Systeme } from './commandes.js';
import { dateFr, tauxFr } from './format.js';

/** Files in memory: the fixtures by their repository path, and what the commands write. */
function systeme(): Systeme & { ecrits: Map<string, string> } {
  const ecrits = new Map<string, string>();
  return {
    ecrits,
    lire: (chemin) => ecrits.get(chemin) ?? readFileSync(new URL(`../../${chemin}`, import.meta.url), 'utf8'),
    ecrire: (chemin, texte) => {
      if (chemin.startsWith('/interdit/')) throw new Error('EACCES: permission denied');
      ecrits.set(chemin, texte);
    },
  };
}
/** Plain spaces instead of the French no-break ones, for readable expectations. */
const plat = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ');

describe('recouvrement penalites', () => {
  it('prints the computation in French with its periods, the total, the 40 € and the article', () => {
    const r = executer(['penalites', '--montant', '1000', '--echeance', '2026-03-31', '--calcul', '2026-12-01'], systeme());
    expect(r.code).toBe(CODES_SORTIE.OK);
    const t = plat(r.sortie);
    expect(t).toContain('Somme due : 1 000,00 €, échue le 31 mars 2026 ; calcul au 1er décembre 2026 inclus.');
    expect(t).toContain('du 1er avril 2026 au 30 juin 2026 : 91 jours à 12,15 % sur 1 000,00 € = 30,29 €');
    expect(t).toContain('du 1er juillet 2026 au 1er décembre 2026 : 154 jours à 12,40 % sur 1 000,00 € = 52,32 €');
    expect(t).toContain('Total des pénalités : 82,61 €');
    expect(t).toContain('Indemnité forfaitaire pour frais de recouvrement (entre professionnels) : 40,00 €');
    expect(t).toContain('Références : C. com. art. L441-10 II');
    expect(t).toContain('NON CONFIRMÉE'); // 2026 S2 rests on the unconfirmed June 2026 ECB rise
    expect(t).not.toMatch(/src\/|\.ts\b|donnees/);
  });

  it('accepts a French amount and a contractual rate (raised to the floor with a warning)', () => {
    const r = executer(['penalites', '--montant', '1 234,50', '--echeance', '2025-05-31', '--calcul', '2025-06-30', '--taux-contractuel', '5'], systeme());
    expect(r.code).toBe(0);
    expect(plat(r.sortie)).toContain('30 jours à 11,13 % sur 1 234,50 €');
  });

  it('a date the tables do not cover is refused (exit 1) with what to do', () => {
    const r = executer(['penalites', '--montant', '1000', '--echeance', '2026-12-15', '--calcul', '2027-02-01'], systeme());
    expect(r.code).toBe(CODES_SORTIE.REFUS);
    expect(r.erreur).toContain('BAREME_MANQUANT');
    expect(r.erreur).toContain('recouvrement baremes ajouter');
  });

  it('usage errors exit 2 and say which option; bad values exit 1 with the library’s message', () => {
    expect(executer(['penalites', '--montant', '1000'], systeme())).toMatchObject({ code: 2, erreur: expect.stringContaining('--echeance, --calcul') });
    expect(executer(['penalites', '--montnat', '1000'], systeme()).code).toBe(2);
    expect(executer(['penalites', '--montant', 'abc', '--echeance', '2025-05-31', '--calcul', '2025-06-30'], systeme())).toMatchObject({
      code: 1,
      erreur: expect.stringContaining('ENTREE_INVALIDE'),
    });
    expect(executer(['penalites', '--montant', '1', '--echeance', '2025-02-30', '--calcul', '2025-06-30'], systeme()).code).toBe(1);
  });
});

describe('recouvrement baremes', () => {
  it('prints the status of the shipped tables', () => {
    const r = executer(['baremes'], systeme());
    expect(r.code).toBe(0);
    const t = plat(r.sortie);
    expect(t).toContain("Historique du taux BCE connu jusqu'au 1er juillet 2026 inclus.");
    expect(t).toContain('Dernier changement du taux BCE : 2,40 % à compter du 17 juin 2026 (NON CONFIRMÉ).');
    expect(t).toContain("Dernier taux de l'intérêt légal : second semestre 2026, 6,84 % (créancier particulier) / 2,75 % (autres cas) (NON CONFIRMÉ).");
    expect(t).toContain('Valeurs non confirmées (4)');
    expect(t).toContain('pénalités de retard (BCE + 10 points, C. com. art. L441-10) : 1er janvier 2027');
    expect(t).toContain('intérêts au taux légal (CMF art. L313-2) : 1er janvier 2027');
  });

  it('--help and no command', () => {
    expect(executer(['--help'], systeme())).toEqual({ sortie: AIDE, erreur: '', code: 0 });
    expect(executer(['penalites', '--help'], systeme()).code).toBe(0);
    expect(executer([], systeme()).code).toBe(2);
    expect(executer(['inconnue'], systeme()).code).toBe(2);
  });
});

describe('recouvrement baremes ajouter', () => {
  it('from the real fixtures (ECB extract, legal-rate CSV, arrêté) writes a valid tables file that changes no shipped value', () => {
    const s = systeme();
    const r = executer(
      ['baremes', 'ajouter', 'test/fixtures/baremes/bce-mrr-fr.csv', 'test/fixtures/baremes/taux-legal.csv', 'test/fixtures/baremes/arrete-2025-12-15.txt', '--connu-jusquau', '2026-04-30', '--sortie', 'b.json'],
      s,
    );
    expect(r.code).toBe(0);
    expect(r.sortie).toContain('Fichier de barèmes écrit : b.json');
    const b = chargerBaremes(s.ecrits.get('b.json'));
    expect(b.bce.connuJusquau).toBe('2026-07-01');
    expect(b.tauxLegal.find((p) => p.du === '2026-01-01')?.source).toContain('arrêté du 15 décembre 2025');
  });

  it('from FICTITIOUS 2027 fixtures, writes tables with which days of 2027 compute, warnings only for what is unconfirmed', () => {
    const s = systeme();
    const ajout = executer(
      ['baremes', 'ajouter', 'test/fixtures/fictif-2027/bce-fictif-2027.csv', 'test/fixtures/fictif-2027/taux-legal-fictif-2027.csv', '--connu-jusquau', '2027-06-30', '--sortie', 'f.json'],
      s,
    );
    expect(ajout.code).toBe(0);
    const r = executer(['penalites', '--montant', '1000', '--echeance', '2027-01-15', '--calcul', '2027-03-31', '--baremes', 'f.json'], s);
    expect(r.code).toBe(0);
    const t = plat(r.sortie);
    expect(t).toContain('du 16 janvier 2027 au 31 mars 2027 : 75 jours à 17,77 % sur 1 000,00 € = 36,51 €');
    const avertissements = t.split('Avertissements :\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(avertissements).toHaveLength(1);
    expect(avertissements[0]).toContain('7.77 % au 2026-12-16');
  });

  it('without --sortie, the JSON goes to stdout and the report to stderr', () => {
    const r = executer(['baremes', 'ajouter', 'test/fixtures/baremes/taux-legal.csv'], systeme());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.sortie)).toMatchObject({ format: 'recouvrement/baremes', version: 1 });
    expect(r.erreur).toContain('premier semestre 2025');
  });

  it('an ECB extract without --connu-jusquau is a usage error; unreadable or unwritable files exit 3; bad data exits 1 naming the file', () => {
    expect(executer(['baremes', 'ajouter', 'test/fixtures/baremes/bce-mrr-fr.csv'], systeme())).toMatchObject({ code: 2, erreur: expect.stringContaining('--connu-jusquau') });
    expect(executer(['baremes', 'ajouter', 'absent.csv'], systeme()).code).toBe(3);
    expect(executer(['baremes', 'ajouter', 'test/fixtures/baremes/taux-legal.csv', '--sortie', '/interdit/b.json'], systeme()).code).toBe(3);
    const r = executer(['baremes', 'ajouter', 'test/fixtures/baremes/README.md'], systeme());
    expect(r.code).toBe(1);
    expect(r.erreur).toContain('README.md');
    expect(executer(['baremes', 'ajouter'], systeme()).code).toBe(2);
    expect(executer(['baremes', '--baremes', 'test/fixtures/baremes/taux-legal.csv'], systeme())).toMatchObject({ code: 1, erreur: expect.stringContaining('BAREME_INVALIDE') });
  });
});

describe('French wording', () => {
  it('dates in words, rates with a comma', () => {
    expect(dateFr('2025-12-31')).toBe('31 décembre 2025');
    expect(dateFr('2026-07-01')).toBe('1er juillet 2026');
    expect(plat(tauxFr('12.15'))).toBe('12,15 %');
  });
});
