import { describe, expect, it } from 'vitest';
import { rendreTableauDelaisPaiement } from './rendreTableauDelaisPaiement.js';
import { tableauDelaisPaiement } from './tableauDelaisPaiement.js';
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
    expect(md).toContain(`| Pourcentage du chiffre d'affaires de l'exercice | 12,35${NBSP}% | 0,00${NBSP}% | 0,00${NBSP}% | 0,00${NBSP}% | 12,35${NBSP}% |`);
    expect(md).toContain("| Pourcentage du montant total des achats de l'exercice | n.d. | n.d. | n.d. | n.d. | n.d. |");
    expect(md.indexOf('Factures reçues')).toBeLessThan(md.indexOf('Factures émises'));
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: | ---: |');
    expect(md).toContain('> NON CONFIRMÉ');
    expect(md).toContain('Références : C. com. art. D441-6');
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
