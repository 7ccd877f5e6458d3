import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../pipeline/article/dates/create-date-parsers.ts';
import { extractArticle } from '../pipeline/article/extract-article.ts';
import { type Entities, findEntities } from '../pipeline/article/find-entities.ts';

const gazetteer = loadGazetteer();
const seedsDir = path.resolve(import.meta.dirname, '../../seeds');
const seed = (name: string) => readFileSync(path.join(seedsDir, name), 'utf8');

// A digest or a transcript runs to megabytes: the same story's paragraphs over and over make one whose
// every part must yield what the story alone yields, at its own offset.
function repeatToSize(story: string, bytes: number): { text: string; copies: number; stride: number } {
  const unit = `${story.trim()}\n\n`;
  const copies = Math.ceil(bytes / Buffer.byteLength(unit));
  return { text: unit.repeat(copies), copies, stride: unit.length };
}

function shifted(entities: Entities, by: number): Entities {
  const move = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start + by,
    end: s.end + by,
  });
  return {
    countries: entities.countries.map(move),
    cities: entities.cities.map(move),
    people: entities.people.map(move),
    roles: entities.roles.map((r) => ({ ...move(r), unknownName: r.unknownName && move(r.unknownName) })),
  };
}

function copyOf(entities: Entities, from: number, to: number): Entities {
  const inside = (s: { start: number }) => s.start >= from && s.start < to;
  return {
    countries: entities.countries.filter(inside),
    cities: entities.cities.filter(inside),
    people: entities.people.filter(inside),
    roles: entities.roles.filter(inside),
  };
}

describe('a large article (issue 14, item 1: entity linking was quadratic in the text)', () => {
  for (const [name, language] of [
    ['001_c21151932be9a4ed.txt', 'English'],
    ['004_d7823ab33b5aa0b1.txt', 'Russian'],
  ] as const) {
    it(`finds in a 3 MB ${language} article, copy by copy, the people, offices and countries of the story alone`, () => {
      const story = `${seed(name).trim()}\n\n`;
      const alone = findEntities(story, gazetteer);
      // What the story names, by name: the test means nothing if the story names no one.
      expect(alone.people.map((p) => p.officialId)).toContain('tokayev-kassym-jomart');
      expect(alone.roles.some((r) => r.officialId !== null && r.country !== null)).toBe(true);

      const { text, copies, stride } = repeatToSize(story, 3 * 2 ** 20);
      const all = findEntities(text, gazetteer);
      expect(all.people).toHaveLength(alone.people.length * copies);
      for (const copy of [0, 1, Math.floor(copies / 2), copies - 1]) {
        expect(copyOf(all, copy * stride, (copy + 1) * stride), `copy ${copy}`).toEqual(
          shifted(alone, copy * stride),
        );
      }
    });
  }
});

describe('a large article read whole (issue 14, item 1: extraction near-linear in the text)', () => {
  it('a 4 MB file of one story repeated yields that story’s event, its evidence in the head of the text', () => {
    const story = `${seed('001_c21151932be9a4ed.txt').trim()}\n\n`;
    const context = { gazetteer, dateParsers: createDateParsers(), now: new Date('2026-12-03T12:00:00Z') };
    const alone = extractArticle('a', 'story.txt', story, context).event;
    expect(alone?.participants.map((p) => p.id)).toContain('tokayev-kassym-jomart');

    const { text } = repeatToSize(story, 4 * 2 ** 20);
    const whole = extractArticle('b', 'digest.txt', text, context);
    expect(whole.text.text.length).toBeGreaterThan(4_000_000);
    expect(whole.event?.type).toBe(alone?.type);
    expect(whole.event?.countries).toEqual(alone?.countries);
    expect(whole.event?.date).toEqual(alone?.date);
    // Only the head is read for the event: evidence from megabytes further on would mean the whole was.
    expect(Math.max(...(whole.event?.evidence ?? []).map((e) => e.end))).toBeLessThan(100_000);
  });
});
