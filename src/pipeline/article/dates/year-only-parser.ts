import type { Parser } from 'chrono-node';

// "в 2024 году", "2025 год", "in 2024": chrono finds nothing in these (NOTES-LIBRARIES).

const RU_YEAR = /(?<![\p{L}\d-])((?:19|20)\d{2})\s*(?:год(?:у|а|е)?|г\.)(?![\p{L}])/iu;
const EN_YEAR = /\b(?:in|during|since|by)\s+((?:19|20)\d{2})\b(?![-–]\d)/i;

/** A parser for a year standing alone, its digits the pattern's first group; every locale's is one of these. */
export function yearOnlyParser(pattern: RegExp): Parser {
  return { pattern: () => pattern, extract: (context, match) => yearOnly(Number(match[1]), context) };
}

export const ruYearParser = yearOnlyParser(RU_YEAR);
export const enYearParser = yearOnlyParser(EN_YEAR);

function yearOnly(year: number, context: Parameters<Parser['extract']>[0]): ReturnType<Parser['extract']> {
  const components = context.createParsingComponents({ year });
  components.imply('month', 1);
  components.imply('day', 1);
  return components;
}
