import type { Corpus } from '#schema';

/**
 * The corpus as the viewer downloads it first: everything the timeline, the filters and the facts need,
 * without what the detail pane can cut from the article text it loads on demand (evidence quotes are
 * most of a large corpus's weight).
 */
export function toTimelineIndex(corpus: Corpus): Corpus {
  return {
    ...corpus,
    events: corpus.events.map((event) => ({
      ...event,
      evidence: event.evidence.map(({ quote: _quote, ...span }) => span),
    })),
  };
}
