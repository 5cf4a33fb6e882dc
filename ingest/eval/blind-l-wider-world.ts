import type { EvalCase } from './eval-set';

/**
 * Blind L (wider world): 46 announcements written for this project on 2026-12-02, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: official announcements from the wider
 * world — Caribbean (CARICOM, OECS) and Central American ministries, Gulf states with long Arabic names,
 * Central Asian ministries, Nordic and Baltic foreign ministries, Balkan and Greek/Cypriot releases,
 * sub-national governments (German Land, Canadian provinces, Australian state, Indian state, Brazilian state),
 * municipal twinning, defence and coast-guard exercises, police liaison, investment forums and expos,
 * research and university MoUs, space agencies, humanitarian handovers, consular notices, diaspora events,
 * parliamentary friendship groups; formats include readouts, a social-media thread, a liveblog, a newsletter,
 * minutes with a participant list, bilingual releases, PDF-extracted text, a signatories table, a speech,
 * reference-numbered headers and a saved web page.
 * Held out while the eighth round was made (its authors never read it); a tuning set since the ninth session.
 * FIRST RUN, on main at d0873ee (the extractor of the eighth session's start, before the eighth round):
 *   people         P 0.955 R 0.926 F1 0.940 (212/10/17)
 *   countries      P 0.971 R 0.994 F1 0.983 (170/5/1)
 *   blocs          P 1.000 R 0.926 F1 0.962 (25/0/2)
 *   events         P 0.862 R 0.714 F1 0.781 (25/4/10)
 *   organizations  P 0.768 R 0.599 F1 0.673 (139/42/93)
 *   places         P 0.910 R 0.557 F1 0.691 (132/13/105)
 *   date accuracy 1.000; person country acc. 0.830
 * After the eighth round (its authors never read this set; main f0f6b3e):
 *   people         P 0.960 R 0.948 F1 0.954 (217/9/12)
 *   countries      P 0.971 R 0.994 F1 0.983 (170/5/1)
 *   blocs          P 1.000 R 0.926 F1 0.962 (25/0/2)
 *   events         P 0.862 R 0.714 F1 0.781 (25/4/10)
 *   organizations  P 0.760 R 0.629 F1 0.689 (146/46/86)
 *   places         P 0.910 R 0.557 F1 0.691 (132/13/105)
 *   date accuracy 1.000; person country acc. 0.829
 */
export const BLIND_L: EvalCase[] = [
  {
    id: 'l-oecs-fisheries-sargassum',
    text: `Government of Saint Lucia > Newsroom > Agriculture
OECS Fisheries Ministers Agree on Joint Sargassum Response at Castries Meeting

PRESS RELEASE

Castries, December 2, 2026 – Ministers responsible for fisheries in the Organisation of Eastern Caribbean States (OECS) today agreed on a common protocol for the removal and commercial use of sargassum seaweed, at the close of the 9th Meeting of the OECS Council of Ministers for Fisheries held in Castries.

The meeting was chaired by Hon. Marcella Joseph-Fontenelle, Saint Lucia's Minister for Agriculture, Fisheries and Rural Development, who said that fisherfolk in Vieux Fort and Dennery had lost up to forty days at sea this year because of heavy sargassum landings.

Hon. Clement Baptiste-Noel, Minister of Blue Economy and Marine Affairs of Grenada, presented a pilot project in which sargassum is dried and processed into fertiliser in Grenville. Senator Jozelle Thomas-Ragguette of Saint Vincent and the Grenadines and Hon. Devon Liburd, the Kittitian Minister of Marine Resources, supported a proposal to pool satellite monitoring data through the OECS Commission.

Dr. Marlon Prospere, Director General of the OECS Commission, noted that the protocol will be submitted to the CARICOM Council for Trade and Economic Development (COTED) in February so that the wider Caribbean Community can align its rules. The Caribbean Regional Fisheries Mechanism (CRFM) will provide technical support to national fisheries divisions.

Delegates also visited the Dennery fish landing site, where a sargassum collection barge donated by Japan has been in use since June. The next meeting of the Council will be held in Basseterre in 2027.

For more information contact: Department of Fisheries, Ministry of Agriculture, Fisheries and Rural Development, Castries.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Marcella Joseph-Fontenelle', 'LC'],
        ['Clement Baptiste-Noel', 'GD'],
        ['Jozelle Thomas-Ragguette', 'VC'],
        ['Devon Liburd', 'KN'],
        ['Marlon Prospere', null],
      ],
      countries: ['GD', 'JP', 'KN', 'LC', 'VC'],
      blocs: ['OECS', 'CARICOM'],
      events: ['9th Meeting of the OECS Council of Ministers for Fisheries'],
      organizations: [
        'OECS Council of Ministers for Fisheries',
        'OECS Commission',
        'CARICOM Council for Trade and Economic Development (COTED)',
        'Caribbean Regional Fisheries Mechanism (CRFM)',
        'Department of Fisheries',
        'Ministry of Agriculture, Fisheries and Rural Development',
      ],
      places: ['Castries', 'Vieux Fort', 'Dennery', 'Grenville', 'Basseterre'],
    },
  },
  {
    id: 'l-guatemala-honduras-bilingual',
    text: `Inicio > Sala de Prensa > Comunicados
Guatemala and Honduras Open Binational Border Office at Agua Caliente / Guatemala y Honduras inauguran oficina binacional en Agua Caliente

Comunicado No. 214-2026

Guatemala City, 2 December 2026 – Guatemala's Minister of Foreign Affairs, Ana Lucía Morales Tzul, and the Minister of Foreign Affairs of Honduras, Óscar Danilo Reyes Matamoros, today inaugurated the Binational Border Services Office at Agua Caliente, in the municipality of Esquipulas, department of Chiquimula. The office brings customs, migration and plant-health inspectors of both countries under one roof and is expected to cut the average crossing time for cargo trucks from six hours to under ninety minutes.

The ceremony was attended by Héctor Rolando Pac Ixcoy, head of the Tax Administration Superintendence (SAT) of Guatemala, by Lourdes Maribel Cáceres Zelaya, Director of the Honduran Customs Administration, and by Werner Isaac Vargas Chacón, Secretary-General of the Central American Integration System (SICA). Mr. Vargas Chacón said the office was a concrete step towards deeper regional integration and invited El Salvador and Nicaragua to adopt the model at their own crossings.

The project was financed with support from the European Union and the Inter-American Development Bank (IDB).

La canciller Ana Lucía Morales Tzul y su homólogo hondureño, Óscar Danilo Reyes Matamoros, inauguraron hoy la nueva oficina binacional en Agua Caliente, Esquipulas. El secretario general del SICA, Werner Isaac Vargas Chacón, destacó que la oficina reducirá los tiempos de espera de los transportistas guatemaltecos y hondureños, y que el modelo podrá replicarse en otros puestos fronterizos de la región.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Ana Lucía Morales Tzul', 'GT'],
        ['Óscar Danilo Reyes Matamoros', 'HN'],
        ['Héctor Rolando Pac Ixcoy', 'GT'],
        ['Lourdes Maribel Cáceres Zelaya', 'HN'],
        ['Werner Isaac Vargas Chacón', null],
      ],
      countries: ['GT', 'HN', 'NI', 'SV'],
      blocs: ['SICA', 'EU'],
      events: [],
      organizations: [
        'Binational Border Services Office',
        'Tax Administration Superintendence (SAT)',
        'Honduran Customs Administration',
        'Inter-American Development Bank (IDB)',
      ],
      places: ['Guatemala City', 'Agua Caliente', 'Esquipulas', 'Chiquimula'],
    },
  },
  {
    id: 'l-qatar-kuwait-joint-committee',
    text: `Home > Media Centre > News
Qatar and Kuwait Hold Sixth Session of the Joint Higher Committee in Doha

Doha, 02.12.2026

His Excellency Sheikh Faisal bin Thamer bin Jassim Al Thani, Minister of State for Foreign Affairs of the State of Qatar, and His Excellency Sheikh Talal Mishal Al-Khalid Al-Sabah, Deputy Foreign Minister of the State of Kuwait, today co-chaired the Sixth Session of the Qatari-Kuwaiti Joint Higher Committee in Doha.

The two sides reviewed the implementation of eighteen agreements signed at the previous session in Kuwait City, including those on food security, customs cooperation and the mutual recognition of professional licences. They signed four new memoranda of understanding, covering youth and sports, meteorology, the protection of cultural heritage and cooperation between the diplomatic institutes of the two ministries.

On the Qatari side, the session was attended by Sheikha Noor bint Hamad Al Thani, Director of the Department of International Cooperation, and Dr. Khalid bin Ibrahim Al-Sulaiti, Undersecretary of the Ministry of Commerce and Industry. The Kuwaiti delegation included Eng. Fatima Abdulrahman Al-Mutawa, Director General of the Kuwait Fund for Arab Economic Development, and Yousef Jasem Al-Roumi, Ambassador of Kuwait in Doha.

Saud bin Rashid Al-Marri, Assistant Secretary-General of the Gulf Cooperation Council for Political Affairs, attended the opening as an observer and said that bilateral committees of this kind strengthen the GCC as a whole.

The Minister of State stressed that Qatari and Kuwaiti investors should make greater use of the new logistics zone in Lusail. Both sides agreed to hold the seventh session in Kuwait in the second half of 2027.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Faisal bin Thamer bin Jassim Al Thani', 'QA'],
        ['Talal Mishal Al-Khalid Al-Sabah', 'KW'],
        ['Noor bint Hamad Al Thani', 'QA'],
        ['Khalid bin Ibrahim Al-Sulaiti', 'QA'],
        ['Fatima Abdulrahman Al-Mutawa', 'KW'],
        ['Yousef Jasem Al-Roumi', 'KW'],
        ['Saud bin Rashid Al-Marri', null],
      ],
      countries: ['KW', 'QA'],
      blocs: ['GCC'],
      events: ['Sixth Session of the Qatari-Kuwaiti Joint Higher Committee'],
      organizations: [
        'Qatari-Kuwaiti Joint Higher Committee',
        'Department of International Cooperation',
        'Ministry of Commerce and Industry',
        'Kuwait Fund for Arab Economic Development',
      ],
      places: ['Doha', 'Kuwait City', 'Lusail'],
    },
  },
  {
    id: 'l-abu-dhabi-hydrogen-liveblog',
    text: `News > Energy > Live
LIVE: Day two of the Abu Dhabi Hydrogen Corridor Forum 2026

Live updates | Wednesday 2/12/2026 | Abu Dhabi

09:02 GST – Good morning and welcome back to our live coverage of the second day of the Abu Dhabi Hydrogen Corridor Forum 2026. Around 3,000 delegates from 41 countries are registered, according to the organisers.

09:15 – Mariam bint Saeed Al Kaabi, the UAE Minister of State for Energy Transition, opens the ministerial session. She says the Emirates aim to export one million tonnes of low-carbon ammonia a year by 2032.

09:40 – Eng. Hilal bin Said Al Hinai, Undersecretary of Oman's Ministry of Energy and Minerals, describes the green hydrogen blocks awarded this year in Duqm and Dhofar.

10:25 – Panel on Central Asian supply routes. Kazakhstan's Vice Minister of Energy, Daniyar Serikuly Zhaksylykov, and Uzbek Deputy Minister of Investment Dilnoza Rakhimova agree that a rail corridor through the port of Aktau could carry hydrogen derivatives westwards by the early 2030s.

11:10 – Coffee break. Our correspondent Leena Haddad has been walking the exhibition halls: the Saudi and Bahraini pavilions are the busiest this morning.

12:30 – Signing ceremony: Emirati firm Falcon Grid Solutions LLC and Tashkent-based Uzenergo Build JSC sign a framework agreement for a 400-megawatt electrolyser plant. Falcon Grid's chief executive, Rashid Omar Al Falasi, calls it "the first of many".

14:05 – Sheikha Hessa bint Ali Al Khalifa, Bahrain's Deputy Minister of Oil and Environment, announces that Bahrain will host a GCC technical workshop on hydrogen safety standards in March.

15:45 – Dr. Omar Faisal Al-Shehhi, Director of Energy Affairs at the GCC Secretariat General, says member states are close to agreeing a common certification scheme.

16:30 – That is all from us today. Coverage of the closing day resumes tomorrow at 09:00.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Mariam bint Saeed Al Kaabi', 'AE'],
        ['Hilal bin Said Al Hinai', 'OM'],
        ['Daniyar Serikuly Zhaksylykov', 'KZ'],
        ['Dilnoza Rakhimova', 'UZ'],
        ['Leena Haddad', null],
        ['Rashid Omar Al Falasi', 'AE'],
        ['Hessa bint Ali Al Khalifa', 'BH'],
        ['Omar Faisal Al-Shehhi', null],
      ],
      countries: ['AE', 'BH', 'KZ', 'OM', 'SA', 'UZ'],
      blocs: ['GCC'],
      events: ['Abu Dhabi Hydrogen Corridor Forum 2026'],
      organizations: [
        'Ministry of Energy and Minerals',
        'Falcon Grid Solutions LLC',
        'Uzenergo Build JSC',
        'GCC Secretariat General',
      ],
      places: ['Abu Dhabi', 'Duqm', 'Dhofar', 'Aktau', 'Tashkent'],
    },
  },
  {
    id: 'l-kazakh-uzbek-water-commission',
    text: `Ministry of Water Resources and Irrigation of the Republic of Kazakhstan > Press Service
Kazakhstan and Uzbekistan agree on winter water releases on the Syr Darya

Date: 2026-11-18

Astana hosted the 14th Meeting of the Kazakh-Uzbek Joint Commission on Water Management, co-chaired by the Minister of Water Resources and Irrigation of the Republic of Kazakhstan, Nurzhan Bolatuly Amanov, and the Minister of Water Resources of the Republic of Uzbekistan, Shukhrat Khamidov.

The parties approved the schedule of winter releases from the Toktogul and Chardara reservoirs and agreed to exchange hydrological data every six hours instead of once a day. Special attention was paid to the supply of irrigation water to farms in the Turkestan Region and the Tashkent Region during the 2027 growing season.

Aigerim Nurlankyzy Seitkali, Chair of the Water Resources Committee, reported that the lining of 180 kilometres of canals in the Maktaaral district had reduced losses by almost a third. The akim of the Turkestan Region, Yerbol Kuanyshuly Sadyrov, and the khokim of the Tashkent Region, Bakhtiyor Yusupov, signed a separate protocol on joint flood drills.

Dr. Zafar Makhmudov, Chairman of the Executive Committee of the International Fund for Saving the Aral Sea (IFAS), welcomed the agreement and noted that Kyrgyz and Tajik experts would be invited to the next technical round in Shymkent.

The next meeting of the Commission will be held in Tashkent in 2027. The approved release schedule will be published by the press service of the Ministry of Water Resources and Irrigation of the Republic of Kazakhstan.`,
    expected: {
      date: '2026-11-18',
      people: [
        ['Nurzhan Bolatuly Amanov', 'KZ'],
        ['Shukhrat Khamidov', 'UZ'],
        ['Aigerim Nurlankyzy Seitkali', 'KZ'],
        ['Yerbol Kuanyshuly Sadyrov', 'KZ'],
        ['Bakhtiyor Yusupov', 'UZ'],
        ['Zafar Makhmudov', null],
      ],
      countries: ['KG', 'KZ', 'TJ', 'UZ'],
      blocs: [],
      events: ['14th Meeting of the Kazakh-Uzbek Joint Commission on Water Management'],
      organizations: [
        'Ministry of Water Resources and Irrigation of the Republic of Kazakhstan',
        'Kazakh-Uzbek Joint Commission on Water Management',
        'Water Resources Committee',
        'International Fund for Saving the Aral Sea (IFAS)',
      ],
      places: ['Astana', 'Turkestan Region', 'Tashkent Region', 'Maktaaral district', 'Shymkent', 'Tashkent'],
    },
  },
  {
    id: 'l-kyrgyz-tajik-minutes',
    text: `MINUTES
of the Fourth Meeting of the Kyrgyz-Tajik Intergovernmental Commission on Trade and Economic Cooperation

Bishkek, 2nd of December, 2026

1. The Fourth Meeting of the Kyrgyz-Tajik Intergovernmental Commission on Trade and Economic Cooperation (hereinafter "the Commission") was held in Bishkek. The Kyrgyz side was headed by Azamat Zhoomart uulu, Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic; the Tajik side by Firuz Rahmonzoda, First Deputy Minister of Economic Development and Trade of the Republic of Tajikistan.

2. The Commission noted that mutual trade had grown by 23 per cent in the first nine months of 2026 and instructed the customs services to open a joint green lane for perishable goods at the road crossing between Batken and Isfara by 1 April 2027.

3. The parties agreed to resume the regular bus service between Osh and Khujand and to create a working group on the supply of electricity to border villages.

4. The next meeting of the Commission will be held in Dushanbe on dates to be agreed through diplomatic channels.

List of participants:

Kyrgyz side:
Azamat Zhoomart uulu, Deputy Chairman, Cabinet of Ministers of the Kyrgyz Republic
Aizada Toktogulova, Deputy Minister, Ministry of Economy and Commerce of the Kyrgyz Republic
Nurbek Asanbekov, Deputy Chairman, State Customs Service under the Ministry of Finance of the Kyrgyz Republic

Tajik side:
Firuz Rahmonzoda, First Deputy Minister, Ministry of Economic Development and Trade of the Republic of Tajikistan
Sitora Nazarova, Head of Department, Ministry of Foreign Affairs of the Republic of Tajikistan
Davlatsho Kurbonov, Chairman, Customs Service under the Government of the Republic of Tajikistan

Observer:
Gulnara Ismailova, Programme Officer, Asian Development Bank`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Azamat Zhoomart uulu', 'KG'],
        ['Firuz Rahmonzoda', 'TJ'],
        ['Aizada Toktogulova', 'KG'],
        ['Nurbek Asanbekov', 'KG'],
        ['Sitora Nazarova', 'TJ'],
        ['Davlatsho Kurbonov', 'TJ'],
        ['Gulnara Ismailova', null],
      ],
      countries: ['KG', 'TJ'],
      blocs: [],
      events: [
        'Fourth Meeting of the Kyrgyz-Tajik Intergovernmental Commission on Trade and Economic Cooperation',
      ],
      organizations: [
        'Kyrgyz-Tajik Intergovernmental Commission on Trade and Economic Cooperation',
        'Cabinet of Ministers of the Kyrgyz Republic',
        'Ministry of Economy and Commerce of the Kyrgyz Republic',
        'State Customs Service under the Ministry of Finance of the Kyrgyz Republic',
        'Ministry of Economic Development and Trade of the Republic of Tajikistan',
        'Ministry of Foreign Affairs of the Republic of Tajikistan',
        'Customs Service under the Government of the Republic of Tajikistan',
        'Asian Development Bank',
      ],
      places: ['Bishkek', 'Batken', 'Isfara', 'Osh', 'Khujand', 'Dushanbe'],
    },
  },
  {
    id: 'l-turkmen-trans-caspian-forum',
    text: `Economy > Business
Trans-Caspian business forum brings 200 companies to Ashgabat

By Meret Ataev

Ashgabat, 14 October 2026 — More than 200 companies from Turkmenistan, Azerbaijan and Georgia took part in the Trilateral Business Forum on the Trans-Caspian Corridor, held on the sidelines of the 5th Caspian Logistics Expo in Ashgabat.

The forum was opened by Jemal Annageldiyeva, Deputy Minister of Foreign Affairs of Turkmenistan, and Gurbanmyrat Atayev, Chairman of the Union of Industrialists and Entrepreneurs of Turkmenistan. The Azerbaijani delegation was led by Elnur Mammadli, Deputy Minister of Economy of Azerbaijan, and the Georgian delegation by Nino Kapanadze, Deputy Minister of Economy and Sustainable Development of Georgia.

Speakers agreed that the corridor needs a single digital consignment note and harmonised ferry tariffs if it is to compete with northern and southern routes. Annageldiyeva said that the port of Turkmenbashi had handled 30 per cent more containers than a year earlier.

More than 150 meetings were held in the B2B sessions. Balkan Shipping Services Co. Ltd., a Turkmen operator based in Turkmenbashi, Balkan Province, signed a feeder agreement with Caspian Link Logistics LLC of Baku; its director, Dovletgeldi Nuryyev, said the first vessel would sail in January. Among the Azerbaijani participants, Rovshan Aliyev, CEO of Caspian Link Logistics LLC, announced a new weekly service. Levan Beridze, chairman of the Georgian company Poti Terminal Holdings JSC, presented plans for a dry port near Poti.

The 6th Caspian Logistics Expo will be held in Baku in October 2027.`,
    expected: {
      date: '2026-10-14',
      people: [
        ['Meret Ataev', null],
        ['Jemal Annageldiyeva', 'TM'],
        ['Gurbanmyrat Atayev', 'TM'],
        ['Elnur Mammadli', 'AZ'],
        ['Nino Kapanadze', 'GE'],
        ['Dovletgeldi Nuryyev', 'TM'],
        ['Rovshan Aliyev', 'AZ'],
        ['Levan Beridze', 'GE'],
      ],
      countries: ['AZ', 'GE', 'TM'],
      blocs: [],
      events: [
        'Trilateral Business Forum on the Trans-Caspian Corridor',
        '5th Caspian Logistics Expo',
        '6th Caspian Logistics Expo',
      ],
      organizations: [
        'Union of Industrialists and Entrepreneurs of Turkmenistan',
        'Balkan Shipping Services Co. Ltd.',
        'Caspian Link Logistics LLC',
        'Poti Terminal Holdings JSC',
      ],
      places: ['Ashgabat', 'Turkmenbashi', 'Balkan Province', 'Baku', 'Poti'],
    },
  },
  {
    id: 'l-finland-nb8-turku',
    text: `Ministry for Foreign Affairs of Finland > Current affairs > Press releases
Nordic-Baltic foreign ministers meet in Turku to discuss Baltic Sea security

Press release 412/2026
27.11.2026

The foreign ministers of the Nordic-Baltic Eight (NB8) met in Turku on Friday at the invitation of Minister for Foreign Affairs Aino-Kaisa Rautiainen. Finland holds the NB8 coordination this year.

Taking part were Guðrún Helgadóttir, Minister for Foreign Affairs of Iceland; Mette Kjærgaard Holm, Danish Minister for Foreign Affairs; Karl-Johan Lindqvist, Sweden's State Secretary for Foreign Affairs; Eirik Brekke, Minister of Foreign Affairs of Norway; Margus Lepik, Minister of Foreign Affairs of Estonia; Jānis Ozoliņš, Latvian Foreign Minister; and Gediminas Jankauskas, Vice-Minister of Foreign Affairs of Lithuania.

The ministers discussed the protection of undersea cables and energy infrastructure in the Baltic Sea, continued support to Ukraine and the region's contribution to NATO's deterrence and defence. They also agreed to intensify cooperation with the European Union on sanctions enforcement against vessels of the so-called shadow fleet.

"Our region has never been more closely knit. What happens to a cable between Estonia and Finland is a concern for all eight of us," Minister Rautiainen said after the meeting.

Over lunch, the ministers heard a briefing from the Director of the Finnish Security and Intelligence Service on hybrid threats. Latvia will take over the NB8 coordination in 2027.

Inquiries: Veera Lahtinen, Press Officer, Ministry for Foreign Affairs of Finland, tel. +358 295 350 000`,
    expected: {
      date: '2026-11-27',
      people: [
        ['Aino-Kaisa Rautiainen', 'FI'],
        ['Guðrún Helgadóttir', 'IS'],
        ['Mette Kjærgaard Holm', 'DK'],
        ['Karl-Johan Lindqvist', 'SE'],
        ['Eirik Brekke', 'NO'],
        ['Margus Lepik', 'EE'],
        ['Jānis Ozoliņš', 'LV'],
        ['Gediminas Jankauskas', 'LT'],
        ['Veera Lahtinen', 'FI'],
      ],
      countries: ['DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'SE', 'UA'],
      blocs: ['NB8', 'NATO', 'EU'],
      events: [],
      organizations: ['Finnish Security and Intelligence Service', 'Ministry for Foreign Affairs of Finland'],
      places: ['Turku'],
    },
  },
  {
    id: 'l-iceland-readout-no-date',
    text: `Ministry for Foreign Affairs of Iceland
Readout: Minister Sveinsdóttir's talks with the Foreign Minister of Lithuania

We welcomed Lithuania's Minister of Foreign Affairs, Rimantas Kazlauskas, to Reykjavík today for his first official visit to Iceland. Minister Halldóra Sveinsdóttir and Minister Kazlauskas held talks over a working lunch, followed by a visit to the Icelandic Coast Guard's operations centre near Keflavík.

We discussed the security situation in the North Atlantic and the Baltic Sea region, our steadfast support for Ukraine, and how small states can contribute to the protection of critical undersea infrastructure. We agreed that Icelandic and Lithuanian experts will exchange lessons learned on cyber defence in the coming months.

We also welcomed the decision of the University of Iceland and Vilnius University to launch a joint master's programme in geothermal engineering next autumn. Minister Kazlauskas noted that Lithuanian district heating companies are increasingly interested in Icelandic know-how.

The Lithuanian minister was accompanied by Dalia Grigaitė, Ambassador of Lithuania accredited to Iceland and resident in Oslo. On our side, Sigurður Jónsson, Director General of the Icelandic Coast Guard, briefed the guests on search and rescue operations in Icelandic waters.

We look forward to continuing this conversation at the next meeting of Nordic-Baltic foreign ministers.

Press contact: Ministry for Foreign Affairs of Iceland, press office.`,
    expected: {
      date: null,
      people: [
        ['Rimantas Kazlauskas', 'LT'],
        ['Halldóra Sveinsdóttir', 'IS'],
        ['Dalia Grigaitė', 'LT'],
        ['Sigurður Jónsson', 'IS'],
      ],
      countries: ['IS', 'LT', 'UA'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry for Foreign Affairs of Iceland',
        'Icelandic Coast Guard',
        'University of Iceland',
        'Vilnius University',
      ],
      places: ['Reykjavík', 'Keflavík', 'Vilnius', 'Oslo'],
    },
  },
  {
    id: 'l-lithuania-consular-astana',
    text: `Embassy of the Republic of Lithuania to the Republic of Kazakhstan
Consular notice: holiday opening hours and changes to national visa applications

Astana, 12 November 2026

The Consular Section of the Embassy of the Republic of Lithuania in Astana informs that it will be closed to visitors on 24, 25 and 26 December and on 1 January. In case of emergency, Lithuanian citizens may call the duty officer at +7 7172 00 00 00 at any time.

From 5 January, applications for national (D) visas for work and study must first be registered in the online system of the Migration Department under the Ministry of the Interior of the Republic of Lithuania. Applicants will then be invited to the Embassy to submit biometric data. Applications for short-stay (C) visas are not affected.

Citizens of Kazakhstan and of the Kyrgyz Republic residing in the south of the region may also submit documents through the Honorary Consul of the Republic of Lithuania in Almaty, Marat Kenzhebayev, on Tuesdays and Thursdays from 10:00 to 13:00, by prior appointment only. Applicants living in Bishkek should contact the Embassy of the Republic of Lithuania to the Republic of Kazakhstan in advance.

Consul Vaida Petrauskaitė will hold an information session on the new procedure for students admitted to Lithuanian universities on 3 December at 15:00 at the Embassy.

Contacts: Consular Section, Embassy of the Republic of Lithuania, Astana; consular.kz@example.lt`,
    expected: {
      date: '2026-11-12',
      people: [
        ['Marat Kenzhebayev', 'LT'],
        ['Vaida Petrauskaitė', 'LT'],
      ],
      countries: ['KG', 'KZ', 'LT'],
      blocs: [],
      events: [],
      organizations: [
        'Embassy of the Republic of Lithuania to the Republic of Kazakhstan',
        'Consular Section of the Embassy of the Republic of Lithuania in Astana',
        'Migration Department under the Ministry of the Interior of the Republic of Lithuania',
      ],
      places: ['Astana', 'Almaty', 'Bishkek'],
    },
  },
  {
    id: 'l-cyprus-greece-naval-exercise',
    text: `Home > Press Office > Announcements
Exercise Blue Halcyon 2026 concludes off the coast of Larnaca

Larnaca, 21 October 2026

The Cypriot-Greek search-and-rescue and maritime interdiction exercise Blue Halcyon 2026 concluded today after four days of activity in the sea areas south of Larnaca and Limassol. Units of the Cyprus National Guard, the Hellenic Navy, the Cyprus Port and Marine Police and, for the first time, a French Navy frigate took part.

The closing ceremony at the Naval Base in Mari was attended by the Chief of the National Guard, Lt Gen Andreas Charalambous, and by Rear Admiral Konstantinos Papadakis, Deputy Chief of the Hellenic Navy General Staff. The exercise was directed by Commodore Stelios Nikolaou of the Cyprus Navy Command, while Capitaine de vaisseau Julien Moreau commanded the French participation.

The scenario included the rescue of 140 passengers from a burning ferry, the boarding of a vessel suspected of arms smuggling and the evacuation of injured crew members by helicopter to Paphos. Col. Maria Ioannidou, head of the Joint Rescue Coordination Centre Larnaca, said that the exercise had tested for the first time the new common radio procedures agreed between Cyprus and Greece in March.

Lt Gen Charalambous thanked the Greek and French crews and said that Blue Halcyon would be opened to other EU member states from next year.

Press Office of the National Guard General Staff`,
    expected: {
      date: '2026-10-21',
      people: [
        ['Andreas Charalambous', 'CY'],
        ['Konstantinos Papadakis', 'GR'],
        ['Stelios Nikolaou', 'CY'],
        ['Julien Moreau', 'FR'],
        ['Maria Ioannidou', 'CY'],
      ],
      countries: ['CY', 'FR', 'GR'],
      blocs: ['EU'],
      events: ['Blue Halcyon 2026'],
      organizations: [
        'Cyprus National Guard',
        'Hellenic Navy',
        'Cyprus Port and Marine Police',
        'French Navy',
        'Hellenic Navy General Staff',
        'Cyprus Navy Command',
        'Joint Rescue Coordination Centre Larnaca',
        'Press Office of the National Guard General Staff',
      ],
      places: ['Larnaca', 'Limassol', 'Mari', 'Paphos'],
    },
  },
  {
    id: 'l-serbia-north-macedonia-webpage',
    text: `Skip to main content
Menu | Home | Ministry | Press Centre | Projects | Contact | Srpski

We use cookies to improve your experience on our website. Accept all | Reject | Settings

Home > Press Centre > News
Serbia and North Macedonia open joint border station at Preševo

Belgrade, 5 November 2026 | 14:20

Minister of Construction, Transport and Infrastructure Dragana Milovanović and the Minister of Transport and Communications of North Macedonia, Bojan Trajkovski, today opened the joint border station on the motorway between the Serbian municipality of Preševo and Kumanovo. Border police and customs officers of both countries will carry out a single check in one place, which is expected to halve waiting times on Corridor X.

The station was built with a grant of 18 million euros from the European Union under the Western Balkans Investment Framework (WBIF). Henrik Vestergaard, Head of Cooperation at the Delegation of the European Union to Serbia, said the project shows what regional cooperation can deliver for citizens.

Nikola Đurić, director of the public enterprise Roads of Serbia, said works on the access roads had been completed two months ahead of schedule. The mayor of Preševo, Ardian Shaqiri, expressed the hope that the station would bring new jobs to the municipality.

Milovanović and Trajkovski also agreed to prepare a similar joint station on the railway line between Belgrade and Skopje by the end of 2028.

Share: Facebook | X | LinkedIn | E-mail | Print

Related news
Tags: transport, border crossings, North Macedonia

© 2026 All rights reserved | Accessibility | Privacy policy`,
    expected: {
      date: '2026-11-05',
      people: [
        ['Dragana Milovanović', 'RS'],
        ['Bojan Trajkovski', 'MK'],
        ['Henrik Vestergaard', null],
        ['Nikola Đurić', 'RS'],
        ['Ardian Shaqiri', 'RS'],
      ],
      countries: ['MK', 'RS'],
      blocs: ['EU'],
      events: [],
      organizations: [
        'Western Balkans Investment Framework (WBIF)',
        'Delegation of the European Union to Serbia',
        'Roads of Serbia',
      ],
      places: ['Belgrade', 'Preševo', 'Kumanovo', 'Skopje'],
    },
  },
  {
    id: 'l-montenegro-tirana-newsletter',
    text: `Embassy of Montenegro in Tirana
NEWSLETTER – November 2026

In this issue: credentials, film week, business delegation, travel documents

1. Ambassador presents credentials
On 3 November 2026, Ambassador Milica Vuković presented her letters of credence to the President of the Republic of Albania, Arben Hoxha, at the Presidential Palace in Tirana. President Hoxha said that relations between Albania and Montenegro were an example of good neighbourliness in the region.

2. Montenegrin Film Week 2026 in Shkodër
The Montenegrin Film Week 2026 took place in Shkodër from 10 to 14 November, with eight feature films and a masterclass by the Montenegrin director Luka Radonjić. The event was organised together with the Municipality of Shkodër and the Film Centre of Montenegro.

3. Business delegation visits Durrës
A delegation of the Chamber of Economy of Montenegro, led by its vice-president Vesna Kaluđerović, visited the port of Durrës on 19 November 2026 and met with Elira Dervishi, President of the Durrës Chamber of Commerce and Industry. Companies from Bar, Ulcinj and Podgorica discussed ferry connections and joint tourist packages.

4. Travel documents
We remind Montenegrin citizens that they may enter Albania with a valid biometric identity card. Passports that expired more than six months ago are not accepted at border crossings.

Follow us on social media for more news from the Embassy.`,
    expected: {
      date: '2026-11-03',
      people: [
        ['Milica Vuković', 'ME'],
        ['Arben Hoxha', 'AL'],
        ['Luka Radonjić', 'ME'],
        ['Vesna Kaluđerović', 'ME'],
        ['Elira Dervishi', 'AL'],
      ],
      countries: ['AL', 'ME'],
      blocs: [],
      events: ['Montenegrin Film Week 2026'],
      organizations: [
        'Embassy of Montenegro in Tirana',
        'Municipality of Shkodër',
        'Film Centre of Montenegro',
        'Chamber of Economy of Montenegro',
        'Durrës Chamber of Commerce and Industry',
      ],
      places: ['Tirana', 'Shkodër', 'Durrës', 'Bar', 'Ulcinj', 'Podgorica'],
    },
  },
  {
    id: 'l-bavaria-india-mission',
    text: `Bavarian State Ministry of Economic Affairs, Regional Development and Energy > Press
Bavarian trade mission to India: 38 companies in Pune and Bengaluru

Press release No. 188/2026

Munich, 16 September 2026 – A business delegation of 38 Bavarian companies led by State Minister Dr. Katharina Obermeier has returned from a five-day trade mission to the Indian states of Maharashtra and Karnataka. It was the largest delegation of a German Land to India this year.

In Pune, the delegation met with Uday Shankar Patil, Minister of Industries of Maharashtra, and officials of the Maharashtra Industrial Development Corporation (MIDC). Minister Obermeier and Minister Patil signed a joint declaration of intent on vocational training in mechatronics. "Bavarian Mittelstand companies need skilled workers, and India has them," Obermeier said.

At the Bavarian-Indian Business Day in Bengaluru, more than 300 participants attended panels on electric mobility and medical technology. Florian Brandl, managing director of Obermaier Antriebstechnik GmbH from Landshut, announced the opening of an assembly plant in Pune with 120 jobs. His company signed a supply contract with Ravindra Precision Components Pvt. Ltd.

Dr. Anil Kumar Rao, head of Bavaria's representative office in Bengaluru, said that Indian investors had become increasingly interested in sites in Bavaria, particularly around Nuremberg and Regensburg.

The trade mission was organised by Bayern International on behalf of the Bavarian State Ministry of Economic Affairs, Regional Development and Energy. The next delegation to India is planned for autumn 2027.`,
    expected: {
      date: '2026-09-16',
      people: [
        ['Katharina Obermeier', 'DE'],
        ['Uday Shankar Patil', 'IN'],
        ['Florian Brandl', 'DE'],
        ['Anil Kumar Rao', 'DE'],
      ],
      countries: ['DE', 'IN'],
      blocs: [],
      events: ['Bavarian-Indian Business Day'],
      organizations: [
        'Bavarian State Ministry of Economic Affairs, Regional Development and Energy',
        'Maharashtra Industrial Development Corporation (MIDC)',
        'Obermaier Antriebstechnik GmbH',
        'Ravindra Precision Components Pvt. Ltd.',
        'Bayern International',
      ],
      places: [
        'Munich',
        'Pune',
        'Bengaluru',
        'Maharashtra',
        'Karnataka',
        'Landshut',
        'Bavaria',
        'Nuremberg',
        'Regensburg',
      ],
    },
  },
  {
    id: 'l-ontario-ghana-mining-mission',
    text: `Ontario Newsroom
Ontario Mining Mission Strengthens Ties with Ghana and Côte d'Ivoire

News Release
Ministry of Economic Development, Job Creation and Trade

November 23, 2026

Toronto — Ontario's Minister of Economic Development, Job Creation and Trade, Priya Sandhu, has concluded a week-long trade mission to West Africa with 22 Ontario companies specialising in mining equipment, services and training. It was the first Canadian provincial mining mission to the region since 2019.

In Accra, Minister Sandhu met with Kwame Asante-Mensah, Minister of Trade and Industry of Ghana, and with Abena Owusu-Darko, Chief Executive Officer of the Minerals Commission of Ghana. The two governments agreed to pilot a certification programme for underground mine rescue teams, developed with Cambrian College in Sudbury.

In Abidjan, the delegation took part in a roundtable with the Ivorian Ministry of Mines, Petroleum and Energy, where Director General Salimata Koné-Ouattara presented new exploration permits in the north of the country.

Companies on the mission included Northern Shield Mining Inc. of Timmins, Laurentian Drilling Ltd. and Bracebridge Ventilation Systems Corp. Laurentian Drilling's president, Marc-André Tremblay, signed a three-year contract with a gold producer near Kumasi.

"Ontario is home to some of the most advanced mining know-how in the world, and our companies are ready to partner with Ghanaian and Ivorian firms," said Minister Sandhu.

Quick Facts
- Ontario exports to Ghana grew by 14 per cent in 2025.
- More than 40 Ontario mining suppliers are active in West Africa.

Media Contacts: Daniel Okafor, Minister's Office`,
    expected: {
      date: '2026-11-23',
      people: [
        ['Priya Sandhu', 'CA'],
        ['Kwame Asante-Mensah', 'GH'],
        ['Abena Owusu-Darko', 'GH'],
        ['Salimata Koné-Ouattara', 'CI'],
        ['Marc-André Tremblay', 'CA'],
        ['Daniel Okafor', 'CA'],
      ],
      countries: ['CA', 'CI', 'GH'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Economic Development, Job Creation and Trade',
        'Minerals Commission of Ghana',
        'Cambrian College',
        'Ministry of Mines, Petroleum and Energy',
        'Northern Shield Mining Inc.',
        'Laurentian Drilling Ltd.',
        'Bracebridge Ventilation Systems Corp.',
      ],
      places: ['Ontario', 'Toronto', 'Accra', 'Sudbury', 'Abidjan', 'Timmins', 'Kumasi'],
    },
  },
  {
    id: 'l-western-australia-kazakhstan-mining',
    text: `Government of Western Australia > Media Statements
Western Australia and Kazakhstan deepen critical minerals cooperation

Media statement, Perth, Monday 5 October 2026

Minister for Mines and Petroleum Bronwyn Hale has welcomed a delegation from Kazakhstan led by Yerzhan Tulegenov, Vice Minister of Industry and Construction of the Republic of Kazakhstan, to Perth and Kalgoorlie.

The visit follows the memorandum of understanding on geoscience signed in Astana last year between the Geological Survey of Western Australia and the Kazakh Committee of Geology. At the second Kazakhstan-Western Australia Mining Roundtable, held in Perth, both sides agreed to jointly map lithium and tungsten deposits in the Karaganda region using Australian airborne survey technology.

In Kalgoorlie, the delegation was briefed by the WA School of Mines on graduate programmes. Aliya Serikbayeva, a member of the delegation and Chairperson of the Board of Saryarka Exploration LLP, signed an agreement with Perth-based Goldfields Geoscience Pty Ltd for drilling services worth 9 million Australian dollars.

Comments attributed to Mines and Petroleum Minister Bronwyn Hale:
"Western Australia has a century of experience in finding and developing minerals responsibly. Kazakhstan has extraordinary geological potential. This is a natural partnership."

Comments attributed to Vice Minister Yerzhan Tulegenov:
"We want Australian companies to be among the first to work on our new exploration licences."

The Government of Western Australia will open a Central Asia trade and investment desk in Perth in 2027.

Minister's office – 6552 6000`,
    expected: {
      date: '2026-10-05',
      people: [
        ['Bronwyn Hale', 'AU'],
        ['Yerzhan Tulegenov', 'KZ'],
        ['Aliya Serikbayeva', 'KZ'],
      ],
      countries: ['AU', 'KZ'],
      blocs: [],
      events: ['second Kazakhstan-Western Australia Mining Roundtable'],
      organizations: [
        'Government of Western Australia',
        'Geological Survey of Western Australia',
        'Kazakh Committee of Geology',
        'WA School of Mines',
        'Saryarka Exploration LLP',
        'Goldfields Geoscience Pty Ltd',
      ],
      places: ['Perth', 'Western Australia', 'Astana', 'Karaganda region', 'Kalgoorlie'],
    },
  },
  {
    id: 'l-kerala-pravasi-doha',
    text: `Government of Kerala > News
Kerala Pravasi Meet 2026 – Gulf Edition held in Doha

Thiruvananthapuram, 9 November 2026

The Kerala Pravasi Meet 2026 – Gulf Edition, organised by the Department of Non-Resident Keralites' Affairs, was held in Doha on 7 and 8 November with more than 2,500 members of the Malayali community in Qatar, Kuwait and Bahrain taking part.

The meet was inaugurated by Shri K. Suresh Menon, Minister for Non-Resident Keralites' Affairs, Government of Kerala. He announced that a new welfare scheme for returning migrants would provide interest-free loans of up to five lakh rupees for small businesses in Kerala, and that a facilitation desk would open at the Kochi and Kozhikode airports.

Smt. Anitha Ramachandran, Ambassador of India to Qatar, said that over 800,000 Indians live and work in Qatar and that the Embassy of India in Doha would hold monthly open houses on labour issues. Dr. Mohammed bin Nasser Al-Kuwari, Assistant Undersecretary for Labour Affairs at the Qatari Ministry of Labour, welcomed the contribution of Keralite nurses, engineers and teachers to the country's development.

Sessions on investment were moderated by Joseph Varghese Thomas, Managing Director of the Kerala State Financial Enterprises, who presented a diaspora bond for infrastructure in Thiruvananthapuram and Kannur.

The next Gulf edition will be held in Muscat, Oman, in 2027.`,
    expected: {
      date: '2026-11-09',
      people: [
        ['K. Suresh Menon', 'IN'],
        ['Anitha Ramachandran', 'IN'],
        ['Mohammed bin Nasser Al-Kuwari', 'QA'],
        ['Joseph Varghese Thomas', 'IN'],
      ],
      countries: ['BH', 'IN', 'KW', 'OM', 'QA'],
      blocs: [],
      events: ['Kerala Pravasi Meet 2026 – Gulf Edition'],
      organizations: [
        'Government of Kerala',
        "Department of Non-Resident Keralites' Affairs",
        'Embassy of India in Doha',
        'Ministry of Labour',
        'Kerala State Financial Enterprises',
      ],
      places: ['Thiruvananthapuram', 'Doha', 'Kerala', 'Kochi', 'Kozhikode', 'Kannur', 'Muscat'],
    },
  },
  {
    id: 'l-sao-paulo-nordic-mission',
    text: `São Paulo State Government > Newsroom > Economy
São Paulo trade mission signs bioeconomy deals in Stockholm and Copenhagen

By Renata Albuquerque, Press Office of the Secretariat of Economic Development

São Paulo, October 30, 2026 – The São Paulo State Government's trade mission to Sweden and Denmark closed on Thursday with eleven agreements and letters of intent in bioenergy, sustainable aviation fuel and agritech, worth an estimated 1.4 billion reais.

Led by Ana Paula Ferreira dos Santos, Secretary of Economic Development of the State of São Paulo, and João Carlos de Oliveira Lima Jr., president of the state investment agency InvestSP, the delegation of 34 Brazilian companies took part in the Brazil-Nordic Bioeconomy Forum 2026 in Stockholm, opened by the Swedish State Secretary for Foreign Trade, Linnea Åkesson.

In Copenhagen, the delegation met with Danish companies and with Søren Dahl Mikkelsen, Deputy Mayor for Technical and Environmental Affairs of the City of Copenhagen, to learn about district heating and biogas from urban waste.

Among the agreements, Nordvind Energi A/S and Bioelétrica Paulista S.A. will study a second-generation ethanol plant near Ribeirão Preto, and the Swedish start-up Aurora Agritech AB will open a research office in Campinas in partnership with the State University of Campinas (Unicamp).

"São Paulo is the largest producer of sugarcane ethanol in the world, and the Nordic countries are leaders in the circular economy," said Secretary Ferreira dos Santos.`,
    expected: {
      date: '2026-10-30',
      people: [
        ['Renata Albuquerque', 'BR'],
        ['Ana Paula Ferreira dos Santos', 'BR'],
        ['João Carlos de Oliveira Lima Jr.', 'BR'],
        ['Linnea Åkesson', 'SE'],
        ['Søren Dahl Mikkelsen', 'DK'],
      ],
      countries: ['BR', 'DK', 'SE'],
      blocs: [],
      events: ['Brazil-Nordic Bioeconomy Forum 2026'],
      organizations: [
        'São Paulo State Government',
        'Secretariat of Economic Development',
        'InvestSP',
        'City of Copenhagen',
        'Nordvind Energi A/S',
        'Bioelétrica Paulista S.A.',
        'Aurora Agritech AB',
        'State University of Campinas (Unicamp)',
      ],
      places: ['São Paulo', 'Stockholm', 'Copenhagen', 'State of São Paulo', 'Ribeirão Preto', 'Campinas'],
    },
  },
  {
    id: 'l-tartu-kutaisi-twinning',
    text: `Tartu City Government > News
Tartu and Kutaisi sign twinning agreement

Tartu, 2 December 2026

The Estonian university city of Tartu and Kutaisi, the second-largest city of Georgia, today signed a twinning agreement at the Tartu Town Hall. The agreement was signed by the Mayor of Tartu, Kristiina Mägi, and the Mayor of Kutaisi, Tamar Gelashvili, in the presence of the Ambassador of Georgia to Estonia, Levan Tsiklauri.

The two cities will cooperate in education, culture, tourism and e-governance. From next year, the Tartu City Government will share its experience in digital participatory budgeting with the Kutaisi City Hall, and students of the University of Tartu and of Akaki Tsereteli State University in Kutaisi will be able to take part in joint summer schools.

"Georgian and Estonian cities have much in common: we are both small nations that value our languages and our freedom," said Mayor Gelashvili. The Georgian delegation also included Deputy Mayor Davit Kvaratskhelia and members of the Kutaisi City Council.

Peeter Saar, Chairman of the Tartu City Council, recalled that the first contacts between the two cities date back to a youth choir exchange in 2015. Councillor Anneli Kask, who chairs the council's foreign relations committee, will coordinate the first joint action plan.

Tartu now has twelve twin cities, including Uppsala in Sweden and Tampere in Finland.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Kristiina Mägi', 'EE'],
        ['Tamar Gelashvili', 'GE'],
        ['Levan Tsiklauri', 'GE'],
        ['Davit Kvaratskhelia', 'GE'],
        ['Peeter Saar', 'EE'],
        ['Anneli Kask', 'EE'],
      ],
      countries: ['EE', 'FI', 'GE', 'SE'],
      blocs: [],
      events: [],
      organizations: [
        'Tartu City Government',
        'Kutaisi City Hall',
        'University of Tartu',
        'Akaki Tsereteli State University',
        'Kutaisi City Council',
        'Tartu City Council',
      ],
      places: ['Tartu', 'Kutaisi', 'Uppsala', 'Tampere'],
    },
  },
  {
    id: 'l-monash-agios-nikolaos-sister-city',
    text: `Monash City Council > Council News
Monash and Agios Nikolaos become sister cities

Published: 14/08/2026

Monash City Council has formalised a sister city relationship with the Municipality of Agios Nikolaos in Crete, Greece, recognising the deep ties between the two communities. Around one in ten Monash residents has Greek heritage, many of them with family roots in eastern Crete.

The agreement was signed on Thursday 13 August 2026 at the Civic Centre in Glen Waverley by the Mayor of Monash, Cr Bronte Williams, and the Mayor of Agios Nikolaos, Manolis Kritsotakis, who travelled to Melbourne with a delegation of five councillors.

The ceremony was attended by the Consul General of Greece in Melbourne, Eleni Katsarou, by the Victorian Parliamentary Secretary for Multicultural Affairs, Tom Sideris MP, and by representatives of the Cretan Brotherhood of Melbourne and Victoria.

Under the agreement, the two councils will organise student exchanges between secondary schools, an annual Monash Hellenic Festival and cooperation on coastal tourism and ageing services. Deputy Mayor Cr Nadia Ferraro said the council would also seek funding from the Victorian Government for a Greek-language library collection in Oakleigh.

"For our families, this agreement makes official what has always been true: Agios Nikolaos and Monash are one extended family," said Mayor Kritsotakis.

Share this page: Facebook | Email | Print`,
    expected: {
      date: '2026-08-14',
      people: [
        ['Bronte Williams', 'AU'],
        ['Manolis Kritsotakis', 'GR'],
        ['Eleni Katsarou', 'GR'],
        ['Tom Sideris', 'AU'],
        ['Nadia Ferraro', 'AU'],
      ],
      countries: ['GR'],
      blocs: [],
      events: ['Monash Hellenic Festival'],
      organizations: [
        'Monash City Council',
        'Municipality of Agios Nikolaos',
        'Cretan Brotherhood of Melbourne and Victoria',
        'Victorian Government',
      ],
      places: ['Monash', 'Agios Nikolaos', 'Crete', 'Glen Waverley', 'Melbourne', 'Victoria', 'Oakleigh'],
    },
  },
  {
    id: 'l-caribbean-coast-guard-exercise',
    text: `Trinidad and Tobago Coast Guard > Press Releases
EXERCISE CORAL SENTINEL 2026 ENDS WITH COMBINED INTERDICTION DRILL IN THE GULF OF PARIA

Chaguaramas, 2026-06-12

The seventh edition of the multinational maritime security exercise Coral Sentinel 2026 ended today at the Staubles Bay base in Chaguaramas. Over ten days, 14 vessels and more than 600 personnel from the Trinidad and Tobago Coast Guard, the Barbados Coast Guard, the Jamaica Defence Force Coast Guard, the Guyana Defence Force Coast Guard and the United States Coast Guard trained together in drug interdiction, fisheries protection and mass rescue operations.

The closing parade was reviewed by Commodore Keston Ramnarine, Commanding Officer of the Trinidad and Tobago Coast Guard, and by Brig. Gen. Rohan Campbell, Chief of Staff of the Jamaica Defence Force. Captain Sheldon Alleyne of the Barbados Coast Guard served as exercise director, while Captain Erin Walsh led the US contingent from Miami.

Lieutenant Commander Natasha Baptiste, maritime liaison officer at the CARICOM Implementation Agency for Crime and Security (IMPACS), said the exercise had, for the first time, connected all participating units to a single regional maritime picture.

During the final drill, boarding teams from Guyana and Barbados intercepted a simulated go-fast boat west of Port of Spain, while a Jamaican helicopter winched survivors from a liferaft near Scarborough.

Commodore Ramnarine thanked the people of Chaguaramas and Carenage for their patience during the live-fire serials.

For further information: Public Relations Officer, Trinidad and Tobago Coast Guard`,
    expected: {
      date: '2026-06-12',
      people: [
        ['Keston Ramnarine', 'TT'],
        ['Rohan Campbell', 'JM'],
        ['Sheldon Alleyne', 'BB'],
        ['Erin Walsh', 'US'],
        ['Natasha Baptiste', null],
      ],
      countries: ['BB', 'GY', 'JM', 'TT', 'US'],
      blocs: ['CARICOM'],
      events: ['Coral Sentinel 2026'],
      organizations: [
        'Trinidad and Tobago Coast Guard',
        'Barbados Coast Guard',
        'Jamaica Defence Force Coast Guard',
        'Guyana Defence Force Coast Guard',
        'United States Coast Guard',
        'Jamaica Defence Force',
        'CARICOM Implementation Agency for Crime and Security (IMPACS)',
      ],
      places: ['Chaguaramas', 'Miami', 'Port of Spain', 'Scarborough', 'Carenage'],
    },
  },
  {
    id: 'l-kyrgyz-kazakh-csto-exercise',
    text: `Ministry of Defence of the Kyrgyz Republic > News
Kyrgyz and Kazakh troops complete Steppe Shield-2026 counter-terrorism exercise

Bishkek, September 24, 2026

The joint Kyrgyz-Kazakh counter-terrorism exercise Steppe Shield-2026 has been completed at a mountain training ground in the Issyk-Kul region. About 1,200 servicemen, 140 units of military equipment and 20 aircraft of the armed forces of the Kyrgyz Republic and the Republic of Kazakhstan took part.

The exercise was led by the Chief of the General Staff of the Armed Forces of the Kyrgyz Republic, Lt Gen Talant Abdykadyrov, and the First Deputy Commander of the Land Forces of the Republic of Kazakhstan, Maj. Gen. Serik Zhumabekuly Omarov. Observers from the CSTO Joint Staff, headed by Col. Viktor Sergeyevich Pavlenko, evaluated the interoperability of the command posts.

According to the scenario, an illegal armed group crossed the border and seized a hydroelectric facility near Balykchy. Special forces units of both countries, supported by helicopters from the Kazakh air base in the Almaty region, blocked and neutralised the group within six hours.

Col. Gulzat Mamytova, head of the military medical directorate of the Ministry of Defence of the Kyrgyz Republic, said that a joint field hospital had been deployed for the first time.

In his closing remarks, Lt Gen Abdykadyrov thanked the Kazakh side and announced that the next exercise in the series would be held on Kazakh territory in 2027 as part of CSTO preparations.`,
    expected: {
      date: '2026-09-24',
      people: [
        ['Talant Abdykadyrov', 'KG'],
        ['Serik Zhumabekuly Omarov', 'KZ'],
        ['Viktor Sergeyevich Pavlenko', null],
        ['Gulzat Mamytova', 'KG'],
      ],
      countries: ['KG', 'KZ'],
      blocs: ['CSTO'],
      events: ['Steppe Shield-2026'],
      organizations: [
        'Ministry of Defence of the Kyrgyz Republic',
        'General Staff of the Armed Forces of the Kyrgyz Republic',
        'Land Forces of the Republic of Kazakhstan',
        'CSTO Joint Staff',
      ],
      places: ['Bishkek', 'Issyk-Kul region', 'Balykchy', 'Almaty region'],
    },
  },
  {
    id: 'l-kazakhstan-uae-police-liaison',
    text: `Ministry of Internal Affairs of the Republic of Kazakhstan > Press Centre
Kazakh police liaison officer takes up post in Abu Dhabi

Astana, 19.10.2026

For the first time, a police liaison officer of the Ministry of Internal Affairs of the Republic of Kazakhstan has started work in the United Arab Emirates. Police Colonel Timur Bekmukhambetov will be based at the Embassy of Kazakhstan in Abu Dhabi and will work directly with the UAE Ministry of Interior, Abu Dhabi Police and Dubai Police.

The post was agreed during the visit to Abu Dhabi of Deputy Minister of Internal Affairs, Police Major General Ruslan Abdikalikov, who met with Brigadier Dr. Saeed Khalfan Al Dhaheri, Director of the International Affairs Bureau of the UAE Ministry of Interior. The two sides discussed the search for fugitives, telephone fraud schemes run from abroad, drug trafficking and cybercrime.

According to the Ministry, more than 40 Kazakh citizens wanted for serious crimes are believed to be hiding in Gulf countries. Over the past two years, Emirati authorities have handed over seven persons to Kazakhstan through Interpol channels.

Madina Zhunusbekova, Ambassador of Kazakhstan to the UAE, said the liaison officer would also help Kazakh tourists who become victims of crime in Dubai.

Similar posts already operate in Moscow, Tashkent, Bishkek and Istanbul.`,
    expected: {
      date: '2026-10-19',
      people: [
        ['Timur Bekmukhambetov', 'KZ'],
        ['Ruslan Abdikalikov', 'KZ'],
        ['Saeed Khalfan Al Dhaheri', 'AE'],
        ['Madina Zhunusbekova', 'KZ'],
      ],
      countries: ['AE', 'KZ'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Internal Affairs of the Republic of Kazakhstan',
        'Embassy of Kazakhstan in Abu Dhabi',
        'UAE Ministry of Interior',
        'Abu Dhabi Police',
        'Dubai Police',
        'International Affairs Bureau',
        'Interpol',
      ],
      places: ['Astana', 'Abu Dhabi', 'Dubai', 'Moscow', 'Tashkent', 'Bishkek', 'Istanbul'],
    },
  },
  {
    id: 'l-panama-costa-rica-maritime',
    text: `Home > Press Room
Panama and Costa Rica agree on joint patrols against drug trafficking in the Pacific

Panama City, 3rd November 2026

The Minister of Public Security of Panama, Rodrigo Aparicio De León, and the Minister of Public Security of Costa Rica, Gabriela Salas Mora, chaired the V Binational Meeting on Maritime Security, held in the city of David, Chiriquí province.

The ministers approved a protocol for coordinated patrols between the National Aeronaval Service (SENAN) of Panama and the National Coast Guard Service of Costa Rica in the waters between Puerto Armuelles and Golfito, an area frequently used by go-fast boats carrying cocaine northwards.

Commissioner Jorge Luis Castillo Pitti, Director General of SENAN, and Commander Esteban Jiménez Araya, Director of the Costa Rican National Coast Guard Service, will set up a shared operations room and exchange radar data in real time. Both institutions will also train jointly at the SENAN school in Panama City and at the Costa Rican coast guard station in Puntarenas.

Camille Dubois, coordinator of the UNODC Global Maritime Crime Programme for Central America, said that seizures in the area had doubled in 2026 and offered technical assistance.

The ministers also agreed to present the protocol to the Central American Security Commission of SICA as a model for other neighbouring countries, including Colombia as an observer. The VI Binational Meeting will take place in Costa Rica in 2027.`,
    expected: {
      date: '2026-11-03',
      people: [
        ['Rodrigo Aparicio De León', 'PA'],
        ['Gabriela Salas Mora', 'CR'],
        ['Jorge Luis Castillo Pitti', 'PA'],
        ['Esteban Jiménez Araya', 'CR'],
        ['Camille Dubois', null],
      ],
      countries: ['CO', 'CR', 'PA'],
      blocs: ['SICA'],
      events: ['V Binational Meeting on Maritime Security', 'VI Binational Meeting'],
      organizations: [
        'National Aeronaval Service (SENAN)',
        'National Coast Guard Service',
        'UNODC Global Maritime Crime Programme',
        'Central American Security Commission',
      ],
      places: ['Panama City', 'David', 'Chiriquí province', 'Puerto Armuelles', 'Golfito', 'Puntarenas'],
    },
  },
  {
    id: 'l-uzbekistan-saudi-investment-forum',
    text: `Ministry of Investment, Industry and Trade of the Republic of Uzbekistan
Uzbekistan–Saudi Arabia Investment Forum 2026: agreements worth 4.2 billion dollars signed in Tashkent

December 2, 2026 | Tashkent

The Uzbekistan–Saudi Arabia Investment Forum 2026 opened today in Tashkent with the participation of more than 400 representatives of government agencies, banks and companies of the two countries. It was organised by the Ministry of Investment, Industry and Trade of the Republic of Uzbekistan.

The forum was opened by the Minister of Investment, Industry and Trade of the Republic of Uzbekistan, Jahongir Alimov, and the Deputy Minister of Investment of the Kingdom of Saudi Arabia, Badr bin Abdulrahman Al-Otaibi. Minister Alimov noted that Saudi investments in Uzbekistan had exceeded 14 billion dollars, mainly in renewable energy and water desalination.

Bekzod Tursunov, Chairman of the Chamber of Commerce and Industry of Uzbekistan, and Hanan bint Saad Al-Qahtani, Vice-Chair of the Federation of Saudi Chambers, signed an agreement to establish a joint business council.

During the B2B sessions, more than 120 bilateral meetings were held. The Saudi company Sahara Renewables Co., represented by its CEO Majed Fahad Al-Harbi, agreed with the Uzbek regional administration to build a 1-gigawatt solar park in the Navoi region. Nodira Karimova, chief executive of the Uzbek firm Samarkand Textile Cluster LLC, signed an export contract with a Jeddah-based retailer.

Dr. Amadou Diallo, Director of Operations at the Islamic Development Bank (IsDB), announced a 300-million-dollar credit line for small and medium-sized enterprises in Uzbekistan.

The next forum will be held in Riyadh in 2027.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Jahongir Alimov', 'UZ'],
        ['Badr bin Abdulrahman Al-Otaibi', 'SA'],
        ['Bekzod Tursunov', 'UZ'],
        ['Hanan bint Saad Al-Qahtani', 'SA'],
        ['Majed Fahad Al-Harbi', 'SA'],
        ['Nodira Karimova', 'UZ'],
        ['Amadou Diallo', null],
      ],
      countries: ['SA', 'UZ'],
      blocs: [],
      events: ['Uzbekistan–Saudi Arabia Investment Forum 2026'],
      organizations: [
        'Ministry of Investment, Industry and Trade of the Republic of Uzbekistan',
        'Chamber of Commerce and Industry of Uzbekistan',
        'Federation of Saudi Chambers',
        'Sahara Renewables Co.',
        'Samarkand Textile Cluster LLC',
        'Islamic Development Bank (IsDB)',
      ],
      places: ['Tashkent', 'Navoi region', 'Samarkand', 'Jeddah', 'Riyadh'],
    },
  },
  {
    id: 'l-jamaica-agrofood-expo',
    text: `Ministry of Industry, Investment and Commerce > Media > Press Releases
8th Caribbean AgroFood Expo opens in Kingston with record number of exhibitors

Kingston, Jamaica – Tuesday, 22 September 2026

The 8th Caribbean AgroFood Expo opened today in Kingston, with 260 exhibitors from Jamaica, Guyana, Suriname, Haiti, the Dominican Republic and Costa Rica.

Declaring the Expo open, Jamaica's Minister of Industry, Investment and Commerce, Andrea Whyte-Grant, said regional food imports still exceeded six billion dollars a year and that "every container we replace with Caribbean produce is a job at home". She was joined by Zulfikar Persaud, Minister of Agriculture of Guyana, who invited Jamaican agro-processors to invest in the Guyanese hinterland and in the Berbice region.

Dr. Sharon Applewhaite, Assistant Secretary-General for Trade and Economic Integration at the CARICOM Secretariat, said that the removal of non-tariff barriers to agricultural trade remained the top priority of the Community.

More than 300 B2B meetings have been scheduled over the three days. Marcus Chin, CEO of the Jamaican company Blue Mountain Coffee Exporters Ltd., signed a distribution agreement with Demerara Agri-Foods Inc. of Georgetown, while the Surinamese firm Paramaribo Spice Company N.V. presented a new line of hot pepper sauces for the North American market.

The Expo is organised by the Ministry of Industry, Investment and Commerce with the support of the Jamaica Agricultural Trade Council and the Inter-American Institute for Cooperation on Agriculture (IICA). It continues until Thursday in Kingston and will move to Montego Bay for a one-day buyers' session on Friday.`,
    expected: {
      date: '2026-09-22',
      people: [
        ['Andrea Whyte-Grant', 'JM'],
        ['Zulfikar Persaud', 'GY'],
        ['Sharon Applewhaite', null],
        ['Marcus Chin', 'JM'],
      ],
      countries: ['CR', 'DO', 'GY', 'HT', 'JM', 'SR'],
      blocs: ['CARICOM'],
      events: ['8th Caribbean AgroFood Expo'],
      organizations: [
        'Ministry of Industry, Investment and Commerce',
        'CARICOM Secretariat',
        'Blue Mountain Coffee Exporters Ltd.',
        'Demerara Agri-Foods Inc.',
        'Paramaribo Spice Company N.V.',
        'Jamaica Agricultural Trade Council',
        'Inter-American Institute for Cooperation on Agriculture (IICA)',
      ],
      places: ['Kingston', 'Berbice', 'Georgetown', 'Paramaribo', 'Montego Bay'],
    },
  },
  {
    id: 'l-norway-kazakhstan-research-signatories',
    text: `Home > News > Research cooperation
Five research funders sign Nordic-Central Asian agreement on climate and glacier research

Oslo, 2026-09-08

Research funders from Norway, Sweden, Kazakhstan, Kyrgyzstan and Uzbekistan today signed a memorandum of understanding on joint calls for proposals in climate, glacier and water research. The signing took place at the Research Council of Norway in Oslo during the Nordic-Central Asian Research Days 2026, the first event of its kind.

The first joint call, with a budget of 12 million euros, will open in February and will fund three-year projects led by at least one Nordic and one Central Asian partner. Priority will be given to glacier monitoring in the Tien Shan and Pamir mountains and to the effects of drought on irrigated farming downstream.

Signatories:

Organisation | Signatory | Title
Research Council of Norway | Kari Anne Holmeide | Executive Director for International Cooperation
Swedish Research Council (Vetenskapsrådet) | Per-Olof Engström | Head of International Research Programmes
Science Committee of the Ministry of Science and Higher Education of the Republic of Kazakhstan | Asel Bekenovna Dzhaksybekova | Chairperson
National Academy of Sciences of the Kyrgyz Republic | Kubanychbek Sultanaliev | Vice-President
Agency for Innovative Development of the Republic of Uzbekistan | Sardor Nematov | Deputy Director

"Scientists in the Nordic countries and in Central Asia have been cooperating on glaciers for decades, but usually on short-term projects. This agreement gives them a stable basis," said Kari Anne Holmeide.

The agreement is open to other funders. Tajik and Turkmen research institutions will be invited as associated partners.`,
    expected: {
      date: '2026-09-08',
      people: [
        ['Kari Anne Holmeide', 'NO'],
        ['Per-Olof Engström', 'SE'],
        ['Asel Bekenovna Dzhaksybekova', 'KZ'],
        ['Kubanychbek Sultanaliev', 'KG'],
        ['Sardor Nematov', 'UZ'],
      ],
      countries: ['KG', 'KZ', 'NO', 'SE', 'TJ', 'TM', 'UZ'],
      blocs: [],
      events: ['Nordic-Central Asian Research Days 2026'],
      organizations: [
        'Research Council of Norway',
        'Swedish Research Council (Vetenskapsrådet)',
        'Science Committee of the Ministry of Science and Higher Education of the Republic of Kazakhstan',
        'National Academy of Sciences of the Kyrgyz Republic',
        'Agency for Innovative Development of the Republic of Uzbekistan',
      ],
      places: ['Oslo'],
    },
  },
  {
    id: 'l-guyana-latvia-university-mou',
    text: `University of Guyana > Campus News
University of Guyana and University of Latvia sign MoU on small-state studies and coastal science

By Kerri-Ann Forde, Communications Office, University of Guyana

Georgetown, Guyana – The University of Guyana and the University of Latvia have signed a memorandum of understanding to cooperate in small-state governance, Caribbean and Baltic studies, and coastal science.

The agreement was signed on October 15, 2026 in a virtual ceremony linking the university's main campus in Georgetown and the University of Latvia in Riga by Professor Desmond Alleyne-Holder, Vice-Chancellor of the University of Guyana, and Professor Ilze Bērziņa, Vice-Rector for Research of the University of Latvia.

Under the MoU, the two universities will exchange graduate students and faculty, co-supervise doctoral theses and develop a joint summer school on the diplomacy of small states, to be held alternately in Guyana and Latvia from 2027. Researchers from the Faculty of Earth and Environmental Sciences and the Latvian Institute of Aquatic Ecology will also compare data on coastal erosion, mangrove restoration and sea defences.

Professor Bērziņa said both countries shared the experience of small nations navigating between larger neighbours. Professor Alleyne-Holder noted that the agreement had been facilitated by the Honorary Consul of Latvia in Guyana, Richard Thorne, and by the Embassy of Latvia in Washington, which is accredited to Guyana.

The first exchange students are expected to travel from Georgetown to Riga in September 2027, with Guyanese students enrolling in the master's programme in environmental science.`,
    expected: {
      date: '2026-10-15',
      people: [
        ['Kerri-Ann Forde', 'GY'],
        ['Desmond Alleyne-Holder', 'GY'],
        ['Ilze Bērziņa', 'LV'],
        ['Richard Thorne', 'LV'],
      ],
      countries: ['GY', 'LV'],
      blocs: [],
      events: [],
      organizations: [
        'University of Guyana',
        'University of Latvia',
        'Faculty of Earth and Environmental Sciences',
        'Latvian Institute of Aquatic Ecology',
        'Embassy of Latvia in Washington',
      ],
      places: ['Georgetown', 'Riga', 'Washington'],
    },
  },
  {
    id: 'l-greece-oman-space-mou',
    text: `Home > Press Releases
Greece and Oman sign memorandum of understanding on satellite data and space technology

Athens, Monday, 16 November 2026

The Hellenic Space Center (HSC) and the Ministry of Transport, Communications and Information Technology of the Sultanate of Oman signed today in Athens a memorandum of understanding on cooperation in Earth observation, small satellites and the training of engineers.

The memorandum was signed by Professor Dimitrios Sarantopoulos, President of the Hellenic Space Center, and Dr. Khalfan bin Saif Al Rawahi, Undersecretary for Communications and Information Technology of Oman, in the presence of the Greek Deputy Minister of Digital Governance, Nikos Vlachopoulos, and the Ambassador of the Sultanate of Oman to Greece, Sayyida Rawan bint Ahmed Al Busaidi.

The signing took place on the sidelines of the 3rd Hellenic–Gulf Space Cooperation Forum, which brought together space agencies, universities and start-ups from Greece, Oman, the United Arab Emirates, Saudi Arabia and Cyprus.

Under the agreement, Greek and Omani teams will jointly process satellite imagery to monitor coastal erosion, desert locust swarms and wildfires. Omani engineers will receive training at the National Technical University of Athens and at the Aristotle University of Thessaloniki, while Greek researchers will have access to the ground station being built in Duqm.

Deputy Minister Vlachopoulos said that Greece, with its own programme of national microsatellites financed by the European Union, wants to be a bridge between Europe and the Gulf in space. The Omani company Sohar Orbital Systems LLC and the Greek firm Aegean CubeSat Technologies S.A. also signed a letter of intent.`,
    expected: {
      date: '2026-11-16',
      people: [
        ['Dimitrios Sarantopoulos', 'GR'],
        ['Khalfan bin Saif Al Rawahi', 'OM'],
        ['Nikos Vlachopoulos', 'GR'],
        ['Rawan bint Ahmed Al Busaidi', 'OM'],
      ],
      countries: ['AE', 'CY', 'GR', 'OM', 'SA'],
      blocs: ['EU'],
      events: ['3rd Hellenic–Gulf Space Cooperation Forum'],
      organizations: [
        'Hellenic Space Center (HSC)',
        'Ministry of Transport, Communications and Information Technology of the Sultanate of Oman',
        'National Technical University of Athens',
        'Aristotle University of Thessaloniki',
        'Sohar Orbital Systems LLC',
        'Aegean CubeSat Technologies S.A.',
      ],
      places: ['Athens', 'Thessaloniki', 'Duqm', 'Sohar'],
    },
  },
  {
    id: 'l-kuwait-tajikistan-aid-thread',
    text: `Embassy of the State of Kuwait in Dushanbe (@KuwaitEmbTJ) · Thread · 11 May 2026

1/6 Today in Kulob, Ambassador Nasser Fahad Al-Mutairi handed over 40 tonnes of humanitarian aid from the people of Kuwait to families affected by last week's floods in the Khatlon region of Tajikistan. 🇰🇼🇹🇯

2/6 The aid, provided by the Kuwait Red Crescent Society, includes food parcels, 300 family tents, blankets, hygiene kits and water purification tablets for about 2,000 families in Kulob and the Vose district.

3/6 The aid was received by Maj. Gen. Rustam Nazarzoda, Chairman of the Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan, and by Davlatali Saidzoda, Chairman of the Khatlon region.

4/6 Mona Abdullah Al-Saleh, Director of Relief Operations at the Kuwait Red Crescent Society, travelled from Kuwait City to oversee the distribution together with volunteers of the Red Crescent Society of Tajikistan.

5/6 Aleksandra Nowak, head of the country delegation of the International Federation of Red Cross and Red Crescent Societies (IFRC), thanked Kuwait for being among the first donors to respond to the emergency appeal.

6/6 The State of Kuwait stands with the brotherly people of Tajikistan. A second shipment is expected in Dushanbe next week. #Kuwait #Tajikistan #HumanitarianAid

Reply · Repost · Like · Share`,
    expected: {
      date: '2026-05-11',
      people: [
        ['Nasser Fahad Al-Mutairi', 'KW'],
        ['Rustam Nazarzoda', 'TJ'],
        ['Davlatali Saidzoda', 'TJ'],
        ['Mona Abdullah Al-Saleh', 'KW'],
        ['Aleksandra Nowak', null],
      ],
      countries: ['KW', 'TJ'],
      blocs: [],
      events: [],
      organizations: [
        'Embassy of the State of Kuwait in Dushanbe',
        'Kuwait Red Crescent Society',
        'Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan',
        'Red Crescent Society of Tajikistan',
        'International Federation of Red Cross and Red Crescent Societies (IFRC)',
      ],
      places: ['Dushanbe', 'Kulob', 'Khatlon region', 'Vose district', 'Kuwait City'],
    },
  },
  {
    id: 'l-uzbekistan-riga-visa-free',
    text: `Embassy of the Republic of Uzbekistan in the Republic of Latvia > Consular Information
Visa-free entry to Uzbekistan for citizens of Latvia, Lithuania and Estonia extended to 60 days

Riga, 1 July 2026

The Embassy of the Republic of Uzbekistan in the Republic of Latvia informs that, in accordance with a decree of the President of the Republic of Uzbekistan, from 15 July 2026 citizens of the Republic of Latvia, the Republic of Lithuania and the Republic of Estonia may stay in Uzbekistan without a visa for up to 60 days from the date of entry. The previous visa-free period, introduced on 1 February 2019, was 30 days.

Travellers must hold a passport valid for at least three months after the planned departure. Registration at the place of stay is carried out automatically by hotels; travellers staying with private hosts must register online within three days of arrival.

Citizens planning to work or study in Uzbekistan still need a visa, which can be obtained through the electronic visa portal of the Ministry of Foreign Affairs of the Republic of Uzbekistan.

"We hope that the new rules will encourage Baltic tourists to discover Samarkand, Bukhara and Khiva," said Ambassador Rustam Kholmatov. Consul Shahnoza Ergasheva added that direct flights of Uzbekistan Airways between Riga and Tashkent will operate twice a week from the autumn.

Consular reception hours: Monday, Wednesday, Friday, 10:00–12:30. Applicants from Vilnius and Tallinn may send documents by post.`,
    expected: {
      date: '2026-07-01',
      people: [
        ['Rustam Kholmatov', 'UZ'],
        ['Shahnoza Ergasheva', 'UZ'],
      ],
      countries: ['EE', 'LT', 'LV', 'UZ'],
      blocs: [],
      events: [],
      organizations: [
        'Embassy of the Republic of Uzbekistan in the Republic of Latvia',
        'Ministry of Foreign Affairs of the Republic of Uzbekistan',
        'Uzbekistan Airways',
      ],
      places: ['Riga', 'Samarkand', 'Bukhara', 'Khiva', 'Tashkent', 'Vilnius', 'Tallinn'],
    },
  },
  {
    id: 'l-jamaica-diaspora-toronto',
    text: `Consulate General of Jamaica, Toronto > Diaspora News
Jamaican Diaspora Heritage Gala celebrates community builders in Canada

Toronto, August 9, 2026

More than 900 guests attended the 12th Jamaican Diaspora Heritage Gala in Toronto on Saturday evening, organised by the Consulate General of Jamaica in Toronto together with the Jamaica Canadian Association.

The keynote address was delivered by Hon. Dwayne Ellington, Minister of State in the Ministry of Foreign Affairs and Foreign Trade of Jamaica, who thanked the more than 300,000 Jamaicans and people of Jamaican heritage in Canada for remittances, investment and "the culture you carry for all of us". He announced that the Diaspora Investment Desk at JAMPRO would open a virtual office for Canadian investors in January.

Consul General Sharon Morrison-Clarke presented awards to seven community builders, among them retired nurse Hyacinth Bailey of Scarborough, youth football coach Andre "Dre" Powell of Brampton, and entrepreneur Simone Reid-Lindo, founder of Island Roots Foods Inc. in Mississauga.

Greetings were brought by Harjit Grewal, Mayor of Brampton, and by Denise Campbell, Member of Provincial Parliament for Scarborough, who noted that Ontario's Jamaican community had shaped the province's music, food and public service for three generations.

Proceeds from the Gala will support the Jamaica Canadian Association's scholarship fund and the rebuilding of a basic school in St. Elizabeth damaged by last year's hurricane.

The next Gala will be held in August 2027.`,
    expected: {
      date: '2026-08-09',
      people: [
        ['Dwayne Ellington', 'JM'],
        ['Sharon Morrison-Clarke', 'JM'],
        ['Hyacinth Bailey', null],
        ['Andre Powell', null],
        ['Simone Reid-Lindo', null],
        ['Harjit Grewal', 'CA'],
        ['Denise Campbell', 'CA'],
      ],
      countries: ['CA', 'JM'],
      blocs: [],
      events: ['12th Jamaican Diaspora Heritage Gala'],
      organizations: [
        'Consulate General of Jamaica in Toronto',
        'Jamaica Canadian Association',
        'Ministry of Foreign Affairs and Foreign Trade of Jamaica',
        'Diaspora Investment Desk',
        'JAMPRO',
        'Island Roots Foods Inc.',
      ],
      places: ['Toronto', 'Scarborough', 'Brampton', 'Mississauga', 'Ontario', 'St. Elizabeth'],
    },
  },
  {
    id: 'l-latvia-uzbekistan-friendship-group',
    text: `Saeima of the Republic of Latvia > Press Releases
Latvia–Uzbekistan parliamentary friendship group meets Uzbek parliamentary delegation

20.10.2026.

On Tuesday, the Latvia–Uzbekistan parliamentary friendship group of the Saeima of the Republic of Latvia, chaired by Ainārs Kalniņš, met with a delegation of the Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan led by Deputy Speaker Gulnora Mahmudova.

The members of parliament discussed cooperation in logistics, higher education and tourism. Kalniņš noted that the ports of Riga, Ventspils and Liepāja could become a northern gateway for Uzbek cotton and fruit exports to Europe, while Mahmudova invited Latvian companies to the free economic zones in the Navoi and Jizzakh regions.

Also taking part in the meeting were friendship group members Inese Liepiņa and Edgars Krūmiņš, the Chair of the Saeima Foreign Affairs Committee, Kristaps Zariņš, and the Ambassador of the Republic of Uzbekistan to Latvia, Ulugbek Sodiqov. The Uzbek delegation included Jasur Khodjayev, Chairman of the Committee on Foreign Affairs of the Legislative Chamber.

The delegation also visited Riga Technical University, where 46 Uzbek students are currently enrolled, and the Latvian Chamber of Commerce and Industry.

The parliamentarians agreed to support the organisation of the Days of Uzbek Culture in Riga in spring 2027 and the first meeting of the intergovernmental commission in Tashkent.`,
    expected: {
      date: '2026-10-20',
      people: [
        ['Ainārs Kalniņš', 'LV'],
        ['Gulnora Mahmudova', 'UZ'],
        ['Inese Liepiņa', 'LV'],
        ['Edgars Krūmiņš', 'LV'],
        ['Kristaps Zariņš', 'LV'],
        ['Ulugbek Sodiqov', 'UZ'],
        ['Jasur Khodjayev', 'UZ'],
      ],
      countries: ['LV', 'UZ'],
      blocs: [],
      events: ['Days of Uzbek Culture'],
      organizations: [
        'Saeima of the Republic of Latvia',
        'Latvia–Uzbekistan parliamentary friendship group',
        'Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan',
        'Saeima Foreign Affairs Committee',
        'Committee on Foreign Affairs of the Legislative Chamber',
        'Riga Technical University',
        'Latvian Chamber of Commerce and Industry',
      ],
      places: ['Riga', 'Ventspils', 'Liepāja', 'Navoi', 'Jizzakh', 'Tashkent'],
    },
  },
  {
    id: 'l-croatia-bih-pdf-joint-statement',
    text: `JOINT STATEMENT

by the Minister of Foreign and European Affairs of the Republic of Croatia and the Minister of Foreign Affairs of Bosnia and Herzegovina

Mostar, 12 March 2026

1. The Minister of Foreign and European Affairs of the Republic of Croatia, Ivana Horvat Jurić, and the Minister of Foreign Affairs of Bosnia and Herzegovina, Emir Hadžić, met in Mostar within the framework of the Third Session of the Croatia–Bosnia and Herzegovina Joint Committee on Cross-Border Coopera-
tion.

2. The Ministers welcomed the progress in the modernisation of the railway line between Ploče and Sarajevo and agreed to accelerate the preparation of the motorway section towards Dubrovnik, which is of vital impor-
tance for citizens and businesses on both sides of the border.

3. The Ministers reaffirmed the European perspective of Bosnia and Herzegovina and the readiness of Croatia to share its experience from the accession negotiations with the European Union. The Croatian side offered
Joint Statement HR–BiH, Mostar 2026 — Page 1 of 2

expert support in the areas of agriculture, food safety and public procure-
ment.

4. The Ministers were informed by Dario Kovačević, Mayor of Mostar, about joint projects of the cities of Mostar and Dubrovnik in the field of tourism, and by Johannes Keller, Head of the EU Delegation's Cooperation Section, about new cross-border funding under the Interreg programme.

5. The Ministers agreed that the next session of the Joint Committee will be held in Croatia, in Osijek, in the first half of 2027.

Done in Mostar on 12 March 2026, in two original copies.

Joint Statement HR–BiH, Mostar 2026 — Page 2 of 2`,
    expected: {
      date: '2026-03-12',
      people: [
        ['Ivana Horvat Jurić', 'HR'],
        ['Emir Hadžić', 'BA'],
        ['Dario Kovačević', 'BA'],
        ['Johannes Keller', null],
      ],
      countries: ['BA', 'HR'],
      blocs: ['EU'],
      events: [
        'Third Session of the Croatia–Bosnia and Herzegovina Joint Committee on Cross-Border Cooperation',
      ],
      organizations: [
        'Croatia–Bosnia and Herzegovina Joint Committee on Cross-Border Cooperation',
        'EU Delegation',
      ],
      places: ['Mostar', 'Ploče', 'Sarajevo', 'Dubrovnik', 'Osijek'],
    },
  },
  {
    id: 'l-barbados-caricom-gcc-speech',
    text: `Home > Speeches
Remarks by Senator the Hon. Kerrie-Ann Brathwaite-Mottley, Minister of Foreign Affairs and Foreign Trade of Barbados, at the Opening of the Second CARICOM–GCC Ministerial Meeting

Riyadh, 9 June 2026

Check against delivery

Excellencies,
Your Royal Highness Prince Turki bin Abdullah bin Saud Al Saud, Minister of State for Foreign Affairs of the Kingdom of Saudi Arabia,
Secretary-General of the Gulf Cooperation Council, His Excellency Ibrahim bin Khalid Al-Suwaidi,
Secretary-General of the Caribbean Community, Dr. Everton Marshall-Reid,
Colleague Ministers,
Ladies and gentlemen,

It is an honour for me to address you on behalf of the Government of Barbados and, as current chair of the CARICOM Council for Foreign and Community Relations, on behalf of our fifteen member states.

When we met for the first time, many asked what small islands in the Caribbean and the states of the Gulf could possibly have in common. Today the answer is clear: we share a determination to diversify our economies, to secure our water and our energy, and to make our voices heard in the multilateral system.

Barbados is grateful for the support of the Saudi Fund for Development to the rebuilding of housing after last year's hurricane, and for the Kuwaiti and Qatari scholarships that our young people now enjoy. I also wish to acknowledge my colleague from Antigua and Barbuda, Hon. Everly Greene, who has championed the proposal for a CARICOM–GCC investment facility with the Caribbean Development Bank.

Excellencies, the road from Bridgetown to Riyadh is long, but it is shorter than it was. Let us use this meeting to agree on concrete projects, and let us meet again next year in the Caribbean.

I thank you.`,
    expected: {
      date: '2026-06-09',
      people: [
        ['Kerrie-Ann Brathwaite-Mottley', 'BB'],
        ['Turki bin Abdullah bin Saud Al Saud', 'SA'],
        ['Ibrahim bin Khalid Al-Suwaidi', null],
        ['Everton Marshall-Reid', null],
        ['Everly Greene', 'AG'],
      ],
      countries: ['AG', 'BB', 'KW', 'QA', 'SA'],
      blocs: ['CARICOM', 'GCC'],
      events: ['Second CARICOM–GCC Ministerial Meeting'],
      organizations: [
        'Government of Barbados',
        'CARICOM Council for Foreign and Community Relations',
        'Saudi Fund for Development',
        'Caribbean Development Bank',
      ],
      places: ['Riyadh', 'Bridgetown'],
    },
  },
  {
    id: 'l-bahrain-kazakhstan-consultations-ref',
    text: `KINGDOM OF BAHRAIN
MINISTRY OF FOREIGN AFFAIRS

Ref: MFA/PR/2026/418
Date: 26/10/2026
For immediate release

Bahrain and Kazakhstan hold third round of political consultations in Manama

The Third Round of Political Consultations between the Ministry of Foreign Affairs of the Kingdom of Bahrain and the Ministry of Foreign Affairs of the Republic of Kazakhstan was held today in Manama.

The Bahraini side was headed by Sheikh Rashid bin Duaij bin Salman Al Khalifa, Undersecretary for Political Affairs, and the Kazakh side by Almas Yerbolatuly Nurpeisov, Deputy Minister of Foreign Affairs of the Republic of Kazakhstan.

The two sides reviewed bilateral relations and ways to increase trade, which remains below its potential, particularly in food security, logistics and financial services. They welcomed the agreement between the Bahrain Economic Development Board and the Astana International Financial Centre (AIFC) on the exchange of information about investment opportunities, and discussed preparations for the next summit in the GCC–Central Asia format.

The consultations were attended by Fatima Yousif Al-Mannai, Ambassador of the Kingdom of Bahrain to the Republic of Kazakhstan, and Bakhyt Zhanuzakov, Ambassador of the Republic of Kazakhstan to the Kingdom of Bahrain.

The Undersecretary conveyed Bahrain's appreciation for the visa-free regime introduced by Kazakhstan for Bahraini citizens, and both sides agreed to hold the fourth round in Astana in 2027.

- END -`,
    expected: {
      date: '2026-10-26',
      people: [
        ['Rashid bin Duaij bin Salman Al Khalifa', 'BH'],
        ['Almas Yerbolatuly Nurpeisov', 'KZ'],
        ['Fatima Yousif Al-Mannai', 'BH'],
        ['Bakhyt Zhanuzakov', 'KZ'],
      ],
      countries: ['BH', 'KZ'],
      blocs: ['GCC'],
      events: [
        'Third Round of Political Consultations between the Ministry of Foreign Affairs of the Kingdom of Bahrain and the Ministry of Foreign Affairs of the Republic of Kazakhstan',
      ],
      organizations: [
        'Ministry of Foreign Affairs of the Kingdom of Bahrain',
        'Ministry of Foreign Affairs of the Republic of Kazakhstan',
        'Bahrain Economic Development Board',
        'Astana International Financial Centre (AIFC)',
      ],
      places: ['Manama', 'Astana'],
    },
  },
  {
    id: 'l-quebec-morocco-bilingual',
    text: `Gouvernement du Québec > Newsroom / Salle de presse
Québec mission to Morocco: aerospace and green hydrogen partnerships / Mission du Québec au Maroc : partenariats en aérospatiale et en hydrogène vert

Montréal, December 2, 2026 – Québec's Minister of International Relations, Martine Gagnon-Lévesque, has concluded an economic mission to Morocco with 27 Québec companies and research centres, the largest Canadian sub-national delegation to the Kingdom this year.

In Rabat, the Minister met with Youssef El Alaoui, Moroccan Minister of Industry and Trade, and with Nadia Benkirane, Director General of the Moroccan Investment and Export Development Agency (AMDIE). The two sides agreed to create a working group on aerospace supply chains, in which Morocco now employs more than 20,000 people around Casablanca.

In Tangier, Groupe Laurentide Aéro inc. and Atlas Composites SARL signed a joint venture to manufacture cabin components, while the Institut national de la recherche scientifique (INRS) and Mohammed VI Polytechnic University signed an agreement on green hydrogen research.

The mission was coordinated by the Québec Office in Rabat, headed by Jean-François Ouellet.

Montréal, le 2 décembre 2026 – La ministre des Relations internationales, Martine Gagnon-Lévesque, a conclu une mission économique au Maroc avec 27 entreprises et centres de recherche québécois. À Rabat, elle s'est entretenue avec le ministre marocain de l'Industrie et du Commerce, Youssef El Alaoui. « Le Québec et le Maroc partagent une langue, une ambition industrielle et une volonté de réussir la transition énergétique », a déclaré la ministre.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Martine Gagnon-Lévesque', 'CA'],
        ['Youssef El Alaoui', 'MA'],
        ['Nadia Benkirane', 'MA'],
        ['Jean-François Ouellet', 'CA'],
      ],
      countries: ['CA', 'MA'],
      blocs: [],
      events: [],
      organizations: [
        'Moroccan Investment and Export Development Agency (AMDIE)',
        'Groupe Laurentide Aéro inc.',
        'Atlas Composites SARL',
        'Institut national de la recherche scientifique (INRS)',
        'Mohammed VI Polytechnic University',
        'Québec Office in Rabat',
      ],
      places: ['Montréal', 'Québec', 'Rabat', 'Casablanca', 'Tangier'],
    },
  },
  {
    id: 'l-belize-mexico-binational-several-dates',
    text: `Ministry of Foreign Affairs, Foreign Trade and Immigration > Press Releases
Belize and Mexico conclude 8th Meeting of the Binational Commission

Press Release No. 87/2026

Following technical meetings held in Belmopan on 2 and 3 May 2026, the 8th Meeting of the Belize–Mexico Binational Commission took place on 4 May 2026, co-chaired by the Minister of Foreign Affairs, Foreign Trade and Immigration of Belize, Carla Usher-Gillett, and the Undersecretary for Latin America and the Caribbean of Mexico, Emilio Rivas Quintanar.

The Commission reviewed cooperation in border security, health, education and the fight against sargassum on the coasts of Belize and the Mexican state of Quintana Roo. The Governor of Quintana Roo, Guadalupe Ek Balam, proposed a joint tourism route linking Chetumal, Corozal and Belize City.

The Minister of Home Affairs of Belize, Kareem Young, and the Head of the Mexican Agency for International Development Cooperation (AMEXCID), Lorena Villaseñor Pardo, signed a programme of 19 technical cooperation projects for 2026–2028, including scholarships for Belizean nurses in Mexico City and Mérida.

Both sides welcomed the reopening of the border crossing at Santa Elena on 15 April 2026 after its modernisation and agreed that the new bridge over the Hondo River would be inaugurated on 1 December 2026.

Minister Usher-Gillett reiterated Belize's support for closer relations between Mexico, SICA and CARICOM. The next meeting of the Commission will take place in Mexico City in 2028. The Ministry of Foreign Affairs, Foreign Trade and Immigration will publish the full list of projects on its website.`,
    expected: {
      date: '2026-05-02',
      people: [
        ['Carla Usher-Gillett', 'BZ'],
        ['Emilio Rivas Quintanar', 'MX'],
        ['Guadalupe Ek Balam', 'MX'],
        ['Kareem Young', 'BZ'],
        ['Lorena Villaseñor Pardo', 'MX'],
      ],
      countries: ['BZ', 'MX'],
      blocs: ['SICA', 'CARICOM'],
      events: ['8th Meeting of the Belize–Mexico Binational Commission'],
      organizations: [
        'Ministry of Foreign Affairs, Foreign Trade and Immigration',
        'Belize–Mexico Binational Commission',
        'Mexican Agency for International Development Cooperation (AMEXCID)',
      ],
      places: [
        'Belmopan',
        'Quintana Roo',
        'Chetumal',
        'Corozal',
        'Belize City',
        'Mexico City',
        'Mérida',
        'Santa Elena',
      ],
    },
  },
  {
    id: 'l-el-salvador-tourism-fair',
    text: `Ministry of Tourism of El Salvador > News
Central American Tourism Fair returns to San Salvador with 180 buyers from 22 countries

Wednesday 2/12/2026

San Salvador – The XIV Central American Tourism Fair opened today in San Salvador, bringing together 240 exhibitors from the seven member countries of the Central American Tourism Council and 180 international buyers from Europe, North America and Asia.

The Fair was inaugurated by the Minister of Tourism of El Salvador, Marcela Quintanilla Arévalo, together with the Minister of Tourism of Costa Rica, Javier Solís Montero, and the Executive Director of the Honduran Tourism Institute, Karla Yamileth Ordóñez. Delegations from Guatemala, Nicaragua, Panama and Belize are also present.

Roberto Iván Méndez, Director of the Central American Tourism Integration Secretariat (SITCA), said that arrivals to the region had grown by 11 per cent in 2026 and that multi-destination packages combining the beaches of La Libertad with colonial Antigua Guatemala and the islands of Roatán were the most requested by European operators.

Over two days, more than 2,000 pre-scheduled business meetings will take place, and the Ministry of Tourism of El Salvador expects them to generate deals worth 35 million dollars. Among the exhibitors, Surf Pacífico Tours S.A. de C.V. presented new routes between El Tunco and Suchitoto, and the Guatemalan operator Maya Heritage Travel S.A. launched a package to Flores, in Petén.

The Fair is supported by SICA and by the Spanish Agency for International Development Cooperation (AECID). The next edition will be held in Panama in 2027.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Marcela Quintanilla Arévalo', 'SV'],
        ['Javier Solís Montero', 'CR'],
        ['Karla Yamileth Ordóñez', 'HN'],
        ['Roberto Iván Méndez', null],
      ],
      countries: ['BZ', 'CR', 'ES', 'GT', 'HN', 'NI', 'PA', 'SV'],
      blocs: ['SICA'],
      events: ['XIV Central American Tourism Fair'],
      organizations: [
        'Ministry of Tourism of El Salvador',
        'Central American Tourism Council',
        'Honduran Tourism Institute',
        'Central American Tourism Integration Secretariat (SITCA)',
        'Surf Pacífico Tours S.A. de C.V.',
        'Maya Heritage Travel S.A.',
        'Spanish Agency for International Development Cooperation (AECID)',
      ],
      places: [
        'San Salvador',
        'La Libertad',
        'Antigua Guatemala',
        'Roatán',
        'El Tunco',
        'Suchitoto',
        'Flores',
        'Petén',
      ],
    },
  },
  {
    id: 'l-denmark-haiti-humanitarian',
    text: `Ministry of Foreign Affairs of Denmark > News
Denmark hands over emergency water and health supplies in Haiti's Grand'Anse department

Copenhagen, 17 February 2026

Denmark has delivered 65 tonnes of emergency supplies to communities in Haiti affected by the cholera outbreak and flooding in the Grand'Anse department. The supplies, including water purification units, oral rehydration salts and medical equipment for four cholera treatment centres, were handed over in Jérémie on Monday.

The handover was attended by Astrid Vinther Nørgaard, Head of the Department for Humanitarian Action, Migration and Civil Society at the Ministry of Foreign Affairs of Denmark, and by Dr. Jean-Robert Pierre-Louis, Director of Health for the Grand'Anse department at the Haitian Ministry of Public Health and Population. The shipment was transported from Santo Domingo by road through the Dominican Republic and by sea from Port-au-Prince.

"Danish support reaches those who need it most only because of the courage of Haitian health workers and our humanitarian partners," said Minister for Development Cooperation Lars Mølgaard Friis in a statement.

The supplies were procured by DanChurchAid and distributed together with the Haitian Red Cross Society and the Pan American Health Organization (PAHO), whose representative in Haiti, Dr. Ana Cecilia Marroquín, said that new cases in Jérémie had fallen by half in three weeks.

Denmark's total humanitarian contribution to Haiti in 2026 amounts to DKK 95 million.`,
    expected: {
      date: '2026-02-17',
      people: [
        ['Astrid Vinther Nørgaard', 'DK'],
        ['Jean-Robert Pierre-Louis', 'HT'],
        ['Lars Mølgaard Friis', 'DK'],
        ['Ana Cecilia Marroquín', null],
      ],
      countries: ['DK', 'DO', 'HT'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs of Denmark',
        'Department for Humanitarian Action, Migration and Civil Society',
        'Ministry of Public Health and Population',
        'DanChurchAid',
        'Haitian Red Cross Society',
        'Pan American Health Organization (PAHO)',
      ],
      places: ["Grand'Anse department", 'Copenhagen', 'Jérémie', 'Santo Domingo', 'Port-au-Prince'],
    },
  },
  {
    id: 'l-baltic-amber-exercise',
    text: `Lithuanian Armed Forces > News
Baltic Amber 2026: Lithuanian, Latvian and Polish troops train to defend the Lithuanian-Polish border

Rukla, 2nd of October 2026

More than 3,500 soldiers from Lithuania, Latvia and Poland, supported by allied units of the NATO Multinational Division North East, completed the exercise Baltic Amber 2026 in the Kaunas, Marijampolė and Alytus districts on Friday.

The exercise was directed by Brig. Gen. Mindaugas Petrauskas, Commander of the Mechanised Infantry Brigade Iron Wolf of the Lithuanian Land Force, together with Brig. Gen. Tomasz Wiśniewski of Poland's 15th Mechanised Brigade. The Latvian contribution, a reinforced mechanised company, was led by Col. Artūrs Bērziņš.

For the first time, the units practised the crossing of the Neris river with Polish bridging equipment and the reception of reinforcements arriving by rail from Poland through the town of Šeštokai.

Lt Gen Vytautas Žemaitis, Chief of Defence of Lithuania, who observed the final phase together with the Polish and Latvian ambassadors, said: "Our three countries are showing that the border between Lithuania and Poland is not a gap, it is a bridge."

Residents of Marijampolė and Kalvarija were thanked for their patience during night-time movements of armoured vehicles.

Photos: Lithuanian Armed Forces / Sgt. Eglė Jurkūnaitė`,
    expected: {
      date: '2026-10-02',
      people: [
        ['Mindaugas Petrauskas', 'LT'],
        ['Tomasz Wiśniewski', 'PL'],
        ['Artūrs Bērziņš', 'LV'],
        ['Vytautas Žemaitis', 'LT'],
        ['Eglė Jurkūnaitė', 'LT'],
      ],
      countries: ['LT', 'LV', 'PL'],
      blocs: ['NATO'],
      events: ['Baltic Amber 2026'],
      organizations: [
        'Lithuanian Armed Forces',
        'NATO Multinational Division North East',
        'Mechanised Infantry Brigade Iron Wolf',
        'Lithuanian Land Force',
        '15th Mechanised Brigade',
      ],
      places: ['Rukla', 'Kaunas', 'Marijampolė', 'Alytus', 'Šeštokai', 'Kalvarija'],
    },
  },
  {
    id: 'l-greece-bulgaria-romania-rail',
    text: `Hellenic Republic – Ministry of Infrastructure and Transport > Press Office
Greece, Bulgaria and Romania agree timetable for the Aegean–Black Sea rail corridor

Thessaloniki, 30.09.2026

The Ministers responsible for transport of Greece, Bulgaria and Romania met in Thessaloniki at the invitation of the Greek Ministry of Infrastructure and Transport, on the occasion of the 90th Thessaloniki International Fair, and signed a joint declaration on the Aegean–Black Sea rail corridor linking the ports of Thessaloniki, Kavala and Alexandroupolis with Burgas, Varna and Constanța.

The declaration was signed by Georgios Antoniadis, Minister of Infrastructure and Transport of the Hellenic Republic, Petar Stoyanov Dimitrov, Bulgarian Minister of Transport and Communications, and Andreea Popescu-Ionescu, Minister of Transport and Infrastructure of Romania.

The three ministers agreed that electrification of the Thessaloniki–Promachonas line and of the Ruse–Varna section should be completed by 2030, with financing from the Connecting Europe Facility of the European Union. Valentina Rossetti, Director at the European Commission's Directorate-General for Mobility and Transport, said the corridor was "a textbook case of how the EU can connect its south-eastern members".

Representatives of the rail operators Hellenic Train, BDZ and CFR Marfă presented a pilot freight service that will run weekly between Alexandroupolis and Ruse from March 2027.

Minister Antoniadis noted that the corridor would also offer Greek, Bulgarian and Romanian ports an alternative route for cargo from Ukraine and Moldova. The next trilateral meeting will be held in Bucharest.`,
    expected: {
      date: '2026-09-30',
      people: [
        ['Georgios Antoniadis', 'GR'],
        ['Petar Stoyanov Dimitrov', 'BG'],
        ['Andreea Popescu-Ionescu', 'RO'],
        ['Valentina Rossetti', null],
      ],
      countries: ['BG', 'GR', 'MD', 'RO', 'UA'],
      blocs: ['EU'],
      events: ['90th Thessaloniki International Fair'],
      organizations: [
        'Ministry of Infrastructure and Transport',
        'Connecting Europe Facility',
        'European Commission',
        'Directorate-General for Mobility and Transport',
        'Hellenic Train',
        'BDZ',
        'CFR Marfă',
      ],
      places: [
        'Thessaloniki',
        'Kavala',
        'Alexandroupolis',
        'Burgas',
        'Varna',
        'Constanța',
        'Promachonas',
        'Ruse',
        'Bucharest',
      ],
    },
  },
  {
    id: 'l-nordic-caribbean-fellowship-call',
    text: `Home > Funding > Open calls
Call for applications: Nordic–Caribbean Climate Resilience Fellowship 2027

The Nordic Council of Ministers, in partnership with the Caribbean Community Climate Change Centre (CCCCC) in Belmopan, invites applications for the second round of the Nordic–Caribbean Climate Resilience Fellowship.

Up to twelve early-career researchers, engineers and civil servants from CARICOM member states will spend three to six months at a host institution in Denmark, Finland, Iceland, Norway or Sweden, working on coastal protection, renewable energy on islands, disaster risk finance or climate-resilient agriculture. Host institutions include the University of Copenhagen, Aalto University in Espoo, the University of Bergen and the Iceland School of Energy in Reykjavík.

Fellows receive a monthly allowance, travel costs and health insurance. Priority will be given to applicants from Haiti, Belize, Guyana and Suriname, and to projects that involve a partner institution in the applicant's home country.

Eligibility: citizens of a CARICOM member state; a master's degree or equivalent professional experience; English at C1 level.

How to apply: submit the online form with a project outline (max. 1,500 words), a CV and two letters of reference.

Deadline for applications: 15 January 2027, 23:59 CET. Selection results will be published by 31 March 2027. Fellowships start between June and October 2027.

Questions: fellowship@example.org

Share: Facebook | LinkedIn | E-mail`,
    expected: {
      date: '2027-01-15',
      people: [],
      countries: ['BZ', 'DK', 'FI', 'GY', 'HT', 'IS', 'NO', 'SE', 'SR'],
      blocs: ['CARICOM'],
      events: [],
      organizations: [
        'Nordic Council of Ministers',
        'Caribbean Community Climate Change Centre (CCCCC)',
        'University of Copenhagen',
        'Aalto University',
        'University of Bergen',
        'Iceland School of Energy',
      ],
      places: ['Belmopan', 'Copenhagen', 'Espoo', 'Bergen', 'Reykjavík'],
    },
  },
  {
    id: 'l-sharjah-samarkand-twinning',
    text: `Home > Media Centre > Press Releases
Sharjah and Samarkand sign twinning agreement to boost heritage tourism

Sharjah, 24 November 2026

Sharjah City Municipality and the Khokimiyat of Samarkand signed a twinning agreement today at the Sharjah Municipal Council, opening a new chapter in cooperation between the two cities in urban heritage, tourism and municipal services.

The agreement was signed by Obaid Saeed Al Tunaiji, Director General of Sharjah City Municipality, and Ergash Bakhodirovich Shodmonov, Khokim of the City of Samarkand, in the presence of Dr. Abdulla Hamad Al Suwaidi, Chairman of the Sharjah Municipal Council, and Otabek Nazarov, Ambassador of the Republic of Uzbekistan to the United Arab Emirates.

Under the agreement, the Sharjah Institute for Heritage will share its experience in the restoration of historic buildings, while Samarkand will welcome Emirati students and architects to summer workshops at the Registan ensemble. The two municipalities will also exchange expertise in waste management and smart parking.

Shodmonov invited Sharjah residents to the 5th Samarkand International Handicrafts Festival, to be held in September 2027, and announced that a square in the new tourist district of Samarkand would be named "Sharjah Square".

The Uzbek delegation, which included members of the Samarkand City Council Malika Yusupova and Sherzod Ravshanov, also toured the historic old town of Sharjah.

Sharjah is now twinned with nine cities abroad, including Tangier in Morocco and Kazan in Russia.`,
    expected: {
      date: '2026-11-24',
      people: [
        ['Obaid Saeed Al Tunaiji', 'AE'],
        ['Ergash Bakhodirovich Shodmonov', 'UZ'],
        ['Abdulla Hamad Al Suwaidi', 'AE'],
        ['Otabek Nazarov', 'UZ'],
        ['Malika Yusupova', 'UZ'],
        ['Sherzod Ravshanov', 'UZ'],
      ],
      countries: ['AE', 'MA', 'RU', 'UZ'],
      blocs: [],
      events: ['5th Samarkand International Handicrafts Festival'],
      organizations: [
        'Sharjah City Municipality',
        'Khokimiyat of Samarkand',
        'Sharjah Municipal Council',
        'Sharjah Institute for Heritage',
        'Samarkand City Council',
      ],
      places: ['Sharjah', 'Samarkand', 'Tangier', 'Kazan'],
    },
  },
  {
    id: 'l-gcc-central-asia-strategic-dialogue',
    text: `Home > Press Service > Statements
Joint Statement of the Sixth Ministerial Meeting of the GCC–Central Asia Strategic Dialogue

Samarkand, 2026-12-02

The Sixth Ministerial Meeting of the GCC–Central Asia Strategic Dialogue was held in Samarkand, the Republic of Uzbekistan, under the co-chairmanship of Farrukh Tursunkhodjaev, Minister of Foreign Affairs of the Republic of Uzbekistan, and Sheikh Fawaz Nasser Al-Ahmad Al-Sabah, Minister of State for Foreign Affairs of the State of Kuwait, which holds the presidency of the Ministerial Council of the Gulf Cooperation Council.

The meeting was attended by the heads of delegation:
Noura bint Mohammed Al Ketbi, Minister of State, United Arab Emirates;
Sheikh Isa bin Salman bin Duaij Al Khalifa, Undersecretary for Political Affairs, Kingdom of Bahrain;
Adel bin Saleh Al-Mubarak, Deputy Minister of Foreign Affairs, Kingdom of Saudi Arabia;
Dr. Saud bin Hamoud Al Mahrouqi, Undersecretary for Diplomatic Affairs, Sultanate of Oman;
Abdulrahman bin Mubarak Al-Kuwari, Minister of State for International Cooperation, State of Qatar;
Ainur Bolatkyzy Zhumagaliyeva, Deputy Minister of Foreign Affairs, Republic of Kazakhstan;
Medet Sultanbek uulu, Deputy Minister of Foreign Affairs, Kyrgyz Republic;
Khurshed Saidzoda, First Deputy Minister of Foreign Affairs, Republic of Tajikistan;
Batyr Amanmuradov, Deputy Minister of Foreign Affairs, Turkmenistan;
and Khalid bin Saleh Al-Ghamdi, Secretary-General of the Gulf Cooperation Council.

The ministers adopted the Joint Action Plan for 2027–2031, covering trade and investment, food and water security, transport connectivity, renewable energy, education and people-to-people contacts. They welcomed the launch of direct flights between Samarkand and Doha and between Tashkent and Dammam.

The ministers agreed to convene the GCC–Central Asia Investment Forum in Almaty in 2027 and to hold the next ministerial meeting in Kuwait City.`,
    expected: {
      date: '2026-12-02',
      people: [
        ['Farrukh Tursunkhodjaev', 'UZ'],
        ['Fawaz Nasser Al-Ahmad Al-Sabah', 'KW'],
        ['Noura bint Mohammed Al Ketbi', 'AE'],
        ['Isa bin Salman bin Duaij Al Khalifa', 'BH'],
        ['Adel bin Saleh Al-Mubarak', 'SA'],
        ['Saud bin Hamoud Al Mahrouqi', 'OM'],
        ['Abdulrahman bin Mubarak Al-Kuwari', 'QA'],
        ['Ainur Bolatkyzy Zhumagaliyeva', 'KZ'],
        ['Medet Sultanbek uulu', 'KG'],
        ['Khurshed Saidzoda', 'TJ'],
        ['Batyr Amanmuradov', 'TM'],
        ['Khalid bin Saleh Al-Ghamdi', null],
      ],
      countries: ['AE', 'BH', 'KG', 'KW', 'KZ', 'OM', 'QA', 'SA', 'TJ', 'TM', 'UZ'],
      blocs: ['GCC'],
      events: [
        'Sixth Ministerial Meeting of the GCC–Central Asia Strategic Dialogue',
        'GCC–Central Asia Investment Forum',
      ],
      organizations: ['Ministerial Council of the Gulf Cooperation Council'],
      places: ['Samarkand', 'Doha', 'Tashkent', 'Dammam', 'Almaty', 'Kuwait City'],
    },
  },
  {
    id: 'l-trinidad-tobago-london-passport-clinic',
    text: `High Commission of the Republic of Trinidad and Tobago, London > Consular Notices
Passport and civil registry clinics in Birmingham and Manchester

London, 2 November 2026

The High Commission of the Republic of Trinidad and Tobago in London wishes to inform nationals of Trinidad and Tobago resident in the United Kingdom that consular officers will hold passport and civil registry clinics outside London this month.

Birmingham: Saturday 14 November, 10:00–16:00, at a community centre in Handsworth.
Manchester: Sunday 15 November, 11:00–17:00, at a community centre in Moss Side.

At the clinics, applicants may submit applications for the renewal of machine-readable passports, request birth, marriage and death certificates from the Registrar General's Department in Port of Spain, and obtain certified copies of documents. Nationals applying for a passport for the first time must attend the High Commission in person.

Applicants must book an appointment in advance through the High Commission's website; walk-in applications will not be accepted. Payment is by card only. Passports will be delivered by registered post approximately eight weeks after the application.

Nationals resident in Ireland may also attend the Manchester clinic.

The High Commission thanks the Trinidad and Tobago Association of Greater Manchester and the Caribbean Heritage Network Birmingham for their support in organising these clinics.

Consular Section, High Commission of the Republic of Trinidad and Tobago, London`,
    expected: {
      date: '2026-11-02',
      people: [],
      countries: ['GB', 'IE', 'TT'],
      blocs: [],
      events: [],
      organizations: [
        'High Commission of the Republic of Trinidad and Tobago in London',
        "Registrar General's Department",
        'Trinidad and Tobago Association of Greater Manchester',
        'Caribbean Heritage Network Birmingham',
      ],
      places: [
        'London',
        'Birmingham',
        'Manchester',
        'Handsworth',
        'Moss Side',
        'Port of Spain',
        'Greater Manchester',
      ],
    },
  },
];
