import type { Parser } from 'chrono-node';

// "в 2024 году", "2025 год", "in 2024": chrono finds nothing in these (NOTES-LIBRARIES).

export const ruYearParser: Parser = {
  pattern: () => /(?<![\p{L}\d-])((?:19|20)\d{2})\s*(?:год(?:у|а|е)?|г\.)(?![\p{L}])/iu,
  extract: (context, match) => yearOnly(Number(match[1]), context),
};

export const enYearParser: Parser = {
  pattern: () => /\b(?:in|during|since|by)\s+((?:19|20)\d{2})\b(?![-–]\d)/i,
  extract: (context, match) => yearOnly(Number(match[1]), context),
};

function yearOnly(year: number, context: Parameters<Parser['extract']>[0]): ReturnType<Parser['extract']> {
  const components = context.createParsingComponents({ year });
  components.imply('month', 1);
  components.imply('day', 1);
  return components;
}
