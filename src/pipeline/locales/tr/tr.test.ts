import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { extractArticle } from '../../article/extract-article.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { tr } from './index.ts';

const parsers = createDateParsers();
const context = { gazetteer: loadGazetteer(), dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
// A Friday.
const ref = new Date('2025-12-05T12:00:00Z');
const dates = (text: string) =>
  (parsers.tr?.parse(text, ref) ?? []).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') || r.start.isCertain('weekday') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));
const corpusOf = (name: string, text: string) => {
  const file = { file: name, size: text.length, read: () => new TextEncoder().encode(text) };
  return extractCorpus([file], context).corpus;
};

describe('Turkish dates', () => {
  it('reads a day and month with the year after it or implied, and a case ending after an apostrophe', () => {
    expect(dates('3 Aralık 2025 tarihinde Ankara’da')).toEqual([
      { year: 2025, month: 12, day: 3, yearStated: true },
    ]);
    expect(dates("Tokayev 3 Aralık'ta Ankara'ya geldi")).toEqual([
      { year: 2025, month: 12, day: 3, yearStated: false },
    ]);
    expect(dates("Zirve 28 Kasım 2025'te yapıldı")).toEqual([
      { year: 2025, month: 11, day: 28, yearStated: true },
    ]);
    expect(dates('Görüşme 12 Subat 2024 günü yapıldı')).toMatchObject([{ year: 2024, month: 2, day: 12 }]);
  });

  it('reads a span of days ("3-4 Aralık tarihlerinde") as its first and last day', () => {
    const [result] = parsers.tr?.parse('Ziyaret 3-4 Aralık tarihlerinde gerçekleşti', ref) ?? [];
    expect([result?.start.get('day'), result?.end?.get('day'), result?.end?.get('month')]).toEqual([
      3, 4, 12,
    ]);
  });

  it('reads a month alone only with "ayı" or a year beside it', () => {
    expect(dates('Erdoğan Ocak ayında Astana’yı ziyaret edecek')).toEqual([
      { year: 2026, month: 1, day: null, yearStated: false },
    ]);
    expect(dates('2024 yılının Ekim ayında')).toEqual([
      { year: 2024, month: 10, day: null, yearStated: true },
    ]);
    expect(dates("Ekim 2024'te imzalanan anlaşma")).toMatchObject([{ year: 2024, month: 10, day: null }]);
  });

  it('does not read the first name Kasım (November) or a bare month word as a date', () => {
    expect(dates('Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev Ankara’da')).toEqual([]);
    expect(dates('Ekim ve hasat mevsimi')).toEqual([]);
  });

  it('reads "dün", "bugün", "yarın" from the reference day, but not "dünya"', () => {
    expect(dates('Erdoğan dün Tokayev ile telefonda görüştü')).toEqual([
      { year: 2025, month: 12, day: 4, yearStated: true },
    ]);
    expect(dates('Bugün Astana’da')).toMatchObject([{ day: 5 }]);
    expect(dates('yarın açıklanacak')).toMatchObject([{ day: 6 }]);
    expect(dates('dünya ekonomisi')).toEqual([]);
  });

  it('reads a weekday ("Salı günü") as the nearest such day, "Cuma" only with "günü"', () => {
    expect(dates('Salı günü Ankara’da görüştüler')).toMatchObject([{ year: 2025, month: 12, day: 2 }]);
    expect(dates('geçen Cuma günü')).toMatchObject([{ month: 11, day: 28 }]);
    expect(dates('Cuma namazının ardından')).toEqual([]);
  });

  it('reads a year with "yılında" or a case ending, once inside a full date', () => {
    expect(dates('2022 yılında Türkiye’yi ziyaret etmişti')).toEqual([
      { year: 2022, month: 1, day: null, yearStated: true },
    ]);
    expect(dates("3 Aralık 2025'te")).toHaveLength(1);
    expect(dates('geçen yıl Ekim ayında')).toMatchObject([{ year: 2024, month: 10, day: null }]);
  });
});

describe('Turkish event words', () => {
  it('tells a phone call, talks, a meeting, a visit, a summit and a signing apart', () => {
    expect(typesIn('Erdoğan, Tokayev ile telefonda görüştü', tr)[0]).toBe('phone_call');
    expect(typesIn('İki lider telefon görüşmesi gerçekleştirdi', tr)[0]).toBe('phone_call');
    expect(typesIn('Heyetler arası görüşmeler yapıldı', tr)[0]).toBe('talks');
    expect(typesIn('Tokayev, Erdoğan ile bir araya geldi', tr)).toEqual(['meeting']);
    expect(typesIn('Tokayev, Dışişleri Bakanı Hakan Fidan’ı kabul etti', tr)).toEqual(['meeting']);
    expect(typesIn("Tokayev, resmi ziyaret için Ankara'ya geldi", tr)).toEqual(['visit']);
    expect(typesIn('Cumhurbaşkanı Erdoğan, Türk Devletleri Teşkilatı Zirvesi’ne katıldı', tr)).toContain(
      'summit',
    );
    expect(typesIn('İki ülke arasında 12 anlaşma imzalandı', tr)).toEqual(['agreement_signing']);
  });

  it('calls talks held within a visit talks, not the visit ("ziyareti kapsamında")', () => {
    expect(tr.visitAsFrame.test('tokayev, türkiye ziyareti kapsamında erdoğan ile görüştü')).toBe(true);
    expect(tr.visitAsFrame.test('tokayev ankara’ya resmi ziyaret gerçekleştirdi')).toBe(false);
  });

  it('finds no event in sports or economy news', () => {
    expect(typesIn('A Milli Futbol Takımı, elemelerde Kazakistan’ı deplasmanda 3-1 yendi', tr)).toEqual([]);
    expect(typesIn('Galatasaray ligde zirveye yerleşti', tr)).toEqual([]);
    expect(typesIn("Yıllık enflasyon kasımda %31'e ulaştı", tr)).toEqual([]);
    expect(
      typesIn('Borsa İstanbul tüm zamanların zirvesini gördü, dolar 42 liradan işlem gördü', tr),
    ).toEqual([]);
    expect(typesIn('Bakanlık, sektör temsilcilerinin görüşlerini aldı ve teklifi kabul etti', tr)).toEqual(
      [],
    );
  });

  it('reads a recalled visit as looking back and an announcement as the future', () => {
    expect(isLookingBack('Tokayev geçen yıl Türkiye’yi ziyaret etmişti', tr)).toBe(true);
    expect(isLookingBack('Erdoğan 2022 yılında Astana’yı ziyaret etmişti', tr)).toBe(true);
    expect(isLookingBack('Tokayev, Erdoğan ile görüştü', tr)).toBe(false);
    expect(isFutureTense('Erdoğan, Ocak ayında Kazakistan’ı ziyaret edecek', tr)).toBe(true);
    expect(isFutureTense('Zirve Astana’da düzenlenecek', tr)).toBe(true);
    expect(isFutureTense('İki lider bir araya geldi', tr)).toBe(false);
  });

  it('does not read Uzbek Latin as Turkish event words', () => {
    const uzbek =
      'Qozog‘iston prezidenti Qosim-Jo‘mart To‘qayev Shavkat Mirziyoyevning taklifiga binoan davlat tashrifi bilan O‘zbekistonga keldi';
    expect(typesIn(uzbek, tr)).toEqual([]);
    expect(
      typesIn('Ikki davlat rahbarlari telefon orqali muloqot qildi va muzokaralar o‘tkazdi', tr),
    ).toEqual([]);
    expect(isFutureTense(uzbek, tr)).toBe(false);
    expect(isLookingBack(uzbek, tr)).toBe(false);
  });
});

describe('a Turkish article', () => {
  it('becomes a meeting with its people, countries, place, date and titles in Russian and English', () => {
    const text =
      " date 2025-12-04 Tokayev ile Erdoğan Ankara'da bir araya geldi\n\n" +
      "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Türkiye'ye gerçekleştirdiği resmi ziyaret kapsamında 3 Aralık'ta Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan ile görüştü. " +
      "Cumhurbaşkanlığı Külliyesi'nde resmi törenle karşılanan Tokayev, ardından Erdoğan'la baş başa bir görüşme yaptı. " +
      'İki lider, heyetler arası görüşmelerde ticaret, enerji ve ulaştırma alanlarındaki işbirliğini ele aldı. ' +
      'Görüşmelerin ardından iki ülke arasında 12 anlaşma imzalandı. ' +
      'Erdoğan, ikili ticaret hacminin 10 milyar dolara çıkarılması hedefini yineledi. ' +
      "Tokayev, Türkiye'yi en son 2022 yılında ziyaret etmişti.";
    const { article, event } = extractArticle('a-tr', 'tr.txt', text, context);
    expect(article.lang).toBe('tr');
    expect(event?.type).toBe('meeting');
    expect(event?.types).toContain('agreement_signing');
    expect(event?.planned).toBe(false);
    expect(event?.countries.sort()).toEqual(['KZ', 'TR']);
    expect(event?.participants.map((p) => p.name.en).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Recep Tayyip Erdoğan',
    ]);
    expect(event?.location?.name).toEqual({ en: 'Ankara', ru: 'Анкара' });
    expect(event?.date).toMatchObject({ start: '2025-12-03', precision: 'day' });
    const [merged] = corpusOf('tr.txt', text).events;
    expect(merged?.title).toEqual({
      en: 'Meeting: Kassym-Jomart Tokayev and Recep Tayyip Erdoğan (Ankara)',
      ru: 'Встреча: Касым-Жомарт Токаев и Реджеп Тайип Эрдоган (Анкара)',
    });
  });

  it('tells of a phone call "dün" (the day before publication), with no place', () => {
    const text =
      ' date 2025-03-12 Erdoğan ile Tokayev telefonda görüştü\n\n' +
      'Cumhurbaşkanı Recep Tayyip Erdoğan, dün Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile telefonda görüştü. ' +
      'Görüşmede Türkiye ile Kazakistan arasındaki ilişkiler ile bölgesel ve küresel konular ele alındı. ' +
      'Erdoğan, Türk Devletleri Teşkilatı çerçevesindeki işbirliğinin güçlenmesinden memnuniyet duyduğunu belirtti. ' +
      "Tokayev, geçen yıl Ekim ayında Türkiye'yi ziyaret etmişti.";
    const { events } = corpusOf('tr-call.txt', text);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type).toBe('phone_call');
    expect(event?.date).toMatchObject({ start: '2025-03-11', precision: 'day' });
    expect(event?.countries.sort()).toEqual(['KZ', 'TR']);
    expect(event?.location).toBeNull();
    expect(event?.title.en).toMatch(/^Phone call: (?=.*Kassym-Jomart Tokayev)(?=.*Recep Tayyip Erdoğan)/);
    expect(event?.title.ru).toMatch(
      /^Телефонный разговор: (?=.*Касым-Жомарт Токаев)(?=.*Реджеп Тайип Эрдоган)/,
    );
  });

  it('marks an announced visit as planned on the day it names', () => {
    const text =
      " date 2025-12-20 Erdoğan, Ocak ayında Kazakistan'ı ziyaret edecek\n\n" +
      "Cumhurbaşkanı Recep Tayyip Erdoğan'ın 15 Ocak'ta Astana'ya resmi ziyaret gerçekleştirmesi planlanıyor. " +
      "Ziyaret sırasında Erdoğan'ın Kazakistan Cumhurbaşkanı Tokayev ile görüşmesi bekleniyor.";
    const { event } = extractArticle('a-tr-plan', 'tr-plan.txt', text, context);
    expect(event?.type).toBe('visit');
    expect(event?.planned).toBe(true);
    expect(event?.date).toMatchObject({ start: '2026-01-15', precision: 'day' });
    expect(event?.countries.sort()).toEqual(['KZ', 'TR']);
  });

  it('reports no event when the only visit it names is recalled', () => {
    const text =
      ' date 2025-12-04 Kazakistan ile Türkiye arasındaki ticaret büyüyor\n\n' +
      'Kazakistan ile Türkiye arasındaki ticaret hacmi bu yıl 5 milyar dolara yaklaştı. ' +
      "Kazakistan Cumhurbaşkanı Tokayev, geçen yıl Türkiye'yi ziyaret etmişti. " +
      'Uzmanlar, enerji ve tarım ürünleri ihracatının artmaya devam ettiğini belirtti.';
    const { article, event } = extractArticle('a-tr-trade', 'tr-trade.txt', text, context);
    expect(event).toBeNull();
    expect(article.unplacedCode).toBe('no_event');
  });
});
