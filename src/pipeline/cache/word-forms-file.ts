import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StoredWordForm } from '../../gazetteer/name-matcher.ts';

// The gazetteer's name indexes are rebuilt every run, and most of that is working out each name word's
// stems and keys: the same, run after run, until the code or the data changes. The cache folder keeps them
// under the cache version (a hash of both), so a re-run only looks them up.
const FILE = 'word-forms.json';

/** The stored forms, or undefined when there are none, they are damaged or other code made them. */
export function readWordForms(cacheDir: string, version: string): StoredWordForm[] | undefined {
  try {
    const text = readFileSync(path.join(cacheDir, FILE), 'utf8');
    // "<version>\n<CRC-32 of the JSON>\n<JSON>": a flipped byte anywhere fails the checksum or the version.
    const [storedVersion, sum] = text.split('\n', 2);
    const json = text.slice((storedVersion?.length ?? 0) + (sum?.length ?? 0) + 2);
    if (storedVersion !== version || Number(sum) !== crc32(json)) return undefined;
    return JSON.parse(json) as StoredWordForm[];
  } catch {
    // None yet (or unreadable): the gazetteer works them out.
    return undefined;
  }
}

/** Written aside and renamed, so a run stopped half-way leaves the previous file whole. */
export function writeWordForms(cacheDir: string, version: string, forms: StoredWordForm[]): void {
  const file = path.join(cacheDir, FILE);
  const json = JSON.stringify(forms);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${version}\n${crc32(json)}\n${json}`);
  renameSync(temporary, file);
}
