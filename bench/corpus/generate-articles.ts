import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import { Cast } from './cast.ts';
import { type DiplomaticEventPlan, planDiplomaticEvent } from './diplomatic-event.ts';
import { writeNonDiplomatic, writeOtherLanguage } from './other-articles.ts';
import type { Language } from './page-chrome.ts';
import { Random } from './prng.ts';
import { writeReport } from './write-report.ts';

export interface GeneratedArticle {
  file: string;
  text: string;
  kind: ArticleKind;
}

export type ArticleKind =
  | 'report'
  | 'undated report'
  | 'second report'
  | 'duplicate'
  | 'non-diplomatic'
  | 'other language';

/** Shares of the whole corpus; the rest are first reports of a new event. */
const SHARES: ReadonlyArray<readonly [Exclude<ArticleKind, 'report'>, number]> = [
  ['duplicate', 0.05],
  ['non-diplomatic', 0.05],
  ['other language', 0.01],
  ['second report', 0.15],
  ['undated report', 0.05],
];
/** First reports lean Russian so that, with second reports in the other language, all reports are ~60/40. */
const FIRST_REPORT_RUSSIAN = 0.65;

/**
 * `count` article files built from the gazetteer: reports of diplomatic events in Russian and English
 * (some reported again a day later in the other language by another outlet), exact duplicates, undated
 * reports, statistics and weather, and a few in Kazakh or German. The same seed gives the same files.
 */
export function generateArticles(data: GazetteerData, count: number, seed: number): GeneratedArticle[] {
  const random = new Random(seed);
  const cast = new Cast(data);
  const articles: GeneratedArticle[] = [];
  const recent: Array<{ event: DiplomaticEventPlan; language: Language }> = [];
  const width = Math.max(5, String(count).length);

  for (let index = 0; index < count; index++) {
    let kind = chooseKind(random);
    if (
      (kind === 'duplicate' && articles.length === 0) ||
      (kind === 'second report' && recent.length === 0)
    ) {
      kind = 'report';
    }
    let text: string;
    switch (kind) {
      case 'duplicate':
        text = random.pick(articles).text;
        break;
      case 'non-diplomatic':
        text = writeNonDiplomatic(random, random.chance(0.6) ? 'ru' : 'en');
        break;
      case 'other language':
        text = writeOtherLanguage(random, cast);
        break;
      case 'second report': {
        const first = random.pick(recent);
        const language = first.language === 'ru' ? 'en' : 'ru';
        text = writeReport(random, first.event, language, { undated: false, daysAfter: 1 }).text;
        break;
      }
      default: {
        const event = planDiplomaticEvent(random, cast);
        const language: Language = random.chance(FIRST_REPORT_RUSSIAN) ? 'ru' : 'en';
        text = writeReport(random, event, language, { undated: kind === 'undated report' }).text;
        recent.push({ event, language });
        if (recent.length > 200) recent.shift();
      }
    }
    articles.push({ file: `${String(index).padStart(width, '0')}_${random.hex(16)}.txt`, text, kind });
  }
  return articles;
}

function chooseKind(random: Random): ArticleKind {
  let r = random.next();
  for (const [kind, share] of SHARES) {
    if (r < share) return kind;
    r -= share;
  }
  return 'report';
}
