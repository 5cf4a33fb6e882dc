import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';

const places = (...paragraphs: string[]) =>
  extractEntities('Headline', paragraphs, DEFAULT_EXTRACT_OPTIONS).places;

describe('places', () => {
  it('finds places outside the gazetteer from how the text uses them', () => {
    expect(
      places(
        'The workshop was held in Lijiang, Yunnan Province, and a second one took place in Kandy on 3 May.',
        'Farmers in Kachin State grow tea. The forum opened in Plovdiv.',
      ),
    ).toEqual(['Lijiang', 'Yunnan Province', 'Kandy', 'Kachin State', 'Plovdiv']);
  });

  it('knows world cities and regions where the text points at a place', () => {
    expect(
      places(
        'Engineers from Kazan Federal University met farmers near Pokhara and in the Amhara and Tigray regions.',
        'The station in Minas Gerais sends data to São José dos Campos. Reading is a pleasure.',
      ),
    ).toEqual(['Kazan', 'Pokhara', 'Amhara', 'Tigray', 'Minas Gerais', 'São José dos Campos']);
  });

  it('does not take bodies, months or vague regions for places', () => {
    expect(
      places(
        'The talks were held in Tsinghua University, Beijing, in May. Each Member State signed.',
        'It was held in June, and the Region agreed.',
      ),
    ).toEqual(['Beijing']);
  });
});
