import { TRADITION_HONORIFICS } from './traditions/all';
import { words } from './words';

/** Courtesy forms of English and of Europe's languages, before a name: never part of it, never a title. */
const GENERIC_HONORIFICS = words(`
  Mr Mrs Ms Miss Madam Madame Dr Prof H E Excellency His Her Hon Honourable Honorable Dame Sir Monsieur Mme
  Herr Frau H.E. H.E HE Rt Engr Engr. Eng Alhaji Alhaja Monsignor Msgr Rev Reverend Señor Señora Sra Ing Lic Arq
  Amb Fr Mgr
`);

/** Courtesy forms that introduce a name but are not kept as titles (with every tradition's own). */
export const HONORIFICS = new Set([...GENERIC_HONORIFICS, ...TRADITION_HONORIFICS]);
