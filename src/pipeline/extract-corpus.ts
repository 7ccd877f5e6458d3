import type { Article, ArticleText, Corpus, Problem } from '#schema';
import { SCHEMA_VERSION } from '#schema';
import { buildEvents } from './build-events.ts';
import { decodeArticleBytes } from './decode.ts';
import { type ExtractedArticle, type ExtractionContext, extractArticle } from './extract-article.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { hash } from './hash.ts';
import { linkUndatedEvents } from './link-undated-events.ts';
import { problem } from './problem.ts';

/** One file of the input folder as the reader found it. */
export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  size: number;
  /** null when the file was not read (too large, or the read failed: see `readError`). */
  bytes: Uint8Array | null;
  readError?: string;
}

export interface CorpusExtraction {
  corpus: Corpus;
  texts: Map<string, ArticleText>;
}

/** Where an article's text file lives, relative to the corpus file (the CLI and the build both write it there). */
export function articleTextUrl(articleId: string): string {
  return `texts/${articleId}.json`;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The whole pipeline over a set of files: decode, extract each article, merge reports of the same event.
 * Every file ends up as an article (placed on the timeline or unplaced with a reason) or as a problem.
 */
export function extractCorpus(
  files: InputFile[],
  context: ExtractionContext,
  cache: ExtractionCache = new ExtractionCache(),
): CorpusExtraction {
  const problems: Problem[] = [];
  const extracted: ExtractedArticle[] = [];
  const firstFileWithText = new Map<string, string>();

  for (const input of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (input.readError) {
      problems.push(problem(input.file, 'unreadable', 'error', `could not be read: ${input.readError}`));
      continue;
    }
    if (!input.bytes) {
      const mb = (input.size / 1024 / 1024).toFixed(1);
      problems.push(
        problem(
          input.file,
          'too-large',
          'error',
          `${mb} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one article: skipped`,
        ),
      );
      continue;
    }
    const decoded = decodeArticleBytes(input.bytes);
    if (!decoded.ok) {
      problems.push(problem(input.file, decoded.code, 'error', `${decoded.message}: skipped`));
      continue;
    }
    if (decoded.encoding !== 'utf-8') {
      problems.push(problem(input.file, 'encoding', 'info', `decoded as ${decoded.encoding}`));
    }
    const id = `a-${hash(input.file)}`;
    const key = `${input.file}:${hash(decoded.text)}`;
    let article = cache.get(key);
    if (!article) {
      article = extractArticle(id, input.file, decoded.text, context);
      cache.set(key, article);
    }
    const fingerprint = hash(article.text.text.replace(/\s+/g, ' ').trim());
    const original = firstFileWithText.get(fingerprint);
    if (original) {
      const reason = `the same text as ${original}`;
      problems.push(
        problem(input.file, 'duplicate', 'warning', `${reason}: listed once, not as a second source`),
      );
      const duplicate = { ...article.article, unplacedReason: reason, unplacedCode: 'duplicate' as const };
      extracted.push({ ...article, article: duplicate, event: null });
      continue;
    }
    firstFileWithText.set(fingerprint, input.file);
    extracted.push(article);
  }

  const refs = extracted.flatMap(({ article, event }) =>
    event ? [{ articleId: article.id, published: article.published, event }] : [],
  );
  const recalled = extracted.flatMap(({ article, recalled }) =>
    recalled.map((r) => ({ articleId: article.id, recalled: r })),
  );
  const events = linkUndatedEvents(buildEvents(refs, context.gazetteer), recalled).sort(compareEvents);
  const fileOf = new Map(extracted.map(({ article }) => [article.id, article.file]));
  for (const event of events.filter((e) => e.date === null)) {
    for (const id of event.articleIds) {
      problems.push(
        problem(fileOf.get(id) ?? id, 'undated', 'info', 'no date found: the event is listed as undated'),
      );
    }
  }
  const eventIdsByArticle = new Map<string, string[]>();
  for (const event of events) {
    for (const id of event.articleIds) {
      const ids = eventIdsByArticle.get(id);
      if (ids) ids.push(event.id);
      else eventIdsByArticle.set(id, [event.id]);
    }
  }
  const articles: Article[] = extracted.map(({ article }) => ({
    ...article,
    eventIds: eventIdsByArticle.get(article.id) ?? [],
    textUrl: articleTextUrl(article.id),
  }));
  const texts = new Map(extracted.map(({ text }) => [text.id, text]));
  return {
    corpus: {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: context.now.toISOString(),
      articles,
      events,
      problems,
    },
    texts,
  };
}

function compareEvents(a: { date: { start: string } | null; id: string }, b: typeof a): number {
  return (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') || a.id.localeCompare(b.id);
}
