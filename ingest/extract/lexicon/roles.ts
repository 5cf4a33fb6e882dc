import { words } from './words';

/**
 * Posts in Spanish, Portuguese and French, as releases of Latin American, Lusophone and francophone bodies
 * write them after a name ("Lucía Belén Etchegaray, Ministra de Economía"). Not the words that also name a
 * body or a place ("Secretaría", "Presidente Franco").
 */
export const ROMANCE_ROLE_WORDS = words(`
  Ministro Ministra Viceministro Viceministra Canciller Vicecanciller Subsecretario Subsecretaria Embajador
  Embajadora Embaixador Embaixadora Ministre Ambassadeur Ambassadrice
`);

export const ROLE_WORDS = new Set([
  ...ROMANCE_ROLE_WORDS,
  ...words(`
  Minister Ministers Secretary Secretary-General Under-Secretary Undersecretary Chair Chairman Chairwoman
  Chairperson Co-Chair Co-chair President Vice-President Vice-Chair Vice-Chairman Director Director-General
  Directors Head Chief Ambassador Ambassador-designate Consul Consul-General Governor Vice-Governor Mayor
  Vice-Mayor Commissioner Premier Vice-Premier King Queen Prince Princess Sultan Emir Sheikh Senator Member
  Counsellor Counselor Councillor Adviser Advisor Attaché Attache Representative Envoy CEO Founder Co-founder
  Dean Rector Professor Academician Officer Manager Leader Spokesperson Spokesman Spokeswoman Coordinator
  Administrator Commander Speaker Deputy Vice Executive Assistant Permanent Acting Honorary Principal
  Chancellor Vice-Chancellor Provost Researcher Scientist Engineer Economist Expert Fellow Delegate Minister-Counsellor
  Deputy-Director Party Secretaries Inspector Auditor Treasurer Registrar Superintendent Councilor Lecturer
  Comptroller Controller
  Editor Chairmen Presidents Ministers Heads Directors-General Lord Baroness Archbishop Cardinal Bishop Nuncio
  Congresswoman Congressman Congresswomen Congressmen Congressperson Senators Legislator Lawmaker Parliamentarian
  Deputies Counterpart Counterparts Chargé Minister-designate MPs MEPs MLAs Ambassadors Governors Mayors
  Commissioners Envoys Parliamentarians Sen Rep Bupati Walikota
`),
]);

export const TITLE_STARTERS = words(`
  Vice Deputy Executive Assistant Permanent Acting Honorary Party Senior Chief First Second Third Under
  Special Associate General Managing Regional Resident Foreign Prime State Former Incoming Outgoing Co
`);

/** Plural role words name a body's members inside its name ("Nordic Council of Ministers"); a person has one role. */
export const MEMBER_ROLES = words(`Ministers Heads Governors Ambassadors Parliamentarians Mayors`);

/** Roles of a city's or a province's government: "Mayor of X", "Governor of X" name a place, however small. */
export const LOCAL_ROLES = words(
  `Mayor Vice-Mayor Governor Vice-Governor Prefect Lord-Mayor Akim Khokim Hokim Bupati Walikota Regent`,
);

/** Military ranks written before a name ("Major General X", "Rear Admiral X"): never the name itself. */
export const MILITARY_RANKS = words(`
  General Lieutenant Major Colonel Brigadier Admiral Rear Vice Commodore Marshal Air Captain Commander
`);

/**
 * Armed services and units, named by a country's adjective and one of these ("the Hellenic Navy", "the Royal
 * Marines"): never a person, nor heads of bodies (a title's "Secretary of the Army" is a post).
 */
export const MILITARY_SERVICES = words(
  `Navy Army Marines Corps Gendarmerie Carabinieri Force Brigade Battalion Regiment`,
);

/** A government's post: a minister, a governor, a mayor, a member of parliament. */
export const GOVERNMENT_POST =
  /\b(?:Minister|Secretary of State|State Secretary|Under-?[Ss]ecretary|Governor|Mayor|Premier|Senator|Member of Parliament|MP|Speaker|Chief Minister|Councillor)\b/;
/** A mission's own staff, who serve the mission's country wherever it is posted. */
export const MISSION_STAFF =
  /\b(?:Ambassador|Consul|Chargé|Attaché|Counsell?or|Head of Mission|Embassy|Consulate|High Commissioner|(?:First|Second|Third) Secretary|Minister[- ]Counsell?or)\b/;

/** Royal titles that stay in the name of a body named after their holder: "Sultan Qaboos University", "King X Hospital". */
export const ROYAL_TITLES = words(`King Queen Sultan Emir Prince Princess Sheikh Shaikh Sheikha`);

/** Role words that also name a kind of body right before its head: "Permanent Mission", "Executive Council". */
export const BODY_ROLE_MODIFIERS = words(`Permanent Executive`);

/** Posts that only one state gives, with that state: the Holy See's diplomats ("Counsellor of the Nunciature"). */
export const ONE_STATE_POSTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Apostolic (?:Nuncio|Nunciature|Delegate)|Nuncio|Nunciature)\b/, 'VA'],
];
