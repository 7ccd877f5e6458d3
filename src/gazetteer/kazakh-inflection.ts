// Kazakh writes names with its own letters (Тоқаев, Нұр-Сұлтан, Әлиев) and joins case endings to them
// ("Тоқаевпен", "Қытайдың", "Нұр-Сұлтанда", "Президенті"). Folding its letters onto their Russian
// neighbours makes a Kazakh spelling meet the gazetteer's Russian one; taking off up to two endings (a
// possessive or plural, then a case) leaves the stem.

const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** Lowercased, ё as е, Kazakh letters as their Russian neighbours. */
export function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(/[ёәғқңөұүһі]/g, (c) => (c === 'ё' ? 'е' : (FOLD[c] ?? c)));
}

// Folded, longest first. Case: genitive, dative, accusative, locative, ablative, instrumental, the
// attributive "-дағы" and the adjectival "-лық"; then possessive and plural.
const CASE_ENDINGS = [
  'ндагы',
  'ндеги',
  'дагы',
  'деги',
  'тагы',
  'теги',
  'менен',
  'пенен',
  'бенен',
  'нын',
  'нин',
  'дын',
  'дин',
  'тын',
  'тин',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'пен',
  'бен',
  'лык',
  'лик',
  'дык',
  'дик',
  'тык',
  'тик',
  'нда',
  'нде',
  'га',
  'ге',
  'ка',
  'ке',
  'на',
  'не',
  'ны',
  'ни',
  'ды',
  'ди',
  'ты',
  'ти',
  'да',
  'де',
  'та',
  'те',
  'а',
  'е',
  'н',
];
const STEM_ENDINGS = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'сы', 'си', 'ы', 'и'];
const MIN_STEM = 3;

function strip(word: string, endings: string[]): string[] {
  return endings
    .filter((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM)
    .map((e) => word.slice(0, -e.length));
}

/** The folded word and the stems left after taking off a Kazakh case ending and then a possessive or plural. */
export function kazakhStems(word: string): string[] {
  const folded = foldCyrillic(word);
  const afterCase = strip(folded, CASE_ENDINGS);
  const stems = [folded, ...afterCase, ...[folded, ...afterCase].flatMap((w) => strip(w, STEM_ENDINGS))];
  return [...new Set(stems)];
}
