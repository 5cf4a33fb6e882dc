import type { EvalCase } from './eval-set';

/**
 * Blind O (eleventh round): 40 announcements written for this project on 2026-12-02, BLIND — without
 * reading the extraction rules, the other evaluation sets, or running the extractor. Texts invented.
 *
 * Styles covered: (1) foreign ministries' readouts and statements in first and third person — phone
 * calls, bilateral meetings, a joint press statement with a two-column signature block, a spokesperson's
 * Q&A transcript, an X/Twitter thread turned into a release, a French-language "entretien" note and a
 * Spanish-language communiqué; (2) regional bodies' and joint commissions' communiqués (ASEAN, AU Peace
 * and Security Council, ECOWAS, EAC, CARICOM, Pacific Islands Forum, Nordic Council, OSCE, SCO, CELAC,
 * League of Arab States, BIMSTEC, Andean Community, COMESA, a Botswana-Namibia joint commission) with
 * participant lists as bullets, "Name (Country)", "Name, Title, Country" rows, text tables with columns,
 * numbered lists, "Name – Country" dashes, "the delegation of X was headed by ..." and heads-of-delegation
 * paragraphs; (3) embassies', a consulate's, sector ministries' (health, energy, education, research,
 * fisheries, forests, defence, tourism, sport) and a provincial government's releases with datelines in
 * English, Spanish, Vietnamese, Turkish, German and Malay forms, ISO, dotted and "Weekday d Month yyyy |
 * hh:mm" dates, header blocks (PRESS RELEASE, No. 017/2026, FOR IMMEDIATE RELEASE, contact e-mails),
 * by-lines, sign-offs ("- END -", "###", "—Fin—") and saved-web-page leftovers (breadcrumbs, cookie
 * notices, share bars, view counters, "Related news" lists).
 * Held out while the eleventh round was made (its authors never read it).
 * FIRST RUN, on main at 95cf937 (the extractor of the eleventh session's start, before the eleventh round):
 *   people         P 0.983 R 0.926 F1 0.954 (175/3/14)
 *   countries      P 0.994 R 0.951 F1 0.972 (155/1/8)
 *   blocs          P 0.880 R 0.710 F1 0.786 (22/3/9)
 *   events         P 0.844 R 0.730 F1 0.783 (27/5/10)
 *   organizations  P 0.661 R 0.370 F1 0.474 (37/19/63)
 *   places         P 0.965 R 0.739 F1 0.837 (82/3/29)
 *   date accuracy 0.975; person country acc. 0.680
 * After the eleventh round (its merged branches never tuned on it; one author saw its event error lines once):
 *   people         P 0.984 R 0.947 F1 0.965 (179/3/10)
 *   countries      P 0.994 R 0.957 F1 0.975 (156/1/7)
 *   blocs          P 0.880 R 0.710 F1 0.786 (22/3/9)
 *   events         P 0.818 R 0.730 F1 0.771 (27/6/10)
 *   organizations  P 0.661 R 0.370 F1 0.474 (37/19/63)
 *   places         P 0.965 R 0.739 F1 0.837 (82/3/29)
 *   date accuracy 0.975; person country acc. 0.765
 */
export const BLIND_O: EvalCase[] = [
  // ───────────── Group 1: foreign ministries ─────────────
  {
    id: 'o11-is-lv-call',
    text: `Ministry for Foreign Affairs of Iceland

Reykjavík, 9 February 2026

Statement by the Minister for Foreign Affairs

This morning I had a warm and very practical phone call with my Latvian counterpart, Mārtiņš Ozoliņš. We went through the preparations for the meeting of Nordic-Baltic Eight (NB8) foreign ministers that Latvia will host in Liepāja in May, and I thanked him for Latvia's steady support for Iceland's candidacy to the United Nations Human Rights Council.

We agreed that our two ministries will sign a memorandum on consular cooperation before the summer, so that Icelanders and Latvians travelling in each other's countries can count on the same level of help. I also invited Mārtiņš to Akureyri in the autumn to see our work on search and rescue in the High North.

Ragnheiður Ólafsdóttir
Minister for Foreign Affairs`,
    expected: {
      date: '2026-02-09',
      people: [
        ['Mārtiņš Ozoliņš', 'LV'],
        ['Ragnheiður Ólafsdóttir', 'IS'],
      ],
      countries: ['IS', 'LV'],
      blocs: ['NB8'],
      events: [],
      organizations: ['Ministry for Foreign Affairs of Iceland', 'United Nations Human Rights Council'],
      places: ['Reykjavík', 'Liepāja', 'Akureyri'],
    },
  },
  {
    id: 'o11-jp-kr-meeting',
    text: `Ministry of Foreign Affairs of Japan

Foreign Minister MORITA meets Foreign Minister PARK of the Republic of Korea

On 17 January 2026, from 10:30 for approximately 70 minutes, Mr. MORITA Haruki, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. PARK Seo-jun, Minister of Foreign Affairs of the Republic of Korea, who is visiting Japan to attend the 11th Japan-ROK High-Level Economic Dialogue in Fukuoka. The meeting was followed by a working lunch.

1. At the outset, Minister MORITA welcomed Minister PARK on his first visit to Fukuoka and stated that the relationship between Japan and the Republic of Korea, as important neighbours, is indispensable for regional peace. Minister PARK expressed his gratitude for the hospitality.

2. The two ministers agreed to expand youth exchanges, including the working holiday programme, and to continue consultations on supply-chain resilience for semiconductors and critical minerals.

3. The two ministers also confirmed that Japan, the Republic of Korea and the United States will continue close coordination, and that Japan will host the next trilateral meeting at the level of foreign ministers.

Ms. AOKI Tomoko, Director-General for Asian affairs, and Mr. LEE Dong-hyun, Ambassador of the Republic of Korea to Japan, were also present.`,
    expected: {
      date: '2026-01-17',
      people: [
        ['MORITA Haruki', 'JP'],
        ['PARK Seo-jun', 'KR'],
        ['AOKI Tomoko', 'JP'],
        ['LEE Dong-hyun', 'KR'],
      ],
      countries: ['JP', 'KR', 'US'],
      blocs: [],
      events: ['11th Japan-ROK High-Level Economic Dialogue'],
      organizations: ['Ministry of Foreign Affairs of Japan'],
      places: ['Fukuoka'],
    },
  },
  {
    id: 'o11-br-ao-joint',
    text: `JOINT PRESS STATEMENT
on the Official Visit to Brazil of the Minister of External Relations of the Republic of Angola

Brasília, 24 February 2026

1. At the invitation of the Minister of Foreign Affairs of the Federative Republic of Brazil, Ambassador João Pedro Nogueira Castelo Branco, the Minister of External Relations of the Republic of Angola, Domingas Kiluanje Ferreira, paid an official visit to Brasília on 23 and 24 February 2026.

2. The Ministers co-chaired the 4th Session of the Angola-Brazil Joint Permanent Commission, which reviewed cooperation in agriculture, higher education, health and defence. They welcomed the memorandum of understanding signed between the Brazilian Agricultural Research Corporation (Embrapa) and the Angolan Institute of Agricultural Research on tropical soils.

3. Both sides reaffirmed their commitment to the Community of Portuguese Language Countries (CPLP) and to revitalising the Zone of Peace and Cooperation of the South Atlantic.

4. The Angolan Minister thanked her Brazilian counterpart for the warm hospitality and invited him to hold the next session of the Commission in Lubango in 2027.

For the Federative Republic of Brazil        For the Republic of Angola
João Pedro Nogueira Castelo Branco          Domingas Kiluanje Ferreira
Minister of Foreign Affairs                  Minister of External Relations`,
    expected: {
      date: '2026-02-24',
      people: [
        ['João Pedro Nogueira Castelo Branco', 'BR'],
        ['Domingas Kiluanje Ferreira', 'AO'],
      ],
      countries: ['AO', 'BR'],
      blocs: ['CPLP', 'Zone of Peace and Cooperation of the South Atlantic'],
      events: ['4th Session of the Angola-Brazil Joint Permanent Commission'],
      organizations: [
        'Angola-Brazil Joint Permanent Commission',
        'Brazilian Agricultural Research Corporation',
        'Angolan Institute of Agricultural Research',
      ],
      places: ['Brasília', 'Lubango'],
    },
  },
  {
    id: 'o11-cn-spokesperson-qa',
    text: `Ministry of Foreign Affairs of the People's Republic of China

Foreign Ministry Spokesperson Liu Wenhao's Regular Press Conference on March 11

Liu Wenhao: At the invitation of Foreign Minister Zhou Jianguo, Kazakh Foreign Minister Aibek Serikuly Temirkhanov will pay an official visit to China from March 13 to 15 and attend the second China-Central Asia Foreign Ministers' Dialogue in Xi'an.

CCTV: Could you share more about China's expectations for this visit?

Liu Wenhao: China and Kazakhstan are permanent comprehensive strategic partners. During the visit, the two sides will exchange views on connectivity, the trans-Caspian transport corridor and cooperation within the Shanghai Cooperation Organisation. We believe the visit will inject fresh impetus into our relations.

AFP: The government of Argentina said yesterday that it would review a hydropower contract awarded to the Chinese company Huaxin Energy Group in Santa Cruz province. Do you have any comment?

Liu Wenhao: I'm not aware of the specifics and would refer you to the competent authorities. As a principle, the Chinese government always asks Chinese companies to operate in accordance with the law and local regulations. China-Argentina cooperation is mutually beneficial, and we hope the relevant side will provide a fair and non-discriminatory environment.`,
    expected: {
      date: null,
      people: [
        ['Liu Wenhao', 'CN'],
        ['Zhou Jianguo', 'CN'],
        ['Aibek Serikuly Temirkhanov', 'KZ'],
      ],
      countries: ['AR', 'CN', 'KZ'],
      blocs: ['Shanghai Cooperation Organisation'],
      events: ["second China-Central Asia Foreign Ministers' Dialogue"],
      organizations: [
        "Ministry of Foreign Affairs of the People's Republic of China",
        'CCTV',
        'AFP',
        'Huaxin Energy Group',
      ],
      places: ["Xi'an", 'Santa Cruz'],
    },
  },
  {
    id: 'o11-tr-ge-visit',
    text: `Ministry of Foreign Affairs of the Republic of Türkiye

No: 54, 12 March 2026, Press Release Regarding the Visit of the Minister of Foreign Affairs of Georgia to Türkiye

Minister of Foreign Affairs Hakan Yıldırımoğlu received Levan Tsiklauri, Minister of Foreign Affairs of Georgia, in Ankara today. The two Ministers co-chaired the 6th Meeting of the Türkiye-Georgia Joint Economic Commission, during which a protocol on cross-border trade and an action plan on the modernisation of customs crossings were signed.

The Ministers also reviewed the trilateral cooperation format with Azerbaijan, whose next ministerial meeting will be held in Kars, and exchanged views on energy and transport connectivity in the South Caucasus and the Black Sea basin.

Deputy Minister of Trade Selin Aydoğdu-Kaya and Georgia's Deputy Minister of Economy and Sustainable Development Mariam Jgenti also took part in the talks.`,
    expected: {
      date: '2026-03-12',
      people: [
        ['Hakan Yıldırımoğlu', 'TR'],
        ['Levan Tsiklauri', 'GE'],
        ['Selin Aydoğdu-Kaya', 'TR'],
        ['Mariam Jgenti', 'GE'],
      ],
      countries: ['AZ', 'GE', 'TR'],
      blocs: [],
      events: ['6th Meeting of the Türkiye-Georgia Joint Economic Commission'],
      organizations: [
        'Ministry of Foreign Affairs of the Republic of Türkiye',
        'Türkiye-Georgia Joint Economic Commission',
      ],
      places: ['Ankara', 'Kars'],
    },
  },
  {
    id: 'o11-jo-ae-call',
    text: `Hashemite Kingdom of Jordan
Ministry of Foreign Affairs and Expatriates
Office of the Spokesperson

Amman, 2 March 2026

Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Abu Rumman received a phone call today from the UAE Minister of State for International Cooperation, Sheikha Fatima bint Saeed Al Mazrouei.

The two ministers discussed the humanitarian situation in Gaza and the need to ensure a sustained flow of aid through the Jordanian land corridor, stressing the indispensable role of the UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) and the need for a just peace on the basis of an independent Palestinian state.

Abu Rumman also briefed his Emirati counterpart on the outcome of his meeting in Muscat last week with Omani Foreign Minister Hamad bin Salim Al-Riyami, and on preparations for a Jordanian-Emirati investment conference to be held in Aqaba in the autumn.

The Ministry's spokesperson, Ambassador Rania Haddad-Khoury, said the call reflected the depth of the fraternal ties between the two countries.`,
    expected: {
      date: '2026-03-02',
      people: [
        ['Ayman Abu Rumman', 'JO'],
        ['Fatima bint Saeed Al Mazrouei', 'AE'],
        ['Hamad bin Salim Al-Riyami', 'OM'],
        ['Rania Haddad-Khoury', 'JO'],
      ],
      countries: ['AE', 'JO', 'OM', 'PS'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs and Expatriates',
        'UN Relief and Works Agency for Palestine Refugees in the Near East',
      ],
      places: ['Amman', 'Gaza', 'Muscat', 'Aqaba'],
    },
  },
  {
    id: 'o11-ph-sg-bilateral',
    text: `DEPARTMENT OF FOREIGN AFFAIRS
Republic of the Philippines

PRESS RELEASE No. 088-2026
18 March 2026

SECRETARY VILLANUEVA AND SINGAPORE'S FOREIGN MINISTER TAN HOLD BILATERAL TALKS

Foreign Affairs Secretary Ernesto D. Villanueva, Jr. met Singapore's Minister for Foreign Affairs Tan Wei Ming on the sidelines of the ASEAN Foreign Ministers' Retreat in Cebu on 17 March.

The Department of Foreign Affairs said the two ministers welcomed the progress in the negotiations on the ASEAN Digital Economy Framework Agreement, which the Philippines aims to conclude during its ASEAN Chairmanship this year, and discussed the welfare of the some 200,000 Filipinos living and working in Singapore.

Secretary Villanueva was joined by Undersecretary for Bilateral Relations Ma. Clarissa Dela Cruz-Bautista, while Minister Tan was accompanied by Ambassador Nur Aisyah binte Rahman.`,
    expected: {
      date: '2026-03-18',
      people: [
        ['Ernesto D. Villanueva, Jr.', 'PH'],
        ['Tan Wei Ming', 'SG'],
        ['Ma. Clarissa Dela Cruz-Bautista', 'PH'],
        ['Nur Aisyah binte Rahman', 'SG'],
      ],
      countries: ['PH', 'SG'],
      blocs: ['ASEAN'],
      events: ["ASEAN Foreign Ministers' Retreat"],
      organizations: ['Department of Foreign Affairs'],
      places: ['Cebu'],
    },
  },
  {
    id: 'o11-nz-fj-funding',
    text: `Rt Hon Aroha Tipene-Matthews
Minister of Foreign Affairs

Published: 6 April 2026

New Zealand backs Fiji early-warning upgrade

New Zealand will provide NZ$12 million over three years to strengthen Fiji's weather and tsunami early-warning systems, Foreign Minister Aroha Tipene-Matthews announced today after meeting Fiji's Deputy Prime Minister, Ratu Josefa Vakaloloma, in Suva.

"Every Fijian community, from Kadavu to Labasa, deserves to get a warning in time to move to safety," Ms Tipene-Matthews said.

The funding will be delivered through the Pacific Community (SPC) and the Fiji Meteorological Service. Ratu Josefa welcomed the support and said it would help villages that still rely on radio bulletins.

Media contact: Liam O'Connell-Hart, Press Secretary, 021 000 0000`,
    expected: {
      date: '2026-04-06',
      people: [
        ['Aroha Tipene-Matthews', 'NZ'],
        ['Josefa Vakaloloma', 'FJ'],
        ["Liam O'Connell-Hart", 'NZ'],
      ],
      countries: ['FJ', 'NZ'],
      blocs: [],
      events: [],
      organizations: ['Pacific Community', 'Fiji Meteorological Service'],
      places: ['Suva', 'Kadavu', 'Labasa'],
    },
  },
  {
    id: 'o11-fr-sn-entretien',
    text: `Ministère de l'Europe et des Affaires étrangères

Paris, le 14 avril 2026

Entretien de M. Jean-Baptiste Morel-Duval avec Mme Aminata Ndiaye Sarr, ministre de l'Intégration africaine et des Affaires étrangères du Sénégal

Le ministre de l'Europe et des Affaires étrangères, Jean-Baptiste Morel-Duval, a reçu ce jour son homologue sénégalaise, Mme Aminata Ndiaye Sarr.

Les deux ministres ont préparé le 3e Séminaire intergouvernemental franco-sénégalais, qui se tiendra à Saint-Louis en juin prochain. Ils sont convenus de renforcer la coopération dans les domaines de la formation professionnelle, de l'économie bleue et de la mobilité étudiante, notamment grâce aux financements de l'Agence française de développement (AFD).

Ils ont également évoqué la situation sécuritaire régionale et le rôle de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO).

La directrice d'Afrique et de l'océan Indien, Mme Marie-Hélène Dubois-Lefranc, et l'ambassadeur du Sénégal en France, M. Cheikh Tidiane Mbaye, assistaient à l'entretien.`,
    expected: {
      date: '2026-04-14',
      people: [
        ['Jean-Baptiste Morel-Duval', 'FR'],
        ['Aminata Ndiaye Sarr', 'SN'],
        ['Marie-Hélène Dubois-Lefranc', 'FR'],
        ['Cheikh Tidiane Mbaye', 'SN'],
      ],
      countries: ['FR', 'SN'],
      blocs: ['CEDEAO'],
      events: ['3e Séminaire intergouvernemental franco-sénégalais'],
      organizations: [
        "Ministère de l'Europe et des Affaires étrangères",
        'Agence française de développement',
      ],
      places: ['Paris', 'Saint-Louis'],
    },
  },
  {
    id: 'o11-ee-ke-thread',
    text: `Ministry of Foreign Affairs of Estonia
Posts from the Minister's X account, compiled as a press release

1/ Good, substantive talks in Tallinn today with Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Dr Wanjiru Mwangi-Otieno 🇪🇪🇰🇪 Thank you for making the long trip!

2/ We agreed to launch a digital-government partnership. Kenya's e-services and Estonia's data exchange layer have a lot to learn from each other — our e-Governance Academy will send a team to Nairobi and Kisumu this spring.

3/ We also discussed Russia's war against Ukraine, the security of shipping in the Red Sea, and reform of the UN Security Council, where Kenya's voice matters.

4/ Next step: a Kenyan start-up delegation at Latitude59 in Tallinn. See you soon! — KP

(Kristjan Põder, Minister of Foreign Affairs)`,
    expected: {
      date: null,
      people: [
        ['Wanjiru Mwangi-Otieno', 'KE'],
        ['Kristjan Põder', 'EE'],
      ],
      countries: ['EE', 'KE', 'RU', 'UA'],
      blocs: [],
      events: ['Latitude59'],
      organizations: [
        'Ministry of Foreign Affairs of Estonia',
        'e-Governance Academy',
        'UN Security Council',
      ],
      places: ['Tallinn', 'Nairobi', 'Kisumu'],
    },
  },
  {
    id: 'o11-bt-in-visit',
    text: `Ministry of Foreign Affairs and External Trade
Thimphu, Bhutan

PRESS RELEASE
Thimphu, 20 March 2026

His Excellency Lyonpo Karma Tenzin, Minister for Foreign Affairs and External Trade, received Shri Suresh Raghavan, External Affairs Minister of India, who is on an official visit to Bhutan from 19 to 21 March 2026.

The Ministers reviewed progress on the special economic hub at Gelephu, the proposed Kokrajhar–Gelephu railway line and the Punatsangchhu-II hydroelectric project, which Druk Green Power Corporation is commissioning together with Indian partners. They agreed to hold the next round of talks on the renewal of the trade and transit agreement before the end of the year.

The visiting Minister was accompanied by the Ambassador of India to Bhutan, Meera Krishnamurthy. Bhutan's Foreign Secretary, Dasho Pema Choden, also attended the meeting.`,
    expected: {
      date: '2026-03-20',
      people: [
        ['Karma Tenzin', 'BT'],
        ['Suresh Raghavan', 'IN'],
        ['Meera Krishnamurthy', 'IN'],
        ['Pema Choden', 'BT'],
      ],
      countries: ['BT', 'IN'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Foreign Affairs and External Trade', 'Druk Green Power Corporation'],
      places: ['Thimphu', 'Gelephu', 'Kokrajhar'],
    },
  },
  {
    id: 'o11-mx-gt-solidaridad',
    text: `Secretaría de Relaciones Exteriores
Comunicado No. 112

Ciudad de México, 3 de abril de 2026

El Gobierno de México expresa su solidaridad con el pueblo y el Gobierno de Guatemala ante las inundaciones que han afectado al departamento de Alta Verapaz y que han dejado miles de familias damnificadas.

La Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID) enviará esta semana 40 toneladas de ayuda humanitaria, en coordinación con la Coordinadora Nacional para la Reducción de Desastres (CONRED) de Guatemala. El Consulado de México en Cobán mantiene comunicación permanente con la comunidad mexicana en la zona y no tiene reporte de connacionales afectados.

Asimismo, México reitera su disposición de trabajar con los países centroamericanos en el marco del Sistema de la Integración Centroamericana (SICA) para fortalecer la gestión de riesgos.`,
    expected: {
      date: '2026-04-03',
      people: [],
      countries: ['GT', 'MX'],
      blocs: ['SICA'],
      events: [],
      organizations: [
        'Secretaría de Relaciones Exteriores',
        'Agencia Mexicana de Cooperación Internacional para el Desarrollo',
        'Coordinadora Nacional para la Reducción de Desastres',
        'Consulado de México en Cobán',
      ],
      places: ['Ciudad de México', 'Alta Verapaz', 'Cobán'],
    },
  },
  {
    id: 'o11-hu-az-call',
    text: `Ministry of Foreign Affairs and Trade of Hungary

Budapest, 27 January 2026

Szabó Levente, Minister of Foreign Affairs and Trade, held talks by telephone with Elnur Rasim oglu Mammadov, Minister of Foreign Affairs of the Republic of Azerbaijan.

Minister Szabó said that Azerbaijani natural gas has become a cornerstone of Hungary's energy security, and that Hungary will continue to argue within the EU for expanding the capacity of the Southern Gas Corridor. The ministers agreed that Hungary will be represented at ministerial level at the 13th Ministerial Meeting of the Southern Gas Corridor Advisory Council in Baku.

They also agreed that the Hungarian-Azerbaijani Joint Intergovernmental Commission on Economic Cooperation will meet in Debrecen in April, co-chaired on the Hungarian side by State Secretary Kovács-Tóth Eszter.`,
    expected: {
      date: '2026-01-27',
      people: [
        ['Szabó Levente', 'HU'],
        ['Elnur Rasim oglu Mammadov', 'AZ'],
        ['Kovács-Tóth Eszter', 'HU'],
      ],
      countries: ['AZ', 'HU'],
      blocs: ['EU'],
      events: ['13th Ministerial Meeting of the Southern Gas Corridor Advisory Council'],
      organizations: [
        'Ministry of Foreign Affairs and Trade of Hungary',
        'Southern Gas Corridor Advisory Council',
        'Hungarian-Azerbaijani Joint Intergovernmental Commission on Economic Cooperation',
      ],
      places: ['Budapest', 'Baku', 'Debrecen'],
    },
  },

  // ───────────── Group 2: regional bodies and joint commissions ─────────────
  {
    id: 'o11-asean-amca',
    text: `JOINT MEDIA STATEMENT
11th Meeting of the ASEAN Ministers Responsible for Culture and Arts (AMCA)

Iloilo City, the Philippines, 16 October 2026

1. The 11th Meeting of the ASEAN Ministers Responsible for Culture and Arts (AMCA) was convened on 16 October 2026 in Iloilo City, the Philippines, under the chairmanship of Hon. Carmelita S. Abad-Santos, Chairperson of the Philippines' National Commission for Culture and the Arts (NCCA).

2. The Ministers adopted the Iloilo Declaration on Creative Economy and Living Heritage, welcomed the first participation of Timor-Leste as a full ASEAN Member State, and thanked the ASEAN Secretariat for its support.

3. The Ministers agreed to convene the 12th AMCA in Malaysia in 2028.

LIST OF MINISTERS / HEADS OF DELEGATION
• Pehin Dato Abdul Rahim bin Jaafar (Brunei Darussalam)
• Sok Chanthy (Cambodia)
• Suryadi (Indonesia)
• Khamphoui Sisouphanh (Lao PDR)
• Datuk Seri Rosli bin Hamzah (Malaysia)
• U Kyaw Zeya Tun (Myanmar)
• Carmelita S. Abad-Santos (Philippines)
• Grace Tan Li Ping (Singapore)
• Pornthip Srisawat (Thailand)
• Filomena da Costa Belo (Timor-Leste)
• Nguyễn Thị Thu Hằng (Viet Nam)
• Dr. Lim Seng Huat, Deputy Secretary-General of ASEAN`,
    expected: {
      date: '2026-10-16',
      people: [
        ['Carmelita S. Abad-Santos', 'PH'],
        ['Abdul Rahim bin Jaafar', 'BN'],
        ['Sok Chanthy', 'KH'],
        ['Suryadi', 'ID'],
        ['Khamphoui Sisouphanh', 'LA'],
        ['Rosli bin Hamzah', 'MY'],
        ['Kyaw Zeya Tun', 'MM'],
        ['Grace Tan Li Ping', 'SG'],
        ['Pornthip Srisawat', 'TH'],
        ['Filomena da Costa Belo', 'TL'],
        ['Nguyễn Thị Thu Hằng', 'VN'],
        ['Lim Seng Huat', null],
      ],
      countries: ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
      blocs: ['ASEAN'],
      events: ['11th Meeting of the ASEAN Ministers Responsible for Culture and Arts', '12th AMCA'],
      organizations: ['National Commission for Culture and the Arts', 'ASEAN Secretariat'],
      places: ['Iloilo City'],
    },
  },
  {
    id: 'o11-au-psc-sahel',
    text: `AFRICAN UNION
Peace and Security Council

COMMUNIQUÉ
of the 1,312th meeting of the Peace and Security Council, held at ministerial level, on the situation in the Sahel

Addis Ababa, Ethiopia, 7 May 2026

The Peace and Security Council (PSC) of the African Union (AU), at its 1,312th meeting held on 7 May 2026,

Taking note of the opening remarks by H.E. Mr. Tumelo Mokoena, Minister of International Relations and Cooperation of the Kingdom of Lesotho and Chairperson of the PSC for May 2026, and of the statement by H.E. Ambassador Bankole Adeyemi-Okafor, Commissioner for Political Affairs, Peace and Security of the African Union Commission;

Noting that the delegation of the Republic of Mali was headed by H.E. Mr. Moussa Diarra Keïta, Minister of Foreign Affairs and International Cooperation, and that the delegation of the Republic of the Niger was headed by H.E. Ambassador Halima Issoufou Mahamadou, Permanent Representative to the AU; further noting the statement by Ms. Ingrid Lindqvist-Berg, Special Representative of the United Nations Secretary-General for West Africa and the Sahel;

1. Expresses deep concern over the deterioration of the humanitarian situation in the Ménaka and Tillabéri regions;

2. Encourages continued dialogue between the Alliance of Sahel States and the Economic Community of West African States (ECOWAS);

3. Decides to remain actively seized of the matter.`,
    expected: {
      date: '2026-05-07',
      people: [
        ['Tumelo Mokoena', 'LS'],
        ['Bankole Adeyemi-Okafor', null],
        ['Moussa Diarra Keïta', 'ML'],
        ['Halima Issoufou Mahamadou', 'NE'],
        ['Ingrid Lindqvist-Berg', null],
      ],
      countries: ['ET', 'LS', 'ML', 'NE'],
      blocs: ['AU', 'Alliance of Sahel States', 'ECOWAS'],
      events: ['1,312th meeting of the Peace and Security Council'],
      organizations: ['Peace and Security Council', 'African Union Commission', 'United Nations'],
      places: ['Addis Ababa', 'Ménaka', 'Tillabéri'],
    },
  },
  {
    id: 'o11-ecowas-council',
    text: `ECOWAS Commission
Press Release No. 041/2026

96th Ordinary Session of the ECOWAS Council of Ministers opens in Abuja

Abuja, 11 June 2026. The 96th Ordinary Session of the ECOWAS Council of Ministers opened on Thursday at the Commission's headquarters in Abuja, Nigeria, with a call by the President of the ECOWAS Commission, Dr. Ibrahima Sory Condé, to speed up preparations for the single currency.

The session, chaired by Ghana, will prepare the agenda of the forthcoming summit of Heads of State and consider the 2027 budget of the Community institutions, including the ECOWAS Bank for Investment and Development (EBID).

Ministers and heads of delegation present at the opening:

Kwabena Asante-Boateng, Minister for Foreign Affairs and Regional Integration, Ghana (Chair)
Chief Olufemi Adebayo-Lawal, Minister of State for Foreign Affairs, Nigeria
Aïssatou Bâ Diallo, Minister Delegate for African Integration, Senegal
Fatoumata Jallow-Ceesay, Minister of Foreign Affairs, International Cooperation and Gambians Abroad, The Gambia
José Carlos Tavares Lopes, Minister of Foreign Affairs, Cooperation and Regional Integration, Cabo Verde
Ange-Désiré Kouamé N'Guessan, Minister of State, Côte d'Ivoire
Sahr Momoh Kamara, Deputy Minister of Foreign Affairs, Sierra Leone`,
    expected: {
      date: '2026-06-11',
      people: [
        ['Ibrahima Sory Condé', null],
        ['Kwabena Asante-Boateng', 'GH'],
        ['Olufemi Adebayo-Lawal', 'NG'],
        ['Aïssatou Bâ Diallo', 'SN'],
        ['Fatoumata Jallow-Ceesay', 'GM'],
        ['José Carlos Tavares Lopes', 'CV'],
        ["Ange-Désiré Kouamé N'Guessan", 'CI'],
        ['Sahr Momoh Kamara', 'SL'],
      ],
      countries: ['CI', 'CV', 'GH', 'GM', 'NG', 'SL', 'SN'],
      blocs: ['ECOWAS'],
      events: ['96th Ordinary Session of the ECOWAS Council of Ministers'],
      organizations: [
        'ECOWAS Commission',
        'ECOWAS Council of Ministers',
        'ECOWAS Bank for Investment and Development',
      ],
      places: ['Abuja'],
    },
  },
  {
    id: 'o11-eac-tourism-table',
    text: `East African Community Secretariat
Arusha, Tanzania, 14th July 2026

COMMUNIQUÉ
12th Meeting of the Sectoral Council on Tourism and Wildlife Management

The 12th Meeting of the Sectoral Council on Tourism and Wildlife Management was held in Arusha from 10th to 14th July 2026. The meeting was officially opened by the EAC Deputy Secretary General in charge of Productive and Social Sectors, Mr. Andrea Mathias Mrema, who urged Partner States to market the region as a single destination.

HEADS OF DELEGATION

Partner State  | Head of Delegation                | Designation
---------------|-----------------------------------|----------------------------------------------------
Burundi        | Hon. Claudine Niyonzima           | Minister of Commerce, Transport, Industry and Tourism
DR Congo       | Hon. Jean-Pierre Kabongo Mutombo  | Vice-Minister of Tourism
Kenya          | Hon. Peninah Chebet Rotich        | Cabinet Secretary, Tourism and Wildlife
Rwanda         | Hon. Eric Habimana                | Minister of State, Trade and Industry
Somalia        | Hon. Abdirahman Hassan Warsame    | Minister of Tourism
South Sudan    | Hon. Deng Akol Majak              | Minister of Wildlife Conservation and Tourism
Tanzania       | Hon. Dr. Neema Mwakyusa           | Minister for Natural Resources and Tourism (Chair)
Uganda         | Hon. Moses Okello Ssebunya        | Minister of State for Tourism

The Council adopted the roadmap for the EAC Single Tourist Visa and directed the Secretariat to fast-track the harmonised classification of hotels. It approved that the 5th East African Regional Tourism Expo (EARTE) be held in Gitega, Burundi, in October 2027.`,
    expected: {
      date: '2026-07-14',
      people: [
        ['Andrea Mathias Mrema', null],
        ['Claudine Niyonzima', 'BI'],
        ['Jean-Pierre Kabongo Mutombo', 'CD'],
        ['Peninah Chebet Rotich', 'KE'],
        ['Eric Habimana', 'RW'],
        ['Abdirahman Hassan Warsame', 'SO'],
        ['Deng Akol Majak', 'SS'],
        ['Neema Mwakyusa', 'TZ'],
        ['Moses Okello Ssebunya', 'UG'],
      ],
      countries: ['BI', 'CD', 'KE', 'RW', 'SO', 'SS', 'TZ', 'UG'],
      blocs: ['EAC'],
      events: [
        '12th Meeting of the Sectoral Council on Tourism and Wildlife Management',
        '5th East African Regional Tourism Expo',
      ],
      organizations: [
        'East African Community Secretariat',
        'Sectoral Council on Tourism and Wildlife Management',
      ],
      places: ['Arusha', 'Gitega'],
    },
  },
  {
    id: 'o11-caricom-cofcor',
    text: `CARICOM Secretariat
Turkeyen, Greater Georgetown, Guyana

PRESS RELEASE 187/2026
13 May 2026

COMMUNIQUÉ ISSUED AT THE CONCLUSION OF THE TWENTY-NINTH MEETING OF THE COUNCIL FOR FOREIGN AND COMMUNITY RELATIONS (COFCOR)

The Twenty-Ninth Meeting of the Council for Foreign and Community Relations (COFCOR) of the Caribbean Community (CARICOM) was held in Basseterre, St. Kitts and Nevis, on 12-13 May 2026, under the chairmanship of the Rt. Hon. Marcus Liburd, Minister of Foreign Affairs of St. Kitts and Nevis.

Ministers discussed the security situation in Haiti, relations with the African Union ahead of the third Africa-CARICOM Summit, and the Community's position on access to climate finance.

The following Heads of Delegation attended:
1. Hon. Althea Joseph-Baptiste – Antigua and Barbuda
2. Hon. Desmond K. Rolle – The Bahamas
3. Senator the Hon. Keisha Alleyne-Greaves – Barbados
4. Hon. Eduardo Magaña Choc – Belize
5. Hon. Philbert Laville – Commonwealth of Dominica
6. Dr. the Hon. Nkrumah St. Bernard – Grenada
7. Hon. Latoya Ramdass-Persaud – Guyana
8. Mr. Jean-Robert Pierre-Louis – Haiti
9. Senator the Hon. Andrew McFarlane-Grant – Jamaica
10. Rt. Hon. Marcus Liburd – St. Kitts and Nevis
11. Hon. Claudette Fontenelle – Saint Lucia
12. Ms. Radjeshwari Sewdien – Suriname`,
    expected: {
      date: '2026-05-13',
      people: [
        ['Marcus Liburd', 'KN'],
        ['Althea Joseph-Baptiste', 'AG'],
        ['Desmond K. Rolle', 'BS'],
        ['Keisha Alleyne-Greaves', 'BB'],
        ['Eduardo Magaña Choc', 'BZ'],
        ['Philbert Laville', 'DM'],
        ['Nkrumah St. Bernard', 'GD'],
        ['Latoya Ramdass-Persaud', 'GY'],
        ['Jean-Robert Pierre-Louis', 'HT'],
        ['Andrew McFarlane-Grant', 'JM'],
        ['Claudette Fontenelle', 'LC'],
        ['Radjeshwari Sewdien', 'SR'],
      ],
      countries: ['AG', 'BB', 'BS', 'BZ', 'DM', 'GD', 'GY', 'HT', 'JM', 'KN', 'LC', 'SR'],
      blocs: ['CARICOM', 'African Union'],
      events: [
        'Twenty-Ninth Meeting of the Council for Foreign and Community Relations',
        'third Africa-CARICOM Summit',
      ],
      organizations: ['CARICOM Secretariat', 'Council for Foreign and Community Relations'],
      places: ['Turkeyen', 'Greater Georgetown', 'Basseterre'],
    },
  },
  {
    id: 'o11-pif-fmm',
    text: `Pacific Islands Forum Secretariat

Forum Foreign Ministers Meeting 2026: Outcomes Statement

Nuku'alofa, Tonga – 21 August 2026

Foreign Ministers of the Pacific Islands Forum met in Nuku'alofa on 20 August 2026 under the chairmanship of Hon. Siosaia Fifita Tuʻipulotu, Minister for Foreign Affairs of the Kingdom of Tonga, to prepare for the 55th Pacific Islands Forum Leaders Meeting in Koror.

Heads of delegation: Australia was represented by Senator the Hon. Bronwyn Castellano-Reid, Minister for the Pacific; the Cook Islands by Hon. Teariki Marsters; Fiji by Hon. Ratu Inoke Tuilau; Kiribati by Hon. Taoaba Kaiea; Niue by Hon. Sionetasi Pulehetoa; Palau by Hon. Uduch Ngiratkel; Samoa by Hon. Lautafi Faleolo; Solomon Islands by Hon. John Maneniaru Jr.; Tuvalu by Hon. Talafou Lotoala; and Vanuatu by Hon. Ernest Tabimasmas. The Secretary General of the Pacific Islands Forum, Mr. Tavita Leiataua, also addressed the meeting.

Ministers endorsed a regional framework on deep-sea minerals governance for the Leaders' consideration, and welcomed Palau's preparations as host.`,
    expected: {
      date: '2026-08-21',
      people: [
        ['Siosaia Fifita Tuʻipulotu', 'TO'],
        ['Bronwyn Castellano-Reid', 'AU'],
        ['Teariki Marsters', 'CK'],
        ['Inoke Tuilau', 'FJ'],
        ['Taoaba Kaiea', 'KI'],
        ['Sionetasi Pulehetoa', 'NU'],
        ['Uduch Ngiratkel', 'PW'],
        ['Lautafi Faleolo', 'WS'],
        ['John Maneniaru Jr.', 'SB'],
        ['Talafou Lotoala', 'TV'],
        ['Ernest Tabimasmas', 'VU'],
        ['Tavita Leiataua', null],
      ],
      countries: ['AU', 'CK', 'FJ', 'KI', 'NU', 'PW', 'SB', 'TO', 'TV', 'VU', 'WS'],
      blocs: ['Pacific Islands Forum'],
      events: ['Forum Foreign Ministers Meeting 2026', '55th Pacific Islands Forum Leaders Meeting'],
      organizations: ['Pacific Islands Forum Secretariat'],
      places: ["Nuku'alofa", 'Koror'],
    },
  },
  {
    id: 'o11-nordic-session',
    text: `Nordic Council | News

78th Session of the Nordic Council closes in Helsinki

Published 30.10. | Updated 31.10.

The 78th Session of the Nordic Council ended in Helsinki on Thursday with the adoption of recommendations on joint civil preparedness, cross-border commuting and the integration of the Nordic electricity market.

Session President Henrik Sjöberg-Nyman of Sweden said the parliamentarians had "sent a clear message that Nordic cooperation must deliver in times of crisis".

Speakers in the opening debate on security:
– Antti Heikkinen-Laaksonen, Prime Minister, Finland
– Mette Skovgaard Lund, Minister for Nordic Cooperation, Denmark
– Haraldur Þór Gunnarsson, Minister for Foreign Affairs, Iceland
– Ingvild Aasen Bakke, Minister of Defence, Norway
– Aviaja Kristiansen, Minister for Foreign Affairs, Greenland
– Sólja Joensen-Poulsen, Minister of Foreign Affairs, Faroe Islands
– Katrín Björnsdóttir, Secretary General of the Nordic Council

Next year's session will be held in Reykjavík.`,
    expected: {
      date: null,
      people: [
        ['Henrik Sjöberg-Nyman', 'SE'],
        ['Antti Heikkinen-Laaksonen', 'FI'],
        ['Mette Skovgaard Lund', 'DK'],
        ['Haraldur Þór Gunnarsson', 'IS'],
        ['Ingvild Aasen Bakke', 'NO'],
        ['Aviaja Kristiansen', 'GL'],
        ['Sólja Joensen-Poulsen', 'FO'],
        ['Katrín Björnsdóttir', null],
      ],
      countries: ['DK', 'FI', 'FO', 'GL', 'IS', 'NO', 'SE'],
      blocs: ['Nordic Council'],
      events: ['78th Session of the Nordic Council'],
      organizations: [],
      places: ['Helsinki', 'Reykjavík'],
    },
  },
  {
    id: 'o11-osce-cio-visit',
    text: `Organization for Security and Co-operation in Europe
Chairpersonship

Press release

Vienna, 19 January 2026 – The OSCE Chairperson-in-Office, Swiss Foreign Minister Laurent Aebischer-Roth, today concluded a three-day visit to Central Asia, accompanied by OSCE Secretary General Andrea Kovačević.

In Dushanbe, the Chairperson-in-Office met Tajikistan's Minister of Foreign Affairs, Farrukh Rahmonzoda, and discussed border management along the Afghan border and the fight against drug trafficking. In Bishkek he met the Kyrgyz Minister of Foreign Affairs, Aida Temirbekova, and travelled to Batken to see a water-sharing project run by the OSCE Programme Office in Bishkek, headed by Ambassador Mikael Nyström.

"Trust between neighbours is built at the level of villages and irrigation canals," said Aebischer-Roth.`,
    expected: {
      date: '2026-01-19',
      people: [
        ['Laurent Aebischer-Roth', 'CH'],
        ['Andrea Kovačević', null],
        ['Farrukh Rahmonzoda', 'TJ'],
        ['Aida Temirbekova', 'KG'],
        ['Mikael Nyström', null],
      ],
      countries: ['AF', 'CH', 'KG', 'TJ'],
      blocs: ['OSCE'],
      events: [],
      organizations: ['OSCE Programme Office in Bishkek'],
      places: ['Vienna', 'Dushanbe', 'Bishkek', 'Batken'],
    },
  },
  {
    id: 'o11-sco-cfm',
    text: `Shanghai Cooperation Organisation
SCO Secretariat — Information release

Cholpon-Ata, 9 July 2026

The Meeting of the Council of Ministers of Foreign Affairs of the SCO Member States was held today in Cholpon-Ata, Issyk-Kul Region, under the chairmanship of the Minister of Foreign Affairs of the Kyrgyz Republic, Kubanychbek Toktogulov.

The meeting was attended by the Minister of Foreign Affairs of the Republic of Belarus Dzmitry Aliaksandravich Hrynevich, the External Affairs Minister of the Republic of India Vikram Subrahmanyam, the Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad-Reza Jalali-Far, the Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Bakhytuly Serikbayev, the Minister of Foreign Affairs of the People's Republic of China Guo Mingyuan, the Minister of Foreign Affairs of the Islamic Republic of Pakistan Tariq Javed Malik, the Minister of Foreign Affairs of the Russian Federation Sergei Nikolayevich Volkov, the Minister of Foreign Affairs of the Republic of Tajikistan Davlat Sharipzoda and the Minister of Foreign Affairs of the Republic of Uzbekistan Jasur Ulugbekovich Rakhimov. SCO Secretary-General Dilshod Karimov also took part.

The Ministers reviewed preparations for the 26th SCO Summit, to be held in Bishkek, and approved draft documents on the establishment of the SCO Development Bank.`,
    expected: {
      date: '2026-07-09',
      people: [
        ['Kubanychbek Toktogulov', 'KG'],
        ['Dzmitry Aliaksandravich Hrynevich', 'BY'],
        ['Vikram Subrahmanyam', 'IN'],
        ['Mohammad-Reza Jalali-Far', 'IR'],
        ['Yerlan Bakhytuly Serikbayev', 'KZ'],
        ['Guo Mingyuan', 'CN'],
        ['Tariq Javed Malik', 'PK'],
        ['Sergei Nikolayevich Volkov', 'RU'],
        ['Davlat Sharipzoda', 'TJ'],
        ['Jasur Ulugbekovich Rakhimov', 'UZ'],
        ['Dilshod Karimov', null],
      ],
      countries: ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'],
      blocs: ['SCO'],
      events: [
        'Meeting of the Council of Ministers of Foreign Affairs of the SCO Member States',
        '26th SCO Summit',
      ],
      organizations: [
        'SCO Secretariat',
        'Council of Ministers of Foreign Affairs of the SCO Member States',
        'SCO Development Bank',
      ],
      places: ['Cholpon-Ata', 'Issyk-Kul Region', 'Bishkek'],
    },
  },
  {
    id: 'o11-celac-cancilleres',
    text: `Comunidad de Estados Latinoamericanos y Caribeños (CELAC)
Presidencia Pro Tempore

COMUNICADO

Montevideo, 25 de septiembre de 2026

Las cancilleras y los cancilleres de la CELAC se reunieron el 24 de septiembre en Nueva York, en el marco del 81.º período de sesiones de la Asamblea General de las Naciones Unidas, para dar seguimiento a los mandatos de la última cumbre y avanzar en la hoja de ruta regional sobre seguridad alimentaria.

Participaron, entre otros:
— Martín Echeverría Lussich, canciller de Uruguay (Presidencia Pro Tempore)
— Laura Valentina Ospina Restrepo, canciller de Colombia
— José Ramón Castellanos Midence, canciller de Honduras
— Beatriz Cardoso de Almeida, ministra de Relaciones Exteriores del Brasil
— Yanelis Rodríguez Pérez, viceministra de Relaciones Exteriores de Cuba
— Kenroy Baptiste, ministro de Asuntos Exteriores de San Vicente y las Granadinas

Asimismo, se acordó intensificar el diálogo con la Unión Africana y con la Asociación de Naciones del Sudeste Asiático (ASEAN).`,
    expected: {
      date: '2026-09-25',
      people: [
        ['Martín Echeverría Lussich', 'UY'],
        ['Laura Valentina Ospina Restrepo', 'CO'],
        ['José Ramón Castellanos Midence', 'HN'],
        ['Beatriz Cardoso de Almeida', 'BR'],
        ['Yanelis Rodríguez Pérez', 'CU'],
        ['Kenroy Baptiste', 'VC'],
      ],
      countries: ['BR', 'CO', 'CU', 'HN', 'UY', 'VC'],
      blocs: ['CELAC', 'Unión Africana', 'ASEAN'],
      events: ['81.º período de sesiones de la Asamblea General de las Naciones Unidas'],
      organizations: ['Asamblea General de las Naciones Unidas'],
      places: ['Montevideo', 'Nueva York'],
    },
  },
  {
    id: 'o11-arab-league-water',
    text: `League of Arab States
General Secretariat

Cairo, 4 March 2026

The 17th Session of the Arab Ministerial Water Council concluded today at the headquarters of the General Secretariat of the League of Arab States in Cairo, chaired by the Kingdom of Morocco.

Heads of delegation:
Kingdom of Morocco: Abdellatif Benjelloun-Tazi, Minister of Equipment and Water (Chair)
Arab Republic of Egypt: Hisham Abdel-Fattah Mansour, Minister of Water Resources and Irrigation
Kingdom of Saudi Arabia: Nasser bin Fahd Al-Otaibi, Deputy Minister for Water
State of Qatar: Sheikh Khalifa bin Hamad Al-Kuwari, Minister of Municipality
People's Democratic Republic of Algeria: Karim Bouzid-Messaoudi, Minister of Water Resources
Republic of Iraq: Hussein Abu Zeid al-Tamimi, Minister of Water Resources

The Council was addressed by Ambassador Mona Abu Ghazaleh, Assistant Secretary-General, who presented the draft Arab strategy for water security for the next decade. The Council welcomed the technical support of the Food and Agriculture Organization of the United Nations (FAO) and the Arab Center for the Studies of Arid Zones and Dry Lands (ACSAD).`,
    expected: {
      date: '2026-03-04',
      people: [
        ['Abdellatif Benjelloun-Tazi', 'MA'],
        ['Hisham Abdel-Fattah Mansour', 'EG'],
        ['Nasser bin Fahd Al-Otaibi', 'SA'],
        ['Khalifa bin Hamad Al-Kuwari', 'QA'],
        ['Karim Bouzid-Messaoudi', 'DZ'],
        ['Hussein Abu Zeid al-Tamimi', 'IQ'],
        ['Mona Abu Ghazaleh', null],
      ],
      countries: ['DZ', 'EG', 'IQ', 'MA', 'QA', 'SA'],
      blocs: ['League of Arab States'],
      events: ['17th Session of the Arab Ministerial Water Council'],
      organizations: [
        'Arab Ministerial Water Council',
        'General Secretariat of the League of Arab States',
        'Food and Agriculture Organization of the United Nations',
        'Arab Center for the Studies of Arid Zones and Dry Lands',
      ],
      places: ['Cairo'],
    },
  },
  {
    id: 'o11-bimstec-ministerial',
    text: `BIMSTEC Secretariat
Dhaka

Press Release | 3 November 2026

21st BIMSTEC Ministerial Meeting held in Kathmandu

The 21st BIMSTEC Ministerial Meeting was held in Kathmandu on 2 November 2026, preceded by the 25th BIMSTEC Senior Officials' Meeting. The Ministers reviewed the implementation of the BIMSTEC Charter and of the master plan for transport connectivity, and agreed to operationalise the BIMSTEC Energy Centre in Bengaluru.

Participants:
1. Bishnu Prasad Adhikari, Minister for Foreign Affairs, Nepal (Chair)
2. Md. Rafiqul Islam Chowdhury, Adviser for Foreign Affairs, Bangladesh
3. Lyonpo Sonam Dhendup, Minister for Industry, Commerce and Employment, Bhutan
4. Shri Anil Kumar Joshi, Minister of State for External Affairs, India
5. U Thant Zin Myo, Deputy Minister for Foreign Affairs, Myanmar
6. Ishara Wickramasinghe-Perera, Deputy Minister of Foreign Affairs, Sri Lanka
7. Thanapat Chaiyawat, Vice Minister for Foreign Affairs, Thailand
8. Ambassador Tshering Yangzom Dorji, Secretary General of BIMSTEC`,
    expected: {
      date: '2026-11-03',
      people: [
        ['Bishnu Prasad Adhikari', 'NP'],
        ['Md. Rafiqul Islam Chowdhury', 'BD'],
        ['Sonam Dhendup', 'BT'],
        ['Anil Kumar Joshi', 'IN'],
        ['Thant Zin Myo', 'MM'],
        ['Ishara Wickramasinghe-Perera', 'LK'],
        ['Thanapat Chaiyawat', 'TH'],
        ['Tshering Yangzom Dorji', null],
      ],
      countries: ['BD', 'BT', 'IN', 'LK', 'MM', 'NP', 'TH'],
      blocs: ['BIMSTEC'],
      events: ['21st BIMSTEC Ministerial Meeting', "25th BIMSTEC Senior Officials' Meeting"],
      organizations: ['BIMSTEC Secretariat', 'BIMSTEC Energy Centre'],
      places: ['Dhaka', 'Kathmandu', 'Bengaluru'],
    },
  },
  {
    id: 'o11-can-cancilleres-tabla',
    text: `Secretaría General de la Comunidad Andina
Nota de prensa N.° 045-2026

Lima, 19 de mayo de 2026

Cancilleres andinos aprueban hoja de ruta sobre movilidad humana

Se celebró hoy en Lima la XLVI Reunión Ordinaria del Consejo Andino de Ministros de Relaciones Exteriores, en la que se aprobó una hoja de ruta para facilitar el tránsito de personas y el reconocimiento de títulos profesionales entre los países miembros de la CAN. El Banco de Desarrollo de América Latina y el Caribe (CAF) financiará los estudios técnicos.

Delegación | Jefe(a) de delegación          | Cargo
Bolivia    | Mariela Quispe Mamani          | Ministra de Relaciones Exteriores
Colombia   | Andrés Felipe Zuluaga Mejía    | Viceministro de Asuntos Multilaterales
Ecuador    | María José Cevallos Andrade    | Ministra de Relaciones Exteriores y Movilidad Humana
Perú       | Rodrigo Alonso Benavides Paredes | Ministro de Relaciones Exteriores (Presidencia Pro Tempore)

El secretario general de la CAN, Jorge Humberto Saldarriaga Ibáñez, anunció que la próxima reunión del Consejo tendrá lugar en Cusco en noviembre.`,
    expected: {
      date: '2026-05-19',
      people: [
        ['Mariela Quispe Mamani', 'BO'],
        ['Andrés Felipe Zuluaga Mejía', 'CO'],
        ['María José Cevallos Andrade', 'EC'],
        ['Rodrigo Alonso Benavides Paredes', 'PE'],
        ['Jorge Humberto Saldarriaga Ibáñez', null],
      ],
      countries: ['BO', 'CO', 'EC', 'PE'],
      blocs: ['CAN'],
      events: ['XLVI Reunión Ordinaria del Consejo Andino de Ministros de Relaciones Exteriores'],
      organizations: [
        'Secretaría General de la Comunidad Andina',
        'Consejo Andino de Ministros de Relaciones Exteriores',
        'Banco de Desarrollo de América Latina y el Caribe',
      ],
      places: ['Lima', 'Cusco'],
    },
  },
  {
    id: 'o11-comesa-council',
    text: `COMESA Secretariat
Lusaka, Zambia

Port Louis, 22 October 2026

46th Meeting of the COMESA Council of Ministers opens in Port Louis

The 46th Meeting of the COMESA Council of Ministers opened today in Port Louis, Mauritius, with a call to align the region's trade rules with the African Continental Free Trade Area (AfCFTA). The Council will prepare the 25th COMESA Summit, which Mauritius will host next month.

Ministers in attendance included:
- Hon. Rajesh Doolub – Mauritius (Chairperson of the Council)
- Hon. Chanda Mwale-Banda – Zambia
- Hon. Prisca Nyirenda – Malawi
- Hon. Sibusiso Dlamini-Mamba – Eswatini
- Hon. Tesfaye Alemu Gebremedhin – Ethiopia
- Hon. Hery Rakotoarivelo – Madagascar
- Hon. Ahmed Moussa Dirieh – Djibouti
- Hon. Tendai Mukaro – Zimbabwe

COMESA Secretary General Dr. Mercy Wambui Kiprotich urged Member States to ratify the digital trade protocol before the Summit.`,
    expected: {
      date: '2026-10-22',
      people: [
        ['Rajesh Doolub', 'MU'],
        ['Chanda Mwale-Banda', 'ZM'],
        ['Prisca Nyirenda', 'MW'],
        ['Sibusiso Dlamini-Mamba', 'SZ'],
        ['Tesfaye Alemu Gebremedhin', 'ET'],
        ['Hery Rakotoarivelo', 'MG'],
        ['Ahmed Moussa Dirieh', 'DJ'],
        ['Tendai Mukaro', 'ZW'],
        ['Mercy Wambui Kiprotich', null],
      ],
      countries: ['DJ', 'ET', 'MG', 'MU', 'MW', 'SZ', 'ZM', 'ZW'],
      blocs: ['COMESA', 'AfCFTA'],
      events: ['46th Meeting of the COMESA Council of Ministers', '25th COMESA Summit'],
      organizations: ['COMESA Secretariat', 'COMESA Council of Ministers'],
      places: ['Lusaka', 'Port Louis'],
    },
  },
  {
    id: 'o11-bw-na-jpcc',
    text: `JOINT COMMUNIQUÉ
ON THE 9TH SESSION OF THE BOTSWANA-NAMIBIA JOINT PERMANENT COMMISSION ON COOPERATION (JPCC)

Windhoek, 30 June 2026

1. The 9th Session of the Botswana-Namibia Joint Permanent Commission on Cooperation was held in Windhoek, Republic of Namibia, from 29 to 30 June 2026.

2. The delegation of the Republic of Botswana was headed by Hon. Dr. Lesego Kgosietsile-Moagi, Minister for International Relations, while the delegation of the Republic of Namibia was headed by Hon. Ndapewa Shikongo-Haufiku, Minister of International Relations and Trade. The Senior Officials' session was co-chaired by Botswana's Permanent Secretary, Mr. Onkarabile Sebina, and Namibia's Executive Director, Ms. Hileni Nangolo-Amupolo.

3. The two sides agreed to extend the operating hours of the Mamuno/Buitepos border post to 24 hours, and welcomed the growing use of the port of Walvis Bay by Botswana exporters with the facilitation of the Walvis Bay Corridor Group.

4. The two sides reaffirmed their commitment to the Southern African Development Community (SADC) and the Southern African Customs Union (SACU).

5. The next Session will be held in Maun, Botswana, in 2027.

For the Republic of Botswana                For the Republic of Namibia
Hon. Dr. Lesego Kgosietsile-Moagi            Hon. Ndapewa Shikongo-Haufiku`,
    expected: {
      date: '2026-06-30',
      people: [
        ['Lesego Kgosietsile-Moagi', 'BW'],
        ['Ndapewa Shikongo-Haufiku', 'NA'],
        ['Onkarabile Sebina', 'BW'],
        ['Hileni Nangolo-Amupolo', 'NA'],
      ],
      countries: ['BW', 'NA'],
      blocs: ['SADC', 'SACU'],
      events: ['9th Session of the Botswana-Namibia Joint Permanent Commission on Cooperation'],
      organizations: [
        'Botswana-Namibia Joint Permanent Commission on Cooperation',
        'Walvis Bay Corridor Group',
      ],
      places: ['Windhoek', 'Mamuno', 'Buitepos', 'Walvis Bay', 'Maun'],
    },
  },

  // ───────────── Group 3: embassies, consulates, sector ministries, provinces ─────────────
  {
    id: 'o11-ke-health-cholera',
    text: `REPUBLIC OF KENYA
MINISTRY OF HEALTH

PRESS RELEASE
FOR IMMEDIATE RELEASE

Nairobi, 23rd March 2026

GOVERNMENT LAUNCHES ORAL CHOLERA VACCINATION CAMPAIGN IN KILIFI AND TANA RIVER

The Ministry of Health, in partnership with the World Health Organization (WHO) and Gavi, the Vaccine Alliance, today launched a ten-day oral cholera vaccination campaign targeting 1.2 million people in Kilifi and Tana River counties.

Speaking in Malindi, the Cabinet Secretary for Health, Dr. Achieng Odhiambo-Wafula, urged residents to boil drinking water and to report suspected cases to the nearest facility. The Principal Secretary for Public Health and Professional Standards, Mr. Kiprono Langat, said that stool samples are being analysed by the Kenya Medical Research Institute (KEMRI).

The WHO Representative to Kenya, Dr. Abdoulaye Sow-Camara, commended the speed of the national response.

For media enquiries: communications@health.example.ke

- END -`,
    expected: {
      date: '2026-03-23',
      people: [
        ['Achieng Odhiambo-Wafula', 'KE'],
        ['Kiprono Langat', 'KE'],
        ['Abdoulaye Sow-Camara', null],
      ],
      countries: ['KE'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Health',
        'World Health Organization',
        'Gavi, the Vaccine Alliance',
        'Kenya Medical Research Institute',
      ],
      places: ['Nairobi', 'Kilifi', 'Tana River', 'Malindi'],
    },
  },
  {
    id: 'o11-ec-energia-jica',
    text: `Ministerio de Energía y Minas
República del Ecuador

Boletín de prensa N.° 078

Quito, 17 de marzo de 2026

Ecuador y Japón firman canje de notas para rehabilitar la central hidroeléctrica Río Quijos II

La ministra de Energía y Minas, Inés Carolina Vásconez Ribadeneira, y el embajador del Japón en el Ecuador, TAKAHASHI Ryo, suscribieron hoy un canje de notas por el cual la Agencia de Cooperación Internacional del Japón (JICA) otorgará un crédito de 180 millones de dólares para rehabilitar la central, ubicada en la provincia de Napo.

El viceministro de Electricidad, Patricio Andrés Jaramillo Cueva, explicó que la Corporación Eléctrica del Ecuador (CELEC EP) ejecutará las obras a partir de septiembre y que el proyecto beneficiará a más de 90.000 hogares de Tena y Archidona.

—Fin—`,
    expected: {
      date: '2026-03-17',
      people: [
        ['Inés Carolina Vásconez Ribadeneira', 'EC'],
        ['TAKAHASHI Ryo', 'JP'],
        ['Patricio Andrés Jaramillo Cueva', 'EC'],
      ],
      countries: ['EC', 'JP'],
      blocs: [],
      events: [],
      organizations: [
        'Ministerio de Energía y Minas',
        'Agencia de Cooperación Internacional del Japón',
        'Corporación Eléctrica del Ecuador',
      ],
      places: ['Quito', 'Napo', 'Tena', 'Archidona'],
    },
  },
  {
    id: 'o11-vn-education-au',
    text: `Ministry of Education and Training
Socialist Republic of Viet Nam

Hà Nội, ngày 8 tháng 4 năm 2026

Viet Nam and Australia expand cooperation in vocational and higher education

On 7 April, Deputy Minister of Education and Training Trần Thị Minh Nguyệt received the Australian Ambassador to Viet Nam, Gillian Hargreaves. The two sides discussed the expansion of the joint degree programmes between Foreign Trade University and the University of Queensland, and the plan for an Australian university to open a branch campus in Đà Nẵng.

Also attending was Assoc. Prof. Dr. Lê Quang Huy, Rector of Foreign Trade University.

The two sides agreed to hold the 3rd Viet Nam–Australia Education Dialogue in Cần Thơ in October.`,
    expected: {
      date: '2026-04-08',
      people: [
        ['Trần Thị Minh Nguyệt', 'VN'],
        ['Gillian Hargreaves', 'AU'],
        ['Lê Quang Huy', 'VN'],
      ],
      countries: ['AU', 'VN'],
      blocs: [],
      events: ['3rd Viet Nam–Australia Education Dialogue'],
      organizations: [
        'Ministry of Education and Training',
        'Foreign Trade University',
        'University of Queensland',
      ],
      places: ['Hà Nội', 'Đà Nẵng', 'Cần Thơ'],
    },
  },
  {
    id: 'o11-ge-embassy-trabzon',
    text: `Embassy of Georgia to the Republic of Türkiye

By Press Section

Ankara, 6 Mart 2026

Ambassador Nino Tsereteli-Gogua visits Trabzon

On 5 March, the Ambassador of Georgia to the Republic of Türkiye, Nino Tsereteli-Gogua, paid a working visit to Trabzon, where she met the Governor of Trabzon, Mehmet Ali Yüksel, and the President of the Trabzon Chamber of Commerce and Industry, Erdem Karamehmetoğlu.

The sides discussed the growing traffic at the Sarp border crossing, direct flights between Trabzon and Batumi, and preparations for the 3rd Georgia–Türkiye Black Sea Business Forum, which will take place in Batumi in June. The Ambassador also met members of the Georgian community living in Rize.

###`,
    expected: {
      date: '2026-03-06',
      people: [
        ['Nino Tsereteli-Gogua', 'GE'],
        ['Mehmet Ali Yüksel', 'TR'],
        ['Erdem Karamehmetoğlu', 'TR'],
      ],
      countries: ['GE', 'TR'],
      blocs: [],
      events: ['3rd Georgia–Türkiye Black Sea Business Forum'],
      organizations: [
        'Embassy of Georgia to the Republic of Türkiye',
        'Trabzon Chamber of Commerce and Industry',
      ],
      places: ['Ankara', 'Trabzon', 'Sarp', 'Batumi', 'Rize'],
    },
  },
  {
    id: 'o11-de-forschung-chile',
    text: `Bundesministerium für Forschung, Technologie und Raumfahrt

Pressemitteilung 021/2026

Bonn, 9. März 2026

Deutschland und Chile bauen Wasserstoffforschung aus

Bundesforschungsministerin Dr. Katharina Vogel-Brandt und die chilenische Ministerin für Wissenschaft, Technologie, Wissen und Innovation, Valentina Soto Aravena, haben heute in Bonn eine gemeinsame Absichtserklärung zur Forschung an grünem Wasserstoff unterzeichnet. Die Fraunhofer-Gesellschaft und die Universidad de Antofagasta werden dafür ein gemeinsames Labor in Antofagasta aufbauen.

„Chile hat Sonne und Wind, wir haben die Verfahrenstechnik – zusammen können wir die Kosten senken", sagte Vogel-Brandt.

Die 4. Deutsch-Chilenische Wasserstoffkonferenz findet im November in Santiago de Chile statt.

Pressekontakt: presse@bmftr.example.de`,
    expected: {
      date: '2026-03-09',
      people: [
        ['Katharina Vogel-Brandt', 'DE'],
        ['Valentina Soto Aravena', 'CL'],
      ],
      countries: ['CL', 'DE'],
      blocs: [],
      events: ['4. Deutsch-Chilenische Wasserstoffkonferenz'],
      organizations: [
        'Bundesministerium für Forschung, Technologie und Raumfahrt',
        'Fraunhofer-Gesellschaft',
        'Universidad de Antofagasta',
      ],
      places: ['Bonn', 'Antofagasta', 'Santiago de Chile'],
    },
  },
  {
    id: 'o11-sb-fisheries-noro',
    text: `SOLOMON ISLANDS GOVERNMENT
Ministry of Fisheries and Marine Resources

MEDIA RELEASE No. 17/2026
Date: 2026-05-05
Contact: media@mfmr.example.sb

Minister Tosika opens new tuna loining line at Noro

The Minister of Fisheries and Marine Resources, Hon. Jeremiah Tosika, today opened a new tuna loining line at Noro Tuna Processing Ltd in Noro, Western Province, creating 350 jobs, most of them for women from the surrounding villages.

The Permanent Secretary, Dr. Christina Hou-Ramo, said the Ministry will present Solomon Islands' position on tropical tuna measures at the 23rd Regular Session of the Western and Central Pacific Fisheries Commission in December. The Director-General of the Forum Fisheries Agency, Ms. Lagi Tuimavave, joined the ceremony by video link from Honiara.

END`,
    expected: {
      date: '2026-05-05',
      people: [
        ['Jeremiah Tosika', 'SB'],
        ['Christina Hou-Ramo', 'SB'],
        ['Lagi Tuimavave', null],
      ],
      countries: ['SB'],
      blocs: [],
      events: ['23rd Regular Session of the Western and Central Pacific Fisheries Commission'],
      organizations: [
        'Ministry of Fisheries and Marine Resources',
        'Noro Tuna Processing Ltd',
        'Western and Central Pacific Fisheries Commission',
        'Forum Fisheries Agency',
      ],
      places: ['Noro', 'Western Province', 'Honiara'],
    },
  },
  {
    id: 'o11-bc-forests-wildfire',
    text: `NEWS RELEASE
For Immediate Release
2026FOR0042-000612
April 14, 2026

Ministry of Forests
British Columbia

Wildfire-resilience partnership expands in the Cariboo

Williams Lake – Forests Minister Harjit Singh Dhaliwal announced today that the Province will provide $18 million to expand a wildfire-resilience partnership with the Williams Lake First Nation, funding fuel-reduction crews and a new seedling nursery.

"British Columbia's forests are among the most important in Canada, and the people who live beside them know best how to protect them," Dhaliwal said. Parliamentary Secretary for Forests Jennifer Lachance-Whitford will chair the partnership's steering table.

The Consul General of Japan in Vancouver, KOBAYASHI Emi, attended the announcement, as the Japanese engineered-wood firm Hokuyo Timber Co. plans to source fibre from the thinning work for its mass-timber plant in Quesnel.

Contact: Government Communications and Public Engagement, Ministry of Forests

###`,
    expected: {
      date: '2026-04-14',
      people: [
        ['Harjit Singh Dhaliwal', 'CA'],
        ['Jennifer Lachance-Whitford', 'CA'],
        ['KOBAYASHI Emi', 'JP'],
      ],
      countries: ['CA', 'JP'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Forests',
        'Williams Lake First Nation',
        'Hokuyo Timber Co.',
        'Government Communications and Public Engagement',
      ],
      places: ['British Columbia', 'Cariboo', 'Williams Lake', 'Vancouver', 'Quesnel'],
    },
  },
  {
    id: 'o11-lt-defence-brigade',
    text: `Ministry of National Defence of the Republic of Lithuania

17.09.2026

Press release

Further German brigade units arrive in Lithuania

Further units of the Bundeswehr's 45th Panzer Brigade arrived this week in Rukla and at the Rūdninkai training area, the Ministry said. The deployment strengthens NATO's eastern flank and is coordinated with the Lithuanian Armed Forces and the NATO Force Integration Unit in Vilnius.

Infrastructure works worth EUR 140 million, including barracks, a firing range and a maintenance depot, are under way in the Šalčininkai district and will be completed by the end of next year.

The Ministry reminds residents of the Jonava and Šalčininkai districts that increased military traffic is expected on regional roads over the coming weeks, particularly at night.`,
    expected: {
      date: '2026-09-17',
      people: [],
      countries: ['DE', 'LT'],
      blocs: ['NATO'],
      events: [],
      organizations: [
        'Ministry of National Defence of the Republic of Lithuania',
        'Bundeswehr',
        '45th Panzer Brigade',
        'Lithuanian Armed Forces',
        'NATO Force Integration Unit',
      ],
      places: ['Rukla', 'Rūdninkai', 'Vilnius', 'Šalčininkai', 'Jonava'],
    },
  },
  {
    id: 'o11-id-embassy-festival-web',
    text: `Home > News > Embassy News

We use cookies to improve your experience on this website. By continuing to browse, you agree to our use of cookies. [Accept] [Learn more]

Embassy of the Republic of Indonesia in Wellington, New Zealand

Tuesday 10 November 2026 | 09:15

Festival Indonesia 2026 returns to the waterfront

The Embassy of the Republic of Indonesia in Wellington will hold Festival Indonesia 2026 on Saturday, 28 November, on the Wellington waterfront. The festival will feature gamelan performances by students of Victoria University of Wellington, batik and angklung workshops, and food stalls run by the Indonesian community from Wellington, Lower Hutt and Palmerston North. The event is supported by Bank Negara Indonesia.

Entry is free. Visitors are encouraged to use public transport.

Share: Facebook | X | WhatsApp | Email
1,204 views

Related news
- Consular services closed for public holiday
- Call for applications: arts and culture scholarship
- Embassy hosts open day for secondary school students`,
    expected: {
      date: '2026-11-10',
      people: [],
      countries: ['ID', 'NZ'],
      blocs: [],
      events: ['Festival Indonesia 2026'],
      organizations: [
        'Embassy of the Republic of Indonesia in Wellington',
        'Victoria University of Wellington',
        'Bank Negara Indonesia',
      ],
      places: ['Wellington', 'Lower Hutt', 'Palmerston North'],
    },
  },
  {
    id: 'o11-my-tourism-dive-expo',
    text: `KENYATAAN MEDIA / MEDIA STATEMENT
Ministry of Tourism, Arts and Culture Malaysia

Kuala Lumpur, 2 Jun 2026

Sabah to host inaugural international dive expo

The Minister of Tourism, Arts and Culture, Dato' Sri Haslinda binti Mohd Yusof, announced today that the inaugural Sabah International Dive Expo 2026 will be held in Semporna from 18 to 21 September.

Tourism Malaysia chairman Tan Sri Lim Boon Keat said arrivals from China and the Republic of Korea to the east coast of Sabah had risen by a third over the past year, and that new direct flights would be promoted at the expo.

Sabah's Minister of Tourism, Culture and Environment, Datuk Janius Gontuk, said the state would cap the number of daily dive permits to protect the reefs.`,
    expected: {
      date: '2026-06-02',
      people: [
        ['Haslinda binti Mohd Yusof', 'MY'],
        ['Lim Boon Keat', 'MY'],
        ['Janius Gontuk', 'MY'],
      ],
      countries: ['CN', 'KR', 'MY'],
      blocs: [],
      events: ['Sabah International Dive Expo 2026'],
      organizations: ['Ministry of Tourism, Arts and Culture Malaysia', 'Tourism Malaysia'],
      places: ['Kuala Lumpur', 'Sabah', 'Semporna'],
    },
  },
  {
    id: 'o11-bn-sport-sendoff',
    text: `Ministry of Culture, Youth and Sports
Brunei Darussalam

Home > Media > News

National pencak silat squad receives send-off ahead of the 34th SEA Games

Yang Berhormat Pehin Dato Mahmud bin Ismail, Minister of Culture, Youth and Sports, today officiated the send-off of the national pencak silat squad at the Ministry in Bandar Seri Begawan.

The squad, led by national champion Muhammad Hafiz Danial bin Abdullah and coached by Ng Wei Jie, will hold a four-week training camp in Melaka, Malaysia, before competing at the 34th SEA Games hosted by Malaysia.

Posted on Saturday | 486 views

Related news
- Youth volunteer awards open for nominations
- Registration for community futsal league extended`,
    expected: {
      date: null,
      people: [
        ['Mahmud bin Ismail', 'BN'],
        ['Muhammad Hafiz Danial bin Abdullah', 'BN'],
        ['Ng Wei Jie', 'BN'],
      ],
      countries: ['BN', 'MY'],
      blocs: [],
      events: ['34th SEA Games'],
      organizations: ['Ministry of Culture, Youth and Sports'],
      places: ['Bandar Seri Begawan', 'Melaka'],
    },
  },
  {
    id: 'o11-kr-consulate-almaty-lab',
    text: `Consulate General of the Republic of Korea in Almaty

2026.09.14

Press Release

Korea and Kazakhstan open joint laboratory for battery materials

Consul General CHOI Yoon-seo attended the opening of the Korea-Kazakhstan Joint Laboratory for Battery Materials at al-Farabi Kazakh National University in Almaty on 11 September, together with Kazakhstan's Vice Minister of Science and Higher Education, Gulnara Yerbolovna Abenova, and the President of the Korea Institute of Science and Technology (KIST), Dr. HAN Sang-woo.

The laboratory will analyse lithium and rare-earth samples from the East Kazakhstan Region and train twenty young researchers a year.

The two sides agreed to present the first results at the 5th Korea–Central Asia Science and Technology Forum in Daejeon next year.`,
    expected: {
      date: '2026-09-14',
      people: [
        ['CHOI Yoon-seo', 'KR'],
        ['Gulnara Yerbolovna Abenova', 'KZ'],
        ['HAN Sang-woo', 'KR'],
      ],
      countries: ['KR', 'KZ'],
      blocs: [],
      events: ['5th Korea–Central Asia Science and Technology Forum'],
      organizations: [
        'Consulate General of the Republic of Korea in Almaty',
        'Korea-Kazakhstan Joint Laboratory for Battery Materials',
        'al-Farabi Kazakh National University',
        'Korea Institute of Science and Technology',
      ],
      places: ['Almaty', 'East Kazakhstan Region', 'Daejeon'],
    },
  },
];
