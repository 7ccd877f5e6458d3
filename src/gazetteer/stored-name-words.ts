import type { NameWord } from './name-matcher.ts';

// The words of a gazetteer's names as a store keeps them: each word once for all the matchers, with its
// normalised form and its keys, in one string. A word is letters only (see the tokenizer), so a space parts
// a word's fields and a comma its words: splitting that string back takes a fraction of what parsing the
// same as JSON arrays did, and the string needs no escaping inside the store's JSON.
const FIELD = ' ';
const WORD = ',';
const NO_SEPARATOR = /^[^ ,]+$/;

/** Collects the words of names being stored, numbering each the first time it is met. */
export class NameWordTable {
  private readonly numbers = new Map<string, number>();
  private readonly lines: string[] = [];

  /** The word's number; its fields are the same for every name that has it (a pure function of the word). */
  numberOf({ text, normalised, keys }: NameWord): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      const fields = [text, normalised, ...Array.from(keys, ([key, bare]) => `${bare ? 1 : 0}${key}`)];
      if (!fields.every((field) => NO_SEPARATOR.test(field))) {
        throw new Error(`a name word the store cannot keep: ${JSON.stringify(fields)}`);
      }
      n = this.lines.length;
      this.numbers.set(text, n);
      this.lines.push(fields.join(FIELD));
    }
    return n;
  }

  toString(): string {
    return this.lines.join(WORD);
  }
}

/** The words of a table's string, by number: each one object, shared by every name that has it. */
export function parseNameWords(table: string): NameWord[] {
  if (table === '') return [];
  return table.split(WORD).map((line) => {
    const [text = '', normalised = '', ...keys] = line.split(FIELD);
    return { text, normalised, keys: new Map(keys.map((k) => [k.slice(1), k[0] === '1'])) };
  });
}
