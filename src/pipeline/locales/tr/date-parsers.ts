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

// chrono has no Turkish. Turkish writes a date as "3 Aralık 2025", "3 Aralık'ta" (a case ending after an
// apostrophe), "3 Aralık 2025 tarihinde", "3-4 Aralık tarihlerinde", a month alone as "Aralık ayında" ("in
// the month of December") or "Aralık 2025'te", a year as "2024 yılında"; "dün", "bugün", "yarın" are
// yesterday, today, tomorrow; a weekday is "Salı günü". "Kasım" (November) is also a first name (Kasım
// Cömert Tokayev) and "Ekim" a word of its own: a month needs a day, "ay", or a year beside it.

const MONTHS = [
  'ocak',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık',
];
const WEEKDAYS = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];

// Sites and keyboards often drop the Turkish letters ("Aralik", "Subat", "Agustos"); dotless ı also has no
// case pair for the `i` flag ("MAYIS"): each such letter stands for itself or its plain neighbour.
const PLAIN: Record<string, string> = { ı: 'i', ş: 's', ğ: 'g', ü: 'u', ö: 'o', ç: 'c' };
const loose = (word: string) => word.replace(/[ışğüöç]/g, (c) => `[${c}${PLAIN[c]}]`);
const plain = (word: string) =>
  word
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/[ışğüöç]/g, (c) => PLAIN[c] ?? c);

// Longest first: "pazartesi" and "cumartesi" before "pazar" and "cuma".
const MONTH = `(${MONTHS.map(loose).join('|')})`;
const WEEKDAY = `(${[...WEEKDAYS]
  .sort((a, b) => b.length - a.length)
  .map(loose)
  .join('|')})`;
// A case ending after an apostrophe ("Aralık'ta", "2025'te") or joined to the word ("Aralıkta").
const ENDING = String.raw`(?:['’]\p{L}+|\p{L}*)`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const YEAR_BEFORE = String.raw`(?:${YEAR}\s+yılı\p{L}*\s+)?`;
const NOT_GLUED = String.raw`(?<![\p{L}\d])`;

// Built once: chrono asks a parser for its pattern on every call.
const DAY_MONTH = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\.?\s+${MONTH}${ENDING}(?:,?\s+${YEAR}${ENDING})?(?!\p{L})`,
  'iu',
);
const MONTH_ONLY = new RegExp(
  String.raw`${NOT_GLUED}${YEAR_BEFORE}${MONTH}(?:\s+ay\p{L}*|\s+${YEAR}${ENDING})(?!\p{L})`,
  'iu',
);
// "geçen yıl" is last year; "geçen yılın Ekim ayında", "geçen Ekim'de" name a month of it.
const RELATIVE_YEAR = new RegExp(
  String.raw`${NOT_GLUED}(geçen|bu|gelecek|önümüzdeki)\s+(?:yıl|sene)(?:\p{L}*\s+${MONTH}(?:\s+ay\p{L}*|${ENDING}))?(?!\p{L})`,
  'iu',
);
// "2024 yılında" is "in 2024"; "2022 Kış Olimpiyatları" is a name, no date of an event.
const YEAR_ONLY = new RegExp(
  String.raw`(?<![\p{L}\d-])${YEAR}(?:['’]\p{L}+|\s+yılı\p{L}*)(?!\s+\S+\s+ay)`,
  'iu',
);
// "dünkü", "bugün'ün", but not "dünya" (the world).
const RELATIVE_DAY = /(?<!\p{L})(bugün|dün|yarın|evvelsi\s+gün)(?:['’]\p{L}+|kü|ki)?(?!\p{L})/iu;
const DAY_OFFSET: Record<string, number> = { bugun: 0, dun: -1, yarin: 1, 'evvelsi gun': -2 };
// "Salı günü", "Salı" alone; "Cuma" (also Friday prayer) and "Pazar" (also a market) only with "günü".
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<!\p{L})(?:(geçen|bu|önümüzdeki|gelecek)\s+)?${WEEKDAY}(?:\s+(günü|akşamı|sabahı)|['’]\p{L}+)?(?!\p{L})`,
  'iu',
);
const YEAR_OFFSET: Record<string, number> = { gecen: -1, bu: 0, gelecek: 1, onumuzdeki: 1 };

const monthOf = (word: string) => MONTHS.map(plain).indexOf(plain(word)) + 1;

export const trDayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const day = Number(match[2]);
    const lastDay = match[3] ? Number(match[3]) : null;
    const month = monthOf(match[4] ?? '');
    const stated = Number(match[1] ?? match[5] ?? 0);
    if (month === 0 || day < 1 || day > 31) return null;
    const start = dayOfMonth(context, day, month, stated);
    if (lastDay === null || lastDay <= day || lastDay > 31) return start;
    const year = start.get('year') ?? 0;
    const end = dayOfMonth(context, lastDay, month, stated);
    end.imply('year', year);
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

export const trMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const month = monthOf(match[2] ?? '');
    if (month === 0) return null;
    const components = context.createParsingComponents({ month });
    const stated = Number(match[1] ?? match[3] ?? 0);
    if (stated) components.assign('year', stated);
    else components.imply('year', closestYear(context.reference.instant, month, 15));
    components.imply('day', 1);
    return components;
  },
};

export const trRelativeYearParser = relativeYearParser(
  RELATIVE_YEAR,
  (word) => YEAR_OFFSET[plain(word)] ?? 0,
  monthOf,
);

export const trYearParser = yearOnlyParser(YEAR_ONLY);

export const trRelativeDayParser = relativeDayParser(
  RELATIVE_DAY,
  (word) => DAY_OFFSET[plain(word).replace(/\s+/g, ' ')],
);

export const trWeekdayParser: Parser = {
  pattern: () => WEEKDAY_DAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.map(plain).indexOf(plain(match[2] ?? ''));
    if (weekday < 0) return null;
    if ((weekday === 0 || weekday === 5) && !match[3]) return null;
    // "geçen Salı" is the last one, "önümüzdeki Salı" the next.
    const modifier = plain(match[1] ?? '');
    const which =
      modifier === 'gecen'
        ? 'last'
        : modifier === 'onumuzdeki' || modifier === 'gelecek'
          ? 'next'
          : 'nearest';
    return weekdayComponents(context, weekday, which);
  },
};

/** Turkish dates for the pipeline: chrono's machinery with only our parsers. */
export function createTrDateParser(): Chrono {
  return new Chrono({
    parsers: [
      trDayMonthParser,
      trMonthParser,
      trRelativeYearParser,
      trYearParser,
      trRelativeDayParser,
      trWeekdayParser,
    ],
    refiners: [longestAtPlaceRefiner, gluedToLetterRefiner],
  });
}
