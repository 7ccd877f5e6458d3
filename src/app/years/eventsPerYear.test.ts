import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '#schema';
import { eventsPerYear, yearWindow } from './eventsPerYear.ts';

const event = (id: string, start: string | null) =>
  ({
    id,
    date: start
      ? { start, end: start, precision: start.length === 7 ? 'month' : 'day', basis: 'stated' }
      : null,
  }) as TimelineEvent;

describe('issue 15 beyond: the events-per-year strip', () => {
  it('counts dated events by start year, with the empty years between, and leaves undated ones out', () => {
    const events = [
      event('a', '2022-03-01'),
      event('b', '2024-10'),
      event('c', '2024-12-31'),
      event('d', null),
    ];
    expect(eventsPerYear(events)).toEqual([
      { year: 2022, count: 1 },
      { year: 2023, count: 0 },
      { year: 2024, count: 2 },
    ]);
    expect(eventsPerYear([event('d', null)])).toEqual([]);
  });

  it('a year’s window runs from its 1 January to the next', () => {
    expect(yearWindow(2025)).toEqual({ start: '2025-01-01', end: '2026-01-01' });
  });
});
