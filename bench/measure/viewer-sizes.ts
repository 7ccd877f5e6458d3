import { gzipSync } from 'node:zlib';
import { readCorpusFile } from '../../src/pipeline/node/read-corpus-file.ts';
import { toViewerFiles } from '../../src/pipeline/output/timeline-index.ts';

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
  const { corpus, texts } = readCorpusFile(corpusFile);
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
