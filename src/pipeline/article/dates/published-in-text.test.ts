import { describe, expect, it } from 'vitest';
import { localeFor } from '../../locales/index.ts';
import { splitSentences } from '../sentences.ts';
import { createDateParsers } from './create-date-parsers.ts';
import { publishedInText } from './published-in-text.ts';

const parsers = createDateParsers();
const now = new Date('2026-12-03T12:00:00Z');
const filed = (text: string, lang: string) => {
  const locale = localeFor(lang);
  if (!locale) throw new Error(`no locale ${lang}`);
  return publishedInText(splitSentences(text), locale, parsers, now);
};

describe('publishedInText', () => {
  it('reads "today" or "yesterday" beside a date written out in full', () => {
    expect(
      filed(
        'Сенатор посетил посольство.\nОб этом сегодня, 5 марта 2026 года, рассказали в пресс-службе.',
        'ru',
      ),
    ).toBe('2026-03-05');
    expect(filed('The minister met the ambassador yesterday (March 4, 2026), the ministry said.', 'en')).toBe(
      '2026-03-05',
    );
  });

  it("reads a wire dateline's day, its year written there or in a full date of the opening", () => {
    expect(filed('ASTANA, Sept. 14, 2022 (Xinhua) -- Xi Jinping arrived here Wednesday.', 'en')).toBe(
      '2022-09-14',
    );
    expect(
      filed(
        'Xi Jinping arrives at the airport, Sept. 14, 2022. (Xinhua/Yao Dawei)\n\nNUR-SULTAN, Sept. 14 (Xinhua) -- Xi Jinping arrived here Wednesday.',
        'en',
      ),
    ).toBe('2022-09-14');
  });

  it('takes no filing day from a date far from "today", from a dateline with no year, or from a year worked out', () => {
    expect(filed('Today the ministers met. The treaty was signed on March 4, 2016.', 'en')).toBeNull();
    expect(filed('NUR-SULTAN, Sept. 14 (Xinhua) -- President Tokayev met Xi Jinping.', 'en')).toBeNull();
  });
});
