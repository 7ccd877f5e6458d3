// Month names as they appear in running text, any case: "в октябре", "октября", "Oct.", "October".
export const RU_MONTH_PATTERN =
  '(январ[ьяюе]|феврал[ьяюе]|март[ае]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|август[ае]?|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])';
export const EN_MONTH_PATTERN =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';

const RU_MONTH_STEMS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const EN_MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-based month of a Russian or English month word matched by the patterns above. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase();
  const stems = /[а-яё]/.test(w) ? RU_MONTH_STEMS : EN_MONTH_STEMS;
  // "ма" is a prefix of no other Russian month, but "мар" starts with it: test longer stems first.
  const index = stems
    .map((stem, i) => [stem, i] as const)
    .sort((a, b) => b[0].length - a[0].length)
    .find(([stem]) => w.startsWith(stem))?.[1];
  if (index === undefined) throw new Error(`not a month: ${word}`);
  return index + 1;
}
