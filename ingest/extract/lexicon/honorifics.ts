import { TRADITION_HONORIFICS } from './traditions/all';
import { words } from './words';

/** Courtesy forms of English and of Europe's languages, before a name: never part of it, never a title. */
const GENERIC_HONORIFICS = words(`
  Mr Mrs Ms Miss Madam Madame Dr Prof H E Excellency His Her Hon Honourable Honorable Dame Sir Monsieur Mme
  Herr Frau H.E. H.E HE Rt Engr Engr. Eng Alhaji Alhaja Monsignor Msgr Rev Reverend Señor Señora Sra Ing Lic Arq
  Amb Fr Mgr Dra Mtro Mtra Lcdo Lcda Excmo Excma Atty Adv HRH HH
`);

/**
 * Military and police ranks and elected offices in their short forms ("Lt Gen", "Maj. Gen.", "Capt.",
 * "Sen.", "Rep." are roles; "Cr", "Cllr" a councillor), before a name: not part of it. (The full words are
 * roles: lexicon/roles.ts.)
 */
export const RANK_ABBREVIATIONS = words(`
  Lt Lt-Gen Lt-Col Gen Maj Maj-Gen Col Brig Brig-Gen Adm Cdr Capt Cmdr Sgt Cpl Insp Supt Cr Cllr
`);

/** Courtesy forms that introduce a name but are not kept as titles (with every tradition's own). */
export const HONORIFICS = new Set([...GENERIC_HONORIFICS, ...RANK_ABBREVIATIONS, ...TRADITION_HONORIFICS]);
