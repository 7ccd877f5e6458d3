import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineIndex, viewerArticleText } from '#schema';
import { extractFolder } from '../node/extract-folder.ts';
import { toViewerFiles } from './timeline-index.ts';

const seeds = path.resolve(import.meta.dirname, '../../../seeds');

describe('toViewerFiles', () => {
  const { corpus, texts } = extractFolder(seeds, { now: new Date('2026-11-23T12:00:00Z') });
  const { index, texts: viewerTexts } = toViewerFiles(corpus, texts);

  it('keeps every event fact in the index but no evidence, and both files validate', () => {
    expect(timelineIndex.safeParse(index).success).toBe(true);
    expect(index.events).toEqual(corpus.events.map(({ evidence: _evidence, ...event }) => event));
    expect(index.events.some((event) => 'evidence' in event)).toBe(false);
    for (const text of viewerTexts.values()) expect(viewerArticleText.safeParse(text).success).toBe(true);
  });

  it('moves each evidence span into the text file of its article, with its event', () => {
    const inCorpus = corpus.events.flatMap((event) =>
      event.evidence.map(({ fact, articleId, start, end }) => [event.id, fact, articleId, start, end]),
    );
    const inTexts = [...viewerTexts.values()].flatMap((text) =>
      text.evidence.map(({ eventId, fact, start, end }) => [eventId, fact, text.id, start, end]),
    );
    expect(inCorpus.length).toBeGreaterThan(0);
    // Each span exactly once: none lost, none copied into a second text.
    expect(inTexts.map(String).sort()).toEqual(inCorpus.map(String).sort());
    // The spans still cut the sentence the pipeline quoted out of the stored text.
    for (const event of corpus.events) {
      for (const span of event.evidence) {
        const text = viewerTexts.get(span.articleId)?.text ?? '';
        expect(text.slice(span.start, span.end)).toBe(span.quote);
      }
    }
  });
});
