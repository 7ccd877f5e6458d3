import { describe, expect, it } from 'vitest';
import { localeMoment, VIS_TOOLTIP_PATTERN } from './timelineMoment.ts';

// 3 December 2026, 15:13:22 local time: the tooltip shows the reader's own clock.
const now = new Date(2026, 11, 3, 15, 13, 22);

describe('the current-time tooltip date', () => {
  it('issue 15 (minor): in Russian it is grammatical, day before the month in the genitive', () => {
    const text = localeMoment('ru')(now).format(VIS_TOOLTIP_PATTERN);
    expect(text).toMatch(/^четверг, 3 декабря 2026 г\.,? (в )?15:13:22$/);
  });
  it('in English it keeps the usual order', () => {
    expect(localeMoment('en')(now).format(VIS_TOOLTIP_PATTERN)).toMatch(/^Thursday, December 3, 2026/);
  });
  it('leaves every other pattern to moment in the UI language (the axis and the rest)', () => {
    expect(localeMoment('ru')(now).format('MMMM')).toBe('декабрь');
  });
});
