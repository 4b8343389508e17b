/**
 * Internal: deep freeze for the machine's exported constants (the machine entry keeps its own copy of these
 * few lines: it imports the core only through the package's public exports, see tsup.config.ts).
 */
export function geler<T>(valeur: T): T {
  if (typeof valeur === 'object' && valeur !== null && !Object.isFrozen(valeur)) {
    Object.freeze(valeur);
    for (const v of Object.values(valeur)) geler(v);
  }
  return valeur;
}
