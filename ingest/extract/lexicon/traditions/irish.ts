import type { NameTradition } from './tradition';

/** The words of an Irish surname's patronymic, in Irish: "Ó" (grandson), "Ní" and "Uí" (daughter, wife). */
const IRISH_PATRONYMICS = new Set(['Ó', 'Ní', 'Uí']);

/**
 * Names in Irish spelling ("Seán Ó Catháin", "Niamh Ní Bhreathnach"): the patronymic words of Irish, which
 * Scottish Gaelic ("Mac", "Nic") does not share, say the person is Ireland's wherever the name appears.
 */
export const IRISH: NameTradition = {
  id: 'irish',
  country: 'IE',
  spelledOnlyHere: (words) => words.slice(1, -1).some((w) => IRISH_PATRONYMICS.has(w)),
};
