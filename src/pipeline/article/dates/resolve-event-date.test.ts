import { describe, expect, it } from 'vitest';
import { localeFor } from '../../locales/index.ts';
import { classifyEvent, reportingSentences } from '../classify-event.ts';
import { splitSentences } from '../sentences.ts';
import { createDateParsers } from './create-date-parsers.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { resolveEventDate } from './resolve-event-date.ts';

const parsers = createDateParsers();
const now = new Date('2026-11-23T12:00:00Z');

function resolve(text: string, lang: string, published: string | null) {
  const locale = localeFor(lang);
  if (!locale) throw new Error(`no locale ${lang}`);
  const sentences = splitSentences(text);
  const eventSentence =
    classifyEvent(
      reportingSentences(sentences, () => false, locale),
      () => true,
      locale,
    )?.eventSentence ?? null;
  const mentions = findDateMentions(sentences, locale, published, parsers, now);
  return resolveEventDate({ mentions, published, eventSentence, titleSentences: [], locale });
}

describe('resolveEventDate', () => {
  it('prefers the wire dateline', () => {
    const text =
      'ASTANA, Kazakhstan, September 5. The President of Kazakhstan held a meeting with the Chairman. He noted his visit to Mongolia in October last year.';
    expect(resolve(text, 'en', '2025-09-05')).toMatchObject({
      date: { start: '2025-09-05', precision: 'day', basis: 'stated' },
      planned: false,
    });
  });

  it("takes the event sentence's own day over the dateline, which only says when the story was filed", () => {
    const text =
      'BERLIN, 22. September 2023. /tass/. Bundeskanzler Olaf Scholz wird am 28. September in Berlin Gespräche mit dem kasachischen Präsidenten führen.';
    expect(resolve(text, 'de', '2023-09-22')).toMatchObject({
      date: { start: '2023-09-28', precision: 'day' },
      planned: true,
    });
  });

  it('a date about an earlier event is not the event date: falls back to the publication date', () => {
    const text =
      'Токаев провел встречу с председателем хурала. Он отметил, что после его визита в Монголию в октябре прошлого года связи вышли на новый уровень.';
    expect(resolve(text, 'ru', '2025-09-06')).toMatchObject({
      date: { start: '2025-09-06', basis: 'publication' },
      sentence: null,
    });
  });

  it('page chrome dates never reach it, and "сегодня, 8 апреля" in the event sentence wins', () => {
    const text =
      'Россия является главным партнером. Такое заявление сделал сегодня, 8 апреля, в Нур-Султане министр по итогам встречи с Лавровым.';
    expect(resolve(text, 'ru', '2021-04-08')?.date).toMatchObject({
      start: '2021-04-08',
      precision: 'day',
      basis: 'stated',
    });
  });

  it('a date after publication makes the event planned', () => {
    const text =
      'President Tokayev will pay a state visit to Mongolia on Aug. 22-23, the press service said.';
    expect(resolve(text, 'en', '2025-08-01')).toMatchObject({
      date: { start: '2025-08-22', end: '2025-08-23' },
      planned: true,
    });
  });

  it('an article with no resolvable date stays undated', () => {
    expect(
      resolve(
        'President Tokayev held talks with the President of Mongolia. The signing of agreements today is expected.',
        'en',
        null,
      ),
    ).toBeNull();
  });
});
