import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type Article,
  type ArticleText,
  type Corpus,
  corpus as corpusSchema,
  type DiplomaticEvent,
  SCHEMA_VERSION,
} from '#schema';
import { dateSpan, isMultiDay } from '../../src/app/model/eventDates.ts';
import { itemId, partnerRows } from '../../src/app/model/partnerRows.ts';
import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import { composeEventTitle } from '../../src/pipeline/corpus/compose-title.ts';
import { Cast } from '../corpus/cast.ts';
import { planDiplomaticEvent } from '../corpus/diplomatic-event.ts';
import { Random } from '../corpus/prng.ts';
import { writeReport } from '../corpus/write-report.ts';

// A corpus of exactly N events for the viewer, written straight in the corpus format (extracting N events
// would need ~2N articles and minutes): the same people, places and dates the article generator uses.

/** What the bare page draws: the same rows and items the app derives from the corpus. */
export interface BareTimelineData {
  groups: Array<{ id: string; content: string; order: number }>;
  items: Array<{
    id: string;
    group: string;
    start: string;
    end?: string;
    type: 'point' | 'range';
    className: string;
    content: string;
  }>;
}

export function buildViewerCorpus(data: GazetteerData, eventCount: number, seed: number) {
  const random = new Random(seed);
  const cast = new Cast(data);
  // Summit partners come from the states already in the corpus, as in a real feed: not every state on earth.
  const seenCountries: string[] = [];
  const events: DiplomaticEvent[] = [];
  const articles: Article[] = [];
  const texts: ArticleText[] = [];
  for (let n = 0; n < eventCount; n++) {
    const plan = planDiplomaticEvent(random, cast);
    const eventId = `ev-${random.hex(12)}`;
    const reports = random.chance(0.2)
      ? (['ru', 'en'] as const)
      : ([random.chance(0.6) ? 'ru' : 'en'] as const);
    const articleIds: string[] = [];
    for (const lang of reports) {
      const id = `a-${random.hex(12)}`;
      const { title, text } = writeReport(random, plan, lang, { undated: false });
      articleIds.push(id);
      texts.push({ id, lang, text });
      articles.push({
        id,
        file: `${id}.txt`,
        lang,
        title,
        published: plan.start,
        source: { name: lang === 'ru' ? 'Казинформ' : 'Trend', url: null },
        eventIds: [eventId],
        unplacedReason: null,
        textUrl: `texts/${id}.json`,
        textLength: text.length,
      });
    }
    const countries = [plan.host.country.code, plan.guest.country.code];
    for (const code of countries) if (!seenCountries.includes(code)) seenCountries.push(code);
    if (plan.type === 'summit') {
      for (let extra = random.int(1, 3); extra > 0; extra--) countries.push(random.pick(seenCountries));
    }
    const precision = random.weighted([
      ['day', 85],
      ['month', 10],
      ['year', 2],
      ['none', 3],
    ] as const);
    const participants = [plan.host, plan.guest].map((p) => ({
      id: p.official.id,
      name: { en: p.official.name.en, ru: p.official.name.ru },
      country: p.country.code,
      role: p.role,
      known: true,
    }));
    const location = plan.city
      ? {
          id: plan.city.en.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          name: { en: plan.city.en, ru: plan.city.ru },
          country: plan.city.country,
        }
      : null;
    const firstText = texts.at(-reports.length)?.text ?? '';
    events.push({
      id: eventId,
      type: plan.type,
      types: [plan.type],
      planned: plan.planned,
      date:
        precision === 'none'
          ? null
          : {
              start: precision === 'day' ? plan.start : plan.start.slice(0, precision === 'month' ? 7 : 4),
              end: precision === 'day' ? plan.end : plan.start.slice(0, precision === 'month' ? 7 : 4),
              precision,
              basis: random.pick(['stated', 'relative', 'publication'] as const),
            },
      countries: [...new Set(countries)],
      participants,
      location,
      agreements: plan.agreement
        ? [{ kind: 'agreement', title: { en: plan.agreement.en, ru: plan.agreement.ru } }]
        : [],
      figures: plan.figures.map((f) => ({
        amount: f.millions * 1_000_000,
        currency: 'USD',
        measure:
          f.measure === 'trade'
            ? 'trade_turnover'
            : f.measure === 'investment'
              ? 'investment'
              : 'contract_value',
        kind: f.target ? 'target' : 'actual',
        year: f.year,
        label: { en: 'Figure', ru: 'Показатель' },
      })),
      // The pipeline's own title composer: the same titles, planned ones included, as extraction gives.
      title: composeEventTitle({
        type: plan.type,
        planned: plan.planned,
        participants,
        countryNames: [],
        location,
      }),
      articleIds,
      evidence: [
        {
          fact: 'date',
          articleId: articleIds[0] ?? '',
          start: 0,
          end: Math.min(80, firstText.length),
          quote: firstText.slice(0, 80),
        },
      ],
    });
  }
  const corpus: Corpus = corpusSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: '2026-11-23T00:00:00.000Z',
    articles,
    events,
    problems: [],
  });
  return { corpus, texts, bare: bareTimelineData(corpus, cast) };
}

/** The app's rows, item ids and spans (its own functions), as data the bare page turns into items. */
function bareTimelineData(corpus: Corpus, cast: Cast): BareTimelineData {
  const items: BareTimelineData['items'] = [];
  const rows = new Set<string>();
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  for (const event of corpus.events) {
    if (!event.date) continue;
    const span = dateSpan(event.date);
    const range = isMultiDay(span);
    for (const row of partnerRows(event)) {
      rows.add(row);
      items.push({
        id: itemId(event.id, row),
        group: row,
        start: isoDay(span.start),
        ...(range ? { end: isoDay(span.end) } : {}),
        type: range ? 'range' : 'point',
        className: `type-${event.type}`,
        content: event.title.en,
      });
    }
  }
  const groups = [...rows]
    .map((id) => ({ id, content: cast.countries.get(id)?.name.en ?? 'No partner' }))
    .sort((a, b) => a.content.localeCompare(b.content))
    .map((group, order) => ({ ...group, order }));
  return { groups, items };
}

/** Writes `corpus.json` with `texts/<id>.json` beside it, as the CLI would. */
export function writeViewerCorpus(dir: string, corpus: Corpus, texts: readonly ArticleText[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'texts'), { recursive: true });
  for (const text of texts) writeFileSync(path.join(dir, 'texts', `${text.id}.json`), JSON.stringify(text));
  const file = path.join(dir, 'corpus.json');
  writeFileSync(file, JSON.stringify(corpus));
  return file;
}
