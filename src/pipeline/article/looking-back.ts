import type { Locale } from '../locales/index.ts';

// A sentence that looks back at another event or only mentions it ("after his visit in October last year",
// "он напомнил"): its dates, types and signings belong to other events. The cue words are the locale's,
// tested on the lowercased sentence (the case-insensitive flag is the costly way).
export function isLookingBack(sentence: string, locale: Locale): boolean {
  return locale.lookingBack.test(sentence.toLowerCase());
}
