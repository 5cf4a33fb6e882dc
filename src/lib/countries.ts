const displayNames = new Map<string, Intl.DisplayNames>();
/** Names by locale and code: a few hundred regions at most per locale. */
const names = new Map<string, string>();

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
  // Remembered: every result card and facet value asks for its countries' names on each render, and
  // Intl.DisplayNames looks each one up again.
  const key = `${locale ?? ''}:${code}`;
  let name = names.get(key);
  if (name === undefined) {
    try {
      name = regionNames(locale).of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(key, name);
  }
  return name;
}
