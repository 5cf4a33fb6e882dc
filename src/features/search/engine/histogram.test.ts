import { describe, expect, it } from 'vitest';
import { histogramOfMonths } from './histogram';

describe('histogramOfMonths', () => {
  it('bins by year, empty years included', () => {
    expect(
      histogramOfMonths([
        ['2017-05', 1],
        ['2015-01', 1],
        ['2017-12', 1],
      ]),
    ).toEqual({
      unit: 'year',
      bins: [
        { period: '2015', from: '2015-01-01', to: '2015-12-31', count: 1 },
        { period: '2016', from: '2016-01-01', to: '2016-12-31', count: 0 },
        { period: '2017', from: '2017-01-01', to: '2017-12-31', count: 2 },
      ],
    });
  });

  it('bins by month when the dates span two years or less, and leaves out empty counts', () => {
    const { unit, bins } = histogramOfMonths([
      ['2016-02', 2],
      ['2016-04', 1],
      ['2019-01', 0],
    ]);
    expect(unit).toBe('month');
    expect(bins).toEqual([
      { period: '2016-02', from: '2016-02-01', to: '2016-02-29', count: 2 },
      { period: '2016-03', from: '2016-03-01', to: '2016-03-31', count: 0 },
      { period: '2016-04', from: '2016-04-01', to: '2016-04-30', count: 1 },
    ]);
    expect(
      histogramOfMonths([
        ['2016-01', 1],
        ['2017-12', 1],
      ]).bins,
    ).toHaveLength(24);
    expect(
      histogramOfMonths([
        ['2016-01', 1],
        ['2018-01', 1],
      ]).unit,
    ).toBe('year');
    expect(histogramOfMonths([])).toEqual({ unit: 'year', bins: [] });
  });
});
