import { Chrono, type Parser } from 'chrono-node';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import {
  closestYear,
  dayOfMonth,
  longestAtPlaceRefiner,
  relativeDayParser,
  relativeYearParser,
  weekdayComponents,
} from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono has no Uzbek. Uzbek writes a date as "14-noyabr", "14-noyabr kuni", "2025-yil 14-noyabr", "15–16-noyabr
// kunlari", with a case ending glued on ("14-noyabrda"); a month alone as "noyabr oyida" or "2025-yil
// noyabrda"; a year as "2025-yilda"; "bugun", "kecha", "ertaga" are today, yesterday, tomorrow. Two month
// names are words too: "mart" starts "martaba" (rank, times: "Oliy martabali mehmon", "15 martaba") and
// ends "Jo‘mart", "mayda" is "small": only the case endings below may follow a month, and "may" alone needs
// "oy" or a year. Uzbek Cyrillic ("14 ноябрь") is read too.

const MONTHS: string[][] = [
  ['yanvar', 'январ'],
  ['fevral', 'феврал'],
  ['mart', 'март'],
  ['aprel', 'апрел'],
  ['may', 'май'],
  ['iyun', 'июн'],
  ['iyul', 'июл'],
  ['avgust', 'август'],
  ['sentabr', 'sentyabr', 'сентябр'],
  ['oktabr', 'oktyabr', 'октябр'],
  ['noyabr', 'ноябр'],
  ['dekabr', 'декабр'],
];
const WEEKDAYS = ['yakshanba', 'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'juma', 'shanba'];

const MONTH = `(${MONTHS.flat().join('|')})ь?`;
// Case endings of a month: locative, its adjective, dative, "until", ablative, genitive, accusative.
const ENDING = '(?:da(?:gi)?|ga(?:cha)?|dan|ning|ni|даги|да|га|дан|нинг)?';
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
// "2025-yil", "2025 yil", "2025-yilning", "2025 y.", Cyrillic "2025 йил".
const YEAR_WORD = String.raw`(?:\s*-?\s*(?:yil|йил)\p{L}*|\s*(?:y|й)\.)`;
const YEAR_BEFORE = String.raw`(?:${YEAR}${YEAR_WORD}\s+)?`;
// The apostrophes Uzbek writes o‘ and g‘ with: a month after one is the end of a word ("Jo‘mart").
const APOSTROPHE = "[‘ʻ’'`]";
const NOT_GLUED = String.raw`(?<![\p{L}\d‘ʻ’'${'`'}])`;

// Built once: chrono asks a parser for its pattern on every call.
const DAY_MONTH = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?:\s*-\s*|\s+)${MONTH}${ENDING}(?:,?\s+${YEAR}${YEAR_WORD}?)?(?!\p{L})`,
  'iu',
);
const MONTH_ONLY = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}${MONTH}(?:(\s+(?:oy|ой)\p{L}*)|${ENDING}(?:,?\s+${YEAR}${YEAR_WORD}?)?)(?!\p{L})`,
  'iu',
);
// "o‘tgan yili" is last year; "o‘tgan yilning noyabr oyida" names a month of it.
const RELATIVE_YEAR = new RegExp(
  String.raw`${NOT_GLUED}(o${APOSTROPHE}?tgan|joriy|shu|bu|kelasi|kelgusi)\s+yil(?:ning|i|da)?(?:\s+${MONTH}(?:\s+oy\p{L}*|${ENDING}))?(?!\p{L})`,
  'iu',
);
// "2025-yilda" is "in 2025"; the year of a full date is read with it.
const YEAR_ONLY = new RegExp(String.raw`(?<![\p{L}\d-])${YEAR}${YEAR_WORD}(?!\p{L})`, 'iu');
// "bugungi" (today's), but not "kecha-kunduz" (day and night) or "kechasi" (at night).
const RELATIVE_DAY = /(?<!\p{L})(bugun|kecha|ertaga|indinga|бугун|кеча|эртага)(?:gi|ги)?(?![\p{L}-])/iu;
const DAY_OFFSET: Record<string, number> = {
  bugun: 0,
  kecha: -1,
  ertaga: 1,
  indinga: 2,
  бугун: 0,
  кеча: -1,
  эртага: 1,
};
// "seshanba kuni" (on Tuesday): "juma" is also Friday prayer, "shanba" part of the other names.
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<!\p{L})(?:(o${APOSTROPHE}?tgan|shu|kelasi|kelgusi)\s+)?(${[...WEEKDAYS].sort((a, b) => b.length - a.length).join('|')})\s+kun(?:i|ida)(?!\p{L})`,
  'iu',
);
const YEAR_OFFSET: Record<string, number> = { otgan: -1, joriy: 0, shu: 0, bu: 0, kelasi: 1, kelgusi: 1 };

const monthOf = (word: string) => {
  const lower = word.toLowerCase().replace(/ь$/, '');
  return MONTHS.findIndex((names) => names.includes(lower)) + 1;
};
const plain = (word: string) => word.toLowerCase().replace(/[‘ʻ’'`]/g, '');

export const uzDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const day = Number(match[2]);
    const lastDay = match[3] ? Number(match[3]) : null;
    const month = monthOf(match[4] ?? '');
    const stated = Number(match[1] ?? match[5] ?? 0);
    if (month === 0 || day < 1 || day > 31) return null;
    const start = dayOfMonth(context, day, month, stated);
    if (lastDay === null || lastDay <= day || lastDay > 31) return start;
    const end = dayOfMonth(context, lastDay, month, stated);
    end.imply('year', start.get('year') ?? 0);
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

export const uzMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const month = monthOf(match[2] ?? '');
    const stated = Number(match[1] ?? match[4] ?? 0);
    const withOy = Boolean(match[3]);
    // A month alone is read only with "oy" ("month"), a year, or a case ending; "may" only with the first two.
    const bare = match[0].trim().length === (match[2] ?? '').length;
    if (month === 0 || (!withOy && !stated && (bare || month === 5))) return null;
    const components = context.createParsingComponents({ month });
    if (stated) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, 15));
    components.imply('day', 1);
    return components;
  },
};

export const uzRelativeYearParser = relativeYearParser(
  RELATIVE_YEAR,
  (word) => YEAR_OFFSET[plain(word)] ?? 0,
  monthOf,
);

export const uzYearParser = yearOnlyParser(YEAR_ONLY);

export const uzRelativeDayParser = relativeDayParser(RELATIVE_DAY, (word) => DAY_OFFSET[word.toLowerCase()]);

export const uzWeekdayParser: Parser = {
  pattern: () => WEEKDAY_DAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf((match[2] ?? '').toLowerCase());
    if (weekday < 0) return null;
    // "o‘tgan seshanba" is the last one, "kelasi seshanba" the next.
    const modifier = plain(match[1] ?? '');
    const which = modifier === 'otgan' ? 'last' : modifier.startsWith('kel') ? 'next' : 'nearest';
    return weekdayComponents(context, weekday, which);
  },
};

/** Uzbek dates for the pipeline: chrono's machinery with only our parsers. */
export function createUzDateParser(): Chrono {
  return new Chrono({
    parsers: [
      uzDayMonthParser,
      uzMonthParser,
      uzRelativeYearParser,
      uzYearParser,
      uzRelativeDayParser,
      uzWeekdayParser,
    ],
    refiners: [longestAtPlaceRefiner, gluedToLetterRefiner],
  });
}
