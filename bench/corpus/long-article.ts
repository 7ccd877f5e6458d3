import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import { Cast } from './cast.ts';
import { chooseDating, eventDateWords } from './date-phrases.ts';
import { planDiplomaticEvent } from './diplomatic-event.ts';
import { englishBody, englishLead, englishTitle } from './english-report.ts';
import type { Language } from './page-chrome.ts';
import { Random } from './prng.ts';
import { russianBody, russianLead, russianTitle } from './russian-report.ts';

/**
 * One article of about `bytes` bytes of UTF-8 (the unit of the extractor's file size limit): a title and lead, then a review of event after event, each told
 * as a report's lead and body would tell it. Every paragraph names offices, people, countries and dates, so
 * the text is as dense in what the extractor links as a real one, only far longer (a digest, a transcript).
 */
export function writeLongArticle(
  data: GazetteerData,
  bytes: number,
  language: Language,
  seed: number,
): string {
  const random = new Random(seed);
  const cast = new Cast(data);
  const first = planDiplomaticEvent(random, cast);
  const paragraphs = [language === 'ru' ? russianTitle(random, first) : englishTitle(random, first)];
  let length = Buffer.byteLength(paragraphs[0] ?? '');
  for (let event = first; length < bytes; event = planDiplomaticEvent(random, cast)) {
    const when = eventDateWords(language, chooseDating(random, event, { undated: false }), event);
    const told =
      language === 'ru'
        ? [russianLead(random, event, when), ...russianBody(random, event)]
        : [englishLead(random, event, when), ...englishBody(random, event)];
    for (const paragraph of told) length += Buffer.byteLength(paragraph) + 2;
    paragraphs.push(...told);
  }
  return `${paragraphs.join('\n\n')}\n`;
}
