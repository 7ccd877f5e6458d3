import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent, Participant } from '#schema';
import type { RecalledEvent } from '../article/find-recalled-events.ts';
import { linkUndatedEvents } from './link-undated-events.ts';
import { khurelsukh, tokayev } from './participants.fixture.ts';

const sentence = {
  index: 3,
  start: 10,
  end: 90,
  paragraph: 2,
  text: 'following his visit to Mongolia in October last year',
};

function undatedTalks(id: string, participants: Participant[]): DiplomaticEvent {
  return {
    id,
    type: 'talks',
    types: ['talks', 'visit'],
    planned: false,
    date: null,
    countries: ['KZ', 'MN'],
    participants,
    location: null,
    agreements: [],
    figures: [],
    title: { en: '', ru: '' },
    articleIds: [`article-of-${id}`],
    evidence: [],
  };
}

const recalledVisit = (start: string): RecalledEvent => ({
  date: { start, end: start, precision: 'month', basis: 'linked' },
  type: 'visit',
  countries: ['KZ', 'MN'],
  participantIds: [tokayev.id],
  sentence,
});

describe('linkUndatedEvents', () => {
  it('dates an undated visit from what other articles recall of it, with their sentence as evidence', () => {
    const [event] = linkUndatedEvents(
      [undatedTalks('e1', [tokayev, khurelsukh])],
      [{ articleId: 'other', recalled: recalledVisit('2024-10') }],
    );
    expect(event?.date).toEqual({ start: '2024-10', end: '2024-10', precision: 'month', basis: 'linked' });
    expect(event?.evidence).toContainEqual(
      expect.objectContaining({ fact: 'date', articleId: 'other', quote: sentence.text }),
    );
  });

  it('leaves the event undated when recollections disagree on the date', () => {
    const [event] = linkUndatedEvents(
      [undatedTalks('e1', [tokayev])],
      [
        { articleId: 'a', recalled: recalledVisit('2024-10') },
        { articleId: 'b', recalled: recalledVisit('2023-06') },
      ],
    );
    expect(event?.date).toBeNull();
  });

  it('leaves both undated when two undated events could be the recalled one', () => {
    const events = linkUndatedEvents(
      [undatedTalks('e1', [tokayev]), undatedTalks('e2', [tokayev])],
      [{ articleId: 'a', recalled: recalledVisit('2024-10') }],
    );
    expect(events.map((e) => e.date)).toEqual([null, null]);
  });
});
