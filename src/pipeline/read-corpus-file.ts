import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ArticleText, type Corpus, corpus as corpusSchema } from '#schema';

/** A corpus written by the CLI, validated, with the article texts written beside it. */
export function readCorpusFile(file: string): { corpus: Corpus; texts: Map<string, ArticleText> } {
  const corpus: Corpus = corpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const texts = new Map<string, ArticleText>();
  for (const article of corpus.articles) {
    if (!article.textUrl) continue;
    const text = readFileSync(path.resolve(path.dirname(file), article.textUrl), 'utf8');
    texts.set(article.id, JSON.parse(text) as ArticleText);
  }
  return { corpus, texts };
}
