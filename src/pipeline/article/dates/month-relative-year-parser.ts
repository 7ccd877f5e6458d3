import type { Parser } from 'chrono-node';
import { EN_MONTH_PATTERN, monthNumber, RU_MONTH_PATTERN } from './month-names.ts';

// chrono reads "в октябре прошлого года" as October of the reference year and "October last year"
// as two results (NOTES-LIBRARIES); these parsers read the year offset the text states.

const RU_YEAR_OFFSET: Record<string, number> = {
  позапрошлого: -2,
  прошлого: -1,
  этого: 0,
  текущего: 0,
  следующего: 1,
  будущего: 1,
};
const EN_YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

// Built once: chrono asks a parser for its pattern on every call, and compiling these is not free.
const RU_MONTH_OF_RELATIVE_YEAR = new RegExp(
  `(?<![\\p{L}])(?:в\\s+)?${RU_MONTH_PATTERN}\\s+(позапрошлого|прошлого|этого|текущего|следующего|будущего)\\s+года`,
  'iu',
);
const EN_MONTH_OF_RELATIVE_YEAR = new RegExp(
  `\\b${EN_MONTH_PATTERN}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
  'i',
);
const EN_RELATIVE_MONTH = new RegExp(`\\b(last|next)\\s+${EN_MONTH_PATTERN}(?![\\w])(?!\\s+\\d)`, 'i');

export const ruMonthOfRelativeYearParser: Parser = {
  pattern: () => RU_MONTH_OF_RELATIVE_YEAR,
  extract: (context, match) => {
    const month = monthNumber(match[1] ?? '');
    const offset = RU_YEAR_OFFSET[(match[2] ?? '').toLowerCase()] ?? 0;
    return monthOfYear(context.reference.instant, month, offset, context);
  },
};

export const enMonthOfRelativeYearParser: Parser = {
  pattern: () => EN_MONTH_OF_RELATIVE_YEAR,
  extract: (context, match) => {
    const month = monthNumber(match[1] ?? '');
    const offset = EN_YEAR_OFFSET[(match[2] ?? '').toLowerCase()] ?? 0;
    return monthOfYear(context.reference.instant, month, offset, context);
  },
};

export const enRelativeMonthParser: Parser = {
  pattern: () => EN_RELATIVE_MONTH,
  extract: (context, match) => {
    const month = monthNumber(match[2] ?? '');
    const ref = context.reference.instant;
    const refMonth = ref.getUTCMonth() + 1;
    const last = (match[1] ?? '').toLowerCase() === 'last';
    const offset = last ? (month < refMonth ? 0 : -1) : month > refMonth ? 0 : 1;
    return monthOfYear(ref, month, offset, context);
  },
};

function monthOfYear(
  ref: Date,
  month: number,
  offset: number,
  context: Parameters<Parser['extract']>[0],
): ReturnType<Parser['extract']> {
  const components = context.createParsingComponents({ year: ref.getUTCFullYear() + offset, month });
  components.imply('day', 1);
  return components;
}
