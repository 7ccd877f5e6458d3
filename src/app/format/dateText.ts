import type { DatePrecision, EventDate } from '#schema';
import { dateSpan } from '../model/eventDates.ts';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  // "October 2024" / "октябрь 2024 г.": a month-precision date never pretends to know the day.
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

type Length = 'long' | 'short';

// Building an Intl formatter costs far more than using one, and the timeline formats a date per item.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lng: string, precision: DatePrecision, length: Length): Intl.DateTimeFormat {
  const key = `${lng}|${precision}|${length}`;
  let format = formatters.get(key);
  if (!format) {
    const options = OPTIONS[precision];
    format = new Intl.DateTimeFormat(
      lng,
      length === 'short' && precision !== 'year' ? { ...options, month: 'short' } : options,
    );
    formatters.set(key, format);
  }
  return format;
}

/** An event date at its own precision; a range as one span ("12–13 March 2026") when it spans units. */
function formatSpan(date: EventDate, lng: string, length: Length): string {
  const format = formatterFor(lng, date.precision, length);
  const span = dateSpan(date);
  const lastDay = new Date(span.end.getTime() - 1);
  return format.format(span.start) === format.format(lastDay)
    ? format.format(span.start)
    : format.formatRange(span.start, lastDay);
}

/** An event date at its own precision, in the UI language; ranges as "12–13 March 2026". */
export function formatEventDate(date: EventDate, lng: string): string {
  return formatSpan(date, lng, 'long');
}

/** Short form for dense places (list rows, timeline tooltips). */
export function formatEventDateShort(date: EventDate, lng: string): string {
  return formatSpan(date, lng, 'short');
}

/** A plain ISO day ('2025-09-06') such as an article's publication date. */
export function formatDay(isoDay: string, lng: string): string {
  return formatterFor(lng, 'day', 'long').format(new Date(`${isoDay}T00:00:00Z`));
}
