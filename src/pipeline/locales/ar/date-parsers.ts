import type { Chrono, Parser } from 'chrono-node';
import * as ar from 'chrono-node/ar';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import { closestYear } from '../../article/dates/parser-kit.ts';

// chrono's Arabic reads "7 أبريل 2021", "٧ أبريل ٢٠٢١", "28 تشرين الأول 2019", "اليوم", "أمس", "الأربعاء".
// Three things it misses: the press of the Levant, Iraq and Iran names a month in both series at once
// ("7 نيسان/أبريل 2021", "7 نيسان (أبريل) 2021"), which chrono cut in two dates; a year alone ("عام 2019",
// "في 2020", "2021م"); and a time of day or span is no event's date (see dates/create-date-parsers). A
// numeric date ("07.04.2021", "2021/04/07") is the page chrome's stamp in Arabic news, never the story's.

const NOT_A_DATE = new Set([
  'ARCasualTimeParser',
  'ARTimeExpressionParser',
  'ARTimeUnitWithinFormatParser',
  'ARTimeUnitLaterFormatParser',
  'SlashDateFormatParser',
  'ISOFormatParser',
]);
const nameOf = (parser: Parser) => parser.constructor.name.replace(/^_+/, '');

// The Egyptian and Gulf series (from the Latin names) and the Syriac one of the Levant and Iraq; the hamza
// is often left off ("ابريل", "اب", "اذار").
const MONTH_NAMES: string[][] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار', 'اذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل'],
  ['مايو', 'أيار', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['أغسطس', 'اغسطس', 'آب', 'اب', 'أوت', 'اوت'],
  ['سبتمبر', 'أيلول', 'ايلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول', 'كانون الاول'],
];
const monthOf = (name: string) =>
  MONTH_NAMES.findIndex((names) => names.includes(name.replace(/\s+/g, ' '))) + 1;
// Longest first: "كانون الثاني" before a shorter name that starts it; spaces inside a name may be several.
const MONTH = `(${MONTH_NAMES.flat()
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, '\\s+'))
  .join('|')})`;
const DIGITS = '[0-9٠-٩]';
const YEAR = `((?:19|20|١٩|٢٠)${DIGITS}{2})(?!${DIGITS})`;
// The second name of a month in both series: "نيسان/أبريل", "نيسان / أبريل", "نيسان (أبريل)", "نيسان - أبريل".
const SECOND_NAME = String.raw`\s*(?:[/\\-]\s*|\(\s*)(${MONTH_NAMES.flat().join('|')})\s*\)?`;

// Built once: chrono asks a parser for its pattern on every call.
const DUAL_MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${DIGITS}{1,2})(?:\s*[-–]\s*(${DIGITS}{1,2}))?\s+(?:من\s+)?${MONTH}${SECOND_NAME}(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنة)\s+)?${YEAR})?`,
  'u',
);
// "عام 2019", "في 2020", "سنة ٢٠١٩", "2021م": a year of its own (yearOnlyParser reads Western digits only).
const YEAR_ONLY = new RegExp(
  String.raw`(?:(?<!\p{L})(?:[وفبل]?(?:ال)?(?:عام|سنة|العام)|في)\s+${YEAR}(?!\s*[/.-])|(?<![\p{L}\p{N}/.-])${YEAR}\s*م(?!\p{L}))`,
  'u',
);

const westernDigits = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

export const arDualMonthDayParser: Parser = {
  pattern: () => DUAL_MONTH_DAY,
  extract: (context, match) => {
    const day = Number(westernDigits(match[1] ?? ''));
    const lastDay = match[2] ? Number(westernDigits(match[2])) : null;
    const month = monthOf(match[3] ?? '');
    // Both names must be of one month: "7 نيسان/مايو" is no date.
    if (month === 0 || monthOf(match[4] ?? '') !== month || day < 1 || day > 31) return null;
    const stated = Number(westernDigits(match[5] ?? '0'));
    const start = context.createParsingComponents({ day, month });
    if (stated) start.assign('year', stated);
    else start.imply('year', closestYear(context.reference.instant, month, day));
    if (lastDay === null || lastDay <= day || lastDay > 31) return start;
    const end = context.createParsingComponents({ day: lastDay, month });
    end.imply('year', start.get('year') ?? 0);
    if (stated) end.assign('year', stated);
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

export const arYearParser: Parser = {
  pattern: () => YEAR_ONLY,
  extract: (context, match) => {
    const components = context.createParsingComponents({
      year: Number(westernDigits(match[1] ?? match[2] ?? '')),
    });
    components.imply('month', 1);
    components.imply('day', 1);
    return components;
  },
};

/** Arabic dates for the pipeline: chrono's Arabic without its times and spans, with our parsers added. */
export function createArDateParser(): Chrono {
  const parser = ar.casual.clone();
  const present = new Set(parser.parsers.map(nameOf));
  const missing = [...NOT_A_DATE].filter((name) => !present.has(name));
  if (missing.length > 0) throw new Error(`chrono no longer has the parsers ${missing.join(', ')}`);
  parser.parsers = [
    arDualMonthDayParser,
    ...parser.parsers.filter((p) => !NOT_A_DATE.has(nameOf(p))),
    arYearParser,
  ];
  parser.refiners.push(gluedToLetterRefiner);
  return parser;
}
