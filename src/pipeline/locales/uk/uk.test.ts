import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { uk } from './index.ts';

const parsers = createDateParsers();
const gazetteer = loadGazetteer();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
const ref = new Date('2019-10-09T12:00:00Z');
const dates = (text: string) =>
  (parsers.uk?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));
const corpusOf = (name: string, text: string) => {
  const file = { file: name, size: text.length, read: () => new TextEncoder().encode(text) };
  return extractCorpus([file], context).corpus;
};

describe('Ukrainian dates', () => {
  it('reads a day and month, with the year stated ("8 жовтня 2019 року") or implied', () => {
    expect(dates('Лавров 8 жовтня розпочав дводенний візит')).toEqual([
      { year: 2019, month: 10, day: 8, yearStated: false },
    ]);
    expect(dates('8 жовтня 2019 року')).toEqual([{ year: 2019, month: 10, day: 8, yearStated: true }]);
  });

  it('reads a month alone, and a month of last year as one date', () => {
    expect(dates('у жовтні')).toEqual([{ year: 2019, month: 10, day: null, yearStated: false }]);
    expect(dates('у жовтні минулого року')).toEqual([{ year: 2018, month: 10, day: null, yearStated: true }]);
  });

  it('reads "сьогодні" and "вчора" from the reference day, but not "зараз" (now)', () => {
    expect(dates('сьогодні')).toEqual([{ year: 2019, month: 10, day: 9, yearStated: true }]);
    expect(dates('вчора')).toMatchObject([{ day: 8 }]);
    expect(dates('зараз')).toEqual([]);
  });

  it('reads a year with "році" or "року"', () => {
    expect(dates('у 2019 році')).toEqual([{ year: 2019, month: 1, day: null, yearStated: true }]);
  });

  it('reads no date in a time of page chrome, a span, or a month inside a surname', () => {
    expect(dates('о 10:35')).toEqual([]);
    expect(dates('протягом 2 днів')).toEqual([]);
    expect(dates('Квітка')).toEqual([]);
    expect(dates('Травневий')).toEqual([]);
  });
});

describe('Ukrainian names in the gazetteer', () => {
  it('finds countries, people and offices in their Ukrainian case forms', () => {
    const text =
      'Міністр закордонних справ Росії Сергій Лавров прибув до Казахстану, де зустрівся з президентом ' +
      'Касимом-Жомартом Токаєвим і з Мухтаром Тлеуберді. Голова КНР Сі Цзіньпін запросив його до Китаю.';
    const { people, countries, roles } = findEntities(text, gazetteer);
    expect(people.map((p) => p.officialId)).toEqual([
      'lavrov-sergey',
      'tokayev-kassym-jomart',
      'tleuberdi-mukhtar',
      'xi-jinping',
    ]);
    expect(countries.map((c) => c.code)).toEqual(['RU', 'KZ', 'CN', 'CN']);
    expect(roles.map((r) => [r.phrase.role, r.country])).toEqual([
      ['foreign_minister', 'RU'],
      ['president', null],
      ['president', 'CN'],
    ]);
  });

  it('reads "прем’єр-міністр" with either apostrophe, and a compound adjective by its parts', () => {
    const { roles, countries } = findEntities(
      "Прем’єр-міністр Казахстану і прем'єр-міністр Росії обговорили казахстансько-російську співпрацю",
      gazetteer,
    );
    expect(roles.map((r) => [r.phrase.role, r.country])).toEqual([
      ['prime_minister', 'KZ'],
      ['prime_minister', 'RU'],
    ]);
    expect(countries.filter((c) => c.adjective).map((c) => c.code)).toEqual(['KZ', 'RU']);
  });
});

describe('Ukrainian event words', () => {
  it('tells a phone call, talks, a meeting, a visit, a summit and a signing apart', () => {
    expect(typesIn('Лідери провели телефонну розмову', uk)).toEqual(['phone_call']);
    expect(typesIn('Путін зателефонував Токаєву', uk)).toEqual(['phone_call']);
    expect(typesIn('Токаєв провів переговори з Мірзійоєвим', uk)).toEqual(['talks']);
    expect(typesIn('Лідери зустрілися в Москві', uk)).toEqual(['meeting']);
    expect(typesIn('Токаєв прийняв Міністра закордонних справ Китаю Ван Ї', uk)).toEqual(['meeting']);
    expect(typesIn('Мірзійоєв прибув з державним візитом до Астани', uk)).toEqual(['visit']);
    expect(typesIn('Саміт ШОС пройшов в Астані', uk)).toEqual(['summit']);
    expect(typesIn('Сторони підписали угоду про співпрацю', uk)).toEqual(['agreement_signing']);
  });

  it('finds no event in words that only look like its triggers', () => {
    expect(typesIn('Прибуток компанії зріс на 10%', uk)).toEqual([]);
    expect(typesIn('Товарообіг між Казахстаном і Китаєм досяг 30 мільярдів доларів', uk)).toEqual([]);
    expect(typesIn('Уряд прийняв рішення про підвищення тарифів', uk)).toEqual([]);
    expect(typesIn('Він залишив свою візитку', uk)).toEqual([]);
    expect(typesIn('Кількість відвідувачів музею зросла', uk)).toEqual([]);
    expect(typesIn('Ми готові йти назустріч партнерам', uk)).toEqual([]);
    expect(typesIn('Церемонія підписання відбудеться завтра', uk)).toEqual([]);
  });

  it('calls talks held within a visit talks, not the visit ("у рамках візиту")', () => {
    expect(uk.visitAsFrame.test('у рамках офіційного візиту лідери провели переговори')).toBe(true);
    expect(uk.visitAsFrame.test('лавров прибув із дводенним візитом до казахстану')).toBe(false);
  });

  it('reads an announcement as the future, but not the programme of a visit already begun', () => {
    expect(isFutureTense('Ердоган відвідає Казахстан у травні', uk)).toBe(true);
    expect(isFutureTense('Президенти обговорюватимуть питання торгівлі', uk)).toBe(true);
    expect(isFutureTense('Лавров прибув до Астани, де проведе переговори', uk)).toBe(false);
  });

  it('reads a recalled visit as looking back, but not "тому" meaning "therefore"', () => {
    expect(isLookingBack('Два роки тому він відвідав Астану', uk)).toBe(true);
    expect(isLookingBack('Торік Токаєв відвідав Анкару', uk)).toBe(true);
    expect(isLookingBack('Тому сторони домовилися про зустріч', uk)).toBe(false);
  });
});

describe('a Ukrainian article', () => {
  it('becomes a visit with its people, countries, place, date and titles in Russian and English', () => {
    const text =
      ' date 2023-11-02 Токаєв прибув з державним візитом до Узбекистану\n\n' +
      'Президент Казахстану Касим-Жомарт Токаєв 1 листопада 2023 року прибув з державним візитом до Ташкента, ' +
      'де провів переговори з президентом Узбекистану Шавкатом Мірзійоєвим. ' +
      'За підсумками переговорів сторони підписали 15 документів. ' +
      'Товарообіг між двома країнами торік перевищив 4 мільярди доларів. ' +
      'Раніше Мірзійоєв відвідав Астану у 2022 році.';
    const { article, event } = extractArticle('a-uk', 'uk.txt', text, context);
    expect(article.lang).toBe('uk');
    expect(event?.type).toBe('visit');
    expect(event?.types).toContain('agreement_signing');
    expect(event?.planned).toBe(false);
    expect(event?.date).toMatchObject({ start: '2023-11-01', precision: 'day', basis: 'stated' });
    expect(event?.countries.sort()).toEqual(['KZ', 'UZ']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Shavkat Mirziyoyev',
    ]);
    const { events } = corpusOf('uk.txt', text);
    expect(events).toHaveLength(1);
    expect(events[0]?.title).toEqual({
      en: 'Visit: Kassym-Jomart Tokayev and Shavkat Mirziyoyev (Tashkent)',
      ru: 'Визит: Касым-Жомарт Токаев и Шавкат Мирзиёев (Ташкент)',
    });
  });

  it('tells of a phone call "вчора" (the day before publication), with no place', () => {
    const text =
      ' date 2024-03-12 Ердоган і Токаєв провели телефонну розмову\n\n' +
      'Президент Туреччини Реджеп Таїп Ердоган вчора провів телефонну розмову з президентом Казахстану ' +
      'Касимом-Жомартом Токаєвим. Сторони обговорили двосторонню співпрацю та ситуацію в Україні.';
    const [event, ...others] = corpusOf('uk-call.txt', text).events;
    expect(others).toHaveLength(0);
    expect(event?.type).toBe('phone_call');
    expect(event?.date).toMatchObject({ start: '2024-03-11', precision: 'day' });
    expect(event?.countries.sort()).toEqual(['KZ', 'TR']);
    expect(event?.location).toBeNull();
  });

  it('marks an announced visit as planned on the day it names', () => {
    const text =
      ' date 2024-05-20 Сі Цзіньпін відвідає Казахстан\n\n' +
      'Голова КНР Сі Цзіньпін 2 липня прибуде з державним візитом до Астани, повідомили в Акорді. ' +
      'Очікується, що він зустрінеться з Касимом-Жомартом Токаєвим.';
    const { event } = extractArticle('a-uk-plan', 'uk-plan.txt', text, context);
    expect(event?.type).toBe('visit');
    expect(event?.planned).toBe(true);
    expect(event?.date).toMatchObject({ start: '2024-07-02', precision: 'day' });
    expect(event?.countries.sort()).toEqual(['CN', 'KZ']);
  });
});
