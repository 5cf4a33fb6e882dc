import { isCountryOrBlocWord, prefixesOf } from './countries';
import { NON_NAME_WORDS, ORG_HEADS, PLACE_HEADS, ROLE_WORDS, TITLE_STARTERS } from './lexicon';
import { isBreak, isCapitalized, type Token } from './tokens';
import { worldPlace } from './world-places';

/** Cities, provinces and regions often named in this genre, with their country. Extend via overrides. */
const GAZETTEER_TEXT = `
  Beijing:CN Shanghai:CN Tianjin:CN Chongqing:CN Guangzhou:CN Shenzhen:CN Nanning:CN Kunming:CN Chengdu:CN
  Wuhan:CN Xi'an:CN Hangzhou:CN Nanjing:CN Suzhou:CN Xiamen:CN Fuzhou:CN Changsha:CN Zhengzhou:CN Jinan:CN
  Qingdao:CN Harbin:CN Shenyang:CN Dalian:CN Changchun:CN Hefei:CN Nanchang:CN Guiyang:CN Lanzhou:CN
  Xining:CN Yinchuan:CN Urumqi:CN Lhasa:CN Hohhot:CN Taiyuan:CN Shijiazhuang:CN Haikou:CN Sanya:CN
  Guangxi:CN Yunnan:CN Guangdong:CN Fujian:CN Zhejiang:CN Jiangsu:CN Shandong:CN Hebei:CN Henan:CN Hubei:CN
  Hunan:CN Jiangxi:CN Anhui:CN Sichuan:CN Guizhou:CN Shaanxi:CN Shanxi:CN Gansu:CN Qinghai:CN Ningxia:CN
  Xinjiang:CN Tibet:CN Inner_Mongolia:CN Heilongjiang:CN Jilin:CN Liaoning:CN Hainan:CN Boao:CN Xiong'an:CN
  Zhongguancun:CN Pudong:CN Dongguan:CN Foshan:CN Ningbo:CN Wuxi:CN Yantai:CN Weihai:CN Zhuhai:CN
  Phnom_Penh:KH Siem_Reap:KH Sihanoukville:KH Battambang:KH Vientiane:LA Luang_Prabang:LA Hanoi:VN
  Ho_Chi_Minh_City:VN Da_Nang:VN Haiphong:VN Hai_Phong:VN Hue:VN Can_Tho:VN Bangkok:TH Chiang_Mai:TH
  Phuket:TH Khon_Kaen:TH Kuala_Lumpur:MY Putrajaya:MY Penang:MY Johor:MY Sabah:MY Sarawak:MY Selangor:MY
  Jakarta:ID Bali:ID Surabaya:ID Bandung:ID Yogyakarta:ID Manila:PH Cebu:PH Davao:PH Quezon_City:PH
  Yangon:MM Naypyidaw:MM Nay_Pyi_Taw:MM Mandalay:MM Bandar_Seri_Begawan:BN Dili:TL Ulaanbaatar:MN
  Tokyo:JP Osaka:JP Kyoto:JP Seoul:KR Busan:KR Pyongyang:KP Taipei:TW New_Delhi:IN Delhi:IN Mumbai:IN
  Bangalore:IN Bengaluru:IN Dhaka:BD Colombo:LK Kathmandu:NP Islamabad:PK Karachi:PK Lahore:PK Kabul:AF
  Astana:KZ Almaty:KZ Tashkent:UZ Bishkek:KG Dushanbe:TJ Ashgabat:TM Tehran:IR Baghdad:IQ Riyadh:SA
  Jeddah:SA Dubai:AE Abu_Dhabi:AE Doha:QA Muscat:OM Kuwait_City:KW Manama:BH Amman:JO Beirut:LB
  Damascus:SY Jerusalem:IL Tel_Aviv:IL Ankara:TR Istanbul:TR Cairo:EG Alexandria:EG Rabat:MA Casablanca:MA
  Algiers:DZ Tunis:TN Tripoli:LY Khartoum:SD Addis_Ababa:ET Nairobi:KE Mombasa:KE Kampala:UG Kigali:RW
  Dar_es_Salaam:TZ Dodoma:TZ Lusaka:ZM Harare:ZW Maputo:MZ Luanda:AO Windhoek:NA Gaborone:BW Pretoria:ZA
  Johannesburg:ZA Cape_Town:ZA Durban:ZA Lagos:NG Abuja:NG Accra:GH Dakar:SN Abidjan:CI Bamako:ML
  Niamey:NE Ouagadougou:BF Conakry:GN Freetown:SL Monrovia:LR Yaounde:CM Yaoundé:CM Douala:CM Libreville:GA
  Kinshasa:CD Brazzaville:CG Antananarivo:MG Port_Louis:MU Djibouti_City:DJ Mogadishu:SO Asmara:ER
  Moscow:RU Saint_Petersburg:RU Vladivostok:RU Minsk:BY Kyiv:UA Kiev:UA Warsaw:PL Prague:CZ Budapest:HU
  Vienna:AT Berlin:DE Munich:DE Frankfurt:DE Hamburg:DE Paris:FR Lyon:FR Marseille:FR Brussels:BE
  Amsterdam:NL The_Hague:NL Rotterdam:NL London:GB Edinburgh:GB Manchester:GB Dublin:IE Madrid:ES
  Barcelona:ES Lisbon:PT Rome:IT Milan:IT Geneva:CH Zurich:CH Bern:CH Stockholm:SE Oslo:NO Copenhagen:DK
  Helsinki:FI Reykjavik:IS Athens:GR Belgrade:RS Bucharest:RO Zagreb:HR Ljubljana:SI
  Bratislava:SK Tallinn:EE Riga:LV Vilnius:LT Washington:US New_York:US San_Francisco:US Los_Angeles:US
  Boston:US Chicago:US Ottawa:CA Toronto:CA Vancouver:CA Montreal:CA Mexico_City:MX Brasilia:BR
  Sao_Paulo:BR São_Paulo:BR Rio_de_Janeiro:BR Buenos_Aires:AR Santiago:CL Lima:PE Bogota:CO Bogotá:CO
  Havana:CU Caracas:VE Quito:EC Canberra:AU Sydney:AU Melbourne:AU Wellington:NZ Auckland:NZ Suva:FJ
  Lao_Cai:VN Port_Moresby:PG Apia:WS Honiara:SB Port_Vila:VU Nuku'alofa:TO Thimphu:BT Valletta:MT Nicosia:CY
`;

const GAZETTEER = new Map<string, string>(
  GAZETTEER_TEXT.trim()
    .split(/\s+/)
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      return [pair.slice(0, at).replace(/_/g, ' '), pair.slice(at + 1)] as [string, string];
    }),
);
const GAZETTEER_MAX_WORDS = Math.max(...[...GAZETTEER.keys()].map((k) => k.split(' ').length));
const GAZETTEER_PREFIXES = prefixesOf(GAZETTEER.keys());

export interface PlaceMatch {
  from: number;
  to: number;
  name: string;
}

function isPlaceWord(token: Token | undefined): boolean {
  if (!token || !isCapitalized(token.text) || /^\d/.test(token.text)) return false;
  return !NON_NAME_WORDS.has(token.text) && !isCountryOrBlocWord(token.text);
}

/**
 * Places: "<Name> Province|Autonomous Region|City|...", and names from the gazetteer.
 * Longer matches win: "Guangxi Zhuang Autonomous Region" hides the gazetteer's "Guangxi".
 */
export function matchPlaces(
  text: string,
  tokens: readonly Token[],
  extra: ReadonlyMap<string, string>,
  taken: ReadonlySet<number> = new Set(),
): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  const claimed = new Set<number>(taken);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || !PLACE_HEADS.has(head.text) || isBreak(tokens, i) || claimed.has(i)) continue;
    // "King Abdulaziz City for Science and Technology" is an institution, not a city.
    if (tokens[i + 1]?.text === 'for' && tokens[i + 1]?.gap === ' ') continue;
    // "Moscow State University", "Parliamentary State Secretary": the head is inside another name.
    const following = tokens[i + 1]?.gap === ' ' ? (tokens[i + 1]?.text ?? '') : '';
    if (ORG_HEADS.has(following) || ROLE_WORDS.has(following) || TITLE_STARTERS.has(following)) continue;
    const end = i + 1;
    let from = i;
    if (head.text === 'Region' && tokens[i - 1]?.text === 'Autonomous') from = i - 1;
    if (
      head.text === 'Region' &&
      tokens[i - 1]?.text === 'Administrative' &&
      tokens[i - 2]?.text === 'Special'
    )
      from = i - 2;
    let start = from;
    while (
      start > 0 &&
      from - start < 3 &&
      (isPlaceWord(tokens[start - 1]) || DIRECTIONS.has(tokens[start - 1]?.text ?? '')) &&
      !isBreak(tokens, start)
    )
      start--;
    if (start === from) continue;
    // "State" and "Region" after a role are too vague: "Member State"; "Sagaing Region" is a place.
    if (
      (head.text === 'State' || head.text === 'Region') &&
      from === i &&
      !GAZETTEER.has(tokens[start]?.text ?? '') &&
      !(tokens[start - 1]?.text === 'in' && tokens[start]?.gap === ' ') &&
      (ROLE_WORDS.has(tokens[start]?.text ?? '') || TITLE_STARTERS.has(tokens[start]?.text ?? ''))
    )
      continue;
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    found.push({ from: start, to: end, name: text.slice(first.start, last.end) });
    for (let k = start; k < end; k++) claimed.add(k);
  }
  for (const best of matchGazetteer(tokens, extra, claimed)) {
    // "Inner Mongolia | Autonomous Region": a known name with its head after it.
    let to = best.to;
    if (tokens[to]?.text === 'Autonomous' && tokens[to + 1]?.text === 'Region') to += 2;
    else if (
      PLACE_HEADS.has(tokens[to]?.text ?? '') &&
      tokens[to]?.gap === ' ' &&
      !claimed.has(to) &&
      !(tokens[to + 1]?.gap === ' ' && isCapitalized(tokens[to + 1]?.text ?? '')) // "Moscow State University"
    )
      to++;
    found.push({ ...best, to, name: text.slice(tokens[best.from]?.start, tokens[to - 1]?.end) });
    for (let k = best.from; k < to; k++) claimed.add(k);
  }
  for (const place of placesByContext(text, tokens, claimed)) {
    found.push({ ...place, name: text.slice(tokens[place.from]?.start, tokens[place.to - 1]?.end) });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** Verbs after which "in X" names where something happened: "opened in Dubrovnik". */
const LOCATING_VERBS = new Set(
  `held opened took convened hosted located based headquartered organised organized launched inaugurated
  staged gathered met signed closed`.split(/\s+/),
);
/** Words after which a capitalised name is a place when a gazetteer of world cities knows it. */
const PLACE_PREPOSITIONS = new Set(
  `in at from near around outside visited between across via toward towards reached`.split(/\s+/),
);
/** Lower-case nouns that make the names before them places: "Battambang and Takeo provinces". */
const LOWER_PLACE_NOUNS = new Set(
  `province provinces region regions state states city cities county counties district districts prefecture`.split(
    /\s+/,
  ),
);
/** Words of direction that begin names of regions: "Northern Cape Province", "Eastern Highlands Province". */
const DIRECTIONS = new Set(
  'North South East West Northern Southern Eastern Western Central Upper Lower Inner Outer Greater'.split(
    ' ',
  ),
);
const INNER_PARTICLES = new Set(['dos', 'das', 'de', 'da', 'do', 'del', 'la', 'el']);

/** The capitalised place words from `i` (with inner particles: "São José dos Campos"), at most four. */
function placeChunkEnd(tokens: readonly Token[], i: number, claimed: ReadonlySet<number>): number {
  let end = i;
  while (end < tokens.length && end < i + 4 && (end === i || tokens[end]?.gap === ' ')) {
    const word = tokens[end]?.text ?? '';
    if (
      end > i &&
      INNER_PARTICLES.has(word) &&
      isPlaceWord(tokens[end + 1]) &&
      tokens[end + 1]?.gap === ' '
    ) {
      end++;
      continue;
    }
    if (claimed.has(end) || !isPlaceWord(tokens[end])) break;
    end++;
  }
  return end;
}

/**
 * Places outside the gazetteer, from how the text uses them: "in Pu'er, Yunnan Province" (a known place or
 * country right after a comma), "the conference opened in Dubrovnik" (after a verb of holding or meeting),
 * "near Nadi" (a world city after a preposition of place), "Battambang and Takeo provinces", "Tehran or
 * Isfahan" (joined to a known place), and world cities of several words anywhere ("São José dos Campos").
 */
function placesByContext(
  text: string,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
): Array<Omit<PlaceMatch, 'name'>> {
  const claimed = new Set(taken);
  const found: Array<Omit<PlaceMatch, 'name'>> = [];
  const name = (from: number, to: number) => text.slice(tokens[from]?.start, tokens[to - 1]?.end);
  for (let i = 0; i < tokens.length; i++) {
    if (claimed.has(i) || !isPlaceWord(tokens[i])) continue;
    // Only whole capitalised phrases: "in Tsinghua University" is not a place, nor is "Li" in "Li Meng".
    if (i > 0 && tokens[i]?.gap === ' ' && isCapitalized(tokens[i - 1]?.text ?? '')) continue;
    const end = placeChunkEnd(tokens, i, claimed);
    const next = tokens[end];
    if (end === i) continue;
    if (next?.gap === ' ' && isCapitalized(next.text)) {
      // "Guilin University of ...", "Kazan Federal University": a large city opening a body's name.
      if (
        (worldPlace(tokens[i]?.text ?? '')?.population ?? 0) >= 300_000 &&
        ORG_HEADS.has(nextCapitalisedHead(tokens, i))
      ) {
        found.push({ from: i, to: i + 1 });
        claimed.add(i);
      }
      continue;
    }
    const phrase = name(i, end);
    const prev = tokens[i - 1]?.text ?? '';
    const world = worldPlace(phrase);
    const knownCity = world !== null;
    const afterPreposition = PLACE_PREPOSITIONS.has(prev) && tokens[i]?.gap === ' ';
    const beforeKnown = next?.gap === ', ' && claimed.has(end);
    const verb = tokens[i - 2]?.text ?? '';
    const afterVerb =
      prev === 'in' &&
      (LOCATING_VERBS.has(verb) || (verb === 'place' && tokens[i - 3]?.text === 'took')) &&
      (!next || isBreak(tokens, end) || next.gap === ', ' || next.text === 'on' || next.text === 'from');
    const joinedToKnown = (prev === 'and' || prev === 'or') && claimed.has(i - 2);
    const beforeNoun = LOWER_PLACE_NOUNS.has(next?.text ?? '') && next?.gap === ' ';
    // "Battambang and Takeo provinces": the noun after the second name makes the first one a place too.
    const listNoun =
      next?.text === 'and' &&
      (() => {
        const second = placeChunkEnd(tokens, end + 1, claimed);
        return second > end + 1 && LOWER_PLACE_NOUNS.has(tokens[second]?.text ?? '');
      })();
    const severalWords = end - i > 1 && world !== null && (world.population >= 50_000 || world.region);
    // A city of a million people, standing alone ("... of Guilin", "Kazan Federal University").
    const bigCity = (world?.population ?? 0) >= 1_000_000;
    if (
      (afterPreposition && (knownCity || beforeKnown || afterVerb)) ||
      (prev === 'in' && beforeKnown) ||
      afterVerb ||
      (joinedToKnown && (knownCity || beforeNoun)) ||
      beforeNoun ||
      listNoun ||
      severalWords ||
      bigCity
    ) {
      found.push({ from: i, to: end });
      for (let k = i; k < end; k++) claimed.add(k);
    }
    i = end - 1;
  }
  return found;
}

/** Names from the gazetteer (and the overrides' places), longest first at each position. */
function matchGazetteer(
  tokens: readonly Token[],
  extra: ReadonlyMap<string, string>,
  claimed: ReadonlySet<number>,
): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]?.text.charCodeAt(0) ?? 0;
    if (claimed.has(i) || (c >= 97 && c <= 122)) continue;
    let phrase = '';
    let best: PlaceMatch | null = null;
    for (let n = 1; n <= GAZETTEER_MAX_WORDS && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (!t || claimed.has(i + n - 1) || (n > 1 && t.gap !== ' ')) break;
      phrase = n === 1 ? t.text : `${phrase} ${t.text}`;
      if (n > 1 && !GAZETTEER_PREFIXES.has(phrase) && extra.size === 0) break;
      if (GAZETTEER.has(phrase) || extra.has(phrase)) best = { from: i, to: i + n, name: phrase };
    }
    if (best) {
      found.push(best);
      i = best.to - 1;
    }
  }
  return found;
}

/** Gazetteer names of several words, before countries claim their words ("Inner Mongolia", "Lao Cai"). */
export function matchGazetteerOnly(
  tokens: readonly Token[],
  extra: ReadonlyMap<string, string>,
): PlaceMatch[] {
  return matchGazetteer(tokens, extra, new Set()).filter((m) => m.to - m.from > 1);
}

/** The last word of the capitalised phrase starting at `i` (at most five words). */
function nextCapitalisedHead(tokens: readonly Token[], i: number): string {
  let k = i + 1;
  while (k < i + 5 && tokens[k]?.gap === ' ' && isCapitalized(tokens[k]?.text ?? '')) k++;
  return tokens[k - 1]?.text ?? '';
}

/** Country of a place name, when known ("Gansu Province" → CN through "Gansu"). */
export function placeCountry(name: string, extra: ReadonlyMap<string, string>): string | null {
  const direct = GAZETTEER.get(name) ?? extra.get(name);
  if (direct) return direct;
  for (const word of name.split(' ')) {
    const code = GAZETTEER.get(word) ?? extra.get(word);
    if (code) return code;
  }
  return null;
}
