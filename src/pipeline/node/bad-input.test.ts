import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '#schema';
import { extractFolder } from './extract-folder.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = (name: string) => readFileSync(path.join(root, 'seeds', name), 'utf8');
const RUSSIAN_SEED = '004_d7823ab33b5aa0b1.txt';
const ENGLISH_SEED = '001_c21151932be9a4ed.txt';

// A folder of everything users drop in by mistake or from odd sources, next to real articles.
function writeBadFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
  mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(
    path.join(dir, 'picture.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]),
  );
  writeFileSync(path.join(dir, 'cp1251.txt'), iconv.encode(seed(RUSSIAN_SEED), 'win1251'));
  writeFileSync(
    path.join(dir, 'nested', 'utf16.txt'),
    iconv.encode(seed(RUSSIAN_SEED).replace('8 апреля', '9 апреля'), 'utf16-le', { addBOM: true }),
  );
  writeFileSync(path.join(dir, 'bom.txt'), `\uFEFF${seed(ENGLISH_SEED)}`);
  writeFileSync(
    path.join(dir, 'nested', 'deeper', 'page.html'),
    `<!DOCTYPE html><html><head><title>Tokayev holds talks with Uzbek President Mirziyoyev</title><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a href="/news">All news</a></nav><article><h1>Tokayev holds talks with Uzbek President Mirziyoyev</h1>
<p>ASTANA, Kazakhstan, March 3. President Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev in Astana today, Kazinform reports.</p>
<p>The sides discussed trade &amp; transport.</p></article><script>alert(1)</script></body></html>`,
  );
  writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
  writeFileSync(
    path.join(dir, 'no-date.txt'),
    'Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым.\n\nСтороны обсудили торгово-экономическое сотрудничество.',
  );
  writeFileSync(path.join(dir, 'copy-a.txt'), seed('002_eb48d51dffeef2e8.txt'));
  writeFileSync(path.join(dir, 'copy-b.txt'), seed('002_eb48d51dffeef2e8.txt'));
  writeFileSync(
    path.join(dir, 'statistics.txt'),
    ' date 2024-03-01 Инфляция в Казахстане замедлилась\n\nГодовая инфляция в феврале составила 9,8%, сообщило бюро национальной статистики.',
  );
  return dir;
}

let dir: string;
let corpus: Corpus;
const problemsOf = (file: string) => corpus.problems.filter((p) => p.file === file).map((p) => p.code);
const articleOf = (file: string) => corpus.articles.find((a) => a.file === file);

beforeAll(() => {
  dir = writeBadFolder();
  corpus = extractFolder(dir, { now: new Date('2026-11-23T12:00:00Z') }).corpus;
});

describe('bad files in the input folder', () => {
  it('reports an empty or blank file as empty', () => {
    expect(problemsOf('empty.txt')).toEqual(['empty']);
    expect(problemsOf('blank.txt')).toEqual(['empty']);
  });

  it('reports a binary file', () => {
    expect(problemsOf('picture.png')).toEqual(['binary']);
  });

  it('reports a 20 MB file as too large without reading it', () => {
    const problem = corpus.problems.find((p) => p.file === 'huge.txt');
    expect(problem?.code).toBe('too-large');
    expect(problem?.message).toMatch(/20\.0 MB/);
  });

  it('decodes Windows-1251 and UTF-16 with a BOM into the same facts as UTF-8', () => {
    for (const file of ['cp1251.txt', 'nested/utf16.txt']) {
      const article = articleOf(file);
      expect(article?.lang).toBe('ru');
      expect(article?.title).toBe('Глава МИД Казахстана: Российский вектор является для нас важнейшим');
    }
    expect(problemsOf('cp1251.txt')).toEqual(['encoding']);
    const events = corpus.events.filter((e) => e.countries.includes('RU'));
    expect(events.flatMap((e) => e.participants.map((p) => p.name.en))).toContain('Sergey Lavrov');
  });

  it('reads a UTF-8 file with a byte-order mark', () => {
    expect(articleOf('bom.txt')?.published).toBe('2025-09-05');
  });

  it('turns an HTML page into text, without its markup or scripts', () => {
    const article = articleOf('nested/deeper/page.html');
    expect(article?.title).toBe('Tokayev holds talks with Uzbek President Mirziyoyev');
    const event = corpus.events.find((e) => e.articleIds.includes(article?.id ?? ''));
    expect(event?.type).toBe('talks');
    expect([...(event?.countries ?? [])].sort()).toEqual(['KZ', 'UZ']);
  });

  it('keeps an article with no date as an undated event, with a note', () => {
    const article = articleOf('no-date.txt');
    const event = corpus.events.find((e) => e.articleIds.includes(article?.id ?? ''));
    expect(event?.date).toBeNull();
    expect(problemsOf('no-date.txt')).toEqual(['undated']);
  });

  it('lists the second of two identical files once, as a duplicate', () => {
    expect(problemsOf('copy-b.txt')).toEqual(['duplicate']);
    expect(articleOf('copy-b.txt')?.unplacedReason).toMatch(/copy-a\.txt/);
    expect(articleOf('copy-b.txt')?.unplacedCode).toBe('duplicate');
    const event = corpus.events.find((e) => e.articleIds.includes(articleOf('copy-a.txt')?.id ?? ''));
    expect(event?.articleIds).toHaveLength(1);
  });

  it('keeps an article that reports no diplomatic event as unplaced, with the reason', () => {
    expect(articleOf('statistics.txt')?.unplacedReason).toMatch(/no diplomatic event/);
    expect(articleOf('statistics.txt')?.unplacedCode).toBe('no_event');
  });

  it('accounts for every file: an article or a problem that names it', () => {
    const files = [
      'empty.txt',
      'blank.txt',
      'picture.png',
      'huge.txt',
      'cp1251.txt',
      'nested/utf16.txt',
      'bom.txt',
    ];
    for (const file of files) {
      expect(Boolean(articleOf(file)) || corpus.problems.some((p) => p.file === file)).toBe(true);
    }
    expect(corpus.articles.length + corpus.problems.filter((p) => p.severity === 'error').length).toBe(12);
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('the CLI finishes and prints a summary line', { timeout: 30_000 }, () => {
    const output = path.join(dir, '..', `${path.basename(dir)}-out`, 'corpus.json');
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/pipeline/node/cli.ts'), '--input', dir, '--output', output],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(stdout).toMatch(
      /^12 files read, \d+ articles placed, \d+ unplaced, \d+ events, \d+ problems, [\d.]+ s/m,
    );
    const text = readFileSync(output, 'utf8');
    const written: Corpus = JSON.parse(text);
    // Written in pieces: together they are the compact JSON of the corpus, and a newline.
    expect(text).toBe(`${JSON.stringify(written)}\n`);
    expect(written.articles.length).toBe(corpus.articles.length);
    const first = written.articles.find((a) => a.textUrl);
    expect(JSON.parse(readFileSync(path.join(path.dirname(output), first?.textUrl ?? ''), 'utf8')).id).toBe(
      first?.id,
    );
  });

  // Runs the CLI or whole folders through the pipeline: 1-3 s here, 6-8 s on a loaded 2-core machine.
  it('`npm run extract` (the CLI bundled by bin/extract.mjs) writes what the CLI run from source writes', {
    timeout: 30_000,
  }, () => {
    const outputOf = (run: string) => path.join(dir, '..', `${path.basename(dir)}-${run}`, 'corpus.json');
    const [fromSource, bundled] = [outputOf('source'), outputOf('bundled')];
    const args = ['--input', dir, '--output'];
    const options = { cwd: root, stdio: 'ignore' } as const;
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/pipeline/node/cli.ts', ...args, fromSource],
      options,
    );
    execFileSync(process.execPath, ['bin/extract.mjs', ...args, bundled], options);
    const [a, b] = [fromSource, bundled].map((file) => {
      const { generatedAt: _generatedAt, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Corpus;
      return rest;
    });
    expect(b).toEqual(a);
  });
});
