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
