/**
 * More combining marks on one letter than any script stacks (Vietnamese takes two, Devanagari's clusters
 * a few): beyond this, a run is decoration ("Zalgo" text) that paints over the lines around it.
 */
const MAX_MARKS = 4;
const LONG_MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/** A scraped string as the viewer shows it: runs of combining marks cut to MAX_MARKS. */
export function capCombiningMarks(text: string): string {
  return text.replace(LONG_MARK_RUN, '$1');
}
