/**
 * Internal: the clause pénale in a letter (C. civ. 1231-5) — shown apart from the penalties and from the total
 * due, as `situationCreance` gives it (block `clausePenale`; no computation here). The letter states the sum
 * claimed under the clause; the warnings for the creditor (the judge may moderate it, even of his own motion;
 * against a consumer an abusive clause cannot be claimed — UNCONFIRMED) go to the letter's `avertissements`.
 */
import type { Bloc } from '../../socle/rendu.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { dateFr, montantFr } from './format.js';
import { formaterTaux, lireTaux } from '../../socle/taux.js';
import type { Contexte } from './contexte.js';

/** "10 %", "12,5 %": the percentage as the clause writes it (with a no-break space). */
function pourcentageFr(t: string): string {
  return `${formaterTaux(lireTaux(t)).replace(/\.?0+$/, '').replace('.', ',')}\u00a0%`;
}

/** The blocks of the clause pénale (none when no invoice of the letter has one due). */
export function blocsClausePenale(c: Contexte): Bloc[] {
  const lignes: string[] = [];
  let total = 0;
  for (const f of c.factures) {
    const cp = f.situation.clausePenale;
    if (cp === undefined) continue;
    for (const a of cp.avertissements) if (!c.avertissements.includes(a)) c.avertissements.push(a);
    for (const r of cp.references) if (!c.references.includes(r)) c.references.push(r);
    if (cp.du === '0.00') continue;
    total += lireEuros(cp.du);
    const regle = [
      ...(cp.pourcentage !== null ? [`${pourcentageFr(cp.pourcentage)} ${cp.base === 'total' ? 'des sommes dues' : 'du principal dû'} au ${dateFr(cp.exigibleA)} (${montantFr(cp.assiette)})`] : []),
      ...(cp.minimum !== null ? [`${cp.pourcentage !== null ? 'avec un minimum de ' : 'forfait de '}${montantFr(cp.minimum)}`] : []),
    ].join(', ');
    lignes.push(`Facture n° ${f.creance.numeroFacture} : ${montantFr(cp.du)} (${regle})`);
  }
  if (lignes.length === 0) return [];
  return [
    { type: 'intertitre', texte: 'Clause pénale' },
    {
      type: 'paragraphe',
      texte:
        `En application de la clause pénale convenue (article 1231-5 du code civil), nous vous réclamons en outre la somme de ${montantFr(formaterEuros(total))}, ` +
        'distincte des pénalités de retard et des intérêts, et non comprise dans les sommes ci-dessus :',
    },
    { type: 'liste', elements: lignes },
  ];
}
