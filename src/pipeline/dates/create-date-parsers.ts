import * as chrono from 'chrono-node';
import { gluedToLetterRefiner } from './glued-to-letter-refiner.ts';
import {
  enMonthOfRelativeYearParser,
  enRelativeMonthParser,
  ruMonthOfRelativeYearParser,
} from './month-relative-year-parser.ts';
import { enYearParser, ruYearParser } from './year-only-parser.ts';

export interface DateParsers {
  ru: chrono.Chrono;
  en: chrono.Chrono;
}

/** chrono's ru and en parsers with ours added; built once and passed to the stages that need them. */
export function createDateParsers(): DateParsers {
  const ru = chrono.ru.casual.clone();
  ru.parsers.push(ruMonthOfRelativeYearParser, ruYearParser);
  ru.refiners.push(gluedToLetterRefiner);
  const en = chrono.en.casual.clone();
  en.parsers.push(enMonthOfRelativeYearParser, enRelativeMonthParser, enYearParser);
  en.refiners.push(gluedToLetterRefiner);
  return { ru, en };
}
