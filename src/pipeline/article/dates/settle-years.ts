import type { DateReason } from '#schema';
import type { Locale } from '../../locales/index.ts';
import { isFutureTense } from '../classify-event.ts';
import { isLookingBack } from '../looking-back.ts';
import type { DateMention } from './find-date-mentions.ts';
import { type DayRange, inferYear, type YearClue } from './infer-year.ts';
import { addDays, lastDayOf } from './resolve-event-date.ts';

// A year written in a name ("the Astana Expo 2017", "ЭКСПО-2017", "Год туризма-2025") is no date the parsers
// read, but it still tells when the text was written: a last tie-break among the years the clues leave. Only a
// year that follows a name counts: "In 2013 trade grew" looks back.
const YEAR_IN_NAME = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]{2,})[\s-](199\d|20\d\d)(?![\d%]|[.,:/]\d)/gu;
const NOT_A_NAME = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'after',
  'before',
  'during',
  'through',
  'for',
  'and',
  'seit',
  'bis',
  'nach',
  'vor',
  'für',
  'und',
  'dès',
  'depuis',
  'после',
  'для',
  'перед',
]);

function yearsInNames(text: string): number[] {
  return [...text.matchAll(YEAR_IN_NAME)]
    .filter((m) => !NOT_A_NAME.has((m[1] ?? '').toLowerCase()))
    .map((m) => Number(m[2]));
}

/**
 * Gives each date that lacks a year (in an article with no publication date) the one year the clues leave.
 * A date whose year stays open keeps `yearUnknown`: it dates no event (a guessed year would put it on the
 * wrong line), but its day and month can still tell which other report it is. The clues of a date are those
 * of the sentences around it (`cluesFor`).
 */
export function settleYears(
  mentions: DateMention[],
  cluesFor: (mention: DateMention) => YearClue[],
  now: Date,
  locale: Locale,
  meetingWeeksFor: (mention: DateMention) => Array<DayRange & { reason: DateReason }> = () => [],
  text = '',
): DateMention[] {
  if (!mentions.some((m) => m.yearUnknown)) return mentions;
  const today = now.toISOString().slice(0, 10);
  const withYear = mentions.filter((m) => !m.yearUnknown && !m.relative);
  const statedYears = [
    ...withYear.filter((m) => !m.yearImplied && /\d{4}/.test(m.text)).map((m) => Number(m.start.slice(0, 4))),
    ...yearsInNames(text),
  ].filter((y) => y <= now.getUTCFullYear());
  // An earlier event recalled with its day or month ("в ноябре 2023 г."); a bare year ("during 2017") in a
  // sentence that "recalled" something names no earlier event.
  const recalled = withYear
    .filter((m) => m.precision !== 'year' && isLookingBack(m.sentence.text, locale))
    .map((m) => lastDayOf(m.end));
  const after = recalled.length > 0 ? (recalled.sort().at(-1) ?? null) : null;
  return mentions.flatMap((m) => {
    if (!m.yearUnknown) return [m];
    const inferred = inferYear({
      month: m.month,
      day: m.day,
      weekday: m.weekday,
      clues: cluesFor(m),
      latest: isFutureTense(m.sentence.text, locale) ? addDays(today, 366) : today,
      after,
      statedYears,
      meetingWeeks: meetingWeeksFor(m),
    });
    if (!inferred) return [m];
    const withYearOf = (iso: string) => `${inferred.year}${iso.slice(4)}`;
    // A range across New Year ("December 30 – January 2") keeps its end in the next year.
    const endYear = m.end.slice(5) < m.start.slice(5) ? inferred.year + 1 : inferred.year;
    return [
      {
        ...m,
        start: withYearOf(m.start),
        end: `${endYear}${m.end.slice(4)}`,
        yearUnknown: false,
        yearInferredFrom: inferred.why,
      },
    ];
  });
}
