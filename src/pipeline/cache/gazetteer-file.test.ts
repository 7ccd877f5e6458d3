import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { readStoredGazetteer, writeStoredGazetteer } from './gazetteer-file.ts';

const root = path.resolve(import.meta.dirname, '../../..');
// Every seed article: Latin, Cyrillic and Han words have their keys made differently.
const articles = readdirSync(path.join(root, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(root, 'seeds', name), 'utf8'));

describe('the gazetteer kept in the cache folder', () => {
  const fresh = loadGazetteer();
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
  writeStoredGazetteer(cacheDir, 'v1', fresh.stored());

  it('finds in an article what a gazetteer built from the data finds', () => {
    const stored = readStoredGazetteer(cacheDir, 'v1');
    if (!stored) throw new Error('no stored gazetteer');
    const restored = new Gazetteer(stored.data, stored);
    expect(restored.stored()).toEqual(fresh.stored());
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
        expect(restored[matcher].find(text), matcher).toEqual(fresh[matcher].find(text));
      }
      expect(restored.findMeetingNames(text)).toEqual(fresh.findMeetingNames(text));
    }
    expect(restored.findMeetingNames('at the C5+1 summit and the G20')).toEqual(
      fresh.findMeetingNames('at the C5+1 summit and the G20'),
    );
  });

  it('is not read when another version of the code made it, or a byte of it changed', () => {
    expect(readStoredGazetteer(cacheDir, 'v2')).toBeUndefined();
    const file = path.join(cacheDir, 'gazetteer.json');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"AD"');
    bytes[at + 1] = (bytes[at + 1] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    expect(readStoredGazetteer(cacheDir, 'v1')).toBeUndefined();
    expect(readStoredGazetteer(mkdtempSync(path.join(tmpdir(), 'gazetteer-')), 'v1')).toBeUndefined();
  });
});
