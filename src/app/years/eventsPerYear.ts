import type { TimelineEvent } from '#schema';
import { dateSpan } from '../model/eventDates.ts';

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Dated events counted by the year they start in, every year from the first to the last (a year with none
 * is a gap the reader should see); undated events are counted nowhere.
 */
export function eventsPerYear(events: readonly TimelineEvent[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const event of events) {
    if (!event.date) continue;
    const year = dateSpan(event.date).start.getUTCFullYear();
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const result: YearCount[] = [];
  for (let year = first; year <= last; year++) result.push({ year, count: counts.get(year) ?? 0 });
  return result;
}

/** The timeline window that shows one whole year (the end is exclusive: the next 1 January). */
export function yearWindow(year: number): { start: string; end: string } {
  const pad = (value: number) => String(value).padStart(4, '0');
  return { start: `${pad(year)}-01-01`, end: `${pad(year + 1)}-01-01` };
}
