import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '#schema';
import { createEventFilter, NO_FILTERS } from './eventFilters.ts';

const event = (id: string, patch: Partial<TimelineEvent>): TimelineEvent => ({
  id,
  type: 'summit',
  types: ['summit'],
  planned: false,
  date: { start: '2025-09-01', end: '2025-09-01', precision: 'day', basis: 'stated' },
  countries: ['KZ', 'CN'],
  participants: [],
  location: null,
  agreements: [],
  figures: [],
  title: { en: 'Tokayev meets Xi Jinping', ru: 'Токаев встретился с Си Цзиньпином' },
  articleIds: [],
  ...patch,
});

const article = (id: string, title: string, source: string): Article => ({
  id,
  file: `${id}.txt`,
  lang: 'ru',
  title,
  published: '2025-09-01',
  source: { name: source, url: null },
  eventIds: [],
  unplacedReason: null,
  textUrl: null,
  textLength: 0,
});

const events = [
  event('sco', {
    title: { en: 'SCO summit in Tianjin', ru: 'Саммит ШОС в Тяньцзине' },
    articleIds: ['a1'],
  }),
  event('csto', {
    countries: ['KZ', 'RU'],
    title: {
      en: 'Leaders of the Collective Security Treaty Organization meet in Minsk',
      ru: 'Лидеры стран Организации Договора о коллективной безопасности встретились в Минске',
    },
  }),
  event('deal', {
    type: 'agreement_signing',
    types: ['agreement_signing'],
    countries: ['KZ', 'MN'],
    title: { en: 'Kazakhstan and Mongolia sign documents', ru: 'Казахстан и Монголия подписали документы' },
    agreements: [
      {
        kind: 'joint_declaration',
        title: {
          en: 'Joint declaration on strategic partnership',
          ru: 'Совместная декларация о стратегическом партнёрстве',
        },
      },
    ],
    articleIds: ['a2'],
  }),
  event('kg', {
    countries: ['KZ', 'KG'],
    title: { en: 'Tokayev and Japarov hold talks', ru: 'Токаев и Жапаров провели переговоры' },
  }),
];
const articles = [
  article('a1', 'Си Цзиньпин открыл саммит в Тяньцзине', 'Kazinform'),
  article('a2', 'Kazakhstan, Mongolia sign declaration', 'Trend'),
];
const search = (query: string) =>
  createEventFilter(events, articles)({ ...NO_FILTERS, query }).map((found) => found.id);

describe('issue 15 (minor): search', () => {
  it('finds an organisation by its abbreviation or its name, in either language', () => {
    expect(search('SCO')).toEqual(['sco']);
    expect(search('shanghai cooperation')).toEqual(['sco']);
    expect(search('ОДКБ')).toEqual(['csto']);
    expect(search('CSTO')).toEqual(['csto']);
  });
  it('finds the title of a signed document', () => {
    expect(search('стратегическом партнёрстве')).toEqual(['deal']);
    expect(search('strategic partnership')).toEqual(['deal']);
  });
  it("finds a source's outlet", () => {
    expect(search('kazinform')).toEqual(['sco']);
    expect(search('trend')).toEqual(['deal']);
  });
  it('finds a transliterated spelling: tokaev, Tokayev and Токаев are one name', () => {
    expect(search('tokaev')).toEqual(['kg']);
    expect(search('токаев')).toEqual(['kg']);
    expect(search('zhaparov')).toEqual(['kg']);
    expect(search('tianjin')).toEqual(['sco']);
  });
  it('matches a short word only as typed: folded, «ООН» would be "on" and find every English title', () => {
    expect(search('оон')).toEqual([]);
  });
});
