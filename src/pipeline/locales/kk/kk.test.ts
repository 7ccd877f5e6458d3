import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { kk } from './index.ts';

const parsers = createDateParsers();
const context = { gazetteer: loadGazetteer(), dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
const ref = new Date('2025-09-10T12:00:00Z');
const dates = (text: string) =>
  parsers.kk.parse(text, ref).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));

describe('Kazakh dates', () => {
  it('reads a day and month with a case ending, with the year before or after, or implied', () => {
    expect(dates('2025 жылғы 30 тамызда Тяньцзиньге барды')).toEqual([
      { year: 2025, month: 8, day: 30, yearStated: true },
    ]);
    expect(dates('14 қыркүйекте Қазақстан астанасына келіп қонды')).toEqual([
      { year: 2025, month: 9, day: 14, yearStated: false },
    ]);
    expect(dates('25 Желтоқсан, 2017 сағат 15:24')).toMatchObject([{ month: 12, day: 25 }]);
  });

  it('reads a month alone ("қазан айында") and "бүгін" as the reference day', () => {
    expect(dates('Әлиев қазан айында Қазақстанға келуі мүмкін')).toMatchObject([{ month: 10, day: null }]);
    expect(dates('Бүгін Президент Астанаға келді')).toEqual([
      { year: 2025, month: 9, day: 10, yearStated: true },
    ]);
  });

  it('does not read a month name with no day and no "ай" ("Қазан қаласы" is the city of Kazan)', () => {
    expect(dates('Қазан қаласында БРИКС саммиті өтті')).toEqual([]);
    expect(dates('тамыз бен қыркүйек')).toEqual([]);
  });

  it('does not read the year of a name ("2022 жылғы Олимпиада") as a date', () => {
    expect(dates('2022 жылғы Олимпиадаға сапары аясында')).toEqual([]);
    expect(dates('2024 жылы Астанада өтті')).toMatchObject([{ year: 2024, day: null }]);
  });
});

describe('Kazakh event words', () => {
  it('tells talks, a meeting, a phone call, a visit and a signing apart', () => {
    expect(typesIn('Тоқаев Си Цзиньпинмен келіссөз жүргізді', kk)[0]).toBe('talks');
    expect(typesIn('Мемлекеттер басшылары телефон арқылы сөйлесті', kk)[0]).toBe('phone_call');
    expect(typesIn('Президент Моңғолияға мемлекеттік сапармен барды', kk)[0]).toBe('visit');
    expect(typesIn('Екі ел арасында 24 құжатқа қол қойылды', kk)).toContain('agreement_signing');
  });

  it('finds no event in a sentence about trade', () => {
    expect(typesIn('Екі ел арасындағы тауар айналымы 44 миллиард долларға жетті', kk)).toEqual([]);
  });

  it('receiving a minister is a meeting; adopting a decision, a law or a statement is not', () => {
    expect(typesIn('Мемлекет басшысы Ресей Сыртқы істер министрін қабылдады', kk)).toEqual(['meeting']);
    expect(typesIn('Тоқаев Мирзиёевпен сұхбаттасты', kk)).toEqual(['meeting']);
    expect(typesIn('Үкімет шешім қабылдады', kk)).toEqual([]);
    expect(typesIn('Тараптар бірлескен мәлімдеме қабылдады', kk)).toEqual([]);
    expect(typesIn('Жиында заң қабылданды', kk)).toEqual([]);
    expect(typesIn('Екі ел басшылары бейнеконференция форматында сөйлесті', kk)).toEqual(['phone_call']);
  });
});

describe('a Kazakh article', () => {
  it('becomes an event with its people, countries, place and titles in Russian and English', () => {
    const text =
      ' date 2022-02-05 Бейжіңде Қасым-Жомарт Тоқаев ҚХР төрағасы Си Цзиньпинмен келіссөз жүргізді\n\n' +
      'Бейжіңде Қасым-Жомарт Тоқаев 2022 жылғы Олимпиадаға сапары аясында ҚХР төрағасы Си Цзиньпинмен келіссөз жүргізді. ' +
      'Мемлекет басшылары халықаралық ахуал жөнінде пікір алмасты.';
    const { article, event } = extractArticle('a-kk', 'kk.txt', text, context);
    expect(article.lang).toBe('kk');
    expect(event?.type).toBe('talks');
    expect(event?.countries.sort()).toEqual(['CN', 'KZ']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
    expect(event?.location?.name).toEqual({ en: 'Beijing', ru: 'Пекин' });
    expect(event?.date).toMatchObject({ start: '2022-02-05', precision: 'day' });
    const file = { file: 'kk.txt', size: text.length, read: () => new TextEncoder().encode(text) };
    const [merged] = extractCorpus([file], context).corpus.events;
    expect(merged?.title).toEqual({
      en: 'Talks: Kassym-Jomart Tokayev and Xi Jinping (Beijing)',
      ru: 'Переговоры: Касым-Жомарт Токаев и Си Цзиньпин (Пекин)',
    });
  });
});

describe('Kazakh future', () => {
  it('reads "өтетін" (which will be held) as announcing, and a past "өтті" not', () => {
    expect(isFutureTense('Мамыр айында Астанада өтетін ЕАЭО саммитінде кездесуге келісті.', kk)).toBe(true);
    expect(isFutureTense('Астанада ЕАЭО саммиті өтті.', kk)).toBe(false);
  });
});
