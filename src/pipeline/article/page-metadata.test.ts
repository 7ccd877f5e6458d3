import { describe, expect, it } from 'vitest';
import { createDateParsers } from './dates/create-date-parsers.ts';
import { readArticleHeader } from './header.ts';
import { htmlToText } from './html-to-text.ts';
import { readPageMetadata } from './page-metadata.ts';

const page = (head: string, body = '<p>Токаев провёл переговоры с Президентом Монголии.</p>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('readPageMetadata (issue 14, item 3: publication day and URL from a saved page)', () => {
  it("reads JSON-LD's datePublished, in a @graph too, before the Open Graph time", () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', url: 'https://www.inform.kz/' },
        { '@type': 'NewsArticle', headline: 'Токаев и Хурэлсух', datePublished: '2024-10-23T10:15:00+05:00' },
      ],
    });
    const html = page(
      `<script type="application/ld+json">${jsonLd}</script><meta property="article:published_time" content="2024-10-24T08:00:00+05:00">`,
    );
    expect(readPageMetadata(html).published).toBe('2024-10-23');
  });

  it('reads article:published_time and og:url, attributes in any order, entities decoded', () => {
    const html = page(
      `<meta content="2025-09-05T17:42:00+06:00" property="article:published_time" />
       <meta property='og:url' content='https://kaztag.kz/ru/news/tokaev-i-khurelsukh?utm=1&amp;x=2'>`,
    );
    expect(readPageMetadata(html)).toEqual({
      published: '2025-09-05',
      url: 'https://kaztag.kz/ru/news/tokaev-i-khurelsukh?utm=1&x=2',
    });
  });

  it("reads the story's <time datetime>, not the banner's", () => {
    const html = page(
      '<link rel="canonical" href="https://www.akorda.kz/ru/glava-gosudarstva-1">',
      `<div class="banner"><time datetime="2026-12-03">3 декабря</time></div>
       <article><h1>Глава государства провёл переговоры</h1><time datetime="2025-08-30T12:00">30 августа</time></article>`,
    );
    expect(readPageMetadata(html)).toEqual({
      published: '2025-08-30',
      url: 'https://www.akorda.kz/ru/glava-gosudarstva-1',
    });
  });

  it('drops what is malformed: broken JSON-LD, an impossible day, a relative or broken address', () => {
    const html = page(
      `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
       <meta property="article:published_time" content="2024-02-30T10:00:00Z">
       <meta property="og:url" content="/ru/news/123">
       <link rel="canonical" href="https://xn--zz.kz/news">`,
      '<p>Text.</p>',
    );
    expect(readPageMetadata(html)).toEqual({ published: null, url: null });
  });
});

describe('a saved page through the header stage (issue 14, item 3)', () => {
  const dateParsers = createDateParsers();

  it('takes the publication day and URL the markup declares, and leaves them out of the text', () => {
    const html = page(
      '<title>Tokayev holds talks with Mongolian President</title><meta property="og:url" content="https://astanatimes.com/2025/09/tokayev-talks/"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-05T09:00:00+06:00"}</script>',
      '<article><p>President Kassym-Jomart Tokayev held talks with Mongolian President Ukhnaagiin Khurelsukh on Friday.</p></article>',
    );
    const header = readArticleHeader(htmlToText(html).text, dateParsers);
    expect(header.published).toBe('2025-09-05');
    expect(header.source).toEqual({
      name: 'astanatimes.com',
      url: 'https://astanatimes.com/2025/09/tokayev-talks/',
    });
    expect(header.body).toBe(
      'President Kassym-Jomart Tokayev held talks with Mongolian President Ukhnaagiin Khurelsukh on Friday.',
    );
  });
});
