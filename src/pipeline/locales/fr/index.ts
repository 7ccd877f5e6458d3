import type { Locale } from '../locale.ts';

// Work in progress: no event words yet, so no article in this language is placed.
export const fr: Locale = {
  code: 'fr',
  eventTriggers: [],
  visitAsFrame: /(?!)/u,
  future: /(?!)/u,
  lookingBack: /(?!)/u,
  relativeDay: /(?!)/u,
  dateWord: /(?!)/u,
  notAPartyBefore: /(?!)/u,
};
