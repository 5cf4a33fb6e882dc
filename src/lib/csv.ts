/**
 * CSV as RFC 4180 writes it (fields separated by commas, records by CRLF, a field with a comma, quote,
 * CR or LF quoted and its quotes doubled), with cells neutralised against spreadsheet formula injection.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): `=`, `+`, `-`,
 * `@`, and tab and carriage return, which some spreadsheets skip before them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell text a spreadsheet shows as text: a leading `'` before what would start a formula (OWASP). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: neutralised, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * The UTF-8 byte order mark that goes first in a CSV file: without it Excel reads a CSV in the system's
 * legacy code page and shows accented and non-Latin names as mojibake; with it, as UTF-8. Other
 * spreadsheets and CSV parsers skip it.
 */
export const UTF8_BOM = '\uFEFF';
