import type { Evidence } from '#schema';

export interface TextSegment {
  text: string;
  /** True for a slice that some evidence span covers. */
  evidence: boolean;
}

/**
 * Cuts an article's text into plain and evidence slices, so the viewer can wrap the evidence in `<mark>`
 * elements built from text, never HTML. Overlapping or touching spans merge; spans outside the text are clipped.
 */
export function evidenceSegments(
  text: string,
  spans: readonly Pick<Evidence, 'start' | 'end'>[],
): TextSegment[] {
  const ranges = spans
    .map(({ start, end }) => [Math.max(0, Math.min(start, text.length)), Math.min(end, text.length)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), evidence: false });
    segments.push({ text: text.slice(start, end), evidence: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0)
    segments.push({ text: text.slice(cursor), evidence: false });
  return segments;
}
