import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, neutralizeFormula } from './csv';

describe('csv', () => {
  it('quotes fields with commas, quotes, CR or LF and doubles their quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('neutralises cells that a spreadsheet would run as a formula (OWASP)', () => {
    for (const cell of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['1-2', 'a=b', 'Ministry', "'quoted", ' =1'])
      expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('neutralises before quoting, so the quote wraps the prefixed text', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('-3, minus')).toBe('"\'-3, minus"');
  });
});
