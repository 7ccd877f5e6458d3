import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { DateReason, UiLanguage } from '#schema';
import { resources } from '../../i18n/createI18n.ts';
import { dateReasonParts } from './dateReasonText.ts';

async function translator(lng: UiLanguage): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

const scholz: DateReason = {
  kind: 'office',
  person: { en: 'Olaf Scholz', ru: 'Олаф Шольц' },
  spells: [{ role: 'chancellor', from: '2021-12-08', to: '2025-05-06' }],
};
const tokayev: DateReason = {
  kind: 'office',
  person: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
  spells: [
    { role: 'foreign_minister', from: '2002-06-13', to: '2007-01-10' },
    { role: 'president', from: '2019-03-20', to: null },
  ],
};
const qingdao: DateReason = {
  kind: 'meeting',
  meeting: { en: 'SCO summit', ru: 'саммит ШОС' },
  city: { en: 'Qingdao', ru: 'Циндао' },
  start: '2018-06-09',
  end: '2018-06-10',
};

// Intl separates some parts with no-break or thin spaces.
const line = (reason: DateReason, lng: UiLanguage, t: TFunction) =>
  dateReasonParts(reason, lng, t)
    .map((part) => part.text)
    .join('')
    .replace(/\s/g, ' ');

describe('reasons an inferred date has its year, in the UI language', () => {
  it('an office spell names the person, the role and both days; an open spell runs "since" / «по сей день»', async () => {
    const en = await translator('en');
    const ru = await translator('ru');
    expect(line(scholz, 'en', en)).toBe('Olaf Scholz was chancellor from December 8, 2021 to May 6, 2025');
    expect(line(scholz, 'ru', ru)).toBe('Олаф Шольц — канцлер с 8 декабря 2021 г. по 6 мая 2025 г.');
    expect(line(tokayev, 'en', en)).toBe(
      'Kassym-Jomart Tokayev was foreign minister from June 13, 2002 to January 10, 2007 and has been president since March 20, 2019',
    );
    expect(line(tokayev, 'ru', ru)).toBe(
      'Касым-Жомарт Токаев — министр иностранных дел с 13 июня 2002 г. по 10 января 2007 г. и президент с 20 марта 2019 г. по сей день',
    );
  });

  it('a meeting gives its label, its city and its days, the Russian label capitalised at the start', async () => {
    expect(line(qingdao, 'en', await translator('en'))).toBe(
      'The SCO summit in Qingdao was held on June 9 – 10, 2018',
    );
    expect(line(qingdao, 'ru', await translator('ru'))).toBe(
      'Саммит ШОС в городе Циндао — 9–10 июня 2018 г.',
    );
  });

  it('names come out as parts of their own, so the pane isolates them, and a name is never read as markup', async () => {
    const hostile: DateReason = { ...scholz, person: { en: '<b>{{spells}}</b>', ru: '<b>{{spells}}</b>' } };
    const parts = dateReasonParts(hostile, 'en', await translator('en'));
    expect(parts[0]).toEqual({ text: '<b>{{spells}}</b>', name: true });
    expect(parts.filter((part) => part.name)).toHaveLength(1);
  });

  it('a city name with one end open, and the reasons that carry no name', async () => {
    const en = await translator('en');
    const ru = await translator('ru');
    const nurSultan: DateReason = {
      kind: 'cityName',
      name: { en: 'Nur-Sultan', ru: 'Нур-Султан' },
      from: '2019-03-23',
      to: '2022-09-17',
    };
    expect(line(nurSultan, 'en', en)).toBe(
      'The city was called Nur-Sultan from March 23, 2019 to September 17, 2022',
    );
    expect(line({ ...nurSultan, to: null }, 'ru', ru)).toBe(
      'Город носит название «Нур-Султан» с 23 марта 2019 г.',
    );
    expect(line({ kind: 'statedYear', year: 2025 }, 'ru', ru)).toBe(
      'Последний год, названный в тексте: 2025',
    );
    expect(line({ kind: 'after', day: '2024-03-12' }, 'en', en)).toBe(
      'After an earlier event the text recalls (March 12, 2024)',
    );
    expect(line({ kind: 'weekday' }, 'en', en)).toBe('The weekday the text gives');
    const published = {
      start: '2018-06-08',
      end: '2018-06-08',
      precision: 'day',
      basis: 'publication',
    } as const;
    expect(line({ kind: 'otherReport', date: published }, 'en', en)).toBe(
      'Another report of the event was published on June 8, 2018',
    );
    const month = { start: '2018-06', end: '2018-06', precision: 'month', basis: 'stated' } as const;
    expect(line({ kind: 'otherReport', date: month }, 'ru', ru)).toBe(
      'Другое сообщение о событии датирует его: июнь 2018 г.',
    );
  });
});
