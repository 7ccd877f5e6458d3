import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ExtractedArticle } from './extract-article.ts';
import { type CachedFile, ExtractionCache } from './extraction-cache.ts';

// Entries are spread over this many files by their path, so that a run after one file changed rewrites
// one small file rather than the whole cache.
const SHARDS = 64;

/** One stored entry: the file, its results as JSON without the article's text, and the text. */
type StoredEntry = [file: string, json: string, text: string];

interface Shard {
  version: string;
  entries: StoredEntry[];
}

/**
 * The CLI's cache folder: an ExtractionCache kept in files between runs. Each entry read keeps the JSON
 * it was read from, so that rewriting a shard serialises only its changed entries; the texts are stored
 * beside the JSON as plain strings, which V8 reads back without parsing.
 */
export class ExtractionCacheFile {
  private readonly storedJson = new WeakMap<CachedFile, string>();
  /** How many entries each shard held when read. */
  private readonly readCounts = new Array<number>(SHARDS).fill(0);

  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  /** The stored cache (shards that are missing, damaged or made by other code count as empty). */
  read(): ExtractionCache {
    const entries: Array<[string, CachedFile]> = [];
    for (let shard = 0; shard < SHARDS; shard++) {
      let stored: Shard;
      try {
        stored = deserialize(readFileSync(this.shardFile(shard))) as Shard;
      } catch {
        // No cache yet, or a damaged one: a cache miss, not an error.
        continue;
      }
      if (stored.version !== this.version) continue;
      for (const [file, json, text] of stored.entries) {
        const entry = JSON.parse(json) as CachedFile;
        const { article } = entry.result;
        entry.result.text = { id: article.id, lang: article.lang, text };
        this.storedJson.set(entry, json);
        entries.push([file, entry]);
      }
      this.readCounts[shard] = stored.entries.length;
    }
    return new ExtractionCache(entries);
  }

  /** Rewrites the shards whose entries this run added, replaced or dropped. */
  write(cache: ExtractionCache): void {
    const shards = Array.from({ length: SHARDS }, () => [] as Array<[string, CachedFile]>);
    for (const [file, entry] of cache.usedEntries()) shards[shardOf(file)]?.push([file, entry]);
    mkdirSync(this.dir, { recursive: true });
    shards.forEach((used, shard) => {
      const unchanged =
        used.length === this.readCounts[shard] && used.every(([, entry]) => this.storedJson.has(entry));
      if (unchanged) return;
      const entries = used.map(([file, entry]): StoredEntry => {
        const json = this.storedJson.get(entry) ?? JSON.stringify(withoutText(entry));
        return [file, json, entry.result.text.text];
      });
      // Written aside and renamed: a run stopped half-way leaves the previous shard, not a damaged one.
      const target = this.shardFile(shard);
      writeFileSync(`${target}.tmp`, serialize({ version: this.version, entries } satisfies Shard));
      renameSync(`${target}.tmp`, target);
    });
  }

  private shardFile(shard: number): string {
    return path.join(this.dir, `extracted-articles-${String(shard).padStart(2, '0')}.v8`);
  }
}

/** FNV-1a of the path: stable across runs and platforms, and cheap for thousands of paths. */
function shardOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

function withoutText(entry: CachedFile): Omit<CachedFile, 'result'> & {
  result: Omit<ExtractedArticle, 'text'>;
} {
  const { text: _text, ...result } = entry.result;
  return { ...entry, result };
}
