import type { EventType } from '#schema';
import { isLookingBack } from './looking-back.ts';
import type { Sentence } from './sentences.ts';

// Words that report each kind of event. Order matters: it is the priority when one sentence has several
// ("held talks ... where the SCO summit is taking place" is talks; "after the talks, signed" is talks).
// The patterns are lowercase and tested on the lowercased sentence: V8's case-insensitive matching of
// Cyrillic alternations costs five times as much. Only "received" reads capitals and sees the sentence as is.
const TRIGGERS: Array<[EventType, RegExp, 'lowercased' | 'as-written']> = [
  [
    'phone_call',
    /телефонн\p{L}*\s+(?:разговор|переговор|беседу|беседа)|по телефону|созвонил|phone\s+(?:call|conversation|talks)|telephone\s+(?:call|conversation|talks)|(?:spoke|talked)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|held\s+a\s+call/u,
    'lowercased',
  ],
  ['talks', /переговор|\btalks\b|negotiations/u, 'lowercased'],
  ['meeting', /встреч|встрети|провел\p{L}*\s+беседу|\bmet\b|\bmeets?\b|meeting/u, 'lowercased'],
  [
    'meeting',
    // "received" / "принял" count only with a visitor after them: "принял закон" is no meeting.
    /[Пп]ринял[аи]?\s+(?:в\s+\p{Lu}\p{L}+\s+)?(?:министр|посл|делегаци|глав|председател|президент|премьер|генеральн|спикер|вице|заместител|корол|эмир|канцлер|верховн|наследн|\p{Lu})|\b[Rr]eceived\s+(?:the\s+|a\s+)?(?:[Ff]oreign|[Pp]rime|[Pp]resident|[Aa]mbassador|[Dd]elegation|[Mm]inister|[Ss]peaker|[Cc]hairman|[Ss]ecretary|[Vv]ice|[Dd]eputy|[Kk]ing|[Ee]mir|[Cc]hancellor|[Cc]rown|[A-Z])/u,
    'as-written',
  ],
  ['summit', /саммит|summit/u, 'lowercased'],
  ['visit', /визит|посети|посещени|прибыл|\bvisit|arrived|arrives/u, 'lowercased'],
  ['agreement_signing', /подписал\p{L}*|подписан[аоы]?(?![\p{L}])|\bsigned\b|\binked\b/u, 'lowercased'],
];

// An announced event: "will pay a state visit", "посетит", "состоится", "планирует".
const FUTURE =
  /\bwill\b|\bto\s+(?:visit|hold|meet)\b|is\s+(?:scheduled|expected|set)\s+to|посетит|проведут|проведет|проведёт|состоится|состоятся|пройдет|пройдёт|планиру|намерен|запланирован|встретится|примет участие|отправится/u;

export function typesIn(sentence: string): EventType[] {
  const lower = sentence.toLowerCase();
  const types = new Set<EventType>();
  for (const [type, pattern, reads] of TRIGGERS) {
    if (pattern.test(reads === 'lowercased' ? lower : sentence)) types.add(type);
  }
  return [...types];
}

export function isFutureTense(sentence: string): boolean {
  return FUTURE.test(sentence.toLowerCase());
}

export interface EventClassification {
  type: EventType;
  types: EventType[];
  eventSentence: Sentence;
}

/** Sentences that report rather than quote someone or look back at another event. */
export function reportingSentences(
  sentences: Sentence[],
  isQuotedSentence: (s: Sentence) => boolean,
): Sentence[] {
  return sentences.filter((s) => !isQuotedSentence(s) && !isLookingBack(s.text));
}

/**
 * The event an article reports, read from its reporting sentences (the caller leaves out quotes and
 * sentences looking back at other events, and orders them as they should be tried): the type comes from
 * the first sentence that reports an event with an actor in it, further types from all the others.
 */
export function classifyEvent(
  reporting: Sentence[],
  hasActor: (sentence: Sentence) => boolean,
): EventClassification | null {
  const typed = reporting.map((sentence) => ({ sentence, types: typesIn(sentence.text) }));
  const first = typed.find(({ sentence, types }) => types.length > 0 && hasActor(sentence));
  const type = first?.types[0];
  if (!first || !type) return null;
  const types = new Set<EventType>([type, ...typed.flatMap((t) => t.types)]);
  return { type, types: [...types], eventSentence: first.sentence };
}
