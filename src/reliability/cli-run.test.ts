import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleText, Corpus } from '#schema';
import { formatProblem } from '../pipeline/corpus/problem.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SEEDS = ['001_c21151932be9a4ed.txt', '002_eb48d51dffeef2e8.txt'];

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/node/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function seedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-run-'));
  for (const name of SEEDS) writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'seeds', name)));
  return dir;
}

const readCorpus = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Corpus;

describe('issue 14 item 9: option errors', () => {
  // Runs the CLI four times: some 10 s on a loaded 2-core machine.
  it('an unknown option, a missing one or a bad value is one line on stderr and exit code 2', {
    timeout: 60_000,
  }, () => {
    for (const [args, line] of [
      [['--inptu', 'x'], "extract: Unknown option '--inptu' (see --help)"],
      [['--input', 'seeds'], 'extract: --input DIR and --output FILE are required (see --help)'],
      [
        ['--input', 'no/such/folder', '--output', 'x.json'],
        'extract: --input no/such/folder is not a folder (see --help)',
      ],
      [
        ['--input', 'seeds', '--output', path.join(tmpdir(), 'x.json'), '--time-budget', 'soon'],
        'extract: --time-budget takes a number of seconds above 0, not soon (see --help)',
      ],
    ] as const) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`${line}\n`);
      expect(run.stdout).toBe('');
    }
  });

  it('a file name with a newline or a terminal escape is printed escaped, on one line', () => {
    const line = formatProblem({
      file: 'a\nb\u001b[2J.txt',
      code: 'empty',
      severity: 'error',
      message: 'the file is empty',
    });
    expect(line).toBe('a\\nb\\x1B[2J.txt: error empty: the file is empty');
  });
});

describe('the CLI over a folder', () => {
  // Runs the CLI several times: some 10 s on a loaded 2-core machine.
  it('issue 14 items 2, 4 and 6: progress on request, output inside the input, atomic writes, pruned texts', {
    timeout: 120_000,
  }, () => {
    const input = seedFolder();
    const output = path.join(input, 'out', 'corpus.json');
    const first = cli('--input', input, '--output', output, '--progress');
    expect(first.status).toBe(0);
    // Item 2: --progress prints a last line with the count even on a short run that is not on a terminal.
    expect(first.stderr).toMatch(/^progress: 2\/2 files \(100%\), [\d.]+ s$/m);
    const before = readFileSync(output);
    // Item 6: a reader that opened the corpus before a re-run keeps reading the whole old file.
    const reader = openSync(output, 'r');
    writeFileSync(
      path.join(input, 'extra.txt'),
      readFileSync(path.join(root, 'seeds', '004_d7823ab33b5aa0b1.txt')),
    );
    const second = cli('--input', input, '--output', output);
    expect(second.status).toBe(0);
    const held = Buffer.alloc(before.length + 100);
    const length = readSync(reader, held, 0, held.length, 0);
    closeSync(reader);
    expect(held.subarray(0, length).equals(before)).toBe(true);
    // Item 4: the output under the input folder is not read back as articles.
    const corpus = readCorpus(output);
    expect(corpus.articles.map((a) => a.file).sort()).toEqual([...SEEDS, 'extra.txt'].sort());
    expect(readdirSync(path.dirname(output)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Item 6: a deleted article's text leaves the texts folder.
    const extra = corpus.articles.find((a) => a.file === 'extra.txt');
    const extraText = path.join(path.dirname(output), extra?.textUrl ?? 'missing');
    expect(existsSync(extraText)).toBe(true);
    rmSync(path.join(input, 'extra.txt'));
    expect(cli('--input', input, '--output', output).status).toBe(0);
    expect(existsSync(extraText)).toBe(false);
    expect(readCorpus(output).articles).toHaveLength(2);
  });

  it('issue 14 item 3: a second run on the same output stops with one line saying why', {
    timeout: 60_000,
  }, () => {
    const input = seedFolder();
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'cli-run-out-')), 'corpus.json');
    // The test runner's parent stands for a run in progress: alive, and not the CLI itself.
    const holder = { pid: process.ppid, host: hostname(), startedAt: '2026-11-23T11:59:00.000Z' };
    writeFileSync(`${output}.lock`, JSON.stringify(holder));
    const run = cli('--input', input, '--output', output);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `extract: another run (pid ${process.ppid} on ${hostname()}, started 2026-11-23T11:59:00.000Z) is writing here; wait for it to finish, or delete ${output}.lock if no such run is alive\n`,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('issue 14 item 3: a flipped byte in a cached text is never written out', { timeout: 60_000 }, () => {
    const input = seedFolder();
    const outDir = mkdtempSync(path.join(tmpdir(), 'cli-run-out-'));
    const output = path.join(outDir, 'corpus.json');
    const cache = path.join(outDir, 'cache');
    expect(cli('--input', input, '--output', output, '--cache', cache).status).toBe(0);
    const article = readCorpus(output).articles.find((a) => a.file === SEEDS[0]);
    const textFile = path.join(outDir, article?.textUrl ?? 'missing');
    const expected = (JSON.parse(readFileSync(textFile, 'utf8')) as ArticleText).text;
    // 'Khural' is in the English seed's body, which V8 keeps as UTF-16 (it has characters beyond Latin-1); the
    // texts are a files shard's last section, so the last occurrence is the text's.
    const shard = readdirSync(cache)
      .filter((name) => name.startsWith('files-'))
      .find((name) => readFileSync(path.join(cache, name)).includes(Buffer.from('Khural', 'utf16le')));
    const bytes = readFileSync(path.join(cache, shard ?? 'missing'));
    const at = bytes.lastIndexOf(Buffer.from('Khural', 'utf16le'));
    bytes[at] = 0x4c; // 'L'
    writeFileSync(path.join(cache, shard ?? 'missing'), bytes);
    // Gone from the output folder, so that the re-run writes it from the cache.
    rmSync(textFile);
    expect(cli('--input', input, '--output', output, '--cache', cache).status).toBe(0);
    expect((JSON.parse(readFileSync(textFile, 'utf8')) as ArticleText).text).toBe(expected);
  });
});
