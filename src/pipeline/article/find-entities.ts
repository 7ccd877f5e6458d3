import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Token } from '../../gazetteer/name-matcher.ts';
import type { RolePhrase } from '../../gazetteer/role-phrases.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface CountrySpan extends Span {
  code: string;
  adjective: boolean;
}

export interface CitySpan extends Span {
  cityId: string;
}

export interface PersonSpan extends Span {
  officialId: string;
}

export interface RoleSpan extends Span {
  phrase: RolePhrase;
  /** The state the office belongs to, from the phrase or a country named next to it. */
  country: string | null;
  /** A known person named right next to the office ("министр иностранных дел Казахстана Мухтар Тлеуберди"). */
  officialId: string | null;
  /** Capitalised words right after the office that the gazetteer does not know: a person to keep anyway. */
  unknownName: Span | null;
}

export interface Entities {
  countries: CountrySpan[];
  cities: CitySpan[];
  people: PersonSpan[];
  roles: RoleSpan[];
  /** The text's words, for a later stage that matches more names in it without cutting it up again. */
  tokens?: Token[];
}

// "млн долларов США" names a currency, not a participant (NOTES-LIBRARIES).
const CURRENCY_BEFORE = /(?:доллар\p{L}*|dollars?)\s+$/iu;
const OFFICE_OF = /^\s*(?:of\s+(?:the\s+)?)?$/i;
// The longest text OFFICE_OF can match from a given offset (greedy, so no match of it reaches further).
const OFFICE_OF_PREFIX = /\s*(?:of\s+(?:the\s+)?)?/iy;
const MAX_GAP_TO_NAME = 4;
// Between an office and its holder's name come only titles and capitalised words ("President of the Republic
// H.E. Kassym-Jomart Tokayev", "Президент Узбекистана господин Мирзиёев"); a verb or a common noun ("Посол ОАЭ
// передал Дариге Назарбаевой", "the President's spokesperson Berik Uali") names someone else.
const BREAKS_OFFICE_FROM_NAME =
  /[;!?]|(?:^|[\p{L}\p{M}]{4})\.(?:\s|$)|(?<![\p{L}\p{M}])(?!(?:of|the|de|von|van|al|bin|ibn|his|her|excellency|mr|mrs|ms|shri|sheikh|господин|госпожа|г-н|г-жа|шейх|пан|пані|и|і|та|and)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*/u;
// Words that the matcher's folded endings take for an office: "после" (after) for "посла", "послу".
const NOT_AN_OFFICE = new Set(['после']);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}-]+$/u;
// Words that follow an office but are not a name ("Президент Казахстана Касым-Жомарт", "President Putin").
const NOT_A_NAME = new Set(['the', 'of', 'and', 'и', 'і', 'та', 'в', 'у', 'на']);

/** Finds every country, city, known person and office the text names, with their spans. */
export function findEntities(text: string, gazetteer: Gazetteer): Entities {
  const tokens = gazetteer.words.tokenize(text);
  const names = gazetteer.countryNames
    .find(text, tokens)
    .map((m) => ({ ...span(m), code: m.value, adjective: false }));
  // "Китайской Народной Республики" is a name; its first word is not a second, adjectival mention.
  const adjectives = findAdjectives(text, tokens, gazetteer).filter((a) => !overlapsAny(names, a));
  const countries: CountrySpan[] = [...names, ...adjectives]
    .filter((c) => !CURRENCY_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)))
    .sort((a, b) => a.start - b.start);
  const people = gazetteer.officialNames.find(text, tokens).map((m) => ({ ...span(m), officialId: m.value }));
  // "Нурсултан Назарбаев", "努尔苏丹·纳扎尔巴耶夫": a city named inside a person's name is the person.
  const cities = gazetteer.cityNames
    .find(text, tokens)
    .map((m) => ({ ...span(m), cityId: m.value }))
    .filter((c) => !overlapsAny(people, c));
  const around: Surroundings = {
    text,
    tokens,
    countries,
    countriesByEnd: byEnd(countries),
    people,
    places: new PlaceIndex([...countries, ...cities]),
  };
  const roles = gazetteer.rolePhrases
    .find(text, tokens)
    .filter((m) => !NOT_AN_OFFICE.has(m.text.toLowerCase()))
    .map((m) => linkRole({ ...span(m), phrase: m.value }, around));
  return { countries, cities, people, roles, tokens };
}

// "казахстанско-китайские", "Kazakh-Russian": each part of a compound adjective names a country.
function findAdjectives(text: string, tokens: Token[], gazetteer: Gazetteer): CountrySpan[] {
  const parts: Token[] = [];
  for (const token of tokens) {
    if (!token.text.includes('-')) {
      parts.push(token);
      continue;
    }
    let offset = token.start;
    for (const part of token.text.split('-')) {
      parts.push(gazetteer.words.token(part, offset));
      offset += part.length + 1;
    }
  }
  return gazetteer.countryAdjectives
    .find(text, parts)
    .map((m) => ({ start: m.start, end: m.end, text: m.text, code: m.value, adjective: true }));
}

/**
 * What an office is linked to, each list indexed once per text: an article of a few megabytes names
 * thousands of offices, and a pass over every later mention for each of them took minutes.
 */
interface Surroundings {
  text: string;
  tokens: Token[];
  /** In text order; a matcher's matches do not overlap, nor do adjectives overlap names. */
  countries: CountrySpan[];
  countriesByEnd: Array<{ end: number; index: number }>;
  /** In text order, not overlapping (one matcher's matches). */
  people: PersonSpan[];
  places: PlaceIndex;
}

function linkRole(role: Span & { phrase: RolePhrase }, around: Surroundings): RoleSpan {
  const { text, tokens, people } = around;
  // The office's state follows it as a genitive or an "of" phrase ("Президент Казахстана", "President of
  // Kazakhstan") or precedes it ("Kazakh Foreign Minister", "Mongolia's President") — never a country
  // further along ("Foreign Minister meets EU High Representative").
  const after = countryAfter(role.end, around);
  const before = countryJustBefore(role.start, around);
  const country = role.phrase.country ?? after?.code ?? before?.code ?? null;
  const anchor = after ? after.end : role.end;
  // The count of words between grows with the distance: only the first person after the office can be
  // near enough.
  const nextPerson = people[firstSpanFrom(people, role.end)];
  const person =
    nextPerson &&
    tokensBetween(tokens, anchor, nextPerson.start) <= MAX_GAP_TO_NAME &&
    !BREAKS_OFFICE_FROM_NAME.test(text.slice(anchor, nextPerson.start))
      ? nextPerson
      : undefined;
  const unknownName = person ? null : nameAfter(text, tokens, anchor, around.places);
  return { ...role, country, officialId: person?.officialId ?? null, unknownName };
}

// Only a country within the "of the" that may follow the office can be its genitive: the gap to any
// later one holds more than OFFICE_OF allows.
function countryAfter(offset: number, { text, countries }: Surroundings): CountrySpan | undefined {
  OFFICE_OF_PREFIX.lastIndex = offset;
  const limit = offset + (OFFICE_OF_PREFIX.exec(text)?.[0].length ?? 0);
  for (let i = firstSpanFrom(countries, offset); i < countries.length; i++) {
    const c = countries[i];
    if (!c || c.start > limit) break;
    if (!c.adjective && OFFICE_OF.test(text.slice(offset, c.start))) return c;
  }
  return undefined;
}

/** The first country (in text order) that ends at most 3 characters before an offset. */
function countryJustBefore(
  offset: number,
  { countries, countriesByEnd }: Surroundings,
): CountrySpan | undefined {
  let first: number | undefined;
  for (let i = lowerBound(countriesByEnd, offset - 3, (c) => c.end); i < countriesByEnd.length; i++) {
    const c = countriesByEnd[i];
    if (!c || c.end > offset) break;
    if (first === undefined || c.index < first) first = c.index;
  }
  return first === undefined ? undefined : countries[first];
}

function byEnd(spans: Span[]): Array<{ end: number; index: number }> {
  return spans.map((s, index) => ({ end: s.end, index })).sort((a, b) => a.end - b.end || a.index - b.index);
}

/** Whether a span lies inside a place, by binary search over the places' starts and the furthest end so far. */
class PlaceIndex {
  private readonly starts: number[];
  private readonly furthestEnd: number[];

  constructor(places: Span[]) {
    const sorted = [...places].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((p) => p.start);
    let furthest = Number.NEGATIVE_INFINITY;
    this.furthestEnd = sorted.map((p) => {
      furthest = Math.max(furthest, p.end);
      return furthest;
    });
  }

  contains(span: { start: number; end: number }): boolean {
    // The places starting at or before the span: is any of them long enough to cover it?
    const last = lowerBound(this.starts, span.start + 1, (s) => s) - 1;
    return last >= 0 && (this.furthestEnd[last] ?? Number.NEGATIVE_INFINITY) >= span.end;
  }
}

// A name ends where a place begins: "Президенті Сауранбай Жиенбеков Астанаға келді".
function nameAfter(text: string, tokens: Token[], from: number, places: PlaceIndex): Span | null {
  const next = firstTokenFrom(tokens, from);
  if (next === tokens.length) return null;
  const words: Token[] = [];
  for (let i = next; i < tokens.length && words.length < 3; i++) {
    const token = tokens[i];
    const previous = words[words.length - 1];
    if (!token) break;
    const gap = text.slice(previous?.end ?? from, token.start);
    if (previous ? gap.trim() !== '' : gap.replace(/[\s,]/g, '') !== '') break;
    if (!NAME_WORD.test(token.text) || NOT_A_NAME.has(token.text.toLowerCase())) break;
    if (places.contains(token)) break;
    words.push(token);
  }
  const first = words[0];
  const last = words[words.length - 1];
  // One capitalised word is too often the next sentence's first word or an organisation: ask for two.
  if (!first || !last || words.length < 2) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/**
 * The spans (of one kind, so in text order) that lie within a stretch of the text, such as a sentence: found
 * by binary search, so that a stage asking this for every sentence does not pass over every mention each time.
 */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const within: T[] = [];
  for (let i = firstSpanFrom(spans, start); i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.start >= end) break;
    if (s.end <= end) within.push(s);
  }
  return within;
}

// Tokens are in text order and do not overlap (so their ends are in order too): those between two
// offsets are one run, found by two binary searches.
function tokensBetween(tokens: Token[], from: number, to: number): number {
  return Math.max(0, lowerBound(tokens, to + 1, (t) => t.end) - firstTokenFrom(tokens, from));
}

/** Index of the first token starting at or after an offset (tokens.length if none). */
function firstTokenFrom(tokens: Token[], offset: number): number {
  return lowerBound(tokens, offset, (t) => t.start);
}

/** Index of the first span (of spans in text order) starting at or after an offset. */
function firstSpanFrom(spans: readonly Span[], offset: number): number {
  return lowerBound(spans, offset, (s) => s.start);
}

// Names do not overlap one another, so their ends are in order: only the first ending after the span's
// start can overlap it.
function overlapsAny(names: Span[], s: Span): boolean {
  const name = names[lowerBound(names, s.start + 1, (n) => n.end)];
  return name !== undefined && name.start < s.end;
}

/** Index of the first item whose key is at least the value, in items sorted by that key. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function span(m: { start: number; end: number; text: string }): Span {
  return { start: m.start, end: m.end, text: m.text };
}
