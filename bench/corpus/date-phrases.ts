import {
  addDays,
  dayParts,
  EN_MONTHS,
  EN_MONTHS_AP,
  RU_MONTHS_GENITIVE,
  RU_MONTHS_PREPOSITIONAL,
} from './calendar.ts';
import type { DiplomaticEventPlan } from './diplomatic-event.ts';
import type { Language } from './page-chrome.ts';
import type { Random } from './prng.ts';

/** How the story says when the event happened. */
export type EventDatePhrase = 'today' | 'yesterday' | 'day' | 'range' | 'month' | 'none';

/** How the page says when the story was published (undated stories have none of these). */
export type PublicationStamp = 'header' | 'published-line' | 'dateline' | 'none';

export interface ReportDating {
  published: string;
  phrase: EventDatePhrase;
  stamps: PublicationStamp[];
}

/** Picks a publication day and the phrasing; `undated` stories say neither when they were written nor when it happened. */
export function chooseDating(
  random: Random,
  event: DiplomaticEventPlan,
  options: { undated: boolean; daysAfter?: number },
): ReportDating {
  if (event.planned) {
    return { published: addDays(event.start, -random.int(2, 20)), phrase: 'day', stamps: stamps(random) };
  }
  if (options.undated) return { published: event.start, phrase: 'none', stamps: [] };
  const phrase = random.weighted<EventDatePhrase>([
    ['today', 3],
    ['yesterday', 2],
    ['day', 4],
    ['range', event.end === event.start ? 0 : 3],
    ['month', 1],
    ['none', 2],
  ]);
  const lag =
    options.daysAfter ??
    {
      today: 0,
      yesterday: 1,
      day: random.int(0, 2),
      range: random.int(0, 3),
      month: random.int(0, 20),
      none: 0,
    }[phrase];
  const published = addDays(phrase === 'range' ? event.end : event.start, lag);
  return {
    published,
    phrase: options.daysAfter && phrase === 'today' ? 'yesterday' : phrase,
    stamps: stamps(random),
  };
}

function stamps(random: Random): PublicationStamp[] {
  const chosen: PublicationStamp[] = [];
  if (random.chance(0.4)) chosen.push('header');
  if (random.chance(0.25)) chosen.push('published-line');
  if (random.chance(0.2)) chosen.push('dateline');
  return chosen;
}

/** The words for the event's date, or '' when the story gives none. */
export function eventDateWords(language: Language, dating: ReportDating, event: DiplomaticEventPlan): string {
  const start = dayParts(event.start);
  const end = dayParts(event.end);
  const withYear = dating.published.slice(0, 4) !== event.start.slice(0, 4);
  if (language === 'ru') {
    const year = withYear ? ` ${start.year} года` : '';
    switch (dating.phrase) {
      case 'today':
        return 'сегодня';
      case 'yesterday':
        return 'вчера';
      case 'day':
        return `${start.day} ${RU_MONTHS_GENITIVE[start.month]}${year}`;
      case 'range':
        return start.month === end.month
          ? `${start.day}–${end.day} ${RU_MONTHS_GENITIVE[end.month]}${year}`
          : `${start.day} ${RU_MONTHS_GENITIVE[start.month]} – ${end.day} ${RU_MONTHS_GENITIVE[end.month]}${year}`;
      case 'month':
        return `в ${RU_MONTHS_PREPOSITIONAL[start.month]}${withYear ? ` ${start.year} года` : ''}`;
      case 'none':
        return '';
    }
  }
  const year = withYear ? `, ${start.year}` : '';
  switch (dating.phrase) {
    case 'today':
      return 'today';
    case 'yesterday':
      return 'yesterday';
    case 'day':
      return `on ${EN_MONTHS[start.month]} ${start.day}${year}`;
    case 'range':
      return start.month === end.month
        ? `on ${EN_MONTHS_AP[start.month]} ${start.day}-${end.day}${year}`
        : `from ${EN_MONTHS[start.month]} ${start.day} to ${EN_MONTHS[end.month]} ${end.day}${year}`;
    case 'month':
      return `in ${EN_MONTHS[start.month]}${withYear ? ` ${start.year}` : ''}`;
    case 'none':
      return '';
  }
}

/** "Опубликовано 8 апреля 2021 в 11:08" / "Published April 8, 2021 11:08". */
export function publishedLine(random: Random, language: Language, published: string): string {
  const { year, month, day } = dayParts(published);
  const time = `${String(random.int(7, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  return language === 'ru'
    ? `Опубликовано ${day} ${RU_MONTHS_GENITIVE[month]} ${year} в ${time}`
    : `Published ${EN_MONTHS[month]} ${day}, ${year} ${time}`;
}

/** "ASTANA, Kazakhstan, September 5. " / "АСТАНА, 5 сентября. " */
export function dateline(language: Language, published: string, city: string, country: string): string {
  const { month, day } = dayParts(published);
  return language === 'ru'
    ? `${city.toUpperCase()}, ${day} ${RU_MONTHS_GENITIVE[month]}. `
    : `${city.toUpperCase()}, ${country}, ${EN_MONTHS[month]} ${day}. `;
}
