import type { EvalCase } from './eval-set';

/**
 * Blind D (mixed): 34 announcements written for this project on 2026-12-01, BLIND — without reading the
 * extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation sets,
 * and without running the extractor on them. Texts invented. Style: a mix of (1) foreign ministries'
 * readouts and statements (first and third person), (2) regional bodies' communiqués with lists of
 * participants, (3) embassies' and other ministries' releases with datelines, header blocks and by-lines,
 * (4) science and technology ministries' news of joint committees, expos and forums.
 * FIRST RUN (scored 2026-12-01, once, on the extractor of branch extract at 86f9e6c, after that session's rule
 * changes and before any change made for this set; nobody who changed the rules had read it):
 *   people         P 0.934 R 0.940 F1 0.937 (156/11/10)
 *   countries      P 0.985 R 0.978 F1 0.981 (132/2/3)
 *   blocs          P 1.000 R 0.938 F1 0.968 (15/0/1)
 *   events         P 0.875 R 0.840 F1 0.857 (42/6/8)
 *   organizations  P 0.588 R 0.528 F1 0.556 (47/33/42)
 *   places         P 0.990 R 0.836 F1 0.907 (97/1/19)
 *   date accuracy 0.941; person country acc. 0.737
 * For comparison, the extractor before that session (a9c3e4a) on the same set:
 *   people         P 0.898 R 0.741 F1 0.812 (123/14/43)
 *   countries      P 0.985 R 0.978 F1 0.981 (132/2/3)
 *   blocs          P 1.000 R 0.938 F1 0.968 (15/0/1)
 *   events         P 0.574 R 0.540 F1 0.557 (27/20/23)
 *   organizations  P 0.563 R 0.551 F1 0.557 (49/38/40)
 *   places         P 0.990 R 0.836 F1 0.907 (97/1/19)
 *   date accuracy 0.647; person country acc. 0.545
 * Held out until that first run; a tuning set since the next session (enforced with floors, like blind A–C), while
 * a new blind set measures. Full first-run error list: ingest/eval/first-runs/blind-d-mixed.txt.
 */
export const BLIND_D: EvalCase[] = [
  // ───────────── (1) Foreign ministries: readouts and statements ─────────────
  {
    id: 'bd-peru-water-breakfast',
    text: `Home > Press Room > Readouts

Foreign Minister Castillo Ferrer meets Chilean and Brazilian counterparts on transboundary water security

Lima, 14 March 2027 – The Minister of Foreign Affairs of Peru, Ambassador Javier Ignacio Castillo Ferrer, held a working breakfast today in the Salón Dorado with his counterparts Marcela Ríos Undurraga of Chile and Paulo Henrique Lacerda of Brazil.

The three ministers reviewed preparations for the 12th Meeting of the Andean–Amazonian Water Working Group, which Peru will host in Arequipa in June, and instructed their technical teams to finalise the draft Protocol on Shared Aquifers before that date.

Minister Castillo Ferrer underlined that glacier retreat in the Cordillera Blanca is "no longer a forecast but a daily reality" for communities in Áncash and Cusco. Minister Ríos Undurraga offered the experience of Chile's Dirección General de Aguas in satellite monitoring of snowpack, while Minister Lacerda proposed that the Brazilian Space Agency share radar imagery of the headwaters free of charge.

The ministers also exchanged views on the XX Ministerial Meeting on Amazonian Biodiversity, to be held in Brasília in September, and agreed to present a common position on financing for river basin authorities.

The Vice Minister for Foreign Affairs, Lucía Paredes Quispe, and the Director of Sovereignty and Boundaries, Minister Counsellor Óscar Huamán Rojas, also took part in the breakfast.`,
    expected: {
      date: '2027-03-14',
      people: [
        ['Javier Ignacio Castillo Ferrer', 'PE'],
        ['Marcela Ríos Undurraga', 'CL'],
        ['Paulo Henrique Lacerda', 'BR'],
        ['Lucía Paredes Quispe', 'PE'],
        ['Óscar Huamán Rojas', 'PE'],
      ],
      countries: ['BR', 'CL', 'PE'],
      blocs: [],
      events: [
        '12th Meeting of the Andean–Amazonian Water Working Group',
        'XX Ministerial Meeting on Amazonian Biodiversity',
      ],
      organizations: ['Dirección General de Aguas', 'Brazilian Space Agency'],
      places: ['Lima', 'Arequipa', 'Áncash', 'Cusco', 'Brasília'],
    },
  },
  {
    id: 'bd-denmark-sahel-statement',
    text: `Ministry of Foreign Affairs of Denmark > News > Statements

Statement by the Minister for Foreign Affairs on the ceasefire in the central Sahel

Copenhagen, 2 September 2026

I welcome the ceasefire announced yesterday by the parties and commend the patient mediation of Senegal and of the African Union's High Representative, Dr. Aminata Diallo Touré.

Denmark has supported this dialogue from its first day. Together with our Nordic partners, we have financed humanitarian corridors and the work of local peace committees in the border districts. This morning I spoke with my Norwegian colleague, Foreign Minister Håkon Brennås, and with Sweden's Minister for International Development Cooperation, Åsa Lindqvist Bergman. We agreed to release an additional 40 million kroner for mine clearance and food assistance.

A ceasefire is only a first step. I call on all parties to allow unhindered humanitarian access, to release detained journalists and to return to the negotiating table at the Second Inter-Community Peace Conference planned for October.

Denmark will continue to stand with the people of the region. I have asked our Ambassador in Dakar, Søren Kjærgaard Holm, to convey this message directly to the mediators.

Lars Østergaard Nielsen
Minister for Foreign Affairs`,
    expected: {
      date: '2026-09-02',
      people: [
        ['Aminata Diallo Touré', null],
        ['Håkon Brennås', 'NO'],
        ['Åsa Lindqvist Bergman', 'SE'],
        ['Søren Kjærgaard Holm', 'DK'],
        ['Lars Østergaard Nielsen', 'DK'],
      ],
      countries: ['DK', 'NO', 'SE', 'SN'],
      blocs: ['African Union'],
      events: ['Second Inter-Community Peace Conference'],
      organizations: [],
      places: ['Copenhagen', 'Dakar'],
    },
  },
  {
    id: 'bd-korea-georgia-visit',
    text: `Ministry of Foreign Affairs, Republic of Korea > Press Releases

Minister Park Ji-hoon visits battery plant in Georgia and meets state officials

Date: 2026-05-19

Minister of Foreign Affairs PARK Ji-hoon, who is visiting the United States, travelled on 18 May to Atlanta, Georgia, where he met Governor Thomas R. Whitfield Jr. and officials of the Georgia Department of Economic Development.

Minister Park thanked the Governor for the support extended to Korean companies, noting that Korean investment in the state has created more than 20,000 jobs. The two sides discussed visa procedures for Korean technicians, the safety of Korean nationals and the expansion of direct flights between Incheon and Atlanta.

The Minister then toured the plant of the Korean battery maker Hanseong Energy Solutions in Bartow County, accompanied by the company's president, Choi Min-seo, and by the Consul General in Atlanta, Lee Dong-hyun. He encouraged the engineers, many of whom moved from Ulsan with their families, and visited a Korean language school run by the local community.

In the evening, Minister Park hosted a reception at the Consulate General of the Republic of Korea in Atlanta to open the Korea–U.S. Economic Partnership Week, attended by about 150 guests from business, academia and the Korean-American community.`,
    expected: {
      date: '2026-05-19',
      people: [
        ['Park Ji-hoon', 'KR'],
        ['Thomas R. Whitfield Jr.', 'US'],
        ['Choi Min-seo', 'KR'],
        ['Lee Dong-hyun', 'KR'],
      ],
      countries: ['KR', 'US'],
      blocs: [],
      events: ['Korea–U.S. Economic Partnership Week'],
      organizations: [
        'Georgia Department of Economic Development',
        'Hanseong Energy Solutions',
        'Consulate General of the Republic of Korea in Atlanta',
      ],
      places: ['Atlanta', 'Georgia', 'Incheon', 'Bartow County', 'Ulsan'],
    },
  },
  {
    id: 'bd-vietnam-spokesperson-fishing-boat',
    text: `Ministry of Foreign Affairs of Viet Nam > Spokesperson

Spokesperson Nguyễn Thị Thanh Hà answers questions on the sinking of a Vietnamese fishing boat

Hà Nội, 11/07/2026

Asked by reporters about the sinking of fishing boat QNg 90417 TS off the central province of Quảng Ngãi on 9 July, Foreign Ministry Spokesperson Nguyễn Thị Thanh Hà stated:

"Viet Nam is deeply concerned about the incident, in which an unidentified cargo ship collided with a Vietnamese fishing boat and failed to stop, leaving four fishermen injured. The competent authorities of Viet Nam are verifying the information and will take all appropriate measures to protect the legitimate rights and interests of our fishermen."

The Spokesperson added that Deputy Minister of Foreign Affairs Đỗ Minh Khoa had met ambassadors of ASEAN countries at the Ministry on 10 July to brief them on the incident, and that the Vietnamese Embassy in Manila had been instructed to thank the Philippine Coast Guard, whose patrol vessel rescued two of the crew.

Responding to a further question on the upcoming 59th ASEAN Foreign Ministers' Meeting, Ms. Hà said that Viet Nam would continue to work with other member states for the early conclusion of an effective and substantive Code of Conduct.`,
    expected: {
      date: '2026-07-11',
      people: [
        ['Nguyễn Thị Thanh Hà', 'VN'],
        ['Đỗ Minh Khoa', 'VN'],
      ],
      countries: ['PH', 'VN'],
      blocs: ['ASEAN'],
      events: ["59th ASEAN Foreign Ministers' Meeting"],
      organizations: ['Vietnamese Embassy in Manila', 'Philippine Coast Guard'],
      places: ['Hà Nội', 'Quảng Ngãi', 'Manila'],
    },
  },
  {
    id: 'bd-turkiye-holy-see-visit',
    text: `Republic of Türkiye Ministry of Foreign Affairs > Press Releases

Press Release Regarding the Visit of the Secretary for Relations with States of the Holy See

No: 214, 23 October 2026

Archbishop Giancarlo Ferrandi, Secretary for Relations with States and International Organizations of the Holy See, paid an official visit to Türkiye on 21-22 October 2026 upon the invitation of Deputy Minister of Foreign Affairs Ayşe Nur Karaoğlu.

During the political consultations held at the Ministry of Foreign Affairs in Ankara, the delegations reviewed bilateral relations, interfaith dialogue, the protection of cultural heritage and the humanitarian situation in the region. Deputy Minister Karaoğlu briefed her guest on Türkiye's humanitarian efforts and on the preparations for the Third Mediation for Peace Conference, which Türkiye will host in Istanbul next spring.

Archbishop Ferrandi also held talks with Director General for Bilateral Political Affairs Emre Şahin Doğanay and visited historic churches in the Beyoğlu district of Istanbul, accompanied by the Apostolic Nuncio in Ankara.

The next round of political consultations between Türkiye and the Holy See will take place in 2027.`,
    expected: {
      date: '2026-10-23',
      people: [
        ['Giancarlo Ferrandi', 'VA'],
        ['Ayşe Nur Karaoğlu', 'TR'],
        ['Emre Şahin Doğanay', 'TR'],
      ],
      countries: ['TR', 'VA'],
      blocs: [],
      events: ['Third Mediation for Peace Conference'],
      organizations: ['Ministry of Foreign Affairs'],
      places: ['Ankara', 'Istanbul', 'Beyoğlu'],
    },
  },
  {
    id: 'bd-cote-divoire-condolence-statement',
    text: `Ministry of Foreign Affairs, African Integration and Ivorians Abroad > Statements

Statement by Minister Hélène Kouassi-Brou on the passing of Ambassador Jean-Baptiste Yao N'Guessan

Abidjan, le 5 février 2027

It is with deep sadness that I learned this morning of the passing of Ambassador Jean-Baptiste Yao N'Guessan, who served Côte d'Ivoire for four decades, notably as our representative in Accra, in Ottawa and at the United Nations in New York.

Jean-Baptiste was a mentor to an entire generation of Ivorian diplomats, myself included. Together with his Ghanaian counterpart at the time, Ambassador Kwabena Osei-Mensah, he chaired with grace and firmness the 3rd session of the Côte d'Ivoire–Ghana Joint Commission for Cooperation, which laid the foundations of our cross-border electricity interconnection.

On behalf of the Government and on my own behalf, I extend my heartfelt condolences to his family and to the whole diplomatic family of our country.

I have asked the Secretary-General of the Ministry, Ambassador Koffi Désiré Amani, to coordinate with the family the arrangements for a national tribute. A book of condolences will be open to the public from Monday in the Salle des Pas Perdus of the Ministry, in Plateau.

Hélène Kouassi-Brou
Minister of Foreign Affairs, African Integration and Ivorians Abroad`,
    expected: {
      date: '2027-02-05',
      people: [
        ["Jean-Baptiste Yao N'Guessan", 'CI'],
        ['Kwabena Osei-Mensah', 'GH'],
        ['Koffi Désiré Amani', 'CI'],
        ['Hélène Kouassi-Brou', 'CI'],
      ],
      countries: ['CI', 'GH'],
      blocs: [],
      events: ["3rd session of the Côte d'Ivoire–Ghana Joint Commission for Cooperation"],
      organizations: ['United Nations'],
      places: ['Abidjan', 'Accra', 'Ottawa', 'New York', 'Plateau'],
    },
  },
  {
    id: 'bd-cabo-verde-president-angola',
    text: `Home > News

President of the Republic receives Angola's Minister of External Relations

Praia, 15 de maio de 2026 – The President of the Republic, Pedro Alves, today received at the Presidential Palace the Minister of External Relations of Angola, Domingos Manuel dos Santos Ribeiro, who is on a two-day working visit to Cabo Verde.

The audience, also attended by the Cabo Verdean Minister of Foreign Affairs, Cooperation and Regional Integration, Rui Tavares Lopes, focused on maritime security, air connections between Praia and Luanda, and vocational training for young people. The President welcomed the decision of the Angolan national airline to resume weekly flights from July and expressed Cabo Verde's readiness to share its experience in renewable energy.

Both sides agreed to strengthen cooperation between their coast guards ahead of the 2nd Atlantic Maritime Security Dialogue, which Cabo Verde will host in November.

On Saturday, Minister dos Santos Ribeiro will visit the historic centre of Cidade Velha and meet the Angolan community in the city of Mindelo, accompanied by the Ambassador of Angola to Cabo Verde, Luísa Fernanda Neto.`,
    expected: {
      date: '2026-05-15',
      people: [
        ['Pedro Alves', 'CV'],
        ['Domingos Manuel dos Santos Ribeiro', 'AO'],
        ['Rui Tavares Lopes', 'CV'],
        ['Luísa Fernanda Neto', 'AO'],
      ],
      countries: ['AO', 'CV'],
      blocs: [],
      events: ['2nd Atlantic Maritime Security Dialogue'],
      organizations: [],
      places: ['Praia', 'Luanda', 'Cidade Velha', 'Mindelo'],
    },
  },
  {
    id: 'bd-japan-hurricane-grant-aid',
    text: `Ministry of Foreign Affairs of Japan > Press Releases

Emergency Grant Aid in response to the damage caused by Hurricane Tamsin in the Caribbean

October 14, 2026

1. Japan has decided to extend Emergency Grant Aid of approximately 450 million yen in response to the damage caused by Hurricane Tamsin, which struck Jamaica, Haiti and the Bahamas from October 9. The assistance will be provided through the World Food Programme (WFP), the United Nations Children's Fund (UNICEF) and the International Federation of Red Cross and Red Crescent Societies (IFRC) for food, shelter, water and sanitation in the most affected areas, including Kingston and the department of Grand'Anse.

2. In addition, the Japan International Cooperation Agency (JICA) has provided emergency relief goods, such as tents, plastic sheets and water purifiers, from its warehouse in Miami, Florida.

3. Japan has been supporting disaster risk reduction in the member states of CARICOM, including through the Japan–CARICOM Year of Friendship and Resilience, and will continue to stand by the people of the Caribbean in their recovery and reconstruction.`,
    expected: {
      date: '2026-10-14',
      people: [],
      countries: ['BS', 'HT', 'JM', 'JP'],
      blocs: ['CARICOM'],
      events: ['Japan–CARICOM Year of Friendship and Resilience'],
      organizations: [
        'World Food Programme (WFP)',
        "United Nations Children's Fund (UNICEF)",
        'International Federation of Red Cross and Red Crescent Societies (IFRC)',
        'Japan International Cooperation Agency (JICA)',
      ],
      places: ['Kingston', "Grand'Anse", 'Miami', 'Florida'],
    },
  },
  {
    id: 'bd-thailand-china-fm-talks',
    text: `Ministry of Foreign Affairs of the Kingdom of Thailand > Press Releases

Foreign Minister holds talks with Chinese counterpart on the railway link and online scam centres

Tuesday, 04/08/2026 10:15 GMT+7

On 3 August 2026, Mr. Thanakorn Phromsuwan, Minister of Foreign Affairs of Thailand, held talks in Bangkok with Mr. Zhou Mingyuan, Minister of Foreign Affairs of the People's Republic of China, who is on an official visit to Thailand.

The two Ministers reviewed progress on the Thailand–China railway, whose section from Bangkok to Nakhon Ratchasima is expected to open in 2028, and discussed its future connection with the Lao PDR at Nong Khai. They agreed to intensify cooperation against transnational crime, particularly online scam operations, including through the joint operations centre set up with the Lao PDR and Myanmar.

Minister Thanakorn invited his counterpart to attend the 2nd Lancang–Mekong Cultural & Tourism Week, to be held in Chiang Rai in December.

After the talks, the two Ministers witnessed the signing of an agreement on visa exemption for holders of diplomatic and official passports by the Permanent Secretary for Foreign Affairs, Mrs. Sasithorn Chaiwattana, and the Chinese Ambassador to Thailand, Mr. Han Zhiqiang. The Prime Minister later received Minister Zhou at Government House.`,
    expected: {
      date: '2026-08-04',
      people: [
        ['Thanakorn Phromsuwan', 'TH'],
        ['Zhou Mingyuan', 'CN'],
        ['Sasithorn Chaiwattana', 'TH'],
        ['Han Zhiqiang', 'CN'],
      ],
      countries: ['CN', 'LA', 'MM', 'TH'],
      blocs: [],
      events: ['2nd Lancang–Mekong Cultural & Tourism Week'],
      organizations: [],
      places: ['Bangkok', 'Nakhon Ratchasima', 'Nong Khai', 'Chiang Rai'],
    },
  },

  // ───────────── (2) Regional bodies: communiqués with participants ─────────────
  {
    id: 'bd-pif-foreign-ministers-2026',
    text: `Pacific Islands Forum Secretariat > Media > Communiqués

Outcomes Statement of the 2026 Forum Foreign Ministers Meeting

Nuku'alofa, Tonga, 8 August 2026

1. The 2026 Forum Foreign Ministers Meeting was held in Nuku'alofa today, chaired by Hon. Tevita Lolohea Fifita, Minister for Foreign Affairs of Tonga.

2. Attending were: Rt Hon. Margaret Ellis-Hartley, Deputy Prime Minister and Minister of Foreign Affairs of New Zealand; Hon. Josefa Vakaloloma, Minister for Foreign Affairs of Fiji; Hon. Lealaiauloto Sione Faleolo, Minister of Foreign Affairs and Trade of Samoa; Hon. Kaitu Teiwaki, Minister for Foreign Affairs and Immigration of Kiribati; Hon. Manasseh Toliwa, Minister of Foreign Affairs and External Trade of Solomon Islands; Hon. Carlson Debrum Langrine, Minister of Foreign Affairs of the Marshall Islands; and Mr. Jeremy Calloway, Assistant Minister for Foreign Affairs, representing Australia. Other members of the Pacific Islands Forum were represented by senior officials.

3. Ministers welcomed the report of the Secretary General, Mr. Filipo Tauafiafi Leota, on the implementation of the regional security framework, and thanked the Pacific Islands Forum Secretariat for its work on the draft Regional Declaration on Climate Mobility.

4. Ministers agreed to refer the draft Declaration, together with their recommendations on climate finance, to Leaders for consideration at the 56th Pacific Islands Forum Leaders Meeting.

5. Ministers expressed their appreciation to the Government and people of Tonga for their warm hospitality.`,
    expected: {
      date: '2026-08-08',
      people: [
        ['Tevita Lolohea Fifita', 'TO'],
        ['Margaret Ellis-Hartley', 'NZ'],
        ['Josefa Vakaloloma', 'FJ'],
        ['Lealaiauloto Sione Faleolo', 'WS'],
        ['Kaitu Teiwaki', 'KI'],
        ['Manasseh Toliwa', 'SB'],
        ['Carlson Debrum Langrine', 'MH'],
        ['Jeremy Calloway', 'AU'],
        ['Filipo Tauafiafi Leota', null],
      ],
      countries: ['AU', 'FJ', 'KI', 'MH', 'NZ', 'SB', 'TO', 'WS'],
      blocs: ['Pacific Islands Forum'],
      events: ['2026 Forum Foreign Ministers Meeting', '56th Pacific Islands Forum Leaders Meeting'],
      organizations: ['Pacific Islands Forum Secretariat'],
      places: ["Nuku'alofa"],
    },
  },
  {
    id: 'bd-asean-disaster-ministers',
    text: `Home > Statements & Communiqués

Joint Statement of the 14th ASEAN Ministerial Meeting on Disaster Management

Vientiane, Lao PDR, 27 November 2026

1. The 14th ASEAN Ministerial Meeting on Disaster Management (AMMDM) was convened in Vientiane today under the chairmanship of H.E. Mr. Bounthavy Sisouphanh, Minister of Labour and Social Welfare of the Lao PDR. It was held back-to-back with the ASEAN Disaster Resilience Week 2026.

2. The Meeting was attended by H.E. Mr. Chhun Vannak, Senior Minister in charge of the National Committee for Disaster Management of Cambodia; Datuk Noraini binti Kassim, Deputy Minister of Home Affairs of Malaysia; U Thein Lwin Aung, Deputy Minister for Social Welfare, Relief and Resettlement of Myanmar, accompanied by Daw Khin Myat Noe, Director-General of the Department of Disaster Management of Myanmar; Undersecretary Eduardo M. Villanueva III, Administrator of the Office of Civil Defense of the Philippines; Mrs. Siriporn Wongsakul, Director-General of the Department of Disaster Prevention and Mitigation of Thailand; Mr. Lê Quang Tuấn, Deputy Minister of Agriculture and Environment of Viet Nam; senior officials of the other ASEAN Member States; and Dr. Kao Sopheak, Deputy Secretary-General of ASEAN.

3. The Ministers commended the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre) for its rapid deployment following Typhoon Kalani, which struck the northern Philippines and central Viet Nam in October.

4. The Ministers expressed appreciation to Japan for its continued support through the Japan–ASEAN Integration Fund (JAIF), and adopted the Vientiane Declaration on Anticipatory Action, to be submitted to the 49th ASEAN Summit.

5. The Ministers agreed to convene the 15th AMMDM in Malaysia in 2027.`,
    expected: {
      date: '2026-11-27',
      people: [
        ['Bounthavy Sisouphanh', 'LA'],
        ['Chhun Vannak', 'KH'],
        ['Noraini binti Kassim', 'MY'],
        ['Thein Lwin Aung', 'MM'],
        ['Khin Myat Noe', 'MM'],
        ['Eduardo M. Villanueva III', 'PH'],
        ['Siriporn Wongsakul', 'TH'],
        ['Lê Quang Tuấn', 'VN'],
        ['Kao Sopheak', null],
      ],
      countries: ['JP', 'KH', 'LA', 'MM', 'MY', 'PH', 'TH', 'VN'],
      blocs: ['ASEAN'],
      events: [
        '14th ASEAN Ministerial Meeting on Disaster Management (AMMDM)',
        'ASEAN Disaster Resilience Week 2026',
        '49th ASEAN Summit',
        '15th AMMDM',
      ],
      organizations: [
        'National Committee for Disaster Management',
        'Department of Disaster Management',
        'Office of Civil Defense',
        'Department of Disaster Prevention and Mitigation',
        'ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre)',
        'Japan–ASEAN Integration Fund (JAIF)',
      ],
      places: ['Vientiane'],
    },
  },
  {
    id: 'bd-caricom-intersessional',
    text: `Home > Communiqués

COMMUNIQUÉ ISSUED AT THE CONCLUSION OF THE THIRTY-SIXTH INTERSESSIONAL MEETING OF THE CONFERENCE OF HEADS OF GOVERNMENT

Basseterre, St Kitts and Nevis, 20 February 2027

The Thirty-Sixth Intersessional Meeting of the Conference of Heads of Government was held in Basseterre on 18 and 19 February 2027. The Prime Minister of St Kitts and Nevis, Hon. Dr. Calvin Liburd-Manners, chaired the proceedings.

Other members of the Conference in attendance were: the Prime Minister of Barbados, Rt Hon. Desmond A. Greaves; the President of Guyana, H.E. Dr. Rajiv Persaud; the Prime Minister of Belize, Hon. Julio Enrique Cal Sosa; the Prime Minister of Dominica, Hon. Clement N. Joseph; the President of Suriname, H.E. Marijke Sewdien-Ramdin; the Prime Minister of Grenada, Hon. Keron F. Alexis; and the Prime Minister of Trinidad and Tobago, Hon. Anthony Ramcharan. Haiti was represented by its Minister of Foreign Affairs, Jean-Robert Désir, and Jamaica by its Minister of Foreign Affairs and Foreign Trade, Hon. Dr. Simone Clarke-Whyte. The Secretary-General of the Caribbean Community, Dr. Winston A. Morrison, also participated.

Heads agreed to accelerate the full free movement of CARICOM nationals and received a briefing from the President of the Caribbean Court of Justice (CCJ) on access to justice in the Member States.

Heads endorsed the work of the Caribbean Public Health Agency (CARPHA) on non-communicable diseases and adopted the Basseterre Declaration on Food and Nutrition Security, with a target of reducing the regional food import bill by 25 per cent by 2030.

The Fiftieth Regular Meeting of the Conference of Heads of Government will be held in Georgetown, Guyana, from 4 to 6 July 2027.`,
    expected: {
      date: '2027-02-20',
      people: [
        ['Calvin Liburd-Manners', 'KN'],
        ['Desmond A. Greaves', 'BB'],
        ['Rajiv Persaud', 'GY'],
        ['Julio Enrique Cal Sosa', 'BZ'],
        ['Clement N. Joseph', 'DM'],
        ['Marijke Sewdien-Ramdin', 'SR'],
        ['Keron F. Alexis', 'GD'],
        ['Anthony Ramcharan', 'TT'],
        ['Jean-Robert Désir', 'HT'],
        ['Simone Clarke-Whyte', 'JM'],
        ['Winston A. Morrison', null],
      ],
      countries: ['BB', 'BZ', 'DM', 'GD', 'GY', 'HT', 'JM', 'KN', 'SR', 'TT'],
      blocs: ['CARICOM'],
      events: [
        'Thirty-Sixth Intersessional Meeting of the Conference of Heads of Government',
        'Fiftieth Regular Meeting of the Conference of Heads of Government',
      ],
      organizations: ['Caribbean Court of Justice (CCJ)', 'Caribbean Public Health Agency (CARPHA)'],
      places: ['Basseterre', 'Georgetown'],
    },
  },
  {
    id: 'bd-sadc-organ-troika',
    text: `Home > Media Centre > Communiqués

Communiqué of the Extraordinary Summit of the SADC Organ Troika

Gaborone, 3rd April 2027

1. The Extraordinary Summit of the SADC Organ Troika was held in Gaborone, Republic of Botswana, on 3rd April 2027, under the chairmanship of H.E. Duma Keitseng Molefe, President of the Republic of Botswana and Chairperson of the SADC Organ on Politics, Defence and Security Cooperation.

2. The Summit was attended by the following Heads of State and Government, Ministers and representatives: H.E. Ndahani Mwakalinga, Vice-President of the United Republic of Tanzania; Hon. Chileshe M. Banda, Minister of Foreign Affairs and International Cooperation of the Republic of Zambia; H.E. Celmira da Graça Muianga, Minister of Foreign Affairs and Cooperation of the Republic of Mozambique; Hon. Ntombizodwa P. Zulu-Mthembu, Deputy Minister of International Relations and Cooperation of the Republic of South Africa; and Mr. Patrick Luboya Kabemba, Minister of State for Foreign Affairs of the Democratic Republic of the Congo. The SADC Executive Secretary, H.E. Lindiwe Tshabalala-Nkosi, was also in attendance.

3. Summit received a report on the security situation in the eastern part of the Democratic Republic of the Congo, in particular in North Kivu and Ituri, and commended the humanitarian work of the International Committee of the Red Cross (ICRC).

4. Summit approved the deployment of a SADC Electoral Observation Mission (SEOM) to the general elections in the Republic of Malawi scheduled for 16 September 2027, and urged all stakeholders to ensure a peaceful process.

5. Summit expressed its gratitude to the Government and people of the Republic of Botswana for hosting the meeting.`,
    expected: {
      date: '2027-04-03',
      people: [
        ['Duma Keitseng Molefe', 'BW'],
        ['Ndahani Mwakalinga', 'TZ'],
        ['Chileshe M. Banda', 'ZM'],
        ['Celmira da Graça Muianga', 'MZ'],
        ['Ntombizodwa P. Zulu-Mthembu', 'ZA'],
        ['Patrick Luboya Kabemba', 'CD'],
        ['Lindiwe Tshabalala-Nkosi', null],
      ],
      countries: ['BW', 'CD', 'MW', 'MZ', 'TZ', 'ZA', 'ZM'],
      blocs: ['SADC'],
      events: ['Extraordinary Summit of the SADC Organ Troika'],
      organizations: [
        'SADC Organ on Politics, Defence and Security Cooperation',
        'International Committee of the Red Cross (ICRC)',
        'SADC Electoral Observation Mission (SEOM)',
      ],
      places: ['Gaborone', 'North Kivu', 'Ituri'],
    },
  },
  {
    id: 'bd-gcc-ministerial-166',
    text: `Home > Media Center > Statements

Final Communiqué of the 166th Session of the GCC Ministerial Council

Riyadh – 6 September 2026

The 166th Session of the GCC Ministerial Council was held today at the headquarters of the GCC Secretariat General in Riyadh, chaired by H.E. Sheikh Hamad bin Rashid Al-Mansoori, Minister of State for Foreign Affairs of the United Arab Emirates and Chairman of the current session.

The session was attended by H.E. Abdulrahman ibn Saleh al-Harbi, Minister of State for Foreign Affairs of the Kingdom of Saudi Arabia; H.E. Dr. Khalid bin Isa Al-Dossary, Minister of Foreign Affairs of the Kingdom of Bahrain; H.E. Dr. Yousef bin Ahmed Al-Hinai, Undersecretary for Political Affairs of the Sultanate of Oman; H.E. Sheikh Faisal bin Jassim Al-Kuwari, Minister of State for International Cooperation of the State of Qatar; H.E. Mubarak Nasser Al-Ajmi, Deputy Minister of Foreign Affairs of the State of Kuwait; and H.E. Saud bin Fahad Al-Otaibi, Secretary-General of the GCC.

The Council reaffirmed the importance of deepening joint action among the member states of the Cooperation Council for the Arab States of the Gulf (GCC), welcomed the progress achieved on the unified tourist visa and the regional railway, and instructed the competent committees to complete the technical studies before the end of the year.

The Council renewed its support for the efforts to reach a comprehensive political settlement in the Republic of Yemen and for the reconstruction of the Syrian Arab Republic, and welcomed the preparations for the 3rd GCC–Central Asia Summit.`,
    expected: {
      date: '2026-09-06',
      people: [
        ['Hamad bin Rashid Al-Mansoori', 'AE'],
        ['Abdulrahman ibn Saleh al-Harbi', 'SA'],
        ['Khalid bin Isa Al-Dossary', 'BH'],
        ['Yousef bin Ahmed Al-Hinai', 'OM'],
        ['Faisal bin Jassim Al-Kuwari', 'QA'],
        ['Mubarak Nasser Al-Ajmi', 'KW'],
        ['Saud bin Fahad Al-Otaibi', null],
      ],
      countries: ['AE', 'BH', 'KW', 'OM', 'QA', 'SA', 'SY', 'YE'],
      blocs: ['GCC'],
      events: ['166th Session of the GCC Ministerial Council', '3rd GCC–Central Asia Summit'],
      organizations: ['GCC Secretariat General'],
      places: ['Riyadh'],
    },
  },
  {
    id: 'bd-au-psc-south-sudan',
    text: `African Union > Peace and Security Council > Communiqués

Communiqué of the 1312th meeting of the Peace and Security Council on the situation in South Sudan

Addis Ababa, 12 January 2027

The 1312th meeting of the Peace and Security Council of the African Union, held in Addis Ababa, Ethiopia, on 12 January 2027, was chaired by H.E. Ambassador Kofi Agyemang-Duah, Permanent Representative of Ghana to the African Union and Chairperson of the Peace and Security Council for January 2027.

The Council heard opening remarks by the Commissioner for Political Affairs, Peace and Security of the African Union Commission, H.E. Amb. Wanjiru Kamau-Ndegwa, and statements by Hon. Deng Akol Mabior, Minister of Foreign Affairs and International Cooperation of the Republic of South Sudan; Mr. Abdirahman Farah Jama, Special Envoy of IGAD for South Sudan; and Ms. Ingrid Solberg Haugen, Deputy Special Representative of the Secretary-General of the United Nations and Deputy Head of the United Nations Mission in South Sudan (UNMISS).

The Council:

1. Expresses deep concern over renewed inter-communal violence in Jonglei State and Upper Nile State and the resulting displacement of civilians, including into neighbouring Sudan and Ethiopia;

2. Welcomes the commitment of South Sudan's authorities to hold elections in accordance with the revised timetable, and requests the African Union Commission to deploy a pre-election assessment mission;

3. Commends IGAD for its continued mediation and encourages the convening of the Second High-Level Revitalisation Forum in Juba before the end of March 2027;

4. Decides to remain actively seized of the matter.`,
    expected: {
      date: '2027-01-12',
      people: [
        ['Kofi Agyemang-Duah', 'GH'],
        ['Wanjiru Kamau-Ndegwa', null],
        ['Deng Akol Mabior', 'SS'],
        ['Abdirahman Farah Jama', null],
        ['Ingrid Solberg Haugen', null],
      ],
      countries: ['ET', 'GH', 'SD', 'SS'],
      blocs: ['African Union', 'IGAD'],
      events: [
        '1312th meeting of the Peace and Security Council of the African Union',
        'Second High-Level Revitalisation Forum',
      ],
      organizations: [
        'Peace and Security Council',
        'African Union Commission',
        'United Nations',
        'United Nations Mission in South Sudan (UNMISS)',
      ],
      places: ['Addis Ababa', 'Jonglei State', 'Upper Nile State', 'Juba'],
    },
  },
  {
    id: 'bd-mercosur-summit-lxviii',
    text: `Home > Noticias

Joint Communiqué of the Presidents of the States Parties of Mercosur

Montevideo, 4 de diciembre de 2026

1. The Presidents of the States Parties of Mercosur met in Montevideo on the occasion of the LXVIII Summit of Mercosur Heads of State, under the pro tempore presidency of Uruguay. The meeting was hosted by the President of the Oriental Republic of Uruguay, Gabriela Ferreira Olivera, and attended by the President of the Argentine Republic, Martín Alejandro Sosa Pereyra; the President of the Federative Republic of Brazil, Ana Cristina Moura Falcão; the President of the Republic of Paraguay, Rodrigo Benítez Aquino; and the President of the Plurinational State of Bolivia, Ernesto Mamani Choque.

2. The Summit was also attended, on behalf of the Associated States, by the Minister of Foreign Affairs of Chile, Tomás Ignacio Errázuriz Vial, and the Vice President of Colombia, Luz Marina Ospina de la Torre.

3. The Presidents welcomed the entry into force of the agreement with Singapore and the progress in the ratification of the partnership agreement with the European Union, and instructed the Common Market Council (CMC) to conclude the negotiations with the United Arab Emirates in the first half of 2027.

4. They highlighted the success of the Mercosur Week of Culture & Heritage, held in Colonia del Sacramento in November, which brought together artists and craftspeople from the five States Parties.

5. The Presidents thanked the Director of the Mercosur Secretariat, Inés Caballero Roldán, for her work, and congratulated Uruguay on its pro tempore presidency, which now passes to Argentina.`,
    expected: {
      date: '2026-12-04',
      people: [
        ['Gabriela Ferreira Olivera', 'UY'],
        ['Martín Alejandro Sosa Pereyra', 'AR'],
        ['Ana Cristina Moura Falcão', 'BR'],
        ['Rodrigo Benítez Aquino', 'PY'],
        ['Ernesto Mamani Choque', 'BO'],
        ['Tomás Ignacio Errázuriz Vial', 'CL'],
        ['Luz Marina Ospina de la Torre', 'CO'],
        ['Inés Caballero Roldán', null],
      ],
      countries: ['AE', 'AR', 'BO', 'BR', 'CL', 'CO', 'PY', 'SG', 'UY'],
      blocs: ['EU', 'Mercosur'],
      events: ['LXVIII Summit of Mercosur Heads of State', 'Mercosur Week of Culture & Heritage'],
      organizations: ['Common Market Council (CMC)', 'Mercosur Secretariat'],
      places: ['Montevideo', 'Colonia del Sacramento'],
    },
  },
  {
    id: 'bd-nordic-council-session-78',
    text: `Nordic Council > News

Prime ministers discuss civil preparedness at the 78th Session of the Nordic Council

Reykjavík, 29.10.2026

The prime ministers of the five Nordic countries met today with members of the Nordic Council in the Althingi in Reykjavík, where the 78th Session of the Nordic Council opened on Tuesday.

The debate, moderated by the President of the Nordic Council, Bjørn Haugland Lie, focused on civil preparedness, security of supply and the green transition. Iceland's Prime Minister, Guðrún Sigurðardóttir, opened the discussion. She was followed by Prime Minister Kirsten Frøslev Dahl of Denmark, Prime Minister Antti Kääriäinen of Finland, Prime Minister Eirik Skjærvø of Norway and Prime Minister Ulf Åkesson of Sweden.

The guest speaker, Estonia's Prime Minister Kadri Tamm-Lepik, presented her country's experience with cyber defence and digital continuity, and the Secretary General of the Nordic Council, Jens Wøhlk Andersen, briefed members on the budget for 2027.

In the evening, the Nordic Council Literature Prize and the Nordic Council Environment Prize were awarded at a ceremony in the Eldborg Hall of the Harpa concert hall. The session closes on Friday with the adoption of recommendations on joint emergency stockpiles.`,
    expected: {
      date: '2026-10-29',
      people: [
        ['Bjørn Haugland Lie', null],
        ['Guðrún Sigurðardóttir', 'IS'],
        ['Kirsten Frøslev Dahl', 'DK'],
        ['Antti Kääriäinen', 'FI'],
        ['Eirik Skjærvø', 'NO'],
        ['Ulf Åkesson', 'SE'],
        ['Kadri Tamm-Lepik', 'EE'],
        ['Jens Wøhlk Andersen', null],
      ],
      countries: ['DK', 'EE', 'FI', 'IS', 'NO', 'SE'],
      blocs: ['Nordic Council'],
      events: ['78th Session of the Nordic Council'],
      organizations: ['Althingi'],
      places: ['Reykjavík'],
    },
  },
  {
    id: 'bd-ecowas-council-extraordinary',
    text: `Home > Press Releases

Final Communiqué of the Extraordinary Session of the ECOWAS Council of Ministers

Abuja, 22 June 2026

1. The Extraordinary Session of the ECOWAS Council of Ministers was held on 22 June 2026 at the headquarters of the ECOWAS Commission in Abuja, Federal Republic of Nigeria, under the chairmanship of H.E. Mrs. Mariama Sow Baldé, Minister of Foreign Affairs, International Cooperation and Communities of the Republic of Guinea-Bissau, Chairperson of the Council.

2. The session was attended by: Hon. Kwesi Amponsah-Boateng, Minister for Foreign Affairs and Regional Integration of Ghana; H.E. Mr. Léopold Kacou Aké, Minister of State, Minister of Foreign Affairs of Côte d'Ivoire; H.E. Mr. Ibrahima Ndour, Minister of African Integration and Foreign Affairs of Senegal; Hon. Dr. Abdul Karim Kamara, Minister of Foreign Affairs and International Cooperation of Sierra Leone; Hon. Florence T. Kollie, Minister of Foreign Affairs of Liberia; Hon. Amadou Jallow, Minister of Foreign Affairs of The Gambia; and Ambassador Yusuf Tanko Bala, Permanent Secretary, representing the Minister of Foreign Affairs of Nigeria. The President of the ECOWAS Commission, H.E. Dr. Issifou Adamou Garba, was also in attendance.

3. Council considered the memorandum on the financing of the regional counter-terrorism action plan and recommended an increase of the community levy allocated to security.

4. Council adopted the draft agenda of the 70th Ordinary Session of the Authority of Heads of State and Government, scheduled for 12 July 2026 in Abuja, under the theme "Free Movement, Shared Prosperity".`,
    expected: {
      date: '2026-06-22',
      people: [
        ['Mariama Sow Baldé', 'GW'],
        ['Kwesi Amponsah-Boateng', 'GH'],
        ['Léopold Kacou Aké', 'CI'],
        ['Ibrahima Ndour', 'SN'],
        ['Abdul Karim Kamara', 'SL'],
        ['Florence T. Kollie', 'LR'],
        ['Amadou Jallow', 'GM'],
        ['Yusuf Tanko Bala', 'NG'],
        ['Issifou Adamou Garba', null],
      ],
      countries: ['CI', 'GH', 'GM', 'GW', 'LR', 'NG', 'SL', 'SN'],
      blocs: ['ECOWAS'],
      events: [
        'Extraordinary Session of the ECOWAS Council of Ministers',
        '70th Ordinary Session of the Authority of Heads of State and Government',
      ],
      organizations: ['ECOWAS Commission'],
      places: ['Abuja'],
    },
  },

  // ───────────── (3) Embassies and other ministries: datelines, headers, by-lines ─────────────
  {
    id: 'bd-indonesia-embassy-batik-week',
    text: `Indonesian Ambassador opens Batik & Culture Week at Parliament House

PRESS RELEASE

No. 045/PR/KBRI-CBR/III/2027

Embassy of the Republic of Indonesia in Canberra

Canberra, 12 March 2027 – The Ambassador of the Republic of Indonesia to Australia, Bu Ratna Sulistyowati, on Wednesday opened the Indonesian Batik & Culture Week 2027 in the Great Hall of Parliament House.

The opening was attended by the Australian Assistant Minister for Foreign Affairs, Senator Fiona McAllister-Reid, members of the Australia–Indonesia Parliamentary Friendship Group and more than 300 guests. In her remarks, Bu Ratna said batik "carries the stories of our islands, thread by thread" and thanked Australian partners for supporting the exhibition.

A delegation of twelve Indonesian artisans from Pekalongan and Yogyakarta, led by master craftsman Pak Sutrisno, held live demonstrations of hand-drawn batik tulis, while the Head of the Indonesian Trade Promotion Centre in Sydney, Pak Hendra Wijaya, presented opportunities for Australian retailers.

The exhibition is open to the public until 19 March, and a batik workshop for students will be held at the Australian National University on Saturday.

By Dewi Anggraini, Information, Social and Cultural Affairs Section

For more information: pensosbud.canberra@kbri-example.id`,
    expected: {
      date: '2027-03-12',
      people: [
        ['Ratna Sulistyowati', 'ID'],
        ['Fiona McAllister-Reid', 'AU'],
        ['Sutrisno', 'ID'],
        ['Hendra Wijaya', 'ID'],
        ['Dewi Anggraini', 'ID'],
      ],
      countries: ['AU', 'ID'],
      blocs: [],
      events: ['Indonesian Batik & Culture Week 2027'],
      organizations: [
        'Embassy of the Republic of Indonesia in Canberra',
        'Australia–Indonesia Parliamentary Friendship Group',
        'Indonesian Trade Promotion Centre in Sydney',
        'Australian National University',
      ],
      places: ['Canberra', 'Pekalongan', 'Yogyakarta', 'Sydney'],
    },
  },
  {
    id: 'bd-philippines-dfa-lebanon-repatriation',
    text: `DFA facilitates return of 84 Filipino workers from Lebanon

Office of the Spokesperson

Press Release No. 112-2026

Pasay City, 3 August 2026 — The Department of Foreign Affairs (DFA) welcomed home on Sunday 84 Filipino workers who were repatriated from Lebanon via Larnaca, Cyprus, following the escalation of hostilities in the south of the country.

Undersecretary for Migrant Affairs Francisco "Paco" D. Lozano Jr. received the returnees at the airport in Manila together with Engr. Rolando P. Mangubat, Deputy Administrator of the Overseas Workers Welfare Administration (OWWA), which provided each worker with financial assistance and temporary accommodation.

The Philippine Embassy in Beirut, headed by Ambassador Ma. Teresa C. Dizon-Santos, coordinated with Lebanese authorities and with the Embassy of Cyprus in Beirut to secure safe passage for the group.

One of the returnees, Jocelyn Abad Ramirez, a Filipino caregiver from Iloilo, thanked the embassy staff who "stayed with us until the very last bus."

Undersecretary Lozano said that the DFA and the Department of Migrant Workers (DMW) would continue to monitor the situation of around 11,000 Filipinos in Lebanon, and reminded them to register with the Embassy through its hotline or at beirutpe@dfa-example.ph.`,
    expected: {
      date: '2026-08-03',
      people: [
        ['Francisco D. Lozano Jr.', 'PH'],
        ['Rolando P. Mangubat', 'PH'],
        ['Ma. Teresa C. Dizon-Santos', 'PH'],
        ['Jocelyn Abad Ramirez', 'PH'],
      ],
      countries: ['CY', 'LB', 'PH'],
      blocs: [],
      events: [],
      organizations: [
        'Department of Foreign Affairs (DFA)',
        'Overseas Workers Welfare Administration (OWWA)',
        'Philippine Embassy in Beirut',
        'Embassy of Cyprus in Beirut',
        'Department of Migrant Workers (DMW)',
      ],
      places: ['Pasay City', 'Larnaca', 'Manila', 'Beirut', 'Iloilo'],
    },
  },
  {
    id: 'bd-hungary-kazakhstan-commission',
    text: `Hungarian–Kazakh economic commission agrees on agricultural and water projects

PRESS RELEASE

Ministry of Foreign Affairs and Trade of Hungary

Budapest, 2026. november 17.

The 11th session of the Hungarian–Kazakh Intergovernmental Economic Commission was held in Budapest today, co-chaired by Minister of Foreign Affairs and Trade Bálint Kővári-Szőke and Nurlan Seitkali, Deputy Prime Minister and Minister of Trade and Integration of Kazakhstan.

"Kazakhstan is one of Hungary's most important economic partners in Central Asia, and our trade grew by almost a fifth last year," Minister Kővári-Szőke said after the meeting.

The commission agreed on a 50-million-euro credit line of the Hungarian Export-Import Bank (Eximbank) for Hungarian agricultural technology in the Turkistan Region, and discussed the transfer of Hungarian water management expertise to the Almaty agglomeration. On the sidelines, the Hungarian company Danubia Agrotech signed a supply agreement with the Kazakh grain cooperative Dala Astyq.

The Hungarian–Kazakh Business Forum, opened by State Secretary for Foreign Economic Relations Eszter Fődi-Varga, brought together more than 120 companies from both countries.

The next session of the commission will be held in Astana in 2027.`,
    expected: {
      date: '2026-11-17',
      people: [
        ['Bálint Kővári-Szőke', 'HU'],
        ['Nurlan Seitkali', 'KZ'],
        ['Eszter Fődi-Varga', 'HU'],
      ],
      countries: ['HU', 'KZ'],
      blocs: [],
      events: [
        '11th session of the Hungarian–Kazakh Intergovernmental Economic Commission',
        'Hungarian–Kazakh Business Forum',
      ],
      organizations: [
        'Ministry of Foreign Affairs and Trade of Hungary',
        'Hungarian Export-Import Bank (Eximbank)',
        'Danubia Agrotech',
        'Dala Astyq',
      ],
      places: ['Budapest', 'Turkistan Region', 'Almaty', 'Astana'],
    },
  },
  {
    id: 'bd-nigeria-hc-london-outreach',
    text: `High Commission holds consular outreach for Nigerians in Manchester

PRESS RELEASE

Ref: NHC/LON/PR/27/014

London, Thursday 21st January 2027

The High Commission of Nigeria in London will hold a three-day consular outreach in Manchester from 28 to 30 January 2027 to ease passport renewal and document verification for Nigerians living in Manchester, Liverpool and neighbouring towns.

The High Commissioner, Amb. (Dr.) Aisha Bello Danjuma, said the exercise responds to the growing number of requests from the estimated 300,000 Nigerians resident in the United Kingdom, many of whom find it difficult to travel to London during the working week.

Passport enrolment will be carried out by officials of the Nigeria Immigration Service (NIS) led by Engr. Babatunde Adeyemi-Cole, Comptroller of Passports, while the Nigerians in Diaspora Commission (NiDCOM) will provide information on investment and diaspora programmes.

The Lord Mayor of Manchester, Councillor Rachel Whitmore, will host a reception for the Nigerian community at Manchester Town Hall on Friday 29 January.

Applicants are advised to book appointments online in advance. Enquiries: consular@nigeriahc-example.org.uk

Signed:
Chukwuemeka Okonkwo-Eze
Head of Press and Public Affairs`,
    expected: {
      date: '2027-01-21',
      people: [
        ['Aisha Bello Danjuma', 'NG'],
        ['Babatunde Adeyemi-Cole', 'NG'],
        ['Rachel Whitmore', 'GB'],
        ['Chukwuemeka Okonkwo-Eze', 'NG'],
      ],
      countries: ['GB', 'NG'],
      blocs: [],
      events: [],
      organizations: [
        'High Commission of Nigeria in London',
        'Nigeria Immigration Service (NIS)',
        'Nigerians in Diaspora Commission (NiDCOM)',
      ],
      places: ['London', 'Manchester', 'Liverpool'],
    },
  },
  {
    id: 'bd-china-embassy-kenya-handover',
    text: `Ambassador LIU Wenjun attends handover of China-aided agricultural demonstration centre

Embassy of the People's Republic of China in the Republic of Kenya

2026-06-08 16:45

On 6 June, H.E. LIU Wenjun, Chinese Ambassador to Kenya, attended the handover ceremony of the China-Kenya Agricultural Technology Demonstration Centre in Kisumu County, together with the Cabinet Secretary for Agriculture and Livestock Development, Hon. Dr. Wanjiku Mwangi-Otieno, and the Governor of Kisumu County, Hon. Peter Odhiambo Ouma.

Ambassador Liu said that the centre is a vivid example of Sino-Kenyan friendship. Since 2019, Chinese experts have trained more than 3,000 Kenyan farmers and extension officers in rice, tilapia and mushroom production, and the yields of participating farms have doubled.

Cabinet Secretary Mwangi-Otieno thanked China for its long-standing support and announced that the Kenya Agricultural Research Council (KARC) would take over the management of the centre.

Prof. ZHANG Haoran, leader of the Chinese expert team from Hubei Agricultural Sciences University, handed over the keys and a set of bilingual technical manuals. The ceremony was followed by a visit to demonstration plots in Ahero.

Both sides looked forward to the 5th China–Africa Agricultural Cooperation Forum, to be held in Changsha in October.`,
    expected: {
      date: '2026-06-08',
      people: [
        ['Liu Wenjun', 'CN'],
        ['Wanjiku Mwangi-Otieno', 'KE'],
        ['Peter Odhiambo Ouma', 'KE'],
        ['Zhang Haoran', 'CN'],
      ],
      countries: ['CN', 'KE'],
      blocs: [],
      events: ['5th China–Africa Agricultural Cooperation Forum'],
      organizations: [
        "Embassy of the People's Republic of China in the Republic of Kenya",
        'China-Kenya Agricultural Technology Demonstration Centre',
        'Kenya Agricultural Research Council (KARC)',
        'Hubei Agricultural Sciences University',
      ],
      places: ['Kisumu County', 'Hubei', 'Ahero', 'Changsha'],
    },
  },
  {
    id: 'bd-colombia-health-vaccination-week',
    text: `Colombia launches vaccination drive in La Guajira for the Vaccination Week in the Americas

Ministry of Health and Social Protection

Press Bulletin No. 287 of 2026

Bogotá, 24 de abril de 2026

By Natalia Gómez Ortiz, Press Office

The Minister of Health and Social Protection, Luisa Fernanda Arango Mejía, today launched in Riohacha the Colombian leg of the 24th Vaccination Week in the Americas, with the goal of vaccinating 180,000 children, pregnant women and older adults in La Guajira, including Wayuu communities and Venezuelan migrants.

The Vice Minister of Public Health, Camilo Andrés Restrepo Gil, explained that 120 vaccination teams will travel by truck and motorcycle to rural areas of Uribia, Manaure and Maicao, where coverage against measles and yellow fever remains below 80 per cent.

The Governor of La Guajira, Yolanda Epieyú Pushaina, said that the department had trained 300 bilingual health promoters so that information reaches families in their own language.

The Representative of the Pan American Health Organization (PAHO) in Colombia, Dr. Olivia M. Grant, praised the country's surveillance system, and the Instituto Nacional de Salud (INS) will publish weekly coverage reports.`,
    expected: {
      date: '2026-04-24',
      people: [
        ['Natalia Gómez Ortiz', 'CO'],
        ['Luisa Fernanda Arango Mejía', 'CO'],
        ['Camilo Andrés Restrepo Gil', 'CO'],
        ['Yolanda Epieyú Pushaina', 'CO'],
        ['Olivia M. Grant', null],
      ],
      countries: ['CO', 'VE'],
      blocs: [],
      events: ['24th Vaccination Week in the Americas'],
      organizations: [
        'Ministry of Health and Social Protection',
        'Pan American Health Organization (PAHO)',
        'Instituto Nacional de Salud (INS)',
      ],
      places: ['Bogotá', 'Riohacha', 'La Guajira', 'Uribia', 'Manaure', 'Maicao'],
    },
  },
  {
    id: 'bd-thai-embassy-stockholm-festival',
    text: `Thai Fruit & Food Festival 2026 draws record crowds in Stockholm

PRESS RELEASE No. 19/2026

Royal Thai Embassy, Stockholm

Stockholm, 2026-06-13

The Royal Thai Embassy in Stockholm, in cooperation with the Tourism Authority of Thailand (TAT) and the Thai Trade Center, held the Thai Fruit & Food Festival 2026 on 11–12 June, attracting more than 25,000 visitors.

Ambassador Pimchanok Srisawat opened the festival together with Mr. Johan Lindbäck, State Secretary to the Minister for Foreign Trade of Sweden, and Mr. Kittipong Rattanasiri, Deputy Governor for International Marketing of the Tourism Authority of Thailand. In her remarks, Ambassador Pimchanok noted that Sweden is one of the fastest-growing tourism markets for Thailand, with direct flights to Phuket and Krabi during the winter season.

Visitors tasted mangosteen and durian from Chanthaburi and longan from Chiang Mai, and watched cooking demonstrations by Thai chef Chalida "Nok" Boonmee, whose restaurant in Gothenburg received a national gastronomy award last year.

The Embassy thanks all partners and volunteers. For further information, please contact info@thaiembassy-stockholm.example`,
    expected: {
      date: '2026-06-13',
      people: [
        ['Pimchanok Srisawat', 'TH'],
        ['Johan Lindbäck', 'SE'],
        ['Kittipong Rattanasiri', 'TH'],
        ['Chalida Boonmee', 'TH'],
      ],
      countries: ['SE', 'TH'],
      blocs: [],
      events: ['Thai Fruit & Food Festival 2026'],
      organizations: [
        'Royal Thai Embassy in Stockholm',
        'Tourism Authority of Thailand (TAT)',
        'Thai Trade Center',
      ],
      places: ['Stockholm', 'Phuket', 'Krabi', 'Chanthaburi', 'Chiang Mai', 'Gothenburg'],
    },
  },
  {
    id: 'bd-morocco-locust-workshop',
    text: `Morocco to host regional workshop on desert locust early warning

COMMUNIQUÉ DE PRESSE

Réf. : DC/2026/118

Rabat, le 3 juin 2026

The Ministry of Agriculture, Maritime Fisheries, Rural Development and Water and Forests announces that the Regional Workshop on Desert Locust Early Warning will be held in Agadir from 15 to 17 June 2026, with the participation of experts from Morocco, Mauritania, Senegal and Mali.

The workshop will be opened by the Secretary General of the Ministry, Mohamed Amine El Fassi-Bennani, and by the Executive Secretary of the Regional Locust Control Commission (CRLA), Sidi Mohamed Ould Cheikh Ahmed.

The Mauritanian delegation will be led by Mr. Mohamed Lemine Ould Ahmedou, Director of the National Locust Control Centre (CNLA) of Mauritania. Mme Awa Ndiaye Sow, Director of Plant Protection of Senegal, and Dr. Boubacar Traoré-Keïta, head of the locust control unit of Mali, will lead their countries' teams.

Participants will visit a locust monitoring base in the Souss-Massa region and test new field tablets that transmit survey data by satellite in real time.

Media accreditation: presse@agri-example.ma`,
    expected: {
      date: '2026-06-03',
      people: [
        ['Mohamed Amine El Fassi-Bennani', 'MA'],
        ['Sidi Mohamed Ould Cheikh Ahmed', null],
        ['Mohamed Lemine Ould Ahmedou', 'MR'],
        ['Awa Ndiaye Sow', 'SN'],
        ['Boubacar Traoré-Keïta', 'ML'],
      ],
      countries: ['MA', 'ML', 'MR', 'SN'],
      blocs: [],
      events: ['Regional Workshop on Desert Locust Early Warning'],
      organizations: [
        'Ministry of Agriculture, Maritime Fisheries, Rural Development and Water and Forests',
        'Regional Locust Control Commission (CRLA)',
        'National Locust Control Centre (CNLA)',
      ],
      places: ['Rabat', 'Agadir', 'Souss-Massa'],
    },
  },

  // ───────────── (4) Science and technology: joint committees, expos, forums ─────────────
  {
    id: 'bd-korea-vietnam-st-joint-committee',
    text: `Ministry of Science and ICT > News > Press Releases

Korea and Viet Nam hold 7th Joint Committee on Science and Technology Cooperation

Date: 2026-10-21

The 7th Korea–Viet Nam Joint Committee on Science and Technology Cooperation was held in Hà Nội on 20 October, co-chaired by First Vice Minister of Science and ICT KIM Soo-yeon and Vietnamese Deputy Minister of Science and Technology Trịnh Văn Phúc.

The two sides reviewed the results of the Plan of Action 2024–2026 and agreed on new joint research in Semiconductors, Artificial Intelligence and Climate Technology. They also signed a Memorandum of Understanding on Semiconductor Talent Development in the Lotus Room of the ministry.

Vice Minister Kim then visited the Viet Nam–Korea Institute of Science and Technology (V-KIST) in Hòa Lạc, accompanied by its Director, Dr. Ngô Thị Lan Anh, and by the President of the Korea Institute of Science and Technology (KIST), Dr. Yoon Seok-jin. The two institutes agreed to exchange twenty young researchers each year.

The next Joint Committee will be held in Seoul in 2028, alongside the Korea–ASEAN Digital Innovation Forum.`,
    expected: {
      date: '2026-10-21',
      people: [
        ['Kim Soo-yeon', 'KR'],
        ['Trịnh Văn Phúc', 'VN'],
        ['Ngô Thị Lan Anh', 'VN'],
        ['Yoon Seok-jin', 'KR'],
      ],
      countries: ['KR', 'VN'],
      blocs: ['ASEAN'],
      events: [
        '7th Korea–Viet Nam Joint Committee on Science and Technology Cooperation',
        'Korea–ASEAN Digital Innovation Forum',
      ],
      organizations: [
        'Viet Nam–Korea Institute of Science and Technology (V-KIST)',
        'Korea Institute of Science and Technology (KIST)',
      ],
      places: ['Hà Nội', 'Hòa Lạc', 'Seoul'],
    },
  },
  {
    id: 'bd-india-deep-tech-expo',
    text: `Bharat Deep Tech Expo 2027 opens with 400 start-ups and delegations from 30 countries

Ministry of Science & Technology

Posted on: 12 FEB 2027

The Union Minister of State (Independent Charge) for Science and Technology, Dr. K. Srinivasa Raghavan, today inaugurated the Bharat Deep Tech Expo 2027 in New Delhi.

Organised by the Department of Science & Technology (DST) with the Confederation of Indian Industry (CII), the four-day expo brings together more than 400 start-ups working on quantum computing, space technology, advanced materials and biomanufacturing, many of them from Bengaluru, Hyderabad and Pune. Delegations from Japan, Germany and the United Arab Emirates are taking part.

Addressing the gathering, Dr. Raghavan said that deep-tech start-ups in India had raised record investment in 2026 and called on industry to match public research funding.

Secretary, DST, Prof. Ananya Mukherjee-Rao, said that the Indo-German Science & Technology Centre (IGSTC) had co-funded 40 industrial research projects over the past three years. The Ambassador of Japan to India, Mr. Kenji Morimoto, announced twenty fellowships for young Indian researchers in semiconductor design.

The expo also hosts a Quantum Pavilion and, on its last day, the Women in Deep Tech Conclave.`,
    expected: {
      date: '2027-02-12',
      people: [
        ['K. Srinivasa Raghavan', 'IN'],
        ['Ananya Mukherjee-Rao', 'IN'],
        ['Kenji Morimoto', 'JP'],
      ],
      countries: ['AE', 'DE', 'IN', 'JP'],
      blocs: [],
      events: ['Bharat Deep Tech Expo 2027', 'Women in Deep Tech Conclave'],
      organizations: [
        'Ministry of Science & Technology',
        'Department of Science & Technology (DST)',
        'Confederation of Indian Industry (CII)',
        'Indo-German Science & Technology Centre (IGSTC)',
      ],
      places: ['New Delhi', 'Bengaluru', 'Hyderabad', 'Pune'],
    },
  },
  {
    id: 'bd-china-brazil-st-committee',
    text: `Ministry of Science and Technology > International Cooperation

China and Brazil hold 8th meeting of the High-Level Joint Committee on Science, Technology and Innovation

Date: 2026-09-15

The 8th meeting of the China–Brazil High-Level Joint Committee on Science, Technology and Innovation was held in Beijing on 14 September. Chinese Minister of Science and Technology Wang Lihua and Brazil's Minister of Science, Technology and Innovation, Maria Eduarda Vasconcelos da Silva, co-chaired the meeting.

The two sides reviewed the progress of the CBERS-6 satellite, jointly developed by Chinese engineers and the National Institute for Space Research (INPE) at its campus in São José dos Campos, and agreed to expand the China–Brazil Joint Laboratory for Space Weather. They also decided to launch a Sino-Brazilian programme on nanomaterials with partners of the Chinese Academy of Sciences in Hefei.

Vice Minister CHEN Guoqiang and Brazil's Secretary for Strategic Policies, Rafael Cunha Barbosa, signed an implementation plan for 2027–2029 covering bioeconomy, new energy and scientific training.

Both sides agreed to hold the 2027 China–Brazil Innovation Dialogue in São Paulo.`,
    expected: {
      date: '2026-09-15',
      people: [
        ['Wang Lihua', 'CN'],
        ['Maria Eduarda Vasconcelos da Silva', 'BR'],
        ['Chen Guoqiang', 'CN'],
        ['Rafael Cunha Barbosa', 'BR'],
      ],
      countries: ['BR', 'CN'],
      blocs: [],
      events: [
        '8th meeting of the China–Brazil High-Level Joint Committee on Science, Technology and Innovation',
        '2027 China–Brazil Innovation Dialogue',
      ],
      organizations: [
        'National Institute for Space Research (INPE)',
        'China–Brazil Joint Laboratory for Space Weather',
        'Chinese Academy of Sciences',
      ],
      places: ['Beijing', 'São José dos Campos', 'Hefei', 'São Paulo'],
    },
  },
  {
    id: 'bd-rwanda-space-geospatial-forum',
    text: `Ministry of ICT and Innovation > News

Kigali hosts 3rd Africa Space & Geospatial Forum

Kigali, 24 November 2026 – The 3rd Africa Space & Geospatial Forum (ASGF) opened today in Kigali, bringing together more than 900 participants from 40 member states of the African Union.

The Minister of ICT and Innovation of Rwanda, Hon. Claudine Uwamahoro Nkusi, officially opened the forum alongside the African Union Commissioner for Education, Science, Technology and Innovation, H.E. Prof. Moussa Seydou Traoré, and the Chief Executive Officer of the Rwanda Space Agency, Dr. Jean de Dieu Habimana.

Speaking at the Plenary Session, devoted to Earth Observation for Food Security, Dr. Otieno Kiprono Langat, Director General of the Kenya Space Agency, and Dr. Mohamed Abdel-Rahman El-Sayed, Chief Executive of the Egyptian Space Agency, called for the early operationalisation of the African Space Agency (AfSA), headquartered in Cairo.

Over three days, the forum will feature an exhibition of 60 companies, ministerial round tables and the finals of the Youth Space Challenge 2026, in which student teams present satellite-based solutions for flood mapping and crop monitoring.`,
    expected: {
      date: '2026-11-24',
      people: [
        ['Claudine Uwamahoro Nkusi', 'RW'],
        ['Moussa Seydou Traoré', null],
        ['Jean de Dieu Habimana', 'RW'],
        ['Otieno Kiprono Langat', 'KE'],
        ['Mohamed Abdel-Rahman El-Sayed', 'EG'],
      ],
      countries: ['EG', 'KE', 'RW'],
      blocs: ['African Union'],
      events: ['3rd Africa Space & Geospatial Forum (ASGF)', 'Youth Space Challenge 2026'],
      organizations: [
        'Rwanda Space Agency',
        'Kenya Space Agency',
        'Egyptian Space Agency',
        'African Space Agency (AfSA)',
      ],
      places: ['Kigali', 'Cairo'],
    },
  },
  {
    id: 'bd-malaysia-nano-quantum-expo',
    text: `Home > Media > Press Statements

MOSTI launches Malaysia Nano & Quantum Expo 2026

PRESS STATEMENT

Ministry of Science, Technology and Innovation (MOSTI)

Putrajaya, 5 August 2026

The Malaysia Nano & Quantum Expo 2026 (MyNQX 2026) was launched today in Kuala Lumpur by the Minister of Science, Technology and Innovation, Datuk Lim Wei Ming.

In his speech, Datuk Lim said that the National Quantum Roadmap 2026–2035 would channel research funding to quantum sensing, secure communications and advanced packaging, building on the country's strength in semiconductor assembly.

Also present were the President of the Academy of Sciences Malaysia, Tan Sri Dr. Azman bin Mohd Yusof; the Ambassador of Japan to Malaysia, H.E. Mr. Takeshi Nakamura; and a delegation from the Netherlands led by Ms. Marieke van der Berg, Director of International Affairs of the Dutch Quantum Alliance.

Over three days, 210 exhibitors from Penang, Johor, Sarawak and abroad are showcasing their products, and the Malaysia–Netherlands Quantum Roundtable will be held on Thursday.

For media enquiries: media@mosti-example.gov.my`,
    expected: {
      date: '2026-08-05',
      people: [
        ['Lim Wei Ming', 'MY'],
        ['Azman bin Mohd Yusof', 'MY'],
        ['Takeshi Nakamura', 'JP'],
        ['Marieke van der Berg', 'NL'],
      ],
      countries: ['JP', 'MY', 'NL'],
      blocs: [],
      events: ['Malaysia Nano & Quantum Expo 2026 (MyNQX 2026)', 'Malaysia–Netherlands Quantum Roundtable'],
      organizations: [
        'Ministry of Science, Technology and Innovation (MOSTI)',
        'Academy of Sciences Malaysia',
        'Dutch Quantum Alliance',
      ],
      places: ['Putrajaya', 'Kuala Lumpur', 'Penang', 'Johor', 'Sarawak'],
    },
  },
  {
    id: 'bd-chile-peru-astronomy-forum',
    text: `Ministry of Science, Technology, Knowledge and Innovation > News

II Chile–Peru Binational Forum on Astronomy and Dark Skies concludes in Antofagasta

Santiago, martes 8 de septiembre de 2026

The II Chile–Peru Binational Forum on Astronomy and Dark Skies concluded yesterday in Antofagasta with the adoption of a joint work plan on light pollution, astrotourism and the sharing of scientific data. The Chilean Minister of Science, Technology, Knowledge and Innovation, Catalina de la Fuente Saavedra, and the President of Peru's National Council for Science, Technology and Technological Innovation (CONCYTEC), Dr. Raúl Antonio Vargas de la Cruz, co-chaired the forum.

Minister de la Fuente recalled that the clear skies of the Atacama Desert host some of the world's largest telescopes, and that protecting them requires common lighting standards on both sides of the border.

The Representative of the European Southern Observatory (ESO) in Chile, Dr. Henrik Åberg, presented the observatory's outreach programme for schools, while Peruvian astronomer Dr. Rosa Elvira Quispe Mamani, of the Instituto Geofísico del Perú, presented the project for a dark-sky reserve in Moquegua.

The III Binational Forum will be held in Arequipa in 2027.`,
    expected: {
      date: '2026-09-08',
      people: [
        ['Catalina de la Fuente Saavedra', 'CL'],
        ['Raúl Antonio Vargas de la Cruz', 'PE'],
        ['Henrik Åberg', null],
        ['Rosa Elvira Quispe Mamani', 'PE'],
      ],
      countries: ['CL', 'PE'],
      blocs: [],
      events: ['II Chile–Peru Binational Forum on Astronomy and Dark Skies', 'III Binational Forum'],
      organizations: [
        'National Council for Science, Technology and Technological Innovation (CONCYTEC)',
        'European Southern Observatory (ESO)',
        'Instituto Geofísico del Perú',
      ],
      places: ['Santiago', 'Antofagasta', 'Moquegua', 'Arequipa'],
    },
  },
  {
    id: 'bd-south-africa-norway-research',
    text: `South Africa and Norway renew research partnership at 4th Joint Committee meeting

MEDIA STATEMENT

Department of Science, Technology and Innovation

Pretoria, 19/05/2026

The 4th meeting of the South Africa–Norway Joint Committee on Research Cooperation took place in Pretoria on 18 May 2026, co-chaired by the Deputy Minister of Science, Technology and Innovation, Nomvula Khumalo-Sithole, and Norway's Minister of Research and Higher Education, Kari Ødegård Fjeld.

The Committee agreed to renew the bilateral research programme for 2026–2031, administered by the National Research Foundation (NRF) and the Research Council of Norway, with a focus on ocean observation, renewable energy and public health.

The CEO of the NRF, Dr. Thabo Mokoena, presented results of the previous phase, including a joint Southern Ocean monitoring network led by Stellenbosch University and the University of Bergen, which has trained 45 doctoral students.

The Norwegian Ambassador to South Africa, Ingvild Brække Sæther, hosted a reception for alumni of the programme.

Deputy Minister Khumalo-Sithole also announced that the SA–Nordic Innovation Week will take place in Cape Town in November.

Enquiries: media@dsti-example.gov.za`,
    expected: {
      date: '2026-05-19',
      people: [
        ['Nomvula Khumalo-Sithole', 'ZA'],
        ['Kari Ødegård Fjeld', 'NO'],
        ['Thabo Mokoena', 'ZA'],
        ['Ingvild Brække Sæther', 'NO'],
      ],
      countries: ['NO', 'ZA'],
      blocs: [],
      events: [
        '4th meeting of the South Africa–Norway Joint Committee on Research Cooperation',
        'SA–Nordic Innovation Week',
      ],
      organizations: [
        'Department of Science, Technology and Innovation',
        'National Research Foundation (NRF)',
        'Research Council of Norway',
        'Stellenbosch University',
        'University of Bergen',
      ],
      places: ['Pretoria', 'Stellenbosch', 'Bergen', 'Cape Town'],
    },
  },
  {
    id: 'bd-uzbekistan-startup-week-call',
    text: `Ministry of Higher Education, Science and Innovation > Announcements

Call for applications: Central Asian Innovation & Startup Week

The Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan invites start-ups, researchers and investors to apply for participation in the Central Asian Innovation & Startup Week, which will be held in Tashkent in the second half of October.

The week will feature a pitch competition with a prize fund of 1 billion soums, a demo day for university spin-offs and matchmaking sessions with venture funds from Kazakhstan, Kyrgyzstan, Tajikistan and Türkiye.

Applications are accepted through the portal of IT Park Uzbekistan until the end of September. Start-ups from Samarkand, Bukhara and Nukus are particularly encouraged to apply, and accommodation will be provided for selected teams from the regions.

Participation is free of charge. Questions may be addressed to startupweek@mininnovation-example.uz`,
    expected: {
      date: null,
      people: [],
      countries: ['KG', 'KZ', 'TJ', 'TR', 'UZ'],
      blocs: [],
      events: ['Central Asian Innovation & Startup Week'],
      organizations: [
        'Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan',
        'IT Park Uzbekistan',
      ],
      places: ['Tashkent', 'Samarkand', 'Bukhara', 'Nukus'],
    },
  },
];
