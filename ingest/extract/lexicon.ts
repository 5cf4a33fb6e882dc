/** Word lists shared by the extractors. Capitalised forms: matching is case-sensitive. */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Words that make a title: "Vice Minister", "Director-General", "Chair". */
export const ROLE_WORDS = words(`
  Minister Ministers Secretary Secretary-General Under-Secretary Undersecretary Chair Chairman Chairwoman
  Chairperson Co-Chair Co-chair President Vice-President Vice-Chair Vice-Chairman Director Director-General
  Directors Head Chief Ambassador Ambassador-designate Consul Consul-General Governor Vice-Governor Mayor
  Vice-Mayor Commissioner Premier Vice-Premier King Queen Prince Princess Sultan Emir Sheikh Senator Member
  Counsellor Counselor Councillor Adviser Advisor Attaché Attache Representative Envoy CEO Founder Co-founder
  Dean Rector Professor Academician Officer Manager Leader Spokesperson Spokesman Spokeswoman Coordinator
  Administrator Commander Speaker Deputy Vice Executive Assistant Permanent Acting Honorary Principal
  Chancellor Vice-Chancellor Provost Researcher Scientist Engineer Economist Expert Fellow Delegate Minister-Counsellor
  Deputy-Director Party Secretaries Inspector Auditor Treasurer Registrar Superintendent Councilor Lecturer
  Editor Chairmen Presidents Ministers Heads Directors-General Lord Baroness
`);

/** Courtesy forms that introduce a name but are not kept as titles. */
export const HONORIFICS = words(`
  Mr Mrs Ms Miss Madam Madame Dr Prof H E Excellency His Her Hon Honourable Honorable Datuk Dato Dato' Datin Seri
  Tun Haji Hj Hjh Hajjah Dame Sir Tan-Sri Sheikha Monsieur Mme Herr Frau Pehin Dasho Samdech Ustaz Khun
  H.E. H.E Ratu Encik
`);

/** Words that can begin a title but are not roles on their own ("Party Group Secretary", "Permanent Secretary"). */
export const TITLE_STARTERS = words(`
  Vice Deputy Executive Assistant Permanent Acting Honorary Party Senior Chief First Second Third Under
  Special Associate General Managing Regional Resident Foreign Prime State Former Incoming Outgoing Co
`);

/** Organisation heads: "Ministry of ...", "... Commission". */
export const ORG_HEADS = words(`
  Ministry Department Commission Committee Council Academy University Institute Institution Center Centre
  Bureau Agency Office Administration Association Foundation Bank Organization Organisation Corporation
  Company Laboratory Laboratories Lab Secretariat Federation Society Authority Fund Network Alliance Chamber
  School College Hospital Parliament Embassy Consulate Court Government Mission Board Service Observatory
  Museum Library Incubator Consortium Cabinet Directorate Inc Ltd Corp Union Survey Group Universiti
  Universidad Universidade Université Universität Universitas Instituto Institut Istituto Akademie Academia
  Branch Subcommittee Sub-committee Presidency Observatories Institutes Universities
`);

/** Lower-case heads that make an organisation after a compound like "China-Cambodia". */
export const LOWER_ORG_HEADS = words(
  `laboratory laboratories lab center centre institute park base platform`,
);

/** Event heads: "14th China-ASEAN Expo", "Forum on ...". */
export const EVENT_HEADS = words(`
  Expo EXPO Forum Summit Conference Meeting Dialogue Session Symposium Seminar Workshop Fair Exhibition
  Festival Games Roundtable Round-table Week Talks Consultation Consultations Convention Olympiad
  Competition Contest Ceremony Camp Celebration Show Hackathon Congress Plenary Colloquium Retreat
  Course Courses Conclave Bootcamp Expedition
`);

/** Lower-case heads usable with an ordinal: "the 5th session of the ... Joint Commission". */
export const LOWER_EVENT_HEADS = words(`session meeting plenary round edition`);

/** Place heads: "Gansu Province", "Guangxi Zhuang Autonomous Region". */
export const PLACE_HEADS = words(
  `Province City Municipality County District Prefecture Region State Island Islands Oblast`,
);

export const MONTHS = new Map<string, number>([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

const ORDINAL_WORDS = words(`
  First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth
  Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Inaugural Annual
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
`);

/** A year written as an edition's number or a date: "2019 Training Course", "15 May 2018". */
export function isYear(word: string): boolean {
  return /^(?:19|20)\d\d$/.test(word);
}

export function isOrdinal(word: string): boolean {
  return ORDINAL_WORDS.has(word) || /^\d+(?:st|nd|rd|th)$/i.test(word) || isYear(word);
}

/**
 * Capitalised words that are never part of a person's name in this genre: the subject matter,
 * institutions, geography and grammar words. Countries, demonyms and blocs are checked separately.
 */
export const NON_NAME_WORDS = words(`
  Science Sciences Technology Technologies Technological Innovation Innovative Cooperation Partnership Development
  Research Scientific International National Joint Action Plan Program Programme Initiative Belt Road Silk
  Digital Economic Economy Trade Industry Industrial Handicraft Agriculture Agricultural Education Health
  Energy Environment Environmental Culture Cultural Affairs Home Interior Finance Financial Commerce Defence
  Defense Justice Transport Transportation Information Communications Communication Telecommunications Water
  Resources Natural Ecology Ecological Planning Investment Tourism Labour Labor Social Security Public People
  Republic Kingdom Democratic Federal United States Royal Government Central Communist Standing General State
  Autonomous Region Province City District County Municipality Prefecture Island Islands Sea Ocean River Lake
  Mountain Valley Bay Gulf Asia Asian Africa African Europe European America Americas Latin Pacific Atlantic
  Middle East West North South Southeast Northeast Northwest Southwest Eastern Western Northern Southern Greater
  Mekong Lancang Sustainable Goals Agenda Vision Strategy Framework Agreement Memorandum Understanding MoU
  Declaration Statement Protocol Treaty Charter Report Award Awards Prize Space Satellite Medical Medicine Smart
  Green Blue Open New Year Years Day Days Week Month Spring Summer Autumn Winter Team Group Mechanism Platform
  Park Zone Hub Base Project Projects Talented Scientists Exchange Exchanges Visiting Transfer Collaborative
  Collaboration Partnerships Capacity Building Training Course Courses Network Center Centre Fund Cities
  Rural Urban Marine Ocean Climate Change Food Security Biotechnology Nanotechnology Artificial Intelligence
  Data Big Cloud Internet Things Robotics Aerospace Nuclear Renewable Solar Wind Power Electric Vehicle
  Vehicles Manufacturing Mining Forestry Fisheries Fishery Water Conservancy Transfer Joint Laboratory
  Global Regional Local Provincial Municipal Youth Women Children Family Heritage Arts Sports Media Press
  Foreign Overseas Chinese Affairs Office Embassy Consulate Policy Policies Law Legal Rules Regulation
  Standards Quality Intellectual Property Patent Patents Startup Startups Entrepreneurship Venture Capital
  Demonstration Pilot Model Excellence Leading Advanced Modern Higher Vocational Basic Applied Frontier
  Ministry Department Commission Committee Council Academy University Institute Bureau Agency Administration
  Association Foundation Bank Organization Organisation Corporation Company Secretariat Federation Society
  Authority Alliance Chamber School College Hospital Parliament Assembly Senate Congress Cabinet Court
  Expo Forum Summit Conference Meeting Dialogue Session Symposium Seminar Workshop Fair Exhibition Festival
  Games Roundtable Talks Consultation Convention Ceremony Olympiad Competition Show Partnership
  A In On At It Its This That These Those He She They We Our Both Two Three Several Many Some All
  During After Before With By For From To Of And But Or As According Under Over Since Also Meanwhile
  Furthermore Moreover However Additionally Besides Finally Firstly Secondly Thirdly Lastly Then Thus
  Therefore Following Upon Through Between Among Amid Against Toward Towards Within Without Across Around
  There Here Such Each Every Other Another Further First Second Third Last Next Recently Today Yesterday
  Tomorrow Earlier Later Currently Since When While Where Which Who Whom Whose What Why How If Although
  Though Despite Given Based Regarding Concerning Including Together Jointly Attending Participants Guests
  Representatives Delegates Delegation Delegations Officials Leaders Experts Scholars Members Heads Ministers
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Sept  Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec
  Home Announcement Board News Notice Press Release Generated Page Photo Source Editor
  Excellency Mr Mrs Ms Dr Prof Madam Sir Minister Secretary Chair Chairman President Director Head Chief
  Ambassador Governor Mayor Vice Deputy Premier Sultan Emir King Queen Prince Princess Party
  English French Arabic Spanish Russian Portuguese Malay Khmer Lao Thai Vietnamese Mandarin Swahili
  Buddhist Islamic Muslim Christian Catholic Hindu Confucius Confucian Olympic Olympics Paralympic
  Covid COVID Coronavirus Pandemic Ebola Malaria Vaccine Vaccines Hall Building Tower Palace Hotel Square
  Avenue Street Centre Campus Plaza Stadium Airport Port Harbour Harbor Station Railway Highway Bridge
  Belt-and-Road Co-operation Well Good Best Great Grand High Low Big Small Young Old
`);

/** Capitalised words that cannot begin a name but may appear inside one ("Sok An", "Le Minh Hung" is fine). */
export const NOT_AT_START = words(`The An On In It As At By To Of So No Go`);

/** Lower-case particles inside names: "Mohd Najib bin Abdul Razak", "Ursula von der Leyen". */
export const NAME_PARTICLES = words(
  `bin binti bint ibn bte al el ad de del dela della delos der den di da das do dos du van von la las le los ter ten y e`,
);

/** Words after a name that show it is a person: "Tung Ciny said". */
export const PERSON_VERBS = words(`
  said says noted notes pointed stressed stated emphasized emphasised highlighted added expressed introduced
  welcomed thanked met meets attended delivered gave presented briefed spoke hoped agreed proposed suggested
  signed chaired co-chaired presided led headed visited praised congratulated underlined underscored reiterated
  remarked explained affirmed acknowledged recalled believed wished invited called urged observed shared
  commended appreciated reviewed outlined reported announced accompanied joined received hosted opened launched
  inaugurated witnessed toured inspected paid extended conveyed described mentioned elaborated told stated
  answered replied addressed exchanged looked held made took handed awarded presented respectively who
  was is has had will would also further then briefly warmly first
`);

/** Adverbs allowed between a name and its verb: "Secretary Wang Zhigang also introduced". */
export const ADVERBS = words(
  `also further then briefly warmly first respectively first then once again highly fully`,
);

/** Words before a name that show it is a person: "led by Tung Ciny", "met with Nguyen Van Tung", "received Li Meng". */
export const PERSON_PRECEDERS = words(
  `by with Mr Mrs Ms Dr Prof Excellency Madam met meets received welcomed thanked congratulated accompanied invited briefed`,
);
