import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { GoldArticle } from './gold-format.ts';
import { type Split, splitOf } from './split.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A story URL that the fixed split puts on the given side. */
function urlOn(split: Split): string {
  for (let i = 0; ; i++) {
    const url = `https://example.org/story/${i}`;
    if (splitOf({ url }) === split) return url;
  }
}

// Runs the extractor in a child process over a gold file of one's own: 1-3 s here, more on a loaded machine.
it('scores a gold file of its own, and never prints or writes a miss of the test split', {
  timeout: 30_000,
}, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-'));
  mkdirSync(path.join(dir, 'articles'));
  const text =
    'Tokayev holds talks with Mirziyoyev\n\nASTANA, March 5, 2024. President Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev.';
  const entry = (file: string, split: Split): GoldArticle => {
    writeFileSync(path.join(dir, 'articles', file), text);
    return {
      file,
      url: urlOn(split),
      outlet: 'Example',
      lang: 'en',
      published: null,
      diplomatic: true,
      // A date the text does not give: a miss on both sides.
      events: [
        {
          id: '2024-03-01-kz-uz-talks',
          mode: 'reported',
          type: 'talks',
          types: ['talks'],
          date: { start: '2024-03-01', end: '2024-03-01', precision: 'day' },
          dateFrom: 'stated',
          dateEvidence: 'made up for the test',
          planned: false,
          countries: ['KZ', 'UZ'],
          participants: [],
          place: null,
          agreements: [],
          figures: [],
        },
      ],
      hard: [],
      notes: '',
      annotator: 'test',
      checkedBy: 'test',
    };
  };
  const goldFile = path.join(dir, 'gold.json');
  const articles = [entry('dev.txt', 'dev'), entry('test.txt', 'test')];
  writeFileSync(goldFile, JSON.stringify({ formatVersion: 1, articlesDir: 'articles', articles }));
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/eval/run-eval.ts', '--gold', goldFile, '--json'],
    { cwd: root, encoding: 'utf8' },
  );
  const results = JSON.parse(output);
  expect(results.dev.misses.map((m: { field: string }) => m.field)).toContain('date');
  expect(results.test.fields.date).toMatchObject({ tp: 0, fn: 1 });
  expect(results.test.misses).toEqual([]);
  expect(output).not.toContain('test.txt');
});
