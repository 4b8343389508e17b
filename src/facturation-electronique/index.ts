// facturation-electronique — e-invoicing: the 212 statuses to send, the CDAR lifecycle reader.
export { statutsEncaissement } from './statutsEncaissement.js';
export type { EncaissementFacture, OptionsStatutsEncaissement, LigneEncaissementTva, StatutEncaissement, ResultatStatutsEncaissement } from './statutsEncaissement.js';
export { lireStatutCdar } from './lireStatutCdar.js';
export type { StatutCdar } from './lireStatutCdar.js';
export type { LimitesXml } from './xml.js';
