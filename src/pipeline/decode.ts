import { loadOnFirstUse } from './load-on-first-use.ts';

// Needed only for text that is not UTF-8.
const chardet = loadOnFirstUse<typeof import('chardet')>('chardet');
const iconv = loadOnFirstUse<typeof import('iconv-lite')>('iconv-lite');

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: 'empty' | 'binary' | 'unknown-encoding'; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Encodings a news article plausibly arrives in; chardet's other guesses on short text are noise.
const SUPPORTED = new Set([
  'UTF-8',
  'windows-1251',
  'KOI8-R',
  'ISO-8859-1',
  'windows-1252',
  'ISO-8859-5',
  'IBM866',
]);

/**
 * Turns a file's bytes into text, detecting the encoding: a BOM wins, valid UTF-8 is UTF-8,
 * otherwise chardet's best single-byte guess (Windows-1251 for most Russian sites).
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0 || isBlank(bytes)) return { ok: false, code: 'empty', message: 'the file is empty' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (startsWith(bytes, UTF8_BOM)) return decoded(buffer.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(buffer.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(buffer.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) {
    return { ok: false, code: 'binary', message: 'the file is binary (control bytes), not text' };
  }
  const utf8 = decodeUtf8(buffer);
  if (utf8 !== null) return asText(utf8, 'utf-8');
  const guess = chardet()
    .analyse(buffer)
    .find((m) => SUPPORTED.has(m.name) && m.name !== 'UTF-8');
  if (!guess) {
    return { ok: false, code: 'unknown-encoding', message: 'the text encoding could not be recognised' };
  }
  return decoded(buffer, guess.name);
}

function decoded(buffer: Buffer, encoding: string): DecodeResult {
  return asText(iconv().decode(buffer, encoding), encoding);
}

function asText(text: string, encoding: string): DecodeResult {
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding: encoding.toLowerCase() };
}

/** The text, if the bytes are valid UTF-8 (checking them is decoding them: done once). */
function decodeUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

/** NUL and other C0 control bytes do not occur in text files (UTF-16 without a BOM is rare enough to refuse). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / sample.length > 0.05;
}
