import { describe, expect, it } from 'vitest';
import { NameMatcher, WordForms } from './name-matcher.ts';
import { russianStems } from './russian-inflection.ts';

describe('NameMatcher', () => {
  const people = new NameMatcher<string>({ capitalised: 'always' });
  people.add('Касым-Жомарт Токаев', 'tokayev');
  people.add('Токаев', 'tokayev');
  people.add('Kassym-Jomart Tokayev', 'tokayev');
  people.add('Tokayev', 'tokayev');
  people.add('Амарбаясгалан Дашзэгв', 'amarbayasgalan');
  people.add('Си Цзиньпин', 'xi');
  people.add('Сергей Лавров', 'lavrov');
  const found = (text: string) => people.find(text).map((m) => [m.value, m.text]);

  it('finds Russian names in any case, full or surname only', () => {
    expect(found('поблагодарил Касым-Жомарта Токаева за прием')).toEqual([
      ['tokayev', 'Касым-Жомарта Токаева'],
    ]);
    expect(found('встреча с Токаевым')).toEqual([['tokayev', 'Токаевым']]);
    expect(found('с Председателем хурала Амарбаясгаланом Дашзэгвом')).toEqual([
      ['amarbayasgalan', 'Амарбаясгаланом Дашзэгвом'],
    ]);
    expect(found('председателем КНР Си Цзиньпином в Тяньцзине')).toEqual([['xi', 'Си Цзиньпином']]);
    expect(found('со своим коллегой Сергеем Лавровым')).toEqual([['lavrov', 'Сергеем Лавровым']]);
  });

  it('finds English names, possessives included', () => {
    expect(found('backed Tokayev’s goal')).toEqual([['tokayev', 'Tokayev']]);
  });

  it('finds a name added after a search', () => {
    const matcher = new NameMatcher<string>({ capitalised: 'always' });
    matcher.add('Токаев', 'tokayev');
    expect(matcher.find('встреча с Мирзиёевым').map((m) => m.value)).toEqual([]);
    matcher.add('Мирзиёев', 'mirziyoyev');
    expect(matcher.find('встреча с Мирзиёевым').map((m) => m.value)).toEqual(['mirziyoyev']);
  });

  it('needs a capital letter and whole words', () => {
    expect(found('токаевым')).toEqual([]);
    expect(found('Токаевский проспект')).toEqual([]);
  });
});

describe('russianStems', () => {
  it('gives nominative and oblique forms a common stem', () => {
    const shared = (a: string, b: string) => russianStems(a).some((s) => russianStems(b).includes(s));
    expect(shared('Монголия', 'Монголией')).toBe(true);
    expect(shared('Казахстан', 'Казахстаном')).toBe(true);
    expect(shared('Тяньцзинь', 'Тяньцзине')).toBe(true);
    expect(shared('Казахстан', 'Китаем')).toBe(false);
  });
});

describe('NameMatcher: what must not match', () => {
  const places = new NameMatcher<string>({ capitalised: 'always' });
  for (const [name, id] of [
    ['Грузия', 'GE'],
    ['Мали', 'ML'],
    ['Самоа', 'WS'],
    ['Алматы', 'almaty'],
    ['Нигер', 'NE'],
    ['Нигерия', 'NG'],
  ] as const) {
    places.add(name, id);
  }
  const found = (text: string) => places.find(text).map((m) => m.value);

  it('a bare common word is not a case form of a name that takes an ending', () => {
    expect(found('Груз доставлен. Само собой. Алмат приехал.')).toEqual([]);
  });

  it('short stems match whole words only', () => {
    expect(found('Малый и средний бизнес')).toEqual([]);
    expect(found('в Мали')).toEqual(['ML']);
  });

  it('between two names, the one closer to the written word wins', () => {
    expect(found('в Нигерии и в Нигере')).toEqual(['NG', 'NE']);
  });

  it('English adjectives need their capital; Russian ones do not', () => {
    const adjectives = new NameMatcher<string>({ capitalised: 'latin' });
    adjectives.add('Polish', 'PL');
    adjectives.add('польский', 'PL');
    expect(adjectives.find('to polish the text').map((m) => m.value)).toEqual([]);
    expect(adjectives.find('Polish and польские').map((m) => m.value)).toEqual(['PL', 'PL']);
  });
});

describe('word forms belong to their gazetteer, not to the module', () => {
  it('two matchers on their own word forms share nothing, and one search leaves the other unchanged', () => {
    const first = new WordForms();
    const second = new WordForms();
    expect(first.tokenize('Астана')[0]?.form).not.toBe(second.tokenize('Астана')[0]?.form);
    const a = new NameMatcher<string>({ capitalised: 'always' }, first);
    const b = new NameMatcher<string>({ capitalised: 'always' }, second);
    a.add('Астана', 'astana');
    expect(a.find('В Астане')).toHaveLength(1);
    expect(b.find('В Астане')).toEqual([]);
    b.add('Астана', 'b-astana');
    expect(b.find('В Астане').map((m) => m.value)).toEqual(['b-astana']);
  });
});
