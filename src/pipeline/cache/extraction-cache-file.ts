import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { ArticleText } from '#schema';
import type { ArticleEvent, ExtractedArticle } from '../article/extract-article.ts';
import type { RecalledEvent } from '../article/find-recalled-events.ts';
import { MergedEvent } from '../corpus/merged-event.ts';
import { isAlive } from '../node/run-lock.ts';
import { type ArticleListing, type CachedFile, ExtractionCache } from './extraction-cache.ts';
import {
  packSections,
  readRange,
  readSection,
  type Section,
  sectionTable,
  unpackSections,
} from './sectioned-file.ts';

// Entries are spread over this many files by their key, so that a run after one file changed rewrites a
// few small files rather than the whole cache.
const SHARDS = 64;
const SHARD_FILE = /^(files|events)-\d\d\.v8$/;
// Written aside by a run (its pid in the name) and renamed over the shard.
const TEMPORARY_FILE = /^(files|events)-\d\d\.v8\.(\d+)\.tmp$/;

/**
 * A part of the cache failed its checksum when a run came to read it (only the entries are checked on
 * reading the folder; the rest is checked when it is read, if ever). The caller runs again without the cache.
 */
export class CacheDamagedError extends Error {
  constructor(dir: string, what: string) {
    super(`the extraction cache in ${dir} is damaged (${what})`);
    this.name = 'CacheDamagedError';
  }
}

/** One file's entry: its path, what every run reads of it as JSON, and the article's JSON. */
type StoredFile = [file: string, head: string, article: string];
/** One file's article event (as JSON) or text: most of a shard's bytes, read only when asked for. */
type StoredPart = [file: string, part: string];
/** One merged event: the sources it was merged from, its id, first day and articles, and its JSON (UTF-8). */
type StoredEvent = [
  sources: string,
  id: string,
  start: string | null,
  articleIds: string[],
  json: Uint8Array,
];
/** A merged event as its shard lists it: its JSON's length in place of the JSON. */
type ListedEvent = [sources: string, id: string, start: string | null, articleIds: string[], length: number];

type Kind = 'files' | 'events';
type PartKind = 'reports' | 'texts';

interface Shard<T> {
  version: string;
  /** Made anew at each write of the shard: parts read later must carry the same. */
  token: string;
  entries: T[];
}

type StoredHead = Omit<CachedFile, 'result' | 'listing'> & { listing: Omit<ArticleListing, 'json'> };

/**
 * The CLI's cache folder: an ExtractionCache kept in files between runs. A re-run reads what every run
 * needs of each file (its stamp, hashes, listing) and leaves the rest unparsed until something asks for
 * it: the article's whole event when its group is merged again, its text when it is written or its shard
 * rewritten. Merged events are kept as the JSON they are written out as. Each shard is one file, written
 * aside and renamed, so a run stopped half-way leaves the previous shard whole. Each entry read keeps what
 * it was read from, so rewriting a shard serialises only its changed entries.
 */
export class ExtractionCacheFile {
  // A Map, not a WeakMap: the entries live as long as the run anyway, and 18,000 weak keys made every
  // garbage collection of a re-run walk them as ephemerons.
  private readonly stored = new Map<CachedFile | MergedEvent, StoredFile | StoredEvent>();
  /** How many entries each shard held when read. */
  private readonly readCounts: Record<Kind, number[]> = {
    files: new Array<number>(SHARDS).fill(0),
    events: new Array<number>(SHARDS).fill(0),
  };
  /** Where each files shard's events and texts lie, with the token of the write that put them there. */
  private readonly partSections = new Map<
    number,
    { token: string; sums: Record<PartKind, number> } & Record<PartKind, Section>
  >();
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
      // Only the entries: their events and texts, most of the file, are read if asked for.
      const { entries, token, sections, sums } = this.readShardHead<StoredFile>(shard);
      const [reports, texts] = sections;
      if (reports && texts) {
        this.partSections.set(shard, {
          token,
          reports,
          texts,
          sums: { reports: sums[0] ?? 0, texts: sums[1] ?? 0 },
        });
      }
      for (const entry of entries) {
        const file = this.fileEntry(shard, entry);
        this.stored.set(file, entry);
        files.push([entry[0], file]);
      }
      this.readCounts.files[shard] = entries.length;
    }
    for (let shard = 0; shard < SHARDS; shard++) {
      const { entries, json } = this.readEventShard(shard);
      let offset = 0;
      for (const [sources, id, start, articleIds, length] of entries) {
        const entry: StoredEvent = [sources, id, start, articleIds, json.subarray(offset, offset + length)];
        offset += length;
        const event = MergedEvent.fromJson(id, start, articleIds, entry[4]);
        this.stored.set(event, entry);
        events.push([sources, event]);
      }
      this.readCounts.events[shard] = entries.length;
    }
    return new ExtractionCache(files, events);
  }

  /** Rewrites the shards whose entries this run added, replaced or dropped. */
  write(cache: ExtractionCache): void {
    mkdirSync(this.dir, { recursive: true });
    this.removeUnused();
    this.writeChanged('files', cache.usedEntries(), (shard, used) => {
      const files = used.map(([file, entry]): StoredFile => {
        const stored = this.stored.get(entry) as StoredFile | undefined;
        return stored ?? [file, JSON.stringify(headOf(entry)), entry.listing.json];
      });
      const reports = used.map(([file, entry]): StoredPart => [file, JSON.stringify(entry.result.event)]);
      const texts = used.map(([file, entry]): StoredPart => [file, entry.result.text.text]);
      const token = randomBytes(6).toString('hex');
      const parts = [reports, texts].map((entries) => serialize({ token, entries }));
      this.writeShard('files', shard, files, parts, token);
    });
    this.writeChanged('events', cache.usedMergedEvents(), (shard, used) => {
      const events = used.map(([sources, event]): StoredEvent => {
        const stored = this.stored.get(event) as StoredEvent | undefined;
        return stored ?? [sources, event.id, event.start, [...event.articleIds], event.json];
      });
      const listed = events.map(
        ([sources, id, start, ids, json]): ListedEvent => [sources, id, start, ids, json.length],
      );
      // One buffer of JSON per shard: reading one per event cost an allocation each.
      this.writeShard('events', shard, listed, [Buffer.concat(events.map((e) => e[4]))]);
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
      parts = new Map(this.readPart(kind, shard));
      this.parts[kind].set(shard, parts);
    }
    const part = parts.get(file);
    // The entries and their parts are written in one file, so only a damaged file can get here.
    if (part === undefined) throw new CacheDamagedError(this.dir, `no ${kind} for ${file}`);
    return part;
  }

  private readPart(kind: PartKind, shard: number): StoredPart[] {
    const sections = this.partSections.get(shard);
    if (!sections) return [];
    const bytes = readRange(this.shardFile('files', shard), sections[kind]);
    if (crc32(bytes) !== sections.sums[kind]) {
      throw new CacheDamagedError(this.dir, `the ${kind} of files shard ${shard} fail their checksum`);
    }
    const stored = deserialize(bytes) as Omit<Shard<StoredPart>, 'version'>;
    if (stored.token !== sections.token) {
      throw new Error(
        `another run rewrote the extraction cache in ${this.dir} while this one read it: run again`,
      );
    }
    return stored.entries;
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

  /**
   * A files shard's entries, where its other sections lie and their checksums. A shard that is missing, cut
   * short, damaged (its entries fail their checksum) or made by other code counts as empty.
   */
  private readShardHead<T>(shard: number): {
    entries: T[];
    token: string;
    sections: Section[];
    sums: number[];
  } {
    let fd: number | undefined;
    try {
      fd = openSync(this.shardFile('files', shard), 'r');
      const [sumsSection, head, ...sections] = sectionTable(fd);
      const [headSum, ...sums] = checksumsOf(readSection(fd, sumsSection), 3);
      const headBytes = readSection(fd, head);
      if (crc32(headBytes) !== headSum) throw new Error('damaged');
      const stored = deserialize(headBytes) as Shard<T>;
      if (stored.version !== this.version || sections.length !== 2) throw new Error('made by other code');
      return { entries: stored.entries, token: stored.token, sections, sums };
    } catch {
      // No cache yet, or a damaged one: a cache miss, not an error.
      return { entries: [], token: '', sections: [], sums: [] };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** An events shard's entries and their JSON, one after another (a damaged shard counts as empty). */
  private readEventShard(shard: number): { entries: ListedEvent[]; json: Uint8Array } {
    try {
      const [sums, head, json] = unpackSections(readFileSync(this.shardFile('events', shard)));
      const [headSum, jsonSum] = checksumsOf(sums ?? Buffer.alloc(0), 2);
      if (!head || !json || crc32(head) !== headSum || crc32(json) !== jsonSum) throw new Error('damaged');
      const stored = deserialize(head) as Shard<ListedEvent>;
      if (stored.version !== this.version) throw new Error('made by other code');
      return { entries: stored.entries, json };
    } catch {
      return { entries: [], json: new Uint8Array() };
    }
  }

  private writeShard<T>(kind: Kind, shard: number, entries: T[], sections: Uint8Array[], token = ''): void {
    const target = this.shardFile(kind, shard);
    // Named by process, so that two runs sharing the folder never rename each other's half-written file.
    const aside = `${target}.${process.pid}.tmp`;
    const head = serialize({ version: this.version, token, entries } satisfies Shard<T>);
    const sums = Buffer.alloc(4 * (sections.length + 1));
    [head, ...sections].forEach((section, i) => {
      sums.writeUInt32LE(crc32(section), 4 * i);
    });
    writeFileSync(aside, packSections([sums, head, ...sections]));
    renameSync(aside, target);
  }

  /**
   * Shards of an older layout of the cache, which would otherwise stay in the folder for good, and shards a
   * run that died left half-written (a run holds the folder's lock, so no live run is writing one).
   */
  private removeUnused(): void {
    for (const name of readdirSync(this.dir)) {
      const pid = Number(TEMPORARY_FILE.exec(name)?.[2]);
      const stale = (name.endsWith('.v8') && !SHARD_FILE.test(name)) || (pid && !isAlive(pid));
      if (stale) rmSync(path.join(this.dir, name), { force: true });
    }
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

/** Every shard of a cache folder gone: what a run does before running again without a damaged cache. */
export function clearExtractionCache(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (SHARD_FILE.test(name)) rmSync(path.join(dir, name), { force: true });
  }
}

/** The checksums at the head of a shard: one CRC-32 per section after it. */
function checksumsOf(bytes: Buffer, count: number): number[] {
  if (bytes.length !== 4 * count) throw new Error('a shard without its checksums');
  return Array.from({ length: count }, (_, i) => bytes.readUInt32LE(4 * i));
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
