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
  it('issue 14: iCalendar escapes a lone CR and drops control characters, so a scraped title cannot add a property', () => {
    const title = 'One\rDTSTART:19700101\u0007 two\u2028three\r\nfour\nfive\u0000\u001b[31m\u009b';
    const ics = eventsToIcs([{ ...event, title: { en: title, ru: title } }], 'en');
    // Unfolded, every content line is a property this exporter writes, and no CR stands outside a CR LF.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const names = unfolded
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(/[:;]/)[0]);
    expect([...new Set(names)].sort()).toEqual(
      [
        'BEGIN',
        'CALSCALE',
        'DTEND',
        'DTSTAMP',
        'DTSTART',
        'END',
        'LOCATION',
        'PRODID',
        'STATUS',
        'SUMMARY',
        'UID',
        'VERSION',
      ].sort(),
    );
    expect(unfolded.match(/^DTSTART/gm)).toHaveLength(1);
    const summary = unfolded.split('\r\n').find((line) => line.startsWith('SUMMARY:')) ?? '';
    expect(summary).toBe('SUMMARY:One\\nDTSTART:19700101 two\\nthree\\nfour\\nfive[31m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character but CR LF may be left.
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});
