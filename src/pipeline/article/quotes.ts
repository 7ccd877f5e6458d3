import type { Sentence } from './sentences.ts';

// Direct speech reports what someone said ("we signed a number of documents"), often about other events.
const PAIRS: Array<[string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
];

/** Character ranges of the text that are inside quotation marks. */
export function findQuotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      ranges.push([start, end + 1]);
      from = end + 1;
    }
  }
  return ranges;
}

/** A sentence counts as quoted when most of it lies inside quotation marks. */
export function isQuoted(sentence: Sentence, ranges: Array<[number, number]>): boolean {
  const inside = ranges.reduce(
    (sum, [start, end]) => sum + Math.max(0, Math.min(end, sentence.end) - Math.max(start, sentence.start)),
    0,
  );
  return inside > (sentence.end - sentence.start) / 2;
}
