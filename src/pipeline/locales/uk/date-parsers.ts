import type { Chrono, Parser, Refiner } from 'chrono-node';
import * as uk from 'chrono-node/uk';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono's Ukrainian reads "8 жовтня", "8 жовтня 2019 року", "8-9 жовтня", "у жовтні", "сьогодні", "вчора".
// Its parsers of a time of day ("о 15:00", "вранці") and of spans ("протягом 2 днів") state no day of an
// event (see dates/create-date-parsers for the same choice in ru/en/de): they are left out by class name.
const NOT_A_DATE = new Set([
  'UKCasualTimeParser',
  'UKTimeExpressionParser',
  'UKTimeUnitWithinFormatParser',
  'UKTimeUnitCasualRelativeFormatParser',
]);
// A bundler names a class that refers to itself "_Name" inside: the name is read without the underscore.
const nameOf = (parser: Parser) => parser.constructor.name.replace(/^_+/, '');

const MONTH =
  '(січ\\p{L}*|лют\\p{L}*|берез\\p{L}*|квіт\\p{L}*|трав\\p{L}*|черв\\p{L}*|лип\\p{L}*|серп\\p{L}*|верес\\p{L}*|жовт\\p{L}*|листопад\\p{L}*|груд\\p{L}*)';
const MONTH_STEMS = [
  'січ',
  'лют',
  'берез',
  'квіт',
  'трав',
  'черв',
  'лип',
  'серп',
  'верес',
  'жовт',
  'листопад',
  'груд',
];
const YEAR_OFFSET: Record<string, number> = {
  позаминулого: -2,
  минулого: -1,
  цього: 0,
  поточного: 0,
  наступного: 1,
};

// chrono reads "у жовтні минулого року" as October of the reference year plus "last year" apart
// (as it does in Russian, NOTES-LIBRARIES): the whole phrase names one month of the year it states.
const MONTH_OF_RELATIVE_YEAR = new RegExp(
  `(?<![\\p{L}])(?:[ву]\\s+)?${MONTH}\\s+(позаминулого|минулого|цього|поточного|наступного)\\s+року`,
  'iu',
);
// "у 2019 році", "2019 року", "2019 рік", "2019 р.": chrono finds nothing in these.
const YEAR_ONLY = /(?<![\p{L}\d-])((?:19|20)\d{2})\s*(?:рок(?:у|ом)|році|рік|р\.)(?!\p{L})/iu;

export const ukMonthOfRelativeYearParser: Parser = {
  pattern: () => MONTH_OF_RELATIVE_YEAR,
  extract: (context, match) => {
    const word = (match[1] ?? '').toLowerCase();
    const month = MONTH_STEMS.findIndex((stem) => word.startsWith(stem)) + 1;
    if (month === 0) return null;
    const offset = YEAR_OFFSET[(match[2] ?? '').toLowerCase()] ?? 0;
    const components = context.createParsingComponents({
      year: context.reference.instant.getUTCFullYear() + offset,
      month,
    });
    components.imply('day', 1);
    return components;
  },
};

export const ukYearParser = yearOnlyParser(YEAR_ONLY);

// chrono reads "зараз" ("now", "at present") as the reference day: it names the present, not a day.
const nowIsNoDayRefiner: Refiner = {
  refine: (_context, results) => results.filter((r) => !/^\s*зараз\s*$/iu.test(r.text)),
};

/** Ukrainian dates for the pipeline: chrono's own, without its times and spans, and with ours added. */
export function createUkDateParser(): Chrono {
  const present = new Set(uk.casual.parsers.map(nameOf));
  const missing = [...NOT_A_DATE].filter((name) => !present.has(name));
  // A chrono release that renames one would silently bring it back.
  if (missing.length > 0) throw new Error(`chrono no longer has the parsers ${missing.join(', ')}`);
  const parser = uk.casual.clone();
  parser.parsers = [
    ...parser.parsers.filter((p) => !NOT_A_DATE.has(nameOf(p))),
    ukMonthOfRelativeYearParser,
    ukYearParser,
  ];
  parser.refiners.push(nowIsNoDayRefiner, gluedToLetterRefiner);
  return parser;
}
