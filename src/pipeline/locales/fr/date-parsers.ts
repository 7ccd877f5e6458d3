import { Chrono, type Parser } from 'chrono-node';
import * as fr from 'chrono-node/fr';
import { gluedToLetterRefiner } from '../../article/dates/glued-to-letter-refiner.ts';
import { closestYear, relativeDayParser } from '../../article/dates/parser-kit.ts';
import { yearOnlyParser } from '../../article/dates/year-only-parser.ts';

// chrono's French reads "7 avril 2021", "le 1er mai", "du 6 au 8 avril", "mardi", "ce mercredi", "il y a 3
// jours" and numeric dates. It reads no month alone ("en avril", "avril 2021", "début mars") and no year
// alone ("en 2019"): those are ours. What we take out of it, and why:
// - the time of day ("à 15h30", "ce matin", "11:08" of a page's time stamp) states no day of the event;
// - "dans 2 jours" and "la semaine dernière", "les 5 dernières années" count a span from the publication:
//   a span is no day, and a week or a month back is no day either, though chrono says it is;
// - its "aujourd'hui / hier / demain" parser does not know the typographic apostrophe ("aujourd’hui", the
//   usual spelling on news sites), reads "maintenant" (an adverb: "est maintenant membre") as the
//   publication day, and "la veille" (the eve of some other event) as the day before publication.
const NOT_A_DATE = new Set([
  'FRCasualTimeParser',
  'FRCasualDateParser',
  'FRTimeExpressionParser',
  'FRSpecificTimeExpressionParser',
  'FRTimeUnitWithinFormatParser',
]);
// chrono names its "la semaine dernière" parser FRTimeUnitAgoFormatParser too, like the "il y a" one that
// stays: the two are told apart by what they read.
const SPAN_PROBE = 'la semaine dernière';
const PROBE_DAY = new Date('2021-04-08T12:00:00Z');

const nameOf = (parser: Parser) => parser.constructor.name.replace(/^_+/, '');
const readsASpan = (parser: Parser) =>
  new Chrono({ parsers: [parser], refiners: [] }).parse(SPAN_PROBE, PROBE_DAY).length > 0;

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
// Sites that drop accents write "fevrier", "aout", "decembre".
const PLAIN: Record<string, string> = { é: 'e', û: 'u' };
const loose = (word: string) => word.replace(/[éû]/g, (c) => `[${c}${PLAIN[c]}]`);
const plain = (word: string) => word.toLowerCase().replace(/[éû]/g, (c) => PLAIN[c] ?? c);
const monthOf = (word: string) => MONTHS.map(plain).indexOf(plain(word)) + 1;

const MONTH = `(${MONTHS.map(loose).join('|')})`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const NOT_GLUED = String.raw`(?<![\p{L}\d])`;
const APOSTROPHE = `['’]`;
// "Mars" is also the planet and a first name, "mai" a word of Portuguese and Romanian names: a month
// alone is a date only after a word that introduces one, or with its year, "dernier" or "prochain".
const MONTH_INTRO = String.raw`(?:en|dès|depuis|début|fin|mi-|courant|(?:au\s+)?mois\s+d${APOSTROPHE}|(?:au\s+)?mois\s+de)`;
const MONTH_ONLY = new RegExp(
  String.raw`${NOT_GLUED}(?:(${MONTH_INTRO})\s*|(\d{1,2})(?:er)?\s+)?${MONTH}(?:\s+${YEAR})?(?:\s+(dernier|prochain))?(?!\p{L})`,
  'iu',
);
// "les 6 et 7 avril": chrono reads only the second day.
const TWO_DAYS = new RegExp(
  String.raw`${NOT_GLUED}(\d{1,2})(?:er)?\s+et\s+(\d{1,2})\s+${MONTH}(?:\s+${YEAR})?(?!\p{L})`,
  'iu',
);
// "en octobre de l'année dernière", "en mars l'an prochain".
const MONTH_OF_RELATIVE_YEAR = new RegExp(
  String.raw`${NOT_GLUED}(?:en\s+)?${MONTH}\s+(?:de\s+)?l${APOSTROPHE}\s*an(?:née)?\s+(dernière?|passée?|prochaine?)(?!\p{L})`,
  'iu',
);
// "en 2019", "courant 2024"; not "de 2015" ("l'accord nucléaire de 2015" names a thing) nor "2019-2021".
const YEAR_ONLY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:en|durant|courant|depuis)\s+${YEAR}(?![-–]\d)`,
  'iu',
);
// The apostrophe in both spellings; "hier" not inside "cahier", "fichier".
const RELATIVE_DAY = new RegExp(
  String.raw`(?<!\p{L})(aujourd${APOSTROPHE}\s?hui|avant-hier|après-demain|hier|demain)(?!\p{L})`,
  'iu',
);
const DAY_OFFSET: Record<string, number> = {
  "aujourd'hui": 0,
  hier: -1,
  demain: 1,
  'avant-hier': -2,
  'après-demain': 2,
};

/**
 * "avril dernier" is the last April before the reference, "le 15 avril dernier" the last 15 April, "avril
 * prochain" the next one after it; with neither, the nearest.
 */
function yearOf(ref: Date, month: number, day: number | null, modifier: string): number {
  const year = ref.getUTCFullYear();
  if (!modifier) return closestYear(ref, month, day ?? 15);
  const inYear = day === null ? Date.UTC(year, month - 1, 1) : Date.UTC(year, month - 1, day);
  const refDay = day === null ? Date.UTC(year, ref.getUTCMonth(), 1) : ref.getTime();
  if (modifier === 'dernier') return inYear < refDay ? year : year - 1;
  return inYear > refDay ? year : year + 1;
}

// A day and month with neither a year nor "dernier"/"prochain" is chrono's.
export const frMonthParser: Parser = {
  pattern: () => MONTH_ONLY,
  extract: (context, match) => {
    const [, intro, dayText, name, yearText, modifierText] = match;
    const month = monthOf(name ?? '');
    const day = dayText ? Number(dayText) : null;
    const modifier = (modifierText ?? '').toLowerCase();
    if (month === 0 || (day !== null && (!modifier || day < 1 || day > 31))) return null;
    if (!(intro || yearText || modifier)) return null;
    const components = context.createParsingComponents({ month });
    if (day !== null) components.assign('day', day);
    else components.imply('day', 1);
    const stated = Number(yearText ?? 0);
    if (stated) components.assign('year', stated);
    else components.imply('year', yearOf(context.reference.instant, month, day, modifier));
    return components;
  },
};

export const frTwoDaysParser: Parser = {
  pattern: () => TWO_DAYS,
  extract: (context, match) => {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const month = monthOf(match[3] ?? '');
    const stated = Number(match[4] ?? 0);
    if (month === 0 || first < 1 || second <= first || second > 31) return null;
    const year = stated || closestYear(context.reference.instant, month, first);
    const day = (d: number) => {
      const components = context.createParsingComponents({ day: d, month });
      if (stated) components.assign('year', year);
      else components.imply('year', year);
      return components;
    };
    return context.createParsingResult(match.index ?? 0, match[0], day(first), day(second));
  },
};

export const frMonthOfRelativeYearParser: Parser = {
  pattern: () => MONTH_OF_RELATIVE_YEAR,
  extract: (context, match) => {
    const month = monthOf(match[1] ?? '');
    if (month === 0) return null;
    const offset = /^prochain/i.test(match[2] ?? '') ? 1 : -1;
    const components = context.createParsingComponents({
      year: context.reference.instant.getUTCFullYear() + offset,
      month,
    });
    components.imply('day', 1);
    return components;
  },
};

export const frYearParser = yearOnlyParser(YEAR_ONLY);

export const frRelativeDayParser = relativeDayParser(
  RELATIVE_DAY,
  (word) => DAY_OFFSET[word.toLowerCase().replace(/’/g, "'").replace(/\s/g, '')],
);

/**
 * The parsers above are chosen by class name: a chrono release that renames one would silently bring it
 * back. Checked when the parser is built, against the parsers chrono actually has.
 */
function checkParserNames(parsers: readonly Parser[]): void {
  const present = new Set(parsers.map(nameOf));
  const missing = [...NOT_A_DATE].filter((name) => !present.has(name));
  if (missing.length > 0) throw new Error(`chrono no longer has the parsers ${missing.join(', ')}`);
}

/** French dates for the pipeline: chrono's French without its times and spans, with ours added. */
export function createFrDateParser(): Chrono {
  checkParserNames(fr.casual.parsers);
  const parser = fr.casual.clone();
  parser.parsers = [
    ...parser.parsers.filter((p) => !NOT_A_DATE.has(nameOf(p)) && !readsASpan(p)),
    frMonthParser,
    frTwoDaysParser,
    frMonthOfRelativeYearParser,
    frYearParser,
    frRelativeDayParser,
  ];
  parser.refiners.push(gluedToLetterRefiner);
  return parser;
}
