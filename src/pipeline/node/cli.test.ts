import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { ArticleText, Corpus } from '#schema';

const root = path.resolve(import.meta.dirname, '../../..');

// Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
it('rewrites only the text files whose article changed, and brings back a deleted one', {
  timeout: 30_000,
}, () => {
  const input = mkdtempSync(path.join(tmpdir(), 'cli-in-'));
  for (const name of ['000_62dff4deb4ed90d4.txt', '002_eb48d51dffeef2e8.txt']) {
    writeFileSync(path.join(input, name), readFileSync(path.join(root, 'seeds', name)));
  }
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'cli-out-')), 'corpus.json');
  const extract = () => {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/pipeline/node/cli.ts', '--input', input, '--output', output],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    const corpus = JSON.parse(readFileSync(output, 'utf8')) as Corpus;
    const textFile = (file: string) => {
      const article = corpus.articles.find((a) => a.file === file);
      return path.join(path.dirname(output), article?.textUrl ?? 'missing');
    };
    return { edited: textFile('002_eb48d51dffeef2e8.txt'), kept: textFile('000_62dff4deb4ed90d4.txt') };
  };
  const first = extract();
  const keptWritten = statSync(first.kept).mtimeMs;
  const edited = path.join(input, '002_eb48d51dffeef2e8.txt');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('30 августа', '31 августа'));
  const second = extract();
  expect(statSync(second.kept).mtimeMs).toBe(keptWritten);
  expect((JSON.parse(readFileSync(second.edited, 'utf8')) as ArticleText).text).toContain('31 августа');
  rmSync(second.kept);
  const third = extract();
  expect(readdirSync(path.dirname(third.kept))).toContain(path.basename(third.kept));
});

it('keeps event ids across a renamed file, and an old id as an alias once a better date changes it', {
  timeout: 30_000,
}, () => {
  const input = mkdtempSync(path.join(tmpdir(), 'cli-ids-'));
  const seed = '001_c21151932be9a4ed.txt';
  writeFileSync(path.join(input, seed), readFileSync(path.join(root, 'seeds', seed)));
  const outDir = mkdtempSync(path.join(tmpdir(), 'cli-ids-out-'));
  const output = path.join(outDir, 'corpus.json');
  // With a cache folder the ids are read from it, not from the whole corpus: the aliases must not differ.
  const extract = () => {
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/pipeline/node/cli.ts',
        '--input',
        input,
        '--output',
        output,
        '--cache',
        path.join(outDir, 'cache'),
      ],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    return JSON.parse(readFileSync(output, 'utf8')) as Corpus;
  };
  const first = extract();
  const [event] = first.events;
  expect(event?.date?.precision).toBe('day');
  // Renamed: the article's id changes with its file name, the event's does not.
  execFileSync('mv', [path.join(input, seed), path.join(input, 'renamed.txt')]);
  const renamed = extract();
  expect(renamed.articles[0]?.id).not.toBe(first.articles[0]?.id);
  expect(renamed.events.map((e) => e.id)).toEqual([event?.id]);
  // Another day in the text: a new id, and the old one kept as its alias.
  const text = readFileSync(path.join(input, 'renamed.txt'), 'utf8');
  const day = event?.date?.start.slice(8, 10) ?? '';
  const moved = text.replace(
    new RegExp(`\\b${Number(day)}\\b`),
    String(Number(day) === 1 ? 2 : Number(day) - 1),
  );
  expect(moved).not.toBe(text);
  writeFileSync(path.join(input, 'renamed.txt'), moved);
  const redated = extract();
  const [now] = redated.events;
  expect(now?.id).not.toBe(event?.id);
  expect(redated.aliases).toEqual({ [event?.id ?? '']: now?.id });
});
