import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { extractFolder } from './extract-folder.ts';
import { readCorpusFile } from './read-corpus-file.ts';

const root = path.resolve(import.meta.dirname, '../../..');

// Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
it('reads back what the CLI wrote: the corpus and every article text', { timeout: 30_000 }, () => {
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-file-')), 'corpus.json');
  const seeds = path.join(root, 'seeds');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/node/cli.ts', '--input', seeds, '--output', output],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const { corpus, texts } = readCorpusFile(output);
  const extracted = extractFolder(seeds, { now: new Date(corpus.generatedAt) });
  expect(corpus).toEqual(extracted.corpus);
  expect(new Map(texts)).toEqual(new Map([...extracted.texts]));
});
