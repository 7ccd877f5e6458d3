import { describe, expect, it } from 'vitest';
import { compareEventsByDate, dateSpan, eventYears, isMultiDay } from './eventDates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dateSpan', () => {
  it('a day-precision date covers that one day', () => {
    const span = dateSpan({ start: '2025-09-05', end: '2025-09-05', precision: 'day', basis: 'stated' });
    expect(span).toEqual({ start: day('2025-09-05'), end: day('2025-09-06') });
    expect(isMultiDay(span)).toBe(false);
  });
  it('a month-precision date covers the whole month', () => {
    const span = dateSpan({ start: '2024-10', end: '2024-10', precision: 'month', basis: 'linked' });
    expect(span).toEqual({ start: day('2024-10-01'), end: day('2024-11-01') });
    expect(isMultiDay(span)).toBe(true);
  });
  it('a two-day summit is a range ending after its last day', () => {
    const span = dateSpan({ start: '2026-03-12', end: '2026-03-13', precision: 'day', basis: 'stated' });
    expect(span.end).toEqual(day('2026-03-14'));
    expect(eventYears({ start: '2026-03-12', end: '2026-03-13', precision: 'day', basis: 'stated' })).toEqual(
      {
        first: 2026,
        last: 2026,
      },
    );
  });
});

describe('compareEventsByDate', () => {
  const event = (id: string, start: string | null) =>
    ({ id, date: start && { start, end: start, precision: 'day', basis: 'stated' } }) as Parameters<
      typeof compareEventsByDate
    >[0];
  it('puts undated events last', () => {
    const sorted = [event('u', null), event('b', '2025-01-02'), event('a', '2021-04-08')].sort(
      compareEventsByDate,
    );
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b', 'u']);
  });
});
