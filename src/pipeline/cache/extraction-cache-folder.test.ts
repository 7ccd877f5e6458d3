import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../../bench/corpus/generate-articles.ts';
import { gazetteerData, loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../article/dates/create-date-parsers.ts';
import { MergedEvent } from '../corpus/merged-event.ts';
import { extractFolder } from '../node/extract-folder.ts';

// The CLI's cache folder against a fresh run, over a generated corpus with second reports in the other
// language, exact duplicates and undated reports: whatever changes between runs, the output is the same.
const now = new Date('2026-11-23T12:00:00Z');
const tools = { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };

// Files are trusted by their stamp only once they have been left alone for a few seconds.
function secondsLater(seconds: number): void {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + seconds * 1000 });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function generatedFolder(count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cache-corpus-'));
  const articles = generateArticles(gazetteerData(), count, 7);
  for (const article of articles) writeFileSync(path.join(dir, article.file), article.text);
  const ofKind = (kind: string) => articles.filter((a) => a.kind === kind).map((a) => path.join(dir, a.file));
  return { dir, ofKind };
}

describe('the cache folder', () => {
  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('gives what a fresh run gives after edits, restores, deletions, renames and copies', {
    timeout: 30_000,
  }, () => {
    const { dir, ofKind } = generatedFolder(150);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    const steps: string[] = [];
    const expectSameAsFresh = (step: string) => {
      // Once as just written (known by bytes), once settled (known by stamp, the usual re-run).
      for (const seconds of [0, 10]) {
        if (seconds) secondsLater(seconds);
        const cached = extractFolder(dir, { now, tools, cacheDir }).toJson().toString('utf8');
        const fresh = extractFolder(dir, { now, tools }).corpus;
        expect(cached, step).toBe(JSON.stringify(fresh));
        vi.useRealTimers();
      }
      steps.push(step);
    };
    const [edited, removed, renamed, copied] = ofKind('second report');
    const undated = ofKind('undated report').slice(0, 3);
    if (!edited || !removed || !renamed || !copied || undated.length === 0)
      throw new Error('corpus too small');
    const original = readFileSync(edited, 'utf8');
    const undatedTexts = undated.map((file) => readFileSync(file));

    expectSameAsFresh('first run');
    writeFileSync(
      edited,
      original.replace(/\d{1,2}/, (day) => String((Number(day) % 27) + 1)),
    );
    expectSameAsFresh('a date edited');
    writeFileSync(edited, original);
    expectSameAsFresh('the edit undone');
    rmSync(removed);
    expectSameAsFresh('a second report deleted');
    renameSync(renamed, path.join(dir, `zz_${path.basename(renamed)}`));
    expectSameAsFresh('a file renamed');
    copyFileSync(copied, path.join(dir, `0_${path.basename(copied)}`));
    expectSameAsFresh('a copy that sorts before its original');
    for (const file of undated) rmSync(file);
    expectSameAsFresh('undated reports deleted');
    undated.forEach((file, i) => {
      writeFileSync(file, undatedTexts[i] ?? '');
    });
    expectSameAsFresh('undated reports back');
    expect(steps).toHaveLength(8);
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('takes unchanged events from the folder instead of merging them again', { timeout: 30_000 }, () => {
    const { dir } = generatedFolder(60);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    const merged = vi.spyOn(MergedEvent, 'of');
    const first = extractFolder(dir, { now, tools, cacheDir }).corpus;
    expect(merged.mock.calls.length).toBeGreaterThanOrEqual(first.events.length);
    merged.mockClear();
    const again = extractFolder(dir, { now, tools, cacheDir });
    // Only dates linked from other articles' recollections make new events on a run where nothing changed.
    const linked = again.corpus.events.filter((e) => e.date?.basis === 'linked').length;
    expect(merged.mock.calls.length).toBe(linked);
    expect(again.corpus.events).toEqual(first.events);
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('counts a damaged or cut-short shard as missing and fills it again', { timeout: 30_000 }, () => {
    const { dir } = generatedFolder(60);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-dir-'));
    const fresh = JSON.stringify(extractFolder(dir, { now, tools }).corpus);
    extractFolder(dir, { now, tools, cacheDir });
    const shards = readdirSync(cacheDir).sort();
    const cut = shards.find((name) => name.startsWith('files-')) ?? '';
    const bytes = readFileSync(path.join(cacheDir, cut));
    writeFileSync(path.join(cacheDir, cut), bytes.subarray(0, bytes.length - 100));
    const events = shards.find((name) => name.startsWith('events-')) ?? '';
    writeFileSync(path.join(cacheDir, events), 'not a shard');
    expect(extractFolder(dir, { now, tools, cacheDir }).toJson().toString('utf8')).toBe(fresh);
    expect(readFileSync(path.join(cacheDir, cut)).length).toBe(bytes.length);
    expect(extractFolder(dir, { now, tools, cacheDir }).toJson().toString('utf8')).toBe(fresh);
  });
});
