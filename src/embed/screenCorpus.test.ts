import { describe, expect, it } from 'vitest';
import type { TimelineIndex } from '#schema';
import { daySpan, isPossibleDate, sameOriginTextUrl, screenCorpus } from './screenCorpus.ts';

const CORPUS = 'https://example.org/timeline/corpus/index.json';

describe('dates a corpus may not use (issue 14 item 1)', () => {
  it('a day, month or year covers the days a calendar has, and no others', () => {
    expect(daySpan('2024-02-29')).toEqual({ first: '2024-02-29', last: '2024-02-29' });
    expect(daySpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(daySpan('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    for (const impossible of [
      '2025-13-45',
      '2025-02-29',
      '2025-00',
      '2025-04-31',
      '2025-01-00',
      '25-01-01',
    ]) {
      expect(daySpan(impossible), impossible).toBeNull();
    }
  });

  it('a span may not end before it starts; a day inside a month it ends in is fine', () => {
    const date = { precision: 'day', basis: 'stated' } as const;
    expect(isPossibleDate({ ...date, start: '2025-09-10', end: '2025-09-01' })).toBe(false);
    expect(isPossibleDate({ ...date, start: '2025-09-01', end: '2025-09-10' })).toBe(true);
    expect(isPossibleDate({ ...date, start: '2025-09-10', end: '2025-09' })).toBe(true);
    expect(isPossibleDate({ ...date, start: '2025-13-45', end: '2025-13-45' })).toBe(false);
  });
});

describe('text URLs a corpus may not use (issue 14 item 1)', () => {
  it('only http(s) on the corpus file’s own origin', () => {
    expect(sameOriginTextUrl('texts/a-1.json', CORPUS)?.href).toBe(
      'https://example.org/timeline/corpus/texts/a-1.json',
    );
    expect(sameOriginTextUrl('/elsewhere/a-1.json', CORPUS)?.href).toBe(
      'https://example.org/elsewhere/a-1.json',
    );
    for (const foreign of [
      'https://tracker.example.net/a-1.json',
      '//tracker.example.net/a-1.json',
      'http://example.org/timeline/corpus/texts/a-1.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'blob:https://example.org/0b3c',
    ]) {
      expect(sameOriginTextUrl(foreign, CORPUS), foreign).toBeNull();
    }
  });
});

describe('screenCorpus (issue 14 item 1)', () => {
  const index = {
    schemaVersion: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    problems: [],
    articles: [
      { id: 'a-1', published: '2025-02-30', textUrl: 'javascript:alert(1)' },
      { id: 'a-2', published: '2025-02-28', textUrl: 'texts/a-2.json' },
    ],
    events: [
      { id: 'ev-1', date: { start: '2025-13-45', end: '2025-13-45', precision: 'day', basis: 'stated' } },
      { id: 'ev-2', date: { start: '2025-09-10', end: '2025-09-01', precision: 'day', basis: 'stated' } },
      { id: 'ev-3', date: { start: '2025-09-01', end: '2025-09-03', precision: 'day', basis: 'stated' } },
      { id: 'ev-4', date: null },
    ],
  } as unknown as TimelineIndex;

  it('keeps every entry: impossible dates become unknown, foreign texts are dropped, and it says how many', () => {
    const { corpus, report } = screenCorpus(index, CORPUS);
    expect(corpus.events.map((event) => [event.id, event.date?.start ?? null])).toEqual([
      ['ev-1', null],
      ['ev-2', null],
      ['ev-3', '2025-09-01'],
      ['ev-4', null],
    ]);
    expect(corpus.articles.map((article) => [article.id, article.published, article.textUrl])).toEqual([
      ['a-1', null, null],
      ['a-2', '2025-02-28', 'texts/a-2.json'],
    ]);
    expect(report).toEqual({
      dates: { count: 2, example: '2025-13-45' },
      published: { count: 1, example: '2025-02-30' },
      texts: { count: 1, example: 'javascript:alert(1)' },
    });
  });

  it('hands back the very corpus when nothing needs setting aside', () => {
    const clean = { ...index, articles: [index.articles[1]], events: index.events.slice(2) } as TimelineIndex;
    expect(screenCorpus(clean, CORPUS).corpus).toBe(clean);
  });
});
