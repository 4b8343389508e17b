// documents — letters and invoice mentions.
export { genererLettre } from './genererLettre.js';
export { MODELES_LETTRE, donneesLettreSchema, partieSchema } from './donnees.js';
export type { ModeleLettre, DonneesLettre, DonneesLettreValidees, OptionsLettre, Lettre, MontantsFactureLettre, Partie } from './donnees.js';
export { mentionsObligatoires } from './mentionsObligatoires.js';
export type { ParamsMentions, ResultatMentions, MentionFacture, NoteFacture, CodeMention, CategorieOperation } from './mentionsObligatoires.js';
export { verifierMentions } from './verifierMentions.js';
export type { ResultatVerificationMentions, MentionManquante, OptionsVerifierMentions } from './verifierMentions.js';
