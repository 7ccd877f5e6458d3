import { z } from 'zod';
import {
  DATE_BASES,
  DATE_PRECISIONS,
  DOCUMENT_KINDS,
  EVENT_TYPES,
  FACT_KINDS,
  FIGURE_KINDS,
  FIGURE_MEASURES,
  MERGE_REASONS,
  PROBLEM_SEVERITIES,
  ROLES,
  UNPLACED_CODES,
} from './vocabulary.ts';

/** Corpus format version: bump on any change that an older viewer could misread. */
export const SCHEMA_VERSION = 1;

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoAtPrecision = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A name in both UI languages. Proper names outside the gazetteer keep the spelling the source used. */
export const bilingualText = z.object({ en: z.string(), ru: z.string() });
export type BilingualText = z.infer<typeof bilingualText>;

/** Where a fact came from: the sentence's character span in the article's stored text. */
export const evidence = z.object({
  fact: z.enum(FACT_KINDS),
  articleId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /**
   * The sentence itself, for people reading the corpus file. The viewer gets evidence without it, in each
   * article's text file: the pane loads that text anyway and cuts the sentence from it.
   */
  quote: z.string().optional(),
});
export type Evidence = z.infer<typeof evidence>;

const day = z.string().regex(isoDay);

/**
 * Why an `inferred` date has its year (or its day): each thing the text says that only that year fits.
 * Structured, not prose, so that the viewer says it in either language.
 */
export const dateReason = z.discriminatedUnion('kind', [
  /** The person named held the office only in those spells. */
  z.object({
    kind: z.literal('office'),
    person: bilingualText,
    spells: z.array(z.object({ role: z.enum(ROLES), from: day, to: day.nullable() })),
  }),
  /** The city bore the name the text uses only then ("Nur-Sultan": 2019–2022). */
  z.object({ kind: z.literal('cityName'), name: bilingualText, from: day.nullable(), to: day.nullable() }),
  /** The meeting the text names was held on those days. */
  z.object({ kind: z.literal('meeting'), meeting: bilingualText, city: bilingualText, start: day, end: day }),
  /** The weekday the text gives with the date. */
  z.object({ kind: z.literal('weekday') }),
  /** The latest year the text states, when the other reasons leave several. */
  z.object({ kind: z.literal('statedYear'), year: z.number().int() }),
  /** It came after an earlier event the text recalls with its date. */
  z.object({ kind: z.literal('after'), day }),
  /** Another report of the event gives its year: by its publication day, or by a month or a year it states. */
  z.object({
    kind: z.literal('otherReport'),
    date: z.object({
      start: z.string().regex(isoAtPrecision),
      end: z.string().regex(isoAtPrecision),
      precision: z.enum(DATE_PRECISIONS),
      basis: z.enum(DATE_BASES),
    }),
  }),
]);
export type DateReason = z.infer<typeof dateReason>;

export const eventDate = z.object({
  /** ISO date at the given precision: `2024`, `2024-10` or `2024-10-05`. */
  start: z.string().regex(isoAtPrecision),
  end: z.string().regex(isoAtPrecision),
  precision: z.enum(DATE_PRECISIONS),
  basis: z.enum(DATE_BASES),
  /** For an `inferred` date: what settled it. */
  reasons: z.array(dateReason).optional(),
});
export type EventDate = z.infer<typeof eventDate>;

export const participant = z.object({
  /** Gazetteer id, or `unknown:<key>` for a person recognised only by a role phrase. */
  id: z.string(),
  name: bilingualText,
  country: countryCode.nullable(),
  role: z.enum(ROLES).nullable(),
  /** True when the name comes from the gazetteer, false when it was read (and transliterated) from the text. */
  known: z.boolean(),
});
export type Participant = z.infer<typeof participant>;

export const place = z.object({
  id: z.string(),
  name: bilingualText,
  country: countryCode,
});
export type Place = z.infer<typeof place>;

export const agreement = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: bilingualText,
});
export type Agreement = z.infer<typeof agreement>;

export const figure = z.object({
  amount: z.number(),
  currency: z.string(),
  measure: z.enum(FIGURE_MEASURES),
  kind: z.enum(FIGURE_KINDS),
  /** The year a figure refers to when the text says so ("last year"). */
  year: z.number().int().nullable(),
  label: bilingualText,
});
export type Figure = z.infer<typeof figure>;

export const diplomaticEvent = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  /** Every type the sources report for this event, the main one first. */
  types: z.array(z.enum(EVENT_TYPES)),
  planned: z.boolean(),
  date: eventDate.nullable(),
  countries: z.array(countryCode),
  participants: z.array(participant),
  location: place.nullable(),
  agreements: z.array(agreement),
  figures: z.array(figure),
  title: bilingualText,
  articleIds: z.array(z.string()),
  evidence: z.array(evidence),
  /** Why each report after the most precise one was taken for this event (none when one report tells it). */
  merges: z.array(z.object({ articleId: z.string(), reason: z.enum(MERGE_REASONS) })).optional(),
});
export type DiplomaticEvent = z.infer<typeof diplomaticEvent>;

export const source = z.object({
  name: z.string().nullable(),
  url: z.string().nullable(),
});
export type Source = z.infer<typeof source>;

export const article = z.object({
  id: z.string(),
  /** Path relative to the input folder, with forward slashes. */
  file: z.string(),
  /** ISO 639-1 code; `und` when the text is too short to tell. */
  lang: z.string(),
  title: z.string(),
  published: z.string().regex(isoDay).nullable(),
  source: source.nullable(),
  eventIds: z.array(z.string()),
  unplacedReason: z.string().nullable(),
  /** The same reason as a code the viewer can translate (optional: corpora written before it stay valid). */
  unplacedCode: z.enum(UNPLACED_CODES).nullable().optional(),
  /** Where the article's text lives, relative to the corpus file; loaded on demand by the viewer. */
  textUrl: z.string().nullable(),
  /** Length of the stored text, so the viewer can say how much it is about to load. */
  textLength: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof article>;

export const problem = z.object({
  file: z.string(),
  /** One of PROBLEM_CODES from this pipeline; other tools may add their own, shown by their message. */
  code: z.string(),
  severity: z.enum(PROBLEM_SEVERITIES),
  message: z.string(),
});
export type Problem = z.infer<typeof problem>;

export const corpus = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  articles: z.array(article),
  events: z.array(diplomaticEvent),
  problems: z.array(problem),
  /**
   * Ids earlier corpora from the same folder gave to events that now have other ids (a better date, two
   * reports found to be one event): old id → current id, so that shared links keep opening the event.
   */
  aliases: z.record(z.string(), z.string()).optional(),
});
export type Corpus = z.infer<typeof corpus>;

/** One article's stored text, the file behind `Article.textUrl`; evidence spans index into `text`. */
export const articleText = z.object({
  id: z.string(),
  lang: z.string(),
  text: z.string(),
});
export type ArticleText = z.infer<typeof articleText>;

/**
 * What the viewer downloads first (`corpus/index.json`): everything the timeline, filters, search and facts
 * need, one entry per event, and nothing that grows with the articles' bodies. Evidence moves into each
 * article's text file (`ViewerArticleText`), loaded with the text when a reader opens it.
 */
export const timelineEvent = diplomaticEvent.omit({ evidence: true });
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineIndex = corpus.extend({ events: z.array(timelineEvent) });
export type TimelineIndex = z.infer<typeof timelineIndex>;

/** An evidence span as the article's text file carries it: which event it supports, and where. */
export const textEvidence = evidence.omit({ articleId: true, quote: true }).extend({ eventId: z.string() });
export type TextEvidence = z.infer<typeof textEvidence>;

/** An article's text file as the viewer loads it: the text, and every evidence span that points into it. */
export const viewerArticleText = articleText.extend({ evidence: z.array(textEvidence) });
export type ViewerArticleText = z.infer<typeof viewerArticleText>;

/** One of this module's formats as JSON Schema, for programs that read the files without this code. */
export function jsonSchemaOf(format: z.ZodType): unknown {
  return z.toJSONSchema(format, { target: 'draft-2020-12' });
}

/** The format of the corpus file the CLI writes. */
export function corpusJsonSchema(): unknown {
  return jsonSchemaOf(corpus);
}
