// Names as a reader writes them and as the pipeline writes them differ in spelling (Tokayev / Tokaev,
// Khürelsükh / Khurelsukh) and in order (Mongolian names): two names are taken for one person when the last
// distinctive word of one is a word of the other, compared by consonant skeletons. Given names alone never
// decide (Vladimir Putin is not Vladimir Voronin), nor do given names shared by many people.

const COMMON_WORDS = new Set(
  [
    'mohammed',
    'muhammad',
    'mohamed',
    'mohammad',
    'ahmed',
    'abdullah',
    'sheikh',
    'shaikh',
    'prince',
    'king',
    'emir',
    'мухаммед',
    'мухаммад',
    'мохаммед',
    'ахмед',
    'абдулла',
    'шейх',
    'принц',
    'король',
    'эмир',
  ].map(skeleton),
);

/** The word's letters without diacritics, vowels and the letters spellings add or drop (y, h, j, й, ь). */
export function skeleton(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')
    .replace(/[aeiouyhjwаеёиоуыэюяйьъ]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The distinctive words of a name, as skeletons, in order. */
export function nameKeys(name: string): string[] {
  const words = name.split(/[\s\-‐–'’.]+/u).filter((w) => [...w].length >= 4);
  return words.map(skeleton).filter((k) => k.length >= 2 && !COMMON_WORDS.has(k));
}

export function sameName(a: string, b: string): boolean {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return true;
  const [keysA, keysB] = [nameKeys(a), nameKeys(b)];
  const lastA = keysA.at(-1);
  const lastB = keysB.at(-1);
  return (lastA !== undefined && keysB.includes(lastA)) || (lastB !== undefined && keysA.includes(lastB));
}
