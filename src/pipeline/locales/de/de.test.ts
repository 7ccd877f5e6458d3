import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { splitSentences } from '../../article/sentences.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { de } from './index.ts';

const context = {
  gazetteer: loadGazetteer(),
  dateParsers: createDateParsers(),
  now: new Date('2026-12-03T12:00:00Z'),
};

describe('German sentences and event words', () => {
  it('a day number with its period does not end the sentence ("am 5. Dezember")', () => {
    const text = 'Tokajew ist am 5. Dezember 2019 in Berlin eingetroffen. Danach traf er Merkel.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Tokajew ist am 5. Dezember 2019 in Berlin eingetroffen.',
      'Danach traf er Merkel.',
    ]);
  });

  it('tells a visit, a meeting, a phone call and talks apart', () => {
    expect(typesIn('Tokajew ist zu einem Staatsbesuch in Berlin eingetroffen', de)).toEqual(['visit']);
    expect(typesIn('Scholz traf den kasachischen Präsidenten', de)[0]).toBe('meeting');
    expect(typesIn('Bundeskanzler Scholz hat heute mit Präsident Tokajew telefoniert', de)[0]).toBe(
      'phone_call',
    );
    expect(typesIn('Die Gespräche im engeren Kreis', de)[0]).toBe('talks');
  });

  it('finds no event in trade figures', () => {
    expect(typesIn('Das bilaterale Handelsvolumen lag bei mehr als fünf Milliarden Euro', de)).toEqual([]);
  });
});

describe('a German article', () => {
  it('becomes an event with its people, countries, date and titles in Russian and English', () => {
    const text =
      'Kasachstans Präsident Tokajew auf Staatsbesuch in Berlin\n\n' +
      'Kasachstans Staatspräsident Kassym-Dschomart Tokajew ist am 5. Dezember 2019 zu einem zweitägigen Staatsbesuch in Berlin eingetroffen. ' +
      'Auf dem Programm standen unter anderem Treffen mit Bundeskanzlerin Merkel und Bundespräsident Steinmeier.';
    const file = { file: 'de.txt', size: text.length, read: () => new TextEncoder().encode(text) };
    const { articles, events } = extractCorpus([file], context).corpus;
    expect(articles[0]?.lang).toBe('de');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type).toBe('visit');
    expect(event?.date).toMatchObject({ start: '2019-12-05', precision: 'day', basis: 'stated' });
    expect(event?.countries.sort()).toEqual(['DE', 'KZ']);
    expect(event?.participants.map((p) => p.name.en)).toEqual(
      expect.arrayContaining(['Kassym-Jomart Tokayev', 'Angela Merkel']),
    );
    expect(event?.title.en).toMatch(
      /^Visit: Kassym-Jomart Tokayev, Angela Merkel and Frank-Walter Steinmeier \(Berlin\)$/,
    );
    expect(event?.title.ru).toBe(
      'Визит: Касым-Жомарт Токаев, Ангела Меркель и Франк-Вальтер Штайнмайер (Берлин)',
    );
  });
});
