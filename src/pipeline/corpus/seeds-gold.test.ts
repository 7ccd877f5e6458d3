import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, DiplomaticEvent } from '#schema';
import { corpus as corpusSchema } from '#schema';
import { extractFolder } from '../node/extract-folder.ts';
import type { ArticleTexts } from '../output/article-texts.ts';

// What a careful reader finds in each seed article. The team's copy lives in ../shared; the repository
// keeps a copy so that a clone without it still tests (and a test below keeps the two equal).
interface GoldArticle {
  file: string;
  language: string;
  is_diplomatic_event: boolean;
  published: string | null;
  event_date_start: string | null;
  event_date_end: string | null;
  event_date_also_ok?: Array<string | null>;
  event_type: string;
  event_types: string[];
  is_future: boolean;
  countries: string[];
  participants: Array<{ name_en: string; name_ru: string; country: string; role: string }>;
  location_city_en: string | null;
  agreements: string[];
  money_figures: string[];
  same_event_as: string[];
  /** Other events the article names, in words ("SCO summit in Tianjin (2025)"). */
  mentions?: string[];
}

const root = path.resolve(import.meta.dirname, '../../..');
const sharedGold = path.resolve(root, '../shared/seeds-gold.json');
const repoGold = path.resolve(root, 'e2e/fixtures/seeds-gold.json');
const gold: GoldArticle[] = JSON.parse(readFileSync(existsSync(sharedGold) ? sharedGold : repoGold, 'utf8'));

let corpus: Corpus;
let texts: ArticleTexts;
const eventOf = (file: string): DiplomaticEvent => {
  const article = corpus.articles.find((a) => a.file === file);
  const event = corpus.events.find((e) => e.id === article?.eventIds[0]);
  if (!event) throw new Error(`${file} is on no event`);
  return event;
};
const roleId = (role: string) => role.replaceAll(' ', '_');

beforeAll(() => {
  ({ corpus, texts } = extractFolder(path.resolve(root, 'seeds'), { now: new Date('2026-11-23T12:00:00Z') }));
});

describe('the seed corpus against the gold file', () => {
  it('the repository copy of the gold file matches the shared one', () => {
    if (!existsSync(sharedGold)) return;
    expect(JSON.parse(readFileSync(repoGold, 'utf8'))).toEqual(JSON.parse(readFileSync(sharedGold, 'utf8')));
  });

  it('validates against the corpus schema', () => {
    expect(corpusSchema.safeParse(corpus).success).toBe(true);
  });

  it('has one event per distinct gold event (same_event_as merged), and beside them only summits the gold mentions', () => {
    const distinct = new Set(gold.map((g) => [g.file, ...g.same_event_as].sort()[0]));
    const main = new Set(corpus.articles.flatMap((a) => a.eventIds.slice(0, 1)));
    expect(main.size).toBe(distinct.size);
    // A bilateral meeting held at a summit is reported with the summit, an event of its own.
    const others = corpus.events.filter((e) => !main.has(e.id));
    const mentioned = gold.flatMap((g) => g.mentions ?? []);
    for (const summit of others) {
      expect(summit.type).toBe('summit');
      expect(mentioned.some((m) => /summit/i.test(m) && m.includes(summit.location?.name.en ?? '?'))).toBe(
        true,
      );
    }
  });

  for (const g of gold) {
    describe(g.file, () => {
      it('has the language and publication date', () => {
        const article = corpus.articles.find((a) => a.file === g.file);
        expect(article?.lang).toBe(g.language);
        expect(article?.published).toBe(g.published);
        expect(article?.unplacedReason).toBeNull();
      });

      it('is on an event with its same-event sources', () => {
        const event = eventOf(g.file);
        for (const other of g.same_event_as) expect(eventOf(other).id).toBe(event.id);
        expect(event.articleIds).toHaveLength(1 + g.same_event_as.length);
      });

      it('has the event date at its precision', () => {
        const date = eventOf(g.file).date;
        const expected = g.event_date_start;
        const accepted = [expected, ...(g.event_date_also_ok ?? [])];
        const actual = date ? date.start : null;
        expect(accepted).toContain(actual);
        if (date && expected) {
          expect(date.end).toBe(g.event_date_end);
          expect(date.precision).toBe(
            expected.length === 7 ? 'month' : expected.length === 4 ? 'year' : 'day',
          );
        }
      });

      it('has the type and planned flag', () => {
        const event = eventOf(g.file);
        expect(event.type).toBe(g.event_type);
        expect(event.planned).toBe(g.is_future);
        if (g.agreements.length > 0) expect(event.types).toContain('agreement_signing');
      });

      it('has the countries', () => {
        expect([...eventOf(g.file).countries].sort()).toEqual([...g.countries].sort());
      });

      it('has the participants with country and role, and no one else', () => {
        const participants = eventOf(g.file).participants;
        expect(participants).toHaveLength(g.participants.length);
        for (const p of g.participants) {
          expect(participants).toContainEqual(
            expect.objectContaining({
              name: { en: p.name_en, ru: p.name_ru },
              country: p.country,
              role: roleId(p.role),
            }),
          );
        }
      });

      it('has the place', () => {
        expect(eventOf(g.file).location?.name.en ?? null).toBe(g.location_city_en);
      });

      it('has the documents signed', () => {
        const agreements = eventOf(g.file).agreements;
        expect(agreements).toHaveLength(g.agreements.length);
        g.agreements.forEach((text, i) => {
          expect(text.toLowerCase()).toContain(agreements[i]?.title.en.split(' on ')[0]?.toLowerCase());
        });
      });

      it('has the money figures with what they measure', () => {
        const figures = eventOf(g.file).figures;
        for (const text of g.money_figures) {
          const expected = parseGoldFigure(text);
          expect(figures).toContainEqual(
            expect.objectContaining({
              amount: expected.amount,
              currency: 'USD',
              measure: 'trade_turnover',
              kind: expected.kind,
            }),
          );
        }
      });
    });
  }

  it('keeps evidence for every fact as a span of the stored text', () => {
    for (const event of corpus.events) {
      expect(event.evidence.length).toBeGreaterThan(0);
      for (const e of event.evidence) {
        expect(e.end).toBeGreaterThan(e.start);
        expect(texts.get(e.articleId)?.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });
});

function parseGoldFigure(text: string): { amount: number; kind: 'actual' | 'target' } {
  const m = /\$(\d+)\s+(million|billion)/.exec(text);
  if (!m) throw new Error(`cannot read gold figure ${text}`);
  const amount = Number(m[1]) * (m[2] === 'billion' ? 1e9 : 1e6);
  return { amount, kind: /target|goal/.test(text) ? 'target' : 'actual' };
}
