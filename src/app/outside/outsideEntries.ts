import type { Article, Problem, TimelineEvent } from '#schema';
import { matchesWords, normaliseForSearch, queryWords } from '../model/eventSearch.ts';
import { involvesHomeCountry } from '../model/partnerRows.ts';

/** An unplaced article, with the problems reported on its file (so the file is listed once, here). */
export interface UnplacedEntry {
  article: Article;
  problems: Problem[];
}

/** Entries that share one reason, in the order the corpus has them. */
export interface ReasonGroup<T> {
  /** The reason's code (translated by the viewer), or its English words when the corpus brings no code. */
  reason: string;
  entries: T[];
}

export interface OutsideEntries {
  /** Events the timeline cannot place: no date. */
  undated: TimelineEvent[];
  /** Dated events without the home country among their parties: they belong to no partner row. */
  withoutHome: TimelineEvent[];
  unplaced: ReasonGroup<UnplacedEntry>[];
  /** Problems on files listed nowhere else. */
  problems: ReasonGroup<Problem>[];
}

function grouped<T>(entries: readonly T[], reasonOf: (entry: T) => string): ReasonGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const reason = reasonOf(entry);
    const group = groups.get(reason);
    if (group) group.push(entry);
    else groups.set(reason, [entry]);
  }
  // Largest first: the reason that explains most of what is missing is the one a reader needs first.
  return [...groups]
    .map(([reason, members]) => ({ reason, entries: members }))
    .sort((a, b) => b.entries.length - a.entries.length);
}

/**
 * Everything the timeline does not draw, each thing once: a file that is an unplaced article carries its
 * problems in its entry, and a placed article's "no date found" note is its event's place in the undated
 * list (or the filter that hides that event). Problems
 * repeated word for word (a corpus merged from two runs) count once.
 */
export function outsideEntries(
  events: readonly TimelineEvent[],
  articles: readonly Article[],
  problems: readonly Problem[],
): OutsideEntries {
  const undated: TimelineEvent[] = [];
  const withoutHome: TimelineEvent[] = [];
  for (const event of events) {
    if (event.date === null) undated.push(event);
    else if (!involvesHomeCountry(event)) withoutHome.push(event);
  }
  const unplaced = new Map<string, UnplacedEntry>();
  const articleByFile = new Map<string, Article>();
  for (const article of articles) {
    articleByFile.set(article.file, article);
    if (article.unplacedReason !== null && !unplaced.has(article.file))
      unplaced.set(article.file, { article, problems: [] });
  }
  const seen = new Set<string>();
  const listed: Problem[] = [];
  for (const problem of problems) {
    const key = `${problem.file}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = unplaced.get(problem.file);
    if (entry) {
      entry.problems.push(problem);
      continue;
    }
    // "No date found: the event is listed as undated": the undated list already says so, by the event.
    const placed = (articleByFile.get(problem.file)?.eventIds.length ?? 0) > 0;
    if (!(problem.code === 'undated' && placed)) listed.push(problem);
  }
  return {
    undated,
    withoutHome,
    unplaced: grouped(
      [...unplaced.values()],
      ({ article }) => article.unplacedCode ?? article.unplacedReason ?? '',
    ),
    problems: grouped(listed, (problem) => problem.code),
  };
}

/** The words an entry is found by: its file, title and reason, in the form searches compare. */
export function entryText(parts: readonly (string | null | undefined)[]): string {
  return normaliseForSearch(parts.filter(Boolean).join('\n'));
}

/** Whether every word of the query is in the entry's text (an empty query matches everything). */
export function entryMatches(text: string, query: string): boolean {
  return matchesWords(text, queryWords(query));
}
