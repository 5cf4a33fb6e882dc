import { describe, expect, it } from 'vitest';
import { dayString } from '../../../data/search-index/index-files';
import { monthNumber, monthString } from './months';

describe('monthNumber', () => {
  it('gives the month Date gives, for every day from 1900 to 2100', () => {
    const from = Math.round(Date.UTC(1900, 0, 1) / 86_400_000);
    const to = Math.round(Date.UTC(2100, 11, 31) / 86_400_000);
    for (let day = from; day <= to; day++)
      if (monthString(monthNumber(day)) !== dayString(day).slice(0, 7))
        expect(monthString(monthNumber(day)), `day ${day}`).toBe(dayString(day).slice(0, 7));
  });

  it('orders months', () => {
    expect(monthNumber(0)).toBe(1970 * 12);
    expect(monthNumber(31)).toBe(1970 * 12 + 1);
    expect(monthNumber(-1)).toBe(1969 * 12 + 11);
  });
});
