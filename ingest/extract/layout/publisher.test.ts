import { describe, expect, it } from 'vitest';
import { datelineCountry } from './publisher';

describe('datelineCountry', () => {
  it('reads a capital before a larger city of the same name elsewhere', () => {
    expect(datelineCountry('San José, 27 de febrero de 2020 – The Minister spoke.')).toBe('CR');
  });

  it('reads a US state named like a country after a US city as the United States', () => {
    expect(datelineCountry('Atlanta, Georgia, 2023-09-12 – The Minister met the Governor.')).toBe('US');
    expect(datelineCountry('Tbilisi, Georgia, 12 May 2023 – The Minister met the envoy.')).toBe('GE');
  });

  it("reads a capital written in its own language's way", () => {
    expect(datelineCountry('Warszawa, 4.05.2026 – The Minister received the delegation.')).toBe('PL');
    expect(datelineCountry('București, 4 mai 2026 – The Minister spoke.')).toBe('RO');
    expect(datelineCountry('Hà Nội, 4 May 2026 – The Minister spoke.')).toBe('VN');
  });
});
