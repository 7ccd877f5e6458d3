import type { TimelineEvent } from '#schema';
import { dateExtent } from '../model/eventDates.ts';

const YEAR_MS = 365.25 * 86_400_000;
/** The widest item label (TimelineView.css caps it at 18rem). */
const LABEL_PX = 290;
/** The row labels' column (TimelineView.css caps it at 11rem) and the borders. */
export const ROW_LABELS_PX = 190;

/** A local calendar day as 'YYYY-MM-DD', the form the URL keeps the window in. */
export function toIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function fromIsoDay(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * The window the timeline opens on (the URL's, else all dated events with a margin) and the limits of
 * panning (a few years around the data, so a stray drag cannot lose the reader in an empty century).
 */
export function initialWindow(
  events: readonly TimelineEvent[],
  fromUrl: { start: string; end: string } | null,
  /** Width of the drawing area in pixels (without the row labels). */
  canvasWidth: number,
  /**
   * The events the panning limits must reach (the whole corpus): the shown ones may be a filter's few, or
   * none for a moment after a filter is undone, and limits set then would shut the rest out for good.
   */
  allEvents: readonly TimelineEvent[] = events,
) {
  const local = (extent: { start: Date; end: Date } | null) =>
    extent && { start: utcDayAsLocal(extent.start), end: utcDayAsLocal(extent.end) };
  return openingWindow(local(dateExtent(events)), fromUrl, canvasWidth, local(dateExtent(allEvents)));
}

/**
 * vis-timeline draws in local time; event dates are calendar days, so the UTC day becomes the same local
 * day (otherwise a reader west of Greenwich would see every event on the previous day).
 */
export function utcDayAsLocal(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** `initialWindow` for the first and last local days drawn (what the bench's bare page knows). */
export function openingWindow(
  extent: { start: Date; end: Date } | null,
  fromUrl: { start: string; end: string } | null,
  canvasWidth: number,
  limitsExtent: { start: Date; end: Date } | null = extent,
) {
  const now = new Date();
  const start = extent?.start ?? now;
  const end = extent?.end ?? now;
  const span = Math.max(end.getTime() - start.getTime(), 30 * 86_400_000);
  // A one-day event's label runs to the right of its dot, up to LABEL_PX wide: leave that much room after
  // the last event. (vis-timeline's `fit()` only adds a few pixels per item; it cannot know our labels.)
  const canvas = Math.max(canvasWidth, 2 * LABEL_PX);
  const before = span * 0.03;
  const after = (span * LABEL_PX) / (canvas - LABEL_PX);
  return {
    start: fromUrl ? fromIsoDay(fromUrl.start) : new Date(start.getTime() - before),
    end: fromUrl ? fromIsoDay(fromUrl.end) : new Date(end.getTime() + after),
    min: new Date(Math.min((limitsExtent?.start ?? start).getTime(), now.getTime()) - 5 * YEAR_MS),
    max: new Date(Math.max((limitsExtent?.end ?? end).getTime(), now.getTime()) + 5 * YEAR_MS),
  };
}
