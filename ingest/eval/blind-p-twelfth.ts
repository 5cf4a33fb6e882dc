import type { EvalCase } from './eval-set';

/**
 * Blind P (twelfth round): 40 announcements, 194 people, written for this project on 2026-12-02, BLIND —
 * by a helper that read only a conventions note and the EvalCase type, not the extraction rules, the other
 * sets or the extractor. Texts and people invented (generated for evaluation, not taken from any website).
 *
 * Styles: foreign ministries' readouts and statements in first and third person (calls, visits, joint
 * statements, a condolence message, a copy of credentials, a visa notice with no people, a spokesperson's
 * signature; French; a Persian-calendar dateline); PIF, SICA, Mercosur, ECCAS/CEEAC, IGAD, SAARC, GCC, CBSS,
 * V4, Mekong–Lancang, OTS, OIF and OAS communiqués with bullets, "Country: Name" and "Name, Title, Country"
 * lines, pipe and space tables, numbered lists and co-chairs; embassies', sector ministries' and local
 * offices' releases with datelines in Vietnamese, Spanish, ISO with time and US formats, header blocks and a
 * by-line; a person only in a photo caption, two Parks, a countess and a nun, a chargé d'affaires a.i.
 *
 * FIRST RUN, on main 90228da before the twelfth round: people P .902 R .809 F1 .853, countries .937, blocs
 * .600, events .795, organisations .519, places .841, dates .975, person country .809
 * (ingest/eval/first-runs/blind-p-twelfth.txt). Held out: printed beside the tuning sets, never enforced.
 */

export const BLIND_P: EvalCase[] = [
  // ───────────── 1. Foreign ministries: readouts and statements ─────────────
  {
    id: 'p12-vn-th-call',
    text: `Ministry of Foreign Affairs of Viet Nam
PRESS RELEASE

Hanoi, 14 May 2026

On the afternoon of 14 May, Minister of Foreign Affairs Lương Thanh Bình held a phone call with Thai Minister of Foreign Affairs Kittiphong Saengthong.

The two ministers expressed satisfaction with the growth of bilateral trade, which reached a record level last year, and agreed to task their ministries with preparing the 4th Meeting of the Viet Nam–Thailand Joint Commission on Bilateral Cooperation, to be held in Chiang Mai in the fourth quarter of 2026.

Minister Lương Thanh Bình thanked the Thai side for facilitating fruit exports by land through the border gates of the two countries and for supporting Vietnamese workers. Minister Kittiphong Saengthong affirmed that Thailand attaches importance to its Enhanced Strategic Partnership with Viet Nam and stands ready to coordinate closely within ASEAN.`,
    expected: {
      date: '2026-05-14',
      people: [
        ['Lương Thanh Bình', 'VN'],
        ['Kittiphong Saengthong', 'TH'],
      ],
      countries: ['TH', 'VN'],
      blocs: ['ASEAN'],
      events: ['4th Meeting of the Viet Nam–Thailand Joint Commission on Bilateral Cooperation'],
      organizations: [
        'Ministry of Foreign Affairs of Viet Nam',
        'Viet Nam–Thailand Joint Commission on Bilateral Cooperation',
      ],
      places: ['Hanoi', 'Chiang Mai'],
    },
  },
  {
    id: 'p12-id-fj-first-person',
    text: `Ministry of Foreign Affairs of the Republic of Indonesia

Statement by the Minister for Foreign Affairs on her visit to Fiji

Suva, 21 April 2026

Today I met Prime Minister Semi Koroivuki and Minister for Foreign Affairs Litia Naivalu in Suva. We spoke about climate finance, fisheries and the safety of seafarers, and I conveyed Indonesia's support for the priorities of the Pacific Islands Forum.

I invited both of them to the 3rd Indonesia–Pacific Development Forum, which Jakarta will host in November. We agreed that our officials will meet before the end of the year to finalise a technical cooperation package on disaster preparedness.

In the afternoon I visited Fiji National University in Nasinu, where lecturers from Indonesia teach courses in marine engineering, and met Indonesian students and community members.

I thank our Ambassador, Dewi Anggraini Putri, and her team for their excellent preparations.

Sri Wahyuni Hadinoto
Minister for Foreign Affairs`,
    expected: {
      date: '2026-04-21',
      people: [
        ['Semi Koroivuki', 'FJ'],
        ['Litia Naivalu', 'FJ'],
        ['Dewi Anggraini Putri', 'ID'],
        ['Sri Wahyuni Hadinoto', 'ID'],
      ],
      countries: ['FJ', 'ID'],
      blocs: ['Pacific Islands Forum'],
      events: ['3rd Indonesia–Pacific Development Forum'],
      organizations: ['Ministry of Foreign Affairs of the Republic of Indonesia', 'Fiji National University'],
      places: ['Suva', 'Jakarta', 'Nasinu'],
    },
  },
  {
    id: 'p12-kz-ge-joint-statement',
    text: `Joint Statement of the Republic of Kazakhstan and Georgia on the Official Visit of the Prime Minister of Georgia to the Republic of Kazakhstan

Astana, 9 June 2026

1. At the invitation of the Prime Minister of the Republic of Kazakhstan, Nurlan Seitkali, the Prime Minister of Georgia, Levan Tsereteli-Gogoladze, paid an official visit to Astana on 8–9 June 2026.

2. The Sides noted with satisfaction the outcomes of the 7th Session of the Kazakhstan–Georgia Intergovernmental Commission on Economic Cooperation, co-chaired by the Minister of Trade and Integration of the Republic of Kazakhstan, Aigerim Zhakupova, and the Minister of Economy and Sustainable Development of Georgia, Nino Beridze.

3. The Sides agreed to increase container traffic between the port of Aktau and the ports of Poti and Batumi, and to harmonise digital customs procedures along the Trans-Caspian route.

4. The Sides decided to hold the 8th Session of the Intergovernmental Commission in Tbilisi in 2027.

Signed in Astana in two original copies, each in the Kazakh, Georgian and English languages.`,
    expected: {
      date: '2026-06-09',
      people: [
        ['Nurlan Seitkali', 'KZ'],
        ['Levan Tsereteli-Gogoladze', 'GE'],
        ['Aigerim Zhakupova', 'KZ'],
        ['Nino Beridze', 'GE'],
      ],
      countries: ['GE', 'KZ'],
      blocs: [],
      events: [
        '7th Session of the Kazakhstan–Georgia Intergovernmental Commission on Economic Cooperation',
        '8th Session of the Intergovernmental Commission',
      ],
      organizations: ['Kazakhstan–Georgia Intergovernmental Commission on Economic Cooperation'],
      places: ['Astana', 'Aktau', 'Poti', 'Batumi', 'Tbilisi'],
    },
  },
  {
    id: 'p12-am-gr-condolence-nodate',
    text: `Ministry of Foreign Affairs of the Republic of Armenia

Condolence message

Minister of Foreign Affairs of the Republic of Armenia Karine Avetisyan-Ghukasyan has sent a message of condolence to the Minister of Foreign Affairs of the Hellenic Republic, Nikolaos Papadimitriou-Karras, over the loss of life caused by the wildfires on the island of Evia and near Chalkida.

"On behalf of the Armenian people and on my own behalf, I extend heartfelt sympathy to the families of the victims and wish a speedy recovery to the injured. Armenia stands in solidarity with friendly Greece in these difficult days," the message reads.

On Tuesday morning, the Ambassador of Armenia to Greece, Tigran Hakobyan, met officials of the General Secretariat for Civil Protection in Athens and conveyed Armenia's readiness to send a team of firefighters from Yerevan.`,
    expected: {
      date: null,
      people: [
        ['Karine Avetisyan-Ghukasyan', 'AM'],
        ['Nikolaos Papadimitriou-Karras', 'GR'],
        ['Tigran Hakobyan', 'AM'],
      ],
      countries: ['AM', 'GR'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs of the Republic of Armenia',
        'General Secretariat for Civil Protection',
      ],
      places: ['Evia', 'Chalkida', 'Athens', 'Yerevan'],
    },
  },
  {
    id: 'p12-pl-bd-credentials-copy',
    text: `Ministry of Foreign Affairs of the Republic of Poland

Warsaw, 26 February 2026

Undersecretary of State Małgorzata Szczepańska-Wróbel received a copy of the letter of credentials from H.E. Mr. Tanvir Ahmed Chowdhury, the newly appointed Ambassador of the People's Republic of Bangladesh to Poland.

During the meeting, the Undersecretary of State noted the steady growth of trade between the two countries, with Bangladesh now among Poland's largest suppliers of textiles in Asia. The interlocutors also discussed the situation of Bangladeshi students in Poland, many of whom study at the Warsaw University of Technology and at universities in Gdańsk and Wrocław.

Ambassador Chowdhury previously served as Director General for Europe at his country's foreign ministry in Dhaka.`,
    expected: {
      date: '2026-02-26',
      people: [
        ['Małgorzata Szczepańska-Wróbel', 'PL'],
        ['Tanvir Ahmed Chowdhury', 'BD'],
      ],
      countries: ['BD', 'PL'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs of the Republic of Poland',
        'Warsaw University of Technology',
      ],
      places: ['Warsaw', 'Gdańsk', 'Wrocław', 'Dhaka'],
    },
  },
  {
    id: 'p12-tr-evisa-notice-nopeople',
    text: `Republic of Türkiye Ministry of Foreign Affairs
Consular Notice No: 2026/07

Ankara, 2 March 2026

Electronic visa arrangements for certain nationalities

1. As of 1 April 2026, nationals of Mexico, South Africa and Sri Lanka holding ordinary passports may obtain electronic visas for tourism and business travel of up to 30 days through the official e-Visa portal.

2. Nationals of these countries who hold a valid visa or residence permit issued by a Member State of the European Union, the United Kingdom or the United States will continue to benefit from the existing arrangements.

3. Travellers arriving at airports in Istanbul and Antalya without an electronic visa will not be able to obtain a visa on arrival.

4. Questions may be addressed to the Directorate General for Consular Affairs at consular.info@mfa.example.tr.`,
    expected: {
      date: '2026-03-02',
      people: [],
      countries: ['GB', 'LK', 'MX', 'TR', 'US', 'ZA'],
      blocs: ['European Union'],
      events: [],
      organizations: [
        'Republic of Türkiye Ministry of Foreign Affairs',
        'Directorate General for Consular Affairs',
      ],
      places: ['Ankara', 'Istanbul', 'Antalya'],
    },
  },
  {
    id: 'p12-ua-spokesperson-signed',
    text: `Ministry of Foreign Affairs of Ukraine

Statement on the return of Ukrainian seafarers

Kyiv, 17 March 2026

Ukraine welcomes the return home of eleven crew members of a bulk carrier who had been held for fourteen months. The seafarers, including the ship's master, Captain Serhii Bondarenko, arrived in Odesa this morning and have been reunited with their families.

We are grateful to the Republic of Türkiye and the State of Qatar for their mediation and humanitarian assistance throughout this period.

Ukraine calls on the International Maritime Organization and all flag States to strengthen guarantees for the safety of civilian crews.

Spokesperson of the Ministry of Foreign Affairs of Ukraine
Oksana Hrytsenko-Levchuk`,
    expected: {
      date: '2026-03-17',
      people: [
        ['Serhii Bondarenko', 'UA'],
        ['Oksana Hrytsenko-Levchuk', 'UA'],
      ],
      countries: ['QA', 'TR', 'UA'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Foreign Affairs of Ukraine', 'International Maritime Organization'],
      places: ['Kyiv', 'Odesa'],
    },
  },
  {
    id: 'p12-ph-jp-we-welcomed',
    text: `DEPARTMENT OF FOREIGN AFFAIRS
Republic of the Philippines

Statement of Secretary of Foreign Affairs Ma. Teresa B. Lacson-Dizon on the Official Visit of Japanese Foreign Minister SAKAMOTO Yuriko

Pasay City, 8 July 2026

We welcomed Foreign Minister SAKAMOTO Yuriko to the Department of Foreign Affairs this morning, on her first official visit to the Philippines.

We agreed to convene the 8th Philippines-Japan Vice-Ministerial Strategic Dialogue in Tokyo before the end of the year. Undersecretary Eduardo P. Manalastas Jr. and the Japanese Ambassador to the Philippines, MORI Kenta, will lead the preparations.

We also welcomed continuing support from the Japan International Cooperation Agency for the North–South Commuter Railway, which will link Bulacan and Pampanga with Metro Manila.`,
    expected: {
      date: '2026-07-08',
      people: [
        ['Ma. Teresa B. Lacson-Dizon', 'PH'],
        ['SAKAMOTO Yuriko', 'JP'],
        ['Eduardo P. Manalastas Jr.', 'PH'],
        ['MORI Kenta', 'JP'],
      ],
      countries: ['JP', 'PH'],
      blocs: [],
      events: ['8th Philippines-Japan Vice-Ministerial Strategic Dialogue'],
      organizations: ['Department of Foreign Affairs', 'Japan International Cooperation Agency'],
      places: ['Pasay City', 'Tokyo', 'Bulacan', 'Pampanga', 'Metro Manila'],
    },
  },
  {
    id: 'p12-sa-so-received',
    text: `Ministry of Foreign Affairs of the Kingdom of Saudi Arabia

Riyadh, 25 May 2026

Vice Minister of Foreign Affairs Eng. Waleed bin Saad Al-Harbi received at the Ministry's headquarters today the Minister of State for Foreign Affairs of the Federal Republic of Somalia, Hodan Abdirahman Warsame.

During the meeting, they reviewed bilateral relations and ways to strengthen them, as well as efforts to enhance maritime security along their coasts. The Somali minister expressed her country's appreciation for the assistance provided through the King Salman Humanitarian Aid and Relief Centre (KSrelief) to drought-affected families in Baidoa and Kismayo.

The meeting was attended by the Ambassador of the Federal Republic of Somalia to the Kingdom, Abdiqani Mohamed Nur, and the Director General of African Affairs at the Ministry, Faisal bin Nasser Al-Otaibi.`,
    expected: {
      date: '2026-05-25',
      people: [
        ['Waleed bin Saad Al-Harbi', 'SA'],
        ['Hodan Abdirahman Warsame', 'SO'],
        ['Abdiqani Mohamed Nur', 'SO'],
        ['Faisal bin Nasser Al-Otaibi', 'SA'],
      ],
      countries: ['SA', 'SO'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs of the Kingdom of Saudi Arabia',
        'King Salman Humanitarian Aid and Relief Centre',
      ],
      places: ['Riyadh', 'Baidoa', 'Kismayo'],
    },
  },
  {
    id: 'p12-ir-hu-call-solar-date',
    text: `Ministry of Foreign Affairs of the Islamic Republic of Iran

Tehran, 3 Khordad 1405 (24 May 2026)

Foreign Minister Mohammad-Reza Karimi Tabrizi held a telephone conversation on Sunday with Hungary's Minister of Foreign Affairs and Trade, Bálint Szőke.

The two ministers discussed preparations for the 10th meeting of the Iran–Hungary Joint Economic Commission, scheduled to take place in Budapest, as well as the resumption of direct flights between Tehran and Budapest and cooperation between universities in Isfahan and Debrecen.

Szőke briefed his Iranian counterpart on recent discussions within the European Union on regional issues, and both sides stressed the importance of dialogue.`,
    expected: {
      date: '2026-05-24',
      people: [
        ['Mohammad-Reza Karimi Tabrizi', 'IR'],
        ['Bálint Szőke', 'HU'],
      ],
      countries: ['HU', 'IR'],
      blocs: ['European Union'],
      events: ['10th meeting of the Iran–Hungary Joint Economic Commission'],
      organizations: [
        'Ministry of Foreign Affairs of the Islamic Republic of Iran',
        'Iran–Hungary Joint Economic Commission',
      ],
      places: ['Tehran', 'Budapest', 'Isfahan', 'Debrecen'],
    },
  },
  {
    id: 'p12-ng-br-visit',
    text: `Ministry of Foreign Affairs of the Federal Republic of Nigeria
PRESS RELEASE

Abuja, 30 April 2026

BRAZILIAN FOREIGN MINISTER PAYS WORKING VISIT TO NIGERIA

The Honourable Minister of Foreign Affairs, Ambassador Adebayo Olufemi Akinwande, today received the Minister of External Relations of the Federative Republic of Brazil, Mariana Costa Valadares, who is on a two-day working visit to Nigeria.

The two Ministers co-chaired the Second Session of the Nigeria–Brazil Strategic Dialogue Mechanism, which reviewed cooperation in agriculture, energy, defence and culture. They welcomed plans by the Brazilian Agricultural Research Corporation (Embrapa) to establish demonstration farms in Kano State and Kaduna State.

The Honourable Minister of State, Dr. Chukwuemeka Obiora, briefed the delegation on preparations for a business roundtable between ECOWAS and Mercosur later this year.

Oluwaseun Adeyemi-Bakare
Spokesperson`,
    expected: {
      date: '2026-04-30',
      people: [
        ['Adebayo Olufemi Akinwande', 'NG'],
        ['Mariana Costa Valadares', 'BR'],
        ['Chukwuemeka Obiora', 'NG'],
        ['Oluwaseun Adeyemi-Bakare', 'NG'],
      ],
      countries: ['BR', 'NG'],
      blocs: ['ECOWAS', 'Mercosur'],
      events: ['Second Session of the Nigeria–Brazil Strategic Dialogue Mechanism'],
      organizations: [
        'Ministry of Foreign Affairs of the Federal Republic of Nigeria',
        'Nigeria–Brazil Strategic Dialogue Mechanism',
        'Brazilian Agricultural Research Corporation',
      ],
      places: ['Abuja', 'Kano State', 'Kaduna State'],
    },
  },
  {
    id: 'p12-no-tt-joint-statement',
    text: `Joint Statement by Norway and Trinidad and Tobago on Ocean Governance and Climate Resilience

Oslo, 12 June 2026

The Minister of International Development of Norway, Sigrid Haugland Bjørnstad, and the Minister of Foreign and CARICOM Affairs of the Republic of Trinidad and Tobago, Keron Baptiste-Ramkissoon, met in Oslo today.

The Ministers agreed to launch a three-year programme on ocean data and coastal resilience, to be implemented by the Norwegian Agency for Development Cooperation (Norad) and the University of the West Indies at its St. Augustine campus.

As fellow members of the Commonwealth, the two countries will coordinate their positions ahead of the Commonwealth Heads of Government Meeting 2026 in Antigua and Barbuda, and will continue their dialogue on access to climate finance for small island developing States.`,
    expected: {
      date: '2026-06-12',
      people: [
        ['Sigrid Haugland Bjørnstad', 'NO'],
        ['Keron Baptiste-Ramkissoon', 'TT'],
      ],
      countries: ['AG', 'NO', 'TT'],
      blocs: ['CARICOM', 'Commonwealth'],
      events: ['Commonwealth Heads of Government Meeting 2026'],
      organizations: ['Norwegian Agency for Development Cooperation', 'University of the West Indies'],
      places: ['Oslo', 'St. Augustine'],
    },
  },
  {
    id: 'p12-cz-letterhead-only',
    text: `Ministry of Foreign Affairs of the Czech Republic

Press Release – 5 May 2026

Deputy Minister Jana Dvořáková met today with the Deputy Director General of the International Organization for Migration (IOM), Amina Farah Hussein, who is on a working visit.

The talks focused on labour mobility partnerships, assistance to displaced persons and support for voluntary return and reintegration programmes. Deputy Minister Dvořáková recalled that the Ministry has supported IOM projects for more than a decade and announced an additional contribution for this year.

Both sides agreed to hold regular consultations at the level of senior officials.`,
    expected: {
      date: '2026-05-05',
      people: [
        ['Jana Dvořáková', 'CZ'],
        ['Amina Farah Hussein', null],
      ],
      countries: ['CZ'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs of the Czech Republic',
        'International Organization for Migration',
      ],
      places: [],
    },
  },
  {
    id: 'p12-mg-cn-communique-fr',
    text: `RÉPUBLIQUE DE MADAGASCAR
Ministère des Affaires Étrangères

COMMUNIQUÉ

Antananarivo, le 19 mai 2026

Le Ministre des Affaires Étrangères, Monsieur Hery Andrianjafy Rakotomalala, a reçu ce jour, au siège du Ministère à Anosy, Madame Zhou Wenhui, Vice-Ministre des Affaires étrangères de la République populaire de Chine, en visite de travail à Madagascar.

Les deux parties ont passé en revue les préparatifs de la 15e session de la Commission mixte de coopération sino-malgache, prévue à Toamasina au mois de septembre, ainsi que les projets d'infrastructures routières dans la région Analamanga.

La Vice-Ministre a réaffirmé le soutien de la Chine aux positions de l'Union africaine. L'Ambassadeur de Chine à Madagascar, M. Liang Jianguo, et la Secrétaire Générale du Ministère, Mme Voahangy Razafindrabe, ont pris part à l'entretien.`,
    expected: {
      date: '2026-05-19',
      people: [
        ['Hery Andrianjafy Rakotomalala', 'MG'],
        ['Zhou Wenhui', 'CN'],
        ['Liang Jianguo', 'CN'],
        ['Voahangy Razafindrabe', 'MG'],
      ],
      countries: ['CN', 'MG'],
      blocs: ['Union africaine'],
      events: ['15e session de la Commission mixte de coopération sino-malgache'],
      organizations: ['Ministère des Affaires Étrangères', 'Commission mixte de coopération sino-malgache'],
      places: ['Antananarivo', 'Anosy', 'Toamasina', 'Analamanga'],
    },
  },

  // ───────────── 2. Regional and multilateral bodies ─────────────
  {
    id: 'p12-pif-fmm-bullets',
    text: `Pacific Islands Forum Secretariat

Twenty-Second Pacific Islands Forum Foreign Ministers Meeting
Nuku'alofa, Tonga, 6 August 2026

OUTCOMES STATEMENT

1. The Twenty-Second Pacific Islands Forum Foreign Ministers Meeting was held in Nuku'alofa on 6 August 2026 and was chaired by Hon. Sione Fifita Vaipulu, Minister for Foreign Affairs of Tonga.

2. Participating Ministers and senior officials:
   • Hon. Clare Whitfield MP, Minister for the Pacific, Australia
   • Ms. Tepaeru Marsters-Vaine, Secretary of Foreign Affairs and Immigration, Cook Islands
   • Hon. Taoing Kaiteie, Minister for Foreign Affairs and Immigration, Kiribati
   • Hon. Aroha Te Rangi-Walker, Associate Minister of Foreign Affairs, New Zealand
   • Hon. Tavita Leaupepe Fuimaono, Deputy Prime Minister, Samoa
   • Hon. Hilda Maelasi Kwaiga, Minister of Foreign Affairs and External Trade, Solomon Islands
   • Hon. Jean-Baptiste Kalsakau, Minister of Foreign Affairs, Vanuatu

3. The Secretary General of the Pacific Islands Forum, Mr. Tevita Naulivou Mapa, briefed Ministers on the implementation of the 2050 Strategy for the Blue Pacific Continent.

4. Ministers agreed to forward their recommendations on ocean boundaries, climate mobility and regional security to the 56th Pacific Islands Forum Leaders Meeting, to be held in Koror, Palau.`,
    expected: {
      date: '2026-08-06',
      people: [
        ['Sione Fifita Vaipulu', 'TO'],
        ['Clare Whitfield', 'AU'],
        ['Tepaeru Marsters-Vaine', 'CK'],
        ['Taoing Kaiteie', 'KI'],
        ['Aroha Te Rangi-Walker', 'NZ'],
        ['Tavita Leaupepe Fuimaono', 'WS'],
        ['Hilda Maelasi Kwaiga', 'SB'],
        ['Jean-Baptiste Kalsakau', 'VU'],
        ['Tevita Naulivou Mapa', null],
      ],
      countries: ['AU', 'CK', 'KI', 'NZ', 'PW', 'SB', 'TO', 'VU', 'WS'],
      blocs: ['Pacific Islands Forum'],
      events: [
        'Twenty-Second Pacific Islands Forum Foreign Ministers Meeting',
        '56th Pacific Islands Forum Leaders Meeting',
      ],
      organizations: ['Pacific Islands Forum Secretariat'],
      places: ["Nuku'alofa", 'Koror'],
    },
  },
  {
    id: 'p12-sica-reunion-es',
    text: `SISTEMA DE LA INTEGRACIÓN CENTROAMERICANA (SICA)

COMUNICADO CONJUNTO
XXIII Reunión de Ministros de Relaciones Exteriores del SICA

San Salvador, 4 de junio de 2026

Los Ministros y Ministras de Relaciones Exteriores de los Estados miembros del SICA, reunidos en San Salvador bajo la Presidencia Pro Tempore de El Salvador, adoptaron el presente comunicado.

Participaron en la reunión:

Belice: Sr. Dwayne Tillett-Castillo, Ministro de Relaciones Exteriores
Costa Rica: Sra. Valeria Montoya Quesada, Ministra de Relaciones Exteriores y Culto
El Salvador: Sr. Rodrigo Alfaro Menjívar, Ministro de Relaciones Exteriores (Presidente)
Guatemala: Sra. Lucía Ixchel Pérez Coyoy, Viceministra de Relaciones Exteriores
Honduras: Sr. Óscar Eduardo Zelaya Cárcamo, Canciller
Nicaragua: Sr. Denis Ramón Aráuz Blandón, Embajador
Panamá: Sra. Itzel Castrellón de Moreno, Viceministra de Asuntos Multilaterales
República Dominicana: Sr. Franklin Peña Batista, Viceministro de Política Exterior

Participó asimismo el Secretario General del SICA, Sr. Aníbal Quiñónez Barahona, quien presentó el informe de labores de la Secretaría General del SICA (SG-SICA).

Los Ministros acordaron elevar a la LVIII Reunión Ordinaria de Jefes de Estado y de Gobierno de los Países del SICA, que se celebrará en Antigua Guatemala, las propuestas sobre movilidad laboral y gestión de riesgos, y saludaron el diálogo político con la Unión Europea.`,
    expected: {
      date: '2026-06-04',
      people: [
        ['Dwayne Tillett-Castillo', 'BZ'],
        ['Valeria Montoya Quesada', 'CR'],
        ['Rodrigo Alfaro Menjívar', 'SV'],
        ['Lucía Ixchel Pérez Coyoy', 'GT'],
        ['Óscar Eduardo Zelaya Cárcamo', 'HN'],
        ['Denis Ramón Aráuz Blandón', 'NI'],
        ['Itzel Castrellón de Moreno', 'PA'],
        ['Franklin Peña Batista', 'DO'],
        ['Aníbal Quiñónez Barahona', null],
      ],
      countries: ['BZ', 'CR', 'DO', 'GT', 'HN', 'NI', 'PA', 'SV'],
      blocs: ['SICA', 'Unión Europea'],
      events: [
        'XXIII Reunión de Ministros de Relaciones Exteriores del SICA',
        'LVIII Reunión Ordinaria de Jefes de Estado y de Gobierno de los Países del SICA',
      ],
      organizations: ['Secretaría General del SICA'],
      places: ['San Salvador', 'Antigua Guatemala'],
    },
  },
  {
    id: 'p12-mercosul-cmc-pt',
    text: `MERCOSUL
Comunicado Conjunto dos Estados Partes

LXVIII Reunião Ordinária do Conselho do Mercado Comum

Foz do Iguaçu, 2 de julho de 2026

Realizou-se em Foz do Iguaçu, nos dias 1º e 2 de julho de 2026, sob a Presidência Pro Tempore brasileira, a LXVIII Reunião Ordinária do Conselho do Mercado Comum (CMC).

Delegações presentes:
1. Argentina – Chanceler Martín Ezequiel Larrañaga
2. Brasil – Ministra das Relações Exteriores Mariana Costa Valadares; Ministro da Fazenda Rogério Tavares Quintela
3. Paraguai – Chanceler Raúl Benítez Ayala
4. Uruguai – Chanceler Florencia Mieres Sosa
5. Bolívia – Vice-Chanceler Jhonny Mamani Quispe
6. Chile (Estado Associado) – Embaixadora Paula Riquelme Undurraga

Os Ministros avaliaram a implementação do Acordo de Parceria entre o MERCOSUL e a União Europeia e aprovaram a agenda da Cúpula de Presidentes do MERCOSUL, realizada na mesma cidade em 2 de julho.`,
    expected: {
      date: '2026-07-02',
      people: [
        ['Martín Ezequiel Larrañaga', 'AR'],
        ['Mariana Costa Valadares', 'BR'],
        ['Rogério Tavares Quintela', 'BR'],
        ['Raúl Benítez Ayala', 'PY'],
        ['Florencia Mieres Sosa', 'UY'],
        ['Jhonny Mamani Quispe', 'BO'],
        ['Paula Riquelme Undurraga', 'CL'],
      ],
      countries: ['AR', 'BO', 'BR', 'CL', 'PY', 'UY'],
      blocs: ['MERCOSUL', 'União Europeia'],
      events: ['LXVIII Reunião Ordinária do Conselho do Mercado Comum', 'Cúpula de Presidentes do MERCOSUL'],
      organizations: ['Conselho do Mercado Comum'],
      places: ['Foz do Iguaçu'],
    },
  },
  {
    id: 'p12-ceeac-conseil-fr',
    text: `COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE CENTRALE (CEEAC)

COMMUNIQUÉ FINAL
XXIIe Session ordinaire du Conseil des Ministres de la CEEAC

Libreville, le 24 avril 2026

1. La XXIIe Session ordinaire du Conseil des Ministres de la CEEAC s'est tenue à Libreville les 23 et 24 avril 2026, sous la présidence de S.E. M. Jean-Rémy Moussavou-Nzé, Ministre des Affaires étrangères de la République gabonaise, Président en exercice du Conseil.

2. Ont pris part aux travaux les chefs de délégation suivants :
Angola : S.E. Mme Teresa Dias Cambuta, Secrétaire d'État aux Relations extérieures
Burundi : S.E. M. Aimé Nizigiyimana, Ministre des Affaires étrangères
Cameroun : S.E. M. Paul-Éric Mbarga Atangana, Ministre délégué
Congo : S.E. Mme Clarisse Ngatsé-Okombi, Ministre de la Coopération internationale
République démocratique du Congo : S.E. M. Patrick Mwamba Ilunga, Vice-Ministre
Guinée équatoriale : S.E. M. Santiago Nsue Mba, Ministre des Affaires étrangères
Rwanda : Mme Grace Uwamahoro, Ambassadeur
Tchad : S.E. M. Mahamat Saleh Abakar, Ministre des Affaires étrangères

3. Le Président de la Commission de la CEEAC, S.E. M. Ambroise Ngoy Kabeya, a présenté le rapport sur l'état de mise en œuvre du programme de paix et de sécurité, en lien avec l'Union africaine.

4. Le Conseil a adopté le projet de budget pour l'exercice 2027 et recommandé son examen par le XXVe Sommet de la CEEAC, prévu à Malabo.`,
    expected: {
      date: '2026-04-24',
      people: [
        ['Jean-Rémy Moussavou-Nzé', 'GA'],
        ['Teresa Dias Cambuta', 'AO'],
        ['Aimé Nizigiyimana', 'BI'],
        ['Paul-Éric Mbarga Atangana', 'CM'],
        ['Clarisse Ngatsé-Okombi', 'CG'],
        ['Patrick Mwamba Ilunga', 'CD'],
        ['Santiago Nsue Mba', 'GQ'],
        ['Grace Uwamahoro', 'RW'],
        ['Mahamat Saleh Abakar', 'TD'],
        ['Ambroise Ngoy Kabeya', null],
      ],
      countries: ['AO', 'BI', 'CD', 'CG', 'CM', 'GA', 'GQ', 'RW', 'TD'],
      blocs: ['CEEAC', 'Union africaine'],
      events: ['XXIIe Session ordinaire du Conseil des Ministres de la CEEAC', 'XXVe Sommet de la CEEAC'],
      organizations: ['Conseil des Ministres de la CEEAC', 'Commission de la CEEAC'],
      places: ['Libreville', 'Malabo'],
    },
  },
  {
    id: 'p12-igad-pipe-table',
    text: `INTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT (IGAD)

Communiqué of the 51st Extra-Ordinary Session of the IGAD Council of Ministers

Djibouti City, 15 January 2026

The 51st Extra-Ordinary Session of the IGAD Council of Ministers was convened in Djibouti City to review the situation in Sudan and South Sudan. The Session was chaired by Djibouti, in its capacity as Chair of the Council.

Heads of delegation:

| Member State | Head of Delegation                  | Title                                      |
|--------------|-------------------------------------|--------------------------------------------|
| Djibouti     | H.E. Abdourahman Houssein Farah     | Minister of Foreign Affairs (Chair)        |
| Ethiopia     | H.E. Dr. Mesfin Tadesse Gebremariam | Minister of Foreign Affairs                |
| Kenya        | Hon. Amina Zawadi Mwakilema         | Principal Secretary, Foreign Affairs       |
| Somalia      | H.E. Faadumo Cabdi Xuseen           | Minister of State for Foreign Affairs      |
| South Sudan  | H.E. Majak Garang Akol              | Minister of Foreign Affairs                |
| Sudan        | Amb. Hamid Osman El-Tayeb           | Permanent Representative to IGAD           |
| Uganda       | Hon. Godfrey Ssemakula Kato         | Minister of State for Regional Cooperation |

The Executive Secretary of IGAD, Dr. Fatuma Abdi Mohamed, briefed the Council on the mediation process and on coordination with the African Union and the United Nations.

The Council called on the parties to the Revitalized Agreement to meet in Juba before the end of March 2026.`,
    expected: {
      date: '2026-01-15',
      people: [
        ['Abdourahman Houssein Farah', 'DJ'],
        ['Mesfin Tadesse Gebremariam', 'ET'],
        ['Amina Zawadi Mwakilema', 'KE'],
        ['Faadumo Cabdi Xuseen', 'SO'],
        ['Majak Garang Akol', 'SS'],
        ['Hamid Osman El-Tayeb', 'SD'],
        ['Godfrey Ssemakula Kato', 'UG'],
        ['Fatuma Abdi Mohamed', null],
      ],
      countries: ['DJ', 'ET', 'KE', 'SD', 'SO', 'SS', 'UG'],
      blocs: ['IGAD', 'African Union'],
      events: ['51st Extra-Ordinary Session of the IGAD Council of Ministers'],
      organizations: ['IGAD Council of Ministers', 'United Nations'],
      places: ['Djibouti City', 'Juba'],
    },
  },
  {
    id: 'p12-saarc-he-dr-mixed',
    text: `SAARC Secretariat
PRESS RELEASE

Kathmandu, 12 March 2026

The Forty-Fourth Session of the SAARC Standing Committee was held in Colombo on 11 March 2026, preceded by the Sixty-First Session of the SAARC Programming Committee on 10 March 2026. The Standing Committee was chaired by the Foreign Secretary of Sri Lanka.

The following heads of delegation attended:

H.E. Ms. Nusrat Jahan Chowdhury, Foreign Secretary, Bangladesh
Dr. Kinley Dorji Penjor, Foreign Secretary, Bhutan
H.E. Mr. Arvind Raghunathan Iyer, Secretary (East), India
Ms. Aishath Leena Rasheed, Foreign Secretary, Maldives
H.E. Dr. Bishnu Prasad Adhikari, Foreign Secretary, Nepal
Mr. Haider Ali Naqvi, Additional Secretary (Asia-Pacific), Pakistan
Dr. Dilani Gunawardena-Perera, Foreign Secretary, Sri Lanka (Chair)

The Secretary General of SAARC, Mr. Tenzin Dhendup Rai, presented the report of the Secretariat. The Committee reviewed the work of the SAARC Development Fund and the SAARC Disaster Management Centre, and recommended dates for the next session of the SAARC Council of Ministers.`,
    expected: {
      date: '2026-03-12',
      people: [
        ['Nusrat Jahan Chowdhury', 'BD'],
        ['Kinley Dorji Penjor', 'BT'],
        ['Arvind Raghunathan Iyer', 'IN'],
        ['Aishath Leena Rasheed', 'MV'],
        ['Bishnu Prasad Adhikari', 'NP'],
        ['Haider Ali Naqvi', 'PK'],
        ['Dilani Gunawardena-Perera', 'LK'],
        ['Tenzin Dhendup Rai', null],
      ],
      countries: ['BD', 'BT', 'IN', 'LK', 'MV', 'NP', 'PK'],
      blocs: ['SAARC'],
      events: [
        'Forty-Fourth Session of the SAARC Standing Committee',
        'Sixty-First Session of the SAARC Programming Committee',
      ],
      organizations: [
        'SAARC Secretariat',
        'SAARC Standing Committee',
        'SAARC Programming Committee',
        'SAARC Development Fund',
        'SAARC Disaster Management Centre',
        'SAARC Council of Ministers',
      ],
      places: ['Kathmandu', 'Colombo'],
    },
  },
  {
    id: 'p12-gcc-country-colon-lines',
    text: `Secretariat General of the Gulf Cooperation Council (GCC)
Press Release

Kuwait City, 8 March 2026

The 167th Session of the GCC Ministerial Council was held today in Kuwait City, chaired by Sheikh Khalid Hamad Al-Sabah, Minister of Foreign Affairs of the State of Kuwait, with the participation of:

Bahrain: Dr. Yousif Ebrahim Al-Dosari, Minister of Foreign Affairs
Oman: Sayyid Talal bin Hamad Al Busaidi, Minister of Foreign Affairs
Qatar: Dr. Maryam bint Ali Al-Kuwari, Minister of State for Foreign Affairs
Saudi Arabia: Mr. Turki bin Mansour Al-Shammari, Deputy Minister of Foreign Affairs
United Arab Emirates: Mr. Saeed Rashid Al Mazrouei, Minister of State

The Secretary-General of the GCC, Mr. Nawaf Abdulaziz Al-Rumaihi, presented the report on the implementation of the Council's decisions.

The Council reaffirmed its support for the Republic of Yemen and welcomed preparations for the Third ASEAN-GCC Summit.`,
    expected: {
      date: '2026-03-08',
      people: [
        ['Khalid Hamad Al-Sabah', 'KW'],
        ['Yousif Ebrahim Al-Dosari', 'BH'],
        ['Talal bin Hamad Al Busaidi', 'OM'],
        ['Maryam bint Ali Al-Kuwari', 'QA'],
        ['Turki bin Mansour Al-Shammari', 'SA'],
        ['Saeed Rashid Al Mazrouei', 'AE'],
        ['Nawaf Abdulaziz Al-Rumaihi', null],
      ],
      countries: ['AE', 'BH', 'KW', 'OM', 'QA', 'SA', 'YE'],
      blocs: ['GCC', 'ASEAN'],
      events: ['167th Session of the GCC Ministerial Council', 'Third ASEAN-GCC Summit'],
      organizations: ['Secretariat General of the Gulf Cooperation Council', 'GCC Ministerial Council'],
      places: ['Kuwait City'],
    },
  },
  {
    id: 'p12-cbss-space-table',
    text: `COUNCIL OF THE BALTIC SEA STATES
Chair's Statement

Published: 20 May 2026

The XXXI Ministerial Session of the Council of the Baltic Sea States (CBSS) was held in Tallinn on 19–20 May 2026 under the Estonian Presidency. Ministers discussed maritime safety, the protection of undersea infrastructure and youth cooperation.

Heads of delegation

Country          Name                              Position
Denmark          Mette Kjærsgaard Holm             Minister for Nordic Cooperation
Estonia          Kristjan Tamm-Vaher               Minister of Foreign Affairs (Chair)
Finland          Aino-Maria Virtanen               State Secretary
Germany          Dr. Friederike Lindemann-Schulz   Minister of State
Iceland          Guðrún Þórsdóttir                 Ambassador
Latvia           Jānis Ozoliņš                     Parliamentary Secretary
Lithuania        Rūta Vaitkevičiūtė                Vice-Minister of Foreign Affairs
Norway           Ole Kristian Bråten               State Secretary
Poland           Tomasz Grabowski                  Undersecretary of State
Sweden           Anders Lindqvist Ekholm           State Secretary
European Union   Hélène Marchetti-Duval            Deputy Secretary General, European External Action Service

The Director General of the CBSS Secretariat, Lars-Erik Sandvold, presented the annual report and the work plan for the coming year.`,
    expected: {
      date: '2026-05-20',
      people: [
        ['Mette Kjærsgaard Holm', 'DK'],
        ['Kristjan Tamm-Vaher', 'EE'],
        ['Aino-Maria Virtanen', 'FI'],
        ['Friederike Lindemann-Schulz', 'DE'],
        ['Guðrún Þórsdóttir', 'IS'],
        ['Jānis Ozoliņš', 'LV'],
        ['Rūta Vaitkevičiūtė', 'LT'],
        ['Ole Kristian Bråten', 'NO'],
        ['Tomasz Grabowski', 'PL'],
        ['Anders Lindqvist Ekholm', 'SE'],
        ['Hélène Marchetti-Duval', null],
        ['Lars-Erik Sandvold', null],
      ],
      countries: ['DE', 'DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'PL', 'SE'],
      blocs: ['CBSS', 'European Union'],
      events: ['XXXI Ministerial Session of the Council of the Baltic Sea States'],
      organizations: ['CBSS Secretariat', 'European External Action Service'],
      places: ['Tallinn'],
    },
  },
  {
    id: 'p12-v4-ukraine-joint',
    text: `Joint Statement of the Foreign Ministers of the Visegrad Group and Ukraine

Bratislava, 29 January 2026

At the invitation of the Slovak Presidency of the Visegrad Group (V4), the foreign ministers of the V4 countries met in Bratislava with the Minister of Foreign Affairs of Ukraine.

Participants:
- Vojtěch Kratochvíl, Minister of Foreign Affairs of the Czech Republic
- Dr. Zsófia Kovács-Tóth, Minister of State, Ministry of Foreign Affairs and Trade of Hungary
- Bartłomiej Szymański, Secretary of State, Ministry of Foreign Affairs of the Republic of Poland
- Matúš Kollár, Minister of Foreign and European Affairs of the Slovak Republic
- Taras Yaremchuk, Minister of Foreign Affairs of Ukraine

The Ministers reaffirmed their support for Ukraine's path towards membership of the European Union and agreed to coordinate projects on cross-border energy interconnections, to be presented at the 2026 Central European Energy Security Forum in Košice.

The Executive Director of the International Visegrad Fund, Ewa Kozłowska-Marek, presented a new scholarship line for Ukrainian students.`,
    expected: {
      date: '2026-01-29',
      people: [
        ['Vojtěch Kratochvíl', 'CZ'],
        ['Zsófia Kovács-Tóth', 'HU'],
        ['Bartłomiej Szymański', 'PL'],
        ['Matúš Kollár', 'SK'],
        ['Taras Yaremchuk', 'UA'],
        ['Ewa Kozłowska-Marek', null],
      ],
      countries: ['CZ', 'HU', 'PL', 'SK', 'UA'],
      blocs: ['V4', 'European Union'],
      events: ['2026 Central European Energy Security Forum'],
      organizations: [
        'Ministry of Foreign Affairs and Trade of Hungary',
        'Ministry of Foreign Affairs of the Republic of Poland',
        'International Visegrad Fund',
      ],
      places: ['Bratislava', 'Košice'],
    },
  },
  {
    id: 'p12-mekong-lancang-numbered',
    text: `Joint Press Communiqué of the Tenth Mekong–Lancang Cooperation Foreign Ministers' Meeting

Chiang Rai, 18 August 2026

1. The Tenth Mekong–Lancang Cooperation Foreign Ministers' Meeting was held in Chiang Rai, Thailand, on 18 August 2026. It was co-chaired by H.E. Mr. Wang Lixin, Minister of Foreign Affairs of the People's Republic of China, and H.E. Mr. Thanakorn Phromsuwan, Minister of Foreign Affairs of the Kingdom of Thailand.

2. The Meeting was attended by:
   (1) H.E. Mr. Keo Sambath, Minister attached to the Prime Minister, Kingdom of Cambodia;
   (2) H.E. Ms. Phonemaly Keomanivong, Vice Minister of Foreign Affairs, Lao PDR;
   (3) H.E. U Kyaw Zin Htet, Union Minister for Foreign Affairs, Republic of the Union of Myanmar;
   (4) H.E. Mr. Nguyễn Minh Khôi, Deputy Minister of Foreign Affairs, Viet Nam.

3. The Ministers welcomed the work of the Mekong–Lancang Water Resources Cooperation Centre in sharing hydrological data during the dry season and encouraged closer exchanges with the Mekong River Commission.

4. The Ministers agreed to submit the outcomes of the Meeting to the Fifth Mekong–Lancang Cooperation Leaders' Meeting, to be held in Phnom Penh in 2027.`,
    expected: {
      date: '2026-08-18',
      people: [
        ['Wang Lixin', 'CN'],
        ['Thanakorn Phromsuwan', 'TH'],
        ['Keo Sambath', 'KH'],
        ['Phonemaly Keomanivong', 'LA'],
        ['Kyaw Zin Htet', 'MM'],
        ['Nguyễn Minh Khôi', 'VN'],
      ],
      countries: ['CN', 'KH', 'LA', 'MM', 'TH', 'VN'],
      blocs: ['Mekong–Lancang Cooperation'],
      events: [
        "Tenth Mekong–Lancang Cooperation Foreign Ministers' Meeting",
        "Fifth Mekong–Lancang Cooperation Leaders' Meeting",
      ],
      organizations: ['Mekong–Lancang Water Resources Cooperation Centre', 'Mekong River Commission'],
      places: ['Chiang Rai', 'Phnom Penh'],
    },
  },
  {
    id: 'p12-ots-cfm-observers',
    text: `ORGANIZATION OF TURKIC STATES
Press Release

Turkistan, 14 October 2026

The Council of Foreign Ministers of the Organization of Turkic States (OTS) met today in the city of Turkistan to finalize the documents of the XIII Summit of the Organization of Turkic States, which will be held tomorrow.

The meeting was chaired by Mr. Arman Zhaksylykov, Minister of Foreign Affairs of the Republic of Kazakhstan, and attended by:

1. Mr. Elchin Mammadli, Minister of Foreign Affairs of the Republic of Azerbaijan
2. Mr. Nurbek Asanaliev, Minister of Foreign Affairs of the Kyrgyz Republic
3. Mr. Mehmet Kaan Aydoğdu, Deputy Minister of Foreign Affairs of the Republic of Türkiye
4. Mr. Jasurbek Normatov, Minister of Foreign Affairs of the Republic of Uzbekistan
5. Mr. Levente Horváth-Nagy, State Secretary, Ministry of Foreign Affairs and Trade of Hungary (observer)
6. Mr. Serdar Annaberdiyev, Deputy Minister of Foreign Affairs of Turkmenistan (observer)

The Secretary General of the OTS, Mr. Ruslan Abdyldaev, presented the draft Turkistan Declaration and the report on the activities of the Secretariat, whose headquarters are in Istanbul.`,
    expected: {
      date: '2026-10-14',
      people: [
        ['Arman Zhaksylykov', 'KZ'],
        ['Elchin Mammadli', 'AZ'],
        ['Nurbek Asanaliev', 'KG'],
        ['Mehmet Kaan Aydoğdu', 'TR'],
        ['Jasurbek Normatov', 'UZ'],
        ['Levente Horváth-Nagy', 'HU'],
        ['Serdar Annaberdiyev', 'TM'],
        ['Ruslan Abdyldaev', null],
      ],
      countries: ['AZ', 'HU', 'KG', 'KZ', 'TM', 'TR', 'UZ'],
      blocs: ['OTS'],
      events: ['XIII Summit of the Organization of Turkic States'],
      organizations: [
        'Council of Foreign Ministers of the Organization of Turkic States',
        'Ministry of Foreign Affairs and Trade of Hungary',
      ],
      places: ['Turkistan', 'Istanbul'],
    },
  },
  {
    id: 'p12-oif-cmf-fr',
    text: `ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE (OIF)
Communiqué de presse

Québec, le 27 novembre 2026

La 47e session de la Conférence ministérielle de la Francophonie (CMF) s'est tenue à Québec les 26 et 27 novembre 2026, en préparation du XXIe Sommet de la Francophonie.

Liste des chefs de délégation (extrait) :
— Belgique : M. Maxime Lambrechts, ministre des Affaires étrangères
— Côte d'Ivoire : Pr Adjoua Kouassi-Yao, ministre de l'Enseignement supérieur
— France : M. Étienne Garnier-Lebrun, ministre délégué chargé de la Francophonie
— Haïti : S.E. Mme Marie-Yolène Jean-Baptiste, ministre des Affaires étrangères et des Cultes
— Madagascar : Mme Fanja Ravelojaona, directrice générale de la Coopération
— Sénégal : S.E. Mme Aminata Ndiaye Sarr, ministre de l'Intégration africaine et des Affaires étrangères
— Viet Nam : S.E. M. Đặng Hoàng Long, vice-ministre des Affaires étrangères

L'Administratrice de l'OIF, Mme Nathalie Brassard-Ouellet, a présenté le rapport sur la programmation 2027-2030 et les travaux de l'Agence universitaire de la Francophonie (AUF).`,
    expected: {
      date: '2026-11-27',
      people: [
        ['Maxime Lambrechts', 'BE'],
        ['Adjoua Kouassi-Yao', 'CI'],
        ['Étienne Garnier-Lebrun', 'FR'],
        ['Marie-Yolène Jean-Baptiste', 'HT'],
        ['Fanja Ravelojaona', 'MG'],
        ['Aminata Ndiaye Sarr', 'SN'],
        ['Đặng Hoàng Long', 'VN'],
        ['Nathalie Brassard-Ouellet', null],
      ],
      countries: ['BE', 'CI', 'FR', 'HT', 'MG', 'SN', 'VN'],
      blocs: ['OIF'],
      events: [
        '47e session de la Conférence ministérielle de la Francophonie',
        'XXIe Sommet de la Francophonie',
      ],
      organizations: [
        'Conférence ministérielle de la Francophonie',
        'Agence universitaire de la Francophonie',
      ],
      places: ['Québec'],
    },
  },
  {
    id: 'p12-oas-asamblea-es',
    text: `ORGANIZACIÓN DE LOS ESTADOS AMERICANOS (OEA)
Comunicado de prensa C-045/26

Ciudad de Panamá, 24 de junio de 2026

Concluye el LVI Período Ordinario de Sesiones de la Asamblea General de la OEA

La Asamblea General de la OEA clausuró hoy su período ordinario de sesiones, presidido por la Ministra de Relaciones Exteriores de Panamá, Yarisel Castillero Batista. Las vicepresidencias y comisiones estuvieron a cargo de:

Hon. Marcia Gordon-Whyte — Minister of Foreign Affairs and Foreign Trade — Jamaica
Luis Fernando Arbeláez Rincón — Viceministro de Asuntos Multilaterales — Colombia
Dra. Andrea Villavicencio Mora — Canciller — Ecuador
Hon. Ravi Persaud-Singh — Minister of Foreign Affairs — Guyana
Renée Desrosiers — Secrétaire parlementaire — Canadá

El Secretario General Adjunto, Néstor Gamarra-Villalba, presentó el informe sobre la cooperación con la Organización Panamericana de la Salud (OPS) en la respuesta al dengue.`,
    expected: {
      date: '2026-06-24',
      people: [
        ['Yarisel Castillero Batista', 'PA'],
        ['Marcia Gordon-Whyte', 'JM'],
        ['Luis Fernando Arbeláez Rincón', 'CO'],
        ['Andrea Villavicencio Mora', 'EC'],
        ['Ravi Persaud-Singh', 'GY'],
        ['Renée Desrosiers', 'CA'],
        ['Néstor Gamarra-Villalba', null],
      ],
      countries: ['CA', 'CO', 'EC', 'GY', 'JM', 'PA'],
      blocs: ['OEA'],
      events: ['LVI Período Ordinario de Sesiones de la Asamblea General de la OEA'],
      organizations: ['Asamblea General de la OEA', 'Organización Panamericana de la Salud'],
      places: ['Ciudad de Panamá'],
    },
  },

  // ───────────── 3. Embassies, sector ministries, sub-national offices ─────────────
  {
    id: 'p12-kr-ke-scholarship-same-surname',
    text: `EMBASSY OF THE REPUBLIC OF KOREA IN KENYA
PRESS RELEASE No. 14/2026

Nairobi, 3 June 2026

Applications open for the Korea–Kenya Future Leaders Scholarship 2026

The Embassy of the Republic of Korea in Kenya, together with the Korea International Cooperation Agency (KOICA) and the State Department for Higher Education and Research of Kenya, invites applications for the Korea–Kenya Future Leaders Scholarship 2026. Twenty Kenyan graduates will be selected for fully funded master's programmes at KAIST in Daejeon and at Pusan National University in Busan.

"Many of our alumni now lead projects in county governments and universities," said Ambassador Park Ji-hoon. Principal Secretary Wanjiru Kamau-Njoroge thanked the Korean Government for its continued support.

Information sessions will be held at the Korea Education Fair 2026 at the University of Nairobi on 20 June, and in Mombasa and Kisumu the following week.

Media contact: First Secretary Park Soo-jin | press.kenya@embassy-kr.example | +254 20 000 0000`,
    expected: {
      date: '2026-06-03',
      people: [
        ['Park Ji-hoon', 'KR'],
        ['Wanjiru Kamau-Njoroge', 'KE'],
        ['Park Soo-jin', 'KR'],
      ],
      countries: ['KE', 'KR'],
      blocs: [],
      events: ['Korea Education Fair 2026'],
      organizations: [
        'Embassy of the Republic of Korea in Kenya',
        'Korea International Cooperation Agency',
        'State Department for Higher Education and Research of Kenya',
        'KAIST',
        'Pusan National University',
        'University of Nairobi',
      ],
      places: ['Nairobi', 'Daejeon', 'Busan', 'Mombasa', 'Kisumu'],
    },
  },
  {
    id: 'p12-vn-agri-vietnamese-dateline',
    text: `Ministry of Agriculture and Environment of Viet Nam
THÔNG CÁO BÁO CHÍ – PRESS RELEASE

Hà Nội, ngày 5 tháng 6 năm 2026

Viet Nam and China agree on inspection procedures for fresh coconut and frozen durian

On 4 June 2026, Deputy Minister Trần Thanh Hải received a delegation of the General Administration of Customs of the People's Republic of China led by Deputy Minister Huang Qiming.

The two sides finalised the phytosanitary requirements for fresh coconut and agreed on a joint inspection plan for frozen durian packing facilities in Đắk Lắk and Đồng Tháp provinces. The Director of the Plant Protection Department, Lê Thị Minh Nguyệt, presented the list of 120 registered growing areas.

Both delegations agreed to showcase the new arrangements at the 23rd China–ASEAN Expo in Nanning in September.`,
    expected: {
      date: '2026-06-05',
      people: [
        ['Trần Thanh Hải', 'VN'],
        ['Huang Qiming', 'CN'],
        ['Lê Thị Minh Nguyệt', 'VN'],
      ],
      countries: ['CN', 'VN'],
      blocs: ['ASEAN'],
      events: ['23rd China–ASEAN Expo'],
      organizations: [
        'Ministry of Agriculture and Environment of Viet Nam',
        "General Administration of Customs of the People's Republic of China",
        'Plant Protection Department',
      ],
      places: ['Hà Nội', 'Đắk Lắk', 'Đồng Tháp', 'Nanning'],
    },
  },
  {
    id: 'p12-es-mx-tourism-forum-es',
    text: `Ministerio de Industria y Turismo de España
Nota de prensa

Madrid, 4 de junio de 2026

El II Foro Hispano-Mexicano de Turismo 2026 reúne en Madrid a más de 300 empresas

El secretario de Estado de Turismo, Álvaro Mendizábal Ruiz, y la secretaria de Turismo de México, Guadalupe Itzel Ramírez Solís, inauguraron hoy el II Foro Hispano-Mexicano de Turismo 2026, organizado por el Instituto de Turismo de España (Turespaña).

Durante la jornada se anunciaron nuevas rutas aéreas entre Madrid, Cancún y Guadalajara, y se presentaron experiencias de turismo rural de Andalucía y Canarias. Ambas delegaciones acordaron volver a reunirse en FITUR 2027.

Contacto de prensa: prensa@turismo.example.es | +34 910 000 000`,
    expected: {
      date: '2026-06-04',
      people: [
        ['Álvaro Mendizábal Ruiz', 'ES'],
        ['Guadalupe Itzel Ramírez Solís', 'MX'],
      ],
      countries: ['ES', 'MX'],
      blocs: [],
      events: ['II Foro Hispano-Mexicano de Turismo 2026', 'FITUR 2027'],
      organizations: ['Ministerio de Industria y Turismo de España', 'Instituto de Turismo de España'],
      places: ['Madrid', 'Cancún', 'Guadalajara', 'Andalucía', 'Canarias'],
    },
  },
  {
    id: 'p12-de-ufm-energy-iso-time',
    text: `Federal Ministry for Economic Affairs and Energy
Press release

2026-06-04 | 10:15

State Secretary Brenneisen at the Union for the Mediterranean energy ministerial in Barcelona

State Secretary Dr. Katharina Brenneisen today represented Germany at the 4th Union for the Mediterranean Ministerial Meeting on Energy, hosted by the UfM Secretariat in Barcelona and co-chaired by the EU Commissioner for Energy, Henrik Ravnsborg-Lund, and Jordan's Minister of Energy and Mineral Resources, Dr. Rania Al-Khasawneh.

On the sidelines, Brenneisen held talks with Morocco's Minister of Energy Transition, Leila Benjelloun-Tazi, on green hydrogen projects in the Souss-Massa region, and with Egypt's Minister of Electricity, Karim Abdel-Fattah Soliman, on grid interconnections.

Press office: presse@bmwe.example.de, +49 30 0000 0000`,
    expected: {
      date: '2026-06-04',
      people: [
        ['Katharina Brenneisen', 'DE'],
        ['Henrik Ravnsborg-Lund', null],
        ['Rania Al-Khasawneh', 'JO'],
        ['Leila Benjelloun-Tazi', 'MA'],
        ['Karim Abdel-Fattah Soliman', 'EG'],
      ],
      countries: ['DE', 'EG', 'JO', 'MA'],
      blocs: ['EU', 'UfM'],
      events: ['4th Union for the Mediterranean Ministerial Meeting on Energy'],
      organizations: ['Federal Ministry for Economic Affairs and Energy', 'UfM Secretariat'],
      places: ['Barcelona', 'Souss-Massa'],
    },
  },
  {
    id: 'p12-fj-trade-week-photo-caption',
    text: `Ministry of Trade, Cooperatives and MSMEs – Republic of Fiji

Published: Thu 4 Jun 2026

Fijian exporters head to Pacific Trade Week 2026 in Auckland

A delegation of 25 Fijian exporters led by Assistant Minister Mereseini Waqanivalu will take part in Pacific Trade Week 2026 in Auckland from 15 to 18 June. The delegation includes kava growers from Taveuni and Kadavu, coconut oil producers and handicraft cooperatives.

Fiji's Trade Commissioner to New Zealand, Ilaitia Bulivou, said the event, organised with Pacific Trade Invest New Zealand, would connect Fijian businesses with buyers from across the Melanesian Spearhead Group and beyond.

Photo: Assistant Minister Waqanivalu (centre) with kava farmer Tomasi Naivalurua at the Nausori municipal market.`,
    expected: {
      date: '2026-06-04',
      people: [
        ['Mereseini Waqanivalu', 'FJ'],
        ['Ilaitia Bulivou', 'FJ'],
        ['Tomasi Naivalurua', 'FJ'],
      ],
      countries: ['FJ', 'NZ'],
      blocs: ['Melanesian Spearhead Group'],
      events: ['Pacific Trade Week 2026'],
      organizations: ['Ministry of Trade, Cooperatives and MSMEs', 'Pacific Trade Invest New Zealand'],
      places: ['Auckland', 'Taveuni', 'Kadavu', 'Nausori'],
    },
  },
  {
    id: 'p12-in-gujarat-shizuoka-mission',
    text: `Industries and Mines Department
Government of Gujarat
PRESS RELEASE No. 123/2026
FOR IMMEDIATE RELEASE

Gandhinagar, 18 September 2026

Shizuoka Prefecture business mission visits Gujarat ahead of Vibrant Gujarat Global Summit 2027

A 40-member business delegation from Shizuoka Prefecture, Japan, led by Vice-Governor Masahiro Kato, met Additional Chief Secretary Smt. Rekha Jayant Desai in Gandhinagar today.

The Gujarat Industrial Development Corporation (GIDC) and the Shizuoka Industrial Foundation signed a memorandum of understanding on automotive component parks in Sanand and Becharaji. GIDC Managing Director Shri Harshadbhai Patel said Japanese investors had committed more than INR 2,000 crore in the state since 2020.

Ms. Aoi Fujimura, head of the Japan External Trade Organization (JETRO) office in Ahmedabad, announced a matchmaking seminar for small and medium enterprises.

Media contact: imd-media@gujarat.example.in | +91 79 0000 0000`,
    expected: {
      date: '2026-09-18',
      people: [
        ['Masahiro Kato', 'JP'],
        ['Rekha Jayant Desai', 'IN'],
        ['Harshadbhai Patel', 'IN'],
        ['Aoi Fujimura', 'JP'],
      ],
      countries: ['IN', 'JP'],
      blocs: [],
      events: ['Vibrant Gujarat Global Summit 2027'],
      organizations: [
        'Industries and Mines Department',
        'Government of Gujarat',
        'Gujarat Industrial Development Corporation',
        'Shizuoka Industrial Foundation',
        'Japan External Trade Organization',
      ],
      places: ['Gandhinagar', 'Shizuoka Prefecture', 'Gujarat', 'Sanand', 'Becharaji', 'Ahmedabad'],
    },
  },
  {
    id: 'p12-gr-am-city-twinning',
    text: `Municipality of Thessaloniki
Press Office

Thessaloniki, 30 September 2026

Thessaloniki and Gyumri become sister cities

The Mayor of Thessaloniki, Eleni Stavropoulou, and the Mayor of Gyumri, Arsen Melkonyan, today signed a twinning agreement at the City Hall, opening a new chapter in the long friendship between the Greek and Armenian peoples.

The agreement foresees student exchanges, cooperation between the two cities' conservatories and joint participation in the 90th Thessaloniki International Fair. Deputy Mayor for International Relations Giorgos Papadakis announced that the 5th Thessaloniki–Armenia Cultural Days will take place next spring.

The ceremony was attended by the Honorary Consul of Armenia in Thessaloniki, Hagop Kazandjian, and by representatives of the local Armenian community.`,
    expected: {
      date: '2026-09-30',
      people: [
        ['Eleni Stavropoulou', 'GR'],
        ['Arsen Melkonyan', 'AM'],
        ['Giorgos Papadakis', 'GR'],
        ['Hagop Kazandjian', 'AM'],
      ],
      countries: ['AM', 'GR'],
      blocs: [],
      events: ['90th Thessaloniki International Fair', '5th Thessaloniki–Armenia Cultural Days'],
      organizations: ['Municipality of Thessaloniki'],
      places: ['Thessaloniki', 'Gyumri'],
    },
  },
  {
    id: 'p12-za-cu-health-media-statement',
    text: `National Department of Health
Republic of South Africa

MEDIA STATEMENT
FOR IMMEDIATE RELEASE
12 August 2026

South Africa and Cuba expand medical training cooperation

Pretoria – The Minister of Health, Dr Nomvula Khumalo-Dlamini, today welcomed 180 South African medical students who have completed their studies in Cuba under the South Africa–Cuba Medical Training Programme. The graduates will complete their clinical training at hospitals in KwaZulu-Natal affiliated with the University of KwaZulu-Natal and in rural districts of the Eastern Cape.

Cuba's Vice Minister of Public Health, Dr Yanelis Carbonell Fajardo, and the Ambassador of the Republic of Cuba, Roberto Ismael Cabrera Díaz, attended the ceremony together with Deputy Minister Themba Ngcobo.

Enquiries:
Sipho Zungu, Ministerial Spokesperson
sipho.zungu@health.example.za | 082 000 0000`,
    expected: {
      date: '2026-08-12',
      people: [
        ['Nomvula Khumalo-Dlamini', 'ZA'],
        ['Yanelis Carbonell Fajardo', 'CU'],
        ['Roberto Ismael Cabrera Díaz', 'CU'],
        ['Themba Ngcobo', 'ZA'],
        ['Sipho Zungu', 'ZA'],
      ],
      countries: ['CU', 'ZA'],
      blocs: [],
      events: [],
      organizations: ['National Department of Health', 'University of KwaZulu-Natal'],
      places: ['Pretoria', 'KwaZulu-Natal', 'Eastern Cape'],
    },
  },
  {
    id: 'p12-id-defence-expo-ranks',
    text: `Ministry of Defence of the Republic of Indonesia
Release No. 87/Humas/XI/2026

Jakarta, 4 November 2026

Nusantara Defence Expo & Forum 2026 opens in Kemayoran

Minister of Defence Lt. Gen. (Ret.) Bambang Suryo Atmojo today opened the 14th edition of the Nusantara Defence Expo & Forum 2026 at the convention centre in Kemayoran, Jakarta, with 640 exhibitors from 38 countries, including Brazil, Türkiye and the Republic of Korea.

Thailand's Deputy Minister of Defence, Gen. Pichit Rattanakorn, toured the pavilions of PT PAL Indonesia, whose shipyard is in Surabaya, and PT Pindad of Bandung, and witnessed the signing of a research agreement between the Defence Technology Institute of Thailand and the Indonesian Defence University.

The Director General of Defence Potential, Rear Admiral Siti Rahmawati Nasution, said the expo would include a forum on maritime domain awareness.`,
    expected: {
      date: '2026-11-04',
      people: [
        ['Bambang Suryo Atmojo', 'ID'],
        ['Pichit Rattanakorn', 'TH'],
        ['Siti Rahmawati Nasution', 'ID'],
      ],
      countries: ['BR', 'ID', 'KR', 'TH', 'TR'],
      blocs: [],
      events: ['Nusantara Defence Expo & Forum 2026'],
      organizations: [
        'Ministry of Defence of the Republic of Indonesia',
        'PT PAL Indonesia',
        'PT Pindad',
        'Defence Technology Institute of Thailand',
        'Indonesian Defence University',
      ],
      places: ['Jakarta', 'Kemayoran', 'Surabaya', 'Bandung'],
    },
  },
  {
    id: 'p12-it-mg-culture-religious-title',
    text: `Embassy of Italy in Antananarivo

Antananarivo, 10 June 2026

Italy supports the restoration of a historic convent library in Fianarantsoa

Ambassador Francesca Lombardi-Rinaldi today handed over restored manuscripts and conservation equipment to the community of the Congregation of the Sisters of Saint Joseph of Cluny in Fianarantsoa, whose Malagasy superior, Sister Bernadette Rasoanirina, has led the effort to preserve its nineteenth-century archive.

The project, financed by the Italian Agency for Development Cooperation, was carried out with the University of Fianarantsoa. Conservator Matteo Brambilla of the Opificio delle Pietre Dure in Florence trained twelve young archivists from the region.

Madagascar's Minister of Communication and Culture, Harimalala Ravelomanantsoa, thanked Italy for its long-standing commitment to the country's cultural heritage.`,
    expected: {
      date: '2026-06-10',
      people: [
        ['Francesca Lombardi-Rinaldi', 'IT'],
        ['Bernadette Rasoanirina', 'MG'],
        ['Matteo Brambilla', 'IT'],
        ['Harimalala Ravelomanantsoa', 'MG'],
      ],
      countries: ['IT', 'MG'],
      blocs: [],
      events: [],
      organizations: [
        'Embassy of Italy in Antananarivo',
        'Congregation of the Sisters of Saint Joseph of Cluny',
        'Italian Agency for Development Cooperation',
        'University of Fianarantsoa',
        'Opificio delle Pietre Dure',
      ],
      places: ['Antananarivo', 'Fianarantsoa', 'Florence'],
    },
  },
  {
    id: 'p12-ph-jm-sport-byline',
    text: `Philippine Sports Commission
Press Release

Manila, July 21, 2026

By Carmela S. Tolentino

PSC, Jamaica sign athletics coaching exchange

PSC Chairman Jose Emmanuel R. Dimaculangan and Jamaica's Minister of Sport, Hon. Desmond Grant-Whyte, signed a memorandum of understanding on Tuesday for an exchange of sprint coaches and sports scientists.

Under the agreement, Jamaican coach Winsome McKenzie-Blake will spend six months with the national athletics pool in Manila, while Filipino sprinters, among them national record holder Kristine Joy Dela Cruz, will train in Kingston ahead of the 34th Southeast Asian Games in Kuala Lumpur.`,
    expected: {
      date: '2026-07-21',
      people: [
        ['Carmela S. Tolentino', 'PH'],
        ['Jose Emmanuel R. Dimaculangan', 'PH'],
        ['Desmond Grant-Whyte', 'JM'],
        ['Winsome McKenzie-Blake', 'JM'],
        ['Kristine Joy Dela Cruz', 'PH'],
      ],
      countries: ['JM', 'PH'],
      blocs: [],
      events: ['34th Southeast Asian Games'],
      organizations: ['Philippine Sports Commission'],
      places: ['Manila', 'Kingston', 'Kuala Lumpur'],
    },
  },
  {
    id: 'p12-be-jp-science-nobility',
    text: `Embassy of Belgium in Japan

Tokyo, 12 March 2026

Belgian science mission strengthens research ties with Japan

The 7th Belgium–Japan Science and Innovation Forum opened today in Tokyo, bringing together some 200 researchers and company representatives. The Belgian delegation is led by Countess Anne-Sophie de Wavrin-Vanneste, chair of the Belgian Science Council for Asia, together with Pieter Van den Broeck, Minister for Economy and Innovation of Flanders.

Ambassador Jeroen Verhaegen welcomed the participation, for the first time, of research institutes from the Netherlands and Luxembourg as part of a joint Benelux innovation track. Lieve De Smedt of imec, the research centre based in Leuven, presented cooperation on semiconductor design with partners in Tsukuba and Kyoto.

On the Japanese side, NISHIMURA Haruka, Executive Director of the Japan Science and Technology Agency (JST), announced a joint call for early-career researchers to be launched with Flanders Investment & Trade.`,
    expected: {
      date: '2026-03-12',
      people: [
        ['Anne-Sophie de Wavrin-Vanneste', 'BE'],
        ['Pieter Van den Broeck', 'BE'],
        ['Jeroen Verhaegen', 'BE'],
        ['Lieve De Smedt', 'BE'],
        ['NISHIMURA Haruka', 'JP'],
      ],
      countries: ['BE', 'JP', 'LU', 'NL'],
      blocs: ['Benelux'],
      events: ['7th Belgium–Japan Science and Innovation Forum'],
      organizations: [
        'Embassy of Belgium in Japan',
        'Belgian Science Council for Asia',
        'imec',
        'Japan Science and Technology Agency',
        'Flanders Investment & Trade',
      ],
      places: ['Tokyo', 'Flanders', 'Leuven', 'Tsukuba', 'Kyoto'],
    },
  },
  {
    id: 'p12-pl-kz-business-council-ai',
    text: `Embassy of the Republic of Poland in Astana
Press release

Almaty, 25 September 2026

Kazakhstan–Poland Business Council holds its 6th session

The 6th Session of the Kazakhstan–Poland Business Council took place in Almaty on 24 September, gathering more than 150 companies from both countries.

The Polish side was represented by the Chargé d'Affaires a.i. of the Republic of Poland in Kazakhstan, Mr. Tomasz Wójcik, and by Joanna Kamińska-Duda, Vice-President of the Polish Investment and Trade Agency (PAIH). The Kazakh side was led by Vice Minister of Trade and Integration Dmitry Aleksandrovich Volkov and by Aliya Serikbayevna Nurpeisova, Deputy Chair of the Atameken National Chamber of Entrepreneurs.

Participants discussed a planned agricultural machinery plant in the Kostanay Region and additional LOT Polish Airlines flights linking Warsaw with Astana and Almaty. Companies were invited to the Poland–Central Asia Economic Forum 2026 in Katowice in November.`,
    expected: {
      date: '2026-09-25',
      people: [
        ['Tomasz Wójcik', 'PL'],
        ['Joanna Kamińska-Duda', 'PL'],
        ['Dmitry Aleksandrovich Volkov', 'KZ'],
        ['Aliya Serikbayevna Nurpeisova', 'KZ'],
      ],
      countries: ['KZ', 'PL'],
      blocs: [],
      events: [
        '6th Session of the Kazakhstan–Poland Business Council',
        'Poland–Central Asia Economic Forum 2026',
      ],
      organizations: [
        'Embassy of the Republic of Poland in Astana',
        'Kazakhstan–Poland Business Council',
        'Polish Investment and Trade Agency',
        'Atameken National Chamber of Entrepreneurs',
        'LOT Polish Airlines',
      ],
      places: ['Almaty', 'Kostanay Region', 'Warsaw', 'Astana', 'Katowice'],
    },
  },
];
