import type { ParsedResult } from 'chrono-node';
import type { DatePrecision, DateReason } from '#schema';
import type { Locale } from '../../locales/index.ts';
import type { Sentence } from '../sentences.ts';
import type { DateParsers } from './create-date-parsers.ts';
import { addDays } from './resolve-event-date.ts';

export interface DateMention {
  start: string;
  end: string;
  precision: DatePrecision;
  /** "today", "yesterday": resolved against the publication date. */
  relative: boolean;
  /** The year was not written next to the day and month but taken from the publication date or the text. */
  yearImplied: boolean;
  /**
   * No year was written and the article has no publication date to take it from: `start` and `end` hold a
   * placeholder year until `settleYears` works the year out from what else the text says; if it cannot, the
   * date dates no event, and only its day and month are kept for telling reports of one event apart.
   */
  yearUnknown: boolean;
  month: number;
  day: number | null;
  /** 0 (Sunday) to 6, when the text names the weekday with the date ("on Friday, August 25"). */
  weekday: number | null;
  /** Set by `settleYears` when it worked the year out: the clues it used, for the evidence trail. */
  yearInferredFrom?: DateReason[];
  sentence: Sentence;
  text: string;
  index: number;
}

const MAX_PLAUSIBLE_YEAR_AHEAD = 1;
/**
 * Every date the text states, resolved against the publication date. Without one, a day and month with no
 * year is kept with `yearUnknown` for `settleYears`; "today" and "yesterday" are dropped.
 */
export function findDateMentions(
  sentences: Sentence[],
  locale: Locale,
  published: string | null,
  parsers: DateParsers,
  now: Date,
): DateMention[] {
  const parser = parsers[locale.code];
  if (!parser) throw new Error(`no date parser for "${locale.code}"`);
  // Tested on the lowercased sentence after a test for a digit (most dates have one): the case-insensitive
  // flag on these alternations costs five times as much.
  const mayHoldADate = (sentence: Sentence) =>
    /\d/.test(sentence.text) || locale.dateWord.test(sentence.text.toLowerCase());
  const maxYear = now.getUTCFullYear() + MAX_PLAUSIBLE_YEAR_AHEAD;
  // chrono runs dozens of patterns over its input: give it only the sentences that can hold a date.
  const candidates = sentences.filter(mayHoldADate);
  // One chrono call over the candidates joined (each call has a fixed cost), mapped back to sentences.
  const offsets: number[] = [];
  let joined = '';
  for (const s of candidates) {
    offsets.push(joined.length);
    joined += `${s.text}\n\n`;
  }
  const parse = (ref: Date) =>
    parser.parse(joined, ref).flatMap((result) => {
      const i = lastIndexAtOrBefore(offsets, result.index);
      const sentence = candidates[i];
      const offset = offsets[i] ?? 0;
      if (!sentence || result.index + result.text.length > offset + sentence.text.length) return [];
      return [{ result: shiftResult(result, offset), sentence }];
    });
  const results = parse(published ? new Date(`${published}T12:00:00Z`) : now);
  const mentions: DateMention[] = [];
  for (const { result, sentence } of results) {
    if (NOT_A_DAY.test(result.text)) continue;
    const relative = locale.relativeDay.test(result.text.toLowerCase());
    const yearImplied = !result.start.isCertain('year');
    if (relative && !published) continue;
    // "on Tuesday", "last year", "в октябре прошлого года" count from the publication date: without one
    // they name no day or year.
    if (!published && !result.start.isCertain('day') && result.start.isCertain('weekday')) continue;
    if (!published && !yearImplied && !/\d{4}/.test(result.text)) continue;
    const year = result.start.get('year') ?? 0;
    if (year < 1900 || year > maxYear) continue;
    const span = towardsTense(spanOf(result, relative), result, sentence, locale, published);
    mentions.push({
      ...span,
      relative,
      yearImplied,
      yearUnknown: yearImplied && !published,
      month: result.start.get('month') ?? 1,
      day: span.precision === 'day' ? (result.start.get('day') ?? 1) : null,
      weekday: result.start.isCertain('weekday') ? (result.start.get('weekday') ?? null) : null,
      sentence,
      text: result.text.trim(),
      index: sentence.start + result.index,
    });
  }
  return mentions;
}

// chrono reads "now" as the reference moment; "and now supports" names the present, not a day.
const NOT_A_DAY = /^\s*(?:right\s+)?(?:now|currently|сейчас|теперь|ныне|jetzt|nun|şimdi|қазір)\s*$/iu;

function spanOf(result: ParsedResult, relative: boolean): Pick<DateMention, 'start' | 'end' | 'precision'> {
  const relativeDay = relative || result.start.isCertain('weekday');
  const precision: DatePrecision =
    result.start.isCertain('day') || relativeDay ? 'day' : result.start.isCertain('month') ? 'month' : 'year';
  const start = isoAt(result.start, precision);
  const end = result.end ? isoAt(result.end, precision) : start;
  return { start, end, precision };
}

/**
 * A weekday named with no date ("agreed on Tuesday") is the last such day up to the publication date, or in a
 * sentence about what is to come the next one after it; chrono takes the nearest either way.
 */
function towardsTense(
  span: Pick<DateMention, 'start' | 'end' | 'precision'>,
  result: ParsedResult,
  sentence: Sentence,
  locale: Locale,
  published: string | null,
): Pick<DateMention, 'start' | 'end' | 'precision'> {
  if (!published || result.start.isCertain('day') || !result.start.isCertain('weekday') || result.end) {
    return span;
  }
  const ahead = locale.future.test(sentence.text.toLowerCase());
  const shift = !ahead && span.start > published ? -7 : ahead && span.start < published ? 7 : 0;
  if (shift === 0) return span;
  const day = addDays(span.start, shift);
  return { start: day, end: day, precision: 'day' };
}

interface DateComponents {
  get(component: 'year' | 'month' | 'day'): number | null;
}

/** ISO date at a precision, read from chrono's components rather than a Date (no time-zone shifts). */
function isoAt(components: DateComponents, precision: DatePrecision): string {
  const year = String(components.get('year') ?? 0).padStart(4, '0');
  const month = String(components.get('month') ?? 1).padStart(2, '0');
  const day = String(components.get('day') ?? 1).padStart(2, '0');
  return precision === 'day' ? `${year}-${month}-${day}` : precision === 'month' ? `${year}-${month}` : year;
}

function lastIndexAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The result with its index relative to its sentence rather than to the joined text. */
function shiftResult(result: ParsedResult, offset: number): ParsedResult {
  return Object.assign(Object.create(Object.getPrototypeOf(result)), result, {
    index: result.index - offset,
  });
}
