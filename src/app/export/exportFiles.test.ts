import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '#schema';
import { eventsToCsv, eventsToIcs } from './exportFiles.ts';

const event: TimelineEvent = {
  id: 'e1',
  type: 'talks',
  types: ['talks'],
  planned: true,
  date: { start: '2026-03-12', end: '2026-03-13', precision: 'day', basis: 'stated' },
  countries: ['KZ', 'UZ'],
  participants: [],
  location: { id: 'astana', name: { en: 'Astana, "the capital"', ru: 'Астана' }, country: 'KZ' },
  agreements: [],
  figures: [],
  title: { en: '=HYPERLINK("http://x") talks; part 2', ru: 'переговоры' },
  articleIds: [],
};
const columns = Object.fromEntries(
  [
    'id',
    'start',
    'end',
    'precision',
    'type',
    'planned',
    'title',
    'countries',
    'participants',
    'place',
    'sources',
  ].map((name) => [name, name]),
) as Parameters<typeof eventsToCsv>[2];

describe('exports', () => {
  it('CSV quotes every cell and defuses spreadsheet formulas from scraped titles', () => {
    const csv = eventsToCsv([event], 'en', columns, new Map());
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""http://x"") talks; part 2"`);
    expect(row).toContain('"Astana, ""the capital"""');
  });
  it('iCalendar gives all-day events with an exclusive end and escapes text', () => {
    const ics = eventsToIcs([event], 'en');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260312\r\nDTEND;VALUE=DATE:20260314');
    expect(ics).toContain('SUMMARY:=HYPERLINK("http://x") talks\\; part 2');
    expect(ics).toContain('STATUS:TENTATIVE');
    const long = eventsToIcs([{ ...event, title: { en: 'x', ru: 'Переговоры '.repeat(20) } }], 'ru');
    const lines = long.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
});
