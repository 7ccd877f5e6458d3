import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import { writeLongArticle } from '../corpus/long-article.ts';
import type { Language } from '../corpus/page-chrome.ts';
import { prepareCli, runExtraction } from './extraction.ts';
import { type Spread, spread } from './stats.ts';

export const LONG_ARTICLE_BYTES = 4 * 2 ** 20;
// Far above the target: a run that would take minutes (as a quadratic stage does) is stopped, not waited for.
const TIMEOUT_SECONDS = 60;

export interface LongArticleExtraction {
  language: Language;
  bytes: number;
  /** The CLI's summary line time: reading and extracting the one file. */
  pipelineSeconds: Spread;
  wallSeconds: Spread;
  summary: string;
}

/** One article of 4 MiB per language, each extracted alone by the CLI, as a user would drop it in. */
export function measureLongArticles(data: GazetteerData, dir: string, runs: number): LongArticleExtraction[] {
  prepareCli();
  return (['en', 'ru'] as const).map((language) => {
    const input = path.join(dir, language);
    rmSync(input, { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    writeFileSync(path.join(input, 'digest.txt'), writeLongArticle(data, LONG_ARTICLE_BYTES, language, 1));
    const results = [];
    for (let i = 0; i < runs; i++) {
      const run = runExtraction(input, path.join(dir, 'corpus.json'), [], TIMEOUT_SECONDS);
      results.push(run);
      if (Number.isNaN(run.wallSeconds)) break;
    }
    return {
      language,
      bytes: LONG_ARTICLE_BYTES,
      pipelineSeconds: spread(results.map((r) => r.pipelineSeconds)),
      wallSeconds: spread(results.map((r) => r.wallSeconds)),
      summary: results.at(-1)?.summary ?? '',
    };
  });
}
