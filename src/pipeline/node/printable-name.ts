/**
 * A file name as raw bytes, as a string: valid UTF-8 as it is, every other byte as `\xNN`. Linux lets a name be
 * any bytes; read as UTF-8 they would turn into U+FFFD, and the file could neither be named nor opened.
 */
export function escapeInvalidUtf8(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      out += Buffer.from(bytes.subarray(i, i + length)).toString('utf8');
      i += length;
    } else {
      out += `\\x${(bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** How long the well-formed UTF-8 sequence at `i` is; 0 when it is not one. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  const decoded = new TextDecoder('utf-8', { fatal: true });
  try {
    decoded.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls that can make a
// printed name read as another (CVE-2021-42574's trick).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for one line of a terminal: control characters as escapes, so a name cannot break or fake a line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
