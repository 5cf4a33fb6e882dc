import { words } from './words';

export const ORG_HEADS = words(`
  Ministry Department Commission Committee Council Academy University Institute Institution Center Centre
  Bureau Agency Office Administration Association Foundation Bank Organization Organisation Corporation
  Company Laboratory Laboratories Lab Secretariat Federation Society Authority Fund Network Alliance Chamber
  School College Hospital Parliament Embassy Consulate Court Government Mission Board Service Observatory
  Museum Library Incubator Consortium Cabinet Directorate Inc Ltd Corp Union Survey Group Universiti
  Universidad Universidade Université Universität Universitas Instituto Institut Istituto Akademie Academia
  Dirección Direção Direction Compagnie Compañía Companhia Empresa Ministerio Ministério Ministère
  Secretaría Secretaria Agencia Agência Agence Banco Banque Fundación Fundação Fondation Comisión Comissão
  Consejo Conselho Conseil Servicio Serviço Oficina Collegio Colegio
  Branch Subcommittee Sub-committee Presidency Observatories Institutes Universities
  ApS GmbH Oy Oyj PLC Plc LLC Bhd Tbk Limited Incorporated Forces Police Co Programme Pool Guard
  Program Facility Confederation Division Divisions Organ AG ASA JSC PJSC OJSC Pty Pte LLP S.A. S.p.A. B.V.
  N.V. SARL
`);

/**
 * Words of a company's trade after its name ("Hanbit Electronics", "Kattegat Logistics"): never a person's
 * name, but not heads of bodies either ("the University of Engineering and Technology" goes on after them).
 */
export const TRADE_WORDS = words(`
  Electronics Shipbuilding Logistics Industries Holdings Systems Motors Pharmaceuticals Airlines Airways
  Shipping Textiles Engineering Solutions Trading Exporters Foods Wines Seeds Apples Timber Software
  Technologies
`);

/**
 * Rooms, halls and buildings: a run of name words right before one names the place, not a person
 * ("the Ratu Sukuna Room", "Queen Salote Wharf").
 */
export const FACILITY_HEADS = words(`
  Room Wharf Hall Building Tower Palace Hotel Square Avenue Street Campus Plaza Stadium Airport Port Harbour
  Harbor Station Bridge Theatre Theater Auditorium Arena Gardens Pavilion Terminal Pier Quay Jetty Lounge
  Suite Salon
`);

/** Words of kind between a name and its head: "the Abdou Diouf International Conference Centre". */
export const HEAD_MODIFIERS = words(
  `International National Memorial Regional Conference Convention Exhibition`,
);

/**
 * Words that open a body's, a room's or a place's name in languages that put the head first: "Sala Grau",
 * "Universitas Gadjah Mada", "PT Surya Hijau" (an Indonesian company), "Cordillera Blanca", "Porto X".
 */
export const HEAD_FIRST_FOREIGN = words(`
  Sala Salle Salón Salão Universitas Universiti Universidad Universidade Université Universität Instituto
  Institut Istituto Museo Musée Palacio Palácio Palais Collegio Colegio Escuela Escola PT Cordillera Lago
  Laguna Cerro Volcán Isla Bahía Playa Puerto Porto
`);

/** Lower-case nouns for bodies before a name: "the Hungarian company Danubia Agrotech signed ...". */
export const LOWER_BODY_NOUNS = words(`
  company companies firm firms cooperative startup start-up manufacturer exporter importer producer brand
  enterprise conglomerate label
`);

export const LOWER_ORG_HEADS = words(
  `laboratory laboratories lab center centre institute park base platform`,
);

/** "Table" is a head only after "Round" (`event.round-table`); the first rule whose head takes a word decides. */
export const EVENT_HEADS = words(`
  Expo EXPO Forum Summit Conference Meeting Dialogue Session Symposium Seminar Workshop Fair Exhibition
  Festival Games Roundtable Round-table Week Talks Consultation Consultations Convention Olympiad
  Competition Contest Ceremony Camp Celebration Show Hackathon Congress Plenary Colloquium Retreat
  Course Courses Conclave Bootcamp Expedition Days Month Showcase Webinar Roadshow Championship Championships
  Tournament Biennale Carnival Jamboree Marathon Regatta Table Cup Challenge Readings Lecture Triennale
  Concert Rally Parade Mela Caravan Meetings
`);

/** Heads that name an event only with an ordinal before and "of" after: "the 5th session of ...", "First Round of ...". */
export const LOWER_EVENT_HEADS = words(`session meeting plenary round edition Round`);

export const PLACE_HEADS = words(
  `Province City Municipality County District Prefecture Region State Island Islands Oblast`,
);

/** Standing bodies whose numbered sessions are events: "the 14th China-ROK Joint Committee", "XIV Binational Cabinet". */
export const SESSION_BODIES = words(`Committee Commission Council Assembly Cabinet`);

/**
 * Words that tell what kind of sitting an event is, not which one: "the Opening Ceremony", "its Third
 * Ordinary Session", "Political Consultations". A head with only these (and ordinals) names no event.
 */
export const EVENT_QUALIFIERS = words(`
  Opening Closing Plenary Ordinary Extraordinary Regular Special Ministerial High-Level High-level Political
  Preparatory Informal Final Weekly Monthly Press Side Virtual Hybrid Technical Bilateral Official Working Joint
  Signing Welcoming Welcome Award Awards Inauguration Handover
  opening closing plenary ordinary extraordinary regular special ministerial high-level political preparatory
  informal final weekly monthly annual joint technical bilateral official inaugural virtual
`);

/** Lower-case qualifiers that make a sitting of a named body an event without an ordinal: "an extraordinary session of the X". */
export const SITTING_QUALIFIERS = words(`extraordinary ordinary special annual inaugural`);

/** Parts of an event that are named after it: "the Opening Ceremony of the X Summit" is the X Summit's. */
export const EVENT_PARTS = words(`Ceremony Segment Gala Reception Launch edition Edition`);

/**
 * Lower-case heads of standing bodies and of series of talks: "the third meeting of the joint working group
 * on trade", "the 6th round of Georgian-Armenian political consultations".
 */
export const LOWER_BODY_HEADS = words(
  `committee commission council group subcommittee sub-committee force board consultations`,
);

/**
 * The words of a title that introduce the event it reports on: "Final Communiqué of the ...", "Chair's
 * Statement – ...", "Communiqué Issued at the Conclusion of the ...".
 */
export const DOCUMENT_NOUNS = words(`
  Communiqué Communique Statement Declaration Report Outcome Outcomes Conclusions Summary Minutes Resolution
  Resolutions Decisions Recommendations Readout Remarks Proceedings Record
`);
export const DOCUMENT_FILLERS = words(`
  Final Joint Press Release Chair Chairman Chairperson Ministerial Leaders Official Issued Adopted Conclusion
  Closing Regarding of the at by on outcome outcomes conclusion
`);

/**
 * A unit named only by what it does for its owner ("the Press Office", "Media Centre", "Press Service"): no
 * one body's name. Its words, and the heads such units have.
 */
export const GENERIC_UNIT_WORDS = words(
  `Press Media Communications Communication Information News Public Relations`,
);
export const GENERIC_UNIT_HEADS = words(`Office Service Centre Center Unit Desk Section Department`);

/**
 * Heads of the bodies that others are parts of: "the Department of X of the Ministry of Y", "the Committee
 * on X of the National Assembly" are two bodies, the part and the whole.
 */
export const PARENT_BODY_HEADS = words(`Ministry House Assembly Parliament Senate Congress`);

/** Heads that begin a body's name before "of": "... and Ministry of Energy" starts another body. */
export const HEAD_FIRST = words(`
  Ministry Department Bureau Office Embassy Consulate Academy University Institute Administration Secretariat
  Council Commission Committee Government Centre Center Agency Authority Federation Association Board Chamber
  School College Bank Fund
`);

/**
 * A standing mechanism of two governments, not a body of its own: "the Kenya–Ethiopia Joint Ministerial
 * Commission", "the Polish-Ukrainian Intergovernmental Working Group" (its heads, and the words that say
 * two governments run it).
 */
export const MECHANISM_HEADS = words(`Commission Committee Subcommittee Sub-committee Cabinet Group`);
export const MECHANISM_MARKS = words(
  `Joint Binational Bi-national Intergovernmental Inter-governmental Bilateral`,
);

/**
 * Offices a country holds in turn, or the state itself, not bodies: "the Icelandic Presidency", "the Pro
 * Tempore Presidency of Chile", "the Government of Malawi", "the Federal Government".
 */
export const STATE_OFFICE_HEADS = words(`Presidency Government`);
export const STATE_OFFICE_QUALIFIERS = words(`Pro Tempore Federal National Central Royal Union`);

/** Heads that name a body only with its short name in brackets: "World Food Programme (WFP)", not "a Scholarship Programme". */
export const SHORT_NAMED_HEADS = words(`Programme Program`);

/**
 * Words of plans, documents and periods named with a year ("Vision 2030", "Agenda 2063", "the Budget 2026"):
 * a name holding one of them and a year is no event's edition.
 */
export const PLAN_WORDS = words(`
  Vision Agenda Strategy Plan Plans Budget Census Act Law Framework Roadmap Programme Program Goals Target
  Targets Report Policy Initiative Fellowship Fellowships Scholarship Scholarships Grant Grants Project
  Decade Declaration Agreement Treaty Protocol Accord Fund Fiscal Financial
  Year Index Survey Review Outlook Edition Class Cohort Round Phase Season Quarter
`);

/** Words right before "the" that set an edition's name as a gathering: "the finals of the X 2026", "at the X 2026". */
export const EDITION_CUES = words(`
  at At of to in for attend attended attends attending host hosts hosted hosting join joined joining visit
  visited visiting showcased exhibited
`);

/**
 * Verbs after an edition's year, perhaps after an auxiliary, that say the brand names a gathering: "X 2026
 * will be held in ...", "X 2027 opens on Monday".
 */
export const EDITION_HELD_VERBS = words(`
  held staged hosted organised organized convened open opens opened take takes took run runs ran close
  closes closed kicks kicked attracted drew welcomed began begins start starts started concluded concludes
  ended ends wrapped brought gathered featured involved
`);

/** Words right before an edition's name, with no article, that set it as a gathering: "during X 2026". */
export const EDITION_DIRECT_CUES = words(`at At during During throughout Throughout`);

/** Nouns before "of" that set the edition after it as a gathering: "on the sidelines of X 2026". */
export const EDITION_OF_NOUNS = words(`sidelines margins edition opening participants ahead`);

/**
 * Heads of military and civil exercises and operations, which open a code name: "Exercise Northern Viking
 * 2026", "Operation Sea Guardian".
 */
export const CODE_NAME_HEADS = words(`Exercise Exercises Operation`);

/**
 * Lower-case kinds of gathering that stand before (or after) a name in apposition: "the naval exercise
 * Blue Harbour 2026", "the trade fair Gulfood 2027", "the Blue Harbour 2026 drills". The first line's
 * words (exercises, operations) take a code name without a year too.
 */
export const CODE_NAME_NOUNS = words(`
  exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers operation wargame wargames
  code-named codenamed
`);
export const GATHERING_NOUNS = words(`
  fair expo exhibition festival forum summit conference tournament championship championships games
  contest competition regatta marathon show trade-fair congress symposium showcase
`);

/**
 * Heads that name an event only with an edition, a year after them or an ordinal before: "Caribbean
 * Tourism Exchange 2027", "the 5th Harbour Gala"; without one they are a market, a stock exchange, a prize.
 */
export const EDITION_ONLY_HEADS = words(`Exchange Market Gala Awards Trophy Bazaar Fest Meet`);

/**
 * Words of an activity before "Day" or "Evening" that make it a gathering ("Slovenian–Dutch Business Day",
 * "Open Day", "Cultural Evening"), where a "National Day" or an "Independence Day" is a commemoration.
 */
export const ACTIVITY_DAY_HEADS = words(`Day Evening Night`);
export const ACTIVITY_DAY_WORDS = words(`
  Business Investment Investor Investors Innovation Trade Export Career Careers Open Partnering Networking
  Matchmaking Industry Tourism Startup Start-up Information Info Alumni Science Research Technology Energy
  Cultural Culture Film Music Poetry Jazz
`);

/** Heads of a country's culture season, named with where it is held abroad: "Greek Film Week in Buenos Aires". */
export const CULTURE_SEASON_HEADS = words(`Week Festival Days Season Month Fortnight`);

/** Heads of a group named by its number: "the Group of 77", "Group of 20". */
export const NUMBERED_GROUP_HEADS = words(`Group`);

/**
 * What stands before a body that backs a gathering, "the" after it: "with the support of the Namibia Trade
 * Forum", "organised by the X Council". Gatherings do not organise, sponsor or support; bodies do.
 */
export const BACKER_CUES = new Set(
  `support of|organised by|organized by|sponsored by|funded by|partnership with|collaboration with|cooperation with|auspices of`.split(
    '|',
  ),
);

/**
 * Words before a gathering's head that make it a body that meets, not one sitting: "the Standing Conference
 * of Education Ministers", "the Permanent Forum on Indigenous Issues".
 */
export const STANDING_BODY_WORDS = words(`Standing Permanent`);

/**
 * A gathering named by its title in quotes: "a side event entitled “...”", "a webinar titled '...'". The
 * verbs that introduce the title, and the lower-case gatherings (besides `GATHERING_NOUNS`) that have one.
 */
export const TITLE_VERBS = words(`entitled titled called named`);
export const TITLED_GATHERING_NOUNS = words(`
  event side-event seminar webinar workshop panel session lecture discussion dialogue roundtable round-table
  exhibition concert screening meeting
`);

/** Heads of a named campaign period after "Visit" and a place: "Visit Nepal Decade", "Visit Oman Year". */
export const CAMPAIGN_PERIOD_HEADS = words(`Year Decade Month Season`);
export const EDITION_AUXILIARIES = words(`will would be was were is are has have been being`);

/**
 * Heads that open a body's name in languages that put the head first ("Universitas Gadjah Mada",
 * "Instituto Nacional de Salud", "Centre National de Recherche Agronomique"): the name goes on after them.
 * The English heads among them ("Centre", "Institute") do so only before a capitalised word of another language's order
 * and are not listed.
 */
export const HEAD_FIRST_ORG_HEADS = words(`
  Universiti Universitas Universidad Universidade Université Universität Instituto Institut Istituto Akademie
  Academia Dirección Direção Direction Compagnie Compañía Companhia Empresa Ministerio Ministério Ministère
  Secretaría Secretaria Agencia Agência Agence Banco Banque Fundación Fundação Fondation Comisión Comissão
  Consejo Conselho Conseil Servicio Serviço Oficina Collegio Colegio
`);

/**
 * A country's trade or investment promotion agency, named by the country and one of these words, or as one
 * word with them: "Invest Lithuania", "Business Sweden", "Kazakh Invest", "CzechInvest", "ProChile".
 */
export const PROMOTION_WORDS = words(`Invest Business Enterprise Trade`);
export const PROMOTION_PREFIXES = words(`Pro PRO`);

/** Words before "in" that make the name after it a gathering: "participation in X 2026", "took part in X". */
export const PARTICIPATION_WORDS = words(
  `participation participate participates participated participating part`,
);

/** Event heads that open their name in Romance languages: "Jeux de la Francophonie", "Feria Internacional de X". */
export const HEAD_FIRST_EVENT_HEADS = words(`
  Jeux Feria Foro Cumbre Semana Encuentro Congreso Congrès Rencontres Sommet Fiesta Festa Journées
  Mostra Bienal Bienal Jornadas Reunión
`);

/** Head-first heads that name one sitting only after its number ("LXXXV Reunión Ordinaria del Consejo ..."). */
export const NUMBERED_HEAD_FIRST_EVENT_HEADS = words(`Reunión`);

/** Conferences called by a short name and their number, glued: "COP31", "CMA8", "WUF13". */
export const NUMBERED_CONFERENCES = /^(?:COP|CMP|CMA|MOP|WUF|CHOGM|UNGA)\d{1,3}$/;
