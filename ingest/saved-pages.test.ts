import { describe, expect, it } from 'vitest';
import { toAnnouncement } from './ingest';
import { EMPTY_OVERRIDES } from './overrides';
import { readInputFile } from './read-input';

/** Saved pages written for this project in the shapes of four CMSs (ingest/fixtures/pages/). */
const read = (name: string) => {
  const doc = readInputFile(`ingest/fixtures/pages/${name}.html`, `${name}.html`);
  return { doc, announcement: toAnnouncement(doc, EMPTY_OVERRIDES) };
};

const NOISE = /cookies|reads|views|Share (?:this|on)|Print this|Last updated|Accept/;

describe('saved web pages', () => {
  it('Drupal: keeps the article, takes the date and the publisher from the metadata', () => {
    const { doc, announcement } = read('drupal-foreign-ministry');
    expect(doc.title).toBe('Minister receives Ecuadorian counterpart');
    expect(doc.publisherName).toBe('Ministry of Foreign Affairs of Peru');
    expect(announcement.date).toBe('2023-03-14'); // not the 2 October named in the text
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.paragraphs.join(' ')).not.toMatch(NOISE);
    expect(announcement.people.map((p) => [p.name, p.country])).toEqual([
      ['María Fernanda Quispe Huamán', 'PE'],
      ['Andrés Salvador Coello Vinueza', 'EC'],
    ]);
  });

  it('WordPress: JSON-LD headline and datePublished, the share bar and cookie notice dropped', () => {
    const { doc, announcement } = read('wordpress-embassy');
    expect(doc.title).toBe('Ghana Cultural Week Opens in Seoul');
    expect(announcement.date).toBe('2021-10-04');
    expect(doc.paragraphs.join(' ')).not.toMatch(NOISE);
    expect(announcement.people.find((p) => p.name === 'Kwabena Asante')?.country).toBe('GH');
  });

  it('SharePoint: the "Published … | 1,204 views" line is not text; <time datetime> gives the date', () => {
    const { doc, announcement } = read('sharepoint-ministry');
    expect(announcement.date).toBe('2020-06-12');
    expect(doc.paragraphs.join(' ')).not.toMatch(NOISE);
    expect(announcement.people.map((p) => [p.name, p.country])).toEqual([['Peter Mwangi Otieno', 'KE']]);
  });

  it('a ministry portal: the publisher from og:site_name, the date from JSON-LD', () => {
    const { doc, announcement } = read('ministry-portal');
    expect(doc.title).toBe('Visit of the Minister of Foreign Affairs of the Republic of Türkiye to Malaysia');
    expect(announcement.date).toBe('2023-09-10');
    expect(doc.paragraphs.join(' ')).not.toMatch(NOISE);
    expect(announcement.people.map((p) => [p.name, p.country])).toEqual([
      ['Hakan Yılmaz Kaya', 'TR'],
      ['Ahmad Faizal bin Rahman', 'MY'],
    ]);
  });
});
