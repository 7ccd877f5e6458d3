// Shared vocabulary of the corpus format: defined once, imported by the pipeline, the app and the embed.

export const EVENT_TYPES = [
  'visit',
  'talks',
  'meeting',
  'phone_call',
  'summit',
  'agreement_signing',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How an event date was established, from strongest to weakest:
 * stated in the text, relative to the publication date ("today", "yesterday"), a stated day and month
 * whose year was inferred from the text's clues (who held office, a city's name, the weekday),
 * only bounded by the publication date (no date in the text), or linked from another article's mention.
 */
/**
 * Why a report was taken for an event another report had already told of: its days agree; it was
 * published within the days reports of one event appear; its month, year or day and month fit this event
 * and no other; it gives no date, but its people, states and kind are this event's and no other's.
 */
export const MERGE_REASONS = [
  'same_days',
  'published_days',
  'period_fits',
  'day_of_year',
  'undated_sibling',
] as const;
export type MergeReason = (typeof MERGE_REASONS)[number];

export const DATE_BASES = ['stated', 'relative', 'inferred', 'publication', 'linked'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const ROLES = [
  'head_of_state',
  'president',
  'vice_president',
  'monarch',
  'crown_prince',
  'prime_minister',
  'deputy_prime_minister',
  'chancellor',
  'foreign_minister',
  'minister',
  'parliament_speaker',
  'ambassador',
  'secretary_general',
  'european_council_president',
  'european_commission_president',
  'high_representative',
  'official',
] as const;
export type Role = (typeof ROLES)[number];

export const DOCUMENT_KINDS = [
  'joint_declaration',
  'declaration',
  'joint_statement',
  'agreement',
  'treaty',
  'memorandum',
  'roadmap',
  'protocol',
  'contract',
  'action_plan',
  'program',
  'document',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const FIGURE_MEASURES = [
  'trade_turnover',
  'investment',
  'loan',
  'aid',
  'contract_value',
  'other',
] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

export const FIGURE_KINDS = ['actual', 'target'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const FACT_KINDS = [
  'date',
  'type',
  'participant',
  'country',
  'location',
  'agreement',
  'figure',
  'planned',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Why an article is not on the timeline; `unplacedReason` says the same in English words. */
export const UNPLACED_CODES = [
  'too_short',
  'other_language',
  'no_event',
  'single_country',
  'below_level',
  'duplicate',
] as const;
export type UnplacedCode = (typeof UNPLACED_CODES)[number];

export const PROBLEM_CODES = [
  'unreadable',
  'too-large',
  'empty',
  'binary',
  'unknown-encoding',
  'encoding',
  'duplicate',
  'undated',
  'too-slow',
  'invalid-bytes',
  'unsupported-format',
  'file-name',
  'link',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const PROBLEM_SEVERITIES = ['error', 'warning', 'info'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** The country whose relations the seed corpus follows; it is on every row, so rows are its partners. */
export const HOME_COUNTRY = 'KZ';

export const UI_LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
