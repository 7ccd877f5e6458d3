import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '#schema';
import { corpusPlugin } from '../../plugins/vite-corpus-plugin.ts';
import { readCorpusFile } from '../pipeline/node/read-corpus-file.ts';

// A corpus file as CORPUS_JSON may hand it to the build: from anywhere, written by anyone.
function corpusWith(textUrl: string, id = 'a-000000000001'): Corpus {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-23T12:00:00.000Z',
    articles: [
      {
        id,
        file: 'article.txt',
        lang: 'en',
        title: 'A title',
        published: null,
        source: null,
        eventIds: [],
        unplacedReason: 'no diplomatic event found',
        textUrl,
        textLength: 5,
      },
    ],
    events: [],
    problems: [],
  };
}

/** A folder with a secret beside (not inside) the corpus folder, and the corpus file written in it. */
function writeCorpus(corpus: unknown): { file: string; secret: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-json-'));
  const secret = path.join(dir, 'secret.json');
  writeFileSync(secret, JSON.stringify({ id: 'a-000000000001', lang: 'en', text: 'the secret' }));
  mkdirSync(path.join(dir, 'corpus', 'texts'), { recursive: true });
  symlinkSync(secret, path.join(dir, 'corpus', 'texts', 'link.json'));
  const file = path.join(dir, 'corpus', 'corpus.json');
  writeFileSync(file, typeof corpus === 'string' ? corpus : JSON.stringify(corpus));
  return { file, secret };
}

describe('issue 14 item 1: a CORPUS_JSON corpus cannot copy other files into the build', () => {
  it('refuses a textUrl that climbs out of the corpus folder, naming the file and the path', () => {
    const { file } = writeCorpus(corpusWith('../secret.json'));
    expect(() => readCorpusFile(file)).toThrow(
      `${file}: article a-000000000001: textUrl "../secret.json" points outside the corpus folder`,
    );
  });

  it('refuses an absolute textUrl and one that is a link out of the folder', () => {
    const { secret } = writeCorpus(corpusWith('texts/unused.json'));
    for (const textUrl of [secret, 'texts/link.json', 'file:///etc/passwd']) {
      const { file: other } = writeCorpus(corpusWith(textUrl));
      expect(() => readCorpusFile(other)).toThrow(/points outside the corpus folder/);
    }
  });

  it('refuses an article id that would name a file outside the published folder', () => {
    const { file } = writeCorpus(corpusWith('texts/a.json', '../../escape'));
    expect(() => readCorpusFile(file)).toThrow(`${file}: article id "../../escape" is not a plain name`);
  });

  it('says which file is not JSON, or where it does not match the format', () => {
    expect(() => readCorpusFile(writeCorpus('{"schemaVersion": 1,').file)).toThrow(
      /corpus\.json: is not JSON/,
    );
    const { file } = writeCorpus({ ...corpusWith('texts/a.json'), articles: 'none' });
    expect(() => readCorpusFile(file)).toThrow(`${file}: does not match the corpus format at articles:`);
  });

  it('the build stops on such a corpus instead of emitting the outside file', () => {
    const { file } = writeCorpus(corpusWith('../secret.json'));
    const emitted: string[] = [];
    const plugin = corpusPlugin({ input: 'unused', corpusFile: file });
    const generateBundle = plugin.generateBundle as unknown as (this: unknown) => void;
    const context = { emitFile: ({ source }: { source: string }) => emitted.push(source) };
    expect(() => generateBundle.call(context)).toThrow(/points outside the corpus folder/);
    expect(emitted.join('\n')).not.toContain('the secret');
  });
});
