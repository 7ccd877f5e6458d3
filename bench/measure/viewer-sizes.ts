import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type ArticleText, type Corpus, corpus as corpusSchema } from '#schema';
import { toViewerFiles } from '../../src/pipeline/timeline-index.ts';

/** What the viewer downloads for a corpus: the index first, each article's text (with evidence) on demand. */
export interface ViewerSizes {
  indexBytes: number;
  indexGzipBytes: number;
  textFiles: number;
  /** Each text file gzipped on its own, as a web server sends it, summed. */
  textGzipBytes: number;
}

/** The files the app's build publishes for a corpus written by the CLI (the same `toViewerFiles`). */
export function measureViewerSizes(corpusFile: string): ViewerSizes {
  const corpus: Corpus = corpusSchema.parse(JSON.parse(readFileSync(corpusFile, 'utf8')));
  const texts = new Map<string, ArticleText>();
  for (const article of corpus.articles) {
    if (!article.textUrl) continue;
    const file = path.resolve(path.dirname(corpusFile), article.textUrl);
    texts.set(article.id, JSON.parse(readFileSync(file, 'utf8')) as ArticleText);
  }
  const viewer = toViewerFiles(corpus, texts);
  const index = Buffer.from(JSON.stringify(viewer.index));
  let textGzipBytes = 0;
  for (const text of viewer.texts.values()) textGzipBytes += gzipSync(JSON.stringify(text)).length;
  return {
    indexBytes: index.length,
    indexGzipBytes: gzipSync(index).length,
    textFiles: viewer.texts.size,
    textGzipBytes,
  };
}
