import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/createI18n.ts';

describe('issue 15 (minor): Russian plurals for counts', () => {
  it('"shown of total" declines the noun after the total: из 1 события, из 2 событий, из 21 события, из 25 событий', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'ru', fallbackLng: 'en', interpolation: { escapeValue: false } });
    const shown = (total: number) => i18n.t('count.shown', { count: total, shown: 1, total });
    expect([1, 2, 21, 25, 111].map(shown)).toEqual([
      'Показано 1 из 1 события',
      'Показано 1 из 2 событий',
      'Показано 1 из 21 события',
      'Показано 1 из 25 событий',
      'Показано 1 из 111 событий',
    ]);
  });
});
