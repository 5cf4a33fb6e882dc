import { describe, expect, it } from 'vitest';
import { datelineCountry, publisherCountry } from './publisher';

describe('datelineCountry', () => {
  it('reads a dateline that gives the date first, then the city and its province between dashes', () => {
    expect(datelineCountry('March 10, 2026 - Ottawa, Ontario - Global Affairs Canada')).toBe('CA');
  });

  it('reads a capital before a larger city of the same name elsewhere', () => {
    expect(datelineCountry('San José, 27 de febrero de 2020 – The Minister spoke.')).toBe('CR');
  });

  it("reads a larger city's country when the item names it and never the capital's", () => {
    const line = 'Victoria – Thursday, March 26, 2026';
    expect(datelineCountry(line)).toBe('SC');
    expect(datelineCountry(line, () => new Set(['CA']))).toBe('CA');
    expect(datelineCountry(line, () => new Set(['CA', 'SC']))).toBe('SC');
  });

  it('reads a US state named like a country after a US city as the United States', () => {
    expect(datelineCountry('Atlanta, Georgia, 2023-09-12 – The Minister met the Governor.')).toBe('US');
    expect(datelineCountry('Tbilisi, Georgia, 12 May 2023 – The Minister met the envoy.')).toBe('GE');
  });

  it("reads a US state's abbreviation after the city as the United States", () => {
    expect(datelineCountry('Santa Fe, N.M. - Thursday, April 23, 2026 – The Governor spoke.')).toBe('US');
    expect(datelineCountry('Portland, Ore., May 2, 2026 – The Mayor spoke.')).toBe('US');
  });

  it('takes a city that is no capital, in a country the item never names, for a venue', () => {
    const line = 'Geneva, 21 May 2026 – Our delegation to the assembly was led by the Minister of Health.';
    expect(datelineCountry(line, () => new Set(['KE']))).toBeNull();
    expect(datelineCountry(line, () => new Set(['CH', 'KE']))).toBe('CH');
    expect(datelineCountry('Bern, 21 May 2026 – The Federal Council met.', () => new Set())).toBe('CH');
  });

  it("reads a capital written in its own language's way", () => {
    expect(datelineCountry('Warszawa, 4.05.2026 – The Minister received the delegation.')).toBe('PL');
    expect(datelineCountry('București, 4 mai 2026 – The Minister spoke.')).toBe('RO');
    expect(datelineCountry('Hà Nội, 4 May 2026 – The Minister spoke.')).toBe('VN');
  });
});

describe('publisherCountry', () => {
  const input = (title: string, breadcrumb: string[], paragraphs: string[]) => ({
    title,
    breadcrumb,
    publisherName: null,
    paragraphs,
    header: new Set([0]),
  });

  it("takes a government's Council of Ministers and a world event in the headline for no regional body", () => {
    expect(
      publisherCountry(
        input(
          'Prime Minister hosts leaders',
          ['Council of Ministers', 'News'],
          ['Sofia, 17 April 2026', 'The summit opened.'],
        ),
      ),
    ).toBe('BG');
    expect(
      publisherCountry(
        input(
          'Adelaide to host World Wine Tourism Conference 2027',
          ['Premier of South Australia'],
          ['Monday 30 March 2026'],
        ),
      ),
    ).toBe('AU');
  });

  it("reads a dateline's place and a dash without the date, after a digest's heading in capitals", () => {
    expect(
      publisherCountry(input('Talks', [], ['Budapest – Minister Szőke Bálint held talks on Tuesday.'])),
    ).toBe('HU');
    expect(
      publisherCountry(
        input(
          'DAILY NEWS DIGEST',
          [],
          ['1. PRESIDENT RECEIVES CREDENTIALS Dar es Salaam – The President received envoys.'],
        ),
      ),
    ).toBe('TZ');
  });

  it("reads 'here in <capital>' and a mission's name as the first line", () => {
    expect(
      publisherCountry(
        input(
          'Briefing',
          [],
          ['Thursday, 12 March 2026', 'Welcome to the weekly briefing here in Islamabad.'],
        ),
      ),
    ).toBe('PK');
    expect(publisherCountry(input('Embassy of Nepal, Tokyo', [], ['Nepal Festival draws crowds.']))).toBe(
      'NP',
    );
  });
});
