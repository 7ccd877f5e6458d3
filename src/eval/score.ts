import type { Corpus, DiplomaticEvent } from '#schema';
import { firstDayOf, lastDayOf } from '../pipeline/article/dates/resolve-event-date.ts';
import type { GoldArticle, GoldDate, GoldEvent } from './gold-format.ts';
import { sameName, skeleton } from './match-names.ts';

/** True positives, false positives, false negatives: precision = tp / (tp + fp), recall = tp / (tp + fn). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const FIELDS = [
  'events',
  'date',
  'dateExact',
  'countries',
  'participants',
  'type',
  'place',
  'planned',
  'agreements',
  'figures',
  'published',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss {
  file: string;
  field: Field | 'placed' | 'nonEvent' | 'merge' | 'falseMerge';
  gold: string;
  got: string;
}

export interface Scores {
  articles: number;
  fields: Record<Field, Counts>;
  /** Gold events whose set is exactly right, of the gold events scored. */
  exact: { countries: [number, number]; participants: [number, number] };
  /** Non-events kept off the timeline, of all non-events. */
  nonEventsRejected: [number, number];
  /** Articles with a gold event that the pipeline put on the timeline. */
  diplomaticPlaced: [number, number];
  /**
   * Each diplomatic article's main event (its first reported one, else its first announced one): right of
   * all such articles, as a reader judges an article by the item it puts on the timeline.
   */
  main: Record<'date' | 'countries' | 'participants' | 'type', [number, number]>;
}

export interface EvalResult extends Scores {
  byLanguage: Record<string, Scores>;
  /** Date right, by how the reader dated the event. */
  dateBySource: Record<string, [number, number]>;
  /** Gold main type → predicted type (`none` when no event matched) → count. */
  typeConfusion: Record<string, Record<string, number>>;
  merges: { goldPairs: number; found: number; predictedPairs: number; falseMerges: number };
  misses: Miss[];
}

const SCORED_MODES = new Set(['reported', 'announced']);

/** Scores a corpus the pipeline wrote against the gold annotations of the same articles. */
export function scoreCorpus(gold: GoldArticle[], corpus: Corpus): EvalResult {
  const articleByFile = new Map(corpus.articles.map((a) => [a.file, a]));
  const eventById = new Map(corpus.events.map((e) => [e.id, e]));
  const misses: Miss[] = [];
  const perArticle = gold.map((g) => {
    const article = articleByFile.get(g.file);
    const predicted = (article?.eventIds ?? []).flatMap((id) => eventById.get(id) ?? []);
    return { gold: g, predicted, scores: scoreArticle(g, article?.published ?? null, predicted, misses) };
  });

  const total = sumScores(perArticle.map((a) => a.scores.scores));
  const byLanguage: Record<string, Scores> = {};
  for (const lang of [...new Set(gold.map((g) => g.lang))].sort()) {
    byLanguage[lang] = sumScores(perArticle.filter((a) => a.gold.lang === lang).map((a) => a.scores.scores));
  }
  const dateBySource: Record<string, [number, number]> = {};
  const typeConfusion: Record<string, Record<string, number>> = {};
  for (const { scores } of perArticle) {
    for (const [source, right] of scores.dates) {
      const cell = dateBySource[source] ?? [0, 0];
      dateBySource[source] = [cell[0] + (right ? 1 : 0), cell[1] + 1];
    }
    for (const [goldType, got] of scores.types) {
      const row = typeConfusion[goldType] ?? {};
      row[got] = (row[got] ?? 0) + 1;
      typeConfusion[goldType] = row;
    }
  }
  return {
    ...total,
    byLanguage,
    dateBySource,
    typeConfusion,
    merges: scoreMerges(perArticle, misses),
    misses,
  };
}

interface ArticleScores {
  scores: Scores;
  dates: Array<[string, boolean]>;
  types: Array<[string, string]>;
}

function emptyScores(): Scores {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
  return {
    articles: 0,
    fields,
    exact: { countries: [0, 0], participants: [0, 0] },
    nonEventsRejected: [0, 0],
    diplomaticPlaced: [0, 0],
    main: { date: [0, 0], countries: [0, 0], participants: [0, 0], type: [0, 0] },
  };
}

function scoreArticle(
  g: GoldArticle,
  published: string | null,
  predicted: DiplomaticEvent[],
  misses: Miss[],
): ArticleScores {
  const s = emptyScores();
  const out: ArticleScores = { scores: s, dates: [], types: [] };
  s.articles = 1;
  const miss = (field: Miss['field'], goldValue: string, got: string) =>
    misses.push({ file: g.file, field, gold: goldValue, got });

  countPublished(s.fields.published, g.published, published, (gv, got) => miss('published', gv, got));

  const goldEvents = g.events.filter((e) => SCORED_MODES.has(e.mode));
  if (!g.diplomatic || goldEvents.length === 0) {
    s.nonEventsRejected = [predicted.length === 0 ? 1 : 0, 1];
    if (predicted.length > 0) miss('nonEvent', 'no event', predicted.map(describeEvent).join(' | '));
    s.fields.events.fp += predicted.length;
    for (const p of predicted) addUnmatchedPredicted(s, p);
    return out;
  }
  s.diplomaticPlaced = [predicted.length > 0 ? 1 : 0, 1];
  if (predicted.length === 0) miss('placed', describeGold(goldEvents[0]), 'not placed');

  const pairs = matchEvents(goldEvents, predicted);
  const mainEvent = goldEvents.find((e) => e.mode === 'reported') ?? goldEvents[0];
  s.main = { date: [0, mainEvent?.date ? 1 : 0], countries: [0, 1], participants: [0, 1], type: [0, 1] };
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  for (const p of predicted) {
    if (!matchedPredicted.has(p)) {
      s.fields.events.fp += 1;
      addUnmatchedPredicted(s, p);
    }
  }
  for (const gEvent of goldEvents) {
    const p = pairs.find(([ge]) => ge === gEvent)?.[1];
    const note = (field: Field, goldValue: string, got: string) =>
      miss(field, `${gEvent.id}: ${goldValue}`, got);
    if (!p) {
      s.fields.events.fn += 1;
      addUnmatchedGold(s, gEvent);
      out.types.push([gEvent.type, 'none']);
      if (gEvent.date) out.dates.push([gEvent.dateFrom, false]);
      if (predicted.length > 0) note('events', describeGold(gEvent), 'no matching event');
      continue;
    }
    s.fields.events.tp += 1;
    out.types.push([gEvent.type, p.type]);
    const dateIsRight = scoreDate(s, gEvent, p, out, note);
    const countries = scoreSet(
      s.fields.countries,
      s.exact.countries,
      gEvent.countries,
      p.countries,
      Object.is,
    );
    if (!countries) note('countries', gEvent.countries.join('+'), p.countries.join('+'));
    const people = scoreSet(
      s.fields.participants,
      s.exact.participants,
      gEvent.participants,
      p.participants,
      samePerson,
    );
    if (gEvent === mainEvent) {
      const one = (right: boolean): [number, number] => [right ? 1 : 0, 1];
      s.main = {
        date: mainEvent.date ? one(dateIsRight) : [0, 0],
        countries: one(countries),
        participants: one(people),
        type: one(p.type === gEvent.type),
      };
    }
    if (!people) {
      const names = (list: Array<{ name: string }>) => list.map((x) => x.name).join(', ') || 'none';
      note(
        'participants',
        names(gEvent.participants),
        names(p.participants.map((x) => ({ name: x.name.en }))),
      );
    }
    if (p.type === gEvent.type) s.fields.type.tp += 1;
    else {
      s.fields.type.fp += 1;
      s.fields.type.fn += 1;
      note('type', gEvent.type, p.type);
    }
    scorePlace(s.fields.place, gEvent, p, note);
    if (gEvent.planned && p.planned) s.fields.planned.tp += 1;
    else if (gEvent.planned) {
      s.fields.planned.fn += 1;
      note('planned', 'planned', 'not planned');
    } else if (p.planned) {
      s.fields.planned.fp += 1;
      note('planned', 'not planned', 'planned');
    }
    countPairs(s.fields.agreements, gEvent.agreements, p.agreements, (a, b) => a.kind === b.kind);
    countPairs(
      s.fields.figures,
      gEvent.figures,
      p.figures,
      (g, f) => f.currency === g.currency && Math.abs(f.amount - g.amount) <= g.amount * 0.02,
    );
  }
  return out;
}

function countPublished(
  c: Counts,
  gold: string | null,
  got: string | null,
  miss: (gold: string, got: string) => void,
): void {
  const right = gold !== null && (got?.startsWith(gold) ?? false);
  if (right) c.tp += 1;
  else {
    if (got !== null) c.fp += 1;
    if (gold !== null) c.fn += 1;
    if (gold !== got) miss(gold ?? 'none', got ?? 'none');
  }
}

function addUnmatchedPredicted(s: Scores, p: DiplomaticEvent): void {
  if (p.date) {
    s.fields.date.fp += 1;
    s.fields.dateExact.fp += 1;
  }
  s.fields.countries.fp += p.countries.length;
  s.fields.participants.fp += p.participants.length;
  s.fields.type.fp += 1;
  if (p.location) s.fields.place.fp += 1;
  if (p.planned) s.fields.planned.fp += 1;
  s.fields.agreements.fp += p.agreements.length;
  s.fields.figures.fp += p.figures.length;
}

function addUnmatchedGold(s: Scores, g: GoldEvent): void {
  if (g.date) {
    s.fields.date.fn += 1;
    s.fields.dateExact.fn += 1;
  }
  s.fields.countries.fn += g.countries.length;
  s.fields.participants.fn += g.participants.length;
  s.exact.countries[1] += 1;
  s.exact.participants[1] += 1;
  s.fields.type.fn += 1;
  if (g.place) s.fields.place.fn += 1;
  if (g.planned) s.fields.planned.fn += 1;
  s.fields.agreements.fn += g.agreements.length;
  s.fields.figures.fn += g.figures.length;
}

/** Pairs each gold event with the predicted event most like it, best pairs first, each used once. */
function matchEvents(gold: GoldEvent[], predicted: DiplomaticEvent[]): Array<[GoldEvent, DiplomaticEvent]> {
  const candidates = gold.flatMap((g) =>
    predicted.map((p) => ({ g, p, similarity: similarity(g, p) })).filter((c) => c.similarity > 0),
  );
  candidates.sort((a, b) => b.similarity - a.similarity);
  const pairs: Array<[GoldEvent, DiplomaticEvent]> = [];
  const usedGold = new Set<GoldEvent>();
  const usedPredicted = new Set<DiplomaticEvent>();
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function similarity(g: GoldEvent, p: DiplomaticEvent): number {
  const shared = g.countries.filter((c) => p.countries.includes(c)).length;
  const union = new Set([...g.countries, ...p.countries]).size;
  let score = union > 0 ? (2 * shared) / union : 0;
  if (g.types.includes(p.type) || p.types.includes(g.type)) score += 1;
  if (g.date && p.date && rangesOverlap(g.date.start, g.date.end, p.date.start, p.date.end)) score += 1;
  const people = g.participants.filter((gp) => p.participants.some((pp) => samePerson(gp, pp)));
  score += people.length / Math.max(1, g.participants.length);
  return score;
}

function scoreDate(
  s: Scores,
  g: GoldEvent,
  p: DiplomaticEvent,
  out: ArticleScores,
  note: (field: Field, gold: string, got: string) => void,
): boolean {
  // Unknowable to a reader: a date the pipeline gives cannot be checked, so it is neither right nor wrong.
  if (!g.date) return false;
  const right = dateRight(g.date, p.date);
  const exact =
    p.date !== null &&
    p.date.precision === g.date.precision &&
    p.date.start === g.date.start &&
    p.date.end === g.date.end;
  out.dates.push([g.dateFrom, right]);
  for (const [counts, ok] of [
    [s.fields.date, right],
    [s.fields.dateExact, exact],
  ] as const) {
    if (ok) counts.tp += 1;
    else {
      if (p.date) counts.fp += 1;
      counts.fn += 1;
    }
  }
  const got = p.date ? `${dateText(p.date)} (${p.date.basis})` : 'none';
  if (!right) note('date', `${dateText(g.date)} [${g.dateFrom}: ${g.dateEvidence}]`, got);
  return right;
}

/** At the gold precision, and inside the gold range (a day of a two-day visit is its date). */
function dateRight(gold: GoldDate, got: DiplomaticEvent['date']): boolean {
  return got !== null && got.precision === gold.precision && within(got.start, gold) && within(got.end, gold);
}

function within(iso: string, range: { start: string; end: string }): boolean {
  return iso >= range.start && iso <= range.end;
}

function rangesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  // Compared as day ranges: a month or a year covers its whole span.
  return firstDayOf(aStart) <= lastDayOf(bEnd) && firstDayOf(bStart) <= lastDayOf(aEnd);
}

function samePerson(
  g: GoldEvent['participants'][number],
  p: DiplomaticEvent['participants'][number],
): boolean {
  return sameName(g.name, p.name.en) || (g.nameRu !== undefined && sameName(g.nameRu, p.name.ru));
}

/** Counts a set field of one matched pair; true when the set is exactly right. */
function scoreSet<G, P>(
  c: Counts,
  exact: [number, number],
  gold: G[],
  got: P[],
  same: (g: G, p: P) => boolean,
): boolean {
  const tp = countPairs(c, gold, got, same);
  const isExact = tp === gold.length && tp === got.length;
  exact[0] += isExact ? 1 : 0;
  exact[1] += 1;
  return isExact;
}

function scorePlace(
  c: Counts,
  g: GoldEvent,
  p: DiplomaticEvent,
  note: (field: Field, gold: string, got: string) => void,
): void {
  const got = p.location;
  const right =
    g.place !== null &&
    got !== null &&
    [got.id, got.name.en].some((name) => skeleton(name) === skeleton(g.place?.city ?? ''));
  if (right) c.tp += 1;
  else {
    if (got) c.fp += 1;
    if (g.place) c.fn += 1;
    if (g.place || got) note('place', g.place?.city ?? 'none', got?.name.en ?? 'none');
  }
}

/** Pairs gold and predicted items one to one and counts them; returns the pairs found. */
function countPairs<G, P>(c: Counts, gold: G[], got: P[], same: (g: G, p: P) => boolean): number {
  const used = new Set<P>();
  let tp = 0;
  for (const g of gold) {
    const p = got.find((x) => !used.has(x) && same(g, x));
    if (p !== undefined) {
      used.add(p);
      tp += 1;
    }
  }
  c.tp += tp;
  c.fp += got.length - tp;
  c.fn += gold.length - tp;
  return tp;
}

interface ScoredArticle {
  gold: GoldArticle;
  predicted: DiplomaticEvent[];
}

/** Pairs of articles that report one event (a shared gold id) against pairs the pipeline put on one event. */
function scoreMerges(articles: ScoredArticle[], misses: Miss[]): EvalResult['merges'] {
  const ids = new Map(
    articles.map((a) => [
      a.gold.file,
      new Set(a.gold.events.filter((e) => SCORED_MODES.has(e.mode)).map((e) => e.id)),
    ]),
  );
  // A merge is false only when the two articles tell of no event in common: an article that recalls the
  // summit another reports ("met on the sidelines of the SCO summit") does tell of it.
  const toldOf = new Map(articles.map((a) => [a.gold.file, new Set(a.gold.events.map((e) => e.id))]));
  const predictedIds = new Map(articles.map((a) => [a.gold.file, new Set(a.predicted.map((e) => e.id))]));
  const files = articles.map((a) => a.gold.file).sort();
  const result = { goldPairs: 0, found: 0, predictedPairs: 0, falseMerges: 0 };
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i] ?? '', files[j] ?? ''];
      const shared = [...(ids.get(a) ?? [])].filter((id) => ids.get(b)?.has(id));
      const merged = [...(predictedIds.get(a) ?? [])].some((id) => predictedIds.get(b)?.has(id));
      if (shared.length > 0) {
        result.goldPairs += 1;
        if (merged) result.found += 1;
        else
          misses.push({
            file: a,
            field: 'merge',
            gold: `same event as ${b} (${shared.join(', ')})`,
            got: 'apart',
          });
      }
      if (merged) {
        result.predictedPairs += 1;
        if (![...(toldOf.get(a) ?? [])].some((id) => toldOf.get(b)?.has(id))) {
          result.falseMerges += 1;
          misses.push({ file: a, field: 'falseMerge', gold: `not the event of ${b}`, got: 'merged' });
        }
      }
    }
  }
  return result;
}

function sumScores(list: Scores[]): Scores {
  const total = emptyScores();
  for (const s of list) {
    total.articles += s.articles;
    for (const f of FIELDS) {
      total.fields[f].tp += s.fields[f].tp;
      total.fields[f].fp += s.fields[f].fp;
      total.fields[f].fn += s.fields[f].fn;
    }
    for (const k of ['countries', 'participants'] as const) {
      total.exact[k][0] += s.exact[k][0];
      total.exact[k][1] += s.exact[k][1];
    }
    total.nonEventsRejected[0] += s.nonEventsRejected[0];
    total.nonEventsRejected[1] += s.nonEventsRejected[1];
    total.diplomaticPlaced[0] += s.diplomaticPlaced[0];
    total.diplomaticPlaced[1] += s.diplomaticPlaced[1];
    for (const k of ['date', 'countries', 'participants', 'type'] as const) {
      total.main[k][0] += s.main[k][0];
      total.main[k][1] += s.main[k][1];
    }
  }
  return total;
}

function dateText(d: { start: string; end: string; precision: string }): string {
  return d.start === d.end ? `${d.start}` : `${d.start}..${d.end}`;
}

function describeEvent(e: DiplomaticEvent): string {
  return `${e.type} ${e.date ? dateText(e.date) : 'undated'} ${e.countries.join('+')}`;
}

function describeGold(e: GoldEvent | undefined): string {
  if (!e) return 'none';
  return `${e.id} ${e.type} ${e.date ? dateText(e.date) : 'undated'} ${e.countries.join('+')}`;
}
