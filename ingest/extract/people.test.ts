import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from './extract-entities';
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

  it('finds nobody in an announcement without people', () => {
    expect(people('The 16th China-ASEAN Expo will open in Nanning on September 20, 2019.')).toEqual([]);
  });
});
