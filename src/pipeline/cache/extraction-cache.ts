import type { ExtractedArticle } from '../article/extract-article.ts';
import type { RecalledEvent } from '../article/find-recalled-events.ts';
import type { MergedEventMemo } from '../corpus/build-events.ts';
import { type EventKey, eventKey as eventKeyOf } from '../corpus/merge-events.ts';
import type { MergedEvent } from '../corpus/merged-event.ts';

/**
 * What tells that a file has not changed without reading it: its size, modification and change times and
 * inode (the change time moves on every write, even one that restores the modification time, and a file
 * replaced by another gets a new inode).
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** One file's results, and what they were made from. */
export interface CachedFile {
  /** The file's stamp when it was listed; null when it was too fresh to vouch for its bytes (see read-folder). */
  stamp: FileStamp | null;
  /** Hash of the file's bytes. */
  bytesHash: string;
  /** The encoding the bytes were decoded from. */
  encoding: string;
  /** How many invalid byte sequences a UTF-8 file had, each read as U+FFFD (absent when none). */
  replacedBytes?: number;
  /** Hash of the article's text with spaces collapsed: files with the same text are one article. */
  fingerprint: string;
  /** Hash of the article's text as it is: a writer of text files skips those whose hash it wrote before. */
  textHash: string;
  listing: ArticleListing;
  /** Everything extracted; a store may read parts of it only when they are asked for. */
  result: ExtractedArticle;
}

/**
 * What every run needs of an article, whether or not it was extracted again: a re-run after one file
 * changed reads this of the other thousands, and nothing else.
 */
export interface ArticleListing {
  id: string;
  lang: string;
  published: string | null;
  /** Exactly `JSON.stringify(result.article)`: listed in the output as it is, neither parsed nor serialised. */
  json: string;
  /** What grouping compares of the article's event; null when it reports none. */
  eventKey: EventKey | null;
  /** The same of the events it reports alongside (ArticleEvent.alongside), in their order. */
  alongsideKeys: EventKey[];
  recalled: RecalledEvent[];
}

export function listingOf(result: ExtractedArticle): ArticleListing {
  const { id, lang, published } = result.article;
  const eventKey = result.event && eventKeyOf(result.event);
  const alongsideKeys = (result.event?.alongside ?? []).map(eventKeyOf);
  const json = JSON.stringify(result.article);
  return { id, lang, published, json, eventKey, alongsideKeys, recalled: result.recalled };
}

/**
 * Results of `extractArticle` kept between runs, by file: a file whose stamp has not changed is not read
 * again, one whose bytes have not changed is not extracted again, so a re-run after one file changed
 * reads and extracts only that file. Merged events are kept too, by the sources they were merged from, so
 * that only the events that file's article left or joined are merged again. The store behind it is the
 * caller's (memory in the dev server, a folder for the CLI).
 */
export class ExtractionCache implements MergedEventMemo {
  protected readonly entries: Map<string, CachedFile>;
  private readonly used = new Set<string>();
  protected readonly merged: Map<string, MergedEvent>;
  private readonly usedMerged = new Set<string>();
  /** Whether a run has used these entries yet (entries read from a store have not been used by any). */
  private ran = false;

  constructor(entries: Iterable<[string, CachedFile]> = [], merged: Iterable<[string, MergedEvent]> = []) {
    this.entries = new Map(entries);
    this.merged = new Map(merged);
  }

  /** The results for a file whose stamp is the one they were stored with. */
  byStamp(file: string, stamp: FileStamp): CachedFile | undefined {
    const entry = this.entries.get(file);
    if (!entry?.stamp || !sameStamp(entry.stamp, stamp)) return undefined;
    this.used.add(file);
    return entry;
  }

  /** The results for a file whose bytes hash as they did (touched, copied over or restored unchanged). */
  byBytes(file: string, bytesHash: string): CachedFile | undefined {
    const entry = this.entries.get(file);
    if (entry?.bytesHash !== bytesHash) return undefined;
    this.used.add(file);
    return entry;
  }

  set(file: string, entry: CachedFile): void {
    this.entries.set(file, entry);
    this.used.add(file);
  }

  mergedEvent(sources: string): MergedEvent | undefined {
    const event = this.merged.get(sources);
    if (event) this.usedMerged.add(sources);
    return event;
  }

  setMergedEvent(sources: string, event: MergedEvent): void {
    this.merged.set(sources, event);
    this.usedMerged.add(sources);
  }

  /** The entries this run used: what a store keeps, so that deleted files do not linger in it. */
  usedEntries(): Array<[string, CachedFile]> {
    return [...this.entries].filter(([file]) => this.used.has(file));
  }

  /** The merged events this run used (events whose sources changed are dropped). */
  usedMergedEvents(): Array<[string, MergedEvent]> {
    return [...this.merged].filter(([sources]) => this.usedMerged.has(sources));
  }

  /**
   * Starts a new run over the same entries (the dev server keeps one cache across re-extractions), first
   * dropping what the run before did not use: deleted files, events whose sources changed.
   */
  nextRun(): void {
    if (this.ran) {
      for (const file of this.entries.keys()) if (!this.used.has(file)) this.entries.delete(file);
      for (const sources of this.merged.keys())
        if (!this.usedMerged.has(sources)) this.merged.delete(sources);
    }
    this.ran = true;
    this.used.clear();
    this.usedMerged.clear();
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}
