import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StoredGazetteer } from '../../gazetteer/gazetteer.ts';

// Building the gazetteer (validating its data files, cutting its 10,000 names into words and working out
// each word's stems) is the same, run after run, until the code or the data changes, and took a quarter of a
// re-run after one file changed. The cache folder keeps what it built under the cache version (a hash of
// both), so a re-run only reads it back.
const FILE = 'gazetteer.json';
// What the cache kept before it kept the whole gazetteer (its names' word forms): of no use to this code.
const FORMER_FILE = 'word-forms.json';
const NEWLINE = 0x0a;

/** The stored gazetteer, or undefined when there is none, it is damaged or other code made it. */
export function readStoredGazetteer(cacheDir: string, version: string): StoredGazetteer | undefined {
  try {
    // "<version>\n<CRC-32 of the JSON>\n<JSON>": a flipped byte anywhere fails the checksum or the version.
    // Checked on the bytes as read, so the 2 MB are decoded once, only when they are to be parsed.
    const bytes = readFileSync(path.join(cacheDir, FILE));
    const versionEnd = bytes.indexOf(NEWLINE);
    const sumEnd = bytes.indexOf(NEWLINE, versionEnd + 1);
    if (versionEnd < 0 || sumEnd < 0 || bytes.toString('latin1', 0, versionEnd) !== version) return undefined;
    const json = bytes.subarray(sumEnd + 1);
    if (Number(bytes.toString('latin1', versionEnd + 1, sumEnd)) !== crc32(json)) return undefined;
    return JSON.parse(json.toString('utf8')) as StoredGazetteer;
  } catch {
    // None yet (or unreadable): the gazetteer is built from its data.
    return undefined;
  }
}

/** Written aside and renamed, so a run stopped half-way leaves the previous file whole. */
export function writeStoredGazetteer(cacheDir: string, version: string, stored: StoredGazetteer): void {
  const file = path.join(cacheDir, FILE);
  const json = JSON.stringify(stored);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${version}\n${crc32(json)}\n${json}`);
  renameSync(temporary, file);
  rmSync(path.join(cacheDir, FORMER_FILE), { force: true });
}
