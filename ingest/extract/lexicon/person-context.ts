import { words } from './words';

export const PERSON_VERBS = words(`
  said says noted notes pointed stressed stated emphasized emphasised highlighted added expressed introduced
  welcomed thanked met meets attended delivered gave presented briefed spoke hoped agreed proposed suggested
  signed chaired co-chaired presided led headed visited praised congratulated underlined underscored reiterated
  remarked explained affirmed acknowledged recalled believed wished invited called urged observed shared
  commended appreciated reviewed outlined reported announced accompanied joined received hosted opened launched
  inaugurated witnessed toured inspected paid extended conveyed described mentioned elaborated told stated
  answered replied addressed exchanged represented looked held made took handed awarded presented respectively who
  was is has had will would also further then briefly warmly first confirmed declared assured argued insisted
  warned recommended pledged promised indicated revealed clarified
`);

export const ADVERBS = words(
  `also further then briefly warmly first respectively first then once again highly fully`,
);

export const PERSON_PRECEDERS = words(
  `by with Mr Mrs Ms Dr Prof Excellency Madam met meets received welcomed thanked congratulated accompanied invited briefed`,
);

/**
 * Nouns of a person's relation to another, before the name with its comma: "my counterpart, X", "her
 * deputy, X", "his predecessor, X".
 */
export const RELATION_NOUNS = words(
  `counterpart counterparts colleague colleagues deputy predecessor successor host hosts guest guests wife husband spouse`,
);

/**
 * Verbs of speaking written before the name they belong to: '"...," said X', ", added X", "according to
 * X" (the last word of "according to").
 */
export const INVERTED_VERBS = words(`said says added adds noted notes stressed explained recalled remarked`);

/**
 * Nouns for a group of people that a list of names follows: "participants: X, Y", "the delegation
 * comprised X", "speakers included X".
 */
export const GROUP_NOUNS = words(`
  participants participant speakers speaker panellists panelists panel attendees delegates members team
  delegation jury winners laureates recipients guests signatories
`);

/** Verbs before "with" that make what follows a person: "met with X" (but "signed an agreement with X" may be a company). */
export const WITH_VERBS = words(
  `met meet meets meeting talks talked spoke speaking together along accompanied held co-chaired`,
);

/** Lower-case nouns for people: "oceanographer", "hydrologist", "farmer"; not "center", "developer". */
export const PERSON_NOUN =
  /^(?:\p{Ll}+(?:ist|ian|er|or|eer|man|woman|person)|nurse|midwife|surgeon|expert|scholar|official|student|doctor|diplomat|graduate|alumnus|alumna|native|citizen|member|veteran|participant|resident|consultant|assistant|representative|envoy|delegate|teacher|chef|head|priest|poet|athlete|champion|champions)$/u;

/** Words that end like nouns for people but are not: "center", "developer", "partner". */
export const NOT_PERSON_NOUN = words(`
  center sector corridor cluster order water power computer reactor monitor number border river layer paper
  letter chapter partner provider manufacturer developer producer supplier operator exporter importer carrier
  retailer maker leader player user owner buyer seller lender donor sponsor investor contractor vendor
  competitor pioneer frontier barrier container charger converter transformer meter register semester
  quarter corner factor vector indicator accelerator incubator calculator generator simulator
  under after over other either whether together never ever however later earlier further rather another
  her per for nor major minor floor door former latter sooner cover offer answer matter
`);

/** Relative pronouns that end a lower-case apposition: ", chief scientist of the course, who ...". */
export const RELATIVE_PRONOUNS = words(`who which that whose`);

/** Nouns for a country's party at a meeting: "the Peruvian delegation", "on the Malaysian side". */
export const DELEGATION_NOUNS = words(`delegation delegations side contingent`);

/** Words between a delegation and its members: "the Kenyan delegation included / was led by / comprised X". */
export const MEMBERSHIP_WORDS = words(`
  included includes include including comprised comprises comprising composed consisting consisted led headed
`);

/** Verbs of meeting: the names after them are whom a delegation met, not its members ("The X delegation, which includes A, also met B"). */
/**
 * Verbs in the present that a headline writes in title case right after its subject's name ("Vice Minister
 * KANG Min-jun Holds the ...", "Foreign Minister X Y Receives ..."): never the name's last word.
 */
export const HEADLINE_VERBS = words(`
  holds meets receives visits attends hosts signs welcomes opens leads chairs congratulates addresses launches
  delivers pays discusses stresses calls urges highlights inaugurates concludes begins co-chairs
`);

export const MEETING_VERBS = words(`met meets meet received receives welcomed welcomes visited visits`);

/** Lower-case words that are never a role between a country and a name: "of Uruguay and | Rocío Giménez". */
export const LINKING_WORDS = words(`and or with by to from for of in at on as than`);

/** "his Ghanaian counterpart, X": the country before the word is the named person's. */
export const COUNTERPART_WORDS = words(`counterpart counterparts colleague colleagues`);

/** Words of a by-line before the name: "Reported by X", "Reporter: X", "Written by X". */
export const BYLINE_WORDS = words(
  `by reported written reporter author text story signed sgd editor edited photo photos photographer`,
);

/**
 * Words of a label before a colon that only a person follows: "Editor: X", "Photo: X", "Moderator: X",
 * "Rapporteur: X" (with the by-line words and the role words).
 */
export const CREDIT_LABELS = words(
  `moderator moderators rapporteur rapporteurs facilitator presenter host interpreter contact contacts credit credits`,
);

/** Labels of a journalist's question in a briefing transcript: "Q (Name, Outlet):". */
/**
 * The word that opens a signature block's or a delegation list's party line: "For the Republic of X", "Por
 * la República Argentina:", "Pour la République gabonaise", "Pela República Federativa do Brasil" ("On
 * behalf of X" is read apart).
 */
export const SIGNATORY_OPENERS = words(`For Por Pour Pela Pelo`);

/**
 * Words of a release's contact line before its colon ("Press secretary: X", "Contact presse : X", "Media
 * contact: X"), in lower case; the label needs one of CONTACT_WORDS.
 */
export const CONTACT_LABEL_WORDS = words(
  `contact contacts press presse media secretary officer attaché attachée relations public de`,
);
export const CONTACT_WORDS = words(`contact contacts press presse media`);

export const QUESTION_LABELS = words(`Q Question QUESTION`);

/** Words that join the items of a list: "included A (X), B (Y) and C (Z)". */
export const LIST_OPENERS = words(`and included including includes include`);

/**
 * Letters after a name that say its holder sits in a parliament or was honoured: "Aroha Ruiz MP (Labour)".
 */
export const POST_NOMINALS = words(`MP MEP MLA MHA MSP MNA TD KC QC OBE MBE CBE KBE`);

/** Verbs that give a person a post in the predicate: "X is the First Deputy Minister of ...", "X has been appointed ...". */
export const PREDICATE_VERBS = words(`is was remains became becomes`);
export const APPOINTMENT_VERBS = words(`appointed named elected designated`);
/** Words between such a verb and the post: "has been appointed as", "was recently named". */
export const PREDICATE_FILLERS = words(`has have had been be will now also recently newly as`);

/** Words opening an apposition about the person: "X, a teacher from ...", "X, who runs a farm in ...". */
export const APPOSITION_OPENERS = words(`a an who`);
/** Prepositions before where a person is from or works: "from Puno", "in Rayong". */
export const PLACE_PREPOSITIONS = words(`from in`);
/** Words that turn a place into where the person is going: "who will teach in Leipzig". */
export const FUTURE_WORDS = words(`will would shall`);
