import type { ArticleText } from '#schema';

/**
 * The articles' texts by id, each taken from where it is kept (a cache shard, for the CLI) only when it is
 * asked for: a re-run after one file changed writes one text and reads no others.
 */
export class ArticleTexts implements Iterable<[string, ArticleText]> {
  private readonly loaded = new Map<string, ArticleText>();

  constructor(
    private readonly sources: ReadonlyMap<string, () => ArticleText>,
    /** What tells one version of a text from another (language and content hash), by id. */
    readonly digests: ReadonlyMap<string, string> = new Map(),
  ) {}

  static of(texts: Iterable<ArticleText>): ArticleTexts {
    return new ArticleTexts(new Map([...texts].map((text) => [text.id, () => text])));
  }

  get size(): number {
    return this.sources.size;
  }

  ids(): Iterable<string> {
    return this.sources.keys();
  }

  get(id: string): ArticleText | undefined {
    let text = this.loaded.get(id);
    if (!text) {
      text = this.sources.get(id)?.();
      if (text) this.loaded.set(id, text);
    }
    return text;
  }

  *[Symbol.iterator](): Iterator<[string, ArticleText]> {
    for (const id of this.sources.keys()) {
      const text = this.get(id);
      if (text) yield [id, text];
    }
  }
}
