import type { ArticleText, Corpus } from '#schema';
import { SCHEMA_VERSION } from '#schema';

export interface ExtractionResult {
  corpus: Corpus;
  texts: Map<string, ArticleText>;
  summary: string;
}

// Placeholder until the pipeline lands: an empty corpus of the right shape.
export function extractFolder(_dir: string): ExtractionResult {
  return {
    corpus: { schemaVersion: SCHEMA_VERSION, generatedAt: new Date().toISOString(), articles: [], events: [], problems: [] },
    texts: new Map(),
    summary: 'placeholder',
  };
}
