import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { ArticleText, Corpus } from '#schema';

const root = path.resolve(import.meta.dirname, '../..');

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
      ['--import', 'tsx', 'src/pipeline/cli.ts', '--input', input, '--output', output],
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
