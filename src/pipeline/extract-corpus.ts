import type { Article, ArticleText, Corpus, Problem } from '#schema';
import { SCHEMA_VERSION } from '#schema';
import { buildEvents } from './build-events.ts';
import { compareCodes } from './compare-codes.ts';
import { decodeArticleBytes } from './decode.ts';
import { type ExtractedArticle, type ExtractionContext, extractArticle } from './extract-article.ts';
import { type CachedFile, ExtractionCache, type FileStamp } from './extraction-cache.ts';
import { hash } from './hash.ts';
import { linkUndatedEvents } from './link-undated-events.ts';
import { problem } from './problem.ts';

/** One file of the input folder as the reader listed it. */
export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  size: number;
  /** Set when the file is settled enough for its stamp to vouch for its bytes (see read-folder). */
  stamp?: FileStamp;
  /** The file's bytes, read only when no cached result answers for the stamp; throws when unreadable. */
  read: () => Uint8Array;
}

export interface CorpusExtraction {
  corpus: Corpus;
  texts: Map<string, ArticleText>;
  /** Hash of each article's text (by article id): what changed since a previous run, without reading texts. */
  textHashes: Map<string, string>;
}

/** Where an article's text file lives, relative to the corpus file (the CLI and the build both write it there). */
export function articleTextUrl(articleId: string): string {
  return `texts/${articleId}.json`;
}

const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Files are taken in the reader's order, as `localeCompare` sorts their paths; one collator does it faster.
const FILE_ORDER = new Intl.Collator();

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
  const textHashes = new Map<string, string>();
  const firstFileWithText = new Map<string, string>();

  for (const input of [...files].sort((a, b) => FILE_ORDER.compare(a.file, b.file))) {
    if (input.size > MAX_FILE_BYTES) {
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
    const known = input.stamp && cache.byStamp(input.file, input.stamp);
    const cached = known || readAndExtract(input, context, cache, problems);
    if (!cached) continue;
    if (cached.encoding !== 'utf-8') {
      problems.push(problem(input.file, 'encoding', 'info', `decoded as ${cached.encoding}`));
    }
    const article = cached.result;
    textHashes.set(article.article.id, cached.textHash);
    const original = firstFileWithText.get(cached.fingerprint);
    if (original) {
      const reason = `the same text as ${original}`;
      problems.push(
        problem(input.file, 'duplicate', 'warning', `${reason}: listed once, not as a second source`),
      );
      const duplicate = { ...article.article, unplacedReason: reason, unplacedCode: 'duplicate' as const };
      extracted.push({ ...article, article: duplicate, event: null });
      continue;
    }
    firstFileWithText.set(cached.fingerprint, input.file);
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
    textHashes,
  };
}

/** Reads and decodes a file, and extracts its article unless the cache has it by the hash of its bytes. */
function readAndExtract(
  input: InputFile,
  context: ExtractionContext,
  cache: ExtractionCache,
  problems: Problem[],
): CachedFile | null {
  let bytes: Uint8Array;
  try {
    bytes = input.read();
  } catch (error) {
    problems.push(
      problem(input.file, 'unreadable', 'error', `could not be read: ${(error as Error).message}`),
    );
    return null;
  }
  const stamp = input.stamp ?? null;
  const bytesHash = hash(bytes);
  const unchanged = cache.byBytes(input.file, bytesHash);
  if (unchanged) {
    // Touched, or restored as it was: the results (decoding included) stand, under the new stamp. Only
    // files that decoded are ever cached, so a file that failed still reaches the decoder below.
    if (stamp) cache.set(input.file, { ...unchanged, stamp });
    return unchanged;
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    problems.push(problem(input.file, decoded.code, 'error', `${decoded.message}: skipped`));
    return null;
  }
  const result = extractArticle(`a-${hash(input.file)}`, input.file, decoded.text, context);
  const fingerprint = hash(result.text.text.replace(/\s+/g, ' ').trim());
  const textHash = hash(result.text.text);
  const entry = { stamp, bytesHash, encoding: decoded.encoding, fingerprint, textHash, result };
  cache.set(input.file, entry);
  return entry;
}

function compareEvents(a: { date: { start: string } | null; id: string }, b: typeof a): number {
  return compareCodes(a.date?.start ?? '9999', b.date?.start ?? '9999') || compareCodes(a.id, b.id);
}
