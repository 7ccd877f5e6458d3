import { describe, expect, it } from 'vitest';
import type { Article, Problem, TimelineEvent } from '#schema';
import { outsideEntries } from './outsideEntries.ts';

const article = (file: string, extra: Partial<Article> = {}): Article => ({
  id: `a-${file}`,
  file,
  lang: 'ru',
  title: file,
  published: null,
  source: null,
  eventIds: [],
  unplacedReason: null,
  textUrl: null,
  textLength: 0,
  ...extra,
});
const event = (id: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  type: 'talks',
  types: ['talks'],
  planned: false,
  date: { start: '2024-05-01', end: '2024-05-01', precision: 'day', basis: 'stated' },
  countries: ['KZ', 'CN'],
  participants: [],
  location: null,
  agreements: [],
  figures: [],
  title: { en: id, ru: id },
  articleIds: [],
  ...extra,
});
const problem = (file: string, code: string): Problem => ({
  file,
  code,
  severity: 'warning',
  message: `${code} in ${file}`,
});

describe('issue 15 item 6: what the timeline does not draw, each file once', () => {
  it('a duplicate file is one unplaced entry carrying its problem; an undated event’s note is not listed again', () => {
    const entries = outsideEntries(
      [
        event('dated'),
        event('undated', { date: null, articleIds: ['a-b.txt'] }),
        event('abroad', { countries: ['CN', 'RU'] }),
      ],
      [
        article('a.txt', { unplacedReason: 'the same text as c.txt', unplacedCode: 'duplicate' }),
        article('b.txt', { eventIds: ['undated'] }),
        article('d.txt', { unplacedReason: 'no diplomatic event found', unplacedCode: 'no_event' }),
        article('e.txt', { unplacedReason: 'no diplomatic event found', unplacedCode: 'no_event' }),
      ],
      [
        problem('a.txt', 'duplicate'),
        problem('b.txt', 'undated'),
        problem('x.bin', 'binary'),
        problem('x.bin', 'binary'),
      ],
    );
    expect(entries.undated.map((each) => each.id)).toEqual(['undated']);
    expect(entries.withoutHome.map((each) => each.id)).toEqual(['abroad']);
    expect(
      entries.unplaced.map((group) => [group.reason, group.entries.map((entry) => entry.article.file)]),
    ).toEqual([
      ['no_event', ['d.txt', 'e.txt']],
      ['duplicate', ['a.txt']],
    ]);
    expect(entries.unplaced[1]?.entries[0]?.problems.map((each) => each.code)).toEqual(['duplicate']);
    expect(entries.problems.map((group) => [group.reason, group.entries.map((each) => each.file)])).toEqual([
      ['binary', ['x.bin']],
    ]);
  });
});
