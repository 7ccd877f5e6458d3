import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '#schema';
import { resources } from '../../i18n/createI18n.ts';
import { eventsToCsv, eventsToIcs } from './exportFiles.ts';
import { exportWords } from './exportWords.ts';

const event: TimelineEvent = {
  id: 'e1',
  type: 'talks',
  types: ['talks'],
  planned: true,
  date: { start: '2026-03-12', end: '2026-03-13', precision: 'day', basis: 'stated' },
  countries: ['KZ', 'UZ'],
  participants: [],
  location: { id: 'astana', name: { en: 'Astana, "the capital"', ru: 'Астана' }, country: 'KZ' },
  agreements: [],
  figures: [],
  title: { en: '=HYPERLINK("http://x") talks; part 2', ru: 'переговоры' },
  articleIds: [],
};
async function wordsIn(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return exportWords(i18n.t, lng);
}
const en = await wordsIn('en');
const ru = await wordsIn('ru');

const signed: TimelineEvent = {
  ...event,
  id: 'e2',
  type: 'agreement_signing',
  types: ['agreement_signing', 'visit'],
  planned: false,
  date: { start: '2024-10', end: '2024-10', precision: 'month', basis: 'linked' },
  countries: ['KZ', 'MN'],
  participants: [
    {
      id: 'tokayev-kassym-jomart',
      name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
      country: 'KZ',
      role: 'president',
      known: true,
    },
  ],
  location: { id: 'ulaanbaatar', name: { en: 'Ulaanbaatar', ru: 'Улан-Батор' }, country: 'MN' },
  agreements: [
    {
      kind: 'joint_declaration',
      title: {
        en: 'Joint declaration on strategic partnership',
        ru: 'Совместная декларация о стратегическом партнёрстве',
      },
    },
  ],
  figures: [
    {
      amount: 500_000_000,
      currency: 'USD',
      measure: 'trade_turnover',
      kind: 'target',
      year: null,
      label: { en: 'Trade turnover, target', ru: 'Товарооборот, цель' },
    },
  ],
  title: { en: 'Tokayev visits Mongolia', ru: 'Токаев посетил Монголию' },
  articleIds: ['a1'],
};
const articles = new Map<string, Article>([
  [
    'a1',
    {
      id: 'a1',
      file: '001.txt',
      lang: 'ru',
      title: 'Токаев прибыл в Улан-Батор',
      published: '2024-10-05',
      source: { name: 'Kazinform', url: 'https://www.inform.kz/ru/tokaev-pribyl-v-ulan-bator' },
      eventIds: ['e2'],
      unplacedReason: null,
      textUrl: null,
      textLength: 0,
    },
  ],
]);

describe('exports', () => {
  it('CSV quotes every cell and defuses spreadsheet formulas from scraped titles', () => {
    const csv = eventsToCsv([event], en, new Map());
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""http://x"") talks; part 2"`);
    expect(row).toContain('"Astana, ""the capital"""');
  });
  it('iCalendar gives all-day events with an exclusive end and escapes text', () => {
    const ics = eventsToIcs([event], en, new Map());
    expect(ics).toContain('DTSTART;VALUE=DATE:20260312\r\nDTEND;VALUE=DATE:20260314');
    expect(ics).toContain('SUMMARY:=HYPERLINK("http://x") talks\\; part 2');
    expect(ics).toContain('STATUS:TENTATIVE');
    const long = eventsToIcs([{ ...event, title: { en: 'x', ru: 'Переговоры '.repeat(20) } }], ru, new Map());
    const lines = long.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
  it('issue 14: iCalendar escapes a lone CR and drops control characters, so a scraped title cannot add a property', () => {
    const title = 'One\rDTSTART:19700101\u0007 two\u2028three\r\nfour\nfive\u0000\u001b[31m\u009b';
    const ics = eventsToIcs([{ ...event, title: { en: title, ru: title } }], en, new Map());
    // Unfolded, every content line is a property this exporter writes, and no CR stands outside a CR LF.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const names = unfolded
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(/[:;]/)[0]);
    expect([...new Set(names)].sort()).toEqual(
      [
        'BEGIN',
        'CALSCALE',
        'DTEND',
        'DTSTAMP',
        'DESCRIPTION',
        'DTSTART',
        'END',
        'LOCATION',
        'PRODID',
        'STATUS',
        'SUMMARY',
        'UID',
        'VERSION',
      ].sort(),
    );
    expect(unfolded.match(/^DTSTART/gm)).toHaveLength(1);
    const summary = unfolded.split('\r\n').find((line) => line.startsWith('SUMMARY:')) ?? '';
    expect(summary).toBe('SUMMARY:One\\nDTSTART:19700101 two\\nthree\\nfour\\nfive[31m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character but CR LF may be left.
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('issue 15 (minor): CSV carries the chosen language: types, status, countries, roles, documents, figures, outlets and URLs', () => {
    const [header, row] = eventsToCsv([signed], ru, articles)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const cells = (row ?? '').split('","');
    const cell = (name: string) => cells[(header ?? '').split('","').findIndex((h) => h.includes(name))];
    expect(cell('тип')).toBe('Подписание соглашения');
    expect(cell('точность')).toBe('известен только месяц');
    expect(cell('запланировано')).toBe('Состоялось');
    expect(cell('страны')).toBe('Казахстан; Монголия');
    expect(cell('участники')).toBe('Касым-Жомарт Токаев (президент, Казахстан)');
    expect(cell('документы')).toBe('Совместная декларация о стратегическом партнёрстве');
    expect(cell('цифры')).toMatch(/^Товарооборот, цель: 500\sмлн/);
    expect(cell('издания')).toBe('Kazinform');
    expect(cell('источники')).toBe('https://www.inform.kz/ru/tokaev-pribyl-v-ulan-bator"');
    const english = eventsToCsv([signed], en, articles);
    expect(english).toContain('"Agreement signing"');
    expect(english).toContain('"Kassym-Jomart Tokayev (President, Kazakhstan)"');
  });
  it('issue 15 (minor): the Excel CSV separates cells with semicolons and starts with a byte-order mark', () => {
    const csv = eventsToCsv([signed], ru, articles, ';');
    expect(csv.startsWith('\uFEFF"id";"начало";"конец";')).toBe(true);
    const row = csv.split('\r\n')[1] ?? '';
    // Separators inside a cell stay quoted: 14 cells, 13 separators between closing and opening quotes.
    expect(row.split('";"')).toHaveLength(14);
  });
  it('issue 15 (minor): iCalendar has a description in the chosen language and a link to the source', () => {
    const unfolded = eventsToIcs([signed], ru, articles).replace(/\r\n /g, '');
    const description = unfolded.split('\r\n').find((line) => line.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toContain('Тип: Подписание соглашения (Состоялось)');
    expect(description).toContain('Участники: Касым-Жомарт Токаев (президент\\, Казахстан)');
    expect(description).toContain(
      'Подписанные документы: Совместная декларация о стратегическом партнёрстве',
    );
    expect(description).toContain('Источники: Kazinform https://www.inform.kz/ru/tokaev-pribyl-v-ulan-bator');
    expect(unfolded).toContain('\r\nURL:https://www.inform.kz/ru/tokaev-pribyl-v-ulan-bator\r\n');
  });
  it('issue 15 (minor): a month-only event is an all-day entry spanning the month', () => {
    expect(eventsToIcs([signed], en, articles)).toContain(
      'DTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241101',
    );
  });
});
