import type { EventType } from '#schema';
import type { Sentence } from './sentences.ts';

// Words that report each kind of event. Order matters: it is the priority when one sentence has several
// ("held talks ... where the SCO summit is taking place" is talks; "after the talks, signed" is talks).
const TRIGGERS: Array<[EventType, RegExp]> = [
  [
    'phone_call',
    /телефонн\p{L}*\s+(?:разговор|переговор|беседу|беседа)|по телефону|созвонил|phone\s+(?:call|conversation|talks)|telephone\s+(?:call|conversation|talks)|(?:spoke|talked)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|held\s+a\s+call/iu,
  ],
  ['talks', /переговор|\btalks\b|negotiations/iu],
  ['meeting', /встреч|встрети|провел\p{L}*\s+беседу|\bmet\b|\bmeets?\b|meeting/iu],
  [
    'meeting',
    // "received" / "принял" count only with a visitor after them: "принял закон" is no meeting.
    /[Пп]ринял[аи]?\s+(?:в\s+\p{Lu}\p{L}+\s+)?(?:министр|посл|делегаци|глав|председател|президент|премьер|генеральн|спикер|вице|заместител|корол|эмир|канцлер|верховн|наследн|\p{Lu})|\b[Rr]eceived\s+(?:the\s+|a\s+)?(?:[Ff]oreign|[Pp]rime|[Pp]resident|[Aa]mbassador|[Dd]elegation|[Mm]inister|[Ss]peaker|[Cc]hairman|[Ss]ecretary|[Vv]ice|[Dd]eputy|[Kk]ing|[Ee]mir|[Cc]hancellor|[Cc]rown|[A-Z])/u,
  ],
  ['summit', /саммит|summit/iu],
  ['visit', /визит|посети|посещени|прибыл|\bvisit|arrived|arrives/iu],
  ['agreement_signing', /подписал\p{L}*|подписан[аоы]?(?![\p{L}])|\bsigned\b|\binked\b/iu],
];

// An announced event: "will pay a state visit", "посетит", "состоится", "планирует".
const FUTURE =
  /\bwill\b|\bto\s+(?:visit|hold|meet)\b|is\s+(?:scheduled|expected|set)\s+to|посетит|проведут|проведет|проведёт|состоится|состоятся|пройдет|пройдёт|планиру|намерен|запланирован|встретится|примет участие|отправится/iu;

// Sentences that look back at another event or only mention it.
const LOOKING_BACK =
  /прошл\p{L}*\s+год|позапрошл|ранее|напомн|упомян|в сво[её] время|previously|earlier|last year|recalled|mentioned|in the past|\bago\b/iu;

export function typesIn(sentence: string): EventType[] {
  return [...new Set(TRIGGERS.filter(([, pattern]) => pattern.test(sentence)).map(([type]) => type))];
}

export function isLookingBack(sentence: string): boolean {
  return LOOKING_BACK.test(sentence);
}

export function isFutureTense(sentence: string): boolean {
  return FUTURE.test(sentence);
}

export interface EventClassification {
  type: EventType;
  types: EventType[];
  eventSentence: Sentence;
}

/**
 * The event an article reports: its type comes from the first sentence that reports one (with an actor in it),
 * further types from the other sentences that are neither quotes nor looking back at other events.
 */
export function classifyEvent(
  sentences: Sentence[],
  hasActor: (sentence: Sentence) => boolean,
  isQuotedSentence: (sentence: Sentence) => boolean,
): EventClassification | null {
  const reporting = sentences.filter((s) => !isQuotedSentence(s) && !isLookingBack(s.text));
  const eventSentence = reporting.find((s) => typesIn(s.text).length > 0 && hasActor(s));
  const type = eventSentence && typesIn(eventSentence.text)[0];
  if (!eventSentence || !type) return null;
  const types = new Set<EventType>([type]);
  for (const sentence of reporting) for (const t of typesIn(sentence.text)) types.add(t);
  return { type, types: [...types], eventSentence };
}
