import type { ExtractedArticle } from './extract-article.ts';

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
  /** Hash of the article's text with spaces collapsed: files with the same text are one article. */
  fingerprint: string;
  /** Hash of the article's text as it is: a writer of text files skips those whose hash it wrote before. */
  textHash: string;
  result: ExtractedArticle;
}

/**
 * Results of `extractArticle` kept between runs, by file: a file whose stamp has not changed is not read
 * again, one whose bytes have not changed is not extracted again, so a re-run after one file changed
 * reads and extracts only that file. The store behind it is the caller's (memory in the dev server, a file
 * for the CLI).
 */
export class ExtractionCache {
  private readonly entries: Map<string, CachedFile>;
  private readonly used = new Set<string>();

  constructor(entries: Iterable<[string, CachedFile]> = []) {
    this.entries = new Map(entries);
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

  /** The entries this run used: what a store keeps, so that deleted files do not linger in it. */
  usedEntries(): Array<[string, CachedFile]> {
    return [...this.entries].filter(([file]) => this.used.has(file));
  }

  /** Starts a new run over the same entries (the dev server keeps one cache across re-extractions). */
  nextRun(): void {
    this.used.clear();
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}
