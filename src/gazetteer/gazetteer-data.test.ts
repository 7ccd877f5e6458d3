import { describe, expect, it } from 'vitest';
import type { Role } from '#schema';
import { Gazetteer } from './gazetteer.ts';
import { gazetteerData } from './load-gazetteer.ts';
import { languageNames } from './types.ts';

const data = gazetteerData();
const gazetteer = new Gazetteer(data);
// Offices one person holds at a time per state (parliaments have two chambers, so speakers are exempt).
const SINGLE_HOLDER: Role[] = ['president', 'prime_minister', 'chancellor', 'foreign_minister'];

describe('gazetteer data', () => {
  it('passes its schemas (checked on load) and covers several hundred officials', () => {
    expect(data.officials.length).toBeGreaterThanOrEqual(300);
    expect(data.countries.length).toBeGreaterThanOrEqual(240);
    expect(data.cities.length).toBeGreaterThanOrEqual(200);
  });

  it("finds a language's own spellings, and refuses a names file that points at no entry", () => {
    const uk = languageNames.parse({
      lang: 'uk',
      countries: { RU: ['Росії'] },
      officials: { 'tokayev-kassym-jomart': ['Токаєв'] },
      roles: [{ role: 'foreign_minister', phrases: ['міністр закордонних справ'] }],
      meetings: { csto: ['АДКБ'] },
    });
    const withUk = new Gazetteer({ ...data, languageNames: [uk] });
    expect(withUk.countryNames.find('візит до Росії').map((m) => m.value)).toEqual(['RU']);
    expect(withUk.officialNames.find('з Касимом-Жомартом Токаєвим').map((m) => m.value)).toContain(
      'tokayev-kassym-jomart',
    );
    expect(withUk.rolePhrases.find('Міністр закордонних справ Росії').map((m) => m.value.role)).toEqual([
      'foreign_minister',
    ]);
    expect(withUk.findMeetingNames('на саміце АДКБ у Менску').map((m) => m.seriesId)).toEqual(['csto']);
    const typo = languageNames.parse({ lang: 'uk', officials: { 'tokaev-kassym': ['Токаєв'] } });
    expect(() => new Gazetteer({ ...data, languageNames: [typo] })).toThrow(/no official "tokaev-kassym"/);
  });

  it("names in each language's names file only meeting series the meetings file has", () => {
    const series = new Set(data.meetings?.series.map((s) => s.id));
    const unknown = (data.languageNames ?? []).flatMap((names) =>
      Object.keys(names.meetings)
        .filter((id) => !series.has(id))
        .map((id) => `${names.lang}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has unique ids and codes', () => {
    for (const ids of [
      data.officials.map((o) => o.id),
      data.cities.map((c) => c.id),
      data.countries.map((c) => c.code),
    ]) {
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('names no two officials alike', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of data.officials) {
      for (const name of new Set([o.name.en, o.name.ru, ...o.aliases.en, ...o.aliases.ru])) {
        const other = owner.get(name);
        if (other && other !== o.id) clashes.push(`${name}: ${other} / ${o.id}`);
        owner.set(name, o.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has roles with from <= to and every official country known', () => {
    for (const o of data.officials) {
      expect(gazetteer.country(o.country) ?? o.country === 'UN', o.id).toBeTruthy();
      for (const r of o.roles) if (r.to) expect(r.from <= r.to, `${o.id} ${r.role}`).toBe(true);
    }
  });

  it('has at most one holder of a single-holder office per state on any day', () => {
    const overlaps: string[] = [];
    for (const role of SINGLE_HOLDER) {
      const spells = data.officials.flatMap((o) =>
        o.roles
          .filter((r) => r.role === role && !r.of)
          .map((r) => ({ id: o.id, country: o.country, from: r.from, to: r.to ?? '9999-12-31' })),
      );
      for (const a of spells) {
        for (const b of spells) {
          // A hand-over day is shared by the outgoing and the incoming holder.
          if (a.id < b.id && a.country === b.country && a.from < b.to && b.from < a.to)
            overlaps.push(`${role} ${a.country}: ${a.id} / ${b.id}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('resolves an office on a date to its holder: a President of Kazakhstan in 2015 is not Tokayev', () => {
    expect(gazetteer.holderOf('KZ', 'president', '2025-09-05').map((o) => o.name.en)).toEqual([
      'Kassym-Jomart Tokayev',
    ]);
    expect(gazetteer.holderOf('KZ', 'president', '2015-06-01').map((o) => o.name.en)).toEqual([
      'Nursultan Nazarbayev',
    ]);
    expect(gazetteer.holderOf('KZ', 'foreign_minister', '2021-04-08').map((o) => o.name.en)).toEqual([
      'Mukhtar Tleuberdi',
    ]);
  });

  it('gives a city the name in force on a day', () => {
    const astana = gazetteer.city('astana');
    if (!astana) throw new Error('no Astana');
    expect(gazetteer.cityNameOn(astana, '2021-04-08')).toEqual({ en: 'Nur-Sultan', ru: 'Нур-Султан' });
    expect(gazetteer.cityNameOn(astana, '2025-09-05')).toEqual({ en: 'Astana', ru: 'Астана' });
  });
});
