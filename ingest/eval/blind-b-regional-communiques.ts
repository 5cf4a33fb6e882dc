import type { EvalCase } from './eval-set';

/**
 * Blind B — regional communiqués: 35 announcements written for this project on 2026-12-01, BLIND — without
 * reading the extraction rules (ingest/extract/), the overrides, the corpus generator, or the other evaluation
 * sets, and without running the extractor on them. Texts invented. Style: final communiqués of ministerial
 * meetings and summits, chair's statements and secretariat press releases of regional and international
 * bodies and joint commissions, with lists of participants (semicolon lists, one participant per line,
 * heads of delegation by country), co-chairs, secretaries-general and observers.
 * FIRST RUN (scored 2026-12-01 on the extractor at commit a9c3e4a, before any change made for it):
 *   people         P 0.929 R 0.880 F1 0.904 (235/18/32)
 *   countries      P 0.988 R 0.983 F1 0.985 (237/3/4)
 *   blocs          P 0.893 R 0.625 F1 0.735 (25/3/15)
 *   events         P 0.333 R 0.280 F1 0.304 (14/28/36)
 *   organizations  P 0.618 R 0.741 F1 0.674 (63/39/22)
 *   places         P 0.940 R 0.887 F1 0.913 (63/4/8)
 *   date accuracy 0.886; person country acc. 0.668
 * After that first run it became a TUNING set (rules may be changed against it); the full first-run error
 * list is in ingest/eval/first-runs/blind-b-regional-communiques.txt.
 */
export const BLIND_B: EvalCase[] = [
  {
    id: 'bb-au-stc-energy',
    text: `Home > Press Releases > Communiqués

Final Communiqué of the Third Ordinary Session of the Specialised Technical Committee on Energy

COMMUNIQUÉ

Ref: AU/STC/2019/04

Addis Ababa, 15 November 2019 – The African Union Specialised Technical Committee on Energy (STC-EN) concluded its Third Ordinary Session today in Conference Room 3 of the African Union Commission (AUC) in Addis Ababa, after two days of deliberations on continental power pooling, clean cooking and the Biosafety aspects of bioenergy feedstocks.

The session was attended by:

Hon. Engr. Babatunde O. Adeyemi-Cole, Minister of Power, Federal Republic of Nigeria (Chair);

H.E. Nokuthula Mahlangu, Deputy Minister of Electricity, Republic of South Africa (First Vice-Chair);

Hon. Abdoulaye Seydou Traoré, Minister of Energy and Water of Mali (Second Vice-Chair);

H.E. Fatima Zahra El Idrissi, Secretary of State for Energy Transition, Kingdom of Morocco;

Hon. Joseph Kipchumba Rotich, Principal Secretary for Energy, Kenya;

Dr. Aïssatou Ndiaye Sarr, Director-General of Energy, Senegal;

Mr. Kouadio Yao Serge-Alain, Director of Electricity, Côte d'Ivoire (Rapporteur);

Hon. Chipo R. Mutasa, Deputy Minister of Energy and Power Development, Zimbabwe.

The opening ceremony was addressed by H.E. Dr. Amani Wanjiru Kariuki, Commissioner for Infrastructure and Energy of the AUC, who recalled that some 600 million Africans still lack access to electricity. Representatives of the African Development Bank (AfDB) and the African Energy Commission (AFREC) also took the floor.

The Committee adopted its report and the Action Plan on Clean Cooking 2020–2023, and accepted the offer of Senegal to host its next ordinary session in Dakar in 2021.

Closing Remarks were delivered by the Chair on behalf of all Member States of the African Union.

For further information: directorate.infrastructure@au-stc.example.int`,
    expected: {
      date: '2019-11-15',
      people: [
        ['Babatunde O. Adeyemi-Cole', 'NG'],
        ['Nokuthula Mahlangu', 'ZA'],
        ['Abdoulaye Seydou Traoré', 'ML'],
        ['Fatima Zahra El Idrissi', 'MA'],
        ['Joseph Kipchumba Rotich', 'KE'],
        ['Aïssatou Ndiaye Sarr', 'SN'],
        ['Kouadio Yao Serge-Alain', 'CI'],
        ['Chipo R. Mutasa', 'ZW'],
        ['Amani Wanjiru Kariuki', null],
      ],
      countries: ['CI', 'KE', 'MA', 'ML', 'NG', 'SN', 'ZA', 'ZW'],
      blocs: ['African Union'],
      events: ['Third Ordinary Session of the Specialised Technical Committee on Energy'],
      organizations: [
        'African Union Specialised Technical Committee on Energy (STC-EN)',
        'African Union Commission (AUC)',
        'African Development Bank (AfDB)',
        'African Energy Commission (AFREC)',
      ],
      places: ['Addis Ababa', 'Dakar'],
    },
  },
  {
    id: 'bb-ecowas-msc-44',
    text: `ECOWAS Commission > Media Centre > Press Releases

Ministers Review Regional Security at 44th Ordinary Session of the Mediation and Security Council

PRESS RELEASE N° 112/2022

Abuja, 18 May 2022. The Mediation and Security Council (MSC) of the Economic Community of West African States (ECOWAS), meeting at ministerial level, ended its 44th Ordinary Session on Tuesday at the headquarters of the ECOWAS Commission in Abuja, Nigeria.

Heads of delegation: H.E. Yaw Boateng Asante, Minister for Foreign Affairs and Regional Integration of Ghana (Chair of the Council); H.E. Mariama Sadio Baldé, Minister of Foreign Affairs of Guinea-Bissau; Hon. Jallah Kollie Massaquoi, Deputy Minister of Foreign Affairs, Liberia; H.E. Kokou Mawuli Agbéyomé, Minister of Foreign Affairs, Togo; Hon. Fatoumatta Jallow-Ceesay, Minister of Foreign Affairs, The Gambia; H.E. Rui Manuel Tavares Semedo, Minister of Foreign Affairs, Cabo Verde; Engr. Chukwuemeka D. Okonkwo, Permanent Secretary for Foreign Affairs, Nigeria; H.E. Khady Diop Mbaye, Minister of African Integration, Senegal; Hon. Fatmata Binta Koroma-Sesay, Deputy Minister of Foreign Affairs, Sierra Leone.

The Commission was represented by H.E. Dr. Issoufou Garba Mahamane, Commissioner for Political Affairs, Peace and Security, who presented the memorandum on the political transitions in Mali, Burkina Faso and Guinea. Representatives of the African Union and the United Nations Development Programme (UNDP) attended as observers.

The Council recommended continued dialogue with the transition authorities and welcomed progress in operationalising the regional standby force. The closing session was chaired by the Minister of Foreign Affairs of Ghana.

Contact: communication@ecowas-commission.example.int`,
    expected: {
      date: '2022-05-18',
      people: [
        ['Yaw Boateng Asante', 'GH'],
        ['Mariama Sadio Baldé', 'GW'],
        ['Jallah Kollie Massaquoi', 'LR'],
        ['Kokou Mawuli Agbéyomé', 'TG'],
        ['Fatoumatta Jallow-Ceesay', 'GM'],
        ['Rui Manuel Tavares Semedo', 'CV'],
        ['Chukwuemeka D. Okonkwo', 'NG'],
        ['Khady Diop Mbaye', 'SN'],
        ['Fatmata Binta Koroma-Sesay', 'SL'],
        ['Issoufou Garba Mahamane', null],
      ],
      countries: ['BF', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'NG', 'SL', 'SN', 'TG'],
      blocs: ['African Union', 'ECOWAS'],
      events: ['44th Ordinary Session of the Mediation and Security Council'],
      organizations: [
        'Mediation and Security Council (MSC)',
        'ECOWAS Commission',
        'United Nations Development Programme (UNDP)',
      ],
      places: ['Abuja'],
    },
  },
  {
    id: 'bb-sadc-energy-ministers',
    text: `Southern African Development Community > Newsroom

SADC Energy Ministers Approve Regional Gas Master Plan

WINDHOEK, Namibia, 23 June 2023 – The Meeting of SADC Ministers Responsible for Energy and Water was held on 22 June 2023 in Windhoek, Republic of Namibia. It was preceded by the 12th meeting of the SADC Energy Thematic Group and by a meeting of senior officials.

The Ministers approved the Regional Gas Master Plan and directed the SADC Secretariat to mobilise resources for the Angola–Namibia transmission interconnector, a priority for all sixteen Member States of SADC.

Participants:

– Hon. Petrus Haufiku-Nangolo, Minister of Mines and Energy, Namibia (Chairperson)
– Hon. Kagiso Mmusi-Thebe, Minister of Minerals and Energy, Botswana
– Hon. Chanda Mwape Bwalya, Minister of Energy, Zambia
– Hon. Esperança Nhantumbo Macuácua, Minister of Mineral Resources and Energy, Mozambique
– Hon. Makhosi Vilakati-Dlamini, Minister of Natural Resources and Energy, Eswatini
– Hon. Rafaravavy Andrianasolo, Minister of Energy and Hydrocarbons, Madagascar
– Mr. Jean-Claude Mukendi Tshibangu, Secretary-General for Energy, Democratic Republic of the Congo
– Ms. Nomvula Khumalo-Banda, Director of Infrastructure, SADC Secretariat

The Ministers also received briefings from the Southern African Power Pool (SAPP) and the SADC Centre for Renewable Energy and Energy Efficiency (SACREEE), and agreed to meet again in Lilongwe in 2024.`,
    expected: {
      date: '2023-06-23',
      people: [
        ['Petrus Haufiku-Nangolo', 'NA'],
        ['Kagiso Mmusi-Thebe', 'BW'],
        ['Chanda Mwape Bwalya', 'ZM'],
        ['Esperança Nhantumbo Macuácua', 'MZ'],
        ['Makhosi Vilakati-Dlamini', 'SZ'],
        ['Rafaravavy Andrianasolo', 'MG'],
        ['Jean-Claude Mukendi Tshibangu', 'CD'],
        ['Nomvula Khumalo-Banda', null],
      ],
      countries: ['AO', 'BW', 'CD', 'MG', 'MZ', 'NA', 'SZ', 'ZM'],
      blocs: ['SADC'],
      events: [
        'Meeting of SADC Ministers Responsible for Energy and Water',
        '12th meeting of the SADC Energy Thematic Group',
      ],
      organizations: [
        'SADC Secretariat',
        'Southern African Power Pool (SAPP)',
        'SADC Centre for Renewable Energy and Energy Efficiency (SACREEE)',
      ],
      places: ['Windhoek', 'Lilongwe'],
    },
  },
  {
    id: 'bb-eac-health-council',
    text: `East African Community > Press Releases

East African Health Ministers Adopt Regional Biosafety Guidelines

ARUSHA, Tanzania, 3rd March 2021:

The 21st Ordinary Meeting of the EAC Sectoral Council of Ministers of Health concluded today at the EAC Secretariat in Arusha, with ministers adopting the Regional Biosafety Guidelines for Laboratories and a joint framework for cross-border disease surveillance in all Partner States of the EAC.

The meeting was attended by:
Hon. Dr. Neema Rehema Mollel, Minister of Health, United Republic of Tanzania (Chairperson);
Hon. Dr. Grace Atim Okello, Minister of State for Health (Primary Health Care), Republic of Uganda;
Dr. Aimable Habimana Uwizeye, Minister of State in Charge of Primary Health Care, Republic of Rwanda;
Hon. Dr. Sylvie Nzeyimana, Minister of Public Health and the Fight against AIDS, Republic of Burundi;
Hon. Mercy Wanjiku Gathoni, Cabinet Secretary for Health, Republic of Kenya;
Hon. Nyandeng Malual Akuei, Minister of Health, Republic of South Sudan.

Addressing the closing session in Hall B, the EAC Secretary General, Amb. Dr. Kenneth Mwangi Kariba, urged Partner States to fund the East African Health Research Commission (EAHRC) adequately. Dr. Michael Otieno Katende, Principal Health Officer at the EAC Secretariat, presented the status report on cross-border surveillance.

The Council directed the Secretariat to convene the 2nd EAC Regional Conference on Health & Biosafety in Bujumbura before the end of the year.

For more information contact: corporatecomms@eac-secretariat.example.int`,
    expected: {
      date: '2021-03-03',
      people: [
        ['Neema Rehema Mollel', 'TZ'],
        ['Grace Atim Okello', 'UG'],
        ['Aimable Habimana Uwizeye', 'RW'],
        ['Sylvie Nzeyimana', 'BI'],
        ['Mercy Wanjiku Gathoni', 'KE'],
        ['Nyandeng Malual Akuei', 'SS'],
        ['Kenneth Mwangi Kariba', null],
        ['Michael Otieno Katende', null],
      ],
      countries: ['BI', 'KE', 'RW', 'SS', 'TZ', 'UG'],
      blocs: ['EAC'],
      events: [
        '21st Ordinary Meeting of the EAC Sectoral Council of Ministers of Health',
        '2nd EAC Regional Conference on Health & Biosafety',
      ],
      organizations: ['EAC Secretariat', 'East African Health Research Commission (EAHRC)'],
      places: ['Arusha', 'Bujumbura'],
    },
  },
  {
    id: 'bb-asean-amem-38',
    text: `Joint Ministerial Statement of the 38th ASEAN Ministers on Energy Meeting

Tuesday, 22/09/2020 10:15 GMT+7

Ha Noi, Viet Nam – The 38th ASEAN Ministers on Energy Meeting was convened by videoconference from Ha Noi on 21 September 2020 under the chairmanship of Viet Nam. The Ministers reviewed progress under the ASEAN Plan of Action for Energy Cooperation (APAEC) 2016–2025 and welcomed the annual report of the ASEAN Centre for Energy (ACE).

Attending were:
H.E. Võ Hoàng Long, Minister of Industry and Trade of Viet Nam (Chair)
Dato' Hisham bin Abdul Latif, Minister of Energy, Brunei Darussalam
H.E. Keo Sovannara, Minister of Mines and Energy, Cambodia
Pak Haryatno, Secretary-General of the Ministry of Energy and Mineral Resources of Indonesia
H.E. Khampheng Sayavong, Minister of Energy and Mines, Lao PDR
Datuk Aminah binti Yusof, Deputy Minister of Energy and Natural Resources, Malaysia
Dr. Thet Naing Oo, Permanent Secretary for Electricity and Energy, Myanmar
Mr. Eduardo P. Villanueva, Jr., Undersecretary of Energy of the Philippines
Mr. Ong Kian Seng, Minister of State for Trade and Industry, Singapore
Mr. Thanawat Kittisakul, Permanent Secretary of Energy, Thailand
Ms. Rosalind Cheah Mei Ling, Deputy Secretary-General of ASEAN
Dr. Praveen S. Ramanathan, Executive Director of the ACE

The Ministers noted the outcomes of the ASEAN Energy Business Forum 2020 and thanked Pak Haryatno for Indonesia's offer to host the next meeting in Bali. Closing Remarks were delivered by the Chair.`,
    expected: {
      date: '2020-09-22',
      people: [
        ['Võ Hoàng Long', 'VN'],
        ['Hisham bin Abdul Latif', 'BN'],
        ['Keo Sovannara', 'KH'],
        ['Haryatno', 'ID'],
        ['Khampheng Sayavong', 'LA'],
        ['Aminah binti Yusof', 'MY'],
        ['Thet Naing Oo', 'MM'],
        ['Eduardo P. Villanueva Jr.', 'PH'],
        ['Ong Kian Seng', 'SG'],
        ['Thanawat Kittisakul', 'TH'],
        ['Rosalind Cheah Mei Ling', null],
        ['Praveen S. Ramanathan', null],
      ],
      countries: ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'VN'],
      blocs: ['ASEAN'],
      events: ['38th ASEAN Ministers on Energy Meeting', 'ASEAN Energy Business Forum 2020'],
      organizations: [
        'ASEAN Centre for Energy (ACE)',
        'Ministry of Energy and Mineral Resources of Indonesia',
      ],
      places: ['Ha Noi', 'Bali'],
    },
  },
  {
    id: 'bb-pif-ffmm-2019',
    text: `Pacific Islands Forum Secretariat > Media > Press Statements

Outcomes Statement: 2019 Forum Foreign Ministers Meeting

Suva, Fiji, 9 August 2019

Foreign Ministers of the Pacific Islands Forum met at the Pacific Islands Forum Secretariat in Suva on 8 August 2019 to prepare for the 50th Pacific Islands Forum Leaders Meeting, to be held in Funafuti, Tuvalu. The 2019 Forum Foreign Ministers Meeting was chaired by Tonga.

Heads of delegation:

Hon. Sione Vailea Tuʻipulotu, Minister for Foreign Affairs, Tonga (Chair)
Hon. Litia Vuniwai Nainoca, Minister for Foreign Affairs, Fiji
Hon. Aliitasi Lauina Fa'amausili, Associate Minister of Foreign Affairs and Trade, Samoa
Hon. Kalo Tari Molisa, Minister of Foreign Affairs, International Cooperation and External Trade, Vanuatu
Hon. Collin Beti Sade, Minister of Foreign Affairs and External Trade, Solomon Islands
Hon. Tiaon Kaureti Tebano, Vice-President and Minister for Foreign Affairs, Kiribati
Rt Hon. Eleanor J. Whitcombe, Minister of Foreign Affairs, New Zealand
Hon. Daniel R. Fairweather, Assistant Minister for the Pacific, Australia
Hon. Ngiratkel Ulengchong, Minister of State, Palau
Hon. Teariki Puna Marsters, Deputy Prime Minister, Cook Islands
Mr. Kasio E. Mida Jr., Secretary of Foreign Affairs, Federated States of Micronesia

The Secretary General of the Pacific Islands Forum, Ms. Elisiva Kaufana Rounds, briefed Ministers on the regional security outlook. Representatives of the Pacific Community (SPC) and the Secretariat of the Pacific Regional Environment Programme (SPREP) attended as observers.

Ministers agreed to forward their recommendations on climate finance and fisheries to Leaders. The opening ceremony was held in the Secretariat's Conference Room 1.`,
    expected: {
      date: '2019-08-09',
      people: [
        ['Sione Vailea Tuʻipulotu', 'TO'],
        ['Litia Vuniwai Nainoca', 'FJ'],
        ["Aliitasi Lauina Fa'amausili", 'WS'],
        ['Kalo Tari Molisa', 'VU'],
        ['Collin Beti Sade', 'SB'],
        ['Tiaon Kaureti Tebano', 'KI'],
        ['Eleanor J. Whitcombe', 'NZ'],
        ['Daniel R. Fairweather', 'AU'],
        ['Ngiratkel Ulengchong', 'PW'],
        ['Teariki Puna Marsters', 'CK'],
        ['Kasio E. Mida Jr.', 'FM'],
        ['Elisiva Kaufana Rounds', null],
      ],
      countries: ['AU', 'CK', 'FJ', 'FM', 'KI', 'NZ', 'PW', 'SB', 'TO', 'TV', 'VU', 'WS'],
      blocs: ['Pacific Islands Forum'],
      events: ['2019 Forum Foreign Ministers Meeting', '50th Pacific Islands Forum Leaders Meeting'],
      organizations: [
        'Pacific Islands Forum Secretariat',
        'Pacific Community (SPC)',
        'Secretariat of the Pacific Regional Environment Programme (SPREP)',
      ],
      places: ['Suva', 'Funafuti'],
    },
  },
  {
    id: 'bb-caricom-heads-46',
    text: `CARICOM Secretariat > Communiqués

Communiqué Issued at the Conclusion of the Forty-Sixth Regular Meeting of the Conference of Heads of Government of the Caribbean Community

Bridgetown, Barbados, 7 July 2024

Heads of Government of the Caribbean Community (CARICOM) met for their Forty-Sixth Regular Meeting in the Errol Barrow Hall, Bridgetown, from 5 to 7 July 2024. The Rt Hon. Cordelia A. Lashley-Brathwaite, Prime Minister of Barbados, chaired the proceedings.

Other Heads of Government present were:
Hon. Desmond K. Rolle, Prime Minister of The Bahamas;
Dr. Rajendra 'Raj' Ramcharitar, President of the Co-operative Republic of Guyana;
Hon. Keisha-Ann M. Thompson, Prime Minister of Saint Lucia;
Hon. Ferdinand Belfon, Prime Minister of Grenada;
Hon. Marcus A. Joseph-Baptiste, Prime Minister of the Commonwealth of Dominica;
Hon. Ernestine Clarke-Lewis, Prime Minister of Antigua and Barbuda.

Haiti was represented by its Minister of Foreign Affairs, Mr. Jean-Robert Dorvilus. The Secretary-General of the Caribbean Community, Dr. Winston A. Grenville-Moore, and the Vice-Minister of Foreign Affairs of Colombia, Mr. Carlos Eduardo Ospina Restrepo, who attended as a special guest, also addressed the opening ceremony.

Heads of Government welcomed the report of the Caribbean Public Health Agency (CARPHA) and reaffirmed their support for the Caribbean Court of Justice (CCJ). They agreed to convene a Special Meeting on Food Security & Climate Resilience in Georgetown in October.`,
    expected: {
      date: '2024-07-07',
      people: [
        ['Cordelia A. Lashley-Brathwaite', 'BB'],
        ['Desmond K. Rolle', 'BS'],
        ['Rajendra Ramcharitar', 'GY'],
        ['Keisha-Ann M. Thompson', 'LC'],
        ['Ferdinand Belfon', 'GD'],
        ['Marcus A. Joseph-Baptiste', 'DM'],
        ['Ernestine Clarke-Lewis', 'AG'],
        ['Jean-Robert Dorvilus', 'HT'],
        ['Winston A. Grenville-Moore', null],
        ['Carlos Eduardo Ospina Restrepo', 'CO'],
      ],
      countries: ['AG', 'BB', 'BS', 'CO', 'DM', 'GD', 'GY', 'HT', 'LC'],
      blocs: ['CARICOM'],
      events: [
        'Forty-Sixth Regular Meeting of the Conference of Heads of Government of the Caribbean Community',
        'Special Meeting on Food Security & Climate Resilience',
      ],
      organizations: ['Caribbean Public Health Agency (CARPHA)', 'Caribbean Court of Justice (CCJ)'],
      places: ['Bridgetown', 'Georgetown'],
    },
  },
  {
    id: 'bb-sica-foreign-ministers',
    text: `Central American Integration System > Press Room

SICA Foreign Ministers Conclude Meeting in Panama City

Panama City, June 27, 2023 – The LVIII Ordinary Meeting of the Council of Ministers of Foreign Affairs of the Central American Integration System was held on June 26 in the Salón Francisco Morazán of the Ministry of Foreign Affairs of Panama, under the Pro Tempore Presidency of Panama.

The following delegations took part:

Panama: Rogelio Augusto Castillero Pinzón, Minister of Foreign Affairs (Chair).
Costa Rica: María Fernanda Quesada Villalobos, Vice-Minister of Foreign Affairs.
Guatemala: Héctor Leonel Cifuentes Ajú, Vice-Minister for Bilateral Relations.
Honduras: Ana Julia Mejía Barahona, Secretary of State in the Office of Foreign Affairs.
El Salvador: José Rodrigo Ábrego de la Cruz, Vice-Minister for Foreign Affairs and Integration.
Dominican Republic: Milagros Altagracia Peña Guzmán, Vice-Minister for Economic Affairs.
Belize: Hon. Shanice M. Flowers, Minister of State for Foreign Affairs.
Nicaragua: Ambassador Orlando José Membreño Tórrez.

The Secretary General of SICA, Ms. Gabriela Solórzano Arriaza, presented the report on the regional migration strategy. The Ministers also heard a presentation by the Central American Bank for Economic Integration (CABEI) on financing for resilient infrastructure.

The next meeting will take place in San José in December, under the Pro Tempore Presidency of Costa Rica.`,
    expected: {
      date: '2023-06-27',
      people: [
        ['Rogelio Augusto Castillero Pinzón', 'PA'],
        ['María Fernanda Quesada Villalobos', 'CR'],
        ['Héctor Leonel Cifuentes Ajú', 'GT'],
        ['Ana Julia Mejía Barahona', 'HN'],
        ['José Rodrigo Ábrego de la Cruz', 'SV'],
        ['Milagros Altagracia Peña Guzmán', 'DO'],
        ['Shanice M. Flowers', 'BZ'],
        ['Orlando José Membreño Tórrez', 'NI'],
        ['Gabriela Solórzano Arriaza', null],
      ],
      countries: ['BZ', 'CR', 'DO', 'GT', 'HN', 'NI', 'PA', 'SV'],
      blocs: ['SICA'],
      events: [
        'LVIII Ordinary Meeting of the Council of Ministers of Foreign Affairs of the Central American Integration System',
      ],
      organizations: [
        'Ministry of Foreign Affairs of Panama',
        'Central American Bank for Economic Integration (CABEI)',
      ],
      places: ['Panama City', 'San José'],
    },
  },
  {
    id: 'bb-mercosur-lxiv-summit',
    text: `Mercosur > News

Joint Communiqué of the Presidents of the States Parties of Mercosur

Asunción, 8 de julio de 2024

The LXIV Summit of Heads of State of Mercosur and Associated States was held in Asunción, Paraguay, chaired by the President of the Republic of Paraguay, Rodrigo Benítez Ocampo, who transferred the Pro Tempore Presidency to Uruguay at the closing session.

The Summit was attended by Brazil's Minister of Foreign Affairs, João Pedro Albuquerque dos Santos; the Argentine Foreign Minister, Mariela Soledad Etchegaray Pons; Uruguay's Foreign Minister, Martín Ignacio Larrañaga Ferrés; and Luis Fernando Choque Mamani, Vice-Minister of Foreign Trade of the Plurinational State of Bolivia. Chile, as an Associated State, was represented by Catalina Andrea Ortúzar Leighton, Undersecretary of International Economic Relations. The Brazilian delegation also included Maria da Conceição Tavares Lins, Secretary for Latin America and the Caribbean.

The Presidents welcomed the conclusion of negotiations between Mercosur and the European Free Trade Association (EFTA) and instructed negotiators to finalise the legal review of the agreement with the European Union. The Director of the Mercosur Secretariat, Beatriz Ferreira Ruiz Díaz, presented the annual report of the Secretariat.

The next Summit will take place in Montevideo in December 2024.`,
    expected: {
      date: '2024-07-08',
      people: [
        ['Rodrigo Benítez Ocampo', 'PY'],
        ['João Pedro Albuquerque dos Santos', 'BR'],
        ['Mariela Soledad Etchegaray Pons', 'AR'],
        ['Martín Ignacio Larrañaga Ferrés', 'UY'],
        ['Luis Fernando Choque Mamani', 'BO'],
        ['Catalina Andrea Ortúzar Leighton', 'CL'],
        ['Maria da Conceição Tavares Lins', 'BR'],
        ['Beatriz Ferreira Ruiz Díaz', null],
      ],
      countries: ['AR', 'BO', 'BR', 'CL', 'PY', 'UY'],
      blocs: ['EFTA', 'EU', 'Mercosur'],
      events: ['LXIV Summit of Heads of State of Mercosur and Associated States'],
      organizations: ['Mercosur Secretariat'],
      places: ['Asunción', 'Montevideo'],
    },
  },
  {
    id: 'bb-andean-council-migration',
    text: `General Secretariat of the Andean Community > Press Room

Andean Foreign Ministers Approve Roadmap on Migration Statistics

Communiqué No. 27-2022

Lima, 14 October 2022 – The XXXIV Meeting of the Andean Council of Foreign Ministers was held today at the headquarters of the General Secretariat of the Andean Community in Lima, chaired by the Peruvian minister Ricardo Alfonso Huamán Castañeda.

The meeting was attended by Foreign Minister Gabriela Inés Cárdenas Rivadeneira of Ecuador, by Colombia's Vice-Minister of Multilateral Affairs, Andrés Felipe Restrepo Gaviria, and by Bolivia's Vice-Minister of Foreign Relations, Juana Apaza Quispe. The Secretary-General of the Andean Community, Diego Armando Salcedo Urrutia, presented the report of the 9th meeting of the Andean Committee on Migration Statistics.

Ambassador Rafael Eduardo Montilla Azócar of the Bolivarian Republic of Venezuela and Ms. Jana Dvořáková of the International Organization for Migration (IOM) attended as observers.

The Andean Council of Foreign Ministers approved the Andean Roadmap on Migration Statistics 2023–2026 and thanked the Simón Bolívar Andean University (UASB) for its technical support. Peru's alternate representative, Lucía Mercedes Ccori Villanueva, will coordinate the follow-up. The Council will next meet in Quito.`,
    expected: {
      date: '2022-10-14',
      people: [
        ['Ricardo Alfonso Huamán Castañeda', 'PE'],
        ['Gabriela Inés Cárdenas Rivadeneira', 'EC'],
        ['Andrés Felipe Restrepo Gaviria', 'CO'],
        ['Juana Apaza Quispe', 'BO'],
        ['Diego Armando Salcedo Urrutia', null],
        ['Rafael Eduardo Montilla Azócar', 'VE'],
        ['Jana Dvořáková', null],
        ['Lucía Mercedes Ccori Villanueva', 'PE'],
      ],
      countries: ['BO', 'CO', 'EC', 'PE', 'VE'],
      blocs: ['Andean Community'],
      events: [
        'XXXIV Meeting of the Andean Council of Foreign Ministers',
        '9th meeting of the Andean Committee on Migration Statistics',
      ],
      organizations: [
        'General Secretariat of the Andean Community',
        'International Organization for Migration (IOM)',
        'Andean Council of Foreign Ministers',
        'Simón Bolívar Andean University (UASB)',
      ],
      places: ['Lima', 'Quito'],
    },
  },
  {
    id: 'bb-pacific-alliance-xiv-summit',
    text: `Pacific Alliance > News

Pacific Alliance Leaders Meet in Puerto Vallarta for XIV Summit

Puerto Vallarta, Jalisco, Mexico. 25/07/2019

The XIV Summit of the Pacific Alliance concluded today in Puerto Vallarta with the signing of the Puerto Vallarta Declaration and the adoption of a new strategic vision for the bloc to 2030.

The Summit was attended by the President of Mexico, Andrés Emilio Zúñiga Barragán, who chaired the meeting; the President of Chile, Tomás Ignacio Valdivieso Larraín; the President of Colombia, Juan Camilo Londoño Arango; and the President of Peru, Martha Lucía Paredes Quiroga, to whom the Pro Tempore Presidency was handed over.

Observer States were represented, among others, by Korea's Vice-Minister for Trade, PARK Ji-hoon; Türkiye's Deputy Minister of Trade, Ayşe Nur Yıldırımoğlu; Ambassador Lim Boon Keat of Singapore; and Ms. Geneviève Tremblay-Roy, Canada's Chief Trade Negotiator for the Americas.

The Leaders received the report of the Pacific Alliance Business Council (CEAP) and instructed the High Level Group (GAN) to conclude the negotiations with Singapore. A press conference followed the closing session.`,
    expected: {
      date: '2019-07-25',
      people: [
        ['Andrés Emilio Zúñiga Barragán', 'MX'],
        ['Tomás Ignacio Valdivieso Larraín', 'CL'],
        ['Juan Camilo Londoño Arango', 'CO'],
        ['Martha Lucía Paredes Quiroga', 'PE'],
        ['Park Ji-hoon', 'KR'],
        ['Ayşe Nur Yıldırımoğlu', 'TR'],
        ['Lim Boon Keat', 'SG'],
        ['Geneviève Tremblay-Roy', 'CA'],
      ],
      countries: ['CA', 'CL', 'CO', 'KR', 'MX', 'PE', 'SG', 'TR'],
      blocs: ['Pacific Alliance'],
      events: ['XIV Summit of the Pacific Alliance'],
      organizations: ['Pacific Alliance Business Council (CEAP)', 'High Level Group (GAN)'],
      places: ['Puerto Vallarta', 'Jalisco'],
    },
  },
  {
    id: 'bb-oas-ports-savannah',
    text: `Organization of American States > Media Center > Press Releases

Inter-American Committee on Ports Meets in Savannah

E-045/23

Savannah, Georgia, United States – April 20, 2023 – Port authorities from across the hemisphere concluded today the 13th regular meeting of the Inter-American Committee on Ports, hosted by the Georgia Ports Authority in Savannah. The Inter-American Committee on Ports (CIP), created in 1998 within the Organization of American States (OAS), brings together the port authorities of the member states.

The meeting was chaired by Ms. Valeria Montes de Oca Sandoval, General Coordinator of Ports of Mexico and Chair of the Executive Board, with the Vice-Chairs, Mr. Kwesi A. Carrington (Barbados) and Ms. Luciana Beatriz Ferreyra Gómez (Argentina). Mr. Thomas R. Whitfield III, Executive Director of the Georgia Ports Authority, welcomed the delegates.

Ms. Adriana Castillo-Wetherborne, Executive Secretary for Integral Development of the OAS, stressed the role of ports in supply chain resilience. Permanent Observers also took part, including Monsignor Piergiorgio Valente, Permanent Observer of the Holy See, and Mr. Íñigo Arrizabalaga Etxeberria, Permanent Observer of Spain.

The delegates approved the work plan for 2023–2025 and agreed that the Hemispheric Conference on Port Logistics & Security will be held in Cartagena, Colombia, in 2024.`,
    expected: {
      date: '2023-04-20',
      people: [
        ['Valeria Montes de Oca Sandoval', 'MX'],
        ['Kwesi A. Carrington', 'BB'],
        ['Luciana Beatriz Ferreyra Gómez', 'AR'],
        ['Thomas R. Whitfield III', 'US'],
        ['Adriana Castillo-Wetherborne', null],
        ['Piergiorgio Valente', 'VA'],
        ['Íñigo Arrizabalaga Etxeberria', 'ES'],
      ],
      countries: ['AR', 'BB', 'CO', 'ES', 'MX', 'US', 'VA'],
      blocs: ['OAS'],
      events: [
        '13th regular meeting of the Inter-American Committee on Ports',
        'Hemispheric Conference on Port Logistics & Security',
      ],
      organizations: ['Georgia Ports Authority', 'Inter-American Committee on Ports (CIP)'],
      places: ['Savannah', 'Georgia', 'Cartagena'],
    },
  },
  {
    id: 'bb-celac-agriculture-ministers',
    text: `CELAC Ministers of Agriculture Update Plan for Food Security

Recalling the mandate issued by the Heads of State and Government at the summit held in Buenos Aires on 24 January 2023, the Ministers of Agriculture of the Community of Latin American and Caribbean States (CELAC) gathered in Tegucigalpa for the Third Meeting of CELAC Ministers of Agriculture, convened by the Pro Tempore Presidency of Honduras.

The meeting was attended by: Marco Tulio Cálix Zelaya, Secretary of Agriculture and Livestock of Honduras (Chair); Celso Antunes Moreira da Silva, Secretary of Family Agriculture of Brazil; Yanelis Cárdenas Rodríguez, Vice-Minister of Agriculture of Cuba; Tiburcio Jesús Ochoa Mendoza, Mexico's Undersecretary of Food Self-Sufficiency; Hon. Avinash Singh-Rampersad, Minister of Agriculture, Land and Fisheries of Trinidad and Tobago; Hon. Janelle A. Whyte-Barrett, Minister of State for Agriculture of Jamaica.

Technical support was provided by the Food and Agriculture Organization of the United Nations (FAO), represented by its Regional Representative, Mr. Rodrigo Patricio Valdivia Cerda, and by the Inter-American Institute for Cooperation on Agriculture (IICA).

Ministers adopted the updated CELAC Plan for Food Security, Nutrition and Hunger Eradication 2030 and agreed to hold a technical workshop on Biosafety and seed systems in the first half of the coming year. The closing session was broadcast live.`,
    expected: {
      date: '2023-01-24',
      people: [
        ['Marco Tulio Cálix Zelaya', 'HN'],
        ['Celso Antunes Moreira da Silva', 'BR'],
        ['Yanelis Cárdenas Rodríguez', 'CU'],
        ['Tiburcio Jesús Ochoa Mendoza', 'MX'],
        ['Avinash Singh-Rampersad', 'TT'],
        ['Janelle A. Whyte-Barrett', 'JM'],
        ['Rodrigo Patricio Valdivia Cerda', null],
      ],
      countries: ['BR', 'CU', 'HN', 'JM', 'MX', 'TT'],
      blocs: ['CELAC'],
      events: ['Third Meeting of CELAC Ministers of Agriculture'],
      organizations: [
        'Food and Agriculture Organization of the United Nations (FAO)',
        'Inter-American Institute for Cooperation on Agriculture (IICA)',
      ],
      places: ['Buenos Aires', 'Tegucigalpa'],
    },
  },
  {
    id: 'bb-nordic-mr-sam',
    text: `Nordic Co-operation > News

Nordic Ministers for Co-operation Agree on Green Transition Priorities

Copenhagen, 12.06.2024

The Nordic Council of Ministers for Co-operation (MR-SAM) met today in Copenhagen under the Icelandic Presidency, chaired by Iceland's Minister for Nordic Co-operation, Guðrún Hallsdóttir.

Taking part were:
Mette Kjærgaard Lindholm, Minister for Nordic Co-operation, Denmark
Aino-Kaisa Lehtonen, Minister for Nordic Co-operation, Finland
Ingrid Sørensen Haugland, Minister of Digitalisation and Nordic Co-operation, Norway
Mikael Åberg-Lindqvist, Minister for Nordic Affairs, Sweden

The Secretary General of the Nordic Council of Ministers, Jens Peder Thorsøe, presented the draft budget for 2025, and the President of the Nordic Council, Sigrid Ødegård Holm, outlined the parliamentary priorities ahead of the 76th Session of the Nordic Council, to be held in Reykjavík at the end of October.

The ministers also discussed cross-border mobility, the Biosafety of new genomic techniques and a joint Nordic position on critical raw materials.`,
    expected: {
      date: '2024-06-12',
      people: [
        ['Guðrún Hallsdóttir', 'IS'],
        ['Mette Kjærgaard Lindholm', 'DK'],
        ['Aino-Kaisa Lehtonen', 'FI'],
        ['Ingrid Sørensen Haugland', 'NO'],
        ['Mikael Åberg-Lindqvist', 'SE'],
        ['Jens Peder Thorsøe', null],
        ['Sigrid Ødegård Holm', null],
      ],
      countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
      blocs: ['Nordic Council'],
      events: ['76th Session of the Nordic Council'],
      organizations: ['Nordic Council of Ministers for Co-operation (MR-SAM)', 'Nordic Council of Ministers'],
      places: ['Copenhagen', 'Reykjavík'],
    },
  },
  {
    id: 'bb-cbss-ministerial-20',
    text: `Council of the Baltic Sea States > News

Chair's Statement – 20th Ministerial Session of the Council of the Baltic Sea States

Vilnius, Wednesday 4 June 2025

Foreign ministers and high representatives of the member states of the Council of the Baltic Sea States (CBSS) met in Vilnius for the 20th Ministerial Session, under the Lithuanian Presidency. The European Union was represented by the European External Action Service (EEAS).

Heads of delegation:
Ms. Rūta Žemaitienė, Minister of Foreign Affairs of Lithuania (Chair)
Mr. Kristaps Bērziņš, Parliamentary Secretary of the Ministry of Foreign Affairs of Latvia
Ms. Kadri Tamm-Saar, Under-Secretary for Political Affairs, Estonia
Mr. Tomasz Wiśniewski, Deputy Minister of Foreign Affairs, Poland
Dr. Friederike von Alvensleben, Minister of State at the Federal Foreign Office, Germany
Mr. Henrik Mølgaard-Skov, State Secretary, Denmark
Ms. Päivi Kärkkäinen, State Secretary, Finland
Ms. Ebba Sjöström Nyqvist, State Secretary, Sweden
Mr. Øyvind Brekke-Halvorsen, State Secretary, Norway
Ms. Ásdís Björnsdóttir, Ambassador, Iceland

Ms. Zsófia Szőke-Bálint, Ambassador of Hungary, attended as an observer. The Director General of the CBSS Secretariat in Stockholm, Ms. Maija Liepiņa-Grant, reported on the implementation of the regional civil protection programme.

Ministers adopted a declaration on Civil Protection & Resilience and welcomed the handover of the Presidency to Norway on 1 July.`,
    expected: {
      date: '2025-06-04',
      people: [
        ['Rūta Žemaitienė', 'LT'],
        ['Kristaps Bērziņš', 'LV'],
        ['Kadri Tamm-Saar', 'EE'],
        ['Tomasz Wiśniewski', 'PL'],
        ['Friederike von Alvensleben', 'DE'],
        ['Henrik Mølgaard-Skov', 'DK'],
        ['Päivi Kärkkäinen', 'FI'],
        ['Ebba Sjöström Nyqvist', 'SE'],
        ['Øyvind Brekke-Halvorsen', 'NO'],
        ['Ásdís Björnsdóttir', 'IS'],
        ['Zsófia Szőke-Bálint', 'HU'],
        ['Maija Liepiņa-Grant', null],
      ],
      countries: ['DE', 'DK', 'EE', 'FI', 'HU', 'IS', 'LT', 'LV', 'NO', 'PL', 'SE'],
      blocs: ['CBSS', 'EU'],
      events: ['20th Ministerial Session of the Council of the Baltic Sea States'],
      organizations: [
        'European External Action Service (EEAS)',
        'Ministry of Foreign Affairs of Latvia',
        'Federal Foreign Office',
        'CBSS Secretariat',
      ],
      places: ['Vilnius', 'Stockholm'],
    },
  },
  {
    id: 'bb-arab-league-160',
    text: `League of Arab States > Media > Press Releases

Final Communiqué of the 160th Ordinary Session of the Council of the League of Arab States at the Ministerial Level

Cairo, 5 September 2023

The Council of the League of Arab States at the ministerial level held its 160th ordinary session today at the League's headquarters in Cairo, under the chairmanship of the Sultanate of Oman. The opening ceremony was addressed by the Secretary-General of the League of Arab States, H.E. Tarek Mahmoud Abdel Ghaffar.

Heads of delegation included: H.E. Abdullah bin Saeed al-Harthy, Minister of Foreign Affairs, Sultanate of Oman (Chair); H.E. Ayman Khalil Haddadin, Minister of State for Foreign Affairs, Hashemite Kingdom of Jordan; H.E. Fuad Mahmoud al-Jubouri, Minister of Foreign Affairs, Republic of Iraq; H.E. Nadia Benslimane El Alaoui, Secretary of State for Foreign Affairs, Kingdom of Morocco; H.E. Mohamed Salah Ben Romdhane, Minister of Foreign Affairs, Republic of Tunisia; H.E. Karim Boudjemaa Hadjadj, Minister Delegate, People's Democratic Republic of Algeria; H.E. Rania Fouad Khoury, Minister of Foreign Affairs and Emigrants, Lebanese Republic; H.E. Omar Abdelrahman al-Tayeb Osman, Under-Secretary for Foreign Affairs, Republic of the Sudan; H.E. Sidi Mohamed Ould Cheikh Sidiya, Minister of Foreign Affairs, Islamic Republic of Mauritania; H.E. Sheikh Faisal bin Jaber Al-Khalidi, Minister of State for Foreign Affairs, State of Kuwait; H.E. Dhoihir Said Mbaé, Ambassador, Union of the Comoros.

The Council adopted resolutions on water security, on the work of the Arab Organization for Agricultural Development (AOAD), and on preparations for the 33rd Arab Summit, to be hosted by the Kingdom of Bahrain in Manama. The closing session was held in the Council Chamber.`,
    expected: {
      date: '2023-09-05',
      people: [
        ['Tarek Mahmoud Abdel Ghaffar', null],
        ['Abdullah bin Saeed al-Harthy', 'OM'],
        ['Ayman Khalil Haddadin', 'JO'],
        ['Fuad Mahmoud al-Jubouri', 'IQ'],
        ['Nadia Benslimane El Alaoui', 'MA'],
        ['Mohamed Salah Ben Romdhane', 'TN'],
        ['Karim Boudjemaa Hadjadj', 'DZ'],
        ['Rania Fouad Khoury', 'LB'],
        ['Omar Abdelrahman al-Tayeb Osman', 'SD'],
        ['Sidi Mohamed Ould Cheikh Sidiya', 'MR'],
        ['Faisal bin Jaber Al-Khalidi', 'KW'],
        ['Dhoihir Said Mbaé', 'KM'],
      ],
      countries: ['BH', 'DZ', 'IQ', 'JO', 'KM', 'KW', 'LB', 'MA', 'MR', 'OM', 'SD', 'TN'],
      blocs: ['Arab League'],
      events: [
        '160th Ordinary Session of the Council of the League of Arab States at the Ministerial Level',
        '33rd Arab Summit',
      ],
      organizations: [
        'Council of the League of Arab States',
        'Arab Organization for Agricultural Development (AOAD)',
      ],
      places: ['Cairo', 'Manama'],
    },
  },
  {
    id: 'bb-gcc-ministerial-151',
    text: `Statement of the 151st Session of the GCC Ministerial Council

Date: 2022-03-16

Riyadh – The GCC Ministerial Council held its 151st session today at the GCC General Secretariat in Riyadh, under the chairmanship of H.E. Dr. Yusuf bin Ahmed Al-Mannai, Minister of Foreign Affairs of the Kingdom of Bahrain.

The session was attended by:
- H.E. Sheikh Saeed bin Hamdan Al Marri, Minister of State, United Arab Emirates;
- H.E. Eng. Waleed ibn Abdulaziz Al-Shahrani, Vice Minister of Foreign Affairs, Kingdom of Saudi Arabia;
- H.E. Salim bin Mohammed al-Rawahi, Undersecretary for Diplomatic Affairs, Sultanate of Oman;
- H.E. Dr. Hamad bin Nasser Al-Kuwari, Minister of State for Foreign Affairs, State of Qatar;
- H.E. Mubarak Fahad al-Ajmi, Assistant Foreign Minister, State of Kuwait;
- H.E. Ibrahim Saleh al-Sudairi, Secretary-General of the Gulf Cooperation Council.

The Council reaffirmed its support for efforts to reach a comprehensive political solution in Yemen, called on Iran to engage constructively with the countries of the region, and welcomed the preparations for the GCC Youth & Entrepreneurship Forum 2022 in Muscat.

The Council also reviewed the work of the GCC Standardization Organization (GSO) and of the Gulf Cooperation Council Interconnection Authority (GCCIA).`,
    expected: {
      date: '2022-03-16',
      people: [
        ['Yusuf bin Ahmed Al-Mannai', 'BH'],
        ['Saeed bin Hamdan Al Marri', 'AE'],
        ['Waleed ibn Abdulaziz Al-Shahrani', 'SA'],
        ['Salim bin Mohammed al-Rawahi', 'OM'],
        ['Hamad bin Nasser Al-Kuwari', 'QA'],
        ['Mubarak Fahad al-Ajmi', 'KW'],
        ['Ibrahim Saleh al-Sudairi', null],
      ],
      countries: ['AE', 'BH', 'IR', 'KW', 'OM', 'QA', 'SA', 'YE'],
      blocs: ['GCC'],
      events: ['151st Session of the GCC Ministerial Council', 'GCC Youth & Entrepreneurship Forum 2022'],
      organizations: [
        'GCC Ministerial Council',
        'GCC General Secretariat',
        'GCC Standardization Organization (GSO)',
        'Gulf Cooperation Council Interconnection Authority (GCCIA)',
      ],
      places: ['Riyadh', 'Muscat'],
    },
  },
  {
    id: 'bb-iora-com-23',
    text: `Communiqué of the 23rd IORA Council of Ministers Meeting

Colombo, 11 October 2023

Ministers and senior officials of the member states of the Indian Ocean Rim Association (IORA) met in Colombo for the 23rd IORA Council of Ministers Meeting, hosted by Sri Lanka as incoming Chair.

The meeting was attended by: Hon. Ranjith Samarasekera Wickramaratne, Minister of Foreign Affairs of Sri Lanka (Chair); Hon. Mohammad Rafiqul Alam Chowdhury, State Minister for Foreign Affairs of Bangladesh (Vice-Chair); Mr. Arvind Kumar Raghunathan, Secretary (East), India; Hon. Sarah M. Llewellyn, Parliamentary Secretary, Australia; Hon. Dr. Sipho Dlamini-Ngcobo, Deputy Minister of International Relations and Cooperation, South Africa; Hon. Vikash Dookhun, Minister of Foreign Affairs, Mauritius; Mr. Jean-Paul Labrosse, Secretary of State for Foreign Affairs, Seychelles; Ms. Hanitra Razafindrabe, Minister of Foreign Affairs, Madagascar; Mr. Ibrahim Shareef Waheed, State Minister for Foreign Affairs, Maldives; Ms. Dewi Anggraini Prasetyo, Director General of Asia-Pacific and African Affairs, Indonesia.

The Secretary-General of IORA, Dr. Tanvir Hossain Mirza, presented the report of the IORA Secretariat in Ebene, Mauritius. Dialogue Partners China, Japan, Korea, Türkiye and the United States also attended.

Ministers welcomed the outcome of the 8th Indian Ocean Dialogue and thanked Bu Dewi for Indonesia's leadership of the working group on the blue economy. The closing session adopted the Colombo Communiqué.`,
    expected: {
      date: '2023-10-11',
      people: [
        ['Ranjith Samarasekera Wickramaratne', 'LK'],
        ['Mohammad Rafiqul Alam Chowdhury', 'BD'],
        ['Arvind Kumar Raghunathan', 'IN'],
        ['Sarah M. Llewellyn', 'AU'],
        ['Sipho Dlamini-Ngcobo', 'ZA'],
        ['Vikash Dookhun', 'MU'],
        ['Jean-Paul Labrosse', 'SC'],
        ['Hanitra Razafindrabe', 'MG'],
        ['Ibrahim Shareef Waheed', 'MV'],
        ['Dewi Anggraini Prasetyo', 'ID'],
        ['Tanvir Hossain Mirza', null],
      ],
      countries: ['AU', 'BD', 'CN', 'ID', 'IN', 'JP', 'KR', 'LK', 'MG', 'MU', 'MV', 'SC', 'TR', 'US', 'ZA'],
      blocs: ['IORA'],
      events: ['23rd IORA Council of Ministers Meeting', '8th Indian Ocean Dialogue'],
      organizations: ['IORA Secretariat'],
      places: ['Colombo', 'Ebene'],
    },
  },
  {
    id: 'bb-bimstec-trade-forum-2024',
    text: `BIMSTEC > Media > Press Releases

Business Leaders Gather for BIMSTEC Trade & Investment Forum 2024

PRESS RELEASE

Posted: 07 Oct 2024

Dhaka, Bangladesh – The BIMSTEC Trade & Investment Forum 2024 opened today in Dhaka, organised by the BIMSTEC Secretariat together with the Federation of Bangladesh Chambers of Commerce and Industry (FBCCI). The Forum follows up on the decisions of the fifth BIMSTEC Summit held in Colombo in 2022.

Speakers at the inaugural session:
• Ambassador Sushil Raj Bhattarai, Secretary General of BIMSTEC
• Ms. Nasreen Akhter Chowdhury, Senior Secretary, Ministry of Commerce of Bangladesh
• Mr. Sonam Tshering Dorji, Secretary of Economic Affairs, Bhutan
• Mr. Rajiv Menon Krishnan, Joint Secretary for Commerce, India
• Mr. Bishnu Prasad Adhikari, Secretary for Industry, Commerce and Supplies, Nepal
• Ms. Chathurika Jayasundara, Director-General of Commerce, Sri Lanka
• Mr. Kyaw Zin Htet, Deputy Director-General for Trade, Myanmar
• Ms. Pimchanok Srisawat, Deputy Director-General of the Department of Trade Negotiations, Thailand

Panels will discuss a BIMSTEC free trade agreement, customs cooperation and regional energy grids. Sessions are being held in the Padma Hall.

For media enquiries: media@bimstec-secretariat.example.org`,
    expected: {
      date: '2024-10-07',
      people: [
        ['Sushil Raj Bhattarai', null],
        ['Nasreen Akhter Chowdhury', 'BD'],
        ['Sonam Tshering Dorji', 'BT'],
        ['Rajiv Menon Krishnan', 'IN'],
        ['Bishnu Prasad Adhikari', 'NP'],
        ['Chathurika Jayasundara', 'LK'],
        ['Kyaw Zin Htet', 'MM'],
        ['Pimchanok Srisawat', 'TH'],
      ],
      countries: ['BD', 'BT', 'IN', 'LK', 'MM', 'NP', 'TH'],
      blocs: ['BIMSTEC'],
      events: ['BIMSTEC Trade & Investment Forum 2024', 'fifth BIMSTEC Summit'],
      organizations: [
        'BIMSTEC Secretariat',
        'Federation of Bangladesh Chambers of Commerce and Industry (FBCCI)',
        'Ministry of Commerce of Bangladesh',
        'Department of Trade Negotiations',
      ],
      places: ['Dhaka', 'Colombo'],
    },
  },
  {
    id: 'bb-mekong-lancang-fmm-9',
    text: `Joint Press Communiqué of the 9th Mekong-Lancang Cooperation Foreign Ministers' Meeting

Vientiane, Lao PDR, 18 August 2024

The 9th Mekong-Lancang Cooperation Foreign Ministers' Meeting was co-chaired by H.E. Phonesavanh Keomany, Minister of Foreign Affairs of the Lao PDR, and H.E. WANG Lihua, Vice Minister of Foreign Affairs of the People's Republic of China.

The meeting was attended by:
H.E. Nhem Sovandara, Secretary of State for Foreign Affairs, Cambodia
Mr. Zaw Min Latt, Permanent Secretary for Foreign Affairs, Myanmar
Mr. Kittipong Rattanawongsa, Deputy Permanent Secretary for Foreign Affairs, Thailand
H.E. Đỗ Thanh Bình, Deputy Minister of Foreign Affairs, Viet Nam
Mr. ZHAO Qingyun, Director-General for Asian Affairs, China

The Ministers reviewed the Five-Year Plan of Action on Mekong-Lancang Cooperation (2023–2027) and welcomed the activities of the Lancang-Mekong Water Resources Cooperation Center. Delegates made a field visit to an irrigation scheme in Xayaburi Province. The Ministers agreed to celebrate Mekong-Lancang Week 2024 in all six countries.`,
    expected: {
      date: '2024-08-18',
      people: [
        ['Phonesavanh Keomany', 'LA'],
        ['Wang Lihua', 'CN'],
        ['Nhem Sovandara', 'KH'],
        ['Zaw Min Latt', 'MM'],
        ['Kittipong Rattanawongsa', 'TH'],
        ['Đỗ Thanh Bình', 'VN'],
        ['Zhao Qingyun', 'CN'],
      ],
      countries: ['CN', 'KH', 'LA', 'MM', 'TH', 'VN'],
      blocs: ['Mekong-Lancang Cooperation'],
      events: ["9th Mekong-Lancang Cooperation Foreign Ministers' Meeting", 'Mekong-Lancang Week 2024'],
      organizations: ['Lancang-Mekong Water Resources Cooperation Center'],
      places: ['Vientiane', 'Xayaburi Province'],
    },
  },
  {
    id: 'bb-fiji-vanuatu-jbc-4',
    text: `Home > Media Releases

Joint Statement on the Fourth Session of the Fiji–Vanuatu Joint Bilateral Commission

Port Vila, 2 May 2022 –

The Fourth Session of the Fiji–Vanuatu Joint Bilateral Commission was held in Port Vila on 29 and 30 April 2022. It was co-chaired by Vanuatu's Minister of Foreign Affairs, International Cooperation and External Trade, Hon. Marie-Louise Nakou Tevi, and Fiji's Minister for Foreign Affairs, Hon. Apakuki Naulumatua Raikadroka.

Senior officials supporting the co-chairs were Mr. Ropate Q. Vakaloloma, Permanent Secretary for Foreign Affairs of Fiji, and Ms. Florence Marake Iati, Director-General of Foreign Affairs of Vanuatu.

The Commission reviewed cooperation in labour mobility, kava trade and Biosecurity. The Biosecurity Authority of Fiji (BAF) and the Vanuatu Department of Biosecurity agreed to exchange technical staff. Both sides also agreed to coordinate their positions within the Pacific Islands Forum. The closing session was held in Conference Room 2.

The next session will be held in Suva in 2024.`,
    expected: {
      date: '2022-05-02',
      people: [
        ['Marie-Louise Nakou Tevi', 'VU'],
        ['Apakuki Naulumatua Raikadroka', 'FJ'],
        ['Ropate Q. Vakaloloma', 'FJ'],
        ['Florence Marake Iati', 'VU'],
      ],
      countries: ['FJ', 'VU'],
      blocs: ['Pacific Islands Forum'],
      events: ['Fourth Session of the Fiji–Vanuatu Joint Bilateral Commission'],
      organizations: ['Biosecurity Authority of Fiji (BAF)', 'Vanuatu Department of Biosecurity'],
      places: ['Port Vila', 'Suva'],
    },
  },
  {
    id: 'bb-andean-nordic-joint-council-2',
    text: `Second Session of the Andean – Nordic Joint Council on Mining and Energy Transition

Quito / Oslo, 30 November 2023

The Second Session of the Andean – Nordic Joint Council on Mining and Energy Transition was held in hybrid format, with delegations meeting in Quito and connecting from Oslo. The Andean – Nordic Joint Council, established in 2021 between member countries of the Andean Community and the Nordic countries, promotes responsible mining and transparent critical minerals supply chains.

Co-chairs: Ecuador's Vice-Minister of Mines, Paúl Esteban Villacís Andrade, and Norway's State Secretary for International Development, Kari-Anne Løvås Strand.

Delegations:
Colombia – Natalia Andrea Galvis Ocampo, Director of Mining Formalisation
Peru – Raúl Ernesto Chambi Condori, Vice-Minister of Mines
Bolivia – Marcelo Antonio Quisbert Flores, Vice-Minister of Mining Policy
Finland – Juha-Pekka Väänänen, Director for Mineral Policy
Sweden – Karin Öhrström-Dahl, Senior Adviser on Critical Raw Materials
Denmark – Søren Bech-Kjeldsen, Head of Section for Green Transition

The Council took note of the technical assistance offered by the Geological Survey of Finland (GTK) and the Nordic Development Fund (NDF), and agreed to hold a Workshop on Tailings Management & Water in La Paz in 2024.`,
    expected: {
      date: '2023-11-30',
      people: [
        ['Paúl Esteban Villacís Andrade', 'EC'],
        ['Kari-Anne Løvås Strand', 'NO'],
        ['Natalia Andrea Galvis Ocampo', 'CO'],
        ['Raúl Ernesto Chambi Condori', 'PE'],
        ['Marcelo Antonio Quisbert Flores', 'BO'],
        ['Juha-Pekka Väänänen', 'FI'],
        ['Karin Öhrström-Dahl', 'SE'],
        ['Søren Bech-Kjeldsen', 'DK'],
      ],
      countries: ['BO', 'CO', 'DK', 'EC', 'FI', 'NO', 'PE', 'SE'],
      blocs: ['Andean Community'],
      events: [
        'Second Session of the Andean – Nordic Joint Council on Mining and Energy Transition',
        'Workshop on Tailings Management & Water',
      ],
      organizations: [
        'Andean – Nordic Joint Council',
        'Geological Survey of Finland (GTK)',
        'Nordic Development Fund (NDF)',
      ],
      places: ['Quito', 'Oslo', 'La Paz'],
    },
  },
  {
    id: 'bb-asean-rok-dialogue-27',
    text: `Home > Media Statements

Chair's Statement of the 27th ASEAN-Republic of Korea Dialogue

Kuala Lumpur, 3 April 2025

1. The 27th ASEAN-Republic of Korea Dialogue was held in Kuala Lumpur, Malaysia. It was co-chaired by Tan Sri Rahman bin Hashim, Secretary-General of the Ministry of Foreign Affairs of Malaysia, and Ms. KIM Seo-yeon, Deputy Minister for Political Affairs of the Republic of Korea.

2. Heads of delegation: Brunei Darussalam: Ms. Siti Norhayati binti Abdul Rahim; Cambodia: Mr. Sok Chenda Vathana; Indonesia: Bu Lestari; Lao PDR: Mr. Thongphanh Sisoulath; Myanmar: Dr. Hla Myo Thant; Philippines: Mr. Jose Antonio L. Manalastas III; Singapore: Ms. Chua Li Ting; Thailand: Mr. Chatchai Boonsiri; Viet Nam: Mr. Nguyễn Đức Tùng. Timor-Leste was represented by Mr. Aderito da Costa Soares as an observer.

3. The Meeting welcomed the work of the ASEAN-Korea Centre in Seoul and looked forward to the ASEAN-Korea Year of Cultural Exchange 2025.

4. The Meeting exchanged views on regional and international issues, including maritime security and the humanitarian situation in Myanmar.`,
    expected: {
      date: '2025-04-03',
      people: [
        ['Rahman bin Hashim', 'MY'],
        ['Kim Seo-yeon', 'KR'],
        ['Siti Norhayati binti Abdul Rahim', 'BN'],
        ['Sok Chenda Vathana', 'KH'],
        ['Lestari', 'ID'],
        ['Thongphanh Sisoulath', 'LA'],
        ['Hla Myo Thant', 'MM'],
        ['Jose Antonio L. Manalastas III', 'PH'],
        ['Chua Li Ting', 'SG'],
        ['Chatchai Boonsiri', 'TH'],
        ['Nguyễn Đức Tùng', 'VN'],
        ['Aderito da Costa Soares', 'TL'],
      ],
      countries: ['BN', 'ID', 'KH', 'KR', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
      blocs: ['ASEAN'],
      events: ['27th ASEAN-Republic of Korea Dialogue', 'ASEAN-Korea Year of Cultural Exchange 2025'],
      organizations: ['Ministry of Foreign Affairs of Malaysia', 'ASEAN-Korea Centre'],
      places: ['Kuala Lumpur', 'Seoul'],
    },
  },
  {
    id: 'bb-pif-ocean-accounts-workshop',
    text: `Home > Newsroom

Pacific Statisticians Meet for Regional Workshop on Ocean Accounts & Data

PRESS RELEASE

For immediate release

By Losana Vuki, Communications Officer, Pacific Islands Forum Secretariat

Apia, Samoa – Monday 5 June 2023

The Regional Workshop on Ocean Accounts & Data opened today in Apia, bringing together national statisticians from the 18 members of the Pacific Islands Forum. The workshop is co-organised by the Pacific Islands Forum Secretariat, the Pacific Community (SPC) and the Samoa Bureau of Statistics.

Opening Remarks were delivered by the Deputy Secretary General of the Forum Secretariat. Samoa's Government Statistician, Mr. Aleki Sapolu Tauiliili, welcomed participants to Conference Room 2 and stressed that good ocean data underpins fisheries and climate decisions.

Dr. Mere Tuilagi-Fonoti of the University of the South Pacific (USP) will lead the sessions on Ocean Accounts and Blue Carbon during the week.

For more information contact: media@forumsec.example.org`,
    expected: {
      date: '2023-06-05',
      people: [
        ['Losana Vuki', null],
        ['Aleki Sapolu Tauiliili', 'WS'],
        ['Mere Tuilagi-Fonoti', null],
      ],
      countries: ['WS'],
      blocs: ['Pacific Islands Forum'],
      events: ['Regional Workshop on Ocean Accounts & Data'],
      organizations: [
        'Pacific Islands Forum Secretariat',
        'Pacific Community (SPC)',
        'Samoa Bureau of Statistics',
        'University of the South Pacific (USP)',
      ],
      places: ['Apia'],
    },
  },
  {
    id: 'bb-sadc-organ-troika-extraordinary',
    text: `SADC Secretariat > Media > Communiqués

Communiqué of the Extraordinary Summit of the SADC Organ Troika

Issued on 14 February 2024, Gaborone

Heads of State and Government and representatives of the Troika met in Gaborone, Republic of Botswana, under the chairmanship of H.E. Bwalya Chisanga Mulenga, President of the Republic of Zambia and Chairperson of the SADC Organ on Politics, Defence and Security Cooperation.

The Summit was attended by:
- H.E. Kabelo Tshekedi Moatlhodi, Vice-President of the Republic of Botswana
- Hon. Rehema Juma Msuya, Minister of Foreign Affairs and East African Cooperation, United Republic of Tanzania
- Hon. Chimwemwe Nyirenda Msiska, Minister of Foreign Affairs, Republic of Malawi
- H.E. Eduardo Armando Mabunda Cossa, Minister of National Defence, Republic of Mozambique
- Hon. Lerato Mathabo Ramoholi, Minister of Foreign Affairs and International Relations, Kingdom of Lesotho
- H.E. Jean-Marie Kalonji Mbuyi, Deputy Prime Minister, Democratic Republic of the Congo
- H.E. Dr. Tendai Farai Nyathi, Executive Secretary of SADC

Summit received a report on the SADC Mission in Mozambique (SAMIM) and commended the troops deployed in Cabo Delgado Province. Summit also expressed concern over the security situation in the eastern Democratic Republic of the Congo and directed the Secretariat to prepare options for regional support.

The closing session was followed by a press briefing.`,
    expected: {
      date: '2024-02-14',
      people: [
        ['Bwalya Chisanga Mulenga', 'ZM'],
        ['Kabelo Tshekedi Moatlhodi', 'BW'],
        ['Rehema Juma Msuya', 'TZ'],
        ['Chimwemwe Nyirenda Msiska', 'MW'],
        ['Eduardo Armando Mabunda Cossa', 'MZ'],
        ['Lerato Mathabo Ramoholi', 'LS'],
        ['Jean-Marie Kalonji Mbuyi', 'CD'],
        ['Tendai Farai Nyathi', null],
      ],
      countries: ['BW', 'CD', 'LS', 'MW', 'MZ', 'TZ', 'ZM'],
      blocs: ['SADC'],
      events: ['Extraordinary Summit of the SADC Organ Troika'],
      organizations: [
        'SADC Organ on Politics, Defence and Security Cooperation',
        'SADC Mission in Mozambique (SAMIM)',
      ],
      places: ['Gaborone', 'Cabo Delgado Province'],
    },
  },
  {
    id: 'bb-ecowas-ecreee-validation-workshop',
    text: `ECOWAS Centre for Renewable Energy and Energy Efficiency > News

ECOWAS to Host Regional Validation Workshop on Renewable Energy Policy Review

COMMUNIQUÉ DE PRESSE / PRESS RELEASE

No. 067/2021

Praia, 2 June 2021 – The ECOWAS Centre for Renewable Energy and Energy Efficiency (ECREEE) announces that the Regional Validation Workshop on the Review of the ECOWAS Renewable Energy Policy will take place from 14 to 16 June 2021 in Praia, Cabo Verde.

Experts from the fifteen ECOWAS Member States, the West African Power Pool (WAPP) and the ECOWAS Regional Electricity Regulatory Authority (ERERA) will review the draft policy, its targets for 2030 and the chapters on Mini-Grids, Clean Cooking and Bioenergy Sustainability.

The opening ceremony, to be held in the Amílcar Cabral Conference Hall, will be chaired by the Minister of Industry, Commerce and Energy of Cabo Verde. The closing session will adopt the validated policy for submission to ministers.

Accreditation requests: info@ecreee.example.org`,
    expected: {
      date: '2021-06-02',
      people: [],
      countries: ['CV'],
      blocs: ['ECOWAS'],
      events: ['Regional Validation Workshop on the Review of the ECOWAS Renewable Energy Policy'],
      organizations: [
        'ECOWAS Centre for Renewable Energy and Energy Efficiency (ECREEE)',
        'West African Power Pool (WAPP)',
        'ECOWAS Regional Electricity Regulatory Authority (ERERA)',
      ],
      places: ['Praia'],
    },
  },
  {
    id: 'bb-kenya-uganda-south-sudan-tjpc-3',
    text: `Joint Communiqué of the 3rd Tripartite Joint Permanent Commission between Kenya, Uganda and South Sudan

Juba, 28th November 2022

The Commission met in Juba from 25 to 27 November 2022, chaired by Hon. Rebecca Nyankiir Thon, Minister of Foreign Affairs and International Cooperation of the Republic of South Sudan.

Heads of delegation:

Republic of Kenya – Hon. Wanjiru Njeri Kamau-Otieno, Cabinet Secretary for Foreign and Diaspora Affairs; Amb. Abdi Farah Hassan, Principal Secretary for Foreign Affairs.

Republic of Uganda – Hon. Patrick Ssemwanga Kiggundu, Minister of State for Regional Cooperation; Eng. Grace Apio Ochieng, Permanent Secretary, Ministry of Works and Transport.

Republic of South Sudan – Mr. Gatluak Riek Puok, Undersecretary for Foreign Affairs.

The delegations reviewed the extension of the railway line from Malaba to Kampala and onward to Juba, trade facilitation at the Nimule border crossing, and the operations of the Northern Corridor Transit and Transport Coordination Authority (NCTTCA), whose Executive Secretary, Ms. Agnes Chebet Wanyama, briefed the Commission. The three countries reaffirmed their commitment to deepening integration within the East African Community (EAC).

The opening ceremony and the closing session were held in the Ministry's Conference Hall.`,
    expected: {
      date: '2022-11-28',
      people: [
        ['Rebecca Nyankiir Thon', 'SS'],
        ['Wanjiru Njeri Kamau-Otieno', 'KE'],
        ['Abdi Farah Hassan', 'KE'],
        ['Patrick Ssemwanga Kiggundu', 'UG'],
        ['Grace Apio Ochieng', 'UG'],
        ['Gatluak Riek Puok', 'SS'],
        ['Agnes Chebet Wanyama', null],
      ],
      countries: ['KE', 'SS', 'UG'],
      blocs: ['EAC'],
      events: ['3rd Tripartite Joint Permanent Commission between Kenya, Uganda and South Sudan'],
      organizations: [
        'Ministry of Works and Transport',
        'Northern Corridor Transit and Transport Coordination Authority (NCTTCA)',
      ],
      places: ['Juba', 'Malaba', 'Kampala', 'Nimule'],
    },
  },
  {
    id: 'bb-au-psc-1150',
    text: `Communiqué of the 1150th Meeting of the Peace and Security Council

PSC/PR/COMM.1150 (2023)

The Peace and Security Council (PSC) of the African Union, at its 1150th meeting held on 12 April 2023, on the situation in the eastern Democratic Republic of the Congo (DRC):

Noting the opening statement by H.E. Ambassador Ramadhani Mwinyi-Kombo, Permanent Representative of the United Republic of Tanzania and Chairperson of the PSC for April 2023, and the presentation by H.E. Ambassador Moussa Idriss Mahamat-Saleh, Commissioner for Political Affairs, Peace and Security of the AU Commission;

Also noting the statements by H.E. Ambassador Thérèse Mbombo Kabasele, Permanent Representative of the DRC, and by Rwanda's Permanent Representative, H.E. Ambassador Olivier Kayitare Mugisha, as well as by Angola's Secretary of State for External Relations, Esmeralda Domingas Cassule Neto, on the mediation efforts led by Angola;

Further noting the statements by Dr. Lydia Nafula Wekesa, Deputy Secretary General of the East African Community, and by Mr. Alessandro Caputo-Ferri, Head of the United Nations Office to the African Union (UNOAU);

Acting under Article 7 of its Protocol, the Council:

1. Expresses deep concern over the humanitarian situation in and around Goma, North Kivu Province;

2. Requests the Chairperson of the Commission to submit a report on the implementation of the ceasefire within 30 days;

3. Decides to remain actively seized of the matter.`,
    expected: {
      date: '2023-04-12',
      people: [
        ['Ramadhani Mwinyi-Kombo', 'TZ'],
        ['Moussa Idriss Mahamat-Saleh', null],
        ['Thérèse Mbombo Kabasele', 'CD'],
        ['Olivier Kayitare Mugisha', 'RW'],
        ['Esmeralda Domingas Cassule Neto', 'AO'],
        ['Lydia Nafula Wekesa', null],
        ['Alessandro Caputo-Ferri', null],
      ],
      countries: ['AO', 'CD', 'RW', 'TZ'],
      blocs: ['African Union', 'EAC'],
      events: ['1150th Meeting of the Peace and Security Council'],
      organizations: [
        'Peace and Security Council (PSC)',
        'AU Commission',
        'United Nations Office to the African Union (UNOAU)',
      ],
      places: ['Goma', 'North Kivu Province'],
    },
  },
  {
    id: 'bb-oas-youth-ambassadors',
    text: `Organization of American States > Press Releases

OAS Secretary General Receives Caribbean Youth Ambassadors

This week at OAS headquarters in Washington, D.C., the Secretary General of the Organization of American States, Luis Enrique Castañeda Moreira, received a delegation of youth ambassadors taking part in the Inter-American Youth Leadership Week.

The delegation was led by Ms. Shanique O. Bramble of Saint Vincent and the Grenadines and included Mr. Jaden Ali-Mohammed of Trinidad and Tobago and Ms. Océane Pierre-Louis of Haiti. The meeting took place in the Simón Bolívar Room.

The young leaders presented proposals on climate education, youth employment and online safety, prepared with the support of the OAS Department of Human Development, Education and Employment. The Secretary General encouraged them to share their proposals with their national authorities and to stay engaged with the hemispheric youth network.`,
    expected: {
      date: null,
      people: [
        ['Luis Enrique Castañeda Moreira', null],
        ['Shanique O. Bramble', 'VC'],
        ['Jaden Ali-Mohammed', 'TT'],
        ['Océane Pierre-Louis', 'HT'],
      ],
      countries: ['HT', 'TT', 'VC'],
      blocs: ['OAS'],
      events: ['Inter-American Youth Leadership Week'],
      organizations: ['OAS Department of Human Development, Education and Employment'],
      places: ['Washington, D.C.'],
    },
  },
  {
    id: 'bb-china-celac-st-forum-3',
    text: `Joint Press Release: 3rd China-CELAC Science & Technology Innovation Forum

Chongqing, 2024/11/06

The 3rd China-CELAC Science & Technology Innovation Forum was held in Chongqing, co-hosted by the Chongqing Municipal People's Government. It was co-chaired by Mr. ZHANG Ruoxi, Vice Minister of Science and Technology of China, and Ms. Karla Verónica Salgado Pineda, Vice-Minister of Science, Technology and Innovation of Honduras, on behalf of the CELAC Pro Tempore Presidency.

Participating delegations were headed by:
Brazil: Mr. Thiago Henrique Barros Cavalcanti
Cuba: Ms. Odalys Ferrer Castellanos
Colombia: Ms. Luisa María Echeverri Gutiérrez
Uruguay: Mr. Federico Nicolás Sosa Bentancor
Dominican Republic: Mr. Ramón Emilio Jiménez Collado
Guyana: Dr. Ravindra Persaud-Singh

The Forum launched the China-CELAC Technology Transfer Center and agreed on a joint call for research projects on agricultural biotechnology, Biosafety and clean energy. The closing session was followed by visits to local laboratories.`,
    expected: {
      date: '2024-11-06',
      people: [
        ['Zhang Ruoxi', 'CN'],
        ['Karla Verónica Salgado Pineda', 'HN'],
        ['Thiago Henrique Barros Cavalcanti', 'BR'],
        ['Odalys Ferrer Castellanos', 'CU'],
        ['Luisa María Echeverri Gutiérrez', 'CO'],
        ['Federico Nicolás Sosa Bentancor', 'UY'],
        ['Ramón Emilio Jiménez Collado', 'DO'],
        ['Ravindra Persaud-Singh', 'GY'],
      ],
      countries: ['BR', 'CN', 'CO', 'CU', 'DO', 'GY', 'HN', 'UY'],
      blocs: ['CELAC'],
      events: ['3rd China-CELAC Science & Technology Innovation Forum'],
      organizations: ["Chongqing Municipal People's Government", 'China-CELAC Technology Transfer Center'],
      places: ['Chongqing'],
    },
  },
  {
    id: 'bb-triple-frontier-tripartite-command',
    text: `Argentina, Brazil and Paraguay Hold Tripartite Command Meeting on Border Security

Foz do Iguaçu, Paraná, March 19, 2019 – Security authorities of Argentina, Brazil and Paraguay held the 24th meeting of the Tripartite Command of the Triple Frontier in Foz do Iguaçu, with delegations travelling from Puerto Iguazú and Ciudad del Este.

The Brazilian delegation was headed by Mr. Marcos Vinícius Sampaio de Andrade, Superintendent of the Brazilian Federal Police in Paraná, accompanied by Ms. Ana Cláudia Guimarães dos Reis of the Ministry of Justice and Public Security. The Argentine delegation was led by Commissioner General Héctor Raúl Benegas Ibarra of the Argentine Federal Police, and the Paraguayan delegation by Commissioner Ramón Darío Giménez Cáceres of the National Police, together with Ms. Liz Mabel Ortiz de Benítez of the Secretariat for the Prevention of Money Laundering (SEPRELAD).

Mr. Daniel K. Hollister, Legal Attaché at the Embassy of the United States in Brasília, attended as an observer.

The delegations agreed to set up a joint intelligence cell and to report to the Mercosur ministers of the interior before the end of the year.`,
    expected: {
      date: '2019-03-19',
      people: [
        ['Marcos Vinícius Sampaio de Andrade', 'BR'],
        ['Ana Cláudia Guimarães dos Reis', 'BR'],
        ['Héctor Raúl Benegas Ibarra', 'AR'],
        ['Ramón Darío Giménez Cáceres', 'PY'],
        ['Liz Mabel Ortiz de Benítez', 'PY'],
        ['Daniel K. Hollister', 'US'],
      ],
      countries: ['AR', 'BR', 'PY', 'US'],
      blocs: ['Mercosur'],
      events: ['24th meeting of the Tripartite Command of the Triple Frontier'],
      organizations: [
        'Brazilian Federal Police',
        'Ministry of Justice and Public Security',
        'Argentine Federal Police',
        'National Police',
        'Secretariat for the Prevention of Money Laundering (SEPRELAD)',
        'Embassy of the United States in Brasília',
      ],
      places: ['Foz do Iguaçu', 'Paraná', 'Puerto Iguazú', 'Ciudad del Este', 'Brasília'],
    },
  },
  {
    id: 'bb-au-stc-ardwe-4',
    text: `African Union > Newsroom

Fourth Ordinary Session of the Specialised Technical Committee on Agriculture, Rural Development, Water & Environment

Kigali, Rwanda – 27 October 2021

Ministers of the Member States of the African Union met in Kigali from 25 to 27 October for the Fourth Ordinary Session of the Committee, preceded by a meeting of experts. The Specialised Technical Committee on Agriculture, Rural Development, Water & Environment (STC-ARDWE) is one of the AU's sectoral ministerial bodies.

Bureau of the session:
Hon. Dr. Clémentine Uwamahoro Ingabire, Minister of Agriculture and Animal Resources, Rwanda – Chair
Hon. Dr. Selam Tesfaye Gebremedhin, State Minister of Agriculture, Ethiopia – 1st Vice-Chair
Hon. Mohamed Lamine Kaba-Sylla, Minister of Agriculture and Livestock, Guinea – 2nd Vice-Chair
Hon. Pendukeni Nelao Amupolo, Deputy Minister of Agriculture, Water and Land Reform, Namibia – 3rd Vice-Chair
Hon. Moustafa Ahmed El-Sherbiny, Deputy Minister of Water Resources and Irrigation, Egypt – Rapporteur

Other heads of delegation included Hon. Abubakar Sadiq Lawan, Minister of State for Agriculture of Nigeria; Hon. Esi Ampofo Mensah-Bonsu, Deputy Minister of Food and Agriculture of Ghana; and H.E. Aurélie Nzé Mba Ondo, Minister of Water and Forests of Gabon.

H.E. Ambassador Naledi Mosotho Sekhukhune, Commissioner for Agriculture, Rural Development, Blue Economy and Sustainable Environment of the African Union Commission, and Dr. Samuel Ocran Boateng of the African Union Development Agency (AUDA-NEPAD) presented the continental Biosafety framework and the report on drought resilience.

The Committee adopted the Kigali Recommendations. The closing session was followed by a field visit.`,
    expected: {
      date: '2021-10-27',
      people: [
        ['Clémentine Uwamahoro Ingabire', 'RW'],
        ['Selam Tesfaye Gebremedhin', 'ET'],
        ['Mohamed Lamine Kaba-Sylla', 'GN'],
        ['Pendukeni Nelao Amupolo', 'NA'],
        ['Moustafa Ahmed El-Sherbiny', 'EG'],
        ['Abubakar Sadiq Lawan', 'NG'],
        ['Esi Ampofo Mensah-Bonsu', 'GH'],
        ['Aurélie Nzé Mba Ondo', 'GA'],
        ['Naledi Mosotho Sekhukhune', null],
        ['Samuel Ocran Boateng', null],
      ],
      countries: ['EG', 'ET', 'GA', 'GH', 'GN', 'NA', 'NG', 'RW'],
      blocs: ['African Union'],
      events: [
        'Fourth Ordinary Session of the Specialised Technical Committee on Agriculture, Rural Development, Water & Environment',
      ],
      organizations: [
        'Specialised Technical Committee on Agriculture, Rural Development, Water & Environment (STC-ARDWE)',
        'African Union Commission',
        'African Union Development Agency (AUDA-NEPAD)',
      ],
      places: ['Kigali'],
    },
  },
  {
    id: 'bb-pacific-alliance-hlg-45',
    text: `Pacific Alliance > Press

Pacific Alliance Vice-Ministers Review Accession Processes

Wednesday, August 9, 2023

Santiago – The 45th meeting of the High Level Group of the Pacific Alliance took place today in Santiago under the Pro Tempore Presidency of Chile. The Chilean Undersecretary of International Economic Relations, Ximena Alejandra Fuenzalida Prieto, chaired the session, which reviewed the accession processes of Ecuador and Costa Rica.

Vice-ministers and national coordinators of Colombia, Mexico and Peru attended. Peru's national coordinator, Marisol Tapia Huanca, presented the cooperation report and the programme of the Pacific Alliance Week 2023, to be held in Lima in November.

The Group also discussed the relaunch of the student mobility platform. A press briefing was held after the meeting.`,
    expected: {
      date: '2023-08-09',
      people: [
        ['Ximena Alejandra Fuenzalida Prieto', 'CL'],
        ['Marisol Tapia Huanca', 'PE'],
      ],
      countries: ['CL', 'CO', 'CR', 'EC', 'MX', 'PE'],
      blocs: ['Pacific Alliance'],
      events: ['45th meeting of the High Level Group of the Pacific Alliance', 'Pacific Alliance Week 2023'],
      organizations: [],
      places: ['Santiago', 'Lima'],
    },
  },
  {
    id: 'bb-turkiye-azerbaijan-georgia-trilateral',
    text: `Joint Declaration of the 11th Trilateral Meeting of the Ministers of Foreign Affairs of Türkiye, Azerbaijan and Georgia

Tbilisi, 16 March 2025

The Ministers of Foreign Affairs of the three countries met in Tbilisi at the invitation of Ms. Tamar Gelashvili-Beridze, Minister of Foreign Affairs of Georgia.

The delegations were headed by Mr. Mehmet Emre Şahinoğlu, Minister of Foreign Affairs of the Republic of Türkiye, and Mr. Elnur Rashad oglu Mammadli, Minister of Foreign Affairs of the Republic of Azerbaijan. They were accompanied by Deputy Ministers Ayşegül Demirtaş Kaya (Türkiye), Leyla Huseynova (Azerbaijan) and Giorgi Tsiklauri (Georgia).

The Ministers reviewed trilateral cooperation in transport, energy and trade, including the modernisation of the railway connecting the three countries, and welcomed the opening of the Trilateral Business Forum & Expo in Batumi. They reaffirmed their support for the sovereignty and territorial integrity of their states and welcomed the European Union's engagement in the region.

The next meeting will be held in Baku in 2026.`,
    expected: {
      date: '2025-03-16',
      people: [
        ['Tamar Gelashvili-Beridze', 'GE'],
        ['Mehmet Emre Şahinoğlu', 'TR'],
        ['Elnur Rashad oglu Mammadli', 'AZ'],
        ['Ayşegül Demirtaş Kaya', 'TR'],
        ['Leyla Huseynova', 'AZ'],
        ['Giorgi Tsiklauri', 'GE'],
      ],
      countries: ['AZ', 'GE', 'TR'],
      blocs: ['EU'],
      events: [
        '11th Trilateral Meeting of the Ministers of Foreign Affairs of Türkiye, Azerbaijan and Georgia',
        'Trilateral Business Forum & Expo',
      ],
      organizations: [],
      places: ['Tbilisi', 'Batumi', 'Baku'],
    },
  },
  {
    id: 'bb-caricom-sg-condolence',
    text: `Statement by the Secretary-General of the Caribbean Community on the Passing of Sir Edmund A. Harewood

Georgetown, Guyana, Friday, 15 March 2024

The Caribbean Community (CARICOM) is deeply saddened by the passing of Sir Edmund A. Harewood, former Minister of Foreign Affairs of Saint Kitts and Nevis and a tireless champion of regional integration.

Sir Edmund served his country with distinction for more than three decades and was a leading voice in the Council for Foreign and Community Relations (COFCOR).

The Secretary-General, Dr. Winston A. Grenville-Moore, said: "The Region has lost a statesman whose wisdom guided our Community through difficult times." A book of condolence will be opened at the CARICOM Secretariat on Monday.

The Community extends its deepest condolences to his family and to the Government and people of Saint Kitts and Nevis.

For more information: communications@caricom-secretariat.example.org`,
    expected: {
      date: '2024-03-15',
      people: [
        ['Edmund A. Harewood', 'KN'],
        ['Winston A. Grenville-Moore', null],
      ],
      countries: ['GY', 'KN'],
      blocs: ['CARICOM'],
      events: [],
      organizations: ['Council for Foreign and Community Relations (COFCOR)', 'CARICOM Secretariat'],
      places: ['Georgetown'],
    },
  },
];
