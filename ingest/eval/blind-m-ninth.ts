import type { EvalCase } from './eval-set';

/**
 * Blind M (ninth round): 40 announcements written for this project on 2026-12-02, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: a mixed archive of many governments'
 * releases in three equal parts: (1) foreign ministries' readouts, calls, visits and joint statements in
 * first and third person; (2) communiqués of regional and international bodies (Pacific Islands Forum,
 * SAARC, BIMSTEC, Lancang-Mekong, Arctic Council, CELAC/ALBA, GUAM, BSEC, Council of Europe, ECCAS,
 * Commonwealth, OPEC, G77) and joint commissions, with participant lists and tables as text;
 * (3) embassies', consulates', sector ministries' and sub-national governments' releases with datelines,
 * header blocks, reference numbers, by-lines, contact lines and saved-web-page leftovers. Publishers from
 * francophone and lusophone Africa (in translation), Eastern Europe and the Caucasus, South Asia, the
 * Mekong, the Pacific, the Andes and the Caribbean, the Middle East and small European states; many naming
 * traditions, honorifics and ranks; dates in many forms (foreign month names, dd.mm.yyyy, ISO, other
 * calendars with a Gregorian equivalent) and two undated items.
 * Held out while the ninth round was made (its authors never read it).
 * FIRST RUN, on main at fd2ec42 (the extractor of the ninth session's start, before the ninth round):
 *   people         P 0.944 R 0.955 F1 0.949 (169/10/8)
 *   countries      P 0.993 R 1.000 F1 0.997 (146/1/0)
 *   blocs          P 1.000 R 0.700 F1 0.824 (28/0/12)
 *   events         P 0.872 R 0.829 F1 0.850 (34/5/7)
 *   organizations  P 0.778 R 0.726 F1 0.751 (77/22/29)
 *   places         P 0.968 R 0.805 F1 0.879 (91/3/22)
 *   date accuracy 0.975; person country acc. 0.893
 * After the ninth round (its authors never read this set; main e4627d4):
 *   people         P 0.944 R 0.955 F1 0.949 (169/10/8)
 *   countries      P 0.993 R 1.000 F1 0.997 (146/1/0)
 *   blocs          P 1.000 R 0.700 F1 0.824 (28/0/12)
 *   events         P 0.872 R 0.829 F1 0.850 (34/5/7)
 *   organizations  P 0.778 R 0.726 F1 0.751 (77/22/29)
 *   places         P 0.968 R 0.805 F1 0.879 (91/3/22)
 *   date accuracy 0.975; person country acc. 0.899
 */
export const BLIND_M: EvalCase[] = [
  {
    id: 'm9-md-call-georgia',
    text: `Home > Press Service > News
Deputy Prime Minister Tudor Ciobanu held a telephone conversation with the Minister of Foreign Affairs of Georgia

Chișinău, 14 martie 2025

Deputy Prime Minister, Minister of Foreign Affairs and European Integration of the Republic of Moldova Tudor Ciobanu had a telephone conversation today with Levan Kiknadze, Minister of Foreign Affairs of Georgia.

The two ministers discussed the European path of both countries and the preparations for the 2025 GUAM Summit. Minister Ciobanu thanked his Georgian counterpart for the support offered to Moldovan citizens travelling through Georgia.

Levan Kiknadze invited his Moldovan colleague to take part in the Black Sea Connectivity Forum, to be held in Tbilisi in the autumn. The interlocutors agreed that the Intergovernmental Commission for Economic Cooperation between the Republic of Moldova and Georgia should meet in Batumi before the end of the year.`,
    expected: {
      date: '2025-03-14',
      people: [
        ['Tudor Ciobanu', 'MD'],
        ['Levan Kiknadze', 'GE'],
      ],
      countries: ['GE', 'MD'],
      blocs: ['GUAM'],
      events: ['2025 GUAM Summit', 'Black Sea Connectivity Forum'],
      organizations: [
        'Intergovernmental Commission for Economic Cooperation between the Republic of Moldova and Georgia',
      ],
      places: ['Chișinău', 'Tbilisi', 'Batumi'],
    },
  },
  {
    id: 'm9-ge-armenian-delegation',
    text: `Home > Press Center > News
First Deputy Foreign Minister receives Armenian delegation

17.02.2026

First Deputy Minister of Foreign Affairs of Georgia Nino Japaridze received the delegation led by Armen Ghukasyan, Deputy Minister of Foreign Affairs of the Republic of Armenia, within the framework of the 6th round of Georgian-Armenian political consultations.

The sides discussed the reconstruction of the Sadakhlo–Bagratashen border crossing, cargo transit through the port of Poti and cooperation within the Organization of the Black Sea Economic Cooperation (BSEC). Nino Japaridze noted that Tbilisi and Yerevan share an interest in peace and connectivity in the region.

Mr. Ghukasyan was accompanied by Anahit Melkonyan, Ambassador of Armenia to Georgia, and Hovhannes Baghdasaryan, adviser to the Deputy Minister. Giorgi Lomidze, Ambassador of Georgia to Armenia, also took part in the meeting.

The next round of consultations will take place in Yerevan.`,
    expected: {
      date: '2026-02-17',
      people: [
        ['Nino Japaridze', 'GE'],
        ['Armen Ghukasyan', 'AM'],
        ['Anahit Melkonyan', 'AM'],
        ['Hovhannes Baghdasaryan', 'AM'],
        ['Giorgi Lomidze', 'GE'],
      ],
      countries: ['AM', 'GE'],
      blocs: ['BSEC'],
      events: ['6th round of Georgian-Armenian political consultations'],
      organizations: [],
      places: ['Sadakhlo', 'Bagratashen', 'Poti', 'Tbilisi', 'Yerevan'],
    },
  },
  {
    id: 'm9-tg-ghana-visit',
    text: `Home > News > Diplomacy
Lomé and Accra strengthen cooperation on cross-border security

Lomé, 5 June 2025 – The Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Professor Kokou Amégnon Dzidzogbé, received on Thursday at his office his Ghanaian counterpart, Hon. Kwame Asante Boakye, Minister for Foreign Affairs and Regional Integration of the Republic of Ghana, who is on a two-day working visit to Togo.

The two ministers reviewed the preparations for the 9th Session of the Togo-Ghana Joint Permanent Commission for Cooperation, scheduled to take place in Kpalimé, as well as the smooth flow of goods and people at the Lomé–Aflao border post. They welcomed the support of the ECOWAS Commission for joint patrols along the common border.

Minister Boakye stressed that Ghana and Togo "share one people and one market". Professor Dzidzogbé, for his part, recalled the importance of the corridor linking the port of Lomé to Accra.

The Ghanaian delegation included Madam Efua Sarpong-Addo, Ghana's Ambassador to Togo, and Colonel Yaw Darko Mensah, Director of Border Security. On the Togolese side, the meeting was attended by Essowè Bawinam Kpatcha, Director of Cabinet of the Minister.`,
    expected: {
      date: '2025-06-05',
      people: [
        ['Kokou Amégnon Dzidzogbé', 'TG'],
        ['Kwame Asante Boakye', 'GH'],
        ['Efua Sarpong-Addo', 'GH'],
        ['Yaw Darko Mensah', 'GH'],
        ['Essowè Bawinam Kpatcha', 'TG'],
      ],
      countries: ['GH', 'TG'],
      blocs: ['ECOWAS'],
      events: ['9th Session of the Togo-Ghana Joint Permanent Commission for Cooperation'],
      organizations: ['Togo-Ghana Joint Permanent Commission for Cooperation', 'ECOWAS Commission'],
      places: ['Lomé', 'Accra', 'Kpalimé', 'Aflao'],
    },
  },
  {
    id: 'm9-ao-saotome-communique',
    text: `Home > Press Releases
Joint Communiqué on the Official Visit of the Minister of Foreign Affairs of São Tomé and Príncipe to Angola

Luanda, 22 de setembro de 2025

At the invitation of the Minister of External Relations of the Republic of Angola, Teresa Dias Cardoso Neto, the Minister of Foreign Affairs, Cooperation and Communities of the Democratic Republic of São Tomé and Príncipe, Alcino Bragança Pires, paid an official visit to Luanda from 20 to 22 September 2025.

The two ministers signed a memorandum of understanding on political consultations and agreed to convene the IV Session of the Angola–São Tomé and Príncipe Bilateral Commission in the Santomean capital in the first half of 2026. They reaffirmed their commitment to the Community of Portuguese Language Countries (CPLP) and to the Economic Community of Central African States (ECCAS).

During his stay, Minister Bragança Pires was received by the Governor of Benguela Province, Luís Manuel da Silva Kapingala, and visited the port facilities in Lobito.

The Santomean delegation included Maria do Céu Trovoada Lima, Ambassador of São Tomé and Príncipe in Luanda.`,
    expected: {
      date: '2025-09-22',
      people: [
        ['Teresa Dias Cardoso Neto', 'AO'],
        ['Alcino Bragança Pires', 'ST'],
        ['Luís Manuel da Silva Kapingala', 'AO'],
        ['Maria do Céu Trovoada Lima', 'ST'],
      ],
      countries: ['AO', 'ST'],
      blocs: ['CPLP', 'ECCAS'],
      events: ['IV Session of the Angola–São Tomé and Príncipe Bilateral Commission'],
      organizations: ['Angola–São Tomé and Príncipe Bilateral Commission'],
      places: ['Luanda', 'Benguela Province', 'Lobito'],
    },
  },
  {
    id: 'm9-lk-maldives-consultations',
    text: `Home > Media Centre > Press Releases
Sri Lanka and Maldives hold Fourth Round of Foreign Office Consultations

PRESS RELEASE

Ref: MFA/PR/2025/118

The Fourth Round of Foreign Office Consultations between Sri Lanka and the Maldives was held at the Ministry of Foreign Affairs in Colombo on 3 July 2025. The Sri Lankan delegation was led by Foreign Secretary W. A. Dharmasiri Jayawardena, and the Maldivian delegation by Fathimath Shiuna Rasheed, Foreign Secretary of the Maldives.

The two sides reviewed cooperation in fisheries, health and education, and agreed to explore a direct cargo service between Malé and Hambantota. The Maldivian side thanked Sri Lanka for the training provided to young Maldivian diplomats at the Sri Lanka Institute of Diplomatic Training.

Both sides also exchanged views on regional cooperation within SAARC and the Indian Ocean Rim Association (IORA).

Other members of the Sri Lankan delegation included K. M. Nilanthi Senaratne, Director General for South Asia. Ahmed Shifau Ibrahim, High Commissioner of the Maldives in Sri Lanka, was also present.

Ministry of Foreign Affairs
Colombo
03 July 2025`,
    expected: {
      date: '2025-07-03',
      people: [
        ['W. A. Dharmasiri Jayawardena', 'LK'],
        ['Fathimath Shiuna Rasheed', 'MV'],
        ['K. M. Nilanthi Senaratne', 'LK'],
        ['Ahmed Shifau Ibrahim', 'MV'],
      ],
      countries: ['LK', 'MV'],
      blocs: ['IORA', 'SAARC'],
      events: ['Fourth Round of Foreign Office Consultations between Sri Lanka and the Maldives'],
      organizations: ['Ministry of Foreign Affairs', 'Sri Lanka Institute of Diplomatic Training'],
      places: ['Colombo', 'Malé', 'Hambantota'],
    },
  },
  {
    id: 'm9-vn-lao-border',
    text: `Home > Press Releases
Deputy Foreign Minister Đỗ Thanh Hải holds talks with Lao Deputy Foreign Minister

Thursday, 23/10/2025 15:40 GMT+7

On 23 October, in Hanoi, Deputy Minister of Foreign Affairs Đỗ Thanh Hải held talks with Khamphao Vongsavath, Deputy Minister of Foreign Affairs of the Lao PDR, on the occasion of the 12th Meeting of the Viet Nam–Laos Working Group on Border Affairs.

Deputy Minister Đỗ Thanh Hải affirmed that Viet Nam always attaches importance to the special relationship with Laos. The two sides agreed to speed up the upgrading of border gates between Hà Tĩnh Province and Bolikhamxay Province and to coordinate closely within ASEAN and the Lancang-Mekong Cooperation.

Deputy Minister Khamphao Vongsavath thanked the Vietnamese side for training Lao border officials.

Also attending were Phạm Thu Hằng, Director-General of the National Boundary Commission, and Bounleuth Sisouphanh, Ambassador of the Lao PDR to Viet Nam.`,
    expected: {
      date: '2025-10-23',
      people: [
        ['Đỗ Thanh Hải', 'VN'],
        ['Khamphao Vongsavath', 'LA'],
        ['Phạm Thu Hằng', 'VN'],
        ['Bounleuth Sisouphanh', 'LA'],
      ],
      countries: ['LA', 'VN'],
      blocs: ['ASEAN', 'Lancang-Mekong Cooperation'],
      events: ['12th Meeting of the Viet Nam–Laos Working Group on Border Affairs'],
      organizations: ['Viet Nam–Laos Working Group on Border Affairs', 'National Boundary Commission'],
      places: ['Hanoi', 'Hà Tĩnh Province', 'Bolikhamxay Province'],
    },
  },
  {
    id: 'm9-jo-oman-call',
    text: `Home > Media Center > Press Releases
Foreign Minister receives phone call from Omani counterpart

Amman, 9 February 2026 –

Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Nasser Abdelkarim al-Majali received a phone call on Monday from Badr bin Khalid al-Harthy, Minister of Foreign Affairs of the Sultanate of Oman.

The two ministers discussed the preparations for the 3rd session of the Jordanian-Omani Joint Higher Committee, which will convene in Muscat, and coordination ahead of the next Arab League summit. Al-Majali stressed Jordan's appreciation for the role of Oman in regional de-escalation, and both ministers voiced support for closer ties between the Gulf Cooperation Council (GCC) and its neighbours.

Ministry spokesperson Ambassador Rania Haddad-Khouri said the two ministers agreed to remain in constant contact.`,
    expected: {
      date: '2026-02-09',
      people: [
        ['Nasser Abdelkarim al-Majali', 'JO'],
        ['Badr bin Khalid al-Harthy', 'OM'],
        ['Rania Haddad-Khouri', 'JO'],
      ],
      countries: ['JO', 'OM'],
      blocs: ['Arab League', 'GCC'],
      events: ['3rd session of the Jordanian-Omani Joint Higher Committee'],
      organizations: ['Jordanian-Omani Joint Higher Committee'],
      places: ['Amman', 'Muscat'],
    },
  },
  {
    id: 'm9-mt-cy-gr-joint-statement',
    text: `Home > News > Statements
Joint Statement by the Foreign Ministers of Malta, Cyprus and Greece on Mediterranean Maritime Cooperation

Valletta, 28 April 2026

We, the Ministers of Foreign Affairs of the Republic of Malta, the Republic of Cyprus and the Hellenic Republic, met today in Valletta for the Second Malta–Cyprus–Greece Trilateral Ministerial Meeting.

We reaffirm that the European Union must act with solidarity towards its frontline Member States. We call for a stronger role of the European Border and Coast Guard Agency (Frontex) in search and rescue, and we welcome the new coordination centre in Limassol.

We look forward to continuing this work within the MED9 and agreed to meet again in Piraeus next year.

Signed:
Carmel Vella Bonnici, Minister for Foreign and European Affairs and Trade, Malta
Andreas Hadjigeorgiou, Minister of Foreign Affairs, Republic of Cyprus
Eleni Papadimitriou, Minister of Foreign Affairs, Hellenic Republic`,
    expected: {
      date: '2026-04-28',
      people: [
        ['Carmel Vella Bonnici', 'MT'],
        ['Andreas Hadjigeorgiou', 'CY'],
        ['Eleni Papadimitriou', 'GR'],
      ],
      countries: ['CY', 'GR', 'MT'],
      blocs: ['EU', 'MED9'],
      events: ['Second Malta–Cyprus–Greece Trilateral Ministerial Meeting'],
      organizations: ['European Border and Coast Guard Agency (Frontex)'],
      places: ['Valletta', 'Limassol', 'Piraeus'],
    },
  },
  {
    id: 'm9-ir-spokesman-tajikistan',
    text: `Home > Spokesperson's Remarks
Spokesman: Tehran and Dushanbe to expand cooperation on water and energy

Date: 3 November 2025 (12 Aban 1404)

Foreign Ministry Spokesman Esmaeil Kazemi Nasab, at his weekly press briefing, said that the visit of Tajik Foreign Minister Jamshed Sharifzoda to Tehran had opened "a new chapter" in relations between Iran and Tajikistan.

According to Kazemi Nasab, Sharifzoda and his Iranian counterpart Hamid-Reza Tavakoli agreed to hold the 15th meeting of the Iran-Tajikistan Joint Economic Commission in Dushanbe and to complete the study on a hydropower project in Khatlon Region. The two ministers also discussed cooperation within the Economic Cooperation Organization (ECO) and the Shanghai Cooperation Organisation.

Answering a question about Afghanistan, the spokesman said that Iran supports an inclusive government in Kabul.`,
    expected: {
      date: '2025-11-03',
      people: [
        ['Esmaeil Kazemi Nasab', 'IR'],
        ['Jamshed Sharifzoda', 'TJ'],
        ['Hamid-Reza Tavakoli', 'IR'],
      ],
      countries: ['AF', 'IR', 'TJ'],
      blocs: ['ECO', 'SCO'],
      events: ['15th meeting of the Iran-Tajikistan Joint Economic Commission'],
      organizations: ['Iran-Tajikistan Joint Economic Commission'],
      places: ['Tehran', 'Dushanbe', 'Khatlon Region', 'Kabul'],
    },
  },
  {
    id: 'm9-bo-peru-border-committee',
    text: `Home > Prensa > Comunicados
Bolivia and Peru review border integration agenda in Desaguadero

La Paz, 17 de noviembre de 2025

The Vice Minister of Foreign Relations of the Plurinational State of Bolivia, María Fernanda Quispe Mamani, and the Vice Minister of Foreign Affairs of Peru, Jorge Luis Huamán Cáceres, co-chaired the XIII Meeting of the Bolivia–Peru Border Integration and Development Committee, held in the binational town of Desaguadero.

The meeting was attended by the Regional Governor of Puno, Lic. Edwin Ccama Apaza, the Departmental Governor of La Paz, Ing. Wilfredo Choque Limachi, and representatives of the General Secretariat of the Andean Community.

Vice Minister Quispe Mamani highlighted the joint work with the Binational Autonomous Authority of Lake Titicaca (ALT) on water quality. Huamán Cáceres announced that Peru will host the next meeting in Puno.`,
    expected: {
      date: '2025-11-17',
      people: [
        ['María Fernanda Quispe Mamani', 'BO'],
        ['Jorge Luis Huamán Cáceres', 'PE'],
        ['Edwin Ccama Apaza', 'PE'],
        ['Wilfredo Choque Limachi', 'BO'],
      ],
      countries: ['BO', 'PE'],
      blocs: ['Andean Community'],
      events: ['XIII Meeting of the Bolivia–Peru Border Integration and Development Committee'],
      organizations: [
        'Bolivia–Peru Border Integration and Development Committee',
        'General Secretariat of the Andean Community',
        'Binational Autonomous Authority of Lake Titicaca (ALT)',
      ],
      places: ['La Paz', 'Desaguadero', 'Puno'],
    },
  },
  {
    id: 'm9-lc-svg-ferry',
    text: `Home > Newsroom
Saint Lucia and St Vincent and the Grenadines sign ferry services agreement

Castries, Saint Lucia – Monday, 12 January 2026

The Minister for External Affairs, International Trade and Civil Aviation, Hon. Cuthbert Joseph Emmanuel, and Senator the Hon. Keisha Franklyn-Browne, Minister of Foreign Affairs and Trade of St Vincent and the Grenadines, today signed an agreement on regular passenger and cargo ferry services between Castries and Kingstown.

The agreement gives effect to the free movement regime of the Organisation of Eastern Caribbean States (OECS) and was welcomed by the Director General of the OECS Commission, Dr. Marcia Alleyne-Charles, who described it as "a practical step for our single economic space".

The first sailings will be operated by Caribbean Sea Bridge Ltd., a Vincentian-owned company. Its Chief Executive Officer, Dorian St. Hill, said a stop in Bequia would be added in the summer.

Minister Emmanuel noted that the route would also help CARICOM nationals travelling to the Eastern Caribbean Travel Connectivity Symposium 2026, which Saint Lucia will host in May.`,
    expected: {
      date: '2026-01-12',
      people: [
        ['Cuthbert Joseph Emmanuel', 'LC'],
        ['Keisha Franklyn-Browne', 'VC'],
        ['Marcia Alleyne-Charles', null],
        ['Dorian St. Hill', 'VC'],
      ],
      countries: ['LC', 'VC'],
      blocs: ['CARICOM', 'OECS'],
      events: ['Eastern Caribbean Travel Connectivity Symposium 2026'],
      organizations: ['OECS Commission', 'Caribbean Sea Bridge Ltd.'],
      places: ['Castries', 'Kingstown', 'Bequia'],
    },
  },
  {
    id: 'm9-jp-palau-meeting',
    text: `Home > Press Releases
Japan-Palau Foreign Ministers' Meeting

March 6, 2026

On March 6, commencing at 4:05 p.m. for approximately 45 minutes, Mr. KAMIYA Hiroshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Kebekol NGIRAKED, Minister of State of the Republic of Palau, who is visiting Japan. The overview is as follows.

1. Minister Kamiya welcomed Minister Ngiraked's visit and stated that Japan will continue to support Palau in the fields of maritime security and disaster preparedness. Minister Kamiya also expressed his intention to work with Palau toward the success of the Eleventh Pacific Islands Leaders Meeting (PALM11).

2. In response, Minister Ngiraked expressed gratitude for Japan's assistance through the Japan International Cooperation Agency (JICA), including the upgrading of the water supply in Koror, and stated that Palau values its partnership with Japan within the Pacific Islands Forum.

3. The two ministers also exchanged views on regional affairs.`,
    expected: {
      date: '2026-03-06',
      people: [
        ['Kamiya Hiroshi', 'JP'],
        ['Kebekol Ngiraked', 'PW'],
      ],
      countries: ['JP', 'PW'],
      blocs: ['Pacific Islands Forum'],
      events: ["Japan-Palau Foreign Ministers' Meeting", 'Eleventh Pacific Islands Leaders Meeting (PALM11)'],
      organizations: ['Japan International Cooperation Agency (JICA)'],
      places: ['Koror'],
    },
  },
  {
    id: 'm9-uz-belarus-consultations',
    text: `Home > Press Service > News
Political consultations between the Foreign Ministries of Uzbekistan and Belarus held in Minsk

On 14 May 2026, regular political consultations between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Republic of Belarus were held in Minsk. The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Sardor Bakhtiyorovich Rustamov, the Belarusian delegation by Deputy Minister of Foreign Affairs Ivan Petrovich Sokolovsky.

The parties reviewed the implementation of the agreements reached at the highest level and the preparations for the next meeting of the Uzbek-Belarusian Intergovernmental Commission on Trade and Economic Cooperation in Tashkent. Views were exchanged on cooperation within the CIS and the SCO.

During the visit, S. Rustamov also met with Aleksandr Viktorovich Gurinovich, First Deputy Chairman of the Minsk City Executive Committee, to discuss the opening of a trading house of Uzbek producers in the Belarusian capital.

Alisher Karimov, Ambassador of Uzbekistan to Belarus, took part in the talks.`,
    expected: {
      date: '2026-05-14',
      people: [
        ['Sardor Bakhtiyorovich Rustamov', 'UZ'],
        ['Ivan Petrovich Sokolovsky', 'BY'],
        ['Aleksandr Viktorovich Gurinovich', 'BY'],
        ['Alisher Karimov', 'UZ'],
      ],
      countries: ['BY', 'UZ'],
      blocs: ['CIS', 'SCO'],
      events: [],
      organizations: [
        'Uzbek-Belarusian Intergovernmental Commission on Trade and Economic Cooperation',
        'Minsk City Executive Committee',
      ],
      places: ['Minsk', 'Tashkent'],
    },
  },
  {
    id: 'm9-pif-foreign-ministers',
    text: `Home > Media > Press Releases
Forum Foreign Ministers conclude meeting in Nuku'alofa

Pacific Islands Forum Secretariat

Press Statement

Nuku'alofa, Tonga, 14 August 2025

Foreign Ministers of the Pacific Islands Forum met in Nuku'alofa on 13 and 14 August 2025 for the 2025 Forum Foreign Ministers Meeting, chaired by Hon. Seini Fifita Taumoepeau, Minister for Foreign Affairs of the Kingdom of Tonga.

Ministers discussed the implementation of the 2050 Strategy for the Blue Pacific Continent, access to climate finance and the capitalisation of the Pacific Resilience Facility. Ministers welcomed the commitments made by Australia and New Zealand to the Facility.

The meeting was attended by:
Hon. Seini Fifita Taumoepeau, Minister for Foreign Affairs, Tonga (Chair)
Hon. Lealaiauloto Siaosi Matautia, Minister of Foreign Affairs and Trade, Samoa
Ratu Josefa Vakaloloma Tuilau, Deputy Prime Minister, Fiji
Hon. Taulehia Melitiana, Minister for Foreign Affairs, Tuvalu
Mr. Tekeeua Tarati, Secretary for Foreign Affairs, Kiribati
Hon. Jotham Napakauri Kalsakau, Minister of Foreign Affairs, Vanuatu
Hon. Teariki Mataiapo Heather, Minister of Foreign Affairs, Cook Islands
Hon. Sionetasi Pulehetoa, Minister for External Affairs, Niue
Hon. Collin Beck Maelanga, Minister of Foreign Affairs, Solomon Islands
Ms. Rebecca Thornbury-Walsh, Deputy Secretary, Australia
Mr. Hemi Tawhiri Parata, Deputy Secretary, New Zealand

Forum Secretary General Lisiate Vaipulu Akolo briefed Ministers on the preparations for the leaders' meeting in September. Ministers accepted the offer of Solomon Islands to host their next meeting in Honiara.`,
    expected: {
      date: '2025-08-14',
      people: [
        ['Seini Fifita Taumoepeau', 'TO'],
        ['Lealaiauloto Siaosi Matautia', 'WS'],
        ['Josefa Vakaloloma Tuilau', 'FJ'],
        ['Taulehia Melitiana', 'TV'],
        ['Tekeeua Tarati', 'KI'],
        ['Jotham Napakauri Kalsakau', 'VU'],
        ['Teariki Mataiapo Heather', 'CK'],
        ['Sionetasi Pulehetoa', 'NU'],
        ['Collin Beck Maelanga', 'SB'],
        ['Rebecca Thornbury-Walsh', 'AU'],
        ['Hemi Tawhiri Parata', 'NZ'],
        ['Lisiate Vaipulu Akolo', null],
      ],
      countries: ['AU', 'CK', 'FJ', 'KI', 'NU', 'NZ', 'SB', 'TO', 'TV', 'VU', 'WS'],
      blocs: ['Pacific Islands Forum'],
      events: ['2025 Forum Foreign Ministers Meeting'],
      organizations: ['Pacific Islands Forum Secretariat', 'Pacific Resilience Facility'],
      places: ["Nuku'alofa", 'Honiara'],
    },
  },
  {
    id: 'm9-saarc-programming-committee',
    text: `Home > Press Releases
Thirty-Ninth Session of the SAARC Programming Committee concludes in Kathmandu

Kathmandu, 27 January 2026

The Thirty-Ninth Session of the SAARC Programming Committee was held at the SAARC Secretariat, Kathmandu, on 26 and 27 January 2026. The Session was chaired by Dasho Karma Tshering Wangchuk, Joint Secretary, Ministry of Foreign Affairs and External Trade of Bhutan.

The Committee reviewed the Calendar of Activities for 2026, the budgets of the regional centres and the preparations for the Twentieth SAARC Summit.

Heads of delegation:
Bangladesh – Md. Rafiqul Islam Chowdhury, Director General (SAARC)
Bhutan – Dasho Karma Tshering Wangchuk (Chair)
India – Smt. Anuradha K. Iyer, Joint Secretary
Maldives – Ms. Aishath Leeza Mohamed, Director
Nepal – Mr. Bishnu Prasad Adhikari, Joint Secretary
Pakistan – Mr. Haider Abbas Naqvi, Director General (SAARC)
Sri Lanka – Mrs. R. M. P. Chandrika Rathnayake, Director General

In his remarks, the Secretary General of SAARC, Ahmad Saleem Jawad, thanked Member States for their contributions. The next Session will be held in Thimphu.`,
    expected: {
      date: '2026-01-27',
      people: [
        ['Karma Tshering Wangchuk', 'BT'],
        ['Md. Rafiqul Islam Chowdhury', 'BD'],
        ['Anuradha K. Iyer', 'IN'],
        ['Aishath Leeza Mohamed', 'MV'],
        ['Bishnu Prasad Adhikari', 'NP'],
        ['Haider Abbas Naqvi', 'PK'],
        ['R. M. P. Chandrika Rathnayake', 'LK'],
        ['Ahmad Saleem Jawad', null],
      ],
      countries: ['BD', 'BT', 'IN', 'LK', 'MV', 'NP', 'PK'],
      blocs: ['SAARC'],
      events: ['Thirty-Ninth Session of the SAARC Programming Committee', 'Twentieth SAARC Summit'],
      organizations: [
        'SAARC Programming Committee',
        'SAARC Secretariat',
        'Ministry of Foreign Affairs and External Trade of Bhutan',
      ],
      places: ['Kathmandu', 'Thimphu'],
    },
  },
  {
    id: 'm9-bimstec-energy-ministers',
    text: `Home > News
Joint Statement of the Fourth BIMSTEC Energy Ministers' Meeting

Date: 2025-12-09

The Fourth BIMSTEC Energy Ministers' Meeting was held in Bangkok, Thailand, on 9 December 2025, hosted by the Ministry of Energy of the Kingdom of Thailand and chaired by H.E. Mrs. Siriporn Chaiwattana, Minister of Energy of Thailand.

The Meeting was attended by:
Bangladesh: Mr. Md. Shahidul Alam Talukder, State Minister for Power, Energy and Mineral Resources
Bhutan: Lyonpo Tshewang Dorji, Minister for Energy and Natural Resources
India: Shri P. K. Raghunathan, Secretary, Ministry of Power
Myanmar: U Kyaw Zin Htet, Deputy Minister for Electric Power
Nepal: Mr. Ram Bahadur Thapa Magar, Minister for Energy, Water Resources and Irrigation
Sri Lanka: Hon. Chaminda Wijesiri Gunawardena, Minister of Energy

The Ministers welcomed the operationalisation of the BIMSTEC Energy Centre in Bengaluru and tasked officials to finalise the regional grid interconnection master plan. Secretary General Shamsul Alam Siddiqui presented the report of the BIMSTEC Secretariat.

The Fifth BIMSTEC Energy Ministers' Meeting will be held in Colombo in 2027.`,
    expected: {
      date: '2025-12-09',
      people: [
        ['Siriporn Chaiwattana', 'TH'],
        ['Md. Shahidul Alam Talukder', 'BD'],
        ['Tshewang Dorji', 'BT'],
        ['P. K. Raghunathan', 'IN'],
        ['Kyaw Zin Htet', 'MM'],
        ['Ram Bahadur Thapa Magar', 'NP'],
        ['Chaminda Wijesiri Gunawardena', 'LK'],
        ['Shamsul Alam Siddiqui', null],
      ],
      countries: ['BD', 'BT', 'IN', 'LK', 'MM', 'NP', 'TH'],
      blocs: ['BIMSTEC'],
      events: ["Fourth BIMSTEC Energy Ministers' Meeting", "Fifth BIMSTEC Energy Ministers' Meeting"],
      organizations: [
        'Ministry of Energy of the Kingdom of Thailand',
        'Ministry of Power',
        'BIMSTEC Energy Centre',
        'BIMSTEC Secretariat',
      ],
      places: ['Bangkok', 'Bengaluru', 'Colombo'],
    },
  },
  {
    id: 'm9-lmc-water-working-group',
    text: `Home > News > Regional Cooperation
Vientiane hosts Lancang-Mekong water resources working group

Vientiane, 18 March 2026 — The Ninth Meeting of the Joint Working Group on Lancang-Mekong Water Resources Cooperation was held in Vientiane on 17–18 March 2026. It was co-chaired by Phonesavanh Inthavong, Director General of Water Resources of the Lao PDR, and Ms. ZHANG Lihua, Deputy Director General of the Ministry of Water Resources of China.

Heads of the other delegations were:
Cambodia – H.E. Chea Sovannara, Secretary of State, Ministry of Water Resources and Meteorology
Myanmar – Daw Khin Myat Noe, Director General
Thailand – Dr. Surasak Boonmee, Deputy Secretary-General, Office of the National Water Resources
Viet Nam – Mr. Lê Đức Trung, Deputy Director-General, Viet Nam National Mekong Committee

Representatives of the Mekong River Commission Secretariat attended as observers.

The meeting reviewed data sharing during the dry season and the work of the Lancang-Mekong Water Resources Cooperation Centre, and agreed on the agenda of the Third Lancang-Mekong Water Resources Cooperation Forum, to be held in Kunming at the end of the year. Ms. Zhang said the Lancang-Mekong Cooperation had become a model of good-neighbourly water governance.`,
    expected: {
      date: '2026-03-18',
      people: [
        ['Phonesavanh Inthavong', 'LA'],
        ['Zhang Lihua', 'CN'],
        ['Chea Sovannara', 'KH'],
        ['Khin Myat Noe', 'MM'],
        ['Surasak Boonmee', 'TH'],
        ['Lê Đức Trung', 'VN'],
      ],
      countries: ['CN', 'KH', 'LA', 'MM', 'TH', 'VN'],
      blocs: ['Lancang-Mekong Cooperation'],
      events: [
        'Ninth Meeting of the Joint Working Group on Lancang-Mekong Water Resources Cooperation',
        'Third Lancang-Mekong Water Resources Cooperation Forum',
      ],
      organizations: [
        'Joint Working Group on Lancang-Mekong Water Resources Cooperation',
        'Ministry of Water Resources of China',
        'Ministry of Water Resources and Meteorology',
        'Office of the National Water Resources',
        'Viet Nam National Mekong Committee',
        'Mekong River Commission Secretariat',
        'Lancang-Mekong Water Resources Cooperation Centre',
      ],
      places: ['Vientiane', 'Kunming'],
    },
  },
  {
    id: 'm9-arctic-senior-officials-undated',
    text: `Home > News
Senior Arctic Officials meet in Tromsø

The Senior Arctic Officials of the Arctic Council met in Tromsø this week under the Chairship of the Kingdom of Denmark, with the Arctic Council Secretariat and the Norwegian authorities as hosts.

The meeting was chaired by Mette Kjærgaard Holm, Senior Arctic Official of Denmark. Delegations were led by Guðrún Sif Jónsdóttir (Iceland), Antti-Pekka Lehtovaara (Finland), Ebba Lindqvist af Klercker (Sweden), Jean-François Tremblay-Roy (Canada) and Margaret O'Donnell-Hayes (United States). Work with the Russian Federation remains limited to written procedures.

The Permanent Participants were represented, among others, by Áile Somby Sandvik of the Saami Council and by the Inuit Circumpolar Council. Officials approved the work plan of the Sustainable Development Working Group (SDWG) on Arctic food security.

Torbjørn Eidsvik, Director of the Arctic Council Secretariat, presented the budget. Preparations for the 15th Arctic Council Ministerial Meeting, expected in May 2027, were also discussed; Ms. Holm said the Chairship would circulate a draft declaration in the autumn.`,
    expected: {
      date: null,
      people: [
        ['Mette Kjærgaard Holm', 'DK'],
        ['Guðrún Sif Jónsdóttir', 'IS'],
        ['Antti-Pekka Lehtovaara', 'FI'],
        ['Ebba Lindqvist af Klercker', 'SE'],
        ['Jean-François Tremblay-Roy', 'CA'],
        ["Margaret O'Donnell-Hayes", 'US'],
        ['Áile Somby Sandvik', null],
        ['Torbjørn Eidsvik', null],
      ],
      countries: ['CA', 'DK', 'FI', 'IS', 'NO', 'RU', 'SE', 'US'],
      blocs: ['Arctic Council'],
      events: ['15th Arctic Council Ministerial Meeting'],
      organizations: [
        'Arctic Council Secretariat',
        'Saami Council',
        'Inuit Circumpolar Council',
        'Sustainable Development Working Group (SDWG)',
      ],
      places: ['Tromsø'],
    },
  },
  {
    id: 'm9-celac-ministers-tegucigalpa',
    text: `Inicio > Sala de Prensa > Comunicados
CELAC Ministers of Foreign Affairs meet in Tegucigalpa ahead of the X CELAC Summit

Tegucigalpa, M.D.C., 7 de marzo de 2026

The CELAC Meeting of Ministers of Foreign Affairs was held today in Tegucigalpa, chaired by the Minister of Foreign Affairs of Honduras, Abg. Ricardo Antonio Zelaya Funes, on behalf of the Pro Tempore Presidency of the Community of Latin American and Caribbean States.

The ministers approved the draft declaration of the X CELAC Summit and reviewed the preparations for the Fifth EU-CELAC Summit. Interventions were made, among others, by the Vice Minister of Foreign Affairs of Guatemala, Licda. Ana Lucía Batres Ordóñez; the Vice Minister of Foreign Affairs of Cuba, Yusnier Cabrera Almaguer; the Vice Minister for Latin America of Venezuela, Carmen Teresa Velásquez Rangel; and the Minister of Foreign Affairs and Foreign Trade of Barbados, Senator Kerrie-Ann Symmonds-Weekes.

Representatives of ALBA member countries proposed a joint position on food security. The Executive Secretary of the Economic Commission for Latin America and the Caribbean (ECLAC), Dr. Mariana Ocampo Lissardy, presented a report on regional growth prospects.

Zelaya Funes thanked the delegations and recalled that Honduras will hand over the Pro Tempore Presidency at the Summit.`,
    expected: {
      date: '2026-03-07',
      people: [
        ['Ricardo Antonio Zelaya Funes', 'HN'],
        ['Ana Lucía Batres Ordóñez', 'GT'],
        ['Yusnier Cabrera Almaguer', 'CU'],
        ['Carmen Teresa Velásquez Rangel', 'VE'],
        ['Kerrie-Ann Symmonds-Weekes', 'BB'],
        ['Mariana Ocampo Lissardy', null],
      ],
      countries: ['BB', 'CU', 'GT', 'HN', 'VE'],
      blocs: ['ALBA', 'CELAC', 'EU'],
      events: ['CELAC Meeting of Ministers of Foreign Affairs', 'X CELAC Summit', 'Fifth EU-CELAC Summit'],
      organizations: ['Economic Commission for Latin America and the Caribbean (ECLAC)'],
      places: ['Tegucigalpa'],
    },
  },
  {
    id: 'm9-guam-council-baku',
    text: `Home > News
Communiqué of the GUAM Council of Ministers of Foreign Affairs

Baku, 24 June 2025

The 38th meeting of the GUAM Council of Ministers of Foreign Affairs was held in Baku under the chairmanship of the Republic of Azerbaijan.

Participants:
Farid Mahmud oglu Huseynov, Deputy Minister of Foreign Affairs of the Republic of Azerbaijan (Chair)
Ketevan Chkheidze, Deputy Minister of Foreign Affairs of Georgia
Ion Cebotari, State Secretary of the Ministry of Foreign Affairs and European Integration of the Republic of Moldova
Oleksandr Mykolayovych Hrytsenko, Deputy Minister of Foreign Affairs of Ukraine
Mirian Gabunia, Secretary General of GUAM

The Ministers welcomed the progress made in the implementation of the GUAM Free Trade Area and instructed the GUAM Secretariat in Kyiv to prepare a plan for the digitalisation of border procedures. Mr. Huseynov underlined the role of the member states as a transit bridge between Europe and Asia.

The next meeting of the Council will be held in Chișinău under the chairmanship of the Republic of Moldova.`,
    expected: {
      date: '2025-06-24',
      people: [
        ['Farid Mahmud oglu Huseynov', 'AZ'],
        ['Ketevan Chkheidze', 'GE'],
        ['Ion Cebotari', 'MD'],
        ['Oleksandr Mykolayovych Hrytsenko', 'UA'],
        ['Mirian Gabunia', null],
      ],
      countries: ['AZ', 'GE', 'MD', 'UA'],
      blocs: ['GUAM'],
      events: ['38th meeting of the GUAM Council of Ministers of Foreign Affairs'],
      organizations: [
        'GUAM Council of Ministers of Foreign Affairs',
        'Ministry of Foreign Affairs and European Integration of the Republic of Moldova',
        'GUAM Secretariat',
      ],
      places: ['Baku', 'Kyiv', 'Chișinău'],
    },
  },
  {
    id: 'm9-bsec-tourism-table',
    text: `Home > Meetings > Working Groups
Report of the 27th Meeting of the BSEC Working Group on Tourism

Date: 11 September 2025
Venue: Permanent International Secretariat of the BSEC (PERMIS), Istanbul

The 27th Meeting of the BSEC Working Group on Tourism was held under the Chairmanship-in-Office of the Republic of Türkiye. The participants adopted the agenda and discussed a joint promotion campaign for cultural routes around the Black Sea and the harmonisation of tourism statistics.

List of participants
Country | Name | Position
Albania | Ms. Elira Hoxha | Director, Ministry of Tourism and Environment
Armenia | Mr. Davit Hakobyan | Head of Division, Tourism Committee
Bulgaria | Ms. Radostina Petrova Ivanova | Chief Expert
Romania | Mr. Mihai-Cristian Dobre | Counsellor
Serbia | Mr. Nikola Jovanović | Adviser
Türkiye | Ms. Zeynep Aydın Karaca | Head of Department (Chair)
PERMIS | Mr. Kostiantyn Voloshyn | Executive Manager

Ms. Aydın Karaca thanked the PERMIS for the preparation of the meeting. Ms. Hoxha offered to host the next meeting.`,
    expected: {
      date: '2025-09-11',
      people: [
        ['Elira Hoxha', 'AL'],
        ['Davit Hakobyan', 'AM'],
        ['Radostina Petrova Ivanova', 'BG'],
        ['Mihai-Cristian Dobre', 'RO'],
        ['Nikola Jovanović', 'RS'],
        ['Zeynep Aydın Karaca', 'TR'],
        ['Kostiantyn Voloshyn', null],
      ],
      countries: ['AL', 'AM', 'BG', 'RO', 'RS', 'TR'],
      blocs: ['BSEC'],
      events: ['27th Meeting of the BSEC Working Group on Tourism'],
      organizations: [
        'Permanent International Secretariat of the BSEC (PERMIS)',
        'BSEC Working Group on Tourism',
        'Ministry of Tourism and Environment',
        'Tourism Committee',
      ],
      places: ['Istanbul'],
    },
  },
  {
    id: 'm9-coe-small-states',
    text: `Home > Newsroom
Four small member States coordinate on culture at the Council of Europe

Strasbourg 16/04/2026

The Permanent Representatives of Andorra, Liechtenstein, Monaco and San Marino met at the Council of Europe in Strasbourg on the margins of the 136th Session of the Committee of Ministers to coordinate their positions on cultural heritage and youth.

Ambassador Katrin von Rheinberg-Marxer, Permanent Representative of Liechtenstein, presented a joint proposal to strengthen the participation of small States in the Enlarged Partial Agreement on Cultural Routes. She was joined by Ambassador Marino Gasperoni Valentini of San Marino, Ms. Meritxell Puig i Casals, Permanent Representative of Andorra, and Mr. Hubert Ravier de Lanteri, Permanent Representative of Monaco.

The Deputy Secretary General of the Council of Europe, Pieter-Jan van den Heuvel, welcomed the initiative. The four ambassadors agreed to meet again in Vaduz in the autumn.`,
    expected: {
      date: '2026-04-16',
      people: [
        ['Katrin von Rheinberg-Marxer', 'LI'],
        ['Marino Gasperoni Valentini', 'SM'],
        ['Meritxell Puig i Casals', 'AD'],
        ['Hubert Ravier de Lanteri', 'MC'],
        ['Pieter-Jan van den Heuvel', null],
      ],
      countries: ['AD', 'LI', 'MC', 'SM'],
      blocs: ['Council of Europe'],
      events: ['136th Session of the Committee of Ministers'],
      organizations: ['Committee of Ministers', 'Enlarged Partial Agreement on Cultural Routes'],
      places: ['Strasbourg', 'Vaduz'],
    },
  },
  {
    id: 'm9-eccas-council-libreville',
    text: `Home > Actualités > News
Final communiqué of the 27th Ordinary Session of the ECCAS Council of Ministers

Libreville, 30 January 2026 – The 27th Ordinary Session of the ECCAS Council of Ministers was held in Libreville, Gabonese Republic, on 29 and 30 January 2026, under the chairmanship of Mrs. Marie-Claire Mbadinga Nzé, Minister of Foreign Affairs of Gabon.

The following Member States of the Economic Community of Central African States took part: the Republic of Angola, the Republic of Burundi, the Republic of Cameroon, the Central African Republic, the Republic of Chad, the Republic of the Congo, the Democratic Republic of the Congo, the Republic of Equatorial Guinea, the Gabonese Republic, the Republic of Rwanda and the Democratic Republic of São Tomé and Príncipe.

The Council heard statements by Mr. Serge Itoua-Ngakosso, Minister of Cooperation of the Republic of the Congo, Ms. Bintou Mahamat Abakar, Minister of Foreign Affairs of Chad, and Mr. Emmanuel Ilunga Kabeya, Deputy Minister of Foreign Affairs of the Democratic Republic of the Congo.

The President of the ECCAS Commission, Jean-Baptiste Ondoua Mvondo, presented the report on the activities of the Central African Peace and Security Council (COPAX). The Council adopted the 2026 budget and decided that its next ordinary session will be held in N'Djamena.`,
    expected: {
      date: '2026-01-30',
      people: [
        ['Marie-Claire Mbadinga Nzé', 'GA'],
        ['Serge Itoua-Ngakosso', 'CG'],
        ['Bintou Mahamat Abakar', 'TD'],
        ['Emmanuel Ilunga Kabeya', 'CD'],
        ['Jean-Baptiste Ondoua Mvondo', null],
      ],
      countries: ['AO', 'BI', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'RW', 'ST', 'TD'],
      blocs: ['ECCAS'],
      events: ['27th Ordinary Session of the ECCAS Council of Ministers'],
      organizations: [
        'ECCAS Council of Ministers',
        'ECCAS Commission',
        'Central African Peace and Security Council (COPAX)',
      ],
      places: ['Libreville', "N'Djamena"],
    },
  },
  {
    id: 'm9-commonwealth-trade-ministers',
    text: `Home > Media > News
Commonwealth Trade Ministers agree on digital trade priorities

Commonwealth Secretariat

London, 18 June 2026

Trade ministers and senior officials from 40 member countries gathered in London for the 2026 Commonwealth Trade Ministers Meeting, chaired by Hon. Josianne Cutajar Borg, Minister for the Economy of Malta.

Opening the meeting, Commonwealth Secretary-General Ifeoma Chukwudi Okonjo said that intra-Commonwealth trade could exceed two trillion dollars by the end of the decade if members remove barriers to digital trade.

Rwanda's Minister of Trade and Industry, Yvonne Mukamana Gasana, presented the experience of her country with electronic certificates of origin. Hon. Jerry Tamata Kalmet of Vanuatu and Hon. Deodat Persaud Ramnarine of Guyana spoke on behalf of small and vulnerable economies, while Senaka Bandara Wijeratne, Secretary of the Ministry of Trade of Sri Lanka, outlined plans for a regional trade facilitation hub.

The International Trade Centre (ITC) and the Commonwealth Enterprise and Investment Council (CWEIC) will support a new programme for women exporters. The outcomes will be forwarded to the Commonwealth Heads of Government Meeting 2026 in Antigua and Barbuda.`,
    expected: {
      date: '2026-06-18',
      people: [
        ['Josianne Cutajar Borg', 'MT'],
        ['Ifeoma Chukwudi Okonjo', null],
        ['Yvonne Mukamana Gasana', 'RW'],
        ['Jerry Tamata Kalmet', 'VU'],
        ['Deodat Persaud Ramnarine', 'GY'],
        ['Senaka Bandara Wijeratne', 'LK'],
      ],
      countries: ['AG', 'GY', 'LK', 'MT', 'RW', 'VU'],
      blocs: ['Commonwealth'],
      events: ['2026 Commonwealth Trade Ministers Meeting', 'Commonwealth Heads of Government Meeting 2026'],
      organizations: [
        'Commonwealth Secretariat',
        'Ministry of Trade of Sri Lanka',
        'International Trade Centre (ITC)',
        'Commonwealth Enterprise and Investment Council (CWEIC)',
      ],
      places: ['London'],
    },
  },
  {
    id: 'm9-opec-conference',
    text: `Home > Press Room > Press Releases
OPEC Conference concludes its 191st Meeting

Press Release No. 14/2026

Vienna, Austria, 1 June 2026

The 191st Meeting of the OPEC Conference convened in Vienna today under the Presidency of H.E. Eng. Abdulmajeed bin Hamad Al-Sabah, Minister of Oil of the State of Kuwait, with H.E. Dr. Ekpo Bassey Uduak, Minister of State for Petroleum Resources of Nigeria, as Alternate President.

The Conference reviewed the oil market outlook, approved the budget of the OPEC Secretariat for the coming year and took note of the report of the Economic Commission Board.

The Conference decided that its next ordinary meeting will be held on 2 December 2026, followed by the 41st OPEC and non-OPEC Ministerial Meeting (ONOMM).`,
    expected: {
      date: '2026-06-01',
      people: [
        ['Abdulmajeed bin Hamad Al-Sabah', 'KW'],
        ['Ekpo Bassey Uduak', 'NG'],
      ],
      countries: ['AT', 'KW', 'NG'],
      blocs: ['OPEC'],
      events: ['191st Meeting of the OPEC Conference', '41st OPEC and non-OPEC Ministerial Meeting (ONOMM)'],
      organizations: ['OPEC Conference', 'OPEC Secretariat', 'Economic Commission Board'],
      places: ['Vienna'],
    },
  },
  {
    id: 'm9-g77-chair-statement',
    text: `Home > Statements
Statement by the Chair at the 49th Annual Meeting of Ministers for Foreign Affairs of the Group of 77

New York, 25 September 2025

Statement delivered by H.E. Mr. José Andrés Pérez Letona, Minister of Foreign Affairs of the Republic of Guatemala, Chair of the Group of 77 and China

Excellencies, distinguished colleagues,

I have the honour to speak on behalf of the Group of 77 and China. Allow me first to thank Cuba, Iraq and Uganda, whose chairmanships built the foundations on which we work today, and the Executive Secretary of the G77, Ms. Aminata Diallo Keïta, for her tireless support.

We meet at a time when the financing gap for the Sustainable Development Goals keeps widening. The commitments of the Fourth International Conference on Financing for Development, held in Seville, must now be implemented. We count on the South Centre and on the United Nations Office for South-South Cooperation to help our countries turn these commitments into projects.

I thank you.`,
    expected: {
      date: '2025-09-25',
      people: [
        ['José Andrés Pérez Letona', 'GT'],
        ['Aminata Diallo Keïta', null],
      ],
      countries: ['CN', 'CU', 'GT', 'IQ', 'UG'],
      blocs: ['G77'],
      events: [
        '49th Annual Meeting of Ministers for Foreign Affairs of the Group of 77',
        'Fourth International Conference on Financing for Development',
      ],
      organizations: ['South Centre', 'United Nations Office for South-South Cooperation'],
      places: ['New York', 'Seville'],
    },
  },
  {
    id: 'm9-mz-malawi-jpcc',
    text: `Home > Notícias > News
Mozambique and Malawi hold 7th Session of the Joint Permanent Commission of Cooperation

Maputo, 3 de outubro de 2025

The 7th Session of the Mozambique–Malawi Joint Permanent Commission of Cooperation ended today in Maputo. The session was co-chaired by the Vice Minister of Foreign Affairs and Cooperation, Manuela dos Santos Macuácua, and by Hon. Chimwemwe Phiri Banda, Minister of Foreign Affairs of Malawi.

The two delegations reviewed the rehabilitation of the railway linking Malawi to the port of Nacala, operated by Caminhos de Ferro de Moçambique (CFM), and the harmonisation of customs procedures at the Mwanza border post with Tete Province. Mr. Mphatso Kalua, Commissioner General of the Malawi Revenue Authority, and Dr. Lúcia Mabunda Cossa, Chairperson of the Mozambique Investment and Export Promotion Agency (APIEX), signed a memorandum on trade data exchange.

Vice Minister Macuácua said the two countries would coordinate their positions ahead of the 46th SADC Summit in August. The next session will be held in Lilongwe in 2027.`,
    expected: {
      date: '2025-10-03',
      people: [
        ['Manuela dos Santos Macuácua', 'MZ'],
        ['Chimwemwe Phiri Banda', 'MW'],
        ['Mphatso Kalua', 'MW'],
        ['Lúcia Mabunda Cossa', 'MZ'],
      ],
      countries: ['MW', 'MZ'],
      blocs: ['SADC'],
      events: [
        '7th Session of the Mozambique–Malawi Joint Permanent Commission of Cooperation',
        '46th SADC Summit',
      ],
      organizations: [
        'Mozambique–Malawi Joint Permanent Commission of Cooperation',
        'Caminhos de Ferro de Moçambique (CFM)',
        'Malawi Revenue Authority',
        'Mozambique Investment and Export Promotion Agency (APIEX)',
      ],
      places: ['Maputo', 'Nacala', 'Mwanza', 'Tete Province', 'Lilongwe'],
    },
  },
  {
    id: 'm9-hu-embassy-jakarta-alumni',
    text: `Home > News
Hungarian scholarship alumni meet in Yogyakarta

Embassy of Hungary in Jakarta

On 21 February 2026 the Embassy of Hungary in Jakarta held its annual meeting of Indonesian alumni of Hungarian universities in Yogyakarta, hosted by Universitas Gadjah Mada.

Ambassador Szalai-Kovács Judit opened the meeting and recalled that more than 900 Indonesian students have graduated in Hungary since the scholarship programme began. Deputy Head of Mission Dr. Bárány Gergely presented the new call for applications, managed by the Tempus Public Foundation in Budapest.

Prof. Sutrisno, Vice Rector of Universitas Gadjah Mada, said that joint research with the University of Debrecen in agriculture and medicine had grown every year. Retno Widyastuti, chair of the Indonesian alumni association and a graduate in water engineering, thanked the Hungarian side.

Pak Hartono, director at the Ministry of Higher Education, Science and Technology, attended on behalf of the Indonesian government. Ambassador Szalai-Kovács invited the alumni to the embassy's national day reception in March.`,
    expected: {
      date: '2026-02-21',
      people: [
        ['Szalai-Kovács Judit', 'HU'],
        ['Bárány Gergely', 'HU'],
        ['Sutrisno', 'ID'],
        ['Retno Widyastuti', 'ID'],
        ['Hartono', 'ID'],
      ],
      countries: ['HU', 'ID'],
      blocs: [],
      events: [],
      organizations: [
        'Embassy of Hungary in Jakarta',
        'Universitas Gadjah Mada',
        'Tempus Public Foundation',
        'University of Debrecen',
        'Ministry of Higher Education, Science and Technology',
      ],
      places: ['Jakarta', 'Yogyakarta', 'Budapest', 'Debrecen'],
    },
  },
  {
    id: 'm9-ph-consulate-dubai-advisory',
    text: `Home > Advisories
ADVISORY: Consular outreach mission to Ras Al Khaimah and Fujairah

Date: 2025-06-18
Ref. No. PCG-DXB-2025-047

The Philippine Consulate General in Dubai informs the Filipino community that a consular outreach mission will be conducted in Ras Al Khaimah on 28 June and in Fujairah on 29 June 2025. Passport renewal, civil registration and notarial services will be offered. Applicants must book an appointment online.

Consul General Renato M. Villanueva Jr. will lead the team, with the support of the Migrant Workers Office (MWO) in Dubai headed by Labor Attaché Ma. Cristina D. Soriano-Aquino. Officers of the Overseas Workers Welfare Administration (OWWA) will also accept membership renewals.

Overseas Filipino workers residing in the United Arab Emirates are reminded to bring their Emirates ID and a copy of their employment contract.

For inquiries, please contact Vice Consul Jerome Paolo L. Tan at outreach@dubaipcg.example.ph.`,
    expected: {
      date: '2025-06-18',
      people: [
        ['Renato M. Villanueva Jr.', 'PH'],
        ['Ma. Cristina D. Soriano-Aquino', 'PH'],
        ['Jerome Paolo L. Tan', 'PH'],
      ],
      countries: ['AE', 'PH'],
      blocs: [],
      events: [],
      organizations: [
        'Philippine Consulate General in Dubai',
        'Migrant Workers Office (MWO)',
        'Overseas Workers Welfare Administration (OWWA)',
      ],
      places: ['Ras Al Khaimah', 'Fujairah', 'Dubai'],
    },
  },
  {
    id: 'm9-et-agro-industry-expo',
    text: `Home > Media > Press Release
9th Ethiopia International Agro-Industry Expo opens with exhibitors from 22 countries

Ministry of Trade and Regional Integration

Addis Ababa, Megabit 12, 2018 E.C. (21 March 2026)

The 9th Ethiopia International Agro-Industry Expo was officially opened today by Ato Tesfaye Gebremariam Alemu, State Minister of Trade and Regional Integration of Ethiopia.

The expo, organised by the Ministry of Trade and Regional Integration together with the Addis Ababa Chamber of Commerce and Sectoral Associations, brings together more than 300 exhibitors, including companies from Kenya, Djibouti and other IGAD and COMESA member states.

State Minister Tesfaye said the government aims to triple processed food exports through the industrial parks and the Dire Dawa free trade zone. Woizero Hirut Kebede Wolde, President of the Addis Ababa Chamber of Commerce and Sectoral Associations, called on investors to partner with Ethiopian farmers' cooperatives.

Abdirahman Yusuf Farah, Minister of Trade of Djibouti, who attended the opening, highlighted the role of the Ethio-Djibouti railway for exporters. The Ethiopian Investment Commission will hold a business-to-business session on the second day of the expo.`,
    expected: {
      date: '2026-03-21',
      people: [
        ['Tesfaye Gebremariam Alemu', 'ET'],
        ['Hirut Kebede Wolde', 'ET'],
        ['Abdirahman Yusuf Farah', 'DJ'],
      ],
      countries: ['DJ', 'ET', 'KE'],
      blocs: ['COMESA', 'IGAD'],
      events: ['9th Ethiopia International Agro-Industry Expo'],
      organizations: [
        'Ministry of Trade and Regional Integration',
        'Addis Ababa Chamber of Commerce and Sectoral Associations',
        'Ethiopian Investment Commission',
      ],
      places: ['Addis Ababa', 'Dire Dawa'],
    },
  },
  {
    id: 'm9-mg-measles-campaign',
    text: `Home > Actualités
Measles vaccination campaign launched in Atsinanana Region

Antananarivo, le 4 mai 2026

The Minister of Public Health, Prof. Hanitra Rasoanirina Razafindrakoto, officially launched today in Toamasina the national follow-up campaign against measles, which aims to vaccinate 4.2 million Malagasy children aged 9 months to 14 years.

The ceremony was attended by the Governor of Atsinanana Region, Mr. Andriamanjato Fenosoa Rakotonirina, the Representative of the World Health Organization (WHO) in Madagascar, Dr. Kwaku Mensah-Bonsu, and the UNICEF Representative, Ms. Ingrid Sæbø Halvorsen. The campaign is financed with the support of Gavi, the Vaccine Alliance.

Dr. Rakotomalala Haja Nirina, Director of Vaccination at the Ministry of Public Health, explained that mobile teams will reach remote communes in the districts of Vatomandry and Mahanoro. Dr. Mensah-Bonsu praised the commitment of community health workers.

The campaign will last ten days.`,
    expected: {
      date: '2026-05-04',
      people: [
        ['Hanitra Rasoanirina Razafindrakoto', 'MG'],
        ['Andriamanjato Fenosoa Rakotonirina', 'MG'],
        ['Kwaku Mensah-Bonsu', null],
        ['Ingrid Sæbø Halvorsen', null],
        ['Rakotomalala Haja Nirina', 'MG'],
      ],
      countries: ['MG'],
      blocs: [],
      events: [],
      organizations: [
        'World Health Organization (WHO)',
        'UNICEF',
        'Gavi, the Vaccine Alliance',
        'Ministry of Public Health',
      ],
      places: ['Atsinanana Region', 'Antananarivo', 'Toamasina', 'Vatomandry', 'Mahanoro'],
    },
  },
  {
    id: 'm9-ng-teacher-training',
    text: `Home > News > Press Releases
FG, British Council launch teacher-training partnership in three states

Abuja, 11 November 2025 – The Honourable Minister of Education, Prof. Adebayo Olumide Ogunleye, has flagged off a three-year partnership between the Federal Ministry of Education and the British Council to train 20,000 primary school teachers in Kano State, Enugu State and Oyo State.

Speaking at the ceremony, the Minister said the programme would focus on foundational literacy and numeracy. The Permanent Secretary, Dr. (Mrs.) Chinwe Nneka Okafor, explained that training hubs would be set up in colleges of education in the three states.

The Country Director of the British Council in Nigeria, Ms. Fiona Macpherson-Lyle, said the partnership built on thirty years of cooperation with Nigerian schools. The Vice-Chancellor of the University of Nigeria, Nsukka, Prof. Emeka Chukwuemeka Nwosu, announced that the university would evaluate the results.

Also present were Alhaji Usman Bello Danjuma, Commissioner for Education, Kano State, and Engr. Oluwaseun Adeyemi-Bakare, Executive Secretary of the Universal Basic Education Commission (UBEC).

Signed:
Folasade Ibironke Adewale
Director, Press and Public Relations`,
    expected: {
      date: '2025-11-11',
      people: [
        ['Adebayo Olumide Ogunleye', 'NG'],
        ['Chinwe Nneka Okafor', 'NG'],
        ['Fiona Macpherson-Lyle', 'GB'],
        ['Emeka Chukwuemeka Nwosu', 'NG'],
        ['Usman Bello Danjuma', 'NG'],
        ['Oluwaseun Adeyemi-Bakare', 'NG'],
        ['Folasade Ibironke Adewale', 'NG'],
      ],
      countries: ['GB', 'NG'],
      blocs: [],
      events: [],
      organizations: [
        'British Council',
        'Federal Ministry of Education',
        'University of Nigeria, Nsukka',
        'Universal Basic Education Commission (UBEC)',
      ],
      places: ['Abuja', 'Kano State', 'Enugu State', 'Oyo State', 'Nsukka'],
    },
  },
  {
    id: 'm9-kh-maff-jica-rice-seed',
    text: `Home > News
MAFF and JICA launch rice seed project in Battambang and Pursat

Phnom Penh, 08 January 2026

H.E. Dr. Dith Sovanndara, Minister of Agriculture, Forestry and Fisheries, presided over the launching ceremony of the Project for Strengthening Certified Rice Seed Production, implemented by the Ministry of Agriculture, Forestry and Fisheries (MAFF) with technical cooperation from the Japan International Cooperation Agency (JICA).

The five-year project will support seed producer groups in Battambang and Pursat provinces and the laboratories of the Cambodian Agricultural Research and Development Institute (CARDI). Lok Chumteav Hem Sreypov, Secretary of State, said the project would help Cambodian farmers obtain better prices for export-quality rice.

Mr. YAMADA Takeshi, Chief Representative of JICA Cambodia Office, and H.E. Mr. SUZUKI Kenta, Ambassador of Japan to Cambodia, also delivered remarks. Ambassador Suzuki said Japan was proud to accompany Cambodia's agricultural modernisation.`,
    expected: {
      date: '2026-01-08',
      people: [
        ['Dith Sovanndara', 'KH'],
        ['Hem Sreypov', 'KH'],
        ['Yamada Takeshi', 'JP'],
        ['Suzuki Kenta', 'JP'],
      ],
      countries: ['JP', 'KH'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Agriculture, Forestry and Fisheries (MAFF)',
        'Japan International Cooperation Agency (JICA)',
        'Cambodian Agricultural Research and Development Institute (CARDI)',
        'JICA Cambodia Office',
      ],
      places: ['Phnom Penh', 'Battambang', 'Pursat'],
    },
  },
  {
    id: 'm9-bt-india-energy-committee',
    text: `Home > Press Release
Bhutan and India review hydropower cooperation

Ministry of Energy and Natural Resources

Press Release No. MoENR/PR/2026/07

Thimphu, 19.02.2026

The 11th meeting of the Bhutan-India Joint Steering Committee on Energy Cooperation was held in Thimphu today. The Bhutanese delegation was led by Karma Tshewang Namgyel, Secretary of the Ministry of Energy and Natural Resources, and the Indian delegation by Shri R. K. Venkataraman, Additional Secretary, Ministry of Power of India.

The Committee reviewed the construction of the Gongri hydroelectric project in Mongar, the cross-border transmission lines and the power purchase arrangements for the coming winter. Dasho Ugyen Tenzin Dorji, Managing Director of Druk Green Power Corporation Limited (DGPC), briefed the meeting on the progress of works.

The Ambassador of India to Bhutan, Smt. Sudha Ramaswamy, also attended. Mr. Venkataraman reaffirmed India's commitment to purchasing surplus power from Bhutan.`,
    expected: {
      date: '2026-02-19',
      people: [
        ['Karma Tshewang Namgyel', 'BT'],
        ['R. K. Venkataraman', 'IN'],
        ['Ugyen Tenzin Dorji', 'BT'],
        ['Sudha Ramaswamy', 'IN'],
      ],
      countries: ['BT', 'IN'],
      blocs: [],
      events: ['11th meeting of the Bhutan-India Joint Steering Committee on Energy Cooperation'],
      organizations: [
        'Ministry of Energy and Natural Resources',
        'Bhutan-India Joint Steering Committee on Energy Cooperation',
        'Ministry of Power of India',
        'Druk Green Power Corporation Limited (DGPC)',
      ],
      places: ['Thimphu', 'Mongar'],
    },
  },
  {
    id: 'm9-am-tourism-tehran-exhibition',
    text: `Home > News
Armenia presents new routes at tourism exhibition in Tehran

Yerevan, 12 February 2026

By Lilit Harutyunyan, Press Officer

The Tourism Committee of Armenia took part in the 19th International Tourism and Handicrafts Exhibition held in Tehran, presenting new hiking and wine routes in Syunik Province, including Goris and Meghri.

At the Armenian pavilion, the Chairman of the Tourism Committee, Hayk Ter-Grigoryan, met with Mohammad-Hossein Rahimi Ardestani, Deputy Minister of Cultural Heritage, Tourism and Handicrafts of Iran. The sides discussed simplified group travel and the resumption of seasonal flights between Yerevan and Isfahan, to be operated by Ararat Skyways.

Mr. Ter-Grigoryan said that Iranian visitors remain among the most numerous in Armenia during the Nowruz holidays. Grigor Arakelyan, Ambassador of Armenia to Iran, visited the pavilion on the opening day.`,
    expected: {
      date: '2026-02-12',
      people: [
        ['Lilit Harutyunyan', 'AM'],
        ['Hayk Ter-Grigoryan', 'AM'],
        ['Mohammad-Hossein Rahimi Ardestani', 'IR'],
        ['Grigor Arakelyan', 'AM'],
      ],
      countries: ['AM', 'IR'],
      blocs: [],
      events: ['19th International Tourism and Handicrafts Exhibition'],
      organizations: ['Tourism Committee of Armenia', 'Ararat Skyways'],
      places: ['Yerevan', 'Tehran', 'Syunik Province', 'Goris', 'Meghri', 'Isfahan'],
    },
  },
  {
    id: 'm9-cv-lusophone-film-week-no-people',
    text: `Home > Cultura > Notícias
Mindelo to host the III Lusophone Film Week

Praia, 12 de maio de 2026

The Ministry of Culture and Creative Industries announces that the III Lusophone Film Week will take place in Mindelo, on the island of São Vicente, with films from Angola, Brazil, Guinea-Bissau, Mozambique, Portugal, São Tomé and Príncipe, Timor-Leste and Cabo Verde.

The event is co-organised with Camões – Institute for Cooperation and Language and the Municipal Chamber of São Vicente, under the cultural programme of the Community of Portuguese Language Countries (CPLP). Screenings will be held in open-air venues and schools, and a training workshop for young Cape Verdean filmmakers will take place at the same time.

Accreditation requests from the press should be sent to the ministry's communication office before the end of the month.`,
    expected: {
      date: '2026-05-12',
      people: [],
      countries: ['AO', 'BR', 'CV', 'GW', 'MZ', 'PT', 'ST', 'TL'],
      blocs: ['CPLP'],
      events: ['III Lusophone Film Week'],
      organizations: [
        'Ministry of Culture and Creative Industries',
        'Camões – Institute for Cooperation and Language',
        'Municipal Chamber of São Vicente',
      ],
      places: ['Mindelo', 'Praia', 'São Vicente'],
    },
  },
  {
    id: 'm9-th-korea-synchrotron-mou',
    text: `Home > News > Press Release
Thailand and Korea sign MoU on synchrotron research

Ministry of Higher Education, Science, Research and Innovation

No. 212/2569

Bangkok, 27 August B.E. 2569 (2026)

Prof. Dr. Supachai Rattanawongsakul, Minister of Higher Education, Science, Research and Innovation, witnessed the signing of a memorandum of understanding between the Synchrotron Light Research Institute (SLRI) in Nakhon Ratchasima and the Pohang Accelerator Laboratory (PAL) of the Republic of Korea.

The MoU was signed by Assoc. Prof. Dr. Kanokwan Srisuk-Phromma, Director of SLRI, and Dr. Park Ji-hoon, Director of PAL. It provides for joint beamline development, staff exchanges and training for Thai doctoral students in Pohang.

The ceremony was attended by H.E. Mr. Yoon Hae-jin, Ambassador of the Republic of Korea to Thailand. Minister Supachai said the partnership would help Thai industry in the fields of batteries and advanced materials.`,
    expected: {
      date: '2026-08-27',
      people: [
        ['Supachai Rattanawongsakul', 'TH'],
        ['Kanokwan Srisuk-Phromma', 'TH'],
        ['Park Ji-hoon', 'KR'],
        ['Yoon Hae-jin', 'KR'],
      ],
      countries: ['KR', 'TH'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Higher Education, Science, Research and Innovation',
        'Synchrotron Light Research Institute (SLRI)',
        'Pohang Accelerator Laboratory (PAL)',
      ],
      places: ['Bangkok', 'Nakhon Ratchasima', 'Pohang'],
    },
  },
  {
    id: 'm9-kutaisi-poltava-twinning',
    text: `Home > City News
Kutaisi and Poltava sign twinning agreement

Kutaisi City Hall

15 May 2026

The Mayor of Kutaisi, Zurab Tsiklauri, and the Mayor of Poltava, Mykola Petrovych Onyshchenko, today signed an agreement establishing twin-city relations between the Georgian and Ukrainian cities.

The agreement covers cooperation in education, culture, urban transport and the reconstruction of municipal infrastructure. Under the agreement, Kutaisi International University will offer summer courses to students from Poltava, and the Poltava City Council will send a delegation of young athletes to Kutaisi in July.

Deputy Mayor Tamar Abashidze said that the people of Kutaisi had welcomed hundreds of Ukrainian families over the past years. Mayor Onyshchenko thanked the Georgian people for their solidarity.`,
    expected: {
      date: '2026-05-15',
      people: [
        ['Zurab Tsiklauri', 'GE'],
        ['Mykola Petrovych Onyshchenko', 'UA'],
        ['Tamar Abashidze', 'GE'],
      ],
      countries: ['GE', 'UA'],
      blocs: [],
      events: [],
      organizations: ['Kutaisi City Hall', 'Kutaisi International University', 'Poltava City Council'],
      places: ['Kutaisi', 'Poltava'],
    },
  },
  {
    id: 'm9-sindh-guangdong-delegation',
    text: `Home > Latest News
Chief Minister Sindh receives delegation from Guangdong Province

Karachi, Monday, December 1, 2025

Chief Minister of Sindh Ghulam Qadir Soomro received a high-level delegation from Guangdong Province, led by its Vice Governor, Ms. Chen Xiaoyan, at the Chief Minister House.

The Chief Minister said that Sindh was ready to offer land and incentives to Chinese companies in the special economic zones under the China-Pakistan Economic Corridor, and briefed the visitors on the Tharparkar coal projects and the planned deep-sea port at Keti Bandar.

Ms. Chen said that companies from the province were interested in garments, solar panels and fisheries processing in Karachi. The Chairperson of the Sindh Board of Investment, Nazia Baloch-Khuhro, proposed a joint working group with the Department of Commerce of Guangdong Province.

The Consul General of China in Karachi, Mr. Gu Wenbo, was also present.`,
    expected: {
      date: '2025-12-01',
      people: [
        ['Ghulam Qadir Soomro', 'PK'],
        ['Chen Xiaoyan', 'CN'],
        ['Nazia Baloch-Khuhro', 'PK'],
        ['Gu Wenbo', 'CN'],
      ],
      countries: ['CN', 'PK'],
      blocs: [],
      events: [],
      organizations: ['Sindh Board of Investment', 'Department of Commerce of Guangdong Province'],
      places: ['Sindh', 'Guangdong Province', 'Karachi', 'Tharparkar', 'Keti Bandar'],
    },
  },
  {
    id: 'm9-kz-embassy-saved-page-undated',
    text: `Home > Consular Services > News
Visa-free regime extended for citizens of Malaysia and Brunei Darussalam

Print version | Share: Facebook X Telegram | Views: 1342

The Embassy of the Republic of Kazakhstan in Kuala Lumpur informs that the visa-free regime for citizens of Malaysia and Brunei Darussalam has been extended. Citizens of both countries may stay in Kazakhstan without a visa for up to 30 days from the date of each entry.

Travellers are advised to register with the migration police if they stay in one place for more than five days, and to carry proof of return travel. Direct flights to Almaty and Astana continue to operate several times a week.

For questions on business and work permits, please contact the consular section of the Embassy by e-mail.

Back to top
Related news
Kazakh language courses open for the diplomatic community
New e-visa portal launched

© All rights reserved.`,
    expected: {
      date: null,
      people: [],
      countries: ['BN', 'KZ', 'MY'],
      blocs: [],
      events: [],
      organizations: ['Embassy of the Republic of Kazakhstan in Kuala Lumpur'],
      places: ['Kuala Lumpur', 'Almaty', 'Astana'],
    },
  },
];
