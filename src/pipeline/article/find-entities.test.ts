import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { findEntities, spansWithin } from './find-entities.ts';

const gazetteer = loadGazetteer();
const entities = (text: string) => findEntities(text, gazetteer);

describe('findEntities', () => {
  it('finds countries by name and adjective in every case', () => {
    const codes = (text: string) => entities(text).countries.map((c) => c.code);
    expect(codes('с дружественной Монголией')).toEqual(['MN']);
    expect(codes('с председателем Китайской Народной Республики')).toEqual(['CN']);
    expect(codes('со своим российским коллегой')).toEqual(['RU']);
    expect(codes('казахстанско-китайские отношения')).toEqual(['KZ', 'CN']);
    expect(codes('Kazakh-Russian relations')).toEqual(['KZ', 'RU']);
  });

  it('reads neither "Кроме того" as Togo nor "долларов США" as a participant', () => {
    expect(entities('Кроме того, Токаев отметил рост.').countries).toEqual([]);
    expect(entities('до 500 млн долларов США').countries).toEqual([]);
  });

  it('links an office to its country and to the person named after it', () => {
    const [role] = entities('министр иностранных дел Казахстана Мухтар Тлеуберди').roles;
    expect(role).toMatchObject({ country: 'KZ', officialId: expect.stringMatching(/tleuberdi/) });
    const [speaker] = entities(
      'with the Chairman of the State Great Khural of Mongolia, Dashzegviin Amarbayasgalan',
    ).roles;
    expect(speaker).toMatchObject({ country: 'MN', phrase: { role: 'parliament_speaker' } });
    expect(speaker?.officialId).toMatch(/amarbayasgalan/);
  });

  it('does not give an office to a name a verb or a common noun separates from it', () => {
    const [ambassador] = entities('Посол ОАЭ передал Дариге Назарбаевой поздравления').roles;
    expect(ambassador).toMatchObject({ country: 'AE', officialId: null });
    const [president] = entities("Kazakh President's spokesperson Berik Uali said").roles;
    expect(president?.officialId).toBeNull();
    const [titled] = entities('President of Uzbekistan H.E. Shavkat Mirziyoyev').roles;
    expect(titled?.officialId).toMatch(/mirziyoyev/);
  });

  it('finds an ambassador in every case, and not "после" (after)', () => {
    const roles = entities('После встречи с послом Ирана и Чрезвычайным и Полномочным Послом Турции').roles;
    expect(roles.map((r) => [r.text, r.phrase.role, r.country])).toEqual([
      ['послом', 'ambassador', 'IR'],
      ['Чрезвычайным и Полномочным Послом', 'ambassador', 'TR'],
    ]);
  });

  it('keeps a person the gazetteer does not know, named after an office', () => {
    const [role] = entities('Токаев принял министра иностранных дел Мальты Яна Борга.').roles;
    expect(role).toMatchObject({ country: 'MT', officialId: null, unknownName: { text: 'Яна Борга' } });
  });

  it('ends a name read after an office where a place begins', () => {
    // A name the gazetteer does not hold (made up for the test), then the city the visitor came to.
    const [role] = entities('Қырғызстан Сыртқы істер министрі Бекболот Асанбеков Астанаға келді.').roles;
    expect(role).toMatchObject({ country: 'KG', unknownName: { text: 'Бекболот Асанбеков' } });
  });

  it('finds cities in their historical and inflected forms', () => {
    expect(entities('в Нур-Султане').cities.map((c) => c.cityId)).toEqual(['astana']);
    expect(entities('ASTANA, Kazakhstan, September 5.').cities.map((c) => c.cityId)).toEqual(['astana']);
    expect(entities('в Тяньцзине, где проходит саммит').cities.map((c) => c.cityId)).toEqual(['tianjin']);
  });

  it('lists the people a sentence names, and none of the next sentence', () => {
    const text = 'Токаев принял Хурэлсуха. Затем Тлеуберди встретился с Батцэцэг.';
    const { people } = entities(text);
    const firstEnd = text.indexOf('.') + 1;
    expect(spansWithin(people, 0, firstEnd).map((p) => p.text)).toEqual(['Токаев', 'Хурэлсуха']);
    expect(spansWithin(people, firstEnd, text.length).map((p) => p.text)).toEqual(['Тлеуберди', 'Батцэцэг']);
  });
});
