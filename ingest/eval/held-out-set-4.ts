import type { EvalCase } from './eval-set';

/**
 * Fourth held-out evaluation set: 30 announcements written for this project on 2026-11-24, BLIND — without
 * reading the extraction rules (ingest/extract/), the overrides (data/overrides.json) or the corpus generator
 * (ingest/gen-corpus.ts), without looking at the git history, and without running the extractor or the
 * evaluation on them. The texts are invented (not copied from anywhere) and do not reuse the texts, people or
 * situations of eval-set-3.ts or held-out-set-3.ts. Same genre and annotation conventions as eval-set.ts and
 * held-out-set-3.ts: people as [name as first written in the body, honorifics such as Mr./Ms./Dr./Prof./
 * Professor/H.E./Datuk/U/Daw stripped; country from context, null for officials of international bodies and
 * when the text gives no way to tell], countries as mentioned in headline or body incl. demonyms and
 * compounds such as "Sino-Dutch", blocs kept as blocs, events with their ordinal as written, organisations and
 * places as written in the body; place names inside an organisation's name count as places; seas, rivers,
 * mountains, deserts, plateaus and continents are not places.
 * Not for tuning: do not adjust rules, gazetteers or overrides to it, or it stops measuring generalisation.
 */
export const HELD_OUT_SET_4: EvalCase[] = [
  {
    id: 'h4-cambodia-demining-radar',
    text: `Home > Announcement Board
Cambodian Deminers Complete Ground-Penetrating Radar Course in Harbin

On November 7, 2018, fourteen engineers of the Cambodian Mine Action Centre (CMAC) completed a six-week course on ground-penetrating radar at Harbin Engineering University in Harbin, Heilongjiang Province.

Prak Sovannarith, Deputy Director General of CMAC, thanked the Chinese instructors and said the radar would help clearance teams in Pailin and Oddar Meanchey find plastic mines that metal detectors often miss. Chhun Sokhom, a team leader based in Siem Reap, said his team would test the equipment on farmland near the Thai border during the coming dry season.

Professor Guo Lianshan, who designed the radar, will travel to Cambodia in January to train a second group of operators.`,
    expected: {
      date: '2018-11-07',
      people: [
        ['Prak Sovannarith', 'KH'],
        ['Chhun Sokhom', 'KH'],
        ['Guo Lianshan', 'CN'],
      ],
      countries: ['CN', 'KH', 'TH'],
      blocs: [],
      events: [],
      organizations: ['Cambodian Mine Action Centre (CMAC)', 'Harbin Engineering University'],
      places: ['Harbin', 'Heilongjiang Province', 'Pailin', 'Oddar Meanchey', 'Siem Reap'],
    },
  },
  {
    id: 'h4-laos-phongsaly-plant-survey',
    text: `Home > Announcement Board
Lao and Chinese Botanists Complete Plant Survey in Phongsaly

On 2019-05-21, a joint team of botanists from the Ministry of Agriculture and Forestry of Lao PDR and the Xishuangbanna Tropical Botanical Garden returned to Vientiane after a month of fieldwork in the forests of Phongsaly Province.

The team collected more than 1,200 specimens, among them several orchids and gingers that may be new to science. Vilayphone Phommachanh, who led the Lao botanists, said the forests of northern Laos were still poorly known and were shrinking as rubber plantations spread. Khamphet Sengdara, a lecturer at Souphanouvong University in Luang Prabang, will prepare an illustrated field guide for forestry students.

Tao Jiankun, Deputy Director of the garden, said one set of specimens would be kept in the herbarium in Mengla and a duplicate set in Vientiane.`,
    expected: {
      date: '2019-05-21',
      people: [
        ['Vilayphone Phommachanh', 'LA'],
        ['Khamphet Sengdara', 'LA'],
        ['Tao Jiankun', 'CN'],
      ],
      countries: ['CN', 'LA'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Agriculture and Forestry of Lao PDR',
        'Xishuangbanna Tropical Botanical Garden',
        'Souphanouvong University',
      ],
      places: ['Xishuangbanna', 'Vientiane', 'Phongsaly Province', 'Luang Prabang', 'Mengla'],
    },
  },
  {
    id: 'h4-vietnam-border-flood-forecasts',
    text: `Home > Announcement Board
China and Viet Nam Review Joint Flood Forecasting for Border Rivers

On Sept. 14, 2018, hydrologists from Viet Nam and China met in Lao Cai to review the first flood season of a joint forecasting system for the rivers that flow from Yunnan Province into northern Vietnam.

Hoang Van Thang, Deputy Director General of the Viet Nam Meteorological and Hydrological Administration, said warnings issued from the gauging station at Hekou had reached villages in Lao Cai and Yen Bai about six hours earlier than in previous years. Tran Thi Minh Nguyet, a forecaster at the National Center for Hydro-Meteorological Forecasting in Hanoi, presented a model that combines rainfall radar with satellite data.

Zhu Rongsheng, Director of the Hydrology and Water Resources Bureau of Yunnan Province, proposed extending the system to Lai Chau and Ha Giang next year.`,
    expected: {
      date: '2018-09-14',
      people: [
        ['Hoang Van Thang', 'VN'],
        ['Tran Thi Minh Nguyet', 'VN'],
        ['Zhu Rongsheng', 'CN'],
      ],
      countries: ['CN', 'VN'],
      blocs: [],
      events: [],
      organizations: [
        'Viet Nam Meteorological and Hydrological Administration',
        'National Center for Hydro-Meteorological Forecasting',
        'Hydrology and Water Resources Bureau of Yunnan Province',
      ],
      places: ['Lao Cai', 'Yunnan Province', 'Hekou', 'Yen Bai', 'Hanoi', 'Lai Chau', 'Ha Giang'],
    },
  },
  {
    id: 'h4-thai-chinese-rubber-lab',
    text: `Home > Announcement Board
Thai-Chinese Joint Laboratory on Natural Rubber Opens in Hat Yai

On 26 July 2017, the Thai-Chinese Joint Laboratory on Natural Rubber was inaugurated in Hat Yai, Songkhla Province. It is run jointly by Kasetsart University and the Chinese Academy of Tropical Agricultural Sciences, which is based in Haikou, Hainan Province.

Wiroj Chaiyaporn, Deputy Governor of the Rubber Authority of Thailand, said smallholders in the south needed clones that resist leaf fall disease, which has spread quickly since 2016. Pornthip Sukkasem of Kasetsart University, who will direct the laboratory, said the first trials would compare twenty clones planted in Satun and Trang. Li Weiguo, a plant pathologist from Danzhou, said researchers from both countries had identified the same fungus in Thai and Chinese plantations.`,
    expected: {
      date: '2017-07-26',
      people: [
        ['Wiroj Chaiyaporn', 'TH'],
        ['Pornthip Sukkasem', 'TH'],
        ['Li Weiguo', 'CN'],
      ],
      countries: ['CN', 'TH'],
      blocs: [],
      events: [],
      organizations: [
        'Thai-Chinese Joint Laboratory on Natural Rubber',
        'Kasetsart University',
        'Chinese Academy of Tropical Agricultural Sciences',
        'Rubber Authority of Thailand',
      ],
      places: ['Hat Yai', 'Songkhla Province', 'Haikou', 'Hainan Province', 'Satun', 'Trang', 'Danzhou'],
    },
  },
  {
    id: 'h4-indonesia-seaweed-lab',
    text: `Home > Announcement Board
China-Indonesia Joint Laboratory on Seaweed Processing Opens in Makassar

On 4 October 2022, the China-Indonesia Joint Laboratory on Seaweed Processing was opened at Hasanuddin University in Makassar, South Sulawesi. The laboratory was set up by the university, the National Research and Innovation Agency (BRIN) and the Third Institute of Oceanography in Xiamen.

Andi Nurhayati Baso, a professor of fisheries at Hasanuddin University, said farmers in Takalar and Jeneponto still sell most of their seaweed dried and unprocessed, at low prices. I Gede Wirawan, a researcher at BRIN, presented a method for extracting carrageenan that uses less water and energy.

Lin Qiuhong of the Third Institute of Oceanography said Chinese food companies would test the first batches of carrageenan later this year.`,
    expected: {
      date: '2022-10-04',
      people: [
        ['Andi Nurhayati Baso', 'ID'],
        ['I Gede Wirawan', 'ID'],
        ['Lin Qiuhong', 'CN'],
      ],
      countries: ['CN', 'ID'],
      blocs: [],
      events: [],
      organizations: [
        'China-Indonesia Joint Laboratory on Seaweed Processing',
        'Hasanuddin University',
        'National Research and Innovation Agency (BRIN)',
        'Third Institute of Oceanography',
      ],
      places: ['Makassar', 'South Sulawesi', 'Xiamen', 'Takalar', 'Jeneponto'],
    },
  },
  {
    id: 'h4-malaysia-beidou-seminar',
    text: `Home > Announcement Board
Second China-Malaysia BeiDou Application Seminar Held in Kuala Lumpur

The Second China-Malaysia BeiDou Application Seminar was held in Kuala Lumpur on Aug. 22, 2019. About 150 surveyors, engineers and officials from Malaysia, Brunei and China attended.

Datuk Muhammad Hafiz bin Othman, Director General of the Malaysian Space Agency (MYSA), said BeiDou signals were already used for precision farming in Kedah and for land surveys in Sarawak. Lee Chong Hwa, chief executive of a drone company in Cyberjaya, showed how his firm maps oil palm estates to within a few centimetres.

The China Satellite Navigation Office announced that a training centre for BeiDou users would open in Johor Bahru next year.`,
    expected: {
      date: '2019-08-22',
      people: [
        ['Muhammad Hafiz bin Othman', 'MY'],
        ['Lee Chong Hwa', 'MY'],
      ],
      countries: ['BN', 'CN', 'MY'],
      blocs: [],
      events: ['Second China-Malaysia BeiDou Application Seminar'],
      organizations: ['Malaysian Space Agency (MYSA)', 'China Satellite Navigation Office'],
      places: ['Kuala Lumpur', 'Kedah', 'Sarawak', 'Cyberjaya', 'Johor Bahru'],
    },
  },
  {
    id: 'h4-myanmar-biodiversity-institute',
    text: `Home > Announcement Board
Myanmar Officials Visit Biodiversity Research Institute in Yezin

On 12 January 2018, U Min Zaw Oo, Permanent Secretary of the Ministry of Natural Resources and Environmental Conservation of Myanmar, visited the Southeast Asia Biodiversity Research Institute of the Chinese Academy of Sciences in Yezin, Nay Pyi Taw.

Deng Xiaolan, Director of the institute, briefed the visitors on joint surveys of amphibians and orchids in Kachin State and Chin State. Daw Thida Aye, a lecturer at Yezin Agricultural University, said Myanmar and Chinese researchers had described fifteen new species together since 2015.

Min Zaw Oo asked the institute to help train the staff of protected areas and proposed a new field station near Putao.`,
    expected: {
      date: '2018-01-12',
      people: [
        ['Min Zaw Oo', 'MM'],
        ['Deng Xiaolan', 'CN'],
        ['Thida Aye', 'MM'],
      ],
      countries: ['CN', 'MM'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Natural Resources and Environmental Conservation of Myanmar',
        'Southeast Asia Biodiversity Research Institute of the Chinese Academy of Sciences',
        'Yezin Agricultural University',
      ],
      places: ['Yezin', 'Nay Pyi Taw', 'Kachin State', 'Chin State', 'Putao'],
    },
  },
  {
    id: 'h4-philippines-small-wind-turbines',
    text: `Home > Announcement Board
Filipino and Chinese Engineers Install Small Wind Turbines in Ilocos Norte

On June 8, 2021, engineers from Mariano Marcos State University and Hunan University completed the installation of six small wind turbines in coastal villages near Pagudpud, Ilocos Norte. The turbines will power ice plants used by fishing families.

Ramon Soriano Agbayani, Director of the Renewable Energy Management Bureau of the Department of Energy of the Philippines, said similar systems could serve off-grid islands in Palawan and Batanes. Liza Marie Dumlao, an engineering student from Laoag, helped to install the turbines and will monitor their output for her thesis.

Peng Zhaoyu, an associate professor at Hunan University in Changsha, said the blades had been redesigned to withstand typhoon winds.`,
    expected: {
      date: '2021-06-08',
      people: [
        ['Ramon Soriano Agbayani', 'PH'],
        ['Liza Marie Dumlao', 'PH'],
        ['Peng Zhaoyu', 'CN'],
      ],
      countries: ['CN', 'PH'],
      blocs: [],
      events: [],
      organizations: [
        'Mariano Marcos State University',
        'Hunan University',
        'Renewable Energy Management Bureau of the Department of Energy of the Philippines',
      ],
      places: ['Hunan', 'Pagudpud', 'Ilocos Norte', 'Palawan', 'Batanes', 'Laoag', 'Changsha'],
    },
  },
  {
    id: 'h4-asean-innovation-policy-dialogue-no-person',
    text: `Home > Announcement Board
Fourth China-ASEAN Dialogue on Innovation Policy to Be Held in Vientiane

The Fourth China-ASEAN Dialogue on Innovation Policy will be held in Vientiane, Lao PDR, on 24 and 25 June 2019. Officials of science ministries from the ten ASEAN member states and from China will discuss technology parks, support for start-ups and the sharing of research infrastructure.

A session on the Lancang-Mekong Cooperation will present joint laboratories set up in Cambodia, Myanmar and Thailand in recent years. Chinese institutions wishing to take part should contact the Department of International Cooperation of the Ministry of Science and Technology by 31 May 2019.`,
    expected: {
      date: '2019-06-24',
      people: [],
      countries: ['CN', 'KH', 'LA', 'MM', 'TH'],
      blocs: ['ASEAN', 'Lancang-Mekong Cooperation'],
      events: ['Fourth China-ASEAN Dialogue on Innovation Policy'],
      organizations: ['Department of International Cooperation of the Ministry of Science and Technology'],
      places: ['Vientiane'],
    },
  },
  {
    id: 'h4-mongolia-dust-storm-stations',
    text: `Home > Announcement Board
China and Mongolia Agree to Build Joint Dust Storm Monitoring Stations

On 2023-05-16, the Mongolian Academy of Sciences and the Northwest Institute of Eco-Environment and Resources of the Chinese Academy of Sciences agreed in Ulaanbaatar to build five stations that will monitor dust storms on both sides of the border.

Batbayar Ganbold, Vice President of the Mongolian Academy of Sciences, said the storms of this spring had closed schools in Ömnögovi Province and Dornogovi Province and reached Beijing within a day. Oyuntsetseg Dorjsuren, an engineer at the National Agency for Meteorology and Environmental Monitoring, explained that the stations in Dalanzadgad and Zamyn-Uud would send readings every ten minutes.

The Chinese team, based in Lanzhou, said the data would also improve dust forecasts for Erenhot and other towns in Inner Mongolia.`,
    expected: {
      date: '2023-05-16',
      people: [
        ['Batbayar Ganbold', 'MN'],
        ['Oyuntsetseg Dorjsuren', 'MN'],
      ],
      countries: ['CN', 'MN'],
      blocs: [],
      events: [],
      organizations: [
        'Mongolian Academy of Sciences',
        'Northwest Institute of Eco-Environment and Resources of the Chinese Academy of Sciences',
        'National Agency for Meteorology and Environmental Monitoring',
      ],
      places: [
        'Ulaanbaatar',
        'Ömnögovi Province',
        'Dornogovi Province',
        'Beijing',
        'Dalanzadgad',
        'Zamyn-Uud',
        'Lanzhou',
        'Erenhot',
        'Inner Mongolia',
      ],
    },
  },
  {
    id: 'h4-kazakh-locust-network',
    text: `Home > Announcement Board
Kazakh and Chinese Researchers Launch Locust Monitoring Network

On 5 July 2017, the Kazakh National Agrarian University in Almaty and the Xinjiang Academy of Agricultural Sciences launched a joint network of light traps and drones to monitor locusts on both sides of the border.

Nurzhan Serikbayev, Vice-Rector for Research of the Kazakh National Agrarian University, said swarms had damaged wheat and pastures in the Almaty Region and the East Kazakhstan Region last summer. Aigerim Tokhtarova, a doctoral student at the university, showed how drones fitted with cameras can spot young hoppers before they take wing.

Abdurehim Tursun, Director of the Institute of Plant Protection of the Xinjiang Academy of Agricultural Sciences, said plant protection stations in Yining and Tacheng would share alerts with their Kazakh colleagues within hours.`,
    expected: {
      date: '2017-07-05',
      people: [
        ['Nurzhan Serikbayev', 'KZ'],
        ['Aigerim Tokhtarova', 'KZ'],
        ['Abdurehim Tursun', 'CN'],
      ],
      countries: ['CN', 'KZ'],
      blocs: [],
      events: [],
      organizations: [
        'Kazakh National Agrarian University',
        'Xinjiang Academy of Agricultural Sciences',
        'Institute of Plant Protection of the Xinjiang Academy of Agricultural Sciences',
      ],
      places: ['Almaty', 'Xinjiang', 'Almaty Region', 'East Kazakhstan Region', 'Yining', 'Tacheng'],
    },
  },
  {
    id: 'h4-turkmen-horse-genome-no-date',
    text: `Home > Announcement Board
Turkmen and Chinese Scientists Present Genome Study of Akhal-Teke Horses

Scientists from the Academy of Sciences of Turkmenistan and China Agricultural University presented in Ashgabat this week the first results of a joint study of the genome of the Akhal-Teke horse, a breed famous for its speed and endurance.

Merdan Annayev, head of the genetics laboratory of the academy, said samples had been taken from more than 300 horses at stud farms in Ahal Province and Lebap Province. The Chinese team compared them with Mongolian and Kazakh breeds and found genes linked to heat tolerance. The two sides plan to set up a joint breeding centre near Ashgabat.`,
    expected: {
      date: null,
      people: [['Merdan Annayev', 'TM']],
      countries: ['CN', 'KZ', 'MN', 'TM'],
      blocs: [],
      events: [],
      organizations: ['Academy of Sciences of Turkmenistan', 'China Agricultural University'],
      places: ['Ashgabat', 'Ahal Province', 'Lebap Province'],
    },
  },
  {
    id: 'h4-georgia-wine-science-forum',
    text: `Home > Announcement Board
Second China-Georgia Forum on Wine Science Held in Telavi

The Second China-Georgia Forum on Wine Science was held in Telavi, Kakheti, on 3 October 2019. Winemakers and scientists from Georgia, China and Moldova discussed grape varieties, fermentation in clay vessels and the protection of geographical indications.

Levan Tsiklauri, Deputy Minister of Environmental Protection and Agriculture of Georgia, said Georgian wine exports to China had doubled in five years. Nino Beridze, a researcher at the Agricultural University of Georgia in Tbilisi, presented a study of wild yeasts found in traditional qvevri cellars. Ion Ciobanu, a winemaker from Cricova in Moldova, spoke about storing wine in old limestone mines.

Professor Wang Huiling of Ningxia University said wineries at the foot of the Helan Mountains were keen to try Georgian grape varieties such as Saperavi.`,
    expected: {
      date: '2019-10-03',
      people: [
        ['Levan Tsiklauri', 'GE'],
        ['Nino Beridze', 'GE'],
        ['Ion Ciobanu', 'MD'],
        ['Wang Huiling', 'CN'],
      ],
      countries: ['CN', 'GE', 'MD'],
      blocs: [],
      events: ['Second China-Georgia Forum on Wine Science'],
      organizations: ['Agricultural University of Georgia', 'Ningxia University'],
      places: ['Telavi', 'Kakheti', 'Tbilisi', 'Cricova', 'Ningxia'],
    },
  },
  {
    id: 'h4-armenia-byurakan-asteroids',
    text: `Home > Announcement Board
Armenian and Chinese Astronomers Agree on Joint Asteroid Observations

On 2018-06-25, the Byurakan Astrophysical Observatory and the Purple Mountain Observatory of the Chinese Academy of Sciences signed an agreement in Yerevan on joint observations of near-Earth asteroids.

Armen Hovhannisyan, Director of the Byurakan Astrophysical Observatory, said its Schmidt telescope on the slopes of Mount Aragats, in Aragatsotn Province, would be fitted with a new camera made in China. Lusine Sargsyan, a young astronomer from Gyumri, will spend a year in Nanjing learning to process survey images.

Zhou Haobo, Deputy Director of the Chinese observatory, said telescopes in Armenia and China, four time zones apart, could follow the same asteroid through the night.`,
    expected: {
      date: '2018-06-25',
      people: [
        ['Armen Hovhannisyan', 'AM'],
        ['Lusine Sargsyan', 'AM'],
        ['Zhou Haobo', 'CN'],
      ],
      countries: ['AM', 'CN'],
      blocs: [],
      events: [],
      organizations: [
        'Byurakan Astrophysical Observatory',
        'Purple Mountain Observatory of the Chinese Academy of Sciences',
      ],
      places: ['Byurakan', 'Yerevan', 'Aragatsotn Province', 'Gyumri', 'Nanjing'],
    },
  },
  {
    id: 'h4-sco-earthquake-early-warning-seminar',
    text: `Home > Announcement Board
SCO Seminar on Earthquake Early Warning Held in Lanzhou

On Dec. 5, 2023, the Seminar on Earthquake Early Warning for SCO Countries opened in Lanzhou, Gansu Province. Forty seismologists and emergency managers from Iran, Pakistan, Tajikistan, Kazakhstan and China, as well as observers from Türkiye, took part.

Parisa Ghorbani, a seismologist at the International Institute of Earthquake Engineering and Seismology in Tehran, said warnings now reach the operators of the city's metro a few seconds before strong shaking. Syed Ali Raza Naqvi, Chief Meteorologist of the Pakistan Meteorological Department in Islamabad, described new stations in the north of the country. Firuza Saidova of the Institute of Geology, Earthquake Engineering and Seismology in Dushanbe proposed sharing data from stations near large dams.

Hakan Özdemir of the Kandilli Observatory and Earthquake Research Institute in Istanbul spoke about the lessons of the earthquakes of February 2023. Niu Jianhua, Director of the Lanzhou Institute of Seismology, said the institute would host two visiting scholars from each country next year.`,
    expected: {
      date: '2023-12-05',
      people: [
        ['Parisa Ghorbani', 'IR'],
        ['Syed Ali Raza Naqvi', 'PK'],
        ['Firuza Saidova', 'TJ'],
        ['Hakan Özdemir', 'TR'],
        ['Niu Jianhua', 'CN'],
      ],
      countries: ['CN', 'IR', 'KZ', 'PK', 'TJ', 'TR'],
      blocs: ['SCO'],
      events: ['Seminar on Earthquake Early Warning for SCO Countries'],
      organizations: [
        'International Institute of Earthquake Engineering and Seismology',
        'Pakistan Meteorological Department',
        'Institute of Geology, Earthquake Engineering and Seismology',
        'Kandilli Observatory and Earthquake Research Institute',
        'Lanzhou Institute of Seismology',
      ],
      places: ['Lanzhou', 'Gansu Province', 'Tehran', 'Islamabad', 'Dushanbe', 'Kandilli', 'Istanbul'],
    },
  },
  {
    id: 'h4-israel-joint-committee-tel-aviv',
    text: `Home > Announcement Board
Fifth Meeting of China-Israel Joint Committee on Innovation Cooperation Held in Tel Aviv

On October 29, 2018, the Fifth Meeting of the China-Israel Joint Committee on Innovation Cooperation was held in Tel Aviv. It was co-chaired by Vice Minister Zhao Hongmei and Ariel Ben-Haim, Director General of the Israel Innovation Authority.

The two sides agreed to open a third joint call for industrial research projects, with priority for water-saving irrigation, medical devices and autonomous driving. Ariel Ben-Haim said more than 200 Israeli companies had set up offices in Changzhou and Shanghai. Yael Rosenfeld, a professor at the Weizmann Institute of Science in Rehovot, proposed a joint summer school on computational biology for doctoral students.

Zhao Hongmei invited Israeli start-ups to present their technologies at the China Hi-Tech Fair in Shenzhen.`,
    expected: {
      date: '2018-10-29',
      people: [
        ['Zhao Hongmei', 'CN'],
        ['Ariel Ben-Haim', 'IL'],
        ['Yael Rosenfeld', 'IL'],
      ],
      countries: ['CN', 'IL'],
      blocs: [],
      events: [
        'Fifth Meeting of the China-Israel Joint Committee on Innovation Cooperation',
        'China Hi-Tech Fair',
      ],
      organizations: [
        'China-Israel Joint Committee on Innovation Cooperation',
        'Israel Innovation Authority',
        'Weizmann Institute of Science',
      ],
      places: ['Tel Aviv', 'Changzhou', 'Shanghai', 'Rehovot', 'Shenzhen'],
    },
  },
  {
    id: 'h4-oman-red-palm-weevil',
    text: `Home > Announcement Board
Omani and Chinese Researchers Join Forces Against Red Palm Weevil

On Jan. 18, 2022, Sultan Qaboos University and Zhejiang University held a workshop in Muscat on the biological control of the red palm weevil, a pest that threatens date palms across the Arabian Peninsula. The workshop took place on the sidelines of the Second China-GCC Dialogue on Food Security.

Salim bin Hamed Al-Rawahi, Director General of Agricultural Research of the Ministry of Agriculture, Fisheries and Water Resources of Oman, said infestations had been found in more than a third of the farms in the South Al Batinah Governorate. Aisha Al-Balushi, an entomologist at Sultan Qaboos University, described pheromone traps that had been tested in plantations near Nizwa.

Professor Xu Haoran of Zhejiang University said a fungus isolated from soil near Hangzhou kills weevil larvae inside the trunk, and proposed field trials in Oman, Saudi Arabia and the United Arab Emirates.`,
    expected: {
      date: '2022-01-18',
      people: [
        ['Salim bin Hamed Al-Rawahi', 'OM'],
        ['Aisha Al-Balushi', 'OM'],
        ['Xu Haoran', 'CN'],
      ],
      countries: ['AE', 'CN', 'OM', 'SA'],
      blocs: ['GCC'],
      events: ['Second China-GCC Dialogue on Food Security'],
      organizations: [
        'Sultan Qaboos University',
        'Zhejiang University',
        'Ministry of Agriculture, Fisheries and Water Resources of Oman',
      ],
      places: ['Zhejiang', 'Muscat', 'South Al Batinah Governorate', 'Nizwa', 'Hangzhou'],
    },
  },
  {
    id: 'h4-morocco-solar-test-platform',
    text: `Home > Announcement Board
Moroccan and Chinese Researchers Open Solar Panel Test Platform in Ben Guerir

On 14 March 2019, the Research Institute for Solar Energy and New Energies (IRESEN) and the Institute of Electrical Engineering of the Chinese Academy of Sciences opened a platform in Ben Guerir for testing how solar panels age under dust and desert heat.

Youssef El Amrani, Director of IRESEN, said the results would help the operators of the large solar plants near Ouarzazate plan cleaning and maintenance. Fatima Zahra Benali, a researcher at Mohammed VI Polytechnic University, presented a robot that cleans panels without water.

The Chinese team said the data would also be shared with partners in Egypt and Tunisia.`,
    expected: {
      date: '2019-03-14',
      people: [
        ['Youssef El Amrani', 'MA'],
        ['Fatima Zahra Benali', 'MA'],
      ],
      countries: ['CN', 'EG', 'MA', 'TN'],
      blocs: [],
      events: [],
      organizations: [
        'Research Institute for Solar Energy and New Energies (IRESEN)',
        'Institute of Electrical Engineering of the Chinese Academy of Sciences',
        'Mohammed VI Polytechnic University',
      ],
      places: ['Ben Guerir', 'Ouarzazate'],
    },
  },
  {
    id: 'h4-senegal-irrigated-rice',
    text: `Home > Announcement Board
Senegalese and Chinese Agronomists Review Irrigated Rice Trials

On September 30, 2020, researchers of the Senegalese Institute of Agricultural Research (ISRA) and the Jiangxi Academy of Agricultural Sciences reviewed the results of irrigated rice trials near Podor and Richard-Toll.

Mamadou Lamine Ndiaye, Director General of ISRA, said three hybrid varieties had yielded more than nine tonnes per hectare in the dry season, almost twice the local average. Aïssatou Diop Sarr, who heads a women's rice cooperative in Dagana, said its members wanted to learn how to produce their own seed.

Huang Qiming, an agronomist from Nanchang who has worked at the research station in Saint-Louis since 2016, said farmers from Mali and Mauritania would be invited to the next harvest.`,
    expected: {
      date: '2020-09-30',
      people: [
        ['Mamadou Lamine Ndiaye', 'SN'],
        ['Aïssatou Diop Sarr', 'SN'],
        ['Huang Qiming', 'CN'],
      ],
      countries: ['CN', 'ML', 'MR', 'SN'],
      blocs: [],
      events: [],
      organizations: [
        'Senegalese Institute of Agricultural Research (ISRA)',
        'Jiangxi Academy of Agricultural Sciences',
      ],
      places: ['Jiangxi', 'Podor', 'Richard-Toll', 'Dagana', 'Nanchang', 'Saint-Louis'],
    },
  },
  {
    id: 'h4-tanzania-maize-field-day',
    text: `Home > Announcement Board
Tanzanian Farmers See Results of Close-Planting Maize Trials in Morogoro

On 27 April 2017, more than 400 farmers attended a field day in Morogoro organised by Sokoine University of Agriculture and China Agricultural University to show maize grown with closer planting and less fertiliser.

Neema Mwakalinga, District Agricultural Officer of Kilosa, said yields in the demonstration villages had risen from 1.5 to more than 4 tonnes per hectare, and that farmers in Mvomero had asked to join the programme.

Professor Yu Xiaodan of China Agricultural University, who has worked in Tanzania since 2011, said the method would be tested in Dodoma and Mbeya next season.`,
    expected: {
      date: '2017-04-27',
      people: [
        ['Neema Mwakalinga', 'TZ'],
        ['Yu Xiaodan', 'CN'],
      ],
      countries: ['CN', 'TZ'],
      blocs: [],
      events: [],
      organizations: ['Sokoine University of Agriculture', 'China Agricultural University'],
      places: ['Morogoro', 'Kilosa', 'Mvomero', 'Dodoma', 'Mbeya'],
    },
  },
  {
    id: 'h4-china-africa-expo-notice-no-person',
    text: `Home > Announcement Board
Call for Exhibitors: Technology Hall of the Third China-Africa Economic and Trade Expo

The Third China-Africa Economic and Trade Expo will take place in Changsha, Hunan Province, from 29 June to 2 July 2023, and a hall of the expo will be set aside for technologies suited to African markets. Chinese companies offering equipment for food processing, off-grid solar power, water treatment and mobile health may apply.

Buyers from Kenya, Nigeria, Zambia, Côte d'Ivoire and Egypt have already asked for meetings with suppliers, and the African Union will hold a side event on technology transfer. Applications should reach the Department of Science and Technology of Hunan Province by 20 May 2023.`,
    expected: {
      date: '2023-06-29',
      people: [],
      countries: ['CI', 'CN', 'EG', 'KE', 'NG', 'ZM'],
      blocs: ['African Union'],
      events: ['Third China-Africa Economic and Trade Expo'],
      organizations: ['Department of Science and Technology of Hunan Province'],
      places: ['Changsha', 'Hunan Province'],
    },
  },
  {
    id: 'h4-sino-dutch-delta-symposium',
    text: `Home > Announcement Board
Third Sino-Dutch Symposium on Delta Technology Held in Delft

The Third Sino-Dutch Symposium on Delta Technology was held at Delft University of Technology on 9 November 2017. About eighty engineers and planners from the Netherlands and China discussed sea defences, land subsidence and the management of river sediment.

Maarten van der Berg, a senior adviser at the Dutch research institute Deltares, said the storm surge barrier near Rotterdam offered lessons for coastal cities in China. Sanne de Vries, a doctoral student in Delft, presented satellite measurements of land subsidence in Shanghai and Tianjin.

Professor Tang Yiming of Hohai University in Nanjing said the next symposium would be held in China in 2019.`,
    expected: {
      date: '2017-11-09',
      people: [
        ['Maarten van der Berg', 'NL'],
        ['Sanne de Vries', 'NL'],
        ['Tang Yiming', 'CN'],
      ],
      countries: ['CN', 'NL'],
      blocs: [],
      events: ['Third Sino-Dutch Symposium on Delta Technology'],
      organizations: ['Delft University of Technology', 'Deltares', 'Hohai University'],
      places: ['Delft', 'Rotterdam', 'Shanghai', 'Tianjin', 'Nanjing'],
    },
  },
  {
    id: 'h4-belarus-committee-minsk',
    text: `Home > Announcement Board
China and Belarus Hold Ninth Meeting of Science and Technology Cooperation Committee

On 2019-10-22, the Ninth Meeting of the China-Belarus Committee on Scientific and Technological Cooperation was held in Minsk. It was co-chaired by Vice Minister Liang Jinghua and Aleksandr Nikolayevich Kovalenko, Chairman of the State Committee on Science and Technology of the Republic of Belarus.

The two sides approved 24 joint projects in laser technology, new materials and agricultural machinery, and agreed to set up a joint technology transfer centre at the industrial park near Minsk. Aleksandr Kovalenko said Belarusian tractor makers in Minsk and Gomel were keen to use Chinese control systems.

Tatyana Ivanovna Shumskaya, Vice President of the National Academy of Sciences of Belarus, signed an agreement with Jilin University on a joint laboratory of powder metallurgy.`,
    expected: {
      date: '2019-10-22',
      people: [
        ['Liang Jinghua', 'CN'],
        ['Aleksandr Nikolayevich Kovalenko', 'BY'],
        ['Tatyana Ivanovna Shumskaya', 'BY'],
      ],
      countries: ['BY', 'CN'],
      blocs: [],
      events: ['Ninth Meeting of the China-Belarus Committee on Scientific and Technological Cooperation'],
      organizations: [
        'China-Belarus Committee on Scientific and Technological Cooperation',
        'State Committee on Science and Technology of the Republic of Belarus',
        'National Academy of Sciences of Belarus',
        'Jilin University',
      ],
      places: ['Minsk', 'Gomel', 'Jilin'],
    },
  },
  {
    id: 'h4-jinr-nica-dubna',
    text: `Home > Announcement Board
Chinese Physicists to Take Part in NICA Collider Experiments in Dubna

On June 7, 2021, the Joint Institute for Nuclear Research (JINR) and the Institute of High Energy Physics of the Chinese Academy of Sciences signed a protocol in Dubna, Moscow Region, on Chinese participation in experiments at the NICA collider.

Grigory Mikhailovich Zaitsev, Vice-Director of JINR, said the collider would allow physicists from the institute's member states, from Kazakhstan to Vietnam, to study matter as it was shortly after the Big Bang. Chinese engineers will supply readout electronics for one of the detectors.

Liu Yanqiu, Deputy Director of the Chinese institute, said young physicists from Beijing and Hefei would work in Dubna for periods of up to two years. Yelena Andreyevna Sorokina, Director of the Department of International Cooperation of the Ministry of Science and Higher Education of the Russian Federation, attended the signing.`,
    expected: {
      date: '2021-06-07',
      people: [
        ['Grigory Mikhailovich Zaitsev', null],
        ['Liu Yanqiu', 'CN'],
        ['Yelena Andreyevna Sorokina', 'RU'],
      ],
      countries: ['CN', 'KZ', 'RU', 'VN'],
      blocs: [],
      events: [],
      organizations: [
        'Joint Institute for Nuclear Research (JINR)',
        'Institute of High Energy Physics of the Chinese Academy of Sciences',
        'Department of International Cooperation of the Ministry of Science and Higher Education of the Russian Federation',
      ],
      places: ['Dubna', 'Moscow Region', 'Beijing', 'Hefei'],
    },
  },
  {
    id: 'h4-nepal-glacial-lake-warning',
    text: `Home > Announcement Board
Nepali and Chinese Scientists Install Early Warning System at Glacial Lake

On 2024-04-18, scientists from the Nepal Academy of Science and Technology (NAST) and the Institute of Tibetan Plateau Research of the Chinese Academy of Sciences completed an early warning system for a glacial lake in Dolakha District.

Bishnu Prasad Adhikari, Secretary of NAST, said the sensors would give villages downstream about forty minutes to move to higher ground if the moraine holding back the lake gave way. Sita Gurung, a hydrologist from Pokhara, said at least six other lakes, several of them in Manang District, should be monitored in the same way.

Professor Dong Yuchen, who led the Chinese team, said readings from the lake would also be sent to the institute's monitoring centre in Lhasa.`,
    expected: {
      date: '2024-04-18',
      people: [
        ['Bishnu Prasad Adhikari', 'NP'],
        ['Sita Gurung', 'NP'],
        ['Dong Yuchen', 'CN'],
      ],
      countries: ['CN', 'NP'],
      blocs: [],
      events: [],
      organizations: [
        'Nepal Academy of Science and Technology (NAST)',
        'Institute of Tibetan Plateau Research of the Chinese Academy of Sciences',
      ],
      places: ['Dolakha District', 'Pokhara', 'Manang District', 'Lhasa'],
    },
  },
  {
    id: 'h4-colombia-bamboo-anji',
    text: `Home > Announcement Board
Colombian Delegation Studies Bamboo Industry in Anji

On 17 April 2018, a delegation from Colombia led by Juan Camilo Restrepo Giraldo, Secretary of Agriculture of Risaralda Department, visited bamboo processing companies in Anji County, Zhejiang Province. The visit was organised by the International Bamboo and Rattan Organisation (INBAR).

Lucía Fernanda Morales, Deputy Director General of INBAR, said Latin American countries have large bamboo forests but little industry to process them. Luz Marina Ocampo, an architect from Pereira who builds houses with guadua bamboo, said she had seen how Chinese factories turn bamboo into flooring and boards.

Zhu Fenglin, Deputy Head of Anji County, said local firms were ready to train technicians from Colombia, Ecuador and Peru.`,
    expected: {
      date: '2018-04-17',
      people: [
        ['Juan Camilo Restrepo Giraldo', 'CO'],
        ['Lucía Fernanda Morales', null],
        ['Luz Marina Ocampo', 'CO'],
        ['Zhu Fenglin', 'CN'],
      ],
      countries: ['CN', 'CO', 'EC', 'PE'],
      blocs: [],
      events: [],
      organizations: ['International Bamboo and Rattan Organisation (INBAR)'],
      places: ['Risaralda Department', 'Anji County', 'Zhejiang Province', 'Pereira'],
    },
  },
  {
    id: 'h4-dominican-greenhouses-no-date',
    text: `Home > Announcement Board
Hurricane-Resistant Greenhouses Demonstrated in the Dominican Republic

A demonstration farm of hurricane-resistant greenhouses built with Chinese technical assistance was recently opened in Constanza, La Vega Province, in the central highlands of the Dominican Republic. The farm will be run by the Dominican Institute of Agricultural and Forestry Research (IDIAF).

Rafael Antonio Peña Guzmán, Vice Minister of Agriculture of the Dominican Republic, said the greenhouses could supply tomatoes and peppers to Santo Domingo and Santiago de los Caballeros all year round. Yuan Zhenhai, an engineer from Shouguang, Shandong Province, said the steel frames had been tested against winds of more than 200 kilometres per hour.`,
    expected: {
      date: null,
      people: [
        ['Rafael Antonio Peña Guzmán', 'DO'],
        ['Yuan Zhenhai', 'CN'],
      ],
      countries: ['CN', 'DO'],
      blocs: [],
      events: [],
      organizations: ['Dominican Institute of Agricultural and Forestry Research (IDIAF)'],
      places: [
        'Constanza',
        'La Vega Province',
        'Santo Domingo',
        'Santiago de los Caballeros',
        'Shouguang',
        'Shandong Province',
      ],
    },
  },
  {
    id: 'h4-canada-clubroot-canola',
    text: `Home > Announcement Board
Canadian and Chinese Researchers Agree to Breed Clubroot-Resistant Canola

On Aug. 15, 2017, the University of Saskatchewan and Huazhong Agricultural University signed an agreement in Saskatoon on the joint breeding of canola varieties that resist clubroot, a soil-borne disease.

Geneviève Tremblay, Associate Vice-President for Research of the University of Saskatchewan, said the disease had spread across thousands of fields in Alberta and was now found in Manitoba. David Okafor, a plant pathologist at Agriculture and Agri-Food Canada, will spend six months in Wuhan next year.

Professor Luo Shuying of Huazhong Agricultural University said rapeseed growers in Hubei and Sichuan faced the same disease, and that Chinese and Canadian breeders could exchange resistant lines.`,
    expected: {
      date: '2017-08-15',
      people: [
        ['Geneviève Tremblay', 'CA'],
        ['David Okafor', 'CA'],
        ['Luo Shuying', 'CN'],
      ],
      countries: ['CA', 'CN'],
      blocs: [],
      events: [],
      organizations: [
        'University of Saskatchewan',
        'Huazhong Agricultural University',
        'Agriculture and Agri-Food Canada',
      ],
      places: ['Saskatchewan', 'Saskatoon', 'Alberta', 'Manitoba', 'Wuhan', 'Hubei', 'Sichuan'],
    },
  },
  {
    id: 'h4-lithium-seminar-la-paz',
    text: `Home > Announcement Board
China-Latin America Seminar on Lithium Extraction Technology Held in La Paz

The China-Latin America Seminar on Lithium Extraction Technology was held in La Paz from 30 August to 1 September 2022. Engineers and officials from Bolivia, Chile, Argentina and China compared methods of extracting lithium from brine with less fresh water.

Marcelo Quiroga Antezana, research manager of Yacimientos de Litio Bolivianos (YLB), said the pilot plant near Uyuni in Potosí Department had doubled its output. Valentina Cárdenas Muñoz, an engineer from Calama, described how Chilean producers recycle water in the Atacama Desert.

He Jiaqi, a researcher at the Qinghai Institute of Salt Lakes of the Chinese Academy of Sciences in Xining, presented adsorbents developed for the brines of the Qaidam Basin.`,
    expected: {
      date: '2022-08-30',
      people: [
        ['Marcelo Quiroga Antezana', 'BO'],
        ['Valentina Cárdenas Muñoz', 'CL'],
        ['He Jiaqi', 'CN'],
      ],
      countries: ['AR', 'BO', 'CL', 'CN'],
      blocs: [],
      events: ['China-Latin America Seminar on Lithium Extraction Technology'],
      organizations: [
        'Yacimientos de Litio Bolivianos (YLB)',
        'Qinghai Institute of Salt Lakes of the Chinese Academy of Sciences',
      ],
      places: ['La Paz', 'Uyuni', 'Potosí Department', 'Calama', 'Qinghai', 'Xining'],
    },
  },
  {
    id: 'h4-pacific-tsunami-warning-course',
    text: `Home > Announcement Board
Pacific Island Officials Complete Tsunami Warning Training Course in Beijing

The Training Course on Tsunami Warning for Pacific Island Countries closed in Beijing on Oct. 26, 2018, after three weeks at the National Marine Environmental Forecasting Center. Twenty-two forecasters and disaster managers from Tonga, Vanuatu, Solomon Islands and Kiribati took part.

Sione Tupou Fifita, Deputy Director of the Tonga Meteorological Service, said a tsunami could reach Nuku'alofa within twenty minutes of a nearby earthquake, so warnings must be issued automatically. Esline Garae Tari, a seismologist from Port Vila, said Chinese forecasting software would be installed at the national warning centre of Vanuatu next year.`,
    expected: {
      date: '2018-10-26',
      people: [
        ['Sione Tupou Fifita', 'TO'],
        ['Esline Garae Tari', 'VU'],
      ],
      countries: ['CN', 'KI', 'SB', 'TO', 'VU'],
      blocs: [],
      events: ['Training Course on Tsunami Warning for Pacific Island Countries'],
      organizations: ['National Marine Environmental Forecasting Center', 'Tonga Meteorological Service'],
      places: ['Beijing', "Nuku'alofa", 'Port Vila'],
    },
  },
];
