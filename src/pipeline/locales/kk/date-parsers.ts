import type { Parser } from 'chrono-node';
import { closestYear, relativeDayParser } from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono has no Kazakh. Kazakh writes a date as "30 тамызда" (the month with a case ending), "2025 жылғы
// 30 тамызда", "30 тамыз 2025 жыл", "30-тамызда", and a month alone as "қазан айында" ("in the month of
// October"); "бүгін", "кеше", "ертең" are today, yesterday, tomorrow.

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const MONTH = `(${MONTHS.join('|')})\\p{L}*`;
const YEAR_BEFORE = String.raw`(?:((?:19|20)\d{2})\s*(?:ж\.|жыл\p{L}*)\s+)?`;
// Built once: chrono asks a parser for its pattern on every call.
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])${YEAR_BEFORE}(\d{1,2})(?:[\s-]+|-?(?:ші|шы)\s+)${MONTH}(?:,?\s+((?:19|20)\d{2})(?!\d))?`,
  'iu',
);
const MONTH_ONLY = new RegExp(String.raw`(?<![\p{L}\d])${YEAR_BEFORE}${MONTH}\s+ай\p{L}*`, 'iu');
// "2024 жылы" is "in 2024"; "2022 жылғы Олимпиада" is "the 2022 Olympics", no date of an event.
const YEAR_ONLY = /(?<![\p{L}\d-])((?:19|20)\d{2})\s*жылы(?!\p{L})(?!\s+\d{1,2}[\s-])/iu;
const RELATIVE_DAY = /(?<!\p{L})(бүгін|кеше|ертең)(?!\p{L})/iu;
const DAY_OFFSET: Record<string, number> = { бүгін: 0, кеше: -1, ертең: 1 };

const monthOf = (word: string) => MONTHS.indexOf(word.toLowerCase()) + 1;

export const kkDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const day = Number(match[2]);
    const month = monthOf(match[3] ?? '');
    const stated = Number(match[1] ?? match[4] ?? 0);
    if (month === 0 || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ day, month });
    if (stated) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, day));
    return components;
  },
};

export const kkMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const month = monthOf(match[2] ?? '');
    if (month === 0) return null;
    const components = context.createParsingComponents({ month });
    const stated = Number(match[1] ?? 0);
    if (stated) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, 15));
    components.imply('day', 1);
    return components;
  },
};

export const kkYearParser = yearOnlyParser(YEAR_ONLY);

export const kkRelativeDayParser = relativeDayParser(
  RELATIVE_DAY,
  (word) => DAY_OFFSET[word.toLowerCase()] ?? 0,
);
