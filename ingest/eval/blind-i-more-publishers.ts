import type { EvalCase } from './eval-set';

/**
 * Blind I (more publishers): 42 announcements written for this project on 2026-12-01, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: English-language releases from mainland
 * Southeast Asian, Philippine, South Asian, post-Soviet, Turkish, Israeli and Mongolian ministries; SICA, CAN,
 * Arab League, OIC, GCC, Commonwealth, Francophonie and Pacific Islands Forum communiqués; science, statistics,
 * space and university notices; embassy and consulate releases; parliament, governor, mayor and city-twinning
 * releases; Q&A transcripts, a speech "check against delivery", photo captions, a weekly agenda; saved web pages
 * with navigation and footers. Mixed date formats (B.E. and Bikram Sambat years, dd/mm/yyyy, dd.mm.yyyy, ISO,
 * RFC-style, date only in the closing line).
 * Held out: printed beside the tuning sets, never used to change rules (nobody who changes the rules reads it).
 * FIRST RUN, on main at 75a64d9 (after the fifth round, before the sixth):
 *   people         P 0.922 R 0.928 F1 0.925 (154/13/12)
 *   countries      P 0.962 R 1.000 F1 0.980 (125/5/0)
 *   blocs          P 1.000 R 0.529 F1 0.692 (9/0/8)
 *   events         P 0.875 R 0.778 F1 0.824 (35/5/10)
 *   organizations  P 0.750 R 0.682 F1 0.714 (75/25/35)
 *   places         P 0.932 R 0.719 F1 0.812 (110/8/43)
 *   date accuracy 0.952; person country acc. 0.766
 * After the sixth round (tuned on blind H; its author never read this set): every figure the same.
 */
export const BLIND_I: EvalCase[] = [
  {
    id: 'i-th-mfa-lao-joint-commission',
    text: `Home > Press Releases
Thai and Lao Foreign Ministers Review Progress on Mekong Border Connectivity

Bangkok, 5 March 2026 (B.E. 2569)

On 4 March 2026, Mr. Thanakorn Siriwattana, Minister of Foreign Affairs of Thailand, welcomed H.E. Mr. Souliyavong Keomany, Minister of Foreign Affairs of the Lao People's Democratic Republic, at Saranrom Palace in Bangkok for the 4th Meeting of the Thai-Lao Joint Commission on Bilateral Cooperation.

Both ministers reviewed the construction of the Fifth Thai-Lao Friendship Bridge linking Bueng Kan Province and Bolikhamxay Province, which is expected to open to traffic in 2027, and agreed to task the Thailand International Cooperation Agency (TICA) and the Lao Ministry of Public Works and Transport with a joint study on a cross-border logistics hub near Nakhon Phanom.

Khun Thanakorn noted that bilateral trade reached a record level in 2025 and invited the Lao side to take part in the Thai-Lao Trade and Investment Fair 2026, to be held in Chiang Rai in June.

Caption: Khun Thanakorn Siriwattana (right) and H.E. Souliyavong Keomany (left) exchange the signed minutes of the meeting. Photo: Khun Pimchanok Rattanapong, Department of Information, Ministry of Foreign Affairs of Thailand.`,
    expected: {
      date: '2026-03-05',
      people: [
        ['Thanakorn Siriwattana', 'TH'],
        ['Souliyavong Keomany', 'LA'],
        ['Pimchanok Rattanapong', 'TH'],
      ],
      countries: ['LA', 'TH'],
      blocs: [],
      events: [
        '4th Meeting of the Thai-Lao Joint Commission on Bilateral Cooperation',
        'Thai-Lao Trade and Investment Fair 2026',
      ],
      organizations: [
        'Thailand International Cooperation Agency (TICA)',
        'Lao Ministry of Public Works and Transport',
        'Department of Information',
        'Ministry of Foreign Affairs of Thailand',
      ],
      places: ['Bangkok', 'Bueng Kan Province', 'Bolikhamxay Province', 'Nakhon Phanom', 'Chiang Rai'],
    },
  },
  {
    id: 'i-la-embassy-closure-notice',
    text: `Notice on the Temporary Closure of the Embassy of the Lao PDR in Hanoi

Vientiane, 18/04/2026

The Ministry of Foreign Affairs of the Lao PDR wishes to inform that the Embassy of the Lao PDR in Hanoi will be closed from 20 to 22 April 2026 for the public holidays. Consular services for Lao citizens in Viet Nam will resume on 23 April 2026.

For urgent matters, please contact the duty officer at +856 21 000 000.`,
    expected: {
      date: '2026-04-18',
      people: [],
      countries: ['LA', 'VN'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Foreign Affairs of the Lao PDR', 'Embassy of the Lao PDR in Hanoi'],
      places: ['Hanoi', 'Vientiane'],
    },
  },
  {
    id: 'i-kh-nz-official-visit',
    text: `PRESS RELEASE: Official Visit of the Minister of Foreign Affairs of New Zealand to the Kingdom of Cambodia

PRESS RELEASE

Phnom Penh, 9 February 2026

At the invitation of H.E. Sok Vannarith, Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia, Hon. Fiona Laidlaw-Reeve, Minister of Foreign Affairs of New Zealand, paid an official visit to Cambodia from 7 to 9 February 2026.

On 8 February, Hon. Laidlaw-Reeve paid a courtesy call on Samdech Moha Bovor Thipadei Chea Sophanith, Prime Minister of the Kingdom of Cambodia, at the Peace Palace. Samdech Thipadei welcomed the visit as a sign of the growing friendship between the two countries.

The Prime Minister thanked New Zealand for its long-standing support to the Cambodian Mine Action and Victim Assistance Authority (CMAA) and for scholarships offered to Cambodian students under the Manaaki New Zealand Scholarships programme.

During the bilateral meeting that followed, H.E. Sok Vannarith and Hon. Laidlaw-Reeve reviewed cooperation in trade, agriculture, education and tourism, and agreed to explore direct air links between the two countries.

The two ministers noted with satisfaction that 2026 marks the tenth year of operation of the New Zealand Embassy in Phnom Penh.

On regional matters, both sides reaffirmed their commitment to ASEAN centrality and looked forward to the 30th ASEAN-New Zealand Dialogue, to be held later this year.

On 9 February, Hon. Laidlaw-Reeve travelled to Siem Reap, where she was briefed by H.E. Dr. Keo Rathana, Director General of the APSARA National Authority, on heritage conservation. She also visited a demining site in Battambang Province accompanied by Mr. Heng Sokunthea, Director-General of the CMAA.

In the presence of the two ministers, H.E. Ouk Phalla, Secretary of State of the Ministry of Foreign Affairs and International Cooperation, and the New Zealand Ambassador signed an Arrangement on a Working Holiday Scheme.

Hon. Laidlaw-Reeve extended an invitation to H.E. Sok Vannarith to visit Wellington at a mutually convenient time, which was accepted with pleasure.`,
    expected: {
      date: '2026-02-09',
      people: [
        ['Sok Vannarith', 'KH'],
        ['Fiona Laidlaw-Reeve', 'NZ'],
        ['Chea Sophanith', 'KH'],
        ['Keo Rathana', 'KH'],
        ['Heng Sokunthea', 'KH'],
        ['Ouk Phalla', 'KH'],
      ],
      countries: ['KH', 'NZ'],
      blocs: ['ASEAN'],
      events: ['30th ASEAN-New Zealand Dialogue'],
      organizations: [
        'Cambodian Mine Action and Victim Assistance Authority (CMAA)',
        'New Zealand Embassy in Phnom Penh',
        'APSARA National Authority',
        'Ministry of Foreign Affairs and International Cooperation',
      ],
      places: ['Phnom Penh', 'Siem Reap', 'Battambang Province', 'Wellington'],
    },
  },
  {
    id: 'i-mm-health-measles-campaign',
    text: `Home > News > Press Releases
Measles-Rubella Vaccination Drive Launched in Nay Pyi Taw

Nay Pyi Taw, 2026-02-14

The Ministry of Health of Myanmar launched a nationwide measles-rubella vaccination drive for children aged nine months to five years at a ceremony held in Nay Pyi Taw this morning.

Union Minister for Health U Kyaw Zin Oo said that more than four million children would be reached in all states and regions by the end of March. He was joined by Dr. Daw Hnin Ei Phyu, Director-General of the Department of Public Health, and U Aung Ko Latt, Chief Minister of Mandalay Region.

Dr. Mariam Osei, WHO Representative to Myanmar, and Mr. Tomasz Wierzbicki, UNICEF Representative, praised the preparations, noting that the World Health Organization (WHO) and UNICEF had supplied cold-chain equipment with funding from Gavi, the Vaccine Alliance.

Daw Hnin Ei Phyu added that mobile teams would be deployed to hard-to-reach townships in Shan State and Chin State.`,
    expected: {
      date: '2026-02-14',
      people: [
        ['Kyaw Zin Oo', 'MM'],
        ['Hnin Ei Phyu', 'MM'],
        ['Aung Ko Latt', 'MM'],
        ['Mariam Osei', null],
        ['Tomasz Wierzbicki', null],
      ],
      countries: ['MM'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Health of Myanmar',
        'Department of Public Health',
        'World Health Organization (WHO)',
        'UNICEF',
        'Gavi, the Vaccine Alliance',
      ],
      places: ['Nay Pyi Taw', 'Mandalay Region', 'Shan State', 'Chin State'],
    },
  },
  {
    id: 'i-ph-dfa-seafarers-typhoon',
    text: `Home > News > Press Releases
DFA Coordinates Assistance to Filipino Seafarers of Stranded Vessel after Typhoon Dante

17 March 2026

The Department of Foreign Affairs (DFA) is coordinating the repatriation of 19 Filipino seafarers of the Panama-flagged bulk carrier MV Lapu-Lapu Star, which sought shelter off the coast of Japan during Typhoon Dante.

Foreign Affairs Secretary Ma. Teresa Alcantara-Reyes instructed the Philippine Embassy in Tokyo to extend all possible assistance. "Our seafarers and their families are our first concern," Sec. Alcantara-Reyes said.

Undersecretary for Migrant Affairs Eduardo "Edong" Salvador Jr. met the families of the crew in General Santos City and Iloilo City on Monday, together with representatives of the Overseas Workers Welfare Administration (OWWA). Usec. Salvador assured the families that all 19 seafarers are safe.

Philippine Ambassador to Japan Cristina Lagman-Dizon thanked Captain Hiroshi Tanabe of the Japan Coast Guard for the rescue operation conducted near Kagoshima.

Asec. Jose Emmanuel R. Villanueva III of the Office of Consular Affairs said that the seafarers are expected to arrive in Manila on 21 March 2026.`,
    expected: {
      date: '2026-03-17',
      people: [
        ['Ma. Teresa Alcantara-Reyes', 'PH'],
        ['Eduardo Salvador Jr.', 'PH'],
        ['Cristina Lagman-Dizon', 'PH'],
        ['Hiroshi Tanabe', 'JP'],
        ['Jose Emmanuel R. Villanueva III', 'PH'],
      ],
      countries: ['JP', 'PA', 'PH'],
      blocs: [],
      events: [],
      organizations: [
        'Department of Foreign Affairs (DFA)',
        'Philippine Embassy in Tokyo',
        'Overseas Workers Welfare Administration (OWWA)',
        'Japan Coast Guard',
        'Office of Consular Affairs',
      ],
      places: ['Tokyo', 'General Santos City', 'Iloilo City', 'Kagoshima', 'Manila'],
    },
  },
  {
    id: 'i-bd-mofa-unhcr-call',
    text: `Foreign Minister Receives UNHCR Assistant High Commissioner

PRESS RELEASE

Dhaka, 22 January 2026

Foreign Minister Dr. Mahbubul Alam Chowdhury received Ms. Ingrid Solheim-Nakamura, Assistant High Commissioner for Operations of the Office of the United Nations High Commissioner for Refugees (UNHCR), at the Ministry of Foreign Affairs of Bangladesh today.

The Foreign Minister stressed that the sustainable and voluntary return of the Rohingya to Myanmar remains the only solution to the crisis, and urged the international community to maintain humanitarian funding for the camps in Cox's Bazar.

Ms. Solheim-Nakamura appreciated Bangladesh's generosity and said that she had visited Ukhiya and Teknaf earlier in the week.

Foreign Secretary Nasrin Akhter Jahan briefed the visiting delegation on preparations for the Dhaka Regional Consultation on Durable Solutions 2026, scheduled for 15 April 2026.`,
    expected: {
      date: '2026-01-22',
      people: [
        ['Mahbubul Alam Chowdhury', 'BD'],
        ['Ingrid Solheim-Nakamura', null],
        ['Nasrin Akhter Jahan', 'BD'],
      ],
      countries: ['BD', 'MM'],
      blocs: [],
      events: ['Dhaka Regional Consultation on Durable Solutions 2026'],
      organizations: [
        'Office of the United Nations High Commissioner for Refugees (UNHCR)',
        'Ministry of Foreign Affairs of Bangladesh',
      ],
      places: ['Dhaka', "Cox's Bazar", 'Ukhiya', 'Teknaf'],
    },
  },
  {
    id: 'i-np-mofa-power-trade-bs-date',
    text: `Ministry of Foreign Affairs > Press Releases
Press Release on the Fifth Meeting of the Nepal-Bangladesh Joint Working Group on Power Trade

Kathmandu, 14 Falgun 2082 BS (26 February 2026)

The Fifth Meeting of the Nepal-Bangladesh Joint Working Group on Power Trade was held in Kathmandu on 24-25 February 2026.

The Nepali delegation was led by Mr. Kamal Raj Bhattarai, Joint Secretary at the Ministry of Energy, Water Resources and Irrigation, and the Bangladesh delegation by Mr. Md. Shafiqul Islam Sarkar, Additional Secretary of the Power Division.

The meeting reviewed the export of 40 megawatts of electricity from Nepal to Bangladesh through Indian territory via the Dhalkebar-Muzaffarpur line and discussed a long-term agreement between the Nepal Electricity Authority (NEA) and the Bangladesh Power Development Board (BPDB).

The two sides agreed to hold the sixth meeting in Dhaka later this year.`,
    expected: {
      date: '2026-02-26',
      people: [
        ['Kamal Raj Bhattarai', 'NP'],
        ['Md. Shafiqul Islam Sarkar', 'BD'],
      ],
      countries: ['BD', 'IN', 'NP'],
      blocs: [],
      events: ['Fifth Meeting of the Nepal-Bangladesh Joint Working Group on Power Trade'],
      organizations: [
        'Ministry of Energy, Water Resources and Irrigation',
        'Power Division',
        'Nepal Electricity Authority (NEA)',
        'Bangladesh Power Development Board (BPDB)',
      ],
      places: ['Kathmandu', 'Dhalkebar', 'Muzaffarpur', 'Dhaka'],
    },
  },
  {
    id: 'i-lk-speech-maritime-dialogue',
    text: `Home > Media > Speeches
Keynote Address by the Minister of Foreign Affairs of Sri Lanka at the 7th Colombo Maritime Dialogue

Colombo, 10 March 2026

Check against delivery

Hon. Chandana Wijesekera, Minister of Foreign Affairs

Excellencies, distinguished guests, ladies and gentlemen,

Let me first thank Dr. Amara Senanayake, Executive Director of Sri Lanka's Lakshman Kadirgamar Institute for International Relations and Strategic Studies (LKI), for co-organising this dialogue with the Ministry of Foreign Affairs, and Rear Admiral Nalin Gunawardena of the Sri Lanka Navy for hosting our field visit to Trincomalee tomorrow.

I am also pleased to see my good friend Ambassador Haruto Fujimaki of Japan, whose country has supported our coast guard with two offshore patrol vessels.

The Indian Ocean is not a lake that belongs to any one power. For Sri Lanka, as for our neighbours India, the Maldives and Bangladesh, freedom of navigation and the protection of undersea cables are matters of daily livelihood.

As the incoming chair of the Indian Ocean Rim Association (IORA), Sri Lanka will place maritime safety and the blue economy at the heart of its agenda.

Thank you.`,
    expected: {
      date: '2026-03-10',
      people: [
        ['Chandana Wijesekera', 'LK'],
        ['Amara Senanayake', 'LK'],
        ['Nalin Gunawardena', 'LK'],
        ['Haruto Fujimaki', 'JP'],
      ],
      countries: ['BD', 'IN', 'JP', 'LK', 'MV'],
      blocs: ['IORA'],
      events: ['7th Colombo Maritime Dialogue'],
      organizations: [
        'Lakshman Kadirgamar Institute for International Relations and Strategic Studies (LKI)',
        'Ministry of Foreign Affairs',
        'Sri Lanka Navy',
      ],
      places: ['Colombo', 'Trincomalee'],
    },
  },
  {
    id: 'i-pk-weekly-briefing-transcript',
    text: `Ministry of Foreign Affairs > Press Briefings
Transcript of the Weekly Press Briefing by the Spokesperson, Ambassador Sadia Rehman Qureshi

Thursday, 12 March 2026

Spokesperson (Ambassador Sadia Rehman Qureshi): Assalam-o-Alaikum. Welcome to the weekly briefing here in Islamabad.

Deputy Prime Minister and Foreign Minister Senator Tariq Mahmood Awan will travel to Baku on 16 March to attend the 28th Meeting of the ECO Council of Ministers. On the sidelines, he will hold a bilateral meeting with Azerbaijani Foreign Minister Elnur Gasimov.

Pakistan's Special Envoy on Afghanistan, Ambassador Khalid Nawaz Baloch, visited Kabul earlier this week and held talks with Afghan officials on border trade.

Question: Is there any progress on the investigation into the attack on Chinese engineers near Gwadar?

Spokesperson: Pakistan is in close contact with the Chinese side. The safety of Chinese nationals is a top priority, and the investigation is proceeding. I will not comment further at this stage.

Question: Will the Foreign Minister meet his Afghan counterpart in Baku?

Spokesperson: No such meeting is scheduled at the moment.

Thank you.`,
    expected: {
      date: '2026-03-12',
      people: [
        ['Sadia Rehman Qureshi', 'PK'],
        ['Tariq Mahmood Awan', 'PK'],
        ['Elnur Gasimov', 'AZ'],
        ['Khalid Nawaz Baloch', 'PK'],
      ],
      countries: ['AF', 'AZ', 'CN', 'PK'],
      blocs: ['ECO'],
      events: ['28th Meeting of the ECO Council of Ministers'],
      organizations: [],
      places: ['Islamabad', 'Baku', 'Kabul', 'Gwadar'],
    },
  },
  {
    id: 'i-mv-presidents-office-tourism-act',
    text: `President Ratifies Amendment to the Maldives Tourism Act

Malé, 3 May 2026

The President today ratified the Ninth Amendment to the Maldives Tourism Act, passed by the People's Majlis on 28 April 2026.

The amendment simplifies the registration of guesthouses on inhabited islands and extends tax relief administered by the Maldives Inland Revenue Authority (MIRA) to new tourist establishments in Addu City and Fuvahmulah City.

The Act will be published in the Government Gazette and enter into force on 1 July 2026.`,
    expected: {
      date: '2026-05-03',
      people: [],
      countries: ['MV'],
      blocs: [],
      events: [],
      organizations: ["People's Majlis", 'Maldives Inland Revenue Authority (MIRA)'],
      places: ['Malé', 'Addu City', 'Fuvahmulah City'],
    },
  },
  {
    id: 'i-ru-mfa-interview-izvestia',
    text: `Ministry of Foreign Affairs of the Russian Federation > Press service > Interviews
Interview of Deputy Minister of Foreign Affairs Andrei Kuzmichev to the newspaper Izvestia, 3 April 2026

Question: Mr. Kuzmichev, thank you for finding time for Izvestia. How would you assess the state of relations within the Commonwealth of Independent States (CIS) today?

Andrei Kuzmichev: Despite external pressure, cooperation within the CIS and the Collective Security Treaty Organisation (CSTO) is developing steadily. Last month in Dushanbe I had detailed consultations with my Kazakh counterpart, Deputy Foreign Minister Aibek Tursunbayev, and with our Armenian colleagues.

Question: Is Russia planning new initiatives in the region?

Andrei Kuzmichev: We will present proposals on transport corridors at the Primakov Readings in June, and the Kazan Forum will again bring together partners from the Islamic world.

Question: There are reports about a new visa regime with Kyrgyzstan.

Andrei Kuzmichev: Those reports are inaccurate. Citizens of Kyrgyzstan continue to enter Russia without visas.`,
    expected: {
      date: '2026-04-03',
      people: [
        ['Andrei Kuzmichev', 'RU'],
        ['Aibek Tursunbayev', 'KZ'],
      ],
      countries: ['AM', 'KG', 'KZ', 'RU'],
      blocs: ['CIS', 'CSTO'],
      events: ['Primakov Readings', 'Kazan Forum'],
      organizations: ['Izvestia'],
      places: ['Dushanbe', 'Kazan'],
    },
  },
  {
    id: 'i-ua-mfa-moldova-odesa',
    text: `Ministry of Foreign Affairs of Ukraine > News
Foreign Ministers of Ukraine and Moldova discuss Danube navigation and European integration

05.03.2026 17:40

Minister of Foreign Affairs of Ukraine Oleksandr Hnatyshyn held talks in Odesa with Deputy Prime Minister, Minister of Foreign Affairs and European Integration of the Republic of Moldova Mihaela Rusnac.

The ministers discussed the restoration of navigation on the Danube near Izmail and Reni, the joint border checkpoint at Palanca, and the coordination of the two countries' accession negotiations with the EU.

"Ukraine and Moldova are moving to the European Union together, and our common border must become a border of opportunities," Oleksandr Hnatyshyn said.

Deputy Minister Yuliia Dovhaniuk and Head of the Odesa Regional State Administration Vasyl Melnychuk also took part in the meeting. The parties agreed to convene the Ukraine-Moldova Intergovernmental Commission on Economic Cooperation in Chișinău in May and to hold a joint session at the Ukraine Recovery Conference 2026.`,
    expected: {
      date: '2026-03-05',
      people: [
        ['Oleksandr Hnatyshyn', 'UA'],
        ['Mihaela Rusnac', 'MD'],
        ['Yuliia Dovhaniuk', 'UA'],
        ['Vasyl Melnychuk', 'UA'],
      ],
      countries: ['MD', 'UA'],
      blocs: ['EU'],
      events: ['Ukraine Recovery Conference 2026'],
      organizations: [
        'Odesa Regional State Administration',
        'Ukraine-Moldova Intergovernmental Commission on Economic Cooperation',
      ],
      places: ['Odesa', 'Izmail', 'Reni', 'Palanca', 'Chișinău'],
    },
  },
  {
    id: 'i-md-parliament-friendship-group-japan',
    text: `Parliament of the Republic of Moldova > Press releases
Moldova-Japan parliamentary friendship group meets Japanese delegation

Chișinău, 14.05.2026

The parliamentary friendship group with Japan, chaired by MP Ion Ciobanu, met today with a delegation of the House of Representatives of Japan led by Mr. Kenji Morikawa.

Ion Ciobanu thanked the Japanese side for the assistance provided through the Japan International Cooperation Agency (JICA) to hospitals in Bălți and Cahul. Ms. Doina Munteanu-Roșca, Chair of the Committee on Foreign Policy and European Integration, presented the reforms carried out by Moldova on its path to the European Union.

The meeting was also attended by the Ambassador of Japan to the Republic of Moldova, Ms. Ayako Shimizu.`,
    expected: {
      date: '2026-05-14',
      people: [
        ['Ion Ciobanu', 'MD'],
        ['Kenji Morikawa', 'JP'],
        ['Doina Munteanu-Roșca', 'MD'],
        ['Ayako Shimizu', 'JP'],
      ],
      countries: ['JP', 'MD'],
      blocs: ['EU'],
      events: [],
      organizations: [
        'House of Representatives of Japan',
        'Japan International Cooperation Agency (JICA)',
        'Committee on Foreign Policy and European Integration',
      ],
      places: ['Chișinău', 'Bălți', 'Cahul'],
    },
  },
  {
    id: 'i-kz-central-asia-foreign-ministers',
    text: `Kazakhstan Hosts Central Asian Foreign Ministers

Astana, 21 May 2026

The Seventh Consultative Meeting of the Ministers of Foreign Affairs of Central Asian States took place in Astana today, chaired by Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Zhaksybekov.

The meeting was attended by Minister of Foreign Affairs of Uzbekistan Bakhtiyor Normatov, Minister of Foreign Affairs of the Kyrgyz Republic Azamat Sultanaliev, Minister of Foreign Affairs of Tajikistan Farrukh Sharifzoda and Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan Merdan Atayev.

EU Special Representative for Central Asia Henrik Lindqvist and Ms. Ilona Vaskova, Special Representative of the UN Secretary-General and Head of the United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA), joined the afternoon session.

The ministers discussed water and energy cooperation in the Aral Sea basin, the development of the Trans-Caspian International Transport Route and preparations for the second Central Asia - European Union Summit, to be held in Samarkand in the autumn.

Minister Zhaksybekov invited his colleagues to the Astana International Forum 2026. A joint statement was adopted at the end of the meeting.`,
    expected: {
      date: '2026-05-21',
      people: [
        ['Yerlan Zhaksybekov', 'KZ'],
        ['Bakhtiyor Normatov', 'UZ'],
        ['Azamat Sultanaliev', 'KG'],
        ['Farrukh Sharifzoda', 'TJ'],
        ['Merdan Atayev', 'TM'],
        ['Henrik Lindqvist', null],
        ['Ilona Vaskova', null],
      ],
      countries: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
      blocs: ['EU'],
      events: [
        'Seventh Consultative Meeting of the Ministers of Foreign Affairs of Central Asian States',
        'second Central Asia - European Union Summit',
        'Astana International Forum 2026',
      ],
      organizations: ['United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)'],
      places: ['Astana', 'Samarkand'],
    },
  },
  {
    id: 'i-tr-mfa-somalia-visit',
    text: `Republic of Türkiye Ministry of Foreign Affairs > Press Releases
No: 47, 9 April 2026, Press Release Regarding the Visit of the Minister of Foreign Affairs of Somalia to Türkiye

Minister of Foreign Affairs of the Federal Republic of Somalia Abdirahman Hassan Warsame will pay an official visit to Türkiye on 10-12 April 2026 upon the invitation of Minister of Foreign Affairs of Türkiye Ayşe Gülten Karaoğlu.

During the talks to be held in Ankara, bilateral relations, the projects implemented in Somalia by the Turkish Cooperation and Coordination Agency (TİKA), counter-terrorism cooperation and preparations for the 4th Türkiye-Africa Partnership Summit will be discussed.

Minister Warsame is also expected to visit Istanbul, where he will meet Somali students and business people. Turkish Airlines flights between Istanbul and Mogadishu's Aden Adde International Airport will be increased to daily services as of May.`,
    expected: {
      date: '2026-04-09',
      people: [
        ['Abdirahman Hassan Warsame', 'SO'],
        ['Ayşe Gülten Karaoğlu', 'TR'],
      ],
      countries: ['SO', 'TR'],
      blocs: [],
      events: ['4th Türkiye-Africa Partnership Summit'],
      organizations: ['Turkish Cooperation and Coordination Agency (TİKA)', 'Turkish Airlines'],
      places: ['Ankara', 'Istanbul', 'Mogadishu'],
    },
  },
  {
    id: 'i-il-space-agency-italy',
    text: `Home > Ministry of Innovation, Science and Technology > Press Releases
Israel Space Agency and Italian Space Agency sign agreement on lunar research

Jerusalem, March 25th, 2026

The Israel Space Agency (ISA) and the Italian Space Agency (ASI) signed today an agreement for joint research on lunar dust and radiation, in the presence of Minister of Innovation, Science and Technology Yael Ben-Ami.

The agreement was signed by Dr. Amnon Shaked, Director of the Israel Space Agency, and Prof. Lorenzo Bellandi, President of the Italian Space Agency. Under the agreement, researchers from the Weizmann Institute of Science in Rehovot and the Technion - Israel Institute of Technology in Haifa will develop an instrument to be flown on an Italian lunar lander.

"This agreement strengthens the scientific bridge between Israel and Italy," said Minister Ben-Ami. The results will be presented at the 17th Ilan Ramon International Space Conference in January 2027.

From left: Dr. Amnon Shaked, Minister Yael Ben-Ami, Prof. Lorenzo Bellandi and Ambassador of Italy Giulia Ferraresi at the signing ceremony. (Photo: Noa Harel / Ministry of Innovation, Science and Technology)`,
    expected: {
      date: '2026-03-25',
      people: [
        ['Yael Ben-Ami', 'IL'],
        ['Amnon Shaked', 'IL'],
        ['Lorenzo Bellandi', 'IT'],
        ['Giulia Ferraresi', 'IT'],
        ['Noa Harel', 'IL'],
      ],
      countries: ['IL', 'IT'],
      blocs: [],
      events: ['17th Ilan Ramon International Space Conference'],
      organizations: [
        'Israel Space Agency (ISA)',
        'Italian Space Agency (ASI)',
        'Weizmann Institute of Science',
        'Technion - Israel Institute of Technology',
        'Ministry of Innovation, Science and Technology',
      ],
      places: ['Jerusalem', 'Rehovot', 'Haifa'],
    },
  },
  {
    id: 'i-mn-mfa-korea-consular',
    text: `Ministry of Foreign Affairs of Mongolia > News
Mongolia and the Republic of Korea hold 12th Consular Consultations

2026-06-08

The 12th Consular Consultations between Mongolia and the Republic of Korea were held in Ulaanbaatar on 5 June. The Mongolian delegation was headed by Ms. Dorjsuren Khulan, Director General of the Consular Department, and the Korean delegation by Mr. Park Jae-hyun, Director-General for Overseas Koreans and Consular Affairs.

The sides discussed the simplification of visa procedures for Mongolian citizens travelling to Seoul and Busan, the opening of a visa application centre in Erdenet, and cooperation with the Korea Immigration Service.

State Secretary Mr. Ganbold Tuvshinjargal received the Korean delegation. Ms. D. Khulan and Mr. Park agreed to hold the next round of consultations in Seoul in 2027.`,
    expected: {
      date: '2026-06-08',
      people: [
        ['Dorjsuren Khulan', 'MN'],
        ['Park Jae-hyun', 'KR'],
        ['Ganbold Tuvshinjargal', 'MN'],
      ],
      countries: ['KR', 'MN'],
      blocs: [],
      events: ['12th Consular Consultations between Mongolia and the Republic of Korea'],
      organizations: ['Consular Department', 'Korea Immigration Service'],
      places: ['Ulaanbaatar', 'Seoul', 'Busan', 'Erdenet'],
    },
  },
  {
    id: 'i-sica-council-communique',
    text: `SICA > Communications > Press Releases
Joint Communiqué of the LXII Meeting of the Council of Ministers of Foreign Affairs of SICA

San Salvador, El Salvador, 26 June 2026

The LXII Meeting of the Council of Ministers of Foreign Affairs of the Central American Integration System (SICA) was held today at the headquarters of the General Secretariat of the Central American Integration System (SG-SICA), under the pro tempore presidency of Guatemala.

The meeting was chaired by Mr. Rodrigo Estuardo Alvarado, Minister of Foreign Affairs of Guatemala, and attended by:

Belize: Hon. Marisol Castillo-Young, Minister of Foreign Affairs.
Costa Rica: Mr. Andrés Solano Villalobos, Minister of Foreign Affairs and Worship.
Dominican Republic: Mr. Héctor Manuel Peña, Deputy Minister for Foreign Policy.
El Salvador: Mr. Ernesto Quintanilla Bonilla, Minister of Foreign Affairs.
Honduras: Ms. Karla Yolanda Mejía, Vice-Minister of Foreign Affairs.
Nicaragua: Mr. Francisco Javier Obando, Ambassador, Permanent Representative to SICA.
Panama: Ms. Itzel Domínguez de la Guardia, Vice-Minister of Foreign Affairs.

The Secretary-General of SICA, Mr. Luis Fernando Arévalo Rosales, presented his report on the regional migration strategy and on the loan programme with the Central American Bank for Economic Integration (CABEI).

The Ministers welcomed the participation of an observer delegation of Mexico, and agreed to submit the draft declaration on climate resilience to the LVIII Summit of Heads of State and Government of SICA Member Countries, to be held in Antigua Guatemala in December 2026.

Minister Alvarado thanked the Government of El Salvador for its hospitality.`,
    expected: {
      date: '2026-06-26',
      people: [
        ['Rodrigo Estuardo Alvarado', 'GT'],
        ['Marisol Castillo-Young', 'BZ'],
        ['Andrés Solano Villalobos', 'CR'],
        ['Héctor Manuel Peña', 'DO'],
        ['Ernesto Quintanilla Bonilla', 'SV'],
        ['Karla Yolanda Mejía', 'HN'],
        ['Francisco Javier Obando', 'NI'],
        ['Itzel Domínguez de la Guardia', 'PA'],
        ['Luis Fernando Arévalo Rosales', null],
      ],
      countries: ['BZ', 'CR', 'DO', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV'],
      blocs: ['SICA'],
      events: [
        'LXII Meeting of the Council of Ministers of Foreign Affairs of the Central American Integration System (SICA)',
        'LVIII Summit of Heads of State and Government of SICA Member Countries',
      ],
      organizations: [
        'General Secretariat of the Central American Integration System (SG-SICA)',
        'Central American Bank for Economic Integration (CABEI)',
      ],
      places: ['San Salvador', 'Antigua Guatemala'],
    },
  },
  {
    id: 'i-can-roaming-review',
    text: `Andean Community > Press Room
Andean Community countries begin review of regional roaming rules

Lima, 2026-07-02

The General Secretariat of the Andean Community opened today in Lima the Andean Digital Connectivity Forum 2026, which brings together the telecommunications authorities of Bolivia, Colombia, Ecuador and Peru to review the Andean regulation on international roaming.

Secretary General of the Andean Community, Dr. Mariana Quispe Huamán, recalled that the elimination of roaming charges between the four member countries has saved users millions of dollars since its entry into force.

The opening session was attended by the Vice Minister of Telecommunications of Ecuador, Ing. Diego Larrea Cevallos; Colombia's Vice Minister of Digital Transformation, Catalina Ospina Restrepo; Bolivian Vice Minister of Telecommunications Wilfredo Mamani Choque; and Peru's Vice Minister of Communications, Rosa Elvira Tello.

The conclusions of the forum will be submitted to the Andean Committee of Telecommunications Authorities (CAATEL), which will meet in Quito in September.`,
    expected: {
      date: '2026-07-02',
      people: [
        ['Mariana Quispe Huamán', null],
        ['Diego Larrea Cevallos', 'EC'],
        ['Catalina Ospina Restrepo', 'CO'],
        ['Wilfredo Mamani Choque', 'BO'],
        ['Rosa Elvira Tello', 'PE'],
      ],
      countries: ['BO', 'CO', 'EC', 'PE'],
      blocs: ['Andean Community'],
      events: ['Andean Digital Connectivity Forum 2026'],
      organizations: [
        'General Secretariat of the Andean Community',
        'Andean Committee of Telecommunications Authorities (CAATEL)',
      ],
      places: ['Lima', 'Quito'],
    },
  },
  {
    id: 'i-arab-league-ministerial-session',
    text: `Arab League Council Concludes 166th Ministerial Session

Cairo, 8 September 2026

The 166th Ordinary Session of the Council of the League of Arab States at the Ministerial Level concluded today at the headquarters of the General Secretariat of the League of Arab States, chaired by Mr. Youssef Benkirane, Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates of the Kingdom of Morocco.

Secretary-General Dr. Hisham Abdel-Fattah Mansour told the ministers that the humanitarian situation in Sudan, particularly in El Fasher, required urgent collective action, and called for support to the reconstruction of southern Lebanon.

Iraqi Foreign Minister Haider Jassim al-Obeidi and Jordanian Minister of Foreign Affairs Nasser Khalil Haddad presented a joint draft resolution on Palestine, which was adopted unanimously.

Assistant Secretary-General Ambassador Salwa Rahim al-Tamimi briefed the Council on preparations for the 35th Arab Summit.`,
    expected: {
      date: '2026-09-08',
      people: [
        ['Youssef Benkirane', 'MA'],
        ['Hisham Abdel-Fattah Mansour', null],
        ['Haider Jassim al-Obeidi', 'IQ'],
        ['Nasser Khalil Haddad', 'JO'],
        ['Salwa Rahim al-Tamimi', null],
      ],
      countries: ['IQ', 'JO', 'LB', 'MA', 'PS', 'SD'],
      blocs: ['Arab League'],
      events: [
        '166th Ordinary Session of the Council of the League of Arab States at the Ministerial Level',
        '35th Arab Summit',
      ],
      organizations: ['General Secretariat of the League of Arab States'],
      places: ['Cairo', 'El Fasher'],
    },
  },
  {
    id: 'i-oic-vaccine-initiative',
    text: `OIC and Islamic Development Bank launch vaccine manufacturing initiative

Sun, 15 Mar 2026 09:00

Jeddah - The Organisation of Islamic Cooperation (OIC) and the Islamic Development Bank (IsDB) launched today a joint initiative to expand vaccine manufacturing capacity in OIC member states, on the eve of the 8th Islamic Conference of Health Ministers.

OIC Secretary General Abdoulaye Sow Diallo said the initiative would support regional producers such as the Institut Pasteur de Dakar. IsDB Vice-President Dr. Karim Benali Haddad announced a first financing window of 300 million dollars.

Senegal's Minister of Health and Social Action, Dr. Aminata Fall Ndiaye, and Indonesian Deputy Minister of Health Rizky Pratama welcomed the launch and offered to share their countries' experience.`,
    expected: {
      date: '2026-03-15',
      people: [
        ['Abdoulaye Sow Diallo', null],
        ['Karim Benali Haddad', null],
        ['Aminata Fall Ndiaye', 'SN'],
        ['Rizky Pratama', 'ID'],
      ],
      countries: ['ID', 'SN'],
      blocs: ['OIC'],
      events: ['8th Islamic Conference of Health Ministers'],
      organizations: ['Islamic Development Bank (IsDB)', 'Institut Pasteur de Dakar'],
      places: ['Jeddah', 'Dakar'],
    },
  },
  {
    id: 'i-gcc-ministerial-council',
    text: `GCC Ministerial Council holds its 165th Session

Riyadh, 12 November 2026

The 165th Session of the GCC Ministerial Council was held today at the headquarters of the GCC Secretariat General in Riyadh, chaired by Mr. Abdulaziz Saad Al-Mutairi, Minister of Foreign Affairs of the State of Kuwait, in the presence of GCC Secretary-General Mr. Faisal Mubarak Al-Hajri.

Taking part were Dr. Mariam Khalfan Al Shamsi, Minister of State of the United Arab Emirates; Dr. Yusuf Rashid Al Mannai, Undersecretary of the Ministry of Foreign Affairs of the Kingdom of Bahrain; Mr. Adel Mohammed Al-Ghamdi, Deputy Minister of Foreign Affairs of the Kingdom of Saudi Arabia; Mr. Khalid Saif Al-Rawahi, Undersecretary for Political Affairs of the Sultanate of Oman; and Mr. Sultan Ali Al-Kuwari, Minister of State for Foreign Affairs of the State of Qatar.

The Council reviewed relations with Iran and called for a negotiated solution to outstanding maritime issues. It also welcomed Bahrain's offer to host a regional panel at the Manama Dialogue 2026.

The Council approved the recommendations to be submitted to the 47th GCC Summit.`,
    expected: {
      date: '2026-11-12',
      people: [
        ['Abdulaziz Saad Al-Mutairi', 'KW'],
        ['Faisal Mubarak Al-Hajri', null],
        ['Mariam Khalfan Al Shamsi', 'AE'],
        ['Yusuf Rashid Al Mannai', 'BH'],
        ['Adel Mohammed Al-Ghamdi', 'SA'],
        ['Khalid Saif Al-Rawahi', 'OM'],
        ['Sultan Ali Al-Kuwari', 'QA'],
      ],
      countries: ['AE', 'BH', 'IR', 'KW', 'OM', 'QA', 'SA'],
      blocs: ['GCC'],
      events: ['165th Session of the GCC Ministerial Council', 'Manama Dialogue 2026', '47th GCC Summit'],
      organizations: ['GCC Secretariat General', 'Ministry of Foreign Affairs of the Kingdom of Bahrain'],
      places: ['Riyadh'],
    },
  },
  {
    id: 'i-commonwealth-education-ministers',
    text: `Commonwealth Secretariat > News
Education ministers agree Port Louis Action Plan on teacher shortages

17 May 2026

The 23rd Conference of Commonwealth Education Ministers (23CCEM) closed today in Port Louis, Mauritius, with the adoption of an action plan to address the shortage of qualified teachers across the Commonwealth.

The conference was chaired by Hon. Deepak Ramgoolam-Seetul, Minister of Education of Mauritius. Commonwealth Secretary-General Dr. Adaeze Okonkwo-Hart told delegates from more than 40 member countries that "no child should be taught by an empty chair".

Rt Hon. Ewan MacAllister MP, the UK Minister of State for Development, announced new funding for the Commonwealth of Learning (COL), while Hon. Keisha Alleyne-Browne, Minister of Education of Barbados, offered to host a regional teacher training hub in Bridgetown.

Ministers also welcomed the expansion of the Queen Elizabeth Commonwealth Scholarships, which will offer 150 additional places from 2027.

The Secretariat will report on progress at the next meeting of senior officials in London.`,
    expected: {
      date: '2026-05-17',
      people: [
        ['Deepak Ramgoolam-Seetul', 'MU'],
        ['Adaeze Okonkwo-Hart', null],
        ['Ewan MacAllister', 'GB'],
        ['Keisha Alleyne-Browne', 'BB'],
      ],
      countries: ['BB', 'GB', 'MU'],
      blocs: ['Commonwealth'],
      events: ['23rd Conference of Commonwealth Education Ministers (23CCEM)'],
      organizations: ['Commonwealth of Learning (COL)'],
      places: ['Port Louis', 'Bridgetown', 'London'],
    },
  },
  {
    id: 'i-francophonie-day-youth',
    text: `Organisation internationale de la Francophonie > Press releases
OIF launches youth mobility programme for young entrepreneurs

Paris, 20 March 2026

The Organisation internationale de la Francophonie (OIF) today launched a mobility programme for 2,000 young entrepreneurs from the member states and governments of the Francophonie.

The Secretary General of La Francophonie, Mme Clarisse Mbadinga-Okemba, launched the programme alongside Canada's Minister for La Francophonie, Geneviève Tremblay-Lavoie, and Benin's Minister of Culture, Hugues Adjovi Kpodo.

The programme will be implemented with the Agence universitaire de la Francophonie (AUF) and Senghor University in Alexandria, and its first cohort will be presented at the Jeux de la Francophonie 2027.

Media contact: presse@francophonie.example`,
    expected: {
      date: '2026-03-20',
      people: [
        ['Clarisse Mbadinga-Okemba', null],
        ['Geneviève Tremblay-Lavoie', 'CA'],
        ['Hugues Adjovi Kpodo', 'BJ'],
      ],
      countries: ['BJ', 'CA'],
      blocs: ['Francophonie'],
      events: ['Jeux de la Francophonie 2027'],
      organizations: [
        'Organisation internationale de la Francophonie (OIF)',
        'Agence universitaire de la Francophonie (AUF)',
        'Senghor University',
      ],
      places: ['Paris', 'Alexandria'],
    },
  },
  {
    id: 'i-pif-leaders-communique',
    text: `Pacific Islands Forum Secretariat > Media > Communiqués
Communiqué of the 55th Pacific Islands Forum Leaders Meeting

Koror, Palau, 11 September 2026

1. The 55th Pacific Islands Forum Leaders Meeting was held in Koror, Palau, from 8 to 11 September 2026, chaired by H.E. Hokkons Ngiraibai, President of the Republic of Palau.

2. Leaders were represented as follows: Australia by the Hon. Daniel Whitcombe MP, Minister for International Development and the Pacific; Cook Islands by Prime Minister Tangaroa Pokino; Fiji by Prime Minister Ratu Viliame Naulumatua; Kiribati by Vice-President Taabeta Ioane; Nauru by President Lionel Detenamo; New Zealand by the Rt Hon. Harriet Pemberton-Kaa, Minister of Foreign Affairs; Papua New Guinea by the Hon. Kila Wanpis, Deputy Prime Minister; Samoa by the Hon. Lagi Tuimavave, Minister of Foreign Affairs and Trade; Tonga by the Hon. Siosaia Fifita, Minister of Foreign Affairs; and Tuvalu by the Hon. Kausea Tealei, Minister of Finance.

3. Forum Secretary General Mr. Anare Tuilagi presented his report on the implementation of the 2050 Strategy for the Blue Pacific Continent.

4. Leaders reaffirmed that climate change remains the single greatest threat to the livelihoods, security and wellbeing of the peoples of the Pacific, and agreed to present a common Pacific position at COP31.

5. Leaders welcomed the entry into operation of the Pacific Resilience Facility (PRF), headquartered in Tonga, and thanked Australia and New Zealand for their capitalisation contributions.

6. Leaders noted the report of the Forum Economic Ministers Meeting held in Nuku'alofa in August, and endorsed its recommendations on labour mobility.

7. On ocean issues, Leaders reiterated that maritime zones established in accordance with the law of the sea shall not be challenged or reduced as a result of sea-level rise, and welcomed the decision of Tuvalu to host a regional ocean science centre in Funafuti.

8. Leaders accepted the offer of Fiji to host the 56th Pacific Islands Forum Leaders Meeting in Suva in 2027.

9. Leaders thanked President Ngiraibai and the people of Palau for their warm hospitality.`,
    expected: {
      date: '2026-09-11',
      people: [
        ['Hokkons Ngiraibai', 'PW'],
        ['Daniel Whitcombe', 'AU'],
        ['Tangaroa Pokino', 'CK'],
        ['Viliame Naulumatua', 'FJ'],
        ['Taabeta Ioane', 'KI'],
        ['Lionel Detenamo', 'NR'],
        ['Harriet Pemberton-Kaa', 'NZ'],
        ['Kila Wanpis', 'PG'],
        ['Lagi Tuimavave', 'WS'],
        ['Siosaia Fifita', 'TO'],
        ['Kausea Tealei', 'TV'],
        ['Anare Tuilagi', null],
      ],
      countries: ['AU', 'CK', 'FJ', 'KI', 'NR', 'NZ', 'PG', 'PW', 'TO', 'TV', 'WS'],
      blocs: ['Pacific Islands Forum'],
      events: [
        '55th Pacific Islands Forum Leaders Meeting',
        'COP31',
        'Forum Economic Ministers Meeting',
        '56th Pacific Islands Forum Leaders Meeting',
      ],
      organizations: ['Pacific Resilience Facility (PRF)'],
      places: ['Koror', "Nuku'alofa", 'Funafuti', 'Suva'],
    },
  },
  {
    id: 'i-ph-psa-asean-statistics-workshop',
    text: `Philippine Statistics Authority > Press Releases
PSA hosts ASEAN workshop on big data for official statistics

Date of Release: 2026-08-19

The Philippine Statistics Authority (PSA) opened the 5th ASEAN Workshop on Big Data for Official Statistics at a hotel in Pasay City on Tuesday, with participants from the national statistics offices of ASEAN Member States.

National Statistician and Civil Registrar General Usec. Ricardo B. Manalastas said that mobile phone and satellite data had helped the PSA produce faster estimates of population movement after recent floods in Quezon City and Marikina.

Dr. Hoang Minh Tuan, Head of the ASEAN Statistics Division (ASEANstats) at the ASEAN Secretariat, presented the regional roadmap, while Dr. Sri Wahyuningsih of Badan Pusat Statistik (BPS), Indonesia, and Ms. Lee Soo-jin of Statistics Korea (KOSTAT) shared national case studies.

The workshop runs until 21 August 2026.`,
    expected: {
      date: '2026-08-19',
      people: [
        ['Ricardo B. Manalastas', 'PH'],
        ['Hoang Minh Tuan', null],
        ['Sri Wahyuningsih', 'ID'],
        ['Lee Soo-jin', 'KR'],
      ],
      countries: ['ID', 'KR', 'PH'],
      blocs: ['ASEAN'],
      events: ['5th ASEAN Workshop on Big Data for Official Statistics'],
      organizations: [
        'Philippine Statistics Authority (PSA)',
        'ASEAN Statistics Division (ASEANstats)',
        'ASEAN Secretariat',
        'Badan Pusat Statistik (BPS)',
        'Statistics Korea (KOSTAT)',
      ],
      places: ['Pasay City', 'Quezon City', 'Marikina'],
    },
  },
  {
    id: 'i-th-gistda-jaxa-mou',
    text: `Home > News
GISTDA and JAXA sign memorandum on Earth observation data

Thu, 08 Oct 2026 10:15 GMT+7

Thailand's Geo-Informatics and Space Technology Development Agency (GISTDA) and the Japan Aerospace Exploration Agency (JAXA) signed a memorandum of understanding on the sharing of Earth observation data for flood and drought monitoring.

The memorandum was signed at the Space Krenovation Park in Si Racha District, Chonburi Province, by Dr. Phongsakorn Wattanachai, Executive Director of GISTDA, and Mr. Takeshi Ogura, Vice President of JAXA, in the presence of Khun Supaporn Chaiyasit, Minister of Higher Education, Science, Research and Innovation.

Khun Supaporn said that the cooperation would help Thai farmers in Khon Kaen and Udon Thani receive early warnings, and invited Japanese partners to Thailand Space Week 2026 in November.`,
    expected: {
      date: '2026-10-08',
      people: [
        ['Phongsakorn Wattanachai', 'TH'],
        ['Takeshi Ogura', 'JP'],
        ['Supaporn Chaiyasit', 'TH'],
      ],
      countries: ['JP', 'TH'],
      blocs: [],
      events: ['Thailand Space Week 2026'],
      organizations: [
        'Geo-Informatics and Space Technology Development Agency (GISTDA)',
        'Japan Aerospace Exploration Agency (JAXA)',
      ],
      places: ['Si Racha District', 'Chonburi Province', 'Khon Kaen', 'Udon Thani'],
    },
  },
  {
    id: 'i-bo-umsa-mexico-sre-agreement',
    text: `Universidad Mayor de San Andrés signs academic cooperation agreement with Mexico's Secretariat of Foreign Affairs

La Paz, 14 July 2026

The Universidad Mayor de San Andrés (UMSA) and the Secretariat of Foreign Affairs of Mexico (SRE) signed today a framework agreement on academic cooperation, scholarships and the teaching of Mexican history and literature.

The agreement was signed by the rector of the Bolivian university, Dr. Óscar Heredia Saavedra, and the Ambassador of Mexico to Bolivia, Lucía Esparza Ortega, on behalf of the SRE. The director of academic cooperation of the Mexican Agency for International Development Cooperation (AMEXCID), Fernando Ruiz de Velasco, joined the ceremony online from Mexico City.

Under the agreement, UMSA will host a Sor Juana Inés de la Cruz Chair of Mexican Studies, and students from La Paz and El Alto will be able to apply for exchange places at the University of Guadalajara.`,
    expected: {
      date: '2026-07-14',
      people: [
        ['Óscar Heredia Saavedra', 'BO'],
        ['Lucía Esparza Ortega', 'MX'],
        ['Fernando Ruiz de Velasco', 'MX'],
      ],
      countries: ['BO', 'MX'],
      blocs: [],
      events: [],
      organizations: [
        'Universidad Mayor de San Andrés (UMSA)',
        'Secretariat of Foreign Affairs of Mexico (SRE)',
        'Mexican Agency for International Development Cooperation (AMEXCID)',
        'University of Guadalajara',
      ],
      places: ['La Paz', 'Mexico City', 'El Alto', 'Guadalajara'],
    },
  },
  {
    id: 'i-lk-embassy-berlin-cultural-week',
    text: `Sri Lanka Cultural Week 2026 opens in Berlin

Embassy of Sri Lanka in Berlin

Berlin, 12 June 2026

By Tharindu Perera, Second Secretary (Information)

Her Excellency Ms. Nirmala Jayasundara, Ambassador of Sri Lanka to Germany, opened the Sri Lanka Cultural Week 2026 on Wednesday evening before an audience of more than 600 guests.

The chief guest, State Secretary Dr. Claudia Brenninkmeyer of the Federal Foreign Office, said that the German public had rediscovered Sri Lanka as a destination, and the Mayor of the district of Mitte, Stefan Ottersbach, welcomed the Sri Lankan community of Berlin.

The programme features Kandyan dance performances by the Chitrasena Dance Company, a tea-tasting organised with the Sri Lanka Tea Board and a tourism exhibition by the Sri Lanka Tourism Promotion Bureau.

Ambassador Jayasundara thanked the organisers and invited visitors to the closing concert on Sunday.

For more information please contact: info@embassy-srilanka-berlin.example | Tel. +49 30 000000

Embassy of Sri Lanka
Berlin`,
    expected: {
      date: '2026-06-12',
      people: [
        ['Tharindu Perera', 'LK'],
        ['Nirmala Jayasundara', 'LK'],
        ['Claudia Brenninkmeyer', 'DE'],
        ['Stefan Ottersbach', 'DE'],
      ],
      countries: ['DE', 'LK'],
      blocs: [],
      events: ['Sri Lanka Cultural Week 2026'],
      organizations: [
        'Embassy of Sri Lanka in Berlin',
        'Federal Foreign Office',
        'Chitrasena Dance Company',
        'Sri Lanka Tea Board',
        'Sri Lanka Tourism Promotion Bureau',
      ],
      places: ['Berlin', 'Mitte'],
    },
  },
  {
    id: 'i-pk-consulate-dubai-passport-notice',
    text: `Notice: Revised Passport and NICOP Processing Arrangements

Consulate General of Pakistan, Dubai

Date: 2026-04-02

The Consulate General of Pakistan in Dubai informs the Pakistani community in Dubai and the neighbouring emirates that, with effect from 6 April 2026, applications for machine-readable passports will be received by appointment only.

Applications for the National Identity Card for Overseas Pakistanis (NICOP) will continue to be processed by the National Database and Registration Authority (NADRA) counter at the Consulate, Monday to Friday. Applicants from Sharjah, Ajman and Ras Al Khaimah may also use the mobile camp to be held in Sharjah on 18 April 2026.

Delivery times depend on verification by the Directorate General of Immigration and Passports and are not within the control of the Consulate. Pakistani nationals are advised not to make travel plans to Pakistan or onward travel outside the UAE before collecting their passports.`,
    expected: {
      date: '2026-04-02',
      people: [],
      countries: ['AE', 'PK'],
      blocs: [],
      events: [],
      organizations: [
        'Consulate General of Pakistan in Dubai',
        'National Database and Registration Authority (NADRA)',
        'Directorate General of Immigration and Passports',
      ],
      places: ['Dubai', 'Sharjah', 'Ajman', 'Ras Al Khaimah'],
    },
  },
  {
    id: 'i-uz-embassy-us-trade-mission-georgia',
    text: `Uzbek trade mission visits Atlanta and Panama City

Embassy of the Republic of Uzbekistan in the United States of America

Washington, D.C., February 20, 2026

A trade mission led by Ambassador Jasur Abdukarimov visited Atlanta, Georgia, and Panama City, Florida, from February 16 to 19 to promote Uzbek textiles and agricultural products.

In Atlanta, the delegation met Jordan Whitfield, Deputy Commissioner for International Trade at the Georgia Department of Economic Development, and representatives of Coca-Cola and Delta Air Lines. Mr. Whitfield expressed interest in direct cargo flights between Atlanta and Tashkent.

In Panama City, Trade Counselor Bekzod Rakhimov presented investment opportunities in Navoi and Samarkand to members of the Bay County Chamber of Commerce.

The mission will be followed by the Uzbekistan-U.S. Business Forum 2026 in Tashkent in May.

Press Office
press@uzbekembassy-us.example`,
    expected: {
      date: '2026-02-20',
      people: [
        ['Jasur Abdukarimov', 'UZ'],
        ['Jordan Whitfield', 'US'],
        ['Bekzod Rakhimov', 'UZ'],
      ],
      countries: ['US', 'UZ'],
      blocs: [],
      events: ['Uzbekistan-U.S. Business Forum 2026'],
      organizations: [
        'Embassy of the Republic of Uzbekistan in the United States of America',
        'Georgia Department of Economic Development',
        'Coca-Cola',
        'Delta Air Lines',
        'Bay County Chamber of Commerce',
      ],
      places: [
        'Washington, D.C.',
        'Atlanta',
        'Georgia',
        'Panama City',
        'Florida',
        'Navoi',
        'Samarkand',
        'Bay County',
        'Tashkent',
      ],
    },
  },
  {
    id: 'i-mn-embassy-canberra-naadam',
    text: `Embassy of Mongolia celebrates National Naadam Festival in Canberra

On 11 July, the Embassy of Mongolia in Canberra hosted a reception to mark the 105th anniversary of the People's Revolution and the National Naadam Festival.

Ambassador Batbold Enkhjargal welcomed more than 300 guests, including Senator Fiona McKellar, Assistant Minister for Foreign Affairs of Australia, and Ms. Priya Natarajan MLA, representing the Chief Minister of the Australian Capital Territory.

Ambassador B. Enkhjargal highlighted the growth of Mongolian student numbers in Australia and the cooperation between the two countries in mining education. Guests enjoyed a performance of throat singing and a display of traditional archery.

Issued by the Embassy of Mongolia in Canberra, 14 July 2026`,
    expected: {
      date: '2026-07-14',
      people: [
        ['Batbold Enkhjargal', 'MN'],
        ['Fiona McKellar', 'AU'],
        ['Priya Natarajan', 'AU'],
      ],
      countries: ['AU', 'MN'],
      blocs: [],
      events: ['National Naadam Festival'],
      organizations: ['Embassy of Mongolia in Canberra'],
      places: ['Canberra', 'Australian Capital Territory'],
    },
  },
  {
    id: 'i-ph-senate-seafarers-hearing',
    text: `Senate of the Philippines > Press Release
Senate panel grills agencies on repatriation of distressed OFWs in the Gulf

March 5th, 2026

The Senate Committee on Foreign Relations, chaired by Sen. Ma. Lourdes "Malou" Ocampo-Tan, on Wednesday questioned officials of the Department of Foreign Affairs and the Department of Migrant Workers (DMW) on delays in the repatriation of overseas Filipino workers from Kuwait and Saudi Arabia.

DFA Asec. Gabriela T. Soriano told the panel that 214 workers were sheltered at the Philippine Embassy in Kuwait City awaiting exit clearances. DMW Usec. Felipe Manansala said the department had released emergency funds for their airfare.

Sen. Ramon "Bong" Dizon urged the agencies to sign labour agreements that include a standard clause on exit visas. Ocampo-Tan said the committee would resume the hearing on March 19 and invite the Overseas Workers Welfare Administration.

The hearing was held at the Senate building in Pasay City.`,
    expected: {
      date: '2026-03-05',
      people: [
        ['Ma. Lourdes Ocampo-Tan', 'PH'],
        ['Gabriela T. Soriano', 'PH'],
        ['Felipe Manansala', 'PH'],
        ['Ramon Dizon', 'PH'],
      ],
      countries: ['KW', 'PH', 'SA'],
      blocs: [],
      events: [],
      organizations: [
        'Senate Committee on Foreign Relations',
        'Department of Foreign Affairs',
        'Department of Migrant Workers (DMW)',
        'Philippine Embassy in Kuwait City',
        'Overseas Workers Welfare Administration',
      ],
      places: ['Kuwait City', 'Pasay City'],
    },
  },
  {
    id: 'i-ng-lagos-governor-salvador-twinning',
    text: `Lagos State Government > Office of the Governor
Lagos, Salvador Sign Sister-City Agreement

Ikeja, Sunday, 17 May 2026

The Governor of Lagos State, Mr. Babatunde Adeyemi-Coker, on Saturday signed a sister-city agreement with the Mayor of Salvador, capital of the Brazilian state of Bahia, Mr. Rodrigo Souza Menezes, at the Lagos House, Alausa, Ikeja.

Governor Adeyemi-Coker described the agreement as a bridge between Lagos and the largest Afro-descendant city outside Africa, and announced a Lagos-Salvador Culture and Heritage Week for November 2026 in Badagry.

The Commissioner for Tourism, Arts and Culture, Mrs. Omotola Bankole-Ajibade, and the Commissioner for Transportation, Engr. Olusegun Bamidele, will lead a technical team to Salvador to study its bus rapid transit system.

Also present were the Consul-General of Nigeria in São Paulo, Mrs. Folasade Olumide-Ajayi, and the Speaker of the Lagos State House of Assembly, Rt Hon. Adewale Ogunleye.

Signed:
Gbenga Afolabi-Martins
Chief Press Secretary to the Governor of Lagos State`,
    expected: {
      date: '2026-05-17',
      people: [
        ['Babatunde Adeyemi-Coker', 'NG'],
        ['Rodrigo Souza Menezes', 'BR'],
        ['Omotola Bankole-Ajibade', 'NG'],
        ['Olusegun Bamidele', 'NG'],
        ['Folasade Olumide-Ajayi', 'NG'],
        ['Adewale Ogunleye', 'NG'],
        ['Gbenga Afolabi-Martins', 'NG'],
      ],
      countries: ['BR', 'NG'],
      blocs: [],
      events: ['Lagos-Salvador Culture and Heritage Week'],
      organizations: ['Lagos State House of Assembly'],
      places: ['Ikeja', 'Lagos State', 'Salvador', 'Bahia', 'Alausa', 'Lagos', 'Badagry', 'São Paulo'],
    },
  },
  {
    id: 'i-mx-jalisco-governor-alberta',
    text: `Governor of Jalisco Receives Trade Delegation from Alberta

Guadalajara, Jalisco, September 3, 2026

Governor Emilio Ávalos Cuéllar received a delegation from the Canadian province of Alberta led by the Minister of Trade, Immigration and Multiculturalism, Hon. Jasmine Kaur Sandhu, at the Government Palace in Guadalajara.

The Secretary of Economic Development of Jalisco, Ximena Orozco Ladrón de Guevara, presented the state's semiconductor strategy and the industrial corridor in Zapopan and El Salto. The delegation also visited the Guadalajara campus of the Tecnológico de Monterrey.

Minister Sandhu invited Jalisco companies to the Calgary energy transition summit, and both sides agreed to open a Jalisco trade desk in Calgary as part of the strengthening of trade between Mexico and Canada. The Governor confirmed his participation in Jalisco Talent Land 2026 next month.`,
    expected: {
      date: '2026-09-03',
      people: [
        ['Emilio Ávalos Cuéllar', 'MX'],
        ['Jasmine Kaur Sandhu', 'CA'],
        ['Ximena Orozco Ladrón de Guevara', 'MX'],
      ],
      countries: ['CA', 'MX'],
      blocs: [],
      events: ['Jalisco Talent Land 2026'],
      organizations: ['Tecnológico de Monterrey'],
      places: ['Guadalajara', 'Jalisco', 'Alberta', 'Zapopan', 'El Salto', 'Monterrey', 'Calgary'],
    },
  },
  {
    id: 'i-de-leipzig-kutaisi-twinning',
    text: `City of Leipzig > Press Office > Press releases
Leipzig and Kutaisi become twin cities

Leipzig, 09.10.2026

Lord Mayor Annegret Vollmer-Kühn and the Mayor of Kutaisi, Giorgi Tsereteli-Abashidze, signed the twinning agreement between Leipzig and the Georgian city on Thursday evening in the Mendelssohn Hall of the Gewandhaus.

The Minister-President of Saxony, Dr. Matthias Kretzschmann, and the Ambassador of Georgia to Germany, Nino Kapanadze, attended the ceremony. Kretzschmann recalled that Georgia will be the guest of honour at the Leipzig Book Fair 2027.

The partnership will start with exchanges between the Leipzig University of Music and Theatre and the Kutaisi State Opera, and with a youth choir week organised together with the Bach-Archiv Leipzig.

Contact: presse@leipzig.example`,
    expected: {
      date: '2026-10-09',
      people: [
        ['Annegret Vollmer-Kühn', 'DE'],
        ['Giorgi Tsereteli-Abashidze', 'GE'],
        ['Matthias Kretzschmann', 'DE'],
        ['Nino Kapanadze', 'GE'],
      ],
      countries: ['DE', 'GE'],
      blocs: [],
      events: ['Leipzig Book Fair 2027'],
      organizations: [
        'Leipzig University of Music and Theatre',
        'Kutaisi State Opera',
        'Bach-Archiv Leipzig',
      ],
      places: ['Leipzig', 'Kutaisi', 'Saxony'],
    },
  },
  {
    id: 'i-br-para-governor-norway-bioeconomy',
    text: `Governor of Pará meets Norwegian Ambassador to discuss bioeconomy projects

Belém, 10/11/2026

The Governor of Pará, Raimundo Nonato Farias, received on Monday the Ambassador of Norway to Brazil, Ingrid Solvang, at the Palácio dos Despachos in Belém.

The State Secretary for Environment and Sustainability, Luana Tapajós Corrêa, presented the state's bioeconomy plan, which foresees community cocoa and açaí projects in Marabá and Santarém, financed with support from the Brazilian Development Bank (BNDES) and Norwegian cooperation.

Ambassador Solvang also visited the Museu Paraense Emílio Goeldi, whose researchers are working with Norwegian universities on biodiversity inventories, and confirmed Norway's participation in the Amazon Bioeconomy Forum 2026 later this month.`,
    expected: {
      date: '2026-11-10',
      people: [
        ['Raimundo Nonato Farias', 'BR'],
        ['Ingrid Solvang', 'NO'],
        ['Luana Tapajós Corrêa', 'BR'],
      ],
      countries: ['BR', 'NO'],
      blocs: [],
      events: ['Amazon Bioeconomy Forum 2026'],
      organizations: ['Brazilian Development Bank (BNDES)', 'Museu Paraense Emílio Goeldi'],
      places: ['Pará', 'Belém', 'Marabá', 'Santarém'],
    },
  },
  {
    id: 'i-us-new-mexico-governor-trade-mission',
    text: `Office of the Governor > News Releases
Governor Chávez-Lucero announces trade mission to Chihuahua

Santa Fe, N.M. - Thursday, April 23, 2026

Governor Elena Chávez-Lucero announced today that she will lead a trade mission to the Mexican state of Chihuahua from May 11 to 13, accompanied by Economic Development Secretary Jordan Whitaker and representatives of Sandia National Laboratories and Los Alamos National Laboratory.

"Mexico is New Mexico's largest trading partner, and the port of entry at Santa Teresa is one of the busiest in the United States for livestock and electronics," Governor Chávez-Lucero said.

The delegation will meet state officials in Chihuahua City and manufacturers in Ciudad Juárez. Secretary Whitaker said that companies from Albuquerque and Las Cruces had already registered for the business matchmaking sessions.

The Consul of Mexico in Albuquerque, Rafael Treviño Garza, welcomed the mission.

Contact: Press Office, Office of the Governor`,
    expected: {
      date: '2026-04-23',
      people: [
        ['Elena Chávez-Lucero', 'US'],
        ['Jordan Whitaker', 'US'],
        ['Rafael Treviño Garza', 'MX'],
      ],
      countries: ['MX', 'US'],
      blocs: [],
      events: [],
      organizations: ['Sandia National Laboratories', 'Los Alamos National Laboratory'],
      places: [
        'Santa Fe',
        'Chihuahua',
        'Los Alamos',
        'New Mexico',
        'Santa Teresa',
        'Chihuahua City',
        'Ciudad Juárez',
        'Albuquerque',
        'Las Cruces',
      ],
    },
  },
  {
    id: 'i-kg-minister-weekly-agenda',
    text: `Ministry of Foreign Affairs of the Kyrgyz Republic > Minister's Agenda
Weekly agenda of Minister of Foreign Affairs Azamat Sultanaliev, 9-13 March 2026

Bishkek, 6 March 2026

Next week, Minister of Foreign Affairs of the Kyrgyz Republic Azamat Sultanaliev will have the following programme.

Monday, 9 March
10:00 - Meeting with the Ambassador of the Republic of Korea to the Kyrgyz Republic, Mr. Choi Min-ho.
15:00 - Meeting of the Cabinet of Ministers of the Kyrgyz Republic.

Tuesday, 10 March
11:00 - Reception of the delegation of the Asian Development Bank led by Vice-President Ms. Priyanka Menon.

Wednesday, 11 March
Working visit to Osh Region. Meeting with the Plenipotentiary Representative of the President in Osh Region, Mr. Nurlan Toktosunov; visit to the Osh State University.

Thursday, 12 March
16:00 - Telephone conversation with the Minister of Foreign Affairs and Trade of Hungary, Mr. Gábor Szekeres.

Friday, 13 March
10:00 - Opening of the Kyrgyzstan-Hungary Business Forum (Bishkek).

The agenda is subject to change.`,
    expected: {
      date: '2026-03-06',
      people: [
        ['Azamat Sultanaliev', 'KG'],
        ['Choi Min-ho', 'KR'],
        ['Priyanka Menon', null],
        ['Nurlan Toktosunov', 'KG'],
        ['Gábor Szekeres', 'HU'],
      ],
      countries: ['HU', 'KG', 'KR'],
      blocs: [],
      events: ['Kyrgyzstan-Hungary Business Forum'],
      organizations: [
        'Cabinet of Ministers of the Kyrgyz Republic',
        'Asian Development Bank',
        'Osh State University',
      ],
      places: ['Bishkek', 'Osh Region', 'Osh'],
    },
  },
  {
    id: 'i-uz-mfa-webpage-malaysia',
    text: `Skip to main content
O'zbekcha | Ўзбекча | Русский | English
Home | Ministry | Press Service | Consular Issues | Foreign Policy | Contacts
Home > Press Service > News

Minister of Foreign Affairs receives the Ambassador of Malaysia

2026-05-27 | 10:42 | Views: 1284

Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Normatov received the Ambassador of Malaysia to Uzbekistan, Dato' Sri Azlan Mohd Yusof, who is completing his diplomatic mission in Tashkent.

The Minister thanked the Ambassador for his contribution to the development of relations between Uzbekistan and Malaysia, noting the opening of direct flights between Tashkent and Kuala Lumpur and the growth of Malaysian investment in the Samarkand tourist zone.

The interlocutors discussed preparations for the Uzbekistan-Malaysia Business Forum, to be held in Kuala Lumpur in October, and cooperation in halal industry standards.

Share: Facebook | Telegram | X | Print

Related news
Uzbekistan and Azerbaijan hold political consultations
Deputy Minister meets delegation of the European Bank for Reconstruction and Development
Consular notice on the Navruz holidays

Address: 9 Uzbekistan Avenue, Tashkent, 100029 | Tel: +998 71 000 00 00
© 2026 Ministry of Foreign Affairs of the Republic of Uzbekistan. All rights reserved.
This website uses cookies to improve your experience. Accept | Learn more`,
    expected: {
      date: '2026-05-27',
      people: [
        ['Bakhtiyor Normatov', 'UZ'],
        ['Azlan Mohd Yusof', 'MY'],
      ],
      countries: ['MY', 'UZ'],
      blocs: [],
      events: ['Uzbekistan-Malaysia Business Forum'],
      organizations: [],
      places: ['Tashkent', 'Kuala Lumpur', 'Samarkand'],
    },
  },
  {
    id: 'i-np-embassy-tokyo-webpage-festival',
    text: `Embassy of Nepal, Tokyo
English | 日本語 | नेपाली
Home > News & Events > Press Release

Nepal Festival Tokyo 2026 draws record crowds

Published: 12 October 2026 | Press Section

The Embassy of Nepal in Tokyo organised the Nepal Festival Tokyo 2026 on 10 and 11 October in Shibuya City, attracting more than 40,000 visitors.

Ambassador Dr. Sushila Gurung-Thapa opened the festival together with Mr. Daisuke Oyama, Mayor of Shibuya City, and Mr. Kenta Hirose, Parliamentary Vice-Minister for Foreign Affairs of Japan. The Ambassador invited Japanese tourists to visit Pokhara, Lumbini and Mustang during Visit Nepal Decade.

Nepal Airlines and Buddha Air offered raffle prizes, and the Nepal Tourism Board presented trekking routes in Solukhumbu District.

Share this page: Facebook | X | LINE

More news
Consular camp in Osaka - 25 October
Notice on passport renewal

Embassy of Nepal, 14-9 Todoroki 7-chome, Setagaya-ku, Tokyo | © 2026 All rights reserved | Privacy | Sitemap`,
    expected: {
      date: '2026-10-12',
      people: [
        ['Sushila Gurung-Thapa', 'NP'],
        ['Daisuke Oyama', 'JP'],
        ['Kenta Hirose', 'JP'],
      ],
      countries: ['JP', 'NP'],
      blocs: [],
      events: ['Nepal Festival Tokyo 2026', 'Visit Nepal Decade'],
      organizations: ['Embassy of Nepal in Tokyo', 'Nepal Airlines', 'Buddha Air', 'Nepal Tourism Board'],
      places: ['Tokyo', 'Shibuya City', 'Pokhara', 'Lumbini', 'Mustang', 'Solukhumbu District'],
    },
  },
  {
    id: 'i-by-bsu-diplomatic-academy-vietnam',
    text: `Belarusian State University and Diplomatic Academy of Vietnam sign cooperation agreement

Minsk, 2 December 2025

The Belarusian State University (BSU) and the Diplomatic Academy of Vietnam (DAV) under the Ministry of Foreign Affairs of Viet Nam signed an agreement on academic exchanges in international relations and the teaching of the Belarusian and Vietnamese languages.

The document was signed by the BSU Rector, Professor Uladzimir Hrynkevich, and the Director of the Diplomatic Academy, Dr. Pham Thi Lan Huong. The ceremony was attended by Deputy Minister of Education of the Republic of Belarus Natallia Kaptsevich and the Ambassador of Viet Nam to Belarus, Nguyen Van Thanh.

Under the agreement, students from Minsk and Hanoi will take part in summer schools, and the two institutions will co-organise the Belarus-Vietnam Youth Diplomacy Forum in Gomel in 2026.`,
    expected: {
      date: '2025-12-02',
      people: [
        ['Uladzimir Hrynkevich', 'BY'],
        ['Pham Thi Lan Huong', 'VN'],
        ['Natallia Kaptsevich', 'BY'],
        ['Nguyen Van Thanh', 'VN'],
      ],
      countries: ['BY', 'VN'],
      blocs: [],
      events: ['Belarus-Vietnam Youth Diplomacy Forum'],
      organizations: [
        'Belarusian State University (BSU)',
        'Diplomatic Academy of Vietnam (DAV)',
        'Ministry of Foreign Affairs of Viet Nam',
      ],
      places: ['Minsk', 'Hanoi', 'Gomel'],
    },
  },
];
