import type { EventDate, TimelineIndex } from '#schema';

/** What `screenCorpus` set aside, by kind: how many entries and one example value for the message. */
export interface ScreeningReport {
  /** Events whose date cannot be (`2025-13-45`, an end before its start): kept, listed as undated. */
  dates: SetAside;
  /** Articles whose publication day cannot be: kept, the day shown as unknown. */
  published: SetAside;
  /** Articles whose text URL leads off the corpus's origin (another site, `javascript:`, `data:`): no text. */
  texts: SetAside;
}

export interface SetAside {
  count: number;
  /** The first offending value, as written in the file. */
  example: string | null;
}

const AT_PRECISION = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day (`YYYY-MM-DD`) a date at its precision covers, or null when no calendar has it. */
export function daySpan(value: string): { first: string; last: string } | null {
  const match = AT_PRECISION.exec(value);
  if (!match) return null;
  const [, yearText = '', monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { first: `${yearText}-01-01`, last: `${yearText}-12-31` };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (dayText === undefined) {
    return { first: `${yearText}-${monthText}-01`, last: `${yearText}-${monthText}-${lastDay}` };
  }
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return null;
  return { first: value, last: value };
}

/** A real date, or span of dates, whose end does not come before its start. */
export function isPossibleDate(date: EventDate): boolean {
  const start = daySpan(date.start);
  const end = daySpan(date.end);
  return start !== null && end !== null && start.first <= end.last;
}

/**
 * The text URL resolved against the corpus file, if it stays on the corpus's origin over http(s). A corpus
 * from elsewhere (an embed's `src`) is untrusted: a text URL on another origin would tell that site who
 * reads what, and a `data:` URL would put words in a source's mouth that no file of the corpus holds.
 */
export function sameOriginTextUrl(textUrl: string, corpusUrl: string): URL | null {
  let url: URL;
  let corpus: URL;
  try {
    corpus = new URL(corpusUrl);
    url = new URL(textUrl, corpus);
  } catch {
    return null;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return web && url.origin === corpus.origin ? url : null;
}

function setAside(values: readonly string[]): SetAside {
  return { count: values.length, example: values[0] ?? null };
}

/**
 * Keeps what a schema cannot check from reaching the viewer: impossible dates (an event becomes undated, an
 * article's publication day unknown, so nothing disappears) and text URLs off the corpus's origin (the
 * article stays, without its text). Returns the corpus to show and what was set aside, for the reader to see.
 */
export function screenCorpus(
  index: TimelineIndex,
  corpusUrl: string,
): { corpus: TimelineIndex; report: ScreeningReport } {
  const badDates: string[] = [];
  const badPublished: string[] = [];
  const badTexts: string[] = [];
  const events = index.events.map((event) => {
    if (event.date === null || isPossibleDate(event.date)) return event;
    badDates.push(
      event.date.start === event.date.end ? event.date.start : `${event.date.start} – ${event.date.end}`,
    );
    return { ...event, date: null };
  });
  const articles = index.articles.map((article) => {
    const { published, textUrl } = article;
    const impossibleDay = published !== null && daySpan(published) === null;
    const foreignText = textUrl !== null && sameOriginTextUrl(textUrl, corpusUrl) === null;
    if (!impossibleDay && !foreignText) return article;
    if (impossibleDay) badPublished.push(published);
    if (foreignText) badTexts.push(textUrl);
    return { ...article, published: impossibleDay ? null : published, textUrl: foreignText ? null : textUrl };
  });
  const report = { dates: setAside(badDates), published: setAside(badPublished), texts: setAside(badTexts) };
  const changed = badDates.length + badPublished.length + badTexts.length > 0;
  return { corpus: changed ? { ...index, events, articles } : index, report };
}

export function hasSetAside(report: ScreeningReport): boolean {
  return report.dates.count + report.published.count + report.texts.count > 0;
}
