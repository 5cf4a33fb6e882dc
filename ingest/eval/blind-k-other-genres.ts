import type { EvalCase } from './eval-set';

/**
 * Blind K (other genres): 38 announcements written for this project on 2026-12-01, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: sector-ministry cooperation releases
 * (agriculture, energy, transport, education, justice, interior/police, culture, sport, environment),
 * delegation lists for multilateral meetings (COP, UNGA side event, World Health Assembly, WHO regional
 * committee, IMF/World Bank meetings), scholarship and exchange notices, cultural weeks and film festivals
 * abroad, sports diplomacy, Central African (ECCAS, CEMAC, COMIFAC) and Maghreb releases in translation,
 * Levant, Iranian, Afghan and Caucasus ministries; names with diacritics (Hungarian, Czech, Slovak, Romanian,
 * Bulgarian, Serbian, Croatian), Hebrew, Tamil/Telugu initials, long Sinhala, Burmese U/Daw, Thai bracketed
 * nicknames, Vietnamese, Māori/Pacific, Quechua/Aymara names, quoted nicknames; formats: UN-style numbered
 * paragraphs, PDF extraction (hyphenation, page headers/footers), hard line breaks, ALL-CAPS headlines,
 * e-mail headers, numbered thread, press kit with programme table, correction notice, long quoted statement;
 * varied date formats (US-style, dd/mm/yyyy, dotted, ISO timestamp, solar hijri and lunar hijri alongside
 * Gregorian, "this Monday" with header date, several full dates in one text).
 * Held out while the seventh round was made; a tuning set since the eighth session (floors at its figures after that round).
 * FIRST RUN, on main at 8480ba8 (the extractor of the session's start, before the seventh round):
 *   people         P 0.978 R 0.894 F1 0.934 (227/5/27)
 *   countries      P 0.960 R 1.000 F1 0.980 (121/5/0)
 *   blocs          P 1.000 R 0.615 F1 0.762 (8/0/5)
 *   events         P 0.853 R 0.725 F1 0.784 (29/5/11)
 *   organizations  P 0.773 R 0.600 F1 0.676 (99/29/66)
 *   places         P 0.955 R 0.684 F1 0.798 (128/6/59)
 *   date accuracy 0.947; person country acc. 0.819
 * After the seventh round (its authors never read this set; main 9d7fb4d):
 *   people         P 0.979 R 0.898 F1 0.936 (228/5/26)
 *   countries      P 0.960 R 1.000 F1 0.980 (121/5/0)
 *   blocs          P 1.000 R 0.769 F1 0.870 (10/0/3)
 *   events         P 0.857 R 0.750 F1 0.800 (30/5/10)
 *   organizations  P 0.833 R 0.606 F1 0.702 (100/20/65)
 *   places         P 0.955 R 0.684 F1 0.798 (128/6/59)
 *   date accuracy 0.947; person country acc. 0.820
 */
export const BLIND_K: EvalCase[] = [
  {
    id: 'k-ge-agri-moldova',
    text: `Ministry of Environmental Protection and Agriculture of Georgia > News > International Cooperation
Georgia and Moldova agree joint plan against grapevine diseases

Tbilisi, Monday 30 November 2026

The Minister of Environmental Protection and Agriculture of Georgia, Levan Kiknadze, today received a delegation of the Ministry of Agriculture and Food Industry of the Republic of Moldova led by Minister Vasile Ciobanu. The two ministers signed a three-year action plan on the surveillance of flavescence dorée and other grapevine diseases that threaten vineyards in both countries.

The talks were held within the third session of the Georgian–Moldovan Working Group on Viticulture and Winemaking. On the Georgian side, Deputy Minister Tamar Beridze and the Chairman of the National Wine Agency, Giorgi Tsertsvadze, presented the early-warning system piloted this year in Kakheti and Racha-Lechkhumi. Moldovan experts described the laboratory network built around Chișinău and Cahul.

"Our winemakers face the same pests and the same climate," Minister Kiknadze said. "It makes sense to share data in real time rather than after the harvest is lost." Minister Ciobanu invited Georgian specialists to visit the Moldovan wine regions next spring.

The Ambassador of Moldova to Georgia, Elena Rusu-Cojocaru, and the FAO Representative in Georgia, Marta Linhares, also attended. Under the plan, the Scientific-Research Center of Agriculture and the Moldovan Institute of Viticulture will run joint field trials from March 2027.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['Levan Kiknadze', 'GE'],
        ['Vasile Ciobanu', 'MD'],
        ['Tamar Beridze', 'GE'],
        ['Giorgi Tsertsvadze', 'GE'],
        ['Elena Rusu-Cojocaru', 'MD'],
        ['Marta Linhares', null],
      ],
      countries: ['GE', 'MD'],
      blocs: [],
      events: ['third session of the Georgian–Moldovan Working Group on Viticulture and Winemaking'],
      organizations: [
        'Ministry of Environmental Protection and Agriculture of Georgia',
        'Ministry of Agriculture and Food Industry of the Republic of Moldova',
        'National Wine Agency',
        'FAO',
        'Scientific-Research Center of Agriculture',
        'Moldovan Institute of Viticulture',
      ],
      places: ['Tbilisi', 'Kakheti', 'Racha-Lechkhumi', 'Chișinău', 'Cahul'],
    },
  },
  {
    id: 'k-am-energy-iran',
    text: `Ministry of Territorial Administration and Infrastructure of the Republic of Armenia
Press Service

ARMENIA AND IRAN REVIEW PROGRESS ON THIRD HIGH-VOLTAGE LINE

17 Nov. 2026

On 16 November, the Minister of Territorial Administration and Infrastructure of Armenia, Davit Hovhannisyan, received the Deputy Minister of Energy of the Islamic Republic of Iran, Mohammad-Reza Karimi, who is in Yerevan for the 19th meeting of the Armenian-Iranian Intergovernmental Commission on Economic Cooperation.

The sides reviewed construction of the 400 kV Iran–Armenia transmission line. The head of the ministry's Energy Department, Narek Ghukasyan, reported that the Armenian section, running from Ararat Province to the border near Meghri, is now 82 per cent complete, while the Iranian contractor expects to finish the section towards Tabriz by the summer.

Deputy Minister Hasmik Petrosian said the new line would allow Armenia to double electricity exchanges with Iran in winter and to export surplus summer power further north to Georgia. Arman Melikian, Chairman of the Public Services Regulatory Commission of Armenia, briefed the guests on the tariff methodology for transit flows.

The Ambassador of Iran to Armenia, Ali-Akbar Nourbakhsh, took part in the talks. The Iranian delegation also visited the Armenian Nuclear Power Plant in Metsamor.`,
    expected: {
      date: '2026-11-17',
      people: [
        ['Davit Hovhannisyan', 'AM'],
        ['Mohammad-Reza Karimi', 'IR'],
        ['Narek Ghukasyan', 'AM'],
        ['Hasmik Petrosian', 'AM'],
        ['Arman Melikian', 'AM'],
        ['Ali-Akbar Nourbakhsh', 'IR'],
      ],
      countries: ['AM', 'GE', 'IR'],
      blocs: [],
      events: ['19th meeting of the Armenian-Iranian Intergovernmental Commission on Economic Cooperation'],
      organizations: [
        'Ministry of Territorial Administration and Infrastructure of the Republic of Armenia',
        'Energy Department',
        'Public Services Regulatory Commission of Armenia',
        'Armenian Nuclear Power Plant',
      ],
      places: ['Yerevan', 'Ararat Province', 'Meghri', 'Tabriz', 'Metsamor'],
    },
  },
  {
    id: 'k-az-transport-kazakhstan',
    text: `Ministry of Digital Development and Transport of the Republic of Azerbaijan > Press Releases
Azerbaijan and Kazakhstan to raise container capacity across the Caspian

Published: 2026-11-30T09:00:00+04:00

Baku – The Minister of Digital Development and Transport of the Republic of Azerbaijan, Farid Mammadli, and the Minister of Transport of the Republic of Kazakhstan, Nurlan Abenov, today signed a protocol on raising the annual container throughput between the ports of Alat and Aktau to 250,000 TEU by 2029.

The protocol was signed on the sidelines of the Caspian Logistics Forum 2026, which brought together more than 400 participants in Baku. It foresees a joint digital platform for customs pre-declaration and the construction of two additional feeder vessels at the Baku Shipyard.

Gunay Rzazade, Chairwoman of Azerbaijan Railways CJSC, said that transit volumes from China to Georgian ports on the Black Sea had risen by a third in 2026. Aigerim Sarsenbayeva, Director of the Aktau Sea Commercial Port, noted that the Kazakh side would dredge the northern basin next year.

Also present were the Deputy Minister of Digital Development and Transport of Azerbaijan, Samir Rafig oglu Ismayilov, and Kazakhstan's Ambassador to Azerbaijan, Daulet Yessenov. The next ministerial meeting is planned in Astana.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['Farid Mammadli', 'AZ'],
        ['Nurlan Abenov', 'KZ'],
        ['Gunay Rzazade', 'AZ'],
        ['Aigerim Sarsenbayeva', 'KZ'],
        ['Samir Rafig oglu Ismayilov', 'AZ'],
        ['Daulet Yessenov', 'KZ'],
      ],
      countries: ['AZ', 'CN', 'GE', 'KZ'],
      blocs: [],
      events: ['Caspian Logistics Forum 2026'],
      organizations: [
        'Ministry of Digital Development and Transport of the Republic of Azerbaijan',
        'Baku Shipyard',
        'Azerbaijan Railways CJSC',
        'Aktau Sea Commercial Port',
      ],
      places: ['Baku', 'Alat', 'Aktau', 'Astana'],
    },
  },
  {
    id: 'k-us-embassy-bolivia-fulbright',
    text: `Home > News & Events > Press Releases
Embassy Announces 2027 Cohort of Bolivian Fulbright Scholars

La Paz, 11/04/2026

The Embassy of the United States in La Paz is pleased to announce the six Bolivian scholars selected for Fulbright master's and doctoral grants beginning in the 2027-2028 academic year. The group was chosen from 214 applicants from all nine departments of Bolivia.

"These scholars will carry their communities' knowledge to American campuses and bring new skills home," said Chargé d'Affaires a.i. Rebecca L. Thornton at a reception at the Embassy.

The 2027 grantees are:
- Nayra Mamani Quispe, agronomist from El Alto, who will study soil science at the University of Arizona;
- Wilmer Condori Huanca, Aymara-language teacher from Achacachi, master's in linguistics at Cornell University;
- Sisa Quispe Choquehuanca, nurse from Potosí, master's in public health;
- Amaru Huarachi Ticona, civil engineer from Oruro, water-resources engineering;
- Rosa Apaza Larico, lawyer from Cochabamba, Indigenous rights law;
- Marisol Cusi Mendoza, economist from Sucre, doctoral studies in development economics.

The Embassy's Public Affairs Officer, Jonathan Meyers, reminded applicants that the call for the 2028 cohort opens on 01/15/2027 and closes on 05/14/2027. Information sessions will be held at the Universidad Mayor de San Andrés and at the Bolivian-American Center in Santa Cruz de la Sierra.`,
    expected: {
      date: '2026-11-04',
      people: [
        ['Rebecca L. Thornton', 'US'],
        ['Nayra Mamani Quispe', 'BO'],
        ['Wilmer Condori Huanca', 'BO'],
        ['Sisa Quispe Choquehuanca', 'BO'],
        ['Amaru Huarachi Ticona', 'BO'],
        ['Rosa Apaza Larico', 'BO'],
        ['Marisol Cusi Mendoza', 'BO'],
        ['Jonathan Meyers', 'US'],
      ],
      countries: ['BO', 'US'],
      blocs: [],
      events: [],
      organizations: [
        'Embassy of the United States in La Paz',
        'University of Arizona',
        'Cornell University',
        'Universidad Mayor de San Andrés',
        'Bolivian-American Center',
      ],
      places: [
        'La Paz',
        'El Alto',
        'Arizona',
        'Achacachi',
        'Potosí',
        'Oruro',
        'Cochabamba',
        'Sucre',
        'Santa Cruz de la Sierra',
      ],
    },
  },
  {
    id: 'k-lk-cop31-delegation',
    text: `Ministry of Environment – Sri Lanka
Media Release

Sri Lanka delegation concludes participation at COP31

23 November 2026

The Ministry of Environment announces that a Sri Lankan delegation led by the Minister of Environment, Wickramasinghe Arachchige Don Chaminda Lalith Bandara, took part in the UN Climate Change Conference COP31, held in Antalya, Türkiye, from 9 to 20 November 2026.

The delegation comprised Deputy Minister of Environment Hewa Maddumage Anusha Kumari Jayasekara; the Secretary to the Ministry, Herath Mudiyanselage Nimal Priyantha Dissanayake; the Director of the Climate Change Secretariat, Dr. Kanakaratne Gamage Sunethra Perera; the Conservator General of Forests, M. A. Mohamed Rizvi; Selvarajah Yogeswaran, Director of Coastal Planning for the Northern Province; and youth delegate Thilini Amarasekara-Fernando. The Ambassador of Sri Lanka to Türkiye, Liyanage Don Ruwan Chandrasiri, joined the delegation in Antalya.

Minister Bandara delivered Sri Lanka's national statement on 18 November, recalling that the country submitted its updated Nationally Determined Contribution on 30 September 2026 and calling for faster access to the Green Climate Fund for small and vulnerable economies.

On the margins of the conference, the Minister met the Minister of Climate Change of the Maldives, Aishath Niuma Rasheed, to discuss a joint mangrove monitoring project, and held talks with the Deputy Executive Secretary of the UNFCCC, Carla Montemayor, on technical support for the Forest Department's carbon inventory.`,
    expected: {
      date: '2026-11-23',
      people: [
        ['Wickramasinghe Arachchige Don Chaminda Lalith Bandara', 'LK'],
        ['Hewa Maddumage Anusha Kumari Jayasekara', 'LK'],
        ['Herath Mudiyanselage Nimal Priyantha Dissanayake', 'LK'],
        ['Kanakaratne Gamage Sunethra Perera', 'LK'],
        ['M. A. Mohamed Rizvi', 'LK'],
        ['Selvarajah Yogeswaran', 'LK'],
        ['Thilini Amarasekara-Fernando', 'LK'],
        ['Liyanage Don Ruwan Chandrasiri', 'LK'],
        ['Aishath Niuma Rasheed', 'MV'],
        ['Carla Montemayor', null],
      ],
      countries: ['LK', 'MV', 'TR'],
      blocs: [],
      events: ['UN Climate Change Conference COP31'],
      organizations: [
        'Ministry of Environment',
        'Climate Change Secretariat',
        'Green Climate Fund',
        'UNFCCC',
        'Forest Department',
      ],
      places: ['Antalya', 'Northern Province'],
    },
  },
  {
    id: 'k-vn-unga-side-event',
    text: `Permanent Mission of Viet Nam to the United Nations
New York

Summary of a high-level side event

24 September 2026

1. On 23 September 2026, on the margins of the high-level week of the eighty-first session of the United Nations General Assembly, the Permanent Mission of Viet Nam co-hosted, with the Permanent Mission of Chile, a side event entitled "Rice, Water and Resilience: Mekong and Andean Perspectives".

2. The event was opened by the Deputy Minister of Agriculture and Environment of Viet Nam, Hoàng Văn Quyết, and the Minister of Agriculture of Chile, Camila Errázuriz Soto. Ambassador Đặng Thị Ngọc Lan, Permanent Representative of Viet Nam, moderated the discussion.

3. Speakers included the Vice Minister of Agrarian Development of Peru, Julio Ccahuana Mamani; the Deputy Director-General of the Food and Agriculture Organization of the United Nations (FAO), Ingrid Solheim; and the Vietnamese agronomist Võ Thanh Bình of Can Tho University, who presented results of salt-tolerant rice trials in Sóc Trăng province.

4. Participants underlined the value of South-South exchanges between river-delta and high-altitude farming systems. Minister Errázuriz Soto announced that Chile would host a follow-up technical workshop in Valparaíso in 2027.

5. Deputy Minister Hoàng Văn Quyết thanked the co-hosts and invited partners to the Viet Nam Rice Festival 2027 in Cần Thơ.`,
    expected: {
      date: '2026-09-24',
      people: [
        ['Hoàng Văn Quyết', 'VN'],
        ['Camila Errázuriz Soto', 'CL'],
        ['Đặng Thị Ngọc Lan', 'VN'],
        ['Julio Ccahuana Mamani', 'PE'],
        ['Ingrid Solheim', null],
        ['Võ Thanh Bình', 'VN'],
      ],
      countries: ['CL', 'PE', 'VN'],
      blocs: [],
      events: [
        'eighty-first session of the United Nations General Assembly',
        'Rice, Water and Resilience: Mekong and Andean Perspectives',
        'Viet Nam Rice Festival 2027',
      ],
      organizations: [
        'Permanent Mission of Viet Nam to the United Nations',
        'Permanent Mission of Chile',
        'Food and Agriculture Organization of the United Nations (FAO)',
        'Can Tho University',
      ],
      places: ['New York', 'Can Tho', 'Sóc Trăng', 'Valparaíso', 'Cần Thơ'],
    },
  },
  {
    id: 'k-th-wha79-delegation',
    text: `Home > News
Thai delegation at the Seventy-ninth World Health Assembly

Geneva, 20 May 2026

The Ministry of Public Health of Thailand reports that the Thai delegation to the Seventy-ninth World Health Assembly, meeting in Geneva from 18 to 26 May 2026, is led by the Minister of Public Health, Dr. Kittipong Srisawat (Dr. Pong).

Members of the delegation are: Permanent Secretary Dr. Supaporn Rattanakorn (Noi); the Director-General of the Department of Disease Control, Dr. Chalermchai Intarasuk (Bank); the Secretary-General of the National Health Security Office (NHSO), Pimchanok Wongsuwan (Ploy); Dr. Anucha Boonmee of the International Health Policy Program; and Thanawat Chaiyaporn (Tony), policy adviser to the Minister. The Permanent Representative of Thailand to the United Nations Office at Geneva, Ambassador Usana Phromsiri, accompanies the delegation.

On 19 May, Dr. Kittipong co-chaired, with the Minister of Health of the Lao PDR, Bounmy Phommachanh, a side event on health services for migrant and cross-border workers, which also heard the Cambodian Secretary of State for Health, Chan Sokunthea. WHO Assistant Director-General Helena Okonkwo-Brandt praised Thailand's universal coverage scheme as a model for ASEAN.

The delegation will also brief the ASEAN Health Ministers on preparations for the Mekong Border Health Dialogue, to be hosted in Nong Khai in October.`,
    expected: {
      date: '2026-05-20',
      people: [
        ['Kittipong Srisawat', 'TH'],
        ['Supaporn Rattanakorn', 'TH'],
        ['Chalermchai Intarasuk', 'TH'],
        ['Pimchanok Wongsuwan', 'TH'],
        ['Anucha Boonmee', 'TH'],
        ['Thanawat Chaiyaporn', 'TH'],
        ['Usana Phromsiri', 'TH'],
        ['Bounmy Phommachanh', 'LA'],
        ['Chan Sokunthea', 'KH'],
        ['Helena Okonkwo-Brandt', null],
      ],
      countries: ['KH', 'LA', 'TH'],
      blocs: ['ASEAN'],
      events: ['Seventy-ninth World Health Assembly', 'Mekong Border Health Dialogue'],
      organizations: [
        'Ministry of Public Health of Thailand',
        'Department of Disease Control',
        'National Health Security Office (NHSO)',
        'International Health Policy Program',
        'United Nations Office at Geneva',
        'WHO',
      ],
      places: ['Geneva', 'Nong Khai'],
    },
  },
  {
    id: 'k-mm-imf-wb-annual-meetings',
    text: `Ministry of Planning and Finance
Republic of the Union of Myanmar
Press Release

Myanmar delegation attends the 2026 Annual Meetings in Bangkok

Nay Pyi Taw, 19 October 2026

A Myanmar delegation led by Union Minister for Planning and Finance U Kyaw Zin Oo attended the 2026 Annual Meetings of the International Monetary Fund and the World Bank Group, held in Bangkok from 12 to 18 October.

The delegation included the Deputy Governor of the Central Bank of Myanmar, Daw Hnin Wai Phyo; the Permanent Secretary of the Ministry of Planning and Finance, U Thant Zin Aung; the Director General of the Budget Department, Daw Khin Myat Noe; and U Win Naing Htun, Director of the Foreign Economic Relations Department.

The Union Minister met the IMF mission chief for Myanmar, Mr. Rajesh Kulkarni, to discuss the Article IV consultation, and the World Bank country director, Ms. Yuki Tanabe, on the pipeline of rural electrification projects. The delegation also took part in the ASEAN Finance Ministers' and Central Bank Governors' informal meeting chaired by Thailand, where Thai Deputy Minister of Finance Krit Suwannarat welcomed the participants.

Bilateral talks were held with the Asian Development Bank on trade finance for small enterprises in Mandalay and Yangon regions.`,
    expected: {
      date: '2026-10-19',
      people: [
        ['Kyaw Zin Oo', 'MM'],
        ['Hnin Wai Phyo', 'MM'],
        ['Thant Zin Aung', 'MM'],
        ['Khin Myat Noe', 'MM'],
        ['Win Naing Htun', 'MM'],
        ['Rajesh Kulkarni', null],
        ['Yuki Tanabe', null],
        ['Krit Suwannarat', 'TH'],
      ],
      countries: ['MM', 'TH'],
      blocs: ['ASEAN'],
      events: [
        '2026 Annual Meetings of the International Monetary Fund and the World Bank Group',
        "ASEAN Finance Ministers' and Central Bank Governors' informal meeting",
      ],
      organizations: [
        'Central Bank of Myanmar',
        'Ministry of Planning and Finance',
        'Budget Department',
        'Foreign Economic Relations Department',
        'IMF',
        'World Bank',
        'Asian Development Bank',
      ],
      places: ['Bangkok', 'Nay Pyi Taw', 'Mandalay', 'Yangon'],
    },
  },
  {
    id: 'k-eccas-interior-ministers',
    text: `COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE CENTRALE (CEEAC)
ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES (ECCAS)
The Commission

Unofficial English translation

PRESS RELEASE No. 087/CEEAC/COM/2026

Libreville, 30/11/2026

The 10th Conference of Ministers of the Interior of ECCAS closed today in Libreville with the adoption of a regional framework on cross-border police cooperation and the exchange of criminal records.

The Conference was opened by the Commissioner for Political Affairs, Peace and Security of the ECCAS Commission, Ms. Clarisse Ndong Mba, and chaired by the Minister of the Interior of the Gabonese Republic, Hervé-Patrick Moussavou.

Taking part were: Jean-Claude Atangana Ekani, Minister of Territorial Administration of Cameroon; Mahamat Saleh Abakar, Minister of Public Security of Chad; Aimé-Blaise Ngoulou, Minister of the Interior of the Republic of the Congo; Jean-Pierre Kabeya wa Ilunga, Deputy Prime Minister and Minister of the Interior of the Democratic Republic of the Congo; Teodora Nsue Mangue, Minister of National Security of Equatorial Guinea; Léonce Niyonkuru, Minister of the Interior of Burundi; Claudine Uwamahoro, Minister of State in charge of Security of Rwanda; Edite Ramos da Costa, Minister of Internal Administration of São Tomé and Príncipe; Joaquim Manuel dos Santos Quitumba, Secretary of State for the Interior of Angola; and Fidèle Ngbondo-Yakité, Minister of the Interior of the Central African Republic.

The head of the INTERPOL Regional Bureau for Central Africa presented the new secure messaging channel linking national police headquarters from Luanda to N'Djamena.

The ministers agreed to hold their next conference in Kigali in 2027.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['Clarisse Ndong Mba', null],
        ['Hervé-Patrick Moussavou', 'GA'],
        ['Jean-Claude Atangana Ekani', 'CM'],
        ['Mahamat Saleh Abakar', 'TD'],
        ['Aimé-Blaise Ngoulou', 'CG'],
        ['Jean-Pierre Kabeya wa Ilunga', 'CD'],
        ['Teodora Nsue Mangue', 'GQ'],
        ['Léonce Niyonkuru', 'BI'],
        ['Claudine Uwamahoro', 'RW'],
        ['Edite Ramos da Costa', 'ST'],
        ['Joaquim Manuel dos Santos Quitumba', 'AO'],
        ['Fidèle Ngbondo-Yakité', 'CF'],
      ],
      countries: ['AO', 'BI', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'RW', 'ST', 'TD'],
      blocs: ['ECCAS'],
      events: ['10th Conference of Ministers of the Interior of ECCAS'],
      organizations: ['ECCAS Commission', 'INTERPOL Regional Bureau for Central Africa'],
      places: ['Libreville', 'Luanda', "N'Djamena", 'Kigali'],
    },
  },
  {
    id: 'k-cemac-scholarship-call',
    text: `Communauté Économique et Monétaire de l'Afrique Centrale – CEMAC Commission
Department of Human Development

Translation from the French original

CALL FOR APPLICATIONS: CEMAC EXCELLENCE SCHOLARSHIPS 2027

Bangui, le 2 novembre 2026 / Bangui, 2 November 2026

The CEMAC Commission is opening the 2027 call for its excellence scholarships for master's and doctoral studies in the regional centres of excellence of the Community.

Eligibility. Applicants must be nationals of a member state of the Economic and Monetary Community of Central Africa (CEMAC): Cameroon, the Central African Republic, Chad, the Republic of the Congo, Equatorial Guinea or Gabon. They must be under 35 years of age on 31 December 2027 for master's programmes and under 40 for doctoral programmes.

Fields. Priority fields are petroleum engineering, public finance, agronomy, statistics and health sciences. The host institutions include the Sub-Regional Institute of Statistics and Applied Economics (ISSEA) in Yaoundé, the Inter-State School of Customs in Bangui and the Institute of Economics and Finance in Libreville.

Benefits. The scholarship covers tuition, a monthly allowance, health insurance and one return ticket per academic year. The Bank of Central African States (BEAC) co-finances thirty places in public finance.

Deadline. Applications must be submitted online no later than 31 January 2027. Shortlisted candidates will be interviewed in their country of residence in March 2027, and results will be published on 30 April 2027.

For information: Department of Human Development, CEMAC Commission, Bangui.`,
    expected: {
      date: '2026-11-02',
      people: [],
      countries: ['CF', 'CG', 'CM', 'GA', 'GQ', 'TD'],
      blocs: ['CEMAC'],
      events: [],
      organizations: [
        'CEMAC Commission',
        'Sub-Regional Institute of Statistics and Applied Economics (ISSEA)',
        'Inter-State School of Customs',
        'Institute of Economics and Finance',
        'Bank of Central African States (BEAC)',
        'Department of Human Development',
      ],
      places: ['Bangui', 'Yaoundé', 'Libreville'],
    },
  },
  {
    id: 'k-ma-tn-cultural-days',
    text: `Kingdom of Morocco – Ministry of Youth, Culture and Communication – Culture Department
Press release (translated from Arabic)

Moroccan Cultural Days open in Tunis

Rabat, 23 Rabii II 1448 (5 October 2026)

The Minister of Youth, Culture and Communication, Karim Bennani-Smires, and the Tunisian Minister of Cultural Affairs, Leila Ben Romdhane, on Sunday evening opened the Moroccan Cultural Days at the City of Culture in Tunis, in the presence of the Ambassador of His Majesty the King in Tunis, Abdellatif Ait Lahcen.

The programme, which runs until 12 October, includes a Gnawa concert led by the Moroccan master musician Brahim Oulad Bouhmid, an exhibition of Fez embroidery and Amazigh jewellery, and screenings of recent Moroccan films introduced by the Moroccan director Salma Berrada-Tazi. Events will also be held in Sfax and Sousse.

In his speech, the Minister recalled the "deep bonds of history and fraternity between Morocco and Tunisia" and expressed the hope that cultural exchanges would help revive the Arab Maghreb Union. Ms. Ben Romdhane announced that Tunisia would be guest of honour at the next Rabat International Book Fair.

The director general of Tunisia's City of Culture, Sofiane Ben Achour, said that more than 6,000 visitors were expected during the week. The Moroccan Cultural Days are organised by the Ministry with the Tunisian Ministry of Cultural Affairs and the Moroccan Embassy in Tunisia.`,
    expected: {
      date: '2026-10-05',
      people: [
        ['Karim Bennani-Smires', 'MA'],
        ['Leila Ben Romdhane', 'TN'],
        ['Abdellatif Ait Lahcen', 'MA'],
        ['Brahim Oulad Bouhmid', 'MA'],
        ['Salma Berrada-Tazi', 'MA'],
        ['Sofiane Ben Achour', 'TN'],
      ],
      countries: ['MA', 'TN'],
      blocs: ['Arab Maghreb Union'],
      events: ['Moroccan Cultural Days', 'Rabat International Book Fair'],
      organizations: [
        'Ministry of Youth, Culture and Communication',
        'Culture Department',
        'City of Culture',
        'Tunisian Ministry of Cultural Affairs',
        'Moroccan Embassy in Tunisia',
      ],
      places: ['Tunis', 'Fez', 'Sfax', 'Sousse', 'Rabat'],
    },
  },
  {
    id: 'k-dz-mr-sport-week',
    text: `People's Democratic Republic of Algeria
Ministry of Youth and Sports
Communiqué (unofficial translation)

Algiers, 14 September 2026

The Minister of Youth and Sports, Nadir Boukhalfa, received on Sunday the Mauritanian Minister of Culture, Youth and Sports, Mohamed Lemine Ould Sidi, for the opening of the Algerian–Mauritanian Sports Friendship Week, which will take place in Algiers, Oran and Tindouf until 20 September.

The two ministers signed an executive programme for 2026-2028 under which Algerian coaches will train Mauritanian athletics, boxing and handball teams, and fifty young Mauritanian athletes will join training camps at the national centre in Souidania.

Attending the ceremony were the President of the Algerian Olympic and Sports Committee (COA), Samir Benhadid, the President of the Mauritanian National Olympic Committee, Aminetou Mint Ahmed Salem, and the Ambassador of Mauritania in Algiers, Sidi Mohamed Ould Baba. Algerian Olympic boxer Yasmine Hadj-Ali and Algerian 1500-metre runner Ayoub Bouras, who both won medals at the Mediterranean Games this summer, led a clinic for schoolchildren.

Mr. Boukhalfa said the programme prepares both countries' teams for the 2027 African Games and "shows that sport is a bridge between the peoples of the Maghreb". The week ends with a friendly football match between the two countries' under-20 teams in Oran.`,
    expected: {
      date: '2026-09-14',
      people: [
        ['Nadir Boukhalfa', 'DZ'],
        ['Mohamed Lemine Ould Sidi', 'MR'],
        ['Samir Benhadid', 'DZ'],
        ['Aminetou Mint Ahmed Salem', 'MR'],
        ['Sidi Mohamed Ould Baba', 'MR'],
        ['Yasmine Hadj-Ali', 'DZ'],
        ['Ayoub Bouras', 'DZ'],
      ],
      countries: ['DZ', 'MR'],
      blocs: [],
      events: ['Algerian–Mauritanian Sports Friendship Week', 'Mediterranean Games', '2027 African Games'],
      organizations: [
        'Ministry of Youth and Sports',
        'Algerian Olympic and Sports Committee (COA)',
        'Mauritanian National Olympic Committee',
      ],
      places: ['Algiers', 'Oran', 'Tindouf', 'Souidania'],
    },
  },
  {
    id: 'k-lb-jo-agri-transit',
    text: `Lebanese Republic – Ministry of Agriculture > Media > News
Lebanon and Jordan agree to speed up agricultural transit

Beirut, Thursday 8 October 2026

Lebanese Minister of Agriculture Georges Abou Jaoudeh and Jordanian Minister of Agriculture Sami Al-Majali today agreed on a package of measures to ease the transit of Lebanese fruit and vegetables through Jordan to Iraq and the Gulf markets, after a meeting at the Ministry of Agriculture in Beirut.

Under the agreement, refrigerated trucks crossing Syria and Jordan will be inspected once, at the point of loading, by joint teams trained by the Lebanese Agricultural Research Institute (LARI) and the Jordanian National Agricultural Research Center. The Director General of the Ministry, Eng. Rania Haddad, said the pilot would start with potatoes and apples from the Bekaa and Akkar in November.

Minister Al-Majali said Jordan welcomed "the return of Lebanese produce to its natural routes" and invited Lebanese exporters to the Amman agricultural exhibition in spring. The Director General of LARI, Dr. Joumana Kassis, and the Jordanian Ambassador in Beirut, Walid Al-Khasawneh, attended the meeting.

The two ministers will meet again in Irbid on 14 January 2027 to review the first results.`,
    expected: {
      date: '2026-10-08',
      people: [
        ['Georges Abou Jaoudeh', 'LB'],
        ['Sami Al-Majali', 'JO'],
        ['Rania Haddad', 'LB'],
        ['Joumana Kassis', 'LB'],
        ['Walid Al-Khasawneh', 'JO'],
      ],
      countries: ['IQ', 'JO', 'LB', 'SY'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Agriculture',
        'Lebanese Agricultural Research Institute (LARI)',
        'Jordanian National Agricultural Research Center',
      ],
      places: ['Beirut', 'Bekaa', 'Akkar', 'Amman', 'Irbid'],
    },
  },
  {
    id: 'k-ir-tj-health-committee',
    text: `Ministry of Health and Medical Education of the Islamic Republic of Iran
Public Relations and Information Centre

Monday, 9 Azar 1405 (30 November 2026)

Iran and Tajikistan agree on joint training of specialists

The seventh meeting of the Iran–Tajikistan Joint Health Committee was held in Tehran today, co-chaired by the Deputy Minister of Health for International Affairs, Dr. Hossein-Ali Ghaffari-Nejad, and the First Deputy Minister of Health and Social Protection of Population of Tajikistan, Sitora Qurbonova.

The sides signed a memorandum under which Tehran University of Medical Sciences and Mashhad University of Medical Sciences will admit forty Tajik residents in cardiology, nephrology and anaesthesiology each year, and Iranian pharmaceutical companies will register essential medicines in Tajikistan through a fast-track procedure.

Dr. Maryam Sadat Mousavi, head of the Iranian ministry's Centre for International Cooperation, presented the telemedicine link set up since 1403 between hospitals in Mashhad and Khujand. The Chancellor of Tehran University of Medical Sciences, Dr. Parviz Ahmadi-Tabrizi, proposed a summer school for Tajik and Afghan nurses.

The Iranian Ambassador in Dushanbe, Ali-Reza Haghighi, and the Tajik Ambassador in Tehran, Bakhtiyor Nazarzoda, attended the meeting. The Pasteur Institute of Iran will host a follow-up workshop on vaccine cold chains in Farvardin 1406.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['Hossein-Ali Ghaffari-Nejad', 'IR'],
        ['Sitora Qurbonova', 'TJ'],
        ['Maryam Sadat Mousavi', 'IR'],
        ['Parviz Ahmadi-Tabrizi', 'IR'],
        ['Ali-Reza Haghighi', 'IR'],
        ['Bakhtiyor Nazarzoda', 'TJ'],
      ],
      countries: ['AF', 'IR', 'TJ'],
      blocs: [],
      events: ['seventh meeting of the Iran–Tajikistan Joint Health Committee'],
      organizations: [
        'Ministry of Health and Medical Education of the Islamic Republic of Iran',
        'Public Relations and Information Centre',
        'Tehran University of Medical Sciences',
        'Mashhad University of Medical Sciences',
        'Centre for International Cooperation',
        'Pasteur Institute of Iran',
      ],
      places: ['Tehran', 'Mashhad', 'Khujand', 'Dushanbe'],
    },
  },
  {
    id: 'k-af-higher-education-scholarships',
    text: `Ministry of Higher Education
Kabul, Afghanistan

Press statement

Kabul, 21 Aqrab 1405 / 12 November 2026

Ninety Afghan students leave for studies in Kazakhstan and Uzbekistan

The Ministry of Higher Education announces that ninety Afghan students selected under scholarship agreements with Kazakhstan and Uzbekistan departed this week for the 2026-2027 academic year. Sixty students will study agriculture, veterinary medicine and railway engineering at Termez State University in Uzbekistan, and thirty will follow master's programmes at Al-Farabi Kazakh National University in Almaty.

At a farewell ceremony in Kabul, the Deputy Minister of Higher Education, Mohammad Nadir Sharifi, urged the students to return and serve their provinces. The Director of Scholarships, Abdul Wahid Hotak, said that a quarter of the places had been reserved for students from Balkh, Herat and Badakhshan.

The Ambassador of Kazakhstan in Kabul, Yerlan Zhakupov, and the Rector of Termez State University, Bakhodir Ergashev, addressed the ceremony by video link. Two students, Ahmad Zia Rahimi of Mazar-i-Sharif and Sayed Mustafa Hashimi of Herat, spoke on behalf of the group.

The next call for applications will be announced on the ministry's website on 1 Jadi 1405 (22 December 2026).`,
    expected: {
      date: '2026-11-12',
      people: [
        ['Mohammad Nadir Sharifi', 'AF'],
        ['Abdul Wahid Hotak', 'AF'],
        ['Yerlan Zhakupov', 'KZ'],
        ['Bakhodir Ergashev', 'UZ'],
        ['Ahmad Zia Rahimi', 'AF'],
        ['Sayed Mustafa Hashimi', 'AF'],
      ],
      countries: ['AF', 'KZ', 'UZ'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Higher Education',
        'Termez State University',
        'Al-Farabi Kazakh National University',
      ],
      places: ['Kabul', 'Termez', 'Almaty', 'Balkh', 'Herat', 'Badakhshan', 'Mazar-i-Sharif'],
    },
  },
  {
    id: 'k-gr-film-week-presskit',
    text: `Embassy of Greece in Buenos Aires – Press and Communication Office
PRESS KIT

Greek Film Week in Buenos Aires

Issued: 21 September 2026

The Embassy of Greece in Buenos Aires, together with the Greek Film Centre and Argentina's Instituto Nacional de Cine y Artes Audiovisuales (INCAA), presents the third Greek Film Week in Buenos Aires, from 5 to 11 October 2026. All screenings are in Greek with Spanish subtitles; admission is free.

All seven programmes are recent Greek productions, and the Greek directors Eleni Chatzipetrou and Stavros Lekkas will attend in person.

The Week will be opened by the Ambassador of Greece to Argentina, Dimitrios Karagiannis, and the Argentine Secretary of Culture, Martín Aguirrezábal. The President of the Greek Film Centre, Kostas Maragkos, will travel from Athens for the opening.

PROGRAMME

Date | Time | Film | Director | Guest
Mon 5 Oct 2026 | 19:30 | The Salt Road | Eleni Chatzipetrou | Q&A with the director
Tue 6 Oct 2026 | 20:00 | Harbour Lights | Stavros Lekkas | –
Wed 7 Oct 2026 | 20:00 | Winter Island | Marina Doukaki | Q&A with actress Zoe Antoniadou
Thu 8 Oct 2026 | 20:00 | The Last Ferry | Panagiotis Vrettos | –
Fri 9 Oct 2026 | 19:00 | Short films from the Greek Film Centre collection | various | –
Sat 10 Oct 2026 | 18:00 | Masterclass | Eleni Chatzipetrou | moderated by Lucía Bertolotti (INCAA)
Sun 11 Oct 2026 | 19:00 | Closing film: Olive Season | Stavros Lekkas | –

Press accreditation: press.ba@example-mfa.gr`,
    expected: {
      date: '2026-09-21',
      people: [
        ['Dimitrios Karagiannis', 'GR'],
        ['Martín Aguirrezábal', 'AR'],
        ['Kostas Maragkos', 'GR'],
        ['Eleni Chatzipetrou', 'GR'],
        ['Stavros Lekkas', 'GR'],
        ['Marina Doukaki', null],
        ['Zoe Antoniadou', null],
        ['Panagiotis Vrettos', null],
        ['Lucía Bertolotti', 'AR'],
      ],
      countries: ['AR', 'GR'],
      blocs: [],
      events: ['third Greek Film Week in Buenos Aires'],
      organizations: [
        'Embassy of Greece in Buenos Aires',
        'Press and Communication Office',
        'Greek Film Centre',
        'Instituto Nacional de Cine y Artes Audiovisuales (INCAA)',
      ],
      places: ['Buenos Aires', 'Athens'],
    },
  },
  {
    id: 'k-hu-eg-water-linebreaks',
    text: `Ministry of Foreign Affairs and Trade of Hungary > Press Room
Hungary and Egypt sign memorandum on
water management and irrigation

Budapest, 30.11.2026

Zoltán Őrsi-Kovács, Minister of State for Foreign
Economic Relations, and Ahmed Fathy El-Sayed, Deputy Minister
of Water Resources and Irrigation of the Arab Republic of Egypt,
signed a memorandum of understanding in Budapest on Monday on
cooperation in irrigation technology, flood forecasting and the
training of water engineers.

The memorandum was signed during the second Danube–Nile
Water Dialogue, organised by the Ministry with the General
Directorate of Water Management (OVF). Dr. Ágnes Fehérvári-Szűcs,
Director General of the OVF, presented the flood early-warning
model used on the Tisza near Szeged, which Egyptian engineers
will test on canals in the governorates of Aswan and Beni Suef.

Under the agreement, the Budapest University of Technology and
Economics will offer fifteen places a year to Egyptian students
under the Stipendium Hungaricum programme. Bence Gábor Lőrincz,
the university's vice-rector, and Réka Tóth-Ábrahám, head of the
Hungarian Export Promotion Agency's Middle East desk, also took part.

"Hungarian water know-how is one of our best exports," Mr.
Őrsi-Kovács said. The Egyptian delegation will visit the Kiskunság
irrigation district before leaving for Cairo on 2 December.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['Zoltán Őrsi-Kovács', 'HU'],
        ['Ahmed Fathy El-Sayed', 'EG'],
        ['Ágnes Fehérvári-Szűcs', 'HU'],
        ['Bence Gábor Lőrincz', 'HU'],
        ['Réka Tóth-Ábrahám', 'HU'],
      ],
      countries: ['EG', 'HU'],
      blocs: [],
      events: ['second Danube–Nile Water Dialogue'],
      organizations: [
        'Ministry of Foreign Affairs and Trade of Hungary',
        'General Directorate of Water Management (OVF)',
        'Budapest University of Technology and Economics',
        'Hungarian Export Promotion Agency',
      ],
      places: ['Budapest', 'Szeged', 'Aswan', 'Beni Suef', 'Kiskunság', 'Cairo'],
    },
  },
  {
    id: 'k-cz-sk-justice-email',
    text: `From: Press Department, Ministry of Justice of the Czech Republic <press@msp.example.cz>
Sent: Wednesday, 25 November 2026 14:32
To: Journalists – Justice
Subject: PRESS RELEASE: Czech and Slovak justice ministers agree on joint training of judges

Czech and Slovak justice ministers agree on joint training of judges

Prague – Minister of Justice of the Czech Republic Jiří Dvořáček and Minister of Justice of the Slovak Republic Ľubica Kráľová-Ďurčeková today signed a memorandum on the joint training of judges and prosecutors and on faster exchange of information from criminal records.

Under the memorandum, the Judicial Academy in Kroměříž and the Judicial Academy in Pezinok will organise at least six joint seminars a year, the first of them on cybercrime and cross-border insolvency in Brno in February 2027. Czech Deputy Minister Markéta Šťastná and Slovak State Secretary Ľuboš Hrnčiar will oversee implementation.

"Our legal systems share a common history, and our courts face the same new challenges," said Minister Dvořáček. Minister Kráľová-Ďurčeková added that Slovakia would propose similar cooperation within the Visegrad Group and with the European Public Prosecutor's Office.

The Czech Supreme Public Prosecutor, Radek Kříž, and the President of the Slovak Supreme Court, Ondrej Pišťánek, attended the signing. The ministers will meet again in Košice next autumn, when the EU's new e-evidence rules take effect.

Tereza Nováková
Spokesperson, Ministry of Justice of the Czech Republic`,
    expected: {
      date: '2026-11-25',
      people: [
        ['Jiří Dvořáček', 'CZ'],
        ['Ľubica Kráľová-Ďurčeková', 'SK'],
        ['Markéta Šťastná', 'CZ'],
        ['Ľuboš Hrnčiar', 'SK'],
        ['Radek Kříž', 'CZ'],
        ['Ondrej Pišťánek', 'SK'],
        ['Tereza Nováková', 'CZ'],
      ],
      countries: ['CZ', 'SK'],
      blocs: ['Visegrad Group', 'EU'],
      events: [],
      organizations: [
        'Ministry of Justice of the Czech Republic',
        'Press Department',
        'Judicial Academy in Kroměříž',
        'Judicial Academy in Pezinok',
        "European Public Prosecutor's Office",
        'Slovak Supreme Court',
      ],
      places: ['Prague', 'Kroměříž', 'Pezinok', 'Brno', 'Košice'],
    },
  },
  {
    id: 'k-ro-bg-danube-bridge-pdf',
    text: `MINISTRY OF TRANSPORT AND INFRASTRUCTURE – ROMANIA | PRESS RELEASE No. 214

Romania and Bulgaria agree timetable for new Danube bridge at Giurgiu–Ruse

Bucharest, 22 October 2026

The Minister of Transport and Infrastructure, Mihai-Răzvan Străinu, and the Bulgarian Minister of Regional Development and Public Works, Desislava Petkova-Zhivkova, met today in Bucharest and agreed the timetable for the second road bridge over the Danube between Giurgiu and Ruse. Con-
struction is to start in the spring of 2027, and the bridge should be open to traffic by the end of 2030.

The project, financed from the Connecting Europe Facility and the national budgets of both countries, in-
cludes a four-lane bridge of 2.3 km, bypass roads on both banks and a joint border checkpoint. State Sec-
retary Ioana Țuțuianu presented the results of the environmental impact assessment, which was approved
by the Romanian authorities on 9 September 2026.

Page 1 of 2

MINISTRY OF TRANSPORT AND INFRASTRUCTURE – ROMANIA | PRESS RELEASE No. 214

Florin Vlădescu, Director General of the National Company for Road Infrastructure Administration (CNAIR), and
Stoyan Dimitrov-Kolev, Chairman of the Road Infrastructure Agency of Bulgaria, signed the joint tender spec-
ifications. Anneke de Vries, Head of Unit at the Directorate-General for Mobility and Transport of the
European Commission, welcomed "a missing link on the Rhine–Danube corridor".

The mayor of the Romanian city of Giurgiu, Nicolae Bărbulescu, and the mayor of the Bulgarian city of Ruse,
Teodora Slavcheva, said the new crossing would end decades of queues. The ministers also discussed the
modernisation of the Calafat–Vidin and Călărași–Silistra crossings and will meet again in Ruse in March 2027.

The European Union will cover up to 85 per cent of eligible costs. The Ministry of Transport and
Infrastructure will publish the tender notice in January 2027.

Page 2 of 2`,
    expected: {
      date: '2026-10-22',
      people: [
        ['Mihai-Răzvan Străinu', 'RO'],
        ['Desislava Petkova-Zhivkova', 'BG'],
        ['Ioana Țuțuianu', 'RO'],
        ['Florin Vlădescu', 'RO'],
        ['Stoyan Dimitrov-Kolev', 'BG'],
        ['Anneke de Vries', null],
        ['Nicolae Bărbulescu', 'RO'],
        ['Teodora Slavcheva', 'BG'],
      ],
      countries: ['BG', 'RO'],
      blocs: ['EU'],
      events: [],
      organizations: [
        'Ministry of Transport and Infrastructure',
        'National Company for Road Infrastructure Administration (CNAIR)',
        'Road Infrastructure Agency of Bulgaria',
        'Directorate-General for Mobility and Transport of the European Commission',
      ],
      places: ['Bucharest', 'Giurgiu', 'Ruse', 'Calafat', 'Vidin', 'Călărași', 'Silistra'],
    },
  },
  {
    id: 'k-rs-hr-police-allcaps',
    text: `Ministry of the Interior of the Republic of Serbia > Press Centre
SERBIAN AND CROATIAN POLICE TO SET UP JOINT PATROLS ON THE DANUBE

Belgrade, 3 November 2026

Minister of the Interior of the Republic of Serbia Dragan Mićunović and Minister of the Interior of the Republic of Croatia Krešimir Matijević signed today in Belgrade an agreement on joint police patrols and a shared contact centre at the Batrovci–Bajakovo border crossing.

Police Director Dejan Vuković and the Croatian Chief of Police, Nikolina Perić-Štambuk, said the first mixed patrols would operate between Bačka Palanka and Vukovar from January. The head of the Serbian Border Police Directorate, Goran Šćepanović, reported that more than 1,900 smuggled migrants had been intercepted in the border area since January.

Minister Matijević praised "the professional, everyday cooperation of our officers" and invited his Serbian colleague to the Danube Security Forum in Zagreb. The ministers also agreed to invite Hungary and Bosnia and Herzegovina to a four-party meeting on the Western Balkans route.

Katrin Lindqvist, Europol's liaison officer for the region, and Miloš Đorđević, Assistant Minister for International Cooperation, attended the signing.`,
    expected: {
      date: '2026-11-03',
      people: [
        ['Dragan Mićunović', 'RS'],
        ['Krešimir Matijević', 'HR'],
        ['Dejan Vuković', 'RS'],
        ['Nikolina Perić-Štambuk', 'HR'],
        ['Goran Šćepanović', 'RS'],
        ['Katrin Lindqvist', null],
        ['Miloš Đorđević', 'RS'],
      ],
      countries: ['BA', 'HR', 'HU', 'RS'],
      blocs: [],
      events: ['Danube Security Forum'],
      organizations: [
        'Ministry of the Interior of the Republic of Serbia',
        'Serbian Border Police Directorate',
        'Europol',
      ],
      places: ['Belgrade', 'Batrovci', 'Bajakovo', 'Bačka Palanka', 'Vukovar', 'Zagreb'],
    },
  },
  {
    id: 'k-il-de-teacher-exchange',
    text: `State of Israel – Ministry of Education > Spokesperson's Office
Israeli and German teachers launch two-year exchange

Jerusalem, Tuesday 24 November 2026

The Director General of the Ministry of Education, Dr. Yael Ben-Haim, and the President of the Standing Conference of the Ministers of Education and Cultural Affairs of Germany (KMK), Dr. Katharina Brenner-Ahlers, today opened the Israeli-German Teachers' Conference 2026 at the Hebrew University of Jerusalem.

Over the next two years, 120 teachers from Haifa, Beersheba and the Galilee will spend three weeks in partner schools in North Rhine-Westphalia and Saxony, and German teachers will come to Israel in return. The programme is coordinated by the ministry's head of international relations, Avraham Kessler-Sharabi, and by the Goethe-Institut in Tel Aviv.

Three teachers spoke at the opening: Noa Hadad, a physics teacher from Beersheba; Elisheva Mizrahi, who teaches Arabic and Hebrew in a bilingual school in Haifa; and Yitzhak "Tzachi" Avraham, a history teacher from Kiryat Shmona who will teach in Leipzig next spring.

The German Ambassador to Israel, Henrik Vollmer, said that "school partnerships are where trust between our peoples is built every day". Prof. Michal Rosenfeld-Dagan, an Israeli education researcher at the Hebrew University, presented a study of earlier exchanges.`,
    expected: {
      date: '2026-11-24',
      people: [
        ['Yael Ben-Haim', 'IL'],
        ['Katharina Brenner-Ahlers', 'DE'],
        ['Avraham Kessler-Sharabi', 'IL'],
        ['Noa Hadad', 'IL'],
        ['Elisheva Mizrahi', 'IL'],
        ['Yitzhak Avraham', 'IL'],
        ['Henrik Vollmer', 'DE'],
        ['Michal Rosenfeld-Dagan', 'IL'],
      ],
      countries: ['DE', 'IL'],
      blocs: [],
      events: ["Israeli-German Teachers' Conference 2026"],
      organizations: [
        'Ministry of Education',
        "Spokesperson's Office",
        'Standing Conference of the Ministers of Education and Cultural Affairs of Germany (KMK)',
        'Hebrew University of Jerusalem',
        'Goethe-Institut',
      ],
      places: [
        'Jerusalem',
        'Haifa',
        'Beersheba',
        'Galilee',
        'North Rhine-Westphalia',
        'Saxony',
        'Tel Aviv',
        'Kiryat Shmona',
        'Leipzig',
      ],
    },
  },
  {
    id: 'k-in-au-education-this-monday',
    text: `Ministry of Education, Government of India
Posted On: 30 NOV 2026 6:15PM

India and Australia expand joint research fellowships in critical minerals and agriculture

The fourth meeting of the Australia–India Education and Skills Council was held in New Delhi this Monday, co-chaired by Secretary (Higher Education) Shri K. S. Raghunathan and the Deputy Secretary of the Australian Department of Education, Prof. Catherine Whitlock.

The Council agreed to double the number of joint doctoral fellowships to 200 a year. The Indian side was represented by Dr. P. Lakshmi Narasimha Rao, Chairman of the University Grants Commission; Smt. G. Revathi, Joint Secretary (International Cooperation); Ch. Srinivasa Reddy, Vice-Chancellor of the University of Hyderabad; Prof. V. Anbalagan of Anna University, Chennai; and Dr. T. V. S. Prasad, Director of the Indian Institute of Technology Tirupati.

The Australian delegation included the Australian High Commissioner to India, Hamish Lockyer, and the Deputy Vice-Chancellor (Research) of the University of Melbourne, Prof. Deborah Nankervis.

Prof. Anbalagan and Prof. Nankervis presented the first results of the joint programme on drought-resistant millets, tested in Tamil Nadu and Andhra Pradesh and in Western Australia. The next meeting of the Council will be held in Canberra in 2027.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['K. S. Raghunathan', 'IN'],
        ['Catherine Whitlock', 'AU'],
        ['P. Lakshmi Narasimha Rao', 'IN'],
        ['G. Revathi', 'IN'],
        ['Ch. Srinivasa Reddy', 'IN'],
        ['V. Anbalagan', 'IN'],
        ['T. V. S. Prasad', 'IN'],
        ['Hamish Lockyer', 'AU'],
        ['Deborah Nankervis', 'AU'],
      ],
      countries: ['AU', 'IN'],
      blocs: [],
      events: ['fourth meeting of the Australia–India Education and Skills Council'],
      organizations: [
        'Ministry of Education',
        'Government of India',
        'Australian Department of Education',
        'University Grants Commission',
        'University of Hyderabad',
        'Anna University',
        'Indian Institute of Technology Tirupati',
        'University of Melbourne',
      ],
      places: [
        'New Delhi',
        'Hyderabad',
        'Chennai',
        'Tirupati',
        'Melbourne',
        'Tamil Nadu',
        'Andhra Pradesh',
        'Western Australia',
        'Canberra',
      ],
    },
  },
  {
    id: 'k-nz-pacific-heritage-symposium',
    text: `Manatū Taonga – Ministry for Culture and Heritage > News
New Zealand delegation to the Pacific Heritage Symposium in Apia

Wellington, 27 November 2026

A New Zealand delegation of artists, curators and officials led by the Associate Minister for Arts, Culture and Heritage, Hon. Tāmati Rēweti, will take part in the 2026 Pacific Heritage Symposium in Apia, Samoa, from 7 to 11 December.

The delegation includes master carver Hēmi Te Rangi-Ngata (Ngāti Porou); weaver and kaumātua Ngāhuia Pōtae; Dr. Wiremu Tāwhiri, Pou Ārahi at Te Papa Tongarewa; and Mele Fifita-Lātū, Pacific collections curator at Auckland Museum.

The symposium, hosted by the Samoan Ministry of Education, Sports and Culture, will be opened by the Samoan Minister of Education, Sports and Culture, Seiuli Tavita Faʻamausili. Speakers from across the region include Sione Tuʻipulotu Havili, Director of the Tonga Traditions Committee; Mata Tangimetua of the Cook Islands Ministry of Cultural Development; and Ratu Semi Naivalu, Director of the Fiji Museum.

Minister Rēweti said the symposium was "a chance to talk as whanaunga about how our taonga are cared for, shared and, where the people ask, brought home". The Ministry will also present the repatriation of three carved panels to Savaiʻi, agreed with the Government of Samoa earlier this year.`,
    expected: {
      date: '2026-11-27',
      people: [
        ['Tāmati Rēweti', 'NZ'],
        ['Hēmi Te Rangi-Ngata', 'NZ'],
        ['Ngāhuia Pōtae', 'NZ'],
        ['Wiremu Tāwhiri', 'NZ'],
        ['Mele Fifita-Lātū', 'NZ'],
        ['Seiuli Tavita Faʻamausili', 'WS'],
        ['Sione Tuʻipulotu Havili', 'TO'],
        ['Mata Tangimetua', 'CK'],
        ['Semi Naivalu', 'FJ'],
      ],
      countries: ['CK', 'FJ', 'NZ', 'TO', 'WS'],
      blocs: [],
      events: ['2026 Pacific Heritage Symposium'],
      organizations: [
        'Manatū Taonga – Ministry for Culture and Heritage',
        'Te Papa Tongarewa',
        'Auckland Museum',
        'Samoan Ministry of Education, Sports and Culture',
        'Tonga Traditions Committee',
        'Cook Islands Ministry of Cultural Development',
        'Fiji Museum',
        'Government of Samoa',
      ],
      places: ['Apia', 'Wellington', 'Auckland', 'Savaiʻi'],
    },
  },
  {
    id: 'k-fj-au-rugby-thread',
    text: `Ministry of Youth and Sports – Fiji
Thread: Minister's meeting with Australian sports delegation

1/7 Today the Minister for Youth and Sports, Hon. Sakiusa Tuilau, welcomed Australia's Assistant Minister for Sport, Bronwyn Tully, to Suva for talks on the next phase of sports cooperation between Fiji and Australia.

2/7 The two ministers agreed to extend the sports partnership for another four years, with a focus on women's rugby, netball and coaching in rural schools.

3/7 Also at the meeting: Australian High Commissioner Megan Calloway and the CEO of the Fiji Rugby Union, Peni Ravai.

4/7 Fiji Sevens head coach Waisale Naqelevuki briefed the ministers on preparations for the Oceania Rugby Sevens Championship and on the new high-performance centre in Lautoka.

5/7 Fijiana captain Litia "Tia" Marama thanked Rugby Australia for the training camp her team attended in Brisbane last month.

6/7 Minister Tuilau: "Sport is one of the strongest threads between our peoples. Every Fijian child who picks up a ball is part of this story."

7/7 The ministers will meet again on the margins of the Pacific Islands Forum Leaders Meeting. Vinaka vakalevu to all who took part.`,
    expected: {
      date: null,
      people: [
        ['Sakiusa Tuilau', 'FJ'],
        ['Bronwyn Tully', 'AU'],
        ['Megan Calloway', 'AU'],
        ['Peni Ravai', 'FJ'],
        ['Waisale Naqelevuki', 'FJ'],
        ['Litia Marama', 'FJ'],
      ],
      countries: ['AU', 'FJ'],
      blocs: ['Pacific Islands Forum'],
      events: ['Oceania Rugby Sevens Championship', 'Pacific Islands Forum Leaders Meeting'],
      organizations: ['Ministry of Youth and Sports', 'Fiji Rugby Union', 'Rugby Australia'],
      places: ['Suva', 'Lautoka', 'Brisbane'],
    },
  },
  {
    id: 'k-kr-ke-film-festival-correction',
    text: `Embassy of the Republic of Korea in Kenya > Notices
CORRECTION – Korean Film Festival in Kenya 2026

Nairobi, 30 November 2026

This notice corrects the press release issued by the Embassy on 27 November 2026 announcing the 2026 Korean Film Festival in Kenya.

1. The release described Ms. Njeri Kamau-Wekesa as Chairperson of the Kenya Film Commission. Ms. Kamau-Wekesa is the Commission's Chief Executive Officer.

2. The screening in Kisumu will take place on Saturday 5 December 2026, not on 4 December as previously stated. The screenings in Nairobi (2–3 December) and Mombasa (6 December) are unchanged.

3. The opening remarks on 2 December will be delivered by Ambassador KIM Jin-hyuk and by the Principal Secretary of Kenya's State Department for Culture and Heritage, Fatuma Achieng Odhiambo, together with the Director of the Korean Cultural Centre Kenya, PARK Soo-min.

4. The Korean director LEE Han-byeol, whose film "Second Harvest" opens the festival, will hold a masterclass at the Kenya Film Commission together with the Kenyan director Otieno Barasa.

The Embassy apologises for the errors. All other information in the release of 27 November remains valid.`,
    expected: {
      date: '2026-11-30',
      people: [
        ['Njeri Kamau-Wekesa', 'KE'],
        ['Kim Jin-hyuk', 'KR'],
        ['Fatuma Achieng Odhiambo', 'KE'],
        ['Park Soo-min', 'KR'],
        ['Lee Han-byeol', 'KR'],
        ['Otieno Barasa', 'KE'],
      ],
      countries: ['KE', 'KR'],
      blocs: [],
      events: ['2026 Korean Film Festival in Kenya'],
      organizations: [
        'Embassy of the Republic of Korea in Kenya',
        'Kenya Film Commission',
        'State Department for Culture and Heritage',
        'Korean Cultural Centre Kenya',
      ],
      places: ['Nairobi', 'Kisumu', 'Mombasa'],
    },
  },
  {
    id: 'k-pe-bo-quinoa-quoted-statement',
    text: `Ministry of Agrarian Development and Irrigation (MIDAGRI) – Peru > Press
Peru and Bolivia sign plan to protect quinoa and camelids around Lake Titicaca

Lima, 9 November 2026

The Minister of Agrarian Development and Irrigation, Ángel Ccori Huamán, and the Minister of Rural Development and Lands of the Plurinational State of Bolivia, Félix Mamani Condori, signed in the Peruvian city of Puno a binational plan for the protection of quinoa, alpaca and llama production in the Titicaca basin, during the II Binational Quinoa and Camelid Fair.

In his address, the Bolivian minister stated:

"Brothers and sisters of Puno, our grandparents did not know a border on this lake. They crossed with their llamas and their seeds, and they shared the knowledge of the ayllu. Today we face a common enemy: the frosts come earlier, the hail is stronger and the pastures dry out. Bolivia cannot face this alone, and neither can Peru.

"For that reason we are creating, with this plan, a shared seed bank in Copacabana and in Puno, a single registry of native varieties and a joint veterinary brigade for our camelids. We are also asking the Andean Community to recognise the Andean quinoa of the altiplano as a common heritage of our peoples.

"I want to thank Minister Ccori and the Governor of Puno, René Apaza Larico, for their hospitality, and I invite all the producers present to the next fair, which Bolivia will host in Desaguadero in 2027."

Minister Ccori Huamán replied that Peru would contribute technicians from the National Institute of Agrarian Innovation (INIA). The Bolivian Vice Minister of Rural Development, Justina Quispe Ticona, and the representative of the Inter-American Institute for Cooperation on Agriculture (IICA) in Peru, Sofía Brenes, also attended.`,
    expected: {
      date: '2026-11-09',
      people: [
        ['Ángel Ccori Huamán', 'PE'],
        ['Félix Mamani Condori', 'BO'],
        ['René Apaza Larico', 'PE'],
        ['Justina Quispe Ticona', 'BO'],
        ['Sofía Brenes', null],
      ],
      countries: ['BO', 'PE'],
      blocs: ['Andean Community'],
      events: ['II Binational Quinoa and Camelid Fair'],
      organizations: [
        'Ministry of Agrarian Development and Irrigation (MIDAGRI)',
        'National Institute of Agrarian Innovation (INIA)',
        'Inter-American Institute for Cooperation on Agriculture (IICA)',
      ],
      places: ['Lima', 'Puno', 'Copacabana', 'Desaguadero'],
    },
  },
  {
    id: 'k-ci-gh-mangroves-no-people',
    text: `Republic of Côte d'Ivoire – Ministry of Environment, Sustainable Development and Ecological Transition
Press release (translated from French)

Abidjan, 16 October 2026

Côte d'Ivoire and Ghana launch joint mangrove restoration along their shared coastline

The Ministry of Environment, Sustainable Development and Ecological Transition and the Environmental Protection Authority of Ghana launched today a joint programme to restore 4,000 hectares of mangroves between Grand-Bassam and Keta by 2030.

The programme was presented at the opening of the West African Mangrove Week 2026, held in Abidjan from 16 to 20 October with the support of the Abidjan Convention Secretariat and the ECOWAS Commission. It will be implemented by the Office of Parks and Reserves of Côte d'Ivoire (OIPR) and the Forestry Commission of Ghana, with community groups in Assinie, Aboisso, Half Assini and Axim.

The two countries will share satellite monitoring data, train 300 community rangers and set up a cross-border fund for alternative livelihoods for women who smoke fish using mangrove wood. The first plantings will take place during the rainy season of 2027.

A joint steering committee will meet twice a year, alternately in Abidjan and Accra. Its first meeting is scheduled for 15 January 2027.`,
    expected: {
      date: '2026-10-16',
      people: [],
      countries: ['CI', 'GH'],
      blocs: ['ECOWAS'],
      events: ['West African Mangrove Week 2026'],
      organizations: [
        'Ministry of Environment, Sustainable Development and Ecological Transition',
        'Environmental Protection Authority of Ghana',
        'Abidjan Convention Secretariat',
        'ECOWAS Commission',
        "Office of Parks and Reserves of Côte d'Ivoire (OIPR)",
        'Forestry Commission of Ghana',
      ],
      places: ['Grand-Bassam', 'Keta', 'Abidjan', 'Assinie', 'Aboisso', 'Half Assini', 'Axim', 'Accra'],
    },
  },
  {
    id: 'k-ie-cl-working-holiday-no-people',
    text: `Home > News
Working Holiday Authorisation 2027 for Chilean citizens

Published 28 October 2026

The Embassy of Ireland in Santiago informs that applications for the 2027 Working Holiday Authorisation for citizens of Chile will open at 09:00 (Santiago time) on 12 January 2027 and close when the annual quota of 200 places has been filled, or on 30 June 2027 at the latest.

The scheme allows Chilean citizens aged 18 to 30 to travel to Ireland for up to twelve months to work and travel. Applicants must hold a valid Chilean passport, a return ticket or sufficient funds to buy one, proof of funds of at least EUR 3,000 and comprehensive health insurance for the whole stay.

Applications are submitted by e-mail to the Embassy and are assessed in order of receipt. Successful applicants will receive a letter from the Embassy, which must be presented to the immigration officer on arrival in Dublin, and must then register with the immigration authorities within 90 days.

The Embassy does not use agents or intermediaries and charges a processing fee of EUR 150. Chilean residents in Valparaíso, Concepción and the south of the country can consult the Embassy's honorary consulates.

For more information: Consular Section, Embassy of Ireland in Santiago.`,
    expected: {
      date: '2026-10-28',
      people: [],
      countries: ['CL', 'IE'],
      blocs: [],
      events: [],
      organizations: ['Embassy of Ireland in Santiago', 'Consular Section'],
      places: ['Santiago', 'Dublin', 'Valparaíso', 'Concepción'],
    },
  },
  {
    id: 'k-ge-black-sea-cable-ministerial',
    text: `Ministry of Economy and Sustainable Development of Georgia > Press Centre
Black Sea submarine cable: ministers approve route and financing plan

Date: 2026-10-08

The fourth ministerial meeting on the Black Sea Submarine Electricity Cable was held today in Tbilisi, chaired by the Minister of Economy and Sustainable Development of Georgia, Irakli Gogoladze. Ministers and senior officials of Georgia, Azerbaijan, Romania and Hungary approved the final route of the 1,100-kilometre cable between Anaklia and Constanța and the financing plan for its first phase.

Taking part were the Minister of Energy of Azerbaijan, Elnur Hasanli; the Minister of Energy of Romania, Cristina Drăgulescu; and the Hungarian State Secretary for Energy Security, Csaba Bódis-Pálffy. The heads of the transmission system operators – Davit Gogelia of Georgian State Electrosystem (GSE), Rufat Aghayev of Azerbaijan's AzerEnerji and Andrei Vîlcu of Romania's Transelectrica – presented the joint venture agreement.

Deputy Minister Nino Chkhikvadze said that the feasibility study had confirmed the technical viability of a 1,300 MW link. The World Bank's Regional Director for the South Caucasus, Elena Marchetti, and the Director for Energy Infrastructure at the European Commission, Jonas Virtanen, confirmed their institutions' support. The European Union has included the project in its list of projects of mutual interest.

"This cable will make Georgia a bridge for green electricity from the Caspian to Europe," Minister Gogoladze said. The next meeting will take place in Bucharest in spring 2027.`,
    expected: {
      date: '2026-10-08',
      people: [
        ['Irakli Gogoladze', 'GE'],
        ['Elnur Hasanli', 'AZ'],
        ['Cristina Drăgulescu', 'RO'],
        ['Csaba Bódis-Pálffy', 'HU'],
        ['Davit Gogelia', 'GE'],
        ['Rufat Aghayev', 'AZ'],
        ['Andrei Vîlcu', 'RO'],
        ['Nino Chkhikvadze', 'GE'],
        ['Elena Marchetti', null],
        ['Jonas Virtanen', null],
      ],
      countries: ['AZ', 'GE', 'HU', 'RO'],
      blocs: ['EU'],
      events: ['fourth ministerial meeting on the Black Sea Submarine Electricity Cable'],
      organizations: [
        'Ministry of Economy and Sustainable Development of Georgia',
        'Georgian State Electrosystem (GSE)',
        'AzerEnerji',
        'Transelectrica',
        'World Bank',
        'European Commission',
      ],
      places: ['Tbilisi', 'Anaklia', 'Constanța', 'Bucharest'],
    },
  },
  {
    id: 'k-ga-comifac-forests',
    text: `Gabonese Republic
Ministry of Water and Forests
Communiqué – English translation

Libreville, 3 November 2026

Central African forest ministers adopt joint plan against illegal logging

An extraordinary session of the COMIFAC Council of Ministers was held on 2 and 3 November in Libreville, under the chairmanship of the Gabonese Minister of Water and Forests, Paul-Marie Nzé Obame.

The ministers adopted a sub-regional plan for the traceability of timber exports, under which every log leaving the forests of the Congo Basin will carry a digital tag from 2028. The Executive Secretary of the Central African Forests Commission (COMIFAC), Aristide Mbarga Onana, said the plan would be financed partly by the Central African Forest Initiative (CAFI).

The session was attended by Célestin Ebogo Nkoa, Minister of Forests and Wildlife of Cameroon; Arlette Mavoungou-Ibata, Minister of Forest Economy of the Republic of the Congo; and Patrick Mbuyi Kalala, Deputy Minister of Environment of the Democratic Republic of the Congo. The Ambassador of Norway to Gabon, Ingrid Haugland, spoke on behalf of the partners.

Minister Nzé Obame announced that Gabon would open two new control posts, in Makokou and on the road to Ouesso, before the end of the year. The plan will be presented to the next summit of the heads of state of ECCAS.`,
    expected: {
      date: '2026-11-03',
      people: [
        ['Paul-Marie Nzé Obame', 'GA'],
        ['Aristide Mbarga Onana', null],
        ['Célestin Ebogo Nkoa', 'CM'],
        ['Arlette Mavoungou-Ibata', 'CG'],
        ['Patrick Mbuyi Kalala', 'CD'],
        ['Ingrid Haugland', 'NO'],
      ],
      countries: ['CD', 'CG', 'CM', 'GA', 'NO'],
      blocs: ['ECCAS'],
      events: ['extraordinary session of the COMIFAC Council of Ministers'],
      organizations: [
        'Ministry of Water and Forests',
        'Central African Forests Commission (COMIFAC)',
        'Central African Forest Initiative (CAFI)',
      ],
      places: ['Libreville', 'Makokou', 'Ouesso'],
    },
  },
  {
    id: 'k-tn-dz-rail-allcaps',
    text: `REPUBLIC OF TUNISIA – MINISTRY OF TRANSPORT
PRESS RELEASE (translation)

TUNISIA AND ALGERIA TO RESUME PASSENGER TRAINS BETWEEN TUNIS AND ANNABA

Tunis, 19 novembre 2026

The Ministry of Transport announces that the Minister of Transport, Mr. Hichem BEN AMMAR, and the Algerian Minister of Transport, Mr. Mourad KACI-SAÏD, chaired in Tunis the 12th session of the Tunisian–Algerian Joint Committee on Transport.

The two sides agreed to resume the passenger service between Tunis and Annaba via Jendouba, Ghardimaou and Souk Ahras from 1 March 2027, after the renovation of 38 kilometres of track on the Tunisian side. The Société Nationale des Chemins de Fer Tunisiens (SNCFT), represented by its Chief Executive Officer, Mrs. Nadia TRABELSI-JERBI, and the Société Nationale des Transports Ferroviaires (SNTF) of Algeria, represented by its Director General, Mr. Karim BELHADJ, signed the operating agreement.

The Committee also discussed freight transit to Libya through the Ras Jedir crossing, in the presence of the Libyan Deputy Minister of Transport, Mr. Abdelhamid EL-MABROUK, who was invited as an observer.

The Ambassador of Algeria in Tunis, Mr. Azzedine MEHRI, attended the closing session. The 13th session will be held in Algiers in 2027.`,
    expected: {
      date: '2026-11-19',
      people: [
        ['Hichem Ben Ammar', 'TN'],
        ['Mourad Kaci-Saïd', 'DZ'],
        ['Nadia Trabelsi-Jerbi', 'TN'],
        ['Karim Belhadj', 'DZ'],
        ['Abdelhamid El-Mabrouk', 'LY'],
        ['Azzedine Mehri', 'DZ'],
      ],
      countries: ['DZ', 'LY', 'TN'],
      blocs: [],
      events: ['12th session of the Tunisian–Algerian Joint Committee on Transport'],
      organizations: [
        'Ministry of Transport',
        'Société Nationale des Chemins de Fer Tunisiens (SNCFT)',
        'Société Nationale des Transports Ferroviaires (SNTF)',
      ],
      places: ['Tunis', 'Annaba', 'Jendouba', 'Ghardimaou', 'Souk Ahras', 'Ras Jedir', 'Algiers'],
    },
  },
  {
    id: 'k-jo-iq-security-committee',
    text: `Hashemite Kingdom of Jordan – Ministry of Interior > News
Jordan and Iraq step up cooperation against drug smuggling

Amman, Sunday 15 November 2026

Minister of Interior Omar Al-Tarawneh received today in Amman the Iraqi Minister of Interior, Qasim Jabbar al-Saadi, who is leading his country's delegation to the second meeting of the Jordanian-Iraqi Joint Security Committee.

The two ministers agreed to set up a joint operations room at the Karameh–Trebil border crossing and to exchange, in real time, data on trucks and passengers moving between Ruwaished and Anbar province. They also discussed the smuggling of narcotics from Syria, which both countries described as a shared threat.

The Director of the Public Security Directorate (PSD), Maj. Gen. Fawaz Al-Zoubi, and the Iraqi Deputy Minister of Interior for Police Affairs, Lt. Gen. Hussein Kadhim al-Obeidi, signed an executive protocol on training. Under the protocol, 150 Iraqi officers will attend courses at the Royal Police Academy in Amman in 2027.

The Ambassador of Jordan to Iraq, Basma Al-Khatib, took part in the talks. The third meeting of the Committee will be held in Baghdad.`,
    expected: {
      date: '2026-11-15',
      people: [
        ['Omar Al-Tarawneh', 'JO'],
        ['Qasim Jabbar al-Saadi', 'IQ'],
        ['Fawaz Al-Zoubi', 'JO'],
        ['Hussein Kadhim al-Obeidi', 'IQ'],
        ['Basma Al-Khatib', 'JO'],
      ],
      countries: ['IQ', 'JO', 'SY'],
      blocs: [],
      events: ['second meeting of the Jordanian-Iraqi Joint Security Committee'],
      organizations: ['Ministry of Interior', 'Public Security Directorate (PSD)', 'Royal Police Academy'],
      places: ['Amman', 'Karameh', 'Trebil', 'Ruwaished', 'Anbar', 'Baghdad'],
    },
  },
  {
    id: 'k-am-state-scholarships',
    text: `Ministry of Education, Science, Culture and Sport of the Republic of Armenia
News

Yerevan, 01.09.2026

Armenian state scholarships awarded to forty foreign students

The Minister of Education, Science, Culture and Sport of Armenia, Arpine Ter-Grigoryan, today presented certificates to the forty foreign students who have received Armenian state scholarships for the 2026-2027 academic year, at a ceremony at Yerevan State University.

The students come from Georgia, Iran, India, Lebanon, Syria and Argentina and will study medicine, engineering, Armenian studies and music in Yerevan and Gyumri. Deputy Minister Karen Harutyunian said that the number of scholarships had doubled since 2023.

The Rector of Yerevan State University, Hovhannes Mkrtchyan, and the High Commissioner for Diaspora Affairs of Armenia, Vahe Kasparian, congratulated the students. Speaking for the new scholars were Georgian student Nino Kapanadze, who will study medicine; Iranian student Ani Sarkissian, from Isfahan, enrolled at the Komitas State Conservatory of Yerevan; Indian student Priya Menon, who will study computer engineering at the National Polytechnic University of Armenia; Lebanese student Sevag Balian, who comes from Anjar; Syrian student Lara Kevorkian, from Aleppo; and Argentine student Martín Papazian, from Buenos Aires.

The Ambassador of Georgia to Armenia, Giorgi Margvelashvili-Dadiani, attended the ceremony.`,
    expected: {
      date: '2026-09-01',
      people: [
        ['Arpine Ter-Grigoryan', 'AM'],
        ['Karen Harutyunian', 'AM'],
        ['Hovhannes Mkrtchyan', 'AM'],
        ['Vahe Kasparian', 'AM'],
        ['Nino Kapanadze', 'GE'],
        ['Ani Sarkissian', 'IR'],
        ['Priya Menon', 'IN'],
        ['Sevag Balian', 'LB'],
        ['Lara Kevorkian', 'SY'],
        ['Martín Papazian', 'AR'],
        ['Giorgi Margvelashvili-Dadiani', 'GE'],
      ],
      countries: ['AM', 'AR', 'GE', 'IN', 'IR', 'LB', 'SY'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Education, Science, Culture and Sport of the Republic of Armenia',
        'Yerevan State University',
        'Komitas State Conservatory of Yerevan',
        'National Polytechnic University of Armenia',
      ],
      places: ['Yerevan', 'Gyumri', 'Isfahan', 'Anjar', 'Aleppo', 'Buenos Aires'],
    },
  },
  {
    id: 'k-ph-spring-meetings-washington',
    text: `Department of Finance – Republic of the Philippines
Press Release

PH economic team pitches investment program at 2026 Spring Meetings

Washington, D.C., April 20, 2026

Secretary of Finance Eduardo M. Villanueva Jr. led the Philippine delegation to the 2026 Spring Meetings of the International Monetary Fund and the World Bank Group, held in Washington, D.C., from April 13 to 18.

Joining the Secretary were Bangko Sentral ng Pilipinas (BSP) Governor Rolando "Lando" de Guzman, Finance Undersecretary Ma. Teresa "Tess" Dizon-Reyes, National Treasurer Jose Ramon P. Lacson III and Philippine Ambassador to the United States Carmelita Abad-Santos.

In a meeting with the Director of the IMF Asia and Pacific Department, Haruki Sato, the delegation presented the government's medium-term fiscal program. Secretary Villanueva also met World Bank Vice President for East Asia and Pacific, Amara Diallo-Whitfield, to discuss a USD 750 million loan for disaster-resilient schools, and held a bilateral meeting with Japan's Vice-Minister of Finance for International Affairs, Kenji Moriyama.

On April 16, the delegation hosted the Philippine Economic Briefing at the Embassy of the Philippines in Washington, D.C., attended by more than 200 investors and analysts. A second briefing will be held in New York on May 4, 2026.

"Our message is simple: the Philippines is open, stable and building," Secretary Villanueva said before returning to Manila.`,
    expected: {
      date: '2026-04-20',
      people: [
        ['Eduardo M. Villanueva Jr.', 'PH'],
        ['Rolando de Guzman', 'PH'],
        ['Ma. Teresa Dizon-Reyes', 'PH'],
        ['Jose Ramon P. Lacson III', 'PH'],
        ['Carmelita Abad-Santos', 'PH'],
        ['Haruki Sato', null],
        ['Amara Diallo-Whitfield', null],
        ['Kenji Moriyama', 'JP'],
      ],
      countries: ['JP', 'PH', 'US'],
      blocs: [],
      events: [
        '2026 Spring Meetings of the International Monetary Fund and the World Bank Group',
        'Philippine Economic Briefing',
      ],
      organizations: [
        'Department of Finance',
        'Bangko Sentral ng Pilipinas (BSP)',
        'IMF Asia and Pacific Department',
        'World Bank',
        'Embassy of the Philippines in Washington, D.C.',
      ],
      places: ['Washington, D.C.', 'New York', 'Manila'],
    },
  },
  {
    id: 'k-bg-gr-culture-days-thessaloniki',
    text: `Ministry of Culture of the Republic of Bulgaria > Press Centre > News
Days of Bulgarian Culture open in Thessaloniki

Sofia, 12 June 2026

The Days of Bulgarian Culture in Thessaloniki 2026 were opened last night by the Minister of Culture of the Republic of Bulgaria, Rumen Stoyanov-Dimov, and the Greek Deputy Minister of Culture, Ioanna Dimopoulou, with a concert of the Filip Kutev National Folklore Ensemble on the waterfront of the city.

Until 21 June, audiences in Thessaloniki and Kavala can see an exhibition of icons from Bulgarian monastery workshops, curated by the Bulgarian icon painter and restorer Elena Markova-Petrova, and a photography exhibition on the old town of Plovdiv at the Museum of Byzantine Culture.

"Our peoples have shared the same mountains, the same songs and the same saints for more than a thousand years," said Minister Stoyanov-Dimov. Ms. Dimopoulou recalled that Greece and Bulgaria had just signed a new programme of cultural cooperation for 2026-2029.

The Deputy Minister of Culture, Vesela Georgieva, and the Consul General of Bulgaria in Thessaloniki, Plamen Todorov, took part in the opening, together with two Greek hosts, the Deputy Mayor for Culture of Thessaloniki, Nikolaos Tsakiridis, and the Rector of the Aristotle University of Thessaloniki, Prof. Christos Mavromatis.`,
    expected: {
      date: '2026-06-12',
      people: [
        ['Rumen Stoyanov-Dimov', 'BG'],
        ['Ioanna Dimopoulou', 'GR'],
        ['Elena Markova-Petrova', 'BG'],
        ['Vesela Georgieva', 'BG'],
        ['Plamen Todorov', 'BG'],
        ['Nikolaos Tsakiridis', 'GR'],
        ['Christos Mavromatis', 'GR'],
      ],
      countries: ['BG', 'GR'],
      blocs: [],
      events: ['Days of Bulgarian Culture in Thessaloniki 2026'],
      organizations: [
        'Ministry of Culture of the Republic of Bulgaria',
        'Filip Kutev National Folklore Ensemble',
        'Museum of Byzantine Culture',
        'Aristotle University of Thessaloniki',
      ],
      places: ['Sofia', 'Thessaloniki', 'Kavala', 'Plovdiv'],
    },
  },
  {
    id: 'k-vn-la-sports-cooperation',
    text: `Ministry of Culture, Sports and Tourism of Viet Nam > News > Sports
Viet Nam and Laos sign sports cooperation plan ahead of the 34th SEA Games

Thursday, 13/08/2026 15:40 GMT+7

Hà Nội – Deputy Minister of Culture, Sports and Tourism Trịnh Minh Đức and the Lao Deputy Minister of Education and Sports, Khamphoui Sisavath, today signed a sports cooperation plan for 2026-2028 in Hà Nội.

Under the plan, Viet Nam will host Lao athletes in shooting, wushu, pencak silat and athletics at national training centres in Hà Nội and Đà Nẵng ahead of the 34th SEA Games, and Vietnamese coaches will work with Lao football academies in Vientiane and Luang Prabang.

The Director of the Viet Nam Sports Administration, Lê Thị Hoàng Yến, said that 120 Lao athletes and coaches had trained in Viet Nam since 2023. The ceremony was attended by the Lao Ambassador to Viet Nam, Bounthavy Vongphachanh, and by two athletes who have trained together since 2024: Vietnamese pencak silat champion Đinh Thị Phương Thảo and Lao sprinter Souksavanh Keomany.

Deputy Minister Đức said that sport "carries the special friendship between Viet Nam and Laos to the young generation". The plan also provides for a Viet Nam–Laos Youth Sports Festival to be held in Vientiane in December 2027.`,
    expected: {
      date: '2026-08-13',
      people: [
        ['Trịnh Minh Đức', 'VN'],
        ['Khamphoui Sisavath', 'LA'],
        ['Lê Thị Hoàng Yến', 'VN'],
        ['Bounthavy Vongphachanh', 'LA'],
        ['Đinh Thị Phương Thảo', 'VN'],
        ['Souksavanh Keomany', 'LA'],
      ],
      countries: ['LA', 'VN'],
      blocs: [],
      events: ['34th SEA Games', 'Viet Nam–Laos Youth Sports Festival'],
      organizations: [
        'Ministry of Culture, Sports and Tourism of Viet Nam',
        'Viet Nam Sports Administration',
      ],
      places: ['Hà Nội', 'Đà Nẵng', 'Vientiane', 'Luang Prabang'],
    },
  },
  {
    id: 'k-ps-film-days-santiago',
    text: `State of Palestine – Ministry of Culture
Press release

Ramallah, 30 October 2026

Palestine Film Days open in Santiago de Chile

The Ministry of Culture announces the opening in Santiago de Chile of the fifth Palestine Film Days, organised with the Embassy of the State of Palestine in Chile and the Club Palestino, from 29 October to 8 November 2026.

The Minister of Culture, Rima Nasser-Khoury, said in a video message that the festival "brings the stories of Jerusalem, Gaza and Nablus to a country where the Palestinian community has lived for more than a century". The Ambassador of the State of Palestine to Chile, Issa Darwazeh, and the Chilean Minister of Cultures, Arts and Heritage, Javiera Salazar Undurraga, opened the first screening.

The programme includes twelve films, among them the new documentary by the Palestinian director Mahmoud Abu Srour, from Bethlehem, who attends in person, and the animated feature of the Haifa-born filmmaker Dima Touma. A panel on Palestinian cinema is moderated by the Chilean journalist Andrés Hasbún Saffie.

After the capital, a selection of the films will travel to Valparaíso and to the Palestinian community in Lima, Peru, in November.`,
    expected: {
      date: '2026-10-30',
      people: [
        ['Rima Nasser-Khoury', 'PS'],
        ['Issa Darwazeh', 'PS'],
        ['Javiera Salazar Undurraga', 'CL'],
        ['Mahmoud Abu Srour', 'PS'],
        ['Dima Touma', null],
        ['Andrés Hasbún Saffie', 'CL'],
      ],
      countries: ['CL', 'PE', 'PS'],
      blocs: [],
      events: ['fifth Palestine Film Days'],
      organizations: ['Ministry of Culture', 'Embassy of the State of Palestine in Chile', 'Club Palestino'],
      places: [
        'Ramallah',
        'Santiago de Chile',
        'Jerusalem',
        'Gaza',
        'Nablus',
        'Bethlehem',
        'Haifa',
        'Valparaíso',
        'Lima',
      ],
    },
  },
  {
    id: 'k-td-who-afro-rc76',
    text: `Republic of Chad – Ministry of Public Health and National Solidarity
Communiqué (translated from French)

N'Djamena, 31 August 2026

Chadian delegation at the seventy-sixth session of the WHO Regional Committee for Africa

The Minister of Public Health and National Solidarity, Dr. Hassan Mahamat Abdoulaye, led the delegation of Chad to the seventy-sixth session of the WHO Regional Committee for Africa, held from 24 to 28 August 2026 in Brazzaville, Republic of the Congo.

The delegation included the Secretary-General of the Ministry, Dr. Fatimé Zara Allamine; the Director of Disease Control, Dr. Moussa Djibrine Haggar; and the Chief Medical Officer of Ouaddaï Province, Dr. Albertine Ngaryam.

On the sidelines of the session, Minister Abdoulaye chaired a consultation of health ministers of the countries bordering Lake Chad on cholera and measles, with the Cameroonian Minister of Public Health, Dieudonné Essomba Atangana, the Minister of Public Health of Niger, Aïssata Garba Moussa, and the Undersecretary of the Federal Ministry of Health of Sudan, Haitham Osman Ibrahim. The WHO Representative in Chad, Dr. Jean-Baptiste Koné, presented the support plan for the refugee camps around Abéché.

The Minister thanked WHO and the partners of the Ministry for their assistance to the eastern provinces.`,
    expected: {
      date: '2026-08-31',
      people: [
        ['Hassan Mahamat Abdoulaye', 'TD'],
        ['Fatimé Zara Allamine', 'TD'],
        ['Moussa Djibrine Haggar', 'TD'],
        ['Albertine Ngaryam', 'TD'],
        ['Dieudonné Essomba Atangana', 'CM'],
        ['Aïssata Garba Moussa', 'NE'],
        ['Haitham Osman Ibrahim', 'SD'],
        ['Jean-Baptiste Koné', null],
      ],
      countries: ['CG', 'CM', 'NE', 'SD', 'TD'],
      blocs: [],
      events: ['seventy-sixth session of the WHO Regional Committee for Africa'],
      organizations: [
        'Ministry of Public Health and National Solidarity',
        'Federal Ministry of Health of Sudan',
        'WHO',
      ],
      places: ["N'Djamena", 'Brazzaville', 'Ouaddaï Province', 'Abéché'],
    },
  },
];
