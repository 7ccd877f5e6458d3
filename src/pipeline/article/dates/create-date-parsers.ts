import { Chrono, type Parser } from 'chrono-node';
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as ru from 'chrono-node/ru';
import { createArDateParser } from '../../locales/ar/date-parsers.ts';
import { createAzDateParser } from '../../locales/az/date-parsers.ts';
import { createBeDateParser } from '../../locales/be/date-parsers.ts';
import { createFrDateParser } from '../../locales/fr/date-parsers.ts';
import {
  kkDayMonthParser,
  kkMonthParser,
  kkRelativeDayParser,
  kkYearParser,
} from '../../locales/kk/date-parsers.ts';
import { createMnDateParser } from '../../locales/mn/date-parsers.ts';
import { createTrDateParser } from '../../locales/tr/date-parsers.ts';
import { createUkDateParser } from '../../locales/uk/date-parsers.ts';
import { createUzDateParser } from '../../locales/uz/date-parsers.ts';
import { createZhDateParser } from '../../locales/zh/date-parsers.ts';
import { gluedToLetterRefiner } from './glued-to-letter-refiner.ts';
import {
  enMonthOfRelativeYearParser,
  enRelativeMonthParser,
  ruMonthOfRelativeYearParser,
} from './month-relative-year-parser.ts';
import { enYearParser, ruYearParser } from './year-only-parser.ts';

/** A date parser per language the pipeline extracts, by the locale's code. */
export interface DateParsers {
  ru: Chrono;
  en: Chrono;
  kk: Chrono;
  de: Chrono;
  [code: string]: Chrono | undefined;
}

// chrono's parsers for a time of day ("в 15:00", "утром", "at 10:35") and for spans of time state no day
// of the event: a span ("в течение 2 лет", "within 2 days", "последние 5 лет", "past 5 years") or a day
// counted from another event of the story ("2 days later", "спустя 2 дня") was read as that long from the
// publication; a time alone became a "date" of the reference year, and a time opening a line was merged into
// the date ending the line before, which then fell outside its sentence and was lost. They were also half of
// chrono's time, and their patterns the slowest to compile on a run that extracts one changed file.
// "3 дня назад", "2 days ago" (counted back from publication) stay.
const NOT_A_DATE = new Set([
  'RUCasualTimeParser',
  'RUTimeExpressionParser',
  'RUTimeUnitWithinFormatParser',
  'RUTimeUnitCasualRelativeFormatParser',
  'ENCasualTimeParser',
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'DECasualTimeParser',
  'DETimeExpressionParser',
  'DESpecificTimeExpressionParser',
  'DETimeUnitWithinFormatParser',
]);
// A bundler names a class that refers to itself "_Name" inside: the name is read without the underscore.
const nameOf = (parser: Parser) => parser.constructor.name.replace(/^_+/, '');
const readsADate = (parser: Parser) => !NOT_A_DATE.has(nameOf(parser));

// The "ago" patterns are the costliest left to compile and to run, and match only before the word they end
// in: on a text without it, they are not run at all.
const ENDS_IN: Record<string, RegExp> = {
  RUTimeUnitAgoFormatParser: /назад/iu,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  DETimeUnitAgoFormatParser: /vor\s/i,
};
const NEVER = /(?!)/y;

function onlyWhereItCanMatch(parser: Parser): Parser {
  const word = ENDS_IN[nameOf(parser)];
  if (!word) return parser;
  return {
    pattern: (context) => (word.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * The parsers above are chosen by class name: a chrono release that renames one would silently bring it
 * back (or stop limiting it). Checked once per run, against the parsers chrono actually has.
 */
function checkParserNames(parsers: readonly Parser[]): void {
  const present = new Set(parsers.map(nameOf));
  const missing = [...NOT_A_DATE, ...Object.keys(ENDS_IN)].filter((name) => !present.has(name));
  if (missing.length > 0) throw new Error(`chrono no longer has the parsers ${missing.join(', ')}`);
}

/** chrono's ru and en parsers with ours added; built once and passed to the stages that need them. */
export function createDateParsers(): DateParsers {
  checkParserNames([...ru.casual.parsers, ...en.casual.parsers, ...de.casual.parsers]);
  const ruParser = ru.casual.clone();
  ruParser.parsers = [
    ...ruParser.parsers.filter(readsADate).map(onlyWhereItCanMatch),
    ruMonthOfRelativeYearParser,
    ruYearParser,
  ];
  ruParser.refiners.push(gluedToLetterRefiner);
  const enParser = en.casual.clone();
  enParser.parsers = [
    ...enParser.parsers.filter(readsADate).map(onlyWhereItCanMatch),
    enMonthOfRelativeYearParser,
    enRelativeMonthParser,
    enYearParser,
  ];
  enParser.refiners.push(gluedToLetterRefiner);
  const deParser = de.casual.clone();
  deParser.parsers = deParser.parsers.filter(readsADate).map(onlyWhereItCanMatch);
  const kkParser = new Chrono({
    parsers: [kkDayMonthParser, kkMonthParser, kkYearParser, kkRelativeDayParser],
    refiners: [gluedToLetterRefiner],
  });
  return {
    ru: ruParser,
    en: enParser,
    de: deParser,
    kk: kkParser,
    tr: createTrDateParser(),
    uk: createUkDateParser(),
    be: createBeDateParser(),
    fr: createFrDateParser(),
    uz: createUzDateParser(),
    az: createAzDateParser(),
    zh: createZhDateParser(),
    ar: createArDateParser(),
    mn: createMnDateParser(),
  };
}
