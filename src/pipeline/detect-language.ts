import { detect } from 'tinyld';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const KAZAKH_LETTERS = /[әғқңөұүһ]/giu;
const UKRAINIAN_LETTERS = /[їєґі]/giu;
// Letters Russian has and its Cyrillic neighbours lack (ы, э: not in Bulgarian, Serbian, Macedonian,
// Ukrainian); Belarusian has them too but also ў/і, caught above.
const RUSSIAN_ONLY = /[ыэ]/giu;
const NOT_RUSSIAN = /[ўјљњћџѓќѕ]/iu;
const ENGLISH_WORDS = /\b(?:the|and|with|that|was|were|has|have|this|from|which)\b/gi;
const MIN_LETTERS = 20;

/**
 * ISO 639-1 code of an article's language. The script decides first (NOTES: tinyld alone confuses short
 * Russian with Bulgarian); tinyld then picks within that script. Anything that is not clearly Russian
 * or English keeps its own code: such articles are shown, never guessed into ru/en.
 */
export function detectLanguage(text: string): string {
  // A couple of paragraphs decide as well as the whole text, at a fraction of tinyld's cost.
  const sample = text.slice(0, 1500);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic + latin < MIN_LETTERS) return 'und';
  if (cyrillic >= latin) {
    const kazakh = sample.match(KAZAKH_LETTERS)?.length ?? 0;
    if (kazakh / cyrillic > 0.01) return 'kk';
    if ((sample.match(UKRAINIAN_LETTERS)?.length ?? 0) / cyrillic > 0.003) return 'uk';
    if ((sample.match(RUSSIAN_ONLY)?.length ?? 0) / cyrillic > 0.005 && !NOT_RUSSIAN.test(sample))
      return 'ru';
    const guess = detect(sample, { only: ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk'] });
    return guess || 'ru';
  }
  // Running English has its function words everywhere; anything else goes to tinyld.
  const words = sample.split(/\s+/).length;
  if ((sample.match(ENGLISH_WORDS)?.length ?? 0) / words > 0.05) return 'en';
  const guess = detect(sample);
  return guess || 'und';
}
