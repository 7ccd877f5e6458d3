import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '#schema';
import { goldFile } from './gold-format.ts';
import { splitOf } from './split.ts';

// The evaluation set the team measures the extractor on (eval/README.md): what it must hold to measure
// what users meet.
const dir = path.resolve(import.meta.dirname, '../../eval');
const gold = goldFile.parse(JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')));
const articles = gold.articles;
const count = (pick: (a: (typeof articles)[number]) => boolean) => articles.filter(pick).length;

describe('the real-article evaluation set', () => {
  it('publishes its format as the JSON Schema the gold format module gives', () => {
    const published = JSON.parse(readFileSync(path.join(dir, 'gold.schema.json'), 'utf8'));
    expect(published, 'run: npm run eval -- --schema eval/gold.schema.json').toEqual(jsonSchemaOf(goldFile));
  });

  it('has every article file, each URL once, and a second reader for every entry', () => {
    expect(articles.filter((a) => !existsSync(path.join(dir, gold.articlesDir, a.file)))).toEqual([]);
    expect(new Set(articles.map((a) => a.url)).size).toBe(articles.length);
    expect(articles.filter((a) => !a.checkedBy || a.checkedBy === a.annotator).map((a) => a.file)).toEqual(
      [],
    );
  });

  it('holds at least 120 articles: 45 Russian, 45 English, 10 Kazakh, 10 in other languages', () => {
    expect(articles.length).toBeGreaterThanOrEqual(120);
    expect(count((a) => a.lang === 'ru')).toBeGreaterThanOrEqual(45);
    expect(count((a) => a.lang === 'en')).toBeGreaterThanOrEqual(45);
    expect(count((a) => a.lang === 'kk')).toBeGreaterThanOrEqual(10);
    expect(count((a) => !['ru', 'en', 'kk'].includes(a.lang))).toBeGreaterThanOrEqual(10);
  });

  it('holds 20 events reported in two languages or more, 10 non-events, and events of every year 2015-2026', () => {
    const languagesOf = new Map<string, Set<string>>();
    for (const a of articles) {
      for (const e of a.events.filter((e) => e.mode !== 'recalled')) {
        languagesOf.set(e.id, new Set([...(languagesOf.get(e.id) ?? []), a.lang]));
      }
    }
    expect([...languagesOf.values()].filter((langs) => langs.size >= 2).length).toBeGreaterThanOrEqual(20);
    expect(count((a) => !a.diplomatic)).toBeGreaterThanOrEqual(10);
    const years = new Set(
      articles.flatMap((a) => a.events.flatMap((e) => (e.date ? [e.date.start.slice(0, 4)] : []))),
    );
    for (let year = 2015; year <= 2026; year++) expect(years, String(year)).toContain(String(year));
  });

  it('splits into dev and test by story, with a third of the set on each side at least', () => {
    const dev = count((a) => splitOf(a) === 'dev');
    expect(Math.min(dev, articles.length - dev)).toBeGreaterThanOrEqual(articles.length / 3);
    const sideOf = new Map<string, string>();
    for (const a of articles) {
      if (!a.group) continue;
      expect(sideOf.get(a.group) ?? splitOf(a), a.file).toBe(splitOf(a));
      sideOf.set(a.group, splitOf(a));
    }
  });
});
