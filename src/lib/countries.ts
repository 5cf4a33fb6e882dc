const displayNames = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string | undefined): Intl.DisplayNames {
  const key = locale ?? '';
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames(locale ? [locale, 'en'] : undefined, { type: 'region', fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/** The country's name in the reader's language, or the code itself when the code is not a known region. */
export function countryName(code: string, locale?: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The flag emoji made of the two regional indicator symbols for an alpha-2 code. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(0x1f1e6 + code.charCodeAt(0) - 65, 0x1f1e6 + code.charCodeAt(1) - 65);
}
