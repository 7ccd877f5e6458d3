import type { Figure } from '#schema';

export type CompactDisplay = 'short' | 'long';

/**
 * A money figure in compact form: "$500 million" in English, "500 млн $" in Russian.
 * Intl's compact currency format is always short ("$500M"); where the translation asks for the long form,
 * the number part is replaced by the long compact number while keeping the locale's currency placement.
 */
export function formatMoney(
  figure: Pick<Figure, 'amount' | 'currency'>,
  lng: string,
  display: CompactDisplay,
): string {
  let currency: Intl.NumberFormat;
  try {
    currency = new Intl.NumberFormat(lng, {
      style: 'currency',
      currency: figure.currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
  } catch {
    // Not an ISO 4217 code ("units", "tonnes"): show the number and the unit as they are.
    return `${new Intl.NumberFormat(lng, { notation: 'compact' }).format(figure.amount)} ${figure.currency}`;
  }
  if (display === 'short') return currency.format(figure.amount);
  const longNumber = new Intl.NumberFormat(lng, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const parts = currency.formatToParts(figure.amount);
  const numeric = new Set(['integer', 'group', 'decimal', 'fraction', 'compact', 'minusSign']);
  const first = parts.findIndex((part) => numeric.has(part.type));
  let last = first;
  parts.forEach((part, index) => {
    if (numeric.has(part.type)) last = index;
  });
  if (first < 0) return currency.format(figure.amount);
  const before = parts.slice(0, first).map((p) => p.value);
  const after = parts.slice(last + 1).map((p) => p.value);
  return [...before, longNumber.format(figure.amount), ...after].join('');
}
