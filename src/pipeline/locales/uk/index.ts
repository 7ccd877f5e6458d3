import type { Locale } from '../locale.ts';

// Work in progress: no event words yet, so no article in this language is placed.
export const uk: Locale = {
  code: 'uk',
  eventTriggers: [],
  visitAsFrame: /(?!)/u,
  future: /(?!)/u,
  lookingBack: /(?!)/u,
  relativeDay: /(?!)/u,
  dateWord: /(?!)/u,
  notAPartyBefore: /(?!)/u,
};
