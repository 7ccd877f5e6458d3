import type { Figure, FigureKind, FigureMeasure } from '#schema';
import type { Sentence } from './sentences.ts';

export interface FoundFigure {
  figure: Figure;
  sentence: Sentence;
}

const SCALE: Record<string, number> = {
  тыс: 1e3,
  thousand: 1e3,
  млн: 1e6,
  миллион: 1e6,
  million: 1e6,
  mln: 1e6,
  млрд: 1e9,
  миллиард: 1e9,
  billion: 1e9,
  bln: 1e9,
  трлн: 1e12,
  триллион: 1e12,
  trillion: 1e12,
};
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(?:долл|dollar|usd|\$)/i, 'USD'],
  [/^(?:евро|euro|eur|€)/i, 'EUR'],
  [/^(?:юан|yuan|cny)/i, 'CNY'],
  [/^(?:рубл|roubl|rubl|rub|₽)/i, 'RUB'],
  [/^(?:тенге|tenge|kzt|₸)/i, 'KZT'],
];
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const SCALE_WORD = String.raw`(тыс\.?|млн\.?|млрд\.?|трлн\.?|миллион\p{L}*|миллиард\p{L}*|триллион\p{L}*|thousand|million|billion|trillion|mln|bln)`;
const CURRENCY = String.raw`(доллар\p{L}*(?:\s+США)?|долл\.(?:\s+США)?|USD|dollars?|US\s+dollars|евро|euros?|EUR|юан\p{L}*|yuan|CNY|рубл\p{L}*|roubles?|rubles?|RUB|тенге|tenge|KZT)`;
// "$150 million", "$44 млрд", "150 млн долларов США", "500 million dollars", "€2 billion".
const MONEY = new RegExp(
  String.raw`([$€₽₸])\s?${NUMBER}\s?${SCALE_WORD}?|${NUMBER}\s?${SCALE_WORD}\s+${CURRENCY}`,
  'giu',
);

const MEASURES: Array<[FigureMeasure, RegExp]> = [
  ['trade_turnover', /товарооборот|торгов\p{L}*\s+оборот|взаимн\p{L}*\s+торгов|\btrade\b|turnover/iu],
  ['investment', /инвестиц|investment/iu],
  ['loan', /кредит|заём|займ|\bloan/iu],
  ['aid', /помощ|гуманитарн|\baid\b|assistance/iu],
  ['contract_value', /контракт|сделк|соглашени\p{L}*\s+на\s+сумму|\bcontract|\bdeal/iu],
];
const BASELINE =
  /базов|baseline|\bfrom\b|(?<![\p{L}])с\s+(?:уровня|базового|\d)|достиг|reached|amounted|составил/iu;
const TARGET =
  /целев|(?<![\p{L}])цел[ьи](?![\p{L}])|(?<![\p{L}])до(?![\p{L}])|довести|нарастить|увеличить|target|goal|\baim|\bto\b|increase|boost/iu;
const LAST_YEAR = /прошл\p{L}*\s+год|last\s+year/iu;
const STATED_YEAR = /(?<![\p{L}\d])(?:in|for|during|за|в|по\s+итогам)\s+((?:19|20)\d{2})(?!\d)/iu;

/** Money figures with what they measure ("trade turnover target: $500 million"). */
export function findFigures(sentences: Sentence[], referenceYear: number | null): FoundFigure[] {
  const found: FoundFigure[] = [];
  // A lead's "$2 billion" and a quote's "two billion dollars" later on are one figure, said twice.
  const seen = new Set<string>();
  for (const sentence of sentences) {
    // Every amount has a digit; the money pattern is costly to run over sentences without one.
    if (!/\d/.test(sentence.text)) continue;
    let previousEnd = 0;
    for (const match of sentence.text.matchAll(MONEY)) {
      const amount = parseAmount(match);
      const currency = currencyOf(match);
      if (amount === null || !currency) continue;
      const before = sentence.text.slice(previousEnd, match.index);
      previousEnd = match.index + match[0].length;
      const measure = MEASURES.find(([, pattern]) => pattern.test(sentence.text))?.[0] ?? 'other';
      const kind = figureKind(before, sentence.text);
      const stated = STATED_YEAR.exec(sentence.text)?.[1];
      const year = stated
        ? Number(stated)
        : LAST_YEAR.test(sentence.text) && referenceYear
          ? referenceYear - 1
          : null;
      const key = `${amount}|${currency}|${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        figure: { amount, currency, measure, kind, year, label: labelOf(measure, kind, year) },
        sentence,
      });
    }
  }
  return found;
}

// The words just before a figure say whether it is where things stand or where they should get to:
// "from a baseline of $150 million to an ambitious target of $500 million".
function figureKind(before: string, sentence: string): FigureKind {
  const near = before.slice(-60);
  if (BASELINE.test(near)) return 'actual';
  if (TARGET.test(near)) return 'target';
  return TARGET.test(sentence) && /target|goal|целев|(?<![\p{L}])цел[ьи](?![\p{L}])/iu.test(sentence)
    ? 'target'
    : 'actual';
}

function parseAmount(match: RegExpMatchArray): number | null {
  const [, , symbolNumber, symbolScale, wordNumber, wordScale] = match;
  const number = Number((symbolNumber ?? wordNumber ?? '').replace(',', '.'));
  if (!Number.isFinite(number)) return null;
  const scaleWord = (symbolScale ?? wordScale ?? '').toLowerCase().replace(/\.$/, '');
  const scale = Object.entries(SCALE).find(([key]) => scaleWord.startsWith(key))?.[1] ?? 1;
  return Math.round(number * scale);
}

function currencyOf(match: RegExpMatchArray): string | null {
  const word = match[1] ?? match[6] ?? '';
  return CURRENCY_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

const MEASURE_LABELS: Record<FigureMeasure, { en: string; ru: string }> = {
  trade_turnover: { en: 'Trade turnover', ru: 'Товарооборот' },
  investment: { en: 'Investment', ru: 'Инвестиции' },
  loan: { en: 'Loan', ru: 'Кредит' },
  aid: { en: 'Aid', ru: 'Помощь' },
  contract_value: { en: 'Contract value', ru: 'Сумма контракта' },
  other: { en: 'Amount', ru: 'Сумма' },
};

function labelOf(measure: FigureMeasure, kind: FigureKind, year: number | null): { en: string; ru: string } {
  const base = MEASURE_LABELS[measure];
  const en = [base.en, kind === 'target' ? 'target' : null, year ? `in ${year}` : null]
    .filter(Boolean)
    .join(', ');
  const ru = [base.ru, kind === 'target' ? 'цель' : null, year ? `в ${year} г.` : null]
    .filter(Boolean)
    .join(', ');
  return { en, ru };
}
