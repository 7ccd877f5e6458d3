import { z } from 'zod';
import { ROLES } from '#schema';

// Shapes of the gazetteer's data files; a test validates every file against them.

const countryCode = z.string().regex(/^[A-Z]{2}$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const names = z.object({ en: z.array(z.string()), ru: z.array(z.string()) });

/**
 * One spell in an office. The gazetteer records who exercised an office on a day, because that is whom
 * the press names and whom partners meet: an acting holder (a stand-in after a death, resignation or
 * removal, or while the holder is suspended by impeachment) is entered as a holder of the role for the
 * acting period, and a suspended holder's spell is broken for those days. A government that has resigned
 * but stays on until its successor is appointed keeps its roles until that day.
 */
export const officialRole = z.object({
  role: z.enum(ROLES),
  /** The state or institution the role is held for, when it differs from the person's country (EU, NATO, SCO). */
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

/**
 * Days on which an office had no holder at all, not even an acting one, so that a coverage check does not
 * flag them as missing data (Iran between two Supreme Leaders).
 */
export const vacancy = z.object({
  /** The state or institution, as holderOf takes it: "IR", "EU", "NATO". */
  country: z.string().regex(/^[A-Z]{2,5}$/),
  role: z.enum(ROLES),
  from: isoDay,
  /** null while the gap is open: the next holder is not yet known to the gazetteer (a last resort). */
  to: isoDay.nullable(),
  /** Why no one held the office, with the source of the dates when they are not common knowledge. */
  reason: z.string().min(1),
});
export type Vacancy = z.infer<typeof vacancy>;

/**
 * A recurring multilateral meeting (the SCO heads of state council, a C5+1 summit, the UN General Assembly's
 * general debate, an economic forum). Its names date the reports that name it without a full date: a
 * "SCO summit in Qingdao" took place on known days.
 */
export const meetingSeries = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the event is: heads' summits are events between states; forums and ministerials only date. */
  kind: z.enum(['summit', 'ministerial', 'forum']),
  label: z.object({ en: z.string(), ru: z.string() }),
  /**
   * Names and abbreviations in Latin script (en, and de, tr, uz, fr spellings) and in Cyrillic (ru, and kk):
   * the organisation's or format's name as it stands next to "summit" ("SCO", "Shanghai Cooperation
   * Organisation", "ШОС", "ШЫҰ"), nominative; the matcher handles cases.
   */
  names: names,
  /** The states every meeting of a fixed format gathers (C5+1: the five Central Asian states and the US). */
  parties: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
});
export type MeetingSeries = z.infer<typeof meetingSeries>;

export const meeting = z.object({
  series: z.string(),
  start: isoDay,
  end: isoDay,
  /** The host city's id in cities.json. */
  city: z.string().regex(/^[a-z0-9-]+$/),
  country: countryCode,
  /** The meeting's number in its series when the press numbers it ("the 25th SPIEF"). */
  ordinal: z.number().int().positive().optional(),
});
export type Meeting = z.infer<typeof meeting>;

export const meetingsFile = z.object({ series: z.array(meetingSeries), meetings: z.array(meeting) });

export const officialsFile = z.array(official);
export const vacanciesFile = z.array(vacancy);
export const countriesFile = z.array(country);
export const citiesFile = z.array(city);

/**
 * How one language writes the gazetteer's names (`data/names/<lang>.json`): the spellings of countries,
 * adjectives, cities, officials and offices that only that language uses ("Казахстану" is found from the
 * Russian name; "Qozog'iston", "Токаєв", "Прэзідэнт" are not). Each language keeps its own file, so adding
 * one touches no other language's data. Keys are country codes, city ids and official ids of the main files.
 */
export const languageNames = z.object({
  lang: z.string().regex(/^[a-z]{2}$/),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string())).default({}),
  adjectives: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string())).default({}),
  cities: z.record(z.string(), z.array(z.string())).default({}),
  officials: z.record(z.string(), z.array(z.string())).default({}),
  /** Names of meeting series (meetings.json ids): "АДКБ" is the CSTO in Belarusian. */
  meetings: z.record(z.string(), z.array(z.string())).default({}),
  /** Office phrases, nominative, as in role-phrases.ts; `country` where the phrase names the state itself. */
  roles: z
    .array(z.object({ role: z.enum(ROLES), phrases: z.array(z.string()), country: countryCode.optional() }))
    .default([]),
});
export type LanguageNames = z.infer<typeof languageNames>;
