import { detect } from 'tinyld';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const KAZAKH_LETTERS = /[әғқңөұүһ]/giu;
const UKRAINIAN_LETTERS = /[їєґі]/giu;
const MIN_LETTERS = 20;

/**
 * ISO 639-1 code of an article's language. The script decides first (NOTES: tinyld alone confuses short
 * Russian with Bulgarian); tinyld then picks within that script. Anything that is not clearly Russian
 * or English keeps its own code: such articles are shown, never guessed into ru/en.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic + latin < MIN_LETTERS) return 'und';
  if (cyrillic >= latin) {
    const kazakh = sample.match(KAZAKH_LETTERS)?.length ?? 0;
    if (kazakh / cyrillic > 0.01) return 'kk';
    if ((sample.match(UKRAINIAN_LETTERS)?.length ?? 0) / cyrillic > 0.003) return 'uk';
    const guess = detect(sample, { only: ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk'] });
    return guess || 'ru';
  }
  const guess = detect(sample);
  return guess || 'und';
}
