import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { localeFor } from '../../locales/index.ts';
import { findEntities } from '../find-entities.ts';
import { splitSentences } from '../sentences.ts';
import { createDateParsers } from './create-date-parsers.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { inferYear } from './infer-year.ts';
import { settleYears } from './settle-years.ts';
import { yearClues } from './year-clues.ts';

const parsers = createDateParsers();
const gazetteer = loadGazetteer();
const now = new Date('2026-12-03T12:00:00Z');

/** The dates of an article with no publication date, with the years its own sentences settle. */
function settled(text: string, lang: 'ru' | 'en') {
  const sentences = splitSentences(text);
  const clues = yearClues(findEntities(text, gazetteer), sentences, gazetteer);
  const locale = localeFor(lang);
  if (!locale) throw new Error(`no locale ${lang}`);
  return settleYears(
    findDateMentions(sentences, locale, null, parsers, now),
    () => clues,
    now,
    locale,
    () => [],
    text,
  )
    .filter((m) => !m.yearUnknown)
    .map((m) => m.start);
}

describe('settling the year of a day and month in an article with no publication date', () => {
  it("the weekday, the president in office and the capital's name leave one year", () => {
    // Friday 25 August: 2017 and 2023 (and 2028, after the run); Tokayev is president from 2019 and Astana
    // was Nur-Sultan from 2019 to 2022.
    const text =
      'President of Tajikistan Emomali Rahmon arrived in Astana on a working visit on Friday, August 25. President Kassym-Jomart Tokayev met him at the airport.';
    expect(settled(text, 'en')).toEqual(['2023-08-25']);
  });

  it('the latest year the text states decides when the clues leave several', () => {
    const text =
      'Об этом 30 августа сообщила Акорда. Отрадно, что 2025 год проходит под эгидой Года туризма. В этом году рост.';
    expect(settled(text, 'ru')).toContain('2025-08-30');
  });

  it('an earlier event the text recalls with its year comes before the event', () => {
    const text =
      'Канцлер Германии Олаф Шольц 16 сентября прибыл в Казахстан. Годом ранее, в ноябре 2023 г., страну посетил Эммануэль Макрон.';
    expect(settled(text, 'ru')).toContain('2024-09-16');
  });

  it('a year written in a name settles the year the offices leave open, and one after the run does not', () => {
    // Nazarbayev and Trump were both presidents on 1 September 2017 and 2018.
    const call =
      'Kazakh President Nursultan Nazarbayev spoke with U.S. President Donald Trump by phone on September 1.';
    expect(settled(`${call} Trump congratulated him on hosting the Astana Expo 2017.`, 'en')).toEqual([
      '2017-09-01',
    ]);
    expect(settled(`${call} They discussed the Kazakhstan 2050 Strategy.`, 'en')).toEqual([]);
  });

  it('leaves the year open when nothing settles it, rather than guess', () => {
    expect(settled('Об этом 30 августа сообщила Акорда. Сегодня подписаны документы.', 'ru')).toEqual([]);
  });
});

describe('inferYear', () => {
  it('keeps no year when two fit every clue', () => {
    const clue = {
      ranges: [{ from: '2021-12-08', to: '2025-05-06' }],
      reason: {
        kind: 'office' as const,
        person: { en: 'Olaf Scholz', ru: 'Олаф Шольц' },
        spells: [{ role: 'chancellor' as const, from: '2021-12-08', to: '2025-05-06' }],
      },
    };
    const q = {
      month: 9,
      day: 16,
      weekday: null,
      clues: [clue],
      latest: '2026-12-03',
      after: null,
      statedYears: [],
    };
    expect(inferYear(q)).toBeNull();
    expect(inferYear({ ...q, weekday: 1 })).toEqual({ year: 2024, why: [{ kind: 'weekday' }, clue.reason] });
  });
});
