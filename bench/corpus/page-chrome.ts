import { dayParts, EN_MONTHS, isoFromDayNumber, RU_MONTHS_GENITIVE } from './calendar.ts';
import type { Random } from './prng.ts';

// What a saved news page carries around the story: menus, currency tickers, "all news", other stories'
// headlines with their own date stamps.

export type Language = 'ru' | 'en';

const MENUS: Record<Language, string[]> = {
  ru: ['Меню', 'Главная  Политика  Экономика  Общество  Мир  Спорт', 'Новости', 'Поиск', 'RU  KZ  EN'],
  en: ['Menu', 'Home  World  Politics  Business  Opinion', 'Latest news', 'Search', 'EN  RU  KZ'],
};
const FOOTERS: Record<Language, string[]> = {
  ru: [
    'Все новости',
    'Загрузить ещё',
    'Поделиться',
    'Подписывайтесь на наш Telegram-канал',
    'Нашли ошибку? Выделите её и нажмите Ctrl+Enter',
    '© 2026 Все права защищены',
  ],
  en: [
    'All news',
    'Load more',
    'Share this article',
    'Follow us on Telegram',
    'Related news',
    '© 2026 All rights reserved',
  ],
};
const OTHER_HEADLINES: Record<Language, string[]> = {
  ru: [
    'В Алматы открылся новый терминал аэропорта',
    'Нацбанк сохранил базовую ставку',
    'Синоптики пообещали снег на севере страны',
    'Сборная проиграла в товарищеском матче',
    'Цены на бензин выросли на 3%',
  ],
  en: [
    'New airport terminal opens in Almaty',
    'National Bank keeps base rate unchanged',
    'Snow expected in the north of the country',
    'Oil prices edge higher',
    'National team loses friendly match',
  ],
};

function tickerLine(random: Random): string {
  const symbol = random.pick(['$', '€', '¥', '₽']);
  const value = (random.int(1000, 60000) / 100).toFixed(2);
  const change = (random.int(-150, 150) / 100).toFixed(2);
  return `  • ${symbol} ${value} ${change.startsWith('-') ? change : `+${change}`}`;
}

/** A date stamp of another story, as a news list prints it. */
export function otherStoryStamp(random: Random, language: Language): string {
  const { year, month, day } = dayParts(isoFromDayNumber(random.int(16436, 20757)));
  const time = `${random.int(0, 23)}:${String(random.int(0, 59)).padStart(2, '0')}`;
  return language === 'ru'
    ? `${time}, ${day} ${RU_MONTHS_GENITIVE[month]} ${year}`
    : `${EN_MONTHS[month]?.slice(0, 3)} ${day}, ${year}, ${time}`;
}

export function chromeAbove(random: Random, language: Language): string[] {
  if (!random.chance(0.45)) return [];
  const lines = [random.pick(MENUS[language])];
  if (random.chance(0.6)) for (let i = random.int(2, 4); i > 0; i--) lines.push(tickerLine(random));
  if (random.chance(0.3)) lines.push(random.pick(MENUS[language]));
  return [lines.join('\n')];
}

export function chromeBelow(random: Random, language: Language): string[] {
  if (!random.chance(0.5)) return [];
  const lines: string[] = [];
  for (let i = random.int(1, 3); i > 0; i--) lines.push(random.pick(FOOTERS[language]));
  if (random.chance(0.5)) {
    lines.push(
      `${language === 'ru' ? 'Читайте также' : 'Read also'}: ${random.pick(OTHER_HEADLINES[language])}`,
    );
    lines.push(otherStoryStamp(random, language));
  }
  return [lines.join('\n')];
}
