import { describe, expect, it } from 'vitest';
import { rendreTableauDelaisPaiement } from './rendreTableauDelaisPaiement.js';
import { tableauDelaisPaiement, tableauDelaisPaiementExercice } from './tableauDelaisPaiement.js';
import { geler } from '../../test/outils.js';

const NBSP = '\u00a0';

describe('rendreTableauDelaisPaiement (D441-6 table as Markdown / HTML; layout UNCONFIRMED)', () => {
  const t = tableauDelaisPaiement(
    [
      { sens: 'emise', montantDu: '1234567.50', dateEcheance: '2025-12-01' },
      { sens: 'recue', montantDu: '300.00', dateEcheance: '2025-10-15' },
    ],
    { dateCloture: '2025-12-31', chiffreAffaires: '10000000.00', delaisReference: { recues: 'Délais <contractuels> & légaux' } },
  );

  it('Markdown: received then issued invoices, bands as columns, French numbers, warnings and references under it', () => {
    const md = rendreTableauDelaisPaiement(t, { format: 'markdown' });
    expect(md).toContain('| Nombre de factures concernées | 1 | 0 | 0 | 0 | 1 |');
    expect(md).toContain(`| Montant total des factures concernées (TTC, €) | 1${NBSP}234${NBSP}567,50 | 0,00 | 0,00 | 0,00 | 1${NBSP}234${NBSP}567,50 |`);
    expect(md).toContain(`| Pourcentage du chiffre d'affaires de l'exercice (base non précisée) | 12,35${NBSP}% | 0,00${NBSP}% | 0,00${NBSP}% | 0,00${NBSP}% | 12,35${NBSP}% |`);
    expect(md).toContain("| Pourcentage du montant total des achats de l'exercice (base non précisée) | n.d. | n.d. | n.d. | n.d. | n.d. |");
    expect(md.indexOf('Factures reçues')).toBeLessThan(md.indexOf('Factures émises'));
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: | ---: |');
    expect(md).toContain('> NON CONFIRMÉ');
    expect(md).toContain('Références : C. com. art. D441-6');
  });

  it('D441-6: the HT/TTC basis is printed as the caller stated it', () => {
    const ht = tableauDelaisPaiement([{ sens: 'emise', montantDu: '1200.00', dateEcheance: '2025-12-01' }], {
      dateCloture: '2025-12-31',
      chiffreAffaires: '100000.00',
      baseMontants: 'HT',
      baseChiffreAffaires: 'HT',
    });
    const md = rendreTableauDelaisPaiement(ht, { format: 'markdown' });
    expect(md).toContain('| Montant total des factures concernées (HT, €) | 1');
    expect(md).toContain("| Pourcentage du chiffre d'affaires de l'exercice (HT) | 1,20");
    expect(md).not.toContain('base non précisée');
  });
  it('D441-6, derogatory variant: invoices paid late during the year, percentages of the year’s number and amount', () => {
    const v = tableauDelaisPaiementExercice(
      [
        { sens: 'recue', montant: '1000.00', dateFacture: '2025-03-01', dateEcheance: '2025-03-31', datePaiement: '2025-05-15' },
        { sens: 'recue', montant: '3000.00', dateFacture: '2025-04-01', dateEcheance: '2025-04-30', datePaiement: '2025-04-30' },
      ],
      { dateDebutExercice: '2025-01-01', dateCloture: '2025-12-31' },
    );
    const md = rendreTableauDelaisPaiement(v, { format: 'markdown' });
    expect(md).toContain('**Factures reçues ayant connu un retard de paiement au cours de l\'exercice (2025-01-01 au 2025-12-31)**');
    expect(md).toContain('| Nombre cumulé de factures concernées | 0 | 1 | 0 | 0 | 1 |');
    expect(md).toContain(`| Pourcentage du nombre total des factures reçues dans l'année | 0,00${NBSP}% | 50,00${NBSP}% | 0,00${NBSP}% | 0,00${NBSP}% | 50,00${NBSP}% |`);
    expect(md).toContain(`| Pourcentage du montant total des factures reçues dans l'année (TTC) | 0,00${NBSP}% | 25,00${NBSP}% | 0,00${NBSP}% | 0,00${NBSP}% | 25,00${NBSP}% |`);
    expect(rendreTableauDelaisPaiement(v, { format: 'html' }).match(/<table class="d441-6">/g)).toHaveLength(2);
  });
  it('HTML: two tables with captions, text escaped', () => {
    const html = rendreTableauDelaisPaiement(t, { format: 'html' });
    expect(html.match(/<table class="d441-6">/g)).toHaveLength(2);
    expect(html).toContain('<th scope="col">91 jours et plus</th>');
    expect(html).toContain('Délais &lt;contractuels&gt; &amp; légaux');
    expect(html).not.toContain('<contractuels>');
    expect(html).toContain('class="avertissements"');
  });

  it('warnings can be left out; an unknown format is refused', () => {
    expect(rendreTableauDelaisPaiement(t, { format: 'markdown', avertissements: false })).not.toContain('NON CONFIRMÉ');
    expect(() => rendreTableauDelaisPaiement(t, { format: 'pdf' as never })).toThrow(/markdown/);
  });

  it('does not mutate its input', () => {
    const gele = geler(structuredClone(t));
    expect(rendreTableauDelaisPaiement(gele, geler({ format: 'html' as const }))).toBe(rendreTableauDelaisPaiement(t, { format: 'html' }));
  });
});
