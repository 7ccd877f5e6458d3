import type { Parser, Refiner } from 'chrono-node';

// The parts every locale without a chrono locale of its own builds its date parser from. Each language
// gives its own patterns and words; how a match becomes a date is the same in all of them.

/**
 * "Today", "yesterday", "the day before yesterday": the day `offsetOf` counts from the publication date.
 * `offsetOf` gets the pattern's first group and answers undefined for a word that names no such day.
 */
export function relativeDayParser(pattern: RegExp, offsetOf: (word: string) => number | undefined): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const offset = offsetOf(match[1] ?? '');
      if (offset === undefined) return null;
      const day = new Date(context.reference.instant);
      day.setUTCDate(day.getUTCDate() + offset);
      return context.createParsingComponents({
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
      });
    },
  };
}

/**
 * "Last year", "in October of last year": the year `yearOffsetOf` counts from the publication's (group 1),
 * and the month `monthOf` reads from group 2 when the pattern has one (0: none).
 */
export function relativeYearParser(
  pattern: RegExp,
  yearOffsetOf: (word: string) => number,
  monthOf: (word: string) => number = () => 0,
): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const year = context.reference.instant.getUTCFullYear() + yearOffsetOf(match[1] ?? '');
      const month = match[2] ? monthOf(match[2]) : 0;
      const components = context.createParsingComponents({ year });
      if (month > 0) components.assign('month', month);
      else components.imply('month', 1);
      components.imply('day', 1);
      return components;
    },
  };
}

/**
 * Of results that overlap, the longest: chrono's own overlap removal is not exported, and "2025 жыл" inside
 * "2025 жылғы 14 қарашада" is no date of its own.
 */
export const longestAtPlaceRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        !results.some(
          (o) =>
            o !== r &&
            o.text.length > r.text.length &&
            o.index <= r.index &&
            o.index + o.text.length >= r.index + r.text.length,
        ),
    ),
};

/** The year nearest the reference in which that day and month falls (chrono's rule for a day without a year). */
export function closestYear(ref: Date, month: number, day: number): number {
  const year = ref.getUTCFullYear();
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - ref.getTime());
  return [year - 1, year, year + 1].sort((a, b) => distance(a) - distance(b))[0] ?? year;
}

type Context = Parameters<Parser['extract']>[0];

/** A day and month, with the year the text states (0: none, the nearest year is implied). */
export function dayOfMonth(context: Context, day: number, month: number, stated: number) {
  const components = context.createParsingComponents({ day, month });
  if (stated) components.assign('year', stated);
  else components.imply('year', closestYear(context.reference.instant, month, day));
  return components;
}

/**
 * A weekday with no date: the last one ("geçen Salı"), the next one ("ирэх Лхагва"), or else the nearest
 * such day to the publication, as chrono reads a weekday without "last" or "next". The day is implied, the
 * weekday certain.
 */
export function weekdayComponents(context: Context, weekday: number, which: 'last' | 'next' | 'nearest') {
  const ref = context.reference.instant;
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  const shift = which === 'last' ? ahead - 7 : which === 'next' ? ahead || 7 : ahead > 3 ? ahead - 7 : ahead;
  const day = new Date(ref);
  day.setUTCDate(day.getUTCDate() + shift);
  const components = context.createParsingComponents({ weekday });
  components.imply('year', day.getUTCFullYear());
  components.imply('month', day.getUTCMonth() + 1);
  components.imply('day', day.getUTCDate());
  return components;
}
