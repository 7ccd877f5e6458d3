import type { ParsedResult } from 'chrono-node';
import type { Source } from '#schema';
import type { DateParsers } from './dates/create-date-parsers.ts';

export interface ArticleHeader {
  published: string | null;
  /** How the publication date was found, for the evidence trail. */
  publishedFrom: 'header' | 'published-line' | 'timestamp-line' | 'url' | null;
  source: Source | null;
  /** The text with header lines (date header, "Опубликовано …", permalink lines) taken out. */
  body: string;
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/;
const PUBLISHED_LINE =
  /^\s*(?:опубликовано|дата публикации|published|posted|updated|обновлено|опубліковано|оновлено|жарияланды|жарияланған|жаңартылды|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|yayınlanma(?:\s+tarihi)?|yayınlandı|güncellenme(?:\s+tarihi)?|güncellendi|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?)\s*:?\s+(.{4,60})$/iu;
// A story's own time stamp, on a line of its own near the top: "12 сентября 2022 года в 12:27",
// "25 Желтоқсан, 2017 сағат 15:24", "March 5, 2024, 10:15". A date line with no time is as often the site's
// "today" in its banner, and is left alone.
// "05.09.2024 | 14:05", "5 сентября 2024, 14:05 · 1 234 просмотра": a bar or a dot may part the time, and a
// view count may follow it.
const TIMESTAMP_LINE =
  /^\s*(\S.{4,40}?\d{4}(?:\s*(?:года|г\.|жыл\p{L}*|ж\.))?)[,\s|·•]*(?:в|at|um|saat|сағат)?\s*\d{1,2}:\d{2}(?:\s*[|·•].{0,40})?\s*$/iu;
// Kazakh puts the year first: "2024 жылғы 5 қыркүйек 14:05".
const YEAR_FIRST_TIMESTAMP_LINE =
  /^\s*(\d{4}\s*жыл\p{L}*\s+\d{1,2}\s+\p{L}{3,12})[,\s|·•]*\d{1,2}:\d{2}\s*$/iu;
// A machine-written stamp: "2024-09-05 14:05:00", "2024-09-05T14:05".
const ISO_TIMESTAMP_LINE = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const TIMESTAMP_WITHIN_LINES = 15;
// The time first: "09:32 08/06/2018".
const TIME_FIRST_LINE = /^\s*\d{1,2}:\d{2}[,\s|·•]+(\S.{4,40}?\d{4})(?:\s*(?:года|г\.|жыл\p{L}*|ж\.))?\s*$/u;
// A full date alone on one of the first lines, with no weekday ("19 March 2019" under a title): a banner's
// "today" carries the weekday ("Жұма, 19 Сәуір 2024") or stands above everything, before a title line.
const DATE_ONLY_LINE =
  /^\s*(\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:\s*(?:года|г\.|жыл\p{L}*|ж\.))?\s*$/u;
const DATE_ONLY_WITHIN_LINES = 4;
// Day first, as everywhere but in American usage (which writes months in words in its stories).
const NUMERIC_DAY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const PERMALINK_LINE = /^\s*(?:постоянный адрес новости|источник|source|permalink|url)\s*:\s*(\S+)\s*$/i;
const URL_IN_TEXT = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s«»"']*/i;
const URL_IN_TEXT_ALL = new RegExp(URL_IN_TEXT.source, 'gi');
const DATED_URL = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|\b)/;
// Agency credits in the body: "…, сообщает MiddleAsianNews.", "…, Trend reports.", "CentralAsia (KZ) - …".
const OUTLET_PATTERNS = [
  /,\s*сообщает\s+([A-ZА-ЯЁ][\p{L}\d.-]+(?:\s[A-ZА-ЯЁ][\p{L}\d.-]+)?)/u,
  /,\s*([A-Z][\p{L}\d.-]+(?:\s[A-Z][\p{L}\d.-]+)?)\s+reports\b/u,
  /^([A-ZА-ЯЁ][\p{L}\d.]+(?:\s\([A-Z]{2}\))?)\s+[-–—]\s/mu,
];
const MAX_TITLE_LENGTH = 160;

/** Reads the facts that sit around the article rather than in it: publication date, outlet, URL. */
export function readArticleHeader(text: string, dateParsers: DateParsers): ArticleHeader {
  let published: string | null = null;
  let publishedFrom: ArticleHeader['publishedFrom'] = null;
  let url: string | null = null;
  let body = text.replace(/^\uFEFF/, '');

  const header = DATE_HEADER.exec(body);
  if (header?.[1] && /^\d{4}-\d{2}$/.test(header[1])) {
    // The store's header with the month only: no day to date by, and no part of the story either.
    body = body.slice(header[0].length);
  } else if (header?.[1] && isRealDay(header[1])) {
    published = header[1];
    publishedFrom = 'header';
    body = body.slice(header[0].length);
  }

  const kept: string[] = [];
  for (const [index, line] of body.split('\n').entries()) {
    const stamp =
      index < TIMESTAMP_WITHIN_LINES
        ? (TIMESTAMP_LINE.exec(line) ??
          TIME_FIRST_LINE.exec(line) ??
          YEAR_FIRST_TIMESTAMP_LINE.exec(line) ??
          ISO_TIMESTAMP_LINE.exec(line) ??
          (index < DATE_ONLY_WITHIN_LINES ? DATE_ONLY_LINE.exec(line) : null))
        : null;
    if (stamp?.[1] && !published) {
      const day = parsePublishedPhrase(stamp[1], dateParsers);
      if (day) {
        [published, publishedFrom] = [day, 'timestamp-line'];
        continue;
      }
    }
    const publishedLine = PUBLISHED_LINE.exec(line);
    if (publishedLine?.[1]) {
      const day = parsePublishedPhrase(publishedLine[1], dateParsers);
      if (day) {
        if (!published) [published, publishedFrom] = [day, 'published-line'];
        continue;
      }
    }
    const permalink = PERMALINK_LINE.exec(line);
    if (permalink?.[1] && URL_IN_TEXT.test(permalink[1])) {
      const address = withScheme(permalink[1]);
      if (hostOf(address) !== null) url ??= address;
      continue;
    }
    kept.push(line);
  }
  body = kept.join('\n').trim();

  url ??= findUrl(body);
  if (!published && url) {
    const day = dayFromUrl(url);
    if (day) [published, publishedFrom] = [day, 'url'];
  }

  const outlet = findOutlet(body) ?? (url ? (hostOf(url)?.replace(/^www\./, '') ?? null) : null);
  return { published, publishedFrom, source: outlet || url ? { name: outlet, url } : null, body };
}

/** The first line; a story with no title line (a wire story opening with its dateline) is cut to a title's length. */
export function titleOf(body: string): string {
  const first =
    body
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  if (first.length <= MAX_TITLE_LENGTH) return first;
  const cut = first.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/, '')}…`;
}

// Most stamps are Russian or English; the others in the order of how often they are met here.
const HEADER_LANGUAGES = ['ru', 'en', 'kk', 'de', 'tr', 'uk', 'fr', 'be', 'uz', 'az', 'zh', 'ar', 'mn'];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parsePublishedPhrase(phrase: string, dateParsers: DateParsers): string | null {
  const iso = ISO_DAY.exec(phrase.trim());
  if (iso) return isRealDay(iso[0]) ? iso[0] : null;
  const numeric = NUMERIC_DAY.exec(phrase.trim());
  if (numeric) {
    const iso = isoDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    return isRealDay(iso) ? iso : null;
  }
  // A stamp states its year in full: a phrase without four digits ("Обновлено: правка 7.") is no stamp, and
  // asking each language's parser in turn was most of the time of extracting one such article.
  if (!/(?<!\d)\d{4}(?!\d)/.test(phrase)) return null;
  const certainDay = (results: ParsedResult[]) =>
    results.find((r) => r.start.isCertain('year') && r.start.isCertain('day'));
  // Each language only when the ones before find no full date: chrono is the costly part of reading a header.
  let parsed: ParsedResult | undefined;
  for (const code of HEADER_LANGUAGES) {
    const parser = dateParsers[code];
    parsed = parser && certainDay(parseSafely(parser, phrase));
    if (parsed) break;
  }
  if (!parsed) return null;
  const year = parsed.start.get('year');
  const month = parsed.start.get('month');
  const day = parsed.start.get('day');
  return year && month && day ? isoDay(year, month, day) : null;
}

// chrono and our parsers added to it run on untrusted lines: one that throws leaves the article without this
// date, and the run goes on.
function parseSafely(parser: DateParsers['ru'], phrase: string): ParsedResult[] {
  try {
    return parser.parse(phrase);
  } catch {
    return [];
  }
}

// The first address that is one: "xn--zz.kz/x" or "<kazinform.kz/news>" looks like an address to the
// pattern but is none, and must cost the article its URL at most, never the run.
function findUrl(body: string): string | null {
  for (const match of body.matchAll(URL_IN_TEXT_ALL)) {
    const url = withScheme(match[0].replace(/[.,;)]+$/, ''));
    if (hostOf(url) !== null) return url;
  }
  return null;
}

/** The host name of an address, or null when it does not parse (the URL constructor throws on it). */
function hostOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).hostname : null;
}

function withScheme(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

export function dayFromUrl(url: string): string | null {
  const m = DATED_URL.exec(url);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return isRealDay(day) ? day : null;
}

function findOutlet(body: string): string | null {
  for (const pattern of OUTLET_PATTERNS) {
    const name = pattern.exec(body)?.[1]?.replace(/[.,]+$/, '');
    if (name) return name;
  }
  return null;
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isRealDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
