import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { ar } from './index.ts';

const gazetteer = loadGazetteer();
const parsers = createDateParsers();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
// A Thursday.
const ref = new Date('2021-04-08T12:00:00Z');
const dates = (text: string) =>
  (parsers.ar?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') || r.start.isCertain('weekday') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));
const corpusOf = (name: string, text: string) => {
  const file = { file: name, size: text.length, read: () => new TextEncoder().encode(text) };
  return extractCorpus([file], context).corpus;
};

describe('Arabic dates', () => {
  it('reads a day and month of either series, with the year or implied, in Western or Arabic-Indic digits', () => {
    expect(dates('وصل الرئيس في 7 أبريل 2021 إلى العاصمة')).toEqual([
      { year: 2021, month: 4, day: 7, yearStated: true },
    ]);
    expect(dates('في ٧ نيسان ٢٠٢١')).toEqual([{ year: 2021, month: 4, day: 7, yearStated: true }]);
    expect(dates('في 28 تشرين الأول')).toEqual([{ year: 2020, month: 10, day: 28, yearStated: false }]);
  });

  it('reads a month named in both series at once ("7 نيسان/أبريل 2021") as one date', () => {
    expect(dates('يوم 7 نيسان/أبريل 2021')).toEqual([{ year: 2021, month: 4, day: 7, yearStated: true }]);
    expect(dates('في 7 نيسان (أبريل)')).toEqual([{ year: 2021, month: 4, day: 7, yearStated: false }]);
    expect(dates('في 7 نيسان/مايو')).not.toContainEqual(expect.objectContaining({ day: 7, month: 5 }));
  });

  it('reads a month, a year ("عام 2019", "2021م") and "اليوم", "أمس" from the reference day', () => {
    expect(dates('في شهر مارس')).toEqual([{ year: 2021, month: 3, day: null, yearStated: false }]);
    expect(dates('زار طهران عام 2019')).toEqual([{ year: 2019, month: 1, day: null, yearStated: true }]);
    expect(dates('التقى الوزير اليوم نظيره')).toEqual([{ year: 2021, month: 4, day: 8, yearStated: true }]);
    expect(dates('أجرى أمس مباحثات')).toMatchObject([{ month: 4, day: 7 }]);
  });

  it('reads no time, span or numeric stamp of the page chrome, and no month inside a word', () => {
    expect(dates('13:30 2021/04/07')).toEqual([]);
    expect(dates('تاريخ النشر 07.04.2021 الساعة 10:35')).toEqual([]);
    expect(dates('خلال يومين')).toEqual([]);
    expect(dates('مارسيل واليومية')).toEqual([]);
  });
});

describe('Arabic event words', () => {
  it('tells a phone call, talks, a meeting, a visit, a summit and a signing apart', () => {
    expect(typesIn('أجرى الرئيس اتصالا هاتفيا مع نظيره الروسي', ar)[0]).toBe('phone_call');
    expect(typesIn('أجرى الرئيسان مباحثات رسمية في أستانا', ar)[0]).toBe('talks');
    expect(typesIn('التقى وزير الخارجية الإيراني بالرئيس الكازاخستاني', ar)).toEqual(['meeting']);
    expect(typesIn('استقبل الرئيس وزير الخارجية الإيراني', ar)).toEqual(['meeting']);
    expect(typesIn('وصل الرئيس إلى العاصمة الكازاخستانية في زيارة رسمية', ar)).toEqual(['visit']);
    expect(typesIn('شارك الرئيس في قمة منظمة شنغهاي للتعاون', ar)).toEqual(['summit']);
    expect(typesIn('وقع الجانبان على مذكرة تفاهم', ar)).toEqual(['agreement_signing']);
    expect(typesIn('وتم التوقيع على عدد من الاتفاقيات', ar)).toEqual(['agreement_signing']);
  });

  it('calls a meeting held within a visit a meeting, not the visit', () => {
    expect(ar.visitAsFrame.test('جاء اللقاء ضمن برنامج زيارة وزير الخارجية')).toBe(true);
    expect(ar.visitAsFrame.test('وصل الرئيس في زيارة رسمية')).toBe(false);
  });

  it('finds no event in trade figures, an interview, an accident or social affairs', () => {
    expect(typesIn('وصل حجم التبادل التجاري بين البلدين إلى 2 مليار دولار', ar)).toEqual([]);
    expect(typesIn('قال الوزير في لقاء صحفي إن العلاقات جيدة', ar)).toEqual([]);
    expect(typesIn('وقع انفجار في الموقع صباح اليوم', ar)).toEqual([]);
    expect(typesIn('ناقش المجلس القضايا الاجتماعية والاقتصادية', ar)).toEqual([]);
    expect(typesIn('واستعرض الجانبان خلال هذه المباحثات مختلف القضايا', ar)).toEqual([]);
  });

  it('reads a recalled visit as looking back and an announcement as the future', () => {
    expect(isLookingBack('يذكر أن الرئيس زار طهران العام الماضي', ar)).toBe(true);
    expect(isLookingBack('التقى الرئيس الوزير اليوم', ar)).toBe(false);
    expect(isFutureTense('سيزور الرئيس أستانا الأسبوع المقبل', ar)).toBe(true);
    expect(isFutureTense('من المقرر أن تعقد القمة في أكتوبر', ar)).toBe(true);
    expect(isFutureTense('بحث الجانبان السياسة الإقليمية لسنة كاملة', ar)).toBe(false);
  });
});

describe('Arabic names', () => {
  it('links an office to the state its adjective names, with the joined "و"', () => {
    const found = findEntities('والتقى وزير الخارجية الايراني بالرئيس الكازاخستاني', gazetteer);
    expect(found.roles.map((r) => [r.phrase.role, r.country])).toEqual([
      ['foreign_minister', 'IR'],
      ['president', 'KZ'],
    ]);
  });
});

describe('an Arabic article', () => {
  it('becomes talks with their people, countries, date and titles in Russian and English', () => {
    const text =
      ' date 2019-04-04 الرئيس الكازاخستاني يجري مباحثات مع نظيره الروسي\n\n' +
      'أجرى الرئيس الكازاخستاني قاسم جومارت توكاييف في 3 نيسان/أبريل 2019 مباحثات رسمية مع الرئيس الروسي فلاديمير بوتين. ' +
      'وبحث الجانبان التعاون التجاري والاقتصادي بين البلدين.\n' +
      'ووصل حجم التبادل التجاري بين البلدين إلى 18 مليار دولار.\n' +
      'يذكر أن الرئيس الروسي زار كازاخستان العام الماضي.';
    const { article, event } = extractArticle('a-ar', 'ar.txt', text, context);
    expect(article.lang).toBe('ar');
    expect(event?.type).toBe('talks');
    expect(event?.planned).toBe(false);
    expect(event?.countries.sort()).toEqual(['KZ', 'RU']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Vladimir Putin',
    ]);
    expect(event?.date).toMatchObject({ start: '2019-04-03', precision: 'day' });
    const [merged] = corpusOf('ar.txt', text).events;
    expect(merged?.title).toEqual({
      en: 'Talks: Kassym-Jomart Tokayev and Vladimir Putin',
      ru: 'Переговоры: Касым-Жомарт Токаев и Владимир Путин',
    });
  });
});
