/**
 * Internal: the letters' rendering to plain text and HTML — the shared renderer of src/socle/rendu.ts (the
 * relevé de compte uses it too). Every user-supplied string is escaped in the HTML rendering.
 */
export { rendreHtml, rendreTexte } from '../../socle/rendu.js';
export type { Bloc, DocumentLettre } from '../../socle/rendu.js';
