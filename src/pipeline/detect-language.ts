import { loadOnFirstUse } from './load-on-first-use.ts';

const tinyld = loadOnFirstUse<typeof import('tinyld')>('tinyld');

// Letters are counted by deleting everything else (a match list of every letter costs twice as much).
const NOT_CYRILLIC = /\P{Script=Cyrillic}+/gu;
const NOT_LATIN = /\P{Script=Latin}+/gu;
const NOT_KAZAKH_LETTERS = /[^әғқңөұүһ]+/giu;
const NOT_UKRAINIAN_LETTERS = /[^їєґі]+/giu;
// Letters Russian has and its Cyrillic neighbours lack (ы, э: not in Bulgarian, Serbian, Macedonian,
// Ukrainian); Belarusian has them too but also ў/і, caught above.
const NOT_RUSSIAN_ONLY = /[^ыэ]+/giu;
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
  const cyrillic = countOf(sample, NOT_CYRILLIC);
  const latin = countOf(sample, NOT_LATIN);
  if (cyrillic + latin < MIN_LETTERS) return 'und';
  if (cyrillic >= latin) {
    if (countOf(sample, NOT_KAZAKH_LETTERS) / cyrillic > 0.01) return 'kk';
    if (countOf(sample, NOT_UKRAINIAN_LETTERS) / cyrillic > 0.003) return 'uk';
    if (countOf(sample, NOT_RUSSIAN_ONLY) / cyrillic > 0.005 && !NOT_RUSSIAN.test(sample)) return 'ru';
    const guess = tinyld().detect(sample, { only: ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk'] });
    return guess || 'ru';
  }
  // Running English has its function words everywhere; anything else goes to tinyld.
  const words = sample.split(/\s+/).length;
  if ((sample.match(ENGLISH_WORDS)?.length ?? 0) / words > 0.05) return 'en';
  const guess = tinyld().detect(sample);
  return guess || 'und';
}

/** How many UTF-16 units the pattern of everything else leaves: one per letter of the scripts counted here. */
function countOf(text: string, everythingElse: RegExp): number {
  return text.replace(everythingElse, '').length;
}
