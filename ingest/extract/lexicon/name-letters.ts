/**
 * Letters that only some countries write in their people's names, with those countries: "ő" is Hungarian,
 * "ł" Polish, "ņ" Latvian, "ý" Czech, Slovak, Icelandic or Turkmen. A name's letters narrow its country to
 * the countries that write them all (Lesotho's Sesotho writes "š": Motšoene); letters many countries write (é, á, í, ç) are not listed. Lower case.
 */
const TABLE = `
  ő:HU ű:HU
  ł:PL ą:PL,LT ę:PL,LT ś:PL ź:PL ż:PL ń:PL
  ė:LT į:LT ų:LT
  ņ:LV ļ:LV ķ:LV ģ:LV
  ā:LV,NZ,WS,TO,JP ē:LV,NZ,WS,TO ī:LV,NZ,WS,TO ū:LV,LT,NZ,WS,TO,JP ō:NZ,WS,TO,JP
  ž:CZ,SK,SI,HR,BA,RS,ME,MK,LT,LV,EE,TM š:CZ,SK,SI,HR,BA,RS,ME,MK,LT,LV,EE,LS č:CZ,SK,SI,HR,BA,RS,ME,MK,LT,LV
  ć:HR,BA,RS,ME,PL đ:HR,BA,RS,ME,VN
  ř:CZ ů:CZ ě:CZ ň:CZ,SK,TM ť:CZ,SK ď:CZ,SK ľ:SK ĺ:SK ŕ:SK
  ý:CZ,SK,IS,TM
  ø:DK,NO æ:DK,NO,IS å:SE,NO,DK,FI ð:IS þ:IS
  ğ:TR,AZ ı:TR,AZ ə:AZ ş:TR,AZ,TM,RO,MD ș:RO,MD ț:RO,MD ă:RO,MD,VN
  ß:DE,AT,CH
  ñ:ES,AR,BO,CL,CO,CR,CU,DO,EC,SV,GT,HN,MX,NI,PA,PY,PE,UY,VE,PR,PH,GQ
  ã:PT,BR,AO,MZ,CV,GW,ST,TL,VN õ:PT,BR,AO,MZ,CV,GW,ST,TL,EE,VN
`;

export const NAME_LETTERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  TABLE.trim()
    .split(/\s+/)
    .map((pair) => {
      const [letter = '', codes = ''] = pair.split(':');
      return [letter, new Set(codes.split(','))] as const;
    }),
);
