import { z } from 'zod';
import { DATE_PRECISIONS, DOCUMENT_KINDS, EVENT_TYPES, FIGURE_KINDS, FIGURE_MEASURES, ROLES } from '#schema';

// The format of an evaluation set's gold file: what a careful reader finds in each article. The rules for
// filling it in are in eval/README.md; `npm run eval -- --schema FILE` writes it as JSON Schema.

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const isoAtPrecision = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date: 2024, 2024-10 or 2024-10-05');

export const EVENT_MODES = ['reported', 'announced', 'recalled'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** How a careful reader established an event's date. */
export const DATE_SOURCES = [
  'stated',
  'dateline',
  'relative',
  'inferred',
  'other_report',
  'unknown',
] as const;

export const HARD_CASES = [
  'dateline',
  'day_month_no_year',
  'weekday',
  'relative',
  'chrome_timestamp',
  'recalled_dates',
  'no_date',
  'announced',
  'summit_bilaterals',
  'office_phrase',
  'topic_country',
  'quoted_people',
  'page_chrome',
] as const;

export const goldDate = z.object({
  start: isoAtPrecision,
  end: isoAtPrecision,
  precision: z.enum(DATE_PRECISIONS),
});
export type GoldDate = z.infer<typeof goldDate>;

export const goldParticipant = z.object({
  /** The usual English spelling. */
  name: z.string().min(1),
  nameRu: z.string().optional(),
  /** Null for an international organisation's own official. */
  country: countryCode.nullable(),
  role: z.enum(ROLES),
});
export type GoldParticipant = z.infer<typeof goldParticipant>;

export const goldEvent = z.object({
  /** Shared by every article that reports, announces or recalls this same event. */
  id: z.string().min(1),
  mode: z.enum(EVENT_MODES),
  type: z.enum(EVENT_TYPES),
  types: z.array(z.enum(EVENT_TYPES)).min(1),
  /** Null when the date cannot be known (`dateFrom: unknown`): the event is then left out of date scores. */
  date: goldDate.nullable(),
  dateFrom: z.enum(DATE_SOURCES),
  dateEvidence: z.string(),
  planned: z.boolean(),
  countries: z.array(countryCode),
  participants: z.array(goldParticipant),
  place: z.object({ city: z.string().min(1), country: countryCode }).nullable(),
  agreements: z.array(
    z.object({
      kind: z.enum(DOCUMENT_KINDS),
      title: z.string(),
      count: z.number().int().positive().optional(),
    }),
  ),
  figures: z.array(
    z.object({
      amount: z.number().positive(),
      currency: z.string().regex(/^[A-Z]{3}$/),
      measure: z.enum(FIGURE_MEASURES),
      kind: z.enum(FIGURE_KINDS),
    }),
  ),
});
export type GoldEvent = z.infer<typeof goldEvent>;

export const goldArticle = z.object({
  /** Path of the article file, relative to the gold file's `articlesDir`. */
  file: z.string().min(1),
  url: z.url(),
  outlet: z.string(),
  lang: z.string().regex(/^[a-z]{2,3}$/),
  /** Articles about one event and the decoys made to be confused with it; ungrouped articles stand alone. */
  group: z.string().optional(),
  published: isoAtPrecision.nullable(),
  diplomatic: z.boolean(),
  events: z.array(goldEvent),
  hard: z.array(z.enum(HARD_CASES)).default([]),
  notes: z.string().default(''),
  annotator: z.string(),
  /** Who read the entry a second time (and corrected it); null until someone has. */
  checkedBy: z.string().nullable(),
});
export type GoldArticle = z.infer<typeof goldArticle>;

export const goldFile = z.object({
  formatVersion: z.literal(1),
  /** Where the article files are, relative to the gold file. */
  articlesDir: z.string().default('articles'),
  articles: z.array(goldArticle),
});
export type GoldFile = z.infer<typeof goldFile>;
