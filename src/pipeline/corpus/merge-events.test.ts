import { describe, expect, it } from 'vitest';
import type { EventDate, Participant } from '#schema';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import type { ArticleEvent } from '../article/extract-article.ts';
import { buildEvents } from './build-events.ts';
import {
  type ArticleEventRef,
  eventKey,
  groupSameEventArticles,
  mergeReason,
  settleDayOfYear,
  strongestDate,
} from './merge-events.ts';
import { khurelsukh as president, amarbayasgalan as speaker, tokayev } from './participants.fixture.ts';

const day = (d: string, basis: EventDate['basis'] = 'stated'): EventDate => ({
  start: d,
  end: d,
  precision: 'day',
  basis,
});

function report(
  articleId: string,
  date: EventDate | null,
  participants: Participant[],
  type: ArticleEvent['type'] = 'meeting',
  dayOfYear: string | null = null,
  officeWindow: ArticleEvent['officeWindow'] = null,
): ArticleEventRef {
  const event: ArticleEvent = {
    type,
    types: [type],
    planned: false,
    date,
    countries: ['KZ', 'MN'],
    participants,
    location: null,
    agreements: [],
    figures: [],
    evidence: [],
    dayOfYear,
    officeWindow,
  };
  const ref = { articleId, published: date?.start ?? null, key: eventKey(event) };
  events.set(ref, event);
  return ref;
}

const events = new WeakMap<ArticleEventRef, ArticleEvent>();
function eventOf(ref: ArticleEventRef): ArticleEvent {
  const event = events.get(ref);
  if (!event) throw new Error(`no event for ${ref.articleId}`);
  return event;
}

const groups = (items: ArticleEventRef[]) =>
  groupSameEventArticles(items).map((g) => g.map((i) => i.articleId).sort());

describe('groupSameEventArticles', () => {
  it('merges a stated date with another outlet’s report published the next day', () => {
    expect(
      groups([
        report('en', day('2025-09-05'), [tokayev, speaker]),
        report('ru', day('2025-09-06', 'publication'), [tokayev, speaker]),
      ]),
    ).toEqual([['en', 'ru']]);
  });

  it('keeps meetings of the same president with different counterparts apart', () => {
    expect(
      groups([
        report('a', day('2025-09-05'), [tokayev, speaker]),
        report('b', day('2025-09-05'), [tokayev, president]),
      ]),
    ).toHaveLength(2);
  });

  it("takes reports of one visit that each name another of the hosts for that visit's reports", () => {
    // Khurelsukh's visit: one report names his talks with Tokayev, another his meeting with the speaker.
    expect(
      groups([
        report('a', day('2025-09-05'), [president, tokayev], 'visit'),
        report('b', day('2025-09-06'), [president, speaker], 'meeting'),
      ]),
    ).toEqual([['a', 'b']]);
  });

  it('keeps events between the same countries weeks apart apart', () => {
    expect(
      groups([
        report('a', day('2025-09-05'), [tokayev, speaker]),
        report('b', day('2025-09-20'), [tokayev, speaker]),
      ]),
    ).toHaveLength(2);
  });

  it('does not merge an undated report that says nothing of its years into a dated one', () => {
    expect(
      groups([report('a', day('2025-09-05'), [tokayev, speaker]), report('b', null, [tokayev, speaker])]),
    ).toHaveLength(2);
  });
});

describe('groupSameEventArticles, a report with no date at all', () => {
  const inOffice = { from: '2021-06-25', to: '2026-12-03' };
  const undated = (people: Participant[], window = inOffice) =>
    report('undated', null, people, 'meeting', null, window);

  it('joins the one dated report of the same people from when they all held office', () => {
    expect(
      groups([report('dated', day('2025-09-05'), [tokayev, speaker]), undated([tokayev, speaker])]),
    ).toEqual([['dated', 'undated']]);
  });

  it('joins with another undated report of that dated one, but two undated reports alone stay apart', () => {
    const second = { ...undated([tokayev, speaker]), articleId: 'undated-2' };
    expect(
      groups([report('dated', day('2025-09-05'), [tokayev, speaker]), undated([tokayev, speaker]), second]),
    ).toEqual([['dated', 'undated', 'undated-2']]);
    expect(groups([undated([tokayev, speaker]), second])).toHaveLength(2);
  });

  it('stays apart when the same people met twice (a decoy of another year)', () => {
    const twice = [
      report('2023', day('2023-04-10'), [tokayev, speaker]),
      report('2025', day('2025-09-05'), [tokayev, speaker]),
      undated([tokayev, speaker]),
    ];
    expect(groups(twice)).toHaveLength(3);
  });

  it('stays apart when its people were not all in office on that day', () => {
    const before = { from: '2019-03-20', to: '2021-06-24' };
    expect(
      groups([report('dated', day('2025-09-05'), [tokayev, speaker]), undated([tokayev, speaker], before)]),
    ).toHaveLength(2);
  });

  it('stays apart when it names another city', () => {
    const at = (ref: ArticleEventRef, id: string): ArticleEventRef => ({
      ...ref,
      key: { ...ref.key, placeId: id },
    });
    const dated = at(report('dated', day('2025-09-05'), [tokayev, speaker]), 'astana');
    expect(groups([dated, at(undated([tokayev, speaker]), 'ulaanbaatar')])).toHaveLength(2);
    expect(groups([dated, at(undated([tokayev, speaker]), 'astana')])).toHaveLength(1);
  });

  it('joins when it names a state more, one its people only came from or spoke of', () => {
    const wider = undated([tokayev, speaker]);
    const more = { ...wider, key: { ...wider.key, countries: ['KZ', 'MN', 'RU'] } };
    expect(groups([report('dated', day('2025-09-05'), [tokayev, speaker]), more])).toEqual([
      ['dated', 'undated'],
    ]);
  });

  it('stays apart when it leaves out a state the dated report names', () => {
    const dated = report('dated', day('2025-09-05'), [tokayev, speaker]);
    const wider = { ...dated, key: { ...dated.key, countries: ['KZ', 'MN', 'KG'] } };
    expect(groups([wider, undated([tokayev, speaker])])).toHaveLength(2);
  });

  it('stays apart when it reports another kind of event (a visit, not a meeting)', () => {
    const visit = report('undated', null, [tokayev, speaker], 'visit', null, inOffice);
    expect(groups([report('dated', day('2025-09-05'), [tokayev, speaker]), visit])).toHaveLength(2);
  });

  it('stays apart when it names only one side', () => {
    expect(groups([report('dated', day('2025-09-05'), [tokayev, speaker]), undated([tokayev])])).toHaveLength(
      2,
    );
  });
});

describe('groupSameEventArticles, without chains', () => {
  const month = (m: string): EventDate => ({ start: m, end: m, precision: 'month', basis: 'stated' });

  it('keeps five calls four days apart as five events', () => {
    const calls = ['2025-03-01', '2025-03-04', '2025-03-08', '2025-03-12', '2025-03-16'].map((d, i) =>
      report(`c${i}`, day(d), [tokayev, president], 'phone_call'),
    );
    expect(groups(calls)).toHaveLength(5);
  });

  it('a month-only report joins the one event of its month, and none when two compete', () => {
    const one = [
      report('a', day('2025-03-04'), [tokayev, president], 'phone_call'),
      report('m', month('2025-03'), [tokayev, president], 'phone_call'),
    ];
    expect(groups(one)).toEqual([['a', 'm']]);
    const two = [...one, report('b', day('2025-03-20'), [tokayev, president], 'phone_call')];
    expect(groups(two)).toHaveLength(3);
  });

  it('a day and month with an open year joins the report of that day, not one of another day', () => {
    expect(
      groups([
        report('dated', day('2023-08-25'), [tokayev, president], 'visit'),
        report('partial', null, [tokayev, president], 'visit', '08-25'),
        report('other', null, [tokayev, president], 'visit', '03-02'),
      ]),
    ).toEqual([['dated', 'partial'], ['other']]);
  });
});

describe('strongestDate', () => {
  it('a stated day beats a publication bound', () => {
    expect(strongestDate([day('2025-09-06', 'publication'), day('2025-09-05'), null])).toEqual(
      day('2025-09-05'),
    );
  });

  it('a day beats a year, whatever each was read from', () => {
    const year: EventDate = { start: '2017', end: '2017', precision: 'year', basis: 'stated' };
    const days: EventDate = { start: '2017-11-29', end: '2017-11-30', precision: 'day', basis: 'inferred' };
    expect(strongestDate([year, days])).toEqual(days);
  });

  it('a written day whose year was worked out beats "today" in a report published the next day', () => {
    const written: EventDate = {
      start: '2018-01-16',
      end: '2018-01-16',
      precision: 'day',
      basis: 'inferred',
      reasons: [{ kind: 'weekday' }],
    };
    expect(strongestDate([day('2018-01-17', 'relative'), written])).toEqual(written);
    // A day taken from the week of a named meeting is no surer than "today".
    const byMeeting: EventDate = {
      ...written,
      reasons: [
        {
          kind: 'meeting',
          meeting: { en: 'SCO summit', ru: 'саммит ШОС' },
          city: { en: 'Astana', ru: 'Астана' },
          start: '2018-01-16',
          end: '2018-01-16',
        },
      ],
    };
    expect(strongestDate([byMeeting, day('2018-01-17', 'relative')])).toEqual(day('2018-01-17', 'relative'));
  });
});

describe('a day and month with no year, settled by another report', () => {
  const partial = { date: null, dayOfYear: '06-07' };
  it('takes the year of a report published the next day', () => {
    const published = day('2018-06-08', 'publication');
    expect(settleDayOfYear(published, [{ date: published, dayOfYear: null }, partial])).toEqual({
      start: '2018-06-07',
      end: '2018-06-07',
      precision: 'day',
      basis: 'inferred',
      reasons: [{ kind: 'otherReport', date: published }],
    });
  });

  it('takes the year across New Year, and of a month another report states', () => {
    const january = day('2019-01-01', 'publication');
    expect(settleDayOfYear(january, [{ date: null, dayOfYear: '12-31' }])?.start).toBe('2018-12-31');
    const june: EventDate = { start: '2018-06', end: '2018-06', precision: 'month', basis: 'stated' };
    expect(settleDayOfYear(june, [partial])?.start).toBe('2018-06-07');
  });

  it('leaves a stated day, a day outside the other report’s days, and two disagreeing days alone', () => {
    expect(settleDayOfYear(day('2018-06-08'), [partial])).toEqual(day('2018-06-08'));
    const later = day('2018-06-20', 'publication');
    expect(settleDayOfYear(later, [partial])).toEqual(later);
    const published = day('2018-06-08', 'publication');
    expect(settleDayOfYear(published, [partial, { date: null, dayOfYear: '06-06' }])).toEqual(published);
    expect(settleDayOfYear(null, [partial])).toBeNull();
  });
});

describe('why a report joined an event', () => {
  const month: EventDate = { start: '2025-09', end: '2025-09', precision: 'month', basis: 'stated' };
  it('says so by what its date gave to go on', () => {
    expect(mergeReason(report('a', day('2025-09-05'), []).key)).toBe('same_days');
    expect(mergeReason(report('a', day('2025-09-06', 'publication'), []).key)).toBe('published_days');
    expect(mergeReason(report('a', month, []).key)).toBe('period_fits');
    expect(mergeReason(report('a', null, [], 'meeting', '09-05').key)).toBe('day_of_year');
    expect(mergeReason(report('a', null, []).key)).toBe('undated_sibling');
  });

  it('the merged event lists why each report after the most precise one joined', () => {
    const refs = [
      report('month', month, [tokayev, speaker]),
      report('day', day('2025-09-05'), [tokayev, speaker]),
    ].map((r) => ({ ...r, source: `${r.articleId}:x`, event: () => eventOf(r) }));
    const [event] = buildEvents(refs, loadGazetteer()).map((built) => built.event);
    expect(event?.event.merges).toEqual([{ articleId: 'month', reason: 'period_fits' }]);
  });
});

describe('reports of one summit', () => {
  it('merge when they share one head, each naming the few it quotes', () => {
    expect(
      groups([
        report('a', day('2025-09-05'), [tokayev, speaker], 'summit'),
        report('b', day('2025-09-05'), [tokayev, president], 'summit'),
      ]),
    ).toEqual([['a', 'b']]);
  });

  it('the merged event keeps the states most reports name, not one a single report adds', () => {
    const withTopic = (ref: ArticleEventRef, countries: string[]) => {
      const event = { ...eventOf(ref), countries };
      const key = { ...ref.key, countries };
      return { ...ref, key, source: `${ref.articleId}:x`, event: () => event };
    };
    const refs = [
      withTopic(report('a', day('2025-09-05'), [tokayev, president], 'summit'), ['KZ', 'MN']),
      withTopic(report('b', day('2025-09-05'), [tokayev, president], 'summit'), ['KZ', 'MN']),
      withTopic(report('c', day('2025-09-05'), [tokayev, president], 'summit'), ['KZ', 'MN', 'UA']),
    ];
    const [event] = buildEvents(refs, loadGazetteer()).map((built) => built.event);
    expect(event?.event.countries.sort()).toEqual(['KZ', 'MN']);
  });
});
