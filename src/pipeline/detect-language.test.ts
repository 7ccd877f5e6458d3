import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('tells Russian from English', () => {
    expect(
      detectLanguage('Токаев и Си Цзиньпин обсудили развитие стратегического партнерства Казахстана и Китая'),
    ).toBe('ru');
    expect(
      detectLanguage('Kazakhstan and Mongolia Strengthen Ties with Strategic Partnership Agreement'),
    ).toBe('en');
  });

  it('keeps other languages as their own code instead of guessing ru or en', () => {
    expect(
      detectLanguage('Қазақстан Президенті Қасым-Жомарт Тоқаев Моңғолия Парламентінің төрағасын қабылдады.'),
    ).toBe('kk');
    expect(
      detectLanguage("Президент України зустрівся з прем'єр-міністром Казахстану в Києві сьогодні."),
    ).toBe('uk');
    expect(detectLanguage('Der Präsident Kasachstans traf sich heute mit dem Bundeskanzler in Berlin.')).toBe(
      'de',
    );
  });

  it('says "und" when there is too little text to tell', () => {
    expect(detectLanguage('12.04 — 15:30')).toBe('und');
  });
});
