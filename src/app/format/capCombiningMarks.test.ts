import { describe, expect, it } from 'vitest';
import { capCombiningMarks } from './capCombiningMarks.ts';

describe('issue 14: runs of combining marks in displayed names', () => {
  it('a run longer than four marks is cut to four; the letters around it stay', () => {
    const zalgo = `T${'\u0301\u0316\u0337'.repeat(10)}okayev`;
    const shown = capCombiningMarks(zalgo);
    expect(shown).toBe('T\u0301\u0316\u0337\u0301okayev');
  });
  it('names that need marks keep them: Vietnamese, Devanagari, decomposed Cyrillic й', () => {
    for (const name of ['Nguyễn Phú Trọng'.normalize('NFD'), 'नरेन्द्र मोदी', 'Токаи\u0306']) {
      expect(capCombiningMarks(name)).toBe(name);
    }
  });
});
