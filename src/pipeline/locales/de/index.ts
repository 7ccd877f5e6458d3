import type { Locale } from '../locale.ts';

export const de: Locale = {
  code: 'de',
  eventTriggers: [
    { type: 'phone_call', pattern: /telefon(?:iert|at|gespräch|isch)|videokonferenz|videoschalte/u },
    { type: 'talks', pattern: /verhandlung|gespräch|beratung/u },
    {
      type: 'meeting',
      pattern:
        /\btreffen|\btraf(?:en)?\b|\btrifft\b|(?<!ein)getroffen|zusammentreffen|empf(?:ing|ängt|angen)/u,
    },
    { type: 'summit', pattern: /gipfel/u },
    { type: 'visit', pattern: /besuch|eingetroffen|\breist\p{L}*|gereist|visite/u },
    { type: 'agreement_signing', pattern: /unterzeichn|unterschrieben/u },
  ],
  visitAsFrame: /(?:im\s+rahmen|während|anlässlich)\s+(?:\p{L}+\s+){0,3}\p{L}*besuch/u,
  future: /\bwird\b|\bwerden\b|\bsoll(?:en)?\b|geplant|erwartet|\bplant\b|bevorstehend/u,
  lookingBack:
    /vergangen\p{L}*\s+jahr|vorjahr|zuvor|früher|damals|erinnert|bereits\s+im|\bvor\s+\p{L}+\s+jahren/u,
  relativeDay: /heute|gestern|morgen|vorgestern|übermorgen/u,
  dateWord:
    /januar|jänner|februar|märz|april|\bmai\b|juni|juli|august|september|oktober|november|dezember|heute|gestern|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag/u,
  notAPartyBefore:
    /(?:lage|situation|krise|konflikt|krieg\p{L}*|frieden\p{L}*|sicherheit|stabilität|entwicklung\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:in|im|um|auf|mit|für|der|des)\s+(?:der\s+|die\s+|dem\s+)?$|(?:aus|von|über|nach\s+\p{L}+\s+in)\s+$/u,
  ownAccount: /(?<!\p{L})ich\s+(?:habe|bin|war|hatte|besuchte|traf|reiste)(?!\p{L})/u,
  headsOfState: /staatschefs|staats-\s+und\s+regierungschefs|präsidenten\s+der/u,
};
