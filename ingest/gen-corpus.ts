import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMain } from './is-main';
import { GENERATED_MARKER } from './read-input';

/**
 * Deterministic generator of raw announcements in the sample's text format, for benchmarks and load tests.
 * Every file starts with the breadcrumb `Home > Announcement Board > Generated`, so the ingest marks the
 * announcements `generated: true` and the app can tell them from real ones.
 */

interface Official {
  name: string;
  title: string;
  country: string;
  demonym: string;
}

const CHINESE_OFFICIALS: Array<[string, string]> = [
  ['Wang Zhigang', 'Minister of Science and Technology'],
  ['Li Meng', 'Vice Minister of Science and Technology'],
  ['Huang Wei', 'Vice Minister of Science and Technology'],
  ['Xu Nanping', 'Vice Minister of Science and Technology'],
  ['Zhang Jianguo', 'Vice Minister of Science and Technology'],
  ['Ye Dongbai', 'Director-General of International Cooperation of the MOST'],
  ['Chen Jiachang', 'Director-General of the Department of High and New Technology'],
  ['Zhou Xiaoming', 'Director of the China Science and Technology Exchange Center'],
];

const FOREIGN_OFFICIALS: Official[] = [
  {
    name: 'Tung Ciny',
    title: 'Chair of Cambodian Science and Technology Commission',
    country: 'Cambodia',
    demonym: 'Cambodian',
  },
  {
    name: 'Sok Sothy',
    title: 'Secretary of State of the Ministry of Planning of Cambodia',
    country: 'Cambodia',
    demonym: 'Cambodian',
  },
  {
    name: 'Boviengkham Vongdara',
    title: 'Minister of Science and Technology of Laos',
    country: 'Laos',
    demonym: 'Lao',
  },
  {
    name: 'Tran Van Tung',
    title: 'Vice Minister of Science and Technology of Viet Nam',
    country: 'Viet Nam',
    demonym: 'Vietnamese',
  },
  {
    name: 'Nguyen Thi Lan',
    title: 'Director of the National Agency for Technology Entrepreneurship of Viet Nam',
    country: 'Viet Nam',
    demonym: 'Vietnamese',
  },
  {
    name: 'Suvit Maesincee',
    title: 'Minister of Higher Education of Thailand',
    country: 'Thailand',
    demonym: 'Thai',
  },
  {
    name: 'Kanokwan Srisuk',
    title: 'Deputy Governor of the Thailand Institute of Scientific and Technological Research',
    country: 'Thailand',
    demonym: 'Thai',
  },
  {
    name: 'Ahmad Faizal bin Yusof',
    title: 'Deputy Minister of Science, Technology and Innovation of Malaysia',
    country: 'Malaysia',
    demonym: 'Malaysian',
  },
  {
    name: 'Dewi Kartika Sari',
    title: 'Deputy Minister of Research and Technology of Indonesia',
    country: 'Indonesia',
    demonym: 'Indonesian',
  },
  {
    name: 'Maria Santos Reyes',
    title: 'Undersecretary of the Department of Science and Technology of the Philippines',
    country: 'the Philippines',
    demonym: 'Philippine',
  },
  {
    name: 'Myo Thein Gyi',
    title: 'Minister of Education of Myanmar',
    country: 'Myanmar',
    demonym: 'Myanmar',
  },
  {
    name: 'Omar Al Hashimi',
    title: 'Under-Secretary of the Ministry of Energy of the United Arab Emirates',
    country: 'the United Arab Emirates',
    demonym: 'Emirati',
  },
  {
    name: 'Khaled Abdel Ghaffar',
    title: 'Minister of Higher Education and Scientific Research of Egypt',
    country: 'Egypt',
    demonym: 'Egyptian',
  },
  {
    name: 'Amina Wanjiru Otieno',
    title: 'Principal Secretary of the State Department for Research of Kenya',
    country: 'Kenya',
    demonym: 'Kenyan',
  },
  {
    name: 'Kwame Mensah Boateng',
    title: 'Deputy Minister of Environment, Science and Technology of Ghana',
    country: 'Ghana',
    demonym: 'Ghanaian',
  },
  {
    name: 'Claire Dubois',
    title: 'Director of Research of the Ministry of Higher Education of France',
    country: 'France',
    demonym: 'French',
  },
  {
    name: 'Jan de Vries',
    title: 'Director-General of Science of the Netherlands',
    country: 'the Netherlands',
    demonym: 'Dutch',
  },
  {
    name: 'Elena Petrova',
    title: 'Deputy Minister of Science and Higher Education of Russia',
    country: 'Russia',
    demonym: 'Russian',
  },
];

const EVENTS = [
  'China-ASEAN Expo',
  'Forum on China-ASEAN Technology Transfer and Collaborative Innovation',
  'China-South Asia Technology Transfer Forum',
  'China-Arab States Technology Transfer Conference',
  'China-Africa Innovation Cooperation Forum',
  'Belt and Road Conference on Science and Technology',
  'China-Central Asia Science Park Forum',
];

const CITIES = [
  'Nanning',
  'Kunming',
  'Beijing',
  'Shanghai',
  'Chengdu',
  'Xiamen',
  'Urumqi',
  'Yinchuan',
  'Changsha',
  'Hangzhou',
];
const TOPICS = [
  'artificial intelligence',
  'agricultural technology',
  'clean energy',
  'marine science',
  'public health',
  'digital economy',
  'space technology',
  'water management',
];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Small, fast, seedable PRNG (mulberry32): the same seed always gives the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ordinal = (n: number) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
};

export interface GeneratedFile {
  name: string;
  text: string;
}

export function generateAnnouncement(index: number, random: () => number): GeneratedFile {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const [hostName, hostTitle] = pick(CHINESE_OFFICIALS);
  const guest = pick(FOREIGN_OFFICIALS);
  const year = 2012 + Math.floor(random() * 13);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const event = pick(EVENTS);
  const edition = 1 + Math.floor(random() * 20);
  const city = pick(CITIES);
  const topic = pick(TOPICS);
  const topic2 = pick(TOPICS);
  const dateText =
    random() < 0.5 ? `${MONTH_NAMES[month]} ${day}, ${year}` : `${day} ${MONTH_NAMES[month]} ${year}`;
  const eventName = `${ordinal(edition)} ${event}`;
  // The serial keeps titles unique, so ids never collide however large the corpus.
  const title = `${hostTitle.split(' of ')[0]} ${hostName} Meets ${guest.demonym} Delegation on ${topic.replace(/\b\w/g, (c) => c.toUpperCase())} (${index + 1})`;
  const paragraphs = [
    `On ${dateText}, ${hostTitle} ${hostName} met with the ${guest.demonym} delegation led by ${guest.name}, ${guest.title}, who attended the ${eventName} in ${city}. The two sides exchanged views on cooperation in ${topic} and ${topic2}.`,
    `${hostName} said that China and ${guest.country} enjoy a long friendship and that joint laboratories and technology transfer centers have brought tangible benefits to both peoples. He welcomed more ${guest.demonym} researchers to work in Chinese institutes.`,
    `${guest.name} thanked the Chinese side for its hospitality and said that ${guest.country} hopes to expand cooperation in ${topic2} within the framework of the Belt and Road Initiative.`,
    `Officials of the Ministry of Science and Technology (MOST) and of the science and technology department of the host city attended the meeting.`,
  ];
  const text = [
    `Home > Announcement Board > ${GENERATED_MARKER}`,
    title,
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  return { name: `gen-${String(index + 1).padStart(6, '0')}.txt`, text };
}

export function* generateCorpus(count: number, seed: number): Generator<GeneratedFile> {
  const random = createRandom(seed);
  for (let i = 0; i < count; i++) yield generateAnnouncement(i, random);
}

export async function writeCorpus(outDir: string, count: number, seed: number): Promise<number> {
  await mkdir(outDir, { recursive: true });
  let written = 0;
  for (const file of generateCorpus(count, seed)) {
    await writeFile(join(outDir, file.name), file.text, 'utf8');
    written++;
  }
  return written;
}

function parseArgs(argv: readonly string[]): { count: number; out: string; seed: number } {
  const options = { count: 1000, out: 'bench/corpus', seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--count' && value) options.count = Number(value);
    else if (argv[i] === '--out' && value) options.out = value;
    else if (argv[i] === '--seed' && value) options.seed = Number(value);
    else continue;
    i++;
  }
  if (!Number.isInteger(options.count) || options.count < 0)
    throw new Error('--count must be a non-negative integer');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be an integer');
  return options;
}

if (isMain(import.meta.url)) {
  const { count, out, seed } = parseArgs(process.argv.slice(2));
  const written = await writeCorpus(out, count, seed);
  console.log(`Generated ${written} announcements in ${out} (seed ${seed})`);
}
