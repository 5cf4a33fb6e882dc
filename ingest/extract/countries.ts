import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { tokenize, type Token } from './tokens';

countries.registerLocale(en);

/** "Demonym or short form:CODE" pairs that i18n-iso-countries does not cover. Case-sensitive. */
const EXTRA_FORMS = `
  Afghan:AF Albanian:AL Algerian:DZ Andorran:AD Angolan:AO Argentine:AR Argentinian:AR Armenian:AM
  Australian:AU Austrian:AT Azerbaijani:AZ Bahamian:BS Bahraini:BH Bangladeshi:BD Barbadian:BB Belarusian:BY
  Belgian:BE Belizean:BZ Beninese:BJ Bhutanese:BT Bolivian:BO Bosnian:BA Botswanan:BW Motswana:BW Brazilian:BR
  British:GB Britain:GB Bruneian:BN Brunei:BN Bulgarian:BG Burkinabe:BF Burmese:MM Burma:MM Burundian:BI
  Cambodian:KH Cameroonian:CM Canadian:CA Chadian:TD Chilean:CL Chinese:CN PRC:CN Colombian:CO Comorian:KM
  Congolese:CD Costa_Rican:CR Croatian:HR Cuban:CU Cypriot:CY Czech:CZ Czechia:CZ Danish:DK Djiboutian:DJ
  Dominican:DO Dutch:NL Ecuadorian:EC Egyptian:EG Emirati:AE UAE:AE Equatorial_Guinean:GQ Eritrean:ER
  Estonian:EE Ethiopian:ET Fijian:FJ Filipino:PH Philippine:PH Finnish:FI French:FR Gabonese:GA Gambian:GM
  Georgian:GE German:DE Ghanaian:GH Greek:GR Grenadian:GD Guatemalan:GT Guinean:GN Guyanese:GY Haitian:HT
  Honduran:HN Hungarian:HU Icelandic:IS Indian:IN Indonesian:ID Iranian:IR Iraqi:IQ Irish:IE Israeli:IL
  Italian:IT Ivorian:CI Jamaican:JM Japanese:JP Jordanian:JO Kazakh:KZ Kazakhstani:KZ Kenyan:KE Kiribati:KI
  Korean:KR South_Korean:KR ROK:KR North_Korean:KP DPRK:KP Kuwaiti:KW Kyrgyz:KG Lao:LA Laos:LA Laotian:LA
  Lao_PDR:LA Latvian:LV Lebanese:LB Liberian:LR Libyan:LY Lithuanian:LT Luxembourgish:LU Macedonian:MK
  Malagasy:MG Malawian:MW Malaysian:MY Maldivian:MV Malian:ML Maltese:MT Mauritanian:MR Mauritian:MU
  Mexican:MX Moldovan:MD Monegasque:MC Mongolian:MN Montenegrin:ME Moroccan:MA Mozambican:MZ Namibian:NA
  Nauruan:NR Nepali:NP Nepalese:NP New_Zealander:NZ Nicaraguan:NI Nigerien:NE Nigerian:NG Norwegian:NO
  Omani:OM Pakistani:PK Palauan:PW Palestinian:PS Panamanian:PA Papua_New_Guinean:PG Paraguayan:PY
  Peruvian:PE Polish:PL Portuguese:PT Qatari:QA Romanian:RO Russian:RU Rwandan:RW Saudi:SA KSA:SA Samoan:WS
  Senegalese:SN Serbian:RS Seychellois:SC Sierra_Leonean:SL Singaporean:SG Slovak:SK Slovenian:SI
  Solomon_Islander:SB Somali:SO South_African:ZA South_Sudanese:SS Spanish:ES Sri_Lankan:LK Sudanese:SD
  Surinamese:SR Swazi:SZ Swedish:SE Swiss:CH Syrian:SY Taiwanese:TW Chinese_Taipei:TW Tajik:TJ
  Tajikistani:TJ Tanzanian:TZ Thai:TH Timorese:TL East_Timor:TL Togolese:TG Tongan:TO Trinidadian:TT
  Tunisian:TN Turkish:TR Turkmen:TM Tuvaluan:TV Ugandan:UG Ukrainian:UA Uruguayan:UY Uzbek:UZ
  Uzbekistani:UZ Vanuatuan:VU Ni-Vanuatu:VU Venezuelan:VE Vietnamese:VN Viet_Nam:VN Yemeni:YE Zambian:ZM
  Zimbabwean:ZW American:US U.S.:US U.S.A.:US U.K.:GB UK:GB DRC:CD DR_Congo:CD Congo:CG Hong_Kong:HK
  Hongkong:HK Macao:MO Macau:MO Macanese:MO Kosovar:XK Holland:NL England:GB Scotland:GB Wales:GB
  Scottish:GB Welsh:GB Türkiye:TR Turkiye:TR Cabo_Verde:CV Cape_Verdean:CV Eswatini:SZ Swaziland:SZ
  Czech_Republic:CZ Republic_of_Korea:KR Vatican:VA
`;

/** Phrases that contain a country word but name no country. */
const NOT_COUNTRIES = `
  Indian_Ocean Latin_America Latin_American South_American North_American Central_American Native_American
  South_China_Sea East_China_Sea Indo-Pacific Indo-China Indochina New_Mexico New_Jersey New_South_Wales
  Korean_Peninsula Arabian_Peninsula Guinea_pig Turkey_Point Chinese_New_Year Lunar_New_Year
`;

/** Prefixes of compound adjectives: "Sino-French", "Franco-German". Only counted before a hyphen. */
const COMBINING_FORMS = new Map<string, string>([
  ['Sino', 'CN'],
  ['Franco', 'FR'],
  ['Anglo', 'GB'],
  ['Russo', 'RU'],
  ['Italo', 'IT'],
  ['Luso', 'PT'],
  ['Nippo', 'JP'],
  ['Turco', 'TR'],
  ['Greco', 'GR'],
  ['Indo', 'IN'],
  ['Hispano', 'ES'],
  ['Germano', 'DE'],
  ['Polono', 'PL'],
]);

const key = (phrase: string): string =>
  tokenize(phrase)
    .map((t) => t.text)
    .join(' ');

function buildLexicon(): Map<string, string | null> {
  const lexicon = new Map<string, string | null>();
  const names = countries.getNames('en', { select: 'all' });
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      if (name.includes(',')) continue; // "Korea, Republic of": the inverted forms never occur in prose
      lexicon.set(key(name), code);
    }
  }
  for (const pair of EXTRA_FORMS.trim().split(/\s+/)) {
    const [form, code] = pair.split(':');
    if (form && code) lexicon.set(key(form.replace(/_/g, ' ')), code);
  }
  for (const phrase of NOT_COUNTRIES.trim().split(/\s+/)) lexicon.set(key(phrase.replace(/_/g, ' ')), null);
  lexicon.delete('US'); // re-added below: only as written in capitals, never the pronoun
  lexicon.set('US', 'US');
  return lexicon;
}

const COUNTRY_LEXICON = buildLexicon();
const MAX_WORDS = Math.max(...[...COUNTRY_LEXICON.keys()].map((k) => k.split(' ').length));

/** Every word-prefix of every key, so matching stops as soon as no key can continue. */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const k of keys) {
    const words = k.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return prefixes;
}
const PREFIXES = new WeakMap<ReadonlyMap<string, unknown>, Set<string>>();
function prefixSet(lexicon: ReadonlyMap<string, unknown>): Set<string> {
  let set = PREFIXES.get(lexicon);
  if (!set) PREFIXES.set(lexicon, (set = prefixesOf(lexicon.keys())));
  return set;
}

/** Blocs are kept as blocs, never expanded into members. Form → canonical name. */
const BLOC_FORMS: Array<[string, string]> = [
  ['ASEAN', 'ASEAN'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['EU', 'EU'],
  ['European Union', 'EU'],
  ['African Union', 'African Union'],
  ['AU', 'African Union'],
  ['BRICS', 'BRICS'],
  ['SCO', 'SCO'],
  ['Shanghai Cooperation Organisation', 'SCO'],
  ['Shanghai Cooperation Organization', 'SCO'],
  ['APEC', 'APEC'],
  ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['G20', 'G20'],
  ['G7', 'G7'],
  ['Group of Twenty', 'G20'],
  ['GCC', 'GCC'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Arab League', 'Arab League'],
  ['League of Arab States', 'Arab League'],
  ['ECOWAS', 'ECOWAS'],
  ['Economic Community of West African States', 'ECOWAS'],
  ['SADC', 'SADC'],
  ['Southern African Development Community', 'SADC'],
  ['Mercosur', 'Mercosur'],
  ['Arab Maghreb Union', 'Arab Maghreb Union'],
  ['AMU', 'Arab Maghreb Union'],
  ['MERCOSUR', 'Mercosur'],
  ['CELAC', 'CELAC'],
  ['Lancang-Mekong Cooperation', 'Lancang-Mekong Cooperation'],
  ['LMC', 'Lancang-Mekong Cooperation'],
  ['SAARC', 'SAARC'],
  ['BIMSTEC', 'BIMSTEC'],
  ['Pacific Islands Forum', 'Pacific Islands Forum'],
  ['CIS', 'CIS'],
  ['Eurasian Economic Union', 'Eurasian Economic Union'],
  ['EAEU', 'Eurasian Economic Union'],
  ['NATO', 'NATO'],
  ['OPEC', 'OPEC'],
  ['CARICOM', 'CARICOM'],
  ['IGAD', 'IGAD'],
  ['EAC', 'East African Community'],
  ['East African Community', 'East African Community'],
  ['OECD', 'OECD'],
  ['COMESA', 'COMESA'],
];
const BLOC_LEXICON = new Map(BLOC_FORMS.map(([form, name]) => [key(form), name]));
const BLOC_MAX_WORDS = Math.max(...[...BLOC_LEXICON.keys()].map((k) => k.split(' ').length));

export interface Match {
  from: number;
  to: number;
  values: string[];
}

/** Gaps that may sit inside a multi-word form: a space, or the dot of "U.K.". */
function joinable(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev) return false;
  if (t.gap === ' ') return true;
  return t.gap === '.' && /^\p{Lu}$/u.test(prev.text) && /^\p{Lu}$/u.test(t.text);
}

/** Longest match of a phrase lexicon at each position; compound tokens are also split at their hyphens. */
function matchLexicon(
  tokens: readonly Token[],
  lexicon: ReadonlyMap<string, string | null>,
  maxWords: number,
  combining?: ReadonlyMap<string, string>,
): Match[] {
  const matches: Match[] = [];
  const prefixes = prefixSet(lexicon);
  let i = 0;
  while (i < tokens.length) {
    // Every form starts with a capital: lower-case words are skipped without a lookup.
    const c = tokens[i]?.text.charCodeAt(0) ?? 0;
    if (c >= 97 && c <= 122) {
      i++;
      continue;
    }
    let found: Match | null = null;
    let phrase = '';
    for (let n = 1; n <= maxWords && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (!t || (n > 1 && !joinable(tokens, i + n - 1))) break;
      phrase = n === 1 ? t.text : `${phrase} ${t.text}`;
      if (!prefixes.has(phrase)) break;
      if (lexicon.has(phrase)) {
        const value = lexicon.get(phrase);
        found = { from: i, to: i + n, values: value ? [value] : [] };
      }
    }
    const token = tokens[i];
    if (!found && token && /[-‐‑–]/.test(token.text)) {
      const parts = token.text.split(/[-‐‑–]/);
      const values: string[] = [];
      parts.forEach((part, index) => {
        const value = lexicon.get(part) ?? (index < parts.length - 1 ? combining?.get(part) : undefined);
        if (value) values.push(value);
      });
      if (values.length > 0) found = { from: i, to: i + 1, values };
    }
    // "US$" is a currency, not a mention of the country.
    if (found && tokens[found.to]?.gap.startsWith('$')) found = null;
    if (found) {
      matches.push(found);
      i = found.to;
    } else i++;
  }
  return matches;
}

export function matchCountries(tokens: readonly Token[]): Match[] {
  return matchLexicon(tokens, COUNTRY_LEXICON, MAX_WORDS, COMBINING_FORMS);
}

export function matchBlocs(tokens: readonly Token[]): Match[] {
  return matchLexicon(tokens, BLOC_LEXICON, BLOC_MAX_WORDS);
}

/** Country codes named in a piece of text (names, short forms, demonyms, compounds). */
export function countriesIn(text: string): string[] {
  return matchCountries(tokenize(text)).flatMap((m) => m.values);
}

export function blocsIn(text: string): string[] {
  return matchBlocs(tokenize(text)).flatMap((m) => m.values);
}

/** True when a single word is a country name, demonym or bloc form. */
export function isCountryOrBlocWord(word: string): boolean {
  if (COUNTRY_LEXICON.has(word) || BLOC_LEXICON.has(word)) return true;
  if (/[-‐‑–]/.test(word)) {
    return word
      .split(/[-‐‑–]/)
      .some((p) => COUNTRY_LEXICON.has(p) || BLOC_LEXICON.has(p) || COMBINING_FORMS.has(p));
  }
  return false;
}
