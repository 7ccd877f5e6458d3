import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MergedEvent } from '../corpus/merged-event.ts';
import { extractFolder } from '../node/extract-folder.ts';
import { type CachedFile, ExtractionCache, type FileStamp } from './extraction-cache.ts';
import { packSections, unpackSections } from './sectioned-file.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const now = new Date('2026-11-23T12:00:00Z');

class CountingCache extends ExtractionCache {
  private readonly results = new Set<unknown>();
  answeredByStamp = 0;
  eventsMerged = 0;
  /** Results stored: a result stored again under a new stamp is not a second extraction. */
  get extracted(): number {
    return this.results.size;
  }
  override set(file: string, entry: CachedFile): void {
    this.results.add(entry.result);
    super.set(file, entry);
  }
  override setMergedEvent(sources: string, event: MergedEvent): void {
    this.eventsMerged++;
    super.setMergedEvent(sources, event);
  }
  /** Entries and merged events held, used or not. */
  get held(): [number, number] {
    return [this.entries.size, this.merged.size];
  }
  override byStamp(file: string, stamp: FileStamp): CachedFile | undefined {
    const entry = super.byStamp(file, stamp);
    if (entry) this.answeredByStamp++;
    return entry;
  }
}

function seedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
  for (const name of ['000_62dff4deb4ed90d4.txt', '001_c21151932be9a4ed.txt', '002_eb48d51dffeef2e8.txt']) {
    writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'seeds', name)));
  }
  return dir;
}

// Files are trusted by their stamp only once they have been left alone for a few seconds.
function secondsLater(seconds: number): void {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + seconds * 1000 });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('incremental extraction', () => {
  it('a re-run after one file changed extracts only that file, with the same result as a fresh run', () => {
    const dir = seedCopy();
    const cache = new CountingCache();
    extractFolder(dir, { now, cache });
    expect(cache.extracted).toBe(3);
    const file = path.join(dir, '002_eb48d51dffeef2e8.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('30 августа', '31 августа'));
    const again = extractFolder(dir, { now, cache });
    expect(cache.extracted).toBe(4);
    const fresh = extractFolder(dir, { now });
    expect(again.corpus.events).toEqual(fresh.corpus.events);
    expect(again.corpus.events.some((e) => e.date?.start === '2025-08-31')).toBe(true);
  });

  it('knows a settled file by its size and times without reading it, and a just-written one by its bytes', () => {
    const dir = seedCopy();
    const cache = new CountingCache();
    extractFolder(dir, { now, cache });
    // Just written: read again, found by the hash of its bytes, stamped now that it has settled.
    secondsLater(10);
    extractFolder(dir, { now, cache });
    expect([cache.extracted, cache.answeredByStamp]).toEqual([3, 0]);
    secondsLater(20);
    const third = extractFolder(dir, { now, cache });
    expect([cache.extracted, cache.answeredByStamp]).toEqual([3, 3]);
    expect(third.corpus).toEqual(extractFolder(dir, { now }).corpus);
  });

  it('merges again only the events whose sources changed', () => {
    const dir = seedCopy();
    const cache = new CountingCache();
    // Two of the three articles report one meeting; the third reports talks and the summit they were held at.
    expect(extractFolder(dir, { now, cache }).corpus.events).toHaveLength(3);
    expect(cache.eventsMerged).toBe(3);
    const file = path.join(dir, '002_eb48d51dffeef2e8.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('30 августа', '31 августа'));
    extractFolder(dir, { now, cache });
    // The changed article's two events, not the meeting.
    expect(cache.eventsMerged).toBe(5);
  });

  it('lets go of deleted files and of events whose sources changed (the dev server keeps one cache)', () => {
    const dir = seedCopy();
    const cache = new CountingCache();
    extractFolder(dir, { now, cache });
    expect(cache.held).toEqual([3, 3]);
    const file = path.join(dir, '002_eb48d51dffeef2e8.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('30 августа', '31 августа'));
    rmSync(path.join(dir, '001_c21151932be9a4ed.txt'));
    extractFolder(dir, { now, cache });
    extractFolder(dir, { now, cache });
    expect(cache.held).toEqual([2, 3]);
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('keeps results in a cache folder between runs', { timeout: 30_000 }, () => {
    const dir = seedCopy();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    const first = extractFolder(dir, { now, cacheDir });
    type Shard = { version: string; entries: Array<[string, string, string]> };
    const shards = readdirSync(cacheDir)
      .filter((name) => name.startsWith('files-'))
      .map((name) => path.join(cacheDir, name));
    const stored = shards.map((file) => {
      const [, head, ...parts] = unpackSections(readFileSync(file));
      return { file, shard: deserialize(head ?? Buffer.alloc(0)) as Shard, parts };
    });
    expect(stored.flatMap(({ shard }) => shard.entries)).toHaveLength(3);
    expect(extractFolder(dir, { now, cacheDir }).corpus.events).toEqual(first.corpus.events);
    // Proof that the second run read the stored results rather than extracting again.
    const {
      file: shardFile,
      shard,
      parts,
    } = stored[0] ?? { file: '', shard: { version: '', entries: [] }, parts: [] };
    const [file, head, json] = shard.entries[0] ?? ['', '{}', '{}'];
    const article = JSON.parse(json) as CachedFile['result']['article'];
    article.title = 'from the cache';
    shard.entries[0] = [file, head, JSON.stringify(article)];
    // Rewritten as the cache writes it, checksums and all: a shard edited in place would count as damaged.
    const sections = [serialize(shard), ...parts];
    const sums = Buffer.alloc(4 * sections.length);
    sections.forEach((section, i) => {
      sums.writeUInt32LE(crc32(section), 4 * i);
    });
    writeFileSync(shardFile, packSections([sums, ...sections]));
    expect(extractFolder(dir, { now, cacheDir }).corpus.articles.map((a) => a.title)).toContain(
      'from the cache',
    );
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('writes from the cache folder the same JSON as a fresh run, through edits, removals and copies', {
    timeout: 30_000,
  }, () => {
    const dir = seedCopy();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    const expectSameAsFresh = () => {
      const json = extractFolder(dir, { now, cacheDir }).toJson().toString('utf8');
      expect(json).toBe(JSON.stringify(extractFolder(dir, { now }).corpus));
    };
    expectSameAsFresh();
    expectSameAsFresh();
    const edited = path.join(dir, '002_eb48d51dffeef2e8.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('30 августа', '31 августа'));
    expectSameAsFresh();
    // One of the two reports of the same meeting goes, then comes back under another name.
    const removed = path.join(dir, '001_c21151932be9a4ed.txt');
    const text = readFileSync(removed);
    rmSync(removed);
    expectSameAsFresh();
    writeFileSync(path.join(dir, 'zz-copy.txt'), readFileSync(path.join(dir, '000_62dff4deb4ed90d4.txt')));
    writeFileSync(path.join(dir, 'back.txt'), text);
    expectSameAsFresh();
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('rewrites only the part of the cache folder that holds a changed file', { timeout: 30_000 }, () => {
    const dir = seedCopy();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    extractFolder(dir, { now, cacheDir });
    const modified = () =>
      new Map(readdirSync(cacheDir).map((name) => [name, statSync(path.join(cacheDir, name)).mtimeMs]));
    const before = modified();
    const file = path.join(dir, '002_eb48d51dffeef2e8.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('30 августа', '31 августа'));
    extractFolder(dir, { now, cacheDir });
    const rewritten = [...modified()]
      .filter(([name, time]) => before.get(name) !== time)
      .map(([name]) => name);
    // The shard holding the file's entry, events and text; the shards of its two old events and two new ones.
    expect(rewritten.filter((n) => !n.startsWith('events-'))).toHaveLength(1);
    const eventShards = rewritten.filter((n) => n.startsWith('events-')).length;
    expect(eventShards).toBeGreaterThanOrEqual(1);
    expect(eventShards).toBeLessThanOrEqual(4);
  });

  it('removes the shards an older layout of the cache folder left there', () => {
    const dir = seedCopy();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    writeFileSync(path.join(cacheDir, 'extracted-articles-00.v8'), 'an older layout');
    extractFolder(dir, { now, cacheDir });
    const names = readdirSync(cacheDir);
    expect(names).not.toContain('extracted-articles-00.v8');
    expect(names.filter((name) => name.startsWith('files-')).length).toBeGreaterThan(0);
  });
});
