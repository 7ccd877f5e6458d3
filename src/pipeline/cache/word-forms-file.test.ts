import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { readWordForms, writeWordForms } from './word-forms-file.ts';

const root = path.resolve(import.meta.dirname, '../../..');
// One article in English, one in Russian: Latin and Cyrillic words have their keys made differently.
const articles = ['001_c21151932be9a4ed.txt', '002_eb48d51dffeef2e8.txt'].map((name) =>
  readFileSync(path.join(root, 'seeds', name), 'utf8'),
);

describe('the word forms kept in the cache folder', () => {
  const fresh = loadGazetteer();
  const forms = fresh.words.storedForms();
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'word-forms-'));
  writeWordForms(cacheDir, 'v1', forms);

  it('give a gazetteer that finds in an article what one that worked them out finds', () => {
    const known = readWordForms(cacheDir, 'v1');
    expect(known).toEqual(forms);
    const remembered = loadGazetteer(known);
    expect(remembered.words.storedForms()).toEqual(forms);
    const matchers = [
      'countryNames',
      'countryAdjectives',
      'cityNames',
      'officialNames',
      'rolePhrases',
      'meetingNames',
    ] as const;
    for (const text of articles) {
      expect(fresh.officialNames.find(text).length).toBeGreaterThan(0);
      for (const matcher of matchers) {
        expect(remembered[matcher].find(text), matcher).toEqual(fresh[matcher].find(text));
      }
    }
  });

  it('are not read when another version of the code made them, or a byte of them changed', () => {
    expect(readWordForms(cacheDir, 'v2')).toBeUndefined();
    const file = path.join(cacheDir, 'word-forms.json');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"andorra"');
    bytes[at + 1] = (bytes[at + 1] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    expect(readWordForms(cacheDir, 'v1')).toBeUndefined();
    expect(readWordForms(mkdtempSync(path.join(tmpdir(), 'word-forms-')), 'v1')).toBeUndefined();
  });
});
