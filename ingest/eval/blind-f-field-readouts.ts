import type { EvalCase } from './eval-set';

/**
 * Blind F (field readouts): 36 announcements written for this project on 2026-12-01, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: first-person readouts and joint
 * statements of European and Nordic ministries; Gulf, Middle East and North African ministries and agencies
 * (Hijri and Gregorian dates, joint committees, expos); Central Asian, Caucasus and Eastern European
 * intergovernmental commissions and business forums (patronymics); South and Southeast Asian MoU signings,
 * consultations and trade fairs; defence, agriculture, energy, health and development-agency releases with
 * working groups and technical committees; spokesperson briefing transcripts and multi-item newsletters.
 * Not for tuning until its first run was reported.
 * FIRST RUN (scored 2026-12-01, once, on main at d8d0c39 before any change; nobody who changed the rules had
 * read it):
 *   people         P 0.887 R 0.812 F1 0.847 (125/16/29)
 *   countries      P 0.991 R 1.000 F1 0.995 (110/1/0)
 *   blocs          P 0.958 R 0.852 F1 0.902 (23/1/4)
 *   events         P 0.902 R 0.860 F1 0.881 (37/4/6)
 *   organizations  P 0.732 R 0.545 F1 0.625 (60/22/50)
 *   places         P 0.955 R 0.773 F1 0.854 (85/4/25)
 *   date accuracy 1.000; person country acc. 0.616
 * On the third round of rules (branches x3-events and x3-pc merged, 2026-12-01 17:05; their authors never
 * saw this set):
 *   people         P 0.881 R 0.818 F1 0.848 (126/17/28)
 *   events         P 0.952 R 0.930 F1 0.941 (40/2/3)
 *   organizations  P 0.732 R 0.545 F1 0.625 (60/22/50)
 *   countries, blocs, places unchanged; date accuracy 1.000; person country acc. 0.746
 * A tuning set since then (enforced with floors), while blind set G measures.
 */
export const BLIND_F: EvalCase[] = [
  // ---------------------------------------------------------------- 1. European and Nordic ministries
  {
    id: 'f-nl-slovenia-readout',
    text: `Home > News > Readouts
Readout: Minister van der Berg meets Slovenian counterpart Žagar in The Hague

The Hague, 14 October 2026

Minister for Foreign Trade and Development Cooperation of the Netherlands Pieter van der Berg said: "Today I met my Slovenian counterpart, Minister of Foreign and European Affairs Tanja Žagar. We agreed that Dutch and Slovenian ports have much to gain from closer cooperation, from Rotterdam to the port of Koper."

The two ministers discussed the EU single market, green hydrogen corridors and continued support for Ukraine. Van der Berg underlined the role of the Netherlands Enterprise Agency (RVO) in helping small firms enter the Slovenian market, while Minister Žagar invited Dutch companies to the Slovenian-Dutch Business Day in Ljubljana next spring.

The meeting was held in the Johan de Witt Room of the ministry and was followed by a working lunch.

For more information: press office, +31 70 000 0000`,
    expected: {
      date: '2026-10-14',
      people: [
        ['Pieter van der Berg', 'NL'],
        ['Tanja Žagar', 'SI'],
      ],
      countries: ['NL', 'SI', 'UA'],
      blocs: ['EU'],
      events: ['Slovenian-Dutch Business Day'],
      organizations: ['Netherlands Enterprise Agency (RVO)'],
      places: ['The Hague', 'Rotterdam', 'Koper', 'Ljubljana'],
    },
  },
  {
    id: 'f-no-pl-joint-statement',
    text: `Joint statement by the Foreign Ministers of Norway and Poland on the security of subsea infrastructure

PRESS RELEASE

No. 118/26

For immediate release

Oslo / Warsaw, 3 November 2026

Norwegian Minister of Foreign Affairs Ingrid Solbakken Ødegård and Polish Minister of Foreign Affairs Michał Wróblewski today issued the following joint statement:

"Our two countries share responsibility for the subsea cables and pipelines that connect our coasts. We condemn recent acts of sabotage and will deepen cooperation between the Norwegian Coastal Administration and the Maritime Office in Gdynia.

We reaffirm our unwavering support for Ukraine and welcome the decision to hold the Baltic Sea Infrastructure Security Conference in Gdańsk in March 2027. Norway, as a close partner of the EU, and Poland, as an EU member state, will present a joint proposal there."

Minister Ødegård and Minister Wróblewski will meet again on the margins of the Nordic-Polish Security Dialogue in Bergen.

Contact: Press Office, pressoffice@example.no`,
    expected: {
      date: '2026-11-03',
      people: [
        ['Ingrid Solbakken Ødegård', 'NO'],
        ['Michał Wróblewski', 'PL'],
      ],
      countries: ['NO', 'PL', 'UA'],
      blocs: ['EU'],
      events: ['Baltic Sea Infrastructure Security Conference', 'Nordic-Polish Security Dialogue'],
      organizations: ['Norwegian Coastal Administration', 'Maritime Office in Gdynia'],
      places: ['Oslo', 'Warsaw', 'Gdynia', 'Gdańsk', 'Bergen'],
    },
  },
  {
    id: 'f-at-hu-joint-economic-committee',
    text: `Federal Ministry for European and International Affairs > Press > Press Releases
Minister von Aichberg and Minister Kővári open Joint Economic Committee in Vienna

Vienna, 27 October 2026

Federal Minister for European and International Affairs Clemens von Aichberg today welcomed Hungary's Minister of Foreign Affairs and Trade, Zoltán Kővári, to the Federal Ministry for European and International Affairs for the 14th session of the Austrian-Hungarian Joint Economic Committee.

"Hungary is one of Austria's five most important trading partners. Today we agreed to speed up the rail link between Vienna, Győr and Budapest," said von Aichberg.

The talks also covered energy interconnectors and the Danube Region Strategy of the EU. Minister Kővári was accompanied by Deputy State Secretary Réka Szőllősi. On the Austrian side, Director-General Andreas Brandstätter of the Austrian Business Agency presented a new investor guide.

The next session of the Committee will be held in Hungary in 2027.`,
    expected: {
      date: '2026-10-27',
      people: [
        ['Clemens von Aichberg', 'AT'],
        ['Zoltán Kővári', 'HU'],
        ['Réka Szőllősi', 'HU'],
        ['Andreas Brandstätter', 'AT'],
      ],
      countries: ['AT', 'HU'],
      blocs: ['EU'],
      events: ['14th session of the Austrian-Hungarian Joint Economic Committee'],
      organizations: ['Federal Ministry for European and International Affairs', 'Austrian Business Agency'],
      places: ['Vienna', 'Győr', 'Budapest'],
    },
  },
  {
    id: 'f-ie-lt-cyber-forum',
    text: `Department of Foreign Affairs > Press Releases
Minister of State O'Mahony travels to Vilnius for EU-Baltic Cyber Resilience Forum

22 September 2026

Ireland's Minister of State for European Affairs, Ciarán O'Mahony, today met Lithuania's Vice-Minister of Foreign Affairs, Rūta Kazlauskienė, in Vilnius ahead of the opening of the second EU-Baltic Cyber Resilience Forum.

Speaking after the meeting, Minister O'Mahony said: "Today I had a warm and substantive exchange with Vice-Minister Kazlauskienė. Ireland and Lithuania are small, open, digital economies, and we face the same threats."

The Minister was accompanied by Ireland's Ambassador to Lithuania, Gráinne O'Mahony. In the evening, Ambassador O'Mahony hosted a reception at the Embassy of Ireland in Vilnius for Irish and Lithuanian technology firms, with experts from the National Cyber Security Centre.

At the Forum, Minister O'Mahony joined a panel with Estonian Undersecretary Kadri Tamm and Latvian State Secretary Jānis Ozoliņš. The Department of Foreign Affairs will publish a summary of the discussions.`,
    expected: {
      date: '2026-09-22',
      people: [
        ["Ciarán O'Mahony", 'IE'],
        ['Rūta Kazlauskienė', 'LT'],
        ["Gráinne O'Mahony", 'IE'],
        ['Kadri Tamm', 'EE'],
        ['Jānis Ozoliņš', 'LV'],
      ],
      countries: ['EE', 'IE', 'LT', 'LV'],
      blocs: ['EU'],
      events: ['second EU-Baltic Cyber Resilience Forum'],
      organizations: [
        'Embassy of Ireland in Vilnius',
        'National Cyber Security Centre',
        'Department of Foreign Affairs',
      ],
      places: ['Vilnius'],
    },
  },
  {
    id: 'f-dk-nordic-trade-ministers',
    text: `Nordic trade ministers meet in Aarhus on resilient supply chains

Ministry of Foreign Affairs of Denmark

Denmark's Minister for Trade and Investment, Mette Søgaard Bjerre, hosted her Nordic colleagues in Aarhus for the annual Nordic Trade Ministers' Meeting.

Attending were Finland's Minister for Foreign Trade Aleksi Häkkinen, Iceland's Minister for Foreign Affairs Guðrún Þórsdóttir, Norway's State Secretary for Trade Håkon Brekke and Sweden's Minister for Foreign Trade Elin Åkerlund.

Minister Søgaard Bjerre said: "Nordic companies have learnt the hard way that a single supplier is a single point of failure. Today we agreed to map our critical dependencies together."

The ministers adopted a joint declaration on supply chain resilience and asked the Danish Export and Investment Fund (EIFO) and its Nordic sister institutions to propose a common guarantee scheme. The meeting closed with a press conference at the city hall.`,
    expected: {
      date: null,
      people: [
        ['Mette Søgaard Bjerre', 'DK'],
        ['Aleksi Häkkinen', 'FI'],
        ['Guðrún Þórsdóttir', 'IS'],
        ['Håkon Brekke', 'NO'],
        ['Elin Åkerlund', 'SE'],
      ],
      countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
      blocs: [],
      events: ["Nordic Trade Ministers' Meeting"],
      organizations: ['Ministry of Foreign Affairs of Denmark', 'Danish Export and Investment Fund (EIFO)'],
      places: ['Aarhus'],
    },
  },
  {
    id: 'f-be-cz-strategic-dialogue',
    text: `Home > Newsroom
Joint statement of Ministers de Walque and Dvořák on the Belgian-Czech Strategic Dialogue

Brussels, 9 December 2025 —

The Deputy Prime Minister and Minister of Foreign Affairs of Belgium, Olivier de Walque, and the Minister of Foreign Affairs of the Czech Republic, Tomáš Dvořák, met today at the Egmont Palace for the first session of the Belgian-Czech Strategic Dialogue. They issued the following joint statement.

"Belgium and Czechia are committed to a stronger, more competitive Europe. We value the cooperation within the Benelux and the Visegrád Group and see our dialogue as a bridge between them.

We will co-host the Belgian-Czech Innovation Conference in Brno in autumn 2026, bringing together Flanders Investment & Trade, CzechInvest and research institutions from both countries."

Minister Dvořák thanked the Belgian Ambassador to the Czech Republic, Marie-Claire de Brouckère, for her work in preparing the dialogue. De Walque will travel to Prague early next year.`,
    expected: {
      date: '2025-12-09',
      people: [
        ['Olivier de Walque', 'BE'],
        ['Tomáš Dvořák', 'CZ'],
        ['Marie-Claire de Brouckère', 'BE'],
      ],
      countries: ['BE', 'CZ'],
      blocs: ['Benelux', 'Visegrád Group'],
      events: [
        'first session of the Belgian-Czech Strategic Dialogue',
        'Belgian-Czech Innovation Conference',
      ],
      organizations: ['Flanders Investment & Trade', 'CzechInvest'],
      places: ['Brussels', 'Brno', 'Flanders', 'Prague'],
    },
  },
  // ---------------------------------------------------------------- 2. Gulf, Middle East and North Africa
  {
    id: 'f-ae-emirates-africa-forum',
    text: `Ministry of Economy > Media Centre > News
UAE Minister of Economy opens Emirates–Africa Investment Forum 2026 in Abu Dhabi

Abu Dhabi, 11 Rabi' al-Thani 1448 AH, corresponding to 23 September 2026 –

H.E. Abdulla bin Saeed Al Kaabi, Minister of Economy of the United Arab Emirates, today opened the Emirates–Africa Investment Forum 2026 under the patronage of H.H. Sheikh Khalifa bin Saqr Al Nuaimi, Chairman of the Abu Dhabi Investment Promotion Council.

The opening was attended by H.E. Dr. Fatima bint Khalid Al Suwaidi, Assistant Under-Secretary for Foreign Trade at the Ministry of Economy; H.E. Amadou Diallo Sow, Minister of Commerce of Senegal; H.E. Grace Wanjiru Mwangi, Cabinet Secretary for Investments of Kenya; and ministers and investors from 38 countries.

Al Kaabi said: "The UAE is today among the largest investors in Africa, and this Forum is where partnerships turn into projects."

On the sidelines, the Abu Dhabi Investment Promotion Council and the Kenya Investment Authority (KenInvest) signed a memorandum on agro-logistics. The next edition will be held in Dubai alongside the Gulf Food Expo 2027.`,
    expected: {
      date: '2026-09-23',
      people: [
        ['Abdulla bin Saeed Al Kaabi', 'AE'],
        ['Khalifa bin Saqr Al Nuaimi', 'AE'],
        ['Fatima bint Khalid Al Suwaidi', 'AE'],
        ['Amadou Diallo Sow', 'SN'],
        ['Grace Wanjiru Mwangi', 'KE'],
      ],
      countries: ['AE', 'KE', 'SN'],
      blocs: [],
      events: ['Emirates–Africa Investment Forum 2026', 'Gulf Food Expo 2027'],
      organizations: [
        'Abu Dhabi Investment Promotion Council',
        'Ministry of Economy',
        'Kenya Investment Authority (KenInvest)',
      ],
      places: ['Abu Dhabi', 'Dubai'],
    },
  },
  {
    id: 'f-sa-ma-joint-committee',
    text: `Saudi and Moroccan ministers co-chair 7th session of Joint Committee in Riyadh

Riyadh, Saturday 19 Jumada al-Ula 1448H, corresponding to 31 October 2026

The Minister of Investment of the Kingdom of Saudi Arabia, H.E. Eng. Turki bin Nasser Al-Otaibi, and the Minister of Industry and Trade of the Kingdom of Morocco, H.E. Mr. Youssef El Alami Benjelloun, today co-chaired the 7th session of the Saudi-Moroccan Joint Committee at the headquarters of the Ministry of Investment in Riyadh.

The two sides signed five memoranda of understanding, including one between the Saudi Export Development Authority and the Moroccan Agency for Investment and Export Development (AMDIE) on the promotion of non-oil exports.

H.E. Al-Otaibi stated that bilateral trade had grown by 18 percent, while Benjelloun invited Saudi investors to the automotive and renewable energy zones around Tangier.

The session was attended by H.E. Dr. Abdulrahman ibn Saleh Al-Harbi, Ambassador of the Custodian of the Two Holy Mosques to Morocco, and H.E. Mr. Karim Tazi Alaoui, Ambassador of Morocco to the Kingdom. The committee agreed to hold a Saudi-Moroccan Business Forum in Casablanca in 1449H (2027).`,
    expected: {
      date: '2026-10-31',
      people: [
        ['Turki bin Nasser Al-Otaibi', 'SA'],
        ['Youssef El Alami Benjelloun', 'MA'],
        ['Abdulrahman ibn Saleh Al-Harbi', 'SA'],
        ['Karim Tazi Alaoui', 'MA'],
      ],
      countries: ['MA', 'SA'],
      blocs: [],
      events: ['7th session of the Saudi-Moroccan Joint Committee', 'Saudi-Moroccan Business Forum'],
      organizations: [
        'Ministry of Investment',
        'Saudi Export Development Authority',
        'Moroccan Agency for Investment and Export Development (AMDIE)',
      ],
      places: ['Riyadh', 'Tangier', 'Casablanca'],
    },
  },
  {
    id: 'f-qa-development-finance-forum',
    text: `Minister of State Al-Kuwari meets Turkish and Ivorian delegations on sidelines of Doha Development Finance Forum

State of Qatar – Ministry of Foreign Affairs

Doha – 17 June 2026

HE Minister of State for International Cooperation Dr. Noora bint Hamad Al-Kuwari met today with HE Deputy Minister of Foreign Affairs of the Republic of Türkiye Mehmet Ali Yıldırım on the sidelines of the third Doha Development Finance Forum. The meeting reviewed joint humanitarian projects and preparations for the next round of political consultations.

HE Dr. Al-Kuwari also received a courtesy call from HE Aya Kouassi-Brou, Minister of Planning and Development of Côte d'Ivoire, during which they discussed projects financed by the Qatar Fund for Development (QFFD) in Abidjan and Bouaké.

The meetings were attended by Mr. Jassim Mohammed Al-Hajri, Director of International Cooperation at the Ministry of Foreign Affairs.`,
    expected: {
      date: '2026-06-17',
      people: [
        ['Noora bint Hamad Al-Kuwari', 'QA'],
        ['Mehmet Ali Yıldırım', 'TR'],
        ['Aya Kouassi-Brou', 'CI'],
        ['Jassim Mohammed Al-Hajri', 'QA'],
      ],
      countries: ['CI', 'QA', 'TR'],
      blocs: [],
      events: ['third Doha Development Finance Forum'],
      organizations: ['Ministry of Foreign Affairs', 'Qatar Fund for Development (QFFD)'],
      places: ['Doha', 'Abidjan', 'Bouaké'],
    },
  },
  {
    id: 'f-eg-jo-higher-joint-committee',
    text: `Egypt and Jordan conclude 32nd session of Higher Joint Committee in Cairo

Cairo, 4 Jumada al-Akhirah 1448 AH – 14 November 2026

Egyptian Prime Minister Dr. Hisham Abdel-Ghaffar Mansour and his Jordanian counterpart, Dr. Ayman Tawfiq Al-Majali, today concluded the 32nd session of the Egyptian-Jordanian Higher Joint Committee, which produced 14 agreements and executive programmes.

The ministers of trade, Eng. Omar ibn Yusuf Hegazy of Egypt and Ms. Rania Suleiman Haddad of Jordan, signed an executive programme linking the Suez Canal Economic Zone (SCZone) with the port of Aqaba. The two prime ministers also reviewed the trilateral mechanism with Iraq.

The Secretary-General of the Arab League, Mr. Saad Eddine Moussa, sent a message welcoming the outcomes. The 33rd session will be held in Amman next year.`,
    expected: {
      date: '2026-11-14',
      people: [
        ['Hisham Abdel-Ghaffar Mansour', 'EG'],
        ['Ayman Tawfiq Al-Majali', 'JO'],
        ['Omar ibn Yusuf Hegazy', 'EG'],
        ['Rania Suleiman Haddad', 'JO'],
        ['Saad Eddine Moussa', null],
      ],
      countries: ['EG', 'IQ', 'JO'],
      blocs: ['Arab League'],
      events: ['32nd session of the Egyptian-Jordanian Higher Joint Committee'],
      organizations: ['Suez Canal Economic Zone (SCZone)'],
      places: ['Cairo', 'Aqaba', 'Amman'],
    },
  },
  {
    id: 'f-kw-algerian-ambassador',
    text: `Foreign Minister receives Algerian ambassador on end of tenure

Kuwait City, Tuesday – H.E. Sheikh Fahad Nasser Al-Mubarak Al-Sabah, Minister of Foreign Affairs of the State of Kuwait, received at the Ministry's headquarters today the Ambassador of the People's Democratic Republic of Algeria, Mr. Rachid Benaissa Bouzid, on the occasion of the end of his tenure.

The Minister praised the ambassador's efforts in strengthening Kuwaiti-Algerian relations and in preparing the 3rd session of the Kuwaiti-Algerian Joint Committee, and wished him success. The meeting touched on Gulf Cooperation Council (GCC) relations with the Maghreb.

The meeting was attended by Assistant Foreign Minister for Arab Affairs Ambassador Dhari Ajran Al-Enezi.

Sheikh Fahad later received a courtesy call from the Resident Coordinator of the United Nations in Kuwait, Ms. Helena Marchetti.`,
    expected: {
      date: null,
      people: [
        ['Fahad Nasser Al-Mubarak Al-Sabah', 'KW'],
        ['Rachid Benaissa Bouzid', 'DZ'],
        ['Dhari Ajran Al-Enezi', 'KW'],
        ['Helena Marchetti', null],
      ],
      countries: ['DZ', 'KW'],
      blocs: ['GCC'],
      events: ['3rd session of the Kuwaiti-Algerian Joint Committee'],
      organizations: ['United Nations'],
      places: ['Kuwait City'],
    },
  },
  {
    id: 'f-bh-gulf-industry-fair',
    text: `Bahrain EDB signs three agreements at Gulf Industry Fair 2026

PRESS RELEASE

Manama, Kingdom of Bahrain – 20 Jumada al-Ula 1448 / 1 November 2026:

H.E. Shaikha Noor bint Ebrahim Al Khalifa, Chief Executive of the Bahrain Economic Development Board (EDB), announced three investment agreements at the Gulf Industry Fair 2026, held in Sakhir under the theme "Manufacturing the Future".

The agreements were signed with Japan's Kiyomura Precision Industries, Korea's Hanseong Aluminium Co. and India's Sutaria Chemicals Ltd., and are expected to create more than 600 jobs for Bahrainis.

The fair was also visited by H.E. Eng. Sami bin Abdullah Al Mahmood, Minister of Industry and Commerce, and by Dr. Khalid Mubarak Al-Dosari, Assistant Secretary-General for Economic Affairs of the Gulf Cooperation Council (GCC).

For media enquiries: media@example.bh`,
    expected: {
      date: '2026-11-01',
      people: [
        ['Noor bint Ebrahim Al Khalifa', 'BH'],
        ['Sami bin Abdullah Al Mahmood', 'BH'],
        ['Khalid Mubarak Al-Dosari', null],
      ],
      countries: ['BH', 'IN', 'JP', 'KR'],
      blocs: ['GCC'],
      events: ['Gulf Industry Fair 2026'],
      organizations: [
        'Bahrain Economic Development Board (EDB)',
        'Kiyomura Precision Industries',
        'Hanseong Aluminium Co.',
        'Sutaria Chemicals Ltd.',
      ],
      places: ['Manama', 'Sakhir'],
    },
  },
  // ---------------------------------------------------------------- 3. Central Asia, Caucasus, Eastern Europe
  {
    id: 'f-kz-hu-intergovernmental-commission',
    text: `Ministry of Foreign Affairs of the Republic of Kazakhstan > Press Service > News
Astana hosts meeting of the Kazakh-Hungarian Intergovernmental Commission

Astana, 8 October 2026

Deputy Prime Minister – Minister of Trade and Integration of the Republic of Kazakhstan Nurlan Bakhytuly Sarsenbayev and State Secretary for Economic Diplomacy of Hungary Gábor Szőke today co-chaired the 18th meeting of the Kazakh-Hungarian Intergovernmental Commission on Economic Cooperation.

The parties noted that trade turnover exceeded 500 million dollars and agreed on credit lines of the Hungarian Export-Import Bank (Eximbank) for joint projects in agriculture and pharmaceuticals. Sarsenbayev proposed opening a Hungarian trade house in Shymkent, and the Akim of Shymkent, Yerlan Serikuly Zhumabekov, presented the city's industrial zones.

On the margins of the commission, the Kazakh-Hungarian Business Forum gathered more than 120 companies, with Kazakh Invest signing agreements with firms from Debrecen.

Press Service of the Ministry of Foreign Affairs of the Republic of Kazakhstan`,
    expected: {
      date: '2026-10-08',
      people: [
        ['Nurlan Bakhytuly Sarsenbayev', 'KZ'],
        ['Gábor Szőke', 'HU'],
        ['Yerlan Serikuly Zhumabekov', 'KZ'],
      ],
      countries: ['HU', 'KZ'],
      blocs: [],
      events: [
        '18th meeting of the Kazakh-Hungarian Intergovernmental Commission on Economic Cooperation',
        'Kazakh-Hungarian Business Forum',
      ],
      organizations: [
        'Hungarian Export-Import Bank (Eximbank)',
        'Kazakh Invest',
        'Ministry of Foreign Affairs of the Republic of Kazakhstan',
      ],
      places: ['Astana', 'Shymkent', 'Debrecen'],
    },
  },
  {
    id: 'f-uz-az-business-forum',
    text: `Samarkand hosts Uzbek-Azerbaijani Business Forum with ministers from four countries

Chamber of Commerce and Industry of Uzbekistan

Press release | 12.09.2026

SAMARKAND – Today the Uzbek-Azerbaijani Business Forum was held in Samarkand, organised by the Chamber of Commerce and Industry of Uzbekistan together with the Azerbaijan Export and Investment Promotion Agency (AZPROMO).

Speakers included Uzbekistan's Minister of Investment, Industry and Trade Dilnoza Rustam qizi Karimova, Azerbaijan's Deputy Minister of Economy Elnur Rafael oglu Mammadli, Georgia's First Deputy Minister of Economy Tamar Gvenetadze and Turkmenistan's Deputy Minister of Trade Merdan Orazgeldiyevich Baýramow, who discussed cargo transit across the Caspian and the Black Sea.

Karimova said that the four countries could double transit volumes by 2030. Mammadli invited participants to the 5th meeting of the Uzbek-Azerbaijani Intergovernmental Commission on Trade and Economic Cooperation, to be held in Baku in December.

Agreements worth 340 million dollars were signed in textiles, food processing and logistics.`,
    expected: {
      date: '2026-09-12',
      people: [
        ['Dilnoza Rustam qizi Karimova', 'UZ'],
        ['Elnur Rafael oglu Mammadli', 'AZ'],
        ['Tamar Gvenetadze', 'GE'],
        ['Merdan Orazgeldiyevich Baýramow', 'TM'],
      ],
      countries: ['AZ', 'GE', 'TM', 'UZ'],
      blocs: [],
      events: [
        'Uzbek-Azerbaijani Business Forum',
        '5th meeting of the Uzbek-Azerbaijani Intergovernmental Commission on Trade and Economic Cooperation',
      ],
      organizations: [
        'Chamber of Commerce and Industry of Uzbekistan',
        'Azerbaijan Export and Investment Promotion Agency (AZPROMO)',
      ],
      places: ['Samarkand', 'Baku'],
    },
  },
  {
    id: 'f-ge-us-state-delegation',
    text: `Ministry of Foreign Affairs of Georgia > Press Releases
First Deputy Foreign Minister Abashidze meets delegation from the U.S. state of Georgia

Tbilisi, 5 May 2026

First Deputy Minister of Foreign Affairs of Georgia Levan Abashidze today met a trade delegation from the U.S. state of Georgia led by Commissioner Patricia Holloway of the Georgia Department of Economic Development. The delegation included representatives of the Georgia Ports Authority and of companies based in Atlanta and Savannah.

"Georgia and Georgia share more than a name: both are gateways," Abashidze said. The sides discussed cargo links between the port of Poti and Savannah, Georgian wine exports to the United States and Georgia's progress towards EU membership.

Later in the day the delegation travelled to Batumi, where it met Adjara's regional Minister of Economy, Giorgi Tsintsadze. The Ministry of Foreign Affairs of Georgia will facilitate a return visit next year.`,
    expected: {
      date: '2026-05-05',
      people: [
        ['Levan Abashidze', 'GE'],
        ['Patricia Holloway', 'US'],
        ['Giorgi Tsintsadze', 'GE'],
      ],
      countries: ['GE', 'US'],
      blocs: ['EU'],
      events: [],
      organizations: [
        'Georgia Department of Economic Development',
        'Georgia Ports Authority',
        'Ministry of Foreign Affairs of Georgia',
      ],
      places: ['Tbilisi', 'Georgia', 'Atlanta', 'Savannah', 'Poti', 'Batumi', 'Adjara'],
    },
  },
  {
    id: 'f-ua-lt-intergovernmental-commission',
    text: `Ukraine and Lithuania hold Intergovernmental Commission session in Kyiv

Ministry of Economy of Ukraine

Kyiv, 21 March 2026

Today the 9th session of the Ukrainian-Lithuanian Intergovernmental Commission on Economic, Industrial and Scientific-Technical Cooperation took place in Kyiv. The Ukrainian part of the Commission was headed by First Deputy Minister of Economy Oleksandr Petrovych Hnatiuk, the Lithuanian part by Vice-Minister of the Economy and Innovation Agnė Vaitkevičiūtė.

Hnatiuk thanked Lithuanian partners for their support and noted that Lithuanian companies are already rebuilding energy infrastructure in the Lviv and Zhytomyr regions, in line with Ukraine's path to EU membership. The parties discussed projects under the EU4Business programme and a joint venture for modular housing.

The session was also attended by the Deputy Head of the Lviv Regional Military Administration, Olena Vasylivna Kravets, and by the Ambassador of Lithuania to Ukraine, Darius Jurgelevičius. Representatives of Invest Lithuania presented a guide for Ukrainian exporters.`,
    expected: {
      date: '2026-03-21',
      people: [
        ['Oleksandr Petrovych Hnatiuk', 'UA'],
        ['Agnė Vaitkevičiūtė', 'LT'],
        ['Olena Vasylivna Kravets', 'UA'],
        ['Darius Jurgelevičius', 'LT'],
      ],
      countries: ['LT', 'UA'],
      blocs: ['EU'],
      events: [
        '9th session of the Ukrainian-Lithuanian Intergovernmental Commission on Economic, Industrial and Scientific-Technical Cooperation',
      ],
      organizations: [
        'Ministry of Economy of Ukraine',
        'Lviv Regional Military Administration',
        'Invest Lithuania',
      ],
      places: ['Kyiv', 'Lviv', 'Zhytomyr'],
    },
  },
  {
    id: 'f-kg-water-energy-ministerial',
    text: `Cabinet of Ministers of the Kyrgyz Republic > News
Ministers of three countries discuss water and energy cooperation in Cholpon-Ata

The third Central Asian Water and Energy Ministerial Meeting was held this week in Cholpon-Ata at the invitation of the Cabinet of Ministers of the Kyrgyz Republic.

Taking part were the Minister of Energy of the Kyrgyz Republic Bakyt Asanovich Jumabaev and his deputy Aizada Talantbek kyzy, the Minister of Energy and Water Resources of Tajikistan Sherali Rahmonovich Nazarzoda, and the Vice-Minister of Energy of Kazakhstan Aidos Kairatuly Bekov. They agreed on a summer release schedule and on power exchanges over the CASA-1000 line.

Jumabaev said the parties would sign the schedule at the next meeting in Dushanbe. The World Bank Country Manager for the Kyrgyz Republic, Anna Kowalczyk, and experts from the Eurasian Development Bank (EDB) presented financing options for new hydropower units.`,
    expected: {
      date: null,
      people: [
        ['Bakyt Asanovich Jumabaev', 'KG'],
        ['Aizada Talantbek kyzy', 'KG'],
        ['Sherali Rahmonovich Nazarzoda', 'TJ'],
        ['Aidos Kairatuly Bekov', 'KZ'],
        ['Anna Kowalczyk', null],
      ],
      countries: ['KG', 'KZ', 'TJ'],
      blocs: [],
      events: ['third Central Asian Water and Energy Ministerial Meeting'],
      organizations: [
        'Cabinet of Ministers of the Kyrgyz Republic',
        'World Bank',
        'Eurasian Development Bank (EDB)',
      ],
      places: ['Cholpon-Ata', 'Dushanbe'],
    },
  },
  {
    id: 'f-tm-korea-logistics-dialogue',
    text: `Ashgabat hosts Korea–Central Asia Logistics Dialogue

Ministry of Foreign Affairs of Turkmenistan

Ashgabat, 25 June 2026

The 2nd Korea–Central Asia Logistics Dialogue opened today in Ashgabat with delegations from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and the Republic of Korea.

The opening session was chaired by Deputy Minister of Foreign Affairs of Turkmenistan Gurbanmyrat Atayevich Nurmuhammedov and Vice-Minister of Land, Infrastructure and Transport of Korea PARK Ji-hoon. KIM Soo-yeon, President of the Korea Maritime Institute, presented a study on container flows through the port of Turkmenbashi.

As an observer, Deputy Minister of Digital Development and Transport of Azerbaijan Rahman Elchin oglu Huseynli briefed participants on the trans-Caspian ferry fleet. Nurmuhammedov and Park also discussed a business matchmaking session organised by the Korea Trade-Investment Promotion Agency (KOTRA).`,
    expected: {
      date: '2026-06-25',
      people: [
        ['Gurbanmyrat Atayevich Nurmuhammedov', 'TM'],
        ['Park Ji-hoon', 'KR'],
        ['Kim Soo-yeon', 'KR'],
        ['Rahman Elchin oglu Huseynli', 'AZ'],
      ],
      countries: ['AZ', 'KG', 'KR', 'KZ', 'TJ', 'TM', 'UZ'],
      blocs: [],
      events: ['2nd Korea–Central Asia Logistics Dialogue'],
      organizations: [
        'Ministry of Foreign Affairs of Turkmenistan',
        'Korea Maritime Institute',
        'Korea Trade-Investment Promotion Agency (KOTRA)',
      ],
      places: ['Ashgabat', 'Turkmenbashi'],
    },
  },
  // ---------------------------------------------------------------- 4. South and Southeast Asia
  {
    id: 'f-in-vn-spice-mou',
    text: `India and Viet Nam sign MoU on spice value chains at Bharat Spice Expo 2026

Ministry of Commerce & Industry

Posted On: 18th November, 2026 4:30PM

New Delhi: Shri Rajesh Kumar Tiwari, Secretary, Department of Commerce, and H.E. Mr. Nguyễn Văn Thành, Ambassador of Viet Nam to India, today exchanged a Memorandum of Understanding on cooperation in spice value chains on the sidelines of Bharat Spice Expo 2026.

The MoU was exchanged in the presence of Smt. Anupama Reddy, Chairperson, Spices Board India, and Shri K. Venugopal Nair, Minister for Industries, Government of Kerala. Dr. Lakshmi Priya Menon, Director, Indian Institute of Spices Research, Kozhikode, will lead the joint research component.

Vietnamese Trade Counsellor Ms. Trần Thị Mai said that pepper and cinnamon growers of both countries would benefit from shared quality standards.

*****

PKR/NS`,
    expected: {
      date: '2026-11-18',
      people: [
        ['Rajesh Kumar Tiwari', 'IN'],
        ['Nguyễn Văn Thành', 'VN'],
        ['Anupama Reddy', 'IN'],
        ['K. Venugopal Nair', 'IN'],
        ['Lakshmi Priya Menon', 'IN'],
        ['Trần Thị Mai', 'VN'],
      ],
      countries: ['IN', 'VN'],
      blocs: [],
      events: ['Bharat Spice Expo 2026'],
      organizations: [
        'Ministry of Commerce & Industry',
        'Department of Commerce',
        'Spices Board India',
        'Government of Kerala',
        'Indian Institute of Spices Research',
      ],
      places: ['New Delhi', 'Kerala', 'Kozhikode'],
    },
  },
  {
    id: 'f-bd-np-foreign-office-consultations',
    text: `Foreign Office Consultations between Bangladesh and Nepal held in Dhaka

Ministry of Foreign Affairs | Dhaka

Press Release

Dhaka, 15th March, 2026

The 6th round of Foreign Office Consultations between Bangladesh and Nepal was held today at the state guest house in Dhaka. Foreign Secretary Begum Farhana Rahman led the Bangladesh side, while Foreign Secretary Sushila Adhikari Koirala led the Nepalese delegation.

The two sides reviewed cooperation in power trade, connectivity through the port of Mongla and cooperation within BIMSTEC and SAARC. Foreign Secretary Rahman proposed that the Bangladesh Investment Development Authority (BIDA) host a roadshow in Kathmandu.

Before the consultations, the Nepalese delegation paid a courtesy call on Hon'ble State Minister for Foreign Affairs Md. Shahriar Kabir Chowdhury.`,
    expected: {
      date: '2026-03-15',
      people: [
        ['Farhana Rahman', 'BD'],
        ['Sushila Adhikari Koirala', 'NP'],
        ['Md. Shahriar Kabir Chowdhury', 'BD'],
      ],
      countries: ['BD', 'NP'],
      blocs: ['BIMSTEC', 'SAARC'],
      events: ['6th round of Foreign Office Consultations between Bangladesh and Nepal'],
      organizations: ['Ministry of Foreign Affairs', 'Bangladesh Investment Development Authority (BIDA)'],
      places: ['Dhaka', 'Mongla', 'Kathmandu'],
    },
  },
  {
    id: 'f-th-ph-joint-commission',
    text: `Ministry of Foreign Affairs of the Kingdom of Thailand > Press Releases
The 8th Meeting of the Thailand–Philippines Joint Commission for Bilateral Cooperation

15.07.2026

On 14 July 2026, Mr. Chaiwat Srisomboon, Minister of Foreign Affairs of Thailand, and Hon. Ma. Cristina R. Villanueva-Santos, Secretary of Foreign Affairs of the Philippines, co-chaired the 8th Meeting of the Thailand–Philippines Joint Commission for Bilateral Cooperation in Chiang Mai.

Both sides welcomed growing trade in rice, bananas and electronics, and agreed to cooperate closely during the Philippines' ASEAN Chairmanship. Assistant Secretary Jose Emmanuel P. Dizon III and Ms. Pimchanok Wongsuwan, Director-General of the Department of East Asian Affairs of the Ministry of Foreign Affairs of the Kingdom of Thailand, signed the Agreed Minutes.

The next meeting will take place in Davao City.`,
    expected: {
      date: '2026-07-15',
      people: [
        ['Chaiwat Srisomboon', 'TH'],
        ['Ma. Cristina R. Villanueva-Santos', 'PH'],
        ['Jose Emmanuel P. Dizon III', 'PH'],
        ['Pimchanok Wongsuwan', 'TH'],
      ],
      countries: ['PH', 'TH'],
      blocs: ['ASEAN'],
      events: ['8th Meeting of the Thailand–Philippines Joint Commission for Bilateral Cooperation'],
      organizations: [
        'Department of East Asian Affairs',
        'Ministry of Foreign Affairs of the Kingdom of Thailand',
      ],
      places: ['Chiang Mai', 'Davao City'],
    },
  },
  {
    id: 'f-id-nusantara-trade-fair',
    text: `Nusantara Trade Fair 2026 records USD 9.4 billion in transactions

Ministry of Trade of the Republic of Indonesia

Jakarta, 19 October 2026 – Minister of Trade Sutrisno closed the Nusantara Trade Fair 2026 in Tangerang on Sunday, announcing transactions of USD 9.4 billion, up 12 percent on last year.

"Our exporters from every province have shown the world what Indonesia makes," Sutrisno said. Director General of National Export Development Dr. Retno Wulandari said buyers came from 118 countries, including large delegations from Nigeria and Egypt, and from ASEAN partners.

A delegation from Malaysia was led by Datuk Seri Ahmad Fauzi bin Hamzah, Deputy Minister of International Trade and Industry. The Governor of West Java, Asep Gunawan, visited the regional pavilion, where Pak Harjono, a rattan craftsman from Cirebon, signed his first export contract.

Indonesia Eximbank (LPEI) offered export financing to 40 small firms during the fair.`,
    expected: {
      date: '2026-10-19',
      people: [
        ['Sutrisno', 'ID'],
        ['Retno Wulandari', 'ID'],
        ['Ahmad Fauzi bin Hamzah', 'MY'],
        ['Asep Gunawan', 'ID'],
        ['Harjono', 'ID'],
      ],
      countries: ['EG', 'ID', 'MY', 'NG'],
      blocs: ['ASEAN'],
      events: ['Nusantara Trade Fair 2026'],
      organizations: ['Ministry of Trade of the Republic of Indonesia', 'Indonesia Eximbank (LPEI)'],
      places: ['Jakarta', 'Tangerang', 'West Java', 'Cirebon'],
    },
  },
  {
    id: 'f-vn-kr-joint-committee',
    text: `Viet Nam – Korea Joint Committee on Trade, Industry and Energy convenes in Hà Nội

Ministry of Industry and Trade of Viet Nam (MOIT)

Hà Nội, 09.11.2026

Deputy Minister of Industry and Trade Nguyễn Thị Thu Hà and Korea's Deputy Minister for Trade LEE Sang-woo co-chaired the 14th session of the Viet Nam – Korea Joint Committee on Trade, Industry and Energy today.

The two sides agreed to raise bilateral trade to USD 150 billion and to cooperate on offshore wind and critical minerals. Korean investors in Bắc Ninh province and the city of Hải Phòng raised issues of power supply and customs clearance.

Ambassador of Korea to Viet Nam CHOI Min-jun attended the session. The Viet Nam – Korea Business Forum 2026, held in the afternoon and moderated by Jessica Tran, brought together 300 enterprises, including Hanbit Energy Corp. and the Korea Energy Agency.`,
    expected: {
      date: '2026-11-09',
      people: [
        ['Nguyễn Thị Thu Hà', 'VN'],
        ['Lee Sang-woo', 'KR'],
        ['Choi Min-jun', 'KR'],
        ['Jessica Tran', null],
      ],
      countries: ['KR', 'VN'],
      blocs: [],
      events: [
        '14th session of the Viet Nam – Korea Joint Committee on Trade, Industry and Energy',
        'Viet Nam – Korea Business Forum 2026',
      ],
      organizations: [
        'Ministry of Industry and Trade of Viet Nam (MOIT)',
        'Hanbit Energy Corp.',
        'Korea Energy Agency',
      ],
      places: ['Hà Nội', 'Bắc Ninh', 'Hải Phòng'],
    },
  },
  {
    id: 'f-lk-uk-minister-call',
    text: `UK Minister for the Indo-Pacific calls on Foreign Minister

Ministry of Foreign Affairs, Foreign Employment and Tourism – Sri Lanka

Colombo, Wednesday

The Rt Hon. Eleanor Whitcombe, Minister of State for the Indo-Pacific of the United Kingdom, called on Hon. Nalaka Wijesinghe, Minister of Foreign Affairs, Foreign Employment and Tourism, at the Ministry today.

The Ministers discussed British investment in renewable energy, the development of the port of Trincomalee and preparations for the Indian Ocean Conference 2026. Minister Wijesinghe thanked the United Kingdom for its support for Sri Lanka's debt restructuring.

Earlier, Minister Whitcombe met Hon. Chamari Gunawardena, Governor of the Western Province, and visited a vocational training centre supported by the British High Commission in Colombo.`,
    expected: {
      date: null,
      people: [
        ['Eleanor Whitcombe', 'GB'],
        ['Nalaka Wijesinghe', 'LK'],
        ['Chamari Gunawardena', 'LK'],
      ],
      countries: ['GB', 'LK'],
      blocs: [],
      events: ['Indian Ocean Conference 2026'],
      organizations: [
        'Ministry of Foreign Affairs, Foreign Employment and Tourism',
        'British High Commission in Colombo',
      ],
      places: ['Colombo', 'Trincomalee', 'Western Province'],
    },
  },
  // ---------------------------------------------------------------- 5. Defence, agriculture, energy, health, development
  {
    id: 'f-au-id-maritime-working-group',
    text: `Department of Defence > Media > Releases
Australia and Indonesia hold maritime security talks in Bali

Media release | 2 June 2026

Senior defence officials from Australia and Indonesia met in Nusa Dua, Bali, this week for talks of the Maritime Security Working Group.

The fifth meeting of the Australia–Indonesia Maritime Security Working Group was co-chaired by Australia's First Assistant Secretary International Policy, Dr Hannah McAllister, and Indonesia's Director General of Defence Strategy, Major General Bambang Wicaksono.

Officials reviewed coordinated patrols, information sharing between the Royal Australian Navy and the Indonesian Maritime Security Agency (Bakamla), and implementation of the Defence Cooperation Arrangement. The delegations also paid a courtesy call on the Governor of Bali.

Dr McAllister said the working group had become "the engine room of our maritime partnership". The next meeting will be hosted by the Department of Defence in Darwin in 2027.`,
    expected: {
      date: '2026-06-02',
      people: [
        ['Hannah McAllister', 'AU'],
        ['Bambang Wicaksono', 'ID'],
      ],
      countries: ['AU', 'ID'],
      blocs: [],
      events: ['fifth meeting of the Australia–Indonesia Maritime Security Working Group'],
      organizations: [
        'Royal Australian Navy',
        'Indonesian Maritime Security Agency (Bakamla)',
        'Department of Defence',
      ],
      places: ['Nusa Dua', 'Bali', 'Darwin'],
    },
  },
  {
    id: 'f-ke-plant-health-committee',
    text: `Kenya hosts second meeting of the East African Technical Committee on Plant Health

PRESS STATEMENT

Nairobi, 26th August 2026

The Principal Secretary of the State Department for Agriculture, Dr. Wanjiku Kamau-Otieno, today opened the second meeting of the East African Technical Committee on Plant Health in Nairobi.

The East African Technical Committee on Plant Health (EATCPH) was established by the East African Community (EAC) in 2024 to harmonise pest surveillance and phytosanitary certification. Delegates included Uganda's Commissioner for Crop Protection, Mr. Joseph Ssemwogerere, and Tanzania's Director of Plant Health Services, Dr. Neema Mwakyusa.

The FAO Representative in Kenya, Mr. Tomás Echeverría, pledged technical support from the Food and Agriculture Organization of the United Nations (FAO). The Kenya Plant Health Inspectorate Service (KEPHIS) and Prof. Daniel Kiprono of the University of Nairobi presented a new early-warning tool.

The Principal Secretary later addressed the press conference at the end of the first day.`,
    expected: {
      date: '2026-08-26',
      people: [
        ['Wanjiku Kamau-Otieno', 'KE'],
        ['Joseph Ssemwogerere', 'UG'],
        ['Neema Mwakyusa', 'TZ'],
        ['Tomás Echeverría', null],
        ['Daniel Kiprono', 'KE'],
      ],
      countries: ['KE', 'TZ', 'UG'],
      blocs: ['EAC'],
      events: ['second meeting of the East African Technical Committee on Plant Health'],
      organizations: [
        'State Department for Agriculture',
        'East African Technical Committee on Plant Health (EATCPH)',
        'Food and Agriculture Organization of the United Nations (FAO)',
        'Kenya Plant Health Inspectorate Service (KEPHIS)',
        'University of Nairobi',
      ],
      places: ['Nairobi'],
    },
  },
  {
    id: 'f-gh-ci-interconnection',
    text: `Ghana, Côte d'Ivoire agree timetable for 330kV interconnection upgrade

Ministry of Energy and Green Transition

Accra – Friday, 10th April 2026

The third meeting of the joint technical committee on the Ghana–Côte d'Ivoire power interconnection ended in Accra today with agreement on a timetable to upgrade the cross-border line to 330kV by 2028.

The Minister for Energy and Green Transition, Hon. Kwabena Asante-Darko, said the upgrade would allow Ghana to import cheaper hydropower in the dry season. The Ivorian Minister of Mines, Petroleum and Energy, Mr. Serge Koffi Yao, said the line would strengthen the ECOWAS regional electricity market.

Engineers of the Ghana Grid Company (GRIDCo) and the Compagnie Ivoirienne d'Électricité (CIE) will finalise technical studies with the West African Power Pool (WAPP), whose Secretary General, Mr. Alassane Kéita-Ndiaye, attended the closing session. The substations in Kumasi and Bingerville will be expanded first.

Both ministers addressed a press conference and will present the project at the West African Clean Energy Week 2026 in Abidjan.`,
    expected: {
      date: '2026-04-10',
      people: [
        ['Kwabena Asante-Darko', 'GH'],
        ['Serge Koffi Yao', 'CI'],
        ['Alassane Kéita-Ndiaye', null],
      ],
      countries: ['CI', 'GH'],
      blocs: ['ECOWAS'],
      events: [
        "third meeting of the joint technical committee on the Ghana–Côte d'Ivoire power interconnection",
        'West African Clean Energy Week 2026',
      ],
      organizations: [
        'Ministry of Energy and Green Transition',
        'Ghana Grid Company (GRIDCo)',
        "Compagnie Ivoirienne d'Électricité (CIE)",
        'West African Power Pool (WAPP)',
      ],
      places: ['Accra', 'Kumasi', 'Bingerville', 'Abidjan'],
    },
  },
  {
    id: 'f-rw-health-financing-dialogue',
    text: `Kigali Health Financing Dialogue closes with commitment to domestic resource mobilisation

Ministry of Health | Republic of Rwanda

Kigali, 4 December 2025

The second Kigali Health Financing Dialogue closed today with a call on African Union member states to raise domestic health spending. The Minister of Health of Rwanda, Dr. Emmanuel Habimana-Mugisha, said that "aid is shrinking, but our ambitions cannot".

The World Health Organization (WHO) Regional Director for Africa, Dr. Amina Tchouaméni, praised the Rwanda Biomedical Centre (RBC) for its community-based insurance model. Burundi's Minister of Public Health, Dr. Lydia Ndayishimiye, and Uganda's State Minister for Health, Dr. Patrick Ochieng, shared their countries' experiences.

Experts from the Africa Centres for Disease Control and Prevention (Africa CDC) will prepare a regional financing tracker before the next Dialogue. Closing remarks were delivered by the Ministry of Health.`,
    expected: {
      date: '2025-12-04',
      people: [
        ['Emmanuel Habimana-Mugisha', 'RW'],
        ['Amina Tchouaméni', null],
        ['Lydia Ndayishimiye', 'BI'],
        ['Patrick Ochieng', 'UG'],
      ],
      countries: ['BI', 'RW', 'UG'],
      blocs: ['African Union'],
      events: ['second Kigali Health Financing Dialogue'],
      organizations: [
        'Ministry of Health',
        'World Health Organization (WHO)',
        'Rwanda Biomedical Centre (RBC)',
        'Africa Centres for Disease Control and Prevention (Africa CDC)',
      ],
      places: ['Kigali'],
    },
  },
  {
    id: 'f-koica-kh-rural-water',
    text: `KOICA Cambodia Office > News
KOICA and Ministry of Rural Development launch clean water project in Siem Reap

Phnom Penh, 30 January 2026 – The Korea International Cooperation Agency (KOICA) and the Ministry of Rural Development of Cambodia today signed the Record of Discussions for the Siem Reap Rural Water Supply Project, a five-year, USD 12 million programme that will bring piped water to 48 villages in Puok and Angkor Thom districts.

The document was signed by KOICA Country Director KANG Hye-won and H.E. Dr. Chea Sophal, Secretary of State of the Ministry of Rural Development, in the presence of H.E. Yoon Jae-sung, Ambassador of the Republic of Korea to Cambodia, and H.E. Sok Pisey, Governor of Siem Reap Province.

UNICEF water and sanitation specialist Maria Lopes described the lessons of earlier projects. The partners will present the project during Cambodia Rural WASH Week 2026.

Questions were taken at a short press conference after the signing.`,
    expected: {
      date: '2026-01-30',
      people: [
        ['Kang Hye-won', 'KR'],
        ['Chea Sophal', 'KH'],
        ['Yoon Jae-sung', 'KR'],
        ['Sok Pisey', 'KH'],
        ['Maria Lopes', null],
      ],
      countries: ['KH', 'KR'],
      blocs: [],
      events: ['Cambodia Rural WASH Week 2026'],
      organizations: [
        'Korea International Cooperation Agency (KOICA)',
        'Ministry of Rural Development of Cambodia',
        'UNICEF',
      ],
      places: ['Phnom Penh', 'Siem Reap', 'Puok', 'Angkor Thom'],
    },
  },
  {
    id: 'f-lt-defence-lebanon-pennsylvania',
    text: `Ministry of National Defence of the Republic of Lithuania > News
Vice-Minister Šimkus visits ammunition plant in Lebanon, Pennsylvania

Washington, 2 February 2026 – Vice-Minister of National Defence of Lithuania Tomas Šimkus today visited the Keystone Ordnance Works plant in Lebanon, Pennsylvania, which will supply 155 mm shells under a joint NATO procurement.

The visit followed the fourth meeting of the U.S.-Baltic Defence Industrial Base Working Group, held in Washington, which Šimkus attended with Estonia's Undersecretary for Defence Investment Kristjan Mägi and Latvia's State Secretary Aivars Bērziņš. The United States delegation was led by Acting Assistant Secretary of the Army for Acquisition Dr. Karen Whitfield.

"Production capacity is deterrence," Šimkus said. The Ministry of National Defence of the Republic of Lithuania will sign additional contracts with the US Army in the spring.`,
    expected: {
      date: '2026-02-02',
      people: [
        ['Tomas Šimkus', 'LT'],
        ['Kristjan Mägi', 'EE'],
        ['Aivars Bērziņš', 'LV'],
        ['Karen Whitfield', 'US'],
      ],
      countries: ['EE', 'LT', 'LV', 'US'],
      blocs: ['NATO'],
      events: ['fourth meeting of the U.S.-Baltic Defence Industrial Base Working Group'],
      organizations: [
        'Keystone Ordnance Works',
        'Ministry of National Defence of the Republic of Lithuania',
        'US Army',
      ],
      places: ['Washington', 'Lebanon', 'Pennsylvania'],
    },
  },
  // ---------------------------------------------------------------- 6. Briefing transcripts and newsletters
  {
    id: 'f-jp-press-secretary-briefing',
    text: `Press Conference by Press Secretary KOBAYASHI Haruto

Wednesday, October 21, 2026, 4:05 p.m., Press Conference Room, Ministry of Foreign Affairs

1. Opening Remarks

Press Secretary Kobayashi: Good afternoon. I have one announcement. Foreign Minister SATO Megumi will visit Paraguay and Uruguay from October 28 to 31. In Asunción she will attend the Japan-Mercosur Business Forum, and in Montevideo she will hold a meeting with her Uruguayan counterpart. Japan attaches great importance to its relations with Mercosur.

2. Questions and Answers

NAKAMURA Yui, NHK: President Hugo Ramírez Benítez of Paraguay said yesterday that he hopes to sign an investment agreement with Japan during the visit. Is that realistic?

Press Secretary Kobayashi: Negotiations are ongoing, and I would refrain from speculating on the outcome.

Emma Lindqvist, Reuters: Nigerian President Amara Nwosu is expected in Tokyo next month. Will Foreign Minister Sato meet him?

Press Secretary Kobayashi: Arrangements are still being made. We will announce details in due course. Thank you.`,
    expected: {
      date: '2026-10-21',
      people: [
        ['Kobayashi Haruto', 'JP'],
        ['Sato Megumi', 'JP'],
        ['Nakamura Yui', null],
        ['Hugo Ramírez Benítez', 'PY'],
        ['Emma Lindqvist', null],
        ['Amara Nwosu', 'NG'],
      ],
      countries: ['JP', 'NG', 'PY', 'UY'],
      blocs: ['Mercosur'],
      events: ['Japan-Mercosur Business Forum'],
      organizations: ['Ministry of Foreign Affairs', 'NHK', 'Reuters'],
      places: ['Asunción', 'Montevideo', 'Tokyo'],
    },
  },
  {
    id: 'f-za-dirco-media-briefing',
    text: `Media briefing by the DIRCO spokesperson on topical international issues

Pretoria, Thursday 17 September 2026

Spokesperson Thabiso Mahlangu: Good morning, colleagues. The Department of International Relations and Cooperation (DIRCO) wishes to brief you on Minister Nomvula Sithole's participation in the Extraordinary SADC Summit in Windhoek on Saturday, which will focus on the situation in Cabo Delgado, in northern Mozambique. South Africa remains committed to an African Union-led solution. South Africa will also raise the matter with its G20 partners.

Q (Naledi Khumalo, SABC News): President Laurent Kouamé Ahoua of Côte d'Ivoire has asked South Africa to support his candidate for the African Development Bank. Will Pretoria do so?

Mahlangu: South Africa will announce its position through the proper channels.

Q (Pieter Botha, Netwerk24): Is there a date yet for the state visit?

Mahlangu: Not yet. We will inform you.

Q (Chidi Okafor, Channels Television, Lagos): Will the Minister meet her Nigerian counterpart in Windhoek?

Mahlangu: The programme is still being finalised. Thank you all.

ENDS`,
    expected: {
      date: '2026-09-17',
      people: [
        ['Thabiso Mahlangu', 'ZA'],
        ['Nomvula Sithole', 'ZA'],
        ['Naledi Khumalo', null],
        ['Laurent Kouamé Ahoua', 'CI'],
        ['Pieter Botha', null],
        ['Chidi Okafor', null],
      ],
      countries: ['CI', 'MZ', 'NG', 'ZA'],
      blocs: ['SADC', 'African Union', 'G20'],
      events: ['Extraordinary SADC Summit'],
      organizations: [
        'Department of International Relations and Cooperation (DIRCO)',
        'SABC News',
        'African Development Bank',
        'Netwerk24',
        'Channels Television',
      ],
      places: ['Pretoria', 'Windhoek', 'Cabo Delgado', 'Lagos'],
    },
  },
  {
    id: 'f-eu-midday-briefing',
    text: `Midday briefing of the European Commission – transcript (excerpt)

Brussels, 6 May 2026

Chief Spokesperson Valérie Dumont-Laurent: Good afternoon. Before your questions, one announcement: the Commission will host the EU-Western Balkans Summit in Tirana on 18 June, and the leaders of the region have all confirmed their attendance.

Giorgos Papadakis, Danube Wire: A question for Anders Holmqvist. Serbian President Nenad Vuković said this morning that Serbia might skip the Summit. Does the European Commission have a reaction?

Lead Spokesperson for Foreign Affairs and Security Policy Anders Holmqvist: We have seen the statement. Our door remains open and we expect Serbia to be there.

Tereza Nováková, Czech Radio: Prime Minister Ana Kovač of Croatia proposed a new border regime yesterday. Is that compatible with EU law?

Holmqvist: We are in contact with the Croatian authorities and will analyse the proposal carefully.`,
    expected: {
      date: '2026-05-06',
      people: [
        ['Valérie Dumont-Laurent', null],
        ['Giorgos Papadakis', null],
        ['Anders Holmqvist', null],
        ['Nenad Vuković', 'RS'],
        ['Tereza Nováková', null],
        ['Ana Kovač', 'HR'],
      ],
      countries: ['CZ', 'HR', 'RS'],
      blocs: ['EU'],
      events: ['EU-Western Balkans Summit'],
      organizations: ['European Commission', 'Danube Wire', 'Czech Radio'],
      places: ['Brussels', 'Tirana'],
    },
  },
  {
    id: 'f-nz-trade-matters-newsletter',
    text: `Trade Matters – Issue 47

New Zealand Ministry of Foreign Affairs and Trade (MFAT) | Business newsletter | 25 November 2026

Trade mission to the Philippines and Viet Nam

Minister for Trade Hon. Aroha Te Rangi led a business delegation to Manila and Ho Chi Minh City last week. The delegation of New Zealand companies included Mere Parata (Tuatara Dairy Ltd), James Whitaker (Kōwhai Honey Co.), Priya Raman (Pounamu Software), Liam O'Connell (Kiwi Marine Engineering), Hana Kim (Silver Fern Seeds), Tomasi Fifita (Moana Wines), Rachel Dunmore (Harakeke Wool Collective), Wiremu Ngata (Aotearoa AgriTech), Chen Wei (Waikato Kiwifruit Exporters), Grace McAlister (Hawke's Bay Apples Ltd) and Ben Sutherland (Fernleaf Timber).

Tariff cuts take effect

Further tariff reductions under the upgraded ASEAN-Australia-New Zealand Free Trade Agreement take effect on 1 January 2027. Exporters can check their tariff lines with New Zealand Trade and Enterprise (NZTE).

Save the date

Registrations are open for Asia-Pacific Agrifood Week 2027 in Auckland.

People

Sophie Tuilagi has been appointed Trade Commissioner in Jakarta and takes up her post in January.`,
    expected: {
      date: '2026-11-25',
      people: [
        ['Aroha Te Rangi', 'NZ'],
        ['Mere Parata', 'NZ'],
        ['James Whitaker', 'NZ'],
        ['Priya Raman', 'NZ'],
        ["Liam O'Connell", 'NZ'],
        ['Hana Kim', 'NZ'],
        ['Tomasi Fifita', 'NZ'],
        ['Rachel Dunmore', 'NZ'],
        ['Wiremu Ngata', 'NZ'],
        ['Chen Wei', 'NZ'],
        ['Grace McAlister', 'NZ'],
        ['Ben Sutherland', 'NZ'],
        ['Sophie Tuilagi', 'NZ'],
      ],
      countries: ['AU', 'NZ', 'PH', 'VN'],
      blocs: ['ASEAN'],
      events: ['Asia-Pacific Agrifood Week 2027'],
      organizations: [
        'New Zealand Ministry of Foreign Affairs and Trade (MFAT)',
        'Tuatara Dairy Ltd',
        'Kōwhai Honey Co.',
        'Pounamu Software',
        'Kiwi Marine Engineering',
        'Silver Fern Seeds',
        'Moana Wines',
        'Harakeke Wool Collective',
        'Aotearoa AgriTech',
        'Waikato Kiwifruit Exporters',
        "Hawke's Bay Apples Ltd",
        'Fernleaf Timber',
        'New Zealand Trade and Enterprise (NZTE)',
      ],
      places: ['Manila', 'Ho Chi Minh City', 'Waikato', "Hawke's Bay", 'Auckland', 'Jakarta'],
    },
  },
  {
    id: 'f-ph-agri-bulletin',
    text: `Agri Bulletin – Week 46

Department of Agriculture (DA) – Office of the Secretary

Rice import calendar unchanged

The rice import window for the first quarter remains open to shipments from Viet Nam and Thailand. Importers must secure sanitary and phytosanitary clearances before loading.

DA and Korea's RDA sign MoU on smart farming

Secretary Eduardo M. Santiago and Administrator CHO Jae-ho of the Rural Development Administration (RDA) of Korea signed a memorandum on smart greenhouse pilots on Thursday. The pilots will be run by the Philippine Rice Research Institute (PhilRice) in the Science City of Muñoz, Nueva Ecija.

Bantay Presyo monitoring

Price monitoring under the Bantay Presyo programme continues in all public markets of Metro Manila. No price increases were recorded for vegetables this week.

From the regions

Regional Executive Director Rowena Cabrera-Lim reported that the Bicol Region has finished distributing certified seeds to farmers in Camarines Sur.

Save the date

The Philippine Agri-Fisheries Expo 2027 will be held in Pasay City in August. Exhibitors from ASEAN member states are welcome.`,
    expected: {
      date: null,
      people: [
        ['Eduardo M. Santiago', 'PH'],
        ['Cho Jae-ho', 'KR'],
        ['Rowena Cabrera-Lim', 'PH'],
      ],
      countries: ['KR', 'PH', 'TH', 'VN'],
      blocs: ['ASEAN'],
      events: ['Philippine Agri-Fisheries Expo 2027'],
      organizations: [
        'Department of Agriculture (DA)',
        'Rural Development Administration (RDA)',
        'Philippine Rice Research Institute (PhilRice)',
      ],
      places: [
        'Science City of Muñoz',
        'Nueva Ecija',
        'Metro Manila',
        'Bicol Region',
        'Camarines Sur',
        'Pasay City',
      ],
    },
  },
  {
    id: 'f-ee-foreign-ministry-weekly',
    text: `Foreign Ministry Weekly No. 43/2026

Ministry of Foreign Affairs of Estonia

Published: 26.10.2026

Minister Kallaste meets Moldovan counterpart

Minister of Foreign Affairs Liisa Kallaste met Moldova's Deputy Prime Minister and Minister of Foreign Affairs Mihai Ciobanu in Tallinn on Tuesday. They discussed Moldova's EU accession negotiations and Estonian support for e-governance reforms in Chișinău.

New honorary consulate in Ireland

Estonia has opened an honorary consulate in Cork, Ireland. The honorary consul of Estonia, Declan Ó Briain, will assist Estonian citizens in the south of Ireland.

Digital Nation Week 2026

More than 2,000 participants from 60 countries attended Digital Nation Week 2026 in Tallinn.

Travel advice

Travel advice for Türkiye has been updated following the earthquake in the east of the country.

Development cooperation

The Estonian Centre for International Development (ESTDEV) has launched a school-reconstruction project in Zhytomyr, Ukraine.`,
    expected: {
      date: '2026-10-26',
      people: [
        ['Liisa Kallaste', 'EE'],
        ['Mihai Ciobanu', 'MD'],
        ['Declan Ó Briain', 'EE'],
      ],
      countries: ['EE', 'IE', 'MD', 'TR', 'UA'],
      blocs: ['EU'],
      events: ['Digital Nation Week 2026'],
      organizations: [
        'Ministry of Foreign Affairs of Estonia',
        'Estonian Centre for International Development (ESTDEV)',
      ],
      places: ['Tallinn', 'Chișinău', 'Cork', 'Zhytomyr'],
    },
  },
];
