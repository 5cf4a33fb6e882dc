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
