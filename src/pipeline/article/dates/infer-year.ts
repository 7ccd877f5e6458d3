import type { DateReason } from '#schema';

// A day and month with no year, in an article with no publication date ("arrived in Astana on Friday,
// August 25"), still has a year a reader can work out: the people taking part held their offices only in
// some years, a city bore the name the text uses only in some years ("Nur-Sultan": 2019–2022), a weekday
// fits only some years, nothing reported has happened after the run, and the earlier events the text recalls
// with their years came before it. This stage keeps the years that fit every clue.

/** Days, inclusive, as ISO strings; `to` null when open-ended. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/** Something the text says that the event's day must fit: it falls inside one of the ranges. */
export interface YearClue {
  ranges: DayRange[];
  /** For the evidence trail: Olaf Scholz was chancellor from 2021-12-08 to 2025-05-06. */
  reason: DateReason;
}

export interface YearQuestion {
  month: number;
  /** Null for a month alone ("в мае"). */
  day: number | null;
  /** 0 (Sunday) to 6, when the text names the weekday with the date. */
  weekday: number | null;
  clues: YearClue[];
  /** Reported events have happened by the run date; announced ones may lie a year beyond it. */
  latest: string;
  /** The latest day of an earlier event the text recalls with its year: the event comes after it. */
  after: string | null;
  /** Years the text writes out in digits, not after the run: the last one is the likeliest when clues leave several. */
  statedYears: number[];
  /** The weeks around the meetings the text names (see named-meetings): a tie-break among the years left. */
  meetingWeeks?: Array<DayRange & { reason: DateReason }>;
}

export interface InferredYear {
  year: number;
  why: DateReason[];
}

const EARLIEST_YEAR = 1991;

/** The one year that fits the clues, or null when none or several do. */
export function inferYear(q: YearQuestion): InferredYear | null {
  const latestYear = Number(q.latest.slice(0, 4));
  const why: DateReason[] = [];
  let years: number[] = [];
  for (let year = EARLIEST_YEAR; year <= latestYear; year++) {
    const first = dayIso(year, q.month, q.day ?? 1);
    const last = q.day === null ? lastDayOfMonth(year, q.month) : first;
    if (q.day !== null && !isRealDay(year, q.month, q.day)) continue;
    if (first > q.latest) continue;
    if (q.weekday !== null && weekdayOf(first) !== q.weekday) continue;
    if (!q.clues.every((clue) => clue.ranges.some((r) => overlaps(first, last, r)))) continue;
    years.push(year);
  }
  if (q.weekday !== null) why.push({ kind: 'weekday' });
  why.push(...q.clues.map((c) => c.reason));
  if (years.length > 1 && q.after) {
    const after = q.after;
    const later = years.filter(
      (y) => (q.day === null ? lastDayOfMonth(y, q.month) : dayIso(y, q.month, q.day)) > after,
    );
    if (later.length > 0 && later.length < years.length) {
      years = later;
      why.push({ kind: 'after', day: after });
    }
  }
  // Only a day is close enough to a meeting to take its year: "in May" may be the month of any summit.
  if (years.length > 1 && q.day !== null && q.meetingWeeks && q.meetingWeeks.length > 0) {
    const weeks = q.meetingWeeks;
    const near = (y: number) => {
      const day = dayIso(y, q.month, q.day ?? 1);
      return weeks.filter((w) => overlaps(day, day, w));
    };
    const kept = years.filter((y) => near(y).length > 0);
    if (kept.length > 0 && kept.length < years.length) {
      years = kept;
      why.push(...new Set(kept.flatMap((y) => near(y).map((w) => w.reason))));
    }
  }
  if (years.length > 1) {
    const stated = q.statedYears.filter((y) => years.includes(y));
    const last = stated.length > 0 ? Math.max(...stated) : null;
    if (last !== null) {
      years = [last];
      why.push({ kind: 'statedYear', year: last });
    }
  }
  const [year] = years;
  return years.length === 1 && year !== undefined ? { year, why: distinct(why) } : null;
}

/** The same reason found twice (one meeting named in two sentences) is said once. */
function distinct(reasons: DateReason[]): DateReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function overlaps(first: string, last: string, range: DayRange): boolean {
  return (range.from === null || last >= range.from) && (range.to === null || first <= range.to);
}

function dayIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function weekdayOf(isoDay: string): number {
  return new Date(`${isoDay}T00:00:00Z`).getUTCDay();
}
