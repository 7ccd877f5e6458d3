import type { ExtractedArticle } from './extract-article.ts';

/**
 * Results of `extractArticle` kept between runs, keyed by the file's path and the hash of its bytes:
 * a re-run after one file changed extracts only that file. The store behind it is the caller's
 * (memory in the dev server, a file for the CLI).
 */
export class ExtractionCache {
  private readonly entries: Map<string, ExtractedArticle>;
  private readonly used = new Set<string>();
  private changed = false;

  constructor(entries: Iterable<[string, ExtractedArticle]> = []) {
    this.entries = new Map(entries);
  }

  get(key: string): ExtractedArticle | undefined {
    const entry = this.entries.get(key);
    if (entry) this.used.add(key);
    return entry;
  }

  set(key: string, value: ExtractedArticle): void {
    this.entries.set(key, value);
    this.used.add(key);
    this.changed = true;
  }

  /** Whether this run added entries or left some unused: then the store is worth rewriting. */
  get dirty(): boolean {
    return this.changed || this.used.size !== this.entries.size;
  }

  /** The entries this run used: what a store keeps, so that deleted files do not linger in it. */
  usedEntries(): Array<[string, ExtractedArticle]> {
    return [...this.entries].filter(([key]) => this.used.has(key));
  }

  /** Starts a new run over the same entries (the dev server keeps one cache across re-extractions). */
  nextRun(): void {
    this.used.clear();
    this.changed = false;
  }
}
