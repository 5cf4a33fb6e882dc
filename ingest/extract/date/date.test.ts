import { describe, expect, it } from 'vitest';
import { extractDate } from './date';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';

describe('extractDate', () => {
  it.each([
    ['On September 12, 2017, the minister met', '2017-09-12'],
    ['The forum was held on 12 September 2017 in Nanning.', '2017-09-12'],
    ['Published 2017-09-12.', '2017-09-12'],
    ['On Sept. 12, 2017, the two sides', '2017-09-12'],
    ['From 10 to 20 June 2019 experts met', '2019-06-10'],
    ['On Sept. 12-14, 2018 in Kunming', '2018-09-12'],
    ['On 21st of June 2016, delegates', '2016-06-21'],
    ['Bucureşti, 3 octombrie 2026 – the talks', '2026-10-03'],
    ['Warszawa, 7 listopada 2026 r.', '2026-11-07'],
    ['Praha 19. května 2026', '2026-05-19'],
  ])('reads %j', (text, iso) => {
    expect(extractDate([text])).toBe(iso);
  });

  it('takes the year from the text when the date has none ("Sept. 12")', () => {
    expect(extractDate(['On Sept. 12, the forum of 2017 opened.'])).toBe('2017-09-12');
  });

  it('returns null without a day, or for impossible dates', () => {
    expect(extractDate(['In 2018 the year of innovation began.'])).toBeNull();
    expect(extractDate(['On February 30, 2019, nothing happened.'])).toBeNull();
  });

  it('prefers the first date in reading order', () => {
    expect(extractDate(['On 3 May 2019, they reviewed the forum of June 5, 2018.'])).toBe('2019-05-03');
  });

  it('does not read the verb "may" as a month', () => {
    expect(extractDate(['The two sides may 5 times a year meet; in 2019 too.'])).toBeNull();
  });
});

describe('the publication date of a whole release', () => {
  const dateOf = (title: string, paragraphs: string[]) =>
    extractEntities(title, paragraphs, DEFAULT_EXTRACT_OPTIONS).date;

  it('is the sign-off line that names the issuer, before an earlier date whose year is taken from the text', () => {
    const body = ['The minister will visit Lima from 4 to 6 June. Exports reached USD 2 billion in 2021.'];
    expect(dateOf('Visit', [...body, 'Ministry of Trade, Quito', '2 June 2025'])).toBe('2025-06-02');
    expect(dateOf('Visit', [...body, 'Issued by the Embassy of Peru in Rome, 2 June 2025'])).toBe(
      '2025-06-02',
    );
  });

  it('is not a closing line whose verb says what its date is of', () => {
    const body = ['The fair opened on 3 March 2025 in Lima.'];
    expect(dateOf('Fair', [...body, 'Applications for the next edition close on 30 June 2025'])).toBe(
      '2025-03-03',
    );
  });

  it("is the date a numbered release's title opens with", () => {
    const body = ['The minister will visit Ankara on 10-12 May 2026 for talks.'];
    expect(dateOf('No: 12, 8 May 2026, Press Release Regarding the Visit', body)).toBe('2026-05-08');
  });
});

describe('dates in more forms', () => {
  it.each([
    ['Published: 2026-03-04T10:15:00+07:00', '2026-03-04'],
    ['Posted on 4-Mar-2026 by the desk', '2026-03-04'],
    ['Kuala Lumpur, 14 Ogos 2026', '2026-08-14'],
    ['Ankara, 3 Kasım 2026', '2026-11-03'],
    ['Den Haag, 9 maart 2026', '2026-03-09'],
    ['Stockholm den 5 maj 2026', '2026-05-05'],
  ])('reads %j', (text, iso) => {
    expect(extractDate([text])).toBe(iso);
  });
});

describe('the order of numeric dates', () => {
  it('is month first where another date of the text reads only that way, day first otherwise', () => {
    const us = ['Applications open on 03/20/2026.'];
    expect(extractDate(['Quito, 04/05/2026'], undefined, 0, ['Quito, 04/05/2026', ...us])).toBe('2026-04-05');
    expect(extractDate(['Quito, 04/05/2026'], undefined, 0, ['Quito, 04/05/2026', 'Due 25/06/2026.'])).toBe(
      '2026-05-04',
    );
    expect(extractDate(['Quito, 04/05/2026'])).toBe('2026-05-04');
  });

  it("reads a page's first line that is its date line", () => {
    expect(
      extractEntities(
        'Release date: 5 November 2026',
        ['On November 4, talks were held. Next round: 2027.'],
        DEFAULT_EXTRACT_OPTIONS,
      ).date,
    ).toBe('2026-11-05');
  });
});
