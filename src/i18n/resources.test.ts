import { describe, expect, it } from 'vitest';
import { resources } from './createI18n.ts';

/** Every key path of a resource tree, e.g. `count.events_one`. */
function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (path: string) => path.replace(PLURAL, '');
const englishKeys = new Set(keyPaths(resources.en.translation).map(base));

// English is type-checked against the components (CustomTypeOptions); these keep every other language in step.
describe.each(Object.entries(resources))('the %s resources', (lng, { translation }) => {
  const keys = keyPaths(translation);

  it.skipIf(lng === 'en')('have exactly the English keys (plural forms aside)', () => {
    const own = new Set(keys.map(base));
    expect([...englishKeys].filter((key) => !own.has(key))).toEqual([]);
    expect([...own].filter((key) => !englishKeys.has(key))).toEqual([]);
  });

  it("give every plural all of the language's CLDR forms (ru: one, few, many, other)", () => {
    const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const present = new Set(keys);
    for (const plural of new Set(keys.filter((key) => PLURAL.test(key)).map(base))) {
      for (const form of forms) expect(present, `${lng}: ${plural}_${form}`).toContain(`${plural}_${form}`);
    }
  });
});
