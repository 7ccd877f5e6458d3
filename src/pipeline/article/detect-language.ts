import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { loadOnFirstUse } from '../node/load-on-first-use.ts';
import { isPlainly } from './brief-language.ts';

const tinyld = loadOnFirstUse<typeof import('tinyld')>('tinyld');

// Letters are counted by deleting everything else (a match list of every letter costs twice as much).
const NOT_CYRILLIC = /\P{Script=Cyrillic}+/gu;
const NOT_LATIN = /\P{Script=Latin}+/gu;
const NOT_A_LETTER = /\P{L}+/gu;
const NOT_KAZAKH_LETTERS = /[^әғқңөұүһ]+/giu;
const NOT_UKRAINIAN_LETTERS = /[^їєґі]+/giu;
// Letters Russian has and its Cyrillic neighbours lack (ы, э: not in Bulgarian, Serbian, Macedonian,
// Ukrainian); Belarusian has them too but also ў/і, caught above.
const NOT_RUSSIAN_ONLY = /[^ыэ]+/giu;
const NOT_RUSSIAN = /[ўјљњћџѓќѕ]/iu;
const ENGLISH_WORDS = /\b(?:the|and|with|that|was|were|has|have|this|from|which)\b/gi;
const MIN_LETTERS = 20;
const UZBEK_LATIN = /[OoGg][‘ʻ’'`]/gu;
// Words Uzbek writes in every few sentences and Turkish, Azerbaijani or Turkmen do not spell so.
const UZBEK_WORDS =
  /(?<![\p{L}\p{M}])(?:bilan|uchun|hamda|qildi|bo[‘ʻ’'`]yicha|yilda|davlat|rahbari|tashrif|muzokaralar)(?![\p{L}\p{M}])/giu;
// ə is Azerbaijani's own letter: Turkish, Turkmen and the Latin Kazakh and Tatar alphabets write ä.
const NOT_AZERBAIJANI_LETTERS = /[^ə]+/giu;
// Letters that only some of Russia's Cyrillic neighbours write: they tell those apart before the letters
// they share with Kazakh (қ, ғ, ө, ү) would take them all for Kazakh.
const NOT_KAZAKH_ONLY = /[^әұ]+/giu;
const NOT_TAJIK = /[^ҷӣӯ]+/giu;
const NOT_UZBEK_OR_BELARUSIAN = /[^ўҳ]+/giu;
const NOT_MONGOLIAN_OR_KYRGYZ = /[^өү]+/giu;
const QAZAQ_OR_UZBEK = /[қғ]/iu;
// Below this many words n-grams are mostly of names; a brief's own words decide first.
const BRIEF_WORDS = 60;
const WORD = /[\p{L}\p{M}]+/gu;

/** The gazetteer's name matchers: the names they find tell nothing of the language around them. */
export type NameFinders = Pick<Gazetteer, 'officialNames' | 'cityNames' | 'countryNames'>;

/**
 * ISO 639-1 code of an article's language. The script decides first (NOTES: tinyld alone confuses short
 * Russian with Bulgarian); tinyld then picks within that script. Anything that is not clearly Russian
 * or English keeps its own code: such articles are shown, never guessed into ru/en.
 */
export function detectLanguage(text: string, names?: NameFinders): string {
  // A couple of paragraphs decide as well as the whole text, at a fraction of tinyld's cost.
  const sample = text.slice(0, 1500);
  const cyrillic = countOf(sample, NOT_CYRILLIC);
  const latin = countOf(sample, NOT_LATIN);
  if (cyrillic + latin < MIN_LETTERS) {
    // Another script (Chinese, Arabic): tinyld names it, so the article says in what it is written.
    const letters = countOf(sample, NOT_A_LETTER);
    return letters >= MIN_LETTERS ? tinyld().detect(sample) || 'und' : 'und';
  }
  const script = cyrillic >= latin ? 'ru' : 'en';
  const briefWords = (names ? withoutNames(sample, names) : sample).match(WORD) ?? [];
  if (briefWords.length < BRIEF_WORDS && isPlainly(script, briefWords)) return script;
  if (script === 'ru') {
    const other = cyrillicNeighbour(sample, cyrillic);
    if (other) return other;
    if (countOf(sample, NOT_KAZAKH_LETTERS) / cyrillic > 0.01) return 'kk';
    if (countOf(sample, NOT_UKRAINIAN_LETTERS) / cyrillic > 0.003) return 'uk';
    if (countOf(sample, NOT_RUSSIAN_ONLY) / cyrillic > 0.005 && !NOT_RUSSIAN.test(sample)) return 'ru';
    const guess = tinyld().detect(sample, { only: ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk'] });
    return guess || 'ru';
  }
  // Uzbek's o‘ and g‘ (with a turned comma, a modifier letter or an apostrophe): tinyld takes it for Esperanto.
  if ((sample.match(UZBEK_LATIN)?.length ?? 0) >= 3) return 'uz';
  // tinyld has no Azerbaijani and takes it for Turkish, and reads Uzbek with few o‘ and g‘ as Tagalog.
  if (countOf(sample, NOT_AZERBAIJANI_LETTERS) / latin > 0.01) return 'az';
  if ((sample.match(UZBEK_WORDS)?.length ?? 0) >= 3) return 'uz';
  // Running English has its function words everywhere; anything else goes to tinyld.
  const words = sample.split(/\s+/).length;
  if ((sample.match(ENGLISH_WORDS)?.length ?? 0) / words > 0.05) return 'en';
  const guess = tinyld().detect(sample);
  return guess || 'und';
}

// "Ursula von der Leyen", "Mohamed bin Zayed": a name's small words are no evidence of German or Arabic.
function cyrillicNeighbour(sample: string, cyrillic: number): string | null {
  const share = (notThese: RegExp) => countOf(sample, notThese) / cyrillic;
  if (share(NOT_KAZAKH_ONLY) > 0.003) return null;
  if (share(NOT_TAJIK) > 0.003) return 'tg';
  if (share(NOT_UZBEK_OR_BELARUSIAN) > 0.003) return QAZAQ_OR_UZBEK.test(sample) ? 'uz' : 'be';
  // Mongolian and Kyrgyz write ө and ү but neither ә nor ұ; tinyld tells the two apart.
  if (share(NOT_MONGOLIAN_OR_KYRGYZ) > 0.01 && !QAZAQ_OR_UZBEK.test(sample)) {
    return tinyld().detect(sample, { only: ['mn', 'ky'] }) || 'mn';
  }
  return null;
}

function withoutNames(sample: string, names: NameFinders): string {
  const tokens = names.officialNames.words.tokenize(sample);
  const spans = [names.officialNames, names.cityNames, names.countryNames].flatMap((m) =>
    m.find(sample, tokens),
  );
  let kept = sample;
  for (const { start, end } of spans) kept = kept.slice(0, start) + ' '.repeat(end - start) + kept.slice(end);
  return kept;
}

/** How many UTF-16 units the pattern of everything else leaves: one per letter of the scripts counted here. */
function countOf(text: string, everythingElse: RegExp): number {
  return text.replace(everythingElse, '').length;
}
