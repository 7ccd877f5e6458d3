import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../gazetteer/gazetteer.ts';
import { gazetteerData } from '../../../gazetteer/load-gazetteer.ts';
import type { Meeting, MeetingSeries } from '../../../gazetteer/types.ts';
import { localeFor } from '../../locales/index.ts';
import { findEntities } from '../find-entities.ts';
import { splitSentences } from '../sentences.ts';
import { createDateParsers } from './create-date-parsers.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { dateByNamedMeeting, findMeetingMentions, meetingWeeks } from './named-meetings.ts';
import { settleYears } from './settle-years.ts';
import { yearClues } from './year-clues.ts';

// A meetings list of its own, so that the rules are tested apart from the curated data file.
const series: MeetingSeries[] = [
  {
    id: 'sco',
    kind: 'summit',
    label: { en: 'SCO summit', ru: 'саммит ШОС' },
    names: {
      en: ['SCO', 'Shanghai Cooperation Organisation'],
      ru: ['ШОС', 'Шанхайская организация сотрудничества'],
    },
  },
  {
    id: 'spief',
    kind: 'forum',
    label: { en: 'St Petersburg International Economic Forum', ru: 'ПМЭФ' },
    names: { en: ['SPIEF', 'St. Petersburg International Economic Forum'], ru: ['ПМЭФ'] },
  },
  {
    id: 'c5-germany',
    kind: 'summit',
    label: { en: 'Central Asia–Germany summit', ru: 'саммит «Центральная Азия – Германия»' },
    names: { en: ['Central Asia + Germany', 'C5+Germany'], ru: ['Центральная Азия – Германия'] },
  },
];
const meetings: Meeting[] = [
  { series: 'sco', start: '2017-06-08', end: '2017-06-09', city: 'astana', country: 'KZ' },
  { series: 'sco', start: '2018-06-09', end: '2018-06-10', city: 'qingdao', country: 'CN' },
  { series: 'sco', start: '2024-07-03', end: '2024-07-04', city: 'astana', country: 'KZ' },
  {
    series: 'spief',
    start: '2021-06-02',
    end: '2021-06-05',
    city: 'saint-petersburg',
    country: 'RU',
    ordinal: 24,
  },
  {
    series: 'spief',
    start: '2022-06-15',
    end: '2022-06-18',
    city: 'saint-petersburg',
    country: 'RU',
    ordinal: 25,
  },
  { series: 'c5-germany', start: '2023-09-29', end: '2023-09-29', city: 'berlin', country: 'DE' },
  { series: 'c5-germany', start: '2024-09-17', end: '2024-09-17', city: 'astana', country: 'KZ' },
];
const gazetteer = new Gazetteer({ ...gazetteerData(), meetings: { series, meetings } });
const today = '2026-12-03';

/** The date an undated article's event gets from the meetings its sentences name. */
function dateOf(text: string) {
  const sentences = splitSentences(text);
  const entities = findEntities(text, gazetteer);
  const found = findMeetingMentions(text, sentences, entities, gazetteer);
  const [first] = sentences;
  return dateByNamedMeeting(found, first ? [first] : [], gazetteer, {
    clues: yearClues(entities, sentences, gazetteer),
    latest: today,
    today,
  });
}

describe('dating an event by the meeting its sentences name', () => {
  it('takes the days of the one meeting in the city the sentence names', () => {
    const got = dateOf(
      'Президенты встретились на полях саммита Шанхайской организации сотрудничества в Циндао. Они обсудили торговлю.',
    );
    expect(got?.date).toEqual({
      start: '2018-06-09',
      end: '2018-06-10',
      precision: 'day',
      basis: 'inferred',
      // Why, for the reader: the meeting the sentence names, in both languages.
      reasons: [
        {
          kind: 'meeting',
          meeting: { en: 'SCO summit', ru: 'саммит ШОС' },
          city: { en: 'Qingdao', ru: 'Циндао' },
          start: '2018-06-09',
          end: '2018-06-10',
        },
      ],
    });
  });

  it('leaves the date open when the name fits several meetings', () => {
    expect(
      dateOf('The two presidents met on the sidelines of the SCO summit. They discussed trade.'),
    ).toBeNull();
  });

  it('lets the offices of the people named choose between meetings in one city', () => {
    // Astana hosted the SCO in 2017 and 2024; Nazarbayev was president until March 2019.
    const got = dateOf(
      'President Nursultan Nazarbayev met Prime Minister Narendra Modi at the SCO summit in Astana. They discussed trade.',
    );
    expect(got?.date.start).toBe('2017-06-08');
  });

  it("reads the meeting's number, not a day of the month, before its name", () => {
    expect(dateOf('He spoke at the 25th SPIEF in Saint Petersburg. He met investors.')?.date.start).toBe(
      '2022-06-15',
    );
    // "June 10" ends a date: it is not the tenth meeting, so both forums still fit.
    expect(dateOf('He spoke on June 10 SPIEF sessions in Saint Petersburg. He met investors.')).toBeNull();
  });

  it('finds a name with an abbreviation\'s full stop in it ("St. Petersburg")', () => {
    expect(
      dateOf(
        'He arrived after attending the 25th St. Petersburg International Economic Forum. He met investors.',
      )?.date.start,
    ).toBe('2022-06-15');
  });

  it('reads the number a Turkish name puts after the body: "SPIEF 25. Zirvesi"', () => {
    expect(
      dateOf('Cumhurbaşkanı SPIEF 25. Zirvesi için St. Petersburg’da bulundu. Yatırımcılarla görüştü.')?.date
        .start,
    ).toBe('2022-06-15');
    // A day of the month after the name, before no word for a meeting, is no number of it.
    expect(
      dateOf('He spoke at SPIEF sessions on June 25. Then he met investors in Saint Petersburg.'),
    ).toBeNull();
  });

  it('dates nothing by a meeting named only around the event (the next one it prepares, the last it follows)', () => {
    expect(
      dateOf(
        'Xi Jinping will pay a state visit to Kazakhstan. It follows the SCO summit in Qingdao, the ministry said.',
      ),
    ).toBeNull();
  });

  it('finds a format named with a spaced dash in any case', () => {
    const text = 'Канцлер прибыл на саммит «Центральная Азия – Германия» в Берлине.';
    const found = findMeetingMentions(text, splitSentences(text), findEntities(text, gazetteer), gazetteer);
    expect(found.map((m) => m.seriesId)).toEqual(['c5-germany']);
  });
});

describe('a day and month with no year beside a named meeting', () => {
  it('takes the year of the meeting held that week in the city named', () => {
    // Scholz was chancellor and Tokayev president in September 2022, 2023 and 2024; the Berlin summit was 2023.
    const text =
      'Chancellor Olaf Scholz will hold talks with President Kassym-Jomart Tokayev in Berlin on September 28. The talks come before the Central Asia + Germany summit in Berlin.';
    const sentences = splitSentences(text);
    const entities = findEntities(text, gazetteer);
    const found = findMeetingMentions(text, sentences, entities, gazetteer);
    const locale = localeFor('en');
    if (!locale) throw new Error('no en locale');
    const clues = yearClues(entities, sentences, gazetteer);
    const now = new Date(`${today}T12:00:00Z`);
    const settle = (withMeetings: boolean) =>
      settleYears(
        findDateMentions(sentences, locale, null, createDateParsers(), now),
        () => clues,
        now,
        locale,
        () => (withMeetings ? meetingWeeks(found, gazetteer, { clues, latest: today }) : []),
      ).map((m) => (m.yearUnknown ? null : m.start));
    expect(settle(false)).toEqual([null]);
    expect(settle(true)).toEqual(['2023-09-28']);
  });
});
