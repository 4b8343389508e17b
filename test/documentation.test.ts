// Every public export carries TSDoc with an `@example` (types: a summary at least).
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function exportsSansExemple(entree: string): { sansDoc: string[]; sansExemple: string[] } {
  const programme = ts.createProgram([entree], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true });
  const verif = programme.getTypeChecker();
  const source = programme.getSourceFile(entree)!;
  const module = verif.getSymbolAtLocation(source)!;
  const sansDoc: string[] = [];
  const sansExemple: string[] = [];
  for (const exporte of verif.getExportsOfModule(module)) {
    const symbole = exporte.flags & ts.SymbolFlags.Alias ? verif.getAliasedSymbol(exporte) : exporte;
    const decl = symbole.declarations?.[0];
    if (!decl) continue;
    const estValeur = (symbole.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    const doc = ts.displayPartsToString(symbole.getDocumentationComment(verif));
    const tags = symbole.getJsDocTags(verif).map((t) => t.name);
    if (doc.trim() === '' && tags.length === 0) sansDoc.push(exporte.name);
    else if (estValeur && !tags.includes('example')) sansExemple.push(exporte.name);
  }
  return { sansDoc, sansExemple };
}

describe('API documentation', () => {
  it.each(['src/index.ts', 'src/machine/index.ts'])('every export of %s has TSDoc, and every value an @example', (entree) => {
    const { sansDoc, sansExemple } = exportsSansExemple(entree);
    expect(sansDoc).toEqual([]);
    expect(sansExemple).toEqual([]);
  });
});
