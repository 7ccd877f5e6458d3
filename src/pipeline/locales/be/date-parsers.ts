import { Chrono } from 'chrono-node';

/** The date parser of this language (work in progress: reads no date yet). */
export function createBeDateParser(): Chrono {
  return new Chrono({ parsers: [], refiners: [] });
}
