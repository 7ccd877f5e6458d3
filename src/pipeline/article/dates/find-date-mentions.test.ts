import { describe, expect, it } from 'vitest';
import { localeFor } from '../../locales/index.ts';
import { splitSentences } from '../sentences.ts';
import { createDateParsers } from './create-date-parsers.ts';
import { findDateMentions } from './find-date-mentions.ts';

const locale = (lang: string) => {
  const found = localeFor(lang);
  if (!found) throw new Error(`no locale ${lang}`);
  return found;
};

const parsers = createDateParsers();
const now = new Date('2026-11-23T12:00:00Z');
const mentions = (text: string, lang: string, published: string | null) =>
  findDateMentions(splitSentences(text), locale(lang), published, parsers, now).map((m) => ({
    start: m.start,
    end: m.end,
    precision: m.precision,
    relative: m.relative,
  }));

describe('findDateMentions', () => {
  it('a day and month with no year takes the publication year', () => {
    expect(mentions('Такое заявление сделал 8 апреля министр.', 'ru', '2021-04-08')).toEqual([
      { start: '2021-04-08', end: '2021-04-08', precision: 'day', relative: false },
    ]);
  });

  it('"сегодня"/"today" resolve to the publication date', () => {
    expect(mentions('Такое заявление сделал сегодня министр.', 'ru', '2021-04-08')[0]).toMatchObject({
      start: '2021-04-08',
      relative: true,
    });
    expect(mentions('He said so yesterday in Astana.', 'en', '2025-09-05')[0]).toMatchObject({
      start: '2025-09-04',
      relative: true,
    });
  });

  it('without a publication date, keeps a day and month with its year unknown, and its weekday', () => {
    const found = findDateMentions(
      splitSentences('Rahmon arrived in Astana on a working visit on Friday, August 25.'),
      locale('en'),
      null,
      parsers,
      now,
    );
    expect(found).toMatchObject([{ month: 8, day: 25, weekday: 5, yearUnknown: true, precision: 'day' }]);
  });

  it('without a publication date, drops what counts from it ("сегодня", "в прошлом году", "on Tuesday")', () => {
    const text = 'Сегодня подписаны документы. В прошлом году товарооборот вырос. On Tuesday they met.';
    expect(mentions(text, 'ru', null)).toEqual([]);
    expect(mentions('On Tuesday the presidents met.', 'en', null)).toEqual([]);
  });

  it('a weekday with no date is the last one up to publication, or the next one in a sentence of plans', () => {
    // Published on Monday 1 January 2018.
    expect(
      mentions('The presidents agreed on Tuesday to expand cooperation.', 'en', '2018-01-01')[0]?.start,
    ).toBe('2017-12-26');
    expect(mentions('Президенты встретятся во вторник в Астане.', 'ru', '2018-01-01')[0]?.start).toBe(
      '2018-01-02',
    );
    expect(mentions('Президенты встретились в пятницу в Астане.', 'ru', '2018-01-01')[0]?.start).toBe(
      '2017-12-29',
    );
  });

  it('reads ranges and month-only dates at their precision', () => {
    expect(mentions('Форум пройдет 11–12 ноября в Астане.', 'ru', '2024-10-01')[0]).toMatchObject({
      start: '2024-11-11',
      end: '2024-11-12',
    });
    expect(mentions('He will pay a state visit on Aug. 22-23.', 'en', '2025-08-01')[0]).toMatchObject({
      start: '2025-08-22',
      end: '2025-08-23',
    });
    expect(mentions('Визит состоится в октябре.', 'ru', '2024-09-01')[0]).toMatchObject({
      start: '2024-10',
      precision: 'month',
    });
  });

  it('reads "в октябре прошлого года" and "October last year" as October of the year before', () => {
    expect(
      mentions('после его визита в Монголию в октябре прошлого года', 'ru', '2025-09-06')[0],
    ).toMatchObject({
      start: '2024-10',
      precision: 'month',
    });
    expect(
      mentions('following his visit to Mongolia in October last year', 'en', '2025-09-05')[0],
    ).toMatchObject({
      start: '2024-10',
      precision: 'month',
    });
  });

  it('reads "3 дня назад" and "2 days ago" as days counted back from publication', () => {
    expect(mentions('3 дня назад министр посетил Астану.', 'ru', '2025-09-06')[0]).toMatchObject({
      start: '2025-09-03',
      precision: 'day',
    });
    expect(mentions('The ministers met in Baku 2 days ago.', 'en', '2025-09-05')[0]).toMatchObject({
      start: '2025-09-03',
      precision: 'day',
    });
  });

  it('reads "в 2024 году" as a year', () => {
    expect(mentions('подписание в 2024 году знакового контракта', 'ru', '2025-09-06')[0]).toMatchObject({
      start: '2024',
      precision: 'year',
    });
  });
});

describe('findDateMentions: what must not parse', () => {
  it('a month name inside a surname ("С.Майдар")', () => {
    expect(mentions('Татар С.Майдар', 'ru', '2025-09-06')).toEqual([]);
  });

  it('a time of day alone ("в 15:00", "утром", "at 10:35")', () => {
    expect(mentions('Переговоры начались в 15:00 утром.', 'ru', '2025-09-06')).toEqual([]);
    expect(mentions('The talks began at 10:35 in the morning.', 'en', '2025-09-05')).toEqual([]);
  });

  it('a span of time ("в течение 2 лет", "within 2 days", "за последние 5 лет", "over the past 5 years")', () => {
    expect(mentions('Проект реализуют в течение 2 лет.', 'ru', '2025-09-06')).toEqual([]);
    expect(mentions('The ministers will meet again within 2 days.', 'en', '2025-09-05')).toEqual([]);
    expect(mentions('Товарооборот за последние 5 лет вырос вдвое.', 'ru', '2025-09-06')).toEqual([]);
    expect(mentions('Trade has doubled over the past 5 years.', 'en', '2025-09-05')).toEqual([]);
  });

  it('a day counted from another event of the story ("2 days later", "спустя 2 дня")', () => {
    expect(mentions('Спустя 2 дня стороны подписали соглашение.', 'ru', '2025-09-06')).toEqual([]);
    expect(mentions('2 days later the sides signed an agreement.', 'en', '2025-09-05')).toEqual([]);
  });

  it('a time opening the next line, as part of a date that ends the line before', () => {
    expect(mentions('date 2019-09-02\n21:33, 6 сентября 2020', 'ru', null)).toContainEqual({
      start: '2019-09-02',
      end: '2019-09-02',
      precision: 'day',
      relative: false,
    });
  });

  it('a number in a strategy name ("Vision-2050") or an amount', () => {
    expect(mentions('the Vision-2050 strategy and a landmark 2024 contract', 'en', '2025-09-05')).toEqual([]);
  });
});

it('"now" names the present, not a day', () => {
  const en = localeFor('en');
  if (!en) throw new Error('no en locale');
  const sentences = splitSentences(
    'Kazakhstan supported the fight in 2001, and now supports the work in Afghanistan.',
  );
  const found = findDateMentions(
    sentences,
    en,
    '2018-01-17',
    createDateParsers(),
    new Date('2026-12-03T12:00:00Z'),
  );
  expect(found.map((m) => m.start)).toEqual(['2001']);
});
