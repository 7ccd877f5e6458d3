import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '#schema';
import { countByType, createEventFilter, NO_FILTERS } from './eventFilters.ts';

const event = (id: string, patch: Partial<TimelineEvent>): TimelineEvent => ({
  id,
  type: 'talks',
  types: ['talks'],
  planned: false,
  date: { start: '2025-08-30', end: '2025-08-30', precision: 'day', basis: 'stated' },
  countries: ['KZ', 'CN'],
  participants: [],
  location: null,
  agreements: [],
  figures: [],
  title: {
    en: 'Tokayev and Xi Jinping hold talks in Tianjin',
    ru: 'Токаев и Си Цзиньпин провели переговоры в Тяньцзине',
  },
  articleIds: [],
  ...patch,
});

const events = [
  event('cn', {
    participants: [
      {
        id: 'cn-xi',
        name: { en: 'Xi Jinping', ru: 'Си Цзиньпин' },
        country: 'CN',
        role: 'president',
        known: true,
      },
    ],
  }),
  event('mn', {
    type: 'visit',
    types: ['visit', 'agreement_signing'],
    countries: ['KZ', 'MN'],
    date: { start: '2024-10', end: '2024-10', precision: 'month', basis: 'linked' },
    title: { en: 'Tokayev visits Mongolia', ru: 'Токаев посетил Монголию' },
  }),
  event('fr', {
    type: 'phone_call',
    types: ['phone_call'],
    countries: ['KZ', 'FR'],
    date: null,
    title: { en: 'Tokayev and Macron speak by phone', ru: 'Токаев и Макрон провели телефонный разговор' },
  }),
  event('summit', {
    type: 'summit',
    types: ['summit'],
    planned: true,
    countries: ['KZ', 'UZ', 'KG'],
    title: { en: 'Central Asian leaders meet in Astana', ru: 'Встреча глав государств Центральной Азии' },
  }),
];
const articles: Article[] = [];
const filter = createEventFilter(events, articles);
const ids = (list: TimelineEvent[]) => list.map((e) => e.id);

describe('event filters', () => {
  it('no filter keeps every event', () => {
    expect(ids(filter(NO_FILTERS))).toEqual(['cn', 'mn', 'fr', 'summit']);
  });
  it('issue 15 (minor): a type matches the main type only, so the type counts add up to the events', () => {
    expect(ids(filter({ ...NO_FILTERS, types: ['agreement_signing'] }))).toEqual([]);
    expect(ids(filter({ ...NO_FILTERS, types: ['visit'] }))).toEqual(['mn']);
    const counts = countByType(events);
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(events.length);
  });
  it('a country matches any partner of a multilateral event', () => {
    expect(ids(filter({ ...NO_FILTERS, countries: ['KG'] }))).toEqual(['summit']);
  });
  it('the year range keeps undated events, whose year is unknown', () => {
    expect(ids(filter({ ...NO_FILTERS, from: 2025, to: 2025 }))).toEqual(['cn', 'fr', 'summit']);
  });
  it('planned and held are exclusive', () => {
    expect(ids(filter({ ...NO_FILTERS, status: 'planned' }))).toEqual(['summit']);
    expect(ids(filter({ ...NO_FILTERS, status: 'past' }))).not.toContain('summit');
  });
  it('search finds a person in either language, ignoring case and ё', () => {
    expect(ids(filter({ ...NO_FILTERS, query: 'си цзиньпин' }))).toEqual(['cn']);
    expect(ids(filter({ ...NO_FILTERS, query: 'XI' }))).toEqual(['cn']);
    expect(ids(filter({ ...NO_FILTERS, query: 'монголию' }))).toEqual(['mn']);
  });
  it('a query typed letter by letter, then deleted, gives what each query gives on its own', () => {
    const typing = createEventFilter(events, []);
    const queries = ['с', 'си', 'си ', 'си ц', 'си цз', 'си', 'м', 'мо', 'монг', 'о', ''];
    for (const query of queries) {
      const fresh = createEventFilter(events, []);
      expect(ids(typing({ ...NO_FILTERS, query })), query).toEqual(ids(fresh({ ...NO_FILTERS, query })));
    }
    expect(ids(typing({ ...NO_FILTERS, query: 'монг' }))).toEqual(['mn']);
  });
});
