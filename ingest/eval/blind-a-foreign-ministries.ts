import type { EvalCase } from './eval-set';

/**
 * Blind A — foreign ministries: 37 announcements written for this project on 2026-12-01, BLIND — without
 * reading the extraction rules (ingest/extract/), the overrides, the corpus generator, or the other
 * evaluation sets, and without running the extractor on them. Texts invented. Style: foreign ministries'
 * readouts and statements (bilateral meeting and phone-call readouts, joint statements, spokesperson
 * statements, ministers' visits, first and third person) from Latin America, Africa, Europe and
 * Asia-Pacific.
 * FIRST RUN (scored 2026-12-01 on the extractor at commit a9c3e4a, before any change made for it):
 *   people         P 0.904 R 0.649 F1 0.756 (113/12/61)
 *   countries      P 0.978 R 0.978 F1 0.978 (136/3/3)
 *   blocs          P 1.000 R 0.778 F1 0.875 (28/0/8)
 *   events         P 0.591 R 0.520 F1 0.553 (26/18/24)
 *   organizations  P 0.600 R 0.763 F1 0.672 (45/30/14)
 *   places         P 0.989 R 0.740 F1 0.847 (94/1/33)
 *   date accuracy 0.649; person country acc. 0.195
 * After that first run it became a TUNING set (rules may be changed against it); the full first-run error
 * list is in ingest/eval/first-runs/blind-a-foreign-ministries.txt.
 */
export const BLIND_A: EvalCase[] = [
  {
    id: 'ba-pe-ec-binational-cabinet',
    text: `Home > Peru in the World > Press Releases
Foreign Minister Quispe Huamán and Ecuadorian counterpart prepare the XV Binational Cabinet

PRESS RELEASE

No. 047-2023

Lima, 14 March 2023 – The Minister of Foreign Affairs of Peru, María Fernanda Quispe Huamán, received today in the Sala Grau of the Ministry of Foreign Affairs the Minister of Foreign Affairs and Human Mobility of Ecuador, Andrés Salvador Coello Vinueza, who is on an official working visit to Lima.

The ministers reviewed the commitments adopted at the XIV Peru–Ecuador Binational Cabinet and agreed on the agenda of the XV Peru–Ecuador Binational Cabinet, which will be held in Tumbes in the second half of the year. The priorities include the binational border development plan, the interconnection of the electricity grids of both countries and the joint management of the Zarumilla river basin.

Minister Quispe Huamán described relations between Peru and Ecuador as "exemplary", twenty-five years after the signing of the peace agreements, and underlined the role of the Andean Community in the growth of bilateral trade. Minister Coello Vinueza thanked Peru for its support to Ecuadorian exporters and invited his counterpart to visit Loja and Zamora in the coming months.

The meeting was also attended by the Vice Minister of Foreign Affairs, Jorge Luis Palomino Ríos, and the Ambassador of Ecuador in Peru, Gabriela Montúfar Egas. At the end, both ministers held a brief press briefing.`,
    expected: {
      date: '2023-03-14',
      people: [
        ['María Fernanda Quispe Huamán', 'PE'],
        ['Andrés Salvador Coello Vinueza', 'EC'],
        ['Jorge Luis Palomino Ríos', 'PE'],
        ['Gabriela Montúfar Egas', 'EC'],
      ],
      countries: ['EC', 'PE'],
      blocs: ['Andean Community'],
      events: ['XIV Peru–Ecuador Binational Cabinet', 'XV Peru–Ecuador Binational Cabinet'],
      organizations: ['Ministry of Foreign Affairs'],
      places: ['Lima', 'Tumbes', 'Loja', 'Zamora'],
    },
  },
  {
    id: 'ba-cl-nz-phone-call',
    text: `Home > News > Chile in the World
Foreign Minister Etchegaray holds phone call with New Zealand counterpart

Santiago, 02/08/2022

Chile's Minister of Foreign Affairs, Rodrigo Etchegaray Lund, held a telephone conversation this morning with the Minister of Foreign Affairs of New Zealand, Rt Hon. Margaret Hale, to follow up on the commitments made during her visit to Santiago last year.

Both ministers agreed to expand scientific and logistical cooperation in Antarctica, including more frequent flights between Punta Arenas and Christchurch, the two main gateway cities to the white continent. They also reviewed the implementation of the Digital Economy Partnership Agreement, which both countries share with Singapore, and the preparations for the Pacific Alliance–New Zealand Ministerial Dialogue, scheduled for November.

Minister Etchegaray recalled that New Zealand is a candidate to become an associated state of the Pacific Alliance and stressed that Chile "sees in the Pacific a common home, not a dividing ocean". He also invited his counterpart to take part in the Santiago Ocean Conference 2023.

The conversation lasted about forty minutes and closed with a commitment to meet in person in the coming months.`,
    expected: {
      date: '2022-08-02',
      people: [
        ['Rodrigo Etchegaray Lund', 'CL'],
        ['Margaret Hale', 'NZ'],
      ],
      countries: ['CL', 'NZ', 'SG'],
      blocs: ['Pacific Alliance'],
      events: ['Pacific Alliance–New Zealand Ministerial Dialogue', 'Santiago Ocean Conference 2023'],
      organizations: [],
      places: ['Santiago', 'Punta Arenas', 'Christchurch'],
    },
  },
  {
    id: 'ba-co-migration-statement',
    text: `Home > Press Room > Statements
Statement on the conclusion of the Third Regional Conference on Migration and Protection

Bogotá, 9 de noviembre de 2021

The Ministry of Foreign Affairs welcomes the successful conclusion of the Third Regional Conference on Migration and Protection, held in Cartagena de Indias from 6 to 8 November with the participation of delegations from seventeen countries of the hemisphere and from international organizations.

We thank the delegations of Ecuador, Peru, Chile, Panama and Costa Rica for their commitment to the Action Plan on Human Mobility adopted by consensus at the Closing Session, and we value the technical support of the International Organization for Migration (IOM) and the Organization of American States (OAS).

Colombia reiterates that regular, safe and orderly migration is a shared responsibility of the countries of origin, transit and destination. Since 2017 our country has received more than two million Venezuelan migrants, and the Temporary Protection Statute remains a cornerstone of our policy of integration.

The Colombian Agency for International Cooperation (APC-Colombia) will coordinate with the participating countries the technical follow-up of the Action Plan, whose first progress report will be presented in Quito next year.`,
    expected: {
      date: '2021-11-09',
      people: [],
      countries: ['CL', 'CO', 'CR', 'EC', 'PA', 'PE', 'VE'],
      blocs: ['OAS'],
      events: ['Third Regional Conference on Migration and Protection'],
      organizations: [
        'Ministry of Foreign Affairs',
        'International Organization for Migration (IOM)',
        'Colombian Agency for International Cooperation (APC-Colombia)',
      ],
      places: ['Bogotá', 'Cartagena de Indias', 'Quito'],
    },
  },
  {
    id: 'ba-br-cn-bioeconomy',
    text: `Home > Press Room > Press Releases
Foreign Minister receives Chinese Vice Minister to launch bioeconomy dialogue

Press Release No. 312

Brasília, 21/06/2024

Foreign Minister Helena Araújo Vasconcelos received today, at the Ministry of Foreign Affairs, the Vice Minister of Foreign Affairs of the People's Republic of China, ZHAO Minghui, who is visiting Brazil at the head of a delegation of the Chinese ministries of agriculture, science and ecology.

The meeting marked the launch of the Sino-Brazilian Dialogue on Bioeconomy, created by the leaders of both countries last year. Minister Araújo Vasconcelos recalled that the Brazilian presidency of the G20 has placed the bioeconomy at the centre of the international agenda and invited the Chinese side to cooperate with the National Institute for Amazonian Bioeconomy (INAB), headquartered in Manaus.

Vice Minister Zhao conveyed the greetings of the Minister of Foreign Affairs of China, LI Qinghe, and proposed joint research on the satellite monitoring of forest cover. The two delegations also prepared the 6th Meeting of the Brazil–China Subcommittee on Science, Technology and Innovation, to take place in Hangzhou in September.

The Director for East and Southeast Asia, Paulo Sérgio Tavares, and the Ambassador of China in Brasília, CHEN Yuting, also took part in the meeting.`,
    expected: {
      date: '2024-06-21',
      people: [
        ['Helena Araújo Vasconcelos', 'BR'],
        ['Zhao Minghui', 'CN'],
        ['Li Qinghe', 'CN'],
        ['Paulo Sérgio Tavares', 'BR'],
        ['Chen Yuting', 'CN'],
      ],
      countries: ['BR', 'CN'],
      blocs: ['G20'],
      events: [
        'Sino-Brazilian Dialogue on Bioeconomy',
        '6th Meeting of the Brazil–China Subcommittee on Science, Technology and Innovation',
      ],
      organizations: ['Ministry of Foreign Affairs', 'National Institute for Amazonian Bioeconomy (INAB)'],
      places: ['Brasília', 'Manaus', 'Hangzhou'],
    },
  },
  {
    id: 'ba-mx-gt-joint-statement',
    text: `Home > Press > Joint Statements
Joint Statement by the Foreign Ministers of Mexico and Guatemala

Comunicado Conjunto No. 418

Ciudad de México, a 3 de octubre de 2022

The Secretary of Foreign Affairs of Mexico, Lucía Ibarra Montemayor, and the Minister of Foreign Affairs of Guatemala, Carlos Enrique Xicará Batz, met today in the Mexican capital for the III Meeting of the Mexico–Guatemala Binational Commission and agreed on the following:

1. They reaffirmed the historic ties of friendship between Mexico and Guatemala and agreed to modernise the border crossings of Ciudad Hidalgo–Tecún Umán and Talismán–El Carmen, including new customs, migration and health facilities.

2. They welcomed the extension to Guatemalan communities of the rural employment programmes supported by the Mexican Agency for International Development Cooperation (AMEXCID), and agreed to evaluate their results jointly next year.

3. They recognised the contribution of the Governor of the Mexican state of Chiapas, Rosa Elena Tzab Canché, and of the Governor of the Guatemalan department of San Marcos, Hugo Roderico Fuentes, to the integrated development of the border region.

4. They agreed to coordinate positions within the Central American Integration System (SICA), in which Mexico participates as a regional observer, and to work together for safe, orderly and regular migration.

5. The IV Meeting of the Binational Commission will be held in Guatemala City in 2024.`,
    expected: {
      date: '2022-10-03',
      people: [
        ['Lucía Ibarra Montemayor', 'MX'],
        ['Carlos Enrique Xicará Batz', 'GT'],
        ['Rosa Elena Tzab Canché', 'MX'],
        ['Hugo Roderico Fuentes', 'GT'],
      ],
      countries: ['GT', 'MX'],
      blocs: ['SICA'],
      events: [
        'III Meeting of the Mexico–Guatemala Binational Commission',
        'IV Meeting of the Binational Commission',
      ],
      organizations: ['Mexican Agency for International Development Cooperation (AMEXCID)'],
      places: [
        'Ciudad de México',
        'Ciudad Hidalgo',
        'Tecún Umán',
        'Talismán',
        'El Carmen',
        'Chiapas',
        'San Marcos',
        'Guatemala City',
      ],
    },
  },
  {
    id: 'ba-ar-waterway-trilateral',
    text: `Home > Press > Press Releases
Argentina, Paraguay and Uruguay agree on waterway maintenance roadmap

Argentine Republic – Ministry of Foreign Affairs, International Trade and Worship

Information for the Press N° 215/23

Buenos Aires, 18 July 2023

Foreign Minister Santiago Berisso met today at the San Martín Palace with his counterparts Federico Olivera of Uruguay and Rocío Giménez Benítez of Paraguay to review the joint maintenance of the Paraguay–Paraná Waterway, a vital route for the exports of the three countries and of Bolivia.

The ministers welcomed the outcome of the 12th meeting of the Intergovernmental Committee on the Paraguay–Paraná Waterway, held in Asunción on 3 and 4 July, and instructed their technical teams to present a dredging and beaconing roadmap before the next summit of Mercosur.

"The waterway is the backbone of our regional integration, and its navigability cannot depend on the decisions of a single country," said Berisso. Olivera highlighted the importance of the port of Nueva Palmira for Uruguayan grain exports, while Giménez Benítez stressed the need for predictable and transparent tolls.

The Secretary of International Economic Relations, Valeria Inés Castagnino, and the Undersecretary for Latin American Affairs, Martín Echeverría, also took part in the meeting, together with representatives of the National Ports Administration.`,
    expected: {
      date: '2023-07-18',
      people: [
        ['Santiago Berisso', 'AR'],
        ['Federico Olivera', 'UY'],
        ['Rocío Giménez Benítez', 'PY'],
        ['Valeria Inés Castagnino', 'AR'],
        ['Martín Echeverría', 'AR'],
      ],
      countries: ['AR', 'BO', 'PY', 'UY'],
      blocs: ['Mercosur'],
      events: ['12th meeting of the Intergovernmental Committee on the Paraguay–Paraná Waterway'],
      organizations: [
        'Ministry of Foreign Affairs, International Trade and Worship',
        'National Ports Administration',
      ],
      places: ['Buenos Aires', 'Asunción', 'Nueva Palmira'],
    },
  },
  {
    id: 'ba-uy-nordic-trade-ministers',
    text: `Home > Communication > News
Uruguay hosts Swedish and Danish trade ministers for Nordic business forum

Montevideo

Date: 2024-04-09

The Minister of Foreign Affairs, Federico Olivera, welcomed today Ministers Karin Lindqvist and Jørgen Holm, responsible for foreign trade in Sweden and Denmark respectively, at the Palacio Santos.

The meeting opened the Uruguay–Nordic Business Forum 2024, which brings together more than 120 companies from Sweden, Denmark, Finland and Norway with Uruguayan exporters of software, forestry products and renewable energy. The Nordic delegations will also visit the pulp mill in Paso de los Toros and the wind farms of the department of Durazno.

Olivera recalled that Uruguay generates almost all of its electricity from renewable sources and expressed the hope that the agreement between Mercosur and the European Union will soon be signed. "Our countries are small in population but large in ambition," he said.

Lindqvist announced that Business Sweden will open a regional office in Montevideo, while Holm invited Uruguayan companies to the Green Solutions Fair 2024 in October.

The agenda also included a working lunch with the Vice Minister of Industry, Energy and Mining, Camila Rodríguez Sosa, and the President of Uruguay's National Agency for Exports (ANEX), Diego Ferreira.`,
    expected: {
      date: '2024-04-09',
      people: [
        ['Federico Olivera', 'UY'],
        ['Karin Lindqvist', 'SE'],
        ['Jørgen Holm', 'DK'],
        ['Camila Rodríguez Sosa', 'UY'],
        ['Diego Ferreira', 'UY'],
      ],
      countries: ['DK', 'FI', 'NO', 'SE', 'UY'],
      blocs: ['EU', 'Mercosur'],
      events: ['Uruguay–Nordic Business Forum 2024', 'Green Solutions Fair 2024'],
      organizations: ['Business Sweden', 'National Agency for Exports (ANEX)'],
      places: ['Montevideo', 'Paso de los Toros', 'Durazno'],
    },
  },
  {
    id: 'ba-ec-hrc-election-statement',
    text: `Home > Press Room > Official Statements
Ecuador welcomes its election to the Human Rights Council

Office of the Spokesperson

OFFICIAL STATEMENT No. 031

Quito, 15 October 2025

The Ministry of Foreign Affairs and Human Mobility welcomes the election of Ecuador as a member of the Human Rights Council for the period 2026–2028, obtained today with 171 votes in the United Nations General Assembly in New York.

We thank the member States that supported our candidacy, in particular our partners in the Andean Community and CELAC, and we acknowledge the work of our diplomatic missions during an intense campaign launched at the 58th session of the Human Rights Council in Geneva.

During its mandate, Ecuador will prioritise the rights of people in human mobility, the rights of nature recognised in our Constitution and the protection of human rights defenders and journalists. Together with Peru, Brazil and Colombia, our country will also promote a resolution on the protection of indigenous peoples in voluntary isolation in the Amazon basin.

The Ministry reiterates the commitment of Ecuador to multilateralism, international law and constructive dialogue among all members of the Council.`,
    expected: {
      date: '2025-10-15',
      people: [],
      countries: ['BR', 'CO', 'EC', 'PE'],
      blocs: ['Andean Community', 'CELAC'],
      events: ['58th session of the Human Rights Council'],
      organizations: [
        'Ministry of Foreign Affairs and Human Mobility',
        'Human Rights Council',
        'United Nations General Assembly',
      ],
      places: ['Quito', 'New York', 'Geneva'],
    },
  },
  {
    id: 'ba-cr-holy-see-visit',
    text: `Home > News > Foreign Policy
Costa Rican Foreign Minister meets Holy See Secretary for Relations with States

San José, 27 de febrero de 2020

The Minister of Foreign Affairs and Worship, Andrea Solís Quesada, held a working meeting in Rome with the Secretary for Relations with States of the Holy See, Archbishop Giancarlo Ferrante, as part of her official visit to Italy and the Holy See.

The two authorities reviewed cooperation in the protection of migrants in transit through Central America, the fight against human trafficking and the promotion of environmental rights in the region. Minister Solís Quesada thanked the Holy See for its support of the Costa Rican initiative on the human right to a healthy environment.

The Minister invited the Holy See to take part in the International Forum on Peace Education 2020, which Costa Rica will host in November at the University for Peace (UPEACE) in Ciudad Colón.

She was accompanied by the Ambassador of Costa Rica to the Holy See, Rodrigo Alvarado Mora, and the Director General of Foreign Policy, Mariela Chaves Brenes. Later that day, the Minister met with the Italian Deputy Minister of Foreign Affairs, Lorenzo Bellandi, to discuss direct flights between Rome and San José and the participation of Italian companies in the electric train project of the Costa Rican capital.`,
    expected: {
      date: '2020-02-27',
      people: [
        ['Andrea Solís Quesada', 'CR'],
        ['Giancarlo Ferrante', 'VA'],
        ['Rodrigo Alvarado Mora', 'CR'],
        ['Mariela Chaves Brenes', 'CR'],
        ['Lorenzo Bellandi', 'IT'],
      ],
      countries: ['CR', 'IT', 'VA'],
      blocs: [],
      events: ['International Forum on Peace Education 2020'],
      organizations: ['University for Peace (UPEACE)'],
      places: ['San José', 'Rome', 'Ciudad Colón'],
    },
  },
  {
    id: 'ba-gt-georgia-governor',
    text: `Home > Press Room > News
Foreign Minister meets Governor of Georgia to strengthen protection of the Guatemalan community

Atlanta, Georgia, 2023-09-12

The Minister of Foreign Affairs of Guatemala, Mario Rolando Cifuentes Pérez, met today with the Governor of the State of Georgia, Martha Caldwell, during a working visit to the south-eastern United States dedicated to the Guatemalan community.

Minister Cifuentes Pérez thanked the Governor for recognising the contribution of Guatemalan workers to the poultry, agriculture and construction sectors of the state, and both agreed to explore a pilot programme of temporary work visas and vocational training. Governor Caldwell announced that the state capitol will host the Guatemalan Heritage Week celebrations for the first time this September.

Later, the Minister inaugurated the new premises of the Consulate General of Guatemala in Atlanta, accompanied by Consul General Ana Lucía Tecún Ajquijay, and met with representatives of migrant associations from Huehuetenango and San Marcos, the departments of origin of most Guatemalans living in Georgia. The consulate will offer mobile consular services in Gainesville and Dalton before the end of the year.

The delegation included the Vice Minister for Migrant Affairs, Óscar Estuardo Chavajay.`,
    expected: {
      date: '2023-09-12',
      people: [
        ['Mario Rolando Cifuentes Pérez', 'GT'],
        ['Martha Caldwell', 'US'],
        ['Ana Lucía Tecún Ajquijay', 'GT'],
        ['Óscar Estuardo Chavajay', 'GT'],
      ],
      countries: ['GT', 'US'],
      blocs: [],
      events: ['Guatemalan Heritage Week'],
      organizations: ['Consulate General of Guatemala in Atlanta'],
      places: ['Atlanta', 'Georgia', 'Huehuetenango', 'San Marcos', 'Gainesville', 'Dalton'],
    },
  },
  {
    id: 'ba-ke-et-joint-ministerial-commission',
    text: `Home > Media Centre > Press Releases
Kenya and Ethiopia conclude 7th Session of the Joint Ministerial Commission

PRESS RELEASE

Nairobi, 5th May 2022

The 7th Session of the Kenya–Ethiopia Joint Ministerial Commission concluded today in Nairobi with the signing of five agreements on cross-border trade, energy, livestock health, tourism and the harmonisation of immigration procedures at the Moyale one-stop border post.

The session was co-chaired by the Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, Hon. Dr. Wanjiru Kamau-Otieno, and the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, H.E. Dr. Tewodros Alemayehu Bekele. The Kenyan delegation included the Principal Secretary, Amb. Peter Njoroge Mwangi, and the Governor of Marsabit, Hon. Abdullahi Guyo Boru, while State Minister Hirut Gebremedhin Tesfaye accompanied the Ethiopian Minister.

Hon. Kamau-Otieno said the completion of the Isiolo–Moyale–Addis Ababa road corridor and of the electricity interconnector between the two countries had "turned our long border into a bridge". Dr. Tewodros welcomed the decision of the Kenya Ports Authority to allocate dedicated berths for Ethiopian cargo at Lamu port.

The two sides reaffirmed their support for the Intergovernmental Authority on Development (IGAD) and the African Union in the search for lasting peace in the region, and agreed that the 8th Session of the JMC will be held in Addis Ababa in 2024.`,
    expected: {
      date: '2022-05-05',
      people: [
        ['Wanjiru Kamau-Otieno', 'KE'],
        ['Tewodros Alemayehu Bekele', 'ET'],
        ['Peter Njoroge Mwangi', 'KE'],
        ['Abdullahi Guyo Boru', 'KE'],
        ['Hirut Gebremedhin Tesfaye', 'ET'],
      ],
      countries: ['ET', 'KE'],
      blocs: ['African Union', 'IGAD'],
      events: ['7th Session of the Kenya–Ethiopia Joint Ministerial Commission', '8th Session of the JMC'],
      organizations: ['Kenya Ports Authority'],
      places: ['Nairobi', 'Moyale', 'Marsabit', 'Isiolo', 'Addis Ababa', 'Lamu'],
    },
  },
  {
    id: 'ba-ng-gh-phone-call',
    text: `Home > News > Press Releases
Minister of Foreign Affairs holds telephone conversation with Ghanaian counterpart

PRESS RELEASE

Ref: MFA/PR/2021/014

Abuja, 17/01/2021

The Honourable Minister of Foreign Affairs of Nigeria, Amb. Yusuf Danjuma Tukur, today held a telephone conversation with his Ghanaian counterpart, Hon. Abena Owusu-Mensah, on the situation of Nigerian traders in Accra and Kumasi following the closure of a number of their shops last month.

Both Ministers agreed to set up a joint committee of senior officials to review the matter within two weeks, and underscored that the ECOWAS Protocol on Free Movement of Persons, Residence and Establishment must be respected by all Member States.

The two Ministers also discussed preparations for the 59th Ordinary Session of the ECOWAS Authority of Heads of State and Government, to be held in Abuja, and the candidacy of Nigeria's nominee, Engr. Chukwuemeka Obi, for the post of Commissioner for Infrastructure of the ECOWAS Commission.

Hon. Owusu-Mensah thanked the Federal Government for the scholarships offered to Ghanaian students at the University of Lagos and Ahmadu Bello University, and both Ministers pledged to meet in person on the margins of the summit.

Signed
Kelechi Anyanwu-Bassey
Spokesperson`,
    expected: {
      date: '2021-01-17',
      people: [
        ['Yusuf Danjuma Tukur', 'NG'],
        ['Abena Owusu-Mensah', 'GH'],
        ['Chukwuemeka Obi', 'NG'],
        ['Kelechi Anyanwu-Bassey', 'NG'],
      ],
      countries: ['GH', 'NG'],
      blocs: ['ECOWAS'],
      events: ['59th Ordinary Session of the ECOWAS Authority of Heads of State and Government'],
      organizations: ['ECOWAS Commission', 'University of Lagos', 'Ahmadu Bello University'],
      places: ['Abuja', 'Accra', 'Kumasi', 'Lagos'],
    },
  },
  {
    id: 'ba-sn-ci-official-visit',
    text: `Accueil > Actualités > Communiqués
Official visit of the Minister of Foreign Affairs to Côte d'Ivoire

Dakar, le 11 juin 2021

The Minister of Foreign Affairs and Senegalese Abroad, Mrs. Aïssatou Ndiaye Diop, is on an official visit to Côte d'Ivoire from 10 to 12 June 2021, at the invitation of her Ivorian counterpart, Mr. Jean-Marc Kouassi Ahoua.

On her arrival in Abidjan, the Minister was received in audience by the President of the Republic of Côte d'Ivoire, Koffi Émile Bamba, to whom she delivered a message of friendship and fraternity from the Senegalese Head of State, Abdoulaye Mbaye Sarr.

The two ministers co-chaired the 4th session of the Senegal–Côte d'Ivoire Joint Cooperation Commission, which adopted a roadmap on maritime security, air transport, the fight against terrorism and the mutual recognition of diplomas. They also agreed to coordinate their positions within ECOWAS and the African Union, in particular on the political transitions in the sub-region.

On 12 June, the Minister will travel to Yamoussoukro, where she will meet with Senegalese students of the Félix Houphouët-Boigny National Polytechnic Institute and with members of the Senegalese community.

The delegation includes the Director of Africa, Mr. Moustapha Gaye, and the Ambassador of Senegal in Abidjan, Mrs. Ndèye Fatou Cissé.`,
    expected: {
      date: '2021-06-11',
      people: [
        ['Aïssatou Ndiaye Diop', 'SN'],
        ['Jean-Marc Kouassi Ahoua', 'CI'],
        ['Koffi Émile Bamba', 'CI'],
        ['Abdoulaye Mbaye Sarr', 'SN'],
        ['Moustapha Gaye', 'SN'],
        ['Ndèye Fatou Cissé', 'SN'],
      ],
      countries: ['CI', 'SN'],
      blocs: ['African Union', 'ECOWAS'],
      events: ["4th session of the Senegal–Côte d'Ivoire Joint Cooperation Commission"],
      organizations: ['Félix Houphouët-Boigny National Polytechnic Institute'],
      places: ['Dakar', 'Abidjan', 'Yamoussoukro'],
    },
  },
  {
    id: 'ba-za-brics-ministers-statement',
    text: `Home > Media Statements
Statement on the outcome of the BRICS Foreign Ministers Meeting in Cape Town

Department of International Relations and Cooperation (DIRCO)

MEDIA STATEMENT

Pretoria, 08 September 2023

South Africa welcomes the successful conclusion of the BRICS Foreign Ministers Meeting, held in Cape Town on 6 and 7 September under the chairship of the Minister of International Relations and Cooperation, Dr Nomvula Khumalo-Sithole.

The meeting brought together the foreign ministers of Brazil, Russia, India and China and, for the first time, representatives of Egypt, Ethiopia, Iran and the United Arab Emirates, which have been invited to join the grouping. Ministers discussed the reform of the United Nations Security Council, the expansion of local-currency lending by the New Development Bank and the priorities of the African continent in the global trading system.

On the margins of the meeting, Minister Khumalo-Sithole held bilateral meetings with, among others, the Foreign Minister of Brazil, Helena Araújo Vasconcelos, and the Minister of External Affairs of India, Dr Rajiv Menon Iyer.

Enquiries: Mr Thabo Nkosi, Spokesperson, E-mail: nkosit@dirco.example.gov.za

Issued by the Department of International Relations and Cooperation, OR Tambo Building, Pretoria`,
    expected: {
      date: '2023-09-08',
      people: [
        ['Nomvula Khumalo-Sithole', 'ZA'],
        ['Helena Araújo Vasconcelos', 'BR'],
        ['Rajiv Menon Iyer', 'IN'],
        ['Thabo Nkosi', 'ZA'],
      ],
      countries: ['AE', 'BR', 'CN', 'EG', 'ET', 'IN', 'IR', 'RU', 'ZA'],
      blocs: ['BRICS'],
      events: ['BRICS Foreign Ministers Meeting'],
      organizations: [
        'Department of International Relations and Cooperation (DIRCO)',
        'United Nations Security Council',
        'New Development Bank',
      ],
      places: ['Pretoria', 'Cape Town'],
    },
  },
  {
    id: 'ba-ma-pt-high-level-meeting',
    text: `Home > Media > Press Releases
Morocco and Portugal prepare XIV High-Level Meeting

Rabat, Wednesday 23 November 2022

The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Karim El Idrissi Benjelloun, held talks today in Rabat with the Minister of Foreign Affairs of the Portuguese Republic, Mr. João Pedro Magalhães dos Santos, who is on a working visit to the Kingdom.

The two ministers prepared the XIV Morocco–Portugal High-Level Meeting, which will be chaired by the heads of government of both countries in Lisbon in the first quarter of next year. They welcomed the progress of the studies on a second electricity interconnection between the two countries, the new maritime freight line between Tangier and Sines, and the growing number of Portuguese companies established in Kenitra and Casablanca.

Mr. Magalhães dos Santos reiterated Portugal's support for a deeper and more ambitious partnership between the European Union and Morocco, while Mr. El Idrissi Benjelloun recalled that Morocco and Portugal, together with Spain, are jointly preparing major sporting events in the coming decade.

The talks were followed by a working lunch attended by the Director of European Affairs, Mr. Mohammed Amine ibn Abdeslam, and the Ambassador of Portugal in Rabat, Mrs. Teresa Castelo Branco Lobo.`,
    expected: {
      date: '2022-11-23',
      people: [
        ['Karim El Idrissi Benjelloun', 'MA'],
        ['João Pedro Magalhães dos Santos', 'PT'],
        ['Mohammed Amine ibn Abdeslam', 'MA'],
        ['Teresa Castelo Branco Lobo', 'PT'],
      ],
      countries: ['ES', 'MA', 'PT'],
      blocs: ['EU'],
      events: ['XIV Morocco–Portugal High-Level Meeting'],
      organizations: [],
      places: ['Rabat', 'Lisbon', 'Tangier', 'Sines', 'Kenitra', 'Casablanca'],
    },
  },
  {
    id: 'ba-pt-tl-first-person-statement',
    text: `Home > News > Statements
Statement by the Minister of Foreign Affairs at the end of her visit to Timor-Leste

Dili, 14 May 2024

Statement by Minister of Foreign Affairs Inês Carvalho Pimenta:

I conclude today a three-day visit to Timor-Leste, the first by a Portuguese foreign minister in six years. I was received by the President of the Republic, Domingos Ximenes Soares, and by the Prime Minister, Aurélio da Costa Amaral, and I held very productive talks with my counterpart, Maria do Céu Sarmento.

We signed the new Strategic Cooperation Programme for 2024–2028, which will concentrate our support on education, justice and health. Portugal remains committed to the teaching of Portuguese in the country, and this morning I visited the Portuguese School of Dili, where more than a thousand Timorese students learn in our common language.

I opened the Portugal–Timor-Leste Business Forum, which brought together over sixty companies from both countries in the sectors of energy, tourism and agribusiness, and I reaffirmed Portugal's full support for Timor-Leste's accession to ASEAN, as well as for its active role in the Community of Portuguese Language Countries (CPLP).

Timor-Leste is a young democracy with an old friend in Lisbon. We will continue to stand together.`,
    expected: {
      date: '2024-05-14',
      people: [
        ['Inês Carvalho Pimenta', 'PT'],
        ['Domingos Ximenes Soares', 'TL'],
        ['Aurélio da Costa Amaral', 'TL'],
        ['Maria do Céu Sarmento', 'TL'],
      ],
      countries: ['PT', 'TL'],
      blocs: ['ASEAN', 'CPLP'],
      events: ['Portugal–Timor-Leste Business Forum'],
      organizations: ['Portuguese School of Dili'],
      places: ['Dili', 'Lisbon'],
    },
  },
  {
    id: 'ba-es-hu-council-presidency',
    text: `Home > Press Room > Press Releases
Minister Ortega Villalobos receives Hungarian counterpart ahead of the Hungarian Presidency of the Council of the EU

Press Release 012/2024

Madrid, 30/01/2024

The Minister of Foreign Affairs, European Union and Cooperation, José Ignacio Ortega Villalobos, received today at the Palacio de Santa Cruz the Minister of Foreign Affairs and Trade of Hungary, Zsófia Kőváry, on her first official visit to Spain.

Both ministers reviewed the legacy of the Spanish Presidency of the Council of the European Union and the priorities of the Hungarian Presidency, which begins in July, within the trio they share with Belgium. They discussed enlargement, the implementation of the Pact on Migration and Asylum and the relations of the EU with Latin America and the Caribbean, following the EU–CELAC Summit held in Brussels last July.

Minister Kőváry invited her Spanish counterpart to the Central European Demography & Family Forum 2024, to be held in Budapest in September, and both ministers agreed to strengthen cooperation between Spanish and Hungarian universities under the Erasmus+ programme.

The meeting was also attended by the Secretary of State for the European Union, Fernando Ruiz de la Peña, and the Hungarian State Secretary for European Affairs, Levente Győri.`,
    expected: {
      date: '2024-01-30',
      people: [
        ['José Ignacio Ortega Villalobos', 'ES'],
        ['Zsófia Kőváry', 'HU'],
        ['Fernando Ruiz de la Peña', 'ES'],
        ['Levente Győri', 'HU'],
      ],
      countries: ['BE', 'ES', 'HU'],
      blocs: ['CELAC', 'EU'],
      events: ['EU–CELAC Summit', 'Central European Demography & Family Forum 2024'],
      organizations: ['Council of the European Union'],
      places: ['Madrid', 'Brussels', 'Budapest'],
    },
  },
  {
    id: 'ba-tr-az-ge-trilateral',
    text: `Home > Press Releases
No: 214, 12 October 2023, Press Release Regarding the 11th Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia

The 11th Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia was held in Kars on 12 October 2023 under the chairmanship of our Minister of Foreign Affairs, Ayşe Nur Çelikkaya, with the participation of Minister of Foreign Affairs of Azerbaijan Elnur Hasanli and Minister of Foreign Affairs of Georgia Nino Beridze-Kapanadze.

At the meeting, the Ministers reviewed the progress achieved in the Baku–Tbilisi–Kars railway, the Middle Corridor connecting Asia and Europe and the energy projects that bring Caspian natural gas to European markets. They also discussed regional connectivity, the fight against terrorism and cooperation in the fields of education, culture and tourism.

The Kars Declaration adopted at the end of the meeting underlines the commitment of the three countries to each other's sovereignty, independence and territorial integrity, and to the further development of trilateral cooperation.

On the margins of the meeting, Minister Çelikkaya held separate bilateral meetings with her counterparts and received the Governor of Kars, Mehmet Şahin Doğan.

The next trilateral meeting will be hosted by Georgia in 2024.`,
    expected: {
      date: '2023-10-12',
      people: [
        ['Ayşe Nur Çelikkaya', 'TR'],
        ['Elnur Hasanli', 'AZ'],
        ['Nino Beridze-Kapanadze', 'GE'],
        ['Mehmet Şahin Doğan', 'TR'],
      ],
      countries: ['AZ', 'GE', 'TR'],
      blocs: [],
      events: ['11th Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia'],
      organizations: [],
      places: ['Kars', 'Baku', 'Tbilisi'],
    },
  },
  {
    id: 'ba-pl-fi-no-gdansk',
    text: `Home > News
Minister Wiśniewski-Król hosts Finnish and Norwegian counterparts in Gdańsk

Gdańsk, 5 June 2025

Minister of Foreign Affairs Tomasz Wiśniewski-Król met on Thursday in Gdańsk with Finland's Kari Nyberg and Norway's Eirik Solbakken to discuss security in the Baltic Sea, the protection of undersea cables and pipelines, and further support for Ukraine.

"Poland, Finland and Norway share the same assessment of the threats in our neighbourhood, and we will act together," said the head of Polish diplomacy after the talks, held at the Gdańsk University of Technology.

The ministers agreed to launch a Baltic Undersea Infrastructure Security Dialogue, whose first meeting will take place in Tromsø in the autumn, and to coordinate their positions ahead of the Northern Europe Energy Security Forum 2025. Poland and Finland will also push within the European Union for faster financing of military mobility projects.

Minister Nyberg praised the expansion of the LNG terminal in Świnoujście, while Minister Solbakken recalled that Norwegian gas now reaches Polish consumers through the Baltic Pipe.

Also present were Deputy Minister Aleksandra Zielińska-Nowak and the Voivode of Pomorskie, Piotr Kaczmarczyk.`,
    expected: {
      date: '2025-06-05',
      people: [
        ['Tomasz Wiśniewski-Król', 'PL'],
        ['Kari Nyberg', 'FI'],
        ['Eirik Solbakken', 'NO'],
        ['Aleksandra Zielińska-Nowak', 'PL'],
        ['Piotr Kaczmarczyk', 'PL'],
      ],
      countries: ['FI', 'NO', 'PL', 'UA'],
      blocs: ['EU'],
      events: [
        'Baltic Undersea Infrastructure Security Dialogue',
        'Northern Europe Energy Security Forum 2025',
      ],
      organizations: ['Gdańsk University of Technology'],
      places: ['Gdańsk', 'Tromsø', 'Świnoujście', 'Pomorskie'],
    },
  },
  {
    id: 'ba-is-nordic-baltic-joint-statement',
    text: `Home > News > Joint Statements
Joint Statement of the Nordic and Baltic Foreign Ministers following their meeting in Ísafjörður

Reykjavík, 3 September 2024

The foreign ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden met in Ísafjörður on 2 and 3 September 2024 at the invitation of Iceland, which coordinates Nordic-Baltic cooperation this year.

We reaffirm our unwavering support for Ukraine's independence, sovereignty and territorial integrity within its internationally recognised borders, and our condemnation of Russia's war of aggression. We will continue to provide political, military, financial and humanitarian support for as long as it takes.

We are concerned about the growing activity of ageing tankers operating without proper insurance in the Baltic Sea and the North Atlantic, which poses serious risks to the marine environment and to critical undersea infrastructure. We will strengthen information sharing among our coast guards and within the European Union.

We look forward to the North Atlantic Resilience Conference 2024, to be held in Reykjavík in November, and we welcome the work of the Nordic Council of Ministers on civil preparedness.

Signed by:
Lars Møller Kjær, Minister for Foreign Affairs of Denmark
Kristjan Tamm, Minister of Foreign Affairs of Estonia
Aino Räsänen, Minister for Foreign Affairs of Finland
Guðrún Þórsdóttir, Minister for Foreign Affairs of Iceland
Ilze Kalniņa, Minister of Foreign Affairs of Latvia
Rūta Žemaitytė, Minister of Foreign Affairs of Lithuania
Ingrid Solheim, Minister of Foreign Affairs of Norway
Elsa Åkerlund, Minister for Foreign Affairs of Sweden`,
    expected: {
      date: '2024-09-03',
      people: [
        ['Lars Møller Kjær', 'DK'],
        ['Kristjan Tamm', 'EE'],
        ['Aino Räsänen', 'FI'],
        ['Guðrún Þórsdóttir', 'IS'],
        ['Ilze Kalniņa', 'LV'],
        ['Rūta Žemaitytė', 'LT'],
        ['Ingrid Solheim', 'NO'],
        ['Elsa Åkerlund', 'SE'],
      ],
      countries: ['DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'RU', 'SE', 'UA'],
      blocs: ['EU'],
      events: ['North Atlantic Resilience Conference 2024'],
      organizations: ['Nordic Council of Ministers'],
      places: ['Reykjavík', 'Ísafjörður'],
    },
  },
  {
    id: 'ba-vn-kr-talks',
    text: `Home > News > Diplomatic Activities
Deputy Prime Minister, Foreign Minister Trần Quốc Bảo holds talks with Korean Foreign Minister

Tuesday, 04/07/2023 10:15 GMT+7

On 4 July, in Hà Nội, Deputy Prime Minister and Minister of Foreign Affairs Trần Quốc Bảo held talks with Minister of Foreign Affairs of the Republic of Korea Cho Min-seo, who is paying an official visit to Viet Nam from 3 to 5 July.

Deputy Prime Minister Bảo welcomed the first visit of Minister Cho Min-seo to Viet Nam and emphasised that Korea is currently Viet Nam's largest foreign investor and third largest trading partner. He asked the Korean side to facilitate Vietnamese agricultural exports and to create favourable conditions for the more than 200,000 Vietnamese people living, working and studying in Korea.

Minister Cho Min-seo affirmed that Korea attaches importance to its Comprehensive Strategic Partnership with Viet Nam and supports ASEAN's central role in the region. The two sides agreed to hold the 10th Viet Nam–Korea Strategic Dialogue at deputy minister level later this year, as well as the 5th meeting of the Viet Nam–Korea Working Group on Labour and Employment.

Following the talks, the two Ministers witnessed the signing of a memorandum of understanding between the Diplomatic Academy of Viet Nam and the Korea National Diplomatic Academy (KNDA).

The same day, Minister Cho Min-seo paid a courtesy call on Prime Minister Võ Thanh Tùng. Ambassador of Korea to Viet Nam Lee Seung-jae was also present. On 5 July, the Korean Minister will visit Hải Phòng, where many Korean enterprises operate.`,
    expected: {
      date: '2023-07-04',
      people: [
        ['Trần Quốc Bảo', 'VN'],
        ['Cho Min-seo', 'KR'],
        ['Võ Thanh Tùng', 'VN'],
        ['Lee Seung-jae', 'KR'],
      ],
      countries: ['KR', 'VN'],
      blocs: ['ASEAN'],
      events: [
        '10th Viet Nam–Korea Strategic Dialogue',
        '5th meeting of the Viet Nam–Korea Working Group on Labour and Employment',
      ],
      organizations: ['Diplomatic Academy of Viet Nam', 'Korea National Diplomatic Academy (KNDA)'],
      places: ['Hà Nội', 'Hải Phòng'],
    },
  },
  {
    id: 'ba-kr-sica-ministers-meeting',
    text: `Home > Press > Press Releases
Outcome of the 4th Korea–SICA Foreign Ministers' Meeting

Date: 2024-06-05

Press Release No. 24-381

1. Minister of Foreign Affairs PARK Tae-yun hosted the 4th Korea–SICA Foreign Ministers' Meeting in Seoul on June 5 with the foreign ministers and representatives of the member states of the Central American Integration System (SICA) and the Secretary-General of SICA, Alejandra Montes de Oca.

2. The meeting was attended by Minister of Foreign Affairs and Worship of Costa Rica Esteban Rojas Quirós, Minister of Foreign Affairs of Guatemala Ana Gabriela Cojtí Sic, Minister of Foreign Affairs of El Salvador Sofía Henríquez de Alvarado, Minister of Foreign Affairs of Honduras José Ramón Zelaya Banegas, Minister of Foreign Affairs of Panama Itzel Caballero Ruiz, Minister of Foreign Affairs of the Dominican Republic Manuel Antonio Peña Guzmán, Vice Minister of Foreign Affairs of Belize Deon A. Martinez, and Ambassador of Nicaragua to Korea Xiomara Castellón Duarte.

3. Minister PARK noted that trade between Korea and Central America has grown by more than 40 percent since the entry into force of the Korea–Central America FTA, and announced that Korea will expand its official development assistance to the region through the Korea International Cooperation Agency (KOICA), with a focus on climate adaptation, digital government and disaster prevention.

4. The participants adopted a joint press statement and agreed to hold the Korea–Central America Business Forum in Busan next year. First Vice Minister KANG Seo-jin hosted a luncheon for the delegations.`,
    expected: {
      date: '2024-06-05',
      people: [
        ['Park Tae-yun', 'KR'],
        ['Alejandra Montes de Oca', null],
        ['Esteban Rojas Quirós', 'CR'],
        ['Ana Gabriela Cojtí Sic', 'GT'],
        ['Sofía Henríquez de Alvarado', 'SV'],
        ['José Ramón Zelaya Banegas', 'HN'],
        ['Itzel Caballero Ruiz', 'PA'],
        ['Manuel Antonio Peña Guzmán', 'DO'],
        ['Deon A. Martinez', 'BZ'],
        ['Xiomara Castellón Duarte', 'NI'],
        ['Kang Seo-jin', 'KR'],
      ],
      countries: ['BZ', 'CR', 'DO', 'GT', 'HN', 'KR', 'NI', 'PA', 'SV'],
      blocs: ['SICA'],
      events: ["4th Korea–SICA Foreign Ministers' Meeting", 'Korea–Central America Business Forum'],
      organizations: ['Korea International Cooperation Agency (KOICA)'],
      places: ['Seoul', 'Busan'],
    },
  },
  {
    id: 'ba-jp-fj-ministers-meeting',
    text: `Home > Foreign Policy > Press Releases
Japan–Fiji Foreign Ministers' Meeting

March 5, 2025

1. On March 5, commencing at 10:30 a.m. for approximately 45 minutes, Mr. SATO Haruki, Minister for Foreign Affairs of Japan, held a Japan–Fiji Foreign Ministers' Meeting with Hon. Ratu Semisi Naivalu, Deputy Prime Minister and Minister for Foreign Affairs of the Republic of Fiji, who is visiting Japan to attend the Pacific Ocean Resilience Forum 2025 in Tokyo. The overview of the meeting is as follows.

2. Minister Sato welcomed Deputy Prime Minister Naivalu's visit to Japan and stated that Japan attaches great importance to Fiji, which plays a leading role in the Pacific Islands Forum. Minister Sato explained that Japan will continue its cooperation through the Japan International Cooperation Agency (JICA) in areas such as disaster risk reduction, climate change adaptation and maritime security.

3. In response, Deputy Prime Minister Naivalu expressed his gratitude for Japan's long-standing support, including the recent provision of patrol boats, and explained Fiji's efforts to strengthen regional solidarity.

4. The two ministers also exchanged views on regional affairs, including North Korea, and confirmed that they will work closely together in the international arena, including at the United Nations.

5. Following the meeting, Mr. TANAKA Kenji, Parliamentary Vice-Minister for Foreign Affairs, hosted a working lunch for the Fijian delegation.`,
    expected: {
      date: '2025-03-05',
      people: [
        ['Sato Haruki', 'JP'],
        ['Semisi Naivalu', 'FJ'],
        ['Tanaka Kenji', 'JP'],
      ],
      countries: ['FJ', 'JP', 'KP'],
      blocs: ['Pacific Islands Forum'],
      events: ["Japan–Fiji Foreign Ministers' Meeting", 'Pacific Ocean Resilience Forum 2025'],
      organizations: ['Japan International Cooperation Agency (JICA)', 'United Nations'],
      places: ['Tokyo'],
    },
  },
  {
    id: 'ba-fj-nz-ministers-talks',
    text: `Home > Media Centre > Press Releases
Fiji and New Zealand hold annual Foreign Ministers' Talks in Suva

Suva, 15th February 2024

Fiji's Deputy Prime Minister and Minister for Foreign Affairs, Hon. Semisi Naivalu, today welcomed the New Zealand Minister of Foreign Affairs, Rt Hon. Margaret Hale, to Suva for the annual Fiji–New Zealand Foreign Ministers' Talks.

The ministers discussed climate finance, labour mobility, policing cooperation and preparations for the Forum Foreign Ministers Meeting in Nuku'alofa later this year. Hon. Naivalu thanked New Zealand for the opportunities offered to thousands of Fijian workers through seasonal employment schemes and called for simpler visa procedures for students and families.

Rt Hon. Hale announced an additional NZ$20 million for the rebuilding of schools and health centres in Ba and Rakiraki that were damaged by Tropical Cyclone Kelera, and reaffirmed New Zealand's commitment to a united Pacific Islands Forum.

The ministers were joined by the Permanent Secretary for Foreign Affairs, Ms. Losana Vakatale, and the New Zealand High Commissioner to Fiji, Her Excellency Claire Whitcombe. The talks were held in the Ratu Sukuna Room and were followed by a joint press conference.`,
    expected: {
      date: '2024-02-15',
      people: [
        ['Semisi Naivalu', 'FJ'],
        ['Margaret Hale', 'NZ'],
        ['Losana Vakatale', 'FJ'],
        ['Claire Whitcombe', 'NZ'],
      ],
      countries: ['FJ', 'NZ'],
      blocs: ['Pacific Islands Forum'],
      events: ["Fiji–New Zealand Foreign Ministers' Talks", 'Forum Foreign Ministers Meeting'],
      organizations: [],
      places: ['Suva', "Nuku'alofa", 'Ba', 'Rakiraki'],
    },
  },
  {
    id: 'ba-ph-my-joint-commission',
    text: `Home > News > Press Releases
Philippines and Malaysia hold Fifth Meeting of the Joint Commission for Bilateral Cooperation

07 August 2023

Secretary of Foreign Affairs Enrique M. Lazaro III and Malaysian Foreign Minister Datuk Ahmad Faizal bin Rahman co-chaired the Fifth Meeting of the Philippines–Malaysia Joint Commission for Bilateral Cooperation on 4 August 2023 at the Department of Foreign Affairs in Pasay City.

The two sides reviewed cooperation in border security in the Sulu Sea, trade in halal products, energy, education and the protection of Filipino workers in Malaysia. They welcomed the resumption of the Zamboanga City–Sandakan ferry service and agreed to convene the 3rd meeting of the Philippines–Malaysia Working Group on Border Crossing before the end of the year.

Secretary Lazaro stated that the Philippines looks forward to Malaysia's support during the Philippine Chairmanship of ASEAN in 2026. Minister Ahmad Faizal underlined the shared interest of both countries in a peaceful and rules-based maritime order in the region.

Also present were Undersecretary for Bilateral Relations Maria Cecilia "Cecile" D. Santos-Reyes and Assistant Secretary for Asian and Pacific Affairs Jose Antonio P. Villanueva, Jr. On the Malaysian side, the delegation included the Secretary-General of the Ministry of Foreign Affairs, Tan Sri Lim Boon Keat, and the Ambassador of Malaysia to the Philippines, Dato' Nur Aisyah binti Hamzah.`,
    expected: {
      date: '2023-08-07',
      people: [
        ['Enrique M. Lazaro III', 'PH'],
        ['Ahmad Faizal bin Rahman', 'MY'],
        ['Maria Cecilia D. Santos-Reyes', 'PH'],
        ['Jose Antonio P. Villanueva Jr.', 'PH'],
        ['Lim Boon Keat', 'MY'],
        ['Nur Aisyah binti Hamzah', 'MY'],
      ],
      countries: ['MY', 'PH'],
      blocs: ['ASEAN'],
      events: [
        'Fifth Meeting of the Philippines–Malaysia Joint Commission for Bilateral Cooperation',
        '3rd meeting of the Philippines–Malaysia Working Group on Border Crossing',
      ],
      organizations: ['Department of Foreign Affairs', 'Ministry of Foreign Affairs'],
      places: ['Pasay City', 'Zamboanga City', 'Sandakan'],
    },
  },
  {
    id: 'ba-id-diplomacy-campus-festival',
    text: `Beranda > Berita > Siaran Pers
Diplomacy Goes to Campus Festival draws hundreds of students in Yogyakarta

Yogyakarta, 18 Agustus 2022

By Dimas Prasetyo, Public Diplomacy Staff

More than 800 students attended the Diplomacy Goes to Campus Festival 2022 at Universitas Gadjah Mada on Thursday. The festival, organised by the Ministry of Foreign Affairs, aims to introduce the work of Indonesian diplomats to the younger generation and to encourage talented students to join the foreign service.

In his Opening Remarks, Pak Budi Santoso, Director General of Information and Public Diplomacy, told the audience that "diplomacy is no longer the domain of diplomats alone; every young Indonesian who speaks about our country abroad is a diplomat."

Bu Ratna Dewi Anggraini, Indonesia's former Ambassador to Ethiopia and the African Union, shared her experience of representing Indonesia in Addis Ababa. "I never imagined that a girl from Klaten would one day present her credentials there," said Bu Ratna.

A panel on ASEAN featured Muhammad Rizky Pratama, a young diplomat who served at the Indonesian Embassy in Hanoi during Indonesia's ASEAN Chairmanship, and Bu Sri Wahyuni, who heads the ministry's ASEAN cooperation desk. The festival closed with a quiz competition and a cultural performance by students from Papua and Aceh.`,
    expected: {
      date: '2022-08-18',
      people: [
        ['Dimas Prasetyo', 'ID'],
        ['Budi Santoso', 'ID'],
        ['Ratna Dewi Anggraini', 'ID'],
        ['Muhammad Rizky Pratama', 'ID'],
        ['Sri Wahyuni', 'ID'],
      ],
      countries: ['ET', 'ID'],
      blocs: ['African Union', 'ASEAN'],
      events: ['Diplomacy Goes to Campus Festival 2022'],
      organizations: [
        'Universitas Gadjah Mada',
        'Ministry of Foreign Affairs',
        'Indonesian Embassy in Hanoi',
      ],
      places: ['Yogyakarta', 'Addis Ababa', 'Klaten', 'Hanoi', 'Papua', 'Aceh'],
    },
  },
  {
    id: 'ba-my-tr-visit-announcement',
    text: `Home > Media > Press Releases
VISIT OF THE MINISTER OF FOREIGN AFFAIRS OF THE REPUBLIC OF TÜRKIYE TO MALAYSIA

PRESS RELEASE

The Minister of Foreign Affairs of the Republic of Türkiye, H.E. Hakan Yılmaz Kaya, will undertake an official visit to Malaysia from 11 to 13 September, at the invitation of the Minister of Foreign Affairs of Malaysia, Datuk Ahmad Faizal bin Rahman.

During the visit, H.E. Hakan Yılmaz Kaya will pay a courtesy call on the Prime Minister and hold a bilateral meeting with his Malaysian counterpart. The two Ministers will co-chair the 3rd Meeting of the Malaysia–Türkiye Joint Economic Commission in Putrajaya on 12 September, which will review cooperation in trade, the halal industry, the defence industry and higher education.

Türkiye is one of Malaysia's most important trading partners in West Asia, with total trade amounting to USD 5.1 billion in 2022. More than 1,500 Malaysian students are currently pursuing their studies in Türkiye, mainly in Istanbul and Ankara.

The Minister will also deliver a public lecture on "Middle Powers in a Fragmenting World" at the Institute of Diplomacy and Foreign Relations (IDFR) in Kuala Lumpur, moderated by the Secretary-General of the Ministry, Tan Sri Lim Boon Keat. He will be accompanied by Türkiye's Deputy Minister of Foreign Affairs, Selin Ergüneş Aydın.

Ministry of Foreign Affairs, Malaysia
Putrajaya
10 September 2023`,
    expected: {
      date: '2023-09-10',
      people: [
        ['Hakan Yılmaz Kaya', 'TR'],
        ['Ahmad Faizal bin Rahman', 'MY'],
        ['Lim Boon Keat', 'MY'],
        ['Selin Ergüneş Aydın', 'TR'],
      ],
      countries: ['MY', 'TR'],
      blocs: [],
      events: ['3rd Meeting of the Malaysia–Türkiye Joint Economic Commission'],
      organizations: ['Institute of Diplomacy and Foreign Relations (IDFR)', 'Ministry of Foreign Affairs'],
      places: ['Putrajaya', 'Istanbul', 'Ankara', 'Kuala Lumpur'],
    },
  },
  {
    id: 'ba-qa-sn-minister-of-state',
    text: `Home > Media Center > News
Minister of State for Foreign Affairs Meets Senegalese Foreign Minister

Doha – 21 November 2023

HE Minister of State for Foreign Affairs Dr. Hamad bin Abdulaziz al-Suwaidi met today with HE Minister of Foreign Affairs and Senegalese Abroad of the Republic of Senegal Aïssatou Ndiaye Diop, who is currently visiting the country.

During the meeting, they reviewed bilateral cooperation relations between the State of Qatar and the Republic of Senegal and ways to support and develop them, in addition to discussing preparations for the Africa–Gulf Trade & Investment Forum 2024, which Doha will host in March.

The meeting was attended by HE Sheikh Khalid bin Saeed Al Mazrouei, Director of African Affairs at the Ministry of Foreign Affairs, and HE Ambassador of the Republic of Senegal to the State of Qatar Mamadou Lamine Ndiaye.

Separately, HE the Minister of State met with HE Deputy Secretary-General for Political Affairs and Negotiation of the Gulf Cooperation Council (GCC) Dr. Faisal ibn Rashid al-Harthy. The meeting dealt with the GCC's relations with African countries and the preparations for the Africa–Gulf forum.`,
    expected: {
      date: '2023-11-21',
      people: [
        ['Hamad bin Abdulaziz al-Suwaidi', 'QA'],
        ['Aïssatou Ndiaye Diop', 'SN'],
        ['Khalid bin Saeed Al Mazrouei', 'QA'],
        ['Mamadou Lamine Ndiaye', 'SN'],
        ['Faisal ibn Rashid al-Harthy', null],
      ],
      countries: ['QA', 'SN'],
      blocs: ['GCC'],
      events: ['Africa–Gulf Trade & Investment Forum 2024'],
      organizations: ['Ministry of Foreign Affairs'],
      places: ['Doha'],
    },
  },
  {
    id: 'ba-gh-ecowas-mediation-council',
    text: `Home > Press Releases
Ghana hosts Extraordinary Session of the ECOWAS Mediation and Security Council at Ministerial Level

Ministry of Foreign Affairs and Regional Integration

PRESS RELEASE

Ref: MFARI/PR/2022/031

Accra, 22/03/2022

The Minister for Foreign Affairs and Regional Integration, Hon. Abena Owusu-Mensah, today chaired in Accra the Extraordinary Session of the ECOWAS Mediation and Security Council at Ministerial Level, convened to review the political transitions in the region.

The session brought together Amb. Yusuf Danjuma Tukur of Nigeria; Aïssatou Ndiaye Diop of Senegal; Jean-Marc Kouassi Ahoua of Côte d'Ivoire; Prof. Kokou Mensah-Agbodjan of Togo; Dr. Aurélie Houngbédji of Benin; Hon. Alimamy Koroma Sesay of Sierra Leone; and Hon. Fatoumata Ceesay-Jallow of The Gambia, as well as the President of the ECOWAS Commission, Dr. Issa Kaboré Traoré.

At the opening ceremony, Hon. Owusu-Mensah called on Member States to choose dialogue over isolation and to support timelines for the return to constitutional order that are realistic and inclusive.

The Council adopted a set of recommendations to be submitted to the Extraordinary Summit of the ECOWAS Authority of Heads of State and Government scheduled for 25 March 2022 in Accra. The Deputy Minister for Foreign Affairs and Regional Integration, Kwame Asante-Boateng, will lead the technical preparations on behalf of the host country.`,
    expected: {
      date: '2022-03-22',
      people: [
        ['Abena Owusu-Mensah', 'GH'],
        ['Yusuf Danjuma Tukur', 'NG'],
        ['Aïssatou Ndiaye Diop', 'SN'],
        ['Jean-Marc Kouassi Ahoua', 'CI'],
        ['Kokou Mensah-Agbodjan', 'TG'],
        ['Aurélie Houngbédji', 'BJ'],
        ['Alimamy Koroma Sesay', 'SL'],
        ['Fatoumata Ceesay-Jallow', 'GM'],
        ['Issa Kaboré Traoré', null],
        ['Kwame Asante-Boateng', 'GH'],
      ],
      countries: ['BJ', 'CI', 'GH', 'GM', 'NG', 'SL', 'SN', 'TG'],
      blocs: ['ECOWAS'],
      events: [
        'Extraordinary Session of the ECOWAS Mediation and Security Council at Ministerial Level',
        'Extraordinary Summit of the ECOWAS Authority of Heads of State and Government',
      ],
      organizations: ['Ministry of Foreign Affairs and Regional Integration', 'ECOWAS Commission'],
      places: ['Accra'],
    },
  },
  {
    id: 'ba-py-bioceanic-corridor',
    text: `Home > Press > News
President Villalba Ocampo travels to Chile for the Bioceanic Road Corridor meeting

Asunción, Monday 10 June 2024

The President of the Republic, Hernán Villalba Ocampo, accompanied by the Minister of Foreign Affairs, Rocío Giménez Benítez, will travel on Tuesday to Antofagasta, Chile, to take part in the IV Ministerial Meeting of the Bioceanic Road Corridor, which brings together authorities of Paraguay, Brazil, Argentina and Chile.

The Paraguayan delegation also includes the Minister of Public Works and Communications, Ing. Arnaldo Benítez Cáceres, who will present the progress of the bridge between Carmelo Peralta and Porto Murtinho, scheduled to be inaugurated in the second half of the year, and of the paved route to the Argentine border.

In Antofagasta, the Head of State will hold a bilateral meeting with the President of Chile, Claudia Riquelme Ossandón, while Minister Giménez Benítez will sign with her Chilean counterpart, Rodrigo Etchegaray Lund, a memorandum of understanding on consular cooperation. She will also meet with Paraguayan students at the University of Antofagasta.

The Brazilian delegation will be headed by the Minister of Planning, Marcos Teixeira Lins, and the Argentine delegation by the Governor of Salta, Ricardo Olmos.`,
    expected: {
      date: '2024-06-10',
      people: [
        ['Hernán Villalba Ocampo', 'PY'],
        ['Rocío Giménez Benítez', 'PY'],
        ['Arnaldo Benítez Cáceres', 'PY'],
        ['Claudia Riquelme Ossandón', 'CL'],
        ['Rodrigo Etchegaray Lund', 'CL'],
        ['Marcos Teixeira Lins', 'BR'],
        ['Ricardo Olmos', 'AR'],
      ],
      countries: ['AR', 'BR', 'CL', 'PY'],
      blocs: [],
      events: ['IV Ministerial Meeting of the Bioceanic Road Corridor'],
      organizations: ['University of Antofagasta'],
      places: ['Asunción', 'Antofagasta', 'Carmelo Peralta', 'Porto Murtinho', 'Salta'],
    },
  },
  {
    id: 'ba-om-ph-condolences-undated',
    text: `Home > Media > Statements
Oman expresses condolences to the Philippines

Statement

The Ministry of Foreign Affairs expresses the sincere condolences and sympathy of the Sultanate of Oman to the Government and people of the Republic of the Philippines for the victims of Typhoon Dalisay, which struck the provinces of Cagayan and Isabela on Friday, causing dozens of deaths and forcing thousands of families from their homes.

The Ministry affirms the solidarity of the Sultanate with the friendly Filipino people in these difficult circumstances and its readiness to provide humanitarian assistance through the Oman Charitable Organisation, in coordination with the relevant Philippine authorities.

The Ministry also wishes a speedy recovery to the injured and calls on Omani citizens in the affected areas to exercise caution and to contact the Embassy of the Sultanate of Oman in Manila in case of emergency.`,
    expected: {
      date: null,
      people: [],
      countries: ['OM', 'PH'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Foreign Affairs',
        'Oman Charitable Organisation',
        'Embassy of the Sultanate of Oman in Manila',
      ],
      places: ['Cagayan', 'Isabela', 'Manila'],
    },
  },
  {
    id: 'ba-nz-to-recovery-support',
    text: `Home > Releases
New Zealand steps up support for Tonga's recovery

Rt Hon Margaret Hale, Minister of Foreign Affairs

Date: 11 April 2022

New Zealand will provide an additional $12 million to support Tonga's recovery from January's volcanic eruption and tsunami, Foreign Minister Margaret Hale announced today at the end of a two-day visit to Nuku'alofa.

"I was deeply moved by the resilience of the families I met in Nuku'alofa and Kolonga, who are rebuilding their homes and livelihoods with extraordinary determination," Margaret Hale said.

"In our meeting this morning, Tonga's Minister of Foreign Affairs, Hon. Sione Taumoepeau, and I agreed that the next phase of the recovery must focus on water security, schools and the reconstruction of the Queen Sālote Wharf, which is vital for inter-island shipping."

The funding will be delivered through the Tonga Red Cross Society, local church networks and a co-financing arrangement with the Asian Development Bank.

"New Zealand and Tonga are bound by family, faith and history. We will be there for the long haul," the Minister said.

Margaret Hale was accompanied by New Zealand's High Commissioner to Tonga, Peter Lindsay-Fraser. She travels on to Apia for the Pacific Islands Forum Foreign Ministers Meeting, where she will reaffirm New Zealand's commitment to a united Pacific Islands Forum.`,
    expected: {
      date: '2022-04-11',
      people: [
        ['Margaret Hale', 'NZ'],
        ['Sione Taumoepeau', 'TO'],
        ['Peter Lindsay-Fraser', 'NZ'],
      ],
      countries: ['NZ', 'TO'],
      blocs: ['Pacific Islands Forum'],
      events: ['Pacific Islands Forum Foreign Ministers Meeting'],
      organizations: ['Tonga Red Cross Society', 'Asian Development Bank'],
      places: ["Nuku'alofa", 'Kolonga', 'Apia'],
    },
  },
  {
    id: 'ba-et-weekly-press-briefing',
    text: `Home > Press Briefings
Weekly press briefing of the Ministry of Foreign Affairs

Addis Ababa, 14 July 2023

The Spokesperson of the Ministry of Foreign Affairs, Ambassador Selamawit Haile Kidane, gave the weekly press briefing to members of the media today in the Abay Conference Room, highlighting the main diplomatic activities of the week.

Foreign Minister Dr. Tewodros Alemayehu Bekele received the Minister of Foreign Affairs of Morocco, Karim El Idrissi Benjelloun, and the Somali Foreign Minister, Abdirahman Hassan Warsame. With the Moroccan minister he discussed fertiliser supply and direct flights, while the talks with the Somali side focused on regional security and trade corridors.

State Minister Hirut Gebremedhin Tesfaye met with the Ambassador of Japan, Koji Watanabe, and with the Special Envoy of the European Union, Annette Verhoeven, and briefed them on the implementation of the peace agreement and the national dialogue process.

State Minister Mesfin Tadesse Gebre received a delegation from Türkiye led by Deputy Minister of Trade Ömer Faruk Yazıcı. An Ethiopian business delegation also took part in the 3rd Ethiopia–Gulf Business Forum held in Abu Dhabi this week.

The Ministry hosted a consultative meeting with the African Union Commission, represented by Commissioner Bankole Adeyemi, on the preparations for the upcoming summit of the African Union.

On diaspora affairs, the Spokesperson announced that the Director General of the Ethiopian Diaspora Service, Dr. Meskerem Alemu, will lead a delegation to meet Ethiopian communities in Toronto and Frankfurt next month.`,
    expected: {
      date: '2023-07-14',
      people: [
        ['Selamawit Haile Kidane', 'ET'],
        ['Tewodros Alemayehu Bekele', 'ET'],
        ['Karim El Idrissi Benjelloun', 'MA'],
        ['Abdirahman Hassan Warsame', 'SO'],
        ['Hirut Gebremedhin Tesfaye', 'ET'],
        ['Koji Watanabe', 'JP'],
        ['Annette Verhoeven', null],
        ['Mesfin Tadesse Gebre', 'ET'],
        ['Ömer Faruk Yazıcı', 'TR'],
        ['Bankole Adeyemi', null],
        ['Meskerem Alemu', 'ET'],
      ],
      countries: ['ET', 'JP', 'MA', 'SO', 'TR'],
      blocs: ['African Union', 'EU'],
      events: ['3rd Ethiopia–Gulf Business Forum'],
      organizations: [
        'Ministry of Foreign Affairs',
        'African Union Commission',
        'Ethiopian Diaspora Service',
      ],
      places: ['Addis Ababa', 'Abu Dhabi', 'Toronto', 'Frankfurt'],
    },
  },
  {
    id: 'ba-co-closing-remarks-buenaventura',
    text: `Home > Press Room > Speeches
Closing Remarks by the Minister of Foreign Affairs at the II Pacific Coast Development Forum

Buenaventura, 21 April 2023

Closing Remarks

Minister of Foreign Affairs Luis Eduardo Carabalí Mina

Good afternoon to all.

As we close the II Pacific Coast Development Forum here in Buenaventura, allow me to thank the Governor of Valle del Cauca, Marta Lucía Ocoró, and the Mayor of Buenaventura, Jhon Freddy "El Profe" Angulo Riascos, for their hospitality, and my colleague the Minister of Commerce, Industry and Tourism, Germán Arboleda, for his leadership during these two days of work.

For too long, the Colombian Pacific has been seen from Bogotá as a periphery. Today we say it clearly: this region is our gateway to Asia. That is why I am pleased that the Ambassador of Japan, NAKAMURA Ryo, and the delegations of Panama, Ecuador and Peru have joined us, and that our partners in the Pacific Alliance are ready to support the port and logistics agenda we adopted yesterday.

We leave Buenaventura with concrete commitments: a new training centre of the National Learning Service (SENA) in Tumaco, a programme of scholarships for young people from Chocó and Cauca, and a binational working table with Ecuador on the protection of mangroves.

Thank you very much.`,
    expected: {
      date: '2023-04-21',
      people: [
        ['Luis Eduardo Carabalí Mina', 'CO'],
        ['Marta Lucía Ocoró', 'CO'],
        ['Jhon Freddy Angulo Riascos', 'CO'],
        ['Germán Arboleda', 'CO'],
        ['Nakamura Ryo', 'JP'],
      ],
      countries: ['CO', 'EC', 'JP', 'PA', 'PE'],
      blocs: ['Pacific Alliance'],
      events: ['II Pacific Coast Development Forum'],
      organizations: ['National Learning Service (SENA)'],
      places: ['Buenaventura', 'Valle del Cauca', 'Bogotá', 'Tumaco', 'Chocó', 'Cauca'],
    },
  },
  {
    id: 'ba-hu-kr-joint-economic-committee',
    text: `Home > News
Minister Kőváry holds talks with Korean Trade Minister in Budapest

Budapest, 2024. május 14.

Hungary's Minister of Foreign Affairs and Trade, Zsófia Kőváry, held talks in Budapest with the Minister of Trade of the Republic of Korea, Yoon Seo-yeon, who co-chaired with her the 14th session of the Hungarian–Korean Joint Economic Committee.

"Korea is the largest Asian investor in Hungary, and Korean companies have created more than twelve thousand jobs in Göd, Iváncsa and Debrecen," the minister said after the meeting. "We want this success story to continue, with the highest environmental standards and with the full involvement of Hungarian suppliers."

The parties agreed to launch a joint programme of vocational training in battery technology and to expand direct flights between Budapest and Seoul. Minister Yoon welcomed the support of the Hungarian Investment Promotion Agency (HIPA) and invited Hungarian companies to the Korea Smart Mobility Expo 2024, to be held in Seoul in October.

The meeting was also attended by Parliamentary State Secretary Gergő Szőke-Halász and the Ambassador of Korea to Hungary, Choi Dong-hyun.`,
    expected: {
      date: '2024-05-14',
      people: [
        ['Zsófia Kőváry', 'HU'],
        ['Yoon Seo-yeon', 'KR'],
        ['Gergő Szőke-Halász', 'HU'],
        ['Choi Dong-hyun', 'KR'],
      ],
      countries: ['HU', 'KR'],
      blocs: [],
      events: [
        '14th session of the Hungarian–Korean Joint Economic Committee',
        'Korea Smart Mobility Expo 2024',
      ],
      organizations: ['Hungarian Investment Promotion Agency (HIPA)'],
      places: ['Budapest', 'Göd', 'Iváncsa', 'Debrecen', 'Seoul'],
    },
  },
  {
    id: 'ba-ci-credentials-copies',
    text: `Accueil > Actualités > Audiences
Minister Kouassi Ahoua receives copies of credentials of eight new ambassadors

Ministry of Foreign Affairs, African Integration and the Diaspora

Abidjan, 14/03/2022

The Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora, Jean-Marc Kouassi Ahoua, received on Monday, in the Salon Akwaba of the Ministry, the copies of the letters of credence of eight new ambassadors accredited to Côte d'Ivoire.

In order of precedence, the Minister received: the Apostolic Nuncio of the Holy See, Mgr Piotr Zawadzki; the Ambassador of the Federative Republic of Brazil, Mrs. Carolina Bastos Ferraz; the Ambassador of the Republic of Korea, Mr. Jung Hae-won; the Ambassador of the Republic of Türkiye, Mr. Oğuz Kaan Erdem; the Ambassador of the Kingdom of Morocco, Mr. Youssef Benkirane el-Alaoui; the Ambassador of the Socialist Republic of Viet Nam, Mr. Nguyễn Văn Hải; the Ambassador of Hungary, Mr. Balázs Őry; and the Ambassador of the Portuguese Republic, Mrs. Sofia da Conceição Ramos.

Welcoming the diplomats, Minister Kouassi Ahoua reaffirmed the openness of Côte d'Ivoire to all its partners and invited them to take part in the Abidjan Investment Forum 2022, to be held in June.

He was assisted by the Director of Protocol, Mr. Adama Koné.`,
    expected: {
      date: '2022-03-14',
      people: [
        ['Jean-Marc Kouassi Ahoua', 'CI'],
        ['Piotr Zawadzki', 'VA'],
        ['Carolina Bastos Ferraz', 'BR'],
        ['Jung Hae-won', 'KR'],
        ['Oğuz Kaan Erdem', 'TR'],
        ['Youssef Benkirane el-Alaoui', 'MA'],
        ['Nguyễn Văn Hải', 'VN'],
        ['Balázs Őry', 'HU'],
        ['Sofia da Conceição Ramos', 'PT'],
        ['Adama Koné', 'CI'],
      ],
      countries: ['BR', 'CI', 'HU', 'KR', 'MA', 'PT', 'TR', 'VA', 'VN'],
      blocs: [],
      events: ['Abidjan Investment Forum 2022'],
      organizations: ['Ministry of Foreign Affairs, African Integration and the Diaspora'],
      places: ['Abidjan'],
    },
  },
  {
    id: 'ba-ae-minusca-condemnation',
    text: `Home > Media Hub > Press Releases
UAE condemns attack on UN peacekeepers in the Central African Republic

Abu Dhabi, 3rd June 2022

The United Arab Emirates strongly condemned the attack on a convoy of the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) near Bambari, which resulted in the death of two peacekeepers from Bangladesh and injuries to several others from Morocco.

In a statement, the Ministry of Foreign Affairs (MoFA) affirmed that targeting peacekeepers constitutes a serious violation of international law and may amount to a war crime, and called for the perpetrators to be brought to justice swiftly.

The Ministry expressed its sincere condolences and sympathy to the Government and people of Bangladesh and to the families of the victims, and wished a speedy recovery to the injured. It also reiterated the UAE's full support for the efforts of the United Nations to restore security and stability in the Central African Republic, and the UAE's commitment, as a member of the Security Council, to the protection of humanitarian and peacekeeping personnel.`,
    expected: {
      date: '2022-06-03',
      people: [],
      countries: ['AE', 'BD', 'CF', 'MA'],
      blocs: [],
      events: [],
      organizations: [
        'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)',
        'Ministry of Foreign Affairs (MoFA)',
        'United Nations',
        'Security Council',
      ],
      places: ['Abu Dhabi', 'Bambari'],
    },
  },
];
