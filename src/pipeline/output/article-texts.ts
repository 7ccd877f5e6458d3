import type { ArticleText } from '#schema';

/** What tells one version of an article's text from another: its language and the hash of the text. */
export function textDigest(lang: string, textHash: string): string {
  return `${lang}:${textHash}`;
}

/**
 * The articles' texts by id, each taken from where it is kept (a cache shard, for the CLI) only when it is
 * asked for: a re-run after one file changed writes one text and reads no others.
 */
export class ArticleTexts implements Iterable<[string, ArticleText]> {
  constructor(
    private readonly sources: ReadonlyMap<string, () => ArticleText>,
    /** Each text's digest (`textDigest`), by id: what a writer compares with what it wrote before. */
    readonly digests: ReadonlyMap<string, string>,
  ) {}

  get(id: string): ArticleText | undefined {
    return this.sources.get(id)?.();
  }

  *[Symbol.iterator](): Iterator<[string, ArticleText]> {
    for (const [id, text] of this.sources) yield [id, text()];
  }
}
