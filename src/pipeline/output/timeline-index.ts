import type { ArticleText, Corpus, TimelineIndex, ViewerArticleText } from '#schema';

export interface ViewerFiles {
  index: TimelineIndex;
  texts: Map<string, ViewerArticleText>;
}

/**
 * The corpus as the viewer loads it: the index first (events without their evidence, so its size follows
 * the number of events, not the volume of article bodies), and each article's text with the evidence
 * spans that point into it, fetched when a reader opens that article.
 */
export function toViewerFiles(corpus: Corpus, texts: Iterable<[string, ArticleText]>): ViewerFiles {
  const evidenceByArticle = new Map<string, ViewerArticleText['evidence']>();
  for (const event of corpus.events) {
    for (const { articleId, fact, start, end } of event.evidence) {
      const spans = evidenceByArticle.get(articleId) ?? [];
      spans.push({ eventId: event.id, fact, start, end });
      evidenceByArticle.set(articleId, spans);
    }
  }
  const viewerTexts = new Map<string, ViewerArticleText>();
  for (const [id, text] of texts) {
    viewerTexts.set(id, { ...text, evidence: evidenceByArticle.get(id) ?? [] });
  }
  return {
    index: { ...corpus, events: corpus.events.map(({ evidence: _evidence, ...event }) => event) },
    texts: viewerTexts,
  };
}
