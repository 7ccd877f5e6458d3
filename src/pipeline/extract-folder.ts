import type { ArticleText, Corpus } from '#schema';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from './dates/create-date-parsers.ts';
import { extractCorpus } from './extract-corpus.ts';
import { readFolder } from './read-folder.ts';
import { summarise } from './summary.ts';

export interface ExtractionResult {
  corpus: Corpus;
  texts: Map<string, ArticleText>;
  summary: string;
}

/** Reads a folder and runs the pipeline over it: what the CLI and the Vite plugin both call. */
export function extractFolder(dir: string, now: Date = new Date()): ExtractionResult {
  const started = performance.now();
  const files = readFolder(dir);
  const context = { gazetteer: loadGazetteer(), dateParsers: createDateParsers(), now };
  const { corpus, texts } = extractCorpus(files, context);
  return { corpus, texts, summary: summarise(files.length, corpus, performance.now() - started) };
}
