import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { mn } from './index.ts';

const gazetteer = loadGazetteer();
const parsers = createDateParsers();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
// A Friday.
const ref = new Date('2021-10-29T12:00:00Z');
const dates = (text: string) =>
  (parsers.mn?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') || r.start.isCertain('weekday') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));
const corpusOf = (name: string, text: string) => {
  const file = { file: name, size: text.length, read: () => new TextEncoder().encode(text) };
  return extractCorpus([file], context).corpus;
};

describe('Mongolian dates', () => {
  it('reads a numbered month and its day ("10 дугаар сарын 28", "10-р сарын 28-нд"), with or without the year', () => {
    expect(dates('10 дугаар сарын 28')).toEqual([{ year: 2021, month: 10, day: 28, yearStated: false }]);
    expect(dates('Ерөнхийлөгч 10-р сарын 28-нд уулзав')).toEqual([
      { year: 2021, month: 10, day: 28, yearStated: false },
    ]);
    expect(dates('2021 оны 4 дүгээр сарын 7-ны өдөр')).toEqual([
      { year: 2021, month: 4, day: 7, yearStated: true },
    ]);
  });

  it('reads a span of days as its first and last day', () => {
    const [result] = parsers.mn?.parse('2019 оны 9-р сарын 10-11-нд', ref) ?? [];
    expect([result?.start.get('day'), result?.end?.get('day'), result?.end?.get('month')]).toEqual([
      10, 11, 9,
    ]);
  });

  it('reads a month alone, a year ("1992 онд", "өнгөрсөн онд") and "өнөөдөр", "өчигдөр"', () => {
    expect(dates('10 дугаар сард')).toEqual([{ year: 2021, month: 10, day: null, yearStated: false }]);
    expect(dates('1992 онд')).toEqual([{ year: 1992, month: 1, day: null, yearStated: true }]);
    expect(dates('өнгөрсөн онд')).toMatchObject([{ year: 2020 }]);
    expect(dates('өнөөдөр уулзав')).toMatchObject([{ month: 10, day: 29 }]);
    expect(dates('өчигдөр утсаар ярив')).toMatchObject([{ month: 10, day: 28 }]);
  });

  it('reads a weekday only with "гараг", and no time or numeric stamp of the page chrome', () => {
    expect(dates('Лхагва гарагт')).toMatchObject([{ month: 10, day: 27 }]);
    expect(dates('Пүрэв ярив')).toEqual([]);
    expect(dates('13:30 2021.10.28')).toEqual([]);
    expect(dates('2021 оны төсөв')).toEqual([]);
  });
});

describe('Mongolian event words', () => {
  it('tells a phone call, talks, a meeting, a visit, a summit and a signing apart', () => {
    expect(typesIn('Ерөнхийлөгч Путинтэй утсаар ярив', mn)[0]).toBe('phone_call');
    expect(typesIn('Хоёр улсын Ерөнхийлөгч албан ёсны хэлэлцээ хийв', mn)[0]).toBe('talks');
    expect(typesIn('Ерөнхий сайд Элчин сайдыг хүлээн авч уулзав', mn)).toEqual(['meeting']);
    expect(typesIn('Ерөнхийлөгч Казахстанд төрийн айлчлал хийв', mn)).toEqual(['visit']);
    expect(typesIn('ШХАБ-ын дээд хэмжээний уулзалтад оролцов', mn)).toEqual(['summit']);
    expect(typesIn('Талууд хэлэлцээрт гарын үсэг зурав', mn)).toEqual(['agreement_signing']);
  });

  it('calls talks held within a visit talks, not the visit', () => {
    expect(mn.visitAsFrame.test('айлчлалын хүрээнд хэлэлцээ хийв')).toBe(true);
    expect(mn.visitAsFrame.test('казахстанд төрийн айлчлал хийв')).toBe(false);
  });

  it('finds no event in trade figures, a received letter or an agreement named as a document', () => {
    expect(typesIn('Худалдааны эргэлт 19 сая ам.доллар байна', mn)).toEqual([]);
    expect(typesIn('Ерөнхий сайд захидал хүлээн авав', mn)).toEqual([]);
    expect(typesIn('Хоёр улсын хооронд байгуулсан хэлэлцээрийн хэрэгжилт', mn)).toEqual([]);
  });

  it('reads a recalled or hoped-for visit as looking back and an announcement as the future', () => {
    expect(isLookingBack('Өнгөрсөн онд Ерөнхийлөгч Казахстанд айлчилсан', mn)).toBe(true);
    expect(isLookingBack('Монгол Улсад айлчилна гэдэгт итгэж байна', mn)).toBe(true);
    expect(isLookingBack('Ерөнхий сайд Элчин сайдыг хүлээн авч уулзав', mn)).toBe(false);
    expect(isFutureTense('Ерөнхийлөгч Казахстанд айлчилна', mn)).toBe(true);
    expect(isFutureTense('Ерөнхийлөгч Казахстанд айлчлав', mn)).toBe(false);
  });
});

describe('Mongolian names', () => {
  it('finds countries, people and offices with their case endings', () => {
    const found = findEntities('Монгол Улсын Ерөнхийлөгч У.Хүрэлсүх Казахстанд Токаевтай уулзав', gazetteer);
    expect(found.countries.map((c) => c.code)).toEqual(['MN', 'KZ']);
    expect(found.people.map((p) => p.officialId)).toEqual(['khurelsukh-ukhnaagiin', 'tokayev-kassym-jomart']);
    expect(found.roles.map((r) => [r.phrase.role, r.country])).toEqual([['president', 'MN']]);
  });
});

describe('a Mongolian article', () => {
  it('becomes a visit with its people, countries, place, date and titles in Russian and English', () => {
    const text =
      ' date 2023-10-13 Ерөнхийлөгч Казахстанд төрийн айлчлал хийлээ\n\n' +
      'Монгол Улсын Ерөнхийлөгч У.Хүрэлсүх 2023 оны 10 дугаар сарын 12-нд Астана хотод Бүгд Найрамдах Казахстан Улсын Ерөнхийлөгч Касым-Жомарт Токаевтай уулзав. ' +
      'Талууд худалдаа, эдийн засгийн хамтын ажиллагааны талаар ярилцлаа.\n' +
      'Хоёр орны худалдааны эргэлт 100 сая ам.доллар давжээ.\n' +
      'Өнгөрсөн онд Токаев Монгол Улсад айлчилсан юм.';
    const { article, event } = extractArticle('a-mn', 'mn.txt', text, context);
    expect(article.lang).toBe('mn');
    expect(event?.type).toBe('visit');
    expect(event?.planned).toBe(false);
    expect(event?.countries.sort()).toEqual(['KZ', 'MN']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Ukhnaagiin Khurelsukh',
    ]);
    expect(event?.location?.name).toEqual({ en: 'Astana', ru: 'Астана' });
    expect(event?.date).toMatchObject({ start: '2023-10-12', precision: 'day' });
    const [merged] = corpusOf('mn.txt', text).events;
    expect(merged?.title).toEqual({
      en: 'Visit: Kassym-Jomart Tokayev and Ukhnaagiin Khurelsukh (Astana)',
      ru: 'Визит: Касым-Жомарт Токаев и Ухнаагийн Хурэлсух (Астана)',
    });
  });
});
