import { Chrono, type Parser } from 'chrono-node';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import {
  closestYear,
  dayOfMonth,
  longestAtPlaceRefiner,
  relativeDayParser,
  relativeYearParser,
} from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono has no Azerbaijani. Azerbaijani writes a date as "14 noyabr 2025-ci il", "2025-ci il 14 noyabr",
// "14 noyabrda", "14-15 noyabr tarixlərində", and with the month first in the genitive: "noyabrın 14-də"
// ("on the 14th of November"); a month alone as "noyabr ayında" or "2025-ci ilin noyabrında", a year as
// "2025-ci ildə"; "bu gün"/"bugün", "dünən", "sabah" are today, yesterday, tomorrow ("bu sabah" is this
// morning). "Martin" is a name, not March's genitive: a month alone takes only a locative or ablative ending.

const MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];

const MONTH = `(${MONTHS.join('|')})`;
const GENITIVE = '(?:ın|in|un|ün)';
// Locative, its adjective, ablative, genitive, dative: "noyabrda", "noyabrdakı", "noyabrdan", "noyabra".
const ENDING = '(?:da(?:kı)?|də(?:ki)?|dan|dən|ın|in|un|ün|a|ə)?';
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
// "2025-ci il", "2024-cü ilin", "2025 ildə", "2025-ci ilə qədər".
const YEAR_WORD = String.raw`\s*-?\s*(?:c[iıuü]\s+)?il\p{L}*`;
const YEAR_BEFORE = String.raw`(?:${YEAR}${YEAR_WORD}\s+)?`;
const NOT_GLUED = String.raw`(?<![\p{L}\d])`;
// The day's own ending after a hyphen: "14-də", "14-dən", "14-ü", "15-nə".
const DAY_ENDING = '(?:-?(?:n?[dt][aə]n?|n?[ıiuüaə]|[nm][ıiuü]|c[iıuü]))?';

// Built once: chrono asks a parser for its pattern on every call.
const DAY_MONTH = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+${MONTH}${ENDING}(?:,?\s+${YEAR}(?:${YEAR_WORD})?)?(?!\p{L})`,
  'iu',
);
const MONTH_FIRST = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}${MONTH}${GENITIVE}\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?${DAY_ENDING}(?![\p{L}\d])`,
  'iu',
);
const MONTH_ONLY = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}${MONTH}(?:(\s+ay\p{L}*)|(da|də|dan|dən)|(?:,?\s+${YEAR}(?:${YEAR_WORD})?))(?!\p{L})`,
  'iu',
);
// "keçən il" is last year; "keçən ilin noyabr ayında" names a month of it.
const RELATIVE_YEAR = new RegExp(
  String.raw`${NOT_GLUED}(keçən|ötən|bu|cari|gələn|gələcək)\s+il(?:in|də|i)?(?:\s+${MONTH}(?:\s+ay\p{L}*|da|də|${GENITIVE}))?(?!\p{L})`,
  'iu',
);
const YEAR_ONLY = new RegExp(String.raw`(?<![\p{L}\d-])${YEAR}${YEAR_WORD}(?!\p{L})`, 'iu');
// "bu günkü", but not "bu günlərdə" (these days); "sabah" but not "bu sabah" (this morning).
const RELATIVE_DAY = /(?<!\p{L})(bu\s*gün|dünən|srağagün|(?<!bu\s)sabah)(?:kı|kü|ki)?(?!\p{L})/iu;
const DAY_OFFSET: Record<string, number> = { bugün: 0, dünən: -1, srağagün: -2, sabah: 1 };
const YEAR_OFFSET: Record<string, number> = { keçən: -1, ötən: -1, bu: 0, cari: 0, gələn: 1, gələcək: 1 };

const lower = (word: string) => word.toLocaleLowerCase('az');
const monthOf = (word: string) => MONTHS.indexOf(lower(word)) + 1;

type Context = Parameters<Parser['extract']>[0];
type Match = RegExpMatchArray;

function daySpan(
  context: Context,
  match: Match,
  day: number,
  lastDay: number | null,
  month: number,
  stated: number,
) {
  if (month === 0 || day < 1 || day > 31) return null;
  const start = dayOfMonth(context, day, month, stated);
  if (lastDay === null || lastDay <= day || lastDay > 31) return start;
  const end = dayOfMonth(context, lastDay, month, stated);
  end.imply('year', start.get('year') ?? 0);
  return context.createParsingResult(match.index ?? 0, match[0], start, end);
}

export const azDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) =>
    daySpan(
      context,
      match,
      Number(match[2]),
      match[3] ? Number(match[3]) : null,
      monthOf(match[4] ?? ''),
      Number(match[1] ?? match[5] ?? 0),
    ),
};

export const azMonthFirstParser: Parser = {
  pattern: () => MONTH_FIRST,
  extract: (context, match) =>
    daySpan(
      context,
      match,
      Number(match[3]),
      match[4] ? Number(match[4]) : null,
      monthOf(match[2] ?? ''),
      Number(match[1] ?? 0),
    ),
};

export const azMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const month = monthOf(match[2] ?? '');
    if (month === 0) return null;
    const components = context.createParsingComponents({ month });
    const stated = Number(match[1] ?? match[5] ?? 0);
    if (stated) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, 15));
    components.imply('day', 1);
    return components;
  },
};

export const azRelativeYearParser = relativeYearParser(
  RELATIVE_YEAR,
  (word) => YEAR_OFFSET[lower(word)] ?? 0,
  monthOf,
);

export const azYearParser = yearOnlyParser(YEAR_ONLY);

export const azRelativeDayParser = relativeDayParser(
  RELATIVE_DAY,
  (word) => DAY_OFFSET[lower(word).replace(/\s+/g, '')],
);

/** Azerbaijani dates for the pipeline: chrono's machinery with only our parsers. */
export function createAzDateParser(): Chrono {
  return new Chrono({
    parsers: [
      azDayMonthParser,
      azMonthFirstParser,
      azMonthParser,
      azRelativeYearParser,
      azYearParser,
      azRelativeDayParser,
    ],
    refiners: [longestAtPlaceRefiner, gluedToLetterRefiner],
  });
}
