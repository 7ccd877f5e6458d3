import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../article/dates/create-date-parsers.ts';
import { extractCorpus } from './extract-corpus.ts';

const context = {
  gazetteer: loadGazetteer(),
  dateParsers: createDateParsers(),
  now: new Date('2026-12-03T12:00:00Z'),
};

function corpusOf(texts: Record<string, string>) {
  const files = Object.entries(texts).map(([file, text]) => ({
    file,
    size: text.length,
    read: () => new TextEncoder().encode(text),
  }));
  return extractCorpus(files, context).corpus;
}

describe('the summit a bilateral meeting was held at', () => {
  it('is an event of its own, which reports of other meetings at it share', () => {
    const { events, articles } = corpusOf({
      'mn.txt':
        'Tokayev meets Mongolian President\n\nOn July 4, 2024, President Kassym-Jomart Tokayev met with President of Mongolia Ukhnaagiin Khurelsukh on the sidelines of the SCO summit in Astana.',
      'tj.txt':
        'Токаев провёл встречу с Рахмоном\n\n4 июля 2024 года в Астане на полях саммита ШОС Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Таджикистана Эмомали Рахмоном.',
    });
    const summits = events.filter((e) => e.type === 'summit');
    expect(summits).toHaveLength(1);
    expect(summits[0]?.date).toMatchObject({ start: '2024-07-03', end: '2024-07-04', basis: 'inferred' });
    expect(summits[0]?.location?.id).toBe('astana');
    expect([...(summits[0]?.articleIds ?? [])].sort()).toEqual(articles.map((a) => a.id).sort());
    // The two bilateral meetings stay two events.
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [...e.countries].sort().join('+')).sort()).toEqual(['KZ+MN', 'KZ+TJ']);
  });

  it("lists the article's own event first, even when the summit came before it", () => {
    const { events, articles } = corpusOf({
      'after.txt':
        'Tokayev holds talks with Mirziyoyev\n\nOn November 17, 2025, after the Consultative Meeting of the Heads of State of Central Asia, President Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev in Tashkent.',
    });
    const [first, second] = (articles[0]?.eventIds ?? []).map((id) => events.find((e) => e.id === id)?.type);
    expect([first, second]).toEqual(['talks', 'summit']);
    // In date order the summit of 16 November comes first.
    expect(events.map((e) => e.type)).toEqual(['summit', 'talks']);
  });

  it('an announced summit is a planned event of its own, dated by the meetings file', () => {
    const { events } = corpusOf({
      'plans.txt':
        'Tokayev meets Putin\n\nOn October 2, 2019, President Kassym-Jomart Tokayev met with President of Russia Vladimir Putin in Moscow. Tokayev plans to attend the next summit of the Eurasian Economic Union in St. Petersburg in December.',
    });
    const summit = events.find((e) => e.type === 'summit');
    expect(summit).toMatchObject({ planned: true, date: { start: '2019-12-20' } });
    expect(summit?.location?.id).toBe('saint-petersburg');
  });

  it('is planned when its sentence speaks of it to come, and the heads named next attend it', () => {
    const announced = corpusOf({
      'announced.txt':
        'Токаев прибыл в Ташкент\n\nВ Ташкенте Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Узбекистана Шавкатом Мирзиёевым. Токаев также примет участие в седьмой Консультативной встрече глав государств Центральной Азии. В ней примут участие президент Таджикистана Эмомали Рахмон и президент Кыргызстана Садыр Жапаров.',
    }).events.find((e) => e.type === 'summit');
    // No page date: the tense, not the run date, says it was still to come.
    expect(announced).toMatchObject({ planned: true, date: { start: '2025-11-16' } });
    expect(announced?.participants.map((p) => p.name.en).sort()).toEqual([
      'Emomali Rahmon',
      'Kassym-Jomart Tokayev',
      'Sadyr Japarov',
      'Shavkat Mirziyoyev',
    ]);
    const held = corpusOf({
      'held.txt':
        'Tokayev holds talks with Mirziyoyev\n\nOn November 15, 2025, President Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev in Tashkent. The next day the leaders took part in the seventh Consultative Meeting of the Heads of State of Central Asia.',
    }).events.find((e) => e.type === 'summit');
    expect(held).toMatchObject({ planned: false, date: { start: '2025-11-16' } });
  });

  it("takes none of the own event's heads who no longer hold office on the summit's day", () => {
    const { events } = corpusOf({
      'resigned.txt':
        'Lukashenko calls Nazarbayev\n\nOn March 19, 2019, President of Belarus Alexander Lukashenko spoke by phone with President of Kazakhstan Nursultan Nazarbayev. Lukashenko will attend the summit of the Eurasian Economic Union to be held in Astana in May.',
    });
    const summit = events.find((e) => e.type === 'summit');
    expect(summit?.date?.start).toBe('2019-05-29');
    // Nazarbayev stepped down on 19 March 2019: at the May summit he spoke for his state no more.
    expect(summit?.participants.map((p) => p.name.en)).toEqual(['Alexander Lukashenko']);
  });

  it("each bilateral meeting a summit's report tells of is an event of its own", () => {
    const { events } = corpusOf({
      'sidelines.txt':
        'Tokayev holds talks on the sidelines of the SCO summit\n\nOn July 4, 2024, President Kassym-Jomart Tokayev met with President of Mongolia Ukhnaagiin Khurelsukh on the sidelines of the SCO summit in Astana. Tokayev also met with Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov. The leaders of China and Russia took part in the summit.',
    });
    const bilateral = events
      .filter((e) => e.type === 'meeting')
      .map((e) => [...e.countries].sort().join('+'));
    expect(bilateral.sort()).toEqual(['KZ+MN', 'KZ+TM']);
    expect(events.filter((e) => e.type === 'summit')).toHaveLength(1);
  });

  it('a sentence naming one other leader tells of a meeting with the leader the report follows', () => {
    const { events } = corpusOf({
      'sections.txt':
        'Tokayev holds talks on the sidelines of the SCO summit\n\nOn July 4, 2024, President Kassym-Jomart Tokayev met with President of Mongolia Ukhnaagiin Khurelsukh on the sidelines of the SCO summit in Astana. Tokayev proposed a roadmap of trade.\n\nMeeting with Gurbanguly Berdimuhamedov\n\nDuring the talks with the Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov, the sides discussed gas supplies.',
    });
    const bilateral = events
      .filter((e) => e.type === 'meeting' || e.type === 'talks')
      .map((e) => [...e.countries].sort().join('+'));
    expect(bilateral.sort()).toEqual(['KZ+MN', 'KZ+TM']);
  });

  it('a summit named by its series is an event even when the report names only its own state', () => {
    const { events, articles } = corpusOf({
      'own.txt':
        'Мемлекет басшысы саммитке қатысты\n\n2024 жылғы 28 қарашада Мемлекет басшысы Астанада өткен ҰҚШҰ саммитіне қатысты.',
    });
    expect(articles[0]?.unplacedCode ?? null).toBeNull();
    expect(events[0]).toMatchObject({ type: 'summit', countries: ['KZ'], date: { start: '2024-11-28' } });
    expect(events[0]?.participants.map((p) => p.name.en)).toEqual(['Kassym-Jomart Tokayev']);
    // Without a series named, one state at a "summit" is no event between states.
    const { articles: unnamed } = corpusOf({
      'unnamed.txt':
        'Tokayev at a summit\n\nOn November 28, 2024, President Kassym-Jomart Tokayev took part in a summit in Astana.',
    });
    expect(unnamed[0]?.unplacedCode).toBe('single_country');
  });

  it('is not made of a summit the report looks back at, nor of one a phone call prepares', () => {
    const { events } = corpusOf({
      'back.txt':
        'Tokayev meets Khurelsukh\n\nOn July 4, 2024, President Kassym-Jomart Tokayev met with President of Mongolia Ukhnaagiin Khurelsukh in Astana. The leaders recalled their talks at the SCO summit in Samarkand last year.',
      'call.txt':
        'Tokayev and Mirziyoyev speak by phone\n\nOn July 1, 2024, President Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev ahead of the SCO summit in Astana.',
    });
    expect(events.map((e) => e.type).sort()).toEqual(['meeting', 'phone_call']);
  });
});
