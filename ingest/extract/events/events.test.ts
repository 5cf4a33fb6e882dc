import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';

const eventsOf = (paragraphs: string[], title = 'Visit') =>
  extractEntities(title, paragraphs, DEFAULT_EXTRACT_OPTIONS).events.map((e) => e.name);

describe('events', () => {
  it('keep one event when a later mention drops the parties or the place before the head', () => {
    expect(
      eventsOf([
        'Ministers opened the 6th Chile–Kenya Joint Commission on Mining in Santiago. The 6th Joint Commission on Mining agreed a plan.',
      ]),
    ).toEqual(['6th Chile–Kenya Joint Commission on Mining']);
    expect(
      eventsOf([
        'Leaders met at the Lisbon Summit on Rail Links. The next Summit on Rail Links will be in Porto.',
      ]),
    ).toEqual(['Lisbon Summit on Rail Links']);
  });

  it('keep two editions apart, and a one-word head is no shorter name of another', () => {
    expect(
      eventsOf([
        'The 5th Joint Commission on Mining and the 6th Chile–Kenya Joint Commission on Mining met.',
      ]),
    ).toEqual(['5th Joint Commission on Mining', '6th Chile–Kenya Joint Commission on Mining']);
  });

  it('read a grouping of parties by their numbers as one word of the name', () => {
    expect(
      eventsOf(['The ministers will hold the XX Ministerial Conference of the 5+5 Dialogue in Lisbon.']),
    ).toEqual(['XX Ministerial Conference of the 5+5 Dialogue']);
  });

  it('read parties that are blocs, or a region\'s states in capitals, after "between"', () => {
    expect(
      eventsOf([
        'The 3rd Joint Ministerial Meeting of the Strategic Dialogue between the GCC and the Countries of Central Asia was held in Riyadh.',
      ]),
    ).toEqual([
      '3rd Joint Ministerial Meeting of the Strategic Dialogue between the GCC and the Countries of Central Asia',
    ]);
  });

  it('read a numbered sitting of a body named by its members, and drop one of a bare body', () => {
    expect(eventsOf(['They met on the margins of the 136th Session of the Committee of Ministers.'])).toEqual(
      ['136th Session of the Committee of Ministers'],
    );
    expect(eventsOf(['They met on the margins of the 136th Session of the Committee.'])).toEqual([]);
  });

  it('read a meeting named by its members, a group by its number, and a "non-" party', () => {
    expect(
      eventsOf(['The outcomes go to the Commonwealth Heads of Government Meeting 2026 in Antigua.']),
    ).toEqual(['Commonwealth Heads of Government Meeting 2026']);
    expect(
      eventsOf([
        'He spoke at the 49th Annual Meeting of Ministers for Foreign Affairs of the Group of 77 and China.',
      ]),
    ).toEqual(['49th Annual Meeting of Ministers for Foreign Affairs of the Group of 77']);
    expect(
      eventsOf(['It will be followed by the 41st OPEC and non-OPEC Ministerial Meeting in Vienna.']),
    ).toEqual(['41st OPEC and non-OPEC Ministerial Meeting']);
  });

  it('read a brand and its year before words that qualify a kind of gathering', () => {
    expect(
      eventsOf(['The annual Khaan Quest 2026 multinational peacekeeping exercise opened on Monday.']),
    ).toEqual(['Khaan Quest 2026']);
  });

  it('read a title that is a numbered Romance sitting, and "Reunión" only with its number', () => {
    expect(
      eventsOf(
        ['The Council of Ministers met in San Salvador.'],
        'LXXXV Reunión Ordinaria del Consejo de Ministros de Relaciones Exteriores del SICA',
      ),
    ).toEqual(['LXXXV Reunión Ordinaria del Consejo de Ministros de Relaciones Exteriores del SICA']);
    expect(eventsOf(['La Reunión de Ministros se celebró en Lima.'])).toEqual([]);
  });

  it('read a numbered round of a series of talks in lower case, with its parties', () => {
    expect(
      eventsOf(['The 6th round of Georgian-Armenian political consultations was held in Tbilisi.']),
    ).toEqual(['6th round of Georgian-Armenian political consultations']);
  });

  it('read a numbered body named with its members in the possessive', () => {
    expect(eventsOf(["Delegates met at the 4th Lake Route Transport Ministers' Council in Kisumu."])).toEqual(
      ["4th Lake Route Transport Ministers' Council"],
    );
  });

  it('read the parties in capitals in the subject of a lower-case body, up to the verb', () => {
    expect(
      eventsOf([
        'The second meeting of the joint technical committee on the Togo–Benin rail link ended in Lomé on Friday.',
      ]),
    ).toEqual(['second meeting of the joint technical committee on the Togo–Benin rail link']);
  });

  it('read a brand and its year when a verb of holding follows, not a plan', () => {
    expect(eventsOf(['Organisers said that Savanna-Agrofair 2027 will be held in Kampala in May.'])).toEqual([
      'Savanna-Agrofair 2027',
    ]);
    expect(eventsOf(['The minister said that Vision 2040 will be reviewed in May.'])).toEqual([]);
  });

  it('know cups, readings and lectures as events', () => {
    expect(
      eventsOf([
        'The team played the Pacific Nations Cup 2026 and the minister spoke at the Baltic Readings.',
      ]),
    ).toEqual(['Pacific Nations Cup 2026', 'Baltic Readings']);
  });

  it('drop a generic joint press conference', () => {
    expect(eventsOf(['The two ministers held a Joint Press Conference after the talks.'])).toEqual([]);
  });
});

describe('sittings of named bodies', () => {
  it('read a qualifier and a named body without an ordinal, and no sitting of a bare body', () => {
    expect(
      eventsOf(['An extraordinary session of the Lake Basin Council of Ministers was held in Bangui.']),
    ).toEqual(['extraordinary session of the Lake Basin Council of Ministers']);
    expect(eventsOf(['The fourth meeting of the Committee will be held in Lima.'])).toEqual([]);
  });
});

describe('ninth round: kinds of names and false events', () => {
  it('read a festival made with "fest", and an edition right after a verb of taking part', () => {
    expect(eventsOf(['The mayor opened Harborfest 2026 on the quay.'])).toEqual(['Harborfest 2026']);
    expect(eventsOf(['Exporters attended Agrovia 2027 in Lisbon.'])).toEqual(['Agrovia 2027']);
    expect(eventsOf(['Two firms exhibited during Agrovia 2027 in Lisbon.'])).toEqual(['Agrovia 2027']);
  });

  it('read an edition that a kind of gathering follows, and a quoted one it precedes', () => {
    expect(eventsOf(['The Silver Lagoon 2027 drills ended on Friday.'])).toEqual(['Silver Lagoon 2027']);
    expect(eventsOf(['The festival "Northern Lanterns 2026" opened in Tartu.'])).toEqual([
      'Northern Lanterns 2026',
    ]);
  });

  it('keep a plan, a place or a year alone out of an apposed name', () => {
    expect(eventsOf(['The forum Vision 2040 was discussed in May.'])).toEqual([]);
    expect(eventsOf(['The festival Lisbon 2026 was cancelled.'])).toEqual([]);
    expect(eventsOf(['Officials discussed the EU operation in the strait.'])).toEqual([]);
  });

  it('give an edition of an event that needs an edition to that event', () => {
    expect(eventsOf(['He attended the 2026 edition of the Harbour Lights Gala in Limassol.'])).toEqual([
      'Harbour Lights Gala',
    ]);
  });

  it('take no market, exchange or national day without an edition', () => {
    expect(
      eventsOf(['Exporters entered the Common Market and the embassy marked National Day with a reception.']),
    ).toEqual([]);
  });

  it('drop a press briefing but keep a briefing named for what it presents', () => {
    expect(eventsOf(['The minister gave a Weekly Press Briefing on Monday.'])).toEqual([]);
  });

  it('read the parties of a sitting given through their bodies after "between"', () => {
    expect(
      eventsOf([
        'The 3rd Round of Political Consultations between the Ministries of Foreign Affairs of Peru and Ghana was held in Accra.',
      ]),
    ).toEqual([
      '3rd Round of Political Consultations between the Ministries of Foreign Affairs of Peru and Ghana',
    ]);
  });

  it('end a quoted title at its closing quote, and take none without a gathering before the verb', () => {
    expect(eventsOf(['A webinar titled “Soil, Seeds and Rain” drew 300 farmers.'])).toEqual([
      'Soil, Seeds and Rain',
    ]);
    expect(eventsOf(['The report, titled "Soil and Rain", was published.'])).toEqual([]);
  });
});

describe('ninth round, stage 2', () => {
  it('read both parties given as bodies after "between", each with its state', () => {
    expect(
      eventsOf([
        'The Second Round of Consultations between the Ministry of Trade of the Republic of Chile and the Ministry of Trade of the Kingdom of Morocco was held in Rabat.',
      ]),
    ).toEqual([
      'Second Round of Consultations between the Ministry of Trade of the Republic of Chile and the Ministry of Trade of the Kingdom of Morocco',
    ]);
  });

  it('take no round of a programme and no sitting of a lower-case body without subject or parties', () => {
    expect(eventsOf(['Applications are open for the third round of the Andean Water Fellowship.'])).toEqual(
      [],
    );
    expect(eventsOf(['They agreed to hold the second meeting of the joint commission in Quito.'])).toEqual(
      [],
    );
  });

  it('read a speech title given at the opening of a numbered edition', () => {
    expect(
      eventsOf(
        ['Thank you, Chair.'],
        'Remarks by the Minister at the Opening of the Third Andes–Gulf Ministerial Meeting',
      ),
    ).toEqual(['Third Andes–Gulf Ministerial Meeting']);
  });
});
