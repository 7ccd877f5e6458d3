import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../pipeline/article/dates/create-date-parsers.ts';
import { extractArticle } from '../pipeline/article/extract-article.ts';
import { extractCorpus, type InputFile } from '../pipeline/corpus/extract-corpus.ts';

// The items of issue 14 whose fixes live inside one stage, tried here as a user meets them: through the
// whole pipeline, on texts of the kind that broke it.

const context = {
  gazetteer: loadGazetteer(),
  dateParsers: createDateParsers(),
  now: new Date('2026-12-03T12:00:00Z'),
};
const file = (name: string, text: string): InputFile => {
  const bytes = new TextEncoder().encode(text);
  return { file: name, size: bytes.length, read: () => bytes };
};
const call = (day: number) =>
  `Tokayev and Khurelsukh hold phone talks\n\nASTANA, March ${day}, 2025. President Kassym-Jomart Tokayev held a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh.`;

describe('issue 14: inputs that stopped a run or merged what they should not', () => {
  it('a URL-like token that does not parse costs the article its URL at most, never the run (High)', () => {
    const corpus = extractCorpus(
      [file('bad-url.txt', `Source: xn--zz.kz/x\n\n${call(1)}`), file('fine.txt', call(12))],
      context,
    ).corpus;
    expect(corpus.articles.map((a) => a.file).sort()).toEqual(['bad-url.txt', 'fine.txt']);
    expect(corpus.events).toHaveLength(2);
  });

  it('five calls four days apart stay five events; a year-only report joins none of them (High)', () => {
    const calls = [1, 4, 8, 12, 16].map((d) => file(`call-${d}.txt`, call(d)));
    const yearOnly = file(
      'year.txt',
      'Tokayev and Khurelsukh spoke by phone\n\nIn 2025 President Kassym-Jomart Tokayev held a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh.',
    );
    const corpus = extractCorpus([...calls, yearOnly], context).corpus;
    expect(corpus.events.map((e) => e.articleIds.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('a short English wire brief is read as English and placed (Medium)', () => {
    const brief = extractArticle(
      'a',
      'brief.txt',
      'ASTANA, Dec 3, 2025 (Reuters) - Kazakh President Tokayev met Turkish Foreign Minister Fidan on Tuesday.',
      context,
    );
    expect(brief.article.lang).toBe('en');
    expect(brief.event?.countries.sort()).toEqual(['KZ', 'TR']);
  });

  it("a saved page's JSON-LD datePublished and og:url are its publication date and address (Low)", () => {
    const page = `<!doctype html><html><head>
      <meta property="og:url" content="https://example.kz/news/2025/tokayev-khurelsukh">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-12T09:30:00+05:00"}</script>
      </head><body><article><h1>Tokayev and Khurelsukh hold phone talks</h1>
      <p>President Kassym-Jomart Tokayev held a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh today.</p>
      </article></body></html>`;
    const { article, event } = extractArticle('p', 'page.html', page, context);
    expect(article.published).toBe('2025-03-12');
    expect(article.source?.url).toBe('https://example.kz/news/2025/tokayev-khurelsukh');
    expect(event?.date?.start).toBe('2025-03-12');
  });
});
