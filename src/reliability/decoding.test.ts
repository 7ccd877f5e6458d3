import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../pipeline/article/decode.ts';
import { extractFolder } from '../pipeline/node/extract-folder.ts';

const root = path.resolve(import.meta.dirname, '../..');
const RUSSIAN_SEED = readFileSync(path.join(root, 'seeds', '004_d7823ab33b5aa0b1.txt'), 'utf8');
const sentence =
  'Президент Казахстана Касым-Жомарт Токаев провел встречу с Председателем Великого государственного хурала Монголии.';

/** The seed's UTF-8 bytes with one byte in the middle replaced by one that UTF-8 never uses. */
function withOneBadByte(): Buffer {
  const bytes = Buffer.from(RUSSIAN_SEED, 'utf8');
  const space = bytes.indexOf(0x20, bytes.length >> 1);
  bytes[space] = 0xff;
  return bytes;
}

describe('issue 14 item 5: one invalid byte in a UTF-8 article', () => {
  it('decodes as UTF-8 with a replacement character and says how many bytes were replaced', () => {
    const result = decodeArticleBytes(withOneBadByte());
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', replacedBytes: 1 });
    const text = result.ok ? result.text : '';
    expect(text.split('\uFFFD')).toHaveLength(2);
    expect(text.replace('\uFFFD', ' ')).toBe(RUSSIAN_SEED.replace(/\r\n?/g, '\n'));
  });

  it('the article is extracted, with a warning naming the file, not skipped as of unknown encoding', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-byte-'));
    writeFileSync(path.join(dir, 'damaged.txt'), withOneBadByte());
    const { corpus } = extractFolder(dir, { now: new Date('2026-11-23T12:00:00Z') });
    expect(corpus.articles.map((a) => a.title)).toEqual([
      'Глава МИД Казахстана: Российский вектор является для нас важнейшим',
    ]);
    expect(corpus.problems.map((p) => [p.file, p.code, p.severity])).toEqual([
      ['damaged.txt', 'invalid-bytes', 'warning'],
    ]);
  });

  it('a cached re-run gives the same warning', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-byte-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'bad-byte-cache-'));
    writeFileSync(path.join(dir, 'damaged.txt'), withOneBadByte());
    const now = new Date('2026-11-23T12:00:00Z');
    const first = extractFolder(dir, { now, cacheDir }).corpus.problems;
    expect(extractFolder(dir, { now, cacheDir }).corpus.problems).toEqual(first);
    expect(first.map((p) => p.code)).toEqual(['invalid-bytes']);
  });
});

describe('issue 14 item 8: encodings without a byte-order mark, and PDF', () => {
  it('reads UTF-16 little- and big-endian without a byte-order mark', () => {
    expect(decodeArticleBytes(iconv.encode(sentence, 'utf16-le'))).toEqual({
      ok: true,
      text: sentence,
      encoding: 'utf-16le',
    });
    expect(decodeArticleBytes(iconv.encode(sentence, 'utf16-be'))).toEqual({
      ok: true,
      text: sentence,
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-32, with and without a byte-order mark', () => {
    for (const encoding of ['utf-32le', 'utf-32be']) {
      for (const addBOM of [true, false]) {
        expect(decodeArticleBytes(iconv.encode(sentence, encoding, { addBOM })), encoding).toEqual({
          ok: true,
          text: sentence,
          encoding,
        });
      }
    }
  });

  it('tells CP866 (DOS Cyrillic) from Windows-1251 and KOI8-R', () => {
    for (const [encoding, name] of [
      ['cp866', 'ibm866'],
      ['win1251', 'windows-1251'],
      ['koi8-r', 'koi8-r'],
    ]) {
      // Only what all three can write: CP866 has no guillemets or dashes.
      const text = RUSSIAN_SEED.slice(0, 1500).replace(/[^\n -~А-Яа-яЁё]/g, '');
      const result = decodeArticleBytes(iconv.encode(text, encoding ?? ''));
      expect(result.ok && result.encoding, encoding).toBe(name);
      expect(result.ok && result.text, encoding).toBe(text);
    }
  });

  it('keeps reading a French Latin-1 text as Latin-1', () => {
    const french = "Le président s'est rendu à Astana pour une visite d'État. La délégation a été reçue.";
    expect(decodeArticleBytes(iconv.encode(french, 'latin1'))).toMatchObject({ ok: true, text: french });
  });

  it('refuses a PDF made only of text with the reason', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 712 Td (Tokayev met Xi Jinping) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    expect(decodeArticleBytes(pdf)).toEqual({
      ok: false,
      code: 'unsupported-format',
      message: expect.stringMatching(/^a PDF document, not a text or HTML article/),
    });
  });
});
