// One instance per language: rows and lists name countries inside sort comparators.
const namesByLanguage = new Map<string, Intl.DisplayNames>();

function displayNames(lng: string): Intl.DisplayNames {
  let names = namesByLanguage.get(lng);
  if (!names) {
    names = new Intl.DisplayNames([lng], { type: 'region', fallback: 'code' });
    namesByLanguage.set(lng, names);
  }
  return names;
}

/**
 * Where CLDR's name is not the one the country itself uses and its press writes: CLDR's Russian for KG is
 * «Киргизия», Kyrgyzstan's constitution and the corpus's gazetteer say «Кыргызстан».
 */
const OWN_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ru: { KG: 'Кыргызстан' },
};

/**
 * A country's name in the UI language from the browser's own CLDR data (`Intl.DisplayNames`), so no
 * country list ships with the app and a third UI language gets its names for free.
 */
export function countryName(code: string, lng: string): string {
  const own = OWN_NAMES[lng]?.[code];
  if (own) return own;
  try {
    return displayNames(lng).of(code) ?? code;
  } catch {
    // A code Intl rejects (not two letters) is shown as it is rather than breaking the page.
    return code;
  }
}

/** Sorts country codes by their name in the UI language. */
export function sortCountriesByName(codes: Iterable<string>, lng: string): string[] {
  const collator = new Intl.Collator(lng);
  return [...codes].sort((a, b) => collator.compare(countryName(a, lng), countryName(b, lng)));
}
