import type { DatePrecision, EventDate } from '#schema';
import { dateSpan } from '../model/eventDates.ts';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  // "October 2024" / "октябрь 2024 г.": a month-precision date never pretends to know the day.
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** An event date at its own precision, in the UI language; ranges as "12–13 March 2026". */
export function formatEventDate(date: EventDate, lng: string): string {
  const format = new Intl.DateTimeFormat(lng, OPTIONS[date.precision]);
  const span = dateSpan(date);
  const lastDay = new Date(span.end.getTime() - 1);
  const sameUnit = format.format(span.start) === format.format(lastDay);
  return sameUnit ? format.format(span.start) : format.formatRange(span.start, lastDay);
}

/** A plain ISO day ('2025-09-06') such as an article's publication date. */
export function formatDay(isoDay: string, lng: string): string {
  return new Intl.DateTimeFormat(lng, OPTIONS.day).format(new Date(`${isoDay}T00:00:00Z`));
}

/** Short form for dense places (list rows, timeline tooltips). */
export function formatEventDateShort(date: EventDate, lng: string): string {
  const short: Intl.DateTimeFormatOptions = {
    ...OPTIONS[date.precision],
    month: date.precision === 'year' ? undefined : 'short',
  };
  const format = new Intl.DateTimeFormat(lng, short);
  const span = dateSpan(date);
  const lastDay = new Date(span.end.getTime() - 1);
  return format.format(span.start) === format.format(lastDay)
    ? format.format(span.start)
    : format.formatRange(span.start, lastDay);
}
