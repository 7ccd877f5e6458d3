import type { DateBasis, DatePrecision, EventDate, EventType, Participant } from '#schema';
import { compareCodes } from './compare-codes.ts';
import { addDays, firstDayOf, lastDayOf } from './dates/resolve-event-date.ts';
import type { ArticleEvent } from './extract-article.ts';

/** What grouping compares of an article's event: a small part of it, kept apart so it can be read alone. */
export interface EventKey {
  type: EventType;
  types: EventType[];
  date: EventDate | null;
  countries: string[];
  participantIds: string[];
  /** The countries in one order: articles are compared only with those of the same block. */
  block: string;
  /** The days the event may fall on, widened by the window within which reports of one event appear. */
  range: Range;
}

/** Worked out once per article (and kept in the cache), not on every run over every article. */
export function eventKey(event: ArticleEvent): EventKey {
  const { type, types, date, countries, participants } = event;
  return {
    type,
    types,
    date,
    countries,
    participantIds: participants.map((p) => p.id),
    block: [...countries].sort().join('+'),
    range: rangeOf(date),
  };
}

export interface ArticleEventRef {
  articleId: string;
  published: string | null;
  key: EventKey;
}

// Reports of one event appear a day or two apart, in any language.
const SAME_EVENT_WINDOW_DAYS = 2;

/**
 * Groups articles that report the same event: the same countries, compatible dates, shared participants
 * and a shared event type. Articles are compared only within a block of the same countries, sorted by
 * date, so the work stays near-linear on large corpora.
 */
export function groupSameEventArticles<T extends ArticleEventRef>(items: T[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  const range = (i: number) => items[i]?.key.range ?? NO_RANGE;
  const blocks = new Map<string, number[]>();
  items.forEach((item, i) => {
    const block = blocks.get(item.key.block);
    if (block) block.push(i);
    else blocks.set(item.key.block, [i]);
  });
  for (const block of blocks.values()) {
    const sorted = [...block].sort((a, b) => compareCodes(range(a).from, range(b).from));
    for (let x = 0; x < sorted.length; x++) {
      const a = items[sorted[x] ?? 0];
      if (!a) continue;
      for (let y = x + 1; y < sorted.length; y++) {
        const b = items[sorted[y] ?? 0];
        if (!b) continue;
        // Sorted by start: once b starts after a's window ends, no later b can overlap it.
        const [ra, rb] = [range(sorted[x] ?? 0), range(sorted[y] ?? 0)];
        if (a.key.date && b.key.date && rb.from > ra.to) break;
        if (sameEvent(a, b, ra, rb)) parent[find(sorted[y] ?? 0)] = find(sorted[x] ?? 0);
      }
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}

type Range = { from: string; to: string };
const NO_RANGE: Range = { from: '9999', to: '9999' };

function sameEvent(a: ArticleEventRef, b: ArticleEventRef, ra: Range, rb: Range): boolean {
  if (!datesCompatible(a, b, ra, rb)) return false;
  if (!a.key.types.includes(b.key.type) && !b.key.types.includes(a.key.type)) return false;
  const ids = new Set(a.key.participantIds);
  const shared = b.key.participantIds.filter((id) => ids.has(id)).length;
  const fewest = Math.min(a.key.participantIds.length, b.key.participantIds.length);
  // Two meetings of the same president with different counterparts are different events.
  if (fewest === 0) return true;
  return shared >= Math.min(2, fewest);
}

function datesCompatible(a: ArticleEventRef, b: ArticleEventRef, ra: Range, rb: Range): boolean {
  if (!a.key.date || !b.key.date) {
    // Undated reports join only each other, and only when they tell of the same people.
    return !a.key.date && !b.key.date && a.key.participantIds.length > 0;
  }
  return ra.from <= rb.to && rb.from <= ra.to;
}

/** The days an article's event may fall on, widened by the window within which reports of one event appear. */
function rangeOf(date: EventDate | null): Range {
  if (!date) return NO_RANGE;
  if (date.basis === 'publication') {
    // Only bounded by publication: the event happened on that day or shortly before.
    return { from: addDays(date.start, -SAME_EVENT_WINDOW_DAYS - 1), to: date.end };
  }
  const from = firstDayOf(date.start);
  const to = lastDayOf(date.end);
  return date.precision === 'day'
    ? { from: addDays(from, -SAME_EVENT_WINDOW_DAYS), to: addDays(to, SAME_EVENT_WINDOW_DAYS) }
    : { from, to };
}

const BASIS_RANK: DateBasis[] = ['stated', 'relative', 'inferred', 'linked', 'publication'];
const PRECISION_RANK: DatePrecision[] = ['day', 'month', 'year'];

/** The strongest date among the reports: stated beats relative beats publication; days beat months. */
export function strongestDate(dates: Array<EventDate | null>): EventDate | null {
  const known = dates.filter((d): d is EventDate => d !== null);
  known.sort(
    (a, b) =>
      BASIS_RANK.indexOf(a.basis) - BASIS_RANK.indexOf(b.basis) ||
      PRECISION_RANK.indexOf(a.precision) - PRECISION_RANK.indexOf(b.precision) ||
      compareCodes(a.start, b.start),
  );
  return known[0] ?? null;
}

/** Participants of all reports, once each; a known person wins over the same name read from text. */
export function unionParticipants(lists: Participant[][]): Participant[] {
  const byId = new Map<string, Participant>();
  for (const p of lists.flat()) {
    const existing = byId.get(p.id);
    if (!existing || (!existing.role && p.role)) byId.set(p.id, p);
  }
  return [...byId.values()];
}
