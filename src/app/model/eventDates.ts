import type { DatePrecision, EventDate, TimelineEvent } from '#schema';

/** The stretch of time an event date covers, in UTC; `end` is exclusive (the day after the last day). */
export interface DateSpan {
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;

function parseAtPrecision(iso: string): { date: Date; precision: DatePrecision } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const precision: DatePrecision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
  return { date: new Date(Date.UTC(year, month - 1, day)), precision };
}

function addOneUnit(date: Date, precision: DatePrecision): Date {
  const next = new Date(date);
  if (precision === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * A month-precision date ('2024-10') covers the whole month and a year-precision one the whole year:
 * drawing them as a day would claim a certainty the source does not have.
 */
export function dateSpan(date: EventDate): DateSpan {
  let span = spans.get(date);
  if (!span) {
    const start = parseAtPrecision(date.start);
    const end = parseAtPrecision(date.end);
    span = { start: start.date, end: addOneUnit(end.date, end.precision) };
    spans.set(date, span);
  }
  return span;
}

// Sorting and filtering tens of thousands of events ask for the same spans again and again: parsed once
// per date object of the corpus (which never changes), and shared read-only.
const spans = new WeakMap<EventDate, Readonly<DateSpan>>();

/** More than one day long: drawn as a range rather than a box. */
export function isMultiDay(span: DateSpan): boolean {
  return span.end.getTime() - span.start.getTime() > DAY_MS;
}

/** The day is not known: only the month or the year. */
export function isImprecise(date: EventDate): boolean {
  return date.precision !== 'day';
}

/** The date was not read from the article itself but inferred from its publication or another article. */
export function isApproximate(date: EventDate): boolean {
  return date.basis === 'publication' || date.basis === 'linked';
}

/** Date order, undated events last, then by id so the order is stable across languages. */
export function compareEventsByDate(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return a.date === null ? 1 : -1;
  } else {
    const byStart = dateSpan(a.date).start.getTime() - dateSpan(b.date).start.getTime();
    if (byStart !== 0) return byStart;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The earliest start and latest end of the dated events, or null when none is dated. */
export function dateExtent(events: readonly TimelineEvent[]): DateSpan | null {
  let extent: DateSpan | null = null;
  for (const event of events) {
    if (!event.date) continue;
    const span = dateSpan(event.date);
    if (!extent) extent = { start: span.start, end: span.end };
    else {
      if (span.start < extent.start) extent.start = span.start;
      if (span.end > extent.end) extent.end = span.end;
    }
  }
  return extent;
}

/** The years an event touches, for the year filter; empty when undated. */
export function eventYears(date: EventDate): { first: number; last: number } {
  const span = dateSpan(date);
  return { first: span.start.getUTCFullYear(), last: new Date(span.end.getTime() - 1).getUTCFullYear() };
}

/** Today's calendar day at 00:00 UTC, the form event dates are compared in. */
export function utcToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/**
 * Not held (yet): the reports announce it, or it is dated after today. An unflagged event dated after
 * today (a report that named a coming date without "will") must not read as one that took place.
 */
export function isUpcoming(event: TimelineEvent, today: Date = utcToday()): boolean {
  return event.planned || (event.date !== null && dateSpan(event.date).start > today);
}
