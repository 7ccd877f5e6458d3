import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from './extract-article.ts';
import { extractFolder } from './extract-folder.ts';
import { ExtractionCache } from './extraction-cache.ts';

const root = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-11-23T12:00:00Z');

class CountingCache extends ExtractionCache {
  extracted = 0;
  override set(key: string, value: ExtractedArticle): void {
    this.extracted++;
    super.set(key, value);
  }
}

function seedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
  for (const name of ['000_62dff4deb4ed90d4.txt', '001_c21151932be9a4ed.txt', '002_eb48d51dffeef2e8.txt']) {
    writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'seeds', name)));
  }
  return dir;
}

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

  it('keeps results in a cache folder between runs', () => {
    const dir = seedCopy();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    const first = extractFolder(dir, { now, cacheDir });
    const cacheFile = path.join(cacheDir, 'extracted-articles.json');
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(stored.entries).toHaveLength(3);
    expect(extractFolder(dir, { now, cacheDir }).corpus.events).toEqual(first.corpus.events);
    // Proof that the second run read the stored results rather than extracting again.
    stored.entries[0][1].article.title = 'from the cache';
    writeFileSync(cacheFile, JSON.stringify(stored));
    expect(extractFolder(dir, { now, cacheDir }).corpus.articles.map((a) => a.title)).toContain(
      'from the cache',
    );
  });
});
