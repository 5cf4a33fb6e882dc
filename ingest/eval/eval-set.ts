/**
 * Evaluation set for the extractors: announcements written for this project in the genre of the sample
 * (not copied from anywhere), each with hand-written expected entities. People are [name, country].
 */
export interface ExpectedEntities {
  date: string | null;
  people: Array<[string, string | null]>;
  countries: string[];
  blocs: string[];
  events: string[];
  organizations: string[];
  places: string[];
}

export interface EvalCase {
  id: string;
  text: string;
  expected: ExpectedEntities;
}

export const EVAL_SET: EvalCase[] = [
  {
    id: 'vn-joint-committee',
    text: `Home > Announcement Board
Vice Minister Li Meng Co-chairs the 10th Meeting of the China-Vietnam Joint Committee on Science and Technology Cooperation

On 14 March 2019, Vice Minister of Science and Technology Li Meng and Bui The Duy, Vice Minister of Science and Technology of Viet Nam, co-chaired the 10th Meeting of the China-Vietnam Joint Committee on Science and Technology Cooperation in Hanoi.

Li Meng said that the two countries are close neighbours. Bui The Duy thanked the Chinese side for its support to Vietnamese researchers.`,
    expected: {
      date: '2019-03-14',
      people: [
        ['Li Meng', 'CN'],
        ['Bui The Duy', 'VN'],
      ],
      countries: ['CN', 'VN'],
      blocs: [],
      events: ['10th Meeting of the China-Vietnam Joint Committee on Science and Technology Cooperation'],
      organizations: ['China-Vietnam Joint Committee on Science and Technology Cooperation'],
      places: ['Hanoi'],
    },
  },
  {
    id: 'lao-delegation',
    text: `Home > Announcement Board
Lao Delegation Visits Yunnan Science Park

On June 3, 2018, a Lao delegation led by Boviengkham Vongdara, Minister of Science and Technology of Lao PDR, visited a science park in Kunming, Yunnan Province. Boviengkham Vongdara praised the progress of the China-Laos technology transfer center.

The delegation also met with Wang Xiaoming, Director of the Science and Technology Department of Yunnan Province.`,
    expected: {
      date: '2018-06-03',
      people: [
        ['Boviengkham Vongdara', 'LA'],
        ['Wang Xiaoming', 'CN'],
      ],
      countries: ['CN', 'LA'],
      blocs: [],
      events: [],
      organizations: [
        'China-Laos technology transfer center',
        'Science and Technology Department of Yunnan Province',
      ],
      places: ['Kunming', 'Yunnan Province'],
    },
  },
  {
    id: 'thai-minister-higher-education',
    text: `Home > Announcement Board
Minister Wang Zhigang Meets Thai Minister of Higher Education

On 21 November 2019, Minister of Science and Technology Wang Zhigang met in Beijing with Suvit Maesincee, Minister of Higher Education, Science, Research and Innovation of Thailand. The two ministers discussed cooperation in space technology and the Eastern Economic Corridor.

Suvit Maesincee said that Thai universities hope to work more closely with Chinese partners.`,
    expected: {
      date: '2019-11-21',
      people: [
        ['Wang Zhigang', 'CN'],
        ['Suvit Maesincee', 'TH'],
      ],
      countries: ['CN', 'TH'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Beijing'],
    },
  },
  {
    id: 'no-person-expo-notice',
    text: `Home > Announcement Board
Notice on the 16th China-ASEAN Expo

The 16th China-ASEAN Expo will open in Nanning on September 20, 2019. Exhibitors from Myanmar, Brunei and the Philippines have registered for the technology pavilion.

Applications for the accompanying Sixth China-ASEAN Technology Transfer Forum close at the end of August.`,
    expected: {
      date: '2019-09-20',
      people: [],
      countries: ['BN', 'CN', 'MM', 'PH'],
      blocs: ['ASEAN'],
      events: ['16th China-ASEAN Expo', 'Sixth China-ASEAN Technology Transfer Forum'],
      organizations: [],
      places: ['Nanning'],
    },
  },
  {
    id: 'malaysia-mou',
    text: `Home > Announcement Board
China and Malaysia Sign MoU on Innovation

On 2018-08-20, Vice Minister Huang Wei and Datuk Seri Mohd Redzuan Md Yusof, Minister of Entrepreneur Development of Malaysia, signed a memorandum of understanding on science, technology and innovation in Putrajaya.

Huang Wei noted that Malaysian and Chinese companies have a strong basis for cooperation in the digital economy.`,
    expected: {
      date: '2018-08-20',
      people: [
        ['Huang Wei', 'CN'],
        ['Mohd Redzuan Md Yusof', 'MY'],
      ],
      countries: ['CN', 'MY'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Putrajaya'],
    },
  },
  {
    id: 'indonesia-joint-commission',
    text: `Home > Announcement Board
Indonesian Minister Attends Innovation Dialogue in Beijing

On 9 May 2017, Mohamad Nasir, Minister of Research, Technology and Higher Education of Indonesia, attended the Second China-Indonesia Innovation Dialogue in Beijing together with Vice Minister Xu Nanping.

Xu Nanping said that Indonesia is an important partner in the Belt and Road Initiative. Mohamad Nasir invited Chinese scientists to visit Bandung.`,
    expected: {
      date: '2017-05-09',
      people: [
        ['Mohamad Nasir', 'ID'],
        ['Xu Nanping', 'CN'],
      ],
      countries: ['CN', 'ID'],
      blocs: [],
      events: ['Second China-Indonesia Innovation Dialogue'],
      organizations: [],
      places: ['Beijing', 'Bandung'],
    },
  },
  {
    id: 'philippine-delegation',
    text: `Home > Announcement Board
Philippine Science Delegation Received at MOST

On April 11, 2018, Vice Minister Zhang Jianguo received a Philippine delegation headed by Fortunato de la Peña, Secretary of the Department of Science and Technology of the Philippines.

Fortunato de la Peña expressed the hope that Filipino researchers could join more joint laboratories. Zhang Jianguo introduced China's programmes for young scientists.`,
    expected: {
      date: '2018-04-11',
      people: [
        ['Zhang Jianguo', 'CN'],
        ['Fortunato de la Peña', 'PH'],
      ],
      countries: ['CN', 'PH'],
      blocs: [],
      events: [],
      organizations: ['Department of Science and Technology of the Philippines'],
      places: [],
    },
  },
  {
    id: 'cambodia-sok',
    text: `Home > Announcement Board
China and Cambodia Review Joint Laboratory Progress

On 5 December 2018, Cham Prasidh, Senior Minister and Minister of Industry and Handicraft of Cambodia, met with Ye Dongbai, Director-General of International Cooperation of the MOST, in Phnom Penh.

Both sides agreed to hold the Third Meeting of the China-Cambodia Joint Committee on Science and Technology Cooperation in 2019. Cham Prasidh said the Cambodian government values Chinese support for technical training.`,
    expected: {
      date: '2018-12-05',
      people: [
        ['Cham Prasidh', 'KH'],
        ['Ye Dongbai', 'CN'],
      ],
      countries: ['CN', 'KH'],
      blocs: [],
      events: ['Third Meeting of the China-Cambodia Joint Committee on Science and Technology Cooperation'],
      organizations: ['China-Cambodia Joint Committee on Science and Technology Cooperation'],
      places: ['Phnom Penh'],
    },
  },
  {
    id: 'myanmar-seminar',
    text: `Home > Announcement Board
Training Seminar for Myanmar Engineers Opens in Kunming

A training seminar on renewable energy for engineers from Myanmar opened in Kunming on 16 July 2018. Thirty participants from Yangon and Mandalay will spend three weeks in Yunnan.

Dr. Myo Thein Gyi, Minister of Education of Myanmar, sent a letter of thanks. The course is organised by the Yunnan Academy of Scientific and Technical Information.`,
    expected: {
      date: '2018-07-16',
      people: [['Myo Thein Gyi', 'MM']],
      countries: ['MM'],
      blocs: [],
      events: [],
      organizations: ['Yunnan Academy of Scientific and Technical Information'],
      places: ['Kunming', 'Yangon', 'Mandalay', 'Yunnan'],
    },
  },
  {
    id: 'singapore-no-person',
    text: `Home > Announcement Board
China-Singapore Smart City Workshop Held in Tianjin

The China-Singapore Smart City Workshop was held in Tianjin on October 30, 2019. Urban planners from Singapore and China shared experience in digital governance and water management.

Participants visited the Sino-Singapore Tianjin Eco-City and agreed to meet again in 2020.`,
    expected: {
      date: '2019-10-30',
      people: [],
      countries: ['CN', 'SG'],
      blocs: [],
      events: ['China-Singapore Smart City Workshop'],
      organizations: [],
      places: ['Tianjin'],
    },
  },
  {
    id: 'brunei-bruneian',
    text: `Home > Announcement Board
Bruneian Officials Learn About Marine Science

On Sept. 4, 2018, a group of Bruneian officials led by Hjh Normah Jamil, Permanent Secretary of the Ministry of Development of Brunei Darussalam, toured the marine research station in Xiamen.

The visitors were briefed by Professor Chen Xiaoping of Xiamen University on coral reef monitoring.`,
    expected: {
      date: '2018-09-04',
      people: [
        ['Normah Jamil', 'BN'],
        ['Chen Xiaoping', 'CN'],
      ],
      countries: ['BN'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Development of Brunei Darussalam', 'Xiamen University'],
      places: ['Xiamen'],
    },
  },
  {
    id: 'sino-french',
    text: `Home > Announcement Board
Sino-French Committee Meets in Paris

On 26 June 2018, the Sino-French Joint Committee on Science and Technology held its 14th session in Paris. Vice Minister Li Meng and Frédérique Vidal, French Minister of Higher Education, Research and Innovation, attended the session.

Frédérique Vidal said that the Franco-Chinese partnership in astronomy and health research has produced excellent results.`,
    expected: {
      date: '2018-06-26',
      people: [
        ['Li Meng', 'CN'],
        ['Frédérique Vidal', 'FR'],
      ],
      countries: ['CN', 'FR'],
      blocs: [],
      events: [],
      organizations: ['Sino-French Joint Committee on Science and Technology'],
      places: ['Paris'],
    },
  },
  {
    id: 'uk-fund',
    text: `Home > Announcement Board
China and the UK Launch Joint Research Call

On January 15, 2019, the Ministry of Science and Technology and UK Research and Innovation announced a joint call for proposals on agricultural technology.

Chris Skidmore, British Minister of State for Universities, Science, Research and Innovation, welcomed the call and said British and Chinese scientists would benefit from shared data.`,
    expected: {
      date: '2019-01-15',
      people: [['Chris Skidmore', 'GB']],
      countries: ['CN', 'GB'],
      blocs: [],
      events: [],
      organizations: ['Ministry of Science and Technology', 'UK Research and Innovation'],
      places: [],
    },
  },
  {
    id: 'eu-dialogue',
    text: `Home > Announcement Board
China-EU Innovation Cooperation Dialogue Held in Brussels

The Fourth China-EU Innovation Cooperation Dialogue took place in Brussels on 9 April 2019. It was co-chaired by Minister Wang Zhigang and Carlos Moedas, European Commissioner for Research, Science and Innovation.

Carlos Moedas stressed that the EU remains open to Chinese researchers under its framework programme.`,
    expected: {
      date: '2019-04-09',
      people: [
        ['Wang Zhigang', 'CN'],
        ['Carlos Moedas', null],
      ],
      countries: ['CN'],
      blocs: ['EU'],
      events: ['Fourth China-EU Innovation Cooperation Dialogue'],
      organizations: [],
      places: ['Brussels'],
    },
  },
  {
    id: 'egypt-arab',
    text: `Home > Announcement Board
Egyptian Minister Visits Chinese Academy of Sciences

On 2 September 2018, Khaled Abdel Ghaffar, Minister of Higher Education and Scientific Research of Egypt, visited the Chinese Academy of Sciences in Beijing and met with its vice president Zhang Tao.

Khaled Abdel Ghaffar said Egyptian universities are eager to join the China-Arab States Technology Transfer Center.`,
    expected: {
      date: '2018-09-02',
      people: [
        ['Khaled Abdel Ghaffar', 'EG'],
        ['Zhang Tao', 'CN'],
      ],
      countries: ['CN', 'EG'],
      blocs: [],
      events: [],
      organizations: ['Chinese Academy of Sciences', 'China-Arab States Technology Transfer Center'],
      places: ['Beijing'],
    },
  },
  {
    id: 'uae-emirati',
    text: `Home > Announcement Board
Emirati Space Delegation Tours Satellite Centre

On March 28, 2019, an Emirati delegation led by Sarah bint Yousif Al Amiri, Minister of State for Advanced Sciences of the United Arab Emirates, toured a satellite centre in Beijing.

Sarah bint Yousif Al Amiri said the UAE hopes to cooperate with China on lunar exploration.`,
    expected: {
      date: '2019-03-28',
      people: [['Sarah bint Yousif Al Amiri', 'AE']],
      countries: ['AE', 'CN'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Beijing'],
    },
  },
  {
    id: 'saudi-arabia',
    text: `Home > Announcement Board
China and Saudi Arabia Discuss Desalination Research

On 17 February 2019, Vice Minister Xu Nanping met with Turki bin Saud bin Mohammed Al Saud, President of King Abdulaziz City for Science and Technology of Saudi Arabia.

The two sides discussed desalination and solar energy. Turki bin Saud bin Mohammed Al Saud noted that Saudi researchers admire Chinese achievements in engineering.`,
    expected: {
      date: '2019-02-17',
      people: [
        ['Xu Nanping', 'CN'],
        ['Turki bin Saud bin Mohammed Al Saud', 'SA'],
      ],
      countries: ['CN', 'SA'],
      blocs: [],
      events: [],
      organizations: ['King Abdulaziz City for Science and Technology of Saudi Arabia'],
      places: [],
    },
  },
  {
    id: 'kenya-africa',
    text: `Home > Announcement Board
China-Africa Innovation Cooperation Center Holds Kenyan Workshop

On 12 October 2018, the China-Africa Innovation Cooperation Center held a workshop in Nairobi on mobile payments. Amina Mohamed, Cabinet Secretary for Education of Kenya, opened the event.

Kenyan entrepreneurs and Chinese investors exchanged views. The African Union sent an observer.`,
    expected: {
      date: '2018-10-12',
      people: [['Amina Mohamed', 'KE']],
      countries: ['CN', 'KE'],
      blocs: ['African Union'],
      events: [],
      organizations: ['China-Africa Innovation Cooperation Center'],
      places: ['Nairobi'],
    },
  },
  {
    id: 'nigeria-niger',
    text: `Home > Announcement Board
Nigerian and Nigerien Scholars Complete Training

On 30 November 2018, twenty Nigerian and six Nigerien agronomists completed a training course on drought-resistant crops in Yangling.

Ogbonnaya Onu, Minister of Science and Technology of Nigeria, attended the closing ceremony and thanked the Chinese instructors.`,
    expected: {
      date: '2018-11-30',
      people: [['Ogbonnaya Onu', 'NG']],
      countries: ['CN', 'NE', 'NG'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Yangling'],
    },
  },
  {
    id: 'south-africa-brics',
    text: `Home > Announcement Board
BRICS Science Ministers Meet in Durban

The Sixth BRICS Science, Technology and Innovation Ministerial Meeting was held in Durban on 3 July 2018. Mmamoloko Kubayi-Ngubane, South African Minister of Science and Technology, chaired the meeting.

Vice Minister Huang Wei led the Chinese delegation. Ministers from Brazil, Russia and India also spoke.`,
    expected: {
      date: '2018-07-03',
      people: [
        ['Mmamoloko Kubayi-Ngubane', 'ZA'],
        ['Huang Wei', 'CN'],
      ],
      countries: ['BR', 'CN', 'IN', 'RU', 'ZA'],
      blocs: ['BRICS'],
      events: ['Sixth BRICS Science, Technology and Innovation Ministerial Meeting'],
      organizations: [],
      places: ['Durban'],
    },
  },
  {
    id: 'ethiopia',
    text: `Home > Announcement Board
Ethiopian Delegation Studies Industrial Parks

On 8 August 2019, an Ethiopian delegation headed by Getahun Mekuria, Minister of Innovation and Technology of Ethiopia, visited industrial parks in Shenzhen.

Getahun Mekuria said that Ethiopia wants to learn from China's experience in technology incubation.`,
    expected: {
      date: '2019-08-08',
      people: [['Getahun Mekuria', 'ET']],
      countries: ['CN', 'ET'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Shenzhen'],
    },
  },
  {
    id: 'sco-forum',
    text: `Home > Announcement Board
SCO Science Forum Opens in Chengdu

On 24 May 2019, the Second SCO Forum on Science and Technology Parks opened in Chengdu. Representatives of Kazakhstan, Kyrgyzstan, Uzbekistan and Pakistan attended.

Vice Minister Zhang Jianguo said the Shanghai Cooperation Organisation should deepen innovation cooperation among member states.`,
    expected: {
      date: '2019-05-24',
      people: [['Zhang Jianguo', 'CN']],
      countries: ['KG', 'KZ', 'PK', 'UZ'],
      blocs: ['SCO'],
      events: ['Second SCO Forum on Science and Technology Parks'],
      organizations: [],
      places: ['Chengdu'],
    },
  },
  {
    id: 'kazakh-uzbek',
    text: `Home > Announcement Board
Kazakh and Uzbek Researchers Join Silk Road Laboratory

On April 2, 2019, researchers from Kazakh and Uzbek universities joined the Silk Road Laboratory for arid land ecology in Urumqi, Xinjiang.

Aida Balayeva, Vice Minister of Education and Science of Kazakhstan, welcomed the decision.`,
    expected: {
      date: '2019-04-02',
      people: [['Aida Balayeva', 'KZ']],
      countries: ['KZ', 'UZ'],
      blocs: [],
      events: [],
      organizations: ['Silk Road Laboratory'],
      places: ['Urumqi', 'Xinjiang'],
    },
  },
  {
    id: 'russia-year',
    text: `Home > Announcement Board
China-Russia Years of Scientific and Technological Innovation Announced

On 15 September 2019, the two governments announced the China-Russia Years of Scientific and Technological Innovation for 2020 and 2021.

Mikhail Kotyukov, Russian Minister of Science and Higher Education, said Russian institutes would propose more than one hundred joint activities.`,
    expected: {
      date: '2019-09-15',
      people: [['Mikhail Kotyukov', 'RU']],
      countries: ['CN', 'RU'],
      blocs: [],
      events: ['China-Russia Years of Scientific and Technological Innovation'],
      organizations: [],
      places: [],
    },
  },
  {
    id: 'germany-platform',
    text: `Home > Announcement Board
Sino-German Dialogue on Electric Mobility

On 18 October 2018, the Fifth Sino-German Dialogue on Electric Mobility was held in Berlin. Anja Karliczek, Federal Minister of Education and Research of Germany, and Vice Minister Huang Wei delivered speeches.

German carmakers presented their battery research. Huang Wei said China welcomes German companies.`,
    expected: {
      date: '2018-10-18',
      people: [
        ['Anja Karliczek', 'DE'],
        ['Huang Wei', 'CN'],
      ],
      countries: ['CN', 'DE'],
      blocs: [],
      events: ['Fifth Sino-German Dialogue on Electric Mobility'],
      organizations: [],
      places: ['Berlin'],
    },
  },
  {
    id: 'italy-no-date',
    text: `Home > Announcement Board
Italian Researchers Visit Shanghai Synchrotron

A team of Italian physicists visited the Shanghai Synchrotron Radiation Facility this month. The visit was arranged by the Embassy of Italy in China.

Roberto Battiston, President of the Italian Space Agency, joined the team for the final day.`,
    expected: {
      date: null,
      people: [['Roberto Battiston', 'IT']],
      countries: ['CN', 'IT'],
      blocs: [],
      events: [],
      organizations: ['Embassy of Italy in China', 'Italian Space Agency'],
      places: ['Shanghai'],
    },
  },
  {
    id: 'korea-rok',
    text: `Home > Announcement Board
China-ROK Joint Committee Holds Annual Meeting

On 19 December 2017, the 14th China-ROK Joint Committee on Science and Technology Cooperation was held in Seoul. Vice Minister Li Meng and Lee Jin-gyu, First Vice Minister of Science and ICT of the Republic of Korea, co-chaired the meeting.

Lee Jin-gyu said Korean and Chinese laboratories could cooperate on artificial intelligence.`,
    expected: {
      date: '2017-12-19',
      people: [
        ['Li Meng', 'CN'],
        ['Lee Jin-gyu', 'KR'],
      ],
      countries: ['CN', 'KR'],
      blocs: [],
      events: ['14th China-ROK Joint Committee on Science and Technology Cooperation'],
      organizations: [],
      places: ['Seoul'],
    },
  },
  {
    id: 'japan-no-person',
    text: `Home > Announcement Board
Japanese Universities Join Exchange Programme

On 1 April 2019, seven Japanese universities joined the Asia-Pacific young scientists exchange programme. Students from Osaka and Kyoto will spend one semester in Hangzhou.

The programme is funded by the China Scholarship Council.`,
    expected: {
      date: '2019-04-01',
      people: [],
      countries: ['CN', 'JP'],
      blocs: [],
      events: [],
      organizations: ['China Scholarship Council'],
      places: ['Osaka', 'Kyoto', 'Hangzhou'],
    },
  },
  {
    id: 'mongolia',
    text: `Home > Announcement Board
Mongolian Minister Meets Vice Minister Xu Nanping

On 11 June 2019, Vice Minister Xu Nanping met with Baatarbileg Yondon, Minister of Education, Culture, Science and Sports of Mongolia, in Beijing.

Baatarbileg Yondon hoped the China-Mongolia science and technology cooperation would extend to animal husbandry and mining safety.`,
    expected: {
      date: '2019-06-11',
      people: [
        ['Xu Nanping', 'CN'],
        ['Baatarbileg Yondon', 'MN'],
      ],
      countries: ['CN', 'MN'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Beijing'],
    },
  },
  {
    id: 'pakistan',
    text: `Home > Announcement Board
Pakistani Minister Attends Belt and Road Conference

On November 6, 2018, Azam Khan Swati, Minister for Science and Technology of Pakistan, attended the Belt and Road Conference on Science and Technology in Xiamen.

He met with Minister Wang Zhigang. Azam Khan Swati said that Pakistani engineers valued the China-Pakistan Economic Corridor.`,
    expected: {
      date: '2018-11-06',
      people: [
        ['Azam Khan Swati', 'PK'],
        ['Wang Zhigang', 'CN'],
      ],
      countries: ['CN', 'PK'],
      blocs: [],
      events: ['Belt and Road Conference on Science and Technology'],
      organizations: [],
      places: ['Xiamen'],
    },
  },
  {
    id: 'sri-lanka-nepal',
    text: `Home > Announcement Board
South Asian Experts Attend Disaster Reduction Seminar

The Disaster Risk Reduction Seminar for South Asian Countries was held in Chengdu from 10 to 20 June 2019. Experts from Sri Lanka, Nepal, Bangladesh and the Maldives took part.

Dr. Ananda Mallawatantri, a Sri Lankan adviser, spoke about landslide warning systems.`,
    expected: {
      date: '2019-06-10',
      people: [['Ananda Mallawatantri', 'LK']],
      countries: ['BD', 'LK', 'MV', 'NP'],
      blocs: [],
      events: ['Disaster Risk Reduction Seminar for South Asian Countries'],
      organizations: [],
      places: ['Chengdu'],
    },
  },
  {
    id: 'india-no-ocean',
    text: `Home > Announcement Board
Ocean Observation Workshop Covers the Indian Ocean

On 25 January 2019, an ocean observation workshop held in Qingdao discussed buoy networks in the Indian Ocean and the South China Sea.

Scientists from Indonesia and Thailand presented their data.`,
    expected: {
      date: '2019-01-25',
      people: [],
      countries: ['ID', 'TH'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Qingdao'],
    },
  },
  {
    id: 'ivory-coast',
    text: `Home > Announcement Board
Ivorian Agronomists Visit Hainan

On 7 March 2019, a group of Ivorian agronomists visited the Chinese Academy of Tropical Agricultural Sciences in Haikou, Hainan Province.

Adama Diawara, Minister of Higher Education and Scientific Research of Côte d'Ivoire, said cassava research was a priority.`,
    expected: {
      date: '2019-03-07',
      people: [['Adama Diawara', 'CI']],
      countries: ['CI', 'CN'],
      blocs: [],
      events: [],
      organizations: ['Chinese Academy of Tropical Agricultural Sciences'],
      places: ['Haikou', 'Hainan Province'],
    },
  },
  {
    id: 'senegal-ghana',
    text: `Home > Announcement Board
West African Ministers Attend Technology Fair

The 2019 China-Africa Technology Transfer Fair opened in Changsha on 27 June 2019. Cheikh Oumar Anne, Minister of Higher Education of Senegal, and Kwabena Frimpong-Boateng, Minister of Environment, Science and Technology of Ghana, attended.

ECOWAS officials also visited the exhibition halls.`,
    expected: {
      date: '2019-06-27',
      people: [
        ['Cheikh Oumar Anne', 'SN'],
        ['Kwabena Frimpong-Boateng', 'GH'],
      ],
      countries: ['CN', 'GH', 'SN'],
      blocs: ['ECOWAS'],
      events: ['2019 China-Africa Technology Transfer Fair'],
      organizations: [],
      places: ['Changsha'],
    },
  },
  {
    id: 'timor-leste',
    text: `Home > Announcement Board
Timorese Officials Study Rice Breeding

On 14 August 2018, officials from Timor-Leste studied hybrid rice breeding in Changsha, Hunan Province.

Joaquim Amaral, Minister of Agriculture of Timor-Leste, said Timorese farmers had doubled their yields.`,
    expected: {
      date: '2018-08-14',
      people: [['Joaquim Amaral', 'TL']],
      countries: ['TL'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Changsha', 'Hunan Province'],
    },
  },
  {
    id: 'lancang-mekong',
    text: `Home > Announcement Board
Lancang-Mekong Water Resources Forum Held in Kunming

On 1 November 2018, the First Lancang-Mekong Water Resources Cooperation Forum was held in Kunming. Delegates from Cambodia, Laos, Myanmar, Thailand and Vietnam attended.

Vice Minister Zhang Jianguo said the Lancang-Mekong Cooperation mechanism benefits the people of all six countries.`,
    expected: {
      date: '2018-11-01',
      people: [['Zhang Jianguo', 'CN']],
      countries: ['KH', 'LA', 'MM', 'TH', 'VN'],
      blocs: ['Lancang-Mekong Cooperation'],
      events: ['First Lancang-Mekong Water Resources Cooperation Forum'],
      organizations: [],
      places: ['Kunming'],
    },
  },
  {
    id: 'two-editions',
    text: `Home > Announcement Board
Preparations for the Seventh Forum Begin

On 3 May 2019, the organisers reviewed the results of the Sixth China-South Asia Technology Transfer Forum and began preparing the Seventh China-South Asia Technology Transfer Forum.

Vice Minister Huang Wei asked the organisers to invite more companies from Nepal and Bangladesh.`,
    expected: {
      date: '2019-05-03',
      people: [['Huang Wei', 'CN']],
      countries: ['BD', 'CN', 'NP'],
      blocs: [],
      events: [
        'Sixth China-South Asia Technology Transfer Forum',
        'Seventh China-South Asia Technology Transfer Forum',
      ],
      organizations: [],
      places: [],
    },
  },
  {
    id: 'us-canada',
    text: `Home > Announcement Board
Clean Energy Symposium Brings North American Experts to Beijing

The China-U.S. Clean Energy Symposium was held in Beijing on 12 November 2018. Experts from the United States and Canada attended.

Steven Chu, former U.S. Secretary of Energy, gave a keynote speech. Canadian guests proposed a follow-up meeting in Vancouver.`,
    expected: {
      date: '2018-11-12',
      people: [['Steven Chu', 'US']],
      countries: ['CA', 'CN', 'US'],
      blocs: [],
      events: ['China-U.S. Clean Energy Symposium'],
      organizations: [],
      places: ['Beijing', 'Vancouver'],
    },
  },
  {
    id: 'brazil-argentina',
    text: `Home > Announcement Board
China and Brazil Renew Satellite Agreement

On 2019-10-25, Marcos Pontes, Minister of Science, Technology, Innovations and Communications of Brazil, and Minister Wang Zhigang renewed the agreement on the earth resources satellite programme.

Marcos Pontes said Brazilian scientists also wanted to work with Argentine colleagues on data sharing.`,
    expected: {
      date: '2019-10-25',
      people: [
        ['Marcos Pontes', 'BR'],
        ['Wang Zhigang', 'CN'],
      ],
      countries: ['AR', 'BR', 'CN'],
      blocs: [],
      events: [],
      organizations: [],
      places: [],
    },
  },
  {
    id: 'apec-no-person',
    text: `Home > Announcement Board
APEC Workshop on Digital Skills

The APEC Workshop on Digital Skills for Small Businesses was held in Fuzhou on 16 August 2019. Trainers from Chile, Peru, Mexico and New Zealand shared their experience.

The next workshop will be held in Kuala Lumpur.`,
    expected: {
      date: '2019-08-16',
      people: [],
      countries: ['CL', 'MX', 'NZ', 'PE'],
      blocs: ['APEC'],
      events: ['APEC Workshop on Digital Skills for Small Businesses'],
      organizations: [],
      places: ['Fuzhou', 'Kuala Lumpur'],
    },
  },
  {
    id: 'several-people',
    text: `Home > Announcement Board
Ministers Gather for Science Park Summit

On 22 August 2019, the China-ASEAN Science Park Summit was held in Nanning. Vice Minister Xu Nanping, Boviengkham Vongdara, Minister of Science and Technology of Laos, Cham Prasidh, Senior Minister of Cambodia, and Dato Ismail Bin Ibrahim, Deputy Minister of Brunei Darussalam, attended.

Xu Nanping said that science parks help small firms grow. Cham Prasidh and Boviengkham Vongdara agreed.`,
    expected: {
      date: '2019-08-22',
      people: [
        ['Xu Nanping', 'CN'],
        ['Boviengkham Vongdara', 'LA'],
        ['Cham Prasidh', 'KH'],
        ['Ismail Bin Ibrahim', 'BN'],
      ],
      countries: ['BN', 'CN', 'KH', 'LA'],
      blocs: ['ASEAN'],
      events: ['China-ASEAN Science Park Summit'],
      organizations: [],
      places: ['Nanning'],
    },
  },
  {
    id: 'turkey-turkish',
    text: `Home > Announcement Board
Turkish Delegation Visits Hefei

On 10 October 2019, a Turkish delegation led by Mustafa Varank, Minister of Industry and Technology of Türkiye, visited a quantum research laboratory in Hefei.

Mustafa Varank invited Chinese companies to invest in Turkish technology zones.`,
    expected: {
      date: '2019-10-10',
      people: [['Mustafa Varank', 'TR']],
      countries: ['CN', 'TR'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Hefei'],
    },
  },
  {
    id: 'israel-jordan',
    text: `Home > Announcement Board
Water Technology Seminar Held in Jinan

On 4 September 2019, a seminar on water-saving irrigation was held in Jinan, Shandong Province. Engineers from Israel and Jordan described drip irrigation systems.

Ofir Akunis, Israeli Minister of Science and Technology, sent a video message.`,
    expected: {
      date: '2019-09-04',
      people: [['Ofir Akunis', 'IL']],
      countries: ['IL', 'JO'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Jinan', 'Shandong Province'],
    },
  },
  {
    id: 'vietnamese-three',
    text: `Home > Announcement Board
Vietnamese Delegation Visits Shenzhen Incubators

On 19 September 2018, a Vietnamese delegation headed by Tran Van Tung, Vice Minister of Science and Technology of Viet Nam, visited incubators in Shenzhen, Guangdong Province.

Accompanied by Nguyen Thi Hong Van, Director of the Hanoi Department of Science and Technology, the visitors met young founders.`,
    expected: {
      date: '2018-09-19',
      people: [
        ['Tran Van Tung', 'VN'],
        ['Nguyen Thi Hong Van', 'VN'],
      ],
      countries: ['VN'],
      blocs: [],
      events: [],
      organizations: ['Hanoi Department of Science and Technology'],
      places: ['Shenzhen', 'Guangdong Province', 'Hanoi'],
    },
  },
  {
    id: 'morocco-algeria',
    text: `Home > Announcement Board
North African Researchers Attend Solar Energy Forum

The China-Arab States Solar Energy Forum was held in Yinchuan, Ningxia Hui Autonomous Region, on 5 September 2019. Researchers from Morocco, Algeria and Tunisia took part.

Saaid Amzazi, Moroccan Minister of National Education, said Moroccan and Chinese engineers could build pilot plants together.`,
    expected: {
      date: '2019-09-05',
      people: [['Saaid Amzazi', 'MA']],
      countries: ['CN', 'DZ', 'MA', 'TN'],
      blocs: [],
      events: ['China-Arab States Solar Energy Forum'],
      organizations: [],
      places: ['Yinchuan', 'Ningxia Hui Autonomous Region'],
    },
  },
  {
    id: 'guinea-png',
    text: `Home > Announcement Board
Pacific and African Guests at Agriculture Training

On 12 May 2019, trainees from Papua New Guinea, Guinea and Equatorial Guinea completed a course on mushroom cultivation in Fuzhou.

Lin Zhanxi, chief scientist of the course, said the technique had spread to more than one hundred countries.`,
    expected: {
      date: '2019-05-12',
      people: [['Lin Zhanxi', 'CN']],
      countries: ['GN', 'GQ', 'PG'],
      blocs: [],
      events: [],
      organizations: [],
      places: ['Fuzhou'],
    },
  },
  {
    id: 'dutch-swiss',
    text: `Home > Announcement Board
European Partners Join Agricultural Research Network

On 28 February 2019, Dutch and Swiss research institutes joined the international network on plant genomics coordinated by the Chinese Academy of Agricultural Sciences.

Ingrid van Engelshoven, Minister of Education, Culture and Science of the Netherlands, welcomed the step.`,
    expected: {
      date: '2019-02-28',
      people: [['Ingrid van Engelshoven', 'NL']],
      countries: ['CH', 'CN', 'NL'],
      blocs: [],
      events: [],
      organizations: ['Chinese Academy of Agricultural Sciences'],
      places: [],
    },
  },
  {
    id: 'governor',
    text: `Home > Announcement Board
Guangxi Governor Meets ASEAN Secretary-General

On 12 September 2018, Chen Wu, Governor of Guangxi Zhuang Autonomous Region, met with Dato Lim Jock Hoi, Secretary-General of ASEAN, in Nanning.

Lim Jock Hoi said the ASEAN Secretariat supports the China-ASEAN Information Harbor.`,
    expected: {
      date: '2018-09-12',
      people: [
        ['Chen Wu', 'CN'],
        ['Lim Jock Hoi', null],
      ],
      countries: ['CN'],
      blocs: ['ASEAN'],
      events: [],
      organizations: ['ASEAN Secretariat'],
      places: ['Guangxi Zhuang Autonomous Region', 'Nanning'],
    },
  },
];
