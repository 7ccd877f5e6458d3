import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { findEntities } from '../../article/find-entities.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { be } from './index.ts';

const parsers = createDateParsers();
const gazetteer = loadGazetteer();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
const ref = new Date('2017-11-30T12:00:00Z');
const dates = (text: string) =>
  (parsers.be?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
    ...(r.end ? { endDay: r.end.get('day') } : {}),
  }));

describe('Belarusian dates', () => {
  it('reads a day with the month in the genitive, with its year or the nearest one', () => {
    expect(dates('Назарбаеў прыбыў у Менск 29 лістапада 2017 года')).toEqual([
      { year: 2017, month: 11, day: 29, yearStated: true },
    ]);
    expect(dates('Сустрэча адбылася 5 снежня')).toEqual([
      { year: 2017, month: 12, day: 5, yearStated: false },
    ]);
    expect(dates('Візіт прайшоў 29-30 лістапада 2017 г.')).toEqual([
      { year: 2017, month: 11, day: 29, yearStated: true, endDay: 30 },
    ]);
  });

  it('reads a month after "у", with its year or "мінулага года", and a year alone', () => {
    expect(dates('у кастрычніку 2016 года прэзідэнты сустракаліся')).toMatchObject([
      { year: 2016, month: 10, day: null, yearStated: true },
    ]);
    expect(dates('ў траўні мінулага года')).toMatchObject([{ year: 2016, month: 5, day: null }]);
    expect(dates('Яшчэ ў 2015 годзе бакі дамовіліся')).toMatchObject([{ year: 2015, day: null }]);
  });

  it('reads "сёння", "учора" and "ўчора" from the publication day', () => {
    expect(dates('Сёння Лукашэнка сустрэўся з Такаевым')).toEqual([
      { year: 2017, month: 11, day: 30, yearStated: true },
    ]);
    expect(dates('Прэзідэнт ўчора прыбыў у Астану')).toMatchObject([{ month: 11, day: 29 }]);
  });

  it('reads no date in page chrome, in "лютага" without a day, or in a word around a month', () => {
    expect(dates('29.11.2017, 14:05 | Абноўлена 15:30')).toEqual([]);
    expect(dates('Ён назваў яго лютага ворага')).toEqual([]);
    expect(dates('мая краіна і яе суседзі')).toEqual([]);
  });
});

describe('Belarusian names', () => {
  it('finds Belarusian spellings of people, states, cities and offices in their cases', () => {
    const e = findEntities(
      'Прэзідэнт Казахстана Нурсултан Назарбаеў сустрэўся з Аляксандрам Лукашэнкам у Менску, потым у Мінску з Расіяй і Кітаем.',
      gazetteer,
    );
    expect(e.people.map((p) => p.officialId)).toEqual(['nazarbayev-nursultan', 'lukashenko-alexander']);
    expect(e.countries.map((c) => c.code)).toEqual(['KZ', 'RU', 'CN']);
    expect(e.cities.map((c) => c.cityId)).toEqual(['minsk', 'minsk']);
    expect(e.roles[0]).toMatchObject({ country: 'KZ', officialId: 'nazarbayev-nursultan' });
  });

  it('folds the forms whose "ў" turns into "в" in the other cases ("Лаўроў", "Лаўровым")', () => {
    const e = findEntities('Міністр замежных спраў Расіі Сяргей Лаўроў; перамовы з Лаўровым', gazetteer);
    expect(e.people.map((p) => p.officialId)).toEqual(['lavrov-sergey', 'lavrov-sergey']);
    expect(e.roles[0]).toMatchObject({ phrase: { role: 'foreign_minister' }, country: 'RU' });
  });
});

describe('Belarusian event words', () => {
  it('tells a visit, talks, a meeting, a phone call, a summit and a signing apart', () => {
    expect(typesIn('Прэзідэнт Казахстана знаходзіцца з афіцыйным візітам у Беларусі', be)).toEqual(['visit']);
    expect(typesIn('Лукашэнка і Такаеў правялі перамовы ў вузкім складзе', be)[0]).toBe('talks');
    expect(typesIn('У Менску прайшла сустрэча Лукашэнкі і Назарбаева', be)).toEqual(['meeting']);
    expect(typesIn('Прэзідэнт прыняў Міністра замежных спраў Кітая', be)).toEqual(['meeting']);
    expect(typesIn('Адбылася тэлефонная размова Лукашэнкі і Пуціна', be)[0]).toBe('phone_call');
    expect(typesIn('Лукашэнка патэлефанаваў Такаеву', be)[0]).toBe('phone_call');
    expect(typesIn('Лідары ўдзельнічалі ў саміце АДКБ', be)).toEqual(['summit']);
    expect(typesIn('Бакі падпісалі дзесяць дакументаў', be)).toEqual(['agreement_signing']);
  });

  it('finds no event in trade figures, a business card, profit or a law passed', () => {
    expect(typesIn('Тавараабарот паміж краінамі склаў 850 млн долараў', be)).toEqual([]);
    expect(typesIn('Гэты горад – візітная картка рэгіёна', be)).toEqual([]);
    expect(typesIn('Прыбытак прадпрыемства вырас на 12 працэнтаў', be)).toEqual([]);
    expect(typesIn('Парламент прыняў закон аб бюджэце', be)).toEqual([]);
    expect(typesIn('Урад увёў сустрэчныя санкцыі', be)).toEqual([]);
  });

  it('reads the future, a visit as a frame and a look back', () => {
    expect(be.future.test('прэзідэнт наведае мінск у снежні')).toBe(true);
    expect(be.visitAsFrame.test('у рамках афіцыйнага візіту прэзідэнты прынялі ўдзел у форуме')).toBe(true);
    expect(be.lookingBack.test('лукашэнка наведаў астану летась')).toBe(true);
    expect(be.lookingBack.test('два гады таму яны сустракаліся')).toBe(true);
    expect(be.lookingBack.test('таму гэта важны візіт')).toBe(false);
  });
});

describe('a Belarusian article', () => {
  it('becomes an event with its people, countries, place, date and titles in Russian and English', () => {
    const text =
      'Лукашэнка прыбыў з афіцыйным візітам у Астану\n\n' +
      'Прэзідэнт Беларусі Аляксандр Лукашэнка 3 кастрычніка 2024 года прыбыў з афіцыйным візітам у Астану. ' +
      'У Акордзе яго сустрэў Прэзідэнт Казахстана Касым-Жамарт Такаеў. ' +
      'Бакі абмеркавалі гандлёва-эканамічнае супрацоўніцтва і падпісалі шэраг дакументаў.';
    const { article, event } = extractArticle('a-be', 'be.txt', text, context);
    expect(article.lang).toBe('be');
    expect(event?.type).toBe('visit');
    expect(event?.countries.sort()).toEqual(['BY', 'KZ']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Alexander Lukashenko',
      'Kassym-Jomart Tokayev',
    ]);
    expect(event?.location?.name).toEqual({ en: 'Astana', ru: 'Астана' });
    expect(event?.date).toMatchObject({ start: '2024-10-03', precision: 'day', basis: 'stated' });
    const file = { file: 'be.txt', size: text.length, read: () => new TextEncoder().encode(text) };
    const [merged] = extractCorpus([file], context).corpus.events;
    expect(merged?.title).toEqual({
      en: 'Visit: Alexander Lukashenko and Kassym-Jomart Tokayev (Astana)',
      ru: 'Визит: Александр Лукашенко и Касым-Жомарт Токаев (Астана)',
    });
  });
});
