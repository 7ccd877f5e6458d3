import type { Article, TimelineEvent, UiLanguage } from '#schema';
import { localText } from '../format/localText.ts';
import { dateSpan } from '../model/eventDates.ts';

export type CsvColumns = Record<
  | 'id'
  | 'start'
  | 'end'
  | 'precision'
  | 'type'
  | 'planned'
  | 'title'
  | 'countries'
  | 'participants'
  | 'place'
  | 'sources',
  string
>;

function csvCell(value: string): string {
  // Quote every cell; a leading =, +, - or @ is defused so spreadsheets do not run scraped text as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV with a header row in the UI language; a byte-order mark so Excel reads Cyrillic as UTF-8. */
export function eventsToCsv(
  events: readonly TimelineEvent[],
  lng: UiLanguage,
  columns: CsvColumns,
  articlesById: ReadonlyMap<string, Article>,
): string {
  const header = Object.values(columns);
  const rows = events.map((event) => [
    event.id,
    event.date?.start ?? '',
    event.date?.end ?? '',
    event.date?.precision ?? '',
    event.types.join(' '),
    String(event.planned),
    localText(event.title, lng),
    event.countries.join(' '),
    event.participants.map((person) => localText(person.name, lng)).join('; '),
    event.location ? localText(event.location.name, lng) : '',
    event.articleIds
      .map((id) => articlesById.get(id)?.source?.url ?? articlesById.get(id)?.file ?? id)
      .join(' '),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The events as they are in the corpus (both languages), so a JSON export can be re-read by the viewer's schema. */
export function eventsToJson(events: readonly TimelineEvent[]): string {
  return `${JSON.stringify({ events }, null, 2)}\n`;
}

/**
 * An RFC 5545 TEXT value. Every line break (CR LF, a lone CR or LF, Unicode's line and paragraph separators)
 * becomes the escaped `\n`: a bare CR left in a scraped title ends the content line early for a strict reader,
 * which then takes the rest for a property of its own. Other control characters are not allowed in TEXT
 * at all (only tab is) and are dropped.
 */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
    .replace(CONTROL_CHARACTERS, '');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters TEXT forbids is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** RFC 5545 folds lines longer than 75 octets; Cyrillic takes two octets a letter, so count bytes. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDay(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** iCalendar all-day events (RFC 5545); undated events have no place in a calendar and are left out. */
export function eventsToIcs(events: readonly TimelineEvent[], lng: UiLanguage): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//diplomacy-timeline//EN', 'CALSCALE:GREGORIAN'];
  for (const event of events) {
    if (!event.date) continue;
    const span = dateSpan(event.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(event.id)}@diplomacy-timeline`,
      `DTSTAMP:${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
      `DTSTART;VALUE=DATE:${icsDay(span.start)}`,
      `DTEND;VALUE=DATE:${icsDay(span.end)}`,
      `SUMMARY:${icsText(localText(event.title, lng))}`,
      ...(event.location ? [`LOCATION:${icsText(localText(event.location.name, lng))}`] : []),
      ...(event.planned ? ['STATUS:TENTATIVE'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
