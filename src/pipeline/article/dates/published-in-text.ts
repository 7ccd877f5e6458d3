import type { Locale } from '../../locales/index.ts';
import { isDatelineMention } from '../dateline.ts';
import type { Sentence } from '../sentences.ts';
import type { DateParsers } from './create-date-parsers.ts';
import { type DateMention, findDateMentions } from './find-date-mentions.ts';
import { addDays } from './resolve-event-date.ts';

// A story saved with no page date may still say the day it was filed: "Об этом сегодня, 5 марта 2026 года,
// рассказали…" (today, and the date written out), a wire dateline with its year ("ASTANA, Sept. 14, 2022
// (Xinhua) --"), or a dateline's day and month that the text writes out in full elsewhere (a photo caption).
// Only a year the text writes counts: a filing day is never worked out from who held office.

/** The sentences that may say so: the story's opening and every sentence with "today" or "yesterday". */
const OPENING_PARAGRAPHS = 3;

export function publishedInText(
  sentences: Sentence[],
  locale: Locale,
  parsers: DateParsers,
  now: Date,
): string | null {
  const candidates = sentences.filter(
    (s) => s.paragraph < OPENING_PARAGRAPHS || locale.relativeDay.test(s.text.toLowerCase()),
  );
  if (candidates.length === 0) return null;
  const mentions = findDateMentions(candidates, locale, null, parsers, now);
  const written = mentions.filter((m) => m.precision === 'day' && !m.yearImplied && m.start === m.end);
  for (const mention of written) {
    const filed = besideRelativeDay(mention, locale, parsers);
    if (filed) return filed;
  }
  const dateline = mentions.find((m) => m.precision === 'day' && isDatelineMention(m));
  if (!dateline) return null;
  if (!dateline.yearImplied) return dateline.start;
  const dayOfYear = dateline.start.slice(4);
  return written.find((m) => m.start.slice(4) === dayOfYear)?.start ?? null;
}

// "сегодня, 5 марта 2026 года", "today (March 5, 2026)", "5 марта 2026 года, вчера": the word and the date
// stand together, with at most a comma, a bracket or a dash between them.
const NEAR = 24;

/** The filing day a written date beside "today" or "yesterday" gives: the date, shifted by that word. */
function besideRelativeDay(mention: DateMention, locale: Locale, parsers: DateParsers): string | null {
  const { sentence } = mention;
  const at = mention.index - sentence.start;
  const before = sentence.text.slice(Math.max(0, at - NEAR), at).toLowerCase();
  const after = sentence.text.slice(at + mention.text.length, at + mention.text.length + NEAR).toLowerCase();
  const word =
    new RegExp(`(${locale.relativeDay.source})[\\s,(–—-]{0,3}$`, 'u').exec(before)?.[1] ??
    new RegExp(`^[\\s,)–—-]{0,3}(${locale.relativeDay.source})`, 'u').exec(after)?.[1];
  const shifted = word
    ? parsers[locale.code]?.parse(word, new Date(`${mention.start}T12:00:00Z`))[0]
    : undefined;
  if (!shifted) return null;
  const { start } = shifted;
  const named = Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1);
  const days = Math.round((named - Date.parse(`${mention.start}T00:00:00Z`)) / 86_400_000);
  // The written date is the day the word names: the story was filed that many days after it.
  return addDays(mention.start, -days);
}
