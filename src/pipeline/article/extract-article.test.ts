import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { createDateParsers } from './dates/create-date-parsers.ts';
import { extractArticle } from './extract-article.ts';

const context = {
  gazetteer: loadGazetteer(),
  dateParsers: createDateParsers(),
  now: new Date('2026-11-23T12:00:00Z'),
};
const extract = (text: string) => extractArticle('a-test', 'test.txt', text, context);
const who = (text: string) => extract(text).event?.participants.map((p) => [p.name.en, p.role, p.country]);

describe('extractArticle', () => {
  it('an office names its own state, not a country further along the sentence', () => {
    const text =
      'Kazakh Foreign Minister meets EU High Representative in Brussels\n\nBRUSSELS, March 20, 2024. Kazakh Foreign Minister Murat Nurtleu met with EU High Representative for Foreign Affairs and Security Policy Josep Borrell, the Kazakh Foreign Ministry said.';
    expect(who(text)).toEqual([
      ['Murat Nurtleu', 'foreign_minister', 'KZ'],
      ['Josep Borrell', 'high_representative', 'EU'],
    ]);
    expect(extract(text).event?.location?.name.en).toBe('Brussels');
  });

  it('finds the other side in the lead paragraph when the first sentence names one state', () => {
    const text =
      ' date 2023-10-12 Путин прибыл в Бишкек на саммит СНГ\nПрезидент России Владимир Путин прибыл в Бишкек. Сегодня состоялись российско-киргизские переговоры Путина и Садыра Жапарова.';
    expect(extract(text).event?.countries.sort()).toEqual(['KG', 'RU']);
    expect(who(text)).toContainEqual(['Sadyr Japarov', 'president', 'KG']);
  });

  it("an agency's dateline city is where the story was filed, not the place of the event", () => {
    const event = extract(
      'Zarif meets Tokayev\n\nTehran (IRNA) – Iranian Foreign Minister Mohammad Javad Zarif met President Kassym-Jomart Tokayev on April 7, 2021 during his visit to Kazakhstan.',
    ).event;
    expect(event?.type).toBe('meeting');
    expect(event?.location).toBeNull();
  });

  it('a story that opens with its dateline has no title line: its first sentence tells the event', () => {
    const event = extract(
      'NUR-SULTAN. KAZINFORM Foreign Minister Mukhtar Tleuberdi has met today with his Russian counterpart Sergey Lavrov, who arrived in Nur-Sultan for an official visit.\n\nIn the words of Tleuberdi, the meeting discussed security in Central Asia.',
    ).event;
    expect(event?.evidence.find((e) => e.fact === 'type')?.quote).toMatch(/^KAZINFORM Foreign Minister/);
    expect(event?.participants.map((p) => p.name.en)).toEqual(['Mukhtar Tleuberdi', 'Sergey Lavrov']);
  });

  it("a headline summing up several meetings adds no state the event's own sentence leaves out", () => {
    const text =
      'President Nazarbayev Visits Minsk, Holds Talks with Lukashenko, Jeenbekov\n\nThe two-day visit of President of Kazakhstan Nursultan Nazarbayev to Minsk on Nov. 29-30, 2017 took place in the year of the 25th anniversary of the Kazakh-Belarusian diplomatic relations.';
    expect(extract(text).event?.countries.sort()).toEqual(['BY', 'KZ']);
    expect(who(text)?.map(([name]) => name)).toEqual(['Nursultan Nazarbayev', 'Alexander Lukashenko']);
  });

  it("'the Head of State' with no state named is the president of the state the timeline is about", () => {
    const event = extract(
      'Мемлекет басшысы Қытай министрін қабылдады\n\n2024 жылғы 5 қыркүйекте Мемлекет басшысы Ақордада Қытай Сыртқы істер министрі Ван Иді қабылдады.',
    ).event;
    expect(event?.countries.sort()).toEqual(['CN', 'KZ']);
    expect(event?.participants.map((p) => p.name.en)).toContain('Kassym-Jomart Tokayev');
    // Another state's head of state stays that state's.
    const other = extract(
      'Глава государства Туркменистана посетил Баку\n\n5 сентября 2024 года глава государства Туркменистана Сердар Бердымухамедов прибыл в Баку.',
    ).event;
    expect(other?.countries.sort()).toEqual(['AZ', 'TM']);
  });

  it("a visiting speaker's host is the speaker named a sentence on, not a president or minister", () => {
    const text =
      'Председатель парламента Монголии прибыл в Казахстан\n\n4 сентября 2025 года Мажилис посетила делегация Великого Государственного Хурала Монголии во главе с председателем Дашзэгвийном Амарбаясгаланом. На встрече со спикером Мажилиса Ерланом Кошановым стороны обсудили межпарламентские связи.';
    expect(
      who(text)
        ?.map(([name]) => name)
        .sort(),
    ).toEqual(['Dashzegviin Amarbayasgalan', 'Yerlan Koshanov']);
  });

  it('an undated event keeps the name the text gives its city, not the name in force today', () => {
    const event = extract(
      'Лукашенко встретился с Назарбаевым\n\nАлександр Лукашенко встретился в Нур-Султане с Нурсултаном Назарбаевым.',
    ).event;
    expect(event?.date).toBeNull();
    expect(event?.location?.name).toEqual({ en: 'Nur-Sultan', ru: 'Нур-Султан' });
  });

  it("a president's visit is received by the host state's president that day, named or not", () => {
    const text =
      'Президент Казахстана прибыл в Душанбе\n\n5 сентября 2024 года Президент Казахстана Касым-Жомарт Токаев прибыл в Душанбе с государственным визитом.';
    expect(who(text)?.map(([name]) => name)).toEqual(['Kassym-Jomart Tokayev', 'Emomali Rahmon']);
    // A minister's visit names no host it does not name.
    const minister =
      'Глава МИД Казахстана прибыл в Душанбе\n\n5 сентября 2024 года министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Душанбе с официальным визитом.';
    expect(who(minister)?.map(([name]) => name)).toEqual(['Murat Nurtleu']);
  });

  it('thanks for an invitation to visit tell of a visit made, not one to come', () => {
    const event = extract(
      'Tokayev thanks Moon\n\nSEOUL. KAZINFORM Kazakh President Kassym-Jomart Tokayev expressed gratitude to President of South Korea Moon Jae-in for the invitation to visit South Korea. The leaders held talks.',
    ).event;
    expect(event?.planned).toBe(false);
  });

  it('a meeting of two offices of named states at a summit is their meeting, not the summit', () => {
    const event = extract(
      'Ministers meet\n\nOn July 4, 2024, the Iranian Foreign Minister met the Kazakh President on the sidelines of the SCO summit in Astana.',
    ).event;
    expect(event?.type).toBe('meeting');
  });

  it("an ambassador's meeting is an event only when a head of state or government or a foreign minister receives him", () => {
    const low = extract(
      'Встреча в Сенате\n\n5 марта 2026 года председатель Сената Маулен Ашимбаев встретился с послом Ирана в Казахстане.',
    );
    expect(low.article.unplacedCode).toBe('below_level');
    const high = extract(
      'Встреча в Акорде\n\n5 марта 2026 года Президент Казахстана Касым-Жомарт Токаев принял посла Ирана в Казахстане.',
    );
    expect(high.event?.countries.sort()).toEqual(['IR', 'KZ']);
  });

  it('a weekday beside a named meeting, with no page date, is that weekday of the meeting', () => {
    for (const text of [
      'Tokayev meets Khurelsukh\n\nPresident Kassym-Jomart Tokayev met President of Mongolia Ukhnaagiin Khurelsukh on the sidelines of the SCO summit in Astana on Wednesday.',
      'Токаев встретился с Хурэлсухом\n\nВ среду на полях саммита ШОС в Астане Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Монголии Ухнаагийном Хурэлсухом.',
    ]) {
      // The 2024 summit in Astana (Khurelsukh has been president since 2021) was held on 3–4 July.
      expect(extract(text).event?.date).toMatchObject({
        start: '2024-07-03',
        end: '2024-07-03',
        basis: 'inferred',
      });
    }
  });

  it('a phone call takes no place from the dateline', () => {
    const text =
      'Tokayev, Mirziyoyev discuss regional cooperation by phone\n\nASTANA, 14 January 2025 – President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev, Akorda press service reported.';
    const event = extract(text).event;
    expect(event).toMatchObject({ type: 'phone_call', location: null, date: { start: '2025-01-14' } });
  });

  it('an announced visit with its dates is planned', () => {
    const text =
      'Эрдоган посетит Казахстан с государственным визитом 12–13 мая\n\nОпубликовано 3 мая 2024 в 10:15\n\nПрезидент Турции Реджеп Тайип Эрдоган 12–13 мая посетит Казахстан с государственным визитом, сообщили в пресс-службе Акорды.';
    expect(extract(text).event).toMatchObject({
      type: 'visit',
      planned: true,
      date: { start: '2024-05-12', end: '2024-05-13', precision: 'day' },
    });
  });
});

describe('extractArticle: who takes part', () => {
  it('the states a sentence of the summit lists take part, their heads by office on that day', () => {
    const text = [
      'Саммит ОТГ в Астане',
      'Президент Кыргызстана Садыр Жапаров 3 ноября 2023 года прибыл в Астану для участия в саммите Организации тюркских государств.',
      'В работе саммита принимают участие главы государств Азербайджана, Турции и Узбекистана.',
    ].join('\n\n');
    const event = extract(text).event;
    expect(event?.type).toBe('summit');
    expect(event?.countries).toEqual(expect.arrayContaining(['KG', 'KZ', 'AZ', 'TR', 'UZ']));
    expect(event?.participants.map((p) => p.name.en)).toEqual(
      expect.arrayContaining(['Sadyr Japarov', 'Ilham Aliyev', 'Recep Tayyip Erdoğan', 'Shavkat Mirziyoyev']),
    );
  });

  it('every head named taking part in a summit, not only those of its first sentence', () => {
    const text = [
      'Summit of the Shanghai Cooperation Organization opens in Astana',
      'ASTANA, July 4, 2024. The summit of the Shanghai Cooperation Organization, chaired by Kazakhstan, opened in Astana today.',
      'President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping and Russian President Vladimir Putin at the Palace of Independence.',
      'Pakistani Prime Minister Shehbaz Sharif also took part.',
    ].join('\n\n');
    const names = who(text)?.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['Kassym-Jomart Tokayev', 'Xi Jinping', 'Vladimir Putin', 'Shehbaz Sharif']),
    );
    expect(extract(text).event?.countries).toEqual(expect.arrayContaining(['KZ', 'CN', 'RU', 'PK']));
  });

  it("a fixed format's summit gathers its states even when the text does not list them", () => {
    const text = [
      'Саммит «Центральная Азия — США» прошел в Вашингтоне',
      'ВАШИНГТОН, 6 ноября 2025 года. Саммит «Центральная Азия — США» с участием президента Казахстана Касым-Жомарта Токаева и президента США Дональда Трампа прошел в Белом доме.',
    ].join('\n\n');
    expect(extract(text).event?.countries.sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'US', 'UZ']);
  });

  it('a title-case headline is not read as a name after an office', () => {
    const text = [
      'Turkmen Foreign Minister Meets With Kazakh Counterpart in Astana',
      'ASTANA, June 7, 2022. The foreign minister of Turkmenistan met the foreign minister of Kazakhstan in Astana on Tuesday to discuss transport links.',
    ].join('\n\n');
    const names = who(text)?.map(([name]) => name) ?? [];
    expect(names.filter((n) => /meets|with/i.test(String(n)))).toEqual([]);
  });

  it('takes the next sentence telling of an event when the first names only one side', () => {
    const text = [
      'Tokayev holds talks after the summit',
      'ASTANA, July 5, 2024. President Kassym-Jomart Tokayev held bilateral talks with foreign high officials in the capital.',
      'Tokayev met with the President of Mongolia Ukhnaagiin Khurelsukh to discuss trade and transit.',
    ].join('\n\n');
    const event = extract(text).event;
    expect(event?.countries.sort()).toEqual(['KZ', 'MN']);
    expect(event?.participants.map((p) => p.name.en)).toContain('Ukhnaagiin Khurelsukh');
  });

  it('a format named in a sentence makes it tell of an event though no one is named there', () => {
    const text = [
      'NEW YORK, September 19, 2023. The first C5+1 summit took place at the United Nations headquarters.',
      'It gathered the heads of state of the five Central Asian countries and the United States.',
    ].join('\n\n');
    expect(extract(text).event?.type).toBe('summit');
    // A format's meeting named with no one in it is the summit itself, with the format's states.
    const meeting = [
      'Leaders meet in New York',
      'NEW YORK, September 19, 2023. The first C5+1 high-level meeting took place at the United Nations headquarters.',
    ].join('\n\n');
    expect(extract(meeting).event?.type).toBe('summit');
    expect(extract(meeting).event?.countries.sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'US', 'UZ']);
  });

  it('a two-word country name with a short adjective in a case form, not read as a name after an office', () => {
    const text = [
      'Министры иностранных дел провели переговоры',
      'Сегодня в Астане 12 марта 2024 года состоялись переговоры министров иностранных дел Казахстана и Южной Кореи. Они обсудили визит в Астану президента Южной Кореи Юн Сок Еля.',
    ].join('\n\n');
    const event = extract(text).event;
    expect(event?.countries).toContain('KR');
    expect(event?.participants.map((p) => p.name.ru).join(' ')).not.toMatch(/Корей/);
  });

  it('a working lunch is a meeting', () => {
    const text = [
      'US, Kazakhstan embrace closer ties',
      'WASHINGTON, January 16, 2018. US President Donald Trump and Kazakh President Nursultan Nazarbayev agreed to expand cooperation after a working lunch at the White House.',
    ].join('\n\n');
    expect(extract(text).event?.type).toBe('meeting');
  });

  it('a call is dated by its report, not by the meeting the leaders agreed on', () => {
    const text = [
      'Lukashenko and Nazarbayev hold phone talks',
      '19 March 2019',
      'Alexander Lukashenko and Nursultan Nazarbayev agreed to meet during the summit of the Eurasian Economic Union, which will be held in Astana in May this year.',
    ].join('\n\n');
    const event = extract(text).event;
    expect(event?.type).toBe('phone_call');
    expect(event?.date).toMatchObject({ start: '2019-03-19', precision: 'day' });
    expect(event?.planned).toBe(false);
  });

  it('an inferred date says why, in structured reasons the viewer can put in either language', () => {
    const text = [
      'Rahmon arrives in Astana',
      'President of Tajikistan Emomali Rahmon arrived in Astana on a working visit on Friday, August 25. President Kassym-Jomart Tokayev met him at the airport.',
    ].join('\n\n');
    const date = extract(text).event?.date;
    expect(date).toMatchObject({ start: '2023-08-25', basis: 'inferred' });
    const kinds = date?.reasons?.map((r) => r.kind);
    expect(kinds).toContain('weekday');
    expect(kinds).toContain('office');
    expect(date?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'cityName', name: { en: 'Astana', ru: 'Астана' } }),
    );
  });

  it("a visit's host named a paragraph further on is a participant, at the guest's level", () => {
    const text = [
      'Aliyev arrives in Astana',
      'ASTANA, October 20, 2025. President of Azerbaijan Ilham Aliyev arrived in Kazakhstan on a state visit.',
      'At the Akorda, President Kassym-Jomart Tokayev welcomed his guest. Foreign Minister Murat Nurtleu was also present.',
    ].join('\n\n');
    const names = who(text)?.map(([name]) => name);
    expect(names).toContain('Kassym-Jomart Tokayev');
    expect(names).not.toContain('Murat Nurtleu');
  });

  it('who sent someone, or whose message was passed on, does not take part', () => {
    const ru = [
      'Спикер Сената посетил посольство',
      'АСТАНА, 5 марта 2026 года. По поручению президента Касым-Жомарта Токаева председатель Сената Маулен Ашимбаев встретился с министром иностранных дел Ирана Аббасом Аракчи.',
    ].join('\n\n');
    expect(who(ru)?.map(([name]) => name)).not.toContain('Kassym-Jomart Tokayev');
    const en = [
      'Minister conveys greetings',
      'ASTANA, March 5, 2026. Foreign Minister Murat Nurtleu met Iranian Foreign Minister Abbas Araghchi and passed on a message from President Kassym-Jomart Tokayev.',
    ].join('\n\n');
    expect(who(en)?.map(([name]) => name)).not.toContain('Kassym-Jomart Tokayev');
    expect(who(en)?.map(([name]) => name)).toContain('Murat Nurtleu');
  });

  it('a place named after a person is not the person', () => {
    const text = [
      'Xi Jinping arrives in Kazakhstan',
      'NUR-SULTAN, Sept. 14, 2022. Chinese President Xi Jinping arrived at the Nursultan Nazarbayev International Airport for a state visit and was welcomed by President Kassym-Jomart Tokayev.',
    ].join('\n\n');
    const names = who(text)?.map(([name]) => name);
    expect(names).toContain('Kassym-Jomart Tokayev');
    expect(names).not.toContain('Nursultan Nazarbayev');
  });

  it("a date years after publication is the page's banner on the day it was saved, not the event's", () => {
    const text = [
      ' date 2017-12-25 Friday, 19 April 2024',
      'Jeenbekov arrives in Astana',
      'Today President of Kyrgyzstan Sooronbay Jeenbekov arrived in Astana on a state visit.',
    ].join('\n\n');
    expect(extract(text).event?.date).toMatchObject({ start: '2017-12-25' });
  });

  it('an unknown foreign name after "с" is put back in the nominative', () => {
    const text = [
      'Министры провели переговоры',
      'Сегодня в Астане 31 мая 2023 года министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел Мальты Яном Боргом.',
    ].join('\n\n');
    const names = who(text)?.map((p) => p[0]) ?? [];
    expect(extract(text).event?.participants.map((p) => p.name.ru)).toContain('Ян Борг');
    expect(names.join(' ')).not.toMatch(/Yanom|Borgom/);
  });
});
