import { z } from 'zod';
import { ROLES } from '#schema';

// Shapes of the gazetteer's data files; a test validates every file against them.

const countryCode = z.string().regex(/^[A-Z]{2}$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const names = z.object({ en: z.array(z.string()), ru: z.array(z.string()) });

export const officialRole = z.object({
  role: z.enum(ROLES),
  /** The state or institution the role is held for, when it differs from the person's country (EU, UN). */
  of: z.string().optional(),
  from: isoDay,
  /** null while the person still holds the role. */
  to: isoDay.nullable(),
});

export const official = z.object({
  /** Stable id: latin surname-given name, lowercase, hyphenated. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Full official spelling in English and the usual Russian spelling, in the nominative. */
  name: z.object({ en: z.string(), ru: z.string() }),
  /**
   * Every other form that names this person on its own, nominative only (the matcher handles Russian cases):
   * the surname, or the given name where that is how the press names them (Mongolians), and other spellings.
   */
  aliases: names,
  country: countryCode,
  roles: z.array(officialRole).min(1),
});
export type Official = z.infer<typeof official>;

export const country = z.object({
  code: countryCode,
  name: z.object({ en: z.string(), ru: z.string() }),
  /** Other names of the state, nominative (the matcher handles Russian cases): "КНР", "the US", "Britain". */
  aliases: names,
  /** Adjectives and demonyms: English as written ("Kazakh"), Russian in the masculine nominative ("казахстанский"). */
  adjectives: names,
});
export type Country = z.infer<typeof country>;

export const cityName = z.object({
  en: z.string(),
  ru: z.string(),
  from: isoDay.nullable(),
  to: isoDay.nullable(),
});

export const city = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  country: countryCode,
  /** Official names over time; the one in force on the event's date is shown (Nur-Sultan in 2021). */
  names: z.array(cityName).min(1),
  /** Other spellings, nominative. */
  aliases: names,
});
export type City = z.infer<typeof city>;

export const officialsFile = z.array(official);
export const countriesFile = z.array(country);
export const citiesFile = z.array(city);
