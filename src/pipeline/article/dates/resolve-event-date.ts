import type { DateBasis, EventDate } from '#schema';
import type { Locale } from '../../locales/index.ts';
import { isDatelineMention } from '../dateline.ts';
import { isLookingBack } from '../looking-back.ts';
import type { Sentence } from '../sentences.ts';
import type { DateMention } from './find-date-mentions.ts';

/** A day and month whose year the article leaves open ("on 25 October", no year, no publication date). */
export interface PartialDate {
  month: number;
  day: number;
  /** Where the text gives the day: evidence for the date another report's year settles. */
  sentence: Sentence;
}

export interface ResolvedDate {
  date: EventDate;
  /** The sentence the date was read from; null when only the publication date bounds the event. */
  sentence: Sentence | null;
  /** The date lies after publication: the article announces the event. */
  planned: boolean;
  /** The date mention chosen, if the date came from the text. */
  mention: DateMention | null;
}

export interface EventDateContext {
  mentions: DateMention[];
  published: string | null;
  /** The sentence that reports the event (see classify-event), if one was found. */
  eventSentence: Sentence | null;
  /** Sentences of the title line, which speak of the same event. */
  titleSentences: Sentence[];
  locale: Locale;
}

// A news report is about the last few days: a date much older than publication belongs to background.
const MAX_DAYS_BEFORE_PUBLICATION = 31;
// Events are announced up to a year ahead; a date years after the story was published is the page's
// own (a banner's "today" on the day it was saved), not the event's.
const MAX_DAYS_AFTER_PUBLICATION = 400;

/** Picks the event's date among the dates an article states, or falls back to its publication date. */
export function resolveEventDate(context: EventDateContext): ResolvedDate | null {
  const scored = context.mentions
    .filter((mention) => !mention.yearUnknown)
    .map((mention) => ({ mention, score: scoreMention(mention, context) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.mention.index - b.mention.index);
  const best = scored[0]?.mention;
  if (best) {
    const basis: DateBasis = best.relative ? 'relative' : best.yearInferredFrom ? 'inferred' : 'stated';
    const date: EventDate = {
      start: best.start,
      end: best.end,
      precision: best.precision,
      basis,
      ...(best.yearInferredFrom && best.yearInferredFrom.length > 0
        ? { reasons: best.yearInferredFrom }
        : {}),
    };
    return { date, sentence: best.sentence, planned: isAfter(best.start, context.published), mention: best };
  }
  if (context.published) {
    const date: EventDate = {
      start: context.published,
      end: context.published,
      precision: 'day',
      basis: 'publication',
    };
    return { date, sentence: null, planned: false, mention: null };
  }
  return null;
}

/**
 * The day and month of the event when the article gives them without a year it can settle, and no date
 * scores higher: enough to know another report of the same event, not to place it.
 */
export function partialEventDate(context: EventDateContext): PartialDate | null {
  const best = context.mentions
    .map((mention) => ({ mention, score: scoreMention(mention, context) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.mention.index - b.mention.index)[0]?.mention;
  return best?.yearUnknown && best.day !== null
    ? { month: best.month, day: best.day, sentence: best.sentence }
    : null;
}

function scoreMention(mention: DateMention, context: EventDateContext): number {
  const { sentence } = mention;
  if (context.published && endsBefore(mention.end, context.published, MAX_DAYS_BEFORE_PUBLICATION)) return 0;
  // Years first: counting days is the costly part, and most dates are of the publication's year.
  if (
    context.published &&
    mention.start.slice(0, 4) > context.published.slice(0, 4) &&
    firstDayOf(mention.start) > addDays(context.published, MAX_DAYS_AFTER_PUBLICATION)
  ) {
    return 0;
  }
  const inEventSentence = context.eventSentence?.index === sentence.index;
  const inTitle = context.titleSentences.some((s) => s.index === sentence.index);
  if (mention.precision === 'year' && !inEventSentence && !inTitle) return 0;
  let score = 10;
  // A dateline says when the story was filed: the event sentence's own day, when it gives one, is the event's
  // ("BERLIN, 22. September. Scholz wird am 28. September … Gespräche führen").
  if (isDatelineMention(mention)) score = eventSentenceGivesDay(context) ? 70 : 100;
  else if (inEventSentence) score = 80;
  else if (inTitle) score = 60;
  else if (context.eventSentence && sentence.paragraph === context.eventSentence.paragraph) score = 40;
  else if (sentence.index <= 3) score = 30;
  if (isLookingBack(sentence.text, context.locale) && !inEventSentence) score -= 25;
  score += mention.precision === 'day' ? 5 : mention.precision === 'month' ? 2 : 0;
  if (!mention.relative) score += 3;
  return score;
}

function eventSentenceGivesDay(context: EventDateContext): boolean {
  const index = context.eventSentence?.index;
  return context.mentions.some(
    (m) => m.sentence.index === index && m.precision === 'day' && !m.relative && !isDatelineMention(m),
  );
}

/** True when a date (at any precision) ends more than `days` before the reference day. */
function endsBefore(isoEnd: string, referenceDay: string, days: number): boolean {
  return lastDayOf(isoEnd) < addDays(referenceDay, -days);
}

function isAfter(isoStart: string, published: string | null): boolean {
  return published !== null && firstDayOf(isoStart) > published;
}

export function firstDayOf(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

export function lastDayOf(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const [year, month] = iso.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return iso;
}

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
