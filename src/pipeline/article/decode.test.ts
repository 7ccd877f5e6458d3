import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from './decode.ts';

const sentence =
  'Президент Казахстана Касым-Жомарт Токаев провел встречу с Председателем Великого государственного хурала Монголии.';

describe('decodeArticleBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = Buffer.from(sentence, 'utf8');
    expect(decodeArticleBytes(plain)).toEqual({ ok: true, text: sentence, encoding: 'utf-8' });
    expect(decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]))).toMatchObject({
      text: sentence,
    });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decodeArticleBytes(iconv.encode(sentence, 'utf16-le', { addBOM: true }))).toMatchObject({
      text: sentence,
      encoding: 'utf-16le',
    });
    expect(decodeArticleBytes(iconv.encode(sentence, 'utf16-be', { addBOM: true }))).toMatchObject({
      text: sentence,
      encoding: 'utf-16be',
    });
  });

  it('detects Windows-1251, the usual encoding of Russian sites', () => {
    expect(decodeArticleBytes(iconv.encode(sentence, 'win1251'))).toEqual({
      ok: true,
      text: sentence,
      encoding: 'windows-1251',
    });
  });

  it('turns Windows line ends into newlines', () => {
    expect(decodeArticleBytes(Buffer.from('a title\r\n\r\nbody text here'))).toMatchObject({
      text: 'a title\n\nbody text here',
    });
  });

  it('refuses empty and binary files with a reason', () => {
    expect(decodeArticleBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeArticleBytes(Buffer.from(' \n\t '))).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeArticleBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]))).toMatchObject({
      ok: false,
      code: 'binary',
    });
  });
});
