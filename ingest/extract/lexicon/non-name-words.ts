import { COUNT_WORDS } from './calendar';
import { words } from './words';

export const NON_NAME_WORDS = new Set([
  ...COUNT_WORDS,
  ...words(`
  Science Sciences Technology Technologies Technological Innovation Innovative Cooperation Partnership Development
  Research Scientific International National Joint Action Plan Program Programme Initiative Belt Road Silk
  Digital Economic Economy Trade Industry Industrial Handicraft Agriculture Agricultural Education Health
  Energy Environment Environmental Culture Cultural Affairs Home Interior Finance Financial Commerce Defence
  Defense Justice Transport Transportation Information Communications Communication Telecommunications Water
  Resources Natural Ecology Ecological Planning Investment Tourism Labour Labor Social Security Public People
  Republic Kingdom Democratic Federal United States Royal Government Central Communist Standing General State
  Autonomous Region Province City District County Municipality Prefecture Island Islands Sea Ocean River Lake
  Mountain Valley Bay Gulf Asia Asian Africa African Europe European America Americas Latin Pacific Atlantic
  Middle East West North South Southeast Northeast Northwest Southwest Eastern Western Northern Southern Greater
  Mekong Lancang Sustainable Goals Agenda Vision Strategy Framework Agreement Memorandum Understanding MoU
  Declaration Statement Protocol Treaty Charter Report Award Awards Prize Space Satellite Medical Medicine Smart
  Green Blue Open New Year Years Day Days Week Month Spring Summer Autumn Winter Team Group Mechanism Platform
  Park Zone Hub Base Project Projects Talented Scientists Exchange Exchanges Visiting Transfer Collaborative
  Collaboration Partnerships Capacity Building Training Course Courses Network Center Centre Fund Cities
  Rural Urban Marine Ocean Climate Change Food Security Biotechnology Nanotechnology Artificial Intelligence
  Data Big Cloud Internet Things Robotics Aerospace Nuclear Renewable Solar Wind Power Electric Vehicle
  Vehicles Manufacturing Mining Forestry Fisheries Fishery Water Conservancy Transfer Joint Laboratory
  Global Regional Local Provincial Municipal Youth Women Children Family Heritage Arts Sports Media Press
  Foreign Overseas Chinese Affairs Office Embassy Consulate Policy Policies Law Legal Rules Regulation
  Standards Quality Intellectual Property Patent Patents Startup Startups Entrepreneurship Venture Capital
  Demonstration Pilot Model Excellence Leading Advanced Modern Higher Vocational Basic Applied Frontier
  Ministry Department Commission Committee Council Academy University Institute Bureau Agency Administration
  Association Foundation Bank Organization Organisation Corporation Company Secretariat Federation Society
  Authority Alliance Chamber School College Hospital Parliament Assembly Senate Congress Cabinet Court
  Expo Forum Summit Conference Meeting Dialogue Session Symposium Seminar Workshop Fair Exhibition Festival
  Games Roundtable Talks Consultation Convention Ceremony Olympiad Competition Show Partnership System
  Mobility Migration Integration Relations Worship Expatriates Diaspora Cooperative Cooperatives
  A In On At It Its This That These Those He She They We Our Both Several Many Some All
  During After Before With By For From To Of And But Or As According Under Over Since Also Meanwhile
  Furthermore Moreover However Additionally Besides Finally Firstly Secondly Thirdly Lastly Then Thus
  Therefore Following Upon Through Between Among Amid Against Toward Towards Within Without Across Around
  There Here Such Each Every Other Another Further First Second Third Last Next Recently Today Yesterday
  Tomorrow Earlier Later Currently Since When While Where Which Who Whom Whose What Why How If Although
  Though Despite Given Based Regarding Concerning Including Together Jointly Attending Participants Guests
  Representatives Delegates Delegation Delegations Officials Leaders Experts Scholars Members Heads Ministers
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Sept  Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec
  Home Announcement Board News Notice Press Release Generated Page Photo Source Editor Country Position
  Excellency Mr Mrs Ms Dr Prof Madam Sir Minister Secretary Chair Chairman President Director Head Chief
  Ambassador Governor Mayor Vice Deputy Premier Sultan Emir King Queen Prince Princess Party
  English French Arabic Spanish Russian Portuguese Malay Khmer Lao Thai Vietnamese Mandarin Swahili
  Buddhist Islamic Muslim Christian Catholic Hindu Confucius Confucian Olympic Olympics Paralympic
  Covid COVID Coronavirus Pandemic Ebola Malaria Vaccine Vaccines Hall Building Tower Palace Hotel Square
  Avenue Street Centre Campus Plaza Stadium Airport Port Harbour Harbor Station Railway Highway Bridge
  Belt-and-Road Co-operation Well Good Best Great Grand High Low Big Small Young Old Organ Troika
  Armed Sport Management Infrastructure Housing Welfare Employment Livestock Irrigation Sanitation Procurement
  Tropical Cyclone Hurricane Typhoon Storm Scholarship Scholarships Fellowship Welcome Night Abroad Town Independent
`),
]);

/** Words before a name that are not its ("Contacts Julien X": a contact block's label, its line joined to the name's). */
export const NOT_AT_START = words(
  `The An On In It As At By To Of So No Go Signed Contact Contacts Enquiries Inquiries`,
);

/** Capitalised words that open sentences or clauses and never belong to the name of a body or event. */
export const FUNCTION_WORDS = words(`
  The A An In On At It Its This That These Those He She They We Our Both During After Before With By For From To
  Of And But Or As According Under Over Since Also Meanwhile Furthermore Moreover However Additionally Besides
  Finally Then Thus Therefore Following Upon Through Between Among Amid Within There Here Such Each Every When
  While Where Which Who What How If Although Though Despite Including Together Attending Today Recently Last Next
`);
