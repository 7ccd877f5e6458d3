import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleText, Corpus } from '#schema';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from './dates/create-date-parsers.ts';
import type { ExtractedArticle, ExtractionContext } from './extract-article.ts';
import { extractCorpus } from './extract-corpus.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { hash } from './hash.ts';
import { readFolder } from './read-folder.ts';
import { summarise } from './summary.ts';

export interface ExtractionResult {
  corpus: Corpus;
  texts: Map<string, ArticleText>;
  summary: string;
}

export interface ExtractFolderOptions {
  now?: Date;
  /** The gazetteer's indexes and the date parsers, built once by a caller that extracts again and again. */
  tools?: Pick<ExtractionContext, 'gazetteer' | 'dateParsers'>;
  /** Kept across calls by a long-running caller (the dev server). */
  cache?: ExtractionCache;
  /** A folder where the CLI keeps results between runs. */
  cacheDir?: string;
}

/** Reads a folder and runs the pipeline over it: what the CLI and the Vite plugin both call. */
export function extractFolder(dir: string, options: ExtractFolderOptions = {}): ExtractionResult {
  const started = performance.now();
  const now = options.now ?? new Date();
  const files = readFolder(dir);
  const stored = options.cacheDir ? readCacheFile(options.cacheDir, now) : undefined;
  const cache = options.cache ?? stored ?? new ExtractionCache();
  cache.nextRun();
  const tools = options.tools ?? { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
  const context = { ...tools, now };
  const { corpus, texts } = extractCorpus(files, context, cache);
  if (options.cacheDir && cache.dirty) writeCacheFile(options.cacheDir, now, cache);
  return { corpus, texts, summary: summarise(files.length, corpus, performance.now() - started) };
}

const CACHE_FILE = 'extracted-articles.json';

// Cached results are only as good as the code and data that made them: the version is a hash of the
// pipeline's and the gazetteer's sources, plus the year that bounds plausible dates.
function cacheVersion(now: Date): string {
  const roots = ['.', '../gazetteer', '../schema'].map((d) => path.resolve(import.meta.dirname, d));
  const sources = roots.flatMap((root) =>
    existsSync(root)
      ? readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name) && !e.name.endsWith('.test.ts'))
          .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
      : [],
  );
  return hash(`${now.getUTCFullYear()}\n${sources.join('\n')}`);
}

function readCacheFile(dir: string, now: Date): ExtractionCache | undefined {
  const file = path.join(dir, CACHE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      version: string;
      entries: Array<[string, ExtractedArticle]>;
    };
    return stored.version === cacheVersion(now) ? new ExtractionCache(stored.entries) : undefined;
  } catch {
    // A damaged cache is a cache miss, not an error.
    return undefined;
  }
}

function writeCacheFile(dir: string, now: Date, cache: ExtractionCache): void {
  mkdirSync(dir, { recursive: true });
  const content = JSON.stringify({ version: cacheVersion(now), entries: cache.usedEntries() });
  writeFileSync(path.join(dir, CACHE_FILE), content);
}
