import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '#schema';
import { EVENT_LIMIT, itemsInView, nextUnit, placeEvents, unitForZoom, unitStart } from './itemsInView.ts';
import { toIsoDay } from './timelineWindow.ts';

const event = (id: string, start: string, countries: string[], end = start): TimelineEvent => ({
  id,
  type: 'talks',
  types: ['talks'],
  planned: false,
  date: { start, end, precision: start.length === 7 ? 'month' : 'day', basis: 'stated' },
  countries,
  participants: [],
  location: null,
  agreements: [],
  figures: [],
  title: { en: id, ru: id },
  articleIds: [],
});

/** `n` one-day events in one row, on the calendar days from the local day `from` on. */
function daily(n: number, from: Date, row = 'CN'): TimelineEvent[] {
  return Array.from({ length: n }, (_, i) => {
    // Counted in local days: `toISOString` would name the UTC day, the day before east of Greenwich.
    const day = toIsoDay(new Date(from.getFullYear(), from.getMonth(), from.getDate() + i));
    return event(`${row}-${i}`, day, ['KZ', row]);
  });
}

const day = (iso: string) => new Date(`${iso}T00:00:00`);

describe('placeEvents', () => {
  it('puts an event in each partner row, skips undated ones and sorts by start', () => {
    const summit = event('summit', '2025-09-01', ['KZ', 'CN', 'RU']);
    const earlier = event('earlier', '2024-10', ['KZ', 'MN']);
    const undated = { ...event('undated', '2025-01-01', ['KZ', 'MN']), date: null };
    const placements = placeEvents([summit, undated, earlier]);
    expect(placements.map((p) => p.id)).toEqual(['earlier@MN', 'summit@CN', 'summit@RU']);
    // A month-precision date covers its month: a range to the first day of the next.
    expect(placements[0]?.start).toEqual(day('2024-10-01'));
    expect(placements[0]?.end).toEqual(day('2024-11-01'));
    expect(placements[1]?.end).toBeUndefined();
  });
});

describe('itemsInView', () => {
  it('draws the events themselves when few are in view, with half a window of margin each side', () => {
    const placements = placeEvents(daily(100, day('2025-01-01')));
    const inView = itemsInView(placements, { start: day('2025-02-01'), end: day('2025-02-11') }, 1000);
    expect(inView.mode).toBe('events');
    const starts = inView.mode === 'events' ? inView.placements.map((p) => p.start.getTime()) : [];
    expect(Math.min(...starts)).toBe(day('2025-01-27').getTime());
    expect(Math.max(...starts)).toBe(day('2025-02-16').getTime());
  });

  it('counts events per row and calendar unit when more than the limit are in view', () => {
    const events = [...daily(EVENT_LIMIT, day('2024-01-01'), 'CN'), ...daily(40, day('2024-03-01'), 'RU')];
    const placements = placeEvents(events);
    const inView = itemsInView(placements, { start: day('2023-06-01'), end: day('2025-06-01') }, 1000);
    expect(inView.mode).toBe('buckets');
    if (inView.mode !== 'buckets') return;
    // Two years over 1000 px: a month is ~42 px, too narrow for a count; a quarter is wide enough.
    expect(inView.unit).toBe('quarter');
    expect(inView.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(events.length);
    const russia = inView.buckets.filter((bucket) => bucket.group === 'RU');
    expect(russia.map((bucket) => [bucket.start, bucket.end, bucket.count])).toEqual([
      [day('2024-01-01'), day('2024-04-01'), 31],
      [day('2024-04-01'), day('2024-07-01'), 9],
    ]);
  });

  it('leaves out the margins when they are crowded, so no more than the limit twice over is drawn', () => {
    // Ten events in view; a thousand in the day just after the window.
    const crowd = Array.from({ length: 1000 }, (_, i) => event(`crowd-${i}`, '2025-02-12', ['KZ', 'CN']));
    const placements = placeEvents([...daily(10, day('2025-02-01')), ...crowd]);
    const inView = itemsInView(placements, { start: day('2025-02-01'), end: day('2025-02-11') }, 1000);
    expect(inView.mode).toBe('events');
    const ids = inView.mode === 'events' ? inView.placements.map((p) => p.id) : [];
    expect(ids).toHaveLength(10);
    expect(ids.every((id) => !id.startsWith('crowd'))).toBe(true);
  });

  it('finds a long event that started before the window', () => {
    const long = event('long', '2024-01', ['KZ', 'CN']);
    const inView = itemsInView(
      placeEvents([long]),
      { start: day('2024-01-20'), end: day('2024-01-22') },
      800,
    );
    expect(inView.mode === 'events' && inView.placements.map((p) => p.id)).toEqual(['long@CN']);
  });
});

describe('calendar units', () => {
  it('weeks start on Monday, quarters in January, April, July and October, decades on a round year', () => {
    expect(unitStart(day('2025-09-07'), 'week')).toEqual(day('2025-09-01'));
    expect(nextUnit(day('2025-09-01'), 'week')).toEqual(day('2025-09-08'));
    expect(unitStart(day('2025-08-30'), 'quarter')).toEqual(day('2025-07-01'));
    expect(nextUnit(day('2025-10-01'), 'quarter')).toEqual(day('2026-01-01'));
    expect(unitStart(day('2019-05-05'), 'decade')).toEqual(day('2010-01-01'));
  });

  it('picks the finest unit whose bar is wide enough for a count', () => {
    const year = 365.25 * 86_400_000;
    expect(unitForZoom(year / 4, 1000)).toBe('week');
    expect(unitForZoom(10 * year, 1000)).toBe('year');
    expect(unitForZoom(60 * year, 1000)).toBe('decade');
  });
});
