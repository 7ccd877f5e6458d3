import type { TimelineEvent } from '#schema';
import { dateSpan, isMultiDay } from '../model/eventDates.ts';
import { itemId, partnerRows } from '../model/partnerRows.ts';
import { utcDayAsLocal } from './timelineWindow.ts';

/** An event in one partner's row, on local calendar days: what the timeline can draw, before any DOM. */
export interface Placement {
  id: string;
  eventId: string;
  group: string;
  start: Date;
  /** Only for events longer than a day (drawn as ranges). */
  end?: Date;
  event: TimelineEvent;
}

/** The calendar units a row's events are counted in when too many are in view to draw one by one. */
export const BUCKET_UNITS = ['week', 'month', 'quarter', 'year', 'decade'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/** How many events in one row and one calendar unit, drawn as one bar with the count. */
export interface Bucket {
  id: string;
  group: string;
  unit: BucketUnit;
  start: Date;
  end: Date;
  count: number;
}

export type InView =
  | { mode: 'events'; placements: Placement[] }
  | { mode: 'buckets'; unit: BucketUnit; buckets: Bucket[] };

/**
 * Above this many events in the visible window, rows show counts per calendar unit instead of events.
 * vis-timeline lays out and restacks every item it holds on each frame of a zoom or pan, so what it holds
 * has to stay bounded whatever the corpus size; a few hundred labelled items is also about what a screen
 * can show legibly.
 */
export const EVENT_LIMIT = 250;
/**
 * About this many count bars at most in the visible window: coarser units until they fit, down to years.
 * Every bar is an item vis-timeline lays out (in the rows scrolled into view), so their number, like the
 * events', must not grow with the corpus; years bound it by rows × years in view.
 */
const BAR_LIMIT = 600;
/** A count bar narrower than this cannot show its number. */
const MIN_BUCKET_PX = 44;

// An event's placements depend on the event only: kept with the corpus's own event objects, so a filter
// change or a language switch reuses them.
const placed = new WeakMap<TimelineEvent, Placement[]>();

function placementsOf(event: TimelineEvent): Placement[] {
  let result = placed.get(event);
  if (result) return result;
  result = [];
  if (event.date) {
    const span = dateSpan(event.date);
    const range = isMultiDay(span);
    for (const row of partnerRows(event)) {
      result.push({
        id: itemId(event.id, row),
        eventId: event.id,
        group: row,
        start: utcDayAsLocal(span.start),
        ...(range ? { end: utcDayAsLocal(span.end) } : {}),
        event,
      });
    }
  }
  placed.set(event, result);
  return result;
}

/** Every dated event in each of its partner rows, sorted by start (undated events are listed elsewhere). */
export function placeEvents(events: readonly TimelineEvent[]): Placement[] {
  const placements: Placement[] = [];
  for (const event of events) {
    for (const placement of placementsOf(event)) placements.push(placement);
  }
  // Events come in date order from the page: then the placements are in order already, and a sort of
  // tens of thousands on every keystroke is saved.
  const inOrder = placements.every(
    (placement, i) => i === 0 || (placements[i - 1] as Placement).start <= placement.start,
  );
  return inOrder ? placements : placements.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function endOf(placement: Placement): number {
  return (placement.end ?? placement.start).getTime();
}

/** Index of the first placement starting at or after `time` (placements sorted by start). */
function firstFrom(placements: readonly Placement[], time: number): number {
  let low = 0;
  let high = placements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((placements[middle] as Placement).start.getTime() < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The longest event, so a window query knows how far back a range may start and still reach into it. */
export function longestSpan(placements: readonly Placement[]): number {
  let longest = 0;
  for (const placement of placements)
    longest = Math.max(longest, endOf(placement) - placement.start.getTime());
  return longest;
}

function overlapping(
  placements: readonly Placement[],
  from: number,
  to: number,
  longest: number,
): Placement[] {
  const result: Placement[] = [];
  for (let i = firstFrom(placements, from - longest); i < placements.length; i++) {
    const placement = placements[i] as Placement;
    if (placement.start.getTime() > to) break;
    if (endOf(placement) >= from) result.push(placement);
  }
  return result;
}

/** The start of the calendar unit (local time) that `date` falls in. */
export function unitStart(date: Date, unit: BucketUnit): Date {
  const year = date.getFullYear();
  const month = date.getMonth();
  if (unit === 'week') {
    const monday = (date.getDay() + 6) % 7;
    return new Date(year, month, date.getDate() - monday);
  }
  if (unit === 'month') return new Date(year, month, 1);
  if (unit === 'quarter') return new Date(year, month - (month % 3), 1);
  if (unit === 'year') return new Date(year, 0, 1);
  return new Date(year - (year % 10), 0, 1);
}

export function nextUnit(start: Date, unit: BucketUnit): Date {
  const year = start.getFullYear();
  const month = start.getMonth();
  if (unit === 'week') return new Date(year, month, start.getDate() + 7);
  if (unit === 'month') return new Date(year, month + 1, 1);
  if (unit === 'quarter') return new Date(year, month + 3, 1);
  if (unit === 'year') return new Date(year + 1, 0, 1);
  return new Date(year + 10, 0, 1);
}

const APPROXIMATE_UNIT_MS: Record<BucketUnit, number> = {
  week: 7 * 86_400_000,
  month: 30.44 * 86_400_000,
  quarter: 91.31 * 86_400_000,
  year: 365.25 * 86_400_000,
  decade: 3652.5 * 86_400_000,
};

/** The finest unit whose bars are wide enough at this zoom to show a count. */
export function unitForZoom(windowMs: number, canvasPx: number): BucketUnit {
  const msPerPx = windowMs / Math.max(canvasPx, 1);
  return BUCKET_UNITS.find((unit) => APPROXIMATE_UNIT_MS[unit] / msPerPx >= MIN_BUCKET_PX) ?? 'decade';
}

/** How many bars `bucketsOf` would make, without making them. */
function barCount(placements: readonly Placement[], unit: BucketUnit): number {
  return new Set(placements.map((p) => `${p.group}|${unitStart(p.start, unit).getTime()}`)).size;
}

/** Counts per row and unit; an event spanning units counts in the unit it starts in. */
function bucketsOf(placements: readonly Placement[], unit: BucketUnit): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const placement of placements) {
    const start = unitStart(placement.start, unit);
    const id = `bucket:${unit}:${placement.group}:${start.getTime()}`;
    const bucket = buckets.get(id);
    if (bucket) bucket.count += 1;
    else buckets.set(id, { id, group: placement.group, unit, start, end: nextUnit(start, unit), count: 1 });
  }
  return [...buckets.values()];
}

/**
 * What the timeline holds for a window: the events themselves when few are in view (with half the width
 * again on each side, so a drag does not uncover empty space before the next update, unless the margins
 * hold too many), else counts per row
 * and calendar unit over the same stretch, in the finest unit wide enough to show a count and coarse
 * enough to keep the visible bars within BAR_LIMIT (but no coarser than years, unless too narrow).
 */
export function itemsInView(
  placements: readonly Placement[],
  window: { start: Date; end: Date },
  canvasPx: number,
  longest = longestSpan(placements),
): InView {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const span = Math.max(end - start, 1);
  // Half a window each side, for events and bars alike: vis-timeline lays out every item it is handed,
  // so no more than a drag of half the width needs before the next update (it draws a quarter beyond).
  const around = overlapping(placements, start - span / 2, end + span / 2, longest);
  const visible = around.filter((placement) => placement.start.getTime() <= end && endOf(placement) >= start);
  if (visible.length <= EVENT_LIMIT) {
    // A sparse window beside a crowded stretch: the margins go, so what is handed over stays bounded.
    return { mode: 'events', placements: around.length <= 2 * EVENT_LIMIT ? around : visible };
  }
  let unit = unitForZoom(span, canvasPx);
  // Never coarser than a year for the bar count's sake: a bar must open onto something finer.
  while (unit !== 'year' && unit !== 'decade' && barCount(visible, unit) > BAR_LIMIT) {
    unit = BUCKET_UNITS[BUCKET_UNITS.indexOf(unit) + 1] ?? 'decade';
  }
  return { mode: 'buckets', unit, buckets: bucketsOf(around, unit) };
}
