import { Chrono, type Parser } from 'chrono-node';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import {
  closestYear,
  dayOfMonth,
  longestAtPlaceRefiner,
  relativeDayParser,
} from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono has no Belarusian. Belarusian writes a day with the month in the genitive ("29 лістапада 2017
// года", "29-30 лістапада", "29 лістапада 2017 г."), a month alone in the locative after "у"/"ў" ("у
// лістападзе", "ў снежні 2017 года", "у кастрычніку мінулага года") or in the nominative before a year
// ("снежань 2017"), a year as "у 2017 годзе", "2017 год", "2017 г."; "сёння", "учора" ("ўчора" after a
// vowel), "заўтра", "пазаўчора" count from the publication. "Люты" (February) is also "fierce" ("лютага
// ворага") and "мая" also "my" ("мая краіна"): a month needs a day before it, "у" before it, or a year after it.

const MONTHS: ReadonlyArray<{ genitive: string[]; locative: string[]; nominative: string[] }> = [
  { genitive: ['студзеня'], locative: ['студзені'], nominative: ['студзень'] },
  { genitive: ['лютага'], locative: ['лютым'], nominative: ['люты'] },
  { genitive: ['сакавіка'], locative: ['сакавіку'], nominative: ['сакавік'] },
  { genitive: ['красавіка'], locative: ['красавіку'], nominative: ['красавік'] },
  { genitive: ['траўня', 'мая'], locative: ['траўні', 'маі'], nominative: ['травень', 'май'] },
  { genitive: ['чэрвеня'], locative: ['чэрвені'], nominative: ['чэрвень'] },
  { genitive: ['ліпеня'], locative: ['ліпені'], nominative: ['ліпень'] },
  { genitive: ['жніўня'], locative: ['жніўні'], nominative: ['жнівень'] },
  { genitive: ['верасня'], locative: ['верасні'], nominative: ['верасень'] },
  { genitive: ['кастрычніка'], locative: ['кастрычніку'], nominative: ['кастрычнік'] },
  { genitive: ['лістапада'], locative: ['лістападзе'], nominative: ['лістапад'] },
  { genitive: ['снежня'], locative: ['снежні'], nominative: ['снежань'] },
];

const alternatives = (forms: string[]) => `(${[...forms].sort((a, b) => b.length - a.length).join('|')})`;
const GENITIVE = alternatives(MONTHS.flatMap((m) => m.genitive));
const LOCATIVE = alternatives(MONTHS.flatMap((m) => m.locative));
const NOMINATIVE = alternatives(MONTHS.flatMap((m) => m.nominative));
const NOT_GLUED = String.raw`(?<![\p{L}\d])`;
const END = String.raw`(?![\p{L}\d])`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
// "2017 года", "2017 г.", "2017-га"; the year's word is part of the date, not a second date.
const YEAR_WORD = String.raw`(?:\s*(?:год(?:а|зе|у)?${END}|г\.|-?га${END}))?`;
const RELATIVE_YEAR_WORDS = String.raw`(мінулага|леташняга|гэтага|бягучага|наступнага)\s+года${END}`;

// Built once: chrono asks a parser for its pattern on every call.
const DAY_MONTH = new RegExp(
  String.raw`${NOT_GLUED}(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\s+${GENITIVE}${END}(?:,?\s+${YEAR}${YEAR_WORD})?`,
  'iu',
);
const MONTH_IN = new RegExp(
  String.raw`(?<!\p{L})[уў]\s+${LOCATIVE}${END}(?:\s+(?:${YEAR}${YEAR_WORD}|${RELATIVE_YEAR_WORDS}))?`,
  'iu',
);
const MONTH_YEAR = new RegExp(String.raw`${NOT_GLUED}${NOMINATIVE}\s+${YEAR}${YEAR_WORD}`, 'iu');
// "у 2017 годзе", "2017 год", "з 2017 года"; not "2017-2020 гады" (a span names no event's year).
const YEAR_ONLY = /(?<![\p{L}\d–-])((?:19|20)\d{2})\s*(?:год(?:зе|а|у)?|г\.)(?!\p{L})/iu;
const RELATIVE_DAY = /(?<!\p{L})(сёння|сення|[уў]чора|заўтра|пазаўчора)(?!\p{L})/iu;
const DAY_OFFSET: Record<string, number> = {
  сёння: 0,
  сення: 0,
  учора: -1,
  ўчора: -1,
  заўтра: 1,
  пазаўчора: -2,
};
const YEAR_OFFSET: Record<string, number> = {
  мінулага: -1,
  леташняга: -1,
  гэтага: 0,
  бягучага: 0,
  наступнага: 1,
};

const monthOf = (word: string, form: 'genitive' | 'locative' | 'nominative') =>
  MONTHS.findIndex((m) => m[form].includes(word.toLowerCase())) + 1;

type Context = Parameters<Parser['extract']>[0];

function monthOfYear(context: Context, month: number, stated: number) {
  const components = context.createParsingComponents({ month });
  if (stated) components.assign('year', stated);
  else components.imply('year', closestYear(context.reference.instant, month, 15));
  components.imply('day', 1);
  return components;
}

export const beDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const day = Number(match[1]);
    const lastDay = match[2] ? Number(match[2]) : null;
    const month = monthOf(match[3] ?? '', 'genitive');
    const stated = Number(match[4] ?? 0);
    if (month === 0 || day < 1 || day > 31) return null;
    const start = dayOfMonth(context, day, month, stated);
    if (lastDay === null || lastDay <= day || lastDay > 31) return start;
    const end = dayOfMonth(context, lastDay, month, stated);
    end.imply('year', start.get('year') ?? 0);
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

export const beMonthParser: Parser = {
  pattern: () => MONTH_IN,
  extract: (context, match) => {
    const month = monthOf(match[1] ?? '', 'locative');
    if (month === 0) return null;
    const relative = match[3] ? YEAR_OFFSET[match[3].toLowerCase()] : undefined;
    if (relative === undefined) return monthOfYear(context, month, Number(match[2] ?? 0));
    // "у кастрычніку мінулага года" is October of the year before the publication, whatever the distance.
    return monthOfYear(context, month, context.reference.instant.getUTCFullYear() + relative);
  },
};

export const beMonthYearParser: Parser = {
  pattern: () => MONTH_YEAR,
  extract: (context, match) => {
    const month = monthOf(match[1] ?? '', 'nominative');
    return month === 0 ? null : monthOfYear(context, month, Number(match[2]));
  },
};

export const beYearParser = yearOnlyParser(YEAR_ONLY);

export const beRelativeDayParser = relativeDayParser(RELATIVE_DAY, (word) => DAY_OFFSET[word.toLowerCase()]);

/** Belarusian dates for the pipeline: chrono's machinery with only our parsers. */
export function createBeDateParser(): Chrono {
  return new Chrono({
    parsers: [beDayMonthParser, beMonthParser, beMonthYearParser, beYearParser, beRelativeDayParser],
    refiners: [longestAtPlaceRefiner, gluedToLetterRefiner],
  });
}
