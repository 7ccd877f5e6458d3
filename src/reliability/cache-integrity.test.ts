import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../pipeline/article/dates/create-date-parsers.ts';
import { extractFolder } from '../pipeline/node/extract-folder.ts';

const root = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-11-23T12:00:00Z');
const tools = { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
const SEEDS = ['001_c21151932be9a4ed.txt', '002_eb48d51dffeef2e8.txt', '004_d7823ab33b5aa0b1.txt'];

function seedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cache-integrity-'));
  for (const name of SEEDS) writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'seeds', name)));
  return dir;
}

/** The corpus and every text, as a fresh run (no cache) and a run with the cache folder give them. */
function outputOf(dir: string, cacheDir?: string) {
  const result = extractFolder(dir, { now, tools, ...(cacheDir ? { cacheDir } : {}) });
  return { corpus: result.toJson().toString('utf8'), texts: [...result.texts] };
}

/**
 * Flips one byte inside the first occurrence of `marker` in any shard (as V8 stores strings: Latin-1, or
 * UTF-16 when the string has other characters), so that the shard still parses but says something else.
 */
function flipByteIn(cacheDir: string, marker: string): string {
  for (const name of readdirSync(cacheDir)
    .filter((n) => n.endsWith('.v8'))
    .sort()) {
    const file = path.join(cacheDir, name);
    const bytes = readFileSync(file);
    for (const encoded of [Buffer.from(marker, 'latin1'), Buffer.from(marker, 'utf16le')]) {
      const at = bytes.indexOf(encoded);
      if (at < 0) continue;
      // The marker's last letter, made another letter: still a valid string.
      const last = at + encoded.length - (encoded.length === marker.length ? 1 : 2);
      bytes[last] = (bytes[last] ?? 0) ^ 0x01;
      writeFileSync(file, bytes);
      return name;
    }
  }
  throw new Error(`${marker} is in no shard`);
}

/** A pid no process has: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
  return child.pid ?? 999_999;
}

describe('issue 14 item 3: a damaged cache is a cache miss, never altered output', () => {
  it('a flipped byte in the entries every run reads (the article listing) gives the fresh output', () => {
    const dir = seedFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-integrity-cache-'));
    const fresh = outputOf(dir);
    outputOf(dir, cacheDir);
    expect(flipByteIn(cacheDir, '"lang":"en"')).toMatch(/^files-/);
    expect(outputOf(dir, cacheDir)).toEqual(fresh);
  });

  it('a flipped byte in a stored merged event, written out as it is, gives the fresh output', () => {
    const dir = seedFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-integrity-cache-'));
    const fresh = outputOf(dir);
    outputOf(dir, cacheDir);
    expect(flipByteIn(cacheDir, 'Kassym-Jomart Tokayev')).toMatch(/^events-/);
    expect(outputOf(dir, cacheDir)).toEqual(fresh);
  });
});

describe('issue 14 item 3: two runs on one cache folder', () => {
  it('a second run stops with who holds the folder, while the first is alive', () => {
    const dir = seedFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-integrity-cache-'));
    // The test runner's parent stands for the first run: alive, and not this process (whose own pid in a
    // lock can only be left by a run of its own that is over).
    const holder = { pid: process.ppid, host: hostname(), startedAt: '2026-11-23T11:59:00.000Z' };
    writeFileSync(path.join(cacheDir, 'run.lock'), JSON.stringify(holder));
    expect(() => outputOf(dir, cacheDir)).toThrow(
      `another run (pid ${process.ppid} on ${hostname()}, started 2026-11-23T11:59:00.000Z) is writing here; wait for it to finish, or delete ${path.join(cacheDir, 'run.lock')} if no such run is alive`,
    );
  });

  it('a lock left by a run that died is taken over, and let go at the end', () => {
    const dir = seedFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-integrity-cache-'));
    const lock = path.join(cacheDir, 'run.lock');
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: 'earlier' }));
    expect(outputOf(dir, cacheDir)).toEqual(outputOf(dir));
    expect(existsSync(lock)).toBe(false);
  });
});

describe('issue 14 item 6: temporary files of a run that died', () => {
  it('are removed from the cache folder by the next run', () => {
    const dir = seedFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-integrity-cache-'));
    outputOf(dir, cacheDir);
    const stale = `files-07.v8.${deadPid()}.tmp`;
    writeFileSync(path.join(cacheDir, stale), 'half a shard');
    // A change, so that the run writes the cache.
    writeFileSync(
      path.join(dir, 'new.txt'),
      readFileSync(path.join(root, 'seeds', '000_62dff4deb4ed90d4.txt')),
    );
    outputOf(dir, cacheDir);
    expect(readdirSync(cacheDir)).not.toContain(stale);
  });
});
