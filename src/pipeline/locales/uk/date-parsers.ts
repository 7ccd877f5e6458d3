import { Chrono } from 'chrono-node';

/** The date parser of this language (work in progress: reads no date yet). */
export function createUkDateParser(): Chrono {
  return new Chrono({ parsers: [], refiners: [] });
}
