import { normaliseRussian, russianWordStems } from './russian-inflection.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Worked out once per token, since every matcher of the gazetteer looks at the same tokens. */
  capitalised: boolean;
  cyrillic: boolean;
  keys: Key[];
}

export interface NameMatch<T> {
  value: T;
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => makeToken(m[0], m.index));
}

export function makeToken(text: string, start: number): Token {
  return {
    text,
    start,
    end: start + text.length,
    capitalised: isCapitalised(text),
    cyrillic: CYRILLIC.test(text),
    keys: wordKeys(text),
  };
}

export interface MatcherOptions {
  /**
   * Which words must start with a capital letter in the text: proper names always; adjectives only in
   * Latin script (English "Polish" is capitalised, "polish" is a verb; Russian "российский" is not);
   * never for offices ("the president").
   */
  capitalised: 'always' | 'latin' | 'never';
}

export interface Key {
  key: string;
  /** The word as written, no ending taken off. */
  bare: boolean;
}

interface Entry<T> {
  words: string[];
  keys: Array<Map<string, boolean>>;
  value: T;
}

// Word forms repeat across articles; their keys are a pure function of the word, so a bounded memo is
// safe to share (it only ever holds what recomputing would give).
const KEY_CACHE = new Map<string, Key[]>();
const MAX_CACHED_WORDS = 200_000;

// Stems this short match too many unrelated words once an ending is taken off ("Мали" ~ "Малый").
const MIN_STRIPPED_STEM = 4;

/**
 * Finds gazetteer names in text, Russian in any grammatical case and English as written
 * ("'s" is split off by the tokenizer). Multi-word names match word by word; the longest match wins,
 * and between names of one length, the one whose written form shares most with the text ("Нигерии" is
 * Nigeria, not Niger).
 */
export class NameMatcher<T> {
  private readonly byFirstKey = new Map<string, Array<Entry<T>>>();

  constructor(private readonly options: MatcherOptions) {}

  add(name: string, value: T): void {
    const words = tokenize(name).map((t) => t.text);
    if (words.length === 0) return;
    const keys = words.map((w) => new Map(wordKeys(w).map((k) => [k.key, k.bare])));
    for (const key of keys[0]?.keys() ?? []) {
      const list = this.byFirstKey.get(key) ?? [];
      list.push({ words, keys, value });
      this.byFirstKey.set(key, list);
    }
  }

  find(text: string, tokens: Token[] = tokenize(text)): Array<NameMatch<T>> {
    const matches: Array<NameMatch<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || !this.mayStartName(token)) continue;
      let best: { length: number; likeness: number; value: T } | undefined;
      for (const { key } of token.keys) {
        for (const entry of this.byFirstKey.get(key) ?? []) {
          const length = entry.words.length;
          if (best && best.length > length) continue;
          const likeness = this.likeness(tokens, i, entry);
          if (likeness < 0) continue;
          if (!best || length > best.length || likeness > best.likeness)
            best = { length, likeness, value: entry.value };
        }
      }
      if (best) {
        const last = tokens[i + best.length - 1] ?? token;
        matches.push({
          value: best.value,
          start: token.start,
          end: last.end,
          text: text.slice(token.start, last.end),
        });
        i += best.length - 1;
      }
    }
    return matches;
  }

  private mayStartName(token: Token): boolean {
    if (this.options.capitalised === 'never' || token.capitalised) return true;
    return this.options.capitalised === 'latin' && token.cyrillic;
  }

  /** How much of the name's written form the text shares (-1: the words do not match). */
  private likeness(tokens: Token[], from: number, entry: Entry<T>): number {
    let shared = 0;
    for (let k = 0; k < entry.words.length; k++) {
      const token = tokens[from + k];
      const previous = tokens[from + k - 1];
      // Words of one name stand next to each other: only spaces or a hyphen between them.
      if (!token || (k > 0 && (!previous || token.start - previous.end > 2))) return -1;
      if (!wordMatches(token.keys, entry.keys[k])) return -1;
      shared += commonPrefix(normaliseRussian(token.text), normaliseRussian(entry.words[k] ?? ''));
    }
    return shared;
  }
}

// A text word written bare ("Груз", "Алмат") is not a case form of a name that needs an ending
// ("Грузия", "Алматы"); and short stems match only whole words.
function wordMatches(keys: Key[], nameKeys: Map<string, boolean> | undefined): boolean {
  if (!nameKeys) return false;
  return keys.some(({ key, bare }) => {
    const nameBare = nameKeys.get(key);
    if (nameBare === undefined) return false;
    if (bare && !nameBare) return false;
    return (bare && nameBare) || key.length >= MIN_STRIPPED_STEM;
  });
}

/** Lookup keys of a word: Russian stems for Cyrillic words, the lowercased word for Latin ones. */
function wordKeys(word: string): Key[] {
  let keys = KEY_CACHE.get(word);
  if (!keys) {
    keys = CYRILLIC.test(word)
      ? russianWordStems(word).map((key, i) => ({ key, bare: i === 0 }))
      : [{ key: normaliseRussian(word), bare: true }];
    if (KEY_CACHE.size > MAX_CACHED_WORDS) KEY_CACHE.clear();
    KEY_CACHE.set(word, keys);
  }
  return keys;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}
