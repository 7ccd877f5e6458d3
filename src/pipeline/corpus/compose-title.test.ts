import { describe, expect, it } from 'vitest';
import type { Participant } from '#schema';
import { composeEventTitle } from './compose-title.ts';

const person = (en: string, ru: string): Participant => ({
  id: en,
  name: { en, ru },
  country: 'KZ',
  role: 'president',
  known: true,
});

describe('composeEventTitle', () => {
  it('names the type, the participants and the place in both languages without declension', () => {
    expect(
      composeEventTitle({
        type: 'talks',
        planned: false,
        participants: [
          person('Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'),
          person('Xi Jinping', 'Си Цзиньпин'),
        ],
        countryNames: [],
        location: { id: 'tianjin', name: { en: 'Tianjin', ru: 'Тяньцзинь' }, country: 'CN' },
      }),
    ).toEqual({
      en: 'Talks: Kassym-Jomart Tokayev and Xi Jinping (Tianjin)',
      ru: 'Переговоры: Касым-Жомарт Токаев и Си Цзиньпин (Тяньцзинь)',
    });
  });

  it('falls back to the countries and marks planned events, agreeing in gender', () => {
    expect(
      composeEventTitle({
        type: 'meeting',
        planned: true,
        participants: [],
        countryNames: [
          { en: 'Kazakhstan', ru: 'Казахстан' },
          { en: 'Mongolia', ru: 'Монголия' },
        ],
        location: null,
      }),
    ).toEqual({
      en: 'Planned meeting: Kazakhstan – Mongolia',
      ru: 'Запланированная встреча: Казахстан – Монголия',
    });
  });

  it("names a summit by its series, and a planned one by its kind (the series' gender is unknown)", () => {
    const fields = {
      type: 'summit' as const,
      participants: [person('Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев')],
      countryNames: [],
      location: { id: 'tianjin', name: { en: 'Tianjin', ru: 'Тяньцзинь' }, country: 'CN' },
      meetingLabel: { en: 'SCO summit', ru: 'саммит ШОС' },
    };
    expect(composeEventTitle({ ...fields, planned: false })).toEqual({
      en: 'SCO summit: Kassym-Jomart Tokayev (Tianjin)',
      ru: 'Саммит ШОС: Касым-Жомарт Токаев (Тяньцзинь)',
    });
    expect(composeEventTitle({ ...fields, planned: true }).ru).toBe(
      'Запланированный саммит: Касым-Жомарт Токаев (Тяньцзинь)',
    );
  });

  it('shortens long participant lists', () => {
    const many = ['A B', 'C D', 'E F', 'G H', 'I J'].map((n) => person(n, n));
    const title = composeEventTitle({
      type: 'summit',
      planned: false,
      participants: many,
      countryNames: [],
      location: null,
    });
    expect(title).toEqual({ en: 'Summit: A B, C D, E F and 2 others', ru: 'Саммит: A B, C D, E F и ещё 2' });
  });
});
