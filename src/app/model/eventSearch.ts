import type { Article, TimelineEvent } from '#schema';
import { foldToLatin } from './latinFolding.ts';
import { ORGANISATION_NAMES } from './organisationNames.ts';

/** Between a search text's plain form and its folded Latin form (dropped from the text itself). */
const FOLDED_PART = '\u0000';

function plainForm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replaceAll(FOLDED_PART, '')
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/**
 * The form a text is searched in: case-, accent- and ё-insensitive, followed by its folded Latin spelling
 * (latinFolding.ts), so a Latin query finds a Cyrillic name and the reverse ("tokaev" → Токаев, Tokayev).
 */
export function normaliseForSearch(text: string): string {
  const plain = plainForm(text);
  return `${plain}${FOLDED_PART}${foldToLatin(plain)}`;
}

/**
 * One word of a query. Short words are matched as typed only: folded, "ООН" would be "on" and find every
 * English title.
 */
export interface SearchWord {
  plain: string;
  folded: string | null;
}

const FOLD_FROM_LENGTH = 4;

/** The query's words in the normalised form, once per search rather than once per event. */
export function queryWords(query: string): SearchWord[] {
  return plainForm(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((plain) => {
      const folded = foldToLatin(plain);
      return { plain, folded: folded.length >= FOLD_FROM_LENGTH ? folded : null };
    });
}

/** Every word of the query must appear somewhere in the text, as typed or in the folded spelling. */
export function matchesWords(haystack: string, words: readonly SearchWord[]): boolean {
  if (words.length === 0) return true;
  const cut = haystack.indexOf(FOLDED_PART);
  return words.every(({ plain, folded }) => {
    const at = haystack.indexOf(plain);
    if (at !== -1 && (cut === -1 || at < cut)) return true;
    return folded !== null && haystack.indexOf(folded, cut) !== -1;
  });
}

/** Whether every text `wider` matches is also matched by `narrower` (typing one more letter narrows). */
export function narrows(wider: readonly SearchWord[], narrower: readonly SearchWord[]): boolean {
  return wider.every((word) =>
    narrower.some(
      (next) =>
        next.plain.includes(word.plain) &&
        (word.folded === null || next.folded?.includes(word.folded) === true),
    ),
  );
}

const wordChar = '[\\p{L}\\p{N}]';
const organisationPatterns = ORGANISATION_NAMES.map(
  (names) =>
    new RegExp(
      names
        .map((name) => {
          const words = plainForm(name)
            .split(/[^\p{L}\p{N}]+/u)
            .filter(Boolean);
          // One word is an abbreviation, matched whole; a full name is matched word stem by word stem.
          return words.length === 1
            ? `(?<!${wordChar})${words[0]}(?!${wordChar})`
            : `(?<!${wordChar})${words.join(`${wordChar}*[^\\p{L}\\p{N}]+`)}`;
        })
        .join('|'),
      'u',
    ),
);

/** Every name of each organisation the text names by any one of them. */
function organisationNamesIn(plain: string): string[] {
  return ORGANISATION_NAMES.filter((_, index) => organisationPatterns[index]?.test(plain)).flat();
}

/**
 * The text a search query is matched against: titles, participant names, places and signed documents in
 * both languages (so a Russian speaker can type a Latin spelling and the reverse), the titles and outlets
 * of the source articles, and the other names of the organisations these name.
 */
export function searchableText(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): string {
  const parts = [event.title.en, event.title.ru];
  for (const person of event.participants) parts.push(person.name.en, person.name.ru);
  if (event.location) parts.push(event.location.name.en, event.location.name.ru);
  for (const agreement of event.agreements) parts.push(agreement.title.en, agreement.title.ru);
  for (const id of event.articleIds) {
    const article = articlesById.get(id);
    if (article) parts.push(article.title, article.source?.name ?? '');
  }
  const text = parts.join('\n');
  return normaliseForSearch(`${text}\n${organisationNamesIn(plainForm(text)).join('\n')}`);
}
