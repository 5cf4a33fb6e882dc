import type { EvalCase } from './eval-set';

/**
 * Second evaluation set: 20 announcements written after the rules were first tuned on eval-set.ts and
 * held out until 2026-11-24, when they had measured people F1 0.881; the misses they showed (people
 * without a capitalised title, two-word and one-letter courtesy forms, titles read as names, comma lists
 * inside ministries' names, places outside the gazetteer) were then fixed, so this set is now part of the
 * tuning set. The honest measure of unseen text is held-out-set-4.ts.
 */
export const EVAL_SET_2: EvalCase[] = [
  {
    id: 'ho-lao-digital-forum',
    text: `Home > Announcement Board
Lao Vice Minister Attends Digital Economy Forum in Nanning

On 3 March 2021, Kongsy Sengmany, Vice Minister of Technology and Communications of the Lao PDR, attended the Third China-ASEAN Digital Economy Forum in Nanning together with Vice Minister Wu Zhaohui.

Wu Zhaohui said that the Lao side is a good partner in building broadband networks. Kongsy Sengmany thanked Guangxi for training Lao engineers.`,
    expected: {
      date: '2021-03-03',
      people: [
        ['Kongsy Sengmany', 'LA'],
        ['Wu Zhaohui', 'CN'],
      ],
      countries: ['CN', 'LA'],
      blocs: ['ASEAN'],
      events: ['Third China-ASEAN Digital Economy Forum'],
      organizations: [],
      places: ['Nanning', 'Guangxi'],
    },
  },
  {
    id: 'ho-cambodia-hainan',
    text: `Home > Announcement Board
Cambodian Officials Visit Tropical Agriculture Park in Sanya

On 2019-11-05, Sok Vanna, Secretary of State of the Ministry of Agriculture, Forestry and Fisheries of Cambodia, and Chea Bunthoeun, Director of the Cambodian Rice Research Institute, visited a tropical agriculture park in Sanya, Hainan Province.

They were received by Liu Jianhua, Deputy Director of the Department of Science and Technology of Hainan Province. Sok Vanna said Cambodian farmers are keen to try Chinese seed varieties.`,
    expected: {
      date: '2019-11-05',
      people: [
        ['Sok Vanna', 'KH'],
        ['Chea Bunthoeun', 'KH'],
        ['Liu Jianhua', 'CN'],
      ],
      countries: ['CN', 'KH'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Agriculture, Forestry and Fisheries of Cambodia',
        'Cambodian Rice Research Institute',
        'Department of Science and Technology of Hainan Province',
      ],
      places: ['Sanya', 'Hainan Province'],
    },
  },
  {
    id: 'ho-vietnam-salinity',
    text: `Home > Announcement Board
Vietnamese Scientists Join Salinity Monitoring Project

On Sept. 8, 2020, Pham Thi Lan Anh, Vice President of the Vietnam Academy of Science and Technology, and Nguyen Duc Minh, a hydrologist from Can Tho, launched a joint project on salinity monitoring with the Chinese Academy of Sciences.

The project is supported by the Lancang-Mekong Cooperation special fund. Pham Thi Lan Anh said Vietnamese rice farmers would benefit from early warnings.`,
    expected: {
      date: '2020-09-08',
      people: [
        ['Pham Thi Lan Anh', 'VN'],
        ['Nguyen Duc Minh', 'VN'],
      ],
      countries: ['CN', 'VN'],
      blocs: ['Lancang-Mekong Cooperation'],
      events: [],
      organizations: ['Vietnam Academy of Science and Technology', 'Chinese Academy of Sciences'],
      places: ['Can Tho'],
    },
  },
  {
    id: 'ho-thai-rail',
    text: `Home > Announcement Board
Thai Delegation Studies Railway Engineering in Changchun

On 14 January 2020, a Thai delegation led by Dr. Kanokwan Srisuwan, Deputy Permanent Secretary of the Ministry of Transport of Thailand, visited a rail engineering laboratory in Changchun, Jilin Province.

Accompanied by Vice Minister Xu Nanping, the delegation held talks with Chinese engineers. Kanokwan Srisuwan said Thailand hopes to train more railway technicians in China.`,
    expected: {
      date: '2020-01-14',
      people: [
        ['Kanokwan Srisuwan', 'TH'],
        ['Xu Nanping', 'CN'],
      ],
      countries: ['CN', 'TH'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Transport of Thailand'],
      places: ['Changchun', 'Jilin Province'],
    },
  },
  {
    id: 'ho-malaysia-indonesia-halal',
    text: `Home > Announcement Board
Malaysian and Indonesian Officials Attend Halal Food Seminar

The China-ASEAN Halal Food Technology Seminar was held in Yinchuan on 22 July 2019. Tan Sri Abdul Rahman bin Hashim, Secretary-General of the Ministry of Science, Technology and Innovation of Malaysia, and Siti Rahayu Wulandari, Deputy Minister of Industry of Indonesia, delivered speeches.

Ma Jun, Vice Chairman of Ningxia Hui Autonomous Region, welcomed the guests.`,
    expected: {
      date: '2019-07-22',
      people: [
        ['Abdul Rahman bin Hashim', 'MY'],
        ['Siti Rahayu Wulandari', 'ID'],
        ['Ma Jun', 'CN'],
      ],
      countries: ['CN', 'ID', 'MY'],
      blocs: ['ASEAN'],
      events: ['China-ASEAN Halal Food Technology Seminar'],
      organizations: ['Ministry of Science, Technology and Innovation of Malaysia'],
      places: ['Yinchuan', 'Ningxia Hui Autonomous Region'],
    },
  },
  {
    id: 'ho-filipino-students',
    text: `Home > Announcement Board
Filipino Students Begin Marine Biology Course

On 6 September 2021, twenty-five Filipino graduate students began a six-month course on marine biology in Qingdao, Shandong Province. The course is run by the Ocean University of China.

The students come from Manila, Cebu and Davao. A second group from Brunei and Malaysia is expected in spring.`,
    expected: {
      date: '2021-09-06',
      people: [],
      countries: ['BN', 'CN', 'MY', 'PH'],
      blocs: [],
      events: [],
      organizations: ['Ocean University of China'],
      places: ['Qingdao', 'Shandong Province', 'Manila', 'Cebu', 'Davao'],
    },
  },
  {
    id: 'ho-emirati-saudi-ai',
    text: `Home > Announcement Board
Emirati and Saudi Experts Attend Artificial Intelligence Summit

On 11 December 2020, the Second China-Arab States Artificial Intelligence Summit was held in Hangzhou. Omar bin Khalfan Al Mansoori, an Emirati adviser on digital government, and Faisal bin Abdullah Al Harbi, Vice President of the Saudi Data and AI Authority, gave presentations.

Vice Minister Zhang Guangjun said China-Arab cooperation in computing should serve the people of the region.`,
    expected: {
      date: '2020-12-11',
      people: [
        ['Omar bin Khalfan Al Mansoori', 'AE'],
        ['Faisal bin Abdullah Al Harbi', 'SA'],
        ['Zhang Guangjun', 'CN'],
      ],
      countries: ['AE', 'CN', 'SA'],
      blocs: [],
      events: ['Second China-Arab States Artificial Intelligence Summit'],
      organizations: ['Saudi Data and AI Authority'],
      places: ['Hangzhou'],
    },
  },
  {
    id: 'ho-jordan-solar',
    text: `Home > Announcement Board
Jordanian Minister Visits Solar Energy Laboratory

On May 17, 2018, Rami Khalil Haddad, Minister of Energy and Mineral Resources of Jordan, visited the solar energy laboratory of Tsinghua University in Beijing and met with its vice president Yang Bin.

Rami Khalil Haddad said that Jordanian engineers are interested in Chinese photovoltaic technology. The visit was arranged by the Embassy of Jordan in China.`,
    expected: {
      date: '2018-05-17',
      people: [
        ['Rami Khalil Haddad', 'JO'],
        ['Yang Bin', 'CN'],
      ],
      countries: ['CN', 'JO'],
      blocs: [],
      events: [],
      organizations: ['Tsinghua University', 'Embassy of Jordan in China'],
      places: ['Beijing'],
    },
  },
  {
    id: 'ho-sino-kenyan-geothermal',
    text: `Home > Announcement Board
Sino-Kenyan Geothermal Workshop Held in Nairobi

On 19 August 2019, the First Sino-Kenyan Geothermal Energy Workshop was held in Nairobi. Wanjiru Kamau, Principal Secretary of the State Department for Energy of Kenya, and Ochieng Otieno of the Kenya Electricity Generating Company opened the meeting.

Li Hongbo, Counsellor for Science and Technology of the Chinese Embassy in Kenya, said the Sino-Kenyan partnership has trained more than two hundred technicians. An observer from the African Union also attended.`,
    expected: {
      date: '2019-08-19',
      people: [
        ['Wanjiru Kamau', 'KE'],
        ['Ochieng Otieno', 'KE'],
        ['Li Hongbo', 'CN'],
      ],
      countries: ['CN', 'KE'],
      blocs: ['African Union'],
      events: ['First Sino-Kenyan Geothermal Energy Workshop'],
      organizations: [
        'State Department for Energy of Kenya',
        'Kenya Electricity Generating Company',
        'Chinese Embassy in Kenya',
      ],
      places: ['Nairobi'],
    },
  },
  {
    id: 'ho-ivorian-cocoa',
    text: `Home > Announcement Board
Ivorian Delegation Studies Cocoa Processing

On 2 April 2019, an Ivorian delegation headed by Kouassi Yao Bertin, Minister of Agriculture of Côte d'Ivoire, visited food processing companies in Guangzhou, Guangdong Province.

Kouassi Yao Bertin said Ivorian cooperatives want to add value to cocoa before export. The trip was organised by the China-Africa Business Council.`,
    expected: {
      date: '2019-04-02',
      people: [['Kouassi Yao Bertin', 'CI']],
      countries: ['CI', 'CN'],
      blocs: [],
      events: [],
      organizations: ['China-Africa Business Council'],
      places: ['Guangzhou', 'Guangdong Province'],
    },
  },
  {
    id: 'ho-kyrgyz-tajik-glaciers',
    text: `Home > Announcement Board
Kyrgyz and Tajik Engineers Train in Urumqi

From 4 to 15 October 2021, engineers from Kyrgyzstan and Tajikistan attended a training course on glacier monitoring in Urumqi, Xinjiang Uygur Autonomous Region.

Almazbek Toktogulov, Deputy Minister of Emergency Situations of the Kyrgyz Republic, said Kyrgyz mountain villages face growing flood risks. Gulnora Rahimova, a Tajik hydrologist, presented data from high mountain stations.`,
    expected: {
      date: '2021-10-04',
      people: [
        ['Almazbek Toktogulov', 'KG'],
        ['Gulnora Rahimova', 'TJ'],
      ],
      countries: ['KG', 'TJ'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Urumqi', 'Xinjiang Uygur Autonomous Region'],
    },
  },
  {
    id: 'ho-central-asia-year',
    text: `Home > Announcement Board
China-Central Asia Year of Scientific Exchange Launched

On 25 February 2021, the China-Central Asia Year of Scientific Exchange was launched at a video conference. Nurlan Abenov, Vice Minister of Education and Science of Kazakhstan, and Dilshod Karimov, Deputy Minister of Innovative Development of Uzbekistan, joined Vice Minister Zhang Guangjun.

The SCO Secretariat sent a congratulatory letter. Dilshod Karimov said Uzbek universities would host twelve joint seminars.`,
    expected: {
      date: '2021-02-25',
      people: [
        ['Nurlan Abenov', 'KZ'],
        ['Dilshod Karimov', 'UZ'],
        ['Zhang Guangjun', 'CN'],
      ],
      countries: ['CN', 'KZ', 'UZ'],
      blocs: ['SCO'],
      events: ['China-Central Asia Year of Scientific Exchange'],
      organizations: ['SCO Secretariat'],
      places: [],
    },
  },
  {
    id: 'ho-spain-portugal-ocean',
    text: `Home > Announcement Board
Spanish and Portuguese Institutes Join Ocean Observation Network

On 30 June 2020, the Spanish National Research Council and the Portuguese Institute for Sea and Atmosphere joined the ocean observation network coordinated by the Second Institute of Oceanography in Hangzhou.

Elena Martínez Ortega, a Spanish oceanographer, and João Pedro Carvalho, Director of the Portuguese institute, signed the letters of accession. The EU delegation in Beijing welcomed the step.`,
    expected: {
      date: '2020-06-30',
      people: [
        ['Elena Martínez Ortega', 'ES'],
        ['João Pedro Carvalho', 'PT'],
      ],
      countries: ['ES', 'PT'],
      blocs: ['EU'],
      events: [],
      organizations: [
        'Spanish National Research Council',
        'Portuguese Institute for Sea and Atmosphere',
        'Second Institute of Oceanography',
      ],
      places: ['Hangzhou', 'Beijing'],
    },
  },
  {
    id: 'ho-chile-mexico-forum',
    text: `Home > Announcement Board
Chilean Minister Attends Science Forum in Santiago

On 7 November 2019, Andrés Valdivia Rojas, Minister of Science, Technology, Knowledge and Innovation of Chile, opened the Fourth China-Latin America and Caribbean Science and Technology Forum in Santiago.

Vice Minister Huang Wei and Mariana López Herrera, Director of the Mexican Space Agency, also spoke. Andrés Valdivia Rojas said Chilean observatories would share data with Chinese and Mexican researchers.`,
    expected: {
      date: '2019-11-07',
      people: [
        ['Andrés Valdivia Rojas', 'CL'],
        ['Huang Wei', 'CN'],
        ['Mariana López Herrera', 'MX'],
      ],
      countries: ['CL', 'CN', 'MX'],
      blocs: [],
      events: ['Fourth China-Latin America and Caribbean Science and Technology Forum'],
      organizations: ['Mexican Space Agency'],
      places: ['Santiago'],
    },
  },
  {
    id: 'ho-hi-tech-fair-no-person',
    text: `Home > Announcement Board
Latin American Companies Exhibit at Hi-Tech Fair

The 22nd China Hi-Tech Fair opened in Shenzhen on November 13, 2020. Companies from Argentina, Peru and Colombia exhibited lithium battery and agricultural drone technology.

A separate pavilion was set up for BRICS partners, including Brazil and South Africa.`,
    expected: {
      date: '2020-11-13',
      people: [],
      countries: ['AR', 'BR', 'CN', 'CO', 'PE', 'ZA'],
      blocs: ['BRICS'],
      events: ['22nd China Hi-Tech Fair'],
      organizations: [],
      places: ['Shenzhen'],
    },
  },
  {
    id: 'ho-cambodia-year-textbooks',
    text: `Home > Announcement Board
Khmer-Language Science Textbooks Presented in Siem Reap

On 16 March 2019, during the China-Cambodia Year of Science Popularisation, Chinese volunteers presented five thousand Khmer-language science textbooks to schools in Siem Reap.

Sam Ang Sophal, Secretary of State of the Ministry of Education, Youth and Sport of Cambodia, received the books. Wang Li, Counsellor of the Chinese Embassy in Cambodia, attended the ceremony.`,
    expected: {
      date: '2019-03-16',
      people: [
        ['Sam Ang Sophal', 'KH'],
        ['Wang Li', 'CN'],
      ],
      countries: ['CN', 'KH'],
      blocs: [],
      events: ['China-Cambodia Year of Science Popularisation'],
      organizations: ['Ministry of Education, Youth and Sport of Cambodia', 'Chinese Embassy in Cambodia'],
      places: ['Siem Reap'],
    },
  },
  {
    id: 'ho-myanmar-tea-no-date',
    text: `Home > Announcement Board
Myanmar Agricultural Experts Visit Tea Plantations

A group of agricultural experts from Myanmar visited tea plantations in Pu'er, Yunnan Province, last week. They were hosted by a provincial tea research institute.

U Kyaw Min Thu, Director General of the Department of Agriculture of Myanmar, said the two sides would test new tea varieties in Shan State.`,
    expected: {
      date: null,
      people: [['Kyaw Min Thu', 'MM']],
      countries: ['MM'],
      blocs: [],
      events: [],
      organizations: ['Department of Agriculture of Myanmar'],
      places: ["Pu'er", 'Yunnan Province', 'Shan State'],
    },
  },
  {
    id: 'ho-hungary-serbia-croatia',
    text: `Home > Announcement Board
Hungarian and Serbian Ministers Attend Innovation Conference

On 9 April 2019, the Third China-Europe Innovation Cooperation Conference opened in Dubrovnik. Gábor Szentmiklósi, Minister for Innovation and Technology of Hungary, and Jelena Petrović, Serbian Minister of Education, Science and Technological Development, met with Minister Wang Zhigang.

Wang Zhigang said the conference has opened new channels for Croatian, Hungarian and Serbian researchers.`,
    expected: {
      date: '2019-04-09',
      people: [
        ['Gábor Szentmiklósi', 'HU'],
        ['Jelena Petrović', 'RS'],
        ['Wang Zhigang', 'CN'],
      ],
      countries: ['CN', 'HR', 'HU', 'RS'],
      blocs: [],
      events: ['Third China-Europe Innovation Cooperation Conference'],
      organizations: [],
      places: ['Dubrovnik'],
    },
  },
  {
    id: 'ho-africa-digital-dialogue',
    text: `Home > Announcement Board
Ministers Gather for China-Africa Digital Innovation Dialogue

On 21 May 2021, the Second China-Africa Digital Innovation Dialogue was held in Kigali. Claudine Uwimana, Minister of ICT and Innovation of Rwanda, Tesfaye Bekele Alemu, State Minister of Innovation and Technology of Ethiopia, Chinedu Okafor, Director of the National Office for Technology Acquisition and Promotion of Nigeria, and Vice Minister Wu Zhaohui attended.

Claudine Uwimana said Rwandan start-ups welcome Chinese investors. Tesfaye Bekele Alemu invited the participants to the next dialogue in Addis Ababa.`,
    expected: {
      date: '2021-05-21',
      people: [
        ['Claudine Uwimana', 'RW'],
        ['Tesfaye Bekele Alemu', 'ET'],
        ['Chinedu Okafor', 'NG'],
        ['Wu Zhaohui', 'CN'],
      ],
      countries: ['CN', 'ET', 'NG', 'RW'],
      blocs: [],
      events: ['Second China-Africa Digital Innovation Dialogue'],
      organizations: ['National Office for Technology Acquisition and Promotion of Nigeria'],
      places: ['Kigali', 'Addis Ababa'],
    },
  },
  {
    id: 'ho-qatar-oman-desert',
    text: `Home > Announcement Board
Qatari and Omani Guests Visit Desert Research Station

On 2018-12-03, Sheikh Nasser bin Ali Al Mohannadi, Vice President of Qatar University, and Salim bin Said Al Busaidi, Undersecretary of the Ministry of Higher Education of Oman, visited the desert research station of the Chinese Academy of Sciences in Dunhuang, Gansu Province.

The visitors were received by Zhou Ping, head of the station. Salim bin Said Al Busaidi said Omani and Qatari scientists face similar challenges from sand and heat.`,
    expected: {
      date: '2018-12-03',
      people: [
        ['Nasser bin Ali Al Mohannadi', 'QA'],
        ['Salim bin Said Al Busaidi', 'OM'],
        ['Zhou Ping', 'CN'],
      ],
      countries: ['CN', 'OM', 'QA'],
      blocs: [],
      events: [],
      organizations: [
        'Qatar University',
        'Ministry of Higher Education of Oman',
        'Chinese Academy of Sciences',
      ],
      places: ['Dunhuang', 'Gansu Province'],
    },
  },
];
