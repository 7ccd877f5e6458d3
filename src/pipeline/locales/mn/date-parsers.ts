import { Chrono, type Parser } from 'chrono-node';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import {
  closestYear,
  dayOfMonth,
  relativeDayParser,
  relativeYearParser,
  weekdayComponents,
} from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono has no Mongolian. Mongolian numbers its months: "10 дугаар сарын 28" (the 28th of the tenth month),
// "10-р сарын 28-нд", "2021 оны 4 дүгээр сарын 7-ны өдөр", a month alone "10 дугаар сард"; a year is
// "2021 онд", "2021 оны"; "өнөөдөр", "өчигдөр", "маргааш" are today, yesterday, tomorrow. The day takes a
// case ending after a hyphen or joined ("28-нд", "28нд", "7-ны"). A weekday is "Лхагва гарагт"; the
// weekdays' names are also given names ("Пүрэв", "Баасан"), so "гараг" must follow.

const NOT_GLUED = String.raw`(?<![\p{L}\d])`;
// "дугаар"/"дүгээр" (ordinal by vowel harmony), "-р", "-дугаар", or nothing before "сар".
const ORDINAL = String.raw`(?:\s*-?\s*(?:дугаар|дүгээр|р))?`;
const MONTH = String.raw`(\d{1,2})${ORDINAL}\s+сар`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const YEAR_BEFORE = String.raw`(?:${YEAR}\s*(?:оны|он)\s+)?`;
const DAY_ENDING = String.raw`(?:\s*-?\s*(?:нд|ны|ний|наас|ныг|нээс|ээс|аас))?(?!\p{L})`;

// Built once: chrono asks a parser for its pattern on every call.
const DAY_MONTH = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}${MONTH}ын\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?${DAY_ENDING}`,
  'iu',
);
const MONTH_ONLY = new RegExp(String.raw`${NOT_GLUED}${YEAR_BEFORE}${MONTH}(?:д|ын\s+(?!\d))`, 'iu');
// "2021 онд" is "in 2021"; "2021 оны 10 дугаар сарын" is read as a day, "2021 оны төсөв" names no date.
const YEAR_ONLY = /(?<![\p{L}\d-])((?:19|20)\d{2})\s*(?:онд|оноос)(?!\p{L})/iu;
// "өнгөрсөн онд" is last year, "энэ онд" this year, "ирэх онд" next year.
const RELATIVE_YEAR = /(?<!\p{L})(өнгөрсөн|энэ|ирэх)\s+(?:он|жил)(?:д|ийн|ы)?(?!\p{L})/iu;
const YEAR_OFFSET: Record<string, number> = { өнгөрсөн: -1, энэ: 0, ирэх: 1 };
const RELATIVE_DAY = /(?<!\p{L})(өнөөдөр|өчигдөр|маргааш|уржигдар)(?:ийн)?(?!\p{L})/iu;
const DAY_OFFSET: Record<string, number> = { өнөөдөр: 0, өчигдөр: -1, маргааш: 1, уржигдар: -2 };
const WEEKDAYS = ['ням', 'даваа', 'мягмар', 'лхагва', 'пүрэв', 'баасан', 'бямба'];
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<!\p{L})(өнгөрсөн\s+|ирэх\s+)?(${WEEKDAYS.join('|')})\s+гараг(?:т|ийн)?(?!\p{L})`,
  'iu',
);

export const mnDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const stated = Number(match[1] ?? 0);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const lastDay = match[4] ? Number(match[4]) : null;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const start = dayOfMonth(context, day, month, stated);
    if (lastDay === null || lastDay <= day || lastDay > 31) return start;
    const end = dayOfMonth(context, lastDay, month, stated);
    end.imply('year', start.get('year') ?? 0);
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

export const mnMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    const components = context.createParsingComponents({ month });
    const stated = Number(match[1] ?? 0);
    if (stated) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, 15));
    components.imply('day', 1);
    return components;
  },
};

export const mnYearParser = yearOnlyParser(YEAR_ONLY);

export const mnRelativeYearParser = relativeYearParser(
  RELATIVE_YEAR,
  (word) => YEAR_OFFSET[word.toLowerCase()] ?? 0,
);

export const mnRelativeDayParser = relativeDayParser(
  RELATIVE_DAY,
  (word) => DAY_OFFSET[word.toLowerCase()] ?? 0,
);

export const mnWeekdayParser: Parser = {
  pattern: () => WEEKDAY_DAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf((match[2] ?? '').toLowerCase());
    if (weekday < 0) return null;
    // "өнгөрсөн Лхагва" is the last one, "ирэх Лхагва" the next.
    const modifier = (match[1] ?? '').trim().toLowerCase();
    const which = modifier === 'өнгөрсөн' ? 'last' : modifier === 'ирэх' ? 'next' : 'nearest';
    return weekdayComponents(context, weekday, which);
  },
};

/** Mongolian dates for the pipeline: chrono's machinery with only our parsers. */
export function createMnDateParser(): Chrono {
  return new Chrono({
    parsers: [
      mnDayMonthParser,
      mnMonthParser,
      mnYearParser,
      mnRelativeYearParser,
      mnRelativeDayParser,
      mnWeekdayParser,
    ],
    refiners: [gluedToLetterRefiner],
  });
}
