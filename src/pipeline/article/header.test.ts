import { describe, expect, it } from 'vitest';
import { createDateParsers } from './dates/create-date-parsers.ts';
import { dayFromUrl, readArticleHeader as readHeader, titleOf } from './header.ts';

const dateParsers = createDateParsers();
const readArticleHeader = (text: string) => readHeader(text, dateParsers);

describe('readArticleHeader', () => {
  it('reads a " date YYYY-MM-DD " header and leaves the title line', () => {
    const header = readArticleHeader(
      ' date 2025-09-06 «Казахстан стремится к укреплению партнерства», — заявил Токаев\n\nТекст.',
    );
    expect(header.published).toBe('2025-09-06');
    expect(header.publishedFrom).toBe('header');
    expect(header.body.startsWith('«Казахстан стремится')).toBe(true);
  });

  it('takes out a " date YYYY-MM " header with no day, and dates nothing by it', () => {
    const header = readArticleHeader(' date 2021-04 Téhéran (IRNA) – Le ministre est arrivé mercredi.');
    expect(header.published).toBeNull();
    expect(header.body.startsWith('Téhéran')).toBe(true);
  });

  it('takes no "Обновлено:" line without a year for a stamp, and keeps it in the text', () => {
    const header = readArticleHeader('Заголовок\n\nТекст статьи.\nОбновлено: правка 7.');
    expect(header.published).toBeNull();
    expect(header.body).toContain('правка 7');
  });

  it('reads a French "Publié le" line', () => {
    expect(readArticleHeader('Titre\n\nTexte.\nPublié le 7 avril 2021').published).toBe('2021-04-07');
  });

  it('reads an "Опубликовано 8 апреля 2021 в 11:08" line and takes it out of the text', () => {
    const header = readArticleHeader(
      'Заголовок\n\nТекст статьи.\nОпубликовано 8 апреля 2021 в 11:08\nВсе новости',
    );
    expect(header.published).toBe('2021-04-08');
    expect(header.body).not.toContain('Опубликовано');
  });

  it("reads a story's own time stamp line near the top, and leaves a banner's date without a time alone", () => {
    const header = readArticleHeader(
      'Казахстан\n\nТокаев и Си Цзиньпин проведут переговоры\n\nСания Халилова\n12 сентября 2022 года в 12:27\n\nАкорда подтвердила визит.',
    );
    expect(header.published).toBe('2022-09-12');
    expect(header.publishedFrom).toBe('timestamp-line');
    expect(header.body).not.toContain('12:27');
    expect(readArticleHeader('Талқы 6642 16 пікір 25 Желтоқсан, 2017 сағат 15:24\nМәтін.').published).toBe(
      '2017-12-25',
    );
    expect(
      readArticleHeader('Жұма, 19 Сәуір 2024\nҚырғызстан Президенті Астанаға келді.').published,
    ).toBeNull();
  });

  it('reads a date alone on a line under the title, and a stamp with its time first and its day first', () => {
    expect(
      readArticleHeader('Lukashenko and Nazarbayev hold phone talks\n\n19 March 2019\n\nText.').published,
    ).toBe('2019-03-19');
    expect(readArticleHeader('Назарбаев: нужно продолжать диалог\n09:32 08/06/2018\nТекст.').published).toBe(
      '2018-06-08',
    );
    // A banner's "today" gives its weekday; a date further down is the text's own.
    expect(readArticleHeader('Среда, 3 декабря 2025\nЗаголовок\nТекст.').published).toBeNull();
    expect(
      readArticleHeader('Title\n\nBody one.\nBody two.\nBody three.\n19 March 2019\n').published,
    ).toBeNull();
  });

  it('reads a time stamp line in German or Turkish too', () => {
    expect(
      readArticleHeader('Scholz reist nach Astana\n\n16. September 2024, 14:30\n\nText.').published,
    ).toBe('2024-09-16');
    expect(readArticleHeader('Tokayev Ankara’da\n\n3 Aralık 2025 14:30\n\nMetin.').published).toBe(
      '2025-12-03',
    );
  });

  it('reads a stamp with a bar, a view count, the year first or in ISO form, and Kazakh and German lines', () => {
    const body = '\nТокаев провел переговоры с Мирзиёевым в Ташкенте.';
    for (const stamp of [
      '05.09.2024 | 14:05',
      '5 сентября 2024, 14:05 · 1 234 просмотра',
      '2024 жылғы 5 қыркүйек 14:05',
      '2024-09-05 14:05:00',
      'Жарияланды: 05.09.2024',
      'Veröffentlicht am 5. September 2024',
      '5 қыркүйек 2024 ж. 14:05',
      '14:05 5 сентября 2024 г.',
      '05.09.2024',
    ]) {
      expect([stamp, readArticleHeader(`Заголовок\n${stamp}${body}`).published]).toEqual([
        stamp,
        '2024-09-05',
      ]);
    }
    // A category and a date with no time is as often the site's banner.
    expect(readArticleHeader(`Заголовок\nПолитика | 5 сентября 2024${body}`).published).toBeNull();
  });

  it('reads a "Published ..." line', () => {
    expect(readArticleHeader('Title\nPublished: March 3, 2024 10:15\nBody text.').published).toBe(
      '2024-03-03',
    );
  });

  it('falls back to a dated permalink and keeps it as the source URL', () => {
    const header = readArticleHeader(
      'Текст.\nПостоянный адрес новости: eadaily.com/ru/news/2021/04/08/glava-mid-kazahstana-rossiyskiy-vektor',
    );
    expect(header.published).toBe('2021-04-08');
    expect(header.publishedFrom).toBe('url');
    expect(header.source).toEqual({
      name: 'eadaily.com',
      url: 'https://eadaily.com/ru/news/2021/04/08/glava-mid-kazahstana-rossiyskiy-vektor',
    });
  });

  it('names the outlet from an agency credit in the text', () => {
    expect(
      readArticleHeader('ASTANA, September 5. The President held a meeting, Trend reports.').source?.name,
    ).toBe('Trend');
    expect(readArticleHeader('Токаев провел встречу, сообщает MiddleAsianNews.').source?.name).toBe(
      'MiddleAsianNews',
    );
    expect(readArticleHeader('CentralAsia (KZ) - Президент Казахстана провел переговоры.').source?.name).toBe(
      'CentralAsia (KZ)',
    );
  });

  it('has no publication date when the article states none', () => {
    expect(
      readArticleHeader('Kazakhstan and Mongolia Strengthen Ties\nIn a significant meeting...').published,
    ).toBeNull();
  });
});

describe('a header fact that fails is dropped for that article (issue 14, item 2)', () => {
  it('skips a token the URL pattern takes for an address but the URL parser rejects, and reads the next one', () => {
    const header = readArticleHeader(
      'Токаев провел переговоры.\nПодробнее: xn--zz.kz/news и kazinform.kz/ru/news/2024/10/23/tokaev',
    );
    expect(header.source).toEqual({
      name: 'kazinform.kz',
      url: 'https://kazinform.kz/ru/news/2024/10/23/tokaev',
    });
    expect(header.published).toBe('2024-10-23');
    expect(readArticleHeader('Text about xn--a.com/path and more.').source).toBeNull();
  });

  it('drops a permalink line whose address does not parse, and keeps the rest of the header', () => {
    const header = readArticleHeader(
      'Заголовок\nОпубликовано: 8 апреля 2021\nИсточник: <kazinform.kz/news>\nТекст, сообщает Kazinform.',
    );
    expect(header).toMatchObject({ published: '2021-04-08', source: { name: 'Kazinform', url: null } });
    expect(header.body).toBe('Заголовок\nТекст, сообщает Kazinform.');
  });

  it('reads no date from a line a date parser throws on, and still reads the URL', () => {
    const throwing = {
      parse: () => {
        throw new RangeError('Invalid time value');
      },
    };
    const parsers = {
      ...dateParsers,
      ru: throwing,
      en: throwing,
      kk: throwing,
    } as unknown as typeof dateParsers;
    const header = readHeader(
      'Published: March 3, 2024 10:15\nSource: astanatimes.com/2024/03/05/talks\nBody.',
      parsers,
    );
    expect(header.published).toBe('2024-03-05');
    expect(header.publishedFrom).toBe('url');
  });
});

describe('dayFromUrl and titleOf', () => {
  it('rejects impossible dates in URLs', () => {
    expect(dayFromUrl('https://x.kz/news/2021/13/45/a')).toBeNull();
    expect(dayFromUrl('https://x.kz/news/2021-04-08/a')).toBe('2021-04-08');
  });

  it('cuts a wire story opening line to a title length at a word boundary', () => {
    const title = titleOf(
      `ASTANA, Kazakhstan, September 5. The President of Kazakhstan held a meeting with the Chairman of the State Great Khural of Mongolia, Dashzegviin Amarbayasgalan, during which he drove home the point.`,
    );
    expect(title.length).toBeLessThanOrEqual(161);
    expect(title.endsWith('…')).toBe(true);
  });
});
