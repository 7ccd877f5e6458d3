import { describe, expect, it } from 'vitest';
import { eventAliases } from './event-aliases.ts';

describe('eventAliases', () => {
  it('keeps an old id as an alias of the event that holds most of its reports now', () => {
    const previous = {
      events: [
        { id: 'ev-old', articleIds: ['a', 'b'] },
        { id: 'ev-kept', articleIds: ['c'] },
      ],
    };
    const current = [
      { id: 'ev-new', articleIds: ['a', 'b', 'd'] },
      { id: 'ev-kept', articleIds: ['c'] },
      { id: 'ev-other', articleIds: ['e'] },
    ];
    expect(eventAliases(current, previous)).toEqual({ 'ev-old': 'ev-new' });
  });

  it('follows the aliases an earlier corpus kept on to the event of today', () => {
    const previous = { events: [{ id: 'ev-2', articleIds: ['a'] }], aliases: { 'ev-1': 'ev-2' } };
    expect(eventAliases([{ id: 'ev-3', articleIds: ['a'] }], previous)).toEqual({
      'ev-1': 'ev-3',
      'ev-2': 'ev-3',
    });
  });

  it('an event split in two goes to the part with more of its reports; one whose reports are gone has none', () => {
    const previous = {
      events: [
        { id: 'ev-both', articleIds: ['a', 'b', 'c'] },
        { id: 'ev-gone', articleIds: ['z'] },
      ],
    };
    const current = [
      { id: 'ev-x', articleIds: ['a'] },
      { id: 'ev-y', articleIds: ['b', 'c'] },
    ];
    expect(eventAliases(current, previous)).toEqual({ 'ev-both': 'ev-y' });
    expect(eventAliases(current, null)).toEqual({});
  });
});
