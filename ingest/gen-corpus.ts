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

/**
 * Name parts by country, so a large corpus names thousands of different people as a real archive does.
 * `familyFirst` writes the family name first (Chinese, Khmer, Vietnamese, Burmese-style order).
 */
const NAME_POOLS: Record<string, { given: string[]; family: string[]; familyFirst?: boolean }> = {
  China: {
    family: [
      'Wang',
      'Li',
      'Zhang',
      'Liu',
      'Chen',
      'Yang',
      'Zhao',
      'Huang',
      'Zhou',
      'Wu',
      'Xu',
      'Sun',
      'Ma',
      'Zhu',
      'Hu',
      'Guo',
    ],
    given: [
      'Zhigang',
      'Meng',
      'Wei',
      'Nanping',
      'Jianguo',
      'Dongbai',
      'Jiachang',
      'Xiaoming',
      'Hongbo',
      'Lina',
      'Jun',
      'Yuping',
      'Qiang',
      'Haiyan',
      'Tao',
      'Xin',
    ],
    familyFirst: true,
  },
  Cambodia: {
    family: ['Sok', 'Chea', 'Heng', 'Keo', 'Meas', 'Phan', 'Sam', 'Tep', 'Vong', 'Tung', 'Chhim', 'Ly'],
    given: [
      'Sothy',
      'Dara',
      'Vanna',
      'Rithy',
      'Sophea',
      'Chanthy',
      'Pisey',
      'Bopha',
      'Kosal',
      'Narith',
      'Ciny',
      'Sokha',
    ],
    familyFirst: true,
  },
  Laos: {
    given: [
      'Boviengkham',
      'Khampheng',
      'Souksavanh',
      'Phonesavanh',
      'Bounmy',
      'Viengkeo',
      'Somsanith',
      'Noy',
      'Chanthala',
      'Keo',
    ],
    family: [
      'Vongdara',
      'Phommachanh',
      'Sisoulath',
      'Keomany',
      'Inthavong',
      'Sayavong',
      'Douangchanh',
      'Phetsamone',
      'Chanthavong',
      'Souvannavong',
    ],
  },
  'Viet Nam': {
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong'],
    given: [
      'Van Tung',
      'Thi Lan',
      'Duc Minh',
      'Quoc Bao',
      'Thi Huong',
      'Van An',
      'Minh Chau',
      'Hai Long',
      'Thanh Binh',
      'Kim Linh',
      'Van Hai',
      'Thu Ha',
    ],
    familyFirst: true,
  },
  Thailand: {
    given: [
      'Suvit',
      'Kanokwan',
      'Somchai',
      'Pranee',
      'Anan',
      'Chaiya',
      'Siriporn',
      'Wichai',
      'Nattapong',
      'Kittisak',
      'Ratana',
      'Pornthip',
    ],
    family: [
      'Maesincee',
      'Srisuk',
      'Prasert',
      'Wongsa',
      'Chaiyaporn',
      'Boonmee',
      'Rattanakorn',
      'Suksawat',
      'Thongchai',
      'Kaewkla',
      'Jaidee',
      'Sukjai',
    ],
  },
  Malaysia: {
    given: [
      'Ahmad Faizal',
      'Siti Aminah',
      'Mohd Hafiz',
      'Nurul Izzah',
      'Abdul Aziz',
      'Farah Nadia',
      'Hakim',
      'Zainab',
    ],
    family: [
      'bin Yusof',
      'binti Ismail',
      'bin Hassan',
      'bin Abdullah',
      'binti Rahman',
      'bin Osman',
      'binti Salleh',
      'bin Karim',
    ],
  },
  Indonesia: {
    given: [
      'Dewi',
      'Budi',
      'Agus',
      'Sri',
      'Rina',
      'Bambang',
      'Wahyu',
      'Putri',
      'Andi',
      'Ratna',
      'Joko',
      'Intan',
    ],
    family: [
      'Kartika Sari',
      'Santoso',
      'Wijaya',
      'Hartono',
      'Susanti',
      'Pratama',
      'Nugroho',
      'Lestari',
      'Setiawan',
      'Kusuma',
      'Hidayat',
      'Purnomo',
    ],
  },
  'the Philippines': {
    given: ['Maria', 'Jose', 'Ana', 'Ramon', 'Liza', 'Carlos', 'Teresa', 'Miguel', 'Rosa', 'Antonio'],
    family: [
      'Santos Reyes',
      'Cruz',
      'Bautista',
      'Garcia',
      'Mendoza',
      'Villanueva',
      'Ramos',
      'Aquino',
      'Castillo',
      'Dela Cruz',
    ],
  },
  Myanmar: {
    given: ['Myo', 'Aung', 'Khin', 'Thura', 'Zaw', 'Nyein', 'Htet', 'Su'],
    family: ['Thein Gyi', 'Min Naing', 'Mar Lwin', 'Win Tun', 'Oo Maung', 'Chan Myae', 'Zaw Lin', 'Hlaing'],
  },
  'the United Arab Emirates': {
    given: ['Omar', 'Sara', 'Ahmed', 'Mariam', 'Khalid', 'Noura', 'Saeed', 'Fatima'],
    family: [
      'Al Hashimi',
      'Al Amiri',
      'Al Mansoori',
      'Al Falasi',
      'Al Suwaidi',
      'Al Nuaimi',
      'Al Ketbi',
      'Al Zaabi',
    ],
  },
  Egypt: {
    given: ['Khaled', 'Mona', 'Hany', 'Rania', 'Tarek', 'Nadia', 'Sherif', 'Yasmine'],
    family: ['Abdel Ghaffar', 'El Sayed', 'Mahmoud', 'Hassan', 'Fawzy', 'Mostafa', 'Soliman', 'Ibrahim'],
  },
  Kenya: {
    given: ['Amina', 'John', 'Grace', 'Peter', 'Wanjiku', 'David', 'Faith', 'Samuel'],
    family: ['Wanjiru Otieno', 'Kamau', 'Odhiambo', 'Mwangi', 'Njoroge', 'Kiprono', 'Achieng', 'Mutua'],
  },
  Ghana: {
    given: ['Kwame', 'Ama', 'Kofi', 'Akosua', 'Yaw', 'Efua', 'Kwesi', 'Abena'],
    family: ['Mensah Boateng', 'Owusu', 'Asante', 'Adjei', 'Agyeman', 'Darko', 'Appiah', 'Ofori'],
  },
  France: {
    given: ['Claire', 'Julien', 'Sophie', 'Antoine', 'Camille', 'Nicolas', 'Isabelle', 'Mathieu'],
    family: ['Dubois', 'Lefebvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Rousseau', 'Fontaine'],
  },
  'the Netherlands': {
    given: ['Jan', 'Anouk', 'Pieter', 'Sanne', 'Bram', 'Lotte', 'Daan', 'Femke'],
    family: ['de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder'],
  },
  Russia: {
    given: ['Elena', 'Dmitry', 'Olga', 'Sergei', 'Natalia', 'Andrei', 'Irina', 'Pavel'],
    family: ['Petrova', 'Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Volkov', 'Sokolova', 'Lebedev'],
  },
};

/** A person of the same country as `name`'s, with a name drawn from that country's pools. */
function varyName(name: string, country: string, pick: <T>(items: readonly T[]) => T): string {
  const pool = NAME_POOLS[country];
  if (!pool) return name;
  const given = pick(pool.given);
  const family = pick(pool.family);
  return pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
}

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
  const [knownHost, hostTitle] = pick(CHINESE_OFFICIALS);
  const template = pick(FOREIGN_OFFICIALS);
  // Half the time a well-known official, else a varied name: a few people recur, most are many.
  const hostName = random() < 0.5 ? knownHost : varyName(knownHost, 'China', pick);
  const guest =
    random() < 0.5 ? template : { ...template, name: varyName(template.name, template.country, pick) };
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
