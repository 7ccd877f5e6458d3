import type { Article, TimelineEvent } from '#schema';
import { localText } from '../format/localText.ts';
import { dateSpan } from '../model/eventDates.ts';
import { EXPORT_COLUMNS, type ExportWords, sourceLinks, sourceOutlets } from './exportWords.ts';

function csvCell(value: string): string {
  // Quote every cell; a leading =, +, - or @ is defused so spreadsheets do not run scraped text as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** `,` for most readers; `;` for Excel in a Russian (or other decimal-comma) locale, which splits on it. */
export type CsvDelimiter = ',' | ';';

/**
 * CSV in the UI language: the header, the types, countries, roles, documents and figures as the page shows
 * them, the outlets and the sources' addresses. A byte-order mark so Excel reads Cyrillic as UTF-8.
 */
export function eventsToCsv(
  events: readonly TimelineEvent[],
  words: ExportWords,
  articlesById: ReadonlyMap<string, Article>,
  delimiter: CsvDelimiter = ',',
): string {
  const { lng } = words;
  const header = EXPORT_COLUMNS.map((name) => words.columns[name]);
  const rows = events.map((event) => {
    const cells: Record<(typeof EXPORT_COLUMNS)[number], string> = {
      id: event.id,
      start: event.date?.start ?? '',
      end: event.date?.end ?? '',
      precision: words.precision(event),
      type: words.type(event),
      planned: words.status(event),
      title: localText(event.title, lng),
      countries: words.countries(event).join('; '),
      participants: words.participants(event).join('; '),
      place: event.location ? localText(event.location.name, lng) : '',
      documents: words.documents(event).join('; '),
      figures: words.figures(event).join('; '),
      outlets: sourceOutlets(event, articlesById).join('; '),
      sources: sourceLinks(event, articlesById).join(' '),
    };
    return EXPORT_COLUMNS.map((name) => cells[name]);
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(delimiter)).join('\r\n')}\r\n`;
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

/** An http(s) address as an RFC 5545 URI value, or null: nothing else belongs in a calendar's link. */
function icsUri(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(CONTROL_CHARACTERS, '').replace(/[\r\n\u2028\u2029\s]/g, '');
}

/** What the detail pane says about the event, one line each, for the calendar entry's description. */
function icsDescription(
  event: TimelineEvent,
  words: ExportWords,
  articlesById: ReadonlyMap<string, Article>,
): string {
  const { headings } = words;
  const outlets = sourceOutlets(event, articlesById);
  const lines = [
    `${headings.type}: ${words.type(event)} (${words.status(event)})`,
    words.countries(event).join(', '),
    ...(event.participants.length > 0
      ? [`${headings.participants}: ${words.participants(event).join('; ')}`]
      : []),
    ...(event.agreements.length > 0 ? [`${headings.documents}: ${words.documents(event).join('; ')}`] : []),
    ...(event.figures.length > 0 ? [`${headings.figures}: ${words.figures(event).join('; ')}`] : []),
    `${headings.sources}: ${[...outlets, ...sourceLinks(event, articlesById)].join(' ')}`,
  ];
  return lines.join('\n');
}

/**
 * iCalendar all-day events (RFC 5545), a month-only or year-only date as an entry spanning that month or year,
 * with a description and a link to the first source; undated events have no place in a calendar and are
 * left out.
 */
export function eventsToIcs(
  events: readonly TimelineEvent[],
  words: ExportWords,
  articlesById: ReadonlyMap<string, Article>,
): string {
  const { lng } = words;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//diplomacy-timeline//EN', 'CALSCALE:GREGORIAN'];
  for (const event of events) {
    if (!event.date) continue;
    const span = dateSpan(event.date);
    const link = event.articleIds.map((id) => icsUri(articlesById.get(id)?.source?.url)).find(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(event.id)}@diplomacy-timeline`,
      `DTSTAMP:${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
      `DTSTART;VALUE=DATE:${icsDay(span.start)}`,
      `DTEND;VALUE=DATE:${icsDay(span.end)}`,
      `SUMMARY:${icsText(localText(event.title, lng))}`,
      `DESCRIPTION:${icsText(icsDescription(event, words, articlesById))}`,
      ...(event.location ? [`LOCATION:${icsText(localText(event.location.name, lng))}`] : []),
      ...(link ? [`URL:${link}`] : []),
      ...(event.planned ? ['STATUS:TENTATIVE'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
