import type { Chrono, Parser, ParsingResult, Refiner } from 'chrono-node';
import * as zh from 'chrono-node/zh';
import { closestYear, relativeDayParser } from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono's Chinese (simplified and traditional in one) reads "6月7日", "2018年6月7日", "二〇一八年六月七日",
// "周三"/"週三"/"星期三", "上周五" and "今天". What we keep of it are its weekdays and ISO dates; the rest is ours:
// - its day and month take the reference's year, not the nearest one ("12月30日" in a story of 2 January is
//   the December before), and it knows neither "去年9月" nor a year alone ("2019年");
// - its casual parser reads a time of day ("上午", "下午", "现在") as the reference day, and its time and
//   "within N days" ("3天内") parsers state no day of an event (the same choice as in dates/create-date-parsers);
// - Chinese news gives the day of the month alone ("习近平7日在北京会见…"), the month only in the dateline
//   ("新华社北京6月8日电"): chrono reads nothing there.
// No gluedToLetterRefiner: Chinese writes dates glued to the words around them.
const NOT_A_DATE = new Set([
  'ZHHantCasualDateParser',
  'ZHHantDateParser',
  'ZHHansDateParser',
  'ZHHantTimeExpressionParser',
  'ZHHansTimeExpressionParser',
  'ZHHantDeadlineFormatParser',
  'ZHHansDeadlineFormatParser',
]);
// A bundler names a class that refers to itself "_Name" inside: the name is read without the underscore.
const nameOf = (parser: Parser) => parser.constructor.name.replace(/^_+/, '');

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "7", "七", "十五", "二十一", "三十": a day's or a month's number. */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten === -1) return CN_DIGITS[text] ?? 0;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? 0);
  const units = ten === text.length - 1 ? 0 : (CN_DIGITS[text.slice(ten + 1)] ?? 0);
  return tens * 10 + units;
}

/** "2018", "二〇一八": a year written digit by digit. */
function yearOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : Number([...text].map((c) => CN_DIGITS[c] ?? 0).join(''));
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})';
const RELATIVE_YEAR = '(今年|去年|明年|前年|本年)';
const NOT_AFTER_NUMBER = '(?<![\\d〇零一二三四五六七八九十两兩])';
const DAY_END = '\\s*[日号號]';
const YEAR_OFFSET: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 明年: 1 };

// "2018年6月7日", "去年9月7日", "6月7日至8日", "6月30日至7月2日".
const DAY_MONTH = new RegExp(
  `${NOT_AFTER_NUMBER}(?:${RELATIVE_YEAR}|${YEAR}\\s*年)?\\s*${NUM}\\s*月\\s*${NUM}${DAY_END}` +
    `(?:\\s*(?:至|到|—|–|-|~|～)\\s*(?:${NUM}\\s*月\\s*)?${NUM}${DAY_END})?`,
  'u',
);
// "9月", "2019年9月", "去年9月份"; a day after it is DAY_MONTH's, and "3个月" (three months) is no month.
const MONTH_ONLY = new RegExp(
  `${NOT_AFTER_NUMBER}(?:${RELATIVE_YEAR}|${YEAR}\\s*年)?\\s*${NUM}\\s*月(?:份)?(?!\\s*${NUM}${DAY_END})`,
  'u',
);
// "2019年" and not "2019年9月" (the month's), "1990年代" (a decade) or "2019—2021年" (a span).
const YEAR_ONLY =
  /(?<![\d—–~～至到-])((?:19|20)\d{2})\s*年(?!代|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)/u;
// The day alone: "7日", not "7日内" (within 7 days) nor the day of "6月7日".
const DAY_ALONE =
  /(?<![\d〇零一二三四五六七八九十两兩月年./-])(\d{1,2}|[一二三四五六七八九十]{1,3})日(?![内內前后後起以间間游遊])/u;
const FULL_DATE = new RegExp(`(?:${YEAR}\\s*年\\s*)?${NUM}\\s*月\\s*${NUM}${DAY_END}`, 'gu');
// "今日俄罗斯" (RT) and "今日头条" are names, not today.
const RELATIVE_DAY = /(今天|今日|昨天|昨日|明天|明日|前天|后天|後天)(?!俄罗斯|俄羅斯|头条|頭條)/u;
const DAY_OFFSET: Record<string, number> = {
  今天: 0,
  今日: 0,
  昨天: -1,
  昨日: -1,
  明天: 1,
  明日: 1,
  前天: -2,
  后天: 2,
  後天: 2,
};
// Tags a day alone with where its anchor ends: `zh/dayAfter:<offset>`.
const ANCHORED = 'zh/dayAfter:';

type Context = Parameters<Parser['extract']>[0];

/** The stated year (a number or "去年"), or null when the text gives none. */
function statedYear(
  context: Context,
  relative: string | undefined,
  written: string | undefined,
): number | null {
  if (relative) return context.reference.instant.getUTCFullYear() + (YEAR_OFFSET[relative] ?? 0);
  return written ? yearOf(written) : null;
}

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

export const zhDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const [, relative, written, m1, d1, m2, d2] = match;
    const month = numberOf(m1 ?? '');
    const day = numberOf(d1 ?? '');
    if (!validDay(month, day)) return null;
    const stated = statedYear(context, relative, written);
    const year = stated ?? closestYear(context.reference.instant, month, day);
    const at = (m: number, d: number, y: number) => {
      const components = context.createParsingComponents({ month: m, day: d });
      if (stated !== null) components.assign('year', y);
      else components.imply('year', y);
      return components;
    };
    const start = at(month, day, year);
    if (!d2) return start;
    const endMonth = m2 ? numberOf(m2) : month;
    const endDay = numberOf(d2);
    // "12月30日至1月2日" ends in the next year; "7日至5日" is no span.
    const endYear = endMonth < month ? year + 1 : year;
    if (!validDay(endMonth, endDay) || (endYear === year && endMonth * 100 + endDay <= month * 100 + day))
      return start;
    return context.createParsingResult(match.index ?? 0, match[0], start, at(endMonth, endDay, endYear));
  },
};

export const zhMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const [, relative, written, m] = match;
    const month = numberOf(m ?? '');
    if (month < 1 || month > 12) return null;
    const stated = statedYear(context, relative, written);
    const components = context.createParsingComponents({ month });
    components.imply('day', 1);
    if (stated !== null) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, 15));
    return components;
  },
};

export const zhYearParser = yearOnlyParser(YEAR_ONLY);

/**
 * "7日": the month and year are those of the last full date written before it, the dateline's in a wire story
 * ("新华社北京6月8日电 …习近平7日…"), the day nearest it ("7月1日电 … 30日" is 30 June). With no such date the
 * month is unknown: the reference is not always the publication day, and a guessed month dates nothing.
 */
export const zhDayAloneParser: Parser = {
  pattern: () => DAY_ALONE,
  extract: (context, match) => {
    const day = numberOf(match[1] ?? '');
    const index = match.index ?? 0;
    const anchor = [...context.text.slice(0, index).matchAll(FULL_DATE)].at(-1);
    if (!anchor || day < 1 || day > 31) return null;
    const anchorMonth = numberOf(anchor[2] ?? '');
    const anchorDay = numberOf(anchor[3] ?? '');
    if (!validDay(anchorMonth, anchorDay)) return null;
    const stated = anchor[1] ? yearOf(anchor[1]) : null;
    const anchorYear = stated ?? closestYear(context.reference.instant, anchorMonth, anchorDay);
    const from = Date.UTC(anchorYear, anchorMonth - 1, anchorDay);
    const candidates = [-1, 0, 1]
      .map((shift) => new Date(Date.UTC(anchorYear, anchorMonth - 1 + shift, day)))
      .filter((d) => d.getUTCDate() === day)
      .sort((a, b) => Math.abs(a.getTime() - from) - Math.abs(b.getTime() - from));
    const date = candidates[0];
    if (!date) return null;
    const components = context.createParsingComponents({ day });
    components.imply('month', date.getUTCMonth() + 1);
    // Implied even when the anchor writes its year: this text ("7日") does not, and a year it does not write
    // counts only against a publication date. A dateline's year passes on with its text (datelineGivesWay).
    components.imply('year', date.getUTCFullYear());
    components.addTag(`${ANCHORED}${(anchor.index ?? 0) + anchor[0].length}`);
    return components;
  },
};

export const zhRelativeDayParser = relativeDayParser(RELATIVE_DAY, (word) => DAY_OFFSET[word]);

// "新华社北京6月8日电 国家主席习近平7日…举行会谈": the dateline's day is when the story was filed; the day the
// story then gives, read from the dateline's month, is the event's. The dateline's date takes that day, keeping
// its own text, whose year (when it writes one) dates the event.
const FILED = /^\s*[电電]/u;
const datelineGivesWay: Refiner = {
  refine: (context, results) => {
    const taken = new Set<ParsingResult>();
    for (const dateline of results) {
      const end = dateline.index + dateline.text.length;
      if (dateline.end || !FILED.test(context.text.slice(end, end + 3))) continue;
      const day = results.find((r) => r.tags().has(`${ANCHORED}${end}`));
      if (!day || context.text.slice(end, day.index).includes('\n\n')) continue;
      const start = day.start.clone();
      if (dateline.start.isCertain('year')) start.assign('year', start.get('year') ?? 0);
      dateline.start = start;
      taken.add(day);
    }
    return results.filter((r) => !taken.has(r));
  },
};

/** Chinese dates for the pipeline: chrono's weekdays and ISO dates, and our own days, months and years. */
export function createZhDateParser(): Chrono {
  const present = new Set(zh.casual.parsers.map(nameOf));
  const missing = [...NOT_A_DATE].filter((name) => !present.has(name));
  // A chrono release that renames one would silently bring it back.
  if (missing.length > 0) throw new Error(`chrono no longer has the parsers ${missing.join(', ')}`);
  const parser = zh.casual.clone();
  parser.parsers = [
    ...parser.parsers.filter((p) => !NOT_A_DATE.has(nameOf(p))),
    zhDayMonthParser,
    zhMonthParser,
    zhYearParser,
    zhDayAloneParser,
    zhRelativeDayParser,
  ];
  parser.refiners.push(datelineGivesWay);
  return parser;
}
