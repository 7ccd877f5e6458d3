import { describe, expect, it } from 'vitest';
import type { Corpus, DiplomaticEvent } from '#schema';
import type { GoldArticle, GoldEvent } from './gold-format.ts';
import { sameName } from './match-names.ts';
import { scoreCorpus } from './score.ts';

const tokayev = {
  name: 'Kassym-Jomart Tokayev',
  nameRu: 'Касым-Жомарт Токаев',
  country: 'KZ',
  role: 'president',
} as const;
const khurelsukh = {
  name: 'Ukhnaagiin Khürelsükh',
  nameRu: 'Ухнаагийн Хурэлсух',
  country: 'MN',
  role: 'president',
} as const;

function goldEvent(over: Partial<GoldEvent> = {}): GoldEvent {
  return {
    id: '2024-10-28-kz-mn-visit',
    mode: 'reported',
    type: 'visit',
    types: ['visit', 'talks'],
    date: { start: '2024-10-28', end: '2024-10-29', precision: 'day' },
    dateFrom: 'stated',
    dateEvidence: '28 октября',
    planned: false,
    countries: ['KZ', 'MN'],
    participants: [tokayev, khurelsukh],
    place: { city: 'Ulaanbaatar', country: 'MN' },
    agreements: [],
    figures: [],
    ...over,
  };
}

function goldArticle(file: string, over: Partial<GoldArticle> = {}): GoldArticle {
  return {
    file,
    url: `https://example.org/${file}`,
    outlet: 'Example',
    lang: 'ru',
    published: '2024-10-28',
    diplomatic: true,
    events: [goldEvent()],
    hard: [],
    notes: '',
    annotator: 'test',
    checkedBy: 'test',
    ...over,
  };
}

function event(id: string, articleIds: string[], over: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  return {
    id,
    type: 'visit',
    types: ['visit'],
    planned: false,
    date: { start: '2024-10-28', end: '2024-10-28', precision: 'day', basis: 'stated' },
    countries: ['KZ', 'MN'],
    participants: [
      {
        id: 'tokayev',
        name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
        country: 'KZ',
        role: 'president',
        known: true,
      },
      {
        id: 'khurelsukh',
        name: { en: 'Ukhnaagiin Khurelsukh', ru: 'Ухнаагийн Хурэлсух' },
        country: 'MN',
        role: 'president',
        known: true,
      },
    ],
    location: { id: 'ulaanbaatar', name: { en: 'Ulaanbaatar', ru: 'Улан-Батор' }, country: 'MN' },
    agreements: [],
    figures: [],
    title: { en: '', ru: '' },
    articleIds,
    evidence: [],
    ...over,
  };
}

function corpusOf(files: Array<[string, string[]]>, events: DiplomaticEvent[]): Corpus {
  return {
    schemaVersion: 1,
    generatedAt: '2026-12-03T00:00:00Z',
    articles: files.map(([file, eventIds]) => ({
      id: file,
      file,
      lang: 'ru',
      title: '',
      published: '2024-10-28',
      source: null,
      eventIds,
      unplacedReason: eventIds.length ? null : 'reports no diplomatic event',
      textUrl: null,
      textLength: 0,
    })),
    events,
    problems: [],
  };
}

describe('scoring a corpus against gold annotations', () => {
  it('counts a day inside a multi-day visit as the right date, but not as the exact range', () => {
    const r = scoreCorpus([goldArticle('a.txt')], corpusOf([['a.txt', ['e1']]], [event('e1', ['a.txt'])]));
    expect(r.fields.date).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.fields.dateExact).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.exact.participants).toEqual([1, 1]);
    expect(r.fields.place.tp).toBe(1);
  });

  it('scores a wrong date, a topic country taken for a party and a missing participant as misses', () => {
    const wrong = event('e1', ['a.txt'], {
      date: { start: '2024-10-20', end: '2024-10-20', precision: 'day', basis: 'stated' },
      countries: ['KZ', 'MN', 'CN'],
      participants: event('e', []).participants.slice(0, 1),
    });
    const r = scoreCorpus([goldArticle('a.txt')], corpusOf([['a.txt', ['e1']]], [wrong]));
    expect(r.fields.date).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.fields.countries).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(r.fields.participants).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(r.misses.map((m) => m.field).sort()).toEqual(['countries', 'date', 'participants']);
    // The article's main event as a reader judges it: the type right, the rest wrong.
    expect(r.main).toEqual({ date: [0, 1], countries: [0, 1], participants: [0, 1], type: [1, 1] });
  });

  it('counts non-events kept off the timeline and those put on it', () => {
    const gold = [
      goldArticle('n1.txt', { diplomatic: false, events: [] }),
      goldArticle('n2.txt', { diplomatic: false, events: [goldEvent({ mode: 'recalled' })] }),
    ];
    const r = scoreCorpus(
      gold,
      corpusOf(
        [
          ['n1.txt', []],
          ['n2.txt', ['e1']],
        ],
        [event('e1', ['n2.txt'])],
      ),
    );
    expect(r.nonEventsRejected).toEqual([1, 2]);
    expect(r.fields.events).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('finds merged pairs of one event and false merges of two', () => {
    const other = goldEvent({
      id: '2019-09-10-kz-mn-visit',
      date: { start: '2019-09-10', end: '2019-09-10', precision: 'day' },
    });
    const gold = [
      goldArticle('a.txt'),
      goldArticle('b.txt'),
      goldArticle('c.txt'),
      goldArticle('d.txt', { events: [other] }),
    ];
    const corpus = corpusOf(
      [
        ['a.txt', ['e1']],
        ['b.txt', ['e1']],
        ['c.txt', ['e2']],
        ['d.txt', ['e2']],
      ],
      [event('e1', ['a.txt', 'b.txt']), event('e2', ['c.txt', 'd.txt'])],
    );
    const r = scoreCorpus(gold, corpus);
    expect(r.merges).toEqual({ goldPairs: 3, found: 1, predictedPairs: 2, falseMerges: 1 });
  });

  it('does not call a merge false when one article reports the event the other recalls', () => {
    const summit = goldEvent({ id: '2024-07-04-sco-summit', type: 'summit' });
    const bilateral = goldEvent({ id: '2024-07-04-kz-mn-meeting', type: 'meeting' });
    const gold = [
      goldArticle('summit.txt', { events: [summit] }),
      goldArticle('sidelines.txt', { events: [bilateral, { ...summit, mode: 'recalled' }] }),
      goldArticle('unrelated.txt', { events: [goldEvent({ id: '2019-09-10-kz-mn-visit' })] }),
    ];
    const merged = (files: string[]) =>
      scoreCorpus(
        gold,
        corpusOf(
          gold.map((g) => [g.file, files.includes(g.file) ? ['e1'] : []]),
          [event('e1', files)],
        ),
      ).merges;
    expect(merged(['summit.txt', 'sidelines.txt'])).toMatchObject({ found: 0, falseMerges: 0 });
    expect(merged(['summit.txt', 'unrelated.txt'])).toMatchObject({ falseMerges: 1 });
  });

  it('matches each of several gold events of an article to its own predicted event', () => {
    const summit = goldEvent({
      id: '2025-09-01-sco-summit',
      type: 'summit',
      types: ['summit'],
      countries: ['KZ', 'CN', 'RU'],
      participants: [tokayev],
    });
    const bilateral = goldEvent({
      id: '2025-08-31-cn-kz-talks',
      type: 'talks',
      types: ['talks'],
      countries: ['KZ', 'CN'],
      participants: [tokayev],
    });
    const corpus = corpusOf(
      [['a.txt', ['s', 't']]],
      [
        event('t', ['a.txt'], { type: 'talks', types: ['talks'], countries: ['KZ', 'CN'], participants: [] }),
        event('s', ['a.txt'], {
          type: 'summit',
          types: ['summit'],
          countries: ['KZ', 'CN', 'RU'],
          participants: [],
        }),
      ],
    );
    const r = scoreCorpus([goldArticle('a.txt', { events: [summit, bilateral] })], corpus);
    expect(r.fields.type).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(r.typeConfusion).toEqual({ summit: { summit: 1 }, talks: { talks: 1 } });
  });
});

describe('matching names across spellings', () => {
  it('takes spellings and orders of one name for one person', () => {
    expect(sameName('Kassym-Jomart Tokayev', 'Kassym-Jomart Tokaev')).toBe(true);
    expect(sameName('Dashzegviin Amarbayasgalan', 'Amarbayasgalan Dashzegve')).toBe(true);
    expect(sameName('Ухнаагийн Хурэлсух', 'Хурэлсух Ухнаа')).toBe(true);
  });

  it('does not take two people who share a common given name for one', () => {
    expect(sameName('Mohammed bin Salman', 'Mohammed bin Zayed')).toBe(false);
    expect(sameName('Vladimir Putin', 'Vladimir Zelensky')).toBe(false);
  });
});
