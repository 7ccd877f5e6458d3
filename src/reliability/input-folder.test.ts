import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../pipeline/article/dates/create-date-parsers.ts';
import { extractFolder } from '../pipeline/node/extract-folder.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (name: string) => readFileSync(path.join(root, 'seeds', name));
const now = new Date('2026-11-23T12:00:00Z');
const tools = { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
const extract = (dir: string) => extractFolder(dir, { now, tools }).corpus;

describe('issue 14 item 4: a sub-folder that cannot be listed', () => {
  // Deeper than PATH_MAX (4096 bytes): made with relative steps, as no absolute path can name it.
  it('a folder too deep to name is a problem entry, and the rest of the folder is extracted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deep-'));
    writeFileSync(path.join(dir, 'article.txt'), seed('002_eb48d51dffeef2e8.txt'));
    const step = 'd'.repeat(200);
    const script = `const fs = require('node:fs'); process.chdir(process.argv[1]);
      for (let i = 0; i < 25; i++) { fs.mkdirSync('${step}'); process.chdir('${step}'); }
      fs.writeFileSync('lost.txt', 'at the bottom');`;
    execFileSync(process.execPath, ['-e', script, dir]);
    const corpus = extract(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(['article.txt']);
    const [problem] = corpus.problems.filter((p) => p.code === 'unreadable');
    expect(problem?.file.startsWith(`${step}/${step}/`)).toBe(true);
    expect(problem?.message).toBe('the folder could not be listed (ENAMETOOLONG): its files are left out');
  });
});

describe('issue 14 item 7: links and file names', () => {
  it('follows a linked file and a linked folder, and reports a link in a circle and a broken one', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'linked-'));
    writeFileSync(path.join(outside, 'linked.txt'), seed('002_eb48d51dffeef2e8.txt'));
    mkdirSync(path.join(outside, 'folder'));
    writeFileSync(path.join(outside, 'folder', 'inside.txt'), seed('004_d7823ab33b5aa0b1.txt'));
    const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
    symlinkSync(path.join(outside, 'linked.txt'), path.join(dir, 'link.txt'));
    symlinkSync(path.join(outside, 'folder'), path.join(dir, 'folder-link'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'back-up'));
    symlinkSync(path.join(outside, 'missing.txt'), path.join(dir, 'broken.txt'));
    const corpus = extract(dir);
    expect(corpus.articles.map((a) => a.file).sort()).toEqual(['folder-link/inside.txt', 'link.txt']);
    expect(corpus.problems.map((p) => [p.file, p.code])).toEqual([
      ['broken.txt', 'link'],
      ['sub/back-up', 'link'],
    ]);
  });

  it('reads a file whose name is not UTF-8, naming it by its bytes escaped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'names-'));
    // "статья" then a Latin-1 "é": valid UTF-8 stays as it is, the stray byte is escaped.
    const name = Buffer.concat([Buffer.from('статья-'), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), seed('002_eb48d51dffeef2e8.txt'));
    const corpus = extract(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(['статья-\\xE9.txt']);
    // On the timeline: the talks and the summit they were held at.
    expect(corpus.articles[0]?.eventIds.length).toBeGreaterThan(0);
    expect(corpus.problems.map((p) => [p.file, p.code, p.severity])).toEqual([
      ['статья-\\xE9.txt', 'file-name', 'warning'],
    ]);
  });
});
