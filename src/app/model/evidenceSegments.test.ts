import { describe, expect, it } from 'vitest';
import { evidenceSegments } from './evidenceSegments.ts';

describe('evidenceSegments', () => {
  const text = 'ASTANA, September 5. Tokayev held talks. <script>x</script> Trade grew.';
  it('marks each evidence span and keeps markup as plain text', () => {
    const segments = evidenceSegments(text, [{ start: 21, end: 40 }]);
    expect(segments).toEqual([
      { text: 'ASTANA, September 5. ', evidence: false },
      { text: 'Tokayev held talks.', evidence: true },
      { text: ' <script>x</script> Trade grew.', evidence: false },
    ]);
  });
  it('merges overlapping spans and clips spans past the end', () => {
    const segments = evidenceSegments('abcdef', [
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 99 },
    ]);
    expect(segments.map((s) => [s.text, s.evidence])).toEqual([
      ['a', false],
      ['bcd', true],
      ['e', false],
      ['f', true],
    ]);
  });
});
