import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { uz } from './index.ts';

const gazetteer = loadGazetteer();
const parsers = createDateParsers();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
// A Friday.
const ref = new Date('2025-11-14T12:00:00Z');
const dates = (text: string) =>
  (parsers.uz?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') || r.start.isCertain('weekday') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));
const corpusOf = (name: string, text: string) => {
  const file = { file: name, size: text.length, read: () => new TextEncoder().encode(text) };
  return extractCorpus([file], context).corpus;
};

describe('Uzbek dates', () => {
  it('reads "14-noyabr", with the year before it ("2025-yil") or implied, and a case ending glued on', () => {
    expect(dates('2025-yil 14-noyabr kuni Toshkentda')).toEqual([
      { year: 2025, month: 11, day: 14, yearStated: true },
    ]);
    expect(dates('Tokayev 14-noyabrda Toshkentga keldi')).toEqual([
      { year: 2025, month: 11, day: 14, yearStated: false },
    ]);
    expect(dates('Uchrashuv 12 sentyabr 2024 yil kuni bo‘ldi')).toMatchObject([
      { year: 2024, month: 9, day: 12 },
    ]);
    expect(dates('14 ноябрь куни')).toMatchObject([{ month: 11, day: 14 }]);
  });

  it('reads a span of days ("15–16-noyabr kunlari") as its first and last day', () => {
    const [result] = parsers.uz?.parse('15–16-noyabr kunlari Toshkentda', ref) ?? [];
    expect([result?.start.get('day'), result?.end?.get('day'), result?.end?.get('month')]).toEqual([
      15, 16, 11,
    ]);
  });

  it('reads a month with "oyida", a year or a case ending, but not "mart" inside words nor "mayda" (small)', () => {
    expect(dates('dekabr oyida')).toEqual([{ year: 2025, month: 12, day: null, yearStated: false }]);
    expect(dates('2024-yil oktabr oyida')).toMatchObject([{ year: 2024, month: 10, day: null }]);
    expect(dates('Qosim-Jo‘mart To‘qayev, oliy martabali mehmon, 15 martaba')).toEqual([]);
    expect(dates('mayda biznes vakillari')).toEqual([]);
  });

  it('reads "kecha", "bugun", "ertaga" from the reference day, but not "kecha-kunduz"', () => {
    expect(dates('Mirziyoyev kecha Putin bilan telefon orqali suhbatlashdi')).toEqual([
      { year: 2025, month: 11, day: 13, yearStated: true },
    ]);
    expect(dates('bugungi uchrashuv')).toMatchObject([{ day: 14 }]);
    expect(dates('ertaga — 15-noyabr kuni')).toMatchObject([{ day: 15 }, { day: 15 }]);
    expect(dates('kecha-kunduz ishladi')).toEqual([]);
  });

  it('reads a year ("2022-yilda", "o‘tgan yili"), and no time or numeric date of the page chrome', () => {
    expect(dates('2022-yilda Qozog‘istonga tashrif buyurgan edi')).toEqual([
      { year: 2022, month: 1, day: null, yearStated: true },
    ]);
    expect(dates('o‘tgan yilning oktabr oyida')).toMatchObject([{ year: 2024, month: 10, day: null }]);
    expect(dates('Siyosat 10:35 14.11.2025 Ko‘rishlar: 1520')).toEqual([]);
  });
});

describe('Uzbek event words', () => {
  it('tells a phone call, talks, a meeting, a visit, a summit and a signing apart', () => {
    expect(typesIn('Mirziyoyev Putin bilan telefon orqali suhbatlashdi', uz)[0]).toBe('phone_call');
    expect(typesIn('Davlat rahbarlari tor doirada muzokaralar o‘tkazdi', uz)[0]).toBe('talks');
    expect(typesIn('Mirziyoyev va To‘qayev uchrashdi', uz)).toEqual(['meeting']);
    expect(typesIn('Prezident Rossiya tashqi ishlar vaziri Sergey Lavrovni qabul qildi', uz)).toEqual([
      'meeting',
    ]);
    expect(typesIn('To‘qayev davlat tashrifi bilan O‘zbekistonga keldi', uz)).toEqual(['visit']);
    expect(typesIn('Toshkent aeroportida Mirziyoyev va To‘qayev uchrashuv o‘tkazdi', uz)).toContain('visit');
    expect(typesIn('Prezident ShHT sammitida ishtirok etdi', uz)).toEqual(['summit']);
    expect(typesIn('Markaziy Osiyo davlatlari rahbarlarining Maslahat uchrashuvi bo‘lib o‘tdi', uz)[0]).toBe(
      'summit',
    );
    expect(typesIn('Ikki mamlakat o‘rtasida 15 ta hujjat imzolandi', uz)).toEqual(['agreement_signing']);
  });

  it('calls talks held within a visit talks, not the visit ("tashrif doirasida")', () => {
    expect(uz.visitAsFrame.test('tashrif doirasida prezidentlar muzokaralar o‘tkazdi')).toBe(true);
    expect(uz.visitAsFrame.test('to‘qayev davlat tashrifi bilan o‘zbekistonga keldi')).toBe(false);
  });

  it('finds no event in economy news, website visitors or an adopted law', () => {
    expect(
      typesIn('Ikki mamlakat o‘rtasidagi tovar ayirboshlash hajmi 4,4 milliard dollarga yetdi', uz),
    ).toEqual([]);
    expect(typesIn('Saytga tashrif buyuruvchilar soni 2 milliondan oshdi', uz)).toEqual([]);
    expect(typesIn('Senat qonunni qabul qildi', uz)).toEqual([]);
    expect(typesIn('Tomonlar kelishuvga keldi va natijaga erishdi', uz)).toEqual([]);
  });

  it('reads a recalled visit as looking back and an announcement as the future', () => {
    expect(isLookingBack('Mirziyoyev o‘tgan yili Qozog‘istonga tashrif buyurgan edi', uz)).toBe(true);
    expect(isLookingBack('Mirziyoyev To‘qayev bilan uchrashdi', uz)).toBe(false);
    expect(isFutureTense('Ertaga oliy darajadagi muzokaralar bo‘lib o‘tadi', uz)).toBe(true);
    expect(isFutureTense('Hujjatlar imzolanishi kutilmoqda', uz)).toBe(true);
    expect(isFutureTense('Prezident ta’kidladi va hujjatni imzoladi', uz)).toBe(false);
  });
});

describe('Uzbek names', () => {
  it('finds countries, cities, people and offices with their case endings and any o‘/g‘ apostrophe', () => {
    const text =
      "Qozogʻiston Prezidenti Toʻqayevni Qozog'iston tashqi ishlar vaziri va Mirziyoyevning vakili Toshkentda kutib oldi";
    const found = findEntities(text, gazetteer);
    expect(found.countries.map((c) => c.code)).toEqual(['KZ', 'KZ']);
    expect(found.cities.map((c) => c.cityId)).toEqual(['tashkent']);
    expect(found.people.map((p) => p.officialId)).toEqual(['tokayev-kassym-jomart', 'mirziyoyev-shavkat']);
    expect(found.roles.map((r) => [r.phrase.role, r.country])).toEqual([
      ['president', 'KZ'],
      ['foreign_minister', 'KZ'],
    ]);
  });
});

describe('an Uzbek article', () => {
  it('becomes talks with their people, countries, place, date and titles in Russian and English', () => {
    const text =
      ' date 2025-06-12 Mirziyoyev va To‘qayev Astanada muzokaralar o‘tkazdi\n\n' +
      'O‘zbekiston Prezidenti Shavkat Mirziyoyev 11-iyun kuni Astanada Qozog‘iston Prezidenti Qosim-Jo‘mart To‘qayev bilan muzokaralar o‘tkazdi. ' +
      'Tor doiradagi uchrashuvdan so‘ng muzokaralar delegatsiyalar ishtirokida kengaytirilgan tarkibda davom etdi. ' +
      'Davlat rahbarlari savdo-iqtisodiy, transport va energetika sohalaridagi hamkorlikni muhokama qildi. ' +
      'Muzokaralar yakunida 15 ta hujjat imzolandi. ' +
      'Ikki mamlakat o‘rtasidagi tovar ayirboshlash hajmi 2024-yilda 4,4 milliard dollarni tashkil etdi. ' +
      'Shavkat Mirziyoyev o‘tgan yili Qozog‘istonga davlat tashrifi bilan kelgan edi.';
    const { article, event } = extractArticle('a-uz', 'uz.txt', text, context);
    expect(article.lang).toBe('uz');
    expect(event?.type).toBe('talks');
    expect(event?.types).toContain('agreement_signing');
    expect(event?.planned).toBe(false);
    expect(event?.countries.sort()).toEqual(['KZ', 'UZ']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Shavkat Mirziyoyev',
    ]);
    expect(event?.location?.name).toEqual({ en: 'Astana', ru: 'Астана' });
    expect(event?.date).toMatchObject({ start: '2025-06-11', precision: 'day' });
    const [merged] = corpusOf('uz.txt', text).events;
    expect(merged?.title).toEqual({
      en: 'Talks: Shavkat Mirziyoyev and Kassym-Jomart Tokayev (Astana)',
      ru: 'Переговоры: Шавкат Мирзиёев и Касым-Жомарт Токаев (Астана)',
    });
  });

  it('tells of a phone call "kecha" (the day before publication), with no place', () => {
    const text =
      ' date 2025-03-12 Prezident Rossiya yetakchisi bilan telefon orqali suhbatlashdi\n\n' +
      'Oʻzbekiston Prezidenti Shavkat Mirziyoyev kecha Rossiya Prezidenti Vladimir Putin bilan telefon orqali suhbatlashdi. ' +
      'Suhbat chogʻida ikki mamlakat oʻrtasidagi strategik sheriklik masalalari muhokama qilindi. ' +
      'Davlat rahbarlari kelasi oyda Moskvada uchrashishga kelishib oldi.';
    const { events } = corpusOf('uz-call.txt', text);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type).toBe('phone_call');
    expect(event?.date).toMatchObject({ start: '2025-03-11', precision: 'day' });
    expect(event?.countries.sort()).toEqual(['RU', 'UZ']);
    expect(event?.location).toBeNull();
  });

  it('reports no event when the only visit it names is recalled', () => {
    const text =
      " date 2025-12-04 Qozog'iston va O'zbekiston o'rtasidagi savdo o'smoqda\n\n" +
      "Qozog'iston va O'zbekiston o'rtasidagi tovar ayirboshlash hajmi joriy yilda 5 milliard dollarga yaqinlashdi. " +
      "Qozog'iston Prezidenti To'qayev o'tgan yili O'zbekistonga tashrif buyurgan edi. " +
      "Mutaxassislar energetika va qishloq xo'jaligi mahsulotlari eksporti o'sishda davom etayotganini ta'kidladi.";
    const { article, event } = extractArticle('a-uz-trade', 'uz-trade.txt', text, context);
    expect(event).toBeNull();
    expect(article.unplacedCode).toBe('no_event');
  });
});
