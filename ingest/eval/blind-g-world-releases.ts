import type { EvalCase } from './eval-set';

/**
 * Blind G (world releases): 32 announcements written for this project on 2026-12-01, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: official releases from around the world in
 * English (Latin American and Francophone African ministries in translation, Caribbean and Pacific governments,
 * East Asian ministries, parliaments and city governments, UN offices, development banks and chambers, spokesperson
 * statements, weekly calendars, notices without people, health/education/culture/sport ministries).
 * Held out through the third and fourth rounds; a tuning set since the sixth session (2026-12-01), when blind H
 * took its place. Its runs while held out, each once (nobody who changed the rules had read it):
 * FIRST RUN, on main at e740534 (the extractor of the session's start, d8d0c39):
 *   people         P 0.929 R 0.907 F1 0.918 (117/9/12)
 *   countries      P 1.000 R 0.988 F1 0.994 (85/0/1)
 *   blocs          P 0.875 R 0.778 F1 0.824 (7/1/2)
 *   events         P 0.735 R 0.714 F1 0.725 (25/9/10)
 *   organizations  P 0.789 R 0.630 F1 0.701 (75/20/44)
 *   places         P 0.976 R 0.755 F1 0.851 (80/2/26)
 *   date accuracy 1.000; person country acc. 0.658
 * After the third round (events; a person's country), main at ca8cadc:
 *   people         P 0.937 R 0.915 F1 0.925 (118/8/11)
 *   events         P 0.971 R 0.943 F1 0.957 (33/1/2)
 *   countries, blocs, organizations, places unchanged; date accuracy 1.000; person country acc. 0.754
 * After the fourth round (people, tuned on blind F), main at e8ab725:
 *   people         P 0.944 R 0.922 F1 0.933 (119/7/10)
 *   events         P 0.971 R 0.943 F1 0.957 (33/1/2)
 *   countries, blocs, organizations, places unchanged; date accuracy 1.000; person country acc. 0.756
 */
export const BLIND_G: EvalCase[] = [
  // ---------- 1. Latin American foreign and trade ministries ----------
  {
    id: 'g-pe-cl-consultations',
    text: `Ministry of Foreign Affairs > Press Room > Press Releases
Peru and Chile hold XIV Round of Bilateral Political Consultations

PRESS RELEASE NO. 112-26

Lima, March 4, 2026 – The Vice Minister of Foreign Affairs of Peru, Ambassador Claudia Mendoza de la Puente, and the Undersecretary of Foreign Affairs of Chile, Rodrigo Alarcón y Vergara, co-chaired today the XIV Round of Peru-Chile Bilateral Political Consultations, held at the headquarters of the Ministry of Foreign Affairs of Peru.

The two delegations reviewed the bilateral agenda, with emphasis on border integration between the regions of Tacna and Arica y Parinacota, the modernisation of the main border crossing and joint work within the Pacific Alliance.

Vice Minister Mendoza de la Puente highlighted the preparations for the VI Peru-Chile Binational Cabinet, which will take place in Santiago in the second half of the year. Undersecretary Alarcón thanked the Peruvian side for its hospitality.

The Peruvian delegation included the Director General for the Americas, Ambassador Javier Quispe Huamán, and the Executive Director of the Peruvian Agency for International Cooperation (APCI), Rosa Elvira Cárdenas de Ugarte.

Lima, March 4, 2026
Office of Communications`,
    expected: {
      date: '2026-03-04',
      people: [
        ['Claudia Mendoza de la Puente', 'PE'],
        ['Rodrigo Alarcón y Vergara', 'CL'],
        ['Javier Quispe Huamán', 'PE'],
        ['Rosa Elvira Cárdenas de Ugarte', 'PE'],
      ],
      countries: ['CL', 'PE'],
      blocs: ['Pacific Alliance'],
      events: [
        'XIV Round of Peru-Chile Bilateral Political Consultations',
        'VI Peru-Chile Binational Cabinet',
      ],
      organizations: [
        'Ministry of Foreign Affairs of Peru',
        'Peruvian Agency for International Cooperation (APCI)',
        'Office of Communications',
      ],
      places: ['Lima', 'Tacna', 'Arica y Parinacota', 'Santiago'],
    },
  },
  {
    id: 'g-br-py-commission',
    text: `Brazil and Paraguay hold 3rd Session of Binational Commission on Border Development

MINISTRY OF FOREIGN AFFAIRS – BRAZIL

Press Note No. 87

Date: 2026-04-16

Brasília – The 3rd Session of the Brazil-Paraguay Binational Commission on Border Development took place on April 15 and 16 at the Ministry of Foreign Affairs, co-chaired by the Secretary for Latin America and the Caribbean, Ambassador João Pedro da Silveira Lemos, and the Vice Minister of Foreign Affairs of Paraguay, Lucía Benítez Ortiz.

The meeting was attended by the Governor of the State of Mato Grosso do Sul, Marcos Antônio dos Santos Ferraz, by the mayor of Ponta Porã (Brazil), Eliane Cristina da Rocha, and by the mayor of Pedro Juan Caballero (Paraguay), Óscar Ramón Giménez y Duarte.

The delegations approved a work plan on health care for border residents, customs facilitation within Mercosur and the second bridge over the Paraná River. The Brazilian Cooperation Agency (ABC) and the Paraguayan Ministry of Public Works and Communications will prepare the technical studies.

Ambassador da Silveira Lemos stressed that the twin cities are "a laboratory of integration". The next session will be held in Asunción in 2027.`,
    expected: {
      date: '2026-04-16',
      people: [
        ['João Pedro da Silveira Lemos', 'BR'],
        ['Lucía Benítez Ortiz', 'PY'],
        ['Marcos Antônio dos Santos Ferraz', 'BR'],
        ['Eliane Cristina da Rocha', 'BR'],
        ['Óscar Ramón Giménez y Duarte', 'PY'],
      ],
      countries: ['BR', 'PY'],
      blocs: ['Mercosur'],
      events: ['3rd Session of the Brazil-Paraguay Binational Commission on Border Development'],
      organizations: [
        'Ministry of Foreign Affairs',
        'Brazilian Cooperation Agency (ABC)',
        'Paraguayan Ministry of Public Works and Communications',
      ],
      places: ['Brasília', 'Mato Grosso do Sul', 'Ponta Porã', 'Pedro Juan Caballero', 'Asunción'],
    },
  },
  {
    id: 'g-mx-co-trade',
    text: `Home > Press > Bulletins
Mexico and Colombia relaunch their trade agenda

Bulletin 045/2026

Mexico City, June 9, 2026

The Undersecretary of Foreign Trade of the Secretariat of Economy, Luis Enrique Herrera y Cantú, received the Vice Minister of Foreign Trade of Colombia, María Fernanda Gómez de Castro, to co-chair the 11th Meeting of the Administrative Commission of the Mexico-Colombia Free Trade Agreement.

Both officials agreed to update the rules of origin for textiles and to expand cumulation with the other members of the Pacific Alliance. The Ambassador of Colombia to Mexico, Andrés Felipe Ríos Santamaría, also took part in the session.

ProColombia and the Mexican Business Council for Foreign Trade (COMCE) will organise business rounds in Monterrey and Guadalajara in September, and a Mexican pavilion will be present at Expo Agro Bogotá 2026.

Undersecretary Herrera y Cantú said the Mexico-Colombia Free Trade Agreement "remains the backbone of a relationship that is growing every year".`,
    expected: {
      date: '2026-06-09',
      people: [
        ['Luis Enrique Herrera y Cantú', 'MX'],
        ['María Fernanda Gómez de Castro', 'CO'],
        ['Andrés Felipe Ríos Santamaría', 'CO'],
      ],
      countries: ['CO', 'MX'],
      blocs: ['Pacific Alliance'],
      events: [
        '11th Meeting of the Administrative Commission of the Mexico-Colombia Free Trade Agreement',
        'Expo Agro Bogotá 2026',
      ],
      organizations: [
        'Secretariat of Economy',
        'ProColombia',
        'Mexican Business Council for Foreign Trade (COMCE)',
      ],
      places: ['Mexico City', 'Monterrey', 'Guadalajara', 'Bogotá'],
    },
  },
  {
    id: 'g-uy-ec-no-year',
    text: `Uruguay and Ecuador review their cooperation agenda

On Tuesday 12 May, the Director General for Political Affairs of the Ministry of Foreign Relations of Uruguay, Ambassador Gabriela Fernández da Costa, received the Ambassador of Ecuador in Montevideo, Santiago Paredes Villacís.

The Vice Minister of Foreign Affairs of Ecuador, Diego Andrés Salazar y Mora, joined the meeting by videoconference from Quito. The parties agreed to convene the Second Meeting of the Uruguay-Ecuador Mechanism of Political Consultations in Quito before the end of the year.

The Uruguayan Agency for International Cooperation (AUCI) presented a proposal for technical cooperation in dairy production and renewable energy, and the investment and export promotion agency Uruguay XXI offered to host an Ecuadorian business delegation.

Ambassador Fernández da Costa and Ambassador Paredes also discussed the coordination of positions in multilateral forums.

Montevideo – Ministry of Foreign Relations`,
    expected: {
      date: null,
      people: [
        ['Gabriela Fernández da Costa', 'UY'],
        ['Santiago Paredes Villacís', 'EC'],
        ['Diego Andrés Salazar y Mora', 'EC'],
      ],
      countries: ['EC', 'UY'],
      blocs: [],
      events: ['Second Meeting of the Uruguay-Ecuador Mechanism of Political Consultations'],
      organizations: [
        'Ministry of Foreign Relations of Uruguay',
        'Uruguayan Agency for International Cooperation (AUCI)',
        'Uruguay XXI',
      ],
      places: ['Montevideo', 'Quito'],
    },
  },

  // ---------- 2. Francophone African ministries ----------
  {
    id: 'g-bf-ci-joint-commission',
    text: `Home > News > Cooperation
Burkina Faso and Côte d'Ivoire open the 8th Session of their Joint Commission for Cooperation

Ouagadougou, 12 March 2026 – His Excellency Jean-Baptiste Kaboré, Minister of Foreign Affairs, Regional Cooperation and Burkinabè Abroad, opened on 12 March 2026 in Ouagadougou the work of the 8th Session of the Burkina Faso-Côte d'Ivoire Joint Commission for Cooperation, alongside his Ivorian counterpart, His Excellency Serge Kouadio N'Guessan, Minister of State, Minister of Foreign Affairs, African Integration and Ivorians Abroad.

The session was preceded by a meeting of experts chaired by the Secretary General of the Burkinabè Ministry of Foreign Affairs, Mrs. Aminata Traoré, which reviewed the rehabilitation of the Abidjan-Ouagadougou railway, access of Burkinabè operators to the ports of Abidjan and San-Pédro and the situation of the Burkinabè community living in Côte d'Ivoire.

The Burkinabè Minister in charge of Transport, Mr. Issouf Ouédraogo, and his Ivorian counterpart signed a Memorandum of Understanding on Road Transport. Minister Kaboré welcomed "a relationship rooted in history and geography" and called for stronger coordination within ECOWAS.

The next session will be held in Bobo-Dioulasso and Abidjan on dates to be agreed through diplomatic channels.

Directorate of Communication and Press Relations`,
    expected: {
      date: '2026-03-12',
      people: [
        ['Jean-Baptiste Kaboré', 'BF'],
        ["Serge Kouadio N'Guessan", 'CI'],
        ['Aminata Traoré', 'BF'],
        ['Issouf Ouédraogo', 'BF'],
      ],
      countries: ['BF', 'CI'],
      blocs: ['ECOWAS'],
      events: ["8th Session of the Burkina Faso-Côte d'Ivoire Joint Commission for Cooperation"],
      organizations: [
        'Burkinabè Ministry of Foreign Affairs',
        'Directorate of Communication and Press Relations',
      ],
      places: ['Ouagadougou', 'Abidjan', 'San-Pédro', 'Bobo-Dioulasso'],
    },
  },
  {
    id: 'g-sn-investment-forum',
    text: `REPUBLIC OF SENEGAL

Ministry of Economy, Planning and Cooperation

PRESS RELEASE

Contact: communication@example.sn

Dakar to host the Senegal Investment Forum 2026

Dakar, 20 May 2026 – The Minister in charge of the Economy, Planning and Cooperation, His Excellency Abdoulaye Faye Ndiaye, announced that the Senegal Investment Forum 2026 will be held on 23 and 24 June 2026 at the Abdou Diouf International Conference Centre in Diamniadio.

The forum is organised by the Ministry of Economy, Planning and Cooperation and the Agency for the Promotion of Investments and Major Works (APIX), whose Director General, Mrs. Aïssatou Ba Diallo, indicated that more than 2,000 participants are expected, including official delegations from Morocco, France, Türkiye and the United Arab Emirates.

The Minister in charge of Mines and Geology, Mrs. Ndèye Fatou Sène, will present the new mining code, while the Vice President of the African Export-Import Bank (Afreximbank), Mr. Kwabena Osei-Mensah, will take part in a panel on trade finance.

Accreditation for journalists is open until 15 June 2026.`,
    expected: {
      date: '2026-05-20',
      people: [
        ['Abdoulaye Faye Ndiaye', 'SN'],
        ['Aïssatou Ba Diallo', 'SN'],
        ['Ndèye Fatou Sène', 'SN'],
        ['Kwabena Osei-Mensah', null],
      ],
      countries: ['AE', 'FR', 'MA', 'SN', 'TR'],
      blocs: [],
      events: ['Senegal Investment Forum 2026'],
      organizations: [
        'Ministry of Economy, Planning and Cooperation',
        'Agency for the Promotion of Investments and Major Works (APIX)',
        'African Export-Import Bank (Afreximbank)',
      ],
      places: ['Dakar', 'Diamniadio'],
    },
  },
  {
    id: 'g-ga-holy-see-nuncio',
    text: `Ministry of Foreign Affairs > Activities of the Minister
The Minister of Foreign Affairs receives the new Apostolic Nuncio

Libreville, Thursday 10 September 2026. The Minister of Foreign Affairs of the Gabonese Republic, His Excellency Hervé Moussavou-Ndong, received in audience at the Ministry of Foreign Affairs Archbishop Paolo Venturini, Apostolic Nuncio of the Holy See to Gabon, who presented the copy of his letters of credence.

The two personalities discussed the contribution of Catholic schools and health facilities to national development, in particular the Albert Schweitzer Hospital, which the Nuncio intends to visit in Lambaréné next month.

The Minister was accompanied by the Director General of Protocol, Mrs. Solange Obame Nguema.`,
    expected: {
      date: '2026-09-10',
      people: [
        ['Hervé Moussavou-Ndong', 'GA'],
        ['Paolo Venturini', 'VA'],
        ['Solange Obame Nguema', 'GA'],
      ],
      countries: ['GA', 'VA'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Foreign Affairs', 'Albert Schweitzer Hospital'],
      places: ['Libreville', 'Lambaréné'],
    },
  },
  {
    id: 'g-ci-ml-corridor',
    text: `Ministry of Trade and Industry of Côte d'Ivoire

No. 0214/MCI/CAB/2026

Côte d'Ivoire and Mali sign an agreement on the Abidjan-Bamako trade corridor

Abidjan, on 2 July 2026 – The Minister of Trade and Industry, Mr. Souleymane Koné, and the Ambassador of Mali to Côte d'Ivoire, Mrs. Fatoumata Koné, signed at the Ministry of Trade and Industry an agreement to reduce checkpoints and waiting times along the Abidjan-Bamako corridor.

The Malian Minister of Industry and Trade, Mr. Boubacar Sangaré, who joined the ceremony by videoconference from Bamako, welcomed an agreement that "will lower the price of goods for Malian households".

Minister Koné announced that the first edition of the Abidjan-Bamako Corridor Investment Forum will take place in Korhogo in November, with a second stop in Sikasso. The Ivorian Chamber of Commerce and Industry (CCI-CI) and the Malian Chamber of Commerce and Industry will co-organise the forum.

Ambassador Koné thanked the Ivorian authorities for their support to the Malian business community.`,
    expected: {
      date: '2026-07-02',
      people: [
        ['Souleymane Koné', 'CI'],
        ['Fatoumata Koné', 'ML'],
        ['Boubacar Sangaré', 'ML'],
      ],
      countries: ['CI', 'ML'],
      blocs: [],
      events: ['Abidjan-Bamako Corridor Investment Forum'],
      organizations: [
        'Ministry of Trade and Industry',
        'Ivorian Chamber of Commerce and Industry (CCI-CI)',
        'Malian Chamber of Commerce and Industry',
      ],
      places: ['Abidjan', 'Bamako', 'Korhogo', 'Sikasso'],
    },
  },

  // ---------- 3. Caribbean and Pacific island governments ----------
  {
    id: 'g-jm-caricom-trade',
    text: `Ministry of Foreign Affairs and Foreign Trade

For immediate release

Kingston, Jamaica – Friday, February 13, 2026

Jamaica leads CARICOM talks on trade facilitation in Georgetown

Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Marcia Campbell-Reid, led Jamaica's delegation to the Fifteenth CARICOM Ministerial Meeting on Trade Facilitation, held in Georgetown, Guyana from February 10 to 12.

The meeting, chaired by Guyana's Minister of Tourism, Industry and Commerce, Hon. Desmond Lall, endorsed the Regional Single Window Framework, which Trinidad and Tobago and Barbados have offered to pilot. Dr. Everton Pascall, Assistant Secretary-General for Trade and Economic Integration at the CARICOM Secretariat, presented the implementation timetable.

Minister Campbell-Reid was accompanied by Ambassador Lorna Whyte-Bennett, Permanent Secretary in the Ministry of Foreign Affairs and Foreign Trade, and by officials of the Jamaica Customs Agency.

-30-

For more information contact: Communications Unit, communications@example.gov.jm`,
    expected: {
      date: '2026-02-13',
      people: [
        ['Marcia Campbell-Reid', 'JM'],
        ['Desmond Lall', 'GY'],
        ['Everton Pascall', null],
        ['Lorna Whyte-Bennett', 'JM'],
      ],
      countries: ['BB', 'GY', 'JM', 'TT'],
      blocs: ['CARICOM'],
      events: ['Fifteenth CARICOM Ministerial Meeting on Trade Facilitation'],
      organizations: [
        'CARICOM Secretariat',
        'Ministry of Foreign Affairs and Foreign Trade',
        'Jamaica Customs Agency',
        'Communications Unit',
      ],
      places: ['Kingston', 'Georgetown'],
    },
  },
  {
    id: 'g-to-climate-finance',
    text: `Prime Minister's Office – Kingdom of Tonga

MEDIA RELEASE

Nuku'alofa, 2026-08-27

Tonga hosts the Third Pacific Climate Finance Dialogue

The Rt Hon. Siaosi Vaipulu Fonua, Prime Minister of Tonga, today opened the Third Pacific Climate Finance Dialogue, bringing together finance and climate ministers from across the region ahead of the 55th Pacific Islands Forum Leaders Meeting in Honiara.

"Our islands cannot wait for finance that arrives after the storm," the Prime Minister said. Vanuatu's Minister of Climate Change Adaptation, Hon. Joseph Kalsakau Tari, and Fiji's Minister for Economy, Hon. Ilaisa Naivalu, called for simpler access rules at the Green Climate Fund.

Dr. Filipo Tanielu, Deputy Secretary General of the Pacific Islands Forum Secretariat, reported that Australia and New Zealand have confirmed new contributions to the Pacific Resilience Facility (PRF). Ms. Anna Lindqvist, Regional Manager of the Green Climate Fund, outlined a new readiness window for small island states.

Prime Minister Fonua closed the first day with a call for a common Pacific position at the next climate conference.`,
    expected: {
      date: '2026-08-27',
      people: [
        ['Siaosi Vaipulu Fonua', 'TO'],
        ['Joseph Kalsakau Tari', 'VU'],
        ['Ilaisa Naivalu', 'FJ'],
        ['Filipo Tanielu', null],
        ['Anna Lindqvist', null],
      ],
      countries: ['AU', 'FJ', 'NZ', 'TO', 'VU'],
      blocs: ['Pacific Islands Forum'],
      events: ['Third Pacific Climate Finance Dialogue', '55th Pacific Islands Forum Leaders Meeting'],
      organizations: [
        'Green Climate Fund',
        'Pacific Islands Forum Secretariat',
        'Pacific Resilience Facility (PRF)',
      ],
      places: ["Nuku'alofa", 'Honiara'],
    },
  },
  {
    id: 'g-gd-dm-geothermal',
    text: `Government Information Service > News
Grenada and Dominica sign memorandum on geothermal cooperation

St. George's, Grenada, Tuesday 3rd March 2026 — Hon. Kerryann Baptiste-Charles, Minister for Infrastructure and Energy, and Dominica's Minister of Public Works and Energy, Hon. Cassius Laville, today signed a Memorandum of Understanding on Geothermal Cooperation.

Under the memorandum, Grenadian engineers will train at the geothermal plant at Laudat, near Roseau, which is financed in part by the Caribbean Development Bank (CDB). The Bank's Vice-President (Operations), Mr. Darnell Brathwaite-Skeete, attended the signing.

Engr. Rafael Peña Almonte, Director of the National Energy Commission of the Dominican Republic, shared his country's experience with grid integration. The ministers agreed to present the results at Caribbean Renewable Energy Week 2026 in Bridgetown in October.

Minister Baptiste-Charles said the agreement showed what CARICOM neighbours "can do when we pool our know-how".`,
    expected: {
      date: '2026-03-03',
      people: [
        ['Kerryann Baptiste-Charles', 'GD'],
        ['Cassius Laville', 'DM'],
        ['Darnell Brathwaite-Skeete', null],
        ['Rafael Peña Almonte', 'DO'],
      ],
      countries: ['DM', 'DO', 'GD'],
      blocs: ['CARICOM'],
      events: ['Caribbean Renewable Energy Week 2026'],
      organizations: ['Caribbean Development Bank (CDB)', 'National Energy Commission'],
      places: ["St. George's", 'Laudat', 'Roseau', 'Bridgetown'],
    },
  },
  {
    id: 'g-sb-fisheries-ministers',
    text: `Honiara hosts the 23rd Forum Fisheries Committee Ministerial Meeting

Ministry of Fisheries and Marine Resources, Solomon Islands

Honiara, 5 October 2026

The Minister of Fisheries and Marine Resources, Hon. Rexon Pitakaka, welcomed ministers from 17 member countries to the 23rd Forum Fisheries Committee Ministerial Meeting, which opened this morning in Honiara.

Papua New Guinea's Minister for Fisheries, Hon. Kila Wari Mondo, and the Cook Islands Minister of Marine Resources, Hon. Tepaeru Marsters-Tangi, co-sponsored a resolution on tuna traceability. The Director-General of the Pacific Islands Forum Fisheries Agency (FFA), Mr. Noa Seluka Vave, presented the annual surveillance report.

On Tuesday delegates will board the surveillance vessel Mauri Tonu for a demonstration of joint patrols off Western Province, organised by Permanent Secretary Dr. Solomon Kaua and his team at the Ministry of Fisheries and Marine Resources.

ENDS`,
    expected: {
      date: '2026-10-05',
      people: [
        ['Rexon Pitakaka', 'SB'],
        ['Kila Wari Mondo', 'PG'],
        ['Tepaeru Marsters-Tangi', 'CK'],
        ['Noa Seluka Vave', null],
        ['Solomon Kaua', 'SB'],
      ],
      countries: ['CK', 'PG', 'SB'],
      blocs: [],
      events: ['23rd Forum Fisheries Committee Ministerial Meeting'],
      organizations: [
        'Ministry of Fisheries and Marine Resources',
        'Pacific Islands Forum Fisheries Agency (FFA)',
      ],
      places: ['Honiara', 'Western Province'],
    },
  },

  // ---------- 4. East Asian ministries ----------
  {
    id: 'g-jp-kr-strategic-dialogue',
    text: `Press Releases
The 9th Japan-Republic of Korea Vice-Ministerial Strategic Dialogue

March 18, 2026

1. On March 18, from 10:00 to 12:30, Mr. SATO Kenji, Vice-Minister for Foreign Affairs, held the 9th Japan-Republic of Korea Vice-Ministerial Strategic Dialogue with Mr. KIM Seo-yeon, First Vice Minister of Foreign Affairs of the Republic of Korea, who is visiting Japan, at the Iikura Guest House in Tokyo.

2. The two Vice-Ministers exchanged views on North Korea's nuclear and missile development and confirmed that Japan, Korea and the United States will continue close trilateral coordination.

3. Vice-Minister SATO and First Vice Minister KIM also discussed people-to-people exchanges and economic security. Ms. TANAKA Yumiko, Director-General of the Asian and Oceanian Affairs Bureau, and Mr. HONG Ji-hun, Director-General for Asian and Pacific Affairs of the Korean foreign ministry, attended.`,
    expected: {
      date: '2026-03-18',
      people: [
        ['Sato Kenji', 'JP'],
        ['Kim Seo-yeon', 'KR'],
        ['Tanaka Yumiko', 'JP'],
        ['Hong Ji-hun', 'KR'],
      ],
      countries: ['JP', 'KP', 'KR', 'US'],
      blocs: [],
      events: ['9th Japan-Republic of Korea Vice-Ministerial Strategic Dialogue'],
      organizations: ['Asian and Oceanian Affairs Bureau'],
      places: ['Tokyo'],
    },
  },
  {
    id: 'g-cn-digital-trade-expo',
    text: `Home > Press Releases > Economy and Trade
State Councilor Zhao Minghui attends the opening of the China-Central Asia Digital Trade Expo 2026

Xi'an, September 21, 2026

State Councilor Zhao Minghui attended the opening ceremony of the China-Central Asia Digital Trade Expo 2026 in Xi'an, Shaanxi Province, on 21 September and delivered a keynote speech, calling on all parties to implement the outcomes of the second China-Central Asia Summit.

The expo is co-hosted by the Ministry of Commerce (MOFCOM) and the People's Government of Shaanxi Province. Deputy Prime Minister of Kazakhstan Nurlan Abenov, Uzbek Minister of Investment, Industry and Trade Jasur Rakhimov and Viet Nam's Deputy Minister of Industry and Trade Nguyen Thi Lan Huong attended as guests of honour.

After the ceremony, Vice Minister of Commerce Qian Yuhong and Governor of Shaanxi Province Liu Jianping witnessed the signing of 46 cooperation projects in the Silk Road Hall of the exhibition centre.`,
    expected: {
      date: '2026-09-21',
      people: [
        ['Zhao Minghui', 'CN'],
        ['Nurlan Abenov', 'KZ'],
        ['Jasur Rakhimov', 'UZ'],
        ['Nguyen Thi Lan Huong', 'VN'],
        ['Qian Yuhong', 'CN'],
        ['Liu Jianping', 'CN'],
      ],
      countries: ['CN', 'KZ', 'UZ', 'VN'],
      blocs: [],
      events: ['China-Central Asia Digital Trade Expo 2026', 'second China-Central Asia Summit'],
      organizations: ['Ministry of Commerce (MOFCOM)', "People's Government of Shaanxi Province"],
      places: ["Xi'an", 'Shaanxi Province'],
    },
  },
  {
    id: 'g-mn-tr-consultations',
    text: `Ministry of Foreign Affairs of Mongolia > News
Mongolia and Türkiye hold the 7th Round of Political Consultations

Ulaanbaatar, 14 April 2026

On 14 April 2026, State Secretary of the Ministry of Foreign Affairs of Mongolia Mr. Battulga Enkhbayar and Deputy Minister of Foreign Affairs of the Republic of Türkiye Mr. Mehmet Kaan Özdemir co-chaired the 7th Round of Mongolia-Türkiye Political Consultations in Ulaanbaatar.

The sides reviewed trade, education and cultural ties and agreed to declare 2027 the Mongolia-Türkiye Year of Youth Exchange. They noted the projects implemented in Mongolia by the Turkish Cooperation and Coordination Agency (TİKA) and the growing number of Mongolian students in Ankara and Istanbul.

The Ambassador of Mongolia to Türkiye, Ms. Dashdorj Oyunchimeg, also took part in the consultations.`,
    expected: {
      date: '2026-04-14',
      people: [
        ['Battulga Enkhbayar', 'MN'],
        ['Mehmet Kaan Özdemir', 'TR'],
        ['Dashdorj Oyunchimeg', 'MN'],
      ],
      countries: ['MN', 'TR'],
      blocs: [],
      events: [
        '7th Round of Mongolia-Türkiye Political Consultations',
        'Mongolia-Türkiye Year of Youth Exchange',
      ],
      organizations: [
        'Ministry of Foreign Affairs of Mongolia',
        'Turkish Cooperation and Coordination Agency (TİKA)',
      ],
      places: ['Ulaanbaatar', 'Ankara', 'Istanbul'],
    },
  },
  {
    id: 'g-kr-vn-joint-committee',
    text: `PRESS RELEASE

Ministry of Trade, Industry and Energy

For immediate release | 2026.06.11

Korea and Viet Nam hold the 12th Joint Committee on Trade

Minister for Trade LEE Ji-hoon and Vietnamese Minister of Industry and Trade Tran Quoc Hung co-chaired the 12th Korea-Viet Nam Joint Committee on Trade in Seoul on June 11 and agreed to raise bilateral trade to 150 billion dollars by 2030.

The two ministers reviewed the implementation of the Korea-Viet Nam FTA and discussed supply chains for batteries and semiconductors. Deputy Minister for Industrial Policy LEE Ha-eun briefed the Vietnamese delegation on investment plans by Hanbit Electronics in Bac Ninh and by Daeyang Shipbuilding in Hai Phong.

According to the Ministry of Trade, Industry and Energy, the Korea Trade-Investment Promotion Agency (KOTRA) will hold a Korea-Viet Nam Business Forum in Hanoi in October.

Contact: Trade Cooperation Division (e-mail: trade@example.go.kr)`,
    expected: {
      date: '2026-06-11',
      people: [
        ['Lee Ji-hoon', 'KR'],
        ['Tran Quoc Hung', 'VN'],
        ['Lee Ha-eun', 'KR'],
      ],
      countries: ['KR', 'VN'],
      blocs: [],
      events: ['12th Korea-Viet Nam Joint Committee on Trade', 'Korea-Viet Nam Business Forum'],
      organizations: [
        'Ministry of Trade, Industry and Energy',
        'Hanbit Electronics',
        'Daeyang Shipbuilding',
        'Korea Trade-Investment Promotion Agency (KOTRA)',
        'Trade Cooperation Division',
      ],
      places: ['Seoul', 'Bac Ninh', 'Hai Phong', 'Hanoi'],
    },
  },

  // ---------- 5. Parliaments and city governments ----------
  {
    id: 'g-nz-committee-delegation',
    text: `New Zealand Parliament > News > Select committees
Foreign Affairs, Defence and Trade Committee delegation to visit Japan and the Republic of Korea

Published: Monday, 19 October 2026

A cross-party delegation of the Foreign Affairs, Defence and Trade Committee will travel to Japan and the Republic of Korea from 25 October to 1 November 2026.

The delegation is led by the committee chairperson, Aroha Pewhairangi MP (Labour Party), and includes Daniel McKenzie MP (National Party), Simone Tautahi MP (Green Party), Rhys Whitcombe MP (ACT Party) and Hon. Mereana Paki MP (Te Pāti Māori). The committee clerk, Hannah Liew, will accompany the delegation.

In Tokyo the delegation will meet members of the Committee on Foreign Affairs of the House of Representatives and call on the President of the House of Councillors, ITO Haruko. In Seoul it will meet the Chairperson of the Foreign Affairs and Unification Committee of the National Assembly, Jang Min-seok, before visiting the port of Busan.

Ms Pewhairangi said the visit would "deepen parliamentary links with two of New Zealand's closest partners in Asia".`,
    expected: {
      date: '2026-10-19',
      people: [
        ['Aroha Pewhairangi', 'NZ'],
        ['Daniel McKenzie', 'NZ'],
        ['Simone Tautahi', 'NZ'],
        ['Rhys Whitcombe', 'NZ'],
        ['Mereana Paki', 'NZ'],
        ['Hannah Liew', 'NZ'],
        ['Ito Haruko', 'JP'],
        ['Jang Min-seok', 'KR'],
      ],
      countries: ['JP', 'KR', 'NZ'],
      blocs: [],
      events: [],
      organizations: [
        'Foreign Affairs, Defence and Trade Committee',
        'Labour Party',
        'National Party',
        'Green Party',
        'ACT Party',
        'Te Pāti Māori',
        'Committee on Foreign Affairs',
        'House of Representatives',
        'House of Councillors',
        'Foreign Affairs and Unification Committee',
        'National Assembly',
      ],
      places: ['Tokyo', 'Seoul', 'Busan'],
    },
  },
  {
    id: 'g-savannah-poti-sister-city',
    text: `City of Savannah > Office of the Mayor > News
Savannah and Poti sign sister-city agreement

SAVANNAH, Ga. (November 12, 2026) — Mayor Deborah Lanier-Hughes and the Mayor of Poti, Giorgi Beridze, signed a sister-city agreement at City Hall on Thursday, linking two port cities of Georgia: the U.S. state, and Georgia, the country on the Black Sea.

The ceremony was attended by the Ambassador of Georgia to the United States, Nino Kvaratskhelia, by the President and CEO of the Georgia Ports Authority, Martin Dolan, and by the Chairman of the Chatham County Commission, Ray Whitfield.

The agreement foresees exchanges between port professionals, a joint programme with Savannah State University and a youth orchestra tour in 2027. The partnership will be registered with Sister Cities International.

"Two Georgias, one ocean of opportunity," Mayor Lanier-Hughes said.

Media contact: Office of Public Communications, news@example-savannah.gov`,
    expected: {
      date: '2026-11-12',
      people: [
        ['Deborah Lanier-Hughes', 'US'],
        ['Giorgi Beridze', 'GE'],
        ['Nino Kvaratskhelia', 'GE'],
        ['Martin Dolan', 'US'],
        ['Ray Whitfield', 'US'],
      ],
      countries: ['GE', 'US'],
      blocs: [],
      events: [],
      organizations: [
        'Georgia Ports Authority',
        'Chatham County Commission',
        'Savannah State University',
        'Sister Cities International',
        'Office of Public Communications',
      ],
      places: ['Savannah', 'Poti', 'Georgia', 'Chatham County'],
    },
  },
  {
    id: 'g-wa-jiangsu-sister-state',
    text: `Government of Western Australia > Media Statements
Premier welcomes Jiangsu Governor to mark 40 years of sister-state ties

Wednesday, 15 April 2026

Premier Rebecca Thorne today welcomed the Governor of Jiangsu Province, Xu Kunpeng, to Perth to mark the 40th anniversary of the sister-state relationship between Western Australia and Jiangsu.

The Governor is leading a delegation of 60 officials and business leaders to the Western Australia-Jiangsu Economic and Trade Forum 2026, co-hosted by the Department of Jobs, Tourism, Science and Innovation. China remains Western Australia's largest trading partner, and Jiangsu is one of the most important provincial partners of Australian exporters.

Minister for State Development Callum Pryor and the Chinese Consul-General in Perth, Wu Lan, attended the signing of a research agreement between the University of Western Australia and Nanjing University.

Premier's office – 08 6552 0000`,
    expected: {
      date: '2026-04-15',
      people: [
        ['Rebecca Thorne', 'AU'],
        ['Xu Kunpeng', 'CN'],
        ['Callum Pryor', 'AU'],
        ['Wu Lan', 'CN'],
      ],
      countries: ['AU', 'CN'],
      blocs: [],
      events: ['Western Australia-Jiangsu Economic and Trade Forum 2026'],
      organizations: [
        'Department of Jobs, Tourism, Science and Innovation',
        'University of Western Australia',
        'Nanjing University',
      ],
      places: ['Jiangsu Province', 'Perth', 'Western Australia', 'Nanjing'],
    },
  },
  {
    id: 'g-ke-committee-india',
    text: `Parliament of Kenya > The National Assembly > News
Trade Committee concludes benchmarking visit to India

Posted on 27 August 2026

A delegation of the Departmental Committee on Trade, Industry and Cooperatives of the National Assembly has concluded a week-long benchmarking visit to India.

The delegation was led by the Chairperson, Hon. Wanjiru Kamau (Kiambu Town), and comprised Hon. Omar Abdi Hassan (Wajir East), Hon. Peter Kiprotich Langat (Bomet Central), Hon. Akinyi Odhiambo-Otieno (Kisumu West) and Hon. Lucy Njeri (Nominated). They were accompanied by Clerk Assistant Mr. Brian Mutua.

In New Delhi, the Members met India's Minister of State for Commerce and Industry, Shri Anil Kumar Verma, and the High Commissioner of Kenya to India, Ms. Grace Wambui Mwangi. In Mumbai they took part in the Kenya-India Business Roundtable, and in Ahmedabad they visited the Gujarat Industrial Development Corporation (GIDC) and the Export Promotion Council for Handicrafts (EPCH).

The Committee will table its report in the House when it resumes sittings.`,
    expected: {
      date: '2026-08-27',
      people: [
        ['Wanjiru Kamau', 'KE'],
        ['Omar Abdi Hassan', 'KE'],
        ['Peter Kiprotich Langat', 'KE'],
        ['Akinyi Odhiambo-Otieno', 'KE'],
        ['Lucy Njeri', 'KE'],
        ['Brian Mutua', 'KE'],
        ['Anil Kumar Verma', 'IN'],
        ['Grace Wambui Mwangi', 'KE'],
      ],
      countries: ['IN', 'KE'],
      blocs: [],
      events: ['Kenya-India Business Roundtable'],
      organizations: [
        'Departmental Committee on Trade, Industry and Cooperatives',
        'National Assembly',
        'Gujarat Industrial Development Corporation (GIDC)',
        'Export Promotion Council for Handicrafts (EPCH)',
      ],
      places: [
        'Kiambu Town',
        'Wajir East',
        'Bomet Central',
        'Kisumu West',
        'New Delhi',
        'Mumbai',
        'Ahmedabad',
        'Gujarat',
      ],
    },
  },

  // ---------- 6. UN country offices, development banks, chambers ----------
  {
    id: 'g-un-lao-nutrition-dialogue',
    text: `United Nations in Lao PDR > Press Releases
UN and Government launch national dialogue on food systems and nutrition

Vientiane, 2026-05-06 – The Vice Minister of Health of the Lao People's Democratic Republic, Dr. Phonepaseuth Inthavong, and the United Nations Resident Coordinator, Ms. Camille Aubert-Lindgren, today opened the First National Dialogue on Food Systems and Nutrition.

More than 200 participants from Savannakhet, Luang Prabang and Oudomxay provinces discussed the draft National Nutrition Strategy 2026-2030. The World Food Programme (WFP) Country Director, Mr. Takeshi Moriyama, and the UNICEF Representative, Dr. Esther Nakato, presented a joint school meals proposal.

The Ambassador of Australia, Ms. Claire Whitaker, announced additional support for nutrition in remote districts, in line with commitments made within ASEAN.

The dialogue is co-organised by the Ministry of Health and the United Nations.`,
    expected: {
      date: '2026-05-06',
      people: [
        ['Phonepaseuth Inthavong', 'LA'],
        ['Camille Aubert-Lindgren', null],
        ['Takeshi Moriyama', null],
        ['Esther Nakato', null],
        ['Claire Whitaker', 'AU'],
      ],
      countries: ['AU', 'LA'],
      blocs: ['ASEAN'],
      events: ['First National Dialogue on Food Systems and Nutrition'],
      organizations: ['United Nations', 'World Food Programme (WFP)', 'UNICEF', 'Ministry of Health'],
      places: ['Vientiane', 'Savannakhet', 'Luang Prabang', 'Oudomxay'],
    },
  },
  {
    id: 'g-adb-bd-loan-signing',
    text: `PRESS RELEASE

Economic Relations Division

Government of the People's Republic of Bangladesh

Dhaka, 03/03/2026

Bangladesh and ADB sign $350 million loan for Chattogram urban resilience

The Government of Bangladesh and the Asian Development Bank (ADB) today signed a loan agreement of $350 million to improve drainage, flood protection and water supply in Chattogram.

Secretary of the Economic Relations Division (ERD) under the Ministry of Finance, Mr. Shahidul Karim Chowdhury, and ADB Country Director for Bangladesh, Ms. Haruka Ito, signed the agreement on behalf of their sides at the NEC Conference Room in Sher-e-Bangla Nagar.

The Asian Infrastructure Investment Bank (AIIB) will co-finance the project with a further $150 million; its Director General for Investment Operations, Mr. Jonas Weber, joined online. The Chattogram Development Authority (CDA), represented by its Chairman, Engr. Mohammad Rafiqul Islam, will implement the project.`,
    expected: {
      date: '2026-03-03',
      people: [
        ['Shahidul Karim Chowdhury', 'BD'],
        ['Haruka Ito', null],
        ['Jonas Weber', null],
        ['Mohammad Rafiqul Islam', 'BD'],
      ],
      countries: ['BD'],
      blocs: [],
      events: [],
      organizations: [
        'Asian Development Bank (ADB)',
        'Economic Relations Division (ERD)',
        'Ministry of Finance',
        'Asian Infrastructure Investment Bank (AIIB)',
        'Chattogram Development Authority (CDA)',
      ],
      places: ['Dhaka', 'Chattogram', 'Sher-e-Bangla Nagar'],
    },
  },
  {
    id: 'g-dk-id-business-mission',
    text: `Embassy of Denmark in Jakarta > News
Danish green-tech business mission visits Jakarta and Surabaya

Jakarta, 21 January 2026

A business mission of 14 Danish companies, organised by the Embassy of Denmark in Jakarta together with the Confederation of Danish Industry (DI), is visiting Indonesia from 19 to 23 January. The mission is led by the Danish State Secretary for Trade, Henrik Vestergaard.

Participants include Nordvind Energi A/S, represented by its CEO Mette Holmgaard, AquaPure Systems, represented by its CEO Lars Brink Sørensen, and Kattegat Logistics ApS. They were joined by Priya Raman, co-founder of the battery start-up BlueCircuit.

At the Denmark-Indonesia Green Business Forum 2026, co-hosted with the Indonesian Chamber of Commerce and Industry (KADIN) and opened by Deputy Minister of Investment Rina Kusumawati, Nordvind Energi A/S signed a cooperation agreement with PT Surya Hijau Nusantara, represented by its President Director, Budi Santoso.

In Surabaya the delegation will meet the Vice Governor of East Java, Agus Prasetyo, and officials of the East Java Provincial Government.`,
    expected: {
      date: '2026-01-21',
      people: [
        ['Henrik Vestergaard', 'DK'],
        ['Mette Holmgaard', 'DK'],
        ['Lars Brink Sørensen', 'DK'],
        ['Priya Raman', null],
        ['Rina Kusumawati', 'ID'],
        ['Budi Santoso', 'ID'],
        ['Agus Prasetyo', 'ID'],
      ],
      countries: ['DK', 'ID'],
      blocs: [],
      events: ['Denmark-Indonesia Green Business Forum 2026'],
      organizations: [
        'Embassy of Denmark in Jakarta',
        'Confederation of Danish Industry (DI)',
        'Nordvind Energi A/S',
        'AquaPure Systems',
        'Kattegat Logistics ApS',
        'BlueCircuit',
        'Indonesian Chamber of Commerce and Industry (KADIN)',
        'PT Surya Hijau Nusantara',
        'East Java Provincial Government',
      ],
      places: ['Jakarta', 'Surabaya', 'East Java'],
    },
  },
  {
    id: 'g-afdb-mw-grant',
    text: `African Development Bank Group > News & Events > Press Releases
Malawi: African Development Fund signs $42 million grant for irrigation in the Northern Region

Lilongwe, 24 February 2026 – The African Development Fund (ADF), the concessional window of the African Development Bank Group, and the Government of Malawi have signed a $42 million grant to expand small-scale irrigation in the districts of Karonga and Chitipa in the Northern Region.

The Minister of Finance and Economic Affairs, Hon. Chikondi Banda, signed for Malawi, while the Bank's Country Manager for Malawi, Mr. Olumide Adeyemi-Bakare, signed for the Fund. The Minister of Agriculture, Hon. Thokozani Mwale, said the project would benefit 38,000 farming households.

A technical assistance component is co-financed by the Korea-Africa Economic Cooperation Trust Fund (KOAFEC). The Ministry of Agriculture will lead implementation.

Contact: Communication and External Relations Department, media@example-afdb.org`,
    expected: {
      date: '2026-02-24',
      people: [
        ['Chikondi Banda', 'MW'],
        ['Olumide Adeyemi-Bakare', null],
        ['Thokozani Mwale', 'MW'],
      ],
      countries: ['KR', 'MW'],
      blocs: [],
      events: [],
      organizations: [
        'African Development Fund (ADF)',
        'African Development Bank Group',
        'Korea-Africa Economic Cooperation Trust Fund (KOAFEC)',
        'Ministry of Agriculture',
        'Communication and External Relations Department',
      ],
      places: ['Lilongwe', 'Karonga', 'Chitipa', 'Northern Region'],
    },
  },

  // ---------- 7. Mixed layouts ----------
  {
    id: 'g-id-spokesperson-floods',
    text: `Statement of the Spokesperson on the floods in central Viet Nam

Jakarta, Tuesday 3rd November 2026

The Ministry of Foreign Affairs of the Republic of Indonesia extends its deepest condolences to the Government and people of Viet Nam following the floods and landslides in the provinces of Quảng Ngãi and Quảng Nam. The Indonesian Embassy in Hanoi is in close contact with the local authorities; so far no Indonesian citizens have been reported affected.

Rahmat Wibisono
Spokesperson`,
    expected: {
      date: '2026-11-03',
      people: [['Rahmat Wibisono', 'ID']],
      countries: ['ID', 'VN'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs of the Republic of Indonesia',
        'Indonesian Embassy in Hanoi',
      ],
      places: ['Jakarta', 'Quảng Ngãi', 'Quảng Nam', 'Hanoi'],
    },
  },
  {
    id: 'g-no-weekly-calendar',
    text: `Ministry of Foreign Affairs of Norway > Minister's calendar
The Foreign Minister's programme, week 46

Published: 6 November 2026

Monday 9 November
10:00 Foreign Minister Ingrid Solheim Dahl meets Ghana's Minister for Foreign Affairs, Kwame Asante-Boateng, at the Ministry of Foreign Affairs in Oslo.

Tuesday 10 November
09:00 Opening address at the Oslo Ocean Governance Forum 2026.
14:00 Meeting with Maria Ekström, Deputy High Commissioner of the Office of the United Nations High Commissioner for Refugees (UNHCR).

Wednesday 11 November
Travel to Brussels. Participation in the 8th EU-Norway High-Level Energy Dialogue with the European Commissioner for Energy, Pieter van der Berg.

Thursday 12 November
State Secretary Anders Bakke Holm represents the minister at the Nordic Council of Ministers meeting in Reykjavik.

Friday 13 November
11:00 Foreign Minister Solheim Dahl receives the Foreign Minister of Colombia, Mauricio Ochoa Valencia, for talks on the peace process.

Changes may occur. Press contact: press duty officer, tel. +47 00 00 00 00`,
    expected: {
      date: '2026-11-06',
      people: [
        ['Ingrid Solheim Dahl', 'NO'],
        ['Kwame Asante-Boateng', 'GH'],
        ['Maria Ekström', null],
        ['Pieter van der Berg', null],
        ['Anders Bakke Holm', 'NO'],
        ['Mauricio Ochoa Valencia', 'CO'],
      ],
      countries: ['CO', 'GH', 'NO'],
      blocs: ['EU'],
      events: ['Oslo Ocean Governance Forum 2026', '8th EU-Norway High-Level Energy Dialogue'],
      organizations: [
        'Ministry of Foreign Affairs',
        'Office of the United Nations High Commissioner for Refugees (UNHCR)',
        'Nordic Council of Ministers',
      ],
      places: ['Oslo', 'Brussels', 'Reykjavik'],
    },
  },
  {
    id: 'g-my-uz-visa-notice',
    text: `Ministry of Foreign Affairs, Malaysia > Media Statements
Entry into force of the visa exemption agreement between Malaysia and Uzbekistan

Ref: KLN/MS/118/2026

The Ministry of Foreign Affairs wishes to inform that the Agreement between the Government of Malaysia and the Government of the Republic of Uzbekistan on the Mutual Exemption of Visa Requirements for Holders of Ordinary Passports will enter into force on 1 August 2026.

Under the Agreement, Malaysian citizens may travel to Tashkent, Samarkand, Bukhara and other destinations for stays of up to 30 days without a visa, and Uzbek citizens will enjoy the same treatment at all international entry points in Malaysia.

Travellers are reminded that the exemption does not cover employment or study. Further enquiries may be directed to the Embassy of Malaysia in Tashkent or to the Immigration Department of Malaysia.

Putrajaya, 15 July 2026`,
    expected: {
      date: '2026-07-15',
      people: [],
      countries: ['MY', 'UZ'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs',
        'Embassy of Malaysia in Tashkent',
        'Immigration Department of Malaysia',
      ],
      places: ['Tashkent', 'Samarkand', 'Bukhara', 'Putrajaya'],
    },
  },
  {
    id: 'g-cn-spokesperson-briefing',
    text: `Foreign Ministry Spokesperson Lin Haoran's Regular Press Conference on May 21

Reuters: The President of Kiribati is expected to visit Beijing next month. Can you confirm?

Lin Haoran: China and Kiribati enjoy sound relations. We will release information in due course. China is also preparing to host the fourth China-Pacific Island Countries Foreign Ministers' Meeting later this year.

China Daily: China has confirmed its participation in Expo 2027 Belgrade. What is your comment?

Lin Haoran: China supports Serbia in hosting the expo. The China Pavilion will showcase green and digital development.

Yonhap: The Republic of Korea's Foreign Minister will travel to China next week. What are the expectations?

Lin Haoran: China attaches importance to its relations with the ROK and stands ready to work with the Korean side to keep the relationship on a steady track.`,
    expected: {
      date: null,
      people: [['Lin Haoran', 'CN']],
      countries: ['CN', 'KI', 'KR', 'RS'],
      blocs: [],
      events: ["fourth China-Pacific Island Countries Foreign Ministers' Meeting", 'Expo 2027 Belgrade'],
      organizations: ['Reuters', 'China Daily', 'Yonhap'],
      places: ['Beijing', 'Belgrade'],
    },
  },

  // ---------- 8. Health, education, culture and sport ----------
  {
    id: 'g-gh-amr-workshop',
    text: `Ministry of Health, Ghana > News
Ministry of Health opens national workshop on antimicrobial resistance

Accra, 2026-02-10

The Chief Director of the Ministry of Health, Dr. Ama Serwaa Owusu-Ansah, today opened the National Workshop on Antimicrobial Resistance Surveillance, organised with the World Health Organization (WHO) and the Fleming Fund.

Laboratory scientists from Accra, Kumasi and Tamale, including teams from the Komfo Anokye Teaching Hospital and the Noguchi Memorial Institute for Medical Research, are reviewing the draft National Action Plan on Antimicrobial Resistance 2026-2030.

The WHO Country Representative, Dr. Mamadou Sy-Leblanc, praised Ghana's progress in sharing surveillance data, while the Director-General of the Ghana Health Service, Dr. Kofi Mensah-Bonsu, announced that the revised plan will be launched during World AMR Awareness Week in November.`,
    expected: {
      date: '2026-02-10',
      people: [
        ['Ama Serwaa Owusu-Ansah', 'GH'],
        ['Mamadou Sy-Leblanc', null],
        ['Kofi Mensah-Bonsu', 'GH'],
      ],
      countries: ['GH'],
      blocs: [],
      events: ['National Workshop on Antimicrobial Resistance Surveillance', 'World AMR Awareness Week'],
      organizations: [
        'Ministry of Health',
        'World Health Organization (WHO)',
        'Fleming Fund',
        'Komfo Anokye Teaching Hospital',
        'Noguchi Memorial Institute for Medical Research',
        'Ghana Health Service',
      ],
      places: ['Accra', 'Kumasi', 'Tamale'],
    },
  },
  {
    id: 'g-ee-polaris-scholarships',
    text: `Ministry of Education and Research > News
Estonia opens the 2027 call of the Polaris Scholarship Programme

October 1, 2026

Minister of Education and Research Kadri Tamm today opened the 2027 call of the Polaris Scholarship Programme, which offers 40 full scholarships for master's studies in Estonia to students from Georgia, Moldova, Ukraine and Armenia.

Scholarship holders may enrol at the University of Tartu, Tallinn University of Technology (TalTech) or the Estonian Academy of Arts. Applications are handled by the Education and Youth Board (Harno), an agency of the Ministry of Education and Research, until 15 January 2027.

Information sessions will be held at the Study in Estonia Fair 2026 in Chișinău on 20 October. The Ambassador of Ukraine to Estonia, Olena Kovalchuk-Marchenko, welcomed the programme as "an investment in the next generation of reformers".`,
    expected: {
      date: '2026-10-01',
      people: [
        ['Kadri Tamm', 'EE'],
        ['Olena Kovalchuk-Marchenko', 'UA'],
      ],
      countries: ['AM', 'EE', 'GE', 'MD', 'UA'],
      blocs: [],
      events: ['Study in Estonia Fair 2026'],
      organizations: [
        'University of Tartu',
        'Tallinn University of Technology (TalTech)',
        'Estonian Academy of Arts',
        'Education and Youth Board (Harno)',
        'Ministry of Education and Research',
      ],
      places: ['Tartu', 'Tallinn', 'Chișinău'],
    },
  },
  {
    id: 'g-ma-cl-cultural-week',
    text: `KINGDOM OF MOROCCO

Ministry of Youth, Culture and Communication

Moroccan Cultural Week opens in Santiago

Rabat, 2026-10-08

The Minister of Youth, Culture and Communication, Mr. Youssef El Amrani, and the Chilean Minister of Cultures, Arts and Heritage, Ms. Valentina Soto Errázuriz, inaugurated on 6 October in Santiago the Moroccan Cultural Week, one of the highlights of the 2026 Morocco-Chile Year of Friendship.

The programme includes concerts by the Andalusian Orchestra of Fez, an exhibition of Amazigh jewellery at the Gabriela Mistral Cultural Centre (GAM) and film screenings in Valparaíso. Moroccan novelist Leila Bennani, laureate of the Grand Atlas Prize, will give a reading on Saturday.

The week is organised by the Ministry of Youth, Culture and Communication with the Embassy of Morocco in Santiago. The Ambassador of Morocco to Chile, Mr. Karim Benjelloun-Tazi, thanked the Chilean institutions for their support.`,
    expected: {
      date: '2026-10-08',
      people: [
        ['Youssef El Amrani', 'MA'],
        ['Valentina Soto Errázuriz', 'CL'],
        ['Leila Bennani', 'MA'],
        ['Karim Benjelloun-Tazi', 'MA'],
      ],
      countries: ['CL', 'MA'],
      blocs: [],
      events: ['Moroccan Cultural Week', '2026 Morocco-Chile Year of Friendship'],
      organizations: [
        'Ministry of Youth, Culture and Communication',
        'Andalusian Orchestra of Fez',
        'Gabriela Mistral Cultural Centre (GAM)',
        'Embassy of Morocco in Santiago',
      ],
      places: ['Santiago', 'Rabat', 'Fez', 'Valparaíso'],
    },
  },
  {
    id: 'g-ke-cross-country-championships',
    text: `Ministry of Sports and Youth Affairs

For immediate release

Eldoret ready to host the African Cross Country Championships 2026

Nairobi, Friday 6th March 2026

The Cabinet Secretary for Sports and Youth Affairs, Hon. Joyce Chebet Rono, has declared Eldoret ready to host the African Cross Country Championships 2026 on 21 March, after inspecting the course at Moi University in Uasin Gishu County.

The President of the Confederation of African Athletics (CAA), Mr. Ousmane Diagne-Fall, and Athletics Kenya President Samuel Kiptoo Rotich accompanied the Cabinet Secretary. More than 400 athletes from 30 countries, including Ethiopia, Uganda, Eritrea and Morocco, are expected.

Defending champions Faith Jeptanui of Kenya and Tesfaye Gebremariam of Ethiopia have confirmed their participation. The Ministry of Sports and Youth Affairs will provide free shuttle buses from Eldoret town centre on race day.

Contact: media@example.go.ke`,
    expected: {
      date: '2026-03-06',
      people: [
        ['Joyce Chebet Rono', 'KE'],
        ['Ousmane Diagne-Fall', null],
        ['Samuel Kiptoo Rotich', 'KE'],
        ['Faith Jeptanui', 'KE'],
        ['Tesfaye Gebremariam', 'ET'],
      ],
      countries: ['ER', 'ET', 'KE', 'MA', 'UG'],
      blocs: [],
      events: ['African Cross Country Championships 2026'],
      organizations: [
        'Ministry of Sports and Youth Affairs',
        'Confederation of African Athletics (CAA)',
        'Athletics Kenya',
        'Moi University',
      ],
      places: ['Eldoret', 'Nairobi', 'Uasin Gishu County'],
    },
  },
];
