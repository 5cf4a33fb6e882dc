import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';
import { mergeTitle, splitTitle } from './people';

const options = { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: 'CN' };
const people = (...paragraphs: string[]) => extractEntities('Headline', paragraphs, options).people;

describe('splitTitle', () => {
  it('shares the "of ..." of coordinated roles', () => {
    expect(
      splitTitle('Party Group Secretary and Vice Minister of the Ministry of Science and Technology (MOST)'),
    ).toEqual([
      'Party Group Secretary of the Ministry of Science and Technology (MOST)',
      'Vice Minister of the Ministry of Science and Technology (MOST)',
    ]);
  });

  it('does not split the names of bodies', () => {
    expect(
      splitTitle('Deputy Secretary of State of the Ministry of Industry and Handicraft of Cambodia'),
    ).toHaveLength(1);
  });
});

describe('mergeTitle', () => {
  it('drops a title another one already says and replaces shorter ones', () => {
    const titles = ['Minister'];
    mergeTitle(titles, 'Minister of Commerce');
    mergeTitle(titles, 'Minister');
    expect(titles).toEqual(['Minister of Commerce']);
  });
});

describe('extractPeople', () => {
  it('reads an occupation without its article, then where the person is from, as an apposition', () => {
    const names = people(
      "The grantees: - Zorvath Quimbly Vask, nurse from Potosí, master's in public health;",
    ).map((p) => p.name);
    expect(names).toEqual(['Zorvath Quimbly Vask']);
  });

  it('reads a family name in capitals after a given name that follows a courtesy form', () => {
    const names = people('The Minister of Transport, Mr. Zorvath BEN QUIMBLY, chaired the session.').map(
      (p) => p.name,
    );
    expect(names).toEqual(['Zorvath Ben Quimbly']);
  });

  it('reads a name with a patronymic suffix, and a local role after a name as its title', () => {
    const found = people(
      'The prize went to Zorvath Tursunboyevich Quimbly this year.',
      'The plan was signed by Xelt Brannoch Vask, Khokim of the City of Samarkand.',
    ).map((p) => [p.name, p.titles]);
    expect(found).toEqual([
      ['Zorvath Tursunboyevich Quimbly', []],
      ['Xelt Brannoch Vask', ['Khokim of the City of Samarkand']],
    ]);
  });

  it("reads an outlet alone in a question's label as no person, a known given name there as one", () => {
    const names = people(
      'Question (Prothom Alo): Is there any progress on the talks?',
      'Question (Maria Quimbly): When is the visit?',
    ).map((p) => p.name);
    expect(names).toEqual(['Maria Quimbly']);
  });

  it('reads the items of a list that open with their country ("of Angola, A; of Brazil, B")', () => {
    const names = people(
      'The meeting brought together the defence ministers of Angola, General Zorvath Quimbly; of Brazil, Xelt Brannoch Vask; of Guinea-Bissau, Orin Fati Mané; and of Timor-Leste, Ilsa da Costa Varrow.',
    ).map((p) => p.name);
    expect(names).toContain('Xelt Brannoch Vask');
  });

  it("reads a headline's name bounded by commas, and an Irish spelling as Ireland's", () => {
    const found = extractEntities(
      'Statement by the Minister for Foreign Affairs and Trade, Seán Ó Brannoch TD, at the end of his visit',
      ['"I am concluding today a three-day visit to the region."'],
      { ...options, homeCountry: null },
    ).people.map((p) => [p.name, p.country]);
    expect(found).toEqual([['Seán Ó Brannoch', 'IE']]);
  });

  it("cuts a headline's verb off the name, and Fiji's Adi off a name where Fiji is named", () => {
    const found = extractEntities(
      'Vice Minister Zorvath Quimbly Holds Talks with Fiji',
      [
        'Vice Minister Zorvath Quimbly held talks in Suva.',
        "He was accompanied by Fiji's Permanent Secretary for Foreign Affairs, Adi Xelt Brannoch.",
      ],
      options,
    ).people.map((p) => p.name);
    expect(found).toEqual(['Zorvath Quimbly', 'Xelt Brannoch']);
  });

  it("reads Mongolian names: an initial of two letters, a father's name in the genitive", () => {
    const names = people(
      'The ceremony was attended by the Minister of Defence, Ts. Zorvath. The team will be led by its captain, Brannochiin Oyunchimeg.',
    ).map((p) => p.name);
    expect(names).toEqual(['Ts. Zorvath', 'Brannochiin Oyunchimeg']);
  });

  it('keeps a parent\'s pilgrim title after "bin" and the Iban "anak", and drops the words of an honour', () => {
    const names = people(
      'The Meeting was attended by: Dato Seri Setia Awang Haji Zorvath Quimbly bin Haji Orin (Brunei Darussalam); YB Datuk Xelt Brannoch anak Vask (Malaysia).',
    ).map((p) => p.name);
    expect(names).toEqual(['Zorvath Quimbly bin Haji Orin', 'Xelt Brannoch anak Vask']);
  });

  it('reads posts in Spanish, and gives each name the country of the party label before it', () => {
    const found = people(
      'Participantes: Por la República Argentina: Zorvath Quimbly, Ministro de Economía; Xelt Brannoch, Ministra de Hacienda. Por el Estado Plurinacional de Bolivia: Orin Vask, Viceministro de Relaciones Exteriores.',
    ).map((p) => [p.name, p.country]);
    expect(found).toEqual([
      ['Zorvath Quimbly', 'AR'],
      ['Xelt Brannoch', 'AR'],
      ['Orin Vask', 'BO'],
    ]);
  });

  it('takes one name after a courtesy form when a country label or an occupation stands before the form', () => {
    const names = people(
      'Delegates: Laos: Mr. Vong Phetsamay; Indonesia: Bu Wulandari; Thailand: Ms. Pim Rattana.',
      'The stall was run by the weaver Pak Harsono, who dyed cloth all day.',
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Wulandari', 'Harsono']));
  });

  it("reads a person's relation or a country's possessive before the name, and strips plural titles", () => {
    const names = people(
      'The minister thanked her counterpart, Teodora Vuksan, for the visit.',
      "He then met Iceland's Brynja Hallgrimsdottir and Ambassadors Odd Rasmussen and Kaia Lunde.",
    ).map((p) => p.name);
    expect(names).toEqual(['Teodora Vuksan', 'Brynja Hallgrimsdottir', 'Odd Rasmussen', 'Kaia Lunde']);
  });

  it('links a name whose first word is shortened to its initial to the full name', () => {
    const names = people(
      'The team was led by Ms. Oyunaa Batzaya, Director. Later Ms. O. Batzaya signed the minutes.',
    ).map((p) => p.name);
    expect(names).toEqual(['Oyunaa Batzaya']);
  });

  it('reads a person from the headline only with a title before the name and the name in the body', () => {
    const headlinePeople = (headline: string) =>
      extractEntities(
        headline,
        ['Deputy Minister Lindqvist: Good morning to all of you.'],
        options,
      ).people.map((p) => p.name);
    expect(headlinePeople('Remarks by Deputy Minister Oskar Lindqvist at the Fair')).toEqual([
      'Oskar Lindqvist',
    ]);
    // Title case hides where the name ends: a word after it the body does not write may be the name's, so
    // no one is read; a headline's verb (lexicon HEADLINE_VERBS) ends the name.
    expect(headlinePeople('Deputy Minister Oskar Lindqvist Tours Fair')).toEqual([]);
    expect(headlinePeople('Deputy Minister Oskar Lindqvist Opens Fair')).toEqual(['Oskar Lindqvist']);
  });

  it('gives a plural title before a list of "Name (Party)" items to every item, and reads sign-off lines', () => {
    const nz = { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: 'NZ' };
    const found = extractEntities(
      'Headline',
      [
        'The delegation comprises MPs Ana Ruiz Paz (Labour), Luis Mora Soto (Greens) and Rosa Vega Lind (Liberal Democrats).',
        'Signed Tane Horomona Spokesperson',
      ],
      nz,
    ).people.map((p) => [p.name, p.country, p.titles]);
    expect(found).toEqual([
      ['Ana Ruiz Paz', 'NZ', ['MPs']],
      ['Luis Mora Soto', 'NZ', ['MPs']],
      ['Rosa Vega Lind', 'NZ', ['MPs']],
      ['Tane Horomona', 'NZ', []],
    ]);
  });

  it('reads a city named like a given name as the name, not as a place, after a role', () => {
    const found = extractEntities(
      'Headline',
      ['Foreign Minister Santiago Quimbly met the envoy in Lima.'],
      options,
    );
    expect(found.people.map((p) => p.name)).toEqual(['Santiago Quimbly']);
    expect(found.places).not.toContain('Santiago');
  });

  it('takes no company, room or place for a person', () => {
    expect(
      people(
        'The Hungarian company Kelpa Marinos signed with Hanra Electronics and Ostvik Logistics ApS in the Ratu Vuni Room.',
      ),
    ).toEqual([]);
  });

  it('reads names of many traditions with their titles and countries', () => {
    const found = people(
      'On 3 May 2019, Vice Minister Li Meng met with Bui The Duy, Vice Minister of Science and Technology of Viet Nam, ' +
        'Datuk Seri Mohd Redzuan Md Yusof, Minister of Entrepreneur Development of Malaysia, and Sarah bint Yousif Al Amiri, ' +
        'Minister of State for Advanced Sciences of the United Arab Emirates.',
      'Fortunato de la Peña, Secretary of the Department of Science and Technology of the Philippines, and ' +
        'Kwabena Frimpong-Boateng, Minister of Environment, Science and Technology of Ghana, also attended.',
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Li Meng', 'CN'],
      ['Bui The Duy', 'VN'],
      ['Mohd Redzuan Md Yusof', 'MY'],
      ['Sarah bint Yousif Al Amiri', 'AE'],
      ['Fortunato de la Peña', 'PH'],
      ['Kwabena Frimpong-Boateng', 'GH'],
    ]);
  });

  it('links later mentions and takes the country of a delegation', () => {
    const [tung] = people(
      'The minister met the Lao delegation led by Boun Thavy.',
      'Minister Boun Thavy said the visit was useful. Boun thanked the hosts.',
    );
    expect(tung).toMatchObject({ name: 'Boun Thavy', country: 'LA', titles: ['Minister'] });
  });

  it('strips courtesy forms of two words or one letter', () => {
    const found = people(
      'Puan Sri Noraini binti Ahmad, Director of the Malaysian Palm Oil Board, and Daw Khin Sandar Win, Rector of Yangon University, met Wang Lei.',
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Noraini binti Ahmad', 'MY'],
      ['Khin Sandar Win', 'MM'],
      ['Wang Lei', 'CN'],
    ]);
  });

  it('takes people from lower-case appositions and affiliations, with their country', () => {
    const found = people(
      'Ana Sofía Ruiz, a Colombian agronomist, and Tomasz Nowak, an engineer from Warsaw, toured the park with ' +
        'Peter Mwangi of the Kenya Agricultural Research Institute.',
      'Ana Sofía Ruiz said the seeds were ready. The Tsinghua University, a leader in robotics, hosted them.',
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Ana Sofía Ruiz', 'CO'],
      ['Tomasz Nowak', 'PL'],
      ['Peter Mwangi', 'KE'],
    ]);
  });

  it('reads a title through the capitalised words after its "of"', () => {
    const [person, ...rest] = people(
      'Aibek Sultanov, Deputy Minister of Emergency Situations of the Kyrgyz Republic, spoke.',
    );
    expect(rest).toEqual([]);
    expect(person).toMatchObject({
      name: 'Aibek Sultanov',
      country: 'KG',
      titles: ['Deputy Minister of Emergency Situations of the Kyrgyz Republic'],
    });
  });

  it('keeps a month inside a name and gives pinyin names (only) the home country when nothing else does', () => {
    const found = people('On Jun 3, Xu Jun, head of the station, and Zhao May said the data were shared.');
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Xu Jun', 'CN'],
      ['Zhao May', null], // "May" is no pinyin syllable: no guess
    ]);
  });

  it('accepts a one-word name only with a full title after it', () => {
    const found = people(
      'Separately, Minister Wang Hua met Handoko, Head of the National Research and Innovation Agency of Indonesia.',
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Wang Hua', 'CN'],
      ['Handoko', 'ID'],
    ]);
  });

  it('reads the surname He, generation numbers and names that end a body or event', () => {
    const found = people(
      'He Xiaoping, Counsellor of the Chinese Embassy, and Manuel Reyes II, Director of the Bureau of Soils of the Philippines, ' +
        'opened the Workshop on Soil Health for Upland Farmers. He said the Federal University of Santa Rita was a partner.',
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['He Xiaoping', 'CN'],
      ['Manuel Reyes II', 'PH'],
    ]);
  });

  it('finds nobody in an announcement without people', () => {
    expect(people('The 16th China-ASEAN Expo will open in Nanning on September 20, 2019.')).toEqual([]);
  });
});

describe('lists of people', () => {
  it('gives each "Name, Title" line its own title when the lines are joined into one paragraph', () => {
    const found = people(
      'Signed by: Ana Ruiz Paz, Minister of Foreign Affairs of Peru Luis Mora Soto, Minister of Foreign Affairs of Chile',
    );
    expect(found.map((p) => [p.name, p.titles, p.country])).toEqual([
      ['Ana Ruiz Paz', ['Minister of Foreign Affairs of Peru'], 'PE'],
      ['Luis Mora Soto', ['Minister of Foreign Affairs of Chile'], 'CL'],
    ]);
  });

  it('ends a title at the courtesy form or the country label of the next line', () => {
    const found = people(
      'Attending were: Dato’ Hisham Abdul Latif, Minister of Energy, Brunei Darussalam H.E. Keo Sovannara, Minister of Mines, Cambodia',
      'Delegations: Colombia – Natalia Galvis Ocampo, Director of Mining Formalisation Peru – Raúl Chambi Condori, Vice-Minister of Mines',
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Hisham Abdul Latif', 'BN'],
      ['Keo Sovannara', 'KH'],
      ['Natalia Galvis Ocampo', 'CO'],
      ['Raúl Chambi Condori', 'PE'],
    ]);
  });

  it('hands an "and the ..." title closed by a comma on to the name after it', () => {
    const found = people(
      'The meeting was attended by the Vice Minister of Foreign Affairs, Jorge Palomino Ríos, and the Ambassador of Ecuador in Peru, Gabriela Montúfar Egas.',
    );
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['Jorge Palomino Ríos', ['Vice Minister of Foreign Affairs']],
      ['Gabriela Montúfar Egas', ['Ambassador of Ecuador in Peru']],
    ]);
  });
});

describe("a person's country, from the words around the name", () => {
  const countryOf = (paragraph: string, name: string, home: string | null = null) =>
    extractEntities('Visit', [paragraph], { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: home }).people.find(
      (p) => p.name === name,
    )?.country;

  it('reads a title holding a list of portfolios, and a courtesy form after the comma', () => {
    const text =
      'The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Karim Bennis, ' +
      "held talks with Australia's Minister for Foreign Affairs, the Hon. Claire Whitby.";
    expect(countryOf(text, 'Karim Bennis', 'MA')).toBe('MA');
    expect(countryOf(text, 'Claire Whitby')).toBe('AU');
  });

  it('takes a country opening an item of a list, and a country represented after its role', () => {
    const text =
      'The delegations were headed by: Argentina, Deputy Ana Rossi; Bolivia, Senator Luis Choque. ' +
      'The Bureau is completed by Morocco (First Vice-Chair), represented by Mr. Rachid Alami.';
    expect(countryOf(text, 'Ana Rossi')).toBe('AR');
    expect(countryOf(text, 'Luis Choque')).toBe('BO');
    expect(countryOf(text, 'Rachid Alami')).toBe('MA');
  });

  it("reads a possessive country right before the name, and not a post's country", () => {
    const text =
      "The minister met Finland's Kari Nyrkkö and Ingrid Lund, Special Envoy of the United Nations for Sudan.";
    expect(countryOf(text, 'Kari Nyrkkö')).toBe('FI');
    expect(countryOf(text, 'Ingrid Lund')).toBeNull();
  });

  it("reads a country's subdivision in lower case inside a title", () => {
    const text =
      'They thanked the Governor of the Guatemalan department of San Marcos, Hugo Fuentes Lara, for his help.';
    expect(countryOf(text, 'Hugo Fuentes Lara')).toBe('GT');
  });

  it('gives no name the words of a plural title that holds the name before its "and"', () => {
    const text = 'The declaration was signed by Ministers Ana Soto Vial of Chile and Luis Mora Paz of Peru.';
    expect(countryOf(text, 'Luis Mora Paz', 'UY')).toBe('PE');
  });

  it('reads the country of the title after "with", not of the meeting before it', () => {
    const text =
      'Vice Minister Park Ji-su held the 3rd Korea–Peru Policy Consultation with Vice Minister of Foreign Affairs of Peru Luis Mora Paz in Seoul.';
    expect(countryOf(text, 'Luis Mora Paz', 'KR')).toBe('PE');
  });

  it("reads a post's country in its state's form in a title before the comma", () => {
    const text =
      'The talks were attended by the Ambassador of Chile to the Kingdom of Norway, Ms. Ana Soto Vial.';
    expect(countryOf(text, 'Ana Soto Vial', 'NO')).toBe('CL');
  });

  it('gives an "and" title that runs into a name to that name', () => {
    const text =
      'The meeting was attended by Lee Jae-won, Director-General for European Affairs, and Ambassador of Kazakhstan to Korea Dauren Serikov.';
    expect(countryOf(text, 'Lee Jae-won', 'KR')).toBe('KR');
    expect(countryOf(text, 'Dauren Serikov', 'KR')).toBe('KZ');
  });
});

describe("a person's country, from the person's own words (ninth round)", () => {
  const countryOf = (paragraphs: string[], name: string, home: string | null = null) =>
    extractEntities('Visit', paragraphs, { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: home }).people.find(
      (p) => p.name === name,
    )?.country;

  it('reads a role before the comma that a possessive country opens, or that holds "at the"', () => {
    const text =
      "Speakers included Malawi's Director of Fisheries Research, Mr. Chikondi Banda, and the Deputy Director at " +
      'the Norwegian Directorate of Fisheries, Ms. Solveig Haugland.';
    expect(countryOf([text], 'Chikondi Banda', 'ZA')).toBe('MW');
    expect(countryOf([text], 'Solveig Haugland', 'ZA')).toBe('NO');
  });

  it("keeps the article's start of a role that holds a possessive body", () => {
    const text =
      "The director of Chile's National History Museum, Camila Órdenes Vidal, opened the exhibition.";
    expect(countryOf([text], 'Camila Órdenes Vidal', 'PE')).toBe('CL');
  });

  it("reads a post in the predicate, also of a short mention, and makes the holder the publisher's official", () => {
    expect(
      countryOf(
        [
          'The notice of 3 May named Ms Dagny Ulvestad wrongly.',
          'Ms Ulvestad is the State Secretary for Fisheries of Norway.',
        ],
        'Dagny Ulvestad',
        'IS',
      ),
    ).toBe('NO');
    expect(
      countryOf(
        ['Mereana Kopu has been appointed Trade Commissioner in Lima and starts in March.'],
        'Mereana Kopu',
        'NZ',
      ),
    ).toBe('NZ');
    // ("is a" introduces no post)
    expect(countryOf(['Mereana Kopu is a keen sailor.'], 'Mereana Kopu', 'NZ')).toBeNull();
  });

  it('reads a demonym through an occupation and words of kind, and for the second name of a plural noun', () => {
    const text =
      'The Kenyan Olympic runner Faith Wanjiru Otieno and the Ugandan film directors Grace Namono and Peter Okello attended.';
    expect(countryOf([text], 'Faith Wanjiru Otieno', 'GH')).toBe('KE');
    expect(countryOf([text], 'Peter Okello', 'GH')).toBe('UG');
  });

  it('reads no demonym across a possessive or a clause ("hospitals in Estonia and agreed that their advisers")', () => {
    const text =
      'Both leaders condemned the floods in Latvia and agreed that their chief advisers, Ana Rossi Vidal and Jan Berg Holm, would meet.';
    expect(countryOf([text], 'Jan Berg Holm', 'PL')).not.toBe('LV');
  });

  it("reads a body named after its country after the name, and a province's or state's name in it", () => {
    const text =
      'The talks heard Lieutenant Commander Tevita Fifita of the Tonga Navy; Ana Rossi Vidal, Chilean Space Agency; and ' +
      'Dr. Paulo Mendes Rocha of the State University of Bahia.';
    expect(countryOf([text], 'Tevita Fifita', 'NZ')).toBe('TO');
    expect(countryOf([text], 'Ana Rossi Vidal', 'NZ')).toBe('CL');
    expect(countryOf([text], 'Paulo Mendes Rocha', 'NZ')).toBe('BR');
  });

  it('gives "of Country, Name" list items their country, and a later "the delegation" the country of the one named', () => {
    expect(
      countryOf(
        [
          'The culture ministers of Chile, Ana Rossi Vidal; of Peru, Luis Mora Paz; and of Bolivia, Rosa Vera Mena, met.',
        ],
        'Rosa Vera Mena',
        'UY',
      ),
    ).toBe('BO');
    const delegation = [
      'A Nepali delegation led by the Minister, Hon. Mina Thapa, visited the trade fair in Dhaka.',
      'The delegation comprised the Joint Secretary, Ram Prasad Koirala; and youth delegate Sita Gurung Rai.',
    ];
    expect(countryOf(delegation, 'Sita Gurung Rai', 'BD')).toBe('NP');
  });

  it("reads a place of the person's own relative clause, not where they will go", () => {
    const text =
      'The exchange between Israel and Germany opened. Noa Levi Katz, who teaches physics in Haifa, and ' +
      'Dan Peretz Avni, who will teach in Dresden, spoke.';
    expect(countryOf([text], 'Noa Levi Katz', 'DE')).toBe('IL');
    expect(countryOf([text], 'Dan Peretz Avni', 'DE')).not.toBe('DE');
  });

  it('reads the apposition past where its title ends, and no apposition that opens with another name', () => {
    const text =
      'The tents were received by Maj. Gen. Hamid Rahimov, Chairman of the Committee of Emergency Situations under ' +
      'the Government of the Republic of Tajikistan, and by Vice Minister Xu Lin, Chen Bo, Minister of Trade of Laos.';
    expect(countryOf([text], 'Hamid Rahimov', 'KW')).toBe('TJ');
    expect(countryOf([text], 'Xu Lin', 'CN')).toBe('CN');
  });

  it("gives a table's row the one country of the body's cell before the name, over a title its joined cells carry", () => {
    const rows = [
      'Institution | Signatory | Post',
      'Danish Agency for Higher Education | Mette Lund Vestergaard | Director',
      'National Academy of Sciences of the Kyrgyz Republic | Aibek Toktogulov | Vice-President',
    ].join(' ');
    expect(countryOf([rows], 'Mette Lund Vestergaard', 'NO')).toBe('DK');
    expect(countryOf([rows], 'Aibek Toktogulov', 'NO')).toBe('KG');
  });

  it('reads local roles in lower case, a contingent led, plural role nouns, a colleague from a country and English region names', () => {
    expect(
      countryOf(
        ['The khokim of the Samarkand Region, Anvar Tursunov, opened the fair.'],
        'Anvar Tursunov',
        'KZ',
      ),
    ).toBe('UZ');
    expect(
      countryOf(['Captain Dana Reyes led the Philippine contingent from Manila.'], 'Dana Reyes', 'TT'),
    ).toBe('PH');
    expect(
      countryOf(['Also present were committee members Ilze Bērziņa and Jānis Kalns.'], 'Ilze Bērziņa', 'LV'),
    ).toBe('LV');
    expect(
      countryOf(
        ['I thank my colleague from Saint Lucia, Hon. Marcus Joseph, for his work.'],
        'Marcus Joseph',
        'BB',
      ),
    ).toBe('LC');
    expect(
      countryOf(["Dr. Priya Nair, head of Bavaria's trade office in Chennai, spoke."], 'Priya Nair', 'DE'),
    ).toBe('DE');
  });

  it("reads a lower-case role right before the name, not one another body's possessive points at", () => {
    const text =
      'Committee member Sigrún Ósk Jónsdóttir asked about the energy package. For the World Bank, its regional officer Maria Costa Reis spoke.';
    expect(countryOf([text], 'Sigrún Ósk Jónsdóttir', 'IS')).toBe('IS');
    expect(countryOf([text], 'Maria Costa Reis', 'IS')).toBeNull();
  });
});

describe("a side's heading gives its country to every name of the list after it", () => {
  const countries = (paragraph: string) =>
    extractEntities('Talks', [paragraph], { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: 'CL' }).people.map(
      (p) => [p.name, p.country],
    );

  it('reads "On the X side," and "On the X side were" at the opening of the sentence', () => {
    const want = [
      ['Tomás Lindqvist', 'SE'],
      ['Ingrid Halvorsen', 'SE'],
    ];
    expect(
      countries('On the Swedish side, Dr. Tomás Lindqvist and Ms. Ingrid Halvorsen presented the plan.'),
    ).toEqual(want);
    expect(
      countries('On the Swedish side were State Secretary Tomás Lindqvist and Director Ingrid Halvorsen.'),
    ).toEqual(want);
  });

  it('reads every name after "X was represented by", not only the first', () => {
    expect(
      countries('Sweden was represented by State Secretary Tomás Lindqvist and Director Ingrid Halvorsen.'),
    ).toEqual([
      ['Tomás Lindqvist', 'SE'],
      ['Ingrid Halvorsen', 'SE'],
    ]);
  });

  it('ends the list at a verb of meeting: who the delegation met is not of it', () => {
    expect(
      countries(
        'The Swedish delegation, which includes Ambassador Tomás Lindqvist, also met the Minister of Mining, Rosa Vera.',
      ),
    ).toEqual([
      ['Tomás Lindqvist', 'SE'],
      ['Rosa Vera', 'CL'],
    ]);
  });

  it('keeps the country a title names over the heading', () => {
    expect(
      countries(
        'On the Swedish side, State Secretary Tomás Lindqvist met the Minister of Mining of Chile, Rosa Vera.',
      ),
    ).toEqual([
      ['Tomás Lindqvist', 'SE'],
      ['Rosa Vera', 'CL'],
    ]);
  });
});

describe('a list of "Title Name" items', () => {
  it('gives each title to the name it runs into', () => {
    const found = extractEntities(
      'Visit',
      [
        'The meeting was attended by Minister of Foreign Affairs of Chile Ana Soto Vial, Minister of Foreign Affairs of Peru Luis Mora Paz, Minister of Trade of Ecuador Rosa Vera Mena.',
      ],
      DEFAULT_EXTRACT_OPTIONS,
    ).people.map((p) => [p.name, p.country]);
    expect(found).toEqual([
      ['Ana Soto Vial', 'CL'],
      ['Luis Mora Paz', 'PE'],
      ['Rosa Vera Mena', 'EC'],
    ]);
  });
});

describe("a local government's role before the name's comma", () => {
  it('names the place\'s country ("the Prefect of X, Name", "the Akim of X, Name")', () => {
    const found = (paragraph: string) =>
      extractEntities('Visit', [paragraph], { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: 'CL' }).people.map(
        (p) => [p.name, p.country],
      );
    expect(found('The talks were joined by the Prefect of Grenoble, Ana Soto Vial, on Monday.')).toEqual([
      ['Ana Soto Vial', 'FR'],
    ]);
    expect(found('The Akim of Shymkent, Nurlan Bekov, said the new mine will open in May.')).toEqual([
      ['Nurlan Bekov', 'KZ'],
    ]);
  });
});

describe('a title that runs into the next name of a "Title Name" list', () => {
  const countries = (paragraph: string) =>
    extractEntities('Forum', [paragraph], { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: 'CL' }).people.map(
      (p) => [p.name, p.country],
    );

  it("is that name's with commas of its portfolios inside, or a courtesy form before the name", () => {
    expect(
      countries(
        'Deputy Prime Minister of Mongolia Batbayar Ganzorig, Peruvian Minister of Energy, Mines and Water Rosa Vera Mena and Minister Ana Soto attended.',
      ),
    ).toEqual([
      ['Batbayar Ganzorig', 'MN'],
      ['Rosa Vera Mena', 'PE'],
      ['Ana Soto', 'CL'],
    ]);
    expect(
      countries(
        "Speakers included Forum Director Dr. Ana Soto, Ecuador's Minister of Health Dr. Rosa Vera Mena, and others.",
      )[0],
    ).toEqual(['Ana Soto', 'CL']);
  });
});

describe('name traditions and courtesy forms', () => {
  const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);

  it('takes South Asian courtesy forms off the name', () => {
    expect(
      names(
        'Shri Anil Kumar Varma, Joint Secretary, and Smt. Kavita Rao, Director, signed the note. Begum Nasreen Akter, Foreign Secretary, attended.',
      ),
    ).toEqual(['Anil Kumar Varma', 'Kavita Rao', 'Nasreen Akter']);
  });

  it('keeps a Turkic patronymic word inside a name and at its end', () => {
    expect(
      names('Deputy Minister Kamran Tofiq oglu Aliyev and his adviser Gulnara Asan kyzy met the press.'),
    ).toEqual(['Kamran Tofiq oglu Aliyev', 'Gulnara Asan kyzy']);
  });

  it('reads "HE" as His Excellency and Gulf "Shaikha" as a courtesy form', () => {
    expect(
      names('The Minister received HE Amadou Diallo-Sow and H.E. Shaikha Mariam bint Khalid Al Thani.'),
    ).toEqual(['Amadou Diallo-Sow', 'Mariam bint Khalid Al Thani']);
  });

  it('takes one name after "Pak" or "Bu" only with a title or an apposition', () => {
    expect(
      names(
        'The fair opened when Pak Wiranto, a rattan craftsman from Solo, signed a contract. The guests thanked Bu Sari for the tea.',
      ),
    ).toEqual(['Wiranto']);
  });

  it("reads a particle capitalised at a sentence's start as the particle of a name already found", () => {
    expect(
      names('Minister Pauline van Dorsten opened the fair. Van Dorsten said the orders doubled.'),
    ).toEqual(['Pauline van Dorsten']);
  });
});

describe('the sixth round’s shapes', () => {
  const names = (...paragraphs: string[]) =>
    extractEntities('Headline', paragraphs, DEFAULT_EXTRACT_OPTIONS).people.map((p) => p.name);

  it('takes short ranks and African courtesy forms off the name', () => {
    expect(names('The commander, Maj. Gen. Tomas Ekdahl, and Lt Col Ines Varga inspected the unit.')).toEqual(
      ['Tomas Ekdahl', 'Ines Varga'],
    );
    expect(names('The chairman, Otunba Kayode Adebisi, thanked Ato Bekele Tesfaye for the visit.')).toEqual([
      'Kayode Adebisi',
      'Bekele Tesfaye',
    ]);
  });

  it('keeps a portfolio word of the title out of the name', () => {
    expect(names('Minister of Youth and Sport Marta Kolar opened the games.')).toEqual(['Marta Kolar']);
  });

  it('reads a title before the comma that ends in an acronym, holds "on", or ends at a table bar', () => {
    expect(names('He met the Director of the Forest Service (FS), Anna Berg, in the morning.')).toEqual([
      'Anna Berg',
    ]);
    expect(names('Also there was the Adviser on Water Policy, Jonas Lind, with his team.')).toEqual([
      'Jonas Lind',
    ]);
    expect(names('09:00 | Call on the Speaker of Parliament, Petra Novak | Parliament | Photo')).toEqual([
      'Petra Novak',
    ]);
  });

  it('writes a surname in capitals after a given name in the name’s case, and keeps an elided "d’"', () => {
    expect(names('Germany – Dr. Andreas HOLZMANN, State Secretary')).toEqual(['Andreas Holzmann']);
    expect(names("The statement was signed by Dr. Marie d'Estaing Kabera, Minister of Health.")).toEqual([
      "Marie d'Estaing Kabera",
    ]);
  });

  it('ends a title at the next joined line’s country label', () => {
    const found = extractEntities(
      'Headline',
      ['Austria – Anna Berg, Minister of Transport (Chair) Republic of Moldova – Ion Rusu, Deputy Minister'],
      DEFAULT_EXTRACT_OPTIONS,
    ).people;
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Anna Berg', 'AT'],
      ['Ion Rusu', 'MD'],
    ]);
  });
});

describe('person countries from the words around a name', () => {
  const countries = (title: string, paragraphs: string[], home: string | null = null) =>
    extractEntities(title, paragraphs, { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: home }).people.map((p) => [
      p.name,
      p.country,
    ]);

  it("reads a state's full name after 'of' and a possessive country's role over its comma", () => {
    expect(
      countries('Council', [
        'Ambassador Rafael Montilla Azócar of the Bolivarian Republic of Venezuela attended as an observer.',
        "Peru's alternate representative, Lucía Ccori Villanueva, will coordinate the follow-up.",
      ]),
    ).toEqual([
      ['Rafael Montilla Azócar', 'VE'],
      ['Lucía Ccori Villanueva', 'PE'],
    ]);
  });

  it("reads a delegate's item closing with a body of the country", () => {
    expect(
      countries('Visit', [
        'Photo: Khun Pimchanok Rattanapong, Department of Information, Ministry of Foreign Affairs of Thailand.',
      ]),
    ).toEqual([['Pimchanok Rattanapong', 'TH']]);
  });

  it("gives a government post in an embassy's release the host's country, its own staff the embassy's", () => {
    expect(
      countries('Embassy of Denmark in Jakarta', [
        'Jakarta, 21 January 2026',
        'The forum was opened by Deputy Minister of Investment Rina Kusumawati and Ambassador Mette Holmgaard.',
      ]),
    ).toEqual([
      ['Rina Kusumawati', 'ID'],
      ['Mette Holmgaard', 'DK'],
    ]);
  });

  it('gives no country to the officials of UN agencies, whoever publishes', () => {
    expect(
      countries(
        'Measles campaign',
        ['Yangon, 3 May 2026', 'UNICEF Representative Tomasz Wierzbicki spoke.'],
        'MM',
      ),
    ).toEqual([['Tomasz Wierzbicki', null]]);
  });

  it("opens a title after a digest item's heading in capitals", () => {
    const [person] = extractEntities(
      'Digest',
      ['3. TOURISM: FAIR DATES ANNOUNCED The Minister for Tourism, Dr. Neema Mwakyusa, announced the dates.'],
      DEFAULT_EXTRACT_OPTIONS,
    ).people;
    expect(person?.titles).toEqual(['Minister for Tourism']);
  });

  it("reads no country in an international body's name ('American' in the OAS's)", () => {
    expect(
      countries('Youth ambassadors', [
        'Luis Castañeda Moreira, Secretary General of the Organization of American States, opened the forum.',
      ]),
    ).toEqual([['Luis Castañeda Moreira', null]]);
  });
});

describe('the eighth round: credits, places, the middle of a title', () => {
  const home = (paragraphs: string[]) =>
    extractEntities('Notes', paragraphs, { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: 'ID' }).people.map(
      (p) => [p.name, p.country],
    );

  it('reads every credit of a credit line as the publisher’s staff', () => {
    expect(
      home(['The agency opened a field station.', 'Text: Sekar Ayuningtyas | Editor: Bagus Wicaksono']),
    ).toEqual([
      ['Sekar Ayuningtyas', 'ID'],
      ['Bagus Wicaksono', 'ID'],
    ]);
  });

  it('takes a caption’s photographer and no credit without a colon', () => {
    const names = people('The two ministers at the signing. (Photo: Ilsa Varrow / Ministry of Energy)').map(
      (p) => p.name,
    );
    expect(names).toEqual(['Ilsa Varrow']);
  });

  it('reads a direction or a count after a title’s connector as the start of a place’s or a body’s name', () => {
    expect(
      people(
        'The Governor of West Kelapa Raya, Mr. Tomas Ruhulessin, and the Envoy of the Order of the Three Sacred Groves, Mr. Ilsa Varrow, spoke.',
      ).map((p) => p.name),
    ).toEqual(['Tomas Ruhulessin', 'Ilsa Varrow']);
  });

  it('reads a town after a preposition of place as a town', () => {
    expect(
      people(
        'The minister will travel to Kelpa Marinos, Chile, for the talks. In Kelpa Marinos, the Head of State will open a school.',
        'Students from Lima and Orin Vask will apply, Tomas Ruhulessin said.',
      ).map((p) => p.name),
    ).toEqual(['Tomas Ruhulessin']);
  });
});

describe('the eighth round: ranks and divisions', () => {
  it('takes a name after a military rank, and no division of a body', () => {
    expect(
      people(
        'The minister thanked Rear Admiral Tomas Ruhulessin for the field visit.',
        'The Head of the Regional Fisheries Division said the stocks recovered.',
      ).map((p) => p.name),
    ).toEqual(['Tomas Ruhulessin']);
  });
});

describe('the eighth round: the shapes of lists and credits', () => {
  const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);

  it('takes a name after a verb of speaking written before it, and after "according to"', () => {
    expect(
      names('"The nets are full," said Ilsa Varrow. According to Tomas Ruhulessin, prices fell.'),
    ).toEqual(['Ilsa Varrow', 'Tomas Ruhulessin']);
  });

  it("takes a group's members after its verb, but no company", () => {
    expect(
      names(
        'Speakers included Ilsa Varrow and Tomas Ruhulessin.',
        'Participants include Kelpa Marinos A/S and two banks.',
      ),
    ).toEqual(['Ilsa Varrow', 'Tomas Ruhulessin']);
  });

  it('reads labels of several words and names closed by a bracket', () => {
    expect(names('Head of Delegation: Ilsa Varrow (Norway) Rapporteur: Tomas Ruhulessin (Fiji)')).toEqual([
      'Ilsa Varrow',
      'Tomas Ruhulessin',
    ]);
  });

  it('reads bulleted "Name (Body)" items and a post in brackets', () => {
    expect(
      names(
        '• Ilsa Varrow (Harbour Authority) • Tomas Ruhulessin (Fisheries Board) • Orin Vask (Port Council)',
        'The report was written by its team, Kelpa Marinos (chief editor).',
      ),
    ).toEqual(['Ilsa Varrow', 'Tomas Ruhulessin', 'Orin Vask', 'Kelpa Marinos']);
  });

  it('joins "X (Country) and Y (Country)" as one list', () => {
    expect(names('The award went to Ilsa Varrow (Peru) and Tomas Ruhulessin (Chile).').sort()).toEqual([
      'Ilsa Varrow',
      'Tomas Ruhulessin',
    ]);
  });

  it('keeps a Polynesian name whose word opens with the ʻokina', () => {
    expect(names('The delegation was led by Sione Fifita ʻAkau, who arrived on Monday.')).toEqual([
      'Sione Fifita ʻAkau',
    ]);
  });
});

describe('the eighth round: the structure of lists and tables', () => {
  const found = (...paragraphs: string[]) =>
    extractEntities('Notes', paragraphs, DEFAULT_EXTRACT_OPTIONS).people.map((p) => [p.name, p.country]);

  it('takes the other items of a list whose items open with people', () => {
    expect(
      found('Prizes: Dr. Ilsa Varrow, for poetry; Ms. Kelpa Marinos, for fiction; Orin Vask, for drama.').map(
        ([name]) => name,
      ),
    ).toEqual(['Ilsa Varrow', 'Kelpa Marinos', 'Orin Vask']);
  });

  it('takes the names of a comma chain two of whose names are people', () => {
    expect(
      found('The jury heard Dr. Ilsa Varrow, Orin Vask, Ms. Kelpa Marinos and Prof. Tomas Ruhulessin.')
        .map(([name]) => name)
        .sort(),
    ).toEqual(['Ilsa Varrow', 'Kelpa Marinos', 'Orin Vask', 'Tomas Ruhulessin']);
  });

  it("reads a table's rows joined into one paragraph: the name's cell, its post, its row's country", () => {
    const rows = [
      'Country | Head of delegation | Post',
      'Ghana | Ilsa Varrow | Minister of Fisheries',
      'Kenya | Orin Vask | Deputy Minister of Trade',
    ].join(' ');
    const people = extractEntities('Notes', [rows], DEFAULT_EXTRACT_OPTIONS).people;
    expect(people.map((p) => [p.name, p.titles, p.country])).toEqual([
      ['Ilsa Varrow', ['Minister of Fisheries'], 'GH'],
      ['Orin Vask', ['Deputy Minister of Trade'], 'KE'],
    ]);
  });

  it('takes no menu of a saved page for a table of people', () => {
    expect(found('Home | Ministry | Consular Issues | Foreign Policy | Contacts')).toEqual([]);
  });
});

describe('names that go on a phrase (ninth round)', () => {
  const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);

  it('take no person from the end of a phrase opened by "the", but keep one after a title there', () => {
    expect(names('Work on the Aral Sea Pipeline Route was finished.')).toEqual([]);
    expect(names('The talks were opened by the Kenyan Ambassador Wanjiru Kamau.')).toEqual(['Wanjiru Kamau']);
    expect(names('He met the Minister of Foreign Affairs of the Kyrgyz Republic Aibek Toktogulov.')).toEqual([
      'Aibek Toktogulov',
    ]);
  });

  it('take no person from a company named by its trade', () => {
    expect(names('Orders went to Lumo Vanta Foods Sdn Bhd this year.')).toEqual([]);
  });
});

describe('evidence around a name (ninth round)', () => {
  const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);

  it('read a body with no head word but its short name as an affiliation, not the end of a longer name', () => {
    expect(
      names('The grid operators – Nodar Beridze of Kartli Power Lines (KPL) – signed the plan.'),
    ).toEqual(['Nodar Beridze']);
    expect(names('Members of the Coastal Trade and Fisheries Union of West Africa (CTFU) met.')).toEqual([]);
  });

  it('read a title whose portfolios hold commas after another person and "and"', () => {
    const found = people(
      'Minister of Transport of Kazakhstan Dauren Abenov and Deputy Minister of Energy, Water and Mining of Uzbekistan Sardor Karimov arrived.',
    );
    expect(found.map((p) => p.name)).toEqual(['Dauren Abenov', 'Sardor Karimov']);
    expect(found[1]?.titles).toEqual(['Deputy Minister of Energy, Water and Mining of Uzbekistan']);
  });

  it("strip a councillor's short form, and take no military unit for a person", () => {
    expect(names('The deputation was led by Cr Maeve Dunleavy, the deputy mayor.')).toEqual([
      'Maeve Dunleavy',
    ]);
    expect(
      names('Soldiers of the Estonian Land Force trained with the Baltic Mechanised Brigade units.'),
    ).toEqual([]);
  });
});
