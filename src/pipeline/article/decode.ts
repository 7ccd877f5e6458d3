import { loadOnFirstUse } from '../node/load-on-first-use.ts';

// Needed only for text that is not UTF-8.
const chardet = loadOnFirstUse<typeof import('chardet')>('chardet');
const iconv = loadOnFirstUse<typeof import('iconv-lite')>('iconv-lite');

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** Invalid byte sequences of a UTF-8 file, each read as U+FFFD (absent when there were none). */
      replacedBytes?: number;
    }
  | {
      ok: false;
      code: 'empty' | 'binary' | 'unknown-encoding' | 'unsupported-format';
      message: string;
    };

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
// Russian text in a single-byte encoding: the encoding whose reading has the most lowercase Russian letters
// is the one it was written in (read in another, its lowercase letters turn into capitals or symbols).
const CYRILLIC_SINGLE_BYTE = ['windows-1251', 'KOI8-R', 'IBM866', 'ISO-8859-5'];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * Turns a file's bytes into text, detecting the encoding: a BOM wins, then UTF-32 and UTF-16 by where their
 * zero bytes fall, valid UTF-8 is UTF-8 (and UTF-8 with a few damaged bytes too), otherwise chardet's best
 * single-byte guess (Windows-1251 for most Russian sites), with the Cyrillic code pages told apart by letters.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0 || isBlank(bytes)) return { ok: false, code: 'empty', message: 'the file is empty' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (startsWith(bytes, UTF8_BOM)) return decoded(buffer.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return decoded(buffer.subarray(4), 'utf-32le');
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return decoded(buffer.subarray(4), 'utf-32be');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(buffer.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(buffer.subarray(2), 'utf-16be');
  if (startsWith(bytes, PDF_MAGIC)) {
    return {
      ok: false,
      code: 'unsupported-format',
      message: 'a PDF document, not a text or HTML article (save its text as a .txt file to include it)',
    };
  }
  const wide = wideEncodingOf(bytes);
  if (wide) return decoded(buffer, wide);
  if (looksBinary(bytes)) {
    return { ok: false, code: 'binary', message: 'the file is binary (control bytes), not text' };
  }
  const utf8 = decodeUtf8(buffer);
  if (utf8 !== null) return asText(utf8, 'utf-8');
  const damaged = damagedUtf8(buffer);
  if (damaged) return { ...asText(damaged.text, 'utf-8'), replacedBytes: damaged.replaced };
  const guesses = chardet()
    .analyse(buffer)
    .filter((m) => SUPPORTED.has(m.name) && m.name !== 'UTF-8')
    .map((m) => m.name);
  const guess = readsAsCyrillicWords(bytes) ? likeliestCyrillic(buffer, guesses) : guesses[0];
  if (!guess) {
    return { ok: false, code: 'unknown-encoding', message: 'the text encoding could not be recognised' };
  }
  return decoded(buffer, guess);
}

function decoded(buffer: Buffer, encoding: string): DecodeResult {
  return asText(iconv().decode(buffer, encoding), encoding);
}

function asText(text: string, encoding: string): Extract<DecodeResult, { ok: true }> {
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

/** NUL and other C0 control bytes do not occur in text files (UTF-16 and UTF-32 are told apart before). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / sample.length > 0.05;
}

/**
 * UTF-8 with a few damaged bytes (a file cut or patched by a tool): nearly all of its non-ASCII characters are
 * well-formed, which a text in a single-byte encoding almost never manages.
 */
function damagedUtf8(buffer: Buffer): { text: string; replaced: number } | null {
  const text = new TextDecoder('utf-8').decode(buffer);
  let replaced = 0;
  let wellFormed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code >= 0x80) wellFormed++;
  }
  replaced -= buffer.toString('latin1').split('\xef\xbf\xbd').length - 1;
  return replaced > 0 && wellFormed >= 20 * replaced ? { text, replaced } : null;
}

/** UTF-32 or UTF-16 without a BOM: every code unit in range (UTF-32), or zero bytes on one side only (UTF-16). */
function wideEncodingOf(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~3);
  if (sample.length >= 8 && bytes.length % 4 === 0) {
    for (const [encoding, littleEndian] of [
      ['utf-32le', true],
      ['utf-32be', false],
    ] as const) {
      if (allUtf32(sample, littleEndian)) return encoding;
    }
  }
  if (bytes.length % 2 !== 0 || sample.length < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const units = sample.length / 2;
  // Spaces, digits and punctuation alone are a tenth of any text's characters, each with a zero byte.
  const encoding =
    zeroOdd >= units / 20 && zeroEven === 0
      ? 'utf-16le'
      : zeroEven >= units / 20 && zeroOdd === 0
        ? 'utf-16be'
        : null;
  if (!encoding) return null;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample);
    return encoding;
  } catch {
    return null;
  }
}

function allUtf32(sample: Uint8Array, littleEndian: boolean): boolean {
  const view = new DataView(sample.buffer, sample.byteOffset, sample.length);
  for (let i = 0; i < sample.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

/**
 * Whether the non-ASCII bytes come in runs, as the letters of words in a Cyrillic single-byte encoding do;
 * a Latin-1 text's accented letters stand mostly alone among ASCII ones.
 */
function readsAsCyrillicWords(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
  }
  return high > 0 && inRuns >= high * 0.7;
}

function likeliestCyrillic(buffer: Buffer, guesses: string[]): string {
  // Ties go to chardet's order, then to Windows-1251, the usual one.
  const candidates = [
    ...new Set([...guesses.filter((g) => CYRILLIC_SINGLE_BYTE.includes(g)), ...CYRILLIC_SINGLE_BYTE]),
  ];
  let best = candidates[0] ?? 'windows-1251';
  let bestScore = -1;
  for (const encoding of candidates) {
    const score =
      iconv()
        .decode(buffer, encoding)
        .match(/[а-яё]/g)?.length ?? 0;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}
