import { describe, expect, it } from 'vitest';
import { defaultSource, heightOption, languageOption, windowOption } from './embedOptions.ts';

describe('embed options', () => {
  it('a window needs two valid days in order; anything else opens fitted to the data', () => {
    expect(windowOption('2024-01-01', '2025-12-31')).toEqual({ start: '2024-01-01', end: '2025-12-31' });
    expect(windowOption('2025-12-31', '2024-01-01')).toBeNull();
    expect(windowOption('2024-01-01', null)).toBeNull();
    expect(windowOption('January 2024', '2025-12-31')).toBeNull();
  });

  it('a bare height is pixels, a CSS length is kept, nothing means the content height', () => {
    expect(heightOption(480)).toBe('480px');
    expect(heightOption('480')).toBe('480px');
    expect(heightOption('60vh')).toBe('60vh');
    expect(heightOption(null)).toBeNull();
    expect(heightOption('')).toBeNull();
    expect(heightOption(-5)).toBeNull();
  });

  it('a language tag selects one of ours, by its base language', () => {
    expect(languageOption('ru')).toBe('ru');
    expect(languageOption('en-GB')).toBe('en');
    expect(languageOption('kk')).toBeUndefined();
    expect(languageOption(null)).toBeUndefined();
  });

  it('without src, the corpus built beside the script is used', () => {
    expect(defaultSource('https://example.org/timeline/embed/diplomacy-timeline.js')).toBe(
      'https://example.org/timeline/corpus/index.json',
    );
  });
});
