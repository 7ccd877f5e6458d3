import type { Corpus } from '#schema';

/** The one-line account of a run that the CLI and the build print. */
export function summarise(
  filesRead: number,
  corpus: Pick<Corpus, 'problems'> & { articles: Array<{ eventIds: unknown[] }>; events: { length: number } },
  milliseconds: number,
): string {
  const placed = corpus.articles.filter((a) => a.eventIds.length > 0).length;
  const unplaced = corpus.articles.length - placed;
  const errors = corpus.problems.filter((p) => p.severity !== 'info').length;
  return [
    `${filesRead} files read`,
    `${placed} articles placed`,
    `${unplaced} unplaced`,
    `${corpus.events.length} events`,
    `${errors} problems`,
    `${(milliseconds / 1000).toFixed(2)} s`,
  ].join(', ');
}
