import { kazakhStems } from './kazakh-inflection.ts';
import { latinStems } from './latin-spelling.ts';
import { normaliseRussian, russianWordStems } from './russian-inflection.ts';
import type { NameWordTable } from './stored-name-words.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  form: WordForm;
}

/** A matcher's name as a store keeps it: the numbers of its words in a NameWordTable, and its value. */
export type StoredName<T> = [words: number[], value: T];

/** What the matchers need to know of a word: worked out once per word form and shared by its tokens. */
export interface WordForm {
  capitalised: boolean;
  cyrillic: boolean;
  keys: Key[];
  /** Lowercased, ё as е: what the likeness of a name is measured on. */
  normalised: string;
  /**
   * The entries each matcher has whose name starts with this word, filled in as matchers meet it (by the
   * matcher's slot: one array lookup per token, where a map by word cost as much as the matching).
   */
  startsOf: Array<unknown[] | undefined>;
}

export interface NameMatch<T> {
  value: T;
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Chinese runs a sentence's words together with no space: each Han character is a token of its own, so a
// name is found as the run of characters it is written with ("哈萨克斯坦总统" holds 哈萨克斯坦). Han has no
// capitals either: every character counts as one, names being several characters long.
const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}|[^\p{Script=Han}‐-]+/gu;

/**
 * The words of texts, each word's form worked out once and shared by its tokens and by every matcher that
 * was given this object: one per gazetteer, never a module's state, so two gazetteers (or tests) never
 * see each other's words.
 */
export class WordForms {
  // Word forms repeat across articles; what a token needs to know of its word is a pure function of the
  // word, so a bounded memo is safe to share (it only ever holds what recomputing would give).
  private readonly forms = new Map<string, WordForm>();
  private slots = 0;

  tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    const han = HAN.test(text);
    for (const m of text.matchAll(WORD)) {
      if (han && HAN.test(m[0])) {
        for (const part of m[0].matchAll(HAN_OR_OTHER))
          tokens.push(this.token(part[0], m.index + part.index));
      } else tokens.push(this.token(m[0], m.index));
    }
    return tokens;
  }

  token(text: string, start: number): Token {
    return { text, start, end: start + text.length, form: this.formOf(text) };
  }

  /** A matcher's own place on every word form (see WordForm.startsOf). */
  newSlot(): number {
    return this.slots++;
  }

  private formOf(word: string): WordForm {
    let form = this.forms.get(word);
    if (!form) {
      const cyrillic = CYRILLIC.test(word);
      form = {
        capitalised: isCapitalised(word),
        cyrillic,
        keys: wordKeys(word, cyrillic),
        normalised: normaliseRussian(word),
        startsOf: [],
      };
      if (this.forms.size > MAX_CACHED_WORDS) this.forms.clear();
      this.forms.set(word, form);
    }
    return form;
  }
}

export interface MatcherOptions {
  /**
   * Which words must start with a capital letter in the text: proper names always; adjectives only in
   * Latin script (English "Polish" is capitalised, "polish" is a verb; Russian "российский" is not);
   * never for offices ("the president").
   */
  capitalised: 'always' | 'latin' | 'never';
  /**
   * What alone may stand between two words of one name, besides spaces or a hyphen: a format's name
   * ("Центральная Азия – Китай", "Central Asia + Germany") has a spaced dash or plus between its parts.
   */
  joiners?: RegExp;
}

export interface Key {
  key: string;
  /** The word as written, no ending taken off. */
  bare: boolean;
}

/** A word of a name: what matching compares of it. */
export interface NameWord {
  text: string;
  /** Lowercased, ё as е. */
  normalised: string;
  /** Key → whether it is the word as written (bare). Never changed once made: names may share it. */
  keys: ReadonlyMap<string, boolean>;
}

interface Entry<T> {
  words: NameWord[];
  value: T;
}

const MAX_CACHED_WORDS = 200_000;
const NO_ENTRIES: never[] = [];

// Stems this short match too many unrelated words once an ending is taken off ("Мали" ~ "Малый").
const MIN_STRIPPED_STEM = 4;
// In a name of several words the others vouch for a short one ("Южной Кореи" is South Korea).
const MIN_STRIPPED_STEM_IN_NAME = 3;

/**
 * Finds gazetteer names in text, Russian in any grammatical case and English as written
 * ("'s" is split off by the tokenizer). Multi-word names match word by word; the longest match wins,
 * and between names of one length, the one whose written form shares most with the text ("Нигерии" is
 * Nigeria, not Niger).
 */
export class NameMatcher<T> {
  private readonly byFirstKey = new Map<string, Array<Entry<T>>>();
  /** In the order they were added: the order a store keeps them in and `byFirstKey` lists them in. */
  private readonly entries: Array<Entry<T>> = [];
  /** Where this matcher keeps its entries on word forms (see WordForm.startsOf). */
  private slot: number;
  private searched = false;

  constructor(
    private readonly options: MatcherOptions,
    /** Shared by the matchers of one gazetteer, so a text is cut into words once for all of them. */
    readonly words: WordForms = new WordForms(),
  ) {
    this.slot = words.newSlot();
  }

  add(name: string, value: T): void {
    const tokens = this.words.tokenize(name);
    if (tokens.length === 0) return;
    const words = tokens.map(({ text, form }) => ({
      text,
      normalised: form.normalised,
      keys: new Map(form.keys.map((k) => [k.key, k.bare])),
    }));
    this.addEntry({ words, value });
  }

  /** The names added so far, in their order, as a store keeps them (`restore` takes them back). */
  storedNames(table: NameWordTable): Array<StoredName<T>> {
    return this.entries.map(({ words, value }) => [words.map((word) => table.numberOf(word)), value]);
  }

  /**
   * Names a store kept from a matcher built by the same code from the same data, added as they were without
   * cutting them into words and working out each word's keys again (most of building a gazetteer).
   */
  restore(stored: ReadonlyArray<StoredName<T>>, words: readonly NameWord[]): void {
    for (const [numbers, value] of stored) {
      this.addEntry({ words: numbers.map((n) => words[n] ?? failNoWord(n)), value });
    }
  }

  private addEntry(entry: Entry<T>): void {
    // What a search kept on word forms misses the names added after it: they take a fresh slot.
    if (this.searched) {
      this.slot = this.words.newSlot();
      this.searched = false;
    }
    this.entries.push(entry);
    for (const key of entry.words[0]?.keys.keys() ?? []) {
      const list = this.byFirstKey.get(key);
      if (list) list.push(entry);
      else this.byFirstKey.set(key, [entry]);
    }
  }

  find(text: string, tokens: Token[] = this.words.tokenize(text)): Array<NameMatch<T>> {
    this.searched = true;
    const matches: Array<NameMatch<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || !this.mayStartName(token)) continue;
      let best: { length: number; likeness: number; value: T } | undefined;
      for (const entry of this.entriesStartingWith(token.form)) {
        const length = entry.words.length;
        if (best && best.length > length) continue;
        const likeness = this.likeness(text, tokens, i, entry);
        if (likeness < 0) continue;
        if (!best || length > best.length || likeness > best.likeness)
          best = { length, likeness, value: entry.value };
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

  // In the order of the word's keys, each entry once (a second look at an entry cannot change the best).
  private entriesStartingWith(form: WordForm): Array<Entry<T>> {
    let entries = form.startsOf[this.slot] as Array<Entry<T>> | undefined;
    if (!entries) {
      const found = new Set<Entry<T>>();
      for (const { key } of form.keys) for (const entry of this.byFirstKey.get(key) ?? []) found.add(entry);
      entries = found.size > 0 ? [...found] : NO_ENTRIES;
      form.startsOf[this.slot] = entries;
    }
    return entries;
  }

  private mayStartName(token: Token): boolean {
    if (this.options.capitalised === 'never' || token.form.capitalised) return true;
    return this.options.capitalised === 'latin' && token.form.cyrillic;
  }

  // Two characters at most (", " and ". " too, for initials); with joiners, only spaces, a hyphen or a
  // joiner ("Russia, Central Asia and China" is not the "Russia – Central Asia" format).
  private joins(text: string, from: number, to: number): boolean {
    const { joiners } = this.options;
    if (!joiners) return to - from <= 2;
    const gap = text.slice(from, to);
    // Han characters of one name stand with nothing between them (see HAN); an abbreviation's full stop
    // stands inside one ("St. Petersburg International Economic Forum").
    return /^[\s‐-]{0,2}$/.test(gap) || /^\.\s$/.test(gap) || joiners.test(gap);
  }

  /** How much of the name's written form the text shares (-1: the words do not match). */
  private likeness(text: string, tokens: Token[], from: number, entry: Entry<T>): number {
    let shared = 0;
    for (let k = 0; k < entry.words.length; k++) {
      const token = tokens[from + k];
      const previous = tokens[from + k - 1];
      // Words of one name stand next to each other: only spaces or a hyphen between them.
      if (!token || (k > 0 && (!previous || !this.joins(text, previous.end, token.start)))) return -1;
      const minStem = entry.words.length > 1 ? MIN_STRIPPED_STEM_IN_NAME : MIN_STRIPPED_STEM;
      const word = entry.words[k];
      if (!wordMatches(token.form.keys, word?.keys, minStem)) return -1;
      shared += commonPrefix(token.form.normalised, word?.normalised ?? '');
    }
    return shared;
  }
}

// A text word written bare ("Груз", "Алмат") is not a case form of a name that needs an ending
// ("Грузия", "Алматы"); and short stems match only whole words.
function wordMatches(
  keys: Key[],
  nameKeys: ReadonlyMap<string, boolean> | undefined,
  minStem: number,
): boolean {
  if (!nameKeys) return false;
  return keys.some(({ key, bare }) => {
    const nameBare = nameKeys.get(key);
    if (nameBare === undefined) return false;
    if (bare && !nameBare) return false;
    return (bare && nameBare) || key.length >= minStem;
  });
}

/**
 * Lookup keys of a word: Russian and Kazakh stems for Cyrillic words; for Latin ones the lowercased word,
 * its spelling folded across languages, and that with a German ending taken off.
 */
function wordKeys(word: string, cyrillic: boolean): Key[] {
  const keys = new Map<string, boolean>();
  const add = (key: string, bare: boolean) => {
    if (!keys.has(key) || bare) keys.set(key, bare);
  };
  const stems = cyrillic
    ? [russianWordStems(word), kazakhStems(word)]
    : [[normaliseRussian(word)], latinStems(word)];
  // The first of each list is the word as written (folded): a bare key.
  for (const list of stems) for (const [i, key] of list.entries()) add(key, i === 0);
  return [...keys].map(([key, bare]) => ({ key, bare }));
}

function failNoWord(n: number): never {
  throw new Error(`a stored name has word ${n}, which the stored words do not hold`);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

// A script without case (Arabic, Han) writes a name like any other word: its first letter is no evidence.
function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() || (/\p{L}/u.test(first) && first === first.toUpperCase());
}
