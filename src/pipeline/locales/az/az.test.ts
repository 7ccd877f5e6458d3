import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { detectLanguage } from '../../article/detect-language.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { az } from './index.ts';

const gazetteer = loadGazetteer();
const parsers = createDateParsers();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
const ref = new Date('2025-11-14T12:00:00Z');
const dates = (text: string) =>
  (parsers.az?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));
const corpusOf = (name: string, text: string) => {
  const file = { file: name, size: text.length, read: () => new TextEncoder().encode(text) };
  return extractCorpus([file], context).corpus;
};

describe('Azerbaijani dates', () => {
  it('reads "14 noyabr 2025-ci il", the year first, and the month first in the genitive ("noyabrın 14-də")', () => {
    expect(dates('Görüş 14 noyabr 2025-ci il tarixində keçirilib')).toEqual([
      { year: 2025, month: 11, day: 14, yearStated: true },
    ]);
    expect(dates('2025-ci il 14 noyabr')).toMatchObject([{ year: 2025, month: 11, day: 14 }]);
    expect(dates('Prezident noyabrın 14-də Bakıda')).toEqual([
      { year: 2025, month: 11, day: 14, yearStated: false },
    ]);
    expect(dates('Tokayev 14 noyabrda Bakıya gəlib')).toMatchObject([{ month: 11, day: 14 }]);
  });

  it('reads a span of days ("14-15 noyabr", "noyabrın 14-15-də") as its first and last day', () => {
    for (const text of ['14-15 noyabr tarixlərində', 'noyabrın 14-15-də']) {
      const [result] = parsers.az?.parse(text, ref) ?? [];
      expect([result?.start.get('day'), result?.end?.get('day')]).toEqual([14, 15]);
    }
  });

  it('reads a month with "ayında", a year or a locative, but not the name Martin', () => {
    expect(dates('dekabr ayında')).toEqual([{ year: 2025, month: 12, day: null, yearStated: false }]);
    expect(dates('2024-cü ilin oktyabr ayında')).toMatchObject([{ year: 2024, month: 10, day: null }]);
    expect(dates('oktyabrda')).toMatchObject([{ month: 10, day: null }]);
    expect(dates('Martin Şulz Bakıda')).toEqual([]);
  });

  it('reads "bu gün", "bugün", "dünən", "sabah" from the reference day, but not "bu günlərdə" or "bu sabah"', () => {
    expect(dates('Prezident dünən Putin ilə telefonla danışıb')).toEqual([
      { year: 2025, month: 11, day: 13, yearStated: true },
    ]);
    expect(dates('Bu gün Bakıda')).toMatchObject([{ day: 14 }]);
    expect(dates('bugün')).toMatchObject([{ day: 14 }]);
    expect(dates('Sabah Astanada sammit keçiriləcək')).toMatchObject([{ day: 15 }]);
    expect(dates('bu günlərdə')).toEqual([]);
    expect(dates('bu sabah')).toEqual([]);
  });

  it('reads a year ("2023-cü ildə", "keçən il"), and no time or numeric date of the page chrome', () => {
    expect(dates('2023-cü ildə Bakıya səfər etmişdi')).toEqual([
      { year: 2023, month: 1, day: null, yearStated: true },
    ]);
    expect(dates('keçən ilin mart ayında')).toMatchObject([{ year: 2024, month: 3, day: null }]);
    expect(dates('Siyasət 10:35 14.11.2025 Baxış: 1520')).toEqual([]);
  });
});

describe('Azerbaijani event words', () => {
  it('tells a phone call, talks, a meeting, a visit, a summit and a signing apart', () => {
    expect(typesIn('İlham Əliyev Vladimir Putin ilə telefonla danışıb', az)[0]).toBe('phone_call');
    expect(typesIn('Prezidentlər arasında telefon danışığı olub', az)[0]).toBe('phone_call');
    expect(typesIn('Nümayəndə heyətləri arasında danışıqlar aparılıb', az)[0]).toBe('talks');
    expect(typesIn('İlham Əliyev Kasım-Jomart Tokayev ilə görüşüb', az)).toEqual(['meeting']);
    expect(typesIn('Prezident Ceyhun Bayramovu qəbul edib', az)).toEqual(['meeting']);
    expect(typesIn('Tokayev dövlət səfəri ilə Bakıya gəlib', az)).toEqual(['visit']);
    expect(typesIn('Prezident Türk Dövlətləri Təşkilatının sammitində iştirak edib', az)).toEqual(['summit']);
    expect(typesIn('İki ölkə arasında 10 sənəd İmzalanıb', az)).toEqual(['agreement_signing']);
  });

  it('calls talks held within a visit talks, not the visit ("səfər çərçivəsində")', () => {
    expect(az.visitAsFrame.test('səfər çərçivəsində prezidentlər danışıqlar aparıb')).toBe(true);
    expect(az.visitAsFrame.test('tokayev dövlət səfəri ilə bakıya gəlib')).toBe(false);
  });

  it('finds no event in trade figures, a peak, an adopted law or a conclusion reached', () => {
    expect(typesIn('Ticarət dövriyyəsi 2024-cü ildə 500 milyon dollara çatıb', az)).toEqual([]);
    expect(typesIn('Qarabağ liqada zirvəyə yüksəlib', az)).toEqual([]);
    expect(typesIn('Milli Məclis qanunu qəbul edib', az)).toEqual([]);
    expect(typesIn('Tərəflər ortaq nəticəyə gəlib', az)).toEqual([]);
  });

  it('reads a recalled visit as looking back and an announcement as the future, not "yanacaq" (fuel)', () => {
    expect(isLookingBack('Tokayev keçən il Bakıya səfər etmişdi', az)).toBe(true);
    expect(isLookingBack('Sənəd imzalanmışdır', az)).toBe(false);
    expect(isFutureTense('Prezident gələn ay Astanaya səfər edəcək', az)).toBe(true);
    expect(isFutureTense('Sammit Bakıda keçiriləcək', az)).toBe(true);
    expect(isFutureTense('Yanacaq ixracı artıb', az)).toBe(false);
  });

  it('does not take the Turkish "görüş" patterns of tr for Azerbaijani, nor Azerbaijani for Turkish', () => {
    expect(typesIn('Tokayev, Erdoğan ile görüştü', az)).toEqual(['meeting']);
    expect(typesIn('Ticarət dövriyyəsi artıb', az)).toEqual([]);
  });
});

describe('Azerbaijani names', () => {
  it('finds countries, cities, people and offices with their case endings and ə, ı spellings', () => {
    const text =
      'Azərbaycan Prezidenti Əliyevi Qazaxıstanın xarici işlər naziri Astanada, Tokayevlə birlikdə, ABŞ-ın səfiri ilə qarşılayıb';
    const found = findEntities(text, gazetteer);
    expect(found.countries.map((c) => c.code)).toEqual(['AZ', 'KZ', 'US']);
    expect(found.cities.map((c) => c.cityId)).toEqual(['astana']);
    expect(found.people.map((p) => p.officialId)).toEqual(['aliyev-ilham', 'tokayev-kassym-jomart']);
    expect(found.roles.map((r) => [r.phrase.role, r.country])).toEqual([
      ['president', 'AZ'],
      ['foreign_minister', 'KZ'],
      ['ambassador', 'US'],
    ]);
  });
});

// Until detect-language tells Azerbaijani (its ə) from Turkish, whole articles are read as Turkish.
const meeting =
  ' date 2025-10-21 İlham Əliyev Astanada Kasım-Jomart Tokayev ilə görüşüb\n\n' +
  'Azərbaycan Respublikasının Prezidenti İlham Əliyev oktyabrın 20-də Astanada Qazaxıstan Respublikasının Prezidenti Kasım-Jomart Tokayev ilə təkbətək görüşüb. ' +
  'Dövlət başçıları ticarət, enerji və nəqliyyat sahələrində əməkdaşlığın inkişafını müzakirə ediblər. ' +
  'Görüşdən sonra iki ölkə arasında 10 sənəd imzalanıb. ' +
  'Qazaxıstan ilə Azərbaycan arasında ticarət dövriyyəsi 2024-cü ildə 500 milyon dollara çatıb. ' +
  'İlham Əliyev keçən il Qazaxıstana dövlət səfəri etmişdi.';

describe.skipIf(detectLanguage(meeting) !== 'az')('an Azerbaijani article', () => {
  it('becomes a meeting with its people, countries, place, date and titles in Russian and English', () => {
    const { article, event } = extractArticle('a-az', 'az.txt', meeting, context);
    expect(article.lang).toBe('az');
    expect(event?.type).toBe('meeting');
    expect(event?.types).toContain('agreement_signing');
    expect(event?.planned).toBe(false);
    expect(event?.countries.sort()).toEqual(['AZ', 'KZ']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Ilham Aliyev',
      'Kassym-Jomart Tokayev',
    ]);
    expect(event?.location?.name).toEqual({ en: 'Astana', ru: 'Астана' });
    expect(event?.date).toMatchObject({ start: '2025-10-20', precision: 'day' });
    const [merged] = corpusOf('az.txt', meeting).events;
    expect(merged?.title).toEqual({
      en: 'Meeting: Ilham Aliyev and Kassym-Jomart Tokayev (Astana)',
      ru: 'Встреча: Ильхам Алиев и Касым-Жомарт Токаев (Астана)',
    });
  });

  it('tells of a phone call "dünən" (the day before publication), with no place', () => {
    const text =
      ' date 2025-03-12 Prezident İlham Əliyev Rusiya Prezidenti ilə telefonla danışıb\n\n' +
      'Prezident İlham Əliyev dünən Rusiya Federasiyasının Prezidenti Vladimir Putin ilə telefonla danışıb. ' +
      'Telefon danışığı zamanı ikitərəfli münasibətlərin gündəliyi müzakirə olunub. ' +
      'Dövlət başçıları yaxın vaxtlarda görüşmək barədə razılığa gəliblər.';
    const { events } = corpusOf('az-call.txt', text);
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('phone_call');
    expect(events[0]?.date).toMatchObject({ start: '2025-03-11', precision: 'day' });
    expect(events[0]?.countries.sort()).toEqual(['AZ', 'RU']);
    expect(events[0]?.location).toBeNull();
  });

  it('reports no event when the only visit it names is recalled', () => {
    const text =
      ' date 2025-12-04 Azərbaycan ilə Qazaxıstan arasında ticarət artır\n\n' +
      'Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi bu il 600 milyon dollara yaxınlaşıb. ' +
      'Qazaxıstan Prezidenti Tokayev keçən il Bakıya səfər etmişdi. ' +
      'Mütəxəssislər yanacaq və kənd təsərrüfatı məhsullarının ixracının artdığını bildiriblər.';
    const { article, event } = extractArticle('a-az-trade', 'az-trade.txt', text, context);
    expect(event).toBeNull();
    expect(article.unplacedCode).toBe('no_event');
  });
});
