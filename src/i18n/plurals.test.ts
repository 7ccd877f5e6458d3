import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from './createI18n.ts';

describe('Russian plurals', () => {
  it('counts events as 1 событие, 2 события, 5 событий, 21 событие', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'ru', fallbackLng: 'en', interpolation: { escapeValue: false } });
    expect([1, 2, 5, 21, 11].map((count) => i18n.t('count.events', { count }))).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '21 событие',
      '11 событий',
    ]);
  });
});

describe('issue 15 (minor): Russian counts and roles', () => {
  it('counts characters as 1 знак, 2 342 знака, 5 знаков', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'ru', fallbackLng: 'en', interpolation: { escapeValue: false } });
    const text = (count: number) =>
      i18n.t('detail.showText', { count, size: new Intl.NumberFormat('ru').format(count) });
    expect([1, 2342, 5, 11].map(text)).toEqual([
      'Показать текст статьи (1 знак)',
      `Показать текст статьи (${new Intl.NumberFormat('ru').format(2342)} знака)`,
      'Показать текст статьи (5 знаков)',
      'Показать текст статьи (11 знаков)',
    ]);
  });
  it('writes roles lowercase, as they stand mid-line ("Токаев — президент, Казахстан")', () => {
    for (const [role, text] of Object.entries(resources.ru.translation.roles)) {
      expect(text.charAt(0), role).toBe(text.charAt(0).toLowerCase());
    }
  });
});
