import { chooseDating, dateline, eventDateWords, publishedLine, type ReportDating } from './date-phrases.ts';
import type { DiplomaticEventPlan } from './diplomatic-event.ts';
import { ENGLISH_OUTLETS, englishBody, englishLead, englishTitle } from './english-report.ts';
import { chromeAbove, chromeBelow, type Language } from './page-chrome.ts';
import type { Random } from './prng.ts';
import { RUSSIAN_OUTLETS, russianBody, russianLead, russianTitle } from './russian-report.ts';

export interface ReportOptions {
  undated: boolean;
  /** A second outlet's report, published this many days after the event. */
  daysAfter?: number;
}

/** One outlet's article about the event, as the page was saved: chrome, stamps, title, lead, body. */
export function writeReport(
  random: Random,
  event: DiplomaticEventPlan,
  language: Language,
  options: ReportOptions,
): { title: string; text: string } {
  const dating: ReportDating = chooseDating(random, event, {
    undated: options.undated,
    ...(options.daysAfter === undefined ? {} : { daysAfter: options.daysAfter }),
  });
  const outlet = random.pick(language === 'ru' ? RUSSIAN_OUTLETS : ENGLISH_OUTLETS);
  const title = language === 'ru' ? russianTitle(random, event) : englishTitle(random, event);
  const when = eventDateWords(language, dating, event);
  let lead = language === 'ru' ? russianLead(random, event, when) : englishLead(random, event, when);
  if (dating.stamps.includes('dateline') && event.city) {
    const country = event.city.country === event.host.country.code ? event.host.country : event.guest.country;
    lead = `${dateline(language, dating.published, language === 'ru' ? event.city.ru : event.city.en, country.name.en)}${lead}`;
  }
  lead =
    language === 'ru'
      ? `${lead.slice(0, -1)}, сообщает ${outlet}.`
      : `${lead.slice(0, -1)}, ${outlet} reports.`;

  const blocks: string[] = [...chromeAbove(random, language)];
  const header = dating.stamps.includes('header') ? ` date ${dating.published} ` : '';
  blocks.push(random.chance(0.5) ? `${header}${title}` : `${header}${header ? '\n' : ''}${title}`);
  if (dating.stamps.includes('published-line'))
    blocks.push(publishedLine(random, language, dating.published));
  blocks.push(lead);
  blocks.push(...(language === 'ru' ? russianBody(random, event) : englishBody(random, event)));
  blocks.push(...chromeBelow(random, language));
  return { title, text: `${blocks.join('\n\n')}\n` };
}
