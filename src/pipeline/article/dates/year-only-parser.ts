import type { Parser } from 'chrono-node';

// "в 2024 году", "2025 год", "in 2024": chrono finds nothing in these (NOTES-LIBRARIES).

const RU_YEAR = /(?<![\p{L}\d-])((?:19|20)\d{2})\s*(?:год(?:у|а|е)?|г\.)(?![\p{L}])/iu;
const EN_YEAR = /\b(?:in|during|since|by)\s+((?:19|20)\d{2})\b(?![-–]\d)/i;

export const ruYearParser: Parser = {
  pattern: () => RU_YEAR,
  extract: (context, match) => yearOnly(Number(match[1]), context),
};

export const enYearParser: Parser = {
  pattern: () => EN_YEAR,
  extract: (context, match) => yearOnly(Number(match[1]), context),
};

function yearOnly(year: number, context: Parameters<Parser['extract']>[0]): ReturnType<Parser['extract']> {
  const components = context.createParsingComponents({ year });
  components.imply('month', 1);
  components.imply('day', 1);
  return components;
}
