import type { EventDate, EventType } from '#schema';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Locale } from '../locales/index.ts';
import { typesIn } from './classify-event.ts';
import type { DateMention } from './dates/find-date-mentions.ts';
import type { Entities, Span } from './find-entities.ts';
import { isLookingBack } from './looking-back.ts';
import { inSentences, type Sentence } from './sentences.ts';

/**
 * An earlier event an article recalls with its date ("after his visit to Mongolia in October last year").
 * Such a recollection can date another article that reports that event but states no date of its own.
 */
export interface RecalledEvent {
  date: EventDate;
  type: EventType;
  countries: string[];
  participantIds: string[];
  sentence: Sentence;
}

export function findRecalledEvents(
  mentions: DateMention[],
  chosen: DateMention | undefined,
  entities: Entities,
  gazetteer: Gazetteer,
  locale: Locale,
): RecalledEvent[] {
  const recalled: RecalledEvent[] = [];
  for (const mention of mentions) {
    const { sentence } = mention;
    if (
      mention === chosen ||
      mention.relative ||
      mention.yearUnknown ||
      mention.precision === 'year' ||
      !isLookingBack(sentence.text, locale)
    )
      continue;
    const type = typesIn(sentence.text, locale)[0];
    const inside = (span: Span) => inSentences(span, sentence);
    const participantIds = [...new Set(entities.people.filter(inside).map((p) => p.officialId))];
    if (!type || participantIds.length === 0) continue;
    const countries = new Set(entities.countries.filter((c) => inside(c) && !c.adjective).map((c) => c.code));
    for (const id of participantIds) {
      const country = gazetteer.official(id)?.country;
      if (country) countries.add(country);
    }
    if (countries.size < 2) continue;
    recalled.push({
      date: { start: mention.start, end: mention.end, precision: mention.precision, basis: 'linked' },
      type,
      countries: [...countries],
      participantIds,
      sentence,
    });
  }
  return recalled;
}
