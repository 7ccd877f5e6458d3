/**
 * One spelling for the many ways a name is written in Latin letters, so that "tokaev", "Tokayev" and
 * «Токаев» meet. Cyrillic (Russian and Kazakh letters) is transliterated first, then the variants that
 * transliteration schemes and the press disagree on are folded away. Both sides of a search go through it;
 * it makes a search key, never a text anyone reads.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

// Order matters: digraphs before the letters they contain, doubled letters last.
const FOLDS: readonly [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'], // Жомарт: Zhomart, Jomart, Dzhomart
  [/kh/g, 'h'], // Хурэлсух: Khurelsukh, Hurelsuh
  [/q/g, 'k'], // Qazaqstan
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/(^|[^a-z]|[aeiou])y(?=[aeiou])/g, '$1'], // Tokayev/Токаев, Yerlan/Ерлан, Mongoliya/Mongolia
  [/iy(?![a-z])/g, 'i'], // Dmitriy/Dmitri
  [/([a-z])\1+/g, '$1'], // Kassym/Касым
];

/** Lowercase text (accents already stripped) in its folded Latin form. */
export function foldToLatin(text: string): string {
  let latin = '';
  for (const char of text) latin += CYRILLIC[char] ?? char;
  for (const [pattern, replacement] of FOLDS) latin = latin.replace(pattern, replacement);
  return latin;
}
