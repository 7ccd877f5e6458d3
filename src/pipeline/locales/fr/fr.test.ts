import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { fr } from './index.ts';

const gazetteer = loadGazetteer();
const parsers = createDateParsers();
const context = { gazetteer, dateParsers: parsers, now: new Date('2026-12-03T12:00:00Z') };
const ref = new Date('2021-04-08T12:00:00Z');
const dates = (text: string) =>
  parsers.fr?.parse(text, ref).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));

describe('French dates', () => {
  it('reads a day and month with or without the year, and a span of two days', () => {
    expect(dates('Le 7 avril 2021, Tokaïev a reçu Zarif')).toEqual([
      { year: 2021, month: 4, day: 7, yearStated: true },
    ]);
    expect(dates('La rencontre a eu lieu le 7 avril à Nour-Soultan')).toEqual([
      { year: 2021, month: 4, day: 7, yearStated: false },
    ]);
    expect(dates('le 1er mai')).toMatchObject([{ month: 5, day: 1 }]);
    const [span] = parsers.fr?.parse('les 6 et 7 avril', ref) ?? [];
    expect([span?.start.get('day'), span?.end?.get('day')]).toEqual([6, 7]);
  });

  it('reads a month after a word that introduces it, with its year, or "dernier"', () => {
    expect(dates('Le sommet se tiendra en avril')).toMatchObject([{ year: 2021, month: 4, day: null }]);
    expect(dates('en avril 2020')).toEqual([{ year: 2020, month: 4, day: null, yearStated: true }]);
    expect(dates('depuis mai dernier')).toMatchObject([{ year: 2020, month: 5, day: null }]);
    expect(dates('le 15 avril dernier')).toMatchObject([{ year: 2020, month: 4, day: 15 }]);
    expect(dates("en octobre de l'année dernière")).toMatchObject([{ year: 2020, month: 10, day: null }]);
    expect(dates('en 2019')).toMatchObject([{ year: 2019, day: null }]);
  });

  it('reads today, yesterday and a weekday against the reference, in either apostrophe', () => {
    expect(dates('aujourd’hui')).toEqual([{ year: 2021, month: 4, day: 8, yearStated: true }]);
    expect(dates("aujourd'hui")).toMatchObject([{ day: 8 }]);
    expect(dates('hier')).toMatchObject([{ day: 7 }]);
    const [tuesday] = parsers.fr?.parse('mardi', ref) ?? [];
    expect(tuesday?.start.isCertain('weekday')).toBe(true);
    expect(tuesday?.start.get('day')).toBe(6);
  });

  it('reads no date in a time of day, a span, a month name alone, or a word that holds one', () => {
    expect(dates('Publié à 11:08')).toEqual([]);
    expect(dates('ce matin à 15h30')).toEqual([]);
    expect(dates('dans 2 jours')).toEqual([]);
    expect(dates('la semaine dernière')).toEqual([]);
    expect(dates('les 5 dernières années')).toEqual([]);
    expect(dates('la planète Mars')).toEqual([]);
    expect(dates('le cahier des charges est maintenant prêt')).toEqual([]);
    expect(dates("l'accord nucléaire de 2015")).toEqual([]);
    expect(dates('la veille du sommet')).toEqual([]);
  });
});

describe('French event words', () => {
  it('tells a visit, a meeting, a phone call, talks, a summit and a signing apart', () => {
    expect(typesIn("Tokaïev s'est rendu en Ouzbékistan pour une visite d'État", fr)[0]).toBe('visit');
    expect(typesIn('Le président est arrivé à Bakou', fr)).toEqual(['visit']);
    expect(typesIn('Zarif a rencontré le chef de l’État kazakh', fr)[0]).toBe('meeting');
    expect(typesIn('Le président a reçu le ministre iranien des Affaires étrangères', fr)[0]).toBe('meeting');
    expect(typesIn('Les deux présidents ont eu un entretien téléphonique', fr)[0]).toBe('phone_call');
    expect(typesIn('Poutine et Tokaïev se sont entretenus par téléphone', fr)[0]).toBe('phone_call');
    expect(typesIn('Les pourparlers se sont déroulés en format élargi', fr)[0]).toBe('talks');
    expect(typesIn("Le sommet de l'OCS s'est ouvert à Astana", fr)).toEqual(['summit']);
    expect(typesIn('Les deux parties ont signé un mémorandum', fr)).toEqual(['agreement_signing']);
  });

  it('finds no event in trade figures, an interview, a business card or a peak', () => {
    expect(typesIn('Les échanges commerciaux ont atteint 5 milliards de dollars', fr)).toEqual([]);
    expect(typesIn('Le commerce bilatéral a atteint un sommet historique', fr)).toEqual([]);
    expect(typesIn("Dans un entretien accordé au Figaro, l'ambassadeur a parlé d'économie", fr)).toEqual([]);
    expect(typesIn('Il a laissé sa carte de visite', fr)).toEqual([]);
    expect(typesIn("Il s'est rendu compte de l'importance du dossier", fr)).toEqual([]);
    expect(typesIn('Le ministre a reçu un prix pour son travail', fr)).toEqual([]);
    expect(typesIn('Il est arrivé au pouvoir en 2019', fr)).toEqual([]);
    expect(typesIn('Il a obtenu un titre de séjour', fr)).toEqual([]);
  });

  it('tells an announced event and a look back from a report', () => {
    expect(isFutureTense('Le président effectuera une visite officielle en Chine', fr)).toBe(true);
    expect(isFutureTense('Tokaïev se rendra à Pékin', fr)).toBe(true);
    expect(isFutureTense('Le président a effectué une visite officielle en Chine', fr)).toBe(false);
    expect(isLookingBack("Il a rappelé sa visite à Téhéran l'année dernière", fr)).toBe(true);
    expect(isLookingBack('Les deux présidents se sont rencontrés mercredi', fr)).toBe(false);
  });
});

describe('French names and offices', () => {
  it('finds countries, cities and officials in their French spellings', () => {
    const found = findEntities(
      'Vladimir Poutine et Noursoultan Nazarbaïev à Moscou, puis Chavkat Mirziyoïev à Tachkent, en Russie et en Ouzbékistan',
      gazetteer,
    );
    expect(found.people.map((p) => p.officialId)).toEqual([
      'putin-vladimir',
      'nazarbayev-nursultan',
      'mirziyoyev-shavkat',
    ]);
    expect(found.cities.map((c) => c.cityId)).toEqual(['moscow', 'tashkent']);
    expect(found.countries.map((c) => c.code)).toEqual(['RU', 'UZ']);
  });

  it('links an office to its state through the adjective or the genitive after it', () => {
    const roles = findEntities(
      'Le ministre iranien des Affaires étrangères a rencontré le président kazakh et le Premier ministre du Pakistan.',
      gazetteer,
    ).roles.map((r) => [r.phrase.role, r.country]);
    expect(roles).toEqual([
      ['foreign_minister', 'IR'],
      ['president', 'KZ'],
      ['prime_minister', 'PK'],
    ]);
  });
});

describe('a French article', () => {
  it('becomes an event with its people, countries, date and titles in Russian and English', () => {
    const text =
      "Le président kazakh en visite d'État à Moscou\n\n" +
      "MOSCOU, 12 octobre 2023 – Le président du Kazakhstan, Kassym-Jomart Tokaïev, est arrivé jeudi à Moscou pour une visite d'État de deux jours. " +
      "Au Kremlin, il s'est entretenu avec son homologue russe Vladimir Poutine. " +
      'Les entretiens ont porté sur la coopération dans l’énergie et les transports. ' +
      'À l’issue des pourparlers, les deux dirigeants ont signé une déclaration commune.';
    const file = { file: 'fr.txt', size: text.length, read: () => new TextEncoder().encode(text) };
    const { articles, events } = extractCorpus([file], context).corpus;
    expect(articles[0]?.lang).toBe('fr');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type).toBe('visit');
    expect(event?.types).toEqual(expect.arrayContaining(['talks', 'agreement_signing']));
    expect(event?.date).toMatchObject({ start: '2023-10-12', precision: 'day', basis: 'stated' });
    expect(event?.countries.sort()).toEqual(['KZ', 'RU']);
    expect(event?.participants.map((p) => [p.name.en, p.role])).toEqual([
      ['Kassym-Jomart Tokayev', 'president'],
      ['Vladimir Putin', 'president'],
    ]);
    expect(event?.title.en).toBe('Visit: Kassym-Jomart Tokayev and Vladimir Putin (Moscow)');
    expect(event?.title.ru).toBe('Визит: Касым-Жомарт Токаев и Владимир Путин (Москва)');
  });
});
