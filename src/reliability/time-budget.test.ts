import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../pipeline/article/dates/create-date-parsers.ts';
import { extractCorpus, type InputFile } from '../pipeline/corpus/extract-corpus.ts';
import { progressReport } from '../pipeline/node/progress-report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (name: string) => readFileSync(path.join(root, 'seeds', name));

describe('issue 14 item 2: a per-file time budget', () => {
  // The stall is bounded (20 s) so that, without the budget, the test ends and fails rather than hangs.
  it('an article whose extraction runs past the budget is a problem for that file; the run goes on', {
    timeout: 60_000,
  }, () => {
    const tools = { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
    let stallUntil = 0;
    // Extraction consults the gazetteer; during a stall, look-ups spin as a runaway pattern would.
    const gazetteer = new Proxy(tools.gazetteer, {
      get(target, key, receiver) {
        while (performance.now() < stallUntil) {
          // Spinning: synchronous work that nothing but the budget stops.
        }
        return Reflect.get(target, key, receiver);
      },
    });
    const file = (name: string, bytes: Buffer, stall: boolean): InputFile => ({
      file: name,
      size: bytes.length,
      read: () => {
        stallUntil = stall ? performance.now() + 20_000 : 0;
        return bytes;
      },
    });
    const files = [
      file('a-stalls.txt', seed('001_c21151932be9a4ed.txt'), true),
      file('b-fine.txt', seed('002_eb48d51dffeef2e8.txt'), false),
    ];
    const now = new Date('2026-11-23T12:00:00Z');
    const done: number[] = [];
    const { corpus } = extractCorpus(files, { ...tools, gazetteer, now }, undefined, {
      fileBudgetMs: 300,
      onProgress: (count) => done.push(count),
    });
    expect(corpus.problems.map((p) => [p.file, p.code, p.severity])).toEqual([
      ['a-stalls.txt', 'too-slow', 'error'],
    ]);
    expect(corpus.problems[0]?.message).toMatch(/longer than the 0\.3 s allowed for one file: skipped/);
    expect(corpus.articles.map((a) => a.file)).toEqual(['b-fine.txt']);
    const [fine] = corpus.articles;
    expect(corpus.events.length).toBeGreaterThan(0);
    expect(corpus.events.every((e) => fine && e.articleIds.includes(fine.id))).toBe(true);
    expect(done).toEqual([1, 2]);
  });
});

describe('issue 14 item 2: progress lines on long runs', () => {
  const run = (always: boolean, watched: boolean) => {
    const lines: string[] = [];
    let now = 0;
    const report = progressReport({ write: (line) => lines.push(line), always, watched, clock: () => now });
    // 100 files, one every 100 ms: a 10 s run.
    for (let done = 1; done <= 100; done++) {
      now = done * 100;
      report(done, 100);
    }
    return lines;
  };

  it('says nothing when nobody watches and no flag asks', () => {
    expect(run(false, false)).toEqual([]);
  });

  it('on a terminal, starts once the run has taken 3 s and then prints every 2 s', () => {
    expect(run(false, true)).toEqual([
      'progress: 30/100 files (30%), 3.0 s',
      'progress: 50/100 files (50%), 5.0 s',
      'progress: 70/100 files (70%), 7.0 s',
      'progress: 90/100 files (90%), 9.0 s',
    ]);
  });

  it('with --progress, prints from the start and a last line at the end', () => {
    const lines = run(true, false);
    expect(lines[0]).toBe('progress: 1/100 files (1%), 0.1 s');
    expect(lines.at(-1)).toBe('progress: 100/100 files (100%), 10.0 s');
    expect(lines).toHaveLength(6);
  });
});
