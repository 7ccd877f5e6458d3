import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type Article,
  type ArticleText,
  type Corpus,
  corpus as corpusSchema,
  type DiplomaticEvent,
  type EventType,
  HOME_COUNTRY,
  SCHEMA_VERSION,
} from '#schema';
import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import { Cast } from '../corpus/cast.ts';
import { planDiplomaticEvent } from '../corpus/diplomatic-event.ts';
import { Random } from '../corpus/prng.ts';
import { writeReport } from '../corpus/write-report.ts';

// A corpus of exactly N events for the viewer, written straight in the corpus format (extracting N events
// would need ~2N articles and minutes): the same people, places and dates the article generator uses.

const TYPE_LABELS: Record<EventType, { en: string; ru: string }> = {
  visit: { en: 'Visit', ru: 'Визит' },
  talks: { en: 'Talks', ru: 'Переговоры' },
  meeting: { en: 'Meeting', ru: 'Встреча' },
  phone_call: { en: 'Phone call', ru: 'Телефонный разговор' },
  summit: { en: 'Summit', ru: 'Саммит' },
  agreement_signing: { en: 'Agreement signed', ru: 'Подписание соглашения' },
};

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
      const text = writeReport(random, plan, lang, { undated: false });
      articleIds.push(id);
      texts.push({ id, lang, text });
      articles.push({
        id,
        file: `${id}.txt`,
        lang,
        title:
          text
            .trim()
            .split('\n')
            .find((line) => line.length > 20 && !line.startsWith(' ')) ?? id,
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
    const people = [plan.host, plan.guest];
    const where = plan.city ? ` (${plan.city.en})` : '';
    const whereRu = plan.city ? ` (${plan.city.ru})` : '';
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
      participants: people.map((p) => ({
        id: p.official.id,
        name: { en: p.official.name.en, ru: p.official.name.ru },
        country: p.country.code,
        role: p.role,
        known: true,
      })),
      location: plan.city
        ? {
            id: plan.city.en.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
            name: { en: plan.city.en, ru: plan.city.ru },
            country: plan.city.country,
          }
        : null,
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
      title: {
        en: `${TYPE_LABELS[plan.type].en}: ${people.map((p) => p.official.name.en).join(' and ')}${where}`,
        ru: `${TYPE_LABELS[plan.type].ru}: ${people.map((p) => p.official.name.ru).join(' и ')}${whereRu}`,
      },
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

function bareTimelineData(corpus: Corpus, cast: Cast): BareTimelineData {
  const items: BareTimelineData['items'] = [];
  const rows = new Set<string>();
  for (const event of corpus.events) {
    if (!event.date) continue;
    const partners = [...new Set(event.countries.filter((code) => code !== HOME_COUNTRY))];
    const start = dayOf(event.date.start, 'start');
    const end = addDay(dayOf(event.date.end, 'end'));
    const range = addDay(start) !== end;
    for (const row of partners.length ? partners : ['none']) {
      rows.add(row);
      items.push({
        id: `${event.id}@${row}`,
        group: row,
        start,
        ...(range ? { end } : {}),
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

/** The app's spans end the day after the last day (exclusive). */
function addDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A date at month or year precision spans its whole month or year, as the app draws it. */
function dayOf(iso: string, side: 'start' | 'end'): string {
  if (iso.length === 10) return iso;
  if (side === 'start') return iso.length === 7 ? `${iso}-01` : `${iso}-01-01`;
  if (iso.length === 4) return `${iso}-12-31`;
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
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
