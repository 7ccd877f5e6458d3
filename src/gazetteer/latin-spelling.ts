// Latin-script languages spell the same names their own way: German "Tokajew", "Nasarbajew",
// "Lukaschenko", "Kasachstan"; Turkish "Erdoğan", "Şevket"; English "Tokayev", "Kazakhstan". Folding the
// letters each language uses for one sound onto one spelling lets them meet; the case and number endings
// German adds ("Kasachstans", "Präsidenten") come off too.

/** Lowercased, one spelling per sound: sch/ş → sh, ç → ch, kh → ch, dsch → y, j → y, w → v, z → s; no marks. */
export function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ş/g, 'sh')
    .replace(/ç/g, 'ch')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/dsch/g, 'j')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/kh/g, 'ch')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
}

// German genitive, plural and adjective endings, and the feminine "-in" of offices ("Außenministerin").
const ENDINGS = ['es', 'en', 'er', 'em', 'in', 's', 'n', 'e'];
const MIN_STEM = 4;

/** The folded word and the stems left after taking off one German ending. */
export function latinStems(word: string): string[] {
  const folded = foldLatin(word);
  const stems = ENDINGS.filter((e) => folded.endsWith(e) && folded.length - e.length >= MIN_STEM).map((e) =>
    folded.slice(0, -e.length),
  );
  return [folded, ...stems];
}
