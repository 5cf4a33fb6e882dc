/** "Demonym or short form:CODE" pairs that i18n-iso-countries does not cover. Case-sensitive. */
export const EXTRA_FORMS = `
  Afghan:AF Albanian:AL Algerian:DZ Andorran:AD Angolan:AO Argentine:AR Argentinian:AR Armenian:AM
  Australian:AU Austrian:AT Azerbaijani:AZ Bahamian:BS Bahraini:BH Bangladeshi:BD Barbadian:BB Belarusian:BY
  Belgian:BE Belizean:BZ Beninese:BJ Bhutanese:BT Bolivian:BO Bosnian:BA Botswanan:BW Motswana:BW Brazilian:BR Brasil:BR
  British:GB Britain:GB Bruneian:BN Brunei:BN Bulgarian:BG Burkinabe:BF Burmese:MM Burma:MM Burundian:BI
  Cambodian:KH Cameroonian:CM Canadian:CA Chadian:TD Chilean:CL Chinese:CN PRC:CN Colombian:CO Comorian:KM
  Congolese:CD Costa_Rican:CR Croatian:HR Cuban:CU Cypriot:CY Czech:CZ Czechia:CZ Danish:DK Djiboutian:DJ
  Dominican:DO Dutch:NL Ecuadorian:EC Egyptian:EG Emirati:AE UAE:AE Equatorial_Guinean:GQ Eritrean:ER
  Estonian:EE Ethiopian:ET Fijian:FJ Filipino:PH Philippine:PH Finnish:FI French:FR Gabonese:GA Gambian:GM
  Georgian:GE German:DE Kittitian:KN Nevisian:KN Ghanaian:GH Greek:GR Hellenic:GR Grenadian:GD Guatemalan:GT Guinean:GN Guyanese:GY Haitian:HT
  Honduran:HN Hungarian:HU Icelandic:IS Indian:IN Indonesian:ID Iranian:IR Iraqi:IQ Irish:IE Israeli:IL
  Italian:IT Ivorian:CI Jamaican:JM Japanese:JP Jordanian:JO Kazakh:KZ Kazakhstani:KZ Kenyan:KE Kiribati:KI
  Korean:KR South_Korean:KR ROK:KR North_Korean:KP DPRK:KP Kuwaiti:KW Kyrgyz:KG Lao:LA Laos:LA Laotian:LA
  Lao_PDR:LA Latvian:LV Lebanese:LB Liberian:LR Libyan:LY Lithuanian:LT Luxembourgish:LU Macedonian:MK
  Malagasy:MG Malawian:MW Malaysian:MY Maldivian:MV Malian:ML Maltese:MT Mauritanian:MR Mauritian:MU
  Mexican:MX Moldovan:MD Monegasque:MC Mongolian:MN Montenegrin:ME Moroccan:MA Mozambican:MZ Namibian:NA
  Nauruan:NR Nepali:NP Nepalese:NP New_Zealander:NZ Nicaraguan:NI Nigerien:NE Nigerian:NG Norwegian:NO
  Omani:OM Pakistani:PK Palauan:PW Palestinian:PS Panamanian:PA Papua_New_Guinean:PG Paraguayan:PY
  Peruvian:PE Polish:PL Portuguese:PT Qatari:QA Romanian:RO Russian:RU Rwandan:RW Saudi:SA KSA:SA Samoan:WS
  Senegalese:SN Serbian:RS Seychellois:SC Sierra_Leonean:SL Singaporean:SG Slovak:SK Slovenian:SI
  Solomon_Islander:SB Somali:SO South_African:ZA South_Sudanese:SS Spanish:ES Sri_Lankan:LK Sudanese:SD
  Surinamese:SR Swazi:SZ Swedish:SE Swiss:CH Syrian:SY Taiwanese:TW Chinese_Taipei:TW Tajik:TJ
  Tajikistani:TJ Tanzanian:TZ Thai:TH Timorese:TL East_Timor:TL Togolese:TG Tongan:TO Trinidadian:TT
  Tunisian:TN Turkish:TR Turkmen:TM Tuvaluan:TV Ugandan:UG Ukrainian:UA Uruguayan:UY Uzbek:UZ
  Uzbekistani:UZ Vanuatuan:VU Ni-Vanuatu:VU Venezuelan:VE Vietnamese:VN Viet_Nam:VN Yemeni:YE Zambian:ZM
  Zimbabwean:ZW American:US U.S.:US U.S.A.:US U.K.:GB UK:GB DRC:CD DR_Congo:CD Congo:CG Hong_Kong:HK
  Hongkong:HK Macao:MO Macau:MO Macanese:MO Kosovar:XK Holland:NL England:GB Scotland:GB Wales:GB
  Scottish:GB Welsh:GB Türkiye:TR Turkiye:TR Cabo_Verde:CV Cape_Verdean:CV Cabo_Verdean:CV Burkinabè:BF
  Moldova:MD Syria:SY Micronesia:FM São_Tomé_and_Príncipe:ST Eswatini:SZ Swaziland:SZ
  Czech_Republic:CZ Republic_of_Korea:KR Vatican:VA Korea:KR Holy_See:VA St_Kitts_and_Nevis:KN St_Lucia:LC
  St_Vincent_and_the_Grenadines:VC Republic_of_China:TW Brasil:BR
`;

/** Phrases that contain a country word but name no country. */
export const NOT_COUNTRIES = `
  Indian_Ocean Latin_America Latin_American South_American North_American Central_American Native_American
  South_China_Sea East_China_Sea Indo-Pacific Indo-China Indochina New_Mexico New_Jersey New_South_Wales
  British_Columbia Korean_Peninsula Arabian_Peninsula Guinea_pig Turkey_Point Chinese_New_Year Lunar_New_Year
`;

/** Prefixes of compound adjectives: "Sino-French", "Franco-German". Only counted before a hyphen. */
export const COMBINING_FORMS = new Map<string, string>([
  ['Sino', 'CN'],
  ['Franco', 'FR'],
  ['Anglo', 'GB'],
  ['Russo', 'RU'],
  ['Italo', 'IT'],
  ['Luso', 'PT'],
  ['Nippo', 'JP'],
  ['Turco', 'TR'],
  ['Greco', 'GR'],
  ['Indo', 'IN'],
  ['Hispano', 'ES'],
  ['Germano', 'DE'],
  ['Polono', 'PL'],
]);

/** The form of a state that comes before "of" in its name: "Republic of Korea", "Kingdom of Saudi Arabia". */
export const STATE_FORMS = new Set(
  `Republic Kingdom Sultanate State States Federation Commonwealth Principality Emirate`.split(' '),
);
