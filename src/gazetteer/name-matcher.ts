import { normaliseRussian, russianWordStems } from './russian-inflection.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
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
  return Array.from(text.matchAll(WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export interface MatcherOptions {
  /** Names must start with a capital letter in the text (proper names); adjectives need not. */
  capitalised: boolean;
}

/**
 * Finds gazetteer names in text, Russian in any grammatical case and English as written
 * ("'s" is split off by the tokenizer). Multi-word names match word by word; the longest match wins.
 */
export class NameMatcher<T> {
  private readonly byFirstStem = new Map<string, Array<{ stems: Array<Set<string>>; value: T }>>();

  constructor(private readonly options: MatcherOptions) {}

  add(name: string, value: T): void {
    const words = tokenize(name).map((t) => t.text);
    if (words.length === 0) return;
    const stems = words.map((w) => new Set(wordKeys(w)));
    for (const key of stems[0] ?? []) {
      const list = this.byFirstStem.get(key) ?? [];
      list.push({ stems, value });
      this.byFirstStem.set(key, list);
    }
  }

  find(text: string, tokens: Token[] = tokenize(text)): Array<NameMatch<T>> {
    const matches: Array<NameMatch<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || (this.options.capitalised && !isCapitalised(token.text))) continue;
      let best: { length: number; value: T } | undefined;
      for (const key of wordKeys(token.text)) {
        for (const entry of this.byFirstStem.get(key) ?? []) {
          const length = entry.stems.length;
          if (best && best.length >= length) continue;
          if (this.followsFrom(tokens, i, entry.stems)) best = { length, value: entry.value };
        }
      }
      if (best) {
        const last = tokens[i + best.length - 1] ?? token;
        matches.push({ value: best.value, start: token.start, end: last.end, text: text.slice(token.start, last.end) });
        i += best.length - 1;
      }
    }
    return matches;
  }

  private followsFrom(tokens: Token[], from: number, stems: Array<Set<string>>): boolean {
    for (let k = 1; k < stems.length; k++) {
      const token = tokens[from + k];
      const previous = tokens[from + k - 1];
      // Words of one name stand next to each other: only spaces or a hyphen between them.
      if (!token || !previous || token.start - previous.end > 2) return false;
      if (!wordKeys(token.text).some((key) => stems[k]?.has(key))) return false;
    }
    return true;
  }
}

/** Lookup keys of a word: Russian stems for Cyrillic words, the lowercased word for Latin ones. */
function wordKeys(word: string): string[] {
  return CYRILLIC.test(word) ? russianWordStems(word) : [normaliseRussian(word)];
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}
