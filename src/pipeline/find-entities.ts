import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { makeToken, type Token, tokenize } from '../gazetteer/name-matcher.ts';
import type { RolePhrase } from '../gazetteer/role-phrases.ts';

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
}

// "млн долларов США" names a currency, not a participant (NOTES-LIBRARIES).
const CURRENCY_BEFORE = /(?:доллар\p{L}*|dollars?)\s+$/iu;
const OFFICE_OF = /^\s*(?:of\s+(?:the\s+)?)?$/i;
const MAX_GAP_TO_NAME = 4;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}-]+$/u;
// Words that follow an office but are not a name ("Президент Казахстана Касым-Жомарт", "President Putin").
const NOT_A_NAME = new Set(['the', 'of', 'and', 'и', 'в', 'на']);

/** Finds every country, city, known person and office the text names, with their spans. */
export function findEntities(text: string, gazetteer: Gazetteer): Entities {
  const tokens = tokenize(text);
  const names = gazetteer.countryNames
    .find(text, tokens)
    .map((m) => ({ ...span(m), code: m.value, adjective: false }));
  // "Китайской Народной Республики" is a name; its first word is not a second, adjectival mention.
  const adjectives = findAdjectives(text, tokens, gazetteer).filter(
    (a) => !names.some((n) => a.start < n.end && n.start < a.end),
  );
  const countries: CountrySpan[] = [...names, ...adjectives]
    .filter((c) => !CURRENCY_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)))
    .sort((a, b) => a.start - b.start);
  const cities = gazetteer.cityNames.find(text, tokens).map((m) => ({ ...span(m), cityId: m.value }));
  const people = gazetteer.officialNames.find(text, tokens).map((m) => ({ ...span(m), officialId: m.value }));
  const places: Span[] = [...countries, ...cities];
  const roles = gazetteer.rolePhrases
    .find(text, tokens)
    .map((m) => linkRole(text, tokens, { ...span(m), phrase: m.value }, countries, people, places));
  return { countries, cities, people, roles };
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
      parts.push(makeToken(part, offset));
      offset += part.length + 1;
    }
  }
  return gazetteer.countryAdjectives
    .find(text, parts)
    .map((m) => ({ start: m.start, end: m.end, text: m.text, code: m.value, adjective: true }));
}

function linkRole(
  text: string,
  tokens: Token[],
  role: Span & { phrase: RolePhrase },
  countries: CountrySpan[],
  people: PersonSpan[],
  places: Span[],
): RoleSpan {
  // The office's state follows it as a genitive or an "of" phrase ("Президент Казахстана", "President of
  // Kazakhstan") or precedes it ("Kazakh Foreign Minister", "Mongolia's President") — never a country
  // further along ("Foreign Minister meets EU High Representative").
  const after = countries.find(
    (c) => c.start >= role.end && !c.adjective && OFFICE_OF.test(text.slice(role.end, c.start)),
  );
  const before = countries.find((c) => c.end <= role.start && role.start - c.end <= 3);
  const country = role.phrase.country ?? after?.code ?? before?.code ?? null;
  const anchor = after ? after.end : role.end;
  const person = people.find(
    (p) => p.start >= role.end && tokensBetween(tokens, anchor, p.start) <= MAX_GAP_TO_NAME,
  );
  const unknownName = person ? null : nameAfter(text, tokens, anchor, places);
  return { ...role, country, officialId: person?.officialId ?? null, unknownName };
}

// A name ends where a place begins: "Президенті Сауранбай Жиенбеков Астанаға келді".
function nameAfter(text: string, tokens: Token[], from: number, places: Span[]): Span | null {
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
    if (places.some((p) => token.start >= p.start && token.end <= p.end)) break;
    words.push(token);
  }
  const first = words[0];
  const last = words[words.length - 1];
  // One capitalised word is too often the next sentence's first word or an organisation: ask for two.
  if (!first || !last || words.length < 2) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

// Tokens are in text order and do not overlap, so those between two offsets are one run: found by
// binary search, not by a pass over the whole text for every office and person.
function tokensBetween(tokens: Token[], from: number, to: number): number {
  let count = 0;
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && (tokens[i]?.end ?? 0) <= to; i++) count++;
  return count;
}

/** Index of the first token starting at or after an offset (tokens.length if none). */
function firstTokenFrom(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function span(m: { start: number; end: number; text: string }): Span {
  return { start: m.start, end: m.end, text: m.text };
}
