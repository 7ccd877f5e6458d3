import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { gazetteerData, loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../article/dates/create-date-parsers.ts';
import type { ExtractionContext } from '../article/extract-article.ts';
import { ExtractionCache } from '../cache/extraction-cache.ts';
import {
  CacheDamagedError,
  clearExtractionCache,
  ExtractionCacheFile,
} from '../cache/extraction-cache-file.ts';
import { readStoredGazetteer, writeStoredGazetteer } from '../cache/gazetteer-file.ts';
import { hash } from '../cache/hash.ts';
import { type CorpusExtraction, type ExtractCorpusOptions, extractCorpus } from '../corpus/extract-corpus.ts';
import { summarise } from '../output/summary.ts';
import { readFolder } from './read-folder.ts';
import { takeRunLock } from './run-lock.ts';

/** The extraction, and the one-line account of it that the CLI and the build print. */
export type ExtractionResult = CorpusExtraction & { summary: string };

export interface ExtractFolderOptions extends ExtractCorpusOptions {
  now?: Date;
  /** The gazetteer's indexes and the date parsers, built once by a caller that extracts again and again. */
  tools?: Pick<ExtractionContext, 'gazetteer' | 'dateParsers'>;
  /** Kept across calls by a long-running caller (the dev server). */
  cache?: ExtractionCache;
  /** A folder where the CLI keeps results between runs; a second run on it at the same time stops. */
  cacheDir?: string;
  /** Paths under the folder that are never articles: the run's own output and cache. */
  exclude?: string[];
}

/** Reads a folder and runs the pipeline over it: what the CLI and the Vite plugin both call. */
export function extractFolder(dir: string, options: ExtractFolderOptions = {}): ExtractionResult {
  const started = performance.now();
  const now = options.now ?? new Date();
  let release: (() => void) | undefined;
  if (options.cacheDir) {
    mkdirSync(options.cacheDir, { recursive: true });
    release = takeRunLock(path.join(options.cacheDir, 'run.lock'));
  }
  try {
    const exclude = [...(options.exclude ?? []), ...(options.cacheDir ? [options.cacheDir] : [])];
    const listing = readFolder(dir, { exclude });
    const version = options.cacheDir ? cacheVersion(now) : '';
    const tools = options.tools ?? {
      gazetteer: gazetteerFor(options.cacheDir, version),
      dateParsers: createDateParsers(),
    };
    const run = (store: ExtractionCacheFile | undefined, cache: ExtractionCache) => {
      cache.nextRun();
      const extraction = extractCorpus(listing.files, { ...tools, now }, cache, {
        ...(options.fileBudgetMs !== undefined ? { fileBudgetMs: options.fileBudgetMs } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.previousIds ? { previousIds: options.previousIds } : {}),
      });
      // The store rewrites only the shards whose entries changed, so nothing is written when none did.
      store?.write(cache);
      return extraction;
    };
    const store = options.cacheDir ? new ExtractionCacheFile(options.cacheDir, version) : undefined;
    let extraction: CorpusExtraction;
    try {
      extraction = run(store, options.cache ?? store?.read() ?? new ExtractionCache());
    } catch (error) {
      // A part of the cache failed its checksum when it was needed: the run is made again without it.
      if (!(error instanceof CacheDamagedError) || !options.cacheDir) throw error;
      clearExtractionCache(options.cacheDir);
      extraction = run(new ExtractionCacheFile(options.cacheDir, version), new ExtractionCache());
    }
    extraction.problems.unshift(...listing.problems);
    const summary = summarise(listing.files.length, extraction, performance.now() - started);
    return Object.assign(extraction, { summary });
  } finally {
    release?.();
  }
}

/** The gazetteer, as an earlier run of this version built it when the cache folder holds that. */
function gazetteerFor(cacheDir: string | undefined, version: string): Gazetteer {
  if (!cacheDir) return loadGazetteer();
  const stored = readStoredGazetteer(cacheDir, version);
  if (stored) return new Gazetteer(stored.data, stored);
  const gazetteer = new Gazetteer(gazetteerData());
  writeStoredGazetteer(cacheDir, version, gazetteer.stored());
  return gazetteer;
}

// Cached results are only as good as the code and data that made them: the version is a hash of the
// pipeline's, gazetteer's and schema's sources and of the locked package versions (chrono's parsers are
// ours too), plus the year that bounds plausible dates. The files are found from the package root, so the
// bundled CLI (bin/extract.mjs) hashes the same files as a run from source.
function cacheVersion(now: Date): string {
  const root = packageRoot(import.meta.dirname);
  const sources = ['src/pipeline', 'src/gazetteer', 'src/schema'].flatMap((folder) => {
    const dir = path.join(root, folder);
    return existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name) && !e.name.endsWith('.test.ts'))
          .map((e) => path.join(e.parentPath, e.name))
      : [];
  });
  const lock = path.join(root, 'package-lock.json');
  const files = [...sources.sort(), ...(existsSync(lock) ? [lock] : [])];
  return hash(`${now.getUTCFullYear()}\n${files.map((file) => readFileSync(file, 'utf8')).join('\n')}`);
}

function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
