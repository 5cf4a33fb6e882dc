/** Cities, provinces and regions often named in this genre, with their country. Extend via overrides. */
export const GAZETTEER_TEXT = `
  Beijing:CN Shanghai:CN Tianjin:CN Chongqing:CN Guangzhou:CN Shenzhen:CN Nanning:CN Kunming:CN Chengdu:CN
  Wuhan:CN Xi'an:CN Hangzhou:CN Nanjing:CN Suzhou:CN Xiamen:CN Fuzhou:CN Changsha:CN Zhengzhou:CN Jinan:CN
  Qingdao:CN Harbin:CN Shenyang:CN Dalian:CN Changchun:CN Hefei:CN Nanchang:CN Guiyang:CN Lanzhou:CN
  Xining:CN Yinchuan:CN Urumqi:CN Lhasa:CN Hohhot:CN Taiyuan:CN Shijiazhuang:CN Haikou:CN Sanya:CN
  Guangxi:CN Yunnan:CN Guangdong:CN Fujian:CN Zhejiang:CN Jiangsu:CN Shandong:CN Hebei:CN Henan:CN Hubei:CN
  Hunan:CN Jiangxi:CN Anhui:CN Sichuan:CN Guizhou:CN Shaanxi:CN Shanxi:CN Gansu:CN Qinghai:CN Ningxia:CN
  Xinjiang:CN Tibet:CN Inner_Mongolia:CN Heilongjiang:CN Jilin:CN Liaoning:CN Hainan:CN Boao:CN Xiong'an:CN
  Zhongguancun:CN Pudong:CN Dongguan:CN Foshan:CN Ningbo:CN Wuxi:CN Yantai:CN Weihai:CN Zhuhai:CN
  Phnom_Penh:KH Siem_Reap:KH Sihanoukville:KH Battambang:KH Vientiane:LA Luang_Prabang:LA Hanoi:VN
  Ho_Chi_Minh_City:VN Da_Nang:VN Haiphong:VN Hai_Phong:VN Hue:VN Can_Tho:VN Bangkok:TH Chiang_Mai:TH
  Phuket:TH Khon_Kaen:TH Kuala_Lumpur:MY Putrajaya:MY Penang:MY Johor:MY Sabah:MY Sarawak:MY Selangor:MY
  Jakarta:ID Bali:ID Surabaya:ID Bandung:ID Yogyakarta:ID Manila:PH Cebu:PH Davao:PH Quezon_City:PH
  Yangon:MM Naypyidaw:MM Nay_Pyi_Taw:MM Mandalay:MM Bandar_Seri_Begawan:BN Dili:TL Ulaanbaatar:MN
  Tokyo:JP Osaka:JP Kyoto:JP Seoul:KR Busan:KR Pyongyang:KP Taipei:TW New_Delhi:IN Delhi:IN Mumbai:IN
  Bangalore:IN Bengaluru:IN Dhaka:BD Colombo:LK Kathmandu:NP Islamabad:PK Karachi:PK Lahore:PK Kabul:AF
  Astana:KZ Almaty:KZ Tashkent:UZ Bishkek:KG Dushanbe:TJ Ashgabat:TM Tehran:IR Baghdad:IQ Riyadh:SA
  Jeddah:SA Dubai:AE Abu_Dhabi:AE Doha:QA Muscat:OM Kuwait_City:KW Manama:BH Amman:JO Beirut:LB
  Damascus:SY Jerusalem:IL Tel_Aviv:IL Ankara:TR Istanbul:TR Cairo:EG Alexandria:EG Rabat:MA Casablanca:MA
  Algiers:DZ Tunis:TN Tripoli:LY Khartoum:SD Addis_Ababa:ET Nairobi:KE Mombasa:KE Kampala:UG Kigali:RW
  Dar_es_Salaam:TZ Dodoma:TZ Lusaka:ZM Harare:ZW Maputo:MZ Luanda:AO Windhoek:NA Gaborone:BW Pretoria:ZA
  Johannesburg:ZA Cape_Town:ZA Durban:ZA Lagos:NG Abuja:NG Accra:GH Dakar:SN Abidjan:CI Bamako:ML
  Niamey:NE Ouagadougou:BF Conakry:GN Freetown:SL Monrovia:LR Yaounde:CM Yaoundé:CM Douala:CM Libreville:GA
  Kinshasa:CD Brazzaville:CG Antananarivo:MG Port_Louis:MU Djibouti_City:DJ Mogadishu:SO Asmara:ER
  Moscow:RU Saint_Petersburg:RU Vladivostok:RU Minsk:BY Kyiv:UA Kiev:UA Warsaw:PL Prague:CZ Budapest:HU
  Vienna:AT Berlin:DE Munich:DE Frankfurt:DE Hamburg:DE Paris:FR Lyon:FR Marseille:FR Brussels:BE
  Amsterdam:NL The_Hague:NL Rotterdam:NL London:GB Edinburgh:GB Manchester:GB Dublin:IE Madrid:ES
  Barcelona:ES Lisbon:PT Rome:IT Milan:IT Geneva:CH Zurich:CH Bern:CH Stockholm:SE Oslo:NO Copenhagen:DK
  Helsinki:FI Reykjavik:IS Athens:GR Belgrade:RS Bucharest:RO Zagreb:HR Ljubljana:SI
  Bratislava:SK Tallinn:EE Riga:LV Vilnius:LT Washington:US New_York:US San_Francisco:US Los_Angeles:US
  Boston:US Chicago:US Ottawa:CA Toronto:CA Vancouver:CA Montreal:CA Mexico_City:MX Brasilia:BR
  Sao_Paulo:BR São_Paulo:BR Rio_de_Janeiro:BR Buenos_Aires:AR Santiago:CL Lima:PE Bogota:CO Bogotá:CO
  Havana:CU Caracas:VE Quito:EC Canberra:AU Sydney:AU Melbourne:AU Wellington:NZ Auckland:NZ Suva:FJ
  Lao_Cai:VN Port_Moresby:PG Apia:WS Honiara:SB Port_Vila:VU Nuku'alofa:TO Thimphu:BT Valletta:MT Nicosia:CY
`;
