import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleText } from '#schema';
import type { ArticleEvent, ExtractedArticle } from './extract-article.ts';
import { type ArticleListing, type CachedFile, ExtractionCache } from './extraction-cache.ts';
import type { RecalledEvent } from './find-recalled-events.ts';
import { MergedEvent } from './merged-event.ts';

// Entries are spread over this many files by their key, so that a run after one file changed rewrites a
// few small files rather than the whole cache.
const SHARDS = 64;

/** One file's entry: its path, what every run reads of it as JSON, and the article's JSON. */
type StoredFile = [file: string, head: string, article: string];
/**
 * One file's article event (as JSON) or text, kept apart from its entry: most of a shard's bytes, which a
 * re-run reads only for the articles it merges again and the shards it rewrites.
 */
type StoredPart = [file: string, part: string];
/** One merged event: the sources it was merged from, its id, first day and articles, and its JSON (UTF-8). */
type StoredEvent = [
  sources: string,
  id: string,
  start: string | null,
  articleIds: string[],
  json: Uint8Array,
];

type Kind = 'files' | 'reports' | 'texts' | 'events';
type PartKind = 'reports' | 'texts';

interface Shard<T> {
  version: string;
  entries: T[];
  /** The merged events' JSON, one after another: one buffer to read, where one per event cost an allocation each. */
  json?: Uint8Array;
}

/** A merged event as its shard stores it: its JSON's length in place of the JSON. */
type PackedEvent = [sources: string, id: string, start: string | null, articleIds: string[], length: number];

type StoredHead = Omit<CachedFile, 'result' | 'listing'> & { listing: Omit<ArticleListing, 'json'> };

/**
 * The CLI's cache folder: an ExtractionCache kept in files between runs. A re-run reads what every run
 * needs of each file (its stamp, hashes, article and what grouping compares of its event) and leaves the
 * rest unread until something asks for it: the article's whole event when its group is merged again, its
 * text when a shard holding it is rewritten. Merged events are kept as the JSON they are written out as.
 * Each entry read keeps what it was read from, so rewriting a shard serialises only its changed entries.
 */
export class ExtractionCacheFile {
  private readonly stored = new WeakMap<CachedFile | MergedEvent, StoredFile | StoredEvent>();
  /** How many entries each shard held when read. */
  private readonly readCounts: Record<'files' | 'events', number[]> = {
    files: new Array<number>(SHARDS).fill(0),
    events: new Array<number>(SHARDS).fill(0),
  };
  /** The shards of events and texts read so far. */
  private readonly parts = {
    reports: new Map<number, Map<string, string>>(),
    texts: new Map<number, Map<string, string>>(),
  };

  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  /** The stored cache (shards that are missing, damaged or made by other code count as empty). */
  read(): ExtractionCache {
    const files: Array<[string, CachedFile]> = [];
    const events: Array<[string, MergedEvent]> = [];
    for (let shard = 0; shard < SHARDS; shard++) {
      const stored = this.readShard<StoredFile>('files', shard);
      for (const entry of stored) {
        const file = this.fileEntry(shard, entry);
        this.stored.set(file, entry);
        files.push([entry[0], file]);
      }
      this.readCounts.files[shard] = stored.length;
    }
    for (let shard = 0; shard < SHARDS; shard++) {
      const stored = unpackEvents(this.readStored<PackedEvent>('events', shard));
      for (const entry of stored) {
        const [sources, id, start, articleIds, json] = entry;
        const event = MergedEvent.fromJson(id, start, articleIds, json);
        this.stored.set(event, entry);
        events.push([sources, event]);
      }
      this.readCounts.events[shard] = stored.length;
    }
    return new ExtractionCache(files, events);
  }

  /** Rewrites the shards whose entries this run added, replaced or dropped. */
  write(cache: ExtractionCache): void {
    mkdirSync(this.dir, { recursive: true });
    this.writeChanged('files', cache.usedEntries(), (shard, used) => {
      // Parts first: a run stopped in between leaves parts for every entry the older shard lists.
      const reports = used.map(([file, entry]): StoredPart => [file, JSON.stringify(entry.result.event)]);
      this.writeShard('reports', shard, reports);
      this.writeShard<StoredPart>(
        'texts',
        shard,
        used.map(([file, entry]) => [file, entry.result.text.text]),
      );
      const files = used.map(([file, entry]): StoredFile => {
        const stored = this.stored.get(entry) as StoredFile | undefined;
        return stored ?? [file, JSON.stringify(headOf(entry)), entry.listing.json];
      });
      this.writeShard('files', shard, files);
    });
    this.writeChanged('events', cache.usedMergedEvents(), (shard, used) => {
      const events = used.map(([sources, event]): StoredEvent => {
        const stored = this.stored.get(event) as StoredEvent | undefined;
        return stored ?? [sources, event.id, event.start, [...event.articleIds], event.json];
      });
      const packed = events.map(
        ([sources, id, start, ids, json]): PackedEvent => [sources, id, start, ids, json.length],
      );
      this.writeShard('events', shard, packed, Buffer.concat(events.map((e) => e[4])));
    });
  }

  /** An entry whose article, event and text are parsed or read only when asked for. */
  private fileEntry(shard: number, [file, head, articleJson]: StoredFile): CachedFile {
    // Built by assignment on the parsed object, not by spreading: a re-run does this for every file.
    const entry = JSON.parse(head) as CachedFile;
    entry.listing.json = articleJson;
    entry.result = new StoredResult(entry.listing, (kind) => this.partOf(kind, shard, file));
    return entry;
  }

  private partOf(kind: PartKind, shard: number, file: string): string {
    let parts = this.parts[kind].get(shard);
    if (!parts) {
      parts = new Map(this.readShard<StoredPart>(kind, shard));
      this.parts[kind].set(shard, parts);
    }
    const part = parts.get(file);
    if (part === undefined) {
      throw new Error(
        `the extraction cache in ${this.dir} has lost the ${kind} of ${file}: delete the folder`,
      );
    }
    return part;
  }

  private writeChanged<V extends object>(
    kind: 'files' | 'events',
    entries: Array<[string, V]>,
    write: (shard: number, used: Array<[string, V]>) => void,
  ): void {
    const shards = Array.from({ length: SHARDS }, () => [] as Array<[string, V]>);
    for (const entry of entries) shards[shardOf(entry[0])]?.push(entry);
    shards.forEach((used, shard) => {
      const unchanged =
        used.length === this.readCounts[kind][shard] &&
        used.every(([, value]) => this.stored.has(value as CachedFile | MergedEvent));
      if (!unchanged) write(shard, used);
    });
  }

  private readShard<T>(kind: Kind, shard: number): T[] {
    return this.readStored<T>(kind, shard)?.entries ?? [];
  }

  /** A shard made by this version; missing, damaged or made by other code, it counts as empty. */
  private readStored<T>(kind: Kind, shard: number): Shard<T> | undefined {
    let stored: Shard<T>;
    try {
      stored = deserialize(readFileSync(this.shardFile(kind, shard))) as Shard<T>;
    } catch {
      // No cache yet, or a damaged one: a cache miss, not an error.
      return undefined;
    }
    return stored.version === this.version ? stored : undefined;
  }

  private writeShard<T>(kind: Kind, shard: number, entries: T[], json?: Uint8Array): void {
    // Written aside and renamed: a run stopped half-way leaves the previous shard, not a damaged one.
    const target = this.shardFile(kind, shard);
    const stored: Shard<T> = { version: this.version, entries, ...(json ? { json } : {}) };
    writeFileSync(`${target}.tmp`, serialize(stored));
    renameSync(`${target}.tmp`, target);
  }

  private shardFile(kind: Kind, shard: number): string {
    return path.join(this.dir, `${kind}-${String(shard).padStart(2, '0')}.v8`);
  }
}

/** A stored article's results: fields a re-run does not need are parsed or read when first asked for. */
class StoredResult implements ExtractedArticle {
  private parsedArticle: ExtractedArticle['article'] | undefined;
  private parsedEvent: ArticleEvent | null | undefined;
  private readText: ArticleText | undefined;

  constructor(
    private readonly listing: ArticleListing,
    private readonly partOf: (kind: PartKind) => string,
  ) {}

  get article(): ExtractedArticle['article'] {
    this.parsedArticle ??= JSON.parse(this.listing.json) as ExtractedArticle['article'];
    return this.parsedArticle;
  }

  get event(): ArticleEvent | null {
    if (this.parsedEvent === undefined)
      this.parsedEvent = JSON.parse(this.partOf('reports')) as ArticleEvent | null;
    return this.parsedEvent;
  }

  get recalled(): RecalledEvent[] {
    return this.listing.recalled;
  }

  get text(): ArticleText {
    this.readText ??= { id: this.listing.id, lang: this.listing.lang, text: this.partOf('texts') };
    return this.readText;
  }
}

/** The events of a shard, each with a view of its JSON in the shard's one buffer. */
function unpackEvents(stored: Shard<PackedEvent> | undefined): StoredEvent[] {
  const json = stored?.json ?? new Uint8Array();
  let offset = 0;
  return (stored?.entries ?? []).map(([sources, id, start, articleIds, length]) => {
    const view = json.subarray(offset, offset + length);
    offset += length;
    return [sources, id, start, articleIds, view];
  });
}

/** FNV-1a of the key: stable across runs and platforms, and cheap for thousands of keys. */
function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

function headOf({ result: _result, listing: { json: _json, ...listing }, ...entry }: CachedFile): StoredHead {
  return { ...entry, listing };
}
