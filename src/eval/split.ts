import { createHash } from 'node:crypto';
import type { GoldArticle } from './gold-format.ts';

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * The fixed split: by the hash of the article's story group (its URL when it stands alone), so the reports of
 * one event and their decoys always fall on the same side and merges can be scored on each side.
 */
export function splitOf(article: Pick<GoldArticle, 'group' | 'url'>): Split {
  const key = article.group ?? article.url;
  const first = Number.parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16);
  return first % 2 === 0 ? 'dev' : 'test';
}
