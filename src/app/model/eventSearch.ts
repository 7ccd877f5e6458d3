import type { Article, TimelineEvent } from '#schema';

/** Case-, accent- and ё-insensitive form used on both sides of a search. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
}

/**
 * The text a search query is matched against: titles, participant names and places in both languages
 * (so a Russian speaker can type a Latin spelling and the reverse), plus the titles of the source articles.
 */
export function searchableText(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): string {
  const parts = [event.title.en, event.title.ru];
  for (const person of event.participants) parts.push(person.name.en, person.name.ru);
  if (event.location) parts.push(event.location.name.en, event.location.name.ru);
  for (const id of event.articleIds) {
    const article = articlesById.get(id);
    if (article) parts.push(article.title);
  }
  return normaliseForSearch(parts.join('\n'));
}

/** The query's words in the normalised form, once per search rather than once per event. */
export function queryWords(query: string): string[] {
  return normaliseForSearch(query).split(/\s+/).filter(Boolean);
}

/** Every word of the query must appear somewhere in the event's searchable text. */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}
