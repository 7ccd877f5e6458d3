import { describe, expect, it } from 'vitest';
import type { EventDate, Participant } from '#schema';
import type { ArticleEvent } from './extract-article.ts';
import { type ArticleEventRef, eventKey, groupSameEventArticles, strongestDate } from './merge-events.ts';
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
  };
  return { articleId, published: date?.start ?? null, key: eventKey(event) };
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

  it('keeps events between the same countries weeks apart apart', () => {
    expect(
      groups([
        report('a', day('2025-09-05'), [tokayev, speaker]),
        report('b', day('2025-09-20'), [tokayev, speaker]),
      ]),
    ).toHaveLength(2);
  });

  it('does not merge an undated report into a dated one', () => {
    expect(
      groups([report('a', day('2025-09-05'), [tokayev, speaker]), report('b', null, [tokayev, speaker])]),
    ).toHaveLength(2);
  });
});

describe('strongestDate', () => {
  it('a stated day beats a publication bound', () => {
    expect(strongestDate([day('2025-09-06', 'publication'), day('2025-09-05'), null])).toEqual(
      day('2025-09-05'),
    );
  });
});
