import type { DiplomaticEvent } from '#schema';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { compareCodes } from './compare-codes.ts';
import { composeEventTitle } from './compose-title.ts';
import { hash } from './hash.ts';
import {
  type ArticleEventRef,
  groupSameEventArticles,
  strongestDate,
  unionParticipants,
} from './merge-events.ts';

/** Merges reports of the same event and composes each event's fields from all its sources. */
export function buildEvents(items: ArticleEventRef[], gazetteer: Gazetteer): DiplomaticEvent[] {
  return groupSameEventArticles(items).map((group) => mergeGroup(orderSources(group), gazetteer));
}

function orderSources(group: ArticleEventRef[]): ArticleEventRef[] {
  return [...group].sort(
    (a, b) =>
      compareCodes(a.published ?? '9999', b.published ?? '9999') || compareCodes(a.articleId, b.articleId),
  );
}

function mergeGroup(group: ArticleEventRef[], gazetteer: Gazetteer): DiplomaticEvent {
  const events = group.map((g) => g.event);
  const date = strongestDate(events.map((e) => e.date));
  const type = mostCommon(events.map((e) => e.type));
  const types = unique([type, ...events.flatMap((e) => e.types)]);
  const countries = unique(events.flatMap((e) => e.countries));
  const participants = unionParticipants(events.map((e) => e.participants));
  const location =
    events.find((e) => e.date === date && e.location)?.location ??
    events.find((e) => e.location)?.location ??
    null;
  const planned = events.every((e) => e.planned);
  const countryNames = countries.map((code) => {
    const country = gazetteer.country(code);
    return country ? { ...country.name } : { en: code, ru: code };
  });
  const articleIds = group.map((g) => g.articleId);
  return {
    id: `ev-${hash([...articleIds].sort()[0] ?? '')}`,
    type,
    types,
    planned,
    date,
    countries,
    participants,
    location,
    agreements: uniqueBy(
      events.flatMap((e) => e.agreements),
      (a) => `${a.kind}:${a.title.en}`,
    ),
    figures: uniqueBy(
      events.flatMap((e) => e.figures),
      (f) => `${f.amount}:${f.currency}:${f.kind}:${f.measure}`,
    ),
    title: composeEventTitle({ type, planned, participants, countryNames, location }),
    articleIds,
    evidence: events.flatMap((e) => e.evidence),
  };
}

function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
