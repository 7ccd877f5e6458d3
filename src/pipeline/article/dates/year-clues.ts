import type { Gazetteer } from '../../../gazetteer/gazetteer.ts';
import { normaliseRussian } from '../../../gazetteer/russian-inflection.ts';
import type { Entities, Span } from '../find-entities.ts';
import { inSentences, type Sentence } from '../sentences.ts';
import type { YearClue } from './infer-year.ts';

/**
 * What the sentences that tell of the event say about its year: each known person named there held office
 * only in some years (the office the text gives them when it gives one, else any of theirs), and a city
 * named there bore that name only in some years.
 */
export function yearClues(entities: Entities, scope: Sentence[], gazetteer: Gazetteer): YearClue[] {
  const inScope = (span: Span) => inSentences(span, scope);
  const clues: YearClue[] = [];
  const seen = new Set<string>();
  for (const person of entities.people.filter(inScope)) {
    if (seen.has(person.officialId)) continue;
    seen.add(person.officialId);
    const official = gazetteer.official(person.officialId);
    if (!official) continue;
    const stated = entities.roles.find((r) => r.officialId === person.officialId && inScope(r))?.phrase.role;
    const spells = official.roles.filter((r) => !stated || r.role === stated);
    const held = spells.length > 0 ? spells : official.roles;
    clues.push({
      ranges: held.map((r) => ({ from: r.from, to: r.to })),
      reason: {
        kind: 'office',
        person: { ...official.name },
        spells: held.map((r) => ({ role: r.role, from: r.from, to: r.to })),
      },
    });
  }
  for (const span of entities.cities.filter(inScope)) {
    const city = gazetteer.city(span.cityId);
    if (!city || city.names.length < 2) continue;
    const name = city.names.find((n) => sameStem(span.text, n.en) || sameStem(span.text, n.ru));
    if (!name || (!name.from && !name.to)) continue;
    const ranges = city.names.filter((n) => n.en === name.en).map((n) => ({ from: n.from, to: n.to }));
    clues.push({
      ranges,
      reason: { kind: 'cityName', name: { en: name.en, ru: name.ru }, from: name.from, to: name.to },
    });
  }
  return clues;
}

// The matcher finds inflected and Kazakh forms ("Нур-Султане", "Нұр-Сұлтанда"): a name is the one used when
// its first letters match, compared as the matcher compares them.
function sameStem(found: string, name: string): boolean {
  const stem = Math.min(5, name.length);
  return normaliseRussian(found.slice(0, stem)) === normaliseRussian(name.slice(0, stem));
}
