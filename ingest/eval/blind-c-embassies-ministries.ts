import type { EvalCase } from './eval-set';

/**
 * Blind C — embassies and other ministries: 36 announcements written for this project on 2026-12-01,
 * BLIND — without reading the extraction rules (ingest/extract/), the overrides, the corpus generator,
 * or the other evaluation sets, and without running the extractor on them. Texts invented. Style:
 * embassies' press releases and other ministries' releases (trade, agriculture, health, education,
 * science and technology, energy, tourism) from many countries, with datelines, header blocks,
 * reference numbers, contact lines and by-lines.
 * FIRST RUN (scored 2026-12-01 on the extractor at commit a9c3e4a, before any change made for it):
 *   people         P 0.867 R 0.665 F1 0.753 (111/17/56)
 *   countries      P 0.991 R 0.982 F1 0.987 (110/1/2)
 *   blocs          P 1.000 R 0.867 F1 0.929 (13/0/2)
 *   events         P 0.442 R 0.388 F1 0.413 (19/24/30)
 *   organizations  P 0.735 R 0.692 F1 0.712 (83/30/37)
 *   places         P 0.972 R 0.750 F1 0.847 (105/3/35)
 *   date accuracy 0.889; person country acc. 0.333
 * After that first run it became a TUNING set (rules may be changed against it); the full first-run error
 * list is in ingest/eval/first-runs/blind-c-embassies-ministries.txt.
 */
export const BLIND_C: EvalCase[] = [
  {
    id: 'bc-ghana-seoul-cultural-week',
    text: `Home > News > Press Releases
Ghana Cultural Week Opens in Seoul with Kente, Cocoa and Highlife

PRESS RELEASE

No. 045/2021

For immediate release

SEOUL, 14 October 2021 – The Embassy of Ghana in Seoul, in partnership with the Korea Foundation, today opened Ghana Cultural Week 2021, a six-day celebration of Ghanaian music, textiles and food.

In her opening address, H.E. Abena Owusu-Mensah, Ambassador of Ghana to the Republic of Korea, described the week as "a window into the creativity of a young nation that shares with Korea a deep belief in education." She thanked Korea's Vice Minister of Foreign Affairs, Park Ji-hoon, for honouring the event with his presence.

Vice Minister Park recalled that trade between the two countries had doubled over the past decade and announced that the Korea International Cooperation Agency (KOICA) will fund twenty new scholarships for Ghanaian engineers in 2022.

The programme includes a kente weaving demonstration by the Ghanaian master weaver Kwabena Asante of Bonwire, a highlife evening with musicians from Kumasi and Accra, and a chocolate tasting presented by the Ghana Cocoa Board.

The week closes on 19 October with the Ghana–Korea Business Forum, co-organised with the Korea Chamber of Commerce and Industry.

Public Diplomacy Section
Tel: +82 2 555 0145 | E-mail: press@ghanaembassy-seoul.example`,
    expected: {
      date: '2021-10-14',
      people: [
        ['Abena Owusu-Mensah', 'GH'],
        ['Park Ji-hoon', 'KR'],
        ['Kwabena Asante', 'GH'],
      ],
      countries: ['GH', 'KR'],
      blocs: [],
      events: ['Ghana Cultural Week 2021', 'Ghana–Korea Business Forum'],
      organizations: [
        'Embassy of Ghana in Seoul',
        'Korea Foundation',
        'Korea International Cooperation Agency (KOICA)',
        'Ghana Cocoa Board',
        'Korea Chamber of Commerce and Industry',
      ],
      places: ['Seoul', 'Bonwire', 'Kumasi', 'Accra'],
    },
  },
  {
    id: 'bc-chile-hanoi-fruit-days',
    text: `Home > News > Trade
Chilean Cherries and Blueberries Take Centre Stage in Hanoi

Tuesday, 19/03/2019 10:15 GMT+7

The Embassy of Chile in Hanoi and ProChile opened Chile Fruit Days 2019 this morning at the flagship store of a national supermarket chain, marking ten years since the entry into force of the Chile–Viet Nam Free Trade Agreement.

Ambassador Rodrigo Fuentes Aravena welcomed Vietnamese Deputy Minister of Industry and Trade Nguyễn Thị Lan Hương and representatives of more than forty Vietnamese importers. "Viet Nam is now the third largest market in Asia for our fresh fruit," he said.

Deputy Minister Hương noted that two-way trade reached a record level last year and encouraged Chilean exporters to take part in the Vietnam International Food & Beverage Fair in Ho Chi Minh City in November.

Chilean chef Camila Órdenes prepared dishes pairing cherries with Vietnamese herbs, while Trần Quốc Bảo, chairman of the Viet Nam Fruit and Vegetables Association (VINAFRUIT), presented a study on consumer trends in large cities.

The promotion runs until 24/03/2019 in Hanoi, Da Nang and Ho Chi Minh City.

Press contact: prensa.hanoi@minrel-chile.example`,
    expected: {
      date: '2019-03-19',
      people: [
        ['Rodrigo Fuentes Aravena', 'CL'],
        ['Nguyễn Thị Lan Hương', 'VN'],
        ['Camila Órdenes', 'CL'],
        ['Trần Quốc Bảo', 'VN'],
      ],
      countries: ['CL', 'VN'],
      blocs: [],
      events: ['Chile Fruit Days 2019', 'Vietnam International Food & Beverage Fair'],
      organizations: [
        'Embassy of Chile in Hanoi',
        'ProChile',
        'Viet Nam Fruit and Vegetables Association (VINAFRUIT)',
      ],
      places: ['Hanoi', 'Ho Chi Minh City', 'Da Nang'],
    },
  },
  {
    id: 'bc-indonesia-lima-coffee',
    text: `Berita > Siaran Pers
Indonesian and Peruvian Coffee Growers Meet in Lima

Lima, 4 Maret 2019

The Embassy of the Republic of Indonesia in Lima hosted the Indonesia–Peru Coffee & Cocoa Forum on Friday, bringing together growers, roasters and exporters from both countries.

Ambassador Bambang Sutrisno opened the forum together with Peru's Vice Minister of Foreign Trade, José Luis Quispe Huamán. "From Aceh to Junín, our farmers face the same challenges of climate and price," Pak Bambang said.

Vice Minister Quispe Huamán underlined that Peru exported coffee to more than forty markets last year and invited Indonesian companies to ExpoCafé Perú 2019 in September.

Bu Ratna Dewi Kusuma, Trade Attaché of the embassy, presented the programme of Jakarta Coffee Week 2019, and the Peruvian cooperative leader Hilario Condori Mamani shared his experience with organic certification.

The forum was supported by the Ministry of Foreign Trade and Tourism (MINCETUR) and the Indonesian Trade Promotion Center in Santiago.

***`,
    expected: {
      date: '2019-03-04',
      people: [
        ['Bambang Sutrisno', 'ID'],
        ['José Luis Quispe Huamán', 'PE'],
        ['Ratna Dewi Kusuma', 'ID'],
        ['Hilario Condori Mamani', 'PE'],
      ],
      countries: ['ID', 'PE'],
      blocs: [],
      events: ['Indonesia–Peru Coffee & Cocoa Forum', 'ExpoCafé Perú 2019', 'Jakarta Coffee Week 2019'],
      organizations: [
        'Embassy of the Republic of Indonesia in Lima',
        'Ministry of Foreign Trade and Tourism (MINCETUR)',
        'Indonesian Trade Promotion Center in Santiago',
      ],
      places: ['Lima', 'Aceh', 'Junín', 'Jakarta', 'Santiago'],
    },
  },
  {
    id: 'bc-kenya-agri-drought-crops',
    text: `Ministry of Agriculture, Livestock and Fisheries > Media Centre
Kenya and Partners Chart Course on Drought-Tolerant Crops

NAIROBI, 12 June 2020:

Reported by Wanjiru Kamau

The Cabinet Secretary for Agriculture, Hon. Peter Mwangi Otieno, today opened from Nairobi a two-day virtual workshop on drought-tolerant crops, attended by researchers from Kenya, Uganda, Tanzania and Ethiopia.

Hon. Otieno said that climate shocks had cost Kenyan farmers dearly in recent seasons and that the Ministry would prioritise seed systems in the next budget. "Our farmers cannot wait for the rains to decide their future," he said.

Dr. Aisha Hassan Abdi, Director General of the Kenya Agricultural and Livestock Research Organization (KALRO), presented results from field trials in Machakos and Makueni counties. A session on Biosafety was moderated by the Kenyan plant scientist Prof. Samuel Kiprono of the University of Eldoret.

Speaking for the Food and Agriculture Organization of the United Nations (FAO), its regional officer Lucía Benedetti welcomed the initiative. The African Union also sent a message of support.

The workshop will be followed by the 2nd East Africa Seed Systems Conference, now rescheduled for 2021.

END`,
    expected: {
      date: '2020-06-12',
      people: [
        ['Wanjiru Kamau', 'KE'],
        ['Peter Mwangi Otieno', 'KE'],
        ['Aisha Hassan Abdi', 'KE'],
        ['Samuel Kiprono', 'KE'],
        ['Lucía Benedetti', null],
      ],
      countries: ['ET', 'KE', 'TZ', 'UG'],
      blocs: ['African Union'],
      events: ['2nd East Africa Seed Systems Conference'],
      organizations: [
        'Kenya Agricultural and Livestock Research Organization (KALRO)',
        'University of Eldoret',
        'Food and Agriculture Organization of the United Nations (FAO)',
      ],
      places: ['Nairobi', 'Machakos', 'Makueni', 'Eldoret'],
    },
  },
  {
    id: 'bc-costa-rica-georgia-state',
    text: `Costa Rican Exporters Explore Market Opportunities in Georgia

PRESS RELEASE
For immediate release

WASHINGTON, May 16, 2024 – A delegation of eighteen Costa Rican companies led by Vice Minister of Foreign Trade Daniela Solís Jiménez concluded a three-day trade mission to the U.S. state of Georgia, with meetings in Atlanta and Savannah.

The mission was organized by the Embassy of Costa Rica in Washington together with the Foreign Trade Promoter of Costa Rica (PROCOMER). Participants included producers of pineapple, medical devices and specialty coffee.

In Atlanta, Vice Minister Solís met with Georgia's Deputy Commissioner for International Trade, Mark Ellison, and with Carla Whitfield, director of the Metro Atlanta Chamber's Latin America desk. In Savannah, the delegation toured the port facilities with officials of the Georgia Ports Authority.

"Georgia is a natural gateway for our products into the American market," said Ambassador Felipe Arguedas Mora, who accompanied the delegation. He noted that Costa Rica's exports to the United States reached a new high in 2023.

The companies will return to Atlanta in October for the Southeast Nearshoring Summit 2024.

Contact: comunicacion@embcr-usa.example | +1 202 555 0188`,
    expected: {
      date: '2024-05-16',
      people: [
        ['Daniela Solís Jiménez', 'CR'],
        ['Mark Ellison', 'US'],
        ['Carla Whitfield', 'US'],
        ['Felipe Arguedas Mora', 'CR'],
      ],
      countries: ['CR', 'US'],
      blocs: [],
      events: ['Southeast Nearshoring Summit 2024'],
      organizations: [
        'Embassy of Costa Rica in Washington',
        'Foreign Trade Promoter of Costa Rica (PROCOMER)',
        'Metro Atlanta Chamber',
        'Georgia Ports Authority',
      ],
      places: ['Washington', 'Georgia', 'Atlanta', 'Savannah'],
    },
  },
  {
    id: 'bc-malaysia-ankara-health',
    text: `Malaysian and Turkish Health Ministries Sign Plan on Health Tourism and Halal Pharmaceuticals

Press Statement

Ankara, 22 September 2020 – The Embassy of Malaysia in Ankara facilitated the signing of a three-year plan of action on health cooperation between Malaysia and Türkiye during the Türkiye–Malaysia Health Tourism Forum held this week.

The plan was signed by Malaysia's Deputy Minister of Health, Datuk Dr. Rosnah binti Ismail, and Türkiye's Deputy Minister of Health, Prof. Dr. Mehmet Şahin Yücel. It covers joint training of nurses, mutual recognition of halal certification for medicines and the exchange of data on health tourism.

Ambassador Dato' Khairul Anuar bin Hashim said Türkiye had become one of the fastest growing sources of visitors to Malaysian hospitals. Dr. Ayşe Gülşen Korkmaz, President of the Health Institutes of Türkiye (TÜSEB), and Mohd Faizal Ramli of the Malaysia Healthcare Travel Council (MHTC) presented opportunities for joint research on vaccines and medical devices.

The two sides agreed to convene the 2nd Joint Committee on Health Cooperation in Kuala Lumpur in 2021.`,
    expected: {
      date: '2020-09-22',
      people: [
        ['Rosnah binti Ismail', 'MY'],
        ['Mehmet Şahin Yücel', 'TR'],
        ['Khairul Anuar bin Hashim', 'MY'],
        ['Ayşe Gülşen Korkmaz', 'TR'],
        ['Mohd Faizal Ramli', 'MY'],
      ],
      countries: ['MY', 'TR'],
      blocs: [],
      events: ['Türkiye–Malaysia Health Tourism Forum', '2nd Joint Committee on Health Cooperation'],
      organizations: [
        'Embassy of Malaysia in Ankara',
        'Health Institutes of Türkiye (TÜSEB)',
        'Malaysia Healthcare Travel Council (MHTC)',
      ],
      places: ['Ankara', 'Kuala Lumpur'],
    },
  },
  {
    id: 'bc-brazil-abidjan-cocoa',
    text: `Brazil and Côte d'Ivoire Deepen Cooperation on Cocoa Research

Nota à imprensa nº 12/2023

Abidjan, 17 August 2023 – Brazilian cocoa researchers and Ivorian officials met at the Abidjan Cocoa & Coffee Expo 2023 to launch a joint programme against swollen shoot virus, a disease that has affected plantations across the country.

The programme was presented by the Ambassador of Brazil to Côte d'Ivoire, João Pedro dos Santos Ferreira, and the Ivorian Minister of Agriculture and Rural Development, Kouadio Yao Bertin. The Brazilian Agricultural Research Corporation (Embrapa) will send a team of plant pathologists to the Centre National de Recherche Agronomique (CNRA) stations in Divo and Soubré.

"Bahia went through a similar crisis in the 1990s; our experience belongs to all cocoa-producing nations," Ambassador dos Santos Ferreira said. Dr. Maria da Conceição Araújo, who led Embrapa's work on witches' broom disease, will coordinate the Brazilian team.

Minister Kouadio thanked Brazil and announced that the Coffee-Cocoa Council would co-finance the first phase. Representatives of ECOWAS and of the International Cocoa Organization (ICCO) attended the launch.`,
    expected: {
      date: '2023-08-17',
      people: [
        ['João Pedro dos Santos Ferreira', 'BR'],
        ['Kouadio Yao Bertin', 'CI'],
        ['Maria da Conceição Araújo', 'BR'],
      ],
      countries: ['BR', 'CI'],
      blocs: ['ECOWAS'],
      events: ['Abidjan Cocoa & Coffee Expo 2023'],
      organizations: [
        'Brazilian Agricultural Research Corporation (Embrapa)',
        'Centre National de Recherche Agronomique (CNRA)',
        'Coffee-Cocoa Council',
        'International Cocoa Organization (ICCO)',
      ],
      places: ['Abidjan', 'Divo', 'Soubré', 'Bahia'],
    },
  },
  {
    id: 'bc-philippines-holy-see-heritage',
    text: `Home > Embassy News
Philippine Embassy to the Holy See Marks Filipino Heritage Month in Rome

No. 2022-031

ROME, 14 June 2022 – The Embassy of the Philippines to the Holy See celebrated Filipino Heritage Month with a Mass, an exhibit of santos carvings and a reception for the Filipino community in Rome.

Ambassador Ramon T. Cruz, Jr. hosted the reception, attended by Archbishop Paolo Venturini, Secretary for Relations with States of the Holy See, and by diplomats accredited to the Holy See from Timor-Leste, Korea and Argentina.

In his remarks, Ambassador Cruz thanked the Filipino priest Fr. Emmanuel "Noel" Santos Bautista, rector of the Collegio San Rufino, for hosting the exhibit, which features carvings from Paete, Laguna, lent by the Bautista family.

Archbishop Venturini recalled the long history of Filipino pilgrims in Rome and praised the contribution of Filipino migrant workers in Italy. A choir directed by the Filipino conductor Ma. Teresa Lim-Ocampo performed hymns in Tagalog and Kapampangan.

The exhibit remains open until 30 June.`,
    expected: {
      date: '2022-06-14',
      people: [
        ['Ramon T. Cruz Jr.', 'PH'],
        ['Paolo Venturini', 'VA'],
        ['Emmanuel Santos Bautista', 'PH'],
        ['Ma. Teresa Lim-Ocampo', 'PH'],
      ],
      countries: ['AR', 'IT', 'KR', 'PH', 'TL', 'VA'],
      blocs: [],
      events: ['Filipino Heritage Month'],
      organizations: ['Embassy of the Philippines to the Holy See', 'Collegio San Rufino'],
      places: ['Rome', 'Paete', 'Laguna'],
    },
  },
  {
    id: 'bc-saudi-tokyo-hydrogen',
    text: `Saudi Arabia and Japan Advance Clean Hydrogen Partnership

Royal Embassy of Saudi Arabia in Tokyo
Media Office
Ref. 118/2023

Date 2023-02-09

The 4th Saudi-Japanese Hydrogen Dialogue was held in Tokyo yesterday, co-chaired by Engr. Faisal bin Abdulaziz al-Otaibi, Assistant Minister of Energy of the Kingdom of Saudi Arabia, and Mr. SATO Hiroshi, Director-General of Japan's Agency for Natural Resources and Energy.

The two sides reviewed progress on shipments of blue ammonia from Jubail to Japanese power plants and agreed on a roadmap for the certification of low-carbon hydrogen. Mr. SATO welcomed Saudi participation in the Hydrogen Energy Ministerial Meeting hosted by Japan.

Ambassador Sheikh Abdulrahman ibn Saad Al-Harbi stated that the dialogue reflects the Kingdom's goal of becoming a leading exporter of clean energy. Representatives of Saudi Aramco, the Saudi Industrial Development Fund and Japan's Ministry of Economy, Trade and Industry (METI) also took part, as did Dr. Noura bint Fahad Al-Shammari of King Abdullah University of Science and Technology (KAUST).

The next round will be held in Riyadh in 2024.`,
    expected: {
      date: '2023-02-09',
      people: [
        ['Faisal bin Abdulaziz al-Otaibi', 'SA'],
        ['Sato Hiroshi', 'JP'],
        ['Abdulrahman ibn Saad Al-Harbi', 'SA'],
        ['Noura bint Fahad Al-Shammari', 'SA'],
      ],
      countries: ['JP', 'SA'],
      blocs: [],
      events: ['4th Saudi-Japanese Hydrogen Dialogue', 'Hydrogen Energy Ministerial Meeting'],
      organizations: [
        'Royal Embassy of Saudi Arabia in Tokyo',
        'Agency for Natural Resources and Energy',
        'Saudi Aramco',
        'Saudi Industrial Development Fund',
        'Ministry of Economy, Trade and Industry (METI)',
        'King Abdullah University of Science and Technology (KAUST)',
      ],
      places: ['Tokyo', 'Jubail', 'Riyadh'],
    },
  },
  {
    id: 'bc-korea-global-talent-scholars',
    text: `Ministry of Education > Press Releases
Korea Welcomes 2024 Global Talent Scholars from 31 Countries

Sejong, 27 August 2024 – Korea's Ministry of Education and the National Institute for International Education (NIIED) held a welcome ceremony today for 412 new recipients of the Korea Global Talent Scholarship, who will begin graduate studies at Korean universities this autumn.

Vice Minister of Education Oh Seung-hwan congratulated the scholars and encouraged them to "become bridges between Korea and your home countries."

Speaking on behalf of the new cohort, Amara Diallo of Senegal, who will study public health at Seoul National University, thanked Korea for "an opportunity my parents could only dream of." Other speakers included Nguyễn Hoàng Minh Châu of Viet Nam, a future materials engineer at KAIST, and Mateus Ribeiro da Silva of Brazil, who joins the marine sciences programme of Pusan National University.

Certificates for the highest entrance scores went to Diego Armando Vilca Ramos of Peru, Ayşe Nur Demir of Türkiye, Jean-Baptiste Kouamé of Côte d'Ivoire, Siti Nurhaliza binti Ahmad of Malaysia and Tarek ibn Walid Haddad of Jordan.

Kim Ha-eun, Director of Scholarships at NIIED, presented the programme, and Dr. Fatima Zahra El Idrissi, a Moroccan alumna now teaching at Mohammed V University in Rabat, shared her experience.

The scholars will complete a one-year Korean language course before starting their degrees. A Welcome Night will be held in Daejeon on 30 August.`,
    expected: {
      date: '2024-08-27',
      people: [
        ['Oh Seung-hwan', 'KR'],
        ['Amara Diallo', 'SN'],
        ['Nguyễn Hoàng Minh Châu', 'VN'],
        ['Mateus Ribeiro da Silva', 'BR'],
        ['Diego Armando Vilca Ramos', 'PE'],
        ['Ayşe Nur Demir', 'TR'],
        ['Jean-Baptiste Kouamé', 'CI'],
        ['Siti Nurhaliza binti Ahmad', 'MY'],
        ['Tarek ibn Walid Haddad', 'JO'],
        ['Kim Ha-eun', 'KR'],
        ['Fatima Zahra El Idrissi', 'MA'],
      ],
      countries: ['BR', 'CI', 'JO', 'KR', 'MA', 'MY', 'PE', 'SN', 'TR', 'VN'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Education',
        'National Institute for International Education (NIIED)',
        'Seoul National University',
        'KAIST',
        'Pusan National University',
        'Mohammed V University',
      ],
      places: ['Sejong', 'Seoul', 'Pusan', 'Rabat', 'Daejeon'],
    },
  },
  {
    id: 'bc-vietnam-uruguay-working-group',
    text: `Ministry of Foreign Affairs > Press Releases
Viet Nam and Uruguay Hold Talks to Boost Trade and Agricultural Cooperation

Date: 2021-11-23

Office of the Spokesperson

On 22 November, Minister of Foreign Affairs of Viet Nam Đỗ Quang Huy held talks in Hanoi with Minister of Foreign Affairs of Uruguay Martín Etcheverry Lasalle, who is on an official visit to Viet Nam from 21 to 24 November 2021.

The two Ministers welcomed the results of the 3rd meeting of the Viet Nam–Uruguay Joint Working Group on Trade and Investment, held the previous day, and agreed to open markets for Uruguayan beef and Vietnamese fresh fruit. Minister Huy proposed that Uruguay support the start of talks between ASEAN and Mercosur on a framework for economic cooperation.

Minister Etcheverry Lasalle invited Vietnamese enterprises to use the port of Montevideo as a gateway to Mercosur markets and announced that Uruguay will open a trade office in Ho Chi Minh City in 2022.

The same day, Minister Etcheverry Lasalle paid a courtesy call on Vietnamese Vice President Phạm Thị Thu Hà and met with Lê Văn Khải, Minister of Agriculture and Rural Development of Viet Nam.`,
    expected: {
      date: '2021-11-23',
      people: [
        ['Đỗ Quang Huy', 'VN'],
        ['Martín Etcheverry Lasalle', 'UY'],
        ['Phạm Thị Thu Hà', 'VN'],
        ['Lê Văn Khải', 'VN'],
      ],
      countries: ['UY', 'VN'],
      blocs: ['ASEAN', 'Mercosur'],
      events: ['3rd meeting of the Viet Nam–Uruguay Joint Working Group on Trade and Investment'],
      organizations: [],
      places: ['Hanoi', 'Montevideo', 'Ho Chi Minh City'],
    },
  },
  {
    id: 'bc-peru-congress-canberra',
    text: `Home > Media > News
Peruvian Parliamentary Delegation Visits Canberra

Press Release No. 009/2019

Canberra, March 4, 2019 – A delegation of the Congress of the Republic of Peru led by Congresswomen Lucía Paredes Vargas and Rosa Elena Chávez Ñahui concluded a three-day visit to Canberra focused on mining governance and indigenous education.

The delegation, accompanied by Ambassador Gonzalo Ugarte Basombrío of the Embassy of Peru in Canberra, met with Australian legislators Senator Helen McAllister, Chair of the Australia–Peru Parliamentary Friendship Group, and Andrew Whitlock, a member of the House of Representatives.

At the Department of Foreign Affairs and Trade, the legislators were received by Deputy Secretary Claire Donovan, and at the Australian National University they discussed scholarships for Quechua- and Aymara-speaking students with Professor Liam O'Connor.

"Australia shows that mining revenue and community trust can grow together," said Congresswoman Paredes Vargas. Congresswoman Chávez Ñahui, who represents Puno, highlighted the need for bilingual teachers in rural communities.

In the Henley Conference Room, the delegation also attended the Closing Remarks of the Australia–Latin America Mining Dialogue, delivered by Australia's Minister for Resources, Patrick Doyle.`,
    expected: {
      date: '2019-03-04',
      people: [
        ['Lucía Paredes Vargas', 'PE'],
        ['Rosa Elena Chávez Ñahui', 'PE'],
        ['Gonzalo Ugarte Basombrío', 'PE'],
        ['Helen McAllister', 'AU'],
        ['Andrew Whitlock', 'AU'],
        ['Claire Donovan', 'AU'],
        ["Liam O'Connor", 'AU'],
        ['Patrick Doyle', 'AU'],
      ],
      countries: ['AU', 'PE'],
      blocs: [],
      events: ['Australia–Latin America Mining Dialogue'],
      organizations: [
        'Congress of the Republic of Peru',
        'Embassy of Peru in Canberra',
        'Australia–Peru Parliamentary Friendship Group',
        'House of Representatives',
        'Department of Foreign Affairs and Trade',
        'Australian National University',
      ],
      places: ['Canberra', 'Puno'],
    },
  },
  {
    id: 'bc-rwanda-berlin-tourexpo',
    text: `Rwanda Pavilion Draws Record Interest at TourExpo Berlin 2022

PRESS RELEASE | Embassy of the Republic of Rwanda in Germany

Berlin, 11 March 2022 – More than 6,000 trade visitors stopped at the Rwanda pavilion during TourExpo Berlin 2022, which closed yesterday after four days of exhibitions and business meetings.

The pavilion was opened by Ambassador Clarisse Uwimana Mukamana and Jean-Paul Habimana, Chief Tourism Officer of the Rwanda Development Board (RDB). Twelve Rwandan tour operators, two airlines and the Kigali Convention Bureau presented packages combining gorilla trekking in Musanze with conferences in Kigali.

"German travellers are looking for destinations that protect nature and benefit communities," said Ambassador Uwimana Mukamana. Rwanda received almost 20,000 visitors from Germany in the year before the pandemic.

On the second day, the State Secretary for Tourism of Rhineland-Palatinate, Stefan Brückner, visited the pavilion and discussed the long-standing partnership between the German state and Rwanda. The Rwandan delegation also met with the German Travel Association.

Rwanda will host the Africa Tourism Leadership Forum (ATLF) in Kigali in August.`,
    expected: {
      date: '2022-03-11',
      people: [
        ['Clarisse Uwimana Mukamana', 'RW'],
        ['Jean-Paul Habimana', 'RW'],
        ['Stefan Brückner', 'DE'],
      ],
      countries: ['DE', 'RW'],
      blocs: [],
      events: ['TourExpo Berlin 2022', 'Africa Tourism Leadership Forum (ATLF)'],
      organizations: [
        'Embassy of the Republic of Rwanda in Germany',
        'Rwanda Development Board (RDB)',
        'Kigali Convention Bureau',
        'German Travel Association',
      ],
      places: ['Berlin', 'Musanze', 'Kigali', 'Rhineland-Palatinate'],
    },
  },
  {
    id: 'bc-new-zealand-chile-agritech',
    text: `Home > Media Releases
New Zealand and Chile Launch Agritech Partnership During Ministerial Visit

Santiago, 8 November 2023 – New Zealand's Minister for Trade and Agriculture, Rt Hon. Margaret Thorne, and Chile's Minister of Agriculture, María José Sepúlveda Ortúzar, today launched the New Zealand–Chile Agritech Partnership at a roundtable with producers from the Maule and Biobío regions.

The partnership will support joint research on pasture management, water efficiency and the reduction of methane emissions from dairy herds, with an initial contribution of NZ$4 million.

"Our farmers share the same seasons, the same export markets and the same challenge of feeding the world sustainably," said Minister Thorne. Minister Sepúlveda noted that Chile's Agricultural Research Institute (INIA) and AgResearch had run joint trials in Osorno since 2019.

New Zealand's Ambassador to Chile, Hemi Walker, and the Chair of the Federation of Chilean Dairy Cooperatives, Ignacio Larraín Errázuriz, also addressed the roundtable. New Zealand farmer Aroha Te Rangi, from Waikato, demonstrated a low-cost soil moisture sensor developed by her cooperative.

The ministers agreed to report progress at the APEC Agriculture Ministers' Meeting in 2024. Minister Thorne continues her visit to Lima and Buenos Aires.`,
    expected: {
      date: '2023-11-08',
      people: [
        ['Margaret Thorne', 'NZ'],
        ['María José Sepúlveda Ortúzar', 'CL'],
        ['Hemi Walker', 'NZ'],
        ['Ignacio Larraín Errázuriz', 'CL'],
        ['Aroha Te Rangi', 'NZ'],
      ],
      countries: ['CL', 'NZ'],
      blocs: ['APEC'],
      events: ["APEC Agriculture Ministers' Meeting"],
      organizations: [
        'Agricultural Research Institute (INIA)',
        'AgResearch',
        'Federation of Chilean Dairy Cooperatives',
      ],
      places: ['Santiago', 'Maule', 'Biobío', 'Osorno', 'Waikato', 'Lima', 'Buenos Aires'],
    },
  },
  {
    id: 'bc-malaysia-techasia-2031',
    text: `Media > Press Statements
Malaysia to Host TechAsia 2031

KENYATAAN MEDIA / PRESS STATEMENT
No. Ruj: MOSTI/PR/2030/117

Putrajaya, 9 September 2030 – Malaysia has been selected to host TechAsia 2031, the region's largest gathering of start-ups, investors and research institutions, the Ministry of Science, Technology and Innovation (MOSTI) announced today.

Minister of Science, Technology and Innovation Tan Sri Abdul Rahman bin Yusof said the event would take place in Kuala Lumpur from 14 to 17 July 2031 and was expected to attract 40,000 participants from across ASEAN and beyond.

The bid was prepared with the Malaysia Digital Economy Corporation (MDEC) and the Sarawak state government. Datuk Lim Wei Keat, chairman of the national organising committee, said a satellite programme would be held in Kuching and Penang.

Representatives of Singapore, Thailand and Indonesia, which also bid for the event, congratulated Malaysia. The ASEAN Secretary-General, Dr. Kao Sovannara, welcomed the decision in a video message.

TechAsia 2031 will coincide with the 4th ASEAN Ministerial Meeting on Science, Technology and Innovation (AMMSTI-4).`,
    expected: {
      date: '2030-09-09',
      people: [
        ['Abdul Rahman bin Yusof', 'MY'],
        ['Lim Wei Keat', 'MY'],
        ['Kao Sovannara', null],
      ],
      countries: ['ID', 'MY', 'SG', 'TH'],
      blocs: ['ASEAN'],
      events: [
        'TechAsia 2031',
        '4th ASEAN Ministerial Meeting on Science, Technology and Innovation (AMMSTI-4)',
      ],
      organizations: [
        'Ministry of Science, Technology and Innovation (MOSTI)',
        'Malaysia Digital Economy Corporation (MDEC)',
      ],
      places: ['Putrajaya', 'Kuala Lumpur', 'Sarawak', 'Kuching', 'Penang'],
    },
  },
  {
    id: 'bc-nigeria-rice-seed-ecowas',
    text: `Nigeria and ECOWAS Partners Launch Regional Rice Seed Initiative

PRESS RELEASE
Ref: FMAFS/PR/2022/088

Abuja, 29 July 2022 – The Federal Ministry of Agriculture and Food Security today launched the West African Rice Seed Initiative with partners from ECOWAS member states, at a ceremony attended by ministers from Ghana, Niger and Benin.

Minister of State for Agriculture, Engr. Chukwuemeka Obi, said the initiative would make certified seed available to 1.2 million smallholder farmers by 2025. "We cannot talk about food sovereignty while importing the seed we plant," he said.

The Permanent Secretary of the Ministry, Alhaji Musa Ibrahim Dankwambo, explained that seed processing hubs would be built in Kebbi, Niger State and Ebonyi. Nigeria's partners include the Africa Rice Center (AfricaRice), whose Director General, Dr. Kofi Appiah-Boateng, described Nigeria as "the engine of rice self-sufficiency in West Africa."

Ghana's Minister for Food and Agriculture, Yaw Osei Bonsu, and the ECOWAS Commissioner for Agriculture, Environment and Water Resources, Aminata Traoré Sidibé, also spoke. A technical session chaired by Engr. Ngozi Eze-Okafor, Director of Seed Services in the Ministry, examined quality standards.

Reported by Ifeoma Nwachukwu, Information Officer`,
    expected: {
      date: '2022-07-29',
      people: [
        ['Chukwuemeka Obi', 'NG'],
        ['Musa Ibrahim Dankwambo', 'NG'],
        ['Kofi Appiah-Boateng', null],
        ['Yaw Osei Bonsu', 'GH'],
        ['Aminata Traoré Sidibé', null],
        ['Ngozi Eze-Okafor', 'NG'],
        ['Ifeoma Nwachukwu', 'NG'],
      ],
      countries: ['BJ', 'GH', 'NE', 'NG'],
      blocs: ['ECOWAS'],
      events: [],
      organizations: ['Federal Ministry of Agriculture and Food Security', 'Africa Rice Center (AfricaRice)'],
      places: ['Abuja', 'Kebbi', 'Niger State', 'Ebonyi'],
    },
  },
  {
    id: 'bc-colombia-energy-press-briefing',
    text: `Ministerio de Minas y Energía > Sala de Prensa
Press Briefing by the Minister of Mines and Energy

Bogotá, 5 April 2022 –

Office of the Spokesperson

Following the Opening Ceremony of the Andean Electrical Interconnection Summit 2022, Colombia's Minister of Mines and Energy, Andrés Felipe Mosquera Restrepo, held a Press Briefing with national and international media.

The Minister said Colombia and Ecuador had agreed to complete a second 500 kV transmission line before 2025, and that technical talks with Peru and Bolivia would begin within the framework of the Andean Community.

Asked about gas supply, Vice Minister of Energy Carolina Gaviria Ochoa said regasification capacity in Cartagena and Buenaventura would double. Ecuador's Minister of Energy and Mines, Fernando Ayala Cevallos, who joined the briefing, confirmed that his country would export surplus hydropower during the rainy season.

The Secretary-General of the Andean Community, Dr. Ricardo Vélez Paz, delivered the Closing Remarks of the first day, stressing that an integrated market could lower electricity prices by up to 15 percent.

Journalists may request the full transcript from prensa@minenergia.example.`,
    expected: {
      date: '2022-04-05',
      people: [
        ['Andrés Felipe Mosquera Restrepo', 'CO'],
        ['Carolina Gaviria Ochoa', 'CO'],
        ['Fernando Ayala Cevallos', 'EC'],
        ['Ricardo Vélez Paz', null],
      ],
      countries: ['BO', 'CO', 'EC', 'PE'],
      blocs: ['Andean Community'],
      events: ['Andean Electrical Interconnection Summit 2022'],
      organizations: [],
      places: ['Bogotá', 'Cartagena', 'Buenaventura'],
    },
  },
  {
    id: 'bc-uruguay-agroexpo-registration',
    text: `Home > News > Announcements
Registration Opens for AgroExpo 2021

No. 031/2021
For immediate release

Montevideo, 3 February 2021 – The Ministry of Livestock, Agriculture and Fisheries (MGAP) of Uruguay announced today that registration is open for exhibitors at AgroExpo 2021, which will be held from 15 to 18 April in Durazno.

This year's edition will combine an in-person exhibition with a virtual business platform for buyers from Brazil, Argentina, China and the European Union, in response to travel restrictions.

Exhibitors may register through the portal of the Uruguay XXI investment and export promotion agency until 15 March. Small producers from Tacuarembó, Rivera and Artigas will be exempt from stand fees.

The programme includes the National Livestock Genetics Contest, a Biosafety seminar organised with the National Institute of Agricultural Research (INIA), and a Press Briefing on the final day.

For more information: agroexpo@mgap.example | +598 2 555 0131`,
    expected: {
      date: '2021-02-03',
      people: [],
      countries: ['AR', 'BR', 'CN', 'UY'],
      blocs: ['EU'],
      events: ['AgroExpo 2021', 'National Livestock Genetics Contest'],
      organizations: [
        'Ministry of Livestock, Agriculture and Fisheries (MGAP)',
        'Uruguay XXI',
        'National Institute of Agricultural Research (INIA)',
      ],
      places: ['Montevideo', 'Durazno', 'Tacuarembó', 'Rivera', 'Artigas'],
    },
  },
  {
    id: 'bc-mexico-rabat-national-day',
    text: `Inicio > Comunicados
Mexico Celebrates National Day in Rabat

Comunicado No. 14/2019

Rabat, 16 September 2019 – The Embassy of Mexico in Morocco held a reception last night to mark the 209th anniversary of Mexico's independence, attended by more than 300 guests from the Moroccan government, the diplomatic corps and the Mexican community.

Ambassador Begoña Núñez Arriaga recalled that Mexico and Morocco will celebrate 60 years of diplomatic relations in 2022 and announced a Mexican Film Week in Rabat, Casablanca and Tangier for November. She also thanked the Moroccan painter Leila Benjelloun for a mural inspired by textiles from Oaxaca.

The Minister Delegate for Moroccans Living Abroad, Youssef ibn Rachid El Amrani, represented the host government. He praised the growth of trade in phosphates and automotive parts and proposed the creation of a Morocco–Mexico Business Council, with a first session in Mexico City.

Guests enjoyed mariachi music and dishes prepared by the Mexican chef Ximena Zúñiga Peña, who travelled from Puebla for the occasion. The traditional cry of independence was led by the Ambassador together with the Deputy Head of Mission, Ricardo Olvera.`,
    expected: {
      date: '2019-09-16',
      people: [
        ['Begoña Núñez Arriaga', 'MX'],
        ['Leila Benjelloun', 'MA'],
        ['Youssef ibn Rachid El Amrani', 'MA'],
        ['Ximena Zúñiga Peña', 'MX'],
        ['Ricardo Olvera', 'MX'],
      ],
      countries: ['MA', 'MX'],
      blocs: [],
      events: ['Mexican Film Week'],
      organizations: ['Embassy of Mexico in Morocco', 'Morocco–Mexico Business Council'],
      places: ['Rabat', 'Casablanca', 'Tangier', 'Oaxaca', 'Mexico City', 'Puebla'],
    },
  },
  {
    id: 'bc-hungary-jakarta-scholarship',
    text: `Beranda > Berita
Hungarian Scholarships Open for Indonesian Students

Jakarta, 15 Februari 2022

The Embassy of Hungary in Jakarta, together with Indonesia's Ministry of Education, Culture, Research and Technology, today launched the 2022 call for the Danube Scholarship Programme, which offers 150 places at Hungarian universities for Indonesian students.

Ambassador Zsófia Kővári said more than 600 Indonesians had studied in Hungary since the programme began. "Our universities in Budapest, Debrecen and Szeged have become a second home for young people from Aceh to Papua," she said.

Bu Sri Wahyuni Hartono, Director of Higher Education Cooperation at the ministry, encouraged applicants from the eastern provinces. Pak Agus Salim Nugroho, chairman of the Indonesian alumni association, and Dewi Lestari Putri, an Indonesian alumna now lecturing at Universitas Gadjah Mada, shared their experiences of student life.

Applications are open until 31 March. Hungarian universities will also present their programmes at the Study in Hungary Fair 2022 in Surabaya on 5 March.`,
    expected: {
      date: '2022-02-15',
      people: [
        ['Zsófia Kővári', 'HU'],
        ['Sri Wahyuni Hartono', 'ID'],
        ['Agus Salim Nugroho', 'ID'],
        ['Dewi Lestari Putri', 'ID'],
      ],
      countries: ['HU', 'ID'],
      blocs: [],
      events: ['Study in Hungary Fair 2022'],
      organizations: [
        'Embassy of Hungary in Jakarta',
        'Ministry of Education, Culture, Research and Technology',
        'Universitas Gadjah Mada',
      ],
      places: ['Jakarta', 'Budapest', 'Debrecen', 'Szeged', 'Aceh', 'Papua', 'Surabaya'],
    },
  },
  {
    id: 'bc-argentina-china-energy-lab',
    text: `Ministry of Science, Technology and Innovation > News
Sino-Argentine Joint Laboratory on Energy Storage Inaugurated in Jujuy

Buenos Aires, 30 May 2023 – Argentina's Minister of Science, Technology and Innovation, Dr. Valeria Ruiz Echeverría, and the Vice Minister of Science and Technology of the People's Republic of China, Mr. LIU Wenjun, yesterday inaugurated the Sino-Argentine Joint Laboratory on Energy Storage in San Salvador de Jujuy.

The laboratory, hosted by the National University of Jujuy, will develop cathode materials from lithium extracted in the province and train 40 young researchers per year. Chinese partner institutions include Central South University in Changsha and the Qinghai Institute of Salt Lakes.

Vice Minister LIU said the laboratory was "a concrete result of the comprehensive strategic partnership" and announced that a second call for joint projects would open at the 7th Meeting of the China–Argentina Joint Commission on Science and Technology in Beijing in November.

Also present were the Governor of Jujuy Province, Hernán Quispe; the President of Argentina's National Scientific and Technical Research Council (CONICET), Dr. Ana Beatriz Frías; and Professor ZHANG Lihua of Central South University, the laboratory's Chinese co-director.`,
    expected: {
      date: '2023-05-30',
      people: [
        ['Valeria Ruiz Echeverría', 'AR'],
        ['Liu Wenjun', 'CN'],
        ['Hernán Quispe', 'AR'],
        ['Ana Beatriz Frías', 'AR'],
        ['Zhang Lihua', 'CN'],
      ],
      countries: ['AR', 'CN'],
      blocs: [],
      events: ['7th Meeting of the China–Argentina Joint Commission on Science and Technology'],
      organizations: [
        'Sino-Argentine Joint Laboratory on Energy Storage',
        'National University of Jujuy',
        'Central South University',
        'Qinghai Institute of Salt Lakes',
        'National Scientific and Technical Research Council (CONICET)',
      ],
      places: ['Buenos Aires', 'Jujuy', 'San Salvador de Jujuy', 'Changsha', 'Qinghai', 'Beijing'],
    },
  },
  {
    id: 'bc-dominican-tourism-ambassador',
    text: `Ministry of Tourism > News
Baseball Legend Named Tourism Ambassador Ahead of Caribbean Travel Week 2019

Santo Domingo, 12 April 2019 – The Dominican Republic's Ministry of Tourism today named former big-league pitcher Juan Carlos "El Cañón" Peralta as Honorary Ambassador of Dominican Tourism, ahead of Caribbean Travel Week 2019 in New York.

Tourism Minister Francisco Javier Almonte said Peralta, a native of San Pedro de Macorís, would promote the country's beaches, golf courses and baseball heritage in the United States, Canada and Japan. "Nobody throws harder for the Dominican Republic than he does," the Minister joked.

Peralta thanked the ministry and recalled that he learned to pitch with a glove made of cardboard. He will travel to New York with Vice Minister Carmen Luisa Báez and with Héctor Sánchez de la Cruz, director of the ministry's promotion office in Miami.

Arrivals of visitors from the United States rose 9 percent in the first quarter. The ministry will also take part in the State of the Industry Conference of the Caribbean Tourism Organization (CTO) in June.`,
    expected: {
      date: '2019-04-12',
      people: [
        ['Juan Carlos Peralta', 'DO'],
        ['Francisco Javier Almonte', 'DO'],
        ['Carmen Luisa Báez', 'DO'],
        ['Héctor Sánchez de la Cruz', 'DO'],
      ],
      countries: ['CA', 'DO', 'JP', 'US'],
      blocs: [],
      events: ['Caribbean Travel Week 2019', 'State of the Industry Conference'],
      organizations: ['Ministry of Tourism', 'Caribbean Tourism Organization (CTO)'],
      places: ['Santo Domingo', 'New York', 'San Pedro de Macorís', 'Miami'],
    },
  },
  {
    id: 'bc-ethiopia-health-financing-forum',
    text: `Home > Press Releases
Ethiopia Hosts Africa Health Financing Forum in Addis Ababa

PRESS RELEASE
Addis Ababa, 21 November 2022

Ethiopia's Ministry of Health, in collaboration with the African Union Commission and the World Health Organization (WHO), today opened the Africa Health Financing Forum (AHFF) with participants from 38 African countries.

Opening the forum, Minister of Health Dr. Lemlem Tesfaye Gebru said Ethiopia had extended community-based health insurance to 53 million people. "Domestic resources must become the backbone of our health systems," she said.

The African Union Commissioner for Health, Humanitarian Affairs and Social Development, Amb. Grace Nakato Mugisha, presented a new tracker of health spending by member states of the African Union.

Speakers also included WHO Regional Director Dr. Samuel Okonkwo-Bello, Rwanda's Minister of Health Dr. Jean Damascène Nsengimana, and the Ghanaian economist Prof. Akosua Frimpong-Ansah, who chairs the forum's expert panel.

State Minister of Health Dereje Alemu Worku announced that Ethiopia would host the 3rd Ministerial Conference on Primary Health Care in 2024. The forum continues until 23 November in the Ministry's Abebe Bikila Conference Hall.`,
    expected: {
      date: '2022-11-21',
      people: [
        ['Lemlem Tesfaye Gebru', 'ET'],
        ['Grace Nakato Mugisha', null],
        ['Samuel Okonkwo-Bello', null],
        ['Jean Damascène Nsengimana', 'RW'],
        ['Akosua Frimpong-Ansah', 'GH'],
        ['Dereje Alemu Worku', 'ET'],
      ],
      countries: ['ET', 'GH', 'RW'],
      blocs: ['African Union'],
      events: ['Africa Health Financing Forum (AHFF)', '3rd Ministerial Conference on Primary Health Care'],
      organizations: ['Ministry of Health', 'African Union Commission', 'World Health Organization (WHO)'],
      places: ['Addis Ababa'],
    },
  },
  {
    id: 'bc-paraguay-portugal-xii-commission',
    text: `XII Meeting of the Paraguay–Portugal Joint Commission Held in Lisbon

Press Release No. 022/2018
Embassy of Paraguay in Lisbon – Public Diplomacy Section
press@embapar-lisboa.example

Lisbon, 26 October 2018 – The XII Meeting of the Paraguay–Portugal Joint Commission on Cultural, Educational and Scientific Cooperation took place yesterday in Lisbon, chaired by the Vice Minister of Foreign Affairs of Paraguay, Carlos Benítez Ortiz, and the Secretary of State for Foreign Affairs and Cooperation of Portugal, Ana Margarida Gonçalves Sequeira.

The two delegations approved a programme for 2019–2021 that includes ten scholarships per year for Paraguayan students at the University of Coimbra and the University of Porto, joint research on Guarani and Jesuit heritage, and a Paraguayan Cultural Week in Lisbon in May 2019.

Ambassador Sofía Ayala de Riquelme stressed that the commission had not met since 2012 and thanked the Camões Institute for supporting the teaching of Portuguese at the National University of Asunción. The Portuguese historian Prof. João Tiago Magalhães, of the University of Coimbra, and his Paraguayan colleague Dr. Celso Giménez Sanabria presented the heritage project.

The next meeting will take place in Asunción in 2020.`,
    expected: {
      date: '2018-10-26',
      people: [
        ['Carlos Benítez Ortiz', 'PY'],
        ['Ana Margarida Gonçalves Sequeira', 'PT'],
        ['Sofía Ayala de Riquelme', 'PY'],
        ['João Tiago Magalhães', 'PT'],
        ['Celso Giménez Sanabria', 'PY'],
      ],
      countries: ['PT', 'PY'],
      blocs: [],
      events: [
        'XII Meeting of the Paraguay–Portugal Joint Commission on Cultural, Educational and Scientific Cooperation',
        'Paraguayan Cultural Week',
      ],
      organizations: [
        'Embassy of Paraguay in Lisbon',
        'University of Coimbra',
        'University of Porto',
        'Camões Institute',
        'National University of Asunción',
      ],
      places: ['Lisbon', 'Coimbra', 'Porto', 'Asunción'],
    },
  },
  {
    id: 'bc-portugal-maputo-lusophone-week',
    text: `Portugal and Mozambique Celebrate Lusophone Culture Week in Maputo

By Maria Lopes, Press Attaché

Maputo, 5 May 2021 – The Embassy of Portugal in Maputo opened Lusophone Culture Week 2021 today with a concert by Mozambican singer Celeste Macamo and Portuguese guitarist Rui Vasconcelos at the Franco-Mozambican Cultural Centre.

Ambassador Luís Filipe Brandão said the week celebrates "a language that belongs to more than 260 million people on four continents." Mozambique's Minister of Culture and Tourism, Eldevina Tembe Cossa, announced that Eduardo Mondlane University would host a colloquium on lusophone literature later in the year.

The programme includes film screenings from Angola, Brazil, Cabo Verde and Timor-Leste, a book fair with publishers from Beira and Nampula, and a cooking workshop led by the Mozambican chef Aurélio Sitoe. Students from the Portuguese School of Mozambique will close the week with a play about the journeys of Indian Ocean traders.

All events are free of charge. The full programme is available at the embassy's website.`,
    expected: {
      date: '2021-05-05',
      people: [
        ['Maria Lopes', 'PT'],
        ['Celeste Macamo', 'MZ'],
        ['Rui Vasconcelos', 'PT'],
        ['Luís Filipe Brandão', 'PT'],
        ['Eldevina Tembe Cossa', 'MZ'],
        ['Aurélio Sitoe', 'MZ'],
      ],
      countries: ['AO', 'BR', 'CV', 'FR', 'MZ', 'PT', 'TL'],
      blocs: [],
      events: ['Lusophone Culture Week 2021'],
      organizations: [
        'Embassy of Portugal in Maputo',
        'Franco-Mozambican Cultural Centre',
        'Eduardo Mondlane University',
        'Portuguese School of Mozambique',
      ],
      places: ['Maputo', 'Beira', 'Nampula'],
    },
  },
  {
    id: 'bc-sri-lanka-doha-tea-expo',
    text: `Ceylon Tea & Spice Expo 2024 Opens in Doha

Media Release No. EM/DOH/07/2024

Doha, 28 January 2024 – Ceylon Tea & Spice Expo 2024 was inaugurated yesterday in Doha by H.E. Sheikh Nasser bin Jassim Al Mahmoud, Undersecretary of Qatar's Ministry of Commerce and Industry, and Sri Lanka's Ambassador to Qatar, Chaminda Wickramasinghe.

Forty-two Sri Lankan exporters of tea, cinnamon, pepper and cloves are taking part in the four-day expo, organised by the Embassy of Sri Lanka in Qatar with the Sri Lanka Export Development Board (EDB) and the Qatar Chamber.

Sheikh Nasser said Qatar imported more than 2,000 tonnes of Ceylon tea last year and welcomed Sri Lankan investment in food processing. Ambassador Wickramasinghe recalled that over 100,000 Sri Lankans live and work in Qatar.

Engr. Tharindu Senanayake, Director General of the EDB, and the Sri Lankan tea planter Nirmala Gunawardena-Perera, from Nuwara Eliya, presented the new Single-Origin Ceylon label. A Press Briefing for Qatari media will be held on the final day.`,
    expected: {
      date: '2024-01-28',
      people: [
        ['Nasser bin Jassim Al Mahmoud', 'QA'],
        ['Chaminda Wickramasinghe', 'LK'],
        ['Tharindu Senanayake', 'LK'],
        ['Nirmala Gunawardena-Perera', 'LK'],
      ],
      countries: ['LK', 'QA'],
      blocs: [],
      events: ['Ceylon Tea & Spice Expo 2024'],
      organizations: [
        'Ministry of Commerce and Industry',
        'Embassy of Sri Lanka in Qatar',
        'Sri Lanka Export Development Board (EDB)',
        'Qatar Chamber',
      ],
      places: ['Doha', 'Nuwara Eliya'],
    },
  },
  {
    id: 'bc-japan-fiji-teacher-centre',
    text: `Japan Supports New Teacher Training Centre in Fiji

Suva, Friday 15 November 2019 – Japan and Fiji's Ministry of Education, Heritage and Arts today signed a grant agreement worth FJ$6.5 million for a new teacher training centre in Labasa.

The agreement was signed by the Ambassador of Japan to Fiji, Mr. TANAKA Kenji, and the Minister for Education, Heritage and Arts, Hon. Litia Naivalu Vosa.

Ambassador TANAKA said the centre would train 300 teachers a year from Fiji's Northern Division and from other members of the Pacific Islands Forum. "Education is the foundation of the resilient Pacific we are building together," he said.

Minister Naivalu Vosa thanked the people of Japan and noted that the project follows commitments made at the 2nd Japan–Pacific Education Ministers' Dialogue, held in Tokyo last year. Dr. Kalesi Waqa, head of the Lautoka campus of Fiji National University, will coordinate the curriculum, supported by Yuki Morimoto, a volunteer of the Japan International Cooperation Agency (JICA).

Construction is expected to begin in March and to be completed within eighteen months.`,
    expected: {
      date: '2019-11-15',
      people: [
        ['Tanaka Kenji', 'JP'],
        ['Litia Naivalu Vosa', 'FJ'],
        ['Kalesi Waqa', 'FJ'],
        ['Yuki Morimoto', 'JP'],
      ],
      countries: ['FJ', 'JP'],
      blocs: ['Pacific Islands Forum'],
      events: ["2nd Japan–Pacific Education Ministers' Dialogue"],
      organizations: [
        'Ministry of Education, Heritage and Arts',
        'Fiji National University',
        'Japan International Cooperation Agency (JICA)',
      ],
      places: ['Suva', 'Labasa', 'Northern Division', 'Tokyo', 'Lautoka'],
    },
  },
  {
    id: 'bc-south-africa-brics-energy',
    text: `Department of Mineral Resources and Energy > Media Statements
South Africa Hosts BRICS Energy Ministers in Gqeberha

MEDIA STATEMENT

Gqeberha, 18 August 2023 – South Africa's Minister of Mineral Resources and Energy, Nomvula Dlamini-Khumalo, today chaired the 8th Meeting of BRICS Energy Ministers, which adopted a joint communiqué on energy security and a just energy transition.

The meeting was attended by Brazil's Minister of Mines and Energy, Otávio Cardoso Leme; Russia's First Deputy Minister of Energy, Anton Grishin; India's Minister of State for Power, Rajesh Kumar Menon; and the Vice Administrator of China's National Energy Administration, Mr. WANG Hongbo.

Ministers agreed to publish a joint outlook on critical minerals and to expand training for grid operators. Minister Dlamini-Khumalo said the group "represents almost half of the world's energy consumers and must speak with one voice on fair financing."

Deputy Minister Thabo Mahlangu announced that Eskom and the Industrial Development Corporation would host a delegation of Indian and Chinese manufacturers of solar components in October.

The next meeting will be hosted by Russia in 2024.`,
    expected: {
      date: '2023-08-18',
      people: [
        ['Nomvula Dlamini-Khumalo', 'ZA'],
        ['Otávio Cardoso Leme', 'BR'],
        ['Anton Grishin', 'RU'],
        ['Rajesh Kumar Menon', 'IN'],
        ['Wang Hongbo', 'CN'],
        ['Thabo Mahlangu', 'ZA'],
      ],
      countries: ['BR', 'CN', 'IN', 'RU', 'ZA'],
      blocs: ['BRICS'],
      events: ['8th Meeting of BRICS Energy Ministers'],
      organizations: ['National Energy Administration', 'Eskom', 'Industrial Development Corporation'],
      places: ['Gqeberha'],
    },
  },
  {
    id: 'bc-ireland-hanoi-biosafety',
    text: `Irish and Vietnamese Scientists Discuss Biosafety of Gene-Edited Rice

Public Diplomacy Section
Tel: +84 24 3974 0000

Date: 2019-11-28

The Embassy of Ireland in Viet Nam today hosted a seminar on Biosafety and gene-edited rice in the embassy's Henley Conference Room in Hanoi.

Scientists from Teagasc, Ireland's agriculture and food development authority, and from the Vietnam Academy of Agricultural Sciences (VAAS) compared regulatory approaches in the two countries and discussed field trials in the south of Viet Nam.

Chargé d'Affaires a.i. Siobhán Ní Bhriain opened the seminar, noting that Irish and Vietnamese farmers "face the same question: how to produce more with less, without losing public trust." Phạm Văn Toàn, Deputy Director General of VAAS, presented results from salt-tolerant rice lines.

Dr. Ciarán Ó Dálaigh of University College Dublin delivered the Keynote Address, "Biosafety Without Borders", followed by a Q&A Session moderated by journalist Mai Anh Thư.

The seminar was part of Ireland–Viet Nam Science Week 2019, which concludes on Saturday with a visit by Vice Minister of Science and Technology Lê Thị Hồng Nhung to the embassy's scholarship alumni.`,
    expected: {
      date: '2019-11-28',
      people: [
        ['Siobhán Ní Bhriain', 'IE'],
        ['Phạm Văn Toàn', 'VN'],
        ['Ciarán Ó Dálaigh', 'IE'],
        ['Mai Anh Thư', null],
        ['Lê Thị Hồng Nhung', 'VN'],
      ],
      countries: ['IE', 'VN'],
      blocs: [],
      events: ['Ireland–Viet Nam Science Week 2019'],
      organizations: [
        'Embassy of Ireland in Viet Nam',
        'Teagasc',
        'Vietnam Academy of Agricultural Sciences (VAAS)',
        'University College Dublin',
      ],
      places: ['Hanoi', 'Dublin'],
    },
  },
  {
    id: 'bc-colombia-korea-business-forum',
    text: `Colombia–Korea Business Forum 2023 Highlights Agribusiness and Green Hydrogen

Boletín de prensa No. 031

Seoul, 7 September 2023 – More than 150 Korean and Colombian business leaders attended the Colombia–Korea Business Forum 2023, organised by the Embassy of Colombia in the Republic of Korea, ProColombia and the Korea Trade-Investment Promotion Agency (KOTRA).

Ambassador Juan Sebastián Restrepo Gómez opened the forum with Korea's Deputy Minister for Trade, Lee Seo-yeon, and the Korean businessman Choi Dong-hyun, President of the Korea–Colombia Economic Cooperation Committee.

"Colombia is Korea's gateway to the Pacific Alliance, a market of more than 230 million people," said Ambassador Restrepo Gómez. Deputy Minister Lee noted that the free trade agreement between the two countries had helped bilateral trade grow by a third.

Sergio Andrés Ospina Duque, Vice President of ProColombia, and Park Min-young of the Korea Hydrogen Alliance presented a pilot project for green hydrogen on the Caribbean coast. The Governor of the Colombian department of Antioquia, Luis Fernando Cárdenas, invited Korean investors to Medellín.

The forum ended with business matchmaking sessions for flower, coffee and avocado exporters.`,
    expected: {
      date: '2023-09-07',
      people: [
        ['Juan Sebastián Restrepo Gómez', 'CO'],
        ['Lee Seo-yeon', 'KR'],
        ['Choi Dong-hyun', 'KR'],
        ['Sergio Andrés Ospina Duque', 'CO'],
        ['Park Min-young', 'KR'],
        ['Luis Fernando Cárdenas', 'CO'],
      ],
      countries: ['CO', 'KR'],
      blocs: ['Pacific Alliance'],
      events: ['Colombia–Korea Business Forum 2023'],
      organizations: [
        'Embassy of Colombia in the Republic of Korea',
        'ProColombia',
        'Korea Trade-Investment Promotion Agency (KOTRA)',
        'Korea–Colombia Economic Cooperation Committee',
        'Korea Hydrogen Alliance',
      ],
      places: ['Seoul', 'Antioquia', 'Medellín'],
    },
  },
  {
    id: 'bc-egypt-tunisia-universities',
    text: `Egypt and Tunisia Expand University Exchanges

Ministry of Higher Education and Scientific Research
Arab Republic of Egypt
Press Office – Release No. 212/2022

Cairo, 10 October 2022 – Minister of Higher Education and Scientific Research Dr. Hisham Abdel-Rahman al-Sayed today received his Tunisian counterpart, Prof. Moncef Ben Salah, and the accompanying delegation on the occasion of the 9th Session of the Egyptian–Tunisian Joint Committee for Higher Education.

The two ministers agreed to raise the number of scholarships for Tunisian students at Cairo University and Alexandria University to 120 per year, and to launch a joint doctoral programme in water desalination between the University of Sfax and the Egypt-Japan University of Science and Technology (E-JUST).

Dr. Nermine Fawzy Hassan, Assistant Minister for International Cooperation, presented a digital platform for the mutual recognition of degrees. Tunisia's Ambassador in Cairo, Mohamed Karim Jaziri, said that more than 3,000 Tunisians had graduated from Egyptian universities over the past twenty years.

The two sides also agreed to coordinate their positions on education within the Arab League.`,
    expected: {
      date: '2022-10-10',
      people: [
        ['Hisham Abdel-Rahman al-Sayed', 'EG'],
        ['Moncef Ben Salah', 'TN'],
        ['Nermine Fawzy Hassan', 'EG'],
        ['Mohamed Karim Jaziri', 'TN'],
      ],
      countries: ['EG', 'JP', 'TN'],
      blocs: ['Arab League'],
      events: ['9th Session of the Egyptian–Tunisian Joint Committee for Higher Education'],
      organizations: [
        'Ministry of Higher Education and Scientific Research',
        'Cairo University',
        'Alexandria University',
        'University of Sfax',
        'Egypt-Japan University of Science and Technology (E-JUST)',
      ],
      places: ['Cairo', 'Alexandria', 'Sfax'],
    },
  },
  {
    id: 'bc-finland-namibia-vocational',
    text: `Finland and Namibia Renew Partnership on Vocational Education

Embassy of Finland in Windhoek

Date 2019-03-04

The Embassy of Finland in Windhoek and Namibia's Ministry of Higher Education, Training and Innovation today signed a renewed memorandum on vocational education, extending Finnish support to the Namibia Training Authority (NTA) until 2022.

Ambassador Päivi Järvinen-Koskela said Finnish teachers had trained more than 400 Namibian instructors since 2014. Namibia's Deputy Minister of Higher Education, Training and Innovation, Hon. Dr. Loide Shikongo, thanked Finland for "a partnership that has placed skills at the heart of our development."

Students at vocational centres in Keetmanshoop, Rundu and Ongwediva will benefit from new workshops in solar installation and agro-processing. Eero Mäkinen of Tampere University of Applied Sciences (TAMK) will lead the training of trainers.

The partners will present the results at the next SADC Meeting of Ministers of Education and Training in Maputo.`,
    expected: {
      date: '2019-03-04',
      people: [
        ['Päivi Järvinen-Koskela', 'FI'],
        ['Loide Shikongo', 'NA'],
        ['Eero Mäkinen', 'FI'],
      ],
      countries: ['FI', 'NA'],
      blocs: ['SADC'],
      events: ['SADC Meeting of Ministers of Education and Training'],
      organizations: [
        'Embassy of Finland in Windhoek',
        'Ministry of Higher Education, Training and Innovation',
        'Namibia Training Authority (NTA)',
        'Tampere University of Applied Sciences (TAMK)',
      ],
      places: ['Windhoek', 'Keetmanshoop', 'Rundu', 'Ongwediva', 'Tampere', 'Maputo'],
    },
  },
  {
    id: 'bc-thailand-mekong-tourism',
    text: `Ministry of Tourism and Sports > News
Greater Mekong Tourism Ministers Agree on Single Visa Roadmap

Friday, 15/11/2019 09:30 GMT+7

Chiang Mai – Tourism ministers from Thailand, Cambodia, Lao PDR, Myanmar and Viet Nam, together with a delegation from Yunnan Province of China, today concluded the 7th Greater Mekong Tourism Ministers' Meeting with a roadmap towards a single regional tourist visa by 2025.

The meeting was chaired by Thailand's Minister of Tourism and Sports, Somchai Rattanakorn, and attended by Cambodia's Minister of Tourism, Chea Vannarith; Lao Vice Minister of Information, Culture and Tourism Khamphanh Sisoulath; Myanmar's Deputy Minister of Hotels and Tourism, U Aung Kyaw Min; Vietnamese Vice Minister of Culture, Sports and Tourism Trịnh Minh Khuê; and Vice Governor Zhao Lin of Yunnan.

Ministers also launched Visit Mekong Year 2021, a joint campaign for river cruises, heritage towns and community-based tourism. Khun Pimchanok Srisawat, Governor of the Tourism Authority of Thailand (TAT), presented a shared booking portal for small operators.

The next meeting will be held in Luang Prabang in 2020.`,
    expected: {
      date: '2019-11-15',
      people: [
        ['Somchai Rattanakorn', 'TH'],
        ['Chea Vannarith', 'KH'],
        ['Khamphanh Sisoulath', 'LA'],
        ['Aung Kyaw Min', 'MM'],
        ['Trịnh Minh Khuê', 'VN'],
        ['Zhao Lin', 'CN'],
        ['Pimchanok Srisawat', 'TH'],
      ],
      countries: ['CN', 'KH', 'LA', 'MM', 'TH', 'VN'],
      blocs: [],
      events: ["7th Greater Mekong Tourism Ministers' Meeting", 'Visit Mekong Year 2021'],
      organizations: ['Tourism Authority of Thailand (TAT)'],
      places: ['Chiang Mai', 'Yunnan', 'Luang Prabang'],
    },
  },
  {
    id: 'bc-georgia-warsaw-wine-days',
    text: `Georgian Wine Days 2018 Bring Qvevri Tradition to Warsaw

Press Release No. 17/2018

Warsaw, 20 April 2018 – The Embassy of Georgia in Warsaw opened Georgian Wine Days 2018 today, presenting 25 wineries from Kakheti, Imereti and Racha to Polish importers, sommeliers and journalists.

Ambassador Nino Beridze-Lomidze noted that Poland had become the third largest export market for Georgian wine after Russia and China. "Eight thousand years of winemaking have taught us patience; Polish consumers have taught us ambition," she said.

Poland's Deputy Minister of Agriculture and Rural Development, Małgorzata Wójcik-Zając, welcomed the initiative and Levan Tsiklauri, Chairman of Georgia's National Wine Agency, presented new rules on protected designations of origin.

The Georgian winemaker Giorgi "Gogi" Abashidze, from Telavi, led a tasting of amber wines made in clay qvevri, and the Polish sommelier Tomasz Kałużny of Kraków presented pairings with regional cheeses.

Polish buyers were invited to the Tbilisi Wine & Gastronomy Fair 2018 in Tbilisi in May.`,
    expected: {
      date: '2018-04-20',
      people: [
        ['Nino Beridze-Lomidze', 'GE'],
        ['Małgorzata Wójcik-Zając', 'PL'],
        ['Levan Tsiklauri', 'GE'],
        ['Giorgi Abashidze', 'GE'],
        ['Tomasz Kałużny', 'PL'],
      ],
      countries: ['CN', 'GE', 'PL', 'RU'],
      blocs: [],
      events: ['Georgian Wine Days 2018', 'Tbilisi Wine & Gastronomy Fair 2018'],
      organizations: ['Embassy of Georgia in Warsaw', 'National Wine Agency'],
      places: ['Warsaw', 'Kakheti', 'Imereti', 'Racha', 'Telavi', 'Kraków', 'Tbilisi'],
    },
  },
  {
    id: 'bc-bangladesh-tashkent-delegation',
    text: `Bangladesh Trade Delegation to Visit Tashkent and Samarkand

Ministry of Commerce
Press Release No. 58

A delegation of thirty Bangladeshi garment, jute and pharmaceutical companies will visit Tashkent and Samarkand from 12 to 15 May, the Ministry of Commerce announced in Dhaka on Sunday.

The delegation will be led by Senior Secretary Mahbubur Rahman Chowdhury and will take part in the Uzbekistan–Bangladesh Business Forum, co-organised with the Chamber of Commerce and Industry of Uzbekistan.

Uzbekistan's Deputy Minister of Investment, Industry and Trade, Sherzod Tursunov, who visited Dhaka in January, said Uzbek cotton and Bangladeshi manufacturing capacity were "natural partners."

Nasrin Sultana Khan, president of the Bangladesh Pharmaceutical Exporters Association, said member companies hoped to register forty new medicines in Central Asia this year.

Companies wishing to join the mission may contact the Export Promotion Bureau before the end of the month.`,
    expected: {
      date: null,
      people: [
        ['Mahbubur Rahman Chowdhury', 'BD'],
        ['Sherzod Tursunov', 'UZ'],
        ['Nasrin Sultana Khan', 'BD'],
      ],
      countries: ['BD', 'UZ'],
      blocs: [],
      events: ['Uzbekistan–Bangladesh Business Forum'],
      organizations: [
        'Ministry of Commerce',
        'Chamber of Commerce and Industry of Uzbekistan',
        'Bangladesh Pharmaceutical Exporters Association',
        'Export Promotion Bureau',
      ],
      places: ['Tashkent', 'Samarkand', 'Dhaka'],
    },
  },
  {
    id: 'bc-kenya-brasilia-trade-week',
    text: `Kenyan Avocados and Tea Showcased in Brasília

On 6 March 2025, the Embassy of the Republic of Kenya in Brasília hosted the Kenya Trade & Investment Week 2025, bringing 22 Kenyan exporters to meet Brazilian buyers, importers and officials of the Brazilian Trade and Investment Promotion Agency (ApexBrasil).

Ambassador Grace Wambui Njoroge said Kenya's exports to Brazil remained modest but were growing fast, led by tea sold at the Mombasa auction and by avocados from smallholders in Murang'a. "Brazilians love coffee; we want them to discover Kenyan tea," she said.

Brazil's Secretary of Foreign Trade, Rodrigo Azevedo Pimentel, welcomed the delegation and proposed a technical dialogue on plant health rules. Kenya's Principal Secretary for Trade, Hon. Jackson Kiprotich Langat, invited Brazilian agribusiness firms to invest in cold-chain logistics.

The Brazilian chef Thiago Conceição prepared a tasting menu combining Kenyan tea with regional dishes. The Opening Ceremony of a photo exhibition on Kenyan wildlife closed the first day.

The delegation continues to São Paulo for the Kenya–Brazil Business Forum on 10 March.`,
    expected: {
      date: '2025-03-06',
      people: [
        ['Grace Wambui Njoroge', 'KE'],
        ['Rodrigo Azevedo Pimentel', 'BR'],
        ['Jackson Kiprotich Langat', 'KE'],
        ['Thiago Conceição', 'BR'],
      ],
      countries: ['BR', 'KE'],
      blocs: [],
      events: ['Kenya Trade & Investment Week 2025', 'Kenya–Brazil Business Forum'],
      organizations: [
        'Embassy of the Republic of Kenya in Brasília',
        'Brazilian Trade and Investment Promotion Agency (ApexBrasil)',
      ],
      places: ['Brasília', 'Mombasa', "Murang'a", 'São Paulo'],
    },
  },
];
