import { describe, expect, it } from 'vitest';
import { countryName } from './countryName.ts';
import { formatEventDate } from './dateText.ts';
import { formatMoney } from './money.ts';

describe('locale formatting', () => {
  it('a month-precision date reads as a month', () => {
    const date = { start: '2024-10', end: '2024-10', precision: 'month', basis: 'linked' } as const;
    expect(formatEventDate(date, 'en')).toBe('October 2024');
    expect(formatEventDate(date, 'ru')).toBe('октябрь 2024 г.');
  });
  it('money reads "$500 million" in English and "500 млн $" in Russian', () => {
    expect(formatMoney({ amount: 500e6, currency: 'USD' }, 'en', 'long')).toBe('$500 million');
    // Intl separates with no-break spaces.
    expect(formatMoney({ amount: 500e6, currency: 'USD' }, 'ru', 'short').replace(/\s/g, ' ')).toBe(
      '500 млн $',
    );
  });
  it('country names come from Intl in the UI language', () => {
    expect(countryName('MN', 'en')).toBe('Mongolia');
    expect(countryName('MN', 'ru')).toBe('Монголия');
  });
});

describe('issue 15 (minor): country names', () => {
  it('names Kyrgyzstan «Кыргызстан» in Russian, as the country and the gazetteer do', () => {
    expect(countryName('KG', 'ru')).toBe('Кыргызстан');
    expect(countryName('KG', 'en')).toBe('Kyrgyzstan');
  });
});
