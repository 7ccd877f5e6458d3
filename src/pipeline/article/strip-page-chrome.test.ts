import { describe, expect, it } from 'vitest';
import { stripPageChrome } from './strip-page-chrome.ts';

const page = `Меню
  • $ 99.61 +0.03
  • 104.86 +0.80
  • ¥ 13.78 +0.15

Глава МИД Казахстана: Российский вектор является для нас важнейшим

Россия является главным партнером Казахстана, неразрешенных вопросов между странами нет. Такое заявление сделал сегодня, 8 апреля, в Нур-Султане министр иностранных дел Казахстана Мухтар Тлеуберди по итогам встречи со своим российским коллегой Сергеем Лавровым.

Министры также обменялись мнениями по вопросам международной повестки, в том числе по теме обеспечения региональной стабильности и безопасности в Центральной Азии.
Все новости

14.11.2024

Загрузить ещё
Актуальные сюжеты`;

describe('stripPageChrome', () => {
  it('removes menus, currency tickers, date stamps and everything after "Все новости"', () => {
    const { text, removedLines } = stripPageChrome(page);
    expect(text.startsWith('Глава МИД Казахстана')).toBe(true);
    expect(text.endsWith('Центральной Азии.')).toBe(true);
    expect(text).not.toMatch(/99\.61|14\.11\.2024|Загрузить|Актуальные|Меню/);
    expect(removedLines).toContain('14.11.2024');
  });

  it('removes a byline at the end ("Татар С.Майдар")', () => {
    const text = 'Заголовок\n\nПервый абзац статьи.\n\nВторой абзац.\n\nТретий абзац.\n\nТатар С.Майдар';
    expect(stripPageChrome(text).text.endsWith('Третий абзац.')).toBe(true);
  });

  it('keeps a last line that is a sentence, not a byline', () => {
    const text =
      'Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nAfter the talks, both presidents signed a joint declaration.';
    expect(stripPageChrome(text).text.endsWith('joint declaration.')).toBe(true);
  });

  it('keeps "Все новости" that stands before any body (a menu), cutting nothing', () => {
    const { text } = stripPageChrome('Все новости\nЗаголовок статьи\n\nТекст статьи о переговорах.');
    expect(text).toBe('Заголовок статьи\n\nТекст статьи о переговорах.');
  });
});
