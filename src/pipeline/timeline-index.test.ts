import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus as corpusSchema } from '#schema';
import { extractFolder } from './extract-folder.ts';
import { toTimelineIndex } from './timeline-index.ts';

const seeds = path.resolve(import.meta.dirname, '../../seeds');

describe('toTimelineIndex', () => {
  it('keeps every event fact and evidence span, drops only the quotes, and stays a valid corpus', () => {
    const { corpus } = extractFolder(seeds, { now: new Date('2026-11-23T12:00:00Z') });
    const index = toTimelineIndex(corpus);
    expect(corpusSchema.safeParse(index).success).toBe(true);
    expect(index.events.map((e) => ({ ...e, evidence: [] }))).toEqual(
      corpus.events.map((e) => ({ ...e, evidence: [] })),
    );
    const spans = (c: typeof corpus) =>
      c.events.flatMap((e) =>
        e.evidence.map(({ fact, articleId, start, end }) => [fact, articleId, start, end]),
      );
    expect(spans(index)).toEqual(spans(corpus));
    expect(index.events.flatMap((e) => e.evidence).some((e) => 'quote' in e)).toBe(false);
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(corpus).length);
  });
});
