import { foldCyrillic } from './kazakh-inflection.ts';

// Russian nouns, names and adjectives change their endings with case ("Монголией", "Токаевым",
// "казахстанско-китайские"). Rather than a full morphology (az costs 116 MB and mis-parses foreign names,
// NOTES-LIBRARIES), a form is reduced to stems by taking off possible inflectional endings; a text word
// names a gazetteer entry when one of its stems equals one of the entry's stems.

const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ием',
  'иям',
  'иях',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ой',
  'ом',
  'ем',
  'ам',
  'ям',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ым',
  'им',
  'ых',
  'их',
  'ия',
  'ию',
  'ии',
  'ья',
  'ью',
  'ье',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
];
const MIN_STEM = 3;

/** Lowercased, ё as е, and Kazakh letters as their Russian neighbours (see kazakh-inflection). */
export function normaliseRussian(word: string): string {
  return foldCyrillic(word);
}

/** The word itself and every stem left after taking off one inflectional ending. */
export function russianStems(word: string): string[] {
  const w = normaliseRussian(word);
  const stems = [w];
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) stems.push(w.slice(0, -ending.length));
  }
  return stems;
}

// Hyphenated names decline only in the last part in most cases ("Нур-Султане"), but both parts in
// Kazakh double first names ("Касым-Жомарта"): stems are made of each part.
export function russianWordStems(word: string): string[] {
  const parts = word.split(/[-‐]/);
  if (parts.length === 1) return russianStems(word);
  const last = parts.pop() ?? '';
  const heads = parts.map((p) => russianStems(p));
  const combos = heads.reduce<string[]>(
    (acc, stems) => acc.flatMap((a) => stems.map((s) => (a ? `${a}-${s}` : s))),
    [''],
  );
  return combos.flatMap((head) => russianStems(last).map((tail) => `${head}-${tail}`));
}
