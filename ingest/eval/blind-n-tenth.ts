import type { EvalCase } from './eval-set';

/**
 * Blind N (tenth round): 40 announcements written for this project on 2026-12-02, BLIND — without reading
 * the extraction rules, the other evaluation sets, or running the extractor. Texts invented.
 *
 * Styles: (1) foreign ministries' readouts and statements — third-person phone-call and meeting readouts
 * (Japanese-style numbered overviews with FAMILY-name capitals, Korean press releases with hit counters),
 * first-person ministerial statements ("I", "we"), political consultations, joint statements with
 * signature blocks, and spokesperson briefing transcripts with Q&A; (2) communiqués of regional bodies
 * and joint commissions (SADC, UEMOA, IGAD, MSG, BIMP-EAGA, Mercosur, SICA, 5+5 Dialogue, GCC, Visegrad
 * Group, bilateral joint/intergovernmental commissions) with participants as bullet lines, as
 * "Name (Country)", as text tables, as dotted lists and as "the delegations of X were led by ...";
 * (3) embassies', consulates', sector ministries' (health, agriculture, education, defence, culture,
 * sport, science, trade) and provincial governments' releases with datelines in French, Spanish,
 * Portuguese, Indonesian, Polish and Icelandic, header blocks (PRESS RELEASE, reference numbers,
 * "For immediate release", contact lines), by-lines, sign-offs, and saved-web-page leftovers (cookie
 * notices, share bars, view counters, related links). Names cover many traditions (diacritics,
 * particles, patronymics, double surnames, family-name-first capitals, initials, suffixes, nicknames,
 * honorifics and chiefly titles); three items have no full date and three name no person.
 * Held out while the tenth round was made (its authors never read it).
 * FIRST RUN, on main at a27534a (the extractor of the tenth session's start, before the tenth round):
 *   people         P 0.929 R 0.881 F1 0.904 (156/12/21)
 *   countries      P 0.988 R 0.994 F1 0.991 (168/2/1)
 *   blocs          P 0.970 R 0.727 F1 0.831 (32/1/12)
 *   events         P 0.938 R 0.849 F1 0.891 (45/3/8)
 *   organizations  P 0.671 R 0.520 F1 0.586 (51/25/47)
 *   places         P 1.000 R 0.584 F1 0.737 (101/0/72)
 *   date accuracy 0.950; person country acc. 0.756
 * After the tenth round (its one merged branch, r10-ents, never read this set; main 98baf4e):
 *   people         P 0.929 R 0.881 F1 0.904 (156/12/21)
 *   countries      P 0.988 R 0.994 F1 0.991 (168/2/1)
 *   blocs          P 0.921 R 0.795 F1 0.854 (35/3/9)
 *   events         P 0.938 R 0.849 F1 0.891 (45/3/8)
 *   organizations  P 0.671 R 0.520 F1 0.586 (51/25/47)
 *   places         P 1.000 R 0.584 F1 0.737 (101/0/72)
 *   date accuracy 0.975; person country acc. 0.769
 */
export const BLIND_N: EvalCase[] = [
  // ---------------------------------------------------------------------------------------------
  // 1. Foreign ministries: readouts, statements, consultations, joint statements, briefings
  // ---------------------------------------------------------------------------------------------
  {
    id: 'n10-sn-cz-phone-call',
    text: `Accueil > Actualités > Communiqués de presse
Ministry of African Integration and Foreign Affairs of the Republic of Senegal

Telephone conversation between Minister Aïssatou Sow Diallo and her Czech counterpart

Dakar, le 14 janvier 2026

On Tuesday afternoon, the Minister of African Integration and Foreign Affairs, Mrs Aïssatou Sow Diallo, held a telephone conversation with Mr Jiří Dvořáček, Minister of Foreign Affairs of the Czech Republic.

The two ministers reviewed the preparations for a visit by a Czech business delegation to Dakar and Thiès in the first quarter of the year, with a focus on rail rolling stock and drinking-water treatment. Mrs Sow Diallo welcomed the interest shown by Czech firms in the special economic zone of Diamniadio.

Mr Dvořáček briefed his counterpart on Czechia's priorities for the partnership between the EU and ECOWAS. Both ministers agreed to hold the next round of political consultations in Prague before the summer and to remain in close contact.

Partager : Facebook | X | LinkedIn | Imprimer`,
    expected: {
      date: '2026-01-14',
      people: [
        ['Aïssatou Sow Diallo', 'SN'],
        ['Jiří Dvořáček', 'CZ'],
      ],
      countries: ['CZ', 'SN'],
      blocs: ['EU', 'ECOWAS'],
      events: [],
      organizations: ['Ministry of African Integration and Foreign Affairs of the Republic of Senegal'],
      places: ['Dakar', 'Thiès', 'Diamniadio', 'Prague'],
    },
  },
  {
    id: 'n10-jp-mn-foreign-ministers',
    text: `Home > Foreign Policy > Countries & Regions > Mongolia
Japan-Mongolia Foreign Ministers' Meeting

February 9, 2026

1. On February 9, commencing at 4:15 p.m. for approximately 55 minutes, Ms. TAKAHASHI Mioko, Minister for Foreign Affairs of Japan, held a meeting with Mr. BAYARSAIKHAN Temuulen, Minister for Foreign Affairs of Mongolia, who is visiting Japan as a Guest of the Ministry of Foreign Affairs of Japan. The meeting was followed by a working dinner. The overview is as follows.

2. Minister TAKAHASHI welcomed Minister BAYARSAIKHAN to Tokyo and stated that Japan would continue to support Mongolia's democracy and market economy as a partner sharing fundamental values. In response, the Mongolian side expressed its appreciation for Japan's assistance, including the new airport terminal, and for the training of young engineers in Osaka and Fukuoka.

3. The two ministers concurred to hold the 4th Meeting of the Japan-Mongolia Economic Partnership Joint Committee in Ulaanbaatar within this year, with a view to expanding cooperation on rare earths, copper processing in the South Gobi and green hydrogen.

4. The two ministers also exchanged views on regional affairs and concurred to keep working closely together in international fora.

(Reference) This is Minister BAYARSAIKHAN's first visit to Japan since assuming office.`,
    expected: {
      date: '2026-02-09',
      people: [
        ['TAKAHASHI Mioko', 'JP'],
        ['BAYARSAIKHAN Temuulen', 'MN'],
      ],
      countries: ['JP', 'MN'],
      blocs: [],
      events: [
        "Japan-Mongolia Foreign Ministers' Meeting",
        '4th Meeting of the Japan-Mongolia Economic Partnership Joint Committee',
      ],
      organizations: [
        'Ministry of Foreign Affairs of Japan',
        'Japan-Mongolia Economic Partnership Joint Committee',
      ],
      places: ['Tokyo', 'Osaka', 'Fukuoka', 'Ulaanbaatar', 'South Gobi'],
    },
  },
  {
    id: 'n10-bd-spokesperson-briefing',
    text: `Ministry of Foreign Affairs of the People's Republic of Bangladesh

Transcript of the Weekly Press Briefing by the Spokesperson

Dhaka, Thursday, 19 March 2026, 11:00 hrs (BST)

Spokesperson Md. Tofazzal Hossain Bhuiyan: Assalamu alaikum and good morning to all of you. I have three items for you today.

First, Foreign Minister Dr. Nusrat Jahan Chowdhury will travel to Thimphu from 23 to 25 March to co-chair the Second Meeting of the Bangladesh-Bhutan Joint Commission with Lyonpo Karma Dendup, Minister for Foreign Affairs and External Trade of Bhutan. Hydropower, the use of Chattogram and Mongla ports by Bhutanese traders, and tourism will be on the agenda.

Second, the 5th meeting of the Bangladesh-Nepal joint working group on power trade was held in Kathmandu on 16 March. Our delegation was led by Additional Secretary Farhana Yasmin Khan, and the Nepali side by Joint Secretary Bimala Kumari Shrestha of the Ministry of Energy, Water Resources and Irrigation of Nepal. The two sides reviewed the flow of electricity through the Indian grid.

Third, Bangladesh will continue to contribute actively to BIMSTEC, and we look forward to the senior officials' meeting later this year.

Question (Prothom Alo): Is there any progress on the repatriation of the Rohingyas to Rakhine?

Spokesperson: Our position is unchanged. Repatriation must be voluntary, safe and dignified. We remain in contact with Myanmar and with UNHCR, and the Honourable Foreign Minister raised the matter again with visiting delegations in Cox's Bazar last week.

Question (The Daily Star): Has a date been fixed for the next round of foreign office consultations with Japan?

Spokesperson: Not yet. I will inform you as soon as it is finalised. Thank you.`,
    expected: {
      date: '2026-03-19',
      people: [
        ['Md. Tofazzal Hossain Bhuiyan', 'BD'],
        ['Nusrat Jahan Chowdhury', 'BD'],
        ['Karma Dendup', 'BT'],
        ['Farhana Yasmin Khan', 'BD'],
        ['Bimala Kumari Shrestha', 'NP'],
      ],
      countries: ['BD', 'BT', 'IN', 'JP', 'MM', 'NP'],
      blocs: ['BIMSTEC'],
      events: [
        'Second Meeting of the Bangladesh-Bhutan Joint Commission',
        '5th meeting of the Bangladesh-Nepal joint working group on power trade',
      ],
      organizations: [
        "Ministry of Foreign Affairs of the People's Republic of Bangladesh",
        'Bangladesh-Bhutan Joint Commission',
        'Bangladesh-Nepal joint working group on power trade',
        'Ministry of Energy, Water Resources and Irrigation of Nepal',
        'Prothom Alo',
        'The Daily Star',
        'UNHCR',
      ],
      places: ['Dhaka', 'Thimphu', 'Chattogram', 'Mongla', 'Kathmandu', 'Rakhine', "Cox's Bazar"],
    },
  },
  {
    id: 'n10-cl-ph-joint-statement',
    text: `Home > Press Room > Joint Statements

JOINT STATEMENT
OF THE MINISTER OF FOREIGN AFFAIRS OF THE REPUBLIC OF CHILE
AND THE SECRETARY OF FOREIGN AFFAIRS OF THE REPUBLIC OF THE PHILIPPINES
ON AN ENHANCED PARTNERSHIP

Santiago, 27 April 2026

1. At the invitation of Minister Catalina Ossandón Vergara, Secretary Ma. Teresa Dimaculangan-Reyes paid an official visit to Chile from 26 to 28 April 2026, the first by a Philippine Secretary of Foreign Affairs in more than a decade.

2. The two Ministers co-chaired the 3rd Chile-Philippines Policy Consultations and agreed to raise the mechanism to a strategic dialogue, to meet every two years alternately in Santiago and Manila.

3. They welcomed the growth of trade in copper concentrate, fresh fruit and processed food, and instructed their officials to conclude the negotiation of a bilateral arrangement on agricultural quarantine within the year. They agreed to coordinate closely within APEC.

4. Both sides underlined their support for ASEAN and for the Pacific Alliance as platforms for open regionalism in the Asia-Pacific.

5. The Ministers encouraged cooperation between the ports of Valparaíso and Batangas, and welcomed the participation of Filipino scientists in Antarctic research programmes of the Chilean Antarctic Institute (INACH) based in Punta Arenas.

Done at Santiago on the twenty-seventh day of April of the year two thousand and twenty-six, in two originals, both texts being equally authentic.

For the Republic of Chile                    For the Republic of the Philippines

(Sgd.)                                       (Sgd.)
CATALINA OSSANDÓN VERGARA                    MA. TERESA DIMACULANGAN-REYES
Minister of Foreign Affairs                  Secretary of Foreign Affairs`,
    expected: {
      date: '2026-04-27',
      people: [
        ['Catalina Ossandón Vergara', 'CL'],
        ['Ma. Teresa Dimaculangan-Reyes', 'PH'],
      ],
      countries: ['CL', 'PH'],
      blocs: ['APEC', 'ASEAN', 'Pacific Alliance'],
      events: ['3rd Chile-Philippines Policy Consultations'],
      organizations: ['Chilean Antarctic Institute'],
      places: ['Santiago', 'Manila', 'Valparaíso', 'Batangas', 'Punta Arenas'],
    },
  },
  {
    id: 'n10-ie-mz-first-person-statement',
    text: `Home / News and media / Press releases

Statement by the Minister for Foreign Affairs and Trade, Seán Ó Catháin TD, at the conclusion of his visit to Mozambique

Press release | 6 May 2026 | Maputo

"I am concluding today a three-day visit to Mozambique, my first to the country as Minister, and the first by an Irish Foreign Minister in many years.

In Maputo I held warm and substantive talks with my counterpart, Foreign Minister Amélia Nhantumbo Macuácua. We discussed the long partnership between our two countries, Ireland's support for health and education in Niassa province, and the situation in Cabo Delgado. I reiterated that Ireland will remain a steady partner, both bilaterally and through the EU.

Yesterday I travelled to Pemba with our Ambassador, Niamh Ní Bhreathnach, where I met families displaced by violence and the teams of UNHCR and the World Food Programme who support them. I was struck by the resilience of the communities I met and by the work of local women's organisations.

Mozambique will take on a leading role in SADC in the coming year, and I encouraged Minister Nhantumbo Macuácua to see Ireland as a friend in its work for peace in the region."

ENDS

Related: Our work in Mozambique | Annual report 2025 | Ambassador's blog`,
    expected: {
      date: '2026-05-06',
      people: [
        ['Seán Ó Catháin', 'IE'],
        ['Amélia Nhantumbo Macuácua', 'MZ'],
        ['Niamh Ní Bhreathnach', 'IE'],
      ],
      countries: ['IE', 'MZ'],
      blocs: ['EU', 'SADC'],
      events: [],
      organizations: ['UNHCR', 'World Food Programme'],
      places: ['Maputo', 'Niassa', 'Cabo Delgado', 'Pemba'],
    },
  },
  {
    id: 'n10-kr-vn-strategic-dialogue',
    text: `Press Releases

Vice Foreign Minister KANG Min-jun Holds the 11th Korea-Viet Nam Vice Ministerial Strategic Dialogue

Date 2026-06-03 | Hit 1,204

1. First Vice Minister of Foreign Affairs KANG Min-jun held the 11th Korea-Viet Nam Vice Ministerial Strategic Dialogue with Permanent Deputy Minister of Foreign Affairs Nguyễn Thị Thu Hằng of Viet Nam in Seoul on June 2.

2. The two sides noted with satisfaction that Viet Nam has become Korea's third-largest trading partner and that more than 9,000 Korean companies are active in Viet Nam, from Bac Ninh to Ho Chi Minh City. Vice Minister KANG asked for continued support for Korean investors in the semiconductor and display sectors, while Deputy Minister Hằng called for more scholarships and simpler visa procedures for Vietnamese workers.

3. The two sides agreed to strengthen coordination in ASEAN-related fora and to prepare a visit to Ha Noi by the Korean Minister of Foreign Affairs in the second half of the year.

4. Prior to the dialogue, the two delegations attended a luncheon, which was also joined by Director-General for ASEAN and Southeast Asian Affairs JEON Hye-rin.

Print | Scrap | List
Was this information helpful? ★★★★☆`,
    expected: {
      date: '2026-06-03',
      people: [
        ['KANG Min-jun', 'KR'],
        ['Nguyễn Thị Thu Hằng', 'VN'],
        ['JEON Hye-rin', 'KR'],
      ],
      countries: ['KR', 'VN'],
      blocs: ['ASEAN'],
      events: ['11th Korea-Viet Nam Vice Ministerial Strategic Dialogue'],
      organizations: [],
      places: ['Seoul', 'Bac Ninh', 'Ho Chi Minh City', 'Ha Noi'],
    },
  },
  {
    id: 'n10-pk-weekly-briefing',
    text: `Transcript of the Weekly Press Briefing by the Spokesperson, Ministry of Foreign Affairs of Pakistan

Islamabad, 23 July 2026

Spokesperson Ambassador Sadia Iqbal Qureshi: Bismillah ir-Rahman ir-Rahim. Good afternoon. Let me begin with the engagements of the past week.

Deputy Prime Minister and Foreign Minister Senator Muhammad Usman Tariq participated in the 3rd Trilateral Ministerial Meeting of Azerbaijan, Pakistan and Türkiye, held in Baku on 20 July. On the sidelines, he held separate meetings with Foreign Minister Elnur Rasim oglu Huseynli of Azerbaijan and Foreign Minister Ayşe Nur Yıldırım of Türkiye. The three ministers adopted the Baku Declaration covering connectivity, energy and defence industry cooperation.

On 21 July, Minister of State for Foreign Affairs Zainab Gul Marwat received Deputy Foreign Minister Bakhtiyor Ilkhomovich Rakhimov of Uzbekistan. They reviewed progress on the railway project that will link Termez, Mazar-i-Sharif and Peshawar.

Question (Associated Press of Pakistan): Can you share details of the next round of talks with Afghanistan on transit trade?

Spokesperson: Our engagement with the Afghan authorities continues. A technical team visited Torkham last week to review clearance procedures, and we will share dates once they are agreed.

Question (Geo News): Will Pakistan host an ECO meeting this year?

Spokesperson: Pakistan attaches great importance to the Economic Cooperation Organization. Any decision on meetings will be announced in due course.`,
    expected: {
      date: '2026-07-23',
      people: [
        ['Sadia Iqbal Qureshi', 'PK'],
        ['Muhammad Usman Tariq', 'PK'],
        ['Elnur Rasim oglu Huseynli', 'AZ'],
        ['Ayşe Nur Yıldırım', 'TR'],
        ['Zainab Gul Marwat', 'PK'],
        ['Bakhtiyor Ilkhomovich Rakhimov', 'UZ'],
      ],
      countries: ['AF', 'AZ', 'PK', 'TR', 'UZ'],
      blocs: ['ECO'],
      events: ['3rd Trilateral Ministerial Meeting of Azerbaijan, Pakistan and Türkiye'],
      organizations: ['Ministry of Foreign Affairs of Pakistan', 'Associated Press of Pakistan', 'Geo News'],
      places: ['Islamabad', 'Baku', 'Termez', 'Mazar-i-Sharif', 'Peshawar', 'Torkham'],
    },
  },
  {
    id: 'n10-ca-ci-visit',
    text: `Global Affairs Canada — News release

Minister Tremblay-Côté travels to Côte d'Ivoire to deepen economic and security ties

March 10, 2026 - Ottawa, Ontario - Global Affairs Canada

Today, the Honourable Marie-Ève Tremblay-Côté, Minister of Foreign Affairs, concluded a two-day visit to Côte d'Ivoire, where she met with her Ivorian counterpart, Adjoua Marie-Laure Kouassi, Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora, and with Koffi Yao N'Guessan, Minister of Commerce and Industry.

In Abidjan, Minister Tremblay-Côté announced $18 million in new funding for women entrepreneurs in the cocoa and cashew value chains, to be delivered with the African Development Bank, which is headquartered in the city. She also visited the port of San-Pédro with representatives of Canadian mining and engineering firms.

The ministers discussed security along Côte d'Ivoire's northern border and the role of ECOWAS in regional stability.

Quotes

"Côte d'Ivoire is one of Canada's most important partners in Africa. Together, we are building prosperity that reaches women and young people."
– Marie-Ève Tremblay-Côté, Minister of Foreign Affairs

Quick facts
- Two-way merchandise trade between Canada and Côte d'Ivoire reached $612 million in 2025.

Contacts
Julien Lavoie-Sirois
Press Secretary to the Minister of Foreign Affairs
julien.lavoie-sirois@international.gc.ca

Stay connected: follow us on X, Facebook and Instagram.`,
    expected: {
      date: '2026-03-10',
      people: [
        ['Marie-Ève Tremblay-Côté', 'CA'],
        ['Adjoua Marie-Laure Kouassi', 'CI'],
        ["Koffi Yao N'Guessan", 'CI'],
        ['Julien Lavoie-Sirois', 'CA'],
      ],
      countries: ['CA', 'CI'],
      blocs: ['ECOWAS'],
      events: [],
      organizations: ['Global Affairs Canada', 'African Development Bank'],
      places: ['Ottawa', 'Ontario', 'Abidjan', 'San-Pédro'],
    },
  },
  {
    id: 'n10-uz-hu-political-consultations',
    text: `Ministry of Foreign Affairs of the Republic of Uzbekistan

Uzbekistan and Hungary hold political consultations

Tashkent, 14.04.2026

Regular political consultations between the foreign ministries of Uzbekistan and Hungary took place in Tashkent on 14 April. The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Sardor Bakhodirovich Umarov, and the Hungarian delegation by State Secretary for Foreign Economic Relations Dr. Szabó-Fehér Eszter.

The parties reviewed the implementation of agreements reached at the highest level, including the launch of direct flights between Tashkent and Budapest and the joint pharmaceutical plant under construction in the Navoi region. It was noted that trade turnover grew by 37 percent in 2025.

Particular attention was paid to preparations for the 7th session of the Uzbek-Hungarian Intergovernmental Commission on Economic Cooperation, to be held in Budapest in the autumn, and to Hungary's participation in the Tashkent International Investment Forum.

The sides also exchanged views on cooperation within the Organization of Turkic States, in which Hungary holds observer status, and on the partnership between Central Asia and the EU.

During her stay, the Hungarian State Secretary travelled to Samarkand, where she met the hokim of the Samarkand region, Anvar Tursunboyevich Khodjayev.`,
    expected: {
      date: '2026-04-14',
      people: [
        ['Sardor Bakhodirovich Umarov', 'UZ'],
        ['Szabó-Fehér Eszter', 'HU'],
        ['Anvar Tursunboyevich Khodjayev', 'UZ'],
      ],
      countries: ['HU', 'UZ'],
      blocs: ['Organization of Turkic States', 'EU'],
      events: [
        '7th session of the Uzbek-Hungarian Intergovernmental Commission on Economic Cooperation',
        'Tashkent International Investment Forum',
      ],
      organizations: [
        'Ministry of Foreign Affairs of the Republic of Uzbekistan',
        'Uzbek-Hungarian Intergovernmental Commission on Economic Cooperation',
      ],
      places: ['Tashkent', 'Budapest', 'Navoi', 'Samarkand'],
    },
  },
  {
    id: 'n10-sb-forum-statement-nodate',
    text: `Home | Media Centre | Statements

STATEMENT: Solomon Islands welcomes outcomes of Forum Foreign Ministers Meeting

Honiara, Solomon Islands

The Solomon Islands Ministry of Foreign Affairs and External Trade (MFAET) welcomes the outcomes of the 2026 Pacific Islands Forum Foreign Ministers Meeting, held in Suva on 18 and 19 August.

Solomon Islands joined fellow Members in reaffirming the region's collective positions on climate finance, ocean governance and regional security, and in supporting the early operation of the Pacific Resilience Facility. The Government particularly welcomes the Forum's renewed call for assistance in clearing unexploded wartime ordnance, which continues to affect communities on Guadalcanal, in Western Province and in Central Province.

The Ministry also notes with appreciation the cooperation of Papua New Guinea, Fiji and Vanuatu within the Melanesian Spearhead Group on labour mobility, and looks forward to hosting regional officials in Honiara and Gizo in the coming months.

MFAET will continue to work closely with the Pacific Islands Forum Secretariat on preparations for the Forum Leaders Meeting.

-END-

Issued by the Communications Unit, MFAET`,
    expected: {
      date: null,
      people: [],
      countries: ['FJ', 'PG', 'SB', 'VU'],
      blocs: ['Pacific Islands Forum', 'Melanesian Spearhead Group'],
      events: ['2026 Pacific Islands Forum Foreign Ministers Meeting', 'Forum Leaders Meeting'],
      organizations: [
        'Solomon Islands Ministry of Foreign Affairs and External Trade',
        'Pacific Resilience Facility',
        'Pacific Islands Forum Secretariat',
      ],
      places: ['Honiara', 'Suva', 'Guadalcanal', 'Western Province', 'Central Province', 'Gizo'],
    },
  },
  {
    id: 'n10-is-fj-we-statement',
    text: `Home › News › Foreign affairs

Iceland and Fiji agree to deepen cooperation on fisheries and geothermal energy

Reykjavík, 16. október 2026

"We were delighted to welcome our friends from Fiji to Reykjavík this week. Iceland and Fiji are both island nations that live from the ocean, and we share the same worries about its future," said Minister for Foreign Affairs Guðrún Eyjólfsdóttir after meeting Fiji's Minister for Foreign Affairs, Ratu Sevanaia Tuiloma, on Thursday.

"We will send two experts from the Marine and Freshwater Research Institute to Suva early next year, and we will offer places at the GRÓ Fisheries Training Programme to Fijian fisheries officers," Eyjólfsdóttir said.

Ratu Sevanaia, who was accompanied by Fiji's Permanent Secretary for Foreign Affairs, Adi Mereoni Naisoro, also visited the geothermal power plant at Hellisheiði and met Icelandic engineering companies interested in projects on Vanua Levu.

The visit coincided with the Arctic Circle Assembly 2026 in Reykjavík, where the Fijian minister spoke at a session on small island states and the polar regions.

Share: Facebook | X | Email
This website uses cookies to improve your experience. Accept | Settings`,
    expected: {
      date: '2026-10-16',
      people: [
        ['Guðrún Eyjólfsdóttir', 'IS'],
        ['Sevanaia Tuiloma', 'FJ'],
        ['Mereoni Naisoro', 'FJ'],
      ],
      countries: ['FJ', 'IS'],
      blocs: [],
      events: ['Arctic Circle Assembly 2026'],
      organizations: ['Marine and Freshwater Research Institute', 'GRÓ Fisheries Training Programme'],
      places: ['Reykjavík', 'Suva', 'Hellisheiði', 'Vanua Levu'],
    },
  },
  {
    id: 'n10-tl-va-visit',
    text: `Notícias > Comunicados de Imprensa

Holy See's Secretary for Relations with States visits Timor-Leste

Díli, 8 de setembro de 2026

The Minister of Foreign Affairs and Cooperation, Adérito da Costa Soares, today received His Excellency Archbishop Giancarlo Ferraresi, Secretary for Relations with States and International Organisations of the Holy See, who is on a three-day visit to Timor-Leste.

The Minister recalled the central place of the Church in the life of the Timorese people and thanked the Holy See for its support to schools and health clinics in Baucau, Maliana and Oe-Cusse Ambeno.

The Archbishop was accompanied by the Apostolic Nuncio, Archbishop Tomasz Wierzbicki, and by Monsignor Paulo Henrique Antunes Reis, Counsellor of the Nunciature. The Timorese side included the Vice-Minister for ASEAN Affairs, Jacinta Amaral Pereira, who briefed the guests on Timor-Leste's first full year as a member of ASEAN.

On Wednesday the delegation will travel to Ermera to celebrate Mass with the faithful of the municipality.`,
    expected: {
      date: '2026-09-08',
      people: [
        ['Adérito da Costa Soares', 'TL'],
        ['Giancarlo Ferraresi', 'VA'],
        ['Tomasz Wierzbicki', 'VA'],
        ['Paulo Henrique Antunes Reis', 'VA'],
        ['Jacinta Amaral Pereira', 'TL'],
      ],
      countries: ['TL', 'VA'],
      blocs: ['ASEAN'],
      events: [],
      organizations: [],
      places: ['Díli', 'Baucau', 'Maliana', 'Oe-Cusse Ambeno', 'Ermera'],
    },
  },
  {
    id: 'n10-qa-td-phone-call',
    text: `Home › Media Center › News

Minister of State for Foreign Affairs Receives Phone Call from Chadian Foreign Minister

Doha, Qatar | 11 November 2026

His Excellency Minister of State for Foreign Affairs Dr. Khalid bin Nasser Al-Mohannadi received a phone call today from His Excellency Mr. Mahamat Saleh Abakar Haggar, Minister of Foreign Affairs, African Integration and Chadians Abroad of the Republic of Chad.

During the call, they reviewed bilateral cooperation relations and ways to support and develop them, in addition to discussing the latest developments in the humanitarian situation in eastern Chad, including the province of Ouaddaï, which hosts a large number of Sudanese refugees.

The Chadian Minister expressed his thanks to the State of Qatar for the support extended through the Qatar Fund for Development, and invited H.E. Dr. Al-Mohannadi to attend the second Chad-Gulf Investment Forum, to be held in N'Djamena early next year.

Tags: Chad | Bilateral relations | Phone calls`,
    expected: {
      date: '2026-11-11',
      people: [
        ['Khalid bin Nasser Al-Mohannadi', 'QA'],
        ['Mahamat Saleh Abakar Haggar', 'TD'],
      ],
      countries: ['QA', 'SD', 'TD'],
      blocs: [],
      events: ['second Chad-Gulf Investment Forum'],
      organizations: ['Qatar Fund for Development'],
      places: ['Doha', 'Ouaddaï', "N'Djamena"],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // 2. Communiqués of regional / international bodies and joint commissions
  // ---------------------------------------------------------------------------------------------
  {
    id: 'n10-sadc-extraordinary-summit',
    text: `SADC Secretariat > Media Centre > Communiqués

COMMUNIQUÉ OF THE EXTRAORDINARY SUMMIT OF THE SADC HEADS OF STATE AND GOVERNMENT

Gaborone, Republic of Botswana, 21 February 2026

1. The Extraordinary Summit of the SADC Heads of State and Government was held at the SADC Secretariat in Gaborone on 21 February 2026, under the chairpersonship of Her Excellency Dr. Ndapewa Hamutenya-Iipinge, President of the Republic of Namibia and Chairperson of SADC.

2. The Summit was attended by the following Heads of State and Government or their representatives:
   • Botswana: His Excellency Tshepo Mmolawa Kgosiemang, President;
   • Eswatini: His Excellency Sibusiso Themba Dlamini, Prime Minister;
   • Lesotho: The Right Honourable Teboho Moeketsi Rapapa, Prime Minister;
   • Malawi: Honourable Chimwemwe Banda Phiri, Minister of Foreign Affairs;
   • Mozambique: His Excellency Ernesto dos Santos Cossa, Prime Minister;
   • Namibia: Her Excellency Dr. Ndapewa Hamutenya-Iipinge, President;
   • South Africa: Honourable Lindiwe Nokuthula Mahlangu, Minister of International Relations and Cooperation;
   • Zambia: His Excellency Mutale Kapwepwe Chanda, Vice-President;
   • Zimbabwe: Honourable Tendai Rutendo Mashingaidze, Minister of Foreign Affairs and International Trade.

3. The Summit was also attended by the Executive Secretary of SADC, Her Excellency Dr. Francisca Mwila Lungu.

4. Summit received the report of the Chairperson of the Organ on Politics, Defence and Security Cooperation on the security situation in the eastern Democratic Republic of the Congo and in the province of Cabo Delgado, and commended troop-contributing countries for their commitment.

5. Summit approved the convening of the 46th Ordinary SADC Summit in Windhoek in August 2026.

6. Summit expressed its gratitude to the Government and people of the Republic of Botswana for the warm hospitality accorded to all delegations.`,
    expected: {
      date: '2026-02-21',
      people: [
        ['Ndapewa Hamutenya-Iipinge', 'NA'],
        ['Tshepo Mmolawa Kgosiemang', 'BW'],
        ['Sibusiso Themba Dlamini', 'SZ'],
        ['Teboho Moeketsi Rapapa', 'LS'],
        ['Chimwemwe Banda Phiri', 'MW'],
        ['Ernesto dos Santos Cossa', 'MZ'],
        ['Lindiwe Nokuthula Mahlangu', 'ZA'],
        ['Mutale Kapwepwe Chanda', 'ZM'],
        ['Tendai Rutendo Mashingaidze', 'ZW'],
        ['Francisca Mwila Lungu', null],
      ],
      countries: ['BW', 'CD', 'LS', 'MW', 'MZ', 'NA', 'SZ', 'ZA', 'ZM', 'ZW'],
      blocs: ['SADC'],
      events: ['Extraordinary Summit of the SADC Heads of State and Government', '46th Ordinary SADC Summit'],
      organizations: ['SADC Secretariat', 'Organ on Politics, Defence and Security Cooperation'],
      places: ['Gaborone', 'Cabo Delgado', 'Windhoek'],
    },
  },
  {
    id: 'n10-uemoa-council-of-ministers',
    text: `UEMOA > Commission > Communiqués

COMMUNIQUÉ FINAL
Deuxième session ordinaire de l'année 2026 du Conseil des Ministres de l'UEMOA

Ouagadougou, le 26 juin 2026

The UEMOA Council of Ministers held its second ordinary session of the year on 26 June 2026 at the headquarters of the UEMOA Commission in Ouagadougou, under the chairmanship of Mr Boukary Ouédraogo, Minister of Economy, Finance and Development of Burkina Faso, Chairman of the Council.

The following ministers took part in the session:
- Mr Romuald Comlan Houngbédji (Benin)
- Mr Boukary Ouédraogo (Burkina Faso)
- Mr Jean-Baptiste Konan Brou (Côte d'Ivoire)
- Mrs Domingas Sanhá Té (Guinea-Bissau)
- Mr Modibo Kané Traoré (Mali)
- Mr Issoufou Garba Maïga (Niger)
- Mr Cheikh Tidiane Faye (Senegal)
- Mrs Akossiwa Mawuena Agbéko (Togo)

Also taking part were Mr Alassane Kaboré, Governor of the Central Bank of West African States (BCEAO), and Mrs Mariam Diop Sall, President of the UEMOA Commission.

The Council reviewed the macroeconomic situation of the Union, noted that average inflation had fallen below 3 percent, and adopted the supplementary budget of the Commission for 2026. It also examined progress on the regional programme for agricultural storage.

The Council will hold its next ordinary session in Dakar in September 2026.`,
    expected: {
      date: '2026-06-26',
      people: [
        ['Boukary Ouédraogo', 'BF'],
        ['Romuald Comlan Houngbédji', 'BJ'],
        ['Jean-Baptiste Konan Brou', 'CI'],
        ['Domingas Sanhá Té', 'GW'],
        ['Modibo Kané Traoré', 'ML'],
        ['Issoufou Garba Maïga', 'NE'],
        ['Cheikh Tidiane Faye', 'SN'],
        ['Akossiwa Mawuena Agbéko', 'TG'],
        ['Alassane Kaboré', null],
        ['Mariam Diop Sall', null],
      ],
      countries: ['BF', 'BJ', 'CI', 'GW', 'ML', 'NE', 'SN', 'TG'],
      blocs: ['UEMOA'],
      events: ["Deuxième session ordinaire de l'année 2026 du Conseil des Ministres de l'UEMOA"],
      organizations: [
        'UEMOA Council of Ministers',
        'UEMOA Commission',
        'Central Bank of West African States',
      ],
      places: ['Ouagadougou', 'Dakar'],
    },
  },
  {
    id: 'n10-cm-ga-joint-commission',
    text: `Ministère des Relations Extérieures du Cameroun > Actualités

JOINT COMMUNIQUÉ
XIth Session of the Cameroon-Gabon Joint Cooperation Commission

Libreville, 12/05/2026

1. At the invitation of the Government of the Gabonese Republic, the XIth Session of the Cameroon-Gabon Joint Cooperation Commission was held in Libreville from 10 to 12 May 2026.

2. The Cameroonian delegation was led by Mr. EKOTTO MBALLA Jean-Pierre, Minister Delegate to the Minister of External Relations, and the Gabonese delegation by Mrs. Sylvie Nadège NDONG MBA, Minister of Foreign Affairs. The delegations included Mrs. NGO BIYONG Esther Clarisse, Ambassador of Cameroon to Gabon, and Mr. ELLA EKOGHA Marius, Ambassador of Gabon to Cameroon.

3. The two parties reviewed progress on the Ambam–Kye-Ossi–Bitam road corridor and agreed to speed up the construction of the cross-border market at Abang-Minko'o. They also discussed the free movement of persons and goods within CEMAC and the coordination of their positions in ECCAS.

4. The parties agreed to hold the XIIth Session of the Joint Cooperation Commission in Yaoundé in 2028.

Done at Libreville, on 12 May 2026, in two original copies, both texts being equally authentic.

For the Republic of Cameroon                 For the Gabonese Republic
EKOTTO MBALLA Jean-Pierre                    Sylvie Nadège NDONG MBA`,
    expected: {
      date: '2026-05-12',
      people: [
        ['EKOTTO MBALLA Jean-Pierre', 'CM'],
        ['Sylvie Nadège NDONG MBA', 'GA'],
        ['NGO BIYONG Esther Clarisse', 'CM'],
        ['ELLA EKOGHA Marius', 'GA'],
      ],
      countries: ['CM', 'GA'],
      blocs: ['CEMAC', 'ECCAS'],
      events: [
        'XIth Session of the Cameroon-Gabon Joint Cooperation Commission',
        'XIIth Session of the Joint Cooperation Commission',
      ],
      organizations: [
        'Ministère des Relations Extérieures du Cameroun',
        'Cameroon-Gabon Joint Cooperation Commission',
      ],
      places: ['Libreville', 'Ambam', 'Kye-Ossi', 'Bitam', "Abang-Minko'o", 'Yaoundé'],
    },
  },
  {
    id: 'n10-msg-trade-ministers-table',
    text: `MSG Secretariat | News

Melanesian Spearhead Group Trade Ministers meet in Port Vila

Port Vila, Vanuatu — 29 May 2026

The 9th MSG Trade Ministers Meeting was held at the MSG Secretariat headquarters in Port Vila on 28 May 2026 to review the implementation of the regional free trade agreement and of the skills movement scheme.

Heads of delegation

Member                   | Head of Delegation                  | Position
-------------------------|-------------------------------------|---------------------------------------------
Fiji                     | Hon. Josaia Vakaloloma Nainoca      | Minister for Trade, Co-operatives and MSMEs
FLNKS (New Caledonia)    | Mr. Gérard Wahuzue Kaloï            | Spokesperson, FLNKS Political Bureau
Papua New Guinea         | Hon. Peter Kaupa Wambi, MP          | Minister for International Trade and Investment
Solomon Islands          | Hon. Moses Kiriau Houaria           | Minister of Foreign Affairs and External Trade
Vanuatu (Chair)          | Hon. Marie-Louise Tabi Kalorib      | Minister of Trade, Tourism and Commerce

The meeting was also attended by the Director-General of the MSG Secretariat, Mr. Aisake Tomasi Vunibola.

The Chair, Hon. Marie-Louise Tabi Kalorib, thanked PNG's minister — widely known across the region as "PK" — for his country's offer to fund a study on harmonised rules of origin. Ministers agreed to launch the MSG Trade and Investment Expo 2027 in Honiara and to meet again in Suva next year.`,
    expected: {
      date: '2026-05-29',
      people: [
        ['Josaia Vakaloloma Nainoca', 'FJ'],
        ['Gérard Wahuzue Kaloï', null],
        ['Peter Kaupa Wambi', 'PG'],
        ['Moses Kiriau Houaria', 'SB'],
        ['Marie-Louise Tabi Kalorib', 'VU'],
        ['Aisake Tomasi Vunibola', null],
      ],
      countries: ['FJ', 'PG', 'SB', 'VU'],
      blocs: ['Melanesian Spearhead Group'],
      events: ['9th MSG Trade Ministers Meeting', 'MSG Trade and Investment Expo 2027'],
      organizations: ['MSG Secretariat', 'FLNKS'],
      places: ['Port Vila', 'New Caledonia', 'Honiara', 'Suva'],
    },
  },
  {
    id: 'n10-bimp-eaga-ministerial',
    text: `Joint Statement of the 27th BIMP-EAGA Ministerial Meeting

Bandar Seri Begawan, Brunei Darussalam, 18 October 2026

1. The 27th Ministerial Meeting of the Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area (BIMP-EAGA) was convened in Bandar Seri Begawan on 18 October 2026.

2. The Meeting was attended by:
   - Dato Seri Setia Awang Haji Mohd Hazwan bin Haji Ismail (Brunei Darussalam)
   - Ir. Arief Wicaksono (Indonesia)
   - YB Datuk Alfred Gimbang anak Jelani (Malaysia)
   - Secretary Jose Ramon "Jomar" Villanueva Jr., Chairperson, Mindanao Development Authority (Philippines)
   - Mr. Joaquim Xavier Sarmento, observer (Timor-Leste)
   - Dr. Kasemsuk Pattanasiri, Deputy Secretary-General of ASEAN
   - Dr. Nurul Aini binti Abdul Rahman, Executive Director, BIMP-EAGA Facilitation Center

3. The Ministers welcomed the reopening of the Davao–General Santos–Bitung sea link and new air routes connecting Sabah, Sarawak, Labuan, North Kalimantan, Mindanao and Palawan.

4. The Ministers congratulated Jose Ramon Villanueva Jr. on the successful conduct of the subregion's first green economy roadshow and endorsed the holding of the BIMP-EAGA Trade Expo 2027 in Kota Kinabalu.

5. The 28th BIMP-EAGA Ministerial Meeting will be held in Indonesia in 2027.`,
    expected: {
      date: '2026-10-18',
      people: [
        ['Mohd Hazwan bin Haji Ismail', 'BN'],
        ['Arief Wicaksono', 'ID'],
        ['Alfred Gimbang anak Jelani', 'MY'],
        ['Jose Ramon Villanueva Jr.', 'PH'],
        ['Joaquim Xavier Sarmento', 'TL'],
        ['Kasemsuk Pattanasiri', null],
        ['Nurul Aini binti Abdul Rahman', null],
      ],
      countries: ['BN', 'ID', 'MY', 'PH', 'TL'],
      blocs: ['BIMP-EAGA', 'ASEAN'],
      events: [
        '27th BIMP-EAGA Ministerial Meeting',
        'BIMP-EAGA Trade Expo 2027',
        '28th BIMP-EAGA Ministerial Meeting',
      ],
      organizations: ['Mindanao Development Authority', 'BIMP-EAGA Facilitation Center'],
      places: [
        'Bandar Seri Begawan',
        'Davao',
        'General Santos',
        'Bitung',
        'Sabah',
        'Sarawak',
        'Labuan',
        'North Kalimantan',
        'Mindanao',
        'Palawan',
        'Kota Kinabalu',
      ],
    },
  },
  {
    id: 'n10-mercosur-cmc',
    text: `MERCOSUR > Sala de prensa > Comunicados

Joint Communiqué — LXIX Ordinary Meeting of the Common Market Council

Asunción, 3 de julio de 2026

The Common Market Council (CMC) held its LXIX Ordinary Meeting in Asunción on 2 July 2026, under the pro tempore presidency of the Republic of Paraguay.

Participantes:
Por la República Argentina: Martín Ezequiel Larraburu, Ministro de Relaciones Exteriores, Comercio Internacional y Culto; Lucía Belén Etchegaray, Ministra de Economía.
Por la República Federativa del Brasil: Paulo Roberto de Andrade Falcão, Ministro das Relações Exteriores.
Por la República del Paraguay: Rubén Darío Benítez Ocampo, Ministro de Relaciones Exteriores; Gloria Raquel Giménez de Cardozo, Ministra de Hacienda.
Por la República Oriental del Uruguay: Florencia Arismendi Techera, Ministra de Relaciones Exteriores.
Por el Estado Plurinacional de Bolivia: Wilfredo Choque Mamani, Viceministro de Relaciones Exteriores.

The Council took note of the state of ratification of the EU-Mercosur partnership agreement and of the agreement with EFTA, and approved new projects under the Fund for Structural Convergence of MERCOSUR.

The Council welcomed Uruguay's assumption of the pro tempore presidency and agreed to hold the LXX Ordinary Meeting of the Common Market Council in Montevideo in December.`,
    expected: {
      date: '2026-07-03',
      people: [
        ['Martín Ezequiel Larraburu', 'AR'],
        ['Lucía Belén Etchegaray', 'AR'],
        ['Paulo Roberto de Andrade Falcão', 'BR'],
        ['Rubén Darío Benítez Ocampo', 'PY'],
        ['Gloria Raquel Giménez de Cardozo', 'PY'],
        ['Florencia Arismendi Techera', 'UY'],
        ['Wilfredo Choque Mamani', 'BO'],
      ],
      countries: ['AR', 'BO', 'BR', 'PY', 'UY'],
      blocs: ['Mercosur', 'EU', 'EFTA'],
      events: [
        'LXIX Ordinary Meeting of the Common Market Council',
        'LXX Ordinary Meeting of the Common Market Council',
      ],
      organizations: ['Common Market Council', 'Fund for Structural Convergence of MERCOSUR'],
      places: ['Asunción', 'Montevideo'],
    },
  },
  {
    id: 'n10-v4-plus-agriculture',
    text: `Home » Press » Press releases

Joint Declaration of the Ministers of Agriculture of the Visegrad Group, Bulgaria, Romania and Slovenia

Bratislava, 22.10.2026

The ministers responsible for agriculture of the Czech Republic, Hungary, Poland and the Slovak Republic (the Visegrad Group), together with their colleagues from Bulgaria, Romania and Slovenia, met in Bratislava on 21 and 22 October 2026 at the invitation of the Slovak Presidency of the Visegrad Group.

Participants:
• Ľubica Kráľová, Minister of Agriculture and Rural Development of the Slovak Republic (host)
• Kateřina Nováková, Minister of Agriculture of the Czech Republic
• Dr. Nagy Levente Zoltán, Minister of Agriculture of Hungary
• Krzysztof Zieliński, Minister of Agriculture and Rural Development of the Republic of Poland
• Nikolay Petrov Stoyanov, Minister of Agriculture and Food of the Republic of Bulgaria
• Ioana-Maria Constantinescu, Secretary of State, Ministry of Agriculture and Rural Development of Romania
• Matej Žnidaršič, State Secretary, Ministry of Agriculture, Forestry and Food of the Republic of Slovenia
• Jonas Vaitkevičius, Deputy Director-General, Directorate-General for Agriculture and Rural Development, European Commission

The ministers called on the European Commission to keep a strong, separately funded Common Agricultural Policy of the EU after 2027, to maintain safeguard measures for sensitive Ukrainian imports, and to increase support for the control of African swine fever.

The ministers agreed to meet again during the Czech Presidency, on the margins of the Země živitelka 2027 fair in České Budějovice.`,
    expected: {
      date: '2026-10-22',
      people: [
        ['Ľubica Kráľová', 'SK'],
        ['Kateřina Nováková', 'CZ'],
        ['Nagy Levente Zoltán', 'HU'],
        ['Krzysztof Zieliński', 'PL'],
        ['Nikolay Petrov Stoyanov', 'BG'],
        ['Ioana-Maria Constantinescu', 'RO'],
        ['Matej Žnidaršič', 'SI'],
        ['Jonas Vaitkevičius', null],
      ],
      countries: ['BG', 'CZ', 'HU', 'PL', 'RO', 'SI', 'SK', 'UA'],
      blocs: ['Visegrad Group', 'EU'],
      events: ['Země živitelka 2027'],
      organizations: [
        'Ministry of Agriculture and Rural Development of Romania',
        'Ministry of Agriculture, Forestry and Food of the Republic of Slovenia',
        'Directorate-General for Agriculture and Rural Development',
        'European Commission',
      ],
      places: ['Bratislava', 'České Budějovice'],
    },
  },
  {
    id: 'n10-kz-az-intergovernmental-commission',
    text: `Ministry of Foreign Affairs of the Republic of Kazakhstan > Press Service > News

Kazakhstan and Azerbaijan hold the 21st meeting of the Intergovernmental Commission in Aktau

Published: 05 August 2026 14:20 | Updated: 05 August 2026 16:02

The 21st meeting of the Kazakhstan-Azerbaijan Intergovernmental Commission on Economic Cooperation took place in Aktau on 4–5 August. The delegation of Kazakhstan was led by Deputy Prime Minister – Minister of Trade and Integration Aigerim Nurlanovna Zhaksybekova; the delegation of Azerbaijan was led by Deputy Prime Minister Samir Tofig oglu Mammadli.

The Kazakh delegation also included the akim of Mangystau region, Nurlan Serikovich Baimukhanov, while the Ambassador of Azerbaijan to Kazakhstan, Leyla Fuad qizi Hasanova, took part on the Azerbaijani side.

The parties noted a 28 percent increase in container traffic between the ports of Aktau and Kuryk and the port of Alat near Baku, and instructed Kazakhstan Temir Zholy and Azerbaijan Railways to agree on a single through-tariff for east-west transit by the end of the year.

On the sidelines of the meeting, the Kazakhstan-Azerbaijan Business Forum brought together more than 150 companies. The next meeting of the Commission will be held in Baku in 2027.

Print version | Share`,
    expected: {
      date: '2026-08-05',
      people: [
        ['Aigerim Nurlanovna Zhaksybekova', 'KZ'],
        ['Samir Tofig oglu Mammadli', 'AZ'],
        ['Nurlan Serikovich Baimukhanov', 'KZ'],
        ['Leyla Fuad qizi Hasanova', 'AZ'],
      ],
      countries: ['AZ', 'KZ'],
      blocs: [],
      events: [
        '21st meeting of the Kazakhstan-Azerbaijan Intergovernmental Commission on Economic Cooperation',
        'Kazakhstan-Azerbaijan Business Forum',
      ],
      organizations: [
        'Ministry of Foreign Affairs of the Republic of Kazakhstan',
        'Kazakhstan-Azerbaijan Intergovernmental Commission on Economic Cooperation',
        'Kazakhstan Temir Zholy',
        'Azerbaijan Railways',
      ],
      places: ['Aktau', 'Mangystau', 'Kuryk', 'Alat', 'Baku'],
    },
  },
  {
    id: 'n10-igad-council-extraordinary',
    text: `IGAD > Press Releases

COMMUNIQUÉ
of the 54th Extraordinary Session of the IGAD Council of Ministers

Djibouti City, 9 September 2026

The 54th Extraordinary Session of the IGAD Council of Ministers was held in Djibouti City on 9 September 2026 under the chairmanship of H.E. Ismaël Houmed Abdillahi, Minister of Foreign Affairs and International Cooperation of the Republic of Djibouti and Chairperson of the Council.

The session was attended by:
1. H.E. Meskerem Tadesse Alemu, State Minister for Foreign Affairs, Federal Democratic Republic of Ethiopia
2. H.E. Dr. Jane Wambui Kariuki-Odhiambo, Principal Secretary for Foreign Affairs, Republic of Kenya
3. H.E. Abdirahman Mohamed Warsame, Minister of Foreign Affairs and International Cooperation, Federal Republic of Somalia
4. H.E. Deng Akol Mayen, Minister of Foreign Affairs and International Cooperation, Republic of South Sudan
5. Amb. Hassan Osman El-Tayeb, representing the Minister of Foreign Affairs, Republic of the Sudan
6. H.E. Dr. Grace Nakato Ssempala, Minister of State for Regional Cooperation, Republic of Uganda

The Council noted that Eritrea did not take part. The session was also attended by the Executive Secretary of IGAD, Dr. Fatuma Abdi Hirsi, and by Amb. Kwame Osei-Bonsu, Special Envoy of the AU Commission.

The Council expressed grave concern over the humanitarian situation in El Fasher and across Darfur, called for an immediate ceasefire, and welcomed the convening of the IGAD Regional Ministerial Conference on Drought Resilience in November.

The Council decided to convene the 16th Ordinary Summit of IGAD Heads of State and Government in Addis Ababa in December 2026.`,
    expected: {
      date: '2026-09-09',
      people: [
        ['Ismaël Houmed Abdillahi', 'DJ'],
        ['Meskerem Tadesse Alemu', 'ET'],
        ['Jane Wambui Kariuki-Odhiambo', 'KE'],
        ['Abdirahman Mohamed Warsame', 'SO'],
        ['Deng Akol Mayen', 'SS'],
        ['Hassan Osman El-Tayeb', 'SD'],
        ['Grace Nakato Ssempala', 'UG'],
        ['Fatuma Abdi Hirsi', null],
        ['Kwame Osei-Bonsu', null],
      ],
      countries: ['DJ', 'ER', 'ET', 'KE', 'SD', 'SO', 'SS', 'UG'],
      blocs: ['IGAD', 'AU'],
      events: [
        '54th Extraordinary Session of the IGAD Council of Ministers',
        'IGAD Regional Ministerial Conference on Drought Resilience',
        '16th Ordinary Summit of IGAD Heads of State and Government',
      ],
      organizations: ['IGAD Council of Ministers', 'AU Commission'],
      places: ['Djibouti City', 'El Fasher', 'Darfur', 'Addis Ababa'],
    },
  },
  {
    id: 'n10-5plus5-ministerial',
    text: `5+5 Dialogue | Documents

Final Declaration of the XIX Ministerial Conference of the 5+5 Dialogue

Tunis, 27 March 2026

The Ministers of Foreign Affairs of the ten member countries of the 5+5 Dialogue met in Tunis on 26 and 27 March 2026 for the XIX Ministerial Conference, co-chaired by Tunisia and Portugal.

Heads of delegation:
Algeria — Karim Bouzid, Minister of State, Minister of Foreign Affairs
France — Hélène Marchetti-Roux, Minister Delegate for Europe
Italy — Alessandro Ferri Montanari, Undersecretary of State for Foreign Affairs
Libya — Tahir Mansour El-Werfalli, Deputy Minister of Foreign Affairs
Malta — Josianne Farrugia Zammit, Minister for Foreign Affairs
Mauritania — Mohamed Lemine Ould Cheikh Sidiya, Minister of Foreign Affairs
Morocco — Nadia El Alaoui Benjelloun, Secretary of State
Portugal — Rui Manuel Tavares de Albuquerque, Minister of Foreign Affairs
Spain — Álvaro Fernández de Córdoba y Saavedra, Secretary of State for Foreign Affairs
Tunisia — Mohamed Ali Ben Salah, Minister of Foreign Affairs

Guests: Dr. Leila Haddad Mansouri, Deputy Secretary General of the Union for the Mediterranean; Mr. Mohamed Fadel Ould Bakar, Secretary General of the Arab Maghreb Union.

The Ministers agreed to step up cooperation on migration, civil protection and renewable energy, in coordination with the EU, and to hold the XX Ministerial Conference of the 5+5 Dialogue in Lisbon in 2028.`,
    expected: {
      date: '2026-03-27',
      people: [
        ['Karim Bouzid', 'DZ'],
        ['Hélène Marchetti-Roux', 'FR'],
        ['Alessandro Ferri Montanari', 'IT'],
        ['Tahir Mansour El-Werfalli', 'LY'],
        ['Josianne Farrugia Zammit', 'MT'],
        ['Mohamed Lemine Ould Cheikh Sidiya', 'MR'],
        ['Nadia El Alaoui Benjelloun', 'MA'],
        ['Rui Manuel Tavares de Albuquerque', 'PT'],
        ['Álvaro Fernández de Córdoba y Saavedra', 'ES'],
        ['Mohamed Ali Ben Salah', 'TN'],
        ['Leila Haddad Mansouri', null],
        ['Mohamed Fadel Ould Bakar', null],
      ],
      countries: ['DZ', 'ES', 'FR', 'IT', 'LY', 'MA', 'MR', 'MT', 'PT', 'TN'],
      blocs: ['5+5 Dialogue', 'Union for the Mediterranean', 'Arab Maghreb Union', 'EU'],
      events: [
        'XIX Ministerial Conference of the 5+5 Dialogue',
        'XX Ministerial Conference of the 5+5 Dialogue',
      ],
      organizations: [],
      places: ['Tunis', 'Lisbon'],
    },
  },
  {
    id: 'n10-gcc-central-asia-dialogue',
    text: `GCC Secretariat General | Media Center | Statements

Joint Statement of the 3rd Joint Ministerial Meeting of the Strategic Dialogue between the GCC and the Countries of Central Asia

Riyadh, 27 October 2026

1. The 3rd Joint Ministerial Meeting of the Strategic Dialogue between the Gulf Cooperation Council and the countries of Central Asia was held in Riyadh on 27 October 2026, co-chaired by the Sultanate of Oman, as Chair of the current session of the GCC Ministerial Council, and the Republic of Uzbekistan.

2. The delegations of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan were led by their Ministers of Foreign Affairs or their deputies. The delegations of the United Arab Emirates, the Kingdom of Bahrain, the Kingdom of Saudi Arabia, the Sultanate of Oman, the State of Qatar and the State of Kuwait were led by their Ministers of Foreign Affairs or Ministers of State. The GCC Secretary-General also took part in the meeting.

3. The Ministers reviewed the implementation of the Joint Action Plan for 2023–2027 and welcomed the outcomes of the GCC-Central Asia Investment Forum held in Tashkent in May, which brought together more than 600 companies.

4. The Ministers stressed the importance of transport links between Central Asia and Gulf ports, and of cooperation in water and food security, renewable energy and people-to-people contacts.

5. The Ministers agreed to hold the 4th Joint Ministerial Meeting of the Strategic Dialogue in Samarkand in 2027.`,
    expected: {
      date: '2026-10-27',
      people: [],
      countries: ['AE', 'BH', 'KG', 'KW', 'KZ', 'OM', 'QA', 'SA', 'TJ', 'TM', 'UZ'],
      blocs: ['GCC'],
      events: [
        '3rd Joint Ministerial Meeting of the Strategic Dialogue between the GCC and the Countries of Central Asia',
        'GCC-Central Asia Investment Forum',
        '4th Joint Ministerial Meeting of the Strategic Dialogue',
      ],
      organizations: ['GCC Secretariat General', 'GCC Ministerial Council'],
      places: ['Riyadh', 'Tashkent', 'Samarkand'],
    },
  },
  {
    id: 'n10-sica-foreign-ministers',
    text: `Sistema de la Integración Centroamericana (SICA) | Sala de prensa

LXXXV Reunión Ordinaria del Consejo de Ministros de Relaciones Exteriores del SICA

San Salvador, 15 de mayo de 2026

The Council of Ministers of Foreign Affairs of the Central American Integration System held its ordinary meeting in San Salvador on 14 and 15 May 2026, under the pro tempore presidency of El Salvador.

PARTICIPANTS
Belize ................ Hon. Dorian Kareem Usher, Minister of Foreign Affairs
Costa Rica ............ Ana Lucía Solano Quesada, Minister of Foreign Affairs and Worship
Dominican Republic .... Rafael Antonio Peña Guzmán, Vice Minister for Foreign Policy
El Salvador ........... Ernesto Mauricio Cañas Alvarenga, Minister of Foreign Affairs (Chair)
Guatemala ............. Lucía Ixchel Batz Cumes, Minister of Foreign Affairs
Honduras .............. Héctor Manuel Paz Bográn, Minister of Foreign Affairs and International Cooperation
Nicaragua ............. Rosa Amelia Urbina Téllez, Vice Minister of Foreign Affairs
Panama ................ Iván Darío Quintero de León, Minister of Foreign Affairs
SICA General Secretariat .. Marta Elena Orellana Rivas, Secretary General

The Council approved a regional plan on orderly migration, welcomed the continuing dialogue with Mexico on the management of mixed migration flows, and asked the Central American Bank for Economic Integration to prepare a facility for climate-resilient roads. It also reviewed the implementation of the association agreement with the EU.

The Council will submit its recommendations to the LVII Meeting of Presidents of SICA, to be held in Panama City in June.`,
    expected: {
      date: '2026-05-15',
      people: [
        ['Dorian Kareem Usher', 'BZ'],
        ['Ana Lucía Solano Quesada', 'CR'],
        ['Rafael Antonio Peña Guzmán', 'DO'],
        ['Ernesto Mauricio Cañas Alvarenga', 'SV'],
        ['Lucía Ixchel Batz Cumes', 'GT'],
        ['Héctor Manuel Paz Bográn', 'HN'],
        ['Rosa Amelia Urbina Téllez', 'NI'],
        ['Iván Darío Quintero de León', 'PA'],
        ['Marta Elena Orellana Rivas', null],
      ],
      countries: ['BZ', 'CR', 'DO', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV'],
      blocs: ['SICA', 'EU'],
      events: [
        'LXXXV Reunión Ordinaria del Consejo de Ministros de Relaciones Exteriores del SICA',
        'LVII Meeting of Presidents of SICA',
      ],
      organizations: [
        'Council of Ministers of Foreign Affairs of the Central American Integration System',
        'SICA General Secretariat',
        'Central American Bank for Economic Integration',
      ],
      places: ['San Salvador', 'Panama City'],
    },
  },
  {
    id: 'n10-sz-mz-joint-permanent-commission',
    text: `Home > Newsroom > Joint Communiqués

Joint Communiqué on the VIII Session of the Eswatini-Mozambique Joint Permanent Commission for Cooperation

Mbabane, 19 June 2026

1. The VIII Session of the Eswatini-Mozambique Joint Permanent Commission for Cooperation (JPCC) was held at Ezulwini, Kingdom of Eswatini, from 17 to 19 June 2026.

2. The delegation of the Kingdom of Eswatini was led by Honourable Thulisile Nomcebo Simelane-Mabuza, Minister of Foreign Affairs and International Cooperation, while the delegation of the Republic of Mozambique was led by His Excellency Celso Fernando da Conceição Matavele, Vice-Minister of Foreign Affairs and Cooperation.

3. The Session was preceded by a meeting of senior officials co-chaired by Principal Secretary Mr. Bongani Sifiso Nxumalo and Ambassador Rosália Maria dos Anjos Muianga.

4. The two sides agreed to extend the operating hours of the Lomahasha/Namaacha and Mhlumeni/Goba border posts, and welcomed the growth of Swazi sugar exports through the port of Maputo. They committed to coordinate their positions within SADC and to deepen consultations with SACU on trade facilitation.

5. The two sides agreed to hold the IX Session of the JPCC in Maputo in 2028.

For the Government of the Kingdom of Eswatini        For the Government of the Republic of Mozambique
Thulisile Nomcebo Simelane-Mabuza                     Celso Fernando da Conceição Matavele`,
    expected: {
      date: '2026-06-19',
      people: [
        ['Thulisile Nomcebo Simelane-Mabuza', 'SZ'],
        ['Celso Fernando da Conceição Matavele', 'MZ'],
        ['Bongani Sifiso Nxumalo', 'SZ'],
        ['Rosália Maria dos Anjos Muianga', 'MZ'],
      ],
      countries: ['MZ', 'SZ'],
      blocs: ['SADC', 'SACU'],
      events: [
        'VIII Session of the Eswatini-Mozambique Joint Permanent Commission for Cooperation',
        'IX Session of the JPCC',
      ],
      organizations: ['Eswatini-Mozambique Joint Permanent Commission for Cooperation'],
      places: ['Mbabane', 'Ezulwini', 'Lomahasha', 'Namaacha', 'Mhlumeni', 'Goba', 'Maputo'],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // 3. Embassies, consulates, sector ministries and sub-national governments
  // ---------------------------------------------------------------------------------------------
  {
    id: 'n10-id-embassy-windhoek-expo',
    text: `KBRI Windhoek > Berita

Namibian companies invited to Trade Expo Indonesia 2026

Windhoek, 7 Mei 2026

The Embassy of the Republic of Indonesia in Windhoek held a business briefing on Wednesday for some forty Namibian importers ahead of Trade Expo Indonesia 2026, which takes place from 14 to 18 October 2026 in Tangerang, Banten.

Chargé d'affaires a.i. Bapak Dimas Prasetyo Nugroho said Indonesia would offer free exhibition space to Namibian buyers. The briefing was opened by Ms. Josephine Ndeshipanda Iipinge, Executive Director in the Namibian Ministry of Industries, Mines and Energy, who welcomed the growing interest in Indonesian machinery and processed food.

The Embassy's trade attaché, Ibu Sari Wulandari Siregar, presented coffee and spices from Sumatra and Sulawesi and explained shipping options through Walvis Bay. The event was organised with the support of the Namibia Trade Forum.

Bagikan: Facebook | X | WhatsApp
Dilihat 312 kali
Situs ini menggunakan cookie. Setuju`,
    expected: {
      date: '2026-05-07',
      people: [
        ['Dimas Prasetyo Nugroho', 'ID'],
        ['Josephine Ndeshipanda Iipinge', 'NA'],
        ['Sari Wulandari Siregar', 'ID'],
      ],
      countries: ['ID', 'NA'],
      blocs: [],
      events: ['Trade Expo Indonesia 2026'],
      organizations: [
        'Embassy of the Republic of Indonesia in Windhoek',
        'Namibian Ministry of Industries, Mines and Energy',
        'Namibia Trade Forum',
      ],
      places: ['Windhoek', 'Tangerang', 'Banten', 'Sumatra', 'Sulawesi', 'Walvis Bay'],
    },
  },
  {
    id: 'n10-mx-consulate-atlanta-georgia',
    text: `Comunicado No. 047/2026

Mexican Consulate in Atlanta launches the 26th Binational Health Week in Georgia

Atlanta, Georgia, October 5, 2026

The Consulate General of Mexico in Atlanta, together with community health centers across Georgia and Alabama, inaugurated today the 26th Binational Health Week, which will offer free screenings, vaccinations and health information to Mexican families living in the south-eastern United States until October 31.

Consul General María Fernanda Ruiz de la Garza opened the week together with Dr. Kathleen M. Whitfield, Commissioner of the Georgia Department of Public Health. Mobile units will visit Gainesville, Dalton and Savannah, while events in Alabama will take place in Birmingham and Montgomery.

The Consul General thanked the Institute for Mexicans Abroad and the Secretariat of Health of Mexico for their support.

Media contact: Jorge Alberto Treviño Saldívar, Consul for Community Affairs

Follow us: Facebook | Instagram | X`,
    expected: {
      date: '2026-10-05',
      people: [
        ['María Fernanda Ruiz de la Garza', 'MX'],
        ['Kathleen M. Whitfield', 'US'],
        ['Jorge Alberto Treviño Saldívar', 'MX'],
      ],
      countries: ['MX', 'US'],
      blocs: [],
      events: ['26th Binational Health Week'],
      organizations: [
        'Consulate General of Mexico in Atlanta',
        'Georgia Department of Public Health',
        'Institute for Mexicans Abroad',
        'Secretariat of Health of Mexico',
      ],
      places: [
        'Atlanta',
        'Georgia',
        'Alabama',
        'Gainesville',
        'Dalton',
        'Savannah',
        'Birmingham',
        'Montgomery',
      ],
    },
  },
  {
    id: 'n10-ls-health-press-release',
    text: `KINGDOM OF LESOTHO

PRESS RELEASE
Ref: MOH/PR/2026/041
For immediate release

Lesotho launches national HPV vaccination catch-up campaign

Maseru, 03/02/2026

The Ministry of Health of the Kingdom of Lesotho announces a two-week HPV vaccination catch-up campaign for girls aged 9 to 14 in all ten districts, starting on Monday 9 February 2026.

The campaign was launched at Lithabaneng Primary School in Maseru by the Minister of Health, Honourable 'Mathabo Nthabiseng Ramoholi, who was joined by the Director General of Health Services, Dr. Palesa Motšoene-Khoali, and the World Health Organization Representative, Dr. Amadou Bailo Sow.

Vaccination teams supported by UNICEF and Gavi, the Vaccine Alliance will visit schools and clinics in remote areas of Mafeteng, Leribe, Thaba-Tseka, Qacha's Nek and Mokhotlong.

Parents are encouraged to bring their daughters' health booklets.

Issued by the Public Relations Office
Contact: Mr. Tumelo Ts'oeu, Public Relations Officer — mohlesotho.pr@gmail.com`,
    expected: {
      date: '2026-02-03',
      people: [
        ["'Mathabo Nthabiseng Ramoholi", 'LS'],
        ['Palesa Motšoene-Khoali', 'LS'],
        ['Amadou Bailo Sow', null],
        ["Tumelo Ts'oeu", 'LS'],
      ],
      countries: ['LS'],
      blocs: [],
      events: [],
      organizations: [
        'Ministry of Health of the Kingdom of Lesotho',
        'Lithabaneng Primary School',
        'World Health Organization',
        'UNICEF',
        'Gavi, the Vaccine Alliance',
      ],
      places: ['Maseru', 'Mafeteng', 'Leribe', 'Thaba-Tseka', "Qacha's Nek", 'Mokhotlong'],
    },
  },
  {
    id: 'n10-sz-agriculture-trade-fair-nodate',
    text: `Home » News » Agriculture

Farmers urged to book stalls early for the Eswatini International Trade Fair

MANZINI – The Ministry of Agriculture has urged smallholder farmers and agro-processors to register early for the 2026 Eswatini International Trade Fair, which opens in Manzini at the end of August.

Speaking at a farmers' day in Siphofaneni on Friday, Principal Secretary Mr Mduduzi Sipho Gamedze said the fair was the best shop window for local produce, and that stalls reserved for emaSwati farmers would be subsidised by half.

Chief Mandlenkosi Shongwe of Siphofaneni thanked the Ministry for the new irrigation canals and said that maize yields in the area had doubled.

The National Maize Corporation and the Eswatini Dairy Board will also exhibit at the fair.

Share this: Facebook | WhatsApp | Email
Published 3 days ago | 1,287 views
Related: Sugar cane farmers receive drought relief | Irrigation scheme update`,
    expected: {
      date: null,
      people: [
        ['Mduduzi Sipho Gamedze', 'SZ'],
        ['Mandlenkosi Shongwe', 'SZ'],
      ],
      countries: ['SZ'],
      blocs: [],
      events: ['2026 Eswatini International Trade Fair'],
      organizations: ['National Maize Corporation', 'Eswatini Dairy Board'],
      places: ['Manzini', 'Siphofaneni'],
    },
  },
  {
    id: 'n10-bw-education-byline',
    text: `Home > News > Education

Young scientists gather in Palapye for national fair

By Onalenna Mmolai, BOPA

GABORONE, Tuesday 22 September 2026

Learners from 48 secondary schools will compete at the 2026 Botswana National Science Fair, which opens tomorrow at the Botswana International University of Science and Technology in Palapye.

Announcing the programme in Gaborone, the Minister of Child Welfare and Basic Education, Ms Keitumetse Boitumelo Molefhe, said this year's projects focus on water harvesting, solar cooling and crop disease detection. The best three projects will represent Botswana at the SADC Youth Science Expo in Windhoek.

Permanent Secretary Dr Kabo Lesego Ntshebe thanked Debswana for sponsoring the prizes and the travel of the winning teams.

ENDS/BOPA

Source : BOPA | Location : GABORONE | Date : 22 Sep 2026`,
    expected: {
      date: '2026-09-22',
      people: [
        ['Onalenna Mmolai', 'BW'],
        ['Keitumetse Boitumelo Molefhe', 'BW'],
        ['Kabo Lesego Ntshebe', 'BW'],
      ],
      countries: ['BW'],
      blocs: ['SADC'],
      events: ['2026 Botswana National Science Fair', 'SADC Youth Science Expo'],
      organizations: ['BOPA', 'Botswana International University of Science and Technology', 'Debswana'],
      places: ['Palapye', 'Gaborone', 'Windhoek'],
    },
  },
  {
    id: 'n10-jp-embassy-nepal-film-festival',
    text: `Embassy of Japan in Nepal
在ネパール日本国大使館

Home > Culture & Education > News

Japan Film Festival 2026 opens in Kathmandu

Published 12.11.2026 | 312 views

The Embassy of Japan in Nepal, in cooperation with the Japan Foundation and the Film Development Board of Nepal, opened the Japan Film Festival 2026 in Kathmandu on 11 November.

Ambassador OGAWA Kenji welcomed the guests, including Hon. Sita Kumari Rai, Minister for Culture, Tourism and Civil Aviation, and Mr. Bishnu Prasad Adhikari, Chairperson of the Film Development Board. "Films allow the people of our two countries to see each other's daily lives," the Ambassador said.

After Kathmandu, the festival will travel to Pokhara in Gandaki Province and to Biratnagar. A Japanese-language speech contest for university students will be held on the closing day.

Related links
› Scholarships for study in Japan 2027
› Visa information
› Bilateral relations
We use cookies on this site. Accept`,
    expected: {
      date: '2026-11-12',
      people: [
        ['OGAWA Kenji', 'JP'],
        ['Sita Kumari Rai', 'NP'],
        ['Bishnu Prasad Adhikari', 'NP'],
      ],
      countries: ['JP', 'NP'],
      blocs: [],
      events: ['Japan Film Festival 2026'],
      organizations: ['Embassy of Japan in Nepal', 'Japan Foundation', 'Film Development Board of Nepal'],
      places: ['Kathmandu', 'Pokhara', 'Gandaki Province', 'Biratnagar'],
    },
  },
  {
    id: 'n10-pl-defence-exercise',
    text: `Home > News > Defence

Polish and allied troops complete Exercise IRON BISON-26 near Drawsko Pomorskie

Warszawa, 10 października 2026

Some 6,500 soldiers from Poland, Lithuania, the Czech Republic, Slovakia and Romania took part in Exercise IRON BISON-26, which ended on Friday at the Drawsko Pomorskie training area. The exercise tested the rapid reinforcement of NATO's eastern flank and the cooperation of national units with the Multinational Division North-East headquartered in Elbląg.

The exercise was directed by gen. dyw. Marek Antoni Sadowski, commander of the 12th Mechanised Division. Deputy Minister of National Defence Małgorzata Wiśniewska-Kowal observed the final phase together with Lithuanian Vice-Minister of National Defence Rūta Kazlauskienė, Czech brig. gen. Jiří Hrubý and Romanian Colonel Radu Gheorghiu.

"Our allies showed that they can reach Poland and fight alongside us within days," said Wiśniewska-Kowal.

Udostępnij: Facebook | X | Drukuj
Ta strona używa plików cookies. Akceptuję`,
    expected: {
      date: '2026-10-10',
      people: [
        ['Marek Antoni Sadowski', 'PL'],
        ['Małgorzata Wiśniewska-Kowal', 'PL'],
        ['Rūta Kazlauskienė', 'LT'],
        ['Jiří Hrubý', 'CZ'],
        ['Radu Gheorghiu', 'RO'],
      ],
      countries: ['CZ', 'LT', 'PL', 'RO', 'SK'],
      blocs: ['NATO'],
      events: ['Exercise IRON BISON-26'],
      organizations: ['Multinational Division North-East', '12th Mechanised Division'],
      places: ['Warszawa', 'Drawsko Pomorskie', 'Elbląg'],
    },
  },
  {
    id: 'n10-id-ntt-province-border-market',
    text: `Siaran Pers No. 112/SP/VIII/2026

East Nusa Tenggara and Timor-Leste's Bobonaro municipality agree to reopen border market

Kupang, 3 Agustus 2026

The Governor of East Nusa Tenggara, Drs. Frans Xaverius Manek, received the President of the Municipal Authority of Bobonaro, Mr. Domingos Soares Maia, at the governor's office in Kupang on Monday. The meeting was also attended by the Consul of Timor-Leste in Kupang, Ms. Ermelinda da Silva Ximenes, and by the Bupati of Belu, Agustinus Taolin Bria.

The two sides agreed to reopen the weekly cross-border market at Motaain and Batugade from September, and to study a second market linking Malaka with Oecusse. Governor Manek said trade along the Indonesia–Timor-Leste land border should grow now that Timor-Leste has joined ASEAN.

Traders from Atambua are expected to be the first to benefit.

Dibaca 845 kali | Bagikan: Facebook WhatsApp`,
    expected: {
      date: '2026-08-03',
      people: [
        ['Frans Xaverius Manek', 'ID'],
        ['Domingos Soares Maia', 'TL'],
        ['Ermelinda da Silva Ximenes', 'TL'],
        ['Agustinus Taolin Bria', 'ID'],
      ],
      countries: ['ID', 'TL'],
      blocs: ['ASEAN'],
      events: [],
      organizations: [],
      places: [
        'East Nusa Tenggara',
        'Bobonaro',
        'Kupang',
        'Belu',
        'Motaain',
        'Batugade',
        'Malaka',
        'Oecusse',
        'Atambua',
      ],
    },
  },
  {
    id: 'n10-uy-livestock-expo-prado',
    text: `Ministerio de Ganadería, Agricultura y Pesca — Uruguay
Comunicados | Montevideo, 14 de setiembre de 2026

Ministry inaugurates its pavilion at Expo Prado 2026

The Minister of Livestock, Agriculture and Fisheries, Ing. Agr. Diego Martín Sosa Ferreira, and the Undersecretary, Carolina Píriz Olivera, inaugurated the Ministry's pavilion at Expo Prado 2026, organised by the Asociación Rural del Uruguay at its fairground in Montevideo.

The Paraguayan Minister of Agriculture and Livestock, Blas Antonio Riquelme Ayala, toured the pavilion with a delegation of breeders. Buyers from the People's Republic of China, Türkiye and Saudi Arabia attended the first auctions of breeding cattle from Tacuarembó and Durazno.

Technicians of the National Meat Institute (INAC) and the National Agricultural Research Institute (INIA) presented the new national traceability system.

Compartir en: Facebook | X | WhatsApp
Este sitio utiliza cookies. Más información`,
    expected: {
      date: '2026-09-14',
      people: [
        ['Diego Martín Sosa Ferreira', 'UY'],
        ['Carolina Píriz Olivera', 'UY'],
        ['Blas Antonio Riquelme Ayala', 'PY'],
      ],
      countries: ['CN', 'PY', 'SA', 'TR', 'UY'],
      blocs: [],
      events: ['Expo Prado 2026'],
      organizations: [
        'Ministerio de Ganadería, Agricultura y Pesca',
        'Asociación Rural del Uruguay',
        'National Meat Institute',
        'National Agricultural Research Institute',
      ],
      places: ['Montevideo', 'Tacuarembó', 'Durazno'],
    },
  },
  {
    id: 'n10-kz-sport-nomad-games',
    text: `Ministry of Tourism and Sports of the Republic of Kazakhstan

PRESS RELEASE | No. 2026/318
For immediate release

Astana to welcome athletes from 89 countries at the VI World Nomad Games

ASTANA, 1 September 2026 — Preparations for the VI World Nomad Games are entering their final stage, Vice Minister of Tourism and Sports Yerlan Serikuly Abdrakhmanov told journalists today.

More than 2,800 athletes have registered for 21 disciplines, among them kokpar, horseback archery, mas-wrestling and eagle hunting. The largest delegations come from Kyrgyzstan, Mongolia, Türkiye, Azerbaijan, Uzbekistan and Hungary. The Mongolian wrestling team will be led by its captain, Tsogtbaataryn Oyunchimeg.

Horse races and the eagle hunting competition will take place in Burabay. The Secretary General of the World Ethnosport Confederation, Aizhan Bolatkyzy Myrzakhmetova, praised the venues and the volunteer programme.

Media accreditation closes on 15 September.
Press secretary: Daniyar Kairatuly Seitkali, press@wng2026.kz`,
    expected: {
      date: '2026-09-01',
      people: [
        ['Yerlan Serikuly Abdrakhmanov', 'KZ'],
        ['Tsogtbaataryn Oyunchimeg', 'MN'],
        ['Aizhan Bolatkyzy Myrzakhmetova', null],
        ['Daniyar Kairatuly Seitkali', 'KZ'],
      ],
      countries: ['AZ', 'HU', 'KG', 'KZ', 'MN', 'TR', 'UZ'],
      blocs: [],
      events: ['VI World Nomad Games'],
      organizations: [
        'Ministry of Tourism and Sports of the Republic of Kazakhstan',
        'World Ethnosport Confederation',
      ],
      places: ['Astana', 'Burabay'],
    },
  },
  {
    id: 'n10-lu-space-resources-week',
    text: `Luxembourg Space Agency | News

2026-04-21

Space Resources Week 2026 closes with record attendance

The Luxembourg Space Agency (LSA) and the European Space Resources Innovation Centre (ESRIC) welcomed more than 1,100 participants from 34 countries to Space Resources Week 2026, held in Luxembourg City from 14 to 17 April.

Minister of the Economy Claude Wiltgen opened the conference, and LSA chief executive Jean-Paul Schmit announced three new research contracts on lunar water extraction, one of them with the Japanese company ispace.

Delegations included Bjarki Steinsson of the Ministry of Higher Education, Science and Innovation of Iceland, who presented Iceland's volcanic terrain as a test site for lunar rovers, and Dr. LEE Soo-min of the Korea AeroSpace Administration, who outlined Korea's plans for a lunar lander. The Polish Space Agency signed a memorandum of understanding with ESRIC on the margins of the event.

Share this: LinkedIn | X | Email
Subscribe to our newsletter`,
    expected: {
      date: '2026-04-21',
      people: [
        ['Claude Wiltgen', 'LU'],
        ['Jean-Paul Schmit', 'LU'],
        ['Bjarki Steinsson', 'IS'],
        ['LEE Soo-min', 'KR'],
      ],
      countries: ['IS', 'JP', 'KR', 'LU', 'PL'],
      blocs: [],
      events: ['Space Resources Week 2026'],
      organizations: [
        'Luxembourg Space Agency',
        'European Space Resources Innovation Centre',
        'ispace',
        'Ministry of Higher Education, Science and Innovation of Iceland',
        'Korea AeroSpace Administration',
        'Polish Space Agency',
      ],
      places: ['Luxembourg City'],
    },
  },
  {
    id: 'n10-ph-consulate-dubai-advisory',
    text: `Philippine Consulate General in Dubai and the Northern Emirates
CONSULAR ADVISORY No. 27-2026

Friday, 12 June 2026, 7:00 PM (GST)

ADVISORY ON PASSPORT SERVICES AT PINOY FIESTA DUBAI 2026

The Philippine Consulate General informs Filipino nationals in Dubai, Sharjah, Ajman, Umm Al Quwain, Ras Al Khaimah and Fujairah that passport renewal appointments on 13 and 14 June 2026 will be processed at the Pinoy Fiesta Dubai 2026 grounds in Al Qusais instead of the Consulate.

Applicants must bring a printed appointment confirmation, their current passport and a valid United Arab Emirates residence visa. Walk-in applicants will be accommodated only if slots remain.

The Migrant Workers Office and the Overseas Workers Welfare Administration will also have booths at the venue for contract verification and membership renewal.

The Consulate thanks the Filipino community for its patience.

For inquiries, please e-mail the Passport Section. Mabuhay ang Republika ng Pilipinas!`,
    expected: {
      date: '2026-06-12',
      people: [],
      countries: ['AE', 'PH'],
      blocs: [],
      events: ['Pinoy Fiesta Dubai 2026'],
      organizations: [
        'Philippine Consulate General in Dubai and the Northern Emirates',
        'Migrant Workers Office',
        'Overseas Workers Welfare Administration',
      ],
      places: ['Dubai', 'Sharjah', 'Ajman', 'Umm Al Quwain', 'Ras Al Khaimah', 'Fujairah', 'Al Qusais'],
    },
  },
  {
    id: 'n10-mn-defence-khaan-quest-nodate',
    text: `Ministry of Defence of Mongolia | News

Khaan Quest 2026 multinational peacekeeping exercise opens

ULAANBAATAR — The annual Khaan Quest 2026 multinational peacekeeping exercise opened on Monday at the Five Hills Peace Support Operations Training Center in Tuv province, with personnel from 26 countries, including the United States, Japan, Korea, Nepal, Bangladesh, Fiji and Tonga.

The opening ceremony was attended by the Minister of Defence, Ts. Altangerel, and the Chief of the General Staff of the Mongolian Armed Forces, Major General B. Munkhjargal. Brigadier General Charles R. Whitmore III, Deputy Commanding General of U.S. Army Pacific, delivered remarks on behalf of the co-sponsors.

Colonel CHOI Seo-yeon, head of the Korean contingent, and Lieutenant Colonel 'Ofa Lupe Tangitau of His Majesty's Armed Forces of Tonga will lead the field training lanes on convoy protection and checkpoint operations.

The exercise will run for two weeks.`,
    expected: {
      date: null,
      people: [
        ['Ts. Altangerel', 'MN'],
        ['B. Munkhjargal', 'MN'],
        ['Charles R. Whitmore III', 'US'],
        ['CHOI Seo-yeon', 'KR'],
        ["'Ofa Lupe Tangitau", 'TO'],
      ],
      countries: ['BD', 'FJ', 'JP', 'KR', 'MN', 'NP', 'TO', 'US'],
      blocs: [],
      events: ['Khaan Quest 2026'],
      organizations: [
        'Ministry of Defence of Mongolia',
        'Five Hills Peace Support Operations Training Center',
        'Mongolian Armed Forces',
        'U.S. Army Pacific',
        "His Majesty's Armed Forces of Tonga",
      ],
      places: ['Ulaanbaatar', 'Tuv'],
    },
  },
  {
    id: 'n10-bf-commerce-crafts-fair',
    text: `Ministère du Développement industriel, du Commerce, de l'Artisanat et des PME — Burkina Faso

COMMUNIQUÉ DE PRESSE
Réf. : N°2026-0871/MDICAPME/SG/DCPM
Pour diffusion immédiate

Ouagadougou, le 30 octobre 2026

Ouverture de la 17e édition du Salon international de l'artisanat de Ouagadougou

The Minister of Industrial Development, Commerce, Crafts and SMEs, Mr Serge Wendpouiré Zongo, today opened the 17th International Arts and Crafts Fair of Ouagadougou, which runs until 8 November.

Mali is this year's guest of honour. The Malian Minister of Handicrafts, Mrs Fatoumata Binta Diallo, led a delegation of 120 artisans, and exhibitors also came from Gabon, Chad, Senegal and Morocco. The Director General of the fair, Mrs Salimata Kaboré-Zongo, said that more than 3,000 exhibitors from the UEMOA area and the Confederation of Sahel States (AES) were expected, including bronze casters from Bobo-Dioulasso and weavers from Koudougou.

Contact presse : Issouf Sawadogo, chargé de communication`,
    expected: {
      date: '2026-10-30',
      people: [
        ['Serge Wendpouiré Zongo', 'BF'],
        ['Fatoumata Binta Diallo', 'ML'],
        ['Salimata Kaboré-Zongo', 'BF'],
        ['Issouf Sawadogo', 'BF'],
      ],
      countries: ['BF', 'GA', 'MA', 'ML', 'SN', 'TD'],
      blocs: ['UEMOA', 'AES'],
      events: ['17th International Arts and Crafts Fair of Ouagadougou'],
      organizations: ["Ministère du Développement industriel, du Commerce, de l'Artisanat et des PME"],
      places: ['Ouagadougou', 'Bobo-Dioulasso', 'Koudougou'],
    },
  },
];
